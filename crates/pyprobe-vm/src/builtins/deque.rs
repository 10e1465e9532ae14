//! `collections.deque`: the double-ended queue, and the `_collections`
//! module that holds it (`lib/collections` imports it from there).
//!
//! CPython counterpart: `Modules/_collectionsmodule.c` (`dequeobject`,
//! `dequeiterobject`).
//!
//! Invariants:
//! - A deque is a `Payload::Deque`: a ring buffer (`VecDeque`), its bound
//!   (`maxlen`) and a mutation counter (`state`). Every change of size or
//!   order bumps `state` (replacing an item with `d[i] = x` does not, and
//!   neither does `reverse()`, as in CPython), and an iterator made at one
//!   state raises "deque mutated during iteration" at any other.
//! - No borrow of the items is held while Python code runs (a comparison,
//!   a repr, an iterator's `__next__`): each step takes what it needs and
//!   lets go, then checks `state` again.
//! - A bounded deque never holds more than `maxlen` items: adding at one
//!   end drops items at the other.

use super::args::{exact, range as arg_range, ArgParser};
use super::list_methods::{index_window, ssize_arg};
use super::set_methods::{descr_error, eq_bool, guarded_repr, join_reprs};
use crate::iter::new_iter;
use crate::object::{Args, IterKind, Payload, PyObject};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use pyprobe_bytecode::CmpOp;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// The payload of a deque.
pub struct DequeData {
    pub items: RefCell<VecDeque<Value>>,
    pub maxlen: Cell<Option<usize>>,
    pub state: Cell<u64>,
}

impl DequeData {
    pub fn new() -> DequeData {
        DequeData {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// `append`: at the right end, dropping from the left past `maxlen`.
    /// Returns what was dropped, to be freed after the borrow ends.
    fn push_back(&self, v: Value) -> Option<Value> {
        self.bump();
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => Some(v),
            Some(m) if items.len() >= m => {
                let old = items.pop_front();
                items.push_back(v);
                old
            }
            _ => {
                items.push_back(v);
                None
            }
        }
    }

    /// `appendleft`: at the left end, dropping from the right past `maxlen`.
    fn push_front(&self, v: Value) -> Option<Value> {
        self.bump();
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => Some(v),
            Some(m) if items.len() >= m => {
                let old = items.pop_back();
                items.push_front(v);
                old
            }
            _ => {
                items.push_front(v);
                None
            }
        }
    }

    /// The item at `i` while the deque is still at `state` (None past the
    /// end); a changed deque is the caller's "mutated" error.
    fn item_at(&self, i: usize, state: u64) -> Result<Option<Value>, ()> {
        if self.state.get() != state {
            return Err(());
        }
        Ok(self.items.borrow().get(i).cloned())
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }

    /// The collector's `tp_clear`: the items, handed back to be dropped.
    pub fn clear_into(&self, out: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            out.extend(items.drain(..));
        }
    }
}

impl Default for DequeData {
    fn default() -> Self {
        DequeData::new()
    }
}

/// The `_collections` module.
pub fn make_module(vm: &mut Vm) -> PyResult<crate::PyRef> {
    init_type(vm);
    let m = vm.new_module("_collections");
    let d = crate::modules::module_dict_of(&m);
    let t = vm.types.deque.clone();
    typeobj::dict_of(&d).set_str(vm.intern("deque"), Value::Obj(t));
    for index in [crate::vm::DEQUE_ITERATOR, crate::vm::DEQUE_REVERSE_ITERATOR] {
        let it = vm.types.iters[index as usize].clone();
        let name = typeobj::type_name(&it);
        typeobj::dict_of(&d).set_str(vm.intern(&name), Value::Obj(it));
    }
    Ok(m)
}

