//! `print`, `input`, `open` and the file objects (also sys.stdin/stdout/
//! stderr). CPython counterparts: `Python/bltinmodule.c` (print, input),
//! `Modules/_io/` (text and binary files), in a much smaller form.
//!
//! Output to stdout is buffered in the file object and flushed at exit,
//! on `flush()` and before reading input; with `-u` (or
//! `PYTHONUNBUFFERED`) it is written through at every write, as stderr
//! always is.

use super::args::{exact, ArgParser};
use crate::object::{Args, FileData, Payload, PyObject};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Write stdout through at every write (`-u`, `PYTHONUNBUFFERED`).
static UNBUFFERED: AtomicBool = AtomicBool::new(false);

/// CPython's `-u`: stdout unbuffered, like stderr.
pub fn set_unbuffered(on: bool) {
    UNBUFFERED.store(on, Ordering::Relaxed);
}

pub fn init(vm: &mut Vm) {
    let b = vm.builtins_dict.clone();
    super::add_functions(
        vm,
        &b,
        "builtins",
        &[
            ("print", builtin_print),
            ("input", builtin_input),
            ("open", builtin_open),
        ],
    );
    for t in [vm.types.text_io.clone(), vm.types.buffered_io.clone()] {
        typeobj::add_methods(
            vm,
            &t,
            &[
                ("write", file_write),
                ("read", file_read),
                ("readline", file_readline),
                ("readlines", file_readlines),
                ("flush", file_flush),
                ("close", file_close),
                ("__enter__", file_enter),
                ("__exit__", file_exit),
                ("__iter__", file_enter),
                ("__next__", file_next),
                ("fileno", file_fileno),
                ("isatty", file_isatty),
                ("writelines", file_writelines),
                ("readable", file_readable),
                ("writable", file_writable),
                ("seekable", file_seekable),
                ("seek", file_seek),
                ("tell", file_tell),
                ("truncate", file_truncate),
            ],
        );
    }
}

pub fn std_file(name: &str, std: u8) -> Value {
    Value::Obj(PyObject::bare(Payload::File(Box::new(RefCell::new(
        FileData {
            file: None,
            name: name.to_string(),
            mode: if std == 0 || std == 1 {
                "r".into()
            } else {
                "w".into()
            },
            binary: false,
            readable: std == 1,
            writable: std >= 2,
            read_buf: Vec::new(),
            write_buf: Vec::new(),
            std,
            closed: false,
            encoding: "utf-8".into(),
            translate: false,
            pending_cr: false,
        },
    )))))
}

/// Write text to sys.stdout (whatever object it is now).
pub fn write_stdout_text(vm: &mut Vm, s: &str) -> PyResult<()> {
    let out = vm.sys_attr("stdout");
    write_to(vm, &out, s)
}

fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(Payload::File(f)) = file.payload() {
        return write_file(vm, f, s.as_bytes());
    }
    let w = vm.getattr_str(file, "write")?;
    vm.call(&w, &[Value::str(s)])?;
    Ok(())
}

fn write_file(vm: &mut Vm, f: &RefCell<FileData>, data: &[u8]) -> PyResult<()> {
    let mut fd = f.borrow_mut();
    if fd.closed {
        drop(fd);
        return Err(vm.value_error("I/O operation on closed file."));
    }
    if !fd.writable {
        drop(fd);
        return Err(vm.new_error("UnsupportedOperation", "not writable"));
    }
    match fd.std {
        3 => {
            let _ = std::io::stderr().write_all(data);
        }
        _ => {
            if fd.std == 0 && !fd.read_buf.is_empty() {
                // Read ahead of the position: the write goes where the
                // reads stopped, not after what was buffered.
                drop_read_ahead(&mut fd);
            }
            fd.write_buf.extend_from_slice(data);
            if fd.write_buf.len() > 1 << 16 || (fd.std == 2 && UNBUFFERED.load(Ordering::Relaxed)) {
                flush_data(&mut fd);
            }
        }
    }
    Ok(())
}

pub fn flush_data(fd: &mut FileData) {
    if fd.write_buf.is_empty() {
        return;
    }
    let buf = std::mem::take(&mut fd.write_buf);
    match fd.std {
        2 => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&buf);
            let _ = out.flush();
        }
        3 => {
            let _ = std::io::stderr().write_all(&buf);
        }
        _ => {
            if let Some(file) = fd.file.as_mut() {
                let _ = file.write_all(&buf);
            }
        }
    }
}

