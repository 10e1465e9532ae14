//! Methods of `list` and `tuple`. CPython counterparts:
//! `Objects/listobject.c` (incl. its timsort), `Objects/tupleobject.c`.

use super::args::{exact, ArgParser};
use crate::object::{Args, Payload};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    typeobj::add_methods(vm, &t, &[("append", list_append), ("sort", list_sort)]);
}

fn list_append(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "append", &args, 1)?[0].clone();
    if let Some(Payload::List(l)) = slf.payload() {
        l.borrow_mut().push(x);
    }
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let [key, reverse] = ArgParser::new("sort").parse(vm, args, ["key", "reverse"])?;
    let Some(Payload::List(l)) = slf.payload() else { return Ok(Value::None) };
    let items = std::mem::take(&mut *l.borrow_mut());
    let reverse = match reverse {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    let keys = match key.filter(|k| !k.is_none()) {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in &items {
                ks.push(vm.call(&k, std::slice::from_ref(x))?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Stable merge sort on indices with a fallible comparison.
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse { (&keys[b], &keys[a]) } else { (&keys[a], &keys[b]) };
        match vm.compare(x, y, pyprobe_bytecode::CmpOp::Lt).and_then(|r| vm.is_true(&r)) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match vm.compare(y, x, pyprobe_bytecode::CmpOp::Lt).and_then(|r| vm.is_true(&r)) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = if err.is_some() { items } else { sorted };
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}
