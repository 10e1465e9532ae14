//! `print`, `input`, `open` and the file objects (also sys.stdin/stdout/
//! stderr). CPython counterparts: `Python/bltinmodule.c` (print, input),
//! `Modules/_io/` (text and binary files), in a much smaller form.
//!
//! Output to stdout is buffered in the file object and flushed at exit,
//! on `flush()` and before reading input; with `-u` (or
//! `PYTHONUNBUFFERED`) it is written through at every write, as stderr
//! always is.

use super::args::{exact, ArgParser};
use super::bytes::{lookup_codec, Codec};
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

/// The binary counterparts of file methods, in the order given: on a
/// text file's `buffer` each runs the method on the text file read as
/// binary (its stream, its position and its buffers, so that text and
/// bytes written through either come out in the order written); on any
/// other binary file, the method itself.
macro_rules! through_text {
    ($($name:literal => $method:ident),* $(,)?) => {{
        vec![$(($name, {
            fn binary(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
                match text_of(slf) {
                    Some(text) => as_binary(vm, &text, args, $method),
                    None => $method(vm, slf, args),
                }
            }
            binary as crate::object::NativeFn
        })),*]
    }};
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
    // The binary type's methods serve both binary files and the `buffer`
    // of a text file (`through_text`).
    let methods = [
        ("write", file_write as crate::object::NativeFn),
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
    ];
    typeobj::add_methods(vm, &vm.types.text_io.clone(), &methods);
    let mut binary_methods = through_text! {
        "write" => file_write, "read" => file_read, "readline" => file_readline,
        "readlines" => file_readlines, "flush" => file_flush, "close" => file_close,
        "__exit__" => file_exit, "__next__" => file_next, "fileno" => file_fileno,
        "isatty" => file_isatty, "writelines" => file_writelines,
        "readable" => file_readable, "writable" => file_writable,
        "seekable" => file_seekable, "seek" => file_seek, "tell" => file_tell,
        "truncate" => file_truncate,
    };
    binary_methods.push(("__enter__", buffer_enter));
    binary_methods.push(("__iter__", buffer_enter));
    typeobj::add_methods(vm, &vm.types.buffered_io.clone(), &binary_methods);
}

/// The text file whose `buffer` `v` is.
fn text_of(v: &Value) -> Option<Value> {
    file_data(v).and_then(|f| f.borrow().text_of.clone())
}

/// Run `method` on text file `text` as if it were opened in binary mode.
fn as_binary(
    vm: &mut Vm,
    text: &Value,
    args: Args,
    method: crate::object::NativeFn,
) -> PyResult<Value> {
    let Some(f) = file_data(text) else {
        return Ok(Value::None);
    };
    let was = std::mem::replace(&mut f.borrow_mut().binary, true);
    let r = method(vm, text, args);
    f.borrow_mut().binary = was;
    r
}

/// `buffer.__enter__()` and `iter(buffer)`: the buffer itself, while its
/// text file is open.
fn buffer_enter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    match text_of(slf) {
        Some(text) => {
            file_enter(vm, &text, args)?;
            Ok(slf.clone())
        }
        None => file_enter(vm, slf, args),
    }
}

/// `text.buffer`: a binary file object over the text file's stream (a
/// new one at each read of the attribute).
fn buffer_of(text: &Value) -> Value {
    let mut data = match file_data(text) {
        Some(f) => {
            let f = f.borrow();
            let mut d = new_data(f.name.clone(), f.mode.clone(), f.std);
            d.fd_name = f.fd_name;
            d.readable = f.readable;
            d.writable = f.writable;
            d
        }
        None => new_data(String::new(), String::new(), 0),
    };
    data.binary = true;
    // Closed for its own sake (nothing of its own to flush when freed).
    data.closed = true;
    data.text_of = Some(text.clone());
    Value::Obj(PyObject::bare(Payload::File(Box::new(RefCell::new(data)))))
}

pub fn std_file(name: &str, std: u8) -> Value {
    let mode = if std == 0 || std == 1 { "r" } else { "w" };
    let mut data = new_data(name.to_string(), mode.to_string(), std);
    data.readable = std == 1;
    data.writable = std >= 2;
    Value::Obj(PyObject::bare(Payload::File(Box::new(RefCell::new(data)))))
}

