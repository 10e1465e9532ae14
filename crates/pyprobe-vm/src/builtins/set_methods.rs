//! Methods of `set` and `frozenset`. CPython counterpart: `Objects/setobject.c`.
//!
//! Iteration order is part of the observable behaviour, so every operation
//! builds its result with the primitive CPython uses (see `table.rs`):
//! copies and unions of sets go through `set_merge` (`PySet::merge_from`),
//! intersections add the matching keys of the smaller operand one by one,
//! differences copy and discard or add the survivors, and the in-place
//! intersection replaces the contents as `set_swap_bodies` would. The
//! internal helpers are `pub(super)` for the dict views' set operations.
//!
//! The helpers shared by `list_methods.rs`, `dict_methods.rs` and this file
//! (descriptor and argument errors, guarded reprs, comparison slots) are in
//! the "helpers" section below.

use super::args::exact;
use crate::iter::new_iter;
use crate::object::{Args, IterKind, Payload, PyObject};
use crate::set::PySet;
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use pyprobe_bytecode::CmpOp;

type Method = (&'static str, crate::object::NativeFn);

pub fn init(vm: &mut Vm) {
    // Methods of both types.
    let common: &[Method] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection_m),
        ("difference", set_difference_m),
        ("symmetric_difference", set_symmetric_difference_m),
        ("issubset", set_issubset_m),
        ("issuperset", set_issuperset_m),
        ("isdisjoint", set_isdisjoint_m),
        ("__contains__", set_contains_m),
        ("__len__", set_len),
        ("__iter__", set_iter),
        ("__repr__", set_repr),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
        ("__or__", set_or_m),
        ("__ror__", set_ror_m),
        ("__and__", set_and_m),
        ("__rand__", set_rand_m),
        ("__sub__", set_sub_m),
        ("__rsub__", set_rsub_m),
        ("__xor__", set_xor_m),
        ("__rxor__", set_rxor_m),
        ("__reduce__", set_reduce),
    ];
    let mutating: &[Method] = &[
        ("add", set_add),
        ("discard", set_discard_m),
        ("remove", set_remove_m),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update_m),
        ("intersection_update", set_intersection_update_m),
        ("difference_update", set_difference_update_m),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update_m,
        ),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
    ];
    let t = vm.types.set.clone();
    typeobj::add_methods(vm, &t, common);
    typeobj::add_methods(vm, &t, mutating);
    typeobj::set_type_attr(vm, &t, "__hash__", Value::None);
    let t = vm.types.frozenset.clone();
    typeobj::add_methods(vm, &t, common);
    typeobj::add_methods(vm, &t, &[("__hash__", frozenset_hash)]);
}

// ----- helpers shared with list_methods.rs and dict_methods.rs -----

/// The six rich-comparison slot functions over one implementation
/// `fn(vm, slf, args, op)`.
macro_rules! richcmp_slots {
    ($imp:ident: $($name:ident => $op:ident),*) => {
        $(fn $name(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
            $imp(vm, slf, args, CmpOp::$op)
        })*
    };
}
pub(super) use richcmp_slots;

/// CPython's check that a method descriptor is applied to its own type.
pub(super) fn descr_error(vm: &mut Vm, name: &str, owner: &str, slf: &Value) -> PyErr {
    let tn = vm.type_name(slf);
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"
    ))
}

/// CPython's check that a slot wrapper (`range.__len__`, `bytes.__lt__`)
/// is applied to its own type (`wrapperdescr_call`'s message).
pub(super) fn wrapper_error(vm: &mut Vm, name: &str, owner: &str, slf: &Value) -> PyErr {
    let tn = vm.type_name(slf);
    vm.type_error(format!(
        "descriptor '{name}' requires a '{owner}' object but received a '{tn}'"
    ))
}

/// Arguments of a slot wrapper (`__len__`, `__eq__`, `__add__` ...):
/// exactly `n` positional arguments, with CPython's messages.
pub(super) fn slot_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    n: usize,
) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = args.positional();
    if pos.len() != n {
        let s = if n == 1 { "" } else { "s" };
        // `__setitem__`, `__set__` and the sequence slots unpack with an
        // empty name, which leaves CPython's message with a leading space.
        let lead = if matches!(
            name,
            "__setitem__" | "__set__" | "__mul__" | "__rmul__" | "__imul__"
        ) && n > 0
        {
            " "
        } else {
            ""
        };
        return Err(vm.type_error(format!("{lead}expected {n} argument{s}, got {}", pos.len())));
    }
    Ok(pos)
}

