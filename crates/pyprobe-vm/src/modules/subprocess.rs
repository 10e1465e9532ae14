//! `_subprocess`: starting child processes and talking to them, what
//! `lib/subprocess.py` builds `Popen` on. CPython counterpart:
//! `Modules/_posixsubprocess.c` (fork and exec) with the parts of
//! `Lib/subprocess.py` that wait and communicate.
//!
//! A child is a `std::process::Child` kept under its pid until it has
//! been waited for. Its pipes are descriptors of `posix_fd`'s table, which
//! `subprocess.py` opens as file objects. `communicate` reads the output
//! pipes and writes the input on threads of their own (no Python code
//! runs there), so that a child filling one pipe while the other is read
//! cannot block both sides.
//!
//! Invariants: a pid in `CHILDREN` is a child not yet reaped; a pid in
//! `PENDING` has a communication whose threads are still running (a
//! timeout left it there, and the next `communicate` picks it up).

use super::posix::errno_error;
use crate::builtins::args::{exact, range};
use crate::object::{Args, Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// The output of a communication: one receiver per output pipe, each
/// sending the pipe's whole content at its end.
struct Pending {
    stdout: Option<Receiver<Vec<u8>>>,
    stderr: Option<Receiver<Vec<u8>>>,
    out: Option<Vec<u8>>,
    err: Option<Vec<u8>>,
}

thread_local! {
    static CHILDREN: RefCell<HashMap<u32, Child>> = RefCell::new(HashMap::new());
    static PENDING: RefCell<HashMap<u32, Pending>> = RefCell::new(HashMap::new());
}

const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("_subprocess");
    let d = super::import::module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "_subprocess",
        &[
            ("spawn", sp_spawn),
            ("wait", sp_wait),
            ("poll", sp_poll),
            ("signal", sp_signal),
            ("communicate", sp_communicate),
        ],
    );
    Ok(m)
}

fn os_err(vm: &mut Vm, e: &std::io::Error, path: Option<&str>) -> crate::PyErr {
    errno_error(vm, e.raw_os_error().unwrap_or(5), path, None)
}

/// A descriptor of ours for a standard stream: 0, 1 and 2 as this
/// process has them, a descriptor of `posix_fd`'s table, or the file of a
/// file object.
fn stream_file(vm: &mut Vm, v: &Value) -> PyResult<File> {
    if let Some(Payload::File(f)) = v.payload() {
        crate::builtins::flush_data(&mut f.borrow_mut());
        let fd = f.borrow();
        // `std` numbers the standard streams from 1 (0: a file of its own).
        let std = super::posix_fd::std_stream(fd.std as i64 - 1);
        let cloned = match std {
            Some(dup) => dup,
            None => match &fd.file {
                Some(file) => file.try_clone(),
                None => {
                    drop(fd);
                    return Err(vm.value_error("I/O operation on closed file."));
                }
            },
        };
        drop(fd);
        return cloned.map_err(|e| os_err(vm, &e, None));
    }
    let n = vm.index(v)?;
    match super::posix_fd::std_stream(n) {
        Some(dup) => dup.map_err(|e| os_err(vm, &e, None)),
        None => super::posix_fd::duplicate(n).ok_or_else(|| errno_error(vm, 9, None, None)),
    }
}

