#!/usr/bin/env python3
"""Generate the golden probe traces of tests/probes/*.py from CPython 3.12.

The probe tests (tests/probes.rs) trace these programs under pyprobe with
bpftrace and compare the function__entry/function__return and line events
with what CPython 3.12's sys.settrace reports for the same program (its
'call', 'return' and 'line' events), so the goldens are CPython's semantics,
not ours. Each program names the goldens its test uses in a header line
"# goldens: calls lines"; for a program X.py this writes:

  X.calls.golden   one row per call/return event, in the shape of
                   scripts/call_stack.bt without its timestamp column:
                   "function__entry:<indent>X.py:func:line"
  X.lines.golden   one row per line event: "line:X.py:func:line"

Only frames of the program's own file are recorded. Indentation is one
space per nesting level, as CPython's documented call_stack.d prints it.

Usage (needs CPython 3.12, e.g. through pyenv):
    PYENV_VERSION=3.12.1 python3.12 scripts/gen_trace_golden.py [--check] [FILE.py ...]
--check compares instead of writing and exits 1 on a difference.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "probes")


def trace(path):
    """Run the program at `path` under sys.settrace: (calls, lines) rows."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    base = os.path.basename(path)
    calls, lines = [], []
    depth = 0

    def tracer(frame, event, arg):
        nonlocal depth
        if frame.f_code.co_filename != path:
            return None
        name = frame.f_code.co_name
        where = f"{base}:{name}:{frame.f_lineno}"
        if event == "call":
            calls.append(f"function__entry:{' ' * depth}{where}")
            depth += 1
        elif event == "return":
            depth -= 1
            calls.append(f"function__return:{' ' * depth}{where}")
        elif event == "line":
            lines.append(f"line:{where}")
        return tracer

    globs = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    saved_argv = sys.argv
    sys.argv = [path]
    sys.settrace(tracer)
    try:
        exec(code, globs)
    finally:
        sys.settrace(None)
        sys.argv = saved_argv
    return calls, lines


def wanted(path):
    """The golden kinds a program's "# goldens:" header asks for."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# goldens:"):
                return line.split(":", 1)[1].split()
    sys.exit(f"{path}: no '# goldens: calls lines' header")


def main(argv):
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"gen_trace_golden.py needs CPython 3.12 (this is {sys.version.split()[0]})")
    check = "--check" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        files = sorted(os.path.join(PROGRAMS, f) for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    stale = 0
    for path in files:
        path = os.path.abspath(path)
        kinds = wanted(path)
        calls, lines = trace(path)
        stem = path[: -len(".py")]
        for suffix, rows in ((".calls.golden", calls), (".lines.golden", lines)):
            if suffix.split(".")[1] not in kinds:
                continue
            out = stem + suffix
            text = "\n".join(rows) + "\n"
            if check:
                try:
                    with open(out, encoding="utf-8") as f:
                        same = f.read() == text
                except FileNotFoundError:
                    same = False
                if not same:
                    print(f"stale: {os.path.relpath(out, ROOT)}")
                    stale += 1
            else:
                with open(out, "w", encoding="utf-8") as f:
                    f.write(text)
                print(f"wrote {os.path.relpath(out, ROOT)} ({len(rows)} rows)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
