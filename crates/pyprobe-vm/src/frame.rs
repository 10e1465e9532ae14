//! An executing Python frame: fast locals, value stack, instruction pointer.
//!
//! CPython counterpart: `_PyInterpreterFrame` (`Include/internal/pycore_frame.h`).
//! Frames live in the evaluator's frame stack (a Python-to-Python call
//! pushes one; it never recurses in Rust) or, suspended, in a generator.
//!
//! Invariants: `fast` holds varnames, then cells, then free-variable cells
//! (`code.nlocalsplus()` slots), then, in a suspended generator, its value
//! stack; an unset local is `Value::Null`. While the frame runs, its locals
//! and value stack live on the evaluator's stack instead (from `fbase`); a
//! generator's frame run by a caller's `for` or `yield from` (`gen` set)
//! brings its own vector as that stack, and keeps the caller's in `fast`.
//! `ip` indexes the next instruction; `lasti` the one executing.

use crate::object::{PyCode, PyRef};
use crate::value::Value;
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<PyCode>,
    /// Not running: the locals, then the value stack of a suspended
    /// generator. Running: the evaluator's spare vector (see `eval_loop`),
    /// or, for a generator's frame with `gen` set, its caller's stack.
    pub fast: Vec<Value>,
    pub ip: usize,
    pub lasti: usize,
    pub globals: PyRef,
    /// The locals mapping of module and class bodies (None in functions).
    pub locals: Option<PyRef>,
    /// `__builtins__` of the globals.
    pub builtins: PyRef,
    /// Line of the last `line` event (for the line probe / tracebacks).
    pub last_line: u32,
    /// Set when this frame runs `__init__` for an instance the evaluator
    /// created: its return hands back the instance instead.
    pub init_instance: Option<Value>,
    /// Instruction the line probe saw last (to detect backward jumps);
    /// kept only while the probe is enabled.
    pub line_lasti: u32,
    /// While the frame runs: where its locals start in the evaluator's
    /// stack (its value stack follows them), and where that stack is cut
    /// back to when it returns (below its callable).
    pub fbase: usize,
    pub ret_base: usize,
    /// Set while a generator's frame runs on the stack of the `for` loop
    /// that resumed it: the generator, and the loop's exception state to
    /// restore when it yields or ends.
    pub gen: Option<PyRef>,
    pub caller_exc: Value,
    /// While the frame runs in an evaluator loop: the frame that called it
    /// in that loop (None for the loop's first frame, and for frames not
    /// running). Frames are boxed so that a call moves one pointer, and
    /// finished frames go back to the pool with their buffers.
    pub caller: Option<Box<Frame>>,
}

impl Drop for Frame {
    /// A chain of callers goes one frame at a time, not recursively.
    fn drop(&mut self) {
        let mut next = self.caller.take();
        while let Some(mut fr) = next {
            next = fr.caller.take();
        }
    }
}

impl Frame {
    pub fn new(code: Rc<PyCode>, globals: PyRef, locals: Option<PyRef>, builtins: PyRef) -> Frame {
        let n = code.code.nlocalsplus();
        // `fast` becomes the evaluator's stack when the frame is run from
        // Rust (see `eval_loop`), so it has room for the value stack too.
        let mut fast = Vec::with_capacity(n + code.code.max_stackdepth as usize + 2);
        fast.resize(n, Value::Null);
        Frame {
            code,
            fast,
            ip: 0,
            lasti: 0,
            globals,
            locals,
            builtins,
            last_line: 0,
            init_instance: None,
            line_lasti: 0,
            fbase: 0,
            ret_base: 0,
            gen: None,
            caller_exc: Value::None,
            caller: None,
        }
    }

    /// Make a pooled frame ready for a new call, its locals unset.
    pub fn reset(&mut self, code: Rc<PyCode>, globals: PyRef, builtins: PyRef) {
        let n = code.code.nlocalsplus();
        self.restart(&code, &globals, &builtins);
        self.fast.clear();
        self.fast.reserve(n + code.code.max_stackdepth as usize + 2);
        self.fast.resize(n, Value::Null);
    }

    /// Point a pooled frame at `code` and its namespaces, at its start
    /// (`fast` is left alone). Consecutive calls usually share all three
    /// (a recursion, a loop calling one function): then nothing is
    /// replaced and no count changes.
    #[inline(always)]
    pub fn restart(&mut self, code: &Rc<PyCode>, globals: &PyRef, builtins: &PyRef) {
        if !Rc::ptr_eq(&self.code, code)
            || !self.globals.is(globals)
            || !self.builtins.is(builtins)
            || self.locals.is_some()
            || self.init_instance.is_some()
        {
            self.rebind(code, globals, builtins);
        }
        self.ip = 0;
        self.lasti = 0;
        self.last_line = 0;
        self.line_lasti = 0;
    }

    /// The replacing part of `restart` (out of line: it drops references).
    #[inline(never)]
    fn rebind(&mut self, code: &Rc<PyCode>, globals: &PyRef, builtins: &PyRef) {
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !self.globals.is(globals) {
            self.globals = globals.clone();
        }
        if !self.builtins.is(builtins) {
            self.builtins = builtins.clone();
        }
        self.locals = None;
        self.init_instance = None;
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.code.code.line_at(self.lasti)
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.fast.iter().for_each(&mut *visit);
        visit(&Value::Obj(self.globals.clone()));
        if let Some(l) = &self.locals {
            visit(&Value::Obj(l.clone()));
        }
    }
}
