//! The pyprobe runtime: objects, types, the frame evaluator, built-in
//! functions and modules, and the tracing probes.
//!
//! CPython counterparts: `Objects/`, `Python/ceval.c`, `Python/bltinmodule.c`,
//! `Python/sysmodule.c`. See `docs/architecture.md` for the map.

// The DTrace backend's probe macros (`python::function__entry!` ...), which
// the `usdt` crate requires at the crate root.
#[cfg(all(feature = "with-dtrace", feature = "usdt"))]
usdt::dtrace_provider!("../../probes/python-usdt.d");

pub mod arith;
pub mod attr;
pub mod builtins;
pub mod call;
pub mod dict;
pub mod eval;
pub mod exc;
pub mod exc_group;
pub mod format;
pub mod frame;
pub mod gc;
pub mod iter;
pub mod modules;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod probes;
pub mod range;
pub mod repr;
pub mod run;
pub mod set;
pub mod signals;
pub mod subscript;
pub mod table;
pub mod traceback;
pub mod typeobj;
pub mod value;
pub mod vm;
pub mod warn;

pub use object::{PyObject, PyRef};
pub use run::{Interpreter, RunOutcome};
pub use value::Value;
pub use vm::Vm;

/// A raised Python exception (the exception object).
pub struct PyErr {
    pub exc: PyRef,
}

impl PyErr {
    pub fn new(exc: PyRef) -> PyErr {
        PyErr { exc }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr")
    }
}

pub type PyResult<T> = Result<T, PyErr>;