/// `Py_ReprEnter`/`Py_ReprLeave` around a container repr: `recursive` when
/// the object is already being printed.
pub(super) fn guarded_repr(
    vm: &mut Vm,
    slf: &Value,
    recursive: &str,
    body: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<Value> {
    let id = slf.as_obj().map(|o| o.id()).unwrap_or(0);
    if vm.repr_stack.contains(&id) {
        return Ok(Value::str(recursive));
    }
    vm.enter()?;
    vm.repr_stack.push(id);
    let r = body(vm);
    if let Some(p) = vm.repr_stack.iter().rposition(|&x| x == id) {
        vm.repr_stack.remove(p);
    }
    vm.leave();
    r.map(Value::str)
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity implies equality.
pub(super) fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}

/// Reprs of `items` joined with ", ".
pub(super) fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(vm.repr_string(it)?);
    }
    Ok(parts.join(", "))
}

// ----- the set algorithms (setobject.c) -----

/// The table of a set or frozenset (of any subclass): `PyAnySet_Check`.
pub(super) fn any_set(v: &Value) -> Option<&PySet> {
    match v.payload() {
        Some(Payload::Set(s) | Payload::FrozenSet(s)) => Some(s),
        _ => None,
    }
}

fn is_exact(v: &Value) -> bool {
    v.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
}

/// A new exact set or frozenset around a table.
pub(super) fn new_set_value(s: PySet, frozen: bool) -> Value {
    Value::Obj(PyObject::bare(if frozen {
        Payload::FrozenSet(Box::new(s))
    } else {
        Payload::Set(Box::new(s))
    }))
}

