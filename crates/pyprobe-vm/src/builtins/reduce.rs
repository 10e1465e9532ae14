//! The pickle protocol of `object`: `__getstate__`, `__reduce__` and
//! `__reduce_ex__`, and `__getnewargs__` of the types that have one.
//!
//! CPython counterpart: the "Pickle" section of `Objects/typeobject.c`
//! (`object_getstate_default`, `_PyObject_GetNewArguments`,
//! `reduce_newobj`, `_common_reduce`, `object___reduce_ex___impl`).
//!
//! As in CPython, everything but `__getstate__` works through the `copyreg`
//! module: protocols 0 and 1 call `copyreg._reduce_ex`, protocol 2 and up
//! name `copyreg.__newobj__`. pyprobe ships no `copyreg`, so those raise
//! ModuleNotFoundError unless the program provides one (in `sys.modules` or
//! on `sys.path`).

use super::args::exact;
use super::set_methods::descr_error;
use crate::object::{tflags, Args, Payload, PyRef};
use crate::typeobj::{self, dict_of};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    typeobj::add_methods(
        vm,
        &object,
        &[
            ("__getstate__", object_getstate),
            ("__reduce__", object_reduce),
            ("__reduce_ex__", object_reduce_ex),
        ],
    );
    let str_ = vm.types.str_.clone();
    typeobj::add_methods(vm, &str_, &[("__getnewargs__", str_getnewargs)]);
    let tuple = vm.types.tuple.clone();
    typeobj::add_methods(vm, &tuple, &[("__getnewargs__", tuple_getnewargs)]);
}

/// `str.__getnewargs__()`: the text as an exact str, in a 1-tuple.
fn str_getnewargs(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let Some(s) = slf.as_str() else {
        return Err(descr_error(vm, "__getnewargs__", "str", slf));
    };
    exact(vm, "str.__getnewargs__", &args, 0)?;
    let s = Value::str(s);
    Ok(vm.new_tuple(vec![s]))
}

/// `tuple.__getnewargs__()`: the items as an exact tuple, in a 1-tuple.
fn tuple_getnewargs(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let Some(Payload::Tuple(t)) = slf.payload() else {
        return Err(descr_error(vm, "__getnewargs__", "tuple", slf));
    };
    exact(vm, "tuple.__getnewargs__", &args, 0)?;
    let items = vm.new_tuple(t.to_vec());
    Ok(vm.new_tuple(vec![items]))
}

/// `object.__getstate__()`.
fn object_getstate(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "object.__getstate__", &args, 0)?;
    getstate_default(vm, slf, false)
}

/// CPython's `object_getstate_default`: the instance's `__dict__` (None
/// when it has none or it is empty) and, when its class has `__slots__`
/// that are set, a pair of that and a dict of the slots' values.
/// `required` (for `reduce_newobj` without new-arguments) refuses objects
/// whose state lives in their built-in payload.
fn getstate_default(vm: &mut Vm, obj: &Value, required: bool) -> PyResult<Value> {
    // Objects with no state beyond `object`'s: instances of classes and
    // the payload-less None.
    let plain = obj.is_none()
        || matches!(
            obj.payload(),
            Some(Payload::Instance(_) | Payload::Slotted(_))
        );
    if required && !plain {
        return Err(cannot_pickle(vm, obj));
    }
    let dict = obj.as_obj().and_then(|o| match &o.payload {
        // Their namespaces are not an instance `__dict__`.
        Payload::Type(_) | Payload::Module(_) => None,
        _ if o.has_dict() || matches!(o.payload, Payload::Instance(_)) => o.instance_dict(),
        _ => None,
    });
    let mut state = match dict {
        Some(d) if dict_of(&d).len() > 0 => Value::Obj(d),
        _ => Value::None,
    };
    let cls = vm.class_of(obj).clone();
    let names = slot_names(vm, &cls);
    if !names.is_empty() {
        let slots = vm.new_dict();
        for name in names {
            if let Some(v) = vm.getattr_opt(obj, name.as_str().unwrap_or(""))? {
                dict_of(&slots).set(vm, name, v)?;
            }
        }
        if dict_of(&slots).len() > 0 {
            state = vm.new_pair(state, Value::Obj(slots));
        }
    }
    Ok(state)
}

/// The names of the `__slots__` of `cls` and its bases, private names
/// mangled, without `__dict__` and `__weakref__` (`copyreg._slotnames`,
/// which CPython calls through `_PyType_GetSlotNames`). Cached as the
/// class's `__slotnames__`, as copyreg does.
fn slot_names(vm: &mut Vm, cls: &PyRef) -> Vec<Value> {
    let own = typeobj::type_dict(cls);
    if let Some(cached) = own.get_str("__slotnames__") {
        return crate::ops::tuple_items(&cached)
            .into_iter()
            .chain(match cached.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                _ => Vec::new(),
            })
            .collect();
    }
    let mut names = Vec::new();
    for c in typeobj::mro(cls) {
        let Some(slots) = typeobj::type_dict(&c).get_str("__slots__") else {
            continue;
        };
        let items = if slots.as_str().is_some() {
            vec![slots]
        } else {
            crate::ops::tuple_items(&slots)
                .into_iter()
                .chain(match slots.payload() {
                    Some(Payload::List(l)) => l.borrow().clone(),
                    _ => Vec::new(),
                })
                .collect()
        };
        for n in items {
            let Some(s) = n.as_str() else { continue };
            if matches!(s, "__dict__" | "__weakref__") {
                continue;
            }
            if s.starts_with("__") && !s.ends_with("__") {
                let owner = typeobj::type_name(&c);
                let stripped = owner.trim_start_matches('_');
                if !stripped.is_empty() {
                    names.push(Value::str(format!("_{stripped}{s}")));
                    continue;
                }
            }
            names.push(n.clone());
        }
    }
    let heap = cls
        .type_data()
        .is_some_and(|t| t.flags.get() & tflags::HEAPTYPE != 0);
    if heap {
        let cached = vm.new_list(names.clone());
        own.set_str(vm.intern("__slotnames__"), cached);
        typeobj::bump_epoch();
    }
    names
}

