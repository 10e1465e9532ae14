//! The `_heapq` module: the heap operations of `heapq` on lists, in Rust.
//!
//! CPython counterpart: `Modules/_heapqmodule.c`. `lib/heapq.py` imports
//! these over its Python versions, as CPython's `heapq` does.
//!
//! Invariants: items are compared with `<` only, and the list layouts
//! are CPython's: removing the root moves the smaller child up until a
//! leaf is reached, then lets the displaced item rise (`sift_up`). A
//! comparison may run Python code, so no borrow of the list is held
//! across one, and a list whose size changes meanwhile is an error
//! ("list changed size during iteration"), as in CPython.

use super::import::module_dict;
use crate::builtins::args::exact;
use crate::object::{Args, Payload};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use pyprobe_bytecode::CmpOp;
use std::cell::RefCell;

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("_heapq");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "_heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("heapify", heapify),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
            ("_heapify_max", heapify_max),
        ],
    );
    Ok(m)
}

/// The list of a heap argument (CPython's argument-clinic message).
fn heap_list<'a>(
    vm: &mut Vm,
    v: &'a Value,
    func: &str,
    which: &str,
) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => {
            // Argument Clinic names None itself.
            let tn = if v.is_none() {
                "None".to_string()
            } else {
                vm.type_name(v)
            };
            Err(vm.type_error(format!("{func}() {which} must be list, not {tn}")))
        }
    }
}

/// `a < b` (`b < a` for a max-heap).
fn less(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let (x, y) = if max { (b, a) } else { (a, b) };
    if let (Value::Int(p), Value::Int(q)) = (x, y) {
        return Ok(p < q);
    }
    let r = vm.compare(x, y, CmpOp::Lt)?;
    match r {
        Value::Bool(t) => Ok(t),
        other => vm.is_true(&other),
    }
}

fn changed(vm: &mut Vm) -> crate::PyErr {
    vm.runtime_error("list changed size during iteration")
}

/// Let the item at `pos` rise towards `start` while it is smaller than
/// its parent.
fn sift_down(
    vm: &mut Vm,
    heap: &RefCell<Vec<Value>>,
    start: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (item, parent) = {
            let h = heap.borrow();
            (h[pos].clone(), h[parent_pos].clone())
        };
        let lt = less(vm, &item, &parent, max)?;
        if heap.borrow().len() != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        heap.borrow_mut().swap(pos, parent_pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Move the smaller child up from `pos` until a leaf is reached, then let
/// the item that was at `pos` rise from there.
fn sift_up(vm: &mut Vm, heap: &RefCell<Vec<Value>>, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = {
                let h = heap.borrow();
                (h[child].clone(), h[child + 1].clone())
            };
            let lt = less(vm, &a, &b, max)?;
            if heap.borrow().len() != end {
                return Err(changed(vm));
            }
            if !lt {
                child += 1;
            }
        }
        heap.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(vm, heap, start, pos, max)
}

fn heappush(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "heappush", &args, 2)?;
    let heap = heap_list(vm, &a[0], "heappush", "argument 1")?;
    let n = {
        let mut h = heap.borrow_mut();
        h.push(a[1].clone());
        h.len()
    };
    sift_down(vm, heap, 0, n - 1, false)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args, name: &str, max: bool) -> PyResult<Value> {
    let a = exact(vm, name, args, 1)?;
    let heap = heap_list(vm, &a[0], name, "argument")?;
    let last = heap.borrow_mut().pop();
    let Some(last) = last else {
        return Err(vm.index_error("index out of range"));
    };
    if heap.borrow().is_empty() {
        return Ok(last);
    }
    let smallest = std::mem::replace(&mut heap.borrow_mut()[0], last);
    sift_up(vm, heap, 0, max)?;
    Ok(smallest)
}

fn heappop(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    pop(vm, &args, "heappop", false)
}

fn heappop_max(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    pop(vm, &args, "_heappop_max", true)
}

fn replace(vm: &mut Vm, args: &Args, name: &str, max: bool) -> PyResult<Value> {
    let a = exact(vm, name, args, 2)?;
    let heap = heap_list(vm, &a[0], name, "argument 1")?;
    if heap.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let smallest = std::mem::replace(&mut heap.borrow_mut()[0], a[1].clone());
    sift_up(vm, heap, 0, max)?;
    Ok(smallest)
}

fn heapreplace(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    replace(vm, &args, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    replace(vm, &args, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "heappushpop", &args, 2)?;
    let heap = heap_list(vm, &a[0], "heappushpop", "argument 1")?;
    let item = a[1].clone();
    let top = heap.borrow().first().cloned();
    let Some(top) = top else {
        return Ok(item);
    };
    if !less(vm, &top, &item, false)? {
        return Ok(item);
    }
    if heap.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let smallest = std::mem::replace(&mut heap.borrow_mut()[0], item);
    sift_up(vm, heap, 0, false)?;
    Ok(smallest)
}

fn heapify_list(vm: &mut Vm, args: &Args, name: &str, max: bool) -> PyResult<Value> {
    let a = exact(vm, name, args, 1)?;
    let heap = heap_list(vm, &a[0], name, "argument")?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    heapify_list(vm, &args, "heapify", false)
}

fn heapify_max(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    heapify_list(vm, &args, "_heapify_max", true)
}
