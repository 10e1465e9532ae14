//! `aiter`, `anext` and the `anext_awaitable` type.
//!
//! CPython counterparts: `builtin_aiter`/`builtin_anext` in
//! `Python/bltinmodule.c`, `anextawaitableobject` in `Objects/iterobject.c`.
//! pyprobe compiles no coroutines, so the awaitables these meet are objects
//! whose class defines `__await__`; driving them is left to the program.
//!
//! Invariants: an `anext_awaitable` is `IterKind::AnextAwaitable`. It asks
//! the wrapped awaitable for its iterator (`__await__`) at every step, as
//! CPython 3.12 does, and turns a `StopAsyncIteration` from that step into
//! `StopIteration(default)`.

use super::args::{exact, range};
use crate::iter::new_iter;
use crate::object::{Args, IterKind, Payload};
use crate::typeobj::{self, lookup_str};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let b = vm.builtins_dict.clone();
    super::add_functions(
        vm,
        &b,
        "builtins",
        &[("aiter", builtin_aiter), ("anext", builtin_anext)],
    );
    let t = vm.types.iters[crate::vm::ANEXT_AWAITABLE as usize].clone();
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("__await__", await_self),
            ("send", awaitable_send),
            ("throw", awaitable_throw),
            ("close", awaitable_close),
        ],
    );
}

/// `aiter(async_iterable)`: `type(x).__aiter__(x)`, which must give an
/// object whose class has `__anext__`.
fn builtin_aiter(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "aiter", &args, 1)?[0].clone();
    let Some(r) = vm.call_dunder(&x, "__aiter__", &[])? else {
        let tn = vm.type_name(&x);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterable")));
    };
    if lookup_str(vm.class_of(&r), "__anext__").is_none() {
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{tn}'"
        )));
    }
    Ok(r)
}

/// `anext(async_iterator[, default])`: the awaitable `__anext__` returns,
/// wrapped in an `anext_awaitable` when there is a default.
fn builtin_anext(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "anext", &args, 1, 2)?;
    if lookup_str(vm.class_of(&a[0]), "__anext__").is_none() {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    }
    let awaitable = vm
        .call_dunder(&a[0], "__anext__", &[])?
        .unwrap_or(Value::None);
    match a.get(1) {
        None => Ok(awaitable),
        Some(default) => Ok(new_iter(IterKind::AnextAwaitable {
            wrapped: awaitable,
            default: default.clone(),
        })),
    }
}

/// The iterator behind an awaitable (`_PyCoro_GetAwaitableIter`): the
/// result of its class's `__await__`, which must be an iterator.
fn awaitable_iter(vm: &mut Vm, awaitable: &Value) -> PyResult<Value> {
    let Some(it) = vm.call_dunder(awaitable, "__await__", &[])? else {
        let tn = vm.type_name(awaitable);
        return Err(vm.type_error(format!("object {tn} can't be used in 'await' expression")));
    };
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        || lookup_str(vm.class_of(&it), "__next__").is_some();
    if !is_iter {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{tn}'")));
    }
    Ok(it)
}

/// A `StopAsyncIteration` from the wrapped awaitable ends the
/// `anext_awaitable` with `StopIteration(default)`.
fn stop_with_default(vm: &mut Vm, e: crate::PyErr, default: &Value) -> crate::PyErr {
    if vm.err_is(&e, "StopAsyncIteration") {
        vm.stop_iteration(default.clone())
    } else {
        e
    }
}

/// One step of an `anext_awaitable` (`next(aw)`), for `Vm::next`: `None`
/// when it finished, its value left as the stop value.
pub(crate) fn awaitable_next(
    vm: &mut Vm,
    wrapped: &Value,
    default: &Value,
) -> PyResult<Option<Value>> {
    let it = awaitable_iter(vm, wrapped)?;
    match vm.next(&it) {
        Ok(r) => Ok(r),
        Err(e) if vm.err_is(&e, "StopAsyncIteration") => {
            vm.set_stop_value(default.clone());
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The wrapped awaitable and the default of an `anext_awaitable`.
fn parts(vm: &mut Vm, slf: &Value) -> PyResult<(Value, Value)> {
    if let Some(Payload::Iter(k)) = slf.payload() {
        if let IterKind::AnextAwaitable { wrapped, default } = &*k.borrow() {
            return Ok((wrapped.clone(), default.clone()));
        }
    }
    let tn = vm.type_name(slf);
    Err(vm.type_error(format!(
        "descriptor requires a 'anext_awaitable' object but received a '{tn}'"
    )))
}

/// `send`, `throw` and `close`, passed on to the awaitable's iterator.
fn proxy(vm: &mut Vm, slf: &Value, method: &str, args: &[Value]) -> PyResult<Value> {
    let (wrapped, default) = parts(vm, slf)?;
    let it = awaitable_iter(vm, &wrapped)?;
    let m = vm.getattr_str(&it, method)?;
    vm.call(&m, args)
        .map_err(|e| stop_with_default(vm, e, &default))
}

fn await_self(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__await__", &args, 0)?;
    Ok(slf.clone())
}

fn awaitable_send(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let v = exact(vm, "send", &args, 1)?;
    proxy(vm, slf, "send", v)
}

fn awaitable_throw(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "throw", &args, 1, 3)?;
    proxy(vm, slf, "throw", a)
}

fn awaitable_close(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "close", &args, 0)?;
    proxy(vm, slf, "close", &[])
}
