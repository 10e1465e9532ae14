#!/usr/bin/env python3
"""Compare pyprobe with CPython 3.12 on the benchmark programs.

Runs every benches/py/*.py with the release pyprobe and with CPython,
interleaved in one run (for each repetition, for each program: pyprobe then
CPython, the order alternating per repetition), and measures wall time
(time.perf_counter around spawn..reap) and each child's exact peak RSS
(os.wait4's ru_maxrss). Every run must exit 0 and print its "... ok" line;
a program that fails is reported as FAIL in the table. Also measures
startup (`-c pass`, interleaved, median in ms).

Usage:
  python3 scripts/bench_cpython.py [--reps 5] [--filter SUBSTR]
      [--pyprobe target/release/pyprobe] [--python python3.12]
      [--markdown-out FILE]

Exit status: 0 when every run succeeded, 1 when some run failed, 2 when
pyprobe or CPython cannot be found.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as bl  # noqa: E402

DEFAULT_PYPROBE = os.path.join(bl.ROOT, "target", "release", "pyprobe")
DEFAULT_PYTHON = "python3.12"
DEFAULT_PYENV_VERSION = "3.12.1"

TARGET_GEOMEAN = 1.0
TARGET_STARTUP_MS = 5.0


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pyprobe", default=DEFAULT_PYPROBE,
                   help="pyprobe binary (default: %(default)s)")
    p.add_argument("--python", default=DEFAULT_PYTHON,
                   help="CPython command, may include arguments (default: %%(default)s "
                        "with PYENV_VERSION=%s)" % DEFAULT_PYENV_VERSION)
    p.add_argument("--pyenv-version", default=None,
                   help="PYENV_VERSION for the CPython child (default: %s with the "
                        "default --python, unset otherwise; '' to leave the "
                        "environment alone)" % DEFAULT_PYENV_VERSION)
    p.add_argument("--no-resolve", action="store_true",
                   help="run --python as given instead of resolving it to its "
                        "sys.executable (resolving skips wrapper shims such as pyenv's)")
    p.add_argument("--reps", type=int, default=5, help="repetitions (default: 5)")
    p.add_argument("--startup-runs", type=int, default=20,
                   help="interleaved `-c pass` runs per interpreter (default: 20)")
    p.add_argument("--filter", default=None, help="only programs whose name contains this")
    p.add_argument("--bench-dir", default=bl.BENCH_DIR, help="(default: %(default)s)")
    p.add_argument("--timeout", type=float, default=300.0,
                   help="seconds before a run is killed (default: %(default)s)")
    p.add_argument("--markdown-out", default=None, help="also write the report to FILE")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return p.parse_args(argv)


def resolve_python(cmd, env):
    """Run `cmd -c 'print(sys.executable)'`; return the real interpreter path."""
    r = bl.run_once(cmd + ["-c", "import sys; print(sys.executable)"], env=env, timeout=60)
    if not r.ok:
        return None
    exe = r.stdout.strip().splitlines()[-1].strip() if r.stdout.strip() else ""
    return exe if exe and os.path.isfile(exe) else None


def main(argv=None):
    args = parse_args(argv)

    pyprobe = bl.find_executable(args.pyprobe)
    if pyprobe is None:
        print("pyprobe binary not found: %s (build it with `make build`)" % args.pyprobe)
        return 2

    env = dict(os.environ)
    pyenv_version = args.pyenv_version
    if pyenv_version is None:
        pyenv_version = DEFAULT_PYENV_VERSION if args.python == DEFAULT_PYTHON else ""
    if pyenv_version:
        env["PYENV_VERSION"] = pyenv_version
    py_cmd = bl.split_cmd(args.python)
    if not py_cmd or bl.find_executable(py_cmd[0]) is None:
        print("CPython not found: %s" % args.python)
        return 2
    if not args.no_resolve:
        exe = resolve_python(py_cmd, env)
        if exe is None:
            print("CPython does not run: %s" % args.python)
            return 2
        py_cmd = [exe] + py_cmd[1:]

    programs = bl.list_programs(args.bench_dir, args.filter)
    if not programs:
        print("no benchmark programs in %s%s" % (
            args.bench_dir, " matching %r" % args.filter if args.filter else ""))
        return 2

    sides = {
        "pyprobe": ([pyprobe], None),
        "cpython": (py_cmd, env),
    }
    order = ["pyprobe", "cpython"]

    # results[name][side] -> list of RunResult; failed[name][side] -> detail
    results = {name: {s: [] for s in order} for name, _ in programs}
    failed = {name: {} for name, _ in programs}
    progress = bl.Progress(args.quiet)

    for rep in range(args.reps):
        rep_order = order if rep % 2 == 0 else order[::-1]
        for name, path in programs:
            for side in rep_order:
                if side in failed[name]:
                    continue  # one failure is enough; don't waste time
                progress.show("rep %d/%d  %-16s %s" % (rep + 1, args.reps, name, side))
                cmd, cenv = sides[side]
                r = bl.run_once(cmd + [path], env=cenv, timeout=args.timeout,
                                expect_ok_line=True)
                if r.ok:
                    results[name][side].append(r)
                else:
                    failed[name][side] = r.detail

    startup = {s: [] for s in order}
    startup_failed = {}
    for i in range(args.startup_runs):
        progress.show("startup %d/%d" % (i + 1, args.startup_runs))
        for side in (order if i % 2 == 0 else order[::-1]):
            if side in startup_failed:
                continue
            cmd, cenv = sides[side]
            r = bl.run_once(cmd + ["-c", "pass"], env=cenv, timeout=args.timeout)
            if r.ok:
                startup[side].append(r)
            else:
                startup_failed[side] = r.detail
    progress.done()

    header = ["program", "pyprobe median s", "cpython median s",
              "ratio pyprobe/cpython", "pyprobe peak RSS MiB", "cpython peak RSS MiB"]
    rows = []
    ratios = []
    failures = []
    for name, _ in programs:
        cells = [name]
        med = {}
        for side in order:
            if side in failed[name]:
                cells.append("FAIL")
                failures.append("%s (%s): %s" % (name, side, failed[name][side]))
            else:
                med[side] = bl.median([r.seconds for r in results[name][side]])
                cells.append(bl.fmt_s(med[side]))
        if len(med) == 2 and med["cpython"] > 0:
            ratio = med["pyprobe"] / med["cpython"]
            ratios.append((ratio, name))
            cells.append(bl.fmt_ratio(ratio))
        else:
            cells.append("n/a")
        for side in order:
            runs = results[name][side]
            cells.append(bl.fmt_mib(max(r.maxrss_kib for r in runs)) if runs and
                         side not in failed[name] else "FAIL" if side in failed[name]
                         else "n/a")
        rows.append(cells)

    st_med = {}
    st_cells = ["startup `-c pass` (median of %d, ms)" % args.startup_runs]
    for side in order:
        if side in startup_failed:
            st_cells.append("FAIL")
            failures.append("startup (%s): %s" % (side, startup_failed[side]))
        else:
            st_med[side] = bl.median([r.seconds for r in startup[side]]) * 1000.0
            st_cells.append("%.1f" % st_med[side])
    st_cells.append(bl.fmt_ratio(st_med["pyprobe"] / st_med["cpython"])
                    if len(st_med) == 2 and st_med["cpython"] > 0 else "n/a")
    for side in order:
        runs = startup[side]
        st_cells.append(bl.fmt_mib(max(r.maxrss_kib for r in runs)) if runs else "FAIL")
    rows.append(st_cells)

    lines = []
    lines.append("## pyprobe vs CPython")
    lines.append("")
    lines.append("- machine: %s" % bl.machine_line())
    lines.append("- pyprobe: `%s` (%s)" % (pyprobe, bl.tool_version([pyprobe])))
    lines.append("- cpython: `%s` (%s)" % (" ".join(py_cmd), bl.tool_version(py_cmd, env)))
    lines.append("- %d repetitions, interleaved; wall time median; peak RSS = max ru_maxrss %s"
                 % (args.reps, "(exact, via rsswrap)" if bl.rsswrap_path(False)
                    else "(floored at this script's own RSS: rsswrap unavailable)"))
    lines.append("")
    lines.append(bl.markdown_table(header, rows))
    lines.append("")
    if ratios:
        gm = bl.geomean([r for r, _ in ratios])
        worst, worst_name = max(ratios)
        lines.append("- geometric mean of ratios pyprobe/cpython: %.3f over %d of %d programs"
                     " (target <= %.2f: %s)" % (gm, len(ratios), len(programs), TARGET_GEOMEAN,
                                                "met" if gm <= TARGET_GEOMEAN else "NOT met"))
        lines.append("- worst ratio: %.3f (%s)" % (worst, worst_name))
    else:
        lines.append("- geometric mean of ratios: n/a (no program ran on both)")
    if "pyprobe" in st_med:
        lines.append("- startup `-c pass`: pyprobe %.1f ms, cpython %s ms (target <= %.0f ms: %s)"
                     % (st_med["pyprobe"],
                        "%.1f" % st_med["cpython"] if "cpython" in st_med else "FAIL",
                        TARGET_STARTUP_MS,
                        "met" if st_med["pyprobe"] <= TARGET_STARTUP_MS else "NOT met"))
    if failures:
        lines.append("- FAILED runs:")
        for f in failures:
            lines.append("  - %s" % f)
    report = "\n".join(lines) + "\n"
    sys.stdout.write(report)
    if args.markdown_out:
        with open(args.markdown_out, "w") as f:
            f.write(report)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
