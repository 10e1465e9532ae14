//! The `gc` module: the cycle collector's interface.
//! CPython counterpart: `Modules/gcmodule.c` (its `gc_*_impl` functions).

use super::import::module_dict;
use crate::builtins::args::{exact, ArgParser};
use crate::gc::{DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE};
use crate::object::gc::{self as lists, NUM_GENERATIONS, PERMANENT};
use crate::object::{Args, Payload, PyRef};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn make(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("gc");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_debug", gc_get_debug),
            ("set_debug", gc_set_debug),
            ("get_objects", gc_get_objects),
            ("get_stats", gc_get_stats),
            ("is_tracked", gc_is_tracked),
            ("is_finalized", gc_is_finalized),
            ("get_referrers", gc_get_referrers),
            ("get_referents", gc_get_referents),
            ("freeze", gc_freeze),
            ("unfreeze", gc_unfreeze),
            ("get_freeze_count", gc_get_freeze_count),
        ],
    );
    let dd = dict_of(&d);
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        dd.set_str(Value::str(name), Value::Int(v));
    }
    let garbage = vm
        .gc_state
        .garbage
        .get_or_insert_with(|| crate::object::PyObject::new_list(Vec::new()))
        .clone();
    let callbacks = vm
        .gc_state
        .callbacks
        .get_or_insert_with(|| crate::object::PyObject::new_list(Vec::new()))
        .clone();
    dd.set_str(Value::str("garbage"), Value::Obj(garbage));
    dd.set_str(Value::str("callbacks"), Value::Obj(callbacks));
    Ok(m)
}

/// An int argument (`__index__`), as the clinic's `int` converter.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    vm.index(v)
}

fn gc_collect(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [gen] = ArgParser::new("collect").parse(vm, args, ["generation"])?;
    let gen = match gen {
        Some(g) => int_arg(vm, &g)?,
        None => 2,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&gen) {
        return Err(vm.new_error("ValueError", "invalid generation"));
    }
    let n = vm.gc_collect(gen as usize);
    Ok(Value::Int(n as i64))
}

fn gc_enable(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.enable", &args, 0)?;
    lists::with_state(|s| s.enabled = true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.disable", &args, 0)?;
    lists::with_state(|s| s.enabled = false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.isenabled", &args, 0)?;
    Ok(Value::Bool(lists::with_state(|s| s.enabled)))
}

fn int_tuple(vm: &mut Vm, items: &[usize]) -> Value {
    vm.new_tuple(items.iter().map(|&i| Value::Int(i as i64)).collect())
}

fn gc_get_count(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.get_count", &args, 0)?;
    let c = lists::with_state(|s| s.count);
    Ok(int_tuple(vm, &c))
}

fn gc_get_threshold(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.get_threshold", &args, 0)?;
    let t = lists::with_state(|s| s.threshold);
    Ok(int_tuple(vm, &t))
}

fn gc_set_threshold(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "set_threshold", &args)?;
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if pos.len() > NUM_GENERATIONS {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let mut t = lists::with_state(|s| s.threshold);
    for (i, v) in pos.iter().enumerate() {
        // CPython stores C ints; negative thresholds behave as 0.
        t[i] = int_arg(vm, v)?.max(0) as usize;
    }
    lists::with_state(|s| s.threshold = t);
    Ok(Value::None)
}

fn gc_get_debug(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.get_debug", &args, 0)?;
    Ok(Value::Int(vm.gc_state.debug))
}

fn gc_set_debug(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [flags] = exact(vm, "gc.set_debug", &args, 1)? else {
        unreachable!("exact checked the count")
    };
    vm.gc_state.debug = int_arg(vm, flags)?;
    Ok(Value::None)
}

fn gc_get_objects(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [gen] = ArgParser::new("get_objects").parse(vm, args, ["generation"])?;
    let gen = match gen {
        None | Some(Value::None) => None,
        Some(g @ (Value::Int(_) | Value::Bool(_))) => Some(int_arg(vm, &g)?),
        Some(g) => {
            let t = vm.type_name(&g);
            return Err(vm.type_error(format!("argument should be integer or None, not '{t}'")));
        }
    };
    let objs =
        match gen {
            None | Some(-1) => lists::objects(None),
            Some(g) if g >= NUM_GENERATIONS as i64 => return Err(vm.new_error(
                "ValueError",
                "generation parameter must be less than the number of available generations (3)",
            )),
            Some(g) if g < 0 => {
                return Err(vm.new_error("ValueError", "generation parameter cannot be negative"))
            }
            Some(g) => lists::objects(Some(g as usize)),
        };
    let objs = objs
        .into_iter()
        .map(Value::Obj)
        .filter(is_tracked)
        .collect();
    Ok(vm.new_list(objs))
}

fn gc_get_stats(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.get_stats", &args, 0)?;
    let stats = vm.gc_state.stats;
    let mut out = Vec::new();
    for st in stats {
        let d = vm.new_dict();
        let dd = dict_of(&d);
        dd.set_str(Value::str("collections"), Value::Int(st.collections as i64));
        dd.set_str(Value::str("collected"), Value::Int(st.collected as i64));
        dd.set_str(
            Value::str("uncollectable"),
            Value::Int(st.uncollectable as i64),
        );
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}

/// Is `v` tracked, as CPython would report it (dicts: only once they
/// may hold a cycle).
pub fn is_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(d) if o.class.is_none() => o.gc_is_tracked() && d.is_cyclic(),
            _ => o.gc_is_tracked(),
        },
        _ => false,
    }
}

