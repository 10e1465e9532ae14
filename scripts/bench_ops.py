#!/usr/bin/env python3
"""Executed instructions per Python operation, for one or more interpreters.

Each operation runs in `for i in range(n): <op>` inside a function, under
`valgrind --tool=cachegrind --cache-sim=no`, once with n = N and once with
n = 0; the difference divided by N is the cost of one iteration, the loop
included (an empty body is the `pass` row). Counts are deterministic for a
given binary and input, so one run of each suffices, and unlike wall time
they resolve a few instructions on a shared machine. These are the
"instructions per operation" of docs/benchmarks.md.

Usage:
  python3 scripts/bench_ops.py target/release/pyprobe \\
      "$(PYENV_VERSION=3.12.1 pyenv which python3.12)" [--only OP,OP] [-n N]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

# name: (setup at module level, the loop body using `i`)
OPS = {
    "pass": ("", "pass"),
    "call": ("def f(x): return x", "f(i)"),
    "method": ("class C:\n    def m(self): return 1\no = C()", "o.m()"),
    "method_is_none": (
        "class C:\n    def __init__(self): self.x = None\n"
        "    def m(self):\n        if self.x is None: return 1\no = C()",
        "o.m()",
    ),
    "instance": ("class C:\n    def __init__(self, x): self.x = x", "C(i)"),
    "attr": ("class C:\n    def __init__(self): self.x = 1\no = C()", "o.x"),
    "setattr": ("class C:\n    def __init__(self): self.x = 1\no = C()", "o.x = i"),
    "add": ("x = 1", "x + i"),
    "float_mul_add": ("x = 1.5", "x * 2.0 + x"),
    "compare": ("x = 1", "x < i"),
    "is_none": ("x = None", "x is None"),
    "list_index": ("a = [1, 2, 3]", "a[1]"),
    "dict_index": ("d = {'a': 1}", "d['a']"),
    "tuple": ("", "(i, i)"),
    "len": ("a = [1, 2, 3]", "len(a)"),
    "isinstance": ("a = [1]", "isinstance(a, list)"),
    "append": ("a = []", "a.append(i)"),
    "dict_get": ("d = {1: 2}", "d.get(i)"),
    "str_concat": ("s = 'ab'", "s + 'c'"),
    "str_join": ("s = ['a', 'b']", "''.join(s)"),
    "str_strip": ("s = ' ab '", "s.strip()"),
    "str_of_int": ("", "str(i)"),
    "int_of_str": ("s = '12'", "int(s)"),
    "float_of_str": ("s = '1.5'", "float(s)"),
    "fstring": ("", "f'{i}'"),
    "for_tuple8": ("t = (1, 2, 3, 4, 5, 6, 7, 8)", "for x in t: pass"),
    "listcomp8": ("t = (1, 2, 3, 4, 5, 6, 7, 8)", "[x for x in t]"),
    "generator": ("def g():\n    yield 1\n    yield 2", "for q in g(): pass"),
    "closure": ("def mk():\n    k = 1\n    def g(x): return x + k\n    return g\ng = mk()", "g(i)"),
    "default_arg": ("def f(x, y=1): return x", "f(i)"),
    "kw_call": ("def f(x, y): return x", "f(i, y=1)"),
    "lambda_map8": ("t = (1, 2, 3, 4, 5, 6, 7, 8)\nf = lambda x: x", "list(map(f, t))"),
    "set_add": ("s = set()", "s.add(i & 7)"),
    "in_set": ("s = {1, 2, 3}", "i in s"),
    "set_of_genexp8": ("t = (1, 2, 3, 4, 5, 6, 7, 8)", "set(x + 1 for x in t)"),
    "list_slice": ("a = [1, 2, 3, 4]", "a[1:3]"),
    "instance2": ("class C:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y", "C(i, i)"),
    "tuple_unpack": ("t = (1, 2)", "a, b = t"),
    "sorted_key8": ("t = (3, 1, 2, 8, 5, 4, 7, 6)\nk = lambda x: -x", "sorted(t, key=k)"),
    "raise_catch": (
        "class E(Exception): pass",
        "try:\n            raise E(i)\n        except E:\n            pass",
    ),
    "key_error": ("", "try:\n            {}[i]\n        except KeyError:\n            pass"),
}


def program(setup, body, n):
    return f"{setup}\ndef run(n):\n    for i in range(n):\n        {body}\nrun({n})\n"


def instructions(binary, source):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "op.py")
        with open(path, "w") as f:
            f.write(source)
        r = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no",
             "--cachegrind-out-file=/dev/null", binary, path],
            capture_output=True, text=True,
        )
    m = re.search(r"I\s+refs:\s+([\d,]+)", r.stderr)
    if r.returncode != 0 or not m:
        sys.exit(f"{binary} failed on:\n{source}\n{r.stderr[-800:]}")
    return int(m.group(1).replace(",", ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--only", help="comma-separated operation names")
    ap.add_argument("-n", type=int, default=50000, help="iterations (default 50000)")
    args = ap.parse_args()
    names = args.only.split(",") if args.only else list(OPS)
    unknown = [x for x in names if x not in OPS]
    if unknown:
        sys.exit(f"unknown operations: {', '.join(unknown)}")
    print("| operation | " + " | ".join(args.binaries) + " |")
    print("| :--- |" + " ---: |" * len(args.binaries))
    for name in names:
        setup, body = OPS[name]
        cells = []
        for b in args.binaries:
            full = instructions(b, program(setup, body, args.n))
            empty = instructions(b, program(setup, body, 0))
            cells.append(f"{(full - empty) / args.n:.0f}")
        print(f"| `{body.splitlines()[0]}` ({name}) | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
