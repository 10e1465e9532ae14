#!/usr/bin/env python3
"""Probe cost: the default build vs the with-dtrace build, untraced and traced.

Runs every benches/py/*.py, interleaved in one run (for each repetition, for
each program: the variants in an order that rotates per repetition), with
  off     the default build (no probes compiled in),
  on      the with-dtrace build, nobody tracing,
  traced  the with-dtrace build under
          bpftrace -q -o /dev/null -e 'usdt:ON:python:function__entry { @c = count(); }'
                   -c "ON prog.py"
          (only when bpftrace exists and we are root; otherwise "n/a").
Wall time per run (see benchlib.py), median per variant; every run must
exit 0 and print its "... ok" line, otherwise it is marked FAIL.

Then, for the traced cost per probe hit, bpftrace runs each program once
more with `END { print(@c); }` into a file to count function__entry hits;
cost per hit = (traced - on) / hits. bpftrace's fixed cost (compiling,
attaching, detaching) is measured with `-c pass` in the same interleaved
loop and subtracted in the "net" column:
  ((traced - on) - (traced_pass - on_pass)) / (hits - hits_pass).

Usage:
  make bench-probes      # builds both binaries, then runs this
  python3 scripts/bench_probes.py [--off target/bench-off/release/pyprobe]
      [--on target/bench-on/release/pyprobe] [--reps 5] [--filter SUBSTR]
      [--no-trace] [--bpftrace bpftrace] [--markdown-out FILE]

Exit status: 0 when every run succeeded, 1 when some run failed, 2 when a
binary is missing.
"""

import argparse
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as bl  # noqa: E402

DEFAULT_OFF = os.path.join(bl.ROOT, "target", "bench-off", "release", "pyprobe")
DEFAULT_ON = os.path.join(bl.ROOT, "target", "bench-on", "release", "pyprobe")

TARGET_GEOMEAN = 1.01
TARGET_WORST = 1.02

PROBE = "function__entry"
STARTUP = "(startup -c pass)"


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--off", default=DEFAULT_OFF,
                   help="default build's binary (default: %(default)s)")
    p.add_argument("--on", default=DEFAULT_ON,
                   help="with-dtrace build's binary (default: %(default)s)")
    p.add_argument("--reps", type=int, default=5, help="repetitions (default: 5)")
    p.add_argument("--filter", default=None, help="only programs whose name contains this")
    p.add_argument("--bench-dir", default=bl.BENCH_DIR, help="(default: %(default)s)")
    p.add_argument("--bpftrace", default="bpftrace", help="bpftrace command (default: %(default)s)")
    p.add_argument("--no-trace", action="store_true", help="skip the traced variant")
    p.add_argument("--timeout", type=float, default=600.0,
                   help="seconds before a run is killed (default: %(default)s)")
    p.add_argument("--markdown-out", default=None, help="also write the report to FILE")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return p.parse_args(argv)


def trace_unavailable_reason(args, bpftrace, on):
    """None when the traced variant can run, else why not."""
    if args.no_trace:
        return "--no-trace"
    if bpftrace is None:
        return "bpftrace not found"
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return "not root"
    r = bl.run_once([bpftrace, "-l", "usdt:%s:python:%s" % (on, PROBE)], timeout=120)
    if not r.ok:
        return "bpftrace -l failed (%s)" % r.detail
    if PROBE not in r.stdout:
        return "no usdt:python:%s probe in %s" % (PROBE, on)
    return None


def traced_argv(bpftrace, on, prog_args, program, out="/dev/null"):
    # bpftrace splits the -c string at spaces: paths must not contain any
    return [bpftrace, "-q", "-o", out, "-e", program,
            "-c", " ".join([on] + prog_args)]


def count_hits(bpftrace, on, prog_args, timeout):
    """Run once under bpftrace counting PROBE hits; return (count or None, detail)."""
    fd, path = tempfile.mkstemp(prefix="bench_probes_", suffix=".txt")
    os.close(fd)
    try:
        program = ("usdt:%s:python:%s { @c = count(); } END { print(@c); clear(@c); }"
                   % (on, PROBE))
        r = bl.run_once(traced_argv(bpftrace, on, prog_args, program, path),
                        timeout=timeout, expect_ok_line=prog_args[0] != "-c")
        if not r.ok:
            return None, r.detail
        with open(path) as f:
            text = f.read()
    finally:
        os.unlink(path)
    m = re.search(r"@c:\s*(\d+)", text)
    # an empty map prints nothing: no hit at all
    return (int(m.group(1)) if m else 0), ""


