//! Probe tests: the `python` provider's SDT notes, and the function, line,
//! cfunction, import and audit markers traced end to end with real tracers
//! (bpftrace, perf) against CPython 3.12's own semantics.
//!
//! Design:
//! - The tests build the `with-dtrace` binary themselves, once per run:
//!   `cargo build --release --bin pyprobe --features with-dtrace
//!   --target-dir target/probes` (its own target directory, so it never
//!   contends with the `cargo test` that runs us for target/'s lock, and
//!   the traced binary is always an optimised one, whatever profile or
//!   features the tests were built with). The default build checked for
//!   the absence of notes is `CARGO_BIN_EXE_pyprobe` when these tests are
//!   compiled without the feature (as `make test` does), otherwise a
//!   release build in target/probes-off.
//! - Tracing needs root and bpftrace (and perf for the perf test). Outside
//!   CI a missing prerequisite skips the test with a printed reason; with
//!   `CI` set it fails the test. Tracing tests run one at a time.
//! - Golden traces (tests/probes/*.golden) come from CPython 3.12:
//!   scripts/gen_trace_golden.py, from its sys.settrace events (calls,
//!   lines; only rows of the traced program's own file are compared), its
//!   `import` audit events and `_find_and_load` calls (imports) and its
//!   audit hooks (audit).
//! - bpftrace always writes to a file (`-o`), never to the pipe it shares
//!   with the traced program's output.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::thread::sleep;
use std::time::{Duration, Instant};

#[path = "support/golden_run.rs"]
mod golden_run;
#[path = "support/tracing.rs"]
mod tracing;
use tracing::{
    assert_rows, have, load_base, require, require_bpftrace, scratch, semaphore_value, trace_lock,
    wait_for, wait_until_enabled, Reaped,
};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

// ---- prerequisites and builds ---------------------------------------------

fn cargo_build(features: &[&str], target_dir: &str) -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let dir = Path::new(ROOT).join(target_dir);
    let status = Command::new(cargo)
        .current_dir(ROOT)
        .args(["build", "--release", "--bin", "pyprobe", "--target-dir"])
        .arg(&dir)
        .args(features)
        .status()
        .expect("run cargo");
    assert!(
        status.success(),
        "cargo build {features:?} --target-dir {target_dir} failed"
    );
    dir.join("release").join("pyprobe")
}

/// The `with-dtrace` release binary (built once per test run).
fn dtrace_binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| cargo_build(&["--features", "with-dtrace"], "target/probes"))
}

/// A binary built without `with-dtrace`.
fn default_binary() -> PathBuf {
    if cfg!(feature = "with-dtrace") {
        cargo_build(&[], "target/probes-off")
    } else {
        PathBuf::from(env!("CARGO_BIN_EXE_pyprobe"))
    }
}

fn program(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests").join("probes").join(name)
}

fn script(name: &str) -> PathBuf {
    Path::new(ROOT).join("scripts").join(name)
}

fn golden(name: &str) -> Vec<String> {
    let path = program(name);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().map(str::to_string).collect()
}

// ---- running tools ------------------------------------------------------------

/// Start bpftrace with `args`, its output in `out`, its stderr in `out.err`.
fn spawn_bpftrace<I, S>(out: &Path, args: I) -> Reaped
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let err = fs::File::create(out.with_extension("err")).expect("create stderr file");
    Command::new("bpftrace")
        .env("BPFTRACE_STRLEN", "200")
        .arg("-o")
        .arg(out)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err)
        .spawn()
        .map(Reaped)
        .expect("spawn bpftrace")
}

/// Run bpftrace to completion (e.g. with `-c`); its output.
fn run_bpftrace<I, S>(out: &Path, args: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut child = spawn_bpftrace(out, args);
    let status = wait_for(&mut child, Duration::from_secs(120), "bpftrace");
    read_trace(out, status.success())
}

fn read_trace(out: &Path, success: bool) -> String {
    let text = fs::read(out)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let err = fs::read_to_string(out.with_extension("err")).unwrap_or_default();
    assert!(
        success && text.contains("Attaching"),
        "bpftrace failed:\n{err}\n--- output ---\n{text}"
    );
    assert!(!text.contains("Lost "), "bpftrace lost events:\n{text}");
    text
}

fn command_line(bin: &Path, args: &[&Path]) -> String {
    let mut s = bin.display().to_string();
    for a in args {
        s.push(' ');
        s.push_str(&a.display().to_string());
    }
    s
}

