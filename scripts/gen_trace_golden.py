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
  X.imports.golden one row per import__find__load__start/done, in the
                   shape of scripts/import.bt without its timestamp column:
                   "import__find__load__start:<indent>name" and
                   "import__find__load__done:<indent>name:found"
  X.audit.golden   one row per audit event: "audit:event"

Only frames of the program's own file are recorded. Indentation is one
space per nesting level, as CPython's documented call_stack.d prints it.

How the import and audit goldens are recorded (CPython 3.12 has these
probes, but a dtrace-enabled CPython is not needed): the program runs in a
fresh CPython 3.12 process with an audit hook and a profile function
installed first.
- CPython's import_find_and_load (Python/import.c) raises the "import"
  audit event (with filename None), fires import__find__load__start, calls
  importlib._bootstrap._find_and_load(name, ...), and fires
  import__find__load__done(name, module != NULL). So an "import" event
  whose second argument is None marks the next call of _find_and_load
  (seen by sys.setprofile) as probed: its call is the start probe, its
  return the done probe, with found = 1 when it returned a module and 0
  when it raised. importlib.import_module calls _find_and_load without the
  event, exactly as it bypasses the probes.
- The audit probe fires for every audit event, so the hook records every
  event the program raises, from its first line to its last (the hook is
  installed before the program runs, so events the program raises before
  adding hooks of its own are seen too).

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


def record_imports_audit(path, profile):
    """Run the program in this process with the recorders installed (call
    in a fresh process): (imports rows, audit rows). The profile function
    that finds _find_and_load reads frame.f_code, itself an audit event
    (object.__getattr__), so it is installed only for "imports" goldens and
    a program asks for "imports" or "audit", not both."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    imports, audit = [], []
    pending = [None]  # name of the next probed _find_and_load
    probed = {}  # id(frame) -> name, for probed _find_and_load frames
    depth = [0]
    active = [False]

    def hook(event, args):
        if not active[0]:
            if event == "exec" and args and args[0] is code:
                active[0] = True
            return
        audit.append(f"audit:{event}")
        if event == "import" and len(args) > 1 and args[1] is None:
            pending[0] = args[0]

    def profiler(frame, event, arg):
        co = frame.f_code
        if co.co_name != "_find_and_load" or not co.co_filename.startswith("<frozen"):
            return
        if event == "call" and pending[0] is not None and frame.f_locals.get("name") == pending[0]:
            pending[0] = None
            probed[id(frame)] = frame.f_locals["name"]
            imports.append(f"import__find__load__start:{' ' * depth[0]}{probed[id(frame)]}")
            depth[0] += 1
        elif event == "return" and id(frame) in probed:
            name = probed.pop(id(frame))
            depth[0] -= 1
            found = 0 if arg is None else 1
            imports.append(f"import__find__load__done:{' ' * depth[0]}{name}:{found}")

    globs = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    sys.addaudithook(hook)
    if profile:
        sys.setprofile(profiler)
    try:
        exec(code, globs)
    finally:
        active[0] = False
        sys.setprofile(None)
    return imports, audit


def record(path, kind):
    """record_imports_audit in a fresh CPython 3.12 process (audit hooks
    cannot be removed, and sys.modules must start clean)."""
    import json
    import subprocess

    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), "--record", kind, path],
        capture_output=True, check=True, cwd=os.path.dirname(path),
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    rows = proc.stdout.decode().rpartition("@@ROWS@@")[2]
    return tuple(json.loads(rows))


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
    if argv[:1] == ["--record"]:
        # The child process of record(): print the rows as JSON.
        import json

        imports, audit = record_imports_audit(os.path.abspath(argv[2]), argv[1] == "imports")
        sys.stdout.flush()
        os.write(1, ("\n@@ROWS@@" + json.dumps([imports, audit])).encode())
        return 0
    check = "--check" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        files = sorted(os.path.join(PROGRAMS, f) for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    stale = 0
    for path in files:
        path = os.path.abspath(path)
        kinds = wanted(path)
        calls, lines = trace(path) if {"calls", "lines"} & set(kinds) else ([], [])
        if "imports" in kinds and "audit" in kinds:
            sys.exit(f"{path}: ask for 'imports' or 'audit' goldens, not both")
        imports, audit = [], []
        if "imports" in kinds:
            imports, _ = record(path, "imports")
        if "audit" in kinds:
            _, audit = record(path, "audit")
        stem = path[: -len(".py")]
        goldens = (
            (".calls.golden", calls),
            (".lines.golden", lines),
            (".imports.golden", imports),
            (".audit.golden", audit),
        )
        for suffix, rows in goldens:
            if suffix.split(".")[1] not in kinds:
                continue
            stale += not write_golden(stem + suffix, rows, check)
    return 1 if stale else 0


def write_golden(out, rows, check):
    """Write `rows` to the golden file `out`, or with `check` compare them
    with it (printing "stale: ..." when they differ). False when stale."""
    text = "\n".join(rows) + "\n"
    if check:
        try:
            with open(out, encoding="utf-8") as f:
                same = f.read() == text
        except FileNotFoundError:
            same = False
        if not same:
            print(f"stale: {os.path.relpath(out, ROOT)}")
        return same
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(out, ROOT)} ({len(rows)} rows)")
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