/// The fields of a UTF-8 text file with no stream and nothing buffered.
fn new_data(name: String, mode: String, std: u8) -> FileData {
    FileData {
        file: None,
        name,
        mode,
        binary: false,
        readable: false,
        writable: false,
        read_buf: Vec::new(),
        write_buf: Vec::new(),
        std,
        closed: false,
        encoding: "utf-8".into(),
        decode_as: "utf-8".into(),
        encode_as: "utf-8".into(),
        errors: "strict".into(),
        newline: None,
        translate: false,
        pending_cr: false,
        raw_pending: Vec::new(),
        fd_name: None,
        text_of: None,
    }
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
        let binary = fd.binary;
        drop(fd);
        return Err(closed_error(vm, binary, "write to"));
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
        if let Some(f) = &self.file {
            crate::modules::posix_fd::forget(f);
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
        Some(Payload::File(f)) => read_line(vm, f, None)?,
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

/// The canonical name of a codec (the one `decode_as`/`encode_as` hold).
fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Utf8Sig => "utf-8-sig",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Cp1252 => "cp1252",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(false)) => "utf-16-le",
        Codec::Utf16(Some(true)) => "utf-16-be",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(false)) => "utf-32-le",
        Codec::Utf32(Some(true)) => "utf-32-be",
    }
}

/// How many of `raw`'s bytes are whole characters of `codec` (the rest
/// is the start of one whose other bytes have not been read).
fn complete_prefix(codec: Codec, raw: &[u8]) -> usize {
    let n = raw.len();
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            // The last lead byte among the last three, and whether the
            // bytes after it complete its character.
            for back in 1..=n.min(3) {
                let b = raw[n - back];
                if b & 0xc0 == 0x80 {
                    continue;
                }
                let need = match b {
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xf7 => 4,
                    _ => 1,
                };
                return if back < need { n - back } else { n };
            }
            n
        }
        Codec::Utf16(order) => {
            let even = n & !1;
            let big = order.unwrap_or(raw.starts_with(&[0xfe, 0xff]));
            if even >= 2 {
                let unit = if big {
                    u16::from_be_bytes([raw[even - 2], raw[even - 1]])
                } else {
                    u16::from_le_bytes([raw[even - 2], raw[even - 1]])
                };
                if (0xd800..0xdc00).contains(&unit) {
                    return even - 2;
                }
            }
            even
        }
        Codec::Utf32(_) => n & !3,
        _ => n,
    }
}

/// The number of bytes `text` took in the file, for the position of a
/// text file (newlines counted as read, after translation).
fn raw_len(codec: Option<Codec>, text: &[u8]) -> usize {
    let chars = || String::from_utf8_lossy(text).chars().collect::<Vec<char>>();
    match codec {
        Some(Codec::Ascii | Codec::Latin1 | Codec::Cp1252) => chars().len(),
        Some(Codec::Utf16(_)) => chars()
            .iter()
            .map(|&c| if c as u32 > 0xffff { 4 } else { 2 })
            .sum(),
        Some(Codec::Utf32(_)) => chars().len() * 4,
        _ => text.len(),
    }
}

/// Read the next chunk: a binary file's bytes go to `read_buf` as they
/// are; a text file's are decoded (whole characters only, the rest kept
/// for the next chunk) and go there as UTF-8, with universal newlines
/// translated. A decoding error is raised as the codec reports it. False
/// at the end of the file.
fn fill(vm: &mut Vm, fd: &mut FileData) -> PyResult<bool> {
    let mut buf = [0u8; 8192];
    let n = match fd.std {
        1 => std::io::stdin().read(&mut buf).unwrap_or(0),
        _ => match fd.file.as_mut() {
            Some(f) => f.read(&mut buf).unwrap_or(0),
            None => 0,
        },
    };
    decode_chunk(vm, fd, &buf[..n], n == 0)?;
    Ok(n > 0)
}

/// Read a text file to its end and decode the rest at once (as
/// CPython's `read()` does, so that a decoding error names positions
/// counted from where the reading started).
fn fill_to_end(vm: &mut Vm, fd: &mut FileData) -> PyResult<()> {
    if fd.binary || fd.std != 0 {
        while fill(vm, fd)? {}
        return Ok(());
    }
    let mut rest = Vec::new();
    if let Some(f) = fd.file.as_mut() {
        let _ = f.read_to_end(&mut rest);
    }
    if !rest.is_empty() {
        let mut all = std::mem::take(&mut fd.raw_pending);
        all.extend_from_slice(&rest);
        return decode_chunk(vm, fd, &all, true);
    }
    decode_chunk(vm, fd, &[], true)
}

