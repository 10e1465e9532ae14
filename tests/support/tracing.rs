//! What the tracing tests share (tests/probes.rs and the pyprobe-dtrace
//! crate's tests/dtrace.rs include this file): prerequisites — outside CI
//! a missing tool or privilege skips the test with the reason printed,
//! with `CI` set it fails the test —, running one tracer at a time,
//! scratch directories, waiting for processes and for a tracer to attach,
//! and comparing trace rows with goldens.

#![allow(dead_code)]

use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::thread::sleep;
use std::time::{Duration, Instant};

pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// True when `ok`; otherwise skip (print why, return false) or, in CI, fail.
pub fn require(ok: bool, what: &str) -> bool {
    if ok {
        return true;
    }
    assert!(
        !in_ci(),
        "tracing test prerequisite missing (CI is set, so this fails rather than skips): {what}"
    );
    eprintln!("skipping tracing test: {what}");
    false
}

pub fn is_root() -> bool {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().nth(1))
        == Some("0")
}

/// Does `tool --version` run?
pub fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Root and bpftrace, or skip/fail.
pub fn require_bpftrace() -> bool {
    require(cfg!(target_os = "linux"), "probes are traced on Linux only")
        && require(is_root(), "tracing needs root")
        && require(
            have("bpftrace"),
            "bpftrace is not installed (apt-get install bpftrace)",
        )
}

/// A child process killed when the guard goes, so that a failing test
/// leaves no tracer attached and no program waiting for a flag (either
/// would hold the test binary's pipes and hang the run).
pub struct Reaped(pub Child);

impl std::ops::Deref for Reaped {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl std::ops::DerefMut for Reaped {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for Reaped {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// Tracing tests run one at a time (2-core machines, shared tracefs).
pub fn trace_lock() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// A fresh scratch directory for one test's files.
pub fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyprobe-tracing-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Wait for `child` at most `limit`; kill it and fail past that.
pub fn wait_for(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not finish within {limit:?}");
        }
        sleep(Duration::from_millis(50));
    }
}

/// Where the PIE `bin` is loaded in process `pid`: its first mapping
/// (file offset 0), as the binary's first LOAD segment has address 0.
pub fn load_base(bin: &Path, pid: u32) -> u64 {
    let canon = fs::canonicalize(bin).expect("canonicalize binary");
    let maps = fs::read_to_string(format!("/proc/{pid}/maps")).expect("read maps");
    maps.lines()
        .find(|l| {
            l.ends_with(&*canon.to_string_lossy())
                && l.split_whitespace().nth(2) == Some("00000000")
        })
        .and_then(|l| u64::from_str_radix(l.split('-').next()?, 16).ok())
        .expect("binary mapped at offset 0")
}

/// Wait until the tracer attached to `pid` has incremented the semaphore
/// at `addr` (of `probe`); fail, killing both processes, if the tracer
/// exits first (`tracer_err` gives its error output) or after a minute.
pub fn wait_until_enabled(
    pid: u32,
    addr: u64,
    probe: &str,
    traced: &mut Child,
    tracer: &mut Child,
    tracer_err: &dyn Fn(&mut Child) -> String,
) {
    let start = Instant::now();
    loop {
        if semaphore_value(pid, addr) > 0 {
            return;
        }
        if let Some(status) = tracer.try_wait().expect("try_wait") {
            let _ = traced.kill();
            panic!(
                "the tracer exited ({status}) before attaching:\n{}",
                tracer_err(tracer)
            );
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = traced.kill();
            let _ = tracer.kill();
            panic!("the tracer did not enable the {probe} semaphore");
        }
        sleep(Duration::from_millis(50));
    }
}

/// The 2-byte semaphore at `addr` in the running process `pid`.
pub fn semaphore_value(pid: u32, addr: u64) -> u16 {
    let mut mem = fs::File::open(format!("/proc/{pid}/mem")).expect("open /proc/PID/mem");
    let mut v = [0u8; 2];
    mem.seek(SeekFrom::Start(addr)).expect("seek");
    mem.read_exact(&mut v).expect("read semaphore");
    u16::from_ne_bytes(v)
}

/// Fail with the first differing rows when a trace is not its golden.
pub fn assert_rows(what: &str, want: &[String], have: &[String]) {
    if want == have {
        return;
    }
    let at = want
        .iter()
        .zip(have)
        .position(|(a, b)| a != b)
        .unwrap_or(want.len().min(have.len()));
    let from = at.saturating_sub(5);
    let show = |rows: &[String]| {
        rows.iter()
            .enumerate()
            .skip(from)
            .take(12)
            .map(|(i, r)| format!("{i:4} {r}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    panic!(
        "{what}: trace differs from CPython 3.12's (golden) at row {at} ({} golden rows, {} traced)\n--- golden ---\n{}\n--- traced ---\n{}",
        want.len(),
        have.len(),
        show(want),
        show(have)
    );
}
