//! Frame objects (`types.FrameType`): what `sys._getframe()`, a traceback's
//! `tb_frame` and a suspended generator's `gi_frame` give.
//!
//! A frame object is a snapshot of the frame at the moment it was asked
//! for (`object::FrameObject`): `f_lineno` does not follow the running
//! frame. It is made cheaply: the locals are copied as values and become a
//! dict when `f_locals` is first read; the frames below are kept as
//! snapshots and become frame objects when `f_back` is first read. Each
//! read after the first gives the same object, as in CPython.

use crate::object::{FrameObject, Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// The attributes of a frame object, as `getset::init` declares them.
pub const ATTRIBUTES: [(&str, bool); 10] = [
    ("f_back", false),
    ("f_builtins", false),
    ("f_code", false),
    ("f_globals", false),
    ("f_lasti", false),
    ("f_lineno", true),
    ("f_locals", false),
    ("f_trace", true),
    ("f_trace_lines", true),
    ("f_trace_opcodes", true),
];

/// A new frame object.
pub fn frame_value(f: FrameObject) -> Value {
    Value::Obj(PyObject::bare(Payload::Frame(Box::new(f))))
}

/// The attribute `n` of the frame object `f`; None when it has none.
pub fn frame_attr(vm: &mut Vm, f: &FrameObject, n: &str) -> Option<Value> {
    Some(match n {
        "f_code" => match &f.code {
            Some(c) => Value::Obj(PyObject::bare(Payload::Code(c.clone()))),
            None => Value::None,
        },
        "f_globals" => match &f.globals {
            Some(g) => Value::Obj(g.clone()),
            None => Value::None,
        },
        "f_builtins" => match &f.globals {
            Some(g) => Value::Obj(vm.builtins_of(g)),
            None => Value::None,
        },
        "f_lineno" => Value::Int(f.lineno as i64),
        // CPython's is a byte offset, two bytes an instruction.
        "f_lasti" => Value::Int(2 * f.lasti as i64),
        "f_locals" => locals_of(f),
        "f_back" => back_of(f),
        "f_trace" => f.trace.borrow().clone(),
        "f_trace_lines" => Value::Bool(f.trace_lines.get()),
        "f_trace_opcodes" => Value::Bool(f.trace_opcodes.get()),
        _ => return None,
    })
}

/// `f_locals`: the locals made a mapping on the first read.
fn locals_of(f: &FrameObject) -> Value {
    let made = f.locals_read.borrow().clone();
    if !made.is_null() {
        return made;
    }
    let taken = f.locals.borrow_mut().take();
    let mapping = match taken {
        Some(l) => l.mapping(),
        None => Value::Obj(PyObject::bare(Payload::Dict(Box::default()))),
    };
    *f.locals_read.borrow_mut() = mapping.clone();
    mapping
}

/// `f_back`: the frame object of the next frame below, made on the first
/// read with the rest of the frames below it.
fn back_of(f: &FrameObject) -> Value {
    let made = f.back.borrow().clone();
    if !made.is_null() {
        return made;
    }
    let mut below = std::mem::take(&mut *f.callers.borrow_mut());
    let back = match below.pop() {
        Some(snap) => frame_value(FrameObject::new(snap, below)),
        None => Value::None,
    };
    *f.back.borrow_mut() = back.clone();
    back
}

/// Assign the writable attributes (`f_trace`, `f_trace_lines`,
/// `f_trace_opcodes`); None for the others.
pub fn set_frame_attr(vm: &mut Vm, f: &FrameObject, n: &str, v: &Value) -> PyResult<Option<()>> {
    match n {
        "f_trace" => *f.trace.borrow_mut() = v.clone(),
        "f_trace_lines" | "f_trace_opcodes" => {
            let Value::Bool(b) = v else {
                return Err(vm.type_error("attribute value type must be bool"));
            };
            let cell = if n == "f_trace_lines" {
                &f.trace_lines
            } else {
                &f.trace_opcodes
            };
            cell.set(*b);
        }
        // Only a trace function may jump, and pyprobe runs none.
        "f_lineno" => {
            return Err(vm.value_error(if matches!(v, Value::Int(_)) {
                "f_lineno can only be set in a trace function"
            } else {
                "lineno must be an integer"
            }));
        }
        _ => return Ok(None),
    }
    Ok(Some(()))
}

/// `repr(frame)`, as CPython's `frame_repr`.
pub fn frame_repr(f: &FrameObject, id: usize) -> String {
    match &f.code {
        Some(c) => format!(
            "<frame at {id:#x}, file '{}', line {}, code {}>",
            c.code.filename, f.lineno, c.code.name
        ),
        None => format!("<frame at {id:#x}>"),
    }
}
