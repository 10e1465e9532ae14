//! `pyprobe-dtrace` end to end: D scripts run unchanged through bpftrace
//! against a `with-dtrace` pyprobe, compared with CPython 3.12's
//! `sys.settrace` (goldens from scripts/gen_trace_golden.py).
//!
//! Design, as tests/probes.rs of the workspace:
//! - The traced binary is the `with-dtrace` release build in
//!   target/probes (built once per run, shared with tests/probes.rs).
//! - Tracing needs root and bpftrace. Outside CI a missing prerequisite
//!   skips the test with a printed reason; with `CI` set it fails it.
//!   Tracing tests run one at a time.
//! - The trace goes to a file (`-o`), apart from the program's output.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

#[path = "../../../tests/support/tracing.rs"]
mod tracing;
use tracing::{
    assert_rows, load_base, require_bpftrace, scratch, trace_lock, wait_for, wait_until_enabled,
};

const CRATE: &str = env!("CARGO_MANIFEST_DIR");
const DTRACE: &str = env!("CARGO_BIN_EXE_pyprobe-dtrace");

fn root() -> PathBuf {
    Path::new(CRATE).join("../..")
}

// ---- prerequisites and builds -------------------------------------------

/// The `with-dtrace` release pyprobe (built once per test run).
fn pyprobe() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let dir = root().join("target/probes");
        let status = Command::new(cargo)
            .current_dir(root())
            .args([
                "build",
                "--release",
                "--bin",
                "pyprobe",
                "--features",
                "with-dtrace",
                "--target-dir",
            ])
            .arg(&dir)
            .status()
            .expect("run cargo");
        assert!(status.success(), "building the with-dtrace pyprobe failed");
        fs::canonicalize(dir.join("release/pyprobe")).expect("pyprobe binary")
    })
}

fn testdata(name: &str) -> PathBuf {
    Path::new(CRATE).join("testdata").join(name)
}

fn lines(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().map(str::to_string).collect()
}

// ---- running pyprobe-dtrace ------------------------------------------------

/// Run pyprobe-dtrace to completion.
fn dtrace<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let child = Command::new(DTRACE)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pyprobe-dtrace");
    child.wait_with_output().expect("wait for pyprobe-dtrace")
}

/// `pyprobe-dtrace -q -o TRACE -s script -c "pyprobe program"`: the
/// trace, after checking the run succeeded.
fn trace_script(dir: &Path, script: &Path, program: &Path) -> String {
    let out_file = dir.join("trace.txt");
    let cmd = format!("{} {}", pyprobe().display(), program.display());
    let mut args: Vec<&std::ffi::OsStr> = vec!["-q".as_ref(), "-o".as_ref(), out_file.as_os_str()];
    args.extend([
        "-s".as_ref(),
        script.as_os_str(),
        "-c".as_ref(),
        cmd.as_ref() as &std::ffi::OsStr,
    ]);
    let out = dtrace(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "pyprobe-dtrace -s {} failed ({}):\n{stderr}",
        script.display(),
        out.status
    );
    fs::read_to_string(&out_file).unwrap_or_default()
}

// ---- call_stack.d rows -----------------------------------------------------

/// call_stack.d's rows (`<ts>\t<probe, width 15>:<indent>file:func:line`)
/// as (timestamp, row without the timestamp).
fn call_stack_rows(trace: &str) -> Vec<(u64, String)> {
    trace
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (ts, row) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("not a call_stack.d row: {l:?}"));
            let ts = ts
                .parse()
                .unwrap_or_else(|_| panic!("bad timestamp in {l:?}"));
            (ts, row.to_string())
        })
        .collect()
}