fn str_list(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<String>> {
    let mut out = Vec::new();
    for item in vm.collect(v)? {
        match item.payload() {
            Some(Payload::Bytes(b)) => out.push(String::from_utf8_lossy(b).into_owned()),
            _ => match item.as_str() {
                Some(s) => out.push(s.to_string()),
                None => {
                    let tn = vm.type_name(&item);
                    return Err(vm.type_error(format!(
                        "expected str, bytes or os.PathLike object, not {tn} ({what})"
                    )));
                }
            },
        }
    }
    Ok(out)
}

/// `spawn(args, executable, cwd, env, stdin, stdout, stderr,
/// start_new_session)`: (pid, stdin_fd, stdout_fd, stderr_fd), a
/// descriptor for each stream given as PIPE (-1), None otherwise. A
/// stream is None (inherited), PIPE, DEVNULL (-3), STDOUT (-2, stderr
/// only), a descriptor or a file object.
fn sp_spawn(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "spawn", &args, 8)?;
    let argv = str_list(vm, &a[0], "args")?;
    let Some(first) = argv.first().cloned() else {
        return Err(vm.value_error("args must not be empty"));
    };
    let program = match a[1].as_str() {
        Some(exe) => exe.to_string(),
        None => first.clone(),
    };
    let mut cmd = Command::new(&program);
    cmd.arg0(&first).args(&argv[1..]);
    if let Some(cwd) = a[2].as_str() {
        if let Err(e) = std::fs::read_dir(cwd) {
            return Err(os_err(vm, &e, Some(cwd)));
        }
        cmd.current_dir(cwd);
    }
    if !a[3].is_none() {
        cmd.env_clear();
        let keys_fn = vm.getattr_str(&a[3], "keys")?;
        let keys = vm.call(&keys_fn, &[])?;
        for k in vm.collect(&keys)? {
            let v = vm.getitem(&a[3], &k)?;
            let (Some(k), Some(v)) = (k.as_str(), v.as_str()) else {
                return Err(vm.type_error("environment keys and values must be str"));
            };
            cmd.env(k, v);
        }
    }
    if vm.is_true(&a[7])? {
        cmd.process_group(0);
    }
    // Each standard stream: what the child gets, and the parent's end of
    // a pipe.
    let mut ends: [Option<File>; 3] = [None, None, None];
    let mut child_stdout: Option<File> = None;
    for (i, spec) in a[4..7].iter().enumerate() {
        let stdio = match spec {
            Value::None => {
                if i == 2 {
                    None
                } else {
                    continue;
                }
            }
            Value::Int(PIPE) => {
                let (r, w) = std::io::pipe().map_err(|e| os_err(vm, &e, None))?;
                let (parent, child): (File, File) = if i == 0 {
                    (OwnedFd::from(w).into(), OwnedFd::from(r).into())
                } else {
                    (OwnedFd::from(r).into(), OwnedFd::from(w).into())
                };
                ends[i] = Some(parent);
                Some(child)
            }
            Value::Int(DEVNULL) => {
                let f = if i == 0 {
                    File::open("/dev/null")
                } else {
                    std::fs::OpenOptions::new().write(true).open("/dev/null")
                };
                Some(f.map_err(|e| os_err(vm, &e, Some("/dev/null")))?)
            }
            Value::Int(STDOUT) if i == 2 => match &child_stdout {
                Some(f) => Some(f.try_clone().map_err(|e| os_err(vm, &e, None))?),
                None => Some(stream_file(vm, &Value::Int(1))?),
            },
            other => Some(stream_file(vm, other)?),
        };
        let Some(file) = stdio else { continue };
        match i {
            0 => {
                cmd.stdin(Stdio::from(file));
            }
            1 => {
                child_stdout = Some(file.try_clone().map_err(|e| os_err(vm, &e, None))?);
                cmd.stdout(Stdio::from(file));
            }
            _ => {
                cmd.stderr(Stdio::from(file));
            }
        }
    }
    crate::builtins::flush_std(vm);
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Err(os_err(vm, &e, Some(&program))),
    };
    // The command (and the child's ends of the pipes it holds) goes now,
    // so that only the child keeps them open.
    drop(cmd);
    drop(child_stdout);
    let pid = child.id();
    CHILDREN.with(|c| c.borrow_mut().insert(pid, child));
    let mut out = vec![Value::Int(pid as i64)];
    for end in ends {
        out.push(match end {
            Some(f) => Value::Int(super::posix_fd::register(f) as i64),
            None => Value::None,
        });
    }
    Ok(vm.new_tuple(out))
}

/// The return code of an exit status: the exit code, or minus the signal.
fn status_code(s: std::process::ExitStatus) -> i64 {
    match s.code() {
        Some(c) => c as i64,
        None => -(s.signal().unwrap_or(0) as i64),
    }
}

/// Poll the child `pid`: its return code once it has ended (it is then
/// reaped), None while it runs.
fn try_reap(vm: &mut Vm, pid: u32) -> PyResult<Option<i64>> {
    let r = CHILDREN.with(|c| {
        let mut c = c.borrow_mut();
        let child = c.get_mut(&pid)?;
        Some(child.try_wait())
    });
    match r {
        None => Err(errno_error(vm, 10, None, None)),
        Some(Err(e)) => Err(os_err(vm, &e, None)),
        Some(Ok(None)) => Ok(None),
        Some(Ok(Some(status))) => {
            CHILDREN.with(|c| c.borrow_mut().remove(&pid));
            Ok(Some(status_code(status)))
        }
    }
}

fn pid_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let n = vm.index(v)?;
    u32::try_from(n).map_err(|_| errno_error(vm, 10, None, None))
}

fn timeout_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let secs = crate::builtins::float_of(vm, v)?;
            Ok(Some(Duration::from_secs_f64(secs.max(0.0))))
        }
    }
}

