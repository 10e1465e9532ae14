//! Memory is really returned: a loop that creates and drops hundreds of
//! thousands of reference cycles runs in bounded memory while automatic
//! collection is on, grows with `gc.disable()`, and a `gc.collect()` then
//! finds every object of every cycle. The bounds are generous (tens of
//! MiB) so that allocator noise cannot fail the test; what they separate
//! is flat against ~100 MiB of growth.

use std::path::Path;
use std::process::Command;

const ROUNDS: usize = 10;
const CYCLES: i64 = 20_000;

/// (RSS samples in KiB, the final gc.collect()) of a churn run.
fn churn(mode: &str) -> (Vec<i64>, i64) {
    let prog = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/memory/cyclic_churn.py");
    let out = Command::new(env!("CARGO_BIN_EXE_pyprobe"))
        .arg(&prog)
        .arg(mode)
        .output()
        .expect("run pyprobe");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "cyclic_churn.py {mode} failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut lines = stdout.lines();
    let samples: Vec<i64> = lines
        .next()
        .unwrap_or("")
        .split_whitespace()
        .map(|s| s.parse().expect("RSS sample"))
        .collect();
    let collected = lines
        .next()
        .and_then(|l| l.parse().ok())
        .expect("gc.collect() result");
    assert_eq!(samples.len(), ROUNDS, "one sample per round: {stdout}");
    (samples, collected)
}

#[test]
fn cyclic_churn_runs_in_bounded_memory() {
    let (samples, _) = churn("enabled");
    // After the first rounds (allocator warm-up), the size stays flat.
    let base = samples[2];
    let peak = *samples[2..].iter().max().expect("samples");
    assert!(
        peak - base < 16 * 1024,
        "RSS grew by {} KiB under cyclic churn with gc enabled: {samples:?}",
        peak - base
    );
}

#[test]
fn cyclic_churn_grows_without_gc_and_collect_finds_everything() {
    let (samples, collected) = churn("disabled");
    let growth = samples[ROUNDS - 1] - samples[0];
    assert!(
        growth > 48 * 1024,
        "RSS grew only {growth} KiB with gc disabled: {samples:?}"
    );
    // Each cycle: two instances and their two lists (the instances'
    // dicts are part of them, as in CPython 3.12).
    assert_eq!(collected, 4 * CYCLES * ROUNDS as i64);
}
