//! `bytes` and `bytearray`: constructors, conversions, decoding, the
//! sequence dunders and the mutators of bytearray. The methods the two types
//! share are in `bytes_methods.rs`.
//!
//! CPython counterparts: `Objects/bytesobject.c`, `Objects/bytearrayobject.c`,
//! the UTF-8/16/32 decoders of `Objects/unicodeobject.c`.

use super::args::{exact, ArgParser};
use super::set_methods::{richcmp_slots, slot_args, wrapper_error};
use crate::object::{Args, Payload, PyObject, PyRef};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_traits::{Signed, ToPrimitive};
use pyprobe_bytecode::CmpOp;
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    for (t, f) in [
        (vm.types.bytes.clone(), bytes_new as crate::object::NativeFn),
        (vm.types.bytearray.clone(), bytearray_new),
    ] {
        let new = vm.new_native("__new__", "builtins", f);
        typeobj::set_type_attr(
            vm,
            &t,
            "__new__",
            Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
        );
        typeobj::add_methods(
            vm,
            &t,
            &[
                ("__getitem__", seq_getitem),
                ("__len__", seq_len),
                ("__iter__", seq_iter),
                ("__contains__", seq_contains),
                ("__add__", seq_add),
                ("__mul__", seq_mul),
                ("__rmul__", seq_mul),
                ("__mod__", seq_mod),
                ("__rmod__", seq_rmod),
            ],
        );
    }
    let b = vm.types.bytes.clone();
    typeobj::add_methods(
        vm,
        &b,
        &[
            ("__bytes__", bytes_bytes),
            ("__getnewargs__", bytes_getnewargs),
            ("__hash__", bytes_hash),
            ("__eq__", bytes_eq),
            ("__ne__", bytes_ne),
            ("__lt__", bytes_lt),
            ("__le__", bytes_le),
            ("__gt__", bytes_gt),
            ("__ge__", bytes_ge),
        ],
    );
    let ba = vm.types.bytearray.clone();
    typeobj::add_methods(
        vm,
        &ba,
        &[
            ("__setitem__", ba_setitem),
            ("__delitem__", ba_delitem),
            ("__alloc__", ba_alloc),
            ("__iadd__", ba_iadd),
            ("__imul__", ba_imul),
            ("append", ba_append),
            ("extend", ba_extend),
            ("insert", ba_insert),
            ("pop", ba_pop),
            ("remove", ba_remove),
            ("reverse", ba_reverse),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("__reduce__", ba_reduce),
            ("__reduce_ex__", ba_reduce_ex),
            ("__eq__", ba_eq),
            ("__ne__", ba_ne),
            ("__lt__", ba_lt),
            ("__le__", ba_le),
            ("__gt__", ba_gt),
            ("__ge__", ba_ge),
        ],
    );
    super::bytes_methods::init(vm);
}

// ----- helpers ---------------------------------------------------------------------------------

/// The comparisons of `bytes` (with bytes only, CPython's
/// `bytes_richcompare`) and of `bytearray` (with any bytes-like object,
/// `bytearray_richcompare`): lexicographic on the bytes.
fn richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp, array: bool) -> PyResult<Value> {
    let mine = match (slf.payload(), array) {
        (Some(Payload::Bytes(b)), false) => b.to_vec(),
        (Some(Payload::ByteArray(b)), true) => b.borrow().clone(),
        _ => {
            let owner = if array { "bytearray" } else { "bytes" };
            return Err(wrapper_error(vm, op.dunder(), owner, slf));
        }
    };
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    let theirs = match other.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ if array => match buffer(&other) {
            Some(b) => b,
            None => return Ok(vm.not_implemented.clone()),
        },
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::Bool(crate::ops::cmp_ord(mine.cmp(&theirs), op)))
}

/// CPython's `_common_reduce` of bytearray: `(type(self), args, state)`
/// where args are `()` when empty, the latin-1 text and its encoding
/// below protocol 3, the bytes from 3 on.
fn ba_common_reduce(vm: &mut Vm, slf: &Value, protocol: i64) -> PyResult<Value> {
    let state = super::reduce::getstate(vm, slf, false)?;
    let data = match slf.payload() {
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => Vec::new(),
    };
    let args = if data.is_empty() {
        vm.empty_tuple.clone()
    } else if protocol < 3 {
        let text: String = data.iter().map(|&b| b as char).collect();
        vm.new_pair(Value::str(text), Value::str("latin-1"))
    } else {
        let b = new_bytes(data);
        vm.new_tuple(vec![b])
    };
    let cls = Value::Obj(vm.class_of(slf).clone());
    Ok(vm.new_tuple(vec![cls, args, state]))
}

/// `bytearray.__reduce__()`: the protocol 2 reduction.
fn ba_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if !matches!(slf.payload(), Some(Payload::ByteArray(_))) {
        return Err(super::set_methods::descr_error(
            vm,
            "__reduce__",
            "bytearray",
            slf,
        ));
    }
    exact(vm, "bytearray.__reduce__", &args, 0)?;
    ba_common_reduce(vm, slf, 2)
}

