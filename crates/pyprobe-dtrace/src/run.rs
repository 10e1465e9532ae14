//! Running bpftrace: prerequisites, the traced process, the output loop.
//!
//! bpftrace's stdout is a pipe to this process, which feeds it to the
//! consumer. A `-c` command is started by bpftrace and shares that
//! stdout; its output is passed through (see `consume`). bpftrace 0.17
//! buffers its stdout when it is a pipe, so it runs under `stdbuf -oL`
//! (coreutils) and every record ends in a newline: records then arrive as
//! they are written. bpftrace's stderr goes to a file that is followed and
//! passed on without the warnings about the generated program (which are
//! ours to fix, not the user's).
//!
//! Ctrl-C must reach bpftrace (it then runs END and prints the
//! aggregations) but must not stop this process, which still has to turn
//! that last output into DTrace's. Rust's standard library cannot change
//! a signal disposition, so before starting bpftrace the process runs
//! itself again under `sh -c 'trap "" INT; exec ...'`: SIGINT is then
//! ignored here, while bpftrace installs its own handler. A `-c` command
//! inherits the ignored SIGINT through bpftrace (which forks it before
//! installing its handler); on Ctrl-C bpftrace ends it when it exits. A
//! wrapper that restores SIGINT cannot be used: bpftrace 0.17 then fails
//! to locate the second USDT probe in the child.

use crate::consume::{AggSort, Consumer};
use crate::translate::Translation;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Set in the re-executed process.
const REEXEC_ENV: &str = "PYPROBE_DTRACE_SIGINT_IGNORED";

/// Whether this process runs as root (the Uid line of /proc/self/status).
pub fn is_root() -> bool {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().nth(1))
        == Some("0")
}

/// The full path of program `name` on PATH (or `name` itself when it has
/// a `/`), with symbolic links resolved: bpftrace refuses a path that two
/// directories of PATH reach (/bin and /usr/bin on merged-/usr systems).
pub fn find_program(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        return fs::canonicalize(name).ok();
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .and_then(|p| fs::canonicalize(p).ok())
}

/// Whether SIGINT is ignored in this process (bit 2 of SigIgn).
fn sigint_ignored() -> bool {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
        .is_some_and(|m| m & 2 != 0)
}

/// Run this program again with SIGINT ignored; returns only on failure
/// (or when SIGINT is already ignored).
pub fn ignore_sigint() {
    use std::os::unix::process::CommandExt;
    if sigint_ignored() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let err = Command::new("/bin/sh")
        .arg("-c")
        .arg("trap '' INT; exec \"$0\" \"$@\"")
        .arg(exe)
        .args(std::env::args_os().skip(1))
        .env(REEXEC_ENV, "1")
        .exec();
    eprintln!("pyprobe-dtrace: cannot re-execute to ignore SIGINT: {err}");
}

/// The CLOCK_MONOTONIC offset of the wall clock (`walltimestamp -
/// timestamp`), from /proc/timer_list's "now at N nsecs".
pub fn wall_offset() -> i64 {
    let wall = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i64)
    };
    let mut head = [0u8; 512];
    if let Ok(mut f) = fs::File::open("/proc/timer_list") {
        let before = wall();
        if let Ok(n) = f.read(&mut head) {
            let after = wall();
            let text = String::from_utf8_lossy(&head[..n]);
            let now = text
                .lines()
                .find_map(|l| l.strip_prefix("now at "))
                .and_then(|l| l.split_whitespace().next())
                .and_then(|v| v.parse::<i64>().ok());
            if let Some(now) = now {
                return before / 2 + after / 2 - now;
            }
        }
    }
    // /proc/uptime counts from boot like the monotonic clock (plus any
    // time suspended), to 10 ms.
    let up = fs::read_to_string("/proc/uptime").unwrap_or_default();
    let secs: f64 = up
        .split_whitespace()
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0);
    wall() - (secs * 1e9) as i64
}

