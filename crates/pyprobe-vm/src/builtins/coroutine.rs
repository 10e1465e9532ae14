//! Coroutines and asynchronous generators: the `coroutine`,
//! `coroutine_wrapper`, `async_generator`, `async_generator_asend`,
//! `async_generator_athrow` and `async_generator_wrapped_value` types, and
//! the steps of `await`, `async with` and `async for`.
//!
//! CPython counterparts: `Objects/genobject.c` (coroutines, async
//! generators and their `asend`/`athrow` awaitables), `GET_AWAITABLE`,
//! `BEFORE_ASYNC_WITH`, `GET_AITER`, `GET_ANEXT` and `END_ASYNC_FOR` in
//! `Python/bytecodes.c`.
//!
//! Invariants:
//! - A coroutine and an asynchronous generator are `Payload::Generator`
//!   objects whose code has the `COROUTINE` or `ASYNC_GENERATOR` flag: they
//!   share the generator's frame handling (`Vm::gen_resume`), and their
//!   type comes from the flag (`Vm::payload_type`).
//! - An asynchronous generator's frame yields two kinds of values: what an
//!   `await` in it passes on from below (a plain value), and what its
//!   `yield` produces (an `async_generator_wrapped_value`, made by
//!   `AsyncGenWrap`). Its `asend`/`athrow` awaitables pass the first on to
//!   their awaiter and end with the second as their StopIteration value.

use super::args::{exact, range};
use crate::iter::new_iter;
use crate::object::{Args, IterKind, Payload, PyObject};
use crate::typeobj::{self, lookup_str};
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use pyprobe_bytecode::flags;

pub fn init(vm: &mut Vm) {
    let coroutine = vm.types.coroutine.clone();
    typeobj::add_methods(
        vm,
        &coroutine,
        &[
            ("send", coro_send),
            ("throw", coro_throw),
            ("close", coro_close),
            ("__await__", coro_await),
        ],
    );
    let wrapper = vm.types.iters[crate::vm::COROUTINE_WRAPPER as usize].clone();
    typeobj::add_methods(
        vm,
        &wrapper,
        &[
            ("send", wrapper_send),
            ("throw", wrapper_throw),
            ("close", wrapper_close),
        ],
    );
    let agen = vm.types.async_generator.clone();
    typeobj::add_methods(
        vm,
        &agen,
        &[
            ("__aiter__", agen_aiter),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
        ],
    );
    for index in [crate::vm::ASYNC_GEN_ASEND, crate::vm::ASYNC_GEN_ATHROW] {
        let t = vm.types.iters[index as usize].clone();
        typeobj::add_methods(
            vm,
            &t,
            &[
                ("__await__", await_self),
                ("send", step_send),
                ("throw", step_throw),
                ("close", step_close),
            ],
        );
    }
}

/// The code flags of a generator-like object (0 for anything else).
pub fn suspendable_flags(v: &Value) -> u32 {
    match v.payload() {
        Some(Payload::Generator(g)) => match g.try_borrow() {
            Ok(g) => g.code.code.flags,
            Err(_) => flags::GENERATOR,
        },
        _ => 0,
    }
}

/// Is `v` a plain generator (not a coroutine or an asynchronous one)?
pub fn is_plain_generator(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Generator(_)))
        && suspendable_flags(v) & (flags::COROUTINE | flags::ASYNC_GENERATOR) == 0
}

/// What generator-like object `v` is called in messages.
pub fn kind_name(v: &Value) -> &'static str {
    let f = suspendable_flags(v);
    if f & flags::COROUTINE != 0 {
        "coroutine"
    } else if f & flags::ASYNC_GENERATOR != 0 {
        "async generator"
    } else {
        "generator"
    }
}

fn check_coroutine(vm: &mut Vm, v: &Value, method: &str) -> PyResult<()> {
    if suspendable_flags(v) & flags::COROUTINE != 0 {
        return Ok(());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "descriptor '{method}' for 'coroutine' objects doesn't apply to a '{tn}' object"
    )))
}

/// `coroutine.send(value)`.
fn coro_send(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    check_coroutine(vm, slf, "send")?;
    let v = exact(vm, "send", &args, 1)?[0].clone();
    let r = vm.gen_send(slf, v);
    finish_step(vm, r)
}