/// Give `deque` and its iterator types their methods (once).
fn init_type(vm: &mut Vm) {
    let t = vm.types.deque.clone();
    if typeobj::type_dict(&t).get_str("append").is_some() {
        return;
    }
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("__init__", deque_init),
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("extend", deque_extend),
            ("extendleft", deque_extendleft),
            ("clear", deque_clear),
            ("copy", deque_copy),
            ("__copy__", deque_copy),
            ("count", deque_count),
            ("index", deque_index),
            ("insert", deque_insert),
            ("remove", deque_remove),
            ("reverse", deque_reverse),
            ("rotate", deque_rotate),
            ("__len__", deque_len),
            ("__bool__", deque_bool),
            ("__contains__", deque_contains),
            ("__iter__", deque_iter),
            ("__reversed__", deque_reversed),
            ("__getitem__", deque_getitem),
            ("__setitem__", deque_setitem),
            ("__delitem__", deque_delitem),
            ("__repr__", deque_repr),
            ("__reduce__", deque_reduce),
            ("__add__", deque_add),
            ("__iadd__", deque_iadd),
            ("__mul__", deque_mul),
            ("__rmul__", deque_mul),
            ("__imul__", deque_imul),
            ("__eq__", deque_eq),
            ("__ne__", deque_ne),
            ("__lt__", deque_lt),
            ("__le__", deque_le),
            ("__gt__", deque_gt),
            ("__ge__", deque_ge),
        ],
    );
    super::containers::static_new(vm, &t, deque_new);
    typeobj::add_classmethods(vm, &t, &[("__class_getitem__", class_getitem)]);
    typeobj::set_type_attr(vm, &t, "__hash__", Value::None);
    typeobj::set_type_attr(vm, &t, "__module__", Value::str("collections"));
    typeobj::set_type_attr(
        vm,
        &t,
        "__doc__",
        Value::str(
            "deque([iterable[, maxlen]]) --> deque object\n\n\
             A list-like sequence optimized for data accesses near its endpoints.",
        ),
    );
    super::getset::declare_read_only(
        vm,
        &t,
        "maxlen",
        "maximum size of a deque or None if unbounded",
    );
    for index in [crate::vm::DEQUE_ITERATOR, crate::vm::DEQUE_REVERSE_ITERATOR] {
        let it = vm.types.iters[index as usize].clone();
        super::functions::bind_iterator_methods(vm, &it);
        typeobj::add_methods(vm, &it, &[("__length_hint__", iter_length_hint)]);
        typeobj::set_type_attr(vm, &it, "__module__", Value::str("collections"));
    }
}

fn deque_of<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a DequeData> {
    match slf.payload() {
        Some(Payload::Deque(d)) => Ok(d),
        _ => Err(descr_error(vm, name, "collections.deque", slf)),
    }
}

fn mutated(vm: &mut Vm) -> PyErr {
    vm.runtime_error("deque mutated during iteration")
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque of `cls`.
fn deque_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "deque", &args)?;
    let cls = args.args.first();
    if let Some(c) = cls.and_then(|c| c.as_obj()) {
        if !typeobj::is_subtype(c, &vm.types.deque) {
            let tn = typeobj::type_name(c);
            return Err(vm.type_error(format!(
                "deque.__new__({tn}): {tn} is not a subtype of deque"
            )));
        }
    }
    let b = vm.types.deque.clone();
    Ok(super::containers::alloc(
        vm,
        cls,
        &b,
        Payload::Deque(Box::default()),
    ))
}

/// `deque.__init__(iterable=(), maxlen=None)`: empties the deque, sets its
/// bound and fills it.
fn deque_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__init__")?;
    let [iterable, maxlen] = ArgParser::new("deque").parse(vm, args, ["iterable", "maxlen"])?;
    let bound = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => {
            let n = match &m {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
                _ => return Err(vm.type_error("an integer is required")),
            };
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(bound);
    if d.len() > 0 {
        let old: Vec<Value> = d.items.borrow_mut().drain(..).collect();
        d.bump();
        drop(old);
    }
    if let Some(it) = iterable {
        extend(vm, slf, d, &it, false)?;
    }
    Ok(Value::None)
}

fn deque_append(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "append")?;
    let x = exact(vm, "deque.append", &args, 1)?[0].clone();
    drop(d.push_back(x));
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "appendleft")?;
    let x = exact(vm, "deque.appendleft", &args, 1)?[0].clone();
    drop(d.push_front(x));
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "pop")?;
    exact(vm, "deque.pop", &args, 0)?;
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn deque_popleft(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "popleft")?;
    exact(vm, "deque.popleft", &args, 0)?;
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