/// Decode the bytes just read (see `fill`); `last` when no more follow,
/// so that an incomplete character at the end is an error.
fn decode_chunk(vm: &mut Vm, fd: &mut FileData, buf: &[u8], last: bool) -> PyResult<()> {
    if fd.binary {
        fd.read_buf.extend_from_slice(buf);
        return Ok(());
    }
    let codec = lookup_codec(&fd.decode_as).unwrap_or(Codec::Utf8);
    let fast = codec == Codec::Utf8 && fd.raw_pending.is_empty();
    let chunk: Vec<u8> = if fast {
        // The common case: UTF-8 read whole, decoded in place.
        let take = if last {
            buf.len()
        } else {
            complete_prefix(codec, buf)
        };
        fd.raw_pending.extend_from_slice(&buf[take..]);
        match std::str::from_utf8(&buf[..take]) {
            Ok(_) => buf[..take].to_vec(),
            Err(_) => super::bytes::decode_str(vm, &buf[..take], "utf-8", &fd.errors)?.into_bytes(),
        }
    } else {
        fd.raw_pending.extend_from_slice(buf);
        let take = if last {
            fd.raw_pending.len()
        } else {
            complete_prefix(codec, &fd.raw_pending)
        };
        if take == 0 {
            return Ok(());
        }
        let raw: Vec<u8> = fd.raw_pending.drain(..take).collect();
        let text = super::bytes::decode_str(vm, &raw, &fd.decode_as, &fd.errors)?;
        // A byte-order mark is read once, at the start.
        fd.decode_as = match codec {
            Codec::Utf8Sig => "utf-8",
            Codec::Utf16(None) if raw.starts_with(&[0xfe, 0xff]) => "utf-16-be",
            Codec::Utf16(None) => "utf-16-le",
            Codec::Utf32(None) if raw.starts_with(&[0, 0, 0xfe, 0xff]) => "utf-32-be",
            Codec::Utf32(None) => "utf-32-le",
            other => codec_name(other),
        }
        .to_string();
        text.into_bytes()
    };
    if fd.translate {
        // Universal newlines: `\r\n` and `\r` are read as `\n`.
        for &b in &chunk {
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
        fd.read_buf.extend_from_slice(&chunk);
    }
    Ok(())
}

/// Where the first line of a text file's buffer ends (after its
/// terminator), by `newline=`: `\n` (also after universal newlines),
/// `\r`, `\r\n`, or any of the three for `newline=''`. None when the
/// buffer holds no whole line yet (a `\r` at its end may be the start of
/// a `\r\n`).
fn line_end(fd: &FileData, at_eof: bool) -> Option<usize> {
    let buf = &fd.read_buf;
    match fd.newline.as_deref() {
        Some("") if !fd.translate => {
            let i = buf.iter().position(|&b| b == b'\n' || b == b'\r')?;
            if buf[i] == b'\n' {
                return Some(i + 1);
            }
            match buf.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if at_eof => Some(i + 1),
                None => None,
            }
        }
        Some("\r") if !fd.translate => buf.iter().position(|&b| b == b'\r').map(|i| i + 1),
        Some("\r\n") if !fd.translate => buf.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
        _ => buf.iter().position(|&b| b == b'\n').map(|i| i + 1),
    }
}

/// The first `limit` characters of a text file's buffer, as bytes.
fn char_prefix_len(buf: &[u8], limit: usize) -> usize {
    let text = String::from_utf8_lossy(buf);
    match text.char_indices().nth(limit) {
        Some((i, _)) => i.min(buf.len()),
        None => buf.len(),
    }
}

/// The next line of a file (its bytes; UTF-8 for a text file), at most
/// `limit` characters (bytes for a binary file).
fn read_line_bytes(vm: &mut Vm, f: &RefCell<FileData>, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let mut fd = f.borrow_mut();
    if fd.closed {
        let binary = fd.binary;
        drop(fd);
        return Err(closed_error(vm, binary, "readline of"));
    }
    flush_data(&mut fd);
    let mut at_eof = false;
    loop {
        let end = line_end(&fd, at_eof);
        let limit_at = limit.map(|n| {
            if fd.binary {
                n.min(fd.read_buf.len())
            } else {
                char_prefix_len(&fd.read_buf, n)
            }
        });
        let cut = match (end, limit_at) {
            (Some(e), Some(l)) => Some(e.min(l)),
            (Some(e), None) => Some(e),
            (None, Some(l)) if l < fd.read_buf.len() || limit == Some(0) => Some(l),
            (None, _) if at_eof => Some(fd.read_buf.len()),
            (None, _) => None,
        };
        if let Some(cut) = cut {
            return Ok(fd.read_buf.drain(..cut).collect());
        }
        at_eof = !fill(vm, &mut fd)?;
    }
}