/// `coroutine.throw(exc)` (or the deprecated `throw(type, value, tb)`).
fn coro_throw(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    check_coroutine(vm, slf, "throw")?;
    let err = thrown(vm, "throw", &args)?;
    let r = vm.gen_resume(slf, None, Some(err));
    finish_step(vm, r)
}

/// `coroutine.close()`.
fn coro_close(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    check_coroutine(vm, slf, "close")?;
    vm.gen_close(slf)?;
    Ok(Value::None)
}

/// `coroutine.__await__()`: an iterator that drives the coroutine.
fn coro_await(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    check_coroutine(vm, slf, "__await__")?;
    Ok(new_iter(IterKind::CoroutineWrapper { coro: slf.clone() }))
}

/// A step's outcome as a method result: the yielded value, or
/// StopIteration with the returned one.
fn finish_step(vm: &mut Vm, r: PyResult<Result<Value, Value>>) -> PyResult<Value> {
    match r? {
        Ok(y) => Ok(y),
        Err(ret) => Err(vm.stop_iteration(ret)),
    }
}

/// The exception `throw(exc)`/`throw(type, value, tb)` raises in the frame.
fn thrown(vm: &mut Vm, name: &str, args: &Args) -> PyResult<PyErr> {
    let a = range(vm, name, args, 1, 3)?;
    let mut exc = a[0].clone();
    if let (Some(Payload::Type(_)), Some(val)) = (exc.payload(), a.get(1)) {
        if !val.is_none() {
            exc = vm.call(&exc, std::slice::from_ref(val))?;
        }
    }
    vm.normalize_exception(exc)
}

/// The coroutine a `coroutine_wrapper` drives.
fn wrapped_coroutine(vm: &mut Vm, slf: &Value) -> PyResult<Value> {
    if let Some(Payload::Iter(k)) = slf.payload() {
        if let IterKind::CoroutineWrapper { coro } = &*k.borrow() {
            return Ok(coro.clone());
        }
    }
    let tn = vm.type_name(slf);
    Err(vm.type_error(format!(
        "descriptor requires a 'coroutine_wrapper' object but received a '{tn}'"
    )))
}

fn wrapper_send(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let coro = wrapped_coroutine(vm, slf)?;
    let v = exact(vm, "send", &args, 1)?[0].clone();
    let r = vm.gen_send(&coro, v);
    finish_step(vm, r)
}

fn wrapper_throw(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let coro = wrapped_coroutine(vm, slf)?;
    let err = thrown(vm, "throw", &args)?;
    let r = vm.gen_resume(&coro, None, Some(err));
    finish_step(vm, r)
}

fn wrapper_close(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let coro = wrapped_coroutine(vm, slf)?;
    vm.gen_close(&coro)?;
    Ok(Value::None)
}

/// `next()` of a `coroutine_wrapper`, for `Vm::next`.
pub(crate) fn wrapper_next(vm: &mut Vm, coro: &Value) -> PyResult<Option<Value>> {
    match vm.gen_send(coro, Value::None)? {
        Ok(y) => Ok(Some(y)),
        Err(ret) => {
            vm.set_stop_value(ret);
            Ok(None)
        }
    }
}

/// The qualified name of a coroutine that was never started (its
/// finalizer warns that it was never awaited).
pub fn never_awaited(v: &Value) -> Option<String> {
    let Some(Payload::Generator(g)) = v.payload() else {
        return None;
    };
    let g = g.try_borrow().ok()?;
    let fresh = g.frame.as_ref().is_some_and(|f| f.ip == 0 && f.lasti == 0);
    (fresh && g.code.code.flags & flags::COROUTINE != 0).then(|| g.code.code.qualname.clone())
}