/// Add the items of `src` at one end (`left`: each at the left end, so
/// they end up reversed). The deque itself is copied first.
fn extend(vm: &mut Vm, slf: &Value, d: &DequeData, src: &Value, left: bool) -> PyResult<()> {
    let items: Option<Vec<Value>> = match src.payload() {
        _ if src.is(slf) => Some(d.items.borrow().iter().cloned().collect()),
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    };
    let push = |d: &DequeData, x: Value| {
        if left {
            d.push_front(x)
        } else {
            d.push_back(x)
        }
    };
    match items {
        Some(items) => {
            let mut dropped = Vec::new();
            for x in items {
                if let Some(old) = push(d, x) {
                    dropped.push(old);
                }
            }
        }
        None => {
            let it = vm.get_iter(src)?;
            while let Some(x) = vm.next(&it)? {
                drop(push(d, x));
            }
        }
    }
    Ok(())
}

fn deque_extend(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "extend")?;
    let src = exact(vm, "deque.extend", &args, 1)?[0].clone();
    extend(vm, slf, d, &src, false)?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "extendleft")?;
    let src = exact(vm, "deque.extendleft", &args, 1)?[0].clone();
    extend(vm, slf, d, &src, true)?;
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "clear")?;
    exact(vm, "deque.clear", &args, 0)?;
    let old: Vec<Value> = d.items.borrow_mut().drain(..).collect();
    d.bump();
    drop(old);
    Ok(Value::None)
}

/// A new deque with the same items and bound: of the same class, made by
/// calling the class for a subclass (CPython's `deque_copy`).
fn copy_of(vm: &mut Vm, slf: &Value, d: &DequeData) -> PyResult<Value> {
    let cls = vm.class_of(slf).clone();
    if cls.is(&vm.types.deque) {
        let new = DequeData::new();
        new.maxlen.set(d.maxlen.get());
        *new.items.borrow_mut() = d.items.borrow().clone();
        return Ok(Value::Obj(PyObject::bare(Payload::Deque(Box::new(new)))));
    }
    let cls_v = Value::Obj(cls);
    let r = match d.maxlen.get() {
        None => vm.call(&cls_v, std::slice::from_ref(slf))?,
        Some(m) => vm.call(&cls_v, &[slf.clone(), Value::Int(m as i64)])?,
    };
    if !matches!(r.payload(), Some(Payload::Deque(_))) {
        let cn = vm.type_name(slf);
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!("{cn}() must return a deque, not {tn}")));
    }
    Ok(r)
}

fn deque_copy(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "copy")?;
    exact(vm, "deque.copy", &args, 0)?;
    copy_of(vm, slf, d)
}

/// Call `f` with each item and its position while the deque is unchanged;
/// stops at the first `true`. A change raises "deque mutated during
/// iteration".
fn scan(
    vm: &mut Vm,
    d: &DequeData,
    range: (usize, usize),
    mut f: impl FnMut(&mut Vm, &Value) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    let mut i = range.0;
    while i < range.1 {
        let item = match d.item_at(i, state) {
            Ok(Some(v)) => v,
            Ok(None) => break,
            Err(()) => return Err(mutated(vm)),
        };
        // A match ends the search even if the comparison changed the
        // deque, as in CPython.
        if f(vm, &item)? {
            return Ok(Some(i));
        }
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        i += 1;
    }
    Ok(None)
}

fn deque_count(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "count")?;
    let x = exact(vm, "deque.count", &args, 1)?[0].clone();
    let mut n = 0i64;
    scan(vm, d, (0, usize::MAX), |vm, item| {
        if eq_bool(vm, item, &x)? {
            n += 1;
        }
        Ok(false)
    })?;
    Ok(Value::Int(n))
}

fn not_in_deque(vm: &mut Vm, x: &Value) -> PyErr {
    match vm.repr_string(x) {
        Ok(r) => vm.value_error(format!("{r} is not in deque")),
        Err(e) => e,
    }
}

fn deque_index(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "index")?;
    let a = old_style_args(vm, "index", &args, 1, 3)?;
    let (start, stop) = index_window(vm, a, d.len())?;
    let x = a[0].clone();
    match scan(vm, d, (start, stop), |vm, item| eq_bool(vm, item, &x))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_in_deque(vm, &x)),
    }
}

/// Between `min` and `max` positional arguments, with the messages of
/// CPython's `PyArg_ParseTuple` that `index` and `insert` still use.
fn old_style_args<'a>(
    vm: &mut Vm,
    fname: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    super::args::no_kwargs(vm, &format!("deque.{fname}"), args)?;
    let pos = args.positional();
    let n = pos.len();
    if n < min || n > max {
        let (how, count) = match () {
            _ if min == max => ("exactly", min),
            _ if n < min => ("at least", min),
            _ => ("at most", max),
        };
        let s = if count == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {count} argument{s} ({n} given)"
        )));
    }
    Ok(pos)
}

