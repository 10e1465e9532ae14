//! The names CPython's `site` module adds to `builtins`: `exit`, `quit`,
//! `copyright`, `credits`, `license` and `help`.
//!
//! CPython counterpart: `Lib/_sitebuiltins.py`.
//! - `exit` and `quit` are instances of `_sitebuiltins.Quitter`, whose repr
//!   tells how to leave the prompt and whose call closes `sys.stdin` and
//!   raises `SystemExit(code)`.
//! - `copyright`, `credits` and `license` are `_sitebuiltins._Printer`s:
//!   the repr is the text itself, a call prints it (pyprobe's texts are
//!   short, so there is no paging).
//! - `help` is a `_sitebuiltins._Helper`: its repr says how to use it, and
//!   a call hands over to `pydoc.help`, which a program must provide
//!   (pyprobe ships no `pydoc`: the call raises ModuleNotFoundError).
//!
//! Invariants: the instances keep their state as ordinary instance
//! attributes (`name`, `eof`; `_Printer__name`, `_Printer__data`), read
//! back by their methods, as in CPython.

use crate::object::{Args, PyRef};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// What `Quitter.eof` says on POSIX systems.
const EOF_TEXT: &str = "Ctrl-D (i.e. EOF)";

const CREDITS: &str = "    Thanks to the CPython developers, whose language and behaviour\n    \
pyprobe follows, and to the RustPython project for its parser.";

const LICENSE: &str = "pyprobe is distributed under the MIT license.";

pub fn init(vm: &mut Vm) -> PyResult<()> {
    let quitter = site_class(
        vm,
        "Quitter",
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
    )?;
    for name in ["exit", "quit"] {
        let attrs = [("name", Value::str(name)), ("eof", Value::str(EOF_TEXT))];
        let q = instance(vm, &quitter, &attrs)?;
        set_builtin(vm, name, q);
    }
    let printer = site_class(
        vm,
        "_Printer",
        &[("__repr__", printer_repr), ("__call__", printer_call)],
    )?;
    let copyright = vm.sys_attr("copyright");
    let copyright = vm.str_string(&copyright)?;
    for (name, text) in [
        ("copyright", copyright.as_str()),
        ("credits", CREDITS),
        ("license", LICENSE),
    ] {
        let attrs = [
            ("_Printer__name", Value::str(name)),
            ("_Printer__data", Value::str(text)),
        ];
        let p = instance(vm, &printer, &attrs)?;
        set_builtin(vm, name, p);
    }
    let helper = site_class(
        vm,
        "_Helper",
        &[("__repr__", helper_repr), ("__call__", helper_call)],
    )?;
    let h = instance(vm, &helper, &[])?;
    set_builtin(vm, "help", h);
    Ok(())
}

fn set_builtin(vm: &mut Vm, name: &str, v: Value) {
    let key = vm.intern(name);
    typeobj::dict_of(&vm.builtins_dict).set_str(key, v);
}

/// An instance of `cls` with the given instance attributes.
fn instance(vm: &mut Vm, cls: &PyRef, attrs: &[(&str, Value)]) -> PyResult<Value> {
    let obj = vm.call(&Value::Obj(cls.clone()), &[])?;
    for (name, v) in attrs {
        let k = vm.intern(name);
        vm.setattr(&obj, &k, v.clone())?;
    }
    Ok(obj)
}

/// A class of `_sitebuiltins` with native methods.
fn site_class(
    vm: &mut Vm,
    name: &str,
    methods: &[(&'static str, crate::object::NativeFn)],
) -> PyResult<PyRef> {
    let ns_ref = vm.new_dict();
    let d = typeobj::dict_of(&ns_ref);
    d.set_str(vm.intern("__module__"), Value::str("_sitebuiltins"));
    d.set_str(vm.intern("__qualname__"), Value::str(name));
    let meta = vm.types.type_.clone();
    let cls = typeobj::new_class(vm, &meta, name, vec![], &ns_ref)?;
    typeobj::add_methods(vm, &cls, methods);
    Ok(cls)
}

/// The text of a `_Printer`.
fn printer_text(vm: &mut Vm, slf: &Value) -> PyResult<String> {
    let data = vm.getattr_str(slf, "_Printer__data")?;
    vm.str_string(&data)
}

fn printer_repr(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::str(printer_text(vm, slf)?))
}

/// `_Printer.__call__()`: print the text.
fn printer_call(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    crate::builtins::args::exact(vm, "__call__", &args, 0)?;
    let text = printer_text(vm, slf)?;
    vm.write_stdout(&format!("{text}\n"))?;
    Ok(Value::None)
}

fn helper_repr(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::str(
        "Type help() for interactive help, or help(object) for help about object.",
    ))
}

/// `_Helper.__call__(*args, **kwds)`: `pydoc.help(*args, **kwds)`.
fn helper_call(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pydoc = vm.import_module("pydoc")?;
    let help = vm.getattr_str(&pydoc, "help")?;
    vm.call_args(&help, args)
}

/// `'Use %s() or %s to exit' % (self.name, self.eof)`.
fn quitter_repr(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let name = vm.getattr_str(slf, "name")?;
    let eof = vm.getattr_str(slf, "eof")?;
    let name = vm.str_string(&name)?;
    let eof = vm.str_string(&eof)?;
    Ok(Value::str(format!("Use {name}() or {eof} to exit")))
}

/// `__call__(self, code=None)`: close `sys.stdin` (errors ignored), then
/// raise `SystemExit(code)`.
fn quitter_call(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let positional = args.positional();
    if positional.len() > 1 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            positional.len() + 1
        )));
    }
    let mut code = positional.first().cloned();
    for (k, v) in args.keywords() {
        if k != "code" {
            return Err(vm.type_error(format!(
                "Quitter.__call__() got an unexpected keyword argument '{k}'"
            )));
        }
        if code.is_some() {
            return Err(vm.type_error("Quitter.__call__() got multiple values for argument 'code'"));
        }
        code = Some(v.clone());
    }
    let stdin = vm.sys_attr("stdin");
    if let Ok(close) = vm.getattr_str(&stdin, "close") {
        let _ = vm.call(&close, &[]);
    }
    let ty = vm.exc["SystemExit"].clone();
    let targs = vm.new_tuple(vec![code.unwrap_or(Value::None)]);
    Err(crate::PyErr::new(crate::exc::new_exception(ty, targs)))
}
