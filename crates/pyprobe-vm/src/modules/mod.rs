//! Built-in modules (`sys`, `math`, `time`, ...) and the import machinery.
//!
//! CPython counterparts: `Python/sysmodule.c`, `Modules/mathmodule.c`,
//! `Modules/timemodule.c`, `Python/import.c` (`import_name`,
//! `PyImport_ImportModuleLevelObject`, `import_from`), `Lib/importlib`.
//!
//! Built-in modules are made on first import from the table in `Vm::
//! builtin_modules`; `sys.modules` is the only cache. `import.rs` holds the
//! import system, `importlib.rs` the `importlib` module and the spec and
//! loader classes.

mod import;
pub mod importlib;
pub mod math;
pub mod sys;
pub mod time;

use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    sys::init(vm);
    vm.register_module("math", math::make);
    vm.register_module("time", time::make);
    vm.register_module("gc", gc_make);
    vm.register_module("importlib", importlib::make);
    sys::set_builtin_module_names(vm);
    import::init_module_type(vm);
}

/// A minimal `gc` module until the cycle collector lands: collection is a
/// no-op that reports 0.
fn gc_make(vm: &mut Vm) -> crate::PyResult<crate::PyRef> {
    let m = vm.new_module("gc");
    let d = match &m.payload {
        crate::object::Payload::Module(md) => md.dict.clone(),
        _ => return Ok(m),
    };
    crate::builtins::add_functions(
        vm,
        &d,
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_none),
            ("disable", gc_none),
            ("isenabled", gc_true),
        ],
    );
    Ok(m)
}

fn gc_collect(_vm: &mut Vm, _slf: &Value, _args: crate::object::Args) -> crate::PyResult<Value> {
    Ok(Value::Int(0))
}

fn gc_none(_vm: &mut Vm, _slf: &Value, _args: crate::object::Args) -> crate::PyResult<Value> {
    Ok(Value::None)
}

fn gc_true(_vm: &mut Vm, _slf: &Value, _args: crate::object::Args) -> crate::PyResult<Value> {
    Ok(Value::Bool(true))
}

/// The namespace dict of a module object.
pub fn module_dict_of(m: &crate::PyRef) -> crate::PyRef {
    import::module_dict(m)
}