fn deque_insert(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "insert")?;
    let a = old_style_args(vm, "insert", &args, 2, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let n = d.len() as i64;
    if d.maxlen.get().is_some_and(|m| n as usize >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.items.borrow_mut().insert(at as usize, a[1].clone());
    d.bump();
    Ok(Value::None)
}

fn deque_remove(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "remove")?;
    let x = exact(vm, "deque.remove", &args, 1)?[0].clone();
    let state = d.state.get();
    let mut i = 0;
    loop {
        let item = match d.item_at(i, state) {
            Ok(Some(v)) => v,
            Ok(None) => return Err(not_in_deque(vm, &x)),
            Err(()) => return Err(vm.index_error("deque mutated during iteration")),
        };
        let hit = eq_bool(vm, &item, &x)?;
        if d.state.get() != state {
            return Err(vm.index_error("deque mutated during iteration"));
        }
        if hit {
            break;
        }
        i += 1;
    }
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(Value::None)
}

fn deque_reverse(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "reverse")?;
    exact(vm, "deque.reverse", &args, 0)?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "rotate")?;
    let a = arg_range(vm, "deque.rotate", &args, 0, 1)?;
    let n = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let mut items = d.items.borrow_mut();
    let len = items.len() as i64;
    if len <= 1 {
        return Ok(Value::None);
    }
    d.bump();
    let k = n.rem_euclid(len) as usize;
    items.rotate_right(k);
    Ok(Value::None)
}

fn deque_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__len__")?;
    exact(vm, "__len__", &args, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn deque_bool(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__bool__")?;
    exact(vm, "__bool__", &args, 0)?;
    Ok(Value::Bool(d.len() > 0))
}

fn deque_contains(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__contains__")?;
    let x = exact(vm, "__contains__", &args, 1)?[0].clone();
    let found = scan(vm, d, (0, usize::MAX), |vm, item| eq_bool(vm, item, &x))?;
    Ok(Value::Bool(found.is_some()))
}

fn new_deque_iter(slf: &Value, d: &DequeData, reversed: bool) -> Value {
    let Value::Obj(o) = slf else {
        return Value::None;
    };
    let len = d.len();
    new_iter(IterKind::Deque {
        deque: o.clone(),
        index: 0,
        left: len,
        state: d.state.get(),
        reversed,
    })
}

fn deque_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__iter__")?;
    exact(vm, "__iter__", &args, 0)?;
    Ok(new_deque_iter(slf, d, false))
}

fn deque_reversed(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__reversed__")?;
    exact(vm, "__reversed__", &args, 0)?;
    Ok(new_deque_iter(slf, d, true))
}

/// The next item of a deque iterator (`iter.rs` calls this for
/// `IterKind::Deque`): None at the end, or the "mutated" error.
pub(crate) fn iter_step(
    vm: &mut Vm,
    deque: &crate::PyRef,
    index: &mut usize,
    left: &mut usize,
    state: u64,
    reversed: bool,
) -> PyResult<Option<Value>> {
    let Payload::Deque(d) = &deque.payload else {
        return Ok(None);
    };
    if d.state.get() != state {
        *left = 0;
        return Err(mutated(vm));
    }
    if *left == 0 {
        return Ok(None);
    }
    let items = d.items.borrow();
    let at = if reversed {
        items.len().checked_sub(*index + 1)
    } else {
        Some(*index)
    };
    let v = at.and_then(|i| items.get(i)).cloned();
    *index += 1;
    *left -= 1;
    Ok(v)
}

/// `it.__length_hint__()` of a deque iterator: the items it has left.
fn iter_length_hint(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__length_hint__", &args, 0)?;
    if let Some(Payload::Iter(it)) = slf.payload() {
        if let IterKind::Deque { left, .. } = &*it.borrow() {
            return Ok(Value::Int(*left as i64));
        }
        return Ok(Value::Int(0));
    }
    let tn = vm.type_name(slf);
    Err(vm.type_error(format!(
        "descriptor '__length_hint__' requires a deque iterator but received a '{tn}'"
    )))
}