/// A file object freed with data still buffered writes it out, as
/// CPython's `IOBase.__del__` closes the file.
impl Drop for FileData {
    fn drop(&mut self) {
        if self.std == 0 && !self.closed {
            flush_data(self);
            if self.writable {
                OPEN_WRITERS.with(|n| n.set(n.get().saturating_sub(1)));
            }
        }
    }
}

thread_local! {
    /// Files opened for writing and neither closed nor freed yet.
    static OPEN_WRITERS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// At exit: write out what files still open for writing buffer (CPython's
/// finalization closes them as it frees the modules and their objects;
/// pyprobe's process ends without freeing them). Looked for, only when
/// there are any, in the module namespaces and among the values held by
/// the objects the collector tracks.
pub fn flush_module_files(vm: &mut Vm) {
    if OPEN_WRITERS.with(|n| n.get()) == 0 {
        return;
    }
    let flush = |v: &Value| {
        if let Some(Payload::File(fd)) = v.payload() {
            if let Ok(mut fd) = fd.try_borrow_mut() {
                if fd.std == 0 {
                    flush_data(&mut fd);
                }
            }
        }
    };
    let modules = vm.sys_attr("modules");
    if let Some(Payload::Dict(md)) = modules.payload() {
        for m in md.values() {
            if let Some(Payload::Module(module)) = m.payload() {
                crate::typeobj::dict_of(&module.dict)
                    .values()
                    .iter()
                    .for_each(flush);
            }
        }
    }
    for o in crate::object::gc::objects(None) {
        o.traverse(&mut |v| flush(v));
    }
}

/// Flush sys.stdout and sys.stderr (at exit and before reading input).
pub fn flush_std(vm: &mut Vm) {
    for name in ["stdout", "stderr"] {
        let f = vm.sys_attr(name);
        if let Some(Payload::File(fd)) = f.payload() {
            if let Ok(mut fd) = fd.try_borrow_mut() {
                flush_data(&mut fd);
            }
        } else if let Ok(Some(flush)) = vm.getattr_opt(&f, "flush") {
            let _ = vm.call(&flush, &[]);
        }
    }
}

fn builtin_print(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.keywords() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = match v.as_str() {
                        Some(s) => s.to_string(),
                        None => {
                            let tn = vm.type_name(v);
                            return Err(
                                vm.type_error(format!("sep must be None or a string, not {tn}"))
                            );
                        }
                    }
                }
            }
            "end" => {
                if !v.is_none() {
                    end = match v.as_str() {
                        Some(s) => s.to_string(),
                        None => {
                            let tn = vm.type_name(v);
                            return Err(
                                vm.type_error(format!("end must be None or a string, not {tn}"))
                            );
                        }
                    }
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    let file = if file.is_none() {
        vm.sys_attr("stdout")
    } else {
        file
    };
    if !matches!(file.payload(), Some(Payload::File(_))) {
        // Any object with write(): one call per piece, as CPython does.
        let write = vm.getattr_str(&file, "write")?;
        for (i, a) in args.positional().iter().enumerate() {
            if i > 0 {
                vm.call(&write, &[Value::str(sep.clone())])?;
            }
            let s = vm.str(a)?;
            vm.call(&write, &[s])?;
        }
        vm.call(&write, &[Value::str(end)])?;
        if flush {
            if let Some(fl) = vm.getattr_opt(&file, "flush")? {
                vm.call(&fl, &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.positional().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.as_str() {
            Some(s) if a.as_obj().map(|o| o.class.is_none()).unwrap_or(false) => out.push_str(s),
            _ => out.push_str(&vm.str_string(a)?),
        }
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    if flush {
        if let Some(Payload::File(f)) = file.payload() {
            flush_data(&mut f.borrow_mut());
        } else if let Some(fl) = vm.getattr_opt(&file, "flush")? {
            vm.call(&fl, &[])?;
        }
    }
    Ok(Value::None)
}

fn builtin_input(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::args::range(vm, "input", &args, 0, 1)?;
    let prompt = a.first().cloned();
    vm.audit("builtins.input", &[prompt.clone().unwrap_or(Value::None)])?;
    if let Some(p) = &prompt {
        let s = vm.str_string(p)?;
        write_stdout_text(vm, &s)?;
    }
    flush_std(vm);
    let stdin = vm.sys_attr("stdin");
    let line = match stdin.payload() {
        Some(Payload::File(f)) => read_line(vm, f)?,
        _ => {
            let rl = vm.getattr_str(&stdin, "readline")?;
            let r = vm.call(&rl, &[])?;
            r.as_str().unwrap_or("").to_string()
        }
    };
    // A Ctrl-C while waiting for the line: CPython's input() raises it.
    vm.check_interrupt()?;
    if line.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    let result = Value::str(line.strip_suffix('\n').unwrap_or(&line));
    vm.audit("builtins.input/result", std::slice::from_ref(&result))?;
    Ok(result)
}

fn fill(fd: &mut FileData) -> bool {
    let mut buf = [0u8; 8192];
    let n = match fd.std {
        1 => std::io::stdin().read(&mut buf).unwrap_or(0),
        _ => match fd.file.as_mut() {
            Some(f) => f.read(&mut buf).unwrap_or(0),
            None => 0,
        },
    };
    if fd.translate {
        // Universal newlines: `\r\n` and `\r` are read as `\n`.
        for &b in &buf[..n] {
            match b {
                b'\n' if fd.pending_cr => fd.pending_cr = false,
                b'\r' => {
                    fd.read_buf.push(b'\n');
                    fd.pending_cr = true;
                }
                _ => {
                    fd.read_buf.push(b);
                    fd.pending_cr = false;
                }
            }
        }
    } else {
        fd.read_buf.extend_from_slice(&buf[..n]);
    }
    n > 0
}

fn read_line(vm: &mut Vm, f: &RefCell<FileData>) -> PyResult<String> {
    let mut fd = f.borrow_mut();
    if fd.closed {
        drop(fd);
        return Err(vm.value_error("I/O operation on closed file."));
    }
    loop {
        if let Some(p) = fd.read_buf.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = fd.read_buf.drain(..=p).collect();
            return Ok(String::from_utf8_lossy(&line).into_owned());
        }
        if !fill(&mut fd) {
            let line: Vec<u8> = fd.read_buf.drain(..).collect();
            return Ok(String::from_utf8_lossy(&line).into_owned());
        }
    }
}

/// The `open` audit event's mode and flags, as CPython's FileIO computes
/// them from `open()`'s mode: the raw mode (`x`, `r`, `w` or `a`, then `+`;
/// no `b`/`t`) and the `open(2)` flags on Linux, `O_CLOEXEC` included.
fn open_flags(mode: &str) -> (String, i64) {
    const O_WRONLY: i64 = 0o1;
    const O_RDWR: i64 = 0o2;
    const O_CREAT: i64 = 0o100;
    const O_EXCL: i64 = 0o200;
    const O_TRUNC: i64 = 0o1000;
    const O_APPEND: i64 = 0o2000;
    const O_CLOEXEC: i64 = 0o2000000;
    let plus = mode.contains('+');
    let (mut raw, mut flags) = if mode.contains('x') {
        ("x".to_string(), O_EXCL | O_CREAT | O_WRONLY)
    } else if mode.contains('w') {
        ("w".to_string(), O_CREAT | O_TRUNC | O_WRONLY)
    } else if mode.contains('a') {
        ("a".to_string(), O_APPEND | O_CREAT | O_WRONLY)
    } else {
        ("r".to_string(), 0)
    };
    if plus {
        raw.push('+');
        flags = (flags & !O_WRONLY) | O_RDWR;
    }
    (raw, flags | O_CLOEXEC)
}

fn builtin_open(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [file, mode, _buffering, encoding, _errors, newline] =
        ArgParser::new("open").required(1).parse(
            vm,
            args,
            ["file", "mode", "buffering", "encoding", "errors", "newline"],
        )?;
    let translate = match &newline {
        None => true,
        Some(v) if v.is_none() => true,
        Some(v) => match v.as_str() {
            Some("" | "\n" | "\r" | "\r\n") => false,
            Some(other) => {
                return Err(vm.value_error(format!("illegal newline value: {other}")));
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "open() argument 'newline' must be str or None, not {tn}"
                )));
            }
        },
    };
    let encoding = encoding
        .and_then(|e| e.as_str().map(|s| s.to_lowercase()))
        .unwrap_or_else(|| "utf-8".into());
    let file = file.unwrap_or(Value::None);
    let Some(path) = file.as_str().map(|s| s.to_string()) else {
        let tn = vm.type_name(&file);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {tn}"
        )));
    };
    let mode = mode
        .as_ref()
        .and_then(|m| m.as_str())
        .unwrap_or("r")
        .to_string();
    if vm.audit_active() {
        let (raw_mode, flags) = open_flags(&mode);
        vm.audit(
            "open",
            &[file.clone(), Value::str(raw_mode), Value::Int(flags)],
        )?;
    }
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable) = match mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r') {
        'r' => {
            opts.read(true);
            if plus {
                opts.write(true);
            }
            (true, plus)
        }
        'w' => {
            opts.write(true).create(true).truncate(true);
            if plus {
                opts.read(true);
            }
            (plus, true)
        }
        'a' => {
            opts.append(true).create(true);
            (plus, true)
        }
        _ => {
            opts.write(true).create_new(true);
            (plus, true)
        }
    };
    let f = opts.open(&path).map_err(|e| os_error(vm, &e, &path))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(crate::modules::posix::errno_error(
            vm,
            21,
            Some(&path),
            None,
        ));
    }
    if writable {
        OPEN_WRITERS.with(|n| n.set(n.get() + 1));
    }
    Ok(Value::Obj(PyObject::bare(Payload::File(Box::new(
        RefCell::new(FileData {
            file: Some(f),
            name: path,
            mode,
            binary,
            readable,
            writable,
            read_buf: Vec::new(),
            write_buf: Vec::new(),
            std: 0,
            closed: false,
            encoding,
            translate: translate && !binary,
            pending_cr: false,
        }),
    )))))
}

