//! `functools.partial`, and the `_functools` module that holds it
//! (`lib/functools` imports it from there).
//!
//! CPython counterpart: `Modules/_functoolsmodule.c` (`partialobject`).
//!
//! Invariants:
//! - A partial is a `Payload::Partial`: the callable, the stored
//!   positional arguments (an exact tuple) and the stored keywords (an
//!   exact dict, shared with whoever reads `keywords`). Every partial has
//!   an instance dict from the start.
//! - A call passes the stored positional arguments, then the call's own;
//!   the stored keywords updated by the call's own. The stored ones are
//!   never changed by a call.
//! - A partial made of a partial whose class does not replace `__call__`
//!   and that has no attributes of its own takes over its callable and
//!   arguments (flattening), as in CPython.

use super::args::exact;
use super::set_methods::guarded_repr;
use crate::object::{Args, Payload, PyObject};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

/// The payload of a partial.
pub struct PartialData {
    pub func: RefCell<Value>,
    /// An exact tuple.
    pub args: RefCell<Value>,
    /// An exact dict.
    pub keywords: RefCell<Value>,
}

impl PartialData {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for cell in [&self.func, &self.args, &self.keywords] {
            if let Ok(v) = cell.try_borrow() {
                visit(&v);
            }
        }
    }

    /// The collector's `tp_clear`: the references, handed back to be
    /// dropped.
    pub fn clear_into(&self, out: &mut Vec<Value>) {
        for cell in [&self.func, &self.args, &self.keywords] {
            if let Ok(mut v) = cell.try_borrow_mut() {
                out.push(std::mem::replace(&mut *v, Value::None));
            }
        }
    }
}

/// The `_functools` module.
pub fn make_module(vm: &mut Vm) -> PyResult<crate::PyRef> {
    init_type(vm);
    let m = vm.new_module("_functools");
    let d = crate::modules::module_dict_of(&m);
    let t = vm.types.partial.clone();
    typeobj::dict_of(&d).set_str(vm.intern("partial"), Value::Obj(t));
    Ok(m)
}

/// Give `partial` its methods and members (once).
fn init_type(vm: &mut Vm) {
    let t = vm.types.partial.clone();
    if typeobj::type_dict(&t).get_str("__call__").is_some() {
        return;
    }
    super::containers::static_new(vm, &t, partial_new);
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("__call__", partial_call_method),
            ("__repr__", partial_repr),
            ("__reduce__", partial_reduce),
            ("__setstate__", partial_setstate),
        ],
    );
    typeobj::add_classmethods(vm, &t, &[("__class_getitem__", class_getitem)]);
    typeobj::set_type_attr(vm, &t, "__module__", Value::str("functools"));
    typeobj::set_type_attr(
        vm,
        &t,
        "__doc__",
        Value::str(
            "partial(func, *args, **keywords) - new function with partial application\n    \
             of the given arguments and keywords.\n",
        ),
    );
    super::getset::declare_members(
        vm,
        &t,
        &[
            ("func", "function object to use in future partial calls"),
            ("args", "tuple of arguments to future partial calls"),
            (
                "keywords",
                "dictionary of keyword arguments to future partial calls",
            ),
        ],
    );
}

fn data<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a PartialData> {
    match slf.payload() {
        Some(Payload::Partial(p)) => Ok(p),
        _ => Err(super::set_methods::descr_error(
            vm,
            name,
            "functools.partial",
            slf,
        )),
    }
}

/// Does calling `v` run `partial.__call__` (its class does not replace it)?
fn calls_as_partial(vm: &Vm, v: &Value) -> bool {
    let cls = vm.class_of(v);
    cls.is(&vm.types.partial)
        || typeobj::lookup_str(cls, "__call__").is_some_and(|f| {
            matches!(f.payload(), Some(Payload::MethodDescr(n)) if n.module == "functools.partial")
        })
}

