//! Prerequisites of the tracing tests (tests/probes.rs, the pyprobe-dtrace
//! crate's tests/dtrace.rs include this file): outside CI a missing tool
//! or privilege skips the test with the reason printed; with `CI` set it
//! fails the test.

use std::fs;
use std::process::{Command, Stdio};

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