/// `bytearray.__reduce_ex__(proto=0)`.
fn ba_reduce_ex(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if !matches!(slf.payload(), Some(Payload::ByteArray(_))) {
        return Err(super::set_methods::descr_error(
            vm,
            "__reduce_ex__",
            "bytearray",
            slf,
        ));
    }
    let a = super::args::range(vm, "__reduce_ex__", &args, 0, 1)?;
    let protocol = match a.first() {
        Some(p) => vm.index(p)?,
        None => 0,
    };
    ba_common_reduce(vm, slf, protocol)
}

fn bytes_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    richcompare(vm, slf, args, op, false)
}

fn ba_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    richcompare(vm, slf, args, op, true)
}

richcmp_slots!(bytes_richcompare: bytes_eq => Eq, bytes_ne => Ne, bytes_lt => Lt, bytes_le => Le, bytes_gt => Gt, bytes_ge => Ge);
richcmp_slots!(ba_richcompare: ba_eq => Eq, ba_ne => Ne, ba_lt => Lt, ba_le => Le, ba_gt => Gt, ba_ge => Ge);

/// A new `bytes` value.
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Obj(PyObject::bare(Payload::Bytes(data.into_boxed_slice())))
}

/// A new `bytearray` value.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(PyObject::bare(Payload::ByteArray(RefCell::new(data))))
}

/// The contents of a bytes object or bytearray (or an instance of a
/// subclass): what methods read of their receiver.
pub fn own_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// The contents of a bytes-like object: bytes, bytearray, their
/// subclasses and contiguous memoryviews that are not released (what
/// CPython's simple buffer request gets; the caller's own error
/// otherwise).
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    own_bytes(v).or_else(|| super::memoryview::simple_bytes(v).flatten())
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'"
/// (a released or non-contiguous memoryview: the buffer request's error).
pub fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = own_bytes(v) {
        return Ok(b);
    }
    if let Some(r) = super::memoryview::simple_bytes_arg(vm, v) {
        return r;
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// The contents of any buffer: bytes, bytearray or a memoryview of any
/// layout (its items in order; ValueError when released). None for other
/// objects.
fn any_buffer(vm: &mut Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    match own_bytes(v) {
        Some(b) => Some(Ok(b)),
        None => super::memoryview::full_bytes(vm, v),
    }
}

/// A result of the same kind as `slf`: bytearray methods give bytearrays.
pub fn like(slf: &Value, data: Vec<u8>) -> Value {
    match slf.payload() {
        Some(Payload::ByteArray(_)) => new_bytearray(data),
        _ => new_bytes(data),
    }
}

/// A byte value (`0..=255`) from an object with `__index__`.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let b = super::numbers::index_big(vm, v)?;
    match b.to_u8() {
        Some(x) => Ok(x),
        None => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// The bytes of the items of an iterable of ints (`msg` names the range error).
fn from_iterable(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<u8>> {
    let it = vm.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let b = super::numbers::index_big(vm, &x)?;
        match b.to_u8() {
            Some(byte) => out.push(byte),
            None => return Err(vm.value_error(msg.to_string())),
        }
    }
    Ok(out)
}

/// The bytes assigned to a bytearray slice (CPython's `bytearray_ass_subscript`):
/// bytes-like objects or iterables of ints in range(0, 256).
pub fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = any_buffer(vm, v) {
        return b;
    }
    if v.as_str().is_some() || crate::arith::as_num(v).is_some() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    from_iterable(vm, v, "byte must be in range(0, 256)")
}

/// `PyBytes_FromObject`: bytes-like objects and iterables of ints.
pub fn bytes_from_object(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = any_buffer(vm, v) {
        return b;
    }
    if v.as_str().is_some() || !vm.has_iter(v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
    }
    from_iterable(vm, v, "bytes must be in range(0, 256)")
}

/// An encoding/errors argument: a str, or "bytes() argument 'encoding' must be str, not int".
fn str_arg(vm: &mut Vm, fname: &str, what: &str, v: &Option<Value>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("{fname}() argument '{what}' must be str, not {tn}")))
            }
        },
    }
}

