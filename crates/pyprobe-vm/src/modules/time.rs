//! The `time` module: time, perf_counter, monotonic, process_time, sleep.
//! CPython counterpart: `Modules/timemodule.c`.

use super::import::module_dict;
use crate::builtins::args::exact;
use crate::object::Args;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("time");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "time",
        &[
            ("time", time_time),
            ("time_ns", time_time_ns),
            ("perf_counter", time_perf_counter),
            ("perf_counter_ns", time_perf_counter_ns),
            ("monotonic", time_perf_counter),
            ("monotonic_ns", time_perf_counter_ns),
            ("process_time", time_process_time),
            ("sleep", time_sleep),
        ],
    );
    Ok(m)
}

fn time_time(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn time_time_ns(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn time_perf_counter(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_perf_counter_ns(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

fn time_process_time(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    // CPU time of the process, from /proc where available.
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(')')?.1;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let utime: f64 = fields.get(11)?.parse().ok()?;
            let stime: f64 = fields.get(12)?.parse().ok()?;
            Some((utime + stime) / 100.0)
        });
    Ok(Value::Float(ticks.unwrap_or_else(|| {
        START.with(|s| s.elapsed().as_secs_f64())
    })))
}

fn time_sleep(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let s = exact(vm, "sleep", &args, 1)?[0].clone();
    // CPython converts to nanoseconds in an i64 (`_PyTime_t`) first.
    const MAX_NS: f64 = i64::MAX as f64;
    if let Value::Obj(o) = &s {
        if matches!(o.payload, crate::object::Payload::BigInt(_)) && o.class.is_none() {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
    }
    let secs = crate::builtins::float_of(vm, &s)?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if (secs * 1e9).abs() >= MAX_NS {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // Ctrl-C ends the wait with KeyboardInterrupt, as in CPython.
    crate::signals::sleep(std::time::Duration::from_secs_f64(secs));
    vm.check_interrupt()?;
    Ok(Value::None)
}
