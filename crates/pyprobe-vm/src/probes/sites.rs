//! The probe sites of a `with-dtrace` build: each public function reads
//! its probe's semaphore (one volatile load and a branch, inlined into the
//! caller) and only when a tracer has enabled the probe calls a cold
//! function that builds the arguments and fires the SDT site.
//!
//! Argument conventions (CPython's): strings are NUL-terminated UTF-8
//! owned by the code object (filename, funcname) or built here for the
//! duration of the firing (module name, builtin names); a name that cannot
//! be a C string is passed as NULL.

use super::sdt;
use crate::frame::Frame;
use crate::object::{Native, Payload, PyCode};
use crate::value::Value;
use pyprobe_bytecode::flags::INLINED_COMPREHENSION;
use pyprobe_bytecode::Instruction;
use std::ffi::{c_char, CStr, CString};
use std::ptr;

/// Make the probes known to the tracing system (a no-op for SDT notes;
/// DTrace's `usdt` registration elsewhere). Called once at start-up.
pub fn register() {
    sdt::register();
}

#[inline(always)]
fn ptr_of(s: &Option<CString>) -> *const c_char {
    s.as_deref().map_or(ptr::null(), CStr::as_ptr)
}

/// `__name__` of the frame's module, as a C string (None: missing, not a
/// str, or containing a NUL).
fn module_name(f: &Frame) -> Option<CString> {
    let v = crate::typeobj::dict_of(&f.globals).get_str("__name__")?;
    CString::new(v.as_str()?).ok()
}

/// The built-in function a callable is, if it is one.
fn native_of(v: &Value) -> Option<&Native> {
    match v.payload()? {
        Payload::Native(n) | Payload::MethodDescr(n) | Payload::ClassMethodDescr(n) => Some(n),
        _ => None,
    }
}

#[inline(always)]
fn clamp_line(line: u32) -> i32 {
    i32::try_from(line).unwrap_or(i32::MAX)
}

// ---- function__entry / function__return ---------------------------------

/// A Python frame starts or resumes (`run_frame`, or a call pushed in the
/// evaluator). lineno: `co_firstlineno` for a fresh frame, the line of the
/// suspending `yield` for a resumed one (what `sys.settrace` reports).
#[inline(always)]
pub fn function_entry(f: &Frame) {
    sdt::on_function_entry(|| function_entry_fire(f));
}

#[cold]
#[inline(never)]
fn function_entry_fire(f: &Frame) {
    let code = &f.code.code;
    if code.flags & INLINED_COMPREHENSION != 0 {
        return;
    }
    let lineno = if f.ip > 0 {
        // A resumed generator or coroutine: the line it is suspended at.
        f.line()
    } else if code.name == "<module>" {
        // CPython 3.12 reports line 0 for the call event of module code
        // (its RESUME carries no line).
        0
    } else {
        code.firstlineno
    };
    let modname = module_name(f);
    sdt::function_entry(
        ptr_of(&code.probe.filename),
        ptr_of(&code.probe.funcname),
        clamp_line(lineno),
        ptr_of(&modname),
    );
}

/// The frame returns, raises out, or suspends (`yield`, `yield from`);
/// lineno: the line executing at that moment.
#[inline(always)]
pub fn function_return(f: &Frame) {
    sdt::on_function_return(|| function_return_fire(f));
}

#[cold]
#[inline(never)]
fn function_return_fire(f: &Frame) {
    let code = &f.code.code;
    if code.flags & INLINED_COMPREHENSION != 0 {
        return;
    }
    let modname = module_name(f);
    sdt::function_return(
        ptr_of(&code.probe.filename),
        ptr_of(&code.probe.funcname),
        clamp_line(f.line()),
        ptr_of(&modname),
    );
}

// ---- the evaluator's copies -----------------------------------------------

/// Is any probe the evaluator fires enabled (`function__entry`,
/// `function__return`, `line`, `cfunction__entry`, `cfunction__return`)?
/// While none is, the evaluator runs its untraced copy, which has no probe
/// site at all and polls this at backward jumps and calls (see
/// `Vm::eval_loop`).
#[inline(always)]
pub fn eval_enabled() -> bool {
    sdt::eval_enabled()
}

// ---- line ----------------------------------------------------------------

/// Is the `line` probe enabled? The evaluator polls this where it
/// branches anyway and, while it is, dispatches on `TraceLine`
/// instructions (see `Vm::eval_loop`).
#[inline(always)]
pub fn line_enabled() -> bool {
    sdt::line_enabled()
}

/// Called by `TraceLine` before each instruction while the `line` probe
/// is enabled, with the running frame's code, executing instruction and
/// line state (`Frame::last_line`, `Frame::line_lasti`); `TraceLine` has
/// just seen the semaphore set, and this checks it again.
#[inline(always)]
pub fn line(code: &PyCode, lasti: usize, last_line: &mut u32, line_lasti: &mut u32) {
    sdt::on_line(|| line_fire(code, lasti, last_line, line_lasti));
}

