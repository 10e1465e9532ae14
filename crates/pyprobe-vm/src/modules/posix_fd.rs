//! The descriptor calls of the `posix` module: open, read, write, close,
//! lseek, fstat, ftruncate, fsync, pipe, dup, and `open()` of a
//! descriptor. CPython counterpart: `Modules/posixmodule.c`.
//!
//! pyprobe makes no C library calls of its own, so a descriptor is a
//! `std::fs::File` kept in a table under its number: the calls here work
//! on the descriptors they made, on those of open file objects (`alias`:
//! the table holds a second descriptor for the same open file under the
//! file object's number), and on 0, 1 and 2 for reading and writing; any
//! other number is EBADF. Invariants: each table entry owns its
//! descriptor, which closes when the entry goes (`close`, a file object
//! taking it over or closing, or the number being registered again).

use super::posix::errno_error;
use crate::builtins::args::{exact, range};
use crate::object::{Args, Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;

thread_local! {
    static FDS: RefCell<HashMap<i32, File>> = RefCell::new(HashMap::new());
}

const EBADF: i32 = 9;
const EINVAL: i32 = 22;

/// Keep `file` in the table: its descriptor number.
pub fn register(file: File) -> i32 {
    let fd = file.as_raw_fd();
    FDS.with(|t| t.borrow_mut().insert(fd, file));
    fd
}

/// Let the descriptor calls reach the file of a file object by its
/// descriptor number (`os.fsync(f.fileno())`): the table gets a second
/// descriptor for the same open file under that number, replacing any
/// entry a number freed earlier left there. `forget` removes it when the
/// file object lets the number go.
pub fn alias(file: &File) {
    if let Ok(dup) = file.try_clone() {
        let fd = file.as_raw_fd();
        FDS.with(|t| t.borrow_mut().insert(fd, dup));
    }
}

/// Drop the table's entry for the number of `file`, which its file
/// object is closing or giving up.
pub fn forget(file: &File) {
    let fd = file.as_raw_fd();
    FDS.with(|t| t.borrow_mut().remove(&fd));
}

/// Take the descriptor `fd` out of the table (a file object takes it over).
pub fn take(fd: i64) -> Option<File> {
    let fd = i32::try_from(fd).ok()?;
    FDS.with(|t| t.borrow_mut().remove(&fd))
}

/// A second descriptor for this process's standard stream `fd` (0, 1 or
/// 2); None for any other number.
pub fn std_stream(fd: i64) -> Option<std::io::Result<File>> {
    use std::os::fd::AsFd;
    let owned = match fd {
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        2 => std::io::stderr().as_fd().try_clone_to_owned(),
        _ => return None,
    };
    Some(owned.map(File::from))
}

/// A second descriptor for the same open file as `fd`.
pub fn duplicate(fd: i64) -> Option<File> {
    let fd = i32::try_from(fd).ok()?;
    FDS.with(|t| t.borrow().get(&fd).and_then(|f| f.try_clone().ok()))
}

fn with_fd<T>(
    vm: &mut Vm,
    fd: i64,
    f: impl FnOnce(&mut File) -> std::io::Result<T>,
) -> PyResult<T> {
    let r = FDS.with(|t| {
        let mut t = t.borrow_mut();
        let file = i32::try_from(fd).ok().and_then(|fd| t.get_mut(&fd))?;
        Some(f(file))
    });
    match r {
        None => Err(errno_error(vm, EBADF, None, None)),
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(errno_error(
            vm,
            e.raw_os_error().unwrap_or(EINVAL),
            None,
            None,
        )),
    }
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        _ => vm.index(v),
    }
}

pub const FUNCTIONS: &[(&str, crate::object::NativeFn)] = &[
    ("open", posix_open),
    ("close", posix_close),
    ("read", posix_read),
    ("write", posix_write),
    ("lseek", posix_lseek),
    ("fstat", posix_fstat),
    ("ftruncate", posix_ftruncate),
    ("fsync", posix_fsync),
    ("pipe", posix_pipe),
    ("dup", posix_dup),
];

/// The `O_*` flags of Linux (x86_64 and aarch64 share these values).
pub const FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_ACCMODE", 3),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_DSYNC", 0o10000),
    ("O_SYNC", 0o4010000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
];