// ---- trace rows -----------------------------------------------------------

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Rows of scripts/call_stack.bt output (`<ns>\t<probe>:<indent>file:func:line`)
/// for frames of file `file`, in the goldens' shape
/// (`<probe>:<indent>basename:func:line`).
fn call_rows(trace: &str, file: &str) -> Vec<String> {
    let mut rows = Vec::new();
    for line in trace.lines() {
        let Some((_, rest)) = line.split_once('\t') else {
            continue;
        };
        let Some((probe, place)) = rest.split_once(':') else {
            continue;
        };
        let probe = probe.trim();
        if probe != "function__entry" && probe != "function__return" {
            continue;
        }
        let path = place.trim_start_matches(' ');
        let indent = place.len() - path.len();
        let mut parts = path.rsplitn(3, ':');
        let (Some(lineno), Some(func), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if basename(path) != file {
            continue;
        }
        rows.push(format!(
            "{probe}:{}{}:{func}:{lineno}",
            " ".repeat(indent),
            basename(path)
        ));
    }
    rows
}

/// Rows of scripts/line.bt output (`<ns>\tline:file:func:line`) for file
/// `file`, as `line:basename:func:line`.
fn line_rows(trace: &str, file: &str) -> Vec<String> {
    let mut rows = Vec::new();
    for line in trace.lines() {
        let Some((_, rest)) = line.split_once('\t') else {
            continue;
        };
        let Some(place) = rest.strip_prefix("line:") else {
            continue;
        };
        let mut parts = place.rsplitn(3, ':');
        let (Some(lineno), Some(func), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if basename(path) == file {
            rows.push(format!("line:{}:{func}:{lineno}", basename(path)));
        }
    }
    rows
}

/// Rows of scripts/import.bt output
/// (`<ns>\t<probe>:<indent>module[:found]`), without the timestamp.
fn import_rows(trace: &str) -> Vec<String> {
    trace
        .lines()
        .filter_map(|line| {
            let (_, rest) = line.split_once('\t')?;
            let (probe, place) = rest.split_once(':')?;
            let probe = probe.trim();
            probe
                .starts_with("import__find__load__")
                .then(|| format!("{probe}:{place}"))
        })
        .collect()
}

/// Rows of scripts/audit.bt output (`<ns>\taudit:<event>`) as
/// `audit:<event>`, from the program's `test.begin` event to its `test.end`.
fn audit_rows(trace: &str) -> Vec<String> {
    let rows: Vec<String> = trace
        .lines()
        .filter_map(|line| {
            let (_, rest) = line.split_once('\t')?;
            rest.starts_with("audit:").then(|| rest.to_string())
        })
        .collect();
    let begin = rows.iter().position(|r| r == "audit:test.begin");
    let end = rows.iter().position(|r| r == "audit:test.end");
    match (begin, end) {
        (Some(b), Some(e)) if b <= e => rows[b..=e].to_vec(),
        _ => rows,
    }
}

/// Assert two row lists are equal, showing where they part.

// ---- ELF notes ----------------------------------------------------------------

#[derive(Debug)]
struct Note {
    provider: String,
    name: String,
    base: u64,
    semaphore: u64,
    args: String,
}

fn hex(s: &str) -> u64 {
    u64::from_str_radix(s.trim().trim_start_matches("0x"), 16)
        .unwrap_or_else(|_| panic!("not hex: {s:?}"))
}

fn readelf(args: &[&str], bin: &Path) -> String {
    let out = Command::new("readelf")
        .args(args)
        .arg(bin)
        .output()
        .expect("run readelf");
    assert!(
        out.status.success(),
        "readelf {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `stapsdt` notes of `bin` as `readelf -n` prints them.
fn sdt_notes(bin: &Path) -> Vec<Note> {
    let text = readelf(&["-n", "--wide"], bin);
    let mut notes = Vec::new();
    let mut cur: Option<Note> = None;
    for line in text.lines().map(str::trim) {
        // readelf --wide prints "Provider:" on the note's header line.
        if let Some((_, p)) = line.split_once("Provider: ") {
            notes.extend(cur.take());
            cur = Some(Note {
                provider: p.to_string(),
                name: String::new(),
                base: 0,
                semaphore: 0,
                args: String::new(),
            });
        } else if let Some(n) = cur.as_mut() {
            if let Some(v) = line.strip_prefix("Name: ") {
                n.name = v.to_string();
            } else if line.starts_with("Location: ") {
                for field in line.split(',') {
                    let (k, val) = field.split_once(':').expect("Location fields");
                    match k.trim() {
                        "Base" => n.base = hex(val),
                        "Semaphore" => n.semaphore = hex(val),
                        _ => {}
                    }
                }
            } else if let Some(v) = line.strip_prefix("Arguments: ") {
                n.args = v.to_string();
            }
        }
    }
    notes.extend(cur);
    notes
}

/// (address, file offset, size) of each section, by name.
fn sections(bin: &Path) -> BTreeMap<String, (u64, u64, u64)> {
    let text = readelf(&["-S", "--wide"], bin);
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix('[') else {
            continue;
        };
        let Some((_, rest)) = rest.split_once(']') else {
            continue;
        };
        let f: Vec<&str> = rest.split_whitespace().collect();
        if f.len() >= 5 && f[0].starts_with('.') {
            map.insert(f[0].to_string(), (hex(f[2]), hex(f[3]), hex(f[4])));
        }
    }
    map
}

/// The probes of probes/python.d: name and the note sizes of its C types.
fn provider_definition() -> Vec<(String, Vec<&'static str>)> {
    provider_in("probes/python.d")
}

/// The probes of the provider file `rel` (relative to the repository):
/// name and argument sizes as the notes state them. Types of CPython's
/// `python.d` and of the `usdt` dialect (`probes/python-usdt.d`).
fn provider_in(rel: &str) -> Vec<(String, Vec<&'static str>)> {
    let text = fs::read_to_string(Path::new(ROOT).join(rel)).expect("read provider file");
    let mut probes = Vec::new();
    for line in text.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("probe ") else {
            continue;
        };
        let (name, args) = rest.split_once('(').expect("probe NAME(...)");
        let args = args.trim_end_matches(';').trim_end_matches(')');
        let sizes = args
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|t| match t {
                "int" | "int32_t" => "-4",
                "long" | "int64_t" => "-8",
                "uint64_t" => "8",
                t if t.ends_with('*') => "8",
                t => panic!("{rel}: unexpected type {t}"),
            })
            .collect();
        probes.push((name.trim().to_string(), sizes));
    }
    probes
}

/// The DTrace backend registers probes/python-usdt.d: it must declare
/// exactly CPython's probes, in order, with the same argument widths.
#[test]
fn usdt_provider_matches_python_d() {
    let cpython = provider_definition();
    assert_eq!(
        cpython.len(),
        10,
        "probes/python.d has CPython's ten probes"
    );
    assert_eq!(provider_in("probes/python-usdt.d"), cpython);
}

/// The DTrace backend (macOS, illumos, FreeBSD) cannot run here, but it
/// must keep compiling: check the vm with it selected (the `usdt` crate
/// builds on Linux too).
#[test]
fn usdt_backend_compiles() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(ROOT)
        .args([
            "check",
            "-p",
            "pyprobe-vm",
            "--features",
            "with-dtrace,usdt",
        ])
        .args(["--target-dir", "target/usdt-check"])
        .status()
        .expect("run cargo check");
    assert!(status.success(), "the usdt probe backend does not compile");
}

