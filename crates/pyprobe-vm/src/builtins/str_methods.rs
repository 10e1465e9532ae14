//! Methods of `str`. CPython counterpart: `Objects/unicodeobject.c`.

use super::args::exact;
use crate::object::Args;
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    typeobj::add_methods(vm, &t, &[("join", str_join)]);
}

fn str_join(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let it = exact(vm, "join", &args, 1)?[0].clone();
    let sep = super::str::text(slf).to_string();
    let items = vm.collect(&it)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match x.as_str() {
            Some(s) => out.push_str(s),
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
            }
        }
    }
    Ok(Value::str(out))
}

/// `str.encode(encoding, errors)` as bytes.
pub fn encode(vm: &mut Vm, s: &str, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Vec<u8>> {
    let enc = encoding.and_then(|e| e.as_str()).unwrap_or("utf-8").to_lowercase().replace('_', "-");
    let errors = errors.and_then(|e| e.as_str()).unwrap_or("strict").to_string();
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors.as_str() {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let codec = if enc == "ascii" { "ascii" } else { "latin-1" };
                            return Err(vm.new_error(
                                "UnicodeEncodeError",
                                format!("'{codec}' codec can't encode character '\\u{:04x}' in position {i}: ordinal not in range({limit})", c as u32),
                            ));
                        }
                    }
                }
            }
            Ok(out)
        }
        other => Err(vm.new_error("LookupError", format!("unknown encoding: {other}"))),
    }
}
