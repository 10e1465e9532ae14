//! The `math` module. CPython counterpart: `Modules/mathmodule.c`.

use super::import::module_dict;
use crate::builtins::args::exact;
use crate::object::Args;
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("math");
    let d = module_dict(&m);
    crate::builtins::add_functions(vm, &d, "math", &[("sqrt", math_sqrt)]);
    let dd = dict_of(&d);
    dd.set_str(Value::str("pi"), Value::Float(std::f64::consts::PI));
    dd.set_str(Value::str("e"), Value::Float(std::f64::consts::E));
    dd.set_str(Value::str("tau"), Value::Float(std::f64::consts::TAU));
    dd.set_str(Value::str("inf"), Value::Float(f64::INFINITY));
    dd.set_str(Value::str("nan"), Value::Float(f64::NAN));
    Ok(m)
}

fn math_sqrt(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "sqrt", &args, 1)?[0].clone();
    let f = crate::builtins::float_of(vm, &x)?;
    if f < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(f.sqrt()))
}
