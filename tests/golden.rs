//! Golden-output tests: runs every `tests/py/**/*.py` program with `pyprobe`
//! and compares it with what CPython 3.12 did.
//!
//! For `tests/py/<area>/<name>.py`, `<name>.out` holds the exact expected
//! stdout; `<name>.err` exists only when CPython exited nonzero and holds two
//! lines, `exit: N` and the last line of stderr (e.g. `KeyError: 'x'`); a
//! negative N means killed by signal -N (CPython dies by SIGINT on an
//! uncaught KeyboardInterrupt).
//! Without `.err` the exit code must be 0. With `<name>.stderr` (programs
//! in `tests/py/tracebacks/`), all of stderr must be exactly that, the
//! program's directory cut out of file names (the interpreters make the
//! script's path absolute): whole tracebacks, with their source lines and
//! carets.
//!
//! Programs run as the generator ran them: cwd = their directory, the bare
//! file name as argument, stdin from /dev/null, `PYTHONHASHSEED=0`; they
//! are killed after 30 s. Files and directories starting with `_` are
//! helpers imported by tests, not programs, and so is every directory
//! holding an `__init__.py`: a package tree that the programs beside it
//! import (tests/py/import/pkg ...).
//!
//! A program whose first line is `# golden-args: ARG ...` is run with those
//! whitespace-separated arguments instead of its own file name (e.g.
//! `# golden-args: -m mpkg one` runs `pyprobe -m mpkg one` in its
//! directory); the rest of such a file is a comment saying what it checks.
//! A `# golden-env: NAME=value ...` line among a program's leading comment
//! lines sets those environment variables for its run (e.g.
//! `PYTHONBREAKPOINT`).
//!
//! `tests/py/known_failures.txt` lists programs expected to fail (paths
//! relative to `tests/py`, `#` comments); one that passes is reported so it
//! can be removed. `PYPROBE_GOLDEN_FILTER=substring` runs only the programs
//! whose relative path contains the substring.
//!
//! Regenerate goldens with CPython 3.12 (everything, or only some paths):
//! `python3 scripts/gen_golden.py [tests/py/<area>[/<name>.py] ...]`

#[path = "support/golden_run.rs"]
mod golden_run;

use std::path::PathBuf;

#[test]
fn golden() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pyprobe"));
    let filter = std::env::var("PYPROBE_GOLDEN_FILTER").unwrap_or_default();
    golden_run::run_all(&bin, &filter).report("golden");
}
