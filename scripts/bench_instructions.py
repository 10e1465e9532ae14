#!/usr/bin/env python3
"""Untraced probe cost in executed instructions: default vs with-dtrace build.

Wall time on shared 2-core machines cannot resolve a 1% difference; the
number of instructions a run executes can. This runs each benches/py
program, its size knobs reduced (benches/reduced_sizes.txt) so that
valgrind finishes in seconds, under `valgrind --tool=cachegrind --cache-sim=no` with both
binaries and prints the instruction counts and their ratio (with-dtrace /
default), and the geometric mean. Counts are deterministic for a given
binary and input, so one run of each suffices.

Usage:
  python3 scripts/bench_instructions.py --off target/release/pyprobe \\
      --on target/probes/release/pyprobe [--filter SUBSTR]
"""

import argparse
import math
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_sizes import BENCH_DIR, reduced_source, sizes  # noqa: E402

def instructions(binary, program):
    """Instructions executed by `binary program` (cachegrind's I refs)."""
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        r = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no",
             f"--cachegrind-out-file={out.name}", binary, program],
            capture_output=True, text=True, cwd=os.path.dirname(program))
        m = re.search(r"I\s+refs:\s+([\d,]+)", r.stderr)
        if r.returncode != 0 or not m or " ok" not in r.stdout:
            sys.exit(f"valgrind failed on {program}:\n{r.stderr[-2000:]}")
        return int(m.group(1).replace(",", ""))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--off", required=True, help="default build")
    p.add_argument("--on", required=True, help="with-dtrace build")
    p.add_argument("--filter", default=None)
    args = p.parse_args()
    ratios = []
    print(f"{'program':<16}{'default':>16}{'with-dtrace':>16}{'ratio':>9}")
    table = sizes()
    with tempfile.TemporaryDirectory() as tmp:
        for fname in sorted(os.listdir(BENCH_DIR)):
            name, ext = os.path.splitext(fname)
            if ext != ".py" or (args.filter and args.filter not in name):
                continue
            with open(os.path.join(BENCH_DIR, fname), encoding="utf-8") as f:
                src = reduced_source(name, f.read(), table)
            prog = os.path.join(tmp, fname)
            with open(prog, "w", encoding="utf-8") as f:
                f.write(src)
            off = instructions(args.off, prog)
            on = instructions(args.on, prog)
            ratios.append(on / off)
            print(f"{name:<16}{off:>16,}{on:>16,}{on / off:>9.4f}", flush=True)
    if ratios:
        geo = math.exp(sum(map(math.log, ratios)) / len(ratios))
        print(f"{'geomean':<16}{'':>32}{geo:>9.4f}   worst {max(ratios):.4f}")


if __name__ == "__main__":
    main()