/// An OSError subclass for an io error, CPython-style message.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::PyErr {
    let (kind, errno, msg) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", 17, "File exists"),
        _ => match e.raw_os_error() {
            Some(21) => ("IsADirectoryError", 21, "Is a directory"),
            Some(20) => ("NotADirectoryError", 20, "Not a directory"),
            _ => (
                "OSError",
                e.raw_os_error().unwrap_or(5) as i64,
                "Input/output error",
            ),
        },
    };
    let ty = vm.exc[kind].clone();
    let args = vm.new_tuple(vec![Value::Int(errno), Value::str(msg)]);
    let exc = crate::exc::new_exception(ty, args);
    // str(OSError) shows "[Errno 2] No such file or directory: 'x'".
    crate::exc::set_exc_attr(&Value::Obj(exc.clone()), "filename", Value::str(path));
    crate::PyErr::new(exc)
}

fn file_data(v: &Value) -> Option<&RefCell<FileData>> {
    match v.payload() {
        Some(Payload::File(f)) => Some(f),
        _ => None,
    }
}

fn file_write(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "write", &args, 1)?[0].clone();
    let Some(f) = file_data(slf) else {
        return Ok(Value::None);
    };
    let binary = f.borrow().binary;
    let (data, n) = if binary {
        let b = super::buffer_arg(vm, &x)?;
        let n = b.len();
        (b, n)
    } else {
        match x.as_str() {
            Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
            None => {
                let tn = vm.type_name(&x);
                return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
            }
        }
    };
    write_file(vm, f, &data)?;
    Ok(Value::Int(n as i64))
}