/// The rows call_stack.d prints for a program, from its CPython golden
/// (`function__entry:<indent>file:func:line`, every frame): the subtree
/// of start(), indented from start's level, with DTrace's probe names
/// right-aligned in 15 columns (`printf("%*s:", 15, probename)`).
fn expected_call_stack(golden: &[String]) -> Vec<String> {
    let parsed: Vec<(&str, usize, &str)> = golden
        .iter()
        .map(|r| {
            let (probe, place) = r.split_once(':').expect("golden row");
            let trimmed = place.trim_start_matches(' ');
            (probe, place.len() - trimmed.len(), trimmed)
        })
        .collect();
    let is_start = |place: &str| place.split(':').nth(1) == Some("start");
    let first = parsed
        .iter()
        .position(|(p, _, place)| *p == "function__entry" && is_start(place))
        .expect("the golden has start()");
    let last = first
        + parsed[first..]
            .iter()
            .position(|(p, _, place)| *p == "function__return" && is_start(place))
            .expect("start() returns");
    let base = parsed[first].1;
    parsed[first..=last]
        .iter()
        .map(|(probe, depth, place)| {
            let name = probe.replace("__", "-");
            format!("{name:>15}:{}{place}", " ".repeat(depth - base))
        })
        .collect()
}

fn check_call_stack(what: &str, trace: &str) {
    let rows = call_stack_rows(trace);
    let golden = lines(&testdata("call_stack_start.calls.golden"));
    let have: Vec<String> = rows.iter().map(|(_, r)| r.clone()).collect();
    assert_rows(what, &expected_call_stack(&golden), &have);
    assert!(
        rows.windows(2).all(|w| w[0].0 <= w[1].0),
        "{what}: timestamps do not increase:\n{trace}"
    );
    // DTrace ends its output with a newline of its own.
    assert!(
        trace.ends_with("\n\n"),
        "{what}: no final newline: {trace:?}"
    );
}

// ---- tests -----------------------------------------------------------------

