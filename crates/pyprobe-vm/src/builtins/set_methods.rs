//! Methods of `set` and `frozenset`. CPython counterpart: `Objects/setobject.c`.

use super::args::exact;
use crate::object::{Args, Payload};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let t = vm.types.set.clone();
    typeobj::add_methods(vm, &t, &[("add", set_add)]);
}

fn set_add(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "add", &args, 1)?[0].clone();
    if let Some(Payload::Set(s)) = slf.payload() {
        s.add(vm, x)?;
    }
    Ok(Value::None)
}