/// The count of `bytes(n)`/`bytearray(n)` when `v` is an int-like object.
fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    let is_index =
        v.to_bigint().is_some() || typeobj::lookup_str(vm.class_of(v), "__index__").is_some();
    if !is_index {
        return Ok(None);
    }
    let n = super::numbers::index_big(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("negative count"));
    }
    match n.to_usize() {
        Some(n) if n <= isize::MAX as usize => {
            if n > 1 << 34 {
                return Err(vm.memory_error());
            }
            Ok(Some(n))
        }
        _ => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn bytes_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "bytes", &args)?;
    let cls = args.args.first().and_then(|c| c.as_obj().cloned());
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    for (k, _) in rest.keywords() {
        if !matches!(k, "source" | "encoding" | "errors") {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for bytes()")));
        }
    }
    let [source, encoding, errors] =
        ArgParser::new("bytes").parse(vm, rest, ["source", "encoding", "errors"])?;
    let enc = str_arg(vm, "bytes", "encoding", &encoding)?;
    let err = str_arg(vm, "bytes", "errors", &errors)?;
    let data = match source {
        None => {
            if enc.is_some() {
                return Err(vm.type_error("encoding without a string argument"));
            }
            if err.is_some() {
                return Err(vm.type_error("errors without a string argument"));
            }
            Vec::new()
        }
        Some(x) => {
            if let (Some(s), Some(_)) = (x.as_str(), &encoding) {
                let s = s.to_string();
                super::str_methods::encode(vm, &s, encoding.as_ref(), errors.as_ref())?
            } else if enc.is_some() {
                return Err(vm.type_error("encoding without a string argument"));
            } else if err.is_some() {
                let msg = if x.as_str().is_some() {
                    "string argument without an encoding"
                } else {
                    "errors without a string argument"
                };
                return Err(vm.type_error(msg));
            } else if x.as_str().is_none()
                && typeobj::lookup_str(vm.class_of(&x), "__bytes__").is_some()
                && !matches!(x.payload(), Some(Payload::Bytes(_)))
            {
                let r = vm.call_dunder(&x, "__bytes__", &[])?.unwrap_or(Value::None);
                match r.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    _ => {
                        let tn = vm.type_name(&r);
                        return Err(
                            vm.type_error(format!("__bytes__ returned non-bytes (type {tn})"))
                        );
                    }
                }
            } else if x.as_str().is_some() {
                return Err(vm.type_error("string argument without an encoding"));
            } else if let Some(n) = count_arg(vm, &x)? {
                vec![0; n]
            } else {
                bytes_from_object(vm, &x)?
            }
        }
    };
    match cls {
        Some(c) if !c.is(&vm.types.bytes) => Ok(subclass_instance(
            vm,
            c,
            Payload::Bytes(data.into_boxed_slice()),
        )),
        _ => Ok(new_bytes(data)),
    }
}

fn subclass_instance(vm: &Vm, cls: PyRef, payload: Payload) -> Value {
    Value::Obj(PyObject::with_class(cls, payload, Some(vm.new_dict())))
}

fn bytearray_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "bytearray", &args)?;
    let cls = args.args.first().and_then(|c| c.as_obj().cloned());
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [source, encoding, errors] =
        ArgParser::new("bytearray").parse(vm, rest, ["source", "encoding", "errors"])?;
    let enc = str_arg(vm, "bytearray", "encoding", &encoding)?;
    let err = str_arg(vm, "bytearray", "errors", &errors)?;
    let data = match source {
        None => {
            if enc.is_some() || err.is_some() {
                let what = if enc.is_some() { "encoding" } else { "errors" };
                return Err(vm.type_error(format!("{what} without a string argument")));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(s) = x.as_str() {
                if encoding.is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                let s = s.to_string();
                super::str_methods::encode(vm, &s, encoding.as_ref(), errors.as_ref())?
            } else if enc.is_some() || err.is_some() {
                let what = if enc.is_some() { "encoding" } else { "errors" };
                return Err(vm.type_error(format!("{what} without a string argument")));
            } else if let Some(n) = count_arg(vm, &x)? {
                vec![0; n]
            } else if let Some(b) = any_buffer(vm, &x) {
                b?
            } else if !vm.has_iter(&x) {
                let tn = vm.type_name(&x);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytearray")));
            } else {
                from_iterable(vm, &x, "byte must be in range(0, 256)")?
            }
        }
    };
    match cls {
        Some(c) if !c.is(&vm.types.bytearray) => Ok(subclass_instance(
            vm,
            c,
            Payload::ByteArray(RefCell::new(data)),
        )),
        _ => Ok(new_bytearray(data)),
    }
}

// ----- decoding ----------------------------------------------------------------------------------

/// A codec this runtime implements, by CPython's normalized name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

/// `codecs.lookup` for the supported codecs (`Some(true)` is big-endian).
pub fn lookup_codec(name: &str) -> Option<Codec> {
    let n: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32(Some(true)),
        _ => return None,
    })
}

/// cp1252's 0x80..=0x9f (0 marks an undefined byte).
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// cp1252's byte for a character, None for one it cannot encode.
pub fn cp1252_byte(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xa0..0x100).contains(&n) {
        return Some(n as u8);
    }
    let i = CP1252_HIGH.iter().position(|&u| u != 0 && u as u32 == n)?;
    Some(0x80 + i as u8)
}

