//! Frame objects (`types.FrameType`): what `sys._getframe()`, a traceback's
//! `tb_frame` and a suspended generator's `gi_frame` give; and a frame's
//! locals as a mapping (`Locals`: `f_locals`, `locals()`, `eval()`).
//! CPython: `Objects/frameobject.c`.
//!
//! A frame object is a snapshot of the frame at the moment it was asked
//! for ([`FrameObject`]): `f_lineno` does not follow the running frame.
//! It is made cheaply: the locals are copied as values and become a dict
//! when `f_locals` is first read; the frames below are kept as snapshots
//! and become frame objects when `f_back` is first read.
//!
//! Invariant: once made, `f_locals` and `f_back` are kept, so every later
//! read gives the same object, as in CPython.

use crate::frame::Frame;
use crate::object::{Payload, PyCode, PyObject, PyRef};
use crate::value::Value;
use crate::vm::{FrameSnapshot, Vm};
use crate::PyResult;
use pyprobe_bytecode::flags;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A frame's local variables as they were when taken (for `f_locals`,
/// `locals()`, `vars()`, `eval()`), made into a mapping only when read:
/// taking them copies the values, which is cheap, where a dict for every
/// frame of a `sys._getframe` chain was not.
pub enum Locals {
    /// A module's or class body's namespace itself.
    Mapping(Value),
    /// A function's: the values of its locals, then of its cells and free
    /// cells, in `code`'s order. For a comprehension CPython inlines, the
    /// locals of the frame it runs in come first (`outer`; PEP 709:
    /// `locals()` in `[locals() for x in xs]` sees the enclosing
    /// function's names and `x`, not the hidden iterator `.0`).
    Fast {
        code: Rc<PyCode>,
        values: Vec<Value>,
        outer: Option<Box<Locals>>,
    },
}

impl Locals {
    /// The locals of `f`, whose values are in `stack`.
    pub fn take(f: &Frame, stack: &[Value]) -> Locals {
        if let Some(l) = &f.locals {
            return Locals::Mapping(Value::Obj(l.clone()));
        }
        let mut outer = None;
        if f.code.code.flags & flags::INLINED_COMPREHENSION != 0 {
            if let Some(o) = f.caller.as_deref() {
                let below = &stack[..f.fbase.min(stack.len())];
                outer = Some(Box::new(Locals::take(o, below)));
            }
        }
        let fast = stack.get(f.fbase..).unwrap_or(&[]);
        let n = f.code.code.nlocalsplus().min(fast.len());
        Locals::Fast {
            code: f.code.clone(),
            values: fast[..n].to_vec(),
            outer,
        }
    }

    /// The mapping the locals show: a module's or class body's namespace
    /// itself, a new dict for a function's.
    pub fn mapping(&self) -> Value {
        match self {
            Locals::Mapping(m) => m.clone(),
            Locals::Fast { .. } => {
                let d = crate::dict::PyDict::new();
                self.fill(&d);
                Value::Obj(PyObject::bare(Payload::Dict(Box::new(d))))
            }
        }
    }

    /// Store the locals in the empty dict `d`.
    fn fill(&self, d: &crate::dict::PyDict) {
        let (code, fast, outer) = match self {
            Locals::Mapping(m) => {
                // The namespace an inlined comprehension runs in, copied
                // first (into the empty `d`: its keys are new there).
                if let Some(Payload::Dict(m)) = m.payload() {
                    for (h, k, v) in m.hashed_items() {
                        d.insert_new_hashed(h, k, v);
                    }
                }
                return;
            }
            Locals::Fast {
                code,
                values,
                outer,
            } => (code, values, outer),
        };
        if let Some(o) = outer {
            o.fill(d);
        }
        let c = &code.code;
        let inlined = c.flags & flags::INLINED_COMPREHENSION != 0;
        for (i, name) in code.varnames.iter().enumerate() {
            if inlined && name.as_str().is_some_and(|n| n.starts_with('.')) {
                continue;
            }
            let is_cell = c.cellvars.iter().any(|n| Some(n.as_str()) == name.as_str());
            match fast.get(i) {
                Some(v) if !is_cell && !v.is_null() => d.set_str(name.clone(), v.clone()),
                _ => {}
            }
        }
        let nvars = c.varnames.len();
        for (j, n) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
            let v = fast
                .get(nvars + j)
                .map(crate::eval::cell_get)
                .unwrap_or(Value::Null);
            if !v.is_null() {
                d.set_str(Value::str(n.clone()), v);
            }
        }
    }

    /// Visit the values held (the collector's traverse).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Locals::Mapping(m) => visit(m),
            Locals::Fast { values, outer, .. } => {
                values.iter().for_each(&mut *visit);
                if let Some(o) = outer {
                    o.traverse(visit);
                }
            }
        }
    }

    /// Give up the values held (the collector's clear).
    pub fn clear_into(&mut self, out: &mut Vec<Value>) {
        match self {
            Locals::Mapping(m) => out.push(std::mem::replace(m, Value::None)),
            Locals::Fast { values, outer, .. } => {
                out.append(values);
                if let Some(o) = outer {
                    o.clear_into(out);
                }
            }
        }
    }
}

