//! Methods of `list` and `tuple`. CPython counterparts:
//! `Objects/listobject.c` (incl. its timsort), `Objects/tupleobject.c`.
//!
//! Every method works on the payload, so it also serves subclasses that
//! reach it through `super()` or `list.method(obj, ...)`. No borrow of a
//! list is held while Python code runs (`__eq__`, `__lt__`, key functions,
//! `__index__`): items are copied out first, and loops re-read the live list
//! at each step as CPython does.
//!
//! The helpers shared by the three container method files live in
//! `set_methods.rs`.

use super::args::{exact, range as arg_range};
use super::set_methods::{
    descr_error, eq_bool, guarded_repr, join_reprs, richcmp_slots, slot_args,
};
use crate::iter::new_iter;
use crate::object::{Args, IterKind, Payload};
use crate::subscript::SliceIdx;
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use pyprobe_bytecode::CmpOp;
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("remove", list_remove),
            ("pop", list_pop),
            ("clear", list_clear),
            ("index", list_index),
            ("count", list_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("__len__", list_len),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__contains__", list_contains),
            ("__iter__", list_iter),
            ("__reversed__", list_reversed),
            ("__eq__", list_eq),
            ("__ne__", list_ne),
            ("__lt__", list_lt),
            ("__le__", list_le),
            ("__gt__", list_gt),
            ("__ge__", list_ge),
            ("__add__", list_add),
            ("__iadd__", list_iadd),
            ("__mul__", list_mul),
            ("__rmul__", list_mul),
            ("__imul__", list_imul),
            ("__repr__", list_repr),
        ],
    );
    typeobj::set_type_attr(vm, &t, "__hash__", Value::None);
    let t = vm.types.tuple.clone();
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("index", tuple_index),
            ("count", tuple_count),
            ("__len__", tuple_len),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__hash__", tuple_hash),
            ("__repr__", tuple_repr),
        ],
    );
}

// ----- helpers -----

/// The truth of a comparison result (`PyObject_RichCompareBool`).
fn truth(vm: &mut Vm, v: Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        other => vm.is_true(&other),
    }
}

fn list_of<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match slf.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(descr_error(vm, name, "list", slf)),
    }
}

