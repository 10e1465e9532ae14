//! The `atexit` module: functions to call when the interpreter exits.
//!
//! CPython counterpart: `Modules/atexitmodule.c`.
//!
//! Invariants: callbacks run last registered first, each once: a
//! callback is taken off the list before it is called, so one that
//! registers or unregisters others sees the list without itself. An
//! exception from a callback is reported as unraisable ("Exception
//! ignored in atexit callback") and the others still run.

use super::import::module_dict;
use crate::builtins::args::exact;
use crate::object::Args;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

/// A registered call: the function, its positional arguments, and its
/// keyword names and values.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

thread_local! {
    /// An unregistered callback leaves an empty slot, which
    /// `_ncallbacks` still counts, as CPython's does.
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = const { RefCell::new(Vec::new()) };
}

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("atexit");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "atexit",
        &[
            ("register", atexit_register),
            ("unregister", atexit_unregister),
            ("_run_exitfuncs", atexit_run_exitfuncs),
            ("_clear", atexit_clear),
            ("_ncallbacks", atexit_ncallbacks),
        ],
    );
    Ok(m)
}

/// `register(func, /, *args, **kwargs)`: returns func, so that it can be
/// used as a decorator.
fn atexit_register(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(func) = pos.first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !crate::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut rest: Vec<Value> = pos[1..].to_vec();
    rest.extend(args.keywords().map(|(_, v)| v.clone()));
    CALLBACKS.with(|c| {
        c.borrow_mut().push(Some(Callback {
            func: func.clone(),
            args: rest,
            kwnames: args.kwnames.to_vec(),
        }))
    });
    Ok(func)
}

/// `unregister(func)`: every registration of a function equal to func
/// goes.
fn atexit_unregister(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let func = exact(vm, "unregister", &args, 1)?[0].clone();
    let funcs: Vec<Option<Value>> = CALLBACKS.with(|c| {
        c.borrow()
            .iter()
            .map(|cb| cb.as_ref().map(|cb| cb.func.clone()))
            .collect()
    });
    for (i, f) in funcs.iter().enumerate() {
        let Some(f) = f else { continue };
        if vm.eq(f, &func)? {
            // Comparing may have run Python code that changed the list:
            // the slot is emptied only if it still holds the function.
            CALLBACKS.with(|c| {
                if let Some(slot) = c.borrow_mut().get_mut(i) {
                    if slot.as_ref().is_some_and(|cb| cb.func.is(f)) {
                        *slot = None;
                    }
                }
            });
        }
    }
    Ok(Value::None)
}

fn atexit_run_exitfuncs(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "_run_exitfuncs", &args, 0)?;
    run_exitfuncs(vm);
    Ok(Value::None)
}

fn atexit_clear(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "_clear", &args, 0)?;
    CALLBACKS.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

fn atexit_ncallbacks(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "_ncallbacks", &args, 0)?;
    Ok(Value::Int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

/// Call the registered functions, the last registered first.
pub fn run_exitfuncs(vm: &mut Vm) {
    while let Some(slot) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        let Some(cb) = slot else { continue };
        if let Err(e) = vm.call_kw(&cb.func, &cb.args, &cb.kwnames) {
            let text = vm.format_exception(&e.exc);
            let r = vm.repr_string(&cb.func).unwrap_or_default();
            crate::builtins::flush_std(vm);
            eprint!("Exception ignored in atexit callback: {r}\n{text}");
        }
    }
}
