//! `str`: the constructor and methods.
//!
//! CPython counterpart: `Objects/unicodeobject.c` (and `Objects/stringlib/`).

use super::args::ArgParser;
use crate::object::{Args, Payload, PyObject, PyStr};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let new = vm.new_native("__new__", "builtins", str_new);
    typeobj::set_type_attr(
        vm,
        &t,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
    super::str_methods::init(vm);
}

/// The str contents of `slf` (any str, subclasses included).
pub fn text(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

fn str_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "str", &args)?;
    let cls = args.args.first().and_then(|c| c.as_obj().cloned());
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [obj, encoding, errors] =
        ArgParser::new("str").parse(vm, rest, ["object", "encoding", "errors"])?;
    let exact = cls.as_ref().is_none_or(|c| c.is(&vm.types.str_));
    let s = match (obj, encoding.is_some() || errors.is_some()) {
        // `str(x)` is what `x.__str__` returned, a str subclass included.
        (Some(o), false) if exact => return vm.str(&o),
        (None, _) => String::new(),
        (Some(o), false) => vm.str_string(&o)?,
        (Some(o), true) => match o.payload() {
            Some(Payload::Bytes(b)) => {
                super::bytes::decode(vm, b, encoding.as_ref(), errors.as_ref())?
            }
            Some(Payload::ByteArray(b)) => {
                let data = b.borrow().clone();
                super::bytes::decode(vm, &data, encoding.as_ref(), errors.as_ref())?
            }
            Some(Payload::MemoryView(_)) if super::bytes::buffer(&o).is_some() => {
                let data = super::bytes::buffer(&o).unwrap_or_default();
                super::bytes::decode(vm, &data, encoding.as_ref(), errors.as_ref())?
            }
            _ => {
                let tn = vm.type_name(&o);
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {tn} found"
                )));
            }
        },
    };
    match cls {
        Some(c) if !c.is(&vm.types.str_) => {
            let d = vm.new_dict();
            Ok(Value::Obj(PyObject::with_class(
                c,
                Payload::Str(PyStr::new(s)),
                Some(d),
            )))
        }
        _ => Ok(Value::str(s)),
    }
}