#[test]
fn with_dtrace_build_carries_every_probe_of_python_d() {
    if !require(cfg!(target_os = "linux"), "SDT notes are checked on Linux")
        || !require(have("readelf"), "readelf (binutils) is not installed")
    {
        return;
    }
    let bin = dtrace_binary();
    let notes = sdt_notes(bin);
    let secs = sections(bin);
    let (base_addr, _, _) = *secs.get(".stapsdt.base").expect("a .stapsdt.base section");
    let (probes_addr, probes_off, probes_size) = *secs
        .get(".probes")
        .expect("a .probes section (the semaphores)");
    let definition = provider_definition();

    let mut semaphores: BTreeMap<&str, u64> = BTreeMap::new();
    for n in &notes {
        assert_eq!(n.provider, "python", "{n:?}");
        assert!(
            !n.name.contains('-'),
            "note names are CPython's (`__`, never `-`): {n:?}"
        );
        let Some((_, sizes)) = definition.iter().find(|(name, _)| *name == n.name) else {
            panic!("note {:?} is not in probes/python.d", n.name)
        };
        let have: Vec<&str> = n
            .args
            .split_whitespace()
            .map(|a| a.split_once('@').expect("SIZE@LOCATION").0)
            .collect();
        assert_eq!(&have, sizes, "argument sizes of {} ({})", n.name, n.args);
        assert_eq!(
            n.base, base_addr,
            "Base of {} is the address of .stapsdt.base",
            n.name
        );
        assert!(
            n.semaphore >= probes_addr && n.semaphore + 2 <= probes_addr + probes_size,
            "semaphore of {} ({:#x}) lies in .probes",
            n.name,
            n.semaphore
        );
        let first = *semaphores.entry(&n.name).or_insert(n.semaphore);
        assert_eq!(
            first, n.semaphore,
            "every site of {} shares one semaphore",
            n.name
        );
    }
    // One semaphore per probe name, but the cfunction pair shares one
    // (fired together around a native call).
    assert_eq!(
        semaphores.get("cfunction__entry"),
        semaphores.get("cfunction__return"),
        "cfunction__entry and cfunction__return share a semaphore"
    );
    let distinct: std::collections::BTreeSet<u64> = semaphores.values().copied().collect();
    assert_eq!(
        distinct.len(),
        semaphores.len() - 1,
        "one semaphore per probe name (the cfunction pair's shared): {semaphores:?}"
    );
    for (name, _) in &definition {
        assert!(
            semaphores.contains_key(name.as_str()),
            "no note for probe {name}; notes: {notes:#?}"
        );
    }

    // -z separate-loadable-segments: the file page of the semaphores is
    // mapped by exactly one LOAD segment (otherwise tracers attaching at
    // exec can enable a read-only copy).
    let phdrs = readelf(&["-l", "--wide"], bin);
    let page = |x: u64| x & !0xfff;
    let sem_page = page(probes_off);
    let mut mapping = 0;
    for line in phdrs
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("LOAD"))
    {
        let f: Vec<&str> = line.split_whitespace().collect();
        let (off, filesz) = (hex(f[1]), hex(f[4]));
        if filesz > 0 && page(off) <= sem_page && sem_page <= page(off + filesz - 1) {
            mapping += 1;
        }
    }
    assert_eq!(
        mapping, 1,
        "the semaphores' file page is mapped by one LOAD segment:\n{phdrs}"
    );
}