/// What a generator-like object suspended in `yield from` or `await`
/// delegates to (`gi_yieldfrom`, `cr_await`, `ag_await`), else None.
pub fn delegate_of(v: &Value) -> Value {
    if !is_awaiting(v) {
        return Value::None;
    }
    match v.payload() {
        Some(Payload::Generator(g)) => g
            .borrow()
            .frame
            .as_ref()
            .and_then(|fr| fr.fast.last().cloned())
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Is the coroutine suspended in an `await` (its frame on a `YieldFrom`)?
fn is_awaiting(v: &Value) -> bool {
    let Some(Payload::Generator(g)) = v.payload() else {
        return false;
    };
    let Ok(g) = g.try_borrow() else {
        return false;
    };
    g.frame.as_ref().is_some_and(|fr| {
        (fr.ip > 0 || fr.lasti > 0)
            && matches!(
                fr.code.code.instructions.get(fr.ip),
                Some(pyprobe_bytecode::Instruction::YieldFrom)
            )
    })
}

/// The asynchronous instructions that work on the top of the stack
/// (`GetAwaitable`, `BeforeAsyncWith`, `GetAIter`, `GetANext`,
/// `AsyncGenWrap`), out of the dispatch loop.
#[inline(never)]
pub fn async_op(
    vm: &mut Vm,
    ins: pyprobe_bytecode::Instruction,
    stack: &mut Vec<Value>,
) -> PyResult<()> {
    use pyprobe_bytecode::Instruction as I;
    let top = stack.pop().unwrap_or(Value::None);
    match ins {
        I::GetAwaitable(kind) => stack.push(get_awaitable(vm, &top, kind)?),
        I::BeforeAsyncWith => {
            let (exit, awaitable) = before_async_with(vm, &top)?;
            stack.push(exit);
            stack.push(awaitable);
        }
        I::GetAIter => stack.push(get_aiter(vm, &top)?),
        I::GetANext => {
            let awaitable = get_anext(vm, &top)?;
            stack.push(top);
            stack.push(awaitable);
        }
        I::AsyncGenWrap => stack.push(wrap_value(vm, top)),
        _ => stack.push(top),
    }
    Ok(())
}

/// `GetAwaitable`: the iterator `await v` delegates to. A coroutine is its
/// own; anything else's comes from its class's `__await__`. `kind` says
/// where `v` came from, for the message when it is not awaitable.
pub fn get_awaitable(vm: &mut Vm, v: &Value, kind: u8) -> PyResult<Value> {
    let f = suspendable_flags(v);
    if f & (flags::COROUTINE | flags::ITERABLE_COROUTINE) != 0 {
        if f & flags::COROUTINE != 0 && is_awaiting(v) {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
        return Ok(v.clone());
    }
    let cls = vm.class_of(v).clone();
    let has_await = lookup_str(&cls, "__await__").is_some_and(|m| !m.is_none());
    if !has_await {
        let tn = vm.type_name(v);
        return Err(vm.type_error(match kind {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
            ),
            3 => format!("'async for' received an invalid object from __anext__: {tn}"),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    }
    let it = vm.call_dunder(v, "__await__", &[])?.unwrap_or(Value::None);
    if suspendable_flags(&it) & flags::COROUTINE != 0 {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        || lookup_str(vm.class_of(&it), "__next__").is_some();
    if !is_iter {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{tn}'")));
    }
    Ok(it)
}

/// `BeforeAsyncWith`: the bound `__aexit__` and what `__aenter__()`
/// returned.
pub fn before_async_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let cls = vm.class_of(mgr).clone();
    let tn = vm.type_name(mgr);
    if lookup_str(&cls, "__aenter__").is_none() {
        return Err(vm.type_error(format!(
            "'{tn}' object does not support the asynchronous context manager protocol"
        )));
    }
    if lookup_str(&cls, "__aexit__").is_none() {
        return Err(vm.type_error(format!(
            "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
        )));
    }
    let exit = vm.getattr_str(mgr, "__aexit__")?;
    let enter = vm
        .call_dunder(mgr, "__aenter__", &[])?
        .unwrap_or(Value::None);
    Ok((exit, enter))
}

/// `GetAIter`: `type(v).__aiter__(v)`, which must have `__anext__`.
pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let cls = vm.class_of(v).clone();
    if lookup_str(&cls, "__aiter__").is_none() {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {tn}"
        )));
    }
    let it = vm.call_dunder(v, "__aiter__", &[])?.unwrap_or(Value::None);
    if lookup_str(vm.class_of(&it), "__anext__").is_none() {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
        )));
    }
    Ok(it)
}

