//! The `posix` module: the operating-system calls that `lib/os.py` builds
//! the `os` module on. CPython counterpart: `Modules/posixmodule.c`.
//!
//! Paths are str. Errors are the OSError subclasses CPython raises, with
//! the system's errno and message and the path(s) (`[Errno 2] No such file
//! or directory: 'x'`). The calls that CPython audits raise the same
//! events (`os.listdir`, `os.mkdir`, `os.remove`, `os.rename`, ...).
//! `stat` returns a plain tuple that `os.stat_result` wraps.

use super::import::module_dict;
use crate::builtins::args::{exact, range};
use crate::object::{Args, Payload, PyObject};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("posix");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "posix",
        &[
            ("getcwd", posix_getcwd),
            ("chdir", posix_chdir),
            ("listdir", posix_listdir),
            ("stat", posix_stat),
            ("lstat", posix_lstat),
            ("mkdir", posix_mkdir),
            ("rmdir", posix_rmdir),
            ("unlink", posix_unlink),
            ("remove", posix_unlink),
            ("rename", posix_rename),
            ("replace", posix_rename),
            ("chmod", posix_chmod),
            ("symlink", posix_symlink),
            ("readlink", posix_readlink),
            ("utime", posix_utime),
            ("putenv", posix_putenv),
            ("unsetenv", posix_unsetenv),
            ("getpid", posix_getpid),
            ("cpu_count", posix_cpu_count),
            ("urandom", posix_urandom),
            ("strerror", posix_strerror),
            ("system", posix_system),
            ("access", posix_access),
            ("isatty", posix_isatty),
            ("_exit", posix_exit),
        ],
    );
    crate::builtins::add_functions(vm, &d, "posix", super::posix_fd::FUNCTIONS);
    let environ = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        dict_of(&environ).set_str(
            Value::str(k.to_string_lossy().into_owned()),
            Value::str(v.to_string_lossy().into_owned()),
        );
    }
    let dd = dict_of(&d);
    dd.set_str(Value::str("environ"), Value::Obj(environ));
    for (name, v) in [("F_OK", 0), ("X_OK", 1), ("W_OK", 2), ("R_OK", 4)] {
        dd.set_str(Value::str(name), Value::Int(v));
    }
    for &(name, v) in super::posix_fd::FLAGS {
        dd.set_str(Value::str(name), Value::Int(v));
    }
    Ok(m)
}

/// The OSError subclass CPython raises for `errno` (`PyErr_SetFromErrno`'s
/// table), with the system's message and the file name(s).
pub fn errno_error(
    vm: &mut Vm,
    errno: i32,
    path: Option<&str>,
    path2: Option<&str>,
) -> crate::PyErr {
    let kind = match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => "OSError",
    };
    let msg = strerror(errno);
    let ty = vm.exc[kind].clone();
    let mut args = vec![Value::Int(errno as i64), Value::str(msg)];
    if let Some(p) = path {
        args.push(Value::str(p));
        if let Some(p2) = path2 {
            args.push(Value::None);
            args.push(Value::str(p2));
        }
    }
    // Made by calling the class, so that `args` holds the errno and the
    // message only and `str()` names the file(s), as CPython's OSError.
    if let Ok(Value::Obj(exc)) = vm.call(&Value::Obj(ty.clone()), &args) {
        return crate::PyErr::new(exc);
    }
    let args = vm.new_tuple(args);
    let exc = crate::exc::new_exception(ty, args);
    let e = Value::Obj(exc.clone());
    if let Some(p) = path {
        crate::exc::set_exc_attr(&e, "filename", Value::str(p));
    }
    if let Some(p2) = path2 {
        crate::exc::set_exc_attr(&e, "filename2", Value::str(p2));
    }
    crate::PyErr::new(exc)
}

/// The system's message for `errno` (`strerror`), as Rust's io errors
/// word it without their " (os error N)".
fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The OSError for an io error on `path` (and `path2`).
fn io_error(vm: &mut Vm, e: &std::io::Error, path: &str, path2: Option<&str>) -> crate::PyErr {
    match e.raw_os_error() {
        Some(errno) => errno_error(vm, errno, Some(path), path2),
        None => crate::builtins::os_error(vm, e, path),
    }
}

/// A path argument: a str (`os.fspath` is applied by `os.py`).
fn path_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}: path should be string, bytes or os.PathLike, not {tn}"
            )))
        }
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        _ => vm.index(v),
    }
}

fn posix_getcwd(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "getcwd", &args, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(p.to_string_lossy().into_owned())),
        Err(e) => Err(io_error(vm, &e, ".", None)),
    }
}