#[test]
fn default_build_has_no_probe_notes() {
    if !require(cfg!(target_os = "linux"), "SDT notes are checked on Linux")
        || !require(have("readelf"), "readelf (binutils) is not installed")
    {
        return;
    }
    let bin = default_binary();
    let secs = sections(&bin);
    assert!(
        !secs.contains_key(".note.stapsdt"),
        "default build carries .note.stapsdt"
    );
    assert!(
        !secs.contains_key(".probes"),
        "default build carries probe semaphores"
    );
    let syms = readelf(&["-s", "--wide"], &bin);
    assert!(
        !syms.contains("_semaphore"),
        "default build has semaphore symbols"
    );
}

// ---- bpftrace -------------------------------------------------------------

#[test]
fn call_stack_traced_at_exec_matches_cpython() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("call-stack-exec");
    let prog = program("call_stack.py");
    let out = dir.join("trace.txt");
    let trace = run_bpftrace(
        &out,
        [
            script("call_stack.bt").into_os_string(),
            bin.into(),
            "-c".into(),
            command_line(bin, &[&prog]).into(),
        ],
    );
    assert_rows(
        "call_stack.py (bpftrace -c)",
        &golden("call_stack.calls.golden"),
        &call_rows(&trace, "call_stack.py"),
    );
    let _ = fs::remove_dir_all(&dir);
}

/// The address of a probe's semaphore in the running process `pid`.
fn semaphore_in_process(bin: &Path, pid: u32, probe: &str) -> u64 {
    let sem = sdt_notes(bin)
        .into_iter()
        .find(|n| n.name == probe)
        .expect("note")
        .semaphore;
    load_base(bin, pid) + sem
}

/// Wait until the bpftrace `bt` attached to `pid` has incremented the
/// semaphore of `probe` (or fail, killing both processes).
fn wait_until_attached(
    bin: &Path,
    pid: u32,
    probe: &str,
    py: &mut Child,
    bt: &mut Child,
    out: &Path,
) {
    let addr = semaphore_in_process(bin, pid, probe);
    let err = |_: &mut Child| fs::read_to_string(out.with_extension("err")).unwrap_or_default();
    wait_until_enabled(pid, addr, probe, py, bt, &err);
}

/// After the traced process ended: wait for `bpftrace -p` to end with it,
/// nudging it with SIGINT if it does not.
fn wait_for_detached(bt: &mut Child) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(s) = bt.try_wait().expect("try_wait") {
            return s;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = Command::new("kill")
                .args(["-INT", &bt.id().to_string()])
                .status();
            return wait_for(bt, Duration::from_secs(30), "bpftrace -p");
        }
        sleep(Duration::from_millis(50));
    }
}

/// Start `bin prog flag`, a program that loops until the file `flag`
/// holds the word it waits for (stdout piped).
fn spawn_flagged(bin: &Path, prog: &str, flag: &Path) -> Reaped {
    Command::new(bin)
        .arg(program(prog))
        .arg(flag)
        .stdout(Stdio::piped())
        .spawn()
        .map(Reaped)
        .expect("spawn pyprobe")
}

/// Write `word` to `flag` so the program started by `spawn_flagged` goes
/// on; wait for it to succeed and return its stdout.
fn release_flagged(py: &mut Child, flag: &Path, word: &str, prog: &str) -> String {
    fs::write(flag, word).expect("write flag");
    let status = wait_for(py, Duration::from_secs(60), &format!("pyprobe {prog}"));
    assert!(status.success(), "pyprobe exited with {status}");
    let mut stdout = String::new();
    py.stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut stdout)
        .expect("read stdout");
    stdout
}