fn file_writelines(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "writelines", &args, 1)?[0].clone();
    for line in vm.collect(&x)? {
        file_write(vm, slf, Args::new(&[line]))?;
    }
    Ok(Value::None)
}

fn file_read(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::args::range(vm, "read", &args, 0, 1)?;
    let limit = match a.first() {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let Some(f) = file_data(slf) else {
        return Ok(Value::None);
    };
    let mut fd = f.borrow_mut();
    if fd.closed {
        drop(fd);
        return Err(vm.value_error("I/O operation on closed file."));
    }
    if !fd.readable {
        drop(fd);
        return Err(vm.new_error("UnsupportedOperation", "not readable"));
    }
    flush_data(&mut fd);
    match limit {
        None => while fill(&mut fd) {},
        Some(n) => while fd.read_buf.len() < n.saturating_mul(4) && fill(&mut fd) {},
    }
    let binary = fd.binary;
    if !binary
        && matches!(
            fd.encoding.as_str(),
            "latin-1" | "latin1" | "iso-8859-1" | "ascii"
        )
    {
        // Single-byte encodings: one character per byte.
        let n = limit.unwrap_or(fd.read_buf.len()).min(fd.read_buf.len());
        let bytes: Vec<u8> = fd.read_buf.drain(..n).collect();
        drop(fd);
        return Ok(Value::str(
            bytes.iter().map(|&b| b as char).collect::<String>(),
        ));
    }
    let data: Vec<u8> = if binary {
        let n = limit.unwrap_or(fd.read_buf.len()).min(fd.read_buf.len());
        fd.read_buf.drain(..n).collect()
    } else {
        let text = String::from_utf8_lossy(&fd.read_buf).into_owned();
        let n = limit.unwrap_or(usize::MAX);
        let taken: String = text.chars().take(n).collect();
        let len = taken.len();
        let n = len.min(fd.read_buf.len());
        fd.read_buf.drain(..n);
        taken.into_bytes()
    };
    drop(fd);
    if binary {
        Ok(Value::Obj(PyObject::bare(Payload::Bytes(
            data.into_boxed_slice(),
        ))))
    } else {
        Ok(Value::str(String::from_utf8_lossy(&data).into_owned()))
    }
}

fn file_readline(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let Some(f) = file_data(slf) else {
        return Ok(Value::None);
    };
    let line = read_line(vm, f)?;
    if f.borrow().binary {
        return Ok(Value::Obj(PyObject::bare(Payload::Bytes(
            line.into_bytes().into_boxed_slice(),
        ))));
    }
    Ok(Value::str(line))
}

fn file_readlines(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    loop {
        let l = file_readline(vm, slf, Args::new(&[]))?;
        if vm.len(&l)? == 0 {
            break;
        }
        out.push(l);
    }
    Ok(vm.new_list(out))
}

fn file_next(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let l = file_readline(vm, slf, Args::new(&[]))?;
    if vm.len(&l)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn file_flush(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    if let Some(f) = file_data(slf) {
        flush_data(&mut f.borrow_mut());
    }
    Ok(Value::None)
}

fn file_close(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    if let Some(f) = file_data(slf) {
        let mut fd = f.borrow_mut();
        flush_data(&mut fd);
        // `sys.stdin` closes like a file (reads then fail); `sys.stdout`
        // and `sys.stderr` stay open for the interpreter's own output.
        if fd.std <= 1 {
            if fd.std == 0 && fd.writable && !fd.closed {
                OPEN_WRITERS.with(|n| n.set(n.get().saturating_sub(1)));
            }
            fd.file = None;
            fd.closed = true;
        }
    }
    Ok(Value::None)
}

fn file_enter(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(slf.clone())
}

fn file_exit(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    file_close(vm, slf, Args::new(&[]))?;
    Ok(Value::Bool(false))
}

fn file_fileno(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let Some(f) = file_data(slf) else {
        return Ok(Value::Int(-1));
    };
    let fd = f.borrow();
    let n = match fd.std {
        1 => 0,
        2 => 1,
        3 => 2,
        _ => match &fd.file {
            Some(file) => file.as_raw_fd() as i64,
            None => {
                drop(fd);
                return Err(vm.value_error("I/O operation on closed file"));
            }
        },
    };
    Ok(Value::Int(n))
}

/// Move the file back over what was read ahead and not yet handed out.
fn drop_read_ahead(fd: &mut FileData) {
    use std::io::Seek;
    let ahead = fd.read_buf.len() as i64;
    fd.read_buf.clear();
    fd.pending_cr = false;
    if let Some(file) = fd.file.as_mut() {
        let _ = file.seek(std::io::SeekFrom::Current(-ahead));
    }
}

/// The file of a seekable file object, its buffers written out and read
/// ahead undone: the OS position is the object's.
fn positioned<'a>(vm: &mut Vm, fd: &'a mut FileData) -> PyResult<&'a mut std::fs::File> {
    if fd.closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    flush_data(fd);
    drop_read_ahead(fd);
    match fd.file.as_mut() {
        Some(f) if fd.std == 0 => Ok(f),
        _ => Err(vm.new_error("UnsupportedOperation", "underlying stream is not seekable")),
    }
}