def main(argv=None):
    args = parse_args(argv)

    off = bl.find_executable(args.off)
    on = bl.find_executable(args.on)
    if off is None or on is None:
        missing = args.off if off is None else args.on
        print("pyprobe binary not found: %s (build both with `make bench-probes`)" % missing)
        return 2
    if " " in on:
        print("the with-dtrace binary's path contains a space (bpftrace -c cannot run it): %s"
              % on)
        return 2

    programs = bl.list_programs(args.bench_dir, args.filter)
    if not programs:
        print("no benchmark programs in %s%s" % (
            args.bench_dir, " matching %r" % args.filter if args.filter else ""))
        return 2
    # (name, argv after the interpreter, expects an "ok" line)
    entries = [(name, [path], True) for name, path in programs]
    entries.append((STARTUP, ["-c", "pass"], False))

    bpftrace = bl.find_executable(args.bpftrace)
    no_trace = trace_unavailable_reason(args, bpftrace, on)
    variants = ["off", "on"] + ([] if no_trace else ["traced"])
    trace_prog = "usdt:%s:python:%s { @c = count(); }" % (on, PROBE)

    def argv_for(variant, prog_args):
        if variant == "off":
            return [off] + prog_args
        if variant == "on":
            return [on] + prog_args
        return traced_argv(bpftrace, on, prog_args, trace_prog)

    results = {name: {v: [] for v in variants} for name, _, _ in entries}
    failed = {name: {} for name, _, _ in entries}
    progress = bl.Progress(args.quiet)
    for rep in range(args.reps):
        k = rep % len(variants)
        rep_order = variants[k:] + variants[:k]
        for name, prog_args, expect_ok in entries:
            for v in rep_order:
                if v in failed[name]:
                    continue
                progress.show("rep %d/%d  %-18s %s" % (rep + 1, args.reps, name, v))
                r = bl.run_once(argv_for(v, prog_args), timeout=args.timeout,
                                expect_ok_line=expect_ok)
                if r.ok:
                    results[name][v].append(r.seconds)
                else:
                    failed[name][v] = r.detail

    hits = {}
    hit_errors = {}
    if not no_trace:
        for name, prog_args, _ in entries:
            progress.show("counting %s hits: %s" % (PROBE, name))
            count, detail = count_hits(bpftrace, on, prog_args, args.timeout)
            if count is None:
                hit_errors[name] = detail
            else:
                hits[name] = count
    progress.done()

    med = {}
    for name, _, _ in entries:
        med[name] = {}
        for v in variants:
            if v not in failed[name] and results[name][v]:
                med[name][v] = bl.median(results[name][v])

    def cell(name, v):
        if v not in variants:
            return "n/a"
        if v in failed[name]:
            return "FAIL"
        return bl.fmt_s(med[name].get(v))

    def ratio(name, a, b):
        m = med[name]
        if a in m and b in m and m[b] > 0:
            return m[a] / m[b]
        return None

    header = ["program", "off median s", "on median s", "on/off",
              "traced median s", "traced/off"]
    rows = []
    on_off = []
    for name, _, _ in entries:
        r_on = ratio(name, "on", "off")
        r_tr = ratio(name, "traced", "off")
        if r_on is not None and name != STARTUP:
            on_off.append((r_on, name))
        rows.append([name, cell(name, "off"), cell(name, "on"), bl.fmt_ratio(r_on),
                     cell(name, "traced"), bl.fmt_ratio(r_tr)])

    lines = []
    lines.append("## probe cost: default build (off) vs with-dtrace build (on)")
    lines.append("")
    lines.append("- machine: %s" % bl.machine_line())
    lines.append("- off: `%s`" % off)
    lines.append("- on:  `%s`" % on)
    lines.append("- traced: %s" % (
        "`%s`, usdt:python:%s counted" % (bpftrace, PROBE) if not no_trace
        else "n/a (%s)" % no_trace))
    lines.append("- %d repetitions, interleaved (order rotates per repetition); "
                 "wall time median" % args.reps)
    lines.append("")
    lines.append(bl.markdown_table(header, rows))
    lines.append("")
    if on_off:
        gm = bl.geomean([r for r, _ in on_off])
        worst, worst_name = max(on_off)
        lines.append("- on/off geometric mean: %.4f over %d of %d programs (target <= %.2f: %s)"
                     % (gm, len(on_off), len(programs), TARGET_GEOMEAN,
                        "met" if gm <= TARGET_GEOMEAN else "NOT met"))
        lines.append("- on/off worst: %.4f (%s) (target <= %.2f: %s)"
                     % (worst, worst_name, TARGET_WORST,
                        "met" if worst <= TARGET_WORST else "NOT met"))
    else:
        lines.append("- on/off: n/a (no program ran with both builds)")

    if not no_trace:
        base = None
        sm = med.get(STARTUP, {})
        if "on" in sm and "traced" in sm and STARTUP in hits:
            base = (sm["traced"] - sm["on"], hits[STARTUP])
        lines.append("")
        lines.append("### traced cost per %s hit" % PROBE)
        lines.append("")
        if base is not None:
            lines.append("- bpftrace fixed cost (traced - on for `-c pass`): %.1f ms, %d hits"
                         % (base[0] * 1000.0, base[1]))
        else:
            lines.append("- bpftrace fixed cost: n/a (the `-c pass` runs failed)")
        lines.append("")
        cost_rows = []
        for name, _, _ in entries:
            if name == STARTUP:
                continue
            m = med[name]
            n = hits.get(name)
            if name in hit_errors:
                cost_rows.append([name, "FAIL", "n/a", "n/a", "n/a"])
                continue
            if "on" not in m or "traced" not in m or n is None:
                cost_rows.append([name, str(n) if n is not None else "n/a",
                                  "n/a", "n/a", "n/a"])
                continue
            extra = m["traced"] - m["on"]
            raw = "%.0f" % (extra / n * 1e9) if n > 0 else "n/a"
            net = "n/a"
            if base is not None and n > base[1]:
                net = "%.0f" % ((extra - base[0]) / (n - base[1]) * 1e9)
            cost_rows.append([name, str(n), "%.3f" % extra, raw, net])
        lines.append(bl.markdown_table(
            ["program", "hits", "traced - on s", "ns/hit", "ns/hit net of bpftrace startup"],
            cost_rows))
        lines.append("")

    failures = []
    for name, _, _ in entries:
        for v in variants:
            if v in failed[name]:
                failures.append("%s (%s): %s" % (name, v, failed[name][v]))
        if name in hit_errors:
            failures.append("%s (hit count): %s" % (name, hit_errors[name]))
    if failures:
        lines.append("- FAILED runs:")
        for f in failures:
            lines.append("  - %s" % f)

    report = "\n".join(lines).rstrip("\n") + "\n"
    sys.stdout.write(report)
    if args.markdown_out:
        with open(args.markdown_out, "w") as f:
            f.write(report)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