#[test]
fn call_stack_traced_by_attaching_to_running_process() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("call-stack-attach");
    let out = dir.join("trace.txt");
    let mut py = Command::new(bin)
        .arg(program("call_stack.py"))
        .arg("--wait")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map(Reaped)
        .expect("spawn pyprobe");
    let pid = py.id();
    let mut bt = spawn_bpftrace(
        &out,
        [
            script("call_stack.bt").into_os_string(),
            bin.into(),
            "-p".into(),
            pid.to_string().into(),
        ],
    );

    wait_until_attached(bin, pid, "function__entry", &mut py, &mut bt, &out);
    py.stdin
        .take()
        .expect("stdin")
        .write_all(b"go\n")
        .expect("write stdin");
    let status = wait_for(
        &mut py,
        Duration::from_secs(60),
        "pyprobe call_stack.py --wait",
    );
    assert!(status.success(), "pyprobe exited with {status}");
    let status = wait_for_detached(&mut bt);
    let trace = read_trace(&out, status.success() || status.code().is_none());

    // Attached before main() ran: main's whole subtree, as CPython's.
    let subtree = |rows: &[String]| -> Vec<String> {
        let split = |r: &str| -> (String, usize, String) {
            let (probe, place) = r.split_once(':').expect("row");
            let trimmed = place.trim_start_matches(' ');
            (
                probe.to_string(),
                place.len() - trimmed.len(),
                trimmed.to_string(),
            )
        };
        let rows: Vec<(String, usize, String)> = rows.iter().map(|r| split(r)).collect();
        let is_main = |place: &str| place.starts_with("call_stack.py:main:");
        let Some(start) = rows
            .iter()
            .position(|(p, _, place)| p == "function__entry" && is_main(place))
        else {
            return Vec::new();
        };
        let end = rows[start..]
            .iter()
            .position(|(p, _, place)| p == "function__return" && is_main(place))
            .map_or(rows.len(), |e| start + e + 1);
        let base = rows[start].1;
        rows[start..end]
            .iter()
            .map(|(p, depth, place)| {
                format!("{p}:{}{place}", " ".repeat(depth.saturating_sub(base)))
            })
            .collect()
    };
    let want = subtree(&golden("call_stack.calls.golden"));
    assert!(!want.is_empty(), "golden has main()");
    assert_rows(
        "call_stack.py main() (bpftrace -p)",
        &want,
        &subtree(&call_rows(&trace, "call_stack.py")),
    );
    let _ = fs::remove_dir_all(&dir);
}

/// A tracer attaching to a process spinning in a loop without calls gets
/// line events from the loop on (the evaluator switches to its traced
/// copy at the next backward jump).
#[test]
fn line_probe_attached_to_a_running_loop() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("line-attach");
    let out = dir.join("trace.txt");
    let flag = dir.join("flag");
    fs::write(&flag, "run").expect("write flag");
    let mut py = spawn_flagged(bin, "spin.py", &flag);
    let pid = py.id();
    let counter = format!(
        "usdt:{}:python:line {{ @lines[str(arg1), arg2] = count(); }}",
        bin.display()
    );
    let mut bt = spawn_bpftrace(&out, ["-e", &counter, "-p", &pid.to_string()]);
    wait_until_attached(bin, pid, "line", &mut py, &mut bt, &out);
    sleep(Duration::from_millis(300));
    let stdout = release_flagged(&mut py, &flag, "stop", "spin.py");
    assert_eq!(stdout, "stopped\n");
    let status = wait_for_detached(&mut bt);
    let trace = read_trace(&out, status.success() || status.code().is_none());
    let source = fs::read_to_string(program("spin.py")).expect("read spin.py");
    let line_of = |text: &str| {
        1 + source
            .lines()
            .position(|l| l.trim() == text)
            .unwrap_or_else(|| panic!("spin.py has no line {text:?}"))
    };
    for text in ["i += 1", "print(\"stopped\")"] {
        let key = format!("@lines[<module>, {}]: ", line_of(text));
        assert!(
            trace.lines().any(|l| l.starts_with(&key)),
            "no line events for `{text}` ({key}) in:\n{trace}"
        );
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn line_trace_matches_cpython() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("line-trace");
    let prog = program("line_trace.py");
    let out = dir.join("trace.txt");
    let trace = run_bpftrace(
        &out,
        [
            script("line.bt").into_os_string(),
            bin.into(),
            "-c".into(),
            command_line(bin, &[&prog]).into(),
        ],
    );
    assert_rows(
        "line_trace.py (line probe)",
        &golden("line_trace.lines.golden"),
        &line_rows(&trace, "line_trace.py"),
    );
    let _ = fs::remove_dir_all(&dir);
}

