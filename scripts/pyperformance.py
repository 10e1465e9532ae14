#!/usr/bin/env python3
"""Run pyperformance's benchmarks under pyprobe and CPython, interleaved.

    python3 scripts/pyperformance.py [--pyprobe PATH] [--cpython PATH]
        [--only NAME,...] [--loops N] [--repeat R] [--timeout S]

The benchmarks are real programs (chaos, deltablue, go, mdp, pyflate, the
regex and json ones, ...). This script fetches the pyperformance source
distribution from PyPI once (`pip download`, into target/pyperformance/),
and runs each benchmark that needs nothing beyond the standard library
with `scripts/pyperf_stub/` first on the path, so that its `import pyperf`
finds a small stand-in that runs the benchmark function `--loops` times
(by default as many as make CPython's run about 0.2 s) and prints the time. Each interpreter runs each benchmark `--repeat` times,
alternating; the table gives the median seconds, the ratio pyprobe/CPython,
and for a benchmark pyprobe cannot run, the last line of its error.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STUB = os.path.join(ROOT, "scripts", "pyperf_stub")
VERSION = "1.11.0"
CACHE = os.path.join(ROOT, "target", "pyperformance")


def fetch():
    """The benchmarks directory of the pyperformance sdist, fetched once."""
    top = os.path.join(CACHE, f"pyperformance-{VERSION}")
    bench = os.path.join(top, "pyperformance", "data-files", "benchmarks")
    if os.path.isdir(bench):
        return bench
    os.makedirs(CACHE, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", f"pyperformance=={VERSION}",
         "--no-deps", "--no-binary", ":all:", "-d", CACHE],
        check=True,
    )
    with tarfile.open(os.path.join(CACHE, f"pyperformance-{VERSION}.tar.gz")) as tar:
        tar.extractall(CACHE, filter="data")
    return bench


def benchmarks(bench):
    """(name, directory, extra arguments) of the benchmarks that need only
    pyperf, in the manifest's order."""
    out = []
    in_list = False
    with open(os.path.join(bench, "MANIFEST")) as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                in_list = line == "[benchmarks]"
                continue
            if not in_list or not line or line.startswith(("name", "#")):
                continue
            name, meta = line.split("\t")
            base = meta[len("<local:"):-1] if meta.startswith("<local:") else name
            folder = os.path.join(bench, f"bm_{base}")
            with open(os.path.join(folder, "pyproject.toml"), "rb") as p:
                project = tomllib.load(p)
            deps = [d for d in project["project"].get("dependencies", []) if d != "pyperf"]
            if deps or os.path.exists(os.path.join(folder, "requirements.txt")):
                continue
            toml = os.path.join(folder, f"bm_{name}.toml") if base != name else None
            opts = project["tool"]["pyperformance"].get("extra_opts", [])
            if toml and os.path.exists(toml):
                with open(toml, "rb") as p:
                    opts = tomllib.load(p)["tool"]["pyperformance"].get("extra_opts", [])
            out.append((name, folder, opts))
    return out


def run_once(exe, folder, opts, loops, timeout):
    """Seconds the benchmark's functions took, or the error's last line."""
    env = dict(os.environ, PYTHONPATH=STUB, PYPERF_STUB_LOOPS=str(loops))
    try:
        p = subprocess.run(
            [exe, "run_benchmark.py", *opts], cwd=folder, env=env,
            capture_output=True, text=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout} s"
    times = [float(line.split()[3]) for line in p.stdout.splitlines()
             if line.startswith("pyperf-stub ")]
    if p.returncode != 0 or not times:
        lines = (p.stderr or p.stdout).strip().splitlines()
        return lines[-1][:90] if lines else f"exit status {p.returncode}"
    return sum(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyprobe", default=os.path.join(ROOT, "target", "release", "pyprobe"))
    ap.add_argument("--cpython", default="python3.12")
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--loops", type=int, default=0,
                    help="loops per run (default: enough for 0.2 s of CPython's time)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=300)
    args = ap.parse_args()
    bench = fetch()
    only = {n for n in args.only.split(",") if n}
    todo = [b for b in benchmarks(bench) if not only or b[0] in only]
    print("| benchmark | loops | pyprobe s | cpython s | ratio |")
    print("| :-- | --: | --: | --: | --: |")
    ratios, failed = [], []
    for name, folder, opts in todo:
        got = {"pyprobe": [], "cpython": []}
        error = None
        loops = args.loops
        if not loops:
            # Short benchmarks repeat their function until CPython's run
            # takes about 0.2 s, so that start-up effects fade.
            t = run_once(args.cpython, folder, opts, 1, args.timeout)
            loops = 1 if isinstance(t, str) or t <= 0 else max(1, min(1000, round(0.2 / t)))
        for _ in range(args.repeat):
            for which, exe in (("pyprobe", args.pyprobe), ("cpython", args.cpython)):
                r = run_once(exe, folder, opts, loops, args.timeout)
                if isinstance(r, str):
                    error = error or f"{which}: {r}"
                else:
                    got[which].append(r)
            if error:
                break
        if error:
            failed.append(name)
            print(f"| {name} | {loops} | | | {error} |", flush=True)
            continue
        p, c = statistics.median(got["pyprobe"]), statistics.median(got["cpython"])
        ratios.append(p / c)
        print(f"| {name} | {loops} | {p:.4f} | {c:.4f} | {p / c:.2f} |", flush=True)
    if ratios:
        print(f"\ngeometric mean of {len(ratios)} ratios: {statistics.geometric_mean(ratios):.3f}")
    print(f"not run: {len(failed)} ({', '.join(failed)})")


if __name__ == "__main__":
    main()