/// A decoding error: the bad byte range and CPython's reason.
struct DecodeError {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// Runs a decoder step by step, applying the error handler to each bad range.
/// `offset` is added to reported positions (the length of a skipped BOM).
fn decode_with(
    vm: &mut Vm,
    codec_name: &str,
    b: &[u8],
    offset: usize,
    errors: &str,
    step: impl Fn(&[u8], usize) -> Result<(Option<char>, usize), DecodeError>,
) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match step(b, i) {
            Ok((c, n)) => {
                out.extend(c);
                i += n;
            }
            Err(e) => {
                match errors {
                    "strict" => {
                        let object = Value::Obj(PyObject::bare(Payload::Bytes(b.into())));
                        return Err(crate::exc::unicode_error(
                            vm,
                            "UnicodeDecodeError",
                            codec_name,
                            object,
                            (e.start + offset, e.end + offset),
                            e.reason,
                        ));
                    }
                    "ignore" => {}
                    "replace" | "surrogateescape" | "surrogatepass" => out.push('\u{fffd}'),
                    "backslashreplace" => {
                        for x in &b[e.start..e.end] {
                            out.push_str(&format!("\\x{x:02x}"));
                        }
                    }
                    other => {
                        return Err(vm.new_error(
                            "LookupError",
                            format!("unknown error handler name '{other}'"),
                        ))
                    }
                }
                i = e.end;
            }
        }
    }
    Ok(out)
}

fn utf8_step(b: &[u8], i: usize) -> Result<(Option<char>, usize), DecodeError> {
    let rest = &b[i..b.len().min(i + 4)];
    match std::str::from_utf8(rest) {
        Ok(s) => {
            let c = s.chars().next();
            Ok((c, c.map_or(1, char::len_utf8)))
        }
        Err(e) if e.valid_up_to() > 0 => {
            let s = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or("");
            let c = s.chars().next();
            Ok((c, c.map_or(1, char::len_utf8)))
        }
        Err(e) => {
            let first = b[i];
            let (n, reason) = match e.error_len() {
                _ if matches!(first, 0x80..=0xc1 | 0xf5..=0xff) => (1, "invalid start byte"),
                Some(n) => (n, "invalid continuation byte"),
                None => {
                    // Complete sequences are cut at 4 bytes: only a true end is "end of data".
                    let avail = b.len() - i;
                    let need = if first >= 0xf0 {
                        4
                    } else if first >= 0xe0 {
                        3
                    } else {
                        2
                    };
                    if avail >= need {
                        (1, "invalid continuation byte")
                    } else {
                        (avail, "unexpected end of data")
                    }
                }
            };
            Err(DecodeError {
                start: i,
                end: i + n,
                reason,
            })
        }
    }
}

fn utf16_step(big: bool) -> impl Fn(&[u8], usize) -> Result<(Option<char>, usize), DecodeError> {
    move |b: &[u8], i: usize| {
        let unit = |j: usize| -> Option<u32> {
            let p = b.get(j..j + 2)?;
            Some(if big {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            } as u32)
        };
        let Some(u) = unit(i) else {
            return Err(DecodeError {
                start: i,
                end: b.len(),
                reason: "truncated data",
            });
        };
        if !(0xd800..0xe000).contains(&u) {
            return Ok((char::from_u32(u), 2));
        }
        if u >= 0xdc00 {
            return Err(DecodeError {
                start: i,
                end: i + 2,
                reason: "illegal encoding",
            });
        }
        match unit(i + 2) {
            None if b.len() > i + 2 && b.len() < i + 4 => Err(DecodeError {
                start: i,
                end: b.len(),
                reason: "unexpected end of data",
            }),
            None => Err(DecodeError {
                start: i,
                end: i + 2,
                reason: "unexpected end of data",
            }),
            Some(l) if (0xdc00..0xe000).contains(&l) => Ok((
                char::from_u32(0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00)),
                4,
            )),
            Some(_) => Err(DecodeError {
                start: i,
                end: i + 2,
                reason: "illegal UTF-16 surrogate",
            }),
        }
    }
}

fn utf32_step(big: bool) -> impl Fn(&[u8], usize) -> Result<(Option<char>, usize), DecodeError> {
    move |b: &[u8], i: usize| {
        let Some(p) = b.get(i..i + 4) else {
            return Err(DecodeError {
                start: i,
                end: b.len(),
                reason: "truncated data",
            });
        };
        let a = [p[0], p[1], p[2], p[3]];
        let u = if big {
            u32::from_be_bytes(a)
        } else {
            u32::from_le_bytes(a)
        };
        match char::from_u32(u) {
            Some(c) => Ok((Some(c), 4)),
            None if u < 0x110000 => Err(DecodeError {
                start: i,
                end: i + 4,
                reason: "code point in surrogate code point range(0xd800, 0xe000)",
            }),
            None => Err(DecodeError {
                start: i,
                end: i + 4,
                reason: "code point not in range(0x110000)",
            }),
        }
    }
}

