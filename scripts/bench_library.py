#!/usr/bin/env python3
"""Wall time of library operations in pyprobe and CPython, side by side.

The programs in benches/py/ measure the evaluator; these measure what a
script spends in the standard library: `re`, `json`, `collections.deque`,
`heapq`, `bisect`, `functools.partial`, `itertools`, `asyncio`, and some
object-model operations real programs lean on (`super()`, `__slots__`,
`contextvars`, bound-method callbacks, attribute misses, sorting tuples). Each
workload is timed inside the interpreter (perf_counter around it, so
startup and imports are left out); the two interpreters run one after the
other, `--repeat` times, and the table shows each workload's median time
and the ratio pyprobe/CPython. Wall times on a shared machine move by a
few percent; read the ratios, and compare runs made at one time.

Usage:
  python3 scripts/bench_library.py target/release/pyprobe \\
      "$(PYENV_VERSION=3.12.1 pyenv which python3.12)" [--repeat 5] [--only NAME,NAME]
"""

import argparse
import statistics
import subprocess
import sys
import tempfile

# name: (setup, the timed statement); each takes about 5-50 ms in CPython.
WORKLOADS = {
    "re.findall": (
        "import re\ntext = 'foo123 bar45 baz6 ' * 5000",
        "re.findall(r'[a-z]+(\\d+)', text)",
    ),
    "re.sub": (
        "import re\ntext = 'foo123 bar45 baz6 ' * 5000",
        "re.sub(r'\\d', '#', text)",
    ),
    "re.finditer": (
        "import re\ntext = 'foo123 bar45 baz6 ' * 5000",
        "for m in re.finditer(r'\\w+', text): m.group()",
    ),
    "re.split": (
        "import re\ntext = 'foo123 bar45 baz6 ' * 5000",
        "re.split(r'\\s+', text)",
    ),
    "re.match x20000": (
        "import re",
        "for i in range(20000): re.match(r'(\\w+)\\s(\\w+)', 'hello world')",
    ),
    "json.loads": (
        "import json\ndoc = json.dumps([{'id': i, 'name': 'n%d' % i, 'tags': ['a', 'b'],"
        " 'score': i / 7} for i in range(5000)])",
        "json.loads(doc)",
    ),
    "json.dumps": (
        "import json\ndata = [{'id': i, 'name': 'n%d' % i, 'tags': ['a', 'b'],"
        " 'score': i / 7} for i in range(5000)]",
        "json.dumps(data)",
    ),
    "deque append/popleft": (
        "from collections import deque",
        "d = deque()\nfor i in range(200000): d.append(i)\nfor i in range(200000): d.popleft()",
    ),
    "heapq push/pop": (
        "import heapq, random\nrandom.seed(1)\nxs = [random.random() for _ in range(100000)]",
        "h = []\nfor x in xs: heapq.heappush(h, x)\nwhile h: heapq.heappop(h)",
    ),
    "bisect.insort": (
        "import bisect, random\nrandom.seed(1)\nxs = [random.random() for _ in range(20000)]",
        "a = []\nfor x in xs: bisect.insort(a, x)",
    ),
    "partial calls": (
        "import functools, operator\np = functools.partial(operator.add, 1)",
        "for i in range(200000): p(i)",
    ),
    "itertools.product": (
        "import itertools",
        "for t in itertools.product(range(50), range(50), range(40)): pass",
    ),
    "itertools.permutations": (
        "import itertools",
        "for t in itertools.permutations(range(8)): pass",
    ),
    "itertools.islice(count)": (
        "import itertools",
        "for x in itertools.islice(itertools.count(), 200000): pass",
    ),
    "itertools.groupby": (
        "import itertools\nxs = sorted(range(100000), key=lambda x: x % 10)",
        "for k, g in itertools.groupby(xs, key=lambda x: x % 10): list(g)",
    ),
    "asyncio 20000 steps": (
        "import asyncio\n"
        "async def worker(n):\n"
        "    for _ in range(n):\n"
        "        await asyncio.sleep(0)\n"
        "async def main():\n"
        "    await asyncio.gather(*[worker(1000) for _ in range(20)])",
        "asyncio.run(main())",
    ),
    # Object-model operations that real programs (asyncio, deltablue) lean on.
    "super().__init__ chain": (
        "class A:\n"
        "    def __init__(self, x): self.x = x\n"
        "class B(A):\n"
        "    def __init__(self, x): super().__init__(x)\n"
        "class C(B):\n"
        "    def __init__(self, x): super(C, self).__init__(x)",
        "for i in range(100000): C(i)",
    ),
    "__slots__ get/set": (
        "class S:\n    __slots__ = ('a', 'b')\ns = S()\ns.a = s.b = 0",
        "for i in range(100000): s.a = s.b; s.b = s.a",
    ),
    "contextvars run/copy": (
        "import contextvars\nctx = contextvars.copy_context()\ndef f(x): return x",
        "for i in range(50000): ctx.run(f, i); contextvars.copy_context()",
    ),
    "bound method callbacks": (
        "class H:\n    def cb(self, *args): return args\ncbs = [H().cb for _ in range(10)]",
        "for i in range(20000):\n    for cb in cbs: cb(i)",
    ),
    "hasattr/getattr misses": (
        "class O: pass\no = O()",
        "for i in range(100000): hasattr(o, 'x'); getattr(o, 'y', None)",
    ),
    "object.__new__ + truth": (
        "class S:\n    __slots__ = ()",
        "for i in range(100000):\n    if object.__new__(S): pass",
    ),
    "sorted tuples": (
        "rows = [(i % 2 == 0, i % 3 == 0, i % 7, i) for i in range(2000)]",
        "for _ in range(10): sorted(rows)",
    ),
}


def program(names):
    """One program that runs the chosen workloads and prints their times."""
    lines = ["import time as _time"]
    for n, name in enumerate(names):
        setup, stmt = WORKLOADS[name]
        body = "\n".join("    " + line for line in (setup + "\n_t = _time.perf_counter()\n"
                                                       + stmt).splitlines())
        lines.append(f"def _w{n}():\n{body}\n    return _time.perf_counter() - _t")
        lines.append(f"print({name!r}, _w{n}())")
    return "\n".join(lines) + "\n"


def run(binary, path):
    out = subprocess.run([binary, path], capture_output=True, text=True, check=True).stdout
    times = {}
    for line in out.splitlines():
        name, _, secs = line.rpartition(" ")
        times[name.strip("'\"")] = float(secs)
    return times


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pyprobe")
    ap.add_argument("cpython")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    names = [n for n in WORKLOADS if not args.only or n in args.only.split(",")]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(program(names))
        path = f.name
    samples = {b: {n: [] for n in names} for b in (args.pyprobe, args.cpython)}
    for _ in range(args.repeat):
        for b in (args.pyprobe, args.cpython):
            for name, secs in run(b, path).items():
                samples[b][name].append(secs)
    print(f"| {'workload':28} | pyprobe ms | CPython ms | ratio |")
    print(f"| {':---':28} | ---------: | ---------: | ----: |")
    for n in names:
        p = statistics.median(samples[args.pyprobe][n]) * 1000
        c = statistics.median(samples[args.cpython][n]) * 1000
        print(f"| {n:28} | {p:10.2f} | {c:10.2f} | {p / c:5.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