/// All four arguments of function__entry/return, one row per event:
/// `E|file|func|line|modname` (R for return).
fn trace_all_args(bin: &Path, prog: &Path, out: &Path) -> Vec<Vec<String>> {
    let b = bin.display();
    let program = format!(
        "usdt:{b}:python:function__entry {{ printf(\"E|%s|\", str(arg0)); printf(\"%s|%d|\", str(arg1), (int32)arg2); printf(\"%s\\n\", str(arg3)); }}\n\
         usdt:{b}:python:function__return {{ printf(\"R|%s|\", str(arg0)); printf(\"%s|%d|\", str(arg1), (int32)arg2); printf(\"%s\\n\", str(arg3)); }}\n"
    );
    let trace = run_bpftrace(
        out,
        [
            "-e".into(),
            program,
            "-c".into(),
            command_line(bin, &[prog]),
        ],
    );
    trace
        .lines()
        .filter(|l| l.starts_with("E|") || l.starts_with("R|"))
        .map(|l| l.split('|').map(str::to_string).collect())
        .collect()
}

#[test]
fn non_ascii_and_unencodable_names() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("names");
    let file = "ünïcödé_名前.py";
    let rows = trace_all_args(bin, &program(file), &dir.join("trace.txt"));
    assert!(rows.iter().all(|r| r.len() == 5), "{rows:?}");

    // Non-ASCII file and function names, as CPython's.
    let mine: Vec<&Vec<String>> = rows.iter().filter(|r| basename(&r[1]) == file).collect();
    let have: Vec<String> = mine
        .iter()
        .map(|r| {
            format!(
                "{}:{}:{}:{}",
                if r[0] == "E" {
                    "function__entry"
                } else {
                    "function__return"
                },
                file,
                r[2],
                r[3]
            )
        })
        .collect();
    let want: Vec<String> = golden("ünïcödé_名前.calls.golden")
        .iter()
        .map(|r| {
            let (probe, place) = r.split_once(':').expect("row");
            format!("{probe}:{}", place.trim_start())
        })
        .collect();
    assert_rows(file, &want, &have);

    // modname: `__main__`, until the module renames itself to a string
    // with a NUL, which cannot be a C string: NULL (bpftrace shows "").
    let last = mine.len() - 3;
    for (i, r) in mine.iter().enumerate() {
        let expect = if i < last { "__main__" } else { "" };
        assert_eq!(r[4], expect, "modname of row {i}: {r:?}");
    }
    // A file name with a NUL, where compile() accepts it, is passed as
    // NULL; the process goes on (the module's return is the last row).
    for r in rows.iter().filter(|r| r[2] == "inner") {
        assert_eq!(r[1], "", "NUL-containing filename passed as NULL: {r:?}");
    }
    assert_eq!(
        mine.last().map(|r| (r[0].as_str(), r[2].as_str())),
        Some(("R", "<module>"))
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn builtin_calls_fire_cfunction_probes() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("cfunction");
    let prog = dir.join("builtins.py");
    fs::write(&prog, "def f(xs):\n    return len(xs)\n\n\nitems = [3, 1]\nitems.append(2)\nf(items)\nprint(sorted(items, key=abs))\n").expect("write program");
    let b = bin.display();
    let program = format!(
        "usdt:{b}:python:cfunction__entry {{ printf(\"E|%s|\", str(arg0)); printf(\"%s|%d|\", str(arg1), (int32)arg2); printf(\"%s\\n\", str(arg3)); }}\n\
         usdt:{b}:python:cfunction__return {{ printf(\"R|%s|\", str(arg0)); printf(\"%s|%d|\", str(arg1), (int32)arg2); printf(\"%s\\n\", str(arg3)); }}\n\
         usdt:{b}:python:function__entry {{ printf(\"e|%s|\", str(arg0)); printf(\"%s|%d|\", str(arg1), (int32)arg2); printf(\"%s\\n\", str(arg3)); }}\n"
    );
    let trace = run_bpftrace(
        &dir.join("trace.txt"),
        [
            "-e".into(),
            program,
            "-c".into(),
            command_line(bin, &[&prog]),
        ],
    );
    let rows: Vec<String> = trace
        .lines()
        .filter(|l| l.starts_with("E|") || l.starts_with("R|") || l.starts_with("e|"))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('|').collect();
            (f.len() == 5 && basename(f[1]) == "builtins.py")
                .then(|| format!("{} {}:{}:{}", f[0], f[2], f[3], f[4]))
        })
        .collect();
    // The caller's line, the builtin's name and module (a method of a
    // built-in type reports the type's name); Python frames fire
    // function__entry, never cfunction probes.
    let want = [
        "e <module>:0:__main__",
        "E append:6:list",
        "R append:6:list",
        "e f:1:__main__",
        "E len:2:builtins",
        "R len:2:builtins",
        "E sorted:8:builtins",
        "R sorted:8:builtins",
        "E print:8:builtins",
        "R print:8:builtins",
    ];
    assert_rows("cfunction probes", &want.map(String::from), &rows);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn import_probes_nest_as_cpythons() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("imports");
    let prog = program("imports.py");
    let trace = run_bpftrace(
        &dir.join("trace.txt"),
        [
            script("import.bt").into_os_string(),
            bin.into(),
            "-c".into(),
            command_line(bin, &[&prog]).into(),
        ],
    );
    // A package tree (parents inside the child's pair, the imports of a
    // package body inside the package's), a from-list submodule, modules
    // already imported (nothing), a missing module, a body that raises
    // and a None entry in sys.modules (found = 0).
    assert_rows(
        "imports.py (scripts/import.bt)",
        &golden("imports.imports.golden"),
        &import_rows(&trace),
    );
    let _ = fs::remove_dir_all(&dir);
}

