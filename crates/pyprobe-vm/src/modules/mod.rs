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

pub mod atexit;
mod bisect;
pub mod gc;
mod heapq;
mod import;
pub mod importlib;
mod json;
pub mod math;
pub mod posix;
pub mod posix_fd;
pub mod re;
pub mod re_match;
pub mod subprocess;
pub mod sys;
pub mod time;
mod tzfile;
pub mod weakref;

use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    sys::init(vm);
    vm.register_module("math", math::make);
    vm.register_module("time", time::make);
    vm.register_module("posix", posix::make);
    vm.register_module("gc", gc::make);
    vm.register_module("atexit", atexit::make);
    vm.register_module("_json", json::make);
    vm.register_module("_heapq", heapq::make);
    vm.register_module("_bisect", bisect::make);
    vm.register_module("_re", re::make);
    vm.register_module("_collections", crate::builtins::deque::make_module);
    vm.register_module("_functools", crate::builtins::partial::make_module);
    vm.register_module("_itertools", crate::builtins::itertools::make_module);
    vm.register_module("_subprocess", subprocess::make);
    vm.register_module("weakref", weakref::make);
    vm.register_module("importlib", importlib::make);
    sys::set_builtin_module_names(vm);
    import::init_module_type(vm);
}

/// The namespace dict of a module object.
pub fn module_dict_of(m: &crate::PyRef) -> crate::PyRef {
    import::module_dict(m)
}
