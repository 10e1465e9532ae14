//! `exit` and `quit`: the names CPython's `site` module adds to `builtins`.
//!
//! CPython counterpart: `Lib/_sitebuiltins.py` (`Quitter`). Both are
//! instances of a class `_sitebuiltins.Quitter` whose repr tells how to
//! leave the prompt and whose call closes `sys.stdin` and raises
//! `SystemExit(code)`.
//!
//! Invariants: the instances keep `name` and `eof` as ordinary instance
//! attributes (assignable, read back by `__repr__`), as in CPython.

use crate::object::{Args, PyRef};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// What `Quitter.eof` says on POSIX systems.
const EOF_TEXT: &str = "Ctrl-D (i.e. EOF)";

pub fn init(vm: &mut Vm) -> PyResult<()> {
    let ns_ref = vm.new_dict();
    let d = typeobj::dict_of(&ns_ref);
    d.set_str(vm.intern("__module__"), Value::str("_sitebuiltins"));
    d.set_str(vm.intern("__qualname__"), Value::str("Quitter"));
    let meta = vm.types.type_.clone();
    let cls = typeobj::new_class(vm, &meta, "Quitter", vec![], &ns_ref)?;
    typeobj::add_methods(
        vm,
        &cls,
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
    );
    for name in ["exit", "quit"] {
        let q = quitter(vm, &cls, name)?;
        let key = vm.intern(name);
        typeobj::dict_of(&vm.builtins_dict).set_str(key, q);
    }
    Ok(())
}

/// `Quitter(name, eof)`.
fn quitter(vm: &mut Vm, cls: &PyRef, name: &str) -> PyResult<Value> {
    let q = vm.call(&Value::Obj(cls.clone()), &[])?;
    let (k, v) = (vm.intern("name"), Value::str(name));
    vm.setattr(&q, &k, v)?;
    let (k, v) = (vm.intern("eof"), Value::str(EOF_TEXT));
    vm.setattr(&q, &k, v)?;
    Ok(q)
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