/// `open(path, flags, mode=0o777)`: a new descriptor.
fn posix_open(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "open", &args, 2, 3)?;
    let Some(path) = a[0].as_str().map(str::to_string) else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!(
            "open: path should be string, bytes or os.PathLike, not {tn}"
        )));
    };
    let flags = fd_arg(vm, &a[1])?;
    let mode = match a.get(2) {
        Some(m) => fd_arg(vm, m)?,
        None => 0o777,
    };
    vm.audit(
        "open",
        &[Value::str(path.as_str()), Value::None, Value::Int(flags)],
    )?;
    let access = flags & 3;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(access == 0 || access == 2)
        .write(access == 1 || access == 2)
        .append(flags & 0o2000 != 0)
        .truncate(flags & 0o1000 != 0)
        .mode(mode as u32)
        // The flags std sets itself are left out; the others pass through.
        .custom_flags((flags & !(3 | 0o100 | 0o200 | 0o1000 | 0o2000)) as i32);
    if flags & 0o100 != 0 {
        if flags & 0o200 != 0 {
            opts.create_new(true);
        } else {
            opts.create(true);
        }
    }
    match opts.open(&path) {
        Ok(f) => Ok(Value::Int(register(f) as i64)),
        Err(e) => Err(errno_error(
            vm,
            e.raw_os_error().unwrap_or(EINVAL),
            Some(&path),
            None,
        )),
    }
}

fn posix_close(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "close", &args, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    match take(fd) {
        Some(f) => {
            drop(f);
            Ok(Value::None)
        }
        None => Err(errno_error(vm, EBADF, None, None)),
    }
}

fn posix_read(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "read", &args, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = fd_arg(vm, &a[1])?;
    if n < 0 {
        return Err(errno_error(vm, EINVAL, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    let got = if fd == 0 {
        crate::builtins::flush_std(vm);
        std::io::stdin()
            .read(&mut buf)
            .map_err(|e| errno_error(vm, e.raw_os_error().unwrap_or(EINVAL), None, None))?
    } else {
        with_fd(vm, fd, |f| f.read(&mut buf))?
    };
    buf.truncate(got);
    Ok(Value::Obj(PyObject::bare(Payload::Bytes(
        buf.into_boxed_slice(),
    ))))
}

fn posix_write(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "write", &args, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = crate::builtins::buffer_arg(vm, &a[1])?;
    let n = match fd {
        1 => std::io::stdout().write(&data),
        2 => std::io::stderr().write(&data),
        _ => return with_fd(vm, fd, |f| f.write(&data)).map(|n| Value::Int(n as i64)),
    };
    n.map(|n| Value::Int(n as i64))
        .map_err(|e| errno_error(vm, e.raw_os_error().unwrap_or(EINVAL), None, None))
}

fn posix_lseek(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "lseek", &args, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = fd_arg(vm, &a[1])?;
    let how = fd_arg(vm, &a[2])?;
    let target = match how {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(errno_error(vm, EINVAL, None, None)),
    };
    with_fd(vm, fd, |f| f.seek(target)).map(|p| Value::Int(p as i64))
}

fn posix_fstat(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "fstat", &args, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let m = with_fd(vm, fd, |f| f.metadata())?;
    Ok(super::posix::stat_tuple(vm, &m))
}

fn posix_ftruncate(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "ftruncate", &args, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let len = fd_arg(vm, &a[1])?;
    if len < 0 {
        return Err(errno_error(vm, EINVAL, None, None));
    }
    with_fd(vm, fd, |f| f.set_len(len as u64))?;
    Ok(Value::None)
}

fn posix_fsync(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "fsync", &args, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    with_fd(vm, fd, |f| f.sync_all())?;
    Ok(Value::None)
}

/// `pipe()`: (read end, write end).
fn posix_pipe(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "pipe", &args, 0)?;
    let (r, w) = std::io::pipe()
        .map_err(|e| errno_error(vm, e.raw_os_error().unwrap_or(EINVAL), None, None))?;
    let r = register(File::from(OwnedFd::from(r)));
    let w = register(File::from(OwnedFd::from(w)));
    Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(w as i64)]))
}

fn posix_dup(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "dup", &args, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let f = with_fd(vm, fd, |f| f.try_clone())?;
    Ok(Value::Int(register(f) as i64))
}