/// The position of item index `k` (CPython's sequence-item messages for
/// a read; an assignment or deletion takes any `__index__`).
fn position(vm: &mut Vm, d: &DequeData, k: &Value, read: bool) -> PyResult<usize> {
    let i = match k {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ if !read => vm.index(k)?,
        _ => {
            let has_index = matches!(k.payload(), Some(Payload::BigInt(_)))
                || typeobj::lookup_str(vm.class_of(k), "__index__").is_some();
            if !has_index {
                let tn = vm.type_name(k);
                return Err(vm.type_error(format!("sequence index must be integer, not '{tn}'")));
            }
            vm.index(k)?
        }
    };
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__getitem__")?;
    let k = super::set_methods::slot_args(vm, "__getitem__", &args, 1)?[0].clone();
    let i = position(vm, d, &k, true)?;
    let v = d.items.borrow().get(i).cloned();
    v.ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__setitem__")?;
    let a = super::set_methods::slot_args(vm, "__setitem__", &args, 2)?;
    let i = position(vm, d, &a[0], false)?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[1].clone()));
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__delitem__")?;
    let k = super::set_methods::slot_args(vm, "__delitem__", &args, 1)?[0].clone();
    let i = position(vm, d, &k, false)?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(Value::None)
}

fn deque_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__repr__")?;
    exact(vm, "__repr__", &args, 0)?;
    repr_of(vm, slf, d)
}

/// `deque([1, 2])`, `deque([1, 2], maxlen=5)`, named by the class;
/// `[...]` for a deque already being printed.
pub fn repr_of(vm: &mut Vm, slf: &Value, d: &DequeData) -> PyResult<Value> {
    let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
    let maxlen = d.maxlen.get();
    let name = type_short_name(vm, slf);
    guarded_repr(vm, slf, "[...]", |vm| {
        let body = join_reprs(vm, &items)?;
        Ok(match maxlen {
            None => format!("{name}([{body}])"),
            Some(m) => format!("{name}([{body}], maxlen={m})"),
        })
    })
}

/// The class's `__name__` (CPython's `_PyType_Name`).
fn type_short_name(vm: &Vm, v: &Value) -> String {
    let n = typeobj::type_name(vm.class_of(v));
    match n.rsplit_once('.') {
        Some((_, last)) => last.to_string(),
        None => n,
    }
}

/// `__reduce__`: the class, the bound, the instance state and an iterator
/// over the items.
fn deque_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__reduce__")?;
    exact(vm, "__reduce__", &args, 0)?;
    let cls = Value::Obj(vm.class_of(slf).clone());
    let ctor_args = match d.maxlen.get() {
        None => vm.empty_tuple.clone(),
        Some(m) => {
            let empty = vm.empty_tuple.clone();
            vm.new_tuple(vec![empty, Value::Int(m as i64)])
        }
    };
    let state = super::reduce::getstate(vm, slf, false)?;
    let it = new_deque_iter(slf, d, false);
    Ok(vm.new_tuple(vec![cls, ctor_args, state, it]))
}

fn deque_add(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__add__")?;
    let other = super::set_methods::slot_args(vm, "__add__", &args, 1)?[0].clone();
    if !matches!(other.payload(), Some(Payload::Deque(_))) {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{tn}\") to deque"
        )));
    }
    let new = copy_of(vm, slf, d)?;
    if let Some(Payload::Deque(nd)) = new.payload() {
        extend(vm, &new, nd, &other, false)?;
    }
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__iadd__")?;
    let other = super::set_methods::slot_args(vm, "__iadd__", &args, 1)?[0].clone();
    extend(vm, slf, d, &other, false)?;
    Ok(slf.clone())
}

/// The repeat count of `*` (CPython's message for a non-int).
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    match n {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            if n.to_bigint()
                .is_some_and(|b| b.sign() == num_bigint::Sign::Minus)
            {
                return Ok(0);
            }
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        _ if typeobj::lookup_str(vm.class_of(n), "__index__").is_some() => vm.index(n),
        _ => {
            let tn = vm.type_name(n);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")))
        }
    }
}

