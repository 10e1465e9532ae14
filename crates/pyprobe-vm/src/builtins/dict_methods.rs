//! Methods of `dict` and of its views (`dict_keys`, `dict_values`,
//! `dict_items`). CPython counterpart: `Objects/dictobject.c`.
//!
//! The methods work on the payload, so they also serve subclasses reached
//! through `super()`. Lookups go through `PyDict`, which never holds its
//! borrow while a key's `__eq__` runs; whole-dict operations work on
//! snapshots of the items.

use super::args::{exact, range as arg_range};
use super::set_methods::{self, new_set_value};
use super::set_methods::{
    descr_error, eq_bool, guarded_repr, join_reprs, richcmp_slots, slot_args,
};
use crate::dict::PyDict;
use crate::iter::new_iter;
use crate::object::{tflags, Args, IterKind, Payload, PyObject, PyRef};
use crate::set::PySet;
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use pyprobe_bytecode::CmpOp;
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("__contains__", dict_contains),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__len__", dict_len),
            ("__iter__", dict_iter),
            ("__reversed__", dict_reversed),
            ("__eq__", dict_eq),
            ("__ne__", dict_ne),
            ("__lt__", dict_lt),
            ("__le__", dict_le),
            ("__gt__", dict_gt),
            ("__ge__", dict_ge),
            ("__repr__", dict_repr),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
        ],
    );
    typeobj::add_classmethods(vm, &t, &[("fromkeys", dict_fromkeys)]);
    typeobj::set_type_attr(vm, &t, "__hash__", Value::None);
    make_rev_types(vm);
    let common: &[(&'static str, crate::object::NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
        ("__repr__", view_repr),
    ];
    // dict_values has no `__contains__`: `in` iterates it.
    let set_like: &[(&'static str, crate::object::NativeFn)] = &[
        ("__contains__", view_contains),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("isdisjoint", view_isdisjoint),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
    ];
    for t in [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ] {
        typeobj::add_methods(vm, &t, common);
    }
    for t in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        typeobj::add_methods(vm, &t, set_like);
        typeobj::set_type_attr(vm, &t, "__hash__", Value::None);
    }
}

fn dict_of<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a PyDict> {
    match slf.payload() {
        Some(Payload::Dict(d)) => Ok(d),
        _ => Err(descr_error(vm, name, "dict", slf)),
    }
}

fn is_exact(v: &Value) -> bool {
    v.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
}

fn is_exact_dict(v: &Value) -> bool {
    is_exact(v) && matches!(v.payload(), Some(Payload::Dict(_)))
}

/// `PyDict_Copy`: a plain dict with the same items in the same order,
/// keeping the stored hashes (no key is hashed or compared again).
fn copy_dict(d: &PyDict) -> Value {
    let new = PyDict::new();
    for (h, k, v) in d.hashed_items() {
        new.insert_new_hashed(h, k, v);
    }
    Value::Obj(PyObject::bare(Payload::Dict(Box::new(new))))
}

fn view(slf: &Value, kind: u8) -> Value {
    Value::Obj(PyObject::bare(Payload::View {
        of: slf.clone(),
        kind,
    }))
}

fn dict_keys(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dict_of(vm, slf, "keys")?;
    exact(vm, "dict.keys", &args, 0)?;
    Ok(view(slf, 0))
}

fn dict_values(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dict_of(vm, slf, "values")?;
    exact(vm, "dict.values", &args, 0)?;
    Ok(view(slf, 1))
}

fn dict_items(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dict_of(vm, slf, "items")?;
    exact(vm, "dict.items", &args, 0)?;
    Ok(view(slf, 2))
}

/// Positional-only arguments of a clinic method (`dict.get(key, default)`):
/// CPython names the method qualified in the keyword error only.
fn clinic_args<'a>(
    vm: &mut Vm,
    qual: &str,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    arg_range(vm, name, args, min, max)
}

fn dict_get(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "get")?;
    let a = clinic_args(vm, "dict.get", "get", &args, 1, 2)?;
    Ok(d.get(vm, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "setdefault")?;
    let a = clinic_args(vm, "dict.setdefault", "setdefault", &args, 1, 2)?;
    let default = a.get(1).cloned().unwrap_or(Value::None);
    let h = vm.hash(&a[0])?;
    match d.get_hashed(vm, &a[0], h)? {
        Some(v) => Ok(v),
        None => {
            d.set_hashed(vm, a[0].clone(), h, default.clone())?;
            Ok(default)
        }
    }
}