/// How to run.
pub struct RunConfig<'a> {
    pub translation: &'a Translation,
    /// `-c`: the command with its program's full path.
    pub command: Option<String>,
    pub pid: Option<u32>,
    /// `-o`: append the trace to this file.
    pub output: Option<PathBuf>,
    pub sort: AggSort,
}

/// A private directory for the program and bpftrace's output.
fn scratch_dir() -> io::Result<PathBuf> {
    let base = std::env::temp_dir();
    for i in 0..100 {
        let dir = base.join(format!("pyprobe-dtrace.{}.{i}", std::process::id()));
        if fs::create_dir(&dir).is_ok() {
            return Ok(dir);
        }
    }
    Err(io::Error::other("cannot create a temporary directory"))
}

/// Whether a line of bpftrace's stderr is noise about the generated
/// program or the environment rather than about the trace.
struct StderrFilter {
    program: String,
    skip: usize,
}

impl StderrFilter {
    fn keep(&mut self, line: &str) -> bool {
        if self.skip > 0 {
            self.skip -= 1;
            return false;
        }
        if line.starts_with(&self.program) && line.contains("WARNING") {
            // A warning shows the program line and a marker line after it.
            self.skip = 2;
            return false;
        }
        !(line.contains("couldn't set RLIMIT_MEMLOCK")
            || line.starts_with("WARNING: Addrspace is not set")
            || line.trim().is_empty())
    }
}

/// Follow a file that another process appends to.
struct Follow {
    file: fs::File,
    pos: u64,
}

impl Follow {
    fn open(path: &Path) -> io::Result<Follow> {
        Ok(Follow {
            file: fs::File::open(path)?,
            pos: 0,
        })
    }

    fn read_new(&mut self) -> io::Result<Vec<u8>> {
        self.file.seek(SeekFrom::Start(self.pos))?;
        let mut buf = Vec::new();
        self.file.read_to_end(&mut buf)?;
        self.pos += buf.len() as u64;
        Ok(buf)
    }
}

/// Run the translation under bpftrace; the exit status.
pub fn run(cfg: &RunConfig) -> i32 {
    match run_inner(cfg) {
        Ok(code) => code,
        // The reader of our output went away (`| head`): stop quietly,
        // as a process killed by SIGPIPE does.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 141,
        Err(e) => {
            eprintln!("pyprobe-dtrace: {e}");
            1
        }
    }
}