/// `bytes.decode(encoding, errors)` (also `str(b, encoding, errors)`).
pub fn decode(
    vm: &mut Vm,
    b: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<String> {
    let enc = encoding
        .and_then(|e| e.as_str())
        .unwrap_or("utf-8")
        .to_string();
    let errors = errors
        .and_then(|e| e.as_str())
        .unwrap_or("strict")
        .to_string();
    decode_str(vm, b, &enc, &errors)
}

/// A codec the runtime does not implement, through the library's
/// `codecs` registry (its Python codecs and any registered search
/// function): `codecs.lookup(name).encode(input, errors)[0]` (or
/// `decode`), refused for codecs that are not text encodings, as
/// `str.encode`/`bytes.decode` refuse them in CPython.
pub fn registry_codec(
    vm: &mut Vm,
    name: &str,
    input: Value,
    errors: &str,
    encode: bool,
) -> PyResult<Value> {
    let codecs = vm.import_module("codecs")?;
    let lookup = vm.getattr_str(&codecs, "lookup")?;
    let info = vm.call(&lookup, &[Value::str(name)])?;
    let is_text = vm.getattr_opt(&info, "_is_text_encoding")?;
    if let Some(flag) = is_text {
        if !vm.is_true(&flag)? {
            let how = if encode { "encode" } else { "decode" };
            return Err(vm.new_error(
                "LookupError",
                format!(
                    "'{name}' is not a text encoding; use codecs.{how}() to handle arbitrary codecs"
                ),
            ));
        }
    }
    let f = vm.getattr_str(&info, if encode { "encode" } else { "decode" })?;
    let r = vm.call(&f, &[input, Value::str(errors)])?;
    let out = match r.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => t[0].clone(),
        _ => {
            let how = if encode { "encoder" } else { "decoder" };
            return Err(vm.type_error(format!("{how} must return a tuple (object, integer)")));
        }
    };
    let ok = if encode {
        matches!(out.payload(), Some(Payload::Bytes(_)))
    } else {
        out.as_str().is_some()
    };
    if !ok {
        let tn = vm.type_name(&out);
        let (how, want, hint) = if encode {
            (
                "encoder",
                "bytes",
                "codecs.encode() to encode to arbitrary types",
            )
        } else {
            (
                "decoder",
                "str",
                "codecs.decode() to decode to arbitrary types",
            )
        };
        return Err(vm.type_error(format!(
            "'{name}' {how} returned '{tn}' instead of '{want}'; use {hint}"
        )));
    }
    Ok(out)
}

/// Decodes with named encoding and error handler.
pub fn decode_str(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = lookup_codec(enc) else {
        let input = Value::Obj(PyObject::bare(Payload::Bytes(
            b.to_vec().into_boxed_slice(),
        )));
        let out = registry_codec(vm, enc, input, errors, false)?;
        return Ok(out.as_str().unwrap_or_default().to_string());
    };
    match codec {
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
            decode_with(vm, "utf-8", b, 0, errors, utf8_step)
        }
        Codec::Utf8Sig => {
            // Positions count from after the BOM, as CPython's utf_8_sig reports them.
            let skip = if b.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
            decode_with(vm, "utf-8", &b[skip..], 0, errors, utf8_step)
        }
        Codec::Ascii => decode_with(vm, "ascii", b, 0, errors, |b, i| {
            if b[i] < 0x80 {
                Ok((Some(b[i] as char), 1))
            } else {
                Err(DecodeError {
                    start: i,
                    end: i + 1,
                    reason: "ordinal not in range(128)",
                })
            }
        }),
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Cp1252 => decode_with(vm, "charmap", b, 0, errors, |b, i| match b[i] {
            x @ 0x80..=0x9f => match CP1252_HIGH[(x - 0x80) as usize] {
                0 => Err(DecodeError {
                    start: i,
                    end: i + 1,
                    reason: "character maps to <undefined>",
                }),
                c => Ok((char::from_u32(c as u32), 1)),
            },
            x => Ok((Some(x as char), 1)),
        }),
        Codec::Utf16(order) => {
            let (big, skip) = match (order, b.get(..2)) {
                (Some(big), _) => (big, 0),
                (None, Some([0xff, 0xfe])) => (false, 2),
                (None, Some([0xfe, 0xff])) => (true, 2),
                (None, _) => (false, 0),
            };
            let name = if big { "utf-16-be" } else { "utf-16-le" };
            decode_with(vm, name, &b[skip..], skip, errors, utf16_step(big))
        }
        Codec::Utf32(order) => {
            let (big, skip) = match (order, b.get(..4)) {
                (Some(big), _) => (big, 0),
                (None, Some([0xff, 0xfe, 0, 0])) => (false, 4),
                (None, Some([0, 0, 0xfe, 0xff])) => (true, 4),
                (None, _) => (false, 0),
            };
            let name = if big { "utf-32-be" } else { "utf-32-le" };
            decode_with(vm, name, &b[skip..], skip, errors, utf32_step(big))
        }
    }
}

// ----- membership ---------------------------------------------------------------------------------