/// `f.seek(offset, whence=0)`: the new position. A text file allows
/// only `seek(0, 1)` and `seek(0, 2)` relative seeks, as CPython's.
fn file_seek(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    use std::io::{Seek, SeekFrom};
    let a = super::args::range(vm, "seek", &args, 1, 2)?;
    let offset = vm.index(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index(w)?,
        None => 0,
    };
    let Some(f) = file_data(slf) else {
        return Ok(Value::None);
    };
    let mut fd = f.borrow_mut();
    let text = !fd.binary;
    let target = match whence {
        0 if offset < 0 => {
            drop(fd);
            return Err(vm.value_error(format!("negative seek position {offset}")));
        }
        0 => SeekFrom::Start(offset as u64),
        1 | 2 if text && offset != 0 => {
            drop(fd);
            let what = if whence == 1 { "cur" } else { "end" };
            return Err(vm.new_error(
                "UnsupportedOperation",
                format!("can't do nonzero {what}-relative seeks"),
            ));
        }
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            drop(fd);
            return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
        }
    };
    let name = fd.name.clone();
    let file = positioned(vm, &mut fd)?;
    match file.seek(target) {
        Ok(pos) => Ok(Value::Int(pos as i64)),
        Err(e) => {
            drop(fd);
            Err(os_error(vm, &e, &name))
        }
    }
}