fn posix_chdir(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "chdir", &args, 1)?;
    let p = path_arg(vm, "chdir", &a[0])?;
    vm.audit("os.chdir", &[a[0].clone()])?;
    std::env::set_current_dir(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn posix_listdir(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "listdir", &args, 0, 1)?;
    let p = match a.first() {
        Some(v) if !v.is_none() => path_arg(vm, "listdir", v)?,
        _ => ".".to_string(),
    };
    vm.audit("os.listdir", &[Value::str(p.as_str())])?;
    let entries = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_error(vm, &e, &p, None))?;
        names.push(Value::str(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(vm.new_list(names))
}

/// `(st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime,
/// st_mtime, st_ctime, st_atime_ns, st_mtime_ns, st_ctime_ns)`.
pub(super) fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let secs = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let nanos =
        |s: i64, ns: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    vm.new_tuple(vec![
        Value::Int(m.mode() as i64),
        Value::from_bigint(num_bigint::BigInt::from(m.ino())),
        Value::from_bigint(num_bigint::BigInt::from(m.dev())),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Float(secs(m.atime(), m.atime_nsec())),
        Value::Float(secs(m.mtime(), m.mtime_nsec())),
        Value::Float(secs(m.ctime(), m.ctime_nsec())),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
    ])
}

fn posix_stat(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "stat", &args, 1)?;
    let p = path_arg(vm, "stat", &a[0])?;
    let m = std::fs::metadata(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(stat_tuple(vm, &m))
}

fn posix_lstat(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "lstat", &args, 1)?;
    let p = path_arg(vm, "lstat", &a[0])?;
    let m = std::fs::symlink_metadata(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(stat_tuple(vm, &m))
}

fn posix_mkdir(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "mkdir", &args, 1, 2)?;
    let p = path_arg(vm, "mkdir", &a[0])?;
    let mode = match a.get(1) {
        Some(m) => int_arg(vm, m)?,
        None => 0o777,
    };
    vm.audit("os.mkdir", &[a[0].clone(), Value::Int(mode), Value::None])?;
    let mut builder = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, mode as u32);
    builder.create(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn posix_rmdir(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "rmdir", &args, 1)?;
    let p = path_arg(vm, "rmdir", &a[0])?;
    vm.audit("os.rmdir", &[a[0].clone(), Value::None])?;
    std::fs::remove_dir(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn posix_unlink(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "remove", &args, 1)?;
    let p = path_arg(vm, "remove", &a[0])?;
    vm.audit("os.remove", &[a[0].clone(), Value::None])?;
    std::fs::remove_file(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn posix_rename(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "rename", &args, 2)?;
    let src = path_arg(vm, "rename", &a[0])?;
    let dst = path_arg(vm, "rename", &a[1])?;
    vm.audit(
        "os.rename",
        &[a[0].clone(), a[1].clone(), Value::None, Value::None],
    )?;
    std::fs::rename(&src, &dst).map_err(|e| io_error(vm, &e, &src, Some(&dst)))?;
    Ok(Value::None)
}

fn posix_chmod(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "chmod", &args, 2)?;
    let p = path_arg(vm, "chmod", &a[0])?;
    let mode = int_arg(vm, &a[1])?;
    vm.audit("os.chmod", &[a[0].clone(), Value::Int(mode), Value::None])?;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn posix_symlink(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "symlink", &args, 2)?;
    let src = path_arg(vm, "symlink", &a[0])?;
    let dst = path_arg(vm, "symlink", &a[1])?;
    vm.audit("os.symlink", &[a[0].clone(), a[1].clone(), Value::None])?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| io_error(vm, &e, &src, Some(&dst)))?;
    Ok(Value::None)
}

fn posix_readlink(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "readlink", &args, 1)?;
    let p = path_arg(vm, "readlink", &a[0])?;
    let target = std::fs::read_link(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(Value::str(target.to_string_lossy().into_owned()))
}

/// `utime(path, times=None)`: `times` an `(atime, mtime)` pair of seconds.
fn posix_utime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "utime", &args, 1, 2)?;
    let p = path_arg(vm, "utime", &a[0])?;
    let times = a.get(1).cloned().unwrap_or(Value::None);
    vm.audit(
        "os.utime",
        &[a[0].clone(), times.clone(), Value::None, Value::None],
    )?;
    let now = std::time::SystemTime::now();
    let (atime, mtime) = if times.is_none() {
        (now, now)
    } else {
        let items = match times.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => t.to_vec(),
            _ => {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                )
            }
        };
        let mut out = [now; 2];
        for (slot, v) in out.iter_mut().zip(items.iter()) {
            let secs = crate::builtins::float_of(vm, v)?;
            let d = std::time::Duration::try_from_secs_f64(secs.max(0.0)).unwrap_or_default();
            *slot = std::time::UNIX_EPOCH + d;
        }
        (out[0], out[1])
    };
    let file = std::fs::File::open(&p).map_err(|e| io_error(vm, &e, &p, None))?;
    let t = std::fs::FileTimes::new()
        .set_accessed(atime)
        .set_modified(mtime);
    file.set_times(t).map_err(|e| io_error(vm, &e, &p, None))?;
    Ok(Value::None)
}