/// `wait(pid, timeout=None)`: the return code, or None when the timeout
/// passed first. Polled, a Ctrl-C ends the wait with KeyboardInterrupt.
fn sp_wait(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "wait", &args, 1, 2)?;
    let pid = pid_arg(vm, &a[0])?;
    let timeout = timeout_arg(vm, a.get(1))?;
    let start = Instant::now();
    let mut pause = Duration::from_micros(50);
    loop {
        if let Some(code) = try_reap(vm, pid)? {
            return Ok(Value::Int(code));
        }
        if timeout.is_some_and(|t| start.elapsed() >= t) {
            return Ok(Value::None);
        }
        vm.check_interrupt()?;
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

fn sp_poll(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "poll", &args, 1)?;
    let pid = pid_arg(vm, &a[0])?;
    Ok(match try_reap(vm, pid)? {
        Some(code) => Value::Int(code),
        None => Value::None,
    })
}

/// `signal(pid, signum)`: SIGKILL through the child's handle; other
/// signals through the system's `kill` command (std has no call for
/// them). Nothing for a child already reaped.
fn sp_signal(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "signal", &args, 2)?;
    let pid = pid_arg(vm, &a[0])?;
    let sig = vm.index(&a[1])?;
    let r = CHILDREN.with(|c| {
        let mut c = c.borrow_mut();
        let child = c.get_mut(&pid)?;
        Some(if sig == 9 {
            child.kill()
        } else {
            Command::new("kill")
                .arg(format!("-{sig}"))
                .arg(pid.to_string())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .map(|_| ())
        })
    });
    match r {
        Some(Err(e)) => Err(os_err(vm, &e, None)),
        _ => Ok(Value::None),
    }
}

/// Take the file out of a file object (closing the object), or None.
fn take_file(v: &Value) -> Option<File> {
    let Some(Payload::File(f)) = v.payload() else {
        return None;
    };
    let mut fd = f.borrow_mut();
    crate::builtins::flush_data(&mut fd);
    fd.closed = true;
    let file = fd.file.take()?;
    super::posix_fd::forget(&file);
    Some(file)
}

fn reader(file: Option<File>) -> Option<Receiver<Vec<u8>>> {
    let mut file = file?;
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = file.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    Some(rx)
}

/// `communicate(pid, stdin, input, stdout, stderr, timeout)`: write
/// `input` (bytes or None) to the stdin file object and close it, read
/// the stdout and stderr file objects to their ends (they are closed),
/// and wait for the child. (out, err, returncode), or None when the
/// timeout passed first: a later call goes on where this one stopped.
fn sp_communicate(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "communicate", &args, 6)?;
    let pid = pid_arg(vm, &a[0])?;
    let timeout = timeout_arg(vm, Some(&a[5]))?;
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut pending = match PENDING.with(|p| p.borrow_mut().remove(&pid)) {
        Some(p) => p,
        None => {
            let input = match a[2].payload() {
                Some(Payload::Bytes(b)) => Some(b.to_vec()),
                _ => None,
            };
            if let Some(mut stdin) = take_file(&a[1]) {
                std::thread::spawn(move || {
                    if let Some(data) = input {
                        let _ = stdin.write_all(&data);
                    }
                });
            }
            Pending {
                stdout: reader(take_file(&a[3])),
                stderr: reader(take_file(&a[4])),
                out: None,
                err: None,
            }
        }
    };
    let mut timed_out = false;
    for (rx, slot) in [
        (&pending.stdout, &mut pending.out),
        (&pending.stderr, &mut pending.err),
    ] {
        let Some(rx) = rx else { continue };
        if slot.is_some() {
            continue;
        }
        loop {
            let wait = match deadline {
                Some(d) => d.saturating_duration_since(Instant::now()),
                None => Duration::from_millis(50),
            };
            match rx.recv_timeout(wait.min(Duration::from_millis(50))) {
                Ok(data) => {
                    *slot = Some(data);
                    break;
                }
                Err(RecvTimeoutError::Timeout) => {
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        timed_out = true;
                        break;
                    }
                    vm.check_interrupt()?;
                }
                Err(RecvTimeoutError::Disconnected) => {
                    *slot = Some(Vec::new());
                    break;
                }
            }
        }
        if timed_out {
            break;
        }
    }
    if timed_out {
        PENDING.with(|p| p.borrow_mut().insert(pid, pending));
        return Ok(Value::None);
    }
    let bytes = |b: Option<Vec<u8>>| match b {
        Some(b) => Value::Obj(PyObject::bare(Payload::Bytes(b.into_boxed_slice()))),
        None => Value::None,
    };
    let out = if pending.stdout.is_some() {
        bytes(pending.out.take())
    } else {
        Value::None
    };
    let err = if pending.stderr.is_some() {
        bytes(pending.err.take())
    } else {
        Value::None
    };
    Ok(vm.new_tuple(vec![out, err]))
}
