//! Running the golden programs of tests/py and checking them against what
//! CPython 3.12 did (the format is described in tests/golden.rs). Shared
//! by tests/golden.rs (the default build) and tests/probes.rs (the
//! with-dtrace build, untraced and traced).

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// A program's time limit. Traced (every line and call probe firing into
/// bpftrace) a program that runs many Python lines is about a hundred
/// times slower than untraced: keep each golden program well under 0.2 s
/// of such work.
const TIMEOUT: Duration = Duration::from_secs(60);
const WORKERS: usize = 2;
const MAX_DIFF_LINES: usize = 30;

/// Recursively collects `*.py` programs, skipping `_`-prefixed helpers and
/// packages (directories with an `__init__.py`).
pub fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for path in entries.map(|entry| entry.expect("directory entry").path()) {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("_");
        if name.starts_with('_') || (path.is_dir() && path.join("__init__.py").is_file()) {
            continue;
        } else if path.is_dir() {
            collect(&path, out);
        } else if name.ends_with(".py") {
            out.push(path);
        }
    }
}

/// `root`-relative path with `/` separators, as written in known_failures.txt.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).expect("program under tests/py");
    let parts: Vec<_> = rel.iter().map(|part| part.to_string_lossy()).collect();
    parts.join("/")
}

pub fn read_known_failures(root: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(root.join("known_failures.txt")).unwrap_or_default();
    let lines = text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim());
    lines.filter(|l| !l.is_empty()).map(String::from).collect()
}

struct Run {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: Option<i32>,
    status: String,
    timed_out: bool,
}

/// The arguments a program runs with: its `# golden-args:` header line,
/// else its bare file name.
fn program_args(script: &Path) -> Vec<String> {
    let text = fs::read_to_string(script).unwrap_or_default();
    let first = text.lines().next().unwrap_or("");
    match first.strip_prefix("# golden-args:") {
        Some(args) => args.split_whitespace().map(String::from).collect(),
        None => vec![script
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into()],
    }
}

/// The environment variables a program runs with: the `NAME=value` words
/// of a `# golden-env:` line among its leading comment lines.
fn program_env(script: &Path) -> Vec<(String, String)> {
    let text = fs::read_to_string(script).unwrap_or_default();
    let header = text.lines().take_while(|l| l.starts_with('#'));
    let words = header
        .filter_map(|l| l.strip_prefix("# golden-env:"))
        .flat_map(|vars| vars.split_whitespace());
    let pairs = words.filter_map(|w| w.split_once('='));
    pairs.map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// Runs one program with the timeout, draining both pipes on helper threads.
fn run(bin: &Path, script: &Path) -> Result<Run, String> {
    let mut child = Command::new(bin)
        .args(program_args(script))
        .current_dir(script.parent().expect("directory"))
        .env("PYTHONHASHSEED", "0")
        .envs(program_env(script))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("piped stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("piped stderr")));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().map_err(|e| format!("wait: {e}"))? {
            Some(status) => break status,
            None if start.elapsed() >= TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| format!("wait after kill: {e}"))?;
            }
            None => thread::sleep(Duration::from_millis(2)),
        }
    };
    Ok(Run {
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        code: exit_code(status),
        status: status.to_string(),
        timed_out,
    })
}

/// The exit code, or minus the signal number for a program killed by a
/// signal, as Python's subprocess reports it (CPython re-raises SIGINT on
/// an uncaught KeyboardInterrupt, so its golden says `exit: -2`).
fn exit_code(status: ExitStatus) -> Option<i32> {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Some(-signal);
        }
    }
    status.code()
}

/// The lines of stderr, trailing whitespace trimmed.
fn stderr_lines(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.trim_end()
        .lines()
        .map(|l| l.trim_end().into())
        .collect()
}