fn tuple_of<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a [Value]> {
    match slf.payload() {
        Some(Payload::Tuple(t)) => Ok(t),
        _ => Err(descr_error(vm, name, "tuple", slf)),
    }
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)` for index arguments.
pub(super) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v.payload() {
        Some(Payload::BigInt(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => vm.index(v),
    }
}

/// `_PyEval_SliceIndexNotNone`: start/stop of `index()`; huge ints clamp.
fn slice_index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(b) = v.to_bigint() {
        use num_traits::{Signed, ToPrimitive};
        return Ok(b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    match vm.index(v) {
        Ok(i) => Ok(i),
        Err(e) if vm.err_is(&e, "TypeError") => {
            Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
        Err(e) => Err(e),
    }
}

/// The (start, stop) window of `list.index`/`tuple.index` for `len` items.
pub(super) fn index_window(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |x: i64| -> usize {
        if x < 0 {
            (x + len as i64).max(0) as usize
        } else {
            x as usize
        }
    };
    let start = match a.get(1) {
        Some(v) => clamp(slice_index_arg(vm, v)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => clamp(slice_index_arg(vm, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

/// An item index with CPython's messages (`what` names the type).
fn item_index(vm: &mut Vm, k: &Value, len: usize, what: &str, range_msg: &str) -> PyResult<usize> {
    let i = match vm.index(k) {
        Ok(i) => i,
        Err(e) if vm.err_is(&e, "TypeError") && !has_index(vm, k) => {
            let tn = vm.type_name(k);
            return Err(vm.type_error(format!(
                "{what} indices must be integers or slices, not {tn}"
            )));
        }
        Err(e) => return Err(e),
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(range_msg.to_string()));
    }
    Ok(j as usize)
}

fn has_index(vm: &Vm, k: &Value) -> bool {
    typeobj::lookup_str(vm.class_of(k), "__index__").is_some()
}

fn slice_of(k: &Value) -> Option<[Value; 3]> {
    match k.payload() {
        Some(Payload::Slice(s)) => Some((**s).clone()),
        _ => None,
    }
}

/// Lexicographic rich comparison (`list_richcompare`/`tuplerichcompare`):
/// the first pair that differs decides, through `PyObject_RichCompare`.
fn seq_richcompare(vm: &mut Vm, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && a.len() != b.len() {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if eq_bool(vm, x, y)? {
            continue;
        }
        return match op {
            CmpOp::Eq => Ok(Value::Bool(false)),
            CmpOp::Ne => Ok(Value::Bool(true)),
            _ => vm.compare(x, y, op),
        };
    }
    Ok(Value::Bool(crate::ops::cmp_ord(a.len().cmp(&b.len()), op)))
}

/// `n` copies of `items` (`sq_repeat` with `PyNumber_AsSsize_t`), or
/// MemoryError when too large.
fn repeat_items(vm: &mut Vm, items: &[Value], n: &Value) -> PyResult<Vec<Value>> {
    let count = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => match n.to_i64() {
            Some(i) => i,
            None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        },
        _ => vm.index(n)?,
    };
    if count <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    match (count as u64).checked_mul(items.len() as u64) {
        Some(t) if t <= 1 << 28 && out.try_reserve(t as usize).is_ok() => {}
        _ => return Err(vm.memory_error()),
    }
    for _ in 0..count {
        out.extend_from_slice(items);
    }
    Ok(out)
}

// ----- list -----

fn list_append(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "append")?;
    let x = exact(vm, "list.append", &args, 1)?[0].clone();
    l.borrow_mut().push(x);
    Ok(Value::None)
}

/// `list.extend`: lists and tuples are copied at once (so `a.extend(a)`
/// doubles); other iterables are appended item by item as they come.
fn list_extend_from(vm: &mut Vm, l: &RefCell<Vec<Value>>, src: &Value) -> PyResult<()> {
    if matches!(src.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
        && src.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
    {
        let items = vm.collect(src)?;
        if !items.is_empty() {
            l.borrow_mut().extend(items);
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next(&it)? {
        l.borrow_mut().push(x);
    }
    Ok(())
}

fn list_extend(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "extend")?;
    let src = exact(vm, "list.extend", &args, 1)?[0].clone();
    list_extend_from(vm, l, &src)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "insert")?;
    if args.has_keywords() {
        return Err(vm.type_error("list.insert() takes no keyword arguments"));
    }
    let a = exact(vm, "insert", &args, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let mut items = l.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, a[1].clone());
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "remove")?;
    let x = exact(vm, "list.remove", &args, 1)?[0].clone();
    let mut i = 0;
    loop {
        let Some(item) = l.borrow().get(i).cloned() else {
            break;
        };
        if eq_bool(vm, &item, &x)? {
            let removed = {
                let mut items = l.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "pop")?;
    if args.has_keywords() {
        return Err(vm.type_error("list.pop() takes no keyword arguments"));
    }
    let a = arg_range(vm, "pop", &args, 0, 1)?;
    let i = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        drop(items);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn list_clear(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "clear")?;
    exact(vm, "list.clear", &args, 0)?;
    let mut old = std::mem::take(&mut *l.borrow_mut());
    // Last first, as CPython's `list_clear`.
    while let Some(v) = old.pop() {
        drop(v);
    }
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "index")?;
    if args.has_keywords() {
        return Err(vm.type_error("list.index() takes no keyword arguments"));
    }
    let a = arg_range(vm, "index", &args, 1, 3)?;
    let len = l.borrow().len();
    let (start, stop) = index_window(vm, a, len)?;
    let mut i = start;
    while i < stop {
        let Some(item) = l.borrow().get(i).cloned() else {
            break;
        };
        if eq_bool(vm, &item, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(&a[0])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "count")?;
    let x = exact(vm, "list.count", &args, 1)?[0].clone();
    let (mut i, mut n) = (0, 0);
    loop {
        let Some(item) = l.borrow().get(i).cloned() else {
            break;
        };
        if eq_bool(vm, &item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "reverse")?;
    exact(vm, "list.reverse", &args, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "copy")?;
    exact(vm, "list.copy", &args, 0)?;
    let items = l.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__len__")?;
    slot_args(vm, "__len__", &args, 0)?;
    let n = l.borrow().len();
    Ok(Value::Int(n as i64))
}

fn list_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__getitem__")?;
    let k = exact(vm, "list.__getitem__", &args, 1)?[0].clone();
    let len = l.borrow().len();
    if let Some(s) = slice_of(&k) {
        let idx = vm.slice_indices(&s, len)?;
        let items = l.borrow();
        let v: Vec<Value> = idx
            .indices()
            .filter_map(|i| items.get(i).cloned())
            .collect();
        drop(items);
        return Ok(vm.new_list(v));
    }
    let i = item_index(vm, &k, len, "list", "list index out of range")?;
    let item = l.borrow().get(i).cloned();
    item.ok_or_else(|| vm.index_error("list index out of range"))
}

/// The items of an assigned value (`PySequence_Fast(v, msg)`).
fn fast_items(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    let exact_seq = v.as_obj().map(|o| o.class.is_none()).unwrap_or(false);
    if exact_seq && matches!(v.payload(), Some(Payload::List(_) | Payload::Tuple(_))) {
        return match v.payload() {
            Some(Payload::List(l)) => Ok(l.borrow().clone()),
            Some(Payload::Tuple(t)) => Ok(t.to_vec()),
            _ => Ok(Vec::new()),
        };
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => return Err(vm.type_error(msg.to_string())),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Positions of an extended slice in increasing order.
fn slice_positions(idx: &SliceIdx) -> Vec<usize> {
    let mut p: Vec<usize> = idx.indices().collect();
    if idx.step < 0 {
        p.reverse();
    }
    p
}

/// `list_ass_subscript`: `l[k] = v`, or `del l[k]` when `v` is None.
fn list_ass_subscript(
    vm: &mut Vm,
    l: &RefCell<Vec<Value>>,
    k: &Value,
    v: Option<Value>,
) -> PyResult<()> {
    let len = l.borrow().len();
    let Some(s) = slice_of(k) else {
        let i = item_index(vm, k, len, "list", "list assignment index out of range")?;
        let old = {
            let mut items = l.borrow_mut();
            match v {
                Some(v) if i < items.len() => Some(std::mem::replace(&mut items[i], v)),
                None if i < items.len() => Some(items.remove(i)),
                _ => None,
            }
        };
        drop(old);
        return Ok(());
    };
    let idx = vm.slice_indices(&s, len)?;
    if idx.step == 1 {
        let new = match &v {
            Some(v) => fast_items(vm, v, "can only assign an iterable")?,
            None => Vec::new(),
        };
        let removed: Vec<Value> = {
            let mut items = l.borrow_mut();
            let n = items.len();
            let lo = (idx.start.max(0) as usize).min(n);
            let hi = (idx.stop.max(idx.start).max(0) as usize).clamp(lo, n);
            items.splice(lo..hi, new).collect()
        };
        drop(removed);
        return Ok(());
    }
    let positions = slice_positions(&idx);
    match v {
        None => {
            let removed: Vec<Value> = {
                let mut items = l.borrow_mut();
                let old = std::mem::take(&mut *items);
                let mut p = positions.iter().peekable();
                let mut out = Vec::with_capacity(positions.len());
                for (i, x) in old.into_iter().enumerate() {
                    if p.peek() == Some(&&i) {
                        p.next();
                        out.push(x);
                    } else {
                        items.push(x);
                    }
                }
                out
            };
            drop(removed);
        }
        Some(v) => {
            let new = fast_items(vm, &v, "must assign iterable to extended slice")?;
            if new.len() != idx.len {
                return Err(vm.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    idx.len
                )));
            }
            let old: Vec<Value> = {
                let mut items = l.borrow_mut();
                let mut out = Vec::with_capacity(new.len());
                for (x, p) in new.into_iter().zip(idx.indices()) {
                    if p < items.len() {
                        out.push(std::mem::replace(&mut items[p], x));
                    }
                }
                out
            };
            drop(old);
        }
    }
    Ok(())
}

fn list_setitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__setitem__")?;
    let a = slot_args(vm, "__setitem__", &args, 2)?;
    list_ass_subscript(vm, l, &a[0], Some(a[1].clone()))?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__delitem__")?;
    let a = slot_args(vm, "__delitem__", &args, 1)?;
    list_ass_subscript(vm, l, &a[0], None)?;
    Ok(Value::None)
}

fn list_contains(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__contains__")?;
    let x = slot_args(vm, "__contains__", &args, 1)?[0].clone();
    let mut i = 0;
    loop {
        let Some(item) = l.borrow().get(i).cloned() else {
            break;
        };
        if eq_bool(vm, &item, &x)? {
            return Ok(Value::Bool(true));
        }
        i += 1;
    }
    Ok(Value::Bool(false))
}

fn list_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    list_of(vm, slf, "__iter__")?;
    slot_args(vm, "__iter__", &args, 0)?;
    Ok(new_iter(IterKind::Seq {
        seq: slf.clone(),
        index: 0,
    }))
}

fn list_reversed(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__reversed__")?;
    exact(vm, "list.__reversed__", &args, 0)?;
    let n = l.borrow().len() as isize;
    Ok(new_iter(IterKind::Reversed {
        seq: slf.clone(),
        index: n - 1,
    }))
}

fn list_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    let l = list_of(vm, slf, op.dunder())?;
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    let Some(Payload::List(o)) = other.payload() else {
        return Ok(vm.not_implemented.clone());
    };
    let (a, b) = (l.borrow().clone(), o.borrow().clone());
    seq_richcompare(vm, &a, &b, op)
}

richcmp_slots!(list_richcompare: list_eq => Eq, list_ne => Ne, list_lt => Lt, list_le => Le, list_gt => Gt, list_ge => Ge);

/// `list.__add__` (`sq_concat`): only lists, else CPython's TypeError.
fn list_add(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__add__")?;
    let other = slot_args(vm, "__add__", &args, 1)?[0].clone();
    let Some(Payload::List(o)) = other.payload() else {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("can only concatenate list (not \"{tn}\") to list")));
    };
    let mut items = l.borrow().clone();
    items.extend(o.borrow().iter().cloned());
    Ok(vm.new_list(items))
}

/// `list += iterable` extends in place and returns the list itself.
fn list_iadd(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__iadd__")?;
    let other = slot_args(vm, "__iadd__", &args, 1)?[0].clone();
    list_extend_from(vm, l, &other)?;
    Ok(slf.clone())
}

fn list_mul(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__mul__")?;
    let n = slot_args(vm, "__mul__", &args, 1)?[0].clone();
    let items = l.borrow().clone();
    let v = repeat_items(vm, &items, &n)?;
    Ok(vm.new_list(v))
}

/// `list *= n` repeats in place.
fn list_imul(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__imul__")?;
    let n = slot_args(vm, "__imul__", &args, 1)?[0].clone();
    let items = l.borrow().clone();
    let new = repeat_items(vm, &items, &n)?;
    let old = std::mem::replace(&mut *l.borrow_mut(), new);
    drop(old);
    Ok(slf.clone())
}

fn list_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "__repr__")?;
    slot_args(vm, "__repr__", &args, 0)?;
    let items = l.borrow().clone();
    guarded_repr(vm, slf, "[...]", |vm| {
        Ok(format!("[{}]", join_reprs(vm, &items)?))
    })
}

// ----- list.sort: CPython 3.12's timsort -----

/// `list.sort(*, key=None, reverse=False)`. As in CPython the list is empty
/// while it is sorted; if it is found changed afterwards, ValueError. The
/// comparisons are exactly those of CPython's timsort (only `<`), so the
/// same pair raises and side effects happen in the same order.
pub(crate) fn list_sort(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let l = list_of(vm, slf, "sort")?;
    if !args.positional().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, None);
    for (k, v) in args.keywords() {
        match k {
            "key" => key = Some(v.clone()),
            "reverse" => reverse = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    let reverse = match reverse {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    // The list is emptied (capacity 0): any append during the sort
    // allocates, which is how a modification is detected afterwards.
    let saved = std::mem::take(&mut *l.borrow_mut());
    let mut elems: Vec<(Value, Value)> = Vec::with_capacity(saved.len());
    match key.filter(|k| !k.is_none()) {
        Some(k) => {
            for x in &saved {
                match vm.call(&k, std::slice::from_ref(x)) {
                    Ok(kv) => elems.push((kv, x.clone())),
                    Err(e) => {
                        drop(elems);
                        let junk = std::mem::replace(&mut *l.borrow_mut(), saved);
                        drop(junk);
                        return Err(e);
                    }
                }
            }
        }
        None => elems.extend(saved.iter().map(|x| (x.clone(), x.clone()))),
    }
    drop(saved);
    let n = elems.len();
    if reverse && n > 1 {
        elems.reverse();
    }
    let result = if n > 1 {
        Sorter::new(n).sort(vm, &mut elems)
    } else {
        Ok(())
    };
    if reverse && n > 1 {
        elems.reverse();
    }
    let sorted: Vec<Value> = elems.into_iter().map(|(_, v)| v).collect();
    let modified = {
        let now = l.borrow();
        now.capacity() != 0 || !now.is_empty()
    };
    let junk = std::mem::replace(&mut *l.borrow_mut(), sorted);
    drop(junk);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// A sort element: (key, value).
type Elem = (Value, Value);

const MIN_GALLOP: usize = 7;

/// `ISLT`: `PyObject_RichCompareBool(x, y, Py_LT)`. Two ints, two floats,
/// two exact strs, and two exact tuples of such ints and strs compare
/// directly (CPython's sort picks the same specialized comparisons after
/// its pre-sort check); anything else through the full comparison.
fn islt(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    if let Some(lt) = quick_lt(x, y) {
        return Ok(lt);
    }
    let r = vm.compare(x, y, CmpOp::Lt)?;
    truth(vm, r)
}

/// `x < y` when both are built-in values that compare without running any
/// code: None otherwise.
fn quick_lt(x: &Value, y: &Value) -> Option<bool> {
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => Some(a < b),
        (Value::Float(a), Value::Float(b)) => Some(a < b),
        (Value::Obj(a), Value::Obj(b)) if a.class.is_none() && b.class.is_none() => {
            match (&a.payload, &b.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() < t.as_str()),
                (Payload::Tuple(v), Payload::Tuple(w)) => {
                    // The first items that differ decide; a prefix is less.
                    for (p, q) in v.iter().zip(w.iter()) {
                        match (small_number(p), small_number(q)) {
                            (Some(a), Some(b)) if a == b => continue,
                            (Some(a), Some(b)) => return Some(a < b),
                            _ => {}
                        }
                        match (p, q) {
                            // (A NaN, which may be one object in both,
                            // takes the general comparison.)
                            (Value::Float(a), Value::Float(b)) if a == b => continue,
                            (Value::Float(a), Value::Float(b)) if !a.is_nan() && !b.is_nan() => {
                                return Some(a < b)
                            }
                            (Value::None, Value::None) => continue,
                            _ => {}
                        }
                        let (Some(s), Some(t)) = (exact_str(p), exact_str(q)) else {
                            return None;
                        };
                        if s != t {
                            return Some(s < t);
                        }
                    }
                    Some(v.len() < w.len())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// An int or bool item as an integer (True and False compare as 1 and 0).
#[inline]
fn small_number(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// The text of an exact str (not of a subclass, which may compare its own way).
fn exact_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) if o.class.is_none() => match &o.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// `gallop_left`: the k in 0..=n with a[k-1] < key <= a[k].
fn gallop_left(vm: &mut Vm, key: &Value, a: &[Elem], hint: usize) -> PyResult<usize> {
    let (n, hint) = (a.len() as isize, hint as isize);
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if islt(vm, &a[hint as usize].0, key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if islt(vm, &a[(hint + ofs) as usize].0, key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if islt(vm, &a[(hint - ofs) as usize].0, key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if islt(vm, &a[m as usize].0, key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// `gallop_right`: the k in 0..=n with a[k-1] <= key < a[k].
fn gallop_right(vm: &mut Vm, key: &Value, a: &[Elem], hint: usize) -> PyResult<usize> {
    let (n, hint) = (a.len() as isize, hint as isize);
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if islt(vm, key, &a[hint as usize].0)? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if islt(vm, key, &a[(hint - ofs) as usize].0)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if islt(vm, key, &a[(hint + ofs) as usize].0)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if islt(vm, key, &a[m as usize].0)? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// `IFLT` inside a merge: the comparison, or leave the labelled block
/// with `Exit::Fail`.
macro_rules! try_lt {
    ($vm:ident, $x:expr, $y:expr, $label:lifetime) => {
        match islt($vm, $x, $y) {
            Ok(b) => b,
            Err(e) => break $label Exit::Fail(e),
        }
    };
}

/// A gallop inside a merge, or leave the labelled block with `Exit::Fail`.
macro_rules! try_gallop {
    ($vm:ident, $f:ident, $key:expr, $arr:expr, $hint:expr, $label:lifetime) => {{
        let key = $key.clone();
        match $f($vm, &key, $arr, $hint) {
            Ok(k) => k,
            Err(e) => break $label Exit::Fail(e),
        }
    }};
}

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// How a merge loop ended (CPython's `goto` labels).
enum Exit {
    Succeed,
    Fail(PyErr),
    /// merge_lo: the last element of run A goes after the rest of B.
    CopyB,
    /// merge_hi: the first element of run B goes before the rest of A.
    CopyA,
}

/// CPython's `MergeState`.
struct Sorter {
    tmp: Vec<Elem>,
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

/// Clone `src[from..from+n]` over `dst[to..to+n]` within one array, in the
/// direction memmove would (the ranges may overlap).
fn move_within(a: &mut [Elem], to: usize, from: usize, n: usize) {
    if to < from {
        for i in 0..n {
            a[to + i] = a[from + i].clone();
        }
    } else {
        for i in (0..n).rev() {
            a[to + i] = a[from + i].clone();
        }
    }
}

impl Sorter {
    fn new(listlen: usize) -> Sorter {
        Sorter {
            tmp: Vec::new(),
            min_gallop: MIN_GALLOP,
            pending: Vec::new(),
            listlen,
        }
    }

    fn sort(&mut self, vm: &mut Vm, a: &mut [Elem]) -> PyResult<()> {
        let mut lo = 0;
        let mut nremaining = a.len();
        let minrun = merge_compute_minrun(nremaining);
        loop {
            let (mut n, descending) = count_run(vm, &a[lo..lo + nremaining])?;
            if descending {
                a[lo..lo + n].reverse();
            }
            if n < minrun {
                let force = nremaining.min(minrun);
                binarysort(vm, &mut a[lo..lo + force], n)?;
                n = force;
            }
            self.found_new_run(vm, a, n)?;
            self.pending.push(Run {
                base: lo,
                len: n,
                power: 0,
            });
            lo += n;
            nremaining -= n;
            if nremaining == 0 {
                break;
            }
        }
        self.merge_force_collapse(vm, a)
    }

    /// Powersort: merge the runs on the stack deeper than the new one.
    fn found_new_run(&mut self, vm: &mut Vm, a: &mut [Elem], n2: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last() {
            let power = powerloop(last.base, last.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(vm, a, self.pending.len() - 2)?;
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self, vm: &mut Vm, a: &mut [Elem]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(vm, a, n)?;
        }
        Ok(())
    }

    /// Merge the runs at stack indices i and i+1.
    fn merge_at(&mut self, vm: &mut Vm, a: &mut [Elem], i: usize) -> PyResult<()> {
        let (mut pa, mut na) = (self.pending[i].base, self.pending[i].len);
        let (pb, mut nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Where does b start in a? Elements before that are in place.
        let key = a[pb].0.clone();
        let k = gallop_right(vm, &key, &a[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Elements after that are in place.
        let key = a[pa + na - 1].0.clone();
        nb = gallop_left(vm, &key, &a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(vm, a, pa, na, pb, nb)
        } else {
            self.merge_hi(vm, a, pa, na, pb, nb)
        }
    }

    /// Merge a[pa..pa+na] with a[pb..pb+nb] (pb == pa+na, na <= nb), with
    /// run A copied to the temp array.
    fn merge_lo(
        &mut self,
        vm: &mut Vm,
        a: &mut [Elem],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[pa..pa + na]);
        let (mut dest, mut sa, mut sb) = (pa, 0usize, pb);
        let mut min_gallop = self.min_gallop;
        let exit = 'body: {
            a[dest] = a[sb].clone();
            dest += 1;
            sb += 1;
            nb -= 1;
            if nb == 0 {
                break 'body Exit::Succeed;
            }
            if na == 1 {
                break 'body Exit::CopyB;
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if try_lt!(vm, &a[sb].0, &self.tmp[sa].0, 'body) {
                        a[dest] = a[sb].clone();
                        dest += 1;
                        sb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'body Exit::Succeed;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = self.tmp[sa].clone();
                        dest += 1;
                        sa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'body Exit::CopyB;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k =
                        try_gallop!(vm, gallop_right, a[sb].0, &self.tmp[sa..sa + na], 0, 'body);
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].clone_from_slice(&self.tmp[sa..sa + k]);
                        dest += k;
                        sa += k;
                        na -= k;
                        if na == 1 {
                            break 'body Exit::CopyB;
                        }
                        if na == 0 {
                            break 'body Exit::Succeed;
                        }
                    }
                    a[dest] = a[sb].clone();
                    dest += 1;
                    sb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'body Exit::Succeed;
                    }
                    let k = try_gallop!(vm, gallop_left, self.tmp[sa].0, &a[sb..sb + nb], 0, 'body);
                    bcount = k;
                    if k > 0 {
                        move_within(a, dest, sb, k);
                        dest += k;
                        sb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'body Exit::Succeed;
                        }
                    }
                    a[dest] = self.tmp[sa].clone();
                    dest += 1;
                    sa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'body Exit::CopyB;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::CopyB | Exit::CopyA => {
                move_within(a, dest, sb, nb);
                a[dest + nb] = self.tmp[sa].clone();
                Ok(())
            }
            Exit::Succeed | Exit::Fail(_) => {
                a[dest..dest + na].clone_from_slice(&self.tmp[sa..sa + na]);
                self.tmp.clear();
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Merge a[pa..pa+na] with a[pb..pb+nb] (pb == pa+na, na >= nb) from the
    /// right, with run B copied to the temp array.
    fn merge_hi(
        &mut self,
        vm: &mut Vm,
        a: &mut [Elem],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[pb..pb + nb]);
        // Cursors may step one below their region: signed.
        let mut dest = (pb + nb - 1) as isize;
        let mut sa = (pa + na - 1) as isize;
        let mut sb = nb as isize - 1;
        let basea = pa;
        let mut min_gallop = self.min_gallop;
        let exit = 'body: {
            a[dest as usize] = a[sa as usize].clone();
            dest -= 1;
            sa -= 1;
            na -= 1;
            if na == 0 {
                break 'body Exit::Succeed;
            }
            if nb == 1 {
                break 'body Exit::CopyA;
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if try_lt!(vm, &self.tmp[sb as usize].0, &a[sa as usize].0, 'body) {
                        a[dest as usize] = a[sa as usize].clone();
                        dest -= 1;
                        sa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'body Exit::Succeed;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest as usize] = self.tmp[sb as usize].clone();
                        dest -= 1;
                        sb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'body Exit::CopyA;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = try_gallop!(vm, gallop_right, self.tmp[sb as usize].0, &a[basea..basea + na], na - 1, 'body);
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        sa -= k as isize;
                        move_within(a, (dest + 1) as usize, (sa + 1) as usize, k);
                        na -= k;
                        if na == 0 {
                            break 'body Exit::Succeed;
                        }
                    }
                    a[dest as usize] = self.tmp[sb as usize].clone();
                    dest -= 1;
                    sb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'body Exit::CopyA;
                    }
                    let k = try_gallop!(vm, gallop_left, a[sa as usize].0, &self.tmp[..nb], nb - 1, 'body);
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        sb -= k as isize;
                        let (d0, s0) = ((dest + 1) as usize, (sb + 1) as usize);
                        a[d0..d0 + k].clone_from_slice(&self.tmp[s0..s0 + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'body Exit::CopyA;
                        }
                        if nb == 0 {
                            break 'body Exit::Succeed;
                        }
                    }
                    a[dest as usize] = a[sa as usize].clone();
                    dest -= 1;
                    sa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'body Exit::Succeed;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::CopyA | Exit::CopyB => {
                let to = (dest + 1) as usize - na;
                let from = (sa + 1) as usize - na;
                move_within(a, to, from, na);
                a[to - 1] = self.tmp[sb as usize].clone();
                Ok(())
            }
            Exit::Succeed | Exit::Fail(_) => {
                if nb > 0 {
                    let to = (dest + 1) as usize - nb;
                    a[to..to + nb].clone_from_slice(&self.tmp[..nb]);
                }
                self.tmp.clear();
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }
}

/// `merge_compute_minrun`.
fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the node power of the run boundary between [s1, s1+n1)
/// and [s1+n1, s1+n1+n2) in a list of n items.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `count_run`: the length of the run at the start of `a` and whether it is
/// strictly descending.
fn count_run(vm: &mut Vm, a: &[Elem]) -> PyResult<(usize, bool)> {
    if a.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if islt(vm, &a[1].0, &a[0].0)? {
        while n < a.len() && islt(vm, &a[n].0, &a[n - 1].0)? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < a.len() && !islt(vm, &a[n].0, &a[n - 1].0)? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// `binarysort`: binary insertion sort of `a`, whose first `start` items
/// are already sorted. An error leaves a permutation of the input.
fn binarysort(vm: &mut Vm, a: &mut [Elem], mut start: usize) -> PyResult<()> {
    if start == 0 {
        start = 1;
    }
    while start < a.len() {
        let pivot = a[start].0.clone();
        let (mut l, mut r) = (0, start);
        loop {
            let p = l + ((r - l) >> 1);
            if islt(vm, &pivot, &a[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        a[l..=start].rotate_right(1);
        start += 1;
    }
    Ok(())
}

// ----- tuple -----

fn tuple_index(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let items = tuple_of(vm, slf, "index")?.to_vec();
    if args.has_keywords() {
        return Err(vm.type_error("tuple.index() takes no keyword arguments"));
    }
    let a = arg_range(vm, "index", &args, 1, 3)?;
    let (start, stop) = index_window(vm, a, items.len())?;
    for (i, item) in items
        .iter()
        .enumerate()
        .take(stop.min(items.len()))
        .skip(start)
    {
        if eq_bool(vm, item, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let items = tuple_of(vm, slf, "count")?.to_vec();
    let x = exact(vm, "tuple.count", &args, 1)?[0].clone();
    let mut n = 0;
    for item in &items {
        if eq_bool(vm, item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let n = tuple_of(vm, slf, "__len__")?.len();
    slot_args(vm, "__len__", &args, 0)?;
    Ok(Value::Int(n as i64))
}

fn tuple_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let items = tuple_of(vm, slf, "__getitem__")?;
    let k = slot_args(vm, "__getitem__", &args, 1)?[0].clone();
    if let Some(s) = slice_of(&k) {
        let idx = vm.slice_indices(&s, items.len())?;
        if idx.step == 1
            && idx.len == items.len()
            && slf.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
        {
            return Ok(slf.clone());
        }
        let v: Vec<Value> = idx.indices().map(|i| items[i].clone()).collect();
        return Ok(vm.new_tuple(v));
    }
    let i = item_index(vm, &k, items.len(), "tuple", "tuple index out of range")?;
    Ok(items[i].clone())
}

fn tuple_contains(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let items = tuple_of(vm, slf, "__contains__")?.to_vec();
    let x = slot_args(vm, "__contains__", &args, 1)?[0].clone();
    for item in &items {
        if eq_bool(vm, item, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    tuple_of(vm, slf, "__iter__")?;
    slot_args(vm, "__iter__", &args, 0)?;
    Ok(new_iter(IterKind::Seq {
        seq: slf.clone(),
        index: 0,
    }))
}

fn tuple_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    let a = tuple_of(vm, slf, op.dunder())?.to_vec();
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    let Some(Payload::Tuple(b)) = other.payload() else {
        return Ok(vm.not_implemented.clone());
    };
    let b = b.to_vec();
    seq_richcompare(vm, &a, &b, op)
}

richcmp_slots!(tuple_richcompare: tuple_eq => Eq, tuple_ne => Ne, tuple_lt => Lt, tuple_le => Le, tuple_gt => Gt, tuple_ge => Ge);

fn tuple_add(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = tuple_of(vm, slf, "__add__")?;
    let other = slot_args(vm, "__add__", &args, 1)?[0].clone();
    let Some(Payload::Tuple(b)) = other.payload() else {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{tn}\") to tuple"
        )));
    };
    let mut items = a.to_vec();
    items.extend(b.iter().cloned());
    Ok(vm.new_tuple(items))
}

fn tuple_mul(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let items = tuple_of(vm, slf, "__mul__")?.to_vec();
    let n = slot_args(vm, "__mul__", &args, 1)?[0].clone();
    let v = repeat_items(vm, &items, &n)?;
    Ok(vm.new_tuple(v))
}

fn tuple_hash(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let o = match slf {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => o,
        _ => {
            return Err(super::set_methods::wrapper_error(
                vm, "__hash__", "tuple", slf,
            ))
        }
    };
    slot_args(vm, "__hash__", &args, 0)?;
    Ok(Value::Int(vm.hash_builtin(slf, o)?))
}

fn tuple_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let items = tuple_of(vm, slf, "__repr__")?.to_vec();
    slot_args(vm, "__repr__", &args, 0)?;
    if items.is_empty() {
        return Ok(Value::str("()"));
    }
    guarded_repr(vm, slf, "(...)", |vm| {
        let inner = join_reprs(vm, &items)?;
        Ok(if items.len() == 1 {
            format!("({inner},)")
        } else {
            format!("({inner})")
        })
    })
}
