//! Methods of `dict`. CPython counterpart: `Objects/dictobject.c`.

use crate::object::{Args, Payload, PyObject};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    typeobj::add_methods(vm, &t, &[("keys", dict_keys), ("values", dict_values), ("items", dict_items), ("get", dict_get)]);
}

fn view(slf: &Value, kind: u8) -> Value {
    Value::Obj(PyObject::bare(Payload::View { of: slf.clone(), kind }))
}

fn dict_keys(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(view(slf, 0))
}

fn dict_values(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(view(slf, 1))
}

fn dict_items(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(view(slf, 2))
}

fn dict_get(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::args::range(vm, "get", &args, 1, 2)?;
    let Some(Payload::Dict(d)) = slf.payload() else { return Ok(Value::None) };
    Ok(d.get(vm, &a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
}