fn dict_pop(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "pop")?;
    let a = clinic_args(vm, "dict.pop", "pop", &args, 1, 2)?;
    // `_PyDict_Pop`: an empty dict answers without hashing the key.
    let found = if d.len() == 0 {
        None
    } else {
        d.remove(vm, &a[0])?
    };
    match (found, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(dflt)) => Ok(dflt.clone()),
        (None, None) => Err(vm.key_error(a[0].clone())),
    }
}

fn dict_popitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "popitem")?;
    exact(vm, "dict.popitem", &args, 0)?;
    match d.pop_last() {
        Some((k, v)) => Ok(vm.new_pair(k, v)),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_update(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "update")?;
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        vm.dict_update_from(slf, src, false, None)?;
    }
    for (k, v) in args.keywords() {
        d.set_str(Value::str(k), v.clone());
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "copy")?;
    exact(vm, "dict.copy", &args, 0)?;
    Ok(copy_dict(d))
}

fn dict_clear(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "clear")?;
    exact(vm, "dict.clear", &args, 0)?;
    drop(d.clear_all());
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`: `cls()` then each key set to
/// `value` (through `__setitem__` for subclasses, as CPython does).
fn dict_fromkeys(vm: &mut Vm, cls: &Value, args: Args) -> PyResult<Value> {
    let a = clinic_args(vm, "dict.fromkeys", "fromkeys", &args, 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let d = vm.call(cls, &[])?;
    let src = &a[0];
    if is_exact_dict(&d) {
        if let Some(Payload::Dict(target)) = d.payload() {
            match src.payload() {
                Some(Payload::Dict(s)) if is_exact(src) => {
                    for (h, k, _) in s.hashed_items() {
                        target.set_hashed(vm, k, h, value.clone())?;
                    }
                    return Ok(d);
                }
                Some(Payload::Set(s) | Payload::FrozenSet(s)) if is_exact(src) => {
                    for (h, k) in s.hashed_items() {
                        target.set_hashed(vm, k, h, value.clone())?;
                    }
                    return Ok(d);
                }
                _ => {
                    let it = vm.get_iter(src)?;
                    while let Some(k) = vm.next(&it)? {
                        target.set(vm, k, value.clone())?;
                    }
                    return Ok(d);
                }
            }
        }
    }
    let it = vm.get_iter(src)?;
    while let Some(k) = vm.next(&it)? {
        vm.setitem(&d, &k, value.clone())?;
    }
    Ok(d)
}

fn dict_contains(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "__contains__")?;
    let k = exact(vm, "dict.__contains__", &args, 1)?[0].clone();
    Ok(Value::Bool(d.contains(vm, &k)?))
}

/// `dict_subscript`: a missing key calls `__missing__` on subclasses.
fn dict_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "__getitem__")?;
    let k = exact(vm, "dict.__getitem__", &args, 1)?[0].clone();
    if let Some(v) = d.get(vm, &k)? {
        return Ok(v);
    }
    if !is_exact(slf) {
        if let Some(r) = vm.call_dunder(slf, "__missing__", std::slice::from_ref(&k))? {
            return Ok(r);
        }
    }
    Err(vm.key_error(k))
}

fn dict_setitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "__setitem__")?;
    let a = slot_args(vm, "__setitem__", &args, 2)?;
    d.set(vm, a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "__delitem__")?;
    let k = slot_args(vm, "__delitem__", &args, 1)?[0].clone();
    match d.remove(vm, &k)? {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.key_error(k)),
    }
}

fn dict_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "__len__")?;
    slot_args(vm, "__len__", &args, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_iter_of(d: &PyRef, kind: u8) -> Value {
    let len = match &d.payload {
        Payload::Dict(dd) => dd.len(),
        _ => 0,
    };
    new_iter(IterKind::Dict {
        dict: d.clone(),
        pos: 0,
        kind,
        len,
        left: len,
        result: None,
    })
}

fn dict_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dict_of(vm, slf, "__iter__")?;
    slot_args(vm, "__iter__", &args, 0)?;
    match slf.as_obj() {
        Some(o) => Ok(dict_iter_of(o, 0)),
        None => Ok(Value::None),
    }
}

/// Items of a dict for `kind` (0 keys, 1 values, 2 items as tuples).
fn dict_entries(vm: &Vm, d: &PyDict, kind: u8) -> Vec<Value> {
    match kind {
        0 => d.keys(),
        1 => d.values(),
        _ => d
            .items()
            .into_iter()
            .map(|(k, v)| vm.new_pair(k, v))
            .collect(),
    }
}

// ----- reversed(dict) / reversed(view) -----
//
// CPython's `dictreviter`: it walks the entry positions downwards from the
// last one, skipping deleted entries, and raises RuntimeError once the
// dict's size differs from its size at creation. The iterator types are
// built here (`dict_reversekeyiterator` ...); an instance keeps its state
// (dict, next position, size, kind) in a tuple in its `__dict__`.

const REV_NAMES: [&str; 3] = [
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
];

thread_local! {
    /// Never dropped (see `object/ptr.rs`'s FINALIZE).
    static REV_TYPES: std::mem::ManuallyDrop<RefCell<Vec<PyRef>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
}

fn make_rev_types(vm: &mut Vm) {
    let mut types = Vec::with_capacity(3);
    for name in REV_NAMES {
        let ns = vm.new_dict();
        typeobj::dict_of(&ns).set_str(Value::str("__module__"), Value::str("builtins"));
        let meta = vm.types.type_.clone();
        let Ok(t) = typeobj::new_class(vm, &meta, name, Vec::new(), &ns) else {
            return;
        };
        typeobj::add_methods(
            vm,
            &t,
            &[("__iter__", rev_iter_self), ("__next__", rev_iter_next)],
        );
        if let Some(td) = t.type_data() {
            td.flags.set(td.flags.get() & !tflags::BASETYPE);
        }
        typeobj::update_flags(&t);
        types.push(t);
    }
    REV_TYPES.with(|r| *r.borrow_mut() = types);
}

fn rev_state_dict(slf: &Value) -> Option<PyRef> {
    let o = slf.as_obj()?;
    let is_rev = REV_TYPES.with(|r| {
        r.borrow()
            .iter()
            .any(|t| o.class.as_ref().map(|c| c.is(t)).unwrap_or(false))
    });
    if is_rev {
        o.instance_dict()
    } else {
        None
    }
}

/// `reversed(d)`, `reversed(d.keys())` ... for `kind` 0, 1, 2.
fn reversed_iter(vm: &mut Vm, dict: &Value, kind: u8) -> PyResult<Value> {
    let Some(Payload::Dict(d)) = dict.payload() else {
        return Ok(Value::None);
    };
    // The last entry position (`dk_nentries - 1`, trailing holes aside).
    let (mut pos, mut last) = (0usize, -1i64);
    while let Some((next, _, _)) = d.next_from(pos) {
        last = next as i64 - 1;
        pos = next;
    }
    let Some(t) = REV_TYPES.with(|r| r.borrow().get(kind as usize).cloned()) else {
        let mut items = dict_entries(vm, d, kind);
        items.reverse();
        return Ok(new_iter(IterKind::Seq {
            seq: vm.new_list(items),
            index: 0,
        }));
    };
    let state = vm.new_tuple(vec![
        dict.clone(),
        Value::Int(last),
        Value::Int(d.len() as i64),
        Value::Int(kind as i64),
    ]);
    let ns = vm.new_dict();
    typeobj::dict_of(&ns).set_str(Value::str("state"), state);
    Ok(Value::Obj(PyObject::with_class(
        t,
        Payload::Instance(Default::default()),
        Some(ns),
    )))
}

fn rev_iter_self(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    slot_args(vm, "__iter__", &args, 0)?;
    Ok(slf.clone())
}

fn rev_iter_next(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    slot_args(vm, "__next__", &args, 0)?;
    let Some(ns) = rev_state_dict(slf) else {
        return Err(descr_error(vm, "__next__", REV_NAMES[0], slf));
    };
    let state = typeobj::dict_of(&ns)
        .get_str("state")
        .unwrap_or(Value::None);
    let Some(Payload::Tuple(st)) = state.payload() else {
        return Err(vm.stop_iteration(Value::None));
    };
    let (dict, pos, used, kind) = match (&st[1], &st[2], &st[3]) {
        (Value::Int(p), Value::Int(u), Value::Int(k)) => (st[0].clone(), *p, *u, *k),
        _ => return Err(vm.stop_iteration(Value::None)),
    };
    let Some(Payload::Dict(d)) = dict.payload() else {
        return Err(vm.stop_iteration(Value::None));
    };
    if d.len() as i64 != used {
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let mut p = pos;
    while p >= 0 {
        match d.next_from(p as usize) {
            Some((next, k, v)) if next == p as usize + 1 => {
                let new_state = vm.new_tuple(vec![
                    dict.clone(),
                    Value::Int(p - 1),
                    Value::Int(used),
                    Value::Int(kind),
                ]);
                typeobj::dict_of(&ns).set_str(Value::str("state"), new_state);
                return Ok(match kind {
                    0 => k,
                    1 => v,
                    _ => vm.new_pair(k, v),
                });
            }
            _ => p -= 1,
        }
    }
    // Exhausted: forget the dict, so later changes no longer matter.
    typeobj::dict_of(&ns).set_str(Value::str("state"), Value::None);
    Err(vm.stop_iteration(Value::None))
}

fn dict_reversed(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "__reversed__")?;
    exact(vm, "dict.__reversed__", &args, 0)?;
    let _ = d;
    reversed_iter(vm, slf, 0)
}

/// `dict_equal`: same length and every key of `a` maps to an equal value
/// in `b`.
pub(super) fn dict_equal(vm: &mut Vm, a: &PyDict, b: &PyDict) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, av) in a.items() {
        match b.get(vm, &k)? {
            Some(bv) => {
                if !eq_bool(vm, &av, &bv)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    let Some(Payload::Dict(a)) = slf.payload() else {
        return Err(set_methods::wrapper_error(vm, op.dunder(), "dict", slf));
    };
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    // Dicts have no order: only == and != answer.
    let (Some(Payload::Dict(b)), CmpOp::Eq | CmpOp::Ne) = (other.payload(), op) else {
        return Ok(vm.not_implemented.clone());
    };
    let eq = dict_equal(vm, a, b)?;
    Ok(Value::Bool(eq == (op == CmpOp::Eq)))
}

richcmp_slots!(dict_richcompare: dict_eq => Eq, dict_ne => Ne, dict_lt => Lt, dict_le => Le, dict_gt => Gt, dict_ge => Ge);

fn dict_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = dict_of(vm, slf, "__repr__")?;
    slot_args(vm, "__repr__", &args, 0)?;
    let items = d.items();
    guarded_repr(vm, slf, "{...}", |vm| {
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in &items {
            let ks = vm.repr_string(k)?;
            let vs = vm.repr_string(v)?;
            parts.push(format!("{ks}: {vs}"));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    })
}

/// `dict_or`: a plain-dict copy of `left` updated with `right`; both must
/// be dicts.
fn dict_or_values(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (Some(Payload::Dict(l)), Some(Payload::Dict(_))) = (left.payload(), right.payload()) else {
        return Ok(vm.not_implemented.clone());
    };
    let new = copy_dict(l);
    vm.dict_update_from(&new, right, false, None)?;
    Ok(new)
}

fn dict_or(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dict_of(vm, slf, "__or__")?;
    let other = slot_args(vm, "__or__", &args, 1)?[0].clone();
    dict_or_values(vm, slf, &other)
}

fn dict_ror(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dict_of(vm, slf, "__ror__")?;
    let other = slot_args(vm, "__ror__", &args, 1)?[0].clone();
    dict_or_values(vm, &other, slf)
}

/// `d |= other` accepts anything `dict.update` does.
fn dict_ior(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dict_of(vm, slf, "__ior__")?;
    let other = slot_args(vm, "__ior__", &args, 1)?[0].clone();
    vm.dict_update_from(slf, &other, false, None)?;
    Ok(slf.clone())
}

// ----- views -----

const VIEW_NAMES: [&str; 3] = ["dict_keys", "dict_values", "dict_items"];

/// The dict behind a view and the view's kind.
fn view_of<'a>(
    vm: &mut Vm,
    slf: &'a Value,
    name: &str,
    set_like: bool,
) -> PyResult<(&'a Value, u8)> {
    match slf.payload() {
        Some(Payload::View { of, kind }) if *kind <= 2 && (!set_like || *kind != 1) => {
            Ok((of, *kind))
        }
        _ => Err(descr_error(
            vm,
            name,
            if set_like { "dict_keys" } else { VIEW_NAMES[0] },
            slf,
        )),
    }
}

fn view_dict(of: &Value) -> Option<&PyDict> {
    match of.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

fn view_len_of(v: &Value) -> Option<usize> {
    match v.payload() {
        Some(Payload::View { of, kind }) if *kind <= 2 => view_dict(of).map(|d| d.len()),
        _ => None,
    }
}

fn is_set_view(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::View { kind: 0 | 2, .. }))
}

fn view_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (of, _) = view_of(vm, slf, "__len__", false)?;
    slot_args(vm, "__len__", &args, 0)?;
    Ok(Value::Int(
        view_dict(of).map(|d| d.len()).unwrap_or(0) as i64
    ))
}

fn view_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (of, kind) = view_of(vm, slf, "__iter__", false)?;
    slot_args(vm, "__iter__", &args, 0)?;
    match of.as_obj() {
        Some(d) => Ok(dict_iter_of(d, kind)),
        None => Ok(Value::None),
    }
}

fn view_reversed(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (of, kind) = view_of(vm, slf, "__reversed__", false)?;
    let qual = format!("{}.__reversed__", VIEW_NAMES[kind as usize]);
    exact(vm, &qual, &args, 0)?;
    let of = of.clone();
    reversed_iter(vm, &of, kind)
}

fn view_contains(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (of, kind) = view_of(vm, slf, "__contains__", false)?;
    let x = slot_args(vm, "__contains__", &args, 1)?[0].clone();
    let of = of.clone();
    Ok(Value::Bool(super::dict_view_contains(vm, &of, kind, &x)?))
}

fn view_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (of, kind) = view_of(vm, slf, "__repr__", false)?;
    slot_args(vm, "__repr__", &args, 0)?;
    let items = view_dict(of)
        .map(|d| dict_entries(vm, d, kind))
        .unwrap_or_default();
    let name = VIEW_NAMES[kind as usize];
    guarded_repr(vm, slf, "...", |vm| {
        let inner = join_reprs(vm, &items)?;
        Ok(format!("{name}([{inner}])"))
    })
}

/// `x in view` as `PySequence_Contains` sees it.
fn contains_in(vm: &mut Vm, container: &Value, x: &Value) -> PyResult<bool> {
    vm.contains(container, x)
}

/// `dictviews_to_set`: the keys of an exact dict go in with their hashes
/// (presized like `set(d)`), anything else is iterated.
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<PySet> {
    let s = PySet::new();
    if let Some(Payload::View { of, kind: 0 }) = v.payload() {
        if is_exact_dict(of) {
            set_methods::update_internal(vm, &s, of)?;
            return Ok(s);
        }
    }
    set_methods::update_internal(vm, &s, v)?;
    Ok(s)
}

/// `_PyDictView_Intersect`.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    // The view is `slf`; the interpreter may pass it on either side.
    let (mut slf, mut other) = if is_set_view(a) {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_self = view_len_of(&slf).unwrap_or(0);
    if matches!(other.payload(), Some(Payload::Set(_)))
        && is_exact(&other)
        && len_self <= vm.len(&other)?
    {
        let Some(Payload::Set(o)) = other.payload() else {
            return Ok(Value::None);
        };
        let r = set_methods::intersection(vm, o, &slf)?;
        return Ok(new_set_value(r, false));
    }
    if let Some(len_other) = view_len_of(&other).filter(|_| is_set_view(&other)) {
        if len_other > len_self {
            std::mem::swap(&mut slf, &mut other);
        }
    }
    let result = PySet::new();
    let it = vm.get_iter(&other)?;
    while let Some(k) = vm.next(&it)? {
        if contains_in(vm, &slf, &k)? {
            result.add(vm, k)?;
        }
    }
    Ok(new_set_value(result, false))
}

/// The set operators of keys/items views (`dictviews_and` ...): any
/// iterable is accepted; the result is a set. `a` is the left operand.
fn view_binop(
    vm: &mut Vm,
    slf: &Value,
    args: Args,
    name: &str,
    op: char,
    reflected: bool,
) -> PyResult<Value> {
    view_of(vm, slf, name, true)?;
    let other = slot_args(vm, name, &args, 1)?[0].clone();
    let (a, b) = if reflected {
        (other, slf.clone())
    } else {
        (slf.clone(), other)
    };
    match op {
        '&' => view_intersect(vm, &a, &b),
        '|' => {
            let s = view_to_set(vm, &a)?;
            set_methods::update_internal(vm, &s, &b)?;
            Ok(new_set_value(s, false))
        }
        '-' => {
            let s = view_to_set(vm, &a)?;
            set_methods::difference_update_internal(vm, &s, &b)?;
            Ok(new_set_value(s, false))
        }
        _ => {
            if matches!(a.payload(), Some(Payload::View { kind: 2, .. }))
                && matches!(b.payload(), Some(Payload::View { kind: 2, .. }))
            {
                return dictitems_xor(vm, &a, &b);
            }
            let s = view_to_set(vm, &a)?;
            set_methods::symmetric_difference_update(vm, &s, &b)?;
            Ok(new_set_value(s, false))
        }
    }
}

/// `dictitems_xor`: the items in exactly one of the two dicts.
fn dictitems_xor(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(Payload::View { of: d1, .. }), Some(Payload::View { of: d2, .. })) =
        (a.payload(), b.payload())
    else {
        return Ok(Value::None);
    };
    let (Some(d1), Some(d2)) = (view_dict(d1), view_dict(d2)) else {
        return Ok(Value::None);
    };
    let temp = copy_dict(d1);
    let Some(Payload::Dict(t)) = temp.payload() else {
        return Ok(Value::None);
    };
    let result = PySet::new();
    for (h, k, v2) in d2.hashed_items() {
        let to_delete = match t.get_hashed(vm, &k, h)? {
            Some(v1) => eq_bool(vm, &v1, &v2)?,
            None => false,
        };
        if to_delete {
            t.remove(vm, &k)?;
        } else {
            let pair = vm.new_pair(k, v2);
            result.add(vm, pair)?;
        }
    }
    for (k, v) in t.items() {
        let pair = vm.new_pair(k, v);
        result.add(vm, pair)?;
    }
    Ok(new_set_value(result, false))
}

fn view_and(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__and__", '&', false)
}

fn view_rand(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__rand__", '&', true)
}

fn view_or(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__or__", '|', false)
}

fn view_ror(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__ror__", '|', true)
}

fn view_sub(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__sub__", '-', false)
}

fn view_rsub(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__rsub__", '-', true)
}

fn view_xor(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__xor__", '^', false)
}

fn view_rxor(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    view_binop(vm, slf, args, "__rxor__", '^', true)
}

/// `dictviews_isdisjoint`.
fn view_isdisjoint(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (_, kind) = view_of(vm, slf, "isdisjoint", true)?;
    let qual = format!("{}.isdisjoint", VIEW_NAMES[kind as usize]);
    let other = exact(vm, &qual, &args, 1)?[0].clone();
    let len_self = view_len_of(slf).unwrap_or(0);
    if other.is(slf) {
        return Ok(Value::Bool(len_self == 0));
    }
    let (mut container, mut iterated) = (slf.clone(), other.clone());
    if matches!(
        other.payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_))
    ) || is_set_view(&other)
    {
        let len_other = vm.len(&other)?;
        if len_other > len_self {
            std::mem::swap(&mut container, &mut iterated);
        }
    }
    let it = vm.get_iter(&iterated)?;
    while let Some(x) = vm.next(&it)? {
        if contains_in(vm, &container, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `all_contained_in(a, b)`: every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !contains_in(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare`: set comparisons with sets and set-like views.
pub(super) fn view_compare(vm: &mut Vm, slf: &Value, other: &Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(
        other.payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_))
    ) && !is_set_view(other)
    {
        return Ok(vm.not_implemented.clone());
    }
    let len_self = vm.len(slf)?;
    let len_other = vm.len(other)?;
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = len_self == len_other && all_contained_in(vm, slf, other)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => len_self < len_other && all_contained_in(vm, slf, other)?,
        CmpOp::Le => len_self <= len_other && all_contained_in(vm, slf, other)?,
        CmpOp::Gt => len_self > len_other && all_contained_in(vm, other, slf)?,
        CmpOp::Ge => len_self >= len_other && all_contained_in(vm, other, slf)?,
    };
    Ok(Value::Bool(ok))
}

fn view_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    view_of(vm, slf, op.dunder(), true)?;
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    view_compare(vm, slf, &other, op)
}

richcmp_slots!(view_richcompare: view_eq => Eq, view_ne => Ne, view_lt => Lt, view_le => Le, view_gt => Gt, view_ge => Ge);