/// `partial(func, /, *args, **keywords)`.
fn partial_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "partial", &args)?;
    let cls = args.args[0].clone();
    let pos = &args.positional()[1..];
    let Some(func) = pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !super::is_callable(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut func = func.clone();
    let mut stored_args: Vec<Value> = Vec::new();
    let mut stored_kw: Vec<(Value, Value)> = Vec::new();
    if let Some(Payload::Partial(inner)) = func.payload() {
        let bare = func
            .as_obj()
            .and_then(|o| o.instance_dict())
            .is_none_or(|d| typeobj::dict_of(&d).len() == 0);
        if bare && calls_as_partial(vm, &func) {
            stored_args = crate::ops::tuple_items(&inner.args.borrow());
            if let Some(Payload::Dict(d)) = inner.keywords.borrow().payload() {
                stored_kw = d.items();
            }
            let f = inner.func.borrow().clone();
            func = f;
        }
    }
    stored_args.extend_from_slice(&pos[1..]);
    let kw = vm.new_dict();
    let kd = typeobj::dict_of(&kw);
    for (k, v) in stored_kw {
        kd.set(vm, k, v)?;
    }
    for (k, v) in args.keywords() {
        let key = vm.intern(k);
        kd.set(vm, key, v.clone())?;
    }
    let args_tuple = vm.new_tuple(stored_args);
    let payload = Payload::Partial(Box::new(PartialData {
        func: RefCell::new(func),
        args: RefCell::new(args_tuple),
        keywords: RefCell::new(Value::Obj(kw)),
    }));
    let cls = match cls.as_obj() {
        Some(c) if typeobj::is_subtype(c, &vm.types.partial) => c.clone(),
        _ => {
            let tn = vm.type_name(&cls);
            return Err(vm.type_error(format!(
                "partial.__new__({tn}): {tn} is not a subtype of partial"
            )));
        }
    };
    let dict = vm.new_dict();
    Ok(Value::Obj(PyObject::with_class(cls, payload, Some(dict))))
}

/// Call the partial `p` with `args` (the evaluator's vectorcall layout).
pub fn call(vm: &mut Vm, p: &PartialData, args: Args) -> PyResult<Value> {
    let func = p.func.borrow().clone();
    let stored = p.args.borrow().clone();
    let keywords = p.keywords.borrow().clone();
    let stored_kw = match keywords.payload() {
        Some(Payload::Dict(d)) if d.len() > 0 => Some(d.items()),
        _ => None,
    };
    let Some(Payload::Tuple(stored)) = stored.payload() else {
        return vm.call_args(&func, args);
    };
    let pos = args.positional();
    if stored_kw.is_none() && stored.is_empty() {
        return vm.call_args(&func, args);
    }
    let mut all: Vec<Value> = Vec::with_capacity(stored.len() + args.args.len() + 4);
    all.extend(stored.iter().cloned());
    all.extend_from_slice(pos);
    let Some(stored_kw) = stored_kw else {
        let kw_values = &args.args[pos.len()..];
        all.extend_from_slice(kw_values);
        return vm.call_args(
            &func,
            Args {
                args: &all,
                kwnames: args.kwnames,
            },
        );
    };
    // The stored keywords in their order, each replaced by the call's own
    // of the same name; then the call's other keywords.
    let mut names: Vec<Value> = Vec::with_capacity(stored_kw.len() + args.kwnames.len());
    let mut values: Vec<Value> = Vec::with_capacity(names.capacity());
    for (k, v) in stored_kw {
        names.push(k);
        values.push(v);
    }
    for (k, v) in args.keywords() {
        match names.iter().position(|n| n.as_str() == Some(k)) {
            Some(i) => values[i] = v.clone(),
            None => {
                names.push(vm.intern(k));
                values.push(v.clone());
            }
        }
    }
    if names.iter().any(|n| n.as_str().is_none()) {
        return Err(vm.type_error("keywords must be strings"));
    }
    all.extend(values);
    vm.call_args(
        &func,
        Args {
            args: &all,
            kwnames: &names,
        },
    )
}

fn partial_call_method(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let p = data(vm, slf, "__call__")?;
    call(vm, p, args)
}

/// `functools.partial(f, 1, a=2)`: the class (`functools.partial` for
/// partial itself, the `__qualname__` of a subclass), the callable, the
/// arguments, the keywords; `...` for a partial already being printed.
fn partial_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let p = data(vm, slf, "__repr__")?;
    exact(vm, "__repr__", &args, 0)?;
    repr_of(vm, slf, p)
}

pub fn repr_of(vm: &mut Vm, slf: &Value, p: &PartialData) -> PyResult<Value> {
    let cls = vm.class_of(slf).clone();
    let name = if cls.is(&vm.types.partial) {
        "functools.partial".to_string()
    } else {
        cls.type_data()
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default()
    };
    let func = p.func.borrow().clone();
    let stored = crate::ops::tuple_items(&p.args.borrow());
    let keywords = match p.keywords.borrow().payload() {
        Some(Payload::Dict(d)) => d.items(),
        _ => Vec::new(),
    };
    guarded_repr(vm, slf, "...", |vm| {
        let mut parts = vec![vm.repr_string(&func)?];
        for a in &stored {
            parts.push(vm.repr_string(a)?);
        }
        for (k, v) in &keywords {
            let ks = vm.str_string(k)?;
            let vs = vm.repr_string(v)?;
            parts.push(format!("{ks}={vs}"));
        }
        Ok(format!("{name}({})", parts.join(", ")))
    })
}