/// gc__start(generation) / gc__done(collected) around every collection,
/// traced with scripts/gc.bt: the sequence CPython 3.12 runs for the
/// program (tests/probes/gc_probes.gc.golden, scripts/gen_gc_golden.py).
#[test]
fn gc_probes_match_cpython() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("gc");
    let prog = program("gc_probes.py");
    let trace = run_bpftrace(
        &dir.join("trace.txt"),
        [
            script("gc.bt").into_os_string(),
            bin.into(),
            "-c".into(),
            command_line(bin, &[&prog]).into(),
        ],
    );
    let rows: Vec<String> = trace
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, row)| row.to_string()))
        .filter(|r| r.starts_with("gc-"))
        .collect();
    assert_rows(
        "gc_probes.py (scripts/gc.bt)",
        &golden("gc_probes.gc.golden"),
        &rows,
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn audit_probe_fires_with_and_without_hooks() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("audit");
    let prog = program("audit_events.py");
    let trace = run_bpftrace(
        &dir.join("trace.txt"),
        [
            script("audit.bt").into_os_string(),
            bin.into(),
            "-c".into(),
            command_line(bin, &[&prog]).into(),
        ],
    );
    // User events before and after the program adds a hook, and the
    // runtime's own events (builtins.id, sys.addaudithook, compile, exec).
    assert_rows(
        "audit_events.py (scripts/audit.bt)",
        &golden("audit_events.audit.golden"),
        &audit_rows(&trace),
    );
    let _ = fs::remove_dir_all(&dir);
}

// ---- perf -----------------------------------------------------------------------