/// `make_new_set_basetype`: results of `set` (sub)classes are sets, of
/// `frozenset` (sub)classes frozensets.
fn frozen_base(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// The `set_table_resize` presizing step of `set_update_internal` for an
/// exact dict of `n` keys.
fn presize(s: &PySet, n: usize) {
    s.presize(n);
}

/// The dummy purge at the end of `set_difference_update_internal`.
fn purge_dummies(s: &PySet) {
    s.purge_dummies();
}

/// `set_merge`: add every key of `o` (with its stored hash) to `s`. An
/// empty `s` copies `o`'s layout, as CPython does.
pub(super) fn set_merge(vm: &mut Vm, s: &PySet, o: &PySet) -> PyResult<()> {
    if std::ptr::eq(s, o) || o.len() == 0 {
        return Ok(());
    }
    let before = s.len();
    // Presizes, and copies the slots when `s` has never been filled.
    s.merge_from(o);
    if s.len() == before {
        for (h, k) in o.hashed_items() {
            s.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// A copy of a table (`set_copy`).
pub(super) fn copy_of(vm: &mut Vm, s: &PySet) -> PyResult<PySet> {
    let r = PySet::new();
    set_merge(vm, &r, s)?;
    Ok(r)
}

/// `set_update_internal`: sets merge, exact dicts add their keys with the
/// stored hashes, other iterables add item by item.
pub(super) fn update_internal(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        return set_merge(vm, s, o);
    }
    if let Some(Payload::Dict(d)) = other.payload() {
        if is_exact(other) {
            presize(s, d.len());
            for (h, k, _) in d.hashed_items() {
                s.add_hashed(vm, k, h)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        s.add(vm, k)?;
    }
    Ok(())
}

/// A new table holding the items of `other` (`make_new_set(type, other)`).
fn table_from(vm: &mut Vm, other: &Value) -> PyResult<PySet> {
    let s = PySet::new();
    update_internal(vm, &s, other)?;
    Ok(s)
}

/// An intersection result and how it was built: by adding keys in this
/// order to an empty table, or (None) as a copy.
pub(super) struct Built {
    pub set: PySet,
    seq: Option<Vec<(i64, Value)>>,
}

impl Built {
    fn by_adds() -> Built {
        Built {
            set: PySet::new(),
            seq: Some(Vec::new()),
        }
    }

    fn add(&mut self, vm: &mut Vm, k: Value, h: i64) -> PyResult<()> {
        if self.set.add_hashed(vm, k.clone(), h)? {
            if let Some(seq) = &mut self.seq {
                seq.push((h, k));
            }
        }
        Ok(())
    }
}

/// `set_intersection(so, other)`.
pub(super) fn intersection_built(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<Built> {
    if let Some(o) = any_set(other) {
        if std::ptr::eq(so, o) {
            return Ok(Built {
                set: copy_of(vm, so)?,
                seq: None,
            });
        }
        // Iterate over the smaller set, probing the larger one.
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        let mut r = Built::by_adds();
        for (h, k) in small.hashed_items() {
            if big.contains(vm, &k)? {
                r.add(vm, k, h)?;
            }
        }
        return Ok(r);
    }
    let mut r = Built::by_adds();
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if so.contains(vm, &k)? {
            r.add(vm, k, h)?;
            if r.set.len() >= so.len() {
                break;
            }
        }
    }
    Ok(r)
}

pub(super) fn intersection(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<PySet> {
    Ok(intersection_built(vm, so, other)?.set)
}

/// `set_swap_bodies(so, result)` for the in-place intersection: `so` gets
/// the result's layout (its `pop` finger stays, as in CPython).
fn replace_contents(vm: &mut Vm, so: &PySet, r: Built) -> PyResult<()> {
    let old = so.clear_all();
    match r.seq {
        // Replaying the same additions into the same empty table gives the
        // same layout.
        Some(seq) => {
            for (h, k) in seq {
                so.add_hashed(vm, k, h)?;
            }
        }
        None => set_merge(vm, so, &r.set)?,
    }
    drop(old);
    Ok(())
}

/// `set_difference_update_internal`.
pub(super) fn difference_update_internal(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        if std::ptr::eq(s, o) {
            drop(s.clear_all());
            return Ok(());
        }
        // A much larger other set is replaced by the intersection.
        let keys = if (o.len() >> 3) > s.len() {
            intersection_built(vm, s, other)?.set.hashed_items()
        } else {
            o.hashed_items()
        };
        for (_, k) in keys {
            s.discard(vm, &k)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.next(&it)? {
            s.discard(vm, &k)?;
        }
    }
    purge_dummies(s);
    Ok(())
}

/// `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<PySet> {
    let other_size = match other.payload() {
        Some(Payload::Set(o) | Payload::FrozenSet(o)) => Some(o.len()),
        Some(Payload::Dict(d)) if is_exact(other) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (so.len() >> 2) <= n => {}
        _ => {
            let r = copy_of(vm, so)?;
            difference_update_internal(vm, &r, other)?;
            return Ok(r);
        }
    }
    let r = PySet::new();
    for (h, k) in so.hashed_items() {
        let present = match other.payload() {
            Some(Payload::Dict(d)) => d.contains(vm, &k)?,
            Some(Payload::Set(o) | Payload::FrozenSet(o)) => o.contains(vm, &k)?,
            _ => false,
        };
        if !present {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(r)
}

/// `set_symmetric_difference_update`.
pub(super) fn symmetric_difference_update(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        if std::ptr::eq(s, o) {
            drop(s.clear_all());
            return Ok(());
        }
    }
    if let Some(Payload::Dict(d)) = other.payload() {
        if is_exact(other) {
            for (h, k, _) in d.hashed_items() {
                if !s.discard(vm, &k)? {
                    s.add_hashed(vm, k, h)?;
                }
            }
            return Ok(());
        }
    }
    let tmp;
    let o = match any_set(other) {
        Some(o) => o,
        None => {
            tmp = table_from(vm, other)?;
            &tmp
        }
    };
    for (h, k) in o.hashed_items() {
        if !s.discard(vm, &k)? {
            s.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a copy of `other` updated with `so`.
fn symmetric_difference(vm: &mut Vm, so_val: &Value, other: &Value) -> PyResult<PySet> {
    let r = table_from(vm, other)?;
    symmetric_difference_update(vm, &r, so_val)?;
    Ok(r)
}

/// `set_issubset(so, other)`.
fn issubset(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<bool> {
    let Some(o) = any_set(other) else {
        let r = intersection_built(vm, so, other)?;
        return Ok(r.set.len() == so.len());
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    for (_, k) in so.hashed_items() {
        if !o.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset(so, other)`.
fn issuperset(vm: &mut Vm, so_val: &Value, so: &PySet, other: &Value) -> PyResult<bool> {
    if let Some(o) = any_set(other) {
        return issubset(vm, o, so_val);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !so.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint(so, other)`.
fn isdisjoint(vm: &mut Vm, so_val: &Value, so: &PySet, other: &Value) -> PyResult<bool> {
    if so_val.is(other) {
        return Ok(so.len() == 0);
    }
    if let Some(o) = any_set(other).filter(|_| is_exact(other)) {
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (_, k) in small.hashed_items() {
            if big.contains(vm, &k)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if so.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A frozenset copy of a set key (`set_contains`/`remove`/`discard` retry
/// an unhashable set as a frozenset).
fn frozen_key(vm: &mut Vm, key: &Value) -> PyResult<Value> {
    let s = PySet::new();
    if let Some(o) = any_set(key) {
        set_merge(vm, &s, o)?;
    }
    Ok(new_set_value(s, true))
}

/// Run `f` on `key`, retrying with a frozenset copy when `key` is an
/// unhashable set.
fn with_set_key<T>(
    vm: &mut Vm,
    key: &Value,
    f: impl Fn(&mut Vm, &Value) -> PyResult<T>,
) -> PyResult<T> {
    match f(vm, key) {
        Err(e) if matches!(key.payload(), Some(Payload::Set(_))) && vm.err_is(&e, "TypeError") => {
            let fk = frozen_key(vm, key)?;
            f(vm, &fk)
        }
        r => r,
    }
}

// ----- methods -----

fn type_label(slf: &Value) -> &'static str {
    if frozen_base(slf) {
        "frozenset"
    } else {
        "set"
    }
}

fn set_ref<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a PySet> {
    match any_set(slf) {
        Some(s) => Ok(s),
        None => Err(descr_error(vm, name, "set", slf)),
    }
}

/// The table of a mutable set (the methods only `set` has).
fn mut_set<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a PySet> {
    match slf.payload() {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(descr_error(vm, name, "set", slf)),
    }
}

/// `METH_VARARGS` methods: positional arguments only.
fn varargs<'a>(vm: &mut Vm, slf: &Value, name: &str, args: &Args<'a>) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        let t = type_label(slf);
        return Err(vm.type_error(format!("{t}.{name}() takes no keyword arguments")));
    }
    Ok(args.positional())
}

/// `METH_O` methods: exactly one argument.
fn one_arg(vm: &mut Vm, slf: &Value, name: &str, args: &Args) -> PyResult<Value> {
    if let ([x], []) = (args.args, args.kwnames) {
        return Ok(x.clone());
    }
    let qual = format!("{}.{name}", type_label(slf));
    Ok(exact(vm, &qual, args, 1)?[0].clone())
}

/// `METH_NOARGS` methods.
fn no_args(vm: &mut Vm, slf: &Value, name: &str, args: &Args) -> PyResult<()> {
    if args.args.is_empty() {
        return Ok(());
    }
    let qual = format!("{}.{name}", type_label(slf));
    exact(vm, &qual, args, 0)?;
    Ok(())
}

fn set_add(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "add")?;
    let x = one_arg(vm, slf, "add", &args)?;
    s.add(vm, x)?;
    Ok(Value::None)
}

fn set_discard_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "discard")?;
    let x = one_arg(vm, slf, "discard", &args)?;
    with_set_key(vm, &x, |vm, k| s.discard(vm, k))?;
    Ok(Value::None)
}

fn set_remove_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "remove")?;
    let x = one_arg(vm, slf, "remove", &args)?;
    if with_set_key(vm, &x, |vm, k| s.discard(vm, k))? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(x))
    }
}

fn set_pop(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "pop")?;
    no_args(vm, slf, "pop", &args)?;
    match s.pop() {
        Some(k) => Ok(k),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "clear")?;
    no_args(vm, slf, "clear", &args)?;
    drop(s.clear_all());
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "copy")?;
    no_args(vm, slf, "copy", &args)?;
    let frozen = frozen_base(slf);
    if frozen && is_exact(slf) {
        return Ok(slf.clone());
    }
    Ok(new_set_value(copy_of(vm, s)?, frozen))
}

fn set_update_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "update")?;
    for other in varargs(vm, slf, "update", &args)? {
        update_internal(vm, s, other)?;
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "union")?;
    let others = varargs(vm, slf, "union", &args)?;
    let r = copy_of(vm, s)?;
    for other in others {
        if other.is(slf) {
            continue;
        }
        update_internal(vm, &r, other)?;
    }
    Ok(new_set_value(r, frozen_base(slf)))
}

/// `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, s: &PySet, others: &[Value]) -> PyResult<Built> {
    let mut cur: Option<Built> = None;
    for other in others {
        let next = match &cur {
            None => intersection_built(vm, s, other)?,
            Some(b) => intersection_built(vm, &b.set, other)?,
        };
        cur = Some(next);
    }
    match cur {
        Some(b) => Ok(b),
        None => Ok(Built {
            set: copy_of(vm, s)?,
            seq: None,
        }),
    }
}

fn set_intersection_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "intersection")?;
    let others = varargs(vm, slf, "intersection", &args)?;
    let r = intersection_multi(vm, s, others)?;
    Ok(new_set_value(r.set, frozen_base(slf)))
}

