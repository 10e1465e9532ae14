//! Criterion benchmarks: the `benches/py` programs, their size knobs
//! reduced as `benches/reduced_sizes.txt` says, each run in-process by a
//! fresh interpreter per iteration (compiling included, process start-up
//! not). The same workloads in both builds give the untraced probe cost:
//!
//! ```text
//! cargo bench --bench workloads -- --save-baseline off
//! cargo bench --bench workloads --features with-dtrace -- --baseline off
//! ```
//!
//! Each run's exit status is checked: the programs verify their own
//! results and exit 1 on a wrong one.

use criterion::{criterion_group, criterion_main, Criterion};
use pyprobe_vm::{Interpreter, RunOutcome};
use std::fs;
use std::path::Path;
use std::time::Duration;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Replaces `sys.stdout` so that a program's "ok" line, printed once per
/// iteration, does not flood criterion's report.
const SILENCE: &str = "import sys\n\
class _Sink:\n    def write(self, s):\n        return len(s)\n    def flush(self):\n        pass\n\
sys.stdout = _Sink()\n";

/// (program, [(knob, value)]) from benches/reduced_sizes.txt.
fn reduced_sizes() -> Vec<(String, Vec<(String, String)>)> {
    let path = Path::new(ROOT).join("benches/reduced_sizes.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next()?.to_string();
            let knobs = words
                .filter_map(|kv| kv.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            Some((name, knobs))
        })
        .collect()
}

/// `source` with each top-level `KNOB = <int>` line set to the reduced value.
fn reduce(name: &str, source: &str, knobs: &[(String, String)]) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    for (knob, value) in knobs {
        let prefix = format!("{knob} = ");
        let line = lines
            .iter_mut()
            .find(|l| {
                l.strip_prefix(&prefix)
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            })
            .unwrap_or_else(|| panic!("{name}: no top-level '{knob} = <int>'"));
        let rest = &line[prefix.len()..];
        let tail = &rest[rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len())..];
        *line = format!("{prefix}{value}{tail}");
    }
    lines.join("\n") + "\n"
}

fn run(name: &str, source: &str) {
    let mut interp = Interpreter::new(vec![format!("{name}.py")], vec![String::new()], 0);
    let silenced = interp.run_source(SILENCE, "<bench>");
    assert!(
        matches!(silenced, RunOutcome::Exit(0)),
        "silencing stdout failed"
    );
    match interp.run_source(source, &format!("{name}.py")) {
        RunOutcome::Exit(0) => {}
        RunOutcome::Exit(status) => panic!("{name} failed its self-check (exit {status})"),
        RunOutcome::Interrupted => panic!("{name} was interrupted"),
    }
}

fn workloads(c: &mut Criterion) {
    let mut group = c.benchmark_group("workloads");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500));
    for (name, knobs) in reduced_sizes() {
        let path = Path::new(ROOT)
            .join("benches/py")
            .join(format!("{name}.py"));
        let source =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let source = reduce(&name, &source, &knobs);
        group.bench_function(name.as_str(), |b| b.iter(|| run(&name, &source)));
    }
    group.finish();
}

criterion_group!(benches, workloads);
criterion_main!(benches);