fn run_inner(cfg: &RunConfig) -> io::Result<i32> {
    let tr = cfg.translation;
    let dir = scratch_dir()?;
    let program = dir.join("program.bt");
    let errors = dir.join("stderr");
    fs::write(&program, &tr.program)?;
    let mut cmd = match find_program("stdbuf") {
        Some(stdbuf) => {
            let mut c = Command::new(stdbuf);
            c.args(["-oL", "bpftrace"]);
            c
        }
        None => Command::new("bpftrace"),
    };
    cmd.env("BPFTRACE_STRLEN", tr.strsize.to_string())
        .arg("-q")
        .arg(&program)
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(fs::File::create(&errors)?);
    if let Some(c) = &cfg.command {
        cmd.arg("-c").arg(c);
    }
    if let Some(p) = cfg.pid {
        cmd.arg("-p").arg(p.to_string());
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| io::Error::other(format!("cannot run bpftrace: {e}")))?;

    // A thread reads the pipe, so that the loop below can also watch the
    // traced process and bpftrace's stderr.
    let mut pipe = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    let reader = std::thread::spawn(move || {
        let mut buf = vec![0u8; 1 << 16];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });

    let out: Box<dyn Write> = match &cfg.output {
        Some(path) => Box::new(
            fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .map_err(|e| {
                    io::Error::other(format!(
                        "failed to open output file '{}': {e}",
                        path.display()
                    ))
                })?,
        ),
        None => Box::new(io::stdout()),
    };
    let mut consumer = Consumer::new(tr, out);
    if cfg.output.is_some() {
        consumer.set_raw(Box::new(io::stdout()));
    }
    consumer.sort = cfg.sort;
    let mut err_in = Follow::open(&errors)?;
    let mut stderr = StderrPass {
        filter: StderrFilter {
            program: program.display().to_string(),
            skip: 0,
        },
        line: String::new(),
        all: String::new(),
    };
    let mut nudged = false;
    let mut exited: Option<(std::process::ExitStatus, Instant)> = None;
    loop {
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(bytes) => consumer.feed(&bytes)?,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        stderr.pass(&err_in.read_new()?);
        if exited.is_none() {
            exited = child.try_wait()?.map(|s| (s, Instant::now()));
        }
        // The pipe stays open while a process the command started holds
        // it; bpftrace's output is complete a moment after it exits.
        if exited.is_some_and(|(_, at)| at.elapsed() > Duration::from_millis(500)) {
            break;
        }
        // DTrace stops when the grabbed process ends; bpftrace -p may not.
        if let Some(p) = cfg.pid {
            if !nudged && exited.is_none() && !Path::new(&format!("/proc/{p}")).exists() {
                nudged = true;
                let _ = Command::new("kill")
                    .args(["-s", "INT", &child.id().to_string()])
                    .status();
            }
        }
    }
    while let Ok(bytes) = rx.try_recv() {
        consumer.feed(&bytes)?;
    }
    consumer.finish()?;
    let status = match exited {
        Some((s, _)) => s,
        None => child.wait()?,
    };
    if status.code().is_some() || reader.is_finished() {
        let _ = reader.join();
    }
    stderr.pass(&err_in.read_new()?);
    stderr.pass(b"\n");
    let done = consumer.is_done();
    let exit = consumer.exit_status();
    drop(consumer);
    if !status.success() && !done {
        eprintln!(
            "pyprobe-dtrace: bpftrace failed ({status}); the program it ran is {}",
            program.display()
        );
        return Ok(1);
    }
    let _ = fs::remove_dir_all(&dir);
    Ok(exit.map_or(0, |e| e as i32))
}

/// bpftrace's stderr, line by line through the filter.
struct StderrPass {
    filter: StderrFilter,
    line: String,
    all: String,
}

impl StderrPass {
    fn pass(&mut self, bytes: &[u8]) {
        let s = String::from_utf8_lossy(bytes);
        self.all.push_str(&s);
        self.line.push_str(&s);
        while let Some(nl) = self.line.find('\n') {
            let line: String = self.line.drain(..=nl).collect();
            let line = line.trim_end_matches('\n');
            if self.filter.keep(line) {
                eprintln!("{line}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stderr_filter_drops_warnings_about_the_program() {
        let mut f = StderrFilter {
            program: "/tmp/x/program.bt".into(),
            skip: 0,
        };
        let lines = [
            "ERROR: Unknown error -1: couldn't set RLIMIT_MEMLOCK for bpftrace.",
            "/tmp/x/program.bt:3:17-19: WARNING: Addrspace mismatch",
            "  if (str(arg1) == \"start\") {",
            "                ~~",
            "Lost 3 events",
        ];
        let kept: Vec<&str> = lines.iter().copied().filter(|l| f.keep(l)).collect();
        assert_eq!(kept, ["Lost 3 events"]);
    }

    #[test]
    fn programs_on_path_are_canonical() {
        let sh = find_program("sh").expect("sh on PATH");
        assert!(sh.is_absolute());
        assert_eq!(fs::canonicalize(&sh).unwrap(), sh);
        assert!(find_program("no-such-program-here").is_none());
    }

    #[test]
    fn wall_offset_is_plausible() {
        // After 2020 and before the wall clock itself.
        let off = wall_offset();
        assert!(off > 1_577_836_800_000_000_000 - 100 * 365 * 86_400_000_000_000);
    }
}