/// `x in b` for bytes/bytearray.
pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = own_bytes(container).unwrap_or_default();
    let needle = match own_bytes(item) {
        Some(b) => Some(b),
        None => super::memoryview::simple_bytes_arg(vm, item).transpose()?,
    };
    if let Some(needle) = needle {
        return Ok(super::bytes_methods::find(&hay, &needle, 0, hay.len()).is_some());
    }
    match item {
        Value::Obj(o)
            if !matches!(o.payload, Payload::BigInt(_))
                && typeobj::lookup_str(vm.class_of(item), "__index__").is_none() =>
        {
            let tn = vm.type_name(item);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
        Value::Float(_) | Value::None | Value::Null => {
            let tn = vm.type_name(item);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
        _ => {
            let x = byte_value(vm, item)?;
            Ok(hay.contains(&x))
        }
    }
}

// ----- % formatting ---------------------------------------------------------------------------------

/// `fmt % args` for bytes and bytearray (CPython's `_PyBytes_FormatEx`): `%s`/`%b` take
/// bytes-like objects or `__bytes__`, `%r`/`%a` give `ascii()`, `%c` one byte, and the number
/// conversions are str's. Mapping keys are bytes.
pub fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    use crate::format::{self, Count, PercentPiece};
    // Latin-1 maps every byte to one char and back.
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let latin1 = |s: &str| -> Vec<u8> { s.chars().map(|c| c as u32 as u8).collect() };
    let is_mapping = !matches!(
        args.payload(),
        Some(Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Str(_))
    ) && vm.is_mapping(args);
    let arg_list: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut take = |vm: &mut Vm| -> PyResult<Value> {
        next += 1;
        match arg_list.get(next - 1) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    };
    let mut out = Vec::with_capacity(fmt.len());
    for piece in format::parse_percent(&text) {
        let spec = match piece {
            PercentPiece::Literal(s) => {
                out.extend(latin1(&s));
                continue;
            }
            PercentPiece::Error(e) => {
                if e.wants_mapping && !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                return Err(vm.value_error(e.message));
            }
            PercentPiece::Spec(spec) => spec,
        };
        let mut count = |vm: &mut Vm, c: Option<Count>| -> PyResult<Option<isize>> {
            match c {
                Some(Count::Star) => match take(vm)? {
                    Value::Int(i) => Ok(Some(i as isize)),
                    _ => Err(vm.type_error("* wants int")),
                },
                Some(Count::Fixed(n)) => Ok(Some(n as isize)),
                None => Ok(None),
            }
        };
        let w = count(vm, spec.width)?;
        let p = count(vm, spec.precision)?;
        let val = match &spec.key {
            Some(k) => {
                if !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                vm.getitem(args, &new_bytes(latin1(k)))?
            }
            None => take(vm)?,
        };
        let text = match spec.conversion {
            's' | 'b' => {
                let b = match any_buffer(vm, &val) {
                    Some(b) => b?,
                    None if typeobj::lookup_str(vm.class_of(&val), "__bytes__").is_some() => {
                        let r = vm
                            .call_dunder(&val, "__bytes__", &[])?
                            .unwrap_or(Value::None);
                        match r.payload() {
                            Some(Payload::Bytes(b)) => b.to_vec(),
                            _ => {
                                let tn = vm.type_name(&r);
                                return Err(vm.type_error(format!(
                                    "__bytes__ returned non-bytes (type {tn})"
                                )));
                            }
                        }
                    }
                    None => {
                        let tn = vm.type_name(&val);
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                        )));
                    }
                };
                let s: String = b.iter().map(|&c| c as char).collect();
                format::percent_str(&s, &spec, w, p)
            }
            'r' | 'a' => {
                let s = vm.ascii(&val)?;
                format::percent_str(s.as_str().unwrap_or(""), &spec, w, p)
            }
            'c' => {
                let byte = match own_bytes(&val) {
                    Some(b) if b.len() == 1 => b[0],
                    Some(_) => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                    None => {
                        let is_int = val.to_bigint().is_some()
                            || typeobj::lookup_str(vm.class_of(&val), "__index__").is_some();
                        if !is_int {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ));
                        }
                        match super::numbers::index_big(vm, &val)?.to_u8() {
                            Some(b) => b,
                            None => return Err(vm.overflow_error("%c arg not in range(256)")),
                        }
                    }
                };
                format::percent_str(&(byte as char).to_string(), &spec, w, p)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = vm.percent_int_arg(&val, spec.conversion)?;
                format::percent_int(&b, &spec, w, p)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match super::float_of(vm, &val) {
                    Err(e) if vm.err_is(&e, "TypeError") => {
                        let tn = vm.type_name(&val);
                        return Err(vm.type_error(format!("float argument required, not {tn}")));
                    }
                    r => r?,
                };
                format::percent_float(f, &spec, w, p)
            }
            _ => Err(format::percent_conversion_error(&spec).unwrap_or_default()),
        };
        match text {
            Ok(t) => out.extend(latin1(&t)),
            Err(e) => {
                let kind = format::error_type(&e);
                return Err(if kind == "MemoryError" {
                    vm.memory_error()
                } else {
                    vm.new_error(kind, e)
                });
            }
        }
    }
    if next < arg_list.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

// ----- sequence dunders -----------------------------------------------------------------------------

fn self_data(vm: &mut Vm, slf: &Value, name: &str) -> PyResult<Vec<u8>> {
    match own_bytes(slf) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(slf);
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'bytes' object but received a '{tn}'"
            )))
        }
    }
}