/// The next line of a text file (`input()`, `readline()`).
fn read_line(vm: &mut Vm, f: &RefCell<FileData>, limit: Option<usize>) -> PyResult<String> {
    let line = read_line_bytes(vm, f, limit)?;
    Ok(match String::from_utf8(line) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
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

/// The path of `open()`'s file argument: a str, bytes (UTF-8), or an
/// object with `__fspath__` returning one of them.
fn open_path(vm: &mut Vm, file: &Value) -> PyResult<String> {
    let path_of = |v: &Value| -> Option<String> {
        match v.payload() {
            Some(Payload::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
            _ => v.as_str().map(str::to_string),
        }
    };
    if let Some(p) = path_of(file) {
        return Ok(p);
    }
    if !matches!(
        file,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
    ) {
        if let Some(r) = vm.call_dunder(file, "__fspath__", &[])? {
            if let Some(p) = path_of(&r) {
                return Ok(p);
            }
            let (tn, rn) = (vm.type_name(file), vm.type_name(&r));
            return Err(vm.type_error(format!(
                "expected {tn}.__fspath__() to return str or bytes, not {rn}"
            )));
        }
    }
    let tn = vm.type_name(file);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {tn}"
    )))
}

/// The file of `open(fd)`: the descriptor itself when the file object is
/// to close it (`closefd`), else a second descriptor for it. The
/// standard streams' descriptors are always duplicated.
fn descriptor_file(vm: &mut Vm, fd: i64, closefd: bool) -> PyResult<std::fs::File> {
    if fd < 0 {
        return Err(vm.value_error("negative file descriptor"));
    }
    if let Some(dup) = crate::modules::posix_fd::std_stream(fd) {
        return dup.map_err(|e| os_error(vm, &e, &fd.to_string()));
    }
    let f = if closefd {
        crate::modules::posix_fd::take(fd)
    } else {
        crate::modules::posix_fd::duplicate(fd)
    };
    f.ok_or_else(|| crate::modules::posix::errno_error(vm, 9, None, None))
}

/// `open()`'s checks of its mode (CPython's `_io.open`): each of
/// "axrwb+t" at most once, one of create/read/write/append, not both text
/// and binary, and no unbuffered text.
fn check_mode(vm: &mut Vm, mode: &str, buffering: &Option<Value>) -> PyResult<()> {
    let mut seen = std::collections::HashSet::new();
    if mode
        .chars()
        .any(|c| !"axrwb+t".contains(c) || !seen.insert(c))
    {
        let r = vm.str_repr(mode);
        return Err(vm.value_error(format!("invalid mode: {r}")));
    }
    let kinds = mode.chars().filter(|c| "xrwa".contains(*c)).count();
    if mode.contains('t') && mode.contains('b') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if !mode.contains('b') && matches!(buffering, Some(Value::Int(0))) {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    Ok(())
}

/// A str argument of `open()` (encoding, errors), or None.
fn open_str_arg(vm: &mut Vm, v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {tn}"
                )))
            }
        },
    }
}

