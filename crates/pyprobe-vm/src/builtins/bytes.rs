//! `bytes` and `bytearray`: constructors and methods.
//! CPython counterparts: `Objects/bytesobject.c`, `Objects/bytearrayobject.c`.

use crate::object::{Args, Payload, PyObject};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    let new = vm.new_native("__new__", "builtins", bytes_new);
    typeobj::set_type_attr(vm, &t, "__new__", Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))));
    let t = vm.types.bytearray.clone();
    let new = vm.new_native("__new__", "builtins", bytearray_new);
    typeobj::set_type_attr(vm, &t, "__new__", Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))));
}

/// The bytes of a bytes-like value or an iterable of ints.
pub fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => Err(vm.type_error("cannot convert 'str' object to bytes")),
        _ => {
            if let Value::Int(n) = v {
                if *n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                if *n > 1 << 34 {
                    return Err(vm.memory_error());
                }
                return Ok(vec![0; *n as usize]);
            }
            let items = vm.collect(v)?;
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                let i = vm.index(&x)?;
                if !(0..=255).contains(&i) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            Ok(out)
        }
    }
}

/// Decode bytes to str (utf-8, ascii, latin-1).
pub fn decode(vm: &mut Vm, b: &[u8], encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<String> {
    let enc = encoding.and_then(|e| e.as_str()).unwrap_or("utf-8").to_lowercase().replace('_', "-");
    let errors = errors.and_then(|e| e.as_str()).unwrap_or("strict").to_string();
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(e) if errors == "strict" => {
                let pos = e.valid_up_to();
                Err(vm.new_error("UnicodeDecodeError", format!("'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte", b[pos])))
            }
            Err(_) => Ok(String::from_utf8_lossy(b).into_owned()),
        },
        "ascii" => {
            if let Some(pos) = b.iter().position(|x| *x >= 0x80) {
                if errors == "strict" {
                    return Err(vm.new_error("UnicodeDecodeError", format!("'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)", b[pos])));
                }
            }
            Ok(b.iter().map(|&x| if x < 0x80 { x as char } else { '\u{fffd}' }).collect())
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(b.iter().map(|&x| x as char).collect()),
        other => Err(vm.new_error("LookupError", format!("unknown encoding: {other}"))),
    }
}

fn bytes_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    let data = match pos.first() {
        None => Vec::new(),
        Some(v) => {
            if let (Some(s), Some(enc)) = (v.as_str(), pos.get(1)) {
                super::str_methods::encode(vm, s, Some(enc), pos.get(2))?
            } else {
                bytes_like(vm, v)?
            }
        }
    };
    Ok(Value::Obj(PyObject::bare(Payload::Bytes(data.into_boxed_slice()))))
}

fn bytearray_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    let data = match pos.first() {
        None => Vec::new(),
        Some(v) => {
            if let (Some(s), Some(enc)) = (v.as_str(), pos.get(1)) {
                super::str_methods::encode(vm, s, Some(enc), pos.get(2))?
            } else {
                bytes_like(vm, v)?
            }
        }
    };
    Ok(Value::Obj(PyObject::bare(Payload::ByteArray(RefCell::new(data)))))
}

/// `x in b` for bytes/bytearray.
pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = bytes_like(vm, container)?;
    match item {
        Value::Int(i) => {
            if !(0..=255).contains(i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            Ok(hay.contains(&(*i as u8)))
        }
        _ => {
            let needle = match item.payload() {
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => bytes_like(vm, item)?,
                _ => {
                    let tn = vm.type_name(item);
                    return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
                }
            };
            Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
        }
    }
}
