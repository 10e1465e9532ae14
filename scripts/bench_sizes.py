#!/usr/bin/env python3
"""Reduced-size copies of the benches/py programs, and their expected results.

benches/reduced_sizes.txt lists, per program, smaller values of its size
knobs (top-level `KNOB = <int>` assignments) for harnesses that run a
program many times (the criterion benches, benches/workloads.rs) or under
valgrind (scripts/bench_instructions.py). Each program checks its result
against a table keyed by its knobs (EXPECTED, PI_CHECK); the entries for
the reduced sizes are computed by CPython 3.12 with this script:

    PYENV_VERSION=3.12.1 python3.12 scripts/bench_sizes.py --expected

prints, for each program, the table entry CPython computes at the reduced
size (paste it into the program's table). Imported by the other scripts
for `reduced_source(name, text)`.
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "benches", "py")
SIZES_FILE = os.path.join(ROOT, "benches", "reduced_sizes.txt")


def sizes():
    """{program: [(knob, value), ...]} from benches/reduced_sizes.txt."""
    table = {}
    with open(SIZES_FILE, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if line:
                table[line[0]] = [tuple(kv.split("=", 1)) for kv in line[1:]]
    return table


def reduced_source(name, text, table=None):
    for knob, value in (table or sizes()).get(name, []):
        text, n = re.subn(rf"^{knob} = \d+", f"{knob} = {value}", text, count=1, flags=re.M)
        if n != 1:
            raise SystemExit(f"{name}: no top-level '{knob} = <int>' to reduce")
    return text


# Appended to a reduced program: every table lookup that misses yields an
# object equal to anything, which records what it was compared with.
RECORDER = '''
class _Recorded(dict):
    def __missing__(self, key):
        class Any:
            def __eq__(self, other):
                print("ENTRY", repr(key), ":", repr(other))
                return True
            def __ne__(self, other):
                return not self.__eq__(other)
        return Any()
for _name in ("EXPECTED", "PI_CHECK"):
    if _name in globals():
        globals()[_name] = _Recorded(globals()[_name])
'''


def main():
    if sys.argv[1:] != ["--expected"]:
        sys.exit(__doc__)
    for name in sorted(sizes()):
        with open(os.path.join(BENCH_DIR, name + ".py"), encoding="utf-8") as f:
            src = reduced_source(name, f.read())
        src = re.sub(r"^main\(\)\s*$", RECORDER + "\nmain()\n", src, flags=re.M)
        r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
        entries = [l[len("ENTRY "):] for l in r.stdout.splitlines() if l.startswith("ENTRY ")]
        status = "ok" if r.returncode == 0 else f"exit {r.returncode}: {r.stderr[-300:]}"
        print(f"{name}: {status}")
        for e in entries:
            print("    " + e)


if __name__ == "__main__":
    main()