/// Repeat the items in place `n` times in all (CPython's `deque_inplace_repeat`).
fn repeat_in_place(vm: &mut Vm, d: &DequeData, n: i64) -> PyResult<()> {
    let len = d.len();
    if n <= 0 || len == 0 {
        if len > 0 {
            let old: Vec<Value> = d.items.borrow_mut().drain(..).collect();
            d.bump();
            drop(old);
        }
        return Ok(());
    }
    if n == 1 {
        return Ok(());
    }
    let total = (len as u128) * (n as u128);
    let cap = d.maxlen.get().map(|m| m as u128).unwrap_or(u128::MAX);
    if total.min(cap) > (isize::MAX as u128) / 16 {
        return Err(vm.memory_error());
    }
    let pattern: Vec<Value> = d.items.borrow().iter().cloned().collect();
    let mut dropped = Vec::new();
    for _ in 1..n {
        for x in &pattern {
            if let Some(old) = d.push_back(x.clone()) {
                dropped.push(old);
            }
        }
        // A bounded deque only keeps its last `maxlen` items: once a whole
        // round has gone through, the rest are the same rounds again.
        if d.maxlen.get().is_some_and(|m| dropped.len() >= m + len) {
            break;
        }
    }
    Ok(())
}

fn deque_mul(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__mul__")?;
    let n = super::set_methods::slot_args(vm, "__mul__", &args, 1)?[0].clone();
    let n = repeat_count(vm, &n)?;
    let new = copy_of(vm, slf, d)?;
    if let Some(Payload::Deque(nd)) = new.payload() {
        repeat_in_place(vm, nd, n)?;
    }
    Ok(new)
}

fn deque_imul(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let d = deque_of(vm, slf, "__imul__")?;
    let n = super::set_methods::slot_args(vm, "__imul__", &args, 1)?[0].clone();
    let n = repeat_count(vm, &n)?;
    repeat_in_place(vm, d, n)?;
    Ok(slf.clone())
}

/// Rich comparison of two deques (CPython's `deque_richcompare`): sizes
/// first for `==`/`!=`, then the first differing pair of items decides,
/// else the sizes.
fn richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    let name = match op {
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Gt => "__gt__",
        _ => "__ge__",
    };
    let v = deque_of(vm, slf, name)?;
    let other = super::set_methods::slot_args(vm, name, &args, 1)?[0].clone();
    let Some(Payload::Deque(w)) = other.payload() else {
        return Ok(vm.not_implemented.clone());
    };
    let (vs, ws) = (v.len(), w.len());
    if vs != ws && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let (vstate, wstate) = (v.state.get(), w.state.get());
    let mut i = 0;
    loop {
        let x = v.item_at(i, vstate).map_err(|_| ());
        let y = w.item_at(i, wstate).map_err(|_| ());
        let (x, y) = match (x, y) {
            (Err(()), _) | (_, Err(())) => return Err(mutated(vm)),
            (Ok(Some(x)), Ok(Some(y))) => (x, y),
            _ => break,
        };
        if !eq_bool(vm, &x, &y)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(&x, &y, op),
            };
        }
        i += 1;
    }
    let (vs, ws) = (v.len(), w.len());
    Ok(Value::Bool(crate::ops::cmp_ord(vs.cmp(&ws), op)))
}

super::set_methods::richcmp_slots!(richcompare:
    deque_eq => Eq, deque_ne => Ne, deque_lt => Lt,
    deque_le => Le, deque_gt => Gt, deque_ge => Ge);

/// `deque[int]`: a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, cls: &Value, args: Args) -> PyResult<Value> {
    let item = exact(vm, "deque.__class_getitem__", &args, 1)?[0].clone();
    Ok(super::generic_alias(vm, cls, &item))
}

/// `deque.maxlen` (answered by `getset::special_attr`).
pub fn maxlen_of(d: &DequeData) -> Value {
    match d.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deque_traverse_and_clear_cover_the_items() {
        let inner = Value::Obj(PyObject::new_list(vec![]));
        let d = DequeData::new();
        d.push_back(inner.clone());
        d.push_front(Value::Int(1));
        let mut seen = 0;
        d.traverse(&mut |v| {
            if v.is(&inner) {
                seen += 1;
            }
        });
        assert_eq!(seen, 1);
        let mut out = Vec::new();
        d.clear_into(&mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(d.len(), 0);
    }

    #[test]
    fn bounded_deque_drops_from_the_other_end() {
        let d = DequeData::new();
        d.maxlen.set(Some(2));
        for i in 0..4 {
            d.push_back(Value::Int(i));
        }
        let items: Vec<i64> = d
            .items
            .borrow()
            .iter()
            .map(|v| if let Value::Int(i) = v { *i } else { -1 })
            .collect();
        assert_eq!(items, vec![2, 3]);
        assert_eq!(
            d.push_front(Value::Int(9)).map(|v| v.is(&Value::Int(3))),
            Some(true)
        );
    }
}