/// A frame object: a frame as it was when the program asked for it
/// (`sys._getframe`, a traceback's `tb_frame`, a suspended generator's
/// `gi_frame`). Its `f_locals` and `f_back` are made when first read, and
/// then stay the same objects.
pub struct FrameObject {
    /// None for a traceback entry without code.
    pub code: Option<Rc<PyCode>>,
    pub globals: Option<PyRef>,
    /// The instruction running (a call's, for a frame below the top).
    pub lasti: usize,
    pub lineno: u32,
    /// The locals, until `f_locals` makes them a mapping (`locals_read`).
    pub locals: RefCell<Option<Locals>>,
    pub locals_read: RefCell<Value>,
    /// `f_back` once made (Null before).
    pub back: RefCell<Value>,
    /// The frames below this one, outermost first: `f_back` is made from
    /// the last, and takes the others with it.
    pub callers: RefCell<Vec<FrameSnapshot>>,
    pub trace: RefCell<Value>,
    pub trace_lines: Cell<bool>,
    pub trace_opcodes: Cell<bool>,
}

impl FrameObject {
    /// The frame object of `snap`, with `callers` (outermost first)
    /// below it.
    pub fn new(snap: FrameSnapshot, callers: Vec<FrameSnapshot>) -> FrameObject {
        let mut f = FrameObject::bare(Some(snap.code.clone()), Some(snap.globals), snap.lasti);
        f.lineno = snap.code.code.line_at(snap.lasti);
        f.locals = RefCell::new(Some(snap.locals));
        f.back = RefCell::new(Value::Null);
        f.callers = RefCell::new(callers);
        f
    }

    /// A frame object with no locals (an empty `f_locals`) and no frame
    /// below (`f_back` None), at line 0 until told otherwise: what a
    /// traceback entry starts from.
    pub fn bare(code: Option<Rc<PyCode>>, globals: Option<PyRef>, lasti: usize) -> FrameObject {
        FrameObject {
            code,
            globals,
            lasti,
            lineno: 0,
            locals: RefCell::new(None),
            locals_read: RefCell::new(Value::Null),
            back: RefCell::new(Value::None),
            callers: RefCell::new(Vec::new()),
            trace: RefCell::new(Value::None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
        }
    }

    pub(crate) fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(g) = &self.globals {
            visit(&Value::Obj(g.clone()));
        }
        if let Ok(l) = self.locals.try_borrow() {
            if let Some(l) = l.as_ref() {
                l.traverse(visit);
            }
        }
        for cell in [&self.locals_read, &self.back, &self.trace] {
            if let Ok(v) = cell.try_borrow() {
                visit(&v);
            }
        }
        if let Ok(callers) = self.callers.try_borrow() {
            for c in callers.iter() {
                visit(&Value::Obj(c.globals.clone()));
                c.locals.traverse(visit);
            }
        }
    }

    pub(crate) fn clear_into(&self, out: &mut Vec<Value>) {
        if let Ok(mut l) = self.locals.try_borrow_mut() {
            if let Some(mut l) = l.take() {
                l.clear_into(out);
            }
        }
        for cell in [&self.locals_read, &self.back, &self.trace] {
            if let Ok(mut v) = cell.try_borrow_mut() {
                out.push(std::mem::replace(&mut *v, Value::None));
            }
        }
        if let Ok(mut callers) = self.callers.try_borrow_mut() {
            for mut c in callers.drain(..) {
                c.locals.clear_into(out);
                out.push(Value::Obj(c.globals));
            }
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_traverse_and_clear() {
        let mut vm = crate::vm::Vm::new();
        let code = vm
            .compile_source("x = 1", "<t>", pyprobe_compiler::Mode::Exec, 0)
            .unwrap();
        let globals = PyObject::bare(Payload::Dict(Box::default()));
        let held = PyObject::new_list(vec![]);
        let below = PyObject::new_list(vec![]);
        let snap = |locals: &PyRef| FrameSnapshot {
            globals: globals.clone(),
            locals: Locals::Fast {
                code: code.clone(),
                values: vec![Value::Obj(locals.clone())],
                outer: None,
            },
            code: code.clone(),
            lasti: 0,
            callers: Vec::new(),
        };
        let f = PyObject::bare(Payload::Frame(Box::new(FrameObject::new(
            snap(&held),
            vec![snap(&below)],
        ))));
        // globals, the local, trace, and the frame below: its globals and local.
        let mut seen = Vec::new();
        f.traverse(&mut |v| seen.push(v.clone()));
        assert!(seen.iter().any(|v| v.is(&Value::Obj(held.clone()))));
        assert!(seen.iter().any(|v| v.is(&Value::Obj(below.clone()))));
        drop(seen);
        assert_eq!((held.refcount(), below.refcount()), (2, 2));
        drop(f.clear());
        assert_eq!((held.refcount(), below.refcount()), (1, 1));
        // The globals stay, as CPython's frame_tp_clear leaves them: a cycle
        // through them is broken by clearing the dict.
        let mut left = Vec::new();
        f.traverse(&mut |v| left.extend(v.as_obj().map(|o| o.id())));
        assert_eq!(left, [globals.id()]);
    }
}