fn gc_is_tracked(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [v] = exact(vm, "gc.is_tracked", &args, 1)? else {
        unreachable!("exact checked the count")
    };
    Ok(Value::Bool(is_tracked(v)))
}

fn gc_is_finalized(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [v] = exact(vm, "gc.is_finalized", &args, 1)? else {
        unreachable!("exact checked the count")
    };
    Ok(Value::Bool(
        matches!(v, Value::Obj(o) if o.gc_is_finalized()),
    ))
}

/// The objects `v` refers to, as CPython's `tp_traverse` reports them:
/// an instance's inline `__dict__` contributes its values, a dict with
/// only str keys only its values.
fn referents(v: &Value, out: &mut Vec<Value>) {
    let Value::Obj(o) = v else { return };
    if !is_tracked(v) {
        return;
    }
    if let Payload::Dict(d) = &o.payload {
        if d.keys().iter().all(|k| k.as_str().is_some()) {
            out.extend(d.values());
            return;
        }
    }
    o.traverse(&mut |c| match c {
        Value::Null => {}
        Value::Obj(co) if co.gc_is_inline_dict() => {
            if let Payload::Dict(d) = &co.payload {
                out.extend(d.values());
            }
        }
        _ => out.push(c.clone()),
    });
}

fn gc_get_referents(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "get_referents", &args)?;
    let mut out = Vec::new();
    for v in args.positional() {
        referents(v, &mut out);
    }
    Ok(vm.new_list(out))
}

fn gc_get_referrers(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "get_referrers", &args)?;
    let targets: Vec<usize> = args
        .positional()
        .iter()
        .filter_map(|v| v.as_obj().map(|o| o.id()))
        .collect();
    let mut out = Vec::new();
    for o in lists::objects(None) {
        let mut hit = false;
        let v = Value::Obj(o.clone());
        let mut refs = Vec::new();
        referents(&v, &mut refs);
        for r in &refs {
            if let Value::Obj(ro) = r {
                hit |= targets.contains(&ro.id());
            }
        }
        if hit {
            out.push(v);
        }
    }
    Ok(vm.new_list(out))
}

fn gc_freeze(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.freeze", &args, 0)?;
    lists::freeze();
    Ok(Value::None)
}

fn gc_unfreeze(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.unfreeze", &args, 0)?;
    lists::unfreeze();
    Ok(Value::None)
}

fn gc_get_freeze_count(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "gc.get_freeze_count", &args, 0)?;
    Ok(Value::Int(lists::list_len(PERMANENT) as i64))
}