/// Parses a `.err` golden: `exit: N`, then the expected last stderr line.
fn parse_err(text: &str) -> Result<(i32, String), String> {
    let (first, last) = text.split_once('\n').unwrap_or((text, ""));
    let code = first.strip_prefix("exit: ").and_then(|n| n.parse().ok());
    let code = code.ok_or_else(|| format!("malformed .err golden: {first:?}"))?;
    Ok((code, last.lines().next().unwrap_or("").trim_end().into()))
}

/// Runs one program and compares it with its goldens; Err says how it differs.
pub fn check(bin: &Path, script: &Path) -> Result<(), String> {
    let expected_out = fs::read(script.with_extension("out"))
        .map_err(|_| "missing .out golden (run scripts/gen_golden.py)".to_string())?;
    let (want_code, want_last) = match fs::read_to_string(script.with_extension("err")) {
        Ok(text) => parse_err(&text).map(|(code, last)| (code, Some(last)))?,
        Err(_) => (0, None),
    };
    let expected_stderr = fs::read(script.with_extension("stderr")).ok();
    let run = run(bin, script)?;
    let stderr = stderr_lines(&run.stderr);
    let mut tail = String::new();
    for line in &stderr[stderr.len().saturating_sub(10)..] {
        tail += &format!("    | {line}\n");
    }
    if run.timed_out {
        return Err(format!(
            "timed out after {TIMEOUT:?} (killed); stderr:\n{tail}"
        ));
    }
    let mut problems = Vec::new();
    if run.code != Some(want_code) {
        let got = &run.status;
        problems.push(format!(
            "got {got}, expected exit status {want_code}; stderr:\n{tail}"
        ));
    }
    if let Some(want) = want_last {
        let got = stderr.last().map_or("", String::as_str);
        if got != want {
            problems.push(format!(
                "last stderr line:\n  expected: {want}\n  actual:   {got}"
            ));
        }
    }
    if run.stdout != expected_out {
        let expected = String::from_utf8_lossy(&expected_out);
        let diff = diff(&expected, &String::from_utf8_lossy(&run.stdout));
        problems.push(format!("stdout differs (-expected +actual):\n{diff}"));
    }
    if let Some(want) = expected_stderr {
        let expected = String::from_utf8_lossy(&want);
        let actual = relative_file_names(script, &String::from_utf8_lossy(&run.stderr));
        if actual != expected {
            let diff = diff(&expected, &actual);
            problems.push(format!("stderr differs (-expected +actual):\n{diff}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// `text` with the directory of `script` (as given and as the real path)
/// cut out of the file names in it, as the generator cuts it out of
/// CPython's stderr.
fn relative_file_names(script: &Path, text: &str) -> String {
    let dir = script.parent().expect("directory");
    let mut dirs = vec![dir.to_path_buf()];
    dirs.extend(fs::canonicalize(dir).ok());
    let mut text = text.to_string();
    for d in dirs {
        text = text.replace(&format!("{}/", d.display()), "");
    }
    text
}

/// Line edits turning `a` into `b` (' ' keep, '-' delete, '+' insert),
/// aligned by a longest common subsequence table.
fn lcs_ops<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(char, &'a str)> {
    let w = b.len() + 1; // table[i * w + j] = LCS length of a[i..] and b[j..]
    let mut table = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i * w + j] = if a[i] == b[j] {
                table[(i + 1) * w + j + 1] + 1
            } else {
                table[(i + 1) * w + j].max(table[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j, mut ops) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            ops.push((' ', a[i]));
            (i, j) = (i + 1, j + 1);
        } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    ops.extend(a[i..].iter().map(|l| ('-', *l)));
    ops.extend(b[j..].iter().map(|l| ('+', *l)));
    ops
}

/// A small unified-style line diff: common prefix and suffix trimmed, the
/// middle aligned by LCS (or delete-then-insert when too big), 3 lines of
/// leading context, at most MAX_DIFF_LINES changed lines.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split('\n').collect();
    let b: Vec<&str> = actual.split('\n').collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a_rest, b_rest) = (&a[prefix..], &b[prefix..]);
    let suffix = a_rest
        .iter()
        .rev()
        .zip(b_rest.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    // Cap the LCS table at 2000 x 2000 lines; only the first lines are shown.
    let a_mid = &a_rest[..(a_rest.len() - suffix).min(2000)];
    let b_mid = &b_rest[..(b_rest.len() - suffix).min(2000)];
    let ops = lcs_ops(a_mid, b_mid);
    let mut out = format!("  @@ expected line {} @@\n", prefix + 1);
    for line in &a[prefix.saturating_sub(3)..prefix] {
        out.push_str(&format!("   {line}\n"));
    }
    // Unchanged lines more than 3 lines away from any change are elided.
    let mut keep = vec![false; ops.len()];
    for (i, _) in ops.iter().enumerate().filter(|(_, (op, _))| *op != ' ') {
        keep[i.saturating_sub(3)..(i + 4).min(ops.len())].fill(true);
    }
    let (mut changed, mut elided) = (0, false);
    for ((op, line), keep) in ops.into_iter().zip(keep) {
        changed += usize::from(op != ' ');
        if changed > MAX_DIFF_LINES {
            out.push_str("  ... (more differences)\n");
            break;
        } else if keep {
            out.push_str(&format!("  {op}{line}\n"));
        } else if !elided {
            out.push_str("   ...\n");
        }
        elided = !keep;
    }
    if changed == 0 {
        out.push_str("  (the outputs differ only in bytes that are not valid UTF-8)\n");
    }
    out
}

/// Every program under tests/py whose relative path contains `filter`,
/// run with `bin` and checked against its goldens (known failures
/// expected to fail): how many passed and failed as expected, and each
/// unexpected outcome with why.
pub fn run_all(bin: &Path, filter: &str) -> Outcome {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py");
    let known = read_known_failures(&root);
    let mut scripts = Vec::new();
    collect(&root, &mut scripts);
    let mut programs: Vec<(String, PathBuf)> = scripts
        .into_iter()
        .map(|path| (relative(&root, &path), path))
        .filter(|(rel, _)| rel.contains(filter))
        .collect();
    programs.sort();

    // Workers take the next program index until none are left.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<(), String>>>> = Mutex::new(vec![None; programs.len()]);
    thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((_, path)) = programs.get(i) else {
                    break;
                };
                let result = check(bin, path);
                results.lock().expect("results lock")[i] = Some(result);
            });
        }
    });

    let (mut passed, mut known_failed, mut failures) = (0, 0, Vec::new());
    let results = results.into_inner().expect("results lock");
    for ((rel, _), result) in programs.iter().zip(results) {
        match (known.contains(rel), result.expect("every program ran")) {
            (false, Ok(())) => passed += 1,
            (false, Err(why)) => failures.push((rel.clone(), why)),
            (true, Err(_)) => known_failed += 1,
            (true, Ok(())) => {
                let why = "now passes: remove it from known_failures.txt";
                failures.push((rel.clone(), why.to_string()));
            }
        }
    }
    if filter.is_empty() {
        for stale in known
            .iter()
            .filter(|k| !programs.iter().any(|p| p.0 == **k))
        {
            let why = "listed in known_failures.txt, but there is no such program";
            failures.push((stale.clone(), why.to_string()));
        }
    }
    Outcome {
        passed,
        known: known.len(),
        known_failed,
        failures,
    }
}

/// What `run_all` found.
pub struct Outcome {
    pub passed: usize,
    pub known: usize,
    pub known_failed: usize,
    pub failures: Vec<(String, String)>,
}

impl Outcome {
    /// Print the failures and the totals (`label: N passed, ...`); fail the
    /// test if any program failed.
    pub fn report(&self, label: &str) {
        for (rel, why) in &self.failures {
            println!("FAIL {rel}\n{why}\n");
        }
        let failed = self.failures.len();
        let mut summary = format!("{label}: {} passed, {failed} failed", self.passed);
        if self.known > 0 {
            summary += &format!(", {} known failures", self.known_failed);
        }
        println!("{summary}");
        assert!(failed == 0, "{failed} golden program(s) failed; see above");
    }
}