/// `f.tell()`: the position, in bytes from the start.
fn file_tell(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    use std::io::Seek;
    exact(vm, "tell", &args, 0)?;
    let Some(f) = file_data(slf) else {
        return Ok(Value::None);
    };
    let mut fd = f.borrow_mut();
    let name = fd.name.clone();
    let file = positioned(vm, &mut fd)?;
    match file.stream_position() {
        Ok(pos) => Ok(Value::Int(pos as i64)),
        Err(e) => {
            drop(fd);
            Err(os_error(vm, &e, &name))
        }
    }
}

/// `f.truncate(size=None)`: cut (or extend) the file to `size` bytes, the
/// position by default; the position does not move.
fn file_truncate(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    use std::io::Seek;
    let a = super::args::range(vm, "truncate", &args, 0, 1)?;
    let size = match a.first() {
        Some(v) if !v.is_none() => Some(vm.index(v)?),
        _ => None,
    };
    let Some(f) = file_data(slf) else {
        return Ok(Value::None);
    };
    let mut fd = f.borrow_mut();
    if !fd.writable {
        drop(fd);
        return Err(vm.new_error("UnsupportedOperation", "truncate"));
    }
    let name = fd.name.clone();
    let file = positioned(vm, &mut fd)?;
    let size = match size {
        Some(s) if s < 0 => {
            drop(fd);
            return Err(crate::modules::posix::errno_error(vm, 22, None, None));
        }
        Some(s) => s as u64,
        None => file.stream_position().unwrap_or(0),
    };
    match file.set_len(size) {
        Ok(()) => Ok(Value::Int(size as i64)),
        Err(e) => {
            drop(fd);
            Err(os_error(vm, &e, &name))
        }
    }
}

fn file_isatty(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn file_readable(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        file_data(slf).map(|f| f.borrow().readable).unwrap_or(false),
    ))
}

fn file_writable(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        file_data(slf).map(|f| f.borrow().writable).unwrap_or(false),
    ))
}

fn file_seekable(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        file_data(slf).map(|f| f.borrow().std == 0).unwrap_or(false),
    ))
}

/// `f.closed`, `f.name`, `f.mode`, `f.encoding` (getset attributes).
pub fn file_attr(f: &FileData, name: &str) -> Option<Value> {
    match name {
        "closed" => Some(Value::Bool(f.closed)),
        "name" => Some(match f.std {
            1 => Value::str("<stdin>"),
            2 => Value::str("<stdout>"),
            3 => Value::str("<stderr>"),
            _ => Value::str(f.name.clone()),
        }),
        // A binary file shows its raw FileIO's mode (CPython's
        // `mode_string`): `w+b` reads back as `rb+`.
        "mode" if f.binary && f.std == 0 => {
            let plus = if f.readable && f.writable { "+" } else { "" };
            Some(Value::str(if f.mode.contains('x') {
                format!("xb{plus}")
            } else if f.mode.contains('a') {
                format!("ab{plus}")
            } else if f.readable && f.writable {
                "rb+".to_string()
            } else if f.readable {
                "rb".to_string()
            } else {
                "wb".to_string()
            }))
        }
        "mode" => Some(Value::str(f.mode.clone())),
        "encoding" if !f.binary => Some(Value::str(f.encoding.clone())),
        "errors" if !f.binary => Some(Value::str("strict")),
        "line_buffering" => Some(Value::Bool(f.std == 2)),
        _ => None,
    }
}