fn seq_getitem(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let k = exact(vm, "__getitem__", &a, 1)?[0].clone();
    self_data(vm, s, "__getitem__")?;
    vm.getitem(s, &k)
}

fn seq_len(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    exact(vm, "__len__", &a, 0)?;
    let n = self_data(vm, s, "__len__")?.len();
    Ok(Value::Int(n as i64))
}

fn seq_iter(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    exact(vm, "__iter__", &a, 0)?;
    let data = self_data(vm, s, "__iter__")?;
    let plain = if s.as_obj().is_some_and(|o| o.class.is_none()) {
        s.clone()
    } else {
        new_bytes(data)
    };
    vm.get_iter(&plain)
}

fn seq_contains(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let x = exact(vm, "__contains__", &a, 1)?[0].clone();
    self_data(vm, s, "__contains__")?;
    Ok(Value::Bool(bytes_contains(vm, s, &x)?))
}

fn seq_add(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let other = exact(vm, "__add__", &a, 1)?[0].clone();
    let mut data = self_data(vm, s, "__add__")?;
    match buffer(&other) {
        Some(b) => {
            data.extend_from_slice(&b);
            Ok(like(s, data))
        }
        None => {
            if typeobj::lookup_str(vm.class_of(&other), "__radd__").is_some() {
                return Ok(vm.not_implemented.clone());
            }
            let (tn, sn) = (
                vm.type_name(&other),
                if matches!(s.payload(), Some(Payload::ByteArray(_))) {
                    "bytearray"
                } else {
                    "bytes"
                },
            );
            Err(vm.type_error(format!("can't concat {tn} to {sn}")))
        }
    }
}

