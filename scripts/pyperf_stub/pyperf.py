"""The part of `pyperf`'s API that pyperformance's benchmarks use.

`scripts/pyperformance.py` puts this directory first on the path, so a
benchmark's `import pyperf` finds this module: each `bench_*` call runs
the benchmark's function for a fixed number of loops and prints one line,
`<name> <loops> <seconds>`, that the driver reads. It works the same under
pyprobe and CPython, so both are timed by the same code.
"""

import argparse
import os
import sys
import time

perf_counter = time.perf_counter


def python_implementation():
    return sys.implementation.name


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        self.args = None
        self._loops = int(os.environ.get("PYPERF_STUB_LOOPS", "1"))

    def parse_args(self, args=None):
        self.args, _ = self.argparser.parse_known_args(args)
        return self.args

    def _args(self):
        if self.args is None:
            self.parse_args()
        return self.args

    def _report(self, name, loops, seconds):
        print("pyperf-stub %s %d %.6f" % (name, loops, seconds), flush=True)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, **kwargs):
        self._args()
        loops = self._loops
        self._report(name, loops, time_func(loops, *args))

    def bench_func(self, name, func, *args, inner_loops=None, **kwargs):
        self._args()
        loops = self._loops
        t0 = perf_counter()
        for _ in range(loops):
            func(*args)
        self._report(name, loops, perf_counter() - t0)

    def bench_async_func(self, name, func, *args, inner_loops=None, **kwargs):
        import asyncio

        self._args()
        loops = self._loops
        t0 = perf_counter()
        for _ in range(loops):
            asyncio.run(func(*args))
        self._report(name, loops, perf_counter() - t0)

    def bench_command(self, name, command):
        raise NotImplementedError("bench_command: a subprocess benchmark")