/// `GetANext`: what `type(aiter).__anext__(aiter)` returns (awaited next).
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    if suspendable_flags(aiter) & flags::ASYNC_GENERATOR != 0 {
        return Ok(asend_of(aiter, Value::None));
    }
    let cls = vm.class_of(aiter).clone();
    if lookup_str(&cls, "__anext__").is_none() {
        let tn = vm.type_name(aiter);
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {tn}"
        )));
    }
    Ok(vm
        .call_dunder(aiter, "__anext__", &[])?
        .unwrap_or(Value::None))
}

/// `AsyncGenWrap`: `v` marked as a value the asynchronous generator yields.
pub fn wrap_value(vm: &Vm, v: Value) -> Value {
    Value::Obj(PyObject::with_class(
        vm.types.async_gen_wrapped.clone(),
        Payload::Cell(std::cell::RefCell::new(v)),
        None,
    ))
}

/// The value inside an `async_generator_wrapped_value`.
fn unwrap_value(vm: &Vm, v: &Value) -> Option<Value> {
    let o = v.as_obj()?;
    if !o
        .class
        .as_ref()
        .is_some_and(|c| c.is(&vm.types.async_gen_wrapped))
    {
        return None;
    }
    match &o.payload {
        Payload::Cell(c) => Some(c.borrow().clone()),
        _ => None,
    }
}

fn check_agen(vm: &mut Vm, v: &Value, method: &str) -> PyResult<()> {
    if suspendable_flags(v) & flags::ASYNC_GENERATOR != 0 {
        return Ok(());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "descriptor '{method}' for 'async_generator' objects doesn't apply to a '{tn}' object"
    )))
}

fn asend_of(gen: &Value, value: Value) -> Value {
    new_iter(IterKind::AsyncGenStep {
        gen: gen.clone(),
        value,
        throw: None,
        state: StepState::Init as u8,
    })
}

/// Where an `asend`/`athrow` awaitable is: not started, running its
/// generator, or done (awaiting it again is an error).
#[repr(u8)]
#[derive(Clone, Copy, PartialEq)]
pub enum StepState {
    Init = 0,
    Iter = 1,
    Closed = 2,
}

fn agen_aiter(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    check_agen(vm, slf, "__aiter__")?;
    Ok(slf.clone())
}

fn agen_anext(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    check_agen(vm, slf, "__anext__")?;
    Ok(asend_of(slf, Value::None))
}

fn agen_asend(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    check_agen(vm, slf, "asend")?;
    let v = exact(vm, "asend", &args, 1)?[0].clone();
    Ok(asend_of(slf, v))
}

fn agen_athrow(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    check_agen(vm, slf, "athrow")?;
    let err = thrown(vm, "athrow", &args)?;
    Ok(new_iter(IterKind::AsyncGenStep {
        gen: slf.clone(),
        value: Value::None,
        throw: Some(Value::Obj(err.exc)),
        state: StepState::Init as u8,
    }))
}

/// `aclose()`: an `athrow` of GeneratorExit whose awaiting ends quietly
/// when the generator lets it through.
fn agen_aclose(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    check_agen(vm, slf, "aclose")?;
    Ok(new_iter(IterKind::AsyncGenStep {
        gen: slf.clone(),
        value: Value::None,
        throw: Some(Value::Null),
        state: StepState::Init as u8,
    }))
}

fn await_self(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(slf.clone())
}

fn step_send(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let v = exact(vm, "send", &args, 1)?[0].clone();
    step_result(vm, slf, Some(v), None)
}

fn step_throw(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let err = thrown(vm, "throw", &args)?;
    step_result(vm, slf, None, Some(err))
}

fn step_close(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    if let Some(Payload::Iter(k)) = slf.payload() {
        if let IterKind::AsyncGenStep { state, .. } = &mut *k.borrow_mut() {
            *state = StepState::Closed as u8;
        }
    }
    Ok(Value::None)
}

fn step_result(
    vm: &mut Vm,
    slf: &Value,
    sent: Option<Value>,
    throw: Option<PyErr>,
) -> PyResult<Value> {
    let Some(Payload::Iter(k)) = slf.payload() else {
        let tn = vm.type_name(slf);
        return Err(vm.type_error(format!(
            "descriptor requires an 'async_generator_asend' object but received a '{tn}'"
        )));
    };
    match async_gen_step(vm, k, sent, throw)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
    }
}