#[test]
fn perf_counts_function_entries_attached_at_exec() {
    if !require_bpftrace()
        || !require(
            have("perf"),
            "perf is not installed (apt-get install linux-perf)",
        )
    {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("perf");
    // perf probe writes uprobe_events in tracefs.
    let tracefs = Path::new("/sys/kernel/tracing");
    if !tracefs.join("uprobe_events").exists() {
        let st = Command::new("mount")
            .args(["-t", "tracefs", "nodev"])
            .arg(tracefs)
            .status()
            .expect("mount");
        assert!(
            st.success(),
            "cannot mount tracefs at {}",
            tracefs.display()
        );
    }
    let event = "sdt_python:function__entry";
    let _ = Command::new("perf")
        .args(["probe", "-q", "-d", event])
        .stderr(Stdio::null())
        .status();
    let added = Command::new("perf")
        .args(["probe", "-x"])
        .arg(bin)
        .arg(event)
        .output()
        .expect("perf probe");
    assert!(
        added.status.success(),
        "perf probe -x BIN {event}: {}",
        String::from_utf8_lossy(&added.stderr)
    );
    // Remove the event again however the test ends.
    struct Remove(&'static str);
    impl Drop for Remove {
        fn drop(&mut self) {
            let _ = Command::new("perf")
                .args(["probe", "-q", "-d", self.0])
                .status();
        }
    }
    let _remove = Remove(event);
    // Count the entries of an empty program too: Python code the runtime
    // runs at startup fires the probe as well.
    let empty = dir.join("empty.py");
    fs::write(&empty, "").expect("write empty program");
    let count = |prog: &Path| -> u64 {
        let stat = dir.join("stat.csv");
        let run = Command::new("perf")
            .args(["stat", "-x,", "-e", event, "-o"])
            .arg(&stat)
            .arg("--")
            .arg(bin)
            .arg(prog)
            .stdout(Stdio::null())
            .output()
            .expect("perf stat");
        assert!(
            run.status.success(),
            "perf stat failed: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let csv = fs::read_to_string(&stat).expect("perf stat output");
        csv.lines()
            .find(|l| l.contains(event))
            .and_then(|l| l.split(',').next())
            .and_then(|c| c.trim().parse().ok())
            .unwrap_or_else(|| panic!("no count for {event} in:\n{csv}"))
    };
    let (startup, traced) = (count(&empty), count(&program("call_stack.py")));
    let entries = golden("call_stack.calls.golden")
        .iter()
        .filter(|r| r.starts_with("function__entry:"))
        .count() as u64;
    assert!(startup >= 1, "the empty program's module entry is counted");
    assert_eq!(
        traced - (startup - 1),
        entries,
        "perf stat counts one function__entry per Python frame entry"
    );
    let _ = fs::remove_dir_all(&dir);
}

/// A tracer that attaches to a process looping through Python calls and
/// detaches again: the process gets traced (line and call events) and,
/// once the semaphores are back to zero, goes on in the untraced
/// evaluator from the middle of its loop and call chain, computing what
/// it computes untraced.
#[test]
fn tracer_detaching_from_a_running_loop() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    let _guard = trace_lock();
    let dir = scratch("detach");
    let out = dir.join("trace.txt");
    let flag = dir.join("flag");
    fs::write(&flag, "wait").expect("write flag");
    let mut py = spawn_flagged(bin, "detach.py", &flag);
    let pid = py.id();
    let counter = format!(
        "usdt:{b}:python:line {{ @lines[str(arg1)] = count(); }} \
         usdt:{b}:python:function__entry {{ @calls[str(arg1)] = count(); }}",
        b = bin.display()
    );
    let mut bt = spawn_bpftrace(&out, ["-e", &counter, "-p", &pid.to_string()]);
    wait_until_attached(bin, pid, "line", &mut py, &mut bt, &out);
    sleep(Duration::from_millis(300));
    let _ = Command::new("kill")
        .args(["-INT", &bt.id().to_string()])
        .status();
    let status = wait_for(&mut bt, Duration::from_secs(60), "bpftrace -p");
    let trace = read_trace(&out, status.success() || status.code().is_none());
    for key in ["@lines[spin]: ", "@lines[step]: ", "@calls[step]: "] {
        assert!(
            trace.lines().any(|l| l.starts_with(key)),
            "no {key} events while attached:\n{trace}"
        );
    }
    let start = Instant::now();
    for probe in ["line", "function__entry"] {
        let addr = semaphore_in_process(bin, pid, probe);
        while semaphore_value(pid, addr) > 0 {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the {probe} semaphore stayed set after bpftrace exited"
            );
            sleep(Duration::from_millis(50));
        }
    }
    let stdout = release_flagged(&mut py, &flag, "go", "detach.py");
    let checksum = (0..200_000u64).fold(0, |acc, j| (acc * 31 + j) % 1_000_003);
    assert_eq!(stdout, format!("{checksum}\n"));
    let _ = fs::remove_dir_all(&dir);
}

/// The golden programs of tests/py give CPython's results with the
/// with-dtrace build, untraced and traced: untraced they run in the
/// evaluator's untraced copy; with a system-wide bpftrace enabling the
/// line, call and cfunction probes they run in its traced copy, which
/// dispatches on `TraceLine` (see `Vm::eval_loop`), and fire the probes.
#[test]
fn golden_programs_alike_untraced_and_traced() {
    if !require_bpftrace() {
        return;
    }
    let bin = dtrace_binary();
    golden_run::run_all(bin, "").report("golden, with-dtrace untraced");

    let _guard = trace_lock();
    let dir = scratch("golden-traced");
    let out = dir.join("trace.txt");
    // A process to see the tracer attach in: it waits for a line on stdin.
    let mut py = Command::new(bin)
        .args(["-c", "import sys; sys.stdin.readline()"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map(Reaped)
        .expect("spawn pyprobe");
    let probes = [
        "line",
        "function__entry",
        "function__return",
        "cfunction__entry",
        "cfunction__return",
    ];
    let sites: Vec<String> = probes
        .iter()
        .map(|p| format!("usdt:{}:python:{p}", bin.display()))
        .collect();
    let counter = format!("{} {{ @[probe] = count(); }}", sites.join(","));
    let mut bt = spawn_bpftrace(&out, ["-e", &counter]);
    wait_until_attached(bin, py.id(), "line", &mut py, &mut bt, &out);
    let outcome = golden_run::run_all(bin, "");
    drop(py.stdin.take());
    wait_for(&mut py, Duration::from_secs(30), "pyprobe -c (waiting)");
    let _ = Command::new("kill")
        .args(["-INT", &bt.id().to_string()])
        .status();
    let status = wait_for(&mut bt, Duration::from_secs(60), "bpftrace");
    let trace = read_trace(&out, status.success() || status.code().is_none());
    outcome.report("golden, with-dtrace traced");
    for (probe, site) in probes.iter().zip(&sites) {
        let fired: u64 = trace
            .lines()
            .find_map(|l| l.strip_prefix(&format!("@[{site}]: ")))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        assert!(
            fired >= 10_000,
            "{probe} fired {fired} times over the golden programs:\n{trace}"
        );
    }
    let _ = fs::remove_dir_all(&dir);
}