fn cannot_pickle(vm: &mut Vm, obj: &Value) -> crate::PyErr {
    let tn = vm.type_name(obj);
    vm.type_error(format!("cannot pickle '{tn}' object"))
}

/// `object.__reduce__()`: `_common_reduce(self, 0)`.
fn object_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "object.__reduce__", &args, 0)?;
    common_reduce(vm, slf, 0)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` if it
/// overrides object's, else `_common_reduce`.
fn object_reduce_ex(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let protocol = exact(vm, "object.__reduce_ex__", &args, 1)?[0].clone();
    if matches!(protocol, Value::Float(_)) || protocol.as_str().is_some() {
        let tn = vm.type_name(&protocol);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let protocol = vm.index(&protocol)?;
    if let Some(reduce) = vm.getattr_opt(slf, "__reduce__")? {
        let cls = Value::Obj(vm.class_of(slf).clone());
        let cls_reduce = vm.getattr_str(&cls, "__reduce__")?;
        let objects = typeobj::type_dict(&vm.types.object).get_str("__reduce__");
        if !objects.is_some_and(|o| o.is(&cls_reduce)) {
            return vm.call(&reduce, &[]);
        }
    }
    common_reduce(vm, slf, protocol)
}

/// CPython's `_common_reduce`.
fn common_reduce(vm: &mut Vm, obj: &Value, protocol: i64) -> PyResult<Value> {
    let copyreg = vm.import_module("copyreg")?;
    if protocol >= 2 {
        return reduce_newobj(vm, obj, &copyreg);
    }
    let f = vm.getattr_str(&copyreg, "_reduce_ex")?;
    vm.call(&f, &[obj.clone(), Value::Int(protocol)])
}

/// CPython's `reduce_newobj`: `(copyreg.__newobj__, (cls, *args), state,
/// listitems, dictitems)`, or `copyreg.__newobj_ex__` with keyword
/// arguments.
fn reduce_newobj(vm: &mut Vm, obj: &Value, copyreg: &Value) -> PyResult<Value> {
    let (args, kwargs) = new_arguments(vm, obj)?;
    let cls = Value::Obj(vm.class_of(obj).clone());
    let has_args = args.is_some();
    let (newobj, newargs) = match (args, kwargs) {
        (args, None) => {
            let f = vm.getattr_str(copyreg, "__newobj__")?;
            let mut items = vec![cls];
            items.extend(
                args.map(|a| crate::ops::tuple_items(&a))
                    .unwrap_or_default(),
            );
            (f, vm.new_tuple(items))
        }
        (Some(args), Some(kwargs)) => {
            let f = vm.getattr_str(copyreg, "__newobj_ex__")?;
            (f, vm.new_tuple(vec![cls, args, kwargs]))
        }
        (None, Some(_)) => {
            return Err(vm.new_error("SystemError", "bad argument to internal function"))
        }
    };
    let is_list = matches!(obj.payload(), Some(Payload::List(_)));
    let is_dict = matches!(obj.payload(), Some(Payload::Dict(_)));
    let state = getstate(vm, obj, !(has_args || is_list || is_dict))?;
    let listitems = if is_list {
        vm.get_iter(obj)?
    } else {
        Value::None
    };
    let dictitems = if is_dict {
        let items = vm.getattr_str(obj, "items")?;
        let items = vm.call(&items, &[])?;
        vm.get_iter(&items)?
    } else {
        Value::None
    };
    Ok(vm.new_tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// CPython's `object_getstate`: the object's `__getstate__`, or the
/// default with `required` when that is object's own.
pub(super) fn getstate(vm: &mut Vm, obj: &Value, required: bool) -> PyResult<Value> {
    let f = vm.getattr_str(obj, "__getstate__")?;
    let default = matches!(
        f.payload(),
        Some(Payload::Native(n)) if n.name == "__getstate__" && n.module == "object"
    );
    if default {
        return getstate_default(vm, obj, required);
    }
    vm.call(&f, &[])
}

/// CPython's `_PyObject_GetNewArguments`: `__getnewargs_ex__()` (a pair
/// of a tuple and a dict) or `__getnewargs__()` (a tuple), if defined.
fn new_arguments(vm: &mut Vm, obj: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    if let Some(f) = vm.getattr_opt(obj, "__getnewargs_ex__")? {
        let r = vm.call(&f, &[])?;
        let pair = match r.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => {
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!(
                    "__getnewargs_ex__ should return a tuple, not '{tn}'"
                )));
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                pair.len()
            )));
        }
        if !matches!(pair[0].payload(), Some(Payload::Tuple(_))) {
            let tn = vm.type_name(&pair[0]);
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{tn}'"
            )));
        }
        if !matches!(pair[1].payload(), Some(Payload::Dict(_))) {
            let tn = vm.type_name(&pair[1]);
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{tn}'"
            )));
        }
        let kwargs = match pair[1].payload() {
            Some(Payload::Dict(d)) if d.len() > 0 => Some(pair[1].clone()),
            _ => None,
        };
        return Ok((Some(pair[0].clone()), kwargs));
    }
    if let Some(f) = vm.getattr_opt(obj, "__getnewargs__")? {
        let r = vm.call(&f, &[])?;
        if !matches!(r.payload(), Some(Payload::Tuple(_))) {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__getnewargs__ should return a tuple, not '{tn}'")));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}