/// `__reduce__`: `(cls, (func,), (func, args, keywords, dict or None))`.
fn partial_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let p = data(vm, slf, "__reduce__")?;
    exact(vm, "__reduce__", &args, 0)?;
    let cls = Value::Obj(vm.class_of(slf).clone());
    let func = p.func.borrow().clone();
    let dict = match slf.as_obj().and_then(|o| o.instance_dict()) {
        Some(d) if typeobj::dict_of(&d).len() > 0 => Value::Obj(d),
        _ => Value::None,
    };
    let state = vm.new_tuple(vec![
        func.clone(),
        p.args.borrow().clone(),
        p.keywords.borrow().clone(),
        dict,
    ]);
    let ctor = vm.new_tuple(vec![func]);
    Ok(vm.new_tuple(vec![cls, ctor, state]))
}

/// `__setstate__((func, args, keywords, dict))`, checked as CPython checks
/// it; args and keywords of subclasses are copied into exact ones.
fn partial_setstate(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let p = data(vm, slf, "__setstate__")?;
    let state = exact(vm, "partial.__setstate__", &args, 1)?[0].clone();
    let invalid = |vm: &mut Vm| vm.type_error("invalid partial state");
    let parts = match state.payload() {
        Some(Payload::Tuple(t)) if t.len() == 4 => t.to_vec(),
        _ => return Err(invalid(vm)),
    };
    let [func, fargs, kw, dict] = &parts[..] else {
        return Err(invalid(vm));
    };
    let kw_ok = kw.is_none() || matches!(kw.payload(), Some(Payload::Dict(_)));
    if !super::is_callable(vm, func)
        || !matches!(fargs.payload(), Some(Payload::Tuple(_)))
        || !kw_ok
    {
        return Err(invalid(vm));
    }
    let fargs = match fargs.as_obj() {
        Some(o) if o.class.is_some() => vm.new_tuple(crate::ops::tuple_items(fargs)),
        _ => fargs.clone(),
    };
    let kw = match kw.as_obj() {
        Some(o) if o.class.is_none() => kw.clone(),
        _ => {
            let d = vm.new_dict();
            if let Some(Payload::Dict(src)) = kw.payload() {
                let dd = typeobj::dict_of(&d);
                for (k, v) in src.items() {
                    dd.set(vm, k, v)?;
                }
            }
            Value::Obj(d)
        }
    };
    let old = (
        p.func.replace(func.clone()),
        p.args.replace(fargs),
        p.keywords.replace(kw),
    );
    drop(old);
    if let Some(o) = slf.as_obj() {
        let d = match dict.as_obj() {
            Some(d) if matches!(d.payload, Payload::Dict(_)) => d.clone(),
            _ => vm.new_dict(),
        };
        drop(o.replace_dict(Some(d)));
    }
    Ok(Value::None)
}

/// `partial[int]`: a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, cls: &Value, args: Args) -> PyResult<Value> {
    let item = exact(vm, "partial.__class_getitem__", &args, 1)?[0].clone();
    Ok(super::generic_alias(vm, cls, &item))
}

/// The members `func`, `args` and `keywords` (answered by
/// `getset::special_attr`).
pub fn member(p: &PartialData, name: &str) -> Option<Value> {
    match name {
        "func" => Some(p.func.borrow().clone()),
        "args" => Some(p.args.borrow().clone()),
        "keywords" => Some(p.keywords.borrow().clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_traverse_and_clear_cover_its_references() {
        let f = Value::Obj(PyObject::new_list(vec![]));
        let t = Value::Obj(PyObject::new_tuple(vec![Value::Int(1)]));
        let p = PartialData {
            func: RefCell::new(f.clone()),
            args: RefCell::new(t.clone()),
            keywords: RefCell::new(Value::None),
        };
        let mut seen = Vec::new();
        p.traverse(&mut |v| seen.push(v.clone()));
        assert!(seen.iter().any(|v| v.is(&f)) && seen.iter().any(|v| v.is(&t)));
        let mut out = Vec::new();
        p.clear_into(&mut out);
        assert_eq!(out.len(), 3);
        assert!(p.func.borrow().is_none());
    }
}
