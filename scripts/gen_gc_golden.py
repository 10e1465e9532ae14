#!/usr/bin/env python3
"""Generate the golden gc probe traces of tests/probes/*.py from CPython 3.12.

The gc probe test (tests/probes.rs) traces a program under pyprobe with
scripts/gc.bt and compares the gc__start/gc__done events with the
collections CPython 3.12 runs for the same program. A program asks for this
golden with the header line "# goldens: gc"; for a program X.py this writes

  X.gc.golden   one row per probe, in the shape of scripts/gc.bt without
                its timestamp column:
                "gc-start:<generation>" and "gc-done:<collected>"

How the goldens are recorded (a dtrace-enabled CPython is not needed): the
program runs in a fresh CPython 3.12 process with a gc.callbacks hook
installed just before its code starts, recording ("start", generation) and
("stop", collected + uncollectable). In CPython 3.12 (Modules/gcmodule.c)
every collection a program causes, explicit (gc.collect(), PyGC_Collect) or
automatic (gc_collect_generations, when a threshold is crossed), goes
through gc_collect_with_callback, which calls

    invoke_gc_callback("start", generation, 0, 0)
    gc_collect_main(generation, &collected, &uncollectable)
        PyDTrace_GC_START(generation)       first thing it does
        ... the collection ...
        PyDTrace_GC_DONE(n + m)             last thing, the value it returns
    invoke_gc_callback("stop", generation, collected, uncollectable)

where n + m is collected + uncollectable, so the callbacks see exactly the
probes' sequence and arguments. The one path that fires the probes without
the callbacks is _PyGC_CollectNoFail, the collections of interpreter
shutdown (finalize_modules): they come after the program's last line and
are not part of the golden (a trace of CPython itself would end with them).
Collections before the program's first line (interpreter start-up) are not
recorded either; the generator runs a full collection before installing
the hook, so the program starts with an empty young generation, as a
fresh interpreter with no start-up garbage does.

Usage (needs CPython 3.12, e.g. through pyenv):
    PYENV_VERSION=3.12.1 python3.12 scripts/gen_gc_golden.py [--check] [FILE.py ...]
Without files, every tests/probes/*.py whose "# goldens:" header names gc.
--check compares instead of writing and exits 1 on a difference.
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_trace_golden import write_golden  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "probes")
MARK = "\n@@GC-ROWS@@"


def run_recorded(path):
    """Run the program in this process with the gc.callbacks recorder
    installed (call in a fresh process): its gc golden rows."""
    import gc

    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    rows = []

    def recorder(phase, info):
        if phase == "start":
            rows.append(f"gc-start:{info['generation']}")
        else:
            rows.append(f"gc-done:{info['collected'] + info['uncollectable']}")

    globs = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    gc.collect()
    gc.callbacks.append(recorder)
    try:
        exec(code, globs)
    finally:
        if recorder in gc.callbacks:
            gc.callbacks.remove(recorder)
    return rows


def record(path):
    """run_recorded in a fresh CPython 3.12 process, cwd = the program's
    directory; the program's own output is discarded."""
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), "--record", path],
        capture_output=True, check=True, cwd=os.path.dirname(path),
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"},
    )
    return json.loads(proc.stdout.decode().rpartition(MARK)[2])


def wanted(path):
    """True when the program's "# goldens:" header names gc."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# goldens:"):
                return "gc" in line.split(":", 1)[1].split()
    return False


def main(argv):
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"gen_gc_golden.py needs CPython 3.12 (this is {sys.version.split()[0]})")
    if argv[:1] == ["--record"]:
        # The child process of record(): print the rows as JSON.
        rows = run_recorded(os.path.abspath(argv[1]))
        sys.stdout.flush()
        os.write(1, (MARK + json.dumps(rows)).encode())
        return 0
    check = "--check" in argv
    files = [os.path.abspath(a) for a in argv if not a.startswith("--")]
    if not files:
        names = sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py"))
        files = [p for p in (os.path.join(PROGRAMS, f) for f in names) if wanted(p)]
    stale = 0
    for path in files:
        if not wanted(path):
            sys.exit(f"{path}: no '# goldens: gc' header")
        rows = record(path)
        stale += not write_golden(path[: -len(".py")] + ".gc.golden", rows, check)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