#[test]
fn documented_call_stack_d_matches_cpython() {
    if !require_bpftrace() {
        return;
    }
    let _guard = trace_lock();
    let dir = scratch("call-stack");
    let trace = trace_script(
        &dir,
        &root().join("scripts/call_stack.d"),
        &testdata("call_stack_start.py"),
    );
    check_call_stack("call_stack.d -c", &trace);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn each_script_d_runs_unchanged() {
    if !require_bpftrace() {
        return;
    }
    let _guard = trace_lock();
    let mut scripts: Vec<PathBuf> = fs::read_dir(root().join("scripts"))
        .expect("scripts/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "d"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 3, "scripts/*.d: {scripts:?}");
    for script in scripts {
        let name = script.file_name().unwrap().to_string_lossy().into_owned();
        let dir = scratch(&format!("script-{name}"));
        match name.as_str() {
            "call_stack.d" => check_call_stack(
                "scripts/call_stack.d",
                &trace_script(&dir, &script, &testdata("call_stack_start.py")),
            ),
            "line.d" => {
                let program = root().join("tests/probes/line_trace.py");
                let trace = trace_script(&dir, &script, &program);
                let rows: Vec<String> = trace
                    .lines()
                    .filter_map(|l| l.split_once("\tline:"))
                    .filter_map(|(_, place)| {
                        let mut parts = place.rsplitn(3, ':');
                        let (line, func, path) = (parts.next()?, parts.next()?, parts.next()?);
                        path.ends_with("/line_trace.py")
                            .then(|| format!("line:line_trace.py:{func}:{line}"))
                    })
                    .collect();
                let golden = lines(&root().join("tests/probes/line_trace.lines.golden"));
                assert_rows("scripts/line.d", &golden, &rows);
            }
            // Any other script: it translates and runs to the end.
            _ => {
                trace_script(&dir, &script, &root().join("tests/probes/call_stack.py"));
            }
        }
        let _ = fs::remove_dir_all(&dir);
    }
}

/// The address of a probe's semaphore in process `pid` (a PIE whose
/// first mapping is its load base).
fn semaphore_address(bin: &Path, pid: u32, probe: &str) -> u64 {
    let notes = pyprobe_dtrace::elf::read_file_notes(bin).expect("notes");
    let sem = notes
        .iter()
        .find(|n| n.name == probe)
        .expect("note")
        .semaphore;
    load_base(bin, pid) + sem
}

#[test]
fn attaches_to_a_running_process_with_p() {
    if !require_bpftrace() {
        return;
    }
    let bin = pyprobe();
    let _guard = trace_lock();
    let dir = scratch("attach");
    let out_file = dir.join("trace.txt");
    let mut py = Command::new(bin)
        .arg(testdata("call_stack_start.py"))
        .arg("--wait")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn pyprobe");
    let pid = py.id();
    let mut tracer = Command::new(DTRACE)
        .arg("-q")
        .arg("-o")
        .arg(&out_file)
        .arg("-s")
        .arg(root().join("scripts/call_stack.d"))
        .arg("-p")
        .arg(pid.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyprobe-dtrace");
    // Attached once bpftrace has enabled the function__entry semaphore.
    let addr = semaphore_address(bin, pid, "function__entry");
    let err = |t: &mut Child| {
        let mut err = String::new();
        let _ = t.stderr.take().map(|mut e| e.read_to_string(&mut err));
        err
    };
    wait_until_enabled(pid, addr, "function__entry", &mut py, &mut tracer, &err);
    py.stdin
        .take()
        .expect("stdin")
        .write_all(b"go\n")
        .expect("write stdin");
    wait_for(&mut py, Duration::from_secs(60), "pyprobe --wait");
    // pyprobe-dtrace -p ends when the traced process has ended.
    wait_for(&mut tracer, Duration::from_secs(60), "pyprobe-dtrace -p");
    let status = tracer.wait().expect("wait");
    let mut err = String::new();
    let _ = tracer.stderr.take().map(|mut e| e.read_to_string(&mut err));
    assert!(
        status.success(),
        "pyprobe-dtrace -p failed ({status}):\n{err}"
    );
    check_call_stack(
        "call_stack.d -p",
        &fs::read_to_string(&out_file).unwrap_or_default(),
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn count_aggregation_prints_dtrace_printa_layout() {
    if !require_bpftrace() {
        return;
    }
    let _guard = trace_lock();
    let dir = scratch("aggregation");
    let out_file = dir.join("trace.txt");
    let cmd = format!(
        "{} {}",
        pyprobe().display(),
        testdata("call_stack_start.py").display()
    );
    let out = dtrace([
        "-q",
        "-o",
        out_file.to_str().unwrap(),
        "-n",
        "python$target:::function-entry { @calls[copyinstr(arg1)] = count(); }",
        "-c",
        &cmd,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let trace = fs::read_to_string(&out_file).unwrap();
    // DTrace's final newline, then the aggregation printed at exit: each
    // row `  %-50s %16d`, ascending by count.
    assert!(trace.starts_with('\n'), "{trace:?}");
    let mut counts = Vec::new();
    for row in trace.lines().skip(1) {
        assert_eq!(row.len(), 2 + 50 + 1 + 16, "row width: {row:?}");
        assert!(row.starts_with("  "), "{row:?}");
        let name = row[2..52].trim_end().to_string();
        let count: u64 = row[53..].trim().parse().expect("count");
        counts.push((name, count));
    }
    assert!(
        counts.windows(2).all(|w| w[0].1 <= w[1].1),
        "not sorted by value:\n{trace}"
    );
    // The functions only call_stack_start.py has: CPython's entry counts.
    let golden = lines(&testdata("call_stack_start.calls.golden"));
    for func in [
        "function_1",
        "function_3",
        "fact",
        "countdown",
        "<genexpr>",
        "start",
        "bump",
    ] {
        let want = golden
            .iter()
            .filter(|r| r.starts_with("function__entry:") && r.split(':').nth(2) == Some(func))
            .count() as u64;
        let have = counts.iter().find(|(n, _)| n == func).map(|(_, c)| *c);
        assert_eq!(have, Some(want), "count of {func} in\n{trace}");
    }
    let _ = fs::remove_dir_all(&dir);
}

/// The probe names of probes/python.d.
fn provider_probes() -> Vec<String> {
    fs::read_to_string(root().join("probes/python.d"))
        .expect("probes/python.d")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("probe "))
        .map(|l| l.split('(').next().unwrap().trim().to_string())
        .collect()
}

#[test]
fn list_shows_the_python_provider_in_dtrace_table_shape() {
    let bin = pyprobe();
    let out = dtrace(["-l", "-P", "python", "-c", bin.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut rows = text.lines();
    assert_eq!(
        rows.next(),
        Some("   ID   PROVIDER            MODULE                          FUNCTION NAME")
    );
    let mut listed = Vec::new();
    for row in rows {
        let f: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(f[1], "python", "{row}");
        assert_eq!(f[2], "pyprobe", "{row}");
        listed.push(f.last().unwrap().replace('-', "__"));
    }
    let defined = provider_probes();
    for name in &listed {
        assert!(
            defined.contains(name),
            "{name} is listed but not in probes/python.d"
        );
    }
    for name in &defined {
        assert!(
            listed.contains(name),
            "{name} of probes/python.d is not listed:\n{text}"
        );
    }
}

#[test]
fn untranslatable_constructs_fail_with_file_line_and_status_2() {
    let dir = scratch("refused");
    let bin = pyprobe();
    let cases = [
        (
            "stddev.d",
            "BEGIN\n{\n\t@s = stddev(1);\n}\n",
            "line 3: stddev() is not supported",
        ),
        (
            "stack.d",
            "python$target:::function-entry\n{\n\tustack();\n}\n",
            "line 3: ustack() is not supported",
        ),
        (
            "syscall.d",
            "syscall::read:entry\n{\n}\n",
            "line 1: provider syscall is not supported",
        ),
        (
            "member.d",
            "BEGIN { x = curpsinfo->pr_psargs; }\n",
            "line 1: member access (->pr_psargs)",
        ),
        (
            "float.d",
            "\n\nBEGIN { printf(\"%f\", 1); }\n",
            "line 3: floating-point conversion %f",
        ),
    ];
    for (name, text, want) in cases {
        let script = dir.join(name);
        fs::write(&script, text).unwrap();
        let out = dtrace([
            "-q",
            "-s",
            script.to_str().unwrap(),
            "-c",
            bin.to_str().unwrap(),
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains(&format!(
                "failed to compile script {}: {want}",
                script.display()
            )),
            "{name}: {err}"
        );
        assert!(out.stdout.is_empty());
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn emit_prints_the_bpftrace_program() {
    let bin = pyprobe();
    let out = dtrace([
        "--emit",
        "-q",
        "-s",
        root().join("scripts/call_stack.d").to_str().unwrap(),
        "-c",
        bin.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&format!("usdt:{}:python:function__entry\n", bin.display())),
        "{text}"
    );
    assert!(text.contains("(str(arg1) == \"start\")"), "{text}");
    assert!(text.contains("@self__indent[tid]++;"), "{text}");
}

#[test]
fn missing_bpftrace_is_one_clear_line() {
    let bin = pyprobe();
    let empty = scratch("no-bpftrace");
    let out = Command::new(DTRACE)
        .env("PATH", &empty)
        .args(["-q", "-n", "BEGIN { exit(0); }", "-c"])
        .arg(bin)
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bpftrace is not installed"), "{err}");
    let _ = fs::remove_dir_all(&empty);
}

#[test]
fn help_version_and_usage() {
    let out = dtrace(["-h"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("-G"), "{help}");
    assert!(help.contains("not pyprobe-dtrace's job"), "{help}");
    let out = dtrace(["-V"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("pyprobe-dtrace: Sun D"));
    assert_eq!(dtrace(Vec::<&str>::new()).status.code(), Some(2));
    assert_eq!(dtrace(["-G", "-s", "x.d"]).status.code(), Some(2));
}
