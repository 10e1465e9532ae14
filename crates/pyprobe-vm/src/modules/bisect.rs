//! The `_bisect` module: binary search and sorted insertion, in Rust.
//!
//! CPython counterpart: `Modules/_bisectmodule.c`. `lib/bisect.py`
//! imports these over its Python versions, as CPython's `bisect` does.
//!
//! Invariants: items are compared with `<` only (`x < a[mid]` to the
//! right, `a[mid] < x` to the left); `key` applies to the items, not to
//! `x` (`insort` applies it to `x` too); a list is read in place, with no
//! borrow held across a comparison, and any other sequence through
//! `__getitem__` and its `insert` method.

use super::import::module_dict;
use crate::object::{Args, Payload};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use pyprobe_bytecode::CmpOp;

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("_bisect");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "_bisect",
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    );
    Ok(m)
}

/// The arguments `(a, x, lo=0, hi=None, *, key=None)`.
struct Search {
    a: Value,
    x: Value,
    lo: Value,
    hi: Value,
    key: Value,
}

fn parse(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Search> {
    let pos = args.positional();
    if pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 4 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: [Value; 5] = std::array::from_fn(|_| Value::Null);
    for (i, v) in pos.iter().enumerate() {
        slots[i] = v.clone();
    }
    const NAMES: [&str; 5] = ["a", "x", "lo", "hi", "key"];
    for (k, v) in args.keywords() {
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        };
        if !slots[i].is_null() {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = v.clone();
    }
    for (i, n) in NAMES[..2].iter().enumerate() {
        if slots[i].is_null() {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    let [a, x, lo, hi, key] = slots;
    Ok(Search {
        a,
        x,
        lo: if lo.is_null() { Value::Int(0) } else { lo },
        hi: if hi.is_null() { Value::None } else { hi },
        key: if key.is_null() { Value::None } else { key },
    })
}

/// `lo` and `hi` as indexes (`hi` None or -1: the sequence's length).
fn bounds(vm: &mut Vm, s: &Search) -> PyResult<(i64, i64)> {
    let lo = match &s.lo {
        Value::Int(i) => *i,
        v => vm.index(v)?,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = match &s.hi {
        Value::None => -1,
        Value::Int(i) => *i,
        v => {
            if crate::typeobj::lookup_str(vm.class_of(v), "__index__").is_none() {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("argument should be integer or None, not '{tn}'"))
                );
            }
            vm.index(v)?
        }
    };
    let hi = if hi == -1 { vm.len(&s.a)? as i64 } else { hi };
    Ok((lo, hi))
}

/// `a[i]`, read in place for a list.
fn item(vm: &mut Vm, a: &Value, i: i64) -> PyResult<Value> {
    if let Some(Payload::List(l)) = a.payload() {
        if let Some(v) = l.borrow().get(i as usize) {
            return Ok(v.clone());
        }
    }
    vm.getitem(a, &Value::Int(i))
}

fn less(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    if let (Value::Int(p), Value::Int(q)) = (x, y) {
        return Ok(p < q);
    }
    match vm.compare(x, y, CmpOp::Lt)? {
        Value::Bool(t) => Ok(t),
        other => vm.is_true(&other),
    }
}

/// The insertion point of `x` in `a[lo:hi]`: after equal items (`right`)
/// or before them.
fn search(vm: &mut Vm, s: &Search, x: &Value, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = bounds(vm, s)?;
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut v = item(vm, &s.a, mid)?;
        if !s.key.is_none() {
            v = vm.call(&s.key, &[v])?;
        }
        let go_left = if right {
            less(vm, x, &v)?
        } else {
            !less(vm, &v, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let s = parse(vm, "bisect_right", &args)?;
    let x = s.x.clone();
    Ok(Value::Int(search(vm, &s, &x, true)?))
}

fn bisect_left(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let s = parse(vm, "bisect_left", &args)?;
    let x = s.x.clone();
    Ok(Value::Int(search(vm, &s, &x, false)?))
}

/// Insert `x` where the search puts it: in place for a list, else by
/// the sequence's `insert` method.
fn insort(vm: &mut Vm, name: &str, args: &Args, right: bool) -> PyResult<Value> {
    let s = parse(vm, name, args)?;
    let probe = if s.key.is_none() {
        s.x.clone()
    } else {
        vm.call(&s.key, std::slice::from_ref(&s.x))?
    };
    let at = search(vm, &s, &probe, right)?;
    let exact_list = matches!(&s.a, Value::Obj(o) if o.class.is_none())
        && matches!(s.a.payload(), Some(Payload::List(_)));
    if exact_list {
        if let Some(Payload::List(l)) = s.a.payload() {
            let mut l = l.borrow_mut();
            let at = (at.max(0) as usize).min(l.len());
            l.insert(at, s.x.clone());
        }
    } else {
        let insert = vm.getattr_str(&s.a, "insert")?;
        vm.call(&insert, &[Value::Int(at), s.x.clone()])?;
    }
    Ok(Value::None)
}

fn insort_right(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    insort(vm, "insort_right", &args, true)
}

fn insort_left(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    insort(vm, "insort_left", &args, false)
}