fn set_intersection_update_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "intersection_update")?;
    let others = varargs(vm, slf, "intersection_update", &args)?;
    let r = intersection_multi(vm, s, others)?;
    replace_contents(vm, s, r)?;
    Ok(Value::None)
}

fn set_difference_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "difference")?;
    let others = varargs(vm, slf, "difference", &args)?;
    let Some((first, rest)) = others.split_first() else {
        return Ok(new_set_value(copy_of(vm, s)?, frozen_base(slf)));
    };
    let r = difference(vm, s, first)?;
    for other in rest {
        difference_update_internal(vm, &r, other)?;
    }
    Ok(new_set_value(r, frozen_base(slf)))
}

fn set_difference_update_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "difference_update")?;
    for other in varargs(vm, slf, "difference_update", &args)? {
        difference_update_internal(vm, s, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    set_ref(vm, slf, "symmetric_difference")?;
    let other = one_arg(vm, slf, "symmetric_difference", &args)?;
    let r = symmetric_difference(vm, slf, &other)?;
    Ok(new_set_value(r, frozen_base(slf)))
}

fn set_symmetric_difference_update_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = mut_set(vm, slf, "symmetric_difference_update")?;
    let other = one_arg(vm, slf, "symmetric_difference_update", &args)?;
    symmetric_difference_update(vm, s, &other)?;
    Ok(Value::None)
}