fn posix_putenv(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "putenv", &args, 2)?;
    let (Some(k), Some(v)) = (a[0].as_str(), a[1].as_str()) else {
        return Err(vm.type_error("putenv: expected str arguments"));
    };
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    vm.audit("os.putenv", &[a[0].clone(), a[1].clone()])?;
    // The interpreter is the process's only thread reading the environment.
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn posix_unsetenv(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "unsetenv", &args, 1)?;
    let Some(k) = a[0].as_str() else {
        return Err(vm.type_error("unsetenv: expected str argument"));
    };
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    vm.audit("os.unsetenv", &[a[0].clone()])?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn posix_getpid(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "getpid", &args, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn posix_cpu_count(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "cpu_count", &args, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn posix_urandom(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "urandom", &args, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut f =
        std::fs::File::open("/dev/urandom").map_err(|e| io_error(vm, &e, "/dev/urandom", None))?;
    f.read_exact(&mut buf)
        .map_err(|e| io_error(vm, &e, "/dev/urandom", None))?;
    Ok(Value::Obj(PyObject::bare(Payload::Bytes(
        buf.into_boxed_slice(),
    ))))
}

fn posix_strerror(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "strerror", &args, 1)?;
    let code = int_arg(vm, &a[0])?;
    Ok(Value::str(strerror(code as i32)))
}

/// `system(command)`: run it with `/bin/sh -c`, return the wait status
/// (the exit code times 256, or the signal's number).
fn posix_system(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "system", &args, 1)?;
    let Some(cmd) = a[0].as_str().map(str::to_string) else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("system() argument 'command' must be str, not {tn}")));
    };
    vm.audit("os.system", &[a[0].clone()])?;
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(&cmd)
        .status();
    Ok(Value::Int(match status {
        Ok(s) => match s.code() {
            Some(c) => (c as i64) << 8,
            None => std::os::unix::process::ExitStatusExt::signal(&s).unwrap_or(0) as i64,
        },
        Err(_) => 127 << 8,
    }))
}

/// The process's real user id, read from `/proc/self/status` (0 when it
/// cannot be read).
fn real_uid() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

/// `access(path, mode)`: from the file's permission bits, as the kernel
/// decides for the owner, a group member or anyone else (root may read
/// and write anything, and run what anyone may run).
fn posix_access(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "access", &args, 2)?;
    let p = path_arg(vm, "access", &a[0])?;
    let mode = int_arg(vm, &a[1])?;
    let Ok(m) = std::fs::metadata(&p) else {
        return Ok(Value::Bool(false));
    };
    let bits = m.mode();
    let uid = real_uid();
    let ok = |want: u32| -> bool {
        if uid == 0 {
            return want != 1 || bits & 0o111 != 0;
        }
        let class = if m.uid() == uid { bits >> 6 } else { bits };
        class & want != 0
    };
    let mut allowed = true;
    for (flag, want) in [(4, 4), (2, 2), (1, 1)] {
        if mode & flag != 0 && !ok(want) {
            allowed = false;
        }
    }
    Ok(Value::Bool(allowed))
}

/// `os._exit(n)`: ends the process at once with status `n`: no `finally`
/// blocks, no `atexit` functions, and what the file objects still buffer is
/// lost, as in CPython.
fn posix_exit(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    // Argument Clinic's checks, in its order and words.
    let pos = args.positional();
    let given = pos.len() + args.keywords().count();
    let status = match (pos, args.keywords().next()) {
        _ if given > 1 => {
            let kind = if pos.is_empty() {
                "keyword argument"
            } else {
                "argument"
            };
            return Err(vm.type_error(format!("_exit() takes at most 1 {kind} ({given} given)")));
        }
        ([v], _) => v.clone(),
        ([], Some(("status", v))) => v.clone(),
        _ => return Err(vm.type_error("_exit() missing required argument 'status' (pos 1)")),
    };
    let code = match int_arg(vm, &status) {
        Err(e) if !vm.err_is(&e, "IndexError") => return Err(e),
        code => code.ok().and_then(|n| i32::try_from(n).ok()),
    };
    match code {
        Some(code) => std::process::exit(code),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn posix_isatty(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let a = exact(vm, "isatty", &args, 1)?;
    let fd = int_arg(vm, &a[0])?;
    Ok(Value::Bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    }))
}