fn builtin_open(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        ArgParser::new("open").required(1).parse(
            vm,
            args,
            [
                "file",
                "mode",
                "buffering",
                "encoding",
                "errors",
                "newline",
                "closefd",
                "opener",
            ],
        )?;
    let newline = match &newline {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match v.as_str() {
            Some(nl @ ("" | "\n" | "\r" | "\r\n")) => Some(nl.to_string()),
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
    let translate = newline.is_none();
    let encoding = open_str_arg(vm, &encoding, "encoding")?;
    let errors = open_str_arg(vm, &errors, "errors")?;
    let file = file.unwrap_or(Value::None);
    let closefd = match &closefd {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let fd_name = match &file {
        Value::Int(fd) => Some(*fd),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    if fd_name.is_none() && !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let path = match fd_name {
        Some(fd) => fd.to_string(),
        None => open_path(vm, &file)?,
    };
    let opener = opener.filter(|o| !o.is_none());
    let mode = match &mode {
        None => "r".to_string(),
        Some(m) => match m.as_str() {
            Some(m) => m.to_string(),
            None => {
                let tn = vm.type_name(m);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {tn}")));
            }
        },
    };
    check_mode(vm, &mode, &buffering)?;
    if vm.audit_active() {
        let (raw_mode, flags) = open_flags(&mode);
        vm.audit(
            "open",
            &[file.clone(), Value::str(raw_mode), Value::Int(flags)],
        )?;
    }
    let binary = mode.contains('b');
    if binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let encoding = encoding.unwrap_or_else(|| "UTF-8".to_string());
    let codec = if binary {
        Codec::Utf8
    } else {
        match lookup_codec(&encoding) {
            Some(c) => c,
            None => {
                return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}")))
            }
        }
    };
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
    let f = match (fd_name, &opener) {
        (Some(fd), _) => descriptor_file(vm, fd, closefd)?,
        (None, Some(opener)) => {
            // `opener(path, flags)` returns the descriptor to use.
            let (_, flags) = open_flags(&mode);
            let fd = vm.call(opener, &[Value::str(path.as_str()), Value::Int(flags)])?;
            let fd = vm.index(&fd)?;
            if fd < 0 {
                return Err(vm.value_error(format!("opener returned {fd}")));
            }
            descriptor_file(vm, fd, true)?
        }
        (None, None) => opts.open(&path).map_err(|e| os_error(vm, &e, &path))?,
    };
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
    crate::modules::posix_fd::alias(&f);
    // A byte-order mark is written at the start of the file only.
    let encode_codec = match codec {
        Codec::Utf8Sig | Codec::Utf16(None) | Codec::Utf32(None)
            if f.metadata().is_ok_and(|m| m.len() > 0) && mode.contains('a') =>
        {
            match codec {
                Codec::Utf8Sig => Codec::Utf8,
                Codec::Utf16(_) => Codec::Utf16(Some(false)),
                _ => Codec::Utf32(Some(false)),
            }
        }
        other => other,
    };
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
            decode_as: codec_name(codec).to_string(),
            encode_as: codec_name(encode_codec).to_string(),
            errors: errors.unwrap_or_else(|| "strict".to_string()),
            newline,
            translate: translate && !binary,
            pending_cr: false,
            raw_pending: Vec::new(),
            fd_name,
            text_of: None,
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

/// The ValueError of an operation on a closed file: CPython's buffered
/// binary files name the operation (`write to closed file`), text files
/// do not.
fn closed_error(vm: &mut Vm, binary: bool, what: &str) -> crate::PyErr {
    if binary {
        vm.value_error(format!("{what} closed file"))
    } else {
        vm.value_error("I/O operation on closed file.")
    }
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
            Some(s) => (encode_text(vm, f, s)?, s.chars().count()),
            None => {
                let tn = vm.type_name(&x);
                return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
            }
        }
    };
    write_file(vm, f, &data)?;
    Ok(Value::Int(n as i64))
}

/// Text written to a text file, as its bytes: `\n` turned into the
/// file's `newline=` (`\r` or `\r\n`; left alone otherwise) and
/// encoded with its codec and error handler (a byte-order mark only at
/// the first write).
fn encode_text(vm: &mut Vm, f: &RefCell<FileData>, s: &str) -> PyResult<Vec<u8>> {
    let (newline, codec, errors) = {
        let fd = f.borrow();
        (fd.newline.clone(), fd.encode_as.clone(), fd.errors.clone())
    };
    let s: std::borrow::Cow<str> = match newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => s.replace('\n', nl).into(),
        _ => s.into(),
    };
    if codec == "utf-8" {
        return Ok(s.as_bytes().to_vec());
    }
    let bytes = super::str_methods::encode(
        vm,
        &s,
        Some(&Value::str(codec.as_str())),
        Some(&Value::str(errors.as_str())),
    )?;
    let next = match codec.as_str() {
        "utf-8-sig" => "utf-8",
        "utf-16" => "utf-16-le",
        "utf-32" => "utf-32-le",
        _ => return Ok(bytes),
    };
    f.borrow_mut().encode_as = next.to_string();
    Ok(bytes)
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
        let binary = fd.binary;
        drop(fd);
        return Err(closed_error(vm, binary, "read of"));
    }
    if !fd.readable {
        drop(fd);
        return Err(vm.new_error("UnsupportedOperation", "not readable"));
    }
    flush_data(&mut fd);
    let binary = fd.binary;
    // Read until the buffer holds `limit` characters (bytes for a binary
    // file), or to the end.
    if limit.is_none() {
        fill_to_end(vm, &mut fd)?;
    }
    loop {
        let enough = match limit {
            None => true,
            Some(n) if binary => fd.read_buf.len() >= n,
            Some(n) => char_prefix_len(&fd.read_buf, n) < fd.read_buf.len() || n == 0,
        };
        if enough {
            break;
        }
        match fill(vm, &mut fd) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(e),
        }
    }
    let n = match limit {
        None => fd.read_buf.len(),
        Some(n) if binary => n.min(fd.read_buf.len()),
        Some(n) => char_prefix_len(&fd.read_buf, n),
    };
    let data: Vec<u8> = fd.read_buf.drain(..n).collect();
    drop(fd);
    if binary {
        Ok(Value::Obj(PyObject::bare(Payload::Bytes(
            data.into_boxed_slice(),
        ))))
    } else {
        Ok(Value::str(match String::from_utf8(data) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }))
    }
}