fn set_issubset_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "issubset")?;
    let other = one_arg(vm, slf, "issubset", &args)?;
    Ok(Value::Bool(issubset(vm, s, &other)?))
}

fn set_issuperset_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "issuperset")?;
    let other = one_arg(vm, slf, "issuperset", &args)?;
    Ok(Value::Bool(issuperset(vm, slf, s, &other)?))
}

fn set_isdisjoint_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "isdisjoint")?;
    let other = one_arg(vm, slf, "isdisjoint", &args)?;
    Ok(Value::Bool(isdisjoint(vm, slf, s, &other)?))
}

fn set_contains_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "__contains__")?;
    let x = one_arg(vm, slf, "__contains__", &args)?;
    Ok(Value::Bool(with_set_key(vm, &x, |vm, k| {
        s.contains(vm, k)
    })?))
}

/// `set.__reduce__()` and frozenset's: `(type(self), (list(self),),
/// state)` (CPython's `set_reduce`).
fn set_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    set_ref(vm, slf, "__reduce__")?;
    let owner = if matches!(slf.payload(), Some(Payload::FrozenSet(_))) {
        "frozenset.__reduce__"
    } else {
        "set.__reduce__"
    };
    exact(vm, owner, &args, 0)?;
    let items = vm.collect(slf)?;
    let keys = vm.new_list(items);
    let args = vm.new_tuple(vec![keys]);
    let state = super::reduce::getstate(vm, slf, false)?;
    let cls = Value::Obj(vm.class_of(slf).clone());
    Ok(vm.new_tuple(vec![cls, args, state]))
}

fn set_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "__len__")?;
    slot_args(vm, "__len__", &args, 0)?;
    Ok(Value::Int(s.len() as i64))
}

fn set_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "__iter__")?;
    slot_args(vm, "__iter__", &args, 0)?;
    match slf.as_obj() {
        Some(o) => Ok(new_iter(IterKind::Set {
            set: o.clone(),
            pos: 0,
            len: s.len(),
        })),
        None => Ok(Value::None),
    }
}

/// `set_repr`: `{1, 2}` for exact sets, `name({1, 2})` otherwise, `name()`
/// when empty and `name(...)` for a set inside itself.
fn set_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let s = set_ref(vm, slf, "__repr__")?;
    slot_args(vm, "__repr__", &args, 0)?;
    let name = vm.type_name(slf);
    let items = s.items();
    let plain = is_exact(slf) && !frozen_base(slf);
    let recursive = format!("{name}(...)");
    guarded_repr(vm, slf, &recursive, |vm| {
        if items.is_empty() {
            return Ok(format!("{name}()"));
        }
        let inner = join_reprs(vm, &items)?;
        Ok(if plain {
            format!("{{{inner}}}")
        } else {
            format!("{name}({{{inner}}})")
        })
    })
}

