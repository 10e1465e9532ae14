//! Probe sites of the `python` provider. Without the `with-dtrace` feature
//! every function here is an empty inline function: no notes, no
//! semaphores, no code at the call sites. The SDT emitter that fills them
//! in is `probes/` work of its own (see docs/probes.md).

use crate::frame::Frame;
use crate::value::Value;

#[inline(always)]
pub fn function_entry(_f: &Frame) {}

#[inline(always)]
pub fn function_return(_f: &Frame) {}

#[inline(always)]
pub fn line(_f: &Frame) {}

#[inline(always)]
pub fn audit_enabled() -> bool {
    false
}

#[inline(always)]
pub fn audit(_event: &str, _args: &Value) {}