/// `sys.settrace` line events: the instruction is on another line than the
/// previous one this frame executed, or a backward jump landed on it.
/// The state (`last_line`, `line_lasti`) is only kept while the probe is
/// enabled, so a tracer attaching mid-run may see one extra event per frame.
#[cold]
#[inline(never)]
fn line_fire(pycode: &PyCode, lasti: usize, last_line: &mut u32, line_lasti: &mut u32) {
    let i = u32::try_from(lasti).unwrap_or(u32::MAX);
    let code = &pycode.code;
    let backward = match code.instructions.get(lasti) {
        // A `for` loop's test, at its bottom, stands for CPython's
        // `FOR_ITER` at its top, which every iteration reaches by a jump
        // back: it reports its line each time, except when the loop's
        // first `Jump` (just before the body) brings it there.
        Some(&(Instruction::ForIter(body) | Instruction::ForIterStoreFast(_, body))) => {
            *line_lasti + 1 != body
        }
        // Its jump back into the body continues the line it reported.
        _ if matches!(
            code.instructions.get(*line_lasti as usize),
            Some(Instruction::ForIter(_) | Instruction::ForIterStoreFast(..))
        ) =>
        {
            false
        }
        _ => i < *line_lasti,
    };
    *line_lasti = i;
    let line = code.line_at(lasti);
    if let Some(&Instruction::Jump(t)) = code.instructions.get(lasti) {
        if code.line_at(t as usize) == line {
            // A jump that only closes a loop (it carries the line of the
            // loop header it returns to): the header reports the line.
            return;
        }
    }
    if line == *last_line && !backward {
        return;
    }
    let fresh = *last_line == 0;
    *last_line = line;
    if line == 0 {
        return;
    }
    let inlined;
    let funcname = if code.flags & INLINED_COMPREHENSION != 0 {
        // An inlined comprehension continues its enclosing function's line:
        // its first instruction is no new line, and its lines are reported
        // under the enclosing function's name.
        if fresh {
            return;
        }
        inlined = CString::new(super::enclosing_name(&code.qualname)).ok();
        ptr_of(&inlined)
    } else {
        ptr_of(&code.probe.funcname)
    };
    sdt::line(ptr_of(&code.probe.filename), funcname, clamp_line(line));
}

// ---- cfunction__entry / cfunction__return --------------------------------

/// Is either `cfunction` probe enabled (they share one semaphore)? The
/// evaluator's traced copy reads it before a native call and, only when
/// it is set, makes the call through a cold path that fires both around
/// it: the untraced call has no check after it.
#[inline(always)]
pub fn cfunction_traced() -> bool {
    sdt::cfunction_entry_enabled()
}

/// A built-in function is about to be called from frame `f`: the caller's
/// file and line, the builtin's name and module (for methods of built-in
/// types: the type's name). Other callables fire nothing.
#[inline(always)]
pub fn cfunction_entry(f: &Frame, callable: &Value) {
    sdt::on_cfunction_entry(|| cfunction_entry_fire(f, callable));
}

#[cold]
#[inline(never)]
fn cfunction_entry_fire(f: &Frame, callable: &Value) {
    let Some(n) = native_of(callable) else { return };
    let funcname = CString::new(n.name).ok();
    let modname = CString::new(n.module).ok();
    sdt::cfunction_entry(
        ptr_of(&f.code.code.probe.filename),
        ptr_of(&funcname),
        clamp_line(f.line()),
        ptr_of(&modname),
    );
}

/// That built-in call returned (or raised); same arguments.
#[inline(always)]
pub fn cfunction_return(f: &Frame, callable: &Value) {
    sdt::on_cfunction_return(|| cfunction_return_fire(f, callable));
}

#[cold]
#[inline(never)]
fn cfunction_return_fire(f: &Frame, callable: &Value) {
    let Some(n) = native_of(callable) else { return };
    let funcname = CString::new(n.name).ok();
    let modname = CString::new(n.module).ok();
    sdt::cfunction_return(
        ptr_of(&f.code.code.probe.filename),
        ptr_of(&funcname),
        clamp_line(f.line()),
        ptr_of(&modname),
    );
}

// ---- gc, import, audit ---------------------------------------------------

/// A collection of `generation` starts.
#[inline(always)]
pub fn gc_start(generation: i32) {
    sdt::on_gc_start(|| gc_start_fire(generation));
}

#[cold]
#[inline(never)]
fn gc_start_fire(generation: i32) {
    sdt::gc_start(generation);
}

/// That collection ends, having found `collected` unreachable objects.
#[inline(always)]
pub fn gc_done(collected: i64) {
    sdt::on_gc_done(|| gc_done_fire(collected));
}

#[cold]
#[inline(never)]
fn gc_done_fire(collected: i64) {
    sdt::gc_done(collected);
}

/// Before finding and loading module `modname` (full dotted name).
#[inline(always)]
pub fn import_find_load_start(modname: &str) {
    sdt::on_import_find_load_start(|| import_find_load_start_fire(modname));
}

#[cold]
#[inline(never)]
fn import_find_load_start_fire(modname: &str) {
    let m = CString::new(modname).ok();
    sdt::import_find_load_start(ptr_of(&m));
}

/// After that find-and-load; `found`: the module was loaded.
#[inline(always)]
pub fn import_find_load_done(modname: &str, found: bool) {
    sdt::on_import_find_load_done(|| import_find_load_done_fire(modname, found));
}

#[cold]
#[inline(never)]
fn import_find_load_done_fire(modname: &str, found: bool) {
    let m = CString::new(modname).ok();
    sdt::import_find_load_done(ptr_of(&m), i32::from(found));
}

/// Is the audit probe enabled? (The runtime skips building the argument
/// tuple when neither it nor a Python hook wants the event.)
#[inline(always)]
pub fn audit_enabled() -> bool {
    sdt::audit_enabled()
}

/// An audit event; `args` is the argument tuple.
#[inline(always)]
pub fn audit(event: &str, args: &Value) {
    sdt::on_audit(|| audit_fire(event, args));
}

#[cold]
#[inline(never)]
fn audit_fire(event: &str, args: &Value) {
    let e = CString::new(event).ok();
    let tuple = args
        .as_obj()
        .map_or(ptr::null(), |o| o.as_ptr().cast::<()>());
    sdt::audit(ptr_of(&e), tuple);
}
