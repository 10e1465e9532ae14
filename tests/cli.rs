//! Command-line behaviour the golden programs cannot show, because they
//! read stdout and stderr through separate pipes: whether stdout is
//! buffered, seen as the order of its lines among stderr's when both go
//! to one pipe. Expected orders are CPython 3.12's (`-u`: "force the
//! stdout and stderr streams to be unbuffered"; `PYTHONUNBUFFERED`: "if
//! this is set to a non-empty string it is equivalent to specifying the
//! -u option"; `-E` ignores it).

use std::process::Command;

/// A line on stdout, one on stderr, one more on stdout.
const PROGRAM: &str = "import sys\nprint('out1')\nsys.stderr.write('err\\n')\nprint('out2')";

/// What `pyprobe args` writes to stdout and stderr, both into one pipe.
fn merged_output(args: &[&str], unbuffered_env: Option<&str>) -> String {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("exec \"$0\" \"$@\" 2>&1")
        .arg(env!("CARGO_BIN_EXE_pyprobe"))
        .args(args)
        .env_remove("PYTHONUNBUFFERED");
    if let Some(v) = unbuffered_env {
        cmd.env("PYTHONUNBUFFERED", v);
    }
    let out = cmd.output().expect("sh runs pyprobe");
    assert!(out.status.success(), "pyprobe {args:?} failed: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const BUFFERED: &str = "err\nout1\nout2\n";
const WRITTEN_THROUGH: &str = "out1\nerr\nout2\n";

#[test]
fn stdout_to_a_pipe_is_buffered() {
    assert_eq!(merged_output(&["-c", PROGRAM], None), BUFFERED);
}

#[test]
fn dash_u_writes_stdout_through() {
    assert_eq!(merged_output(&["-u", "-c", PROGRAM], None), WRITTEN_THROUGH);
}

#[test]
fn pythonunbuffered_writes_stdout_through() {
    assert_eq!(merged_output(&["-c", PROGRAM], Some("1")), WRITTEN_THROUGH);
}

#[test]
fn empty_pythonunbuffered_changes_nothing() {
    assert_eq!(merged_output(&["-c", PROGRAM], Some("")), BUFFERED);
}

#[test]
fn dash_e_ignores_pythonunbuffered() {
    assert_eq!(merged_output(&["-E", "-c", PROGRAM], Some("1")), BUFFERED);
}

// ---- PYTHONNODEBUGRANGES --------------------------------------------------

/// A script whose traceback CPython 3.12 draws carets under
/// (`return a / b + 1`: `~~^~~`).
const FAILING: &str = "def f(a, b):\n    return a / b + 1\nf(1, 0)\n";

/// The stderr of `pyprobe [flag] script` for the failing script, with
/// PYTHONNODEBUGRANGES set to `env` (or unset).
fn traceback_of(flag: Option<&str>, env: Option<&str>) -> String {
    // One file per call: the tests run in parallel threads of one process,
    // and one writing the script while another runs it would hand that
    // one an empty file.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("pyprobe-cli-ranges-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("failing.py");
    std::fs::write(&script, FAILING).expect("script written");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyprobe"));
    cmd.args(flag)
        .arg(&script)
        .env_remove("PYTHONNODEBUGRANGES");
    if let Some(v) = env {
        cmd.env("PYTHONNODEBUGRANGES", v);
    }
    let out = cmd.output().expect("pyprobe runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn has_carets(stderr: &str) -> bool {
    stderr.lines().any(|l| l.trim() == "~~^~~")
}

// CPython 3.12: the variable, when non-empty, drops the column table
// (no carets); `-E` ignores it.
#[test]
fn carets_by_default() {
    assert!(has_carets(&traceback_of(None, None)));
    assert!(has_carets(&traceback_of(None, Some(""))));
}

#[test]
fn pythonnodebugranges_drops_carets() {
    let err = traceback_of(None, Some("1"));
    assert!(!has_carets(&err), "{err}");
    assert!(err.contains("    return a / b + 1\n"), "{err}");
}

#[test]
fn dash_e_ignores_pythonnodebugranges() {
    assert!(has_carets(&traceback_of(Some("-E"), Some("1"))));
}
