#!/usr/bin/env python3
"""Regenerate the golden files of the pyprobe test suite with CPython 3.12.

For every test program tests/py/<area>/<name>.py this writes

  <name>.out   the exact bytes the program writes to stdout
  <name>.err   only when the exit code is nonzero: two lines,
               "exit: N" and the last line of stderr
               (e.g. "ZeroDivisionError: division by zero")
  <name>.stderr  only for programs under tests/py/tracebacks/: the whole
               of stderr, for tracebacks checked line by line (source
               lines and the carets under them), with the program's
               directory cut out of file names ("/.../t.py" becomes
               "t.py": CPython makes the script's path absolute)

and deletes a stale <name>.err when the program now exits with 0.

Each program is run exactly as tests/golden.rs runs pyprobe: with the
test's directory as cwd, the bare file name as the only argument (so
tracebacks show "<name>.py"), stdin from /dev/null and PYTHONHASHSEED=0.
A program whose first line is "# golden-args: ARG ..." runs with those
whitespace-separated arguments instead of its file name (e.g.
"# golden-args: -m mpkg one" runs "python3.12 -m mpkg one"). A line
"# golden-env: NAME=value ..." among the program's leading comment lines
adds those variables to its environment.

Files and directories whose names start with "_" (helper modules and
packages imported by tests), directories holding an __init__.py (package
trees the tests import) and __pycache__ are not test programs.

Usage:
  python3 scripts/gen_golden.py                 # every program
  python3 scripts/gen_golden.py tests/py/match  # a directory
  python3 scripts/gen_golden.py tests/py/errors/key_error.py ...

The script may be started by any python3; it always runs the programs with
CPython 3.12 (`python3.12`, PYENV_VERSION=3.12.1 for pyenv installs).
"""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests", "py")
# Programs whose whole stderr is a golden (<name>.stderr).
FULL_STDERR = os.path.join(TESTS, "tracebacks")
PYTHON = os.environ.get("GOLDEN_PYTHON", "python3.12")
TIMEOUT = 120

ENV = {
    **os.environ,
    "PYENV_VERSION": "3.12.1",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONUTF8": "1",
}
for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT"):
    ENV.pop(var, None)


def is_test_name(name):
    return not name.startswith("_") and name != "__pycache__"


def walk(top):
    """All test programs under `top` (a directory or a .py file), sorted."""
    if os.path.isfile(top):
        return [os.path.abspath(top)]
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(
            d for d in dirnames
            if is_test_name(d)
            and not os.path.isfile(os.path.join(dirpath, d, "__init__.py"))
        )
        for f in sorted(filenames):
            if f.endswith(".py") and is_test_name(f):
                found.append(os.path.abspath(os.path.join(dirpath, f)))
    return sorted(found)


def check_python():
    out = subprocess.run(
        [PYTHON, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        env=ENV, capture_output=True, text=True, check=True,
    ).stdout.strip()
    if out != "3.12":
        sys.exit(f"gen_golden: {PYTHON} is Python {out}, need 3.12")


def last_line(stderr):
    lines = stderr.decode("utf-8", "replace").rstrip().splitlines()
    return lines[-1].rstrip() if lines else ""


def program_args(path):
    """The program's "# golden-args:" header, else its bare file name."""
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    if first.startswith("# golden-args:"):
        return first[len("# golden-args:"):].split()
    return [os.path.basename(path)]


def program_env(path):
    """The variables of a "# golden-env:" line in the leading comments."""
    env = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.startswith("#"):
                break
            if line.startswith("# golden-env:"):
                for word in line[len("# golden-env:"):].split():
                    name, sep, value = word.partition("=")
                    if sep:
                        env[name] = value
    return env


def regenerate(path):
    directory, name = os.path.split(path)
    stem = path[:-3]
    try:
        proc = subprocess.run(
            [PYTHON, *program_args(path)], env={**ENV, **program_env(path)}, cwd=directory, stdin=subprocess.DEVNULL,
            capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return f"TIMEOUT after {TIMEOUT}s (goldens left unchanged)"
    with open(stem + ".out", "wb") as f:
        f.write(proc.stdout)
    stderr_path = stem + ".stderr"
    if os.path.commonpath([path, FULL_STDERR]) == FULL_STDERR:
        stderr = proc.stderr
        for d in {directory, os.path.realpath(directory)}:
            stderr = stderr.replace(os.path.join(d, "").encode(), b"")
        with open(stderr_path, "wb") as f:
            f.write(stderr)
    elif os.path.exists(stderr_path):
        os.remove(stderr_path)
    err_path = stem + ".err"
    if proc.returncode != 0:
        err = f"exit: {proc.returncode}\n{last_line(proc.stderr)}\n"
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(err)
        return f"exit {proc.returncode}: {last_line(proc.stderr)}"
    if os.path.exists(err_path):
        os.remove(err_path)
    return None


def main(argv):
    check_python()
    tops = argv or [TESTS]
    programs = []
    for top in tops:
        if not os.path.exists(top):
            sys.exit(f"gen_golden: no such file or directory: {top}")
        programs.extend(walk(top))
    timeouts = 0
    for path in programs:
        note = regenerate(path)
        under_tests = os.path.commonpath([path, TESTS]) == TESTS
        rel = os.path.relpath(path, TESTS if under_tests else os.getcwd())
        print(f"{rel}" + (f"  [{note}]" if note else ""))
        if note and note.startswith("TIMEOUT"):
            timeouts += 1
    print(f"gen_golden: {len(programs)} programs regenerated")
    return 1 if timeouts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
