//! The `builtins` module and the methods of the built-in types.
//!
//! CPython counterparts: `Python/bltinmodule.c` and the method tables of
//! `Objects/*.c`. One file per family: `functions.rs` (the module's
//! functions), `object.rs` (object, type, property, classmethod, super),
//! `str.rs`, `containers.rs` (list, tuple, dict, set), `numbers.rs`
//! (int, float, complex, bool), `bytes.rs`, `memoryview.rs`, `io.rs`
//! (open, files, print).
//! Each family registers itself from [`init`].

pub mod args;
mod async_iter;
mod bytes;
mod bytes_methods;
mod containers;
pub mod coroutine;
pub mod deque;
mod dict_methods;
pub mod frame;
mod functions;
mod getset;
mod io;
pub mod itertools;
pub use io::set_unbuffered;
mod list_methods;
mod memoryview;
mod numbers;
mod object;
pub mod partial;
mod reduce;
mod set_methods;
mod site;
mod str;
pub(crate) mod str_format;
mod str_methods;
mod union;

pub use args::ArgParser;

/// Give a built-in type made by a module its `__new__` (a static method).
pub fn set_static_new(vm: &mut Vm, t: &crate::PyRef, f: crate::object::NativeFn) {
    containers::static_new(vm, t, f);
}

/// Is this native method of a built-in type the type's only implementation
/// of its operator? The types the built-in modules add (`collections.deque`)
/// have no arm in the evaluator's operator paths (`ops.rs`): their dunder
/// methods are called instead.
pub fn dunders_implement(n: &crate::object::Native) -> bool {
    n.module == "collections.deque" || n.module == "functools.partial"
}
pub(crate) use async_iter::awaitable_next;
pub use bytes::{buffer, bytes_contains, bytes_like, like};
pub use bytes::{buffer_arg, bytearray_inplace, percent_format as bytes_percent_format};
pub use containers::{construct_exact, dict_keys_set, dict_view_contains, frozen_copy};
pub use functions::{exact_new, float_of, is_callable, isinstance, MinMaxState, SumState};
pub use getset::{declare_read_only_attrs, del_special_attr, getset_get, getset_set};
pub use getset::{set_special_attr, special_attr};
pub use io::{flush_data, flush_module_files, flush_std, os_error, std_file, write_stdout_text};
pub use memoryview::check_resizable;
pub use memoryview::repr as memoryview_repr;
pub use memoryview::{compare as memoryview_compare, hash as memoryview_hash};
pub use memoryview::{is_true as memoryview_is_true, iter_item as memoryview_iter_item};
pub use numbers::{complex_abs, format_complex, index_big};
pub use object::{alias_parts, construct_super, generic_alias};
pub use object::{super_getattr, super_method, super_object};
pub use str_format::ucd::is_printable;
pub use union::{is_union, union_binop, union_compare};

use crate::value::Value;
use crate::vm::Vm;

/// `exit` and `quit` (after `sys`, whose `stdin` they close).
pub fn init_site(vm: &mut Vm) -> crate::PyResult<()> {
    site::init(vm)
}

pub fn init(vm: &mut Vm) {
    object::init(vm);
    functions::init(vm);
    async_iter::init(vm);
    coroutine::init(vm);
    numbers::init(vm);
    str::init(vm);
    containers::init(vm);
    bytes::init(vm);
    memoryview::init(vm);
    io::init(vm);
    getset::init(vm);
    reduce::init(vm);
    union::init(vm);
    // Types reachable by name.
    let t = &vm.types;
    let named = [
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
        ("memoryview", t.memoryview.clone()),
    ];
    for (name, ty) in named {
        let key = vm.intern(name);
        crate::typeobj::dict_of(&vm.builtins_dict).set_str(key, Value::Obj(ty));
    }
    let d = crate::typeobj::dict_of(&vm.builtins_dict);
    d.set_str(Value::str("None"), Value::None);
    d.set_str(Value::str("True"), Value::Bool(true));
    d.set_str(Value::str("False"), Value::Bool(false));
    d.set_str(Value::str("NotImplemented"), vm.not_implemented.clone());
    d.set_str(Value::str("Ellipsis"), vm.ellipsis.clone());
    d.set_str(Value::str("__name__"), Value::str("builtins"));
    d.set_str(Value::str("__doc__"), Value::None);
    d.set_str(Value::str("__debug__"), Value::Bool(true));
    // A built-in type's `__module__` is "builtins" without an entry in its
    // namespace (`type.__module__`, in `getset.rs`).
    let all: Vec<crate::PyRef> = vec![
        vm.types.object.clone(),
        vm.types.type_.clone(),
        vm.types.int.clone(),
        vm.types.bool_.clone(),
        vm.types.float.clone(),
        vm.types.complex.clone(),
        vm.types.str_.clone(),
        vm.types.bytes.clone(),
        vm.types.bytearray.clone(),
        vm.types.tuple.clone(),
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.range.clone(),
        vm.types.slice.clone(),
        vm.types.property.clone(),
        vm.types.classmethod.clone(),
        vm.types.staticmethod.clone(),
        vm.types.super_.clone(),
        vm.types.none.clone(),
        vm.types.function.clone(),
    ];
    for t in all {
        if crate::typeobj::type_dict(&t).get_str("__doc__").is_none() {
            crate::typeobj::set_type_attr(vm, &t, "__doc__", Value::None);
        }
    }
}

/// Install functions into a module namespace dict.
pub fn add_functions(
    vm: &mut Vm,
    dict: &crate::PyRef,
    module: &'static str,
    funcs: &[(&'static str, crate::object::NativeFn)],
) {
    for (name, f) in funcs {
        let v = vm.new_native(name, module, *f);
        let key = vm.intern(name);
        crate::typeobj::dict_of(dict).set_str(key, v);
    }
}