fn file_readline(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::args::range(vm, "readline", &args, 0, 1)?;
    let limit = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = vm.index(v)?;
            (n >= 0).then_some(n as usize)
        }
    };
    let Some(f) = file_data(slf) else {
        return Ok(Value::None);
    };
    if !f.borrow().readable && !f.borrow().closed {
        return Err(vm.new_error("UnsupportedOperation", "not readable"));
    }
    let line = read_line_bytes(vm, f, limit)?;
    if f.borrow().binary {
        return Ok(Value::Obj(PyObject::bare(Payload::Bytes(
            line.into_boxed_slice(),
        ))));
    }
    Ok(Value::str(match String::from_utf8(line) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }))
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
            if let Some(f) = fd.file.take() {
                crate::modules::posix_fd::forget(&f);
            }
            fd.closed = true;
        }
    }
    Ok(Value::None)
}

fn file_enter(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    if file_data(slf).is_some_and(|f| f.borrow().closed) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
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
    let codec = if fd.binary {
        None
    } else {
        lookup_codec(&fd.decode_as)
    };
    let ahead = (raw_len(codec, &fd.read_buf) + fd.raw_pending.len()) as i64;
    fd.read_buf.clear();
    fd.raw_pending.clear();
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

/// `f.closed`, `f.name`, `f.mode`, `f.encoding`, `f.buffer` (getset
/// attributes) of file object `obj`, whose data is `f`.
pub fn file_attr(obj: &Value, f: &FileData, name: &str) -> Option<Value> {
    if let Some(text) = &f.text_of {
        // A text file's `buffer`: what the text file is, as a binary file.
        let t = file_data(text)?.borrow();
        return match name {
            "closed" | "name" => file_attr(text, &t, name),
            "mode" => Some(Value::str(match t.std {
                0 => binary_mode(&t),
                1 => "rb".to_string(),
                _ => "wb".to_string(),
            })),
            _ => None,
        };
    }
    match name {
        "closed" => Some(Value::Bool(f.closed)),
        "name" => Some(match f.std {
            1 => Value::str("<stdin>"),
            2 => Value::str("<stdout>"),
            3 => Value::str("<stderr>"),
            _ => match f.fd_name {
                Some(fd) => Value::Int(fd),
                None => Value::str(f.name.clone()),
            },
        }),
        "mode" if f.binary && f.std == 0 => Some(Value::str(binary_mode(f))),
        "buffer" if !f.binary => Some(buffer_of(obj)),
        "mode" => Some(Value::str(f.mode.clone())),
        "encoding" if !f.binary => Some(Value::str(f.encoding.clone())),
        "errors" if !f.binary => Some(Value::str(f.errors.clone())),
        "errors" if !f.binary => Some(Value::str("strict")),
        "line_buffering" => Some(Value::Bool(f.std == 2)),
        _ => None,
    }
}

/// The mode of a binary file as its raw FileIO shows it (CPython's
/// `mode_string`): `w+b` reads back as `rb+`.
fn binary_mode(f: &FileData) -> String {
    let plus = if f.readable && f.writable { "+" } else { "" };
    if f.mode.contains('x') {
        format!("xb{plus}")
    } else if f.mode.contains('a') {
        format!("ab{plus}")
    } else if f.readable && f.writable {
        "rb+".to_string()
    } else if f.readable {
        "rb".to_string()
    } else {
        "wb".to_string()
    }
}
