//! The probe sites of a build without probes: empty inline functions, so
//! the call sites compile to nothing.

use crate::frame::Frame;
use crate::object::PyCode;
use crate::value::Value;

pub fn register() {}

#[inline(always)]
pub fn function_entry(_f: &Frame) {}

#[inline(always)]
pub fn function_return(_f: &Frame) {}

#[inline(always)]
pub fn eval_enabled() -> bool {
    false
}

#[inline(always)]
pub fn line_enabled() -> bool {
    false
}

#[inline(always)]
pub fn line(_code: &PyCode, _lasti: usize, _last_line: &mut u32, _line_lasti: &mut u32) {}

#[inline(always)]
pub fn cfunction_traced() -> bool {
    false
}

#[inline(always)]
pub fn cfunction_entry(_f: &Frame, _callable: &Value) {}

#[inline(always)]
pub fn cfunction_return(_f: &Frame, _callable: &Value) {}

#[inline(always)]
pub fn gc_start(_generation: i32) {}

#[inline(always)]
pub fn gc_done(_collected: i64) {}

#[inline(always)]
pub fn import_find_load_start(_modname: &str) {}

#[inline(always)]
pub fn import_find_load_done(_modname: &str, _found: bool) {}

#[inline(always)]
pub fn audit_enabled() -> bool {
    false
}

#[inline(always)]
pub fn audit(_event: &str, _args: &Value) {}