fn seq_mul(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let n = exact(vm, "__mul__", &a, 1)?[0].clone();
    let data = self_data(vm, s, "__mul__")?;
    if n.to_bigint().is_none() && typeobj::lookup_str(vm.class_of(&n), "__index__").is_none() {
        let tn = vm.type_name(&n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    let count = super::numbers::index_big(vm, &n)?;
    let plain = like(s, data);
    let count = if count.is_negative() {
        Value::Int(0)
    } else {
        Value::from_bigint(count)
    };
    vm.binary_op(&plain, &count, pyprobe_bytecode::BinOp::Mul)
}

fn seq_mod(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let args = exact(vm, "__mod__", &a, 1)?[0].clone();
    let data = self_data(vm, s, "__mod__")?;
    let out = percent_format(vm, &data, &args)?;
    Ok(like(s, out))
}

fn seq_rmod(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    exact(vm, "__rmod__", &a, 1)?;
    self_data(vm, s, "__rmod__")?;
    Ok(vm.not_implemented.clone())
}

fn bytes_bytes(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    exact(vm, "__bytes__", &a, 0)?;
    let data = self_data(vm, s, "__bytes__")?;
    if s.as_obj().is_some_and(|o| o.class.is_none()) {
        return Ok(s.clone());
    }
    Ok(new_bytes(data))
}

fn bytes_getnewargs(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    exact(vm, "__getnewargs__", &a, 0)?;
    let data = self_data(vm, s, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![new_bytes(data)]))
}

fn bytes_hash(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    exact(vm, "__hash__", &a, 0)?;
    match s {
        Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => {
            Ok(Value::Int(vm.hash_builtin(s, o)?))
        }
        _ => Err(super::set_methods::wrapper_error(
            vm, "__hash__", "bytes", s,
        )),
    }
}

// ----- bytearray mutators ---------------------------------------------------------------------------

/// The mutable buffer of a bytearray receiver.
fn ba_cell<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match slf.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => {
            let tn = vm.type_name(slf);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// "bytearray.clear() takes no arguments (1 given)".
fn ba_no_args(vm: &mut Vm, name: &str, a: &Args) -> PyResult<()> {
    let n = a.positional().len();
    if a.has_keywords() {
        return Err(vm.type_error(format!("bytearray.{name}() takes no keyword arguments")));
    }
    if n != 0 {
        return Err(vm.type_error(format!("bytearray.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

fn ba_setitem(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let p = exact(vm, "__setitem__", &a, 2)?;
    ba_cell(vm, s, "__setitem__")?;
    vm.setitem(s, &p[0], p[1].clone())?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let k = exact(vm, "__delitem__", &a, 1)?[0].clone();
    ba_cell(vm, s, "__delitem__")?;
    vm.delitem(s, &k)?;
    Ok(Value::None)
}

fn ba_alloc(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    ba_no_args(vm, "__alloc__", &a)?;
    let n = ba_cell(vm, s, "__alloc__")?.borrow().len();
    Ok(Value::Int(n as i64 + 1))
}

/// `ba += x` / `ba *= n` in place (CPython's `bytearray_iconcat`/`bytearray_irepeat`);
/// None when `a` is not a bytearray or `op` is neither operator.
pub fn bytearray_inplace(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: pyprobe_bytecode::BinOp,
) -> PyResult<Option<Value>> {
    use pyprobe_bytecode::BinOp;
    let Some(Payload::ByteArray(cell)) = a.payload() else {
        return Ok(None);
    };
    match op {
        BinOp::InplaceAdd => {
            let Some(data) = buffer(b) else {
                let tn = vm.type_name(b);
                return Err(vm.type_error(format!("can't concat {tn} to bytearray")));
            };
            if !data.is_empty() {
                super::memoryview::check_resizable(vm, a)?;
            }
            cell.borrow_mut().extend_from_slice(&data);
        }
        BinOp::InplaceMul => {
            if b.to_bigint().is_none() && typeobj::lookup_str(vm.class_of(b), "__index__").is_none()
            {
                let tn = vm.type_name(b);
                return Err(
                    vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'"))
                );
            }
            let n = super::numbers::index_big(vm, b)?;
            let data = cell.borrow().clone();
            let count = if n.is_negative() {
                0
            } else {
                n.to_usize().unwrap_or(usize::MAX)
            };
            let total = data.len().checked_mul(count).filter(|&t| t <= 1 << 34);
            let Some(total) = total.or(if data.is_empty() { Some(0) } else { None }) else {
                return Err(vm.memory_error());
            };
            if total != data.len() {
                super::memoryview::check_resizable(vm, a)?;
            }
            let mut out = Vec::with_capacity(total);
            for _ in 0..if data.is_empty() { 0 } else { count } {
                out.extend_from_slice(&data);
            }
            *cell.borrow_mut() = out;
        }
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

fn ba_iadd(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let x = exact(vm, "__iadd__", &a, 1)?[0].clone();
    ba_cell(vm, s, "__iadd__")?;
    Ok(bytearray_inplace(vm, s, &x, pyprobe_bytecode::BinOp::InplaceAdd)?.unwrap_or(Value::None))
}

fn ba_imul(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let x = exact(vm, "__imul__", &a, 1)?[0].clone();
    ba_cell(vm, s, "__imul__")?;
    super::numbers::index_big(vm, &x)?;
    Ok(bytearray_inplace(vm, s, &x, pyprobe_bytecode::BinOp::InplaceMul)?.unwrap_or(Value::None))
}

fn ba_append(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let x = exact(vm, "append", &a, 1)?[0].clone();
    let cell = ba_cell(vm, s, "append")?;
    let b = byte_value(vm, &x)?;
    super::memoryview::check_resizable(vm, s)?;
    cell.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let x = exact(vm, "extend", &a, 1)?[0].clone();
    let cell = ba_cell(vm, s, "extend")?;
    let data = match buffer(&x) {
        Some(b) => b,
        // A released or non-contiguous view refuses the simple buffer
        // CPython's `bytearray_setslice` asks for.
        None if matches!(x.payload(), Some(Payload::MemoryView(_))) => {
            return Err(vm.type_error("can't set bytearray slice from memoryview"));
        }
        None => {
            if !vm.has_iter(&x) {
                let tn = vm.type_name(&x);
                return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
            }
            from_iterable(vm, &x, "byte must be in range(0, 256)")?
        }
    };
    if !data.is_empty() {
        super::memoryview::check_resizable(vm, s)?;
    }
    cell.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

/// An index argument clamped to i64 (huge values behave like the extremes).
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = super::numbers::index_big(vm, v)?;
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

fn ba_insert(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let p = exact(vm, "insert", &a, 2)?;
    let cell = ba_cell(vm, s, "insert")?;
    let i = index_arg(vm, &p[0])?;
    let b = byte_value(vm, &p[1])?;
    super::memoryview::check_resizable(vm, s)?;
    let mut data = cell.borrow_mut();
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(at as usize, b);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    if a.has_keywords() {
        return Err(vm.type_error("bytearray.pop() takes no keyword arguments"));
    }
    let p = super::args::range(vm, "pop", &a, 0, 1)?;
    let cell = ba_cell(vm, s, "pop")?;
    let i = match p.first() {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let n = cell.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = if i < 0 { i.saturating_add(n) } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    super::memoryview::check_resizable(vm, s)?;
    let b = cell.borrow_mut().remove(at as usize);
    Ok(Value::Int(b as i64))
}

fn ba_remove(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let x = exact(vm, "remove", &a, 1)?[0].clone();
    let cell = ba_cell(vm, s, "remove")?;
    let b = byte_value(vm, &x)?;
    let pos = cell.borrow().iter().position(|&y| y == b);
    match pos {
        Some(i) => {
            super::memoryview::check_resizable(vm, s)?;
            cell.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    ba_no_args(vm, "reverse", &a)?;
    ba_cell(vm, s, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    ba_no_args(vm, "clear", &a)?;
    let cell = ba_cell(vm, s, "clear")?;
    if !cell.borrow().is_empty() {
        super::memoryview::check_resizable(vm, s)?;
    }
    cell.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    ba_no_args(vm, "copy", &a)?;
    let data = ba_cell(vm, s, "copy")?.borrow().clone();
    Ok(new_bytearray(data))
}