/// `set_richcompare`: subset comparisons, NotImplemented for non-sets.
pub(super) fn set_compare(vm: &mut Vm, slf: &Value, other: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(v), Some(w)) = (any_set(slf), any_set(other)) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match op {
        CmpOp::Eq => v.len() == w.len() && issubset(vm, v, other)?,
        CmpOp::Ne => !(v.len() == w.len() && issubset(vm, v, other)?),
        CmpOp::Le => issubset(vm, v, other)?,
        CmpOp::Ge => issuperset(vm, slf, v, other)?,
        CmpOp::Lt => v.len() < w.len() && issubset(vm, v, other)?,
        CmpOp::Gt => v.len() > w.len() && issuperset(vm, slf, v, other)?,
    };
    Ok(Value::Bool(r))
}

fn set_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    set_ref(vm, slf, op.dunder())?;
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    set_compare(vm, slf, &other, op)
}

richcmp_slots!(set_richcompare: set_eq => Eq, set_ne => Ne, set_lt => Lt, set_le => Le, set_gt => Gt, set_ge => Ge);

/// The binary operators (`set_or`, `set_and`, `set_sub`, `set_xor`): both
/// operands must be sets; the result has the base type of the left one.
pub(super) fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    let (Some(sa), Some(_)) = (any_set(a), any_set(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match op {
        '|' => {
            let r = copy_of(vm, sa)?;
            if !a.is(b) {
                update_internal(vm, &r, b)?;
            }
            r
        }
        '&' => intersection_built(vm, sa, b)?.set,
        '-' => difference(vm, sa, b)?,
        _ => symmetric_difference(vm, a, b)?,
    };
    Ok(new_set_value(r, frozen_base(a)))
}

fn binop_method(
    vm: &mut Vm,
    slf: &Value,
    args: Args,
    name: &str,
    op: char,
    reflected: bool,
) -> PyResult<Value> {
    set_ref(vm, slf, name)?;
    let other = slot_args(vm, name, &args, 1)?[0].clone();
    if reflected {
        set_binop(vm, &other, slf, op)
    } else {
        set_binop(vm, slf, &other, op)
    }
}

fn set_or_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__or__", '|', false)
}

fn set_ror_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__ror__", '|', true)
}

fn set_and_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__and__", '&', false)
}

fn set_rand_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__rand__", '&', true)
}

fn set_sub_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__sub__", '-', false)
}

fn set_rsub_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__rsub__", '-', true)
}

fn set_xor_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__xor__", '^', false)
}

fn set_rxor_m(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    binop_method(vm, slf, args, "__rxor__", '^', true)
}

/// The in-place operators of `set`: only with sets, else NotImplemented
/// (so `s |= [1]` reports the operand types); they return the set itself.
fn inplace(vm: &mut Vm, slf: &Value, args: Args, name: &str, op: char) -> PyResult<Value> {
    let s = mut_set(vm, slf, name)?;
    let other = slot_args(vm, name, &args, 1)?[0].clone();
    if any_set(&other).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    match op {
        '|' => update_internal(vm, s, &other)?,
        '&' => {
            let r = intersection_built(vm, s, &other)?;
            replace_contents(vm, s, r)?;
        }
        '-' => difference_update_internal(vm, s, &other)?,
        _ => symmetric_difference_update(vm, s, &other)?,
    }
    Ok(slf.clone())
}

fn set_ior(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    inplace(vm, slf, args, "__ior__", '|')
}

fn set_iand(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    inplace(vm, slf, args, "__iand__", '&')
}

fn set_isub(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    inplace(vm, slf, args, "__isub__", '-')
}

fn set_ixor(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    inplace(vm, slf, args, "__ixor__", '^')
}

/// `frozenset_hash`: by the items alone, so a subclass instance hashes
/// as the equal frozenset.
fn frozenset_hash(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let o = match slf {
        Value::Obj(o) if matches!(o.payload, Payload::FrozenSet(_)) => o,
        _ => return Err(wrapper_error(vm, "__hash__", "frozenset", slf)),
    };
    slot_args(vm, "__hash__", &args, 0)?;
    Ok(Value::Int(vm.hash_builtin(slf, o)?))
}