/// One step of an `asend`/`athrow`/`aclose` awaitable `slf`: Some(value)
/// passed on from an `await` inside the generator, or None when the
/// awaitable is done (its result left as the stop value); the
/// generator's end is StopAsyncIteration.
pub(crate) fn async_gen_step(
    vm: &mut Vm,
    k: &std::cell::RefCell<IterKind>,
    sent: Option<Value>,
    throw: Option<PyErr>,
) -> PyResult<Option<Value>> {
    let (gen, first_value, first_throw, state) = match &*k.borrow() {
        IterKind::AsyncGenStep {
            gen,
            value,
            throw,
            state,
        } => (gen.clone(), value.clone(), throw.clone(), *state),
        _ => return Ok(None),
    };
    let closing = matches!(first_throw, Some(Value::Null));
    let is_athrow = first_throw.is_some();
    if state == StepState::Closed as u8 {
        let what = if is_athrow { "athrow" } else { "asend" };
        return Err(vm.runtime_error(format!("cannot reuse already awaited __anext__()/{what}()")));
    }
    let set_state = |s: StepState| {
        if let IterKind::AsyncGenStep { state, .. } = &mut *k.borrow_mut() {
            *state = s as u8;
        }
    };
    let r = if state == StepState::Init as u8 {
        set_state(StepState::Iter);
        if let Some(err) = throw {
            vm.gen_resume(&gen, None, Some(err))
        } else if is_athrow {
            let err = match first_throw {
                Some(Value::Obj(o)) => PyErr::new(o),
                _ => bare_error(vm, "GeneratorExit"),
            };
            if gen_not_started_or_done(&gen) {
                // Throwing into a generator that never ran (or has ended)
                // ends it; `aclose` then succeeds quietly.
                set_state(StepState::Closed);
                if let Some(Payload::Generator(g)) = gen.payload() {
                    g.borrow_mut().frame = None;
                }
                if closing {
                    vm.set_stop_value(Value::None);
                    return Ok(None);
                }
                return Err(err);
            }
            vm.gen_resume(&gen, None, Some(err))
        } else {
            let v = match sent {
                Some(v) if !v.is_none() => v,
                _ => first_value,
            };
            vm.gen_resume(&gen, Some(v), None)
        }
    } else if let Some(err) = throw {
        vm.gen_resume(&gen, None, Some(err))
    } else {
        vm.gen_resume(&gen, Some(sent.unwrap_or(Value::None)), None)
    };
    match r {
        Ok(Ok(y)) => match unwrap_value(vm, &y) {
            Some(v) => {
                set_state(StepState::Closed);
                if closing {
                    return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                }
                vm.set_stop_value(v);
                Ok(None)
            }
            None => Ok(Some(y)),
        },
        Ok(Err(_)) => {
            set_state(StepState::Closed);
            if closing {
                vm.set_stop_value(Value::None);
                return Ok(None);
            }
            Err(bare_error(vm, "StopAsyncIteration"))
        }
        Err(e) => {
            set_state(StepState::Closed);
            if closing && (vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopAsyncIteration")) {
                vm.set_stop_value(Value::None);
                return Ok(None);
            }
            Err(e)
        }
    }
}

/// A built-in exception with no arguments (`StopAsyncIteration()`).
pub fn bare_error(vm: &mut Vm, name: &str) -> PyErr {
    let e = vm.new_error(name, "");
    if let Payload::Exception(d) = &e.exc.payload {
        d.borrow_mut().args = vm.empty_tuple.clone();
    }
    e
}

/// Has the generator not started yet, or finished?
fn gen_not_started_or_done(gen: &Value) -> bool {
    match gen.payload() {
        Some(Payload::Generator(g)) => match &g.borrow().frame {
            Some(fr) => fr.ip == 0 && fr.lasti == 0,
            None => true,
        },
        _ => true,
    }
}

/// `EndAsyncFor`: is `exc` the StopAsyncIteration that ends the loop?
#[inline(never)]
pub fn ends_async_for(vm: &mut Vm, exc: &Value) -> bool {
    let cls = vm.class_of(exc).clone();
    let stop = vm.exc["StopAsyncIteration"].clone();
    typeobj::is_subtype(&cls, &stop)
}
