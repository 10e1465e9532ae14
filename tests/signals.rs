//! Ctrl-C: a SIGINT sent to a running pyprobe raises KeyboardInterrupt
//! where the program is (a loop, a recursion, `time.sleep`), and at the
//! interactive prompt drops the line being typed. What is expected is what
//! CPython 3.12 does with the same programs and signals.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

fn spawn(args: &[&str], dir: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_pyprobe"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyprobe runs")
}

/// Send SIGINT to `child` (by the shell's own `kill`).
fn sigint(child: &Child) {
    let status = Command::new("sh")
        .args(["-c", "kill -INT \"$0\"", &child.id().to_string()])
        .status()
        .expect("sh runs");
    assert!(status.success());
}

/// Wait for the line `want` on the program's stdout.
fn wait_for(out: &mut BufReader<ChildStdout>, want: &str) {
    let mut line = String::new();
    loop {
        line.clear();
        let n = out.read_line(&mut line).expect("stdout readable");
        assert!(n > 0, "stdout ended before {want:?}");
        if line.trim_end() == want {
            return;
        }
    }
}

/// A directory of its own holding `program` as `prog.py`.
fn script(name: &str, program: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyprobe-signals-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("prog.py"), program).expect("script written");
    dir
}

#[test]
fn sigint_in_a_loop_is_an_uncaught_keyboard_interrupt() {
    let dir = script(
        "loop",
        "print('ready', flush=True)\nn = 0\nwhile True:\n    n += 1\n",
    );
    let mut child = spawn(&["prog.py"], &dir);
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    wait_for(&mut out, "ready");
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    let status = child.wait().expect("pyprobe ends");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr readable");
    // The traceback, then the process ends by SIGINT, as CPython's does.
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("prog.py\", line "), "{err}");
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{err}");
    assert_eq!(status.signal(), Some(2), "{status:?}");
}

#[test]
fn sigint_is_caught_in_a_recursion_and_ends_a_sleep() {
    let dir = script(
        "caught",
        "\
import time
def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)
print('ready', flush=True)
try:
    f(100)
except KeyboardInterrupt as e:
    print('caught', repr(e), e.args, flush=True)
print('sleeping', flush=True)
t = time.monotonic()
try:
    time.sleep(60)
except KeyboardInterrupt:
    print('sleep interrupted', time.monotonic() - t < 30)
",
    );
    let mut child = spawn(&["prog.py"], &dir);
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    wait_for(&mut out, "ready");
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    wait_for(&mut out, "caught KeyboardInterrupt() ()");
    wait_for(&mut out, "sleeping");
    std::thread::sleep(Duration::from_millis(100));
    sigint(&child);
    wait_for(&mut out, "sleep interrupted True");
    let status = child.wait().expect("pyprobe ends");
    assert!(status.success(), "{status:?}");
}

/// The program's stderr as it comes, read by a thread of its own.
struct Stderr(std::sync::Arc<std::sync::Mutex<String>>);

impl Stderr {
    fn read(child: &mut Child) -> Stderr {
        let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let mut pipe = child.stderr.take().expect("stderr");
        let into = text.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 256];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let got = String::from_utf8_lossy(&buf[..n]).into_owned();
                into.lock().expect("stderr text").push_str(&got);
            }
        });
        Stderr(text)
    }

    /// Wait until stderr holds `want` `times` times.
    fn wait_for(&self, want: &str, times: usize) {
        for _ in 0..600 {
            if self.0.lock().expect("stderr text").matches(want).count() >= times {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "no {want:?} x{times} in {:?}",
            self.0.lock().expect("stderr text")
        );
    }

    fn text(&self) -> String {
        self.0.lock().expect("stderr text").clone()
    }
}

#[test]
fn sigint_at_the_prompt_drops_the_line() {
    let dir = script("prompt", "x = 5\n");
    let mut child = spawn(&["-q", "-i", "prog.py"], &dir);
    let err = Stderr::read(&mut child);
    let mut input = child.stdin.take().expect("stdin");
    let mut send = |text: &str| {
        input.write_all(text.as_bytes()).expect("stdin writable");
        input.flush().expect("stdin flushed");
    };
    err.wait_for(">>> ", 1);
    // An unfinished statement, then Ctrl-C: it is dropped.
    send("y = (1,\n");
    err.wait_for("... ", 1);
    sigint(&child);
    err.wait_for("KeyboardInterrupt\n>>> ", 1);
    // A statement running: KeyboardInterrupt with its traceback, and the
    // prompt goes on.
    send("print(x + 1)\nwhile True: pass\n");
    err.wait_for(">>> ", 3);
    std::thread::sleep(Duration::from_millis(200));
    sigint(&child);
    err.wait_for("KeyboardInterrupt\n>>> ", 2);
    send("print('after', 'y' in globals())\n");
    drop(input);
    let out = child.wait_with_output().expect("pyprobe ends");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = err.text();
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(stdout, "6\nafter False\n");
    assert!(stderr.contains("... \nKeyboardInterrupt\n>>> "), "{stderr}");
    assert!(
        stderr.contains("File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n"),
        "{stderr}"
    );
}
