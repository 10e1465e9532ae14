//! The frame evaluator: one flat `match` over the instruction set.
//!
//! CPython counterpart: `Python/ceval.c` and `Python/bytecodes.c`.
//!
//! Invariants:
//! - A call of a Python function from Python code pushes a frame on the
//!   local `callers` stack and continues in the same loop: Python-to-Python
//!   calls never recurse on the Rust stack. Only calls that come from Rust
//!   (a builtin calling a key function, `__repr__` from `repr()`, a
//!   generator being resumed) start a nested `run_frame`, and those count
//!   against the recursion limit through `Vm::depth`.
//! - `lasti` is set before an instruction executes, so any error raised by
//!   it is attributed to its line (Lua's `Protect`).
//! - Unwinding uses the code object's exception table only; a frame with no
//!   covering handler is popped and the error continues in its caller.

// Frames are boxed on the frame stack on purpose: a call moves one pointer,
// and finished frames go back to the pool with their buffers.
#![allow(clippy::vec_box)]

use crate::frame::Frame;
use crate::object::{tflags, Args, Payload, PyObject, PyRef};
use crate::value::Value;
use crate::vm::Vm;
use crate::{probes, PyErr, PyResult};
use pyprobe_bytecode::{flags, Instruction as I};
use std::cell::RefCell;

/// How a run of the evaluator ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// Run `frame` (and everything it calls) until it returns or yields.
    /// The frame is handed back so a generator can keep it.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> (Box<Frame>, PyResult<Exit>) {
        if let Err(e) = self.enter() {
            return (frame, Err(e));
        }
        let base_depth = self.depth;
        let mut callers: Vec<Box<Frame>> = Vec::new();
        let mut f = frame;
        probes::function_entry(&f);
        // generator.throw(): the exception is raised where the frame is
        // suspended.
        let result = match self.pending_throw.take() {
            Some(err) => match self.unwind(&mut f, &mut callers, err) {
                Ok(()) => self.eval_loop(&mut f, &mut callers),
                Err(e) => Err(e),
            },
            None => self.eval_loop(&mut f, &mut callers),
        };
        // Frames left on `callers` only remain on an error exit, which
        // already popped them; restore the depth either way.
        self.depth = base_depth;
        self.leave();
        (f, result)
    }

    /// The dispatch loop.
    ///
    /// `line` probe: while a tracer has it enabled, the loop dispatches on
    /// the code's `dispatch_table(true)`, whose `TraceLine` entries fire
    /// the probe and then run the real instruction; otherwise on the
    /// code's instructions, with no per-instruction check at all. The
    /// probe's semaphore is polled only where the loop branches anyway: when
    /// a Python call pushes a frame, and at backward jumps, which re-select
    /// the table.
    fn eval_loop(&mut self, f: &mut Box<Frame>, callers: &mut Vec<Box<Frame>>) -> PyResult<Exit> {
        // Whether frames dispatch on their `TraceLine` tables: read when a
        // frame is pushed and at backward jumps (a frame returned to keeps
        // the answer until its next call or loop iteration).
        let mut trace_lines = probes::line_enabled();
        'frames: loop {
            // Re-read after every frame switch: the instructions of the
            // running frame, held locally so the fetch is one indexed load.
            let code = f.code.clone();
            let instrs: &[I] = code.dispatch_table(trace_lines);
            let err: PyErr = 'instr: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'instr e,
                        }
                    };
                }
                macro_rules! pop {
                    () => {
                        f.stack.pop().unwrap_or(Value::Null)
                    };
                }
                macro_rules! top {
                    () => {
                        f.stack.last().cloned().unwrap_or(Value::Null)
                    };
                }
                let ip = f.ip;
                let Some(&fetched) = instrs.get(ip) else {
                    break 'instr self.runtime_error("instruction pointer out of range");
                };
                f.lasti = ip;
                f.ip = ip + 1;
                // Jump to instruction `$t`; a backward jump polls the
                // `line` probe.
                macro_rules! jump {
                    ($t:expr) => {{
                        let t = $t as usize;
                        f.ip = t;
                        if t <= ip && probes::line_enabled() != trace_lines {
                            trace_lines = !trace_lines;
                            continue 'frames;
                        }
                    }};
                }
                let mut ins = fetched;
                'dispatch: loop {
                    match ins {
                        I::TraceLine => {
                            probes::line(f);
                            ins = code.code.instructions[ip];
                            continue 'dispatch;
                        }
                        I::Nop => {}
                        I::PopTop => {
                            f.stack.pop();
                            if crate::object::has_pending_finalizers() {
                                self.run_finalizers();
                            }
                        }
                        I::Copy(n) => {
                            let v = f.stack[f.stack.len() - n as usize].clone();
                            f.stack.push(v);
                        }
                        I::Swap(n) => {
                            let len = f.stack.len();
                            f.stack.swap(len - 1, len - n as usize);
                        }
                        I::PushNull => f.stack.push(Value::Null),
                        I::LoadConst(i) => {
                            let v = f.code.consts[i as usize].clone();
                            f.stack.push(v);
                        }
                        I::LoadFast(i) => {
                            let v = f.fast[i as usize].clone();
                            if v.is_null() {
                                let name = f.code.code.varnames[i as usize].clone();
                                break 'instr self.new_error(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                            }
                            f.stack.push(v);
                        }
                        I::LoadFastLoadFast(a, b) => {
                            let va = f.fast[a as usize].clone();
                            let vb = f.fast[b as usize].clone();
                            if va.is_null() || vb.is_null() {
                                // Both loads are on one line and under one
                                // handler, so the error is reported as either
                                // plain instruction would report it.
                                let k = if va.is_null() { a } else { b };
                                let name = f.code.code.varnames[k as usize].clone();
                                break 'instr self.new_error(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                            }
                            f.stack.push(va);
                            f.stack.push(vb);
                            f.ip = ip + 2;
                        }
                        I::LoadFastLoadConst(a, b) => {
                            let va = f.fast[a as usize].clone();
                            if va.is_null() {
                                let name = f.code.code.varnames[a as usize].clone();
                                break 'instr self.new_error(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                            }
                            f.stack.push(va);
                            let vb = f.code.consts[b as usize].clone();
                            f.stack.push(vb);
                            f.ip = ip + 2;
                        }
                        I::StoreFast(i) => {
                            let v = pop!();
                            f.fast[i as usize] = v;
                            if crate::object::has_pending_finalizers() {
                                self.run_finalizers();
                            }
                        }
                        I::DeleteFast(i) => {
                            if f.fast[i as usize].is_null() {
                                let name = f.code.code.varnames[i as usize].clone();
                                break 'instr self.new_error(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                            }
                            f.fast[i as usize] = Value::Null;
                            if crate::object::has_pending_finalizers() {
                                self.run_finalizers();
                            }
                        }
                        I::LoadName(i) => {
                            let name = f.code.names[i as usize].clone();
                            let v = tri!(self.load_name(f, &name));
                            f.stack.push(v);
                        }
                        I::StoreName(i) => {
                            let name = f.code.names[i as usize].clone();
                            let v = pop!();
                            let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            tri!(self.store_to_mapping(&target, name, v));
                            if crate::object::has_pending_finalizers() {
                                self.run_finalizers();
                            }
                        }
                        I::DeleteName(i) => {
                            let name = f.code.names[i as usize].clone();
                            let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            tri!(self.delete_name(&target, &name));
                            if crate::object::has_pending_finalizers() {
                                self.run_finalizers();
                            }
                        }
                        I::LoadGlobal(i) => {
                            let g = crate::typeobj::dict_of(&f.globals);
                            let b = crate::typeobj::dict_of(&f.builtins);
                            let slot = &code.global_cache[i as usize];
                            let c = slot.get();
                            if c.globals_id == f.globals.id()
                                && c.globals_version == g.version()
                                && c.builtins_version == b.version()
                            {
                                let hit = if c.in_builtins {
                                    b.value_at(c.index)
                                } else {
                                    g.value_at(c.index)
                                };
                                if let Some(v) = hit {
                                    f.stack.push(v);
                                    continue 'instr;
                                }
                            }
                            let name = &f.code.names[i as usize];
                            // Fill the cache for the next execution.
                            let found = match g.index_of_name(name) {
                                Some(idx) => Some((idx, false)),
                                None => b.index_of_name(name).map(|idx| (idx, true)),
                            };
                            if let Some((index, in_builtins)) = found {
                                slot.set(crate::object::GlobalCacheEntry {
                                    globals_id: f.globals.id(),
                                    globals_version: g.version(),
                                    builtins_version: b.version(),
                                    index,
                                    in_builtins,
                                });
                            }
                            let v = match crate::typeobj::dict_of(&f.globals).get_name(name) {
                                Some(v) => v,
                                None => match crate::typeobj::dict_of(&f.builtins).get_name(name) {
                                    Some(v) => v,
                                    None => {
                                        let n = name.as_str().unwrap_or("").to_string();
                                        break 'instr self.new_error(
                                            "NameError",
                                            format!("name '{n}' is not defined"),
                                        );
                                    }
                                },
                            };
                            f.stack.push(v);
                        }
                        I::StoreGlobal(i) => {
                            let name = f.code.names[i as usize].clone();
                            let v = pop!();
                            crate::typeobj::dict_of(&f.globals).set_str(name, v);
                        }
                        I::DeleteGlobal(i) => {
                            let name = f.code.names[i as usize].clone();
                            let g = f.globals.clone();
                            tri!(self.delete_name(&g, &name));
                        }
                        I::LoadDeref(i) => {
                            let v = cell_get(&f.fast[i as usize]);
                            if v.is_null() {
                                break 'instr self.unbound_deref(f, i as usize);
                            }
                            f.stack.push(v);
                        }
                        I::LoadClassDeref(i) => {
                            let name = deref_name(f, i as usize);
                            let from_ns = match &f.locals {
                                Some(l) => tri!(self.mapping_get(l, &self.intern_ref(&name))),
                                None => None,
                            };
                            let v = match from_ns {
                                Some(v) => v,
                                None => cell_get(&f.fast[i as usize]),
                            };
                            if v.is_null() {
                                break 'instr self.unbound_deref(f, i as usize);
                            }
                            f.stack.push(v);
                        }
                        I::StoreDeref(i) => {
                            let v = pop!();
                            cell_set(&f.fast[i as usize], v);
                        }
                        I::DeleteDeref(i) => {
                            if cell_get(&f.fast[i as usize]).is_null() {
                                break 'instr self.unbound_deref(f, i as usize);
                            }
                            cell_set(&f.fast[i as usize], Value::Null);
                        }
                        I::LoadClosure(i) => {
                            let v = f.fast[i as usize].clone();
                            f.stack.push(v);
                        }
                        I::LoadAttr(i) => {
                            let obj = pop!();
                            // Inline path: an instance attribute of a plain class
                            // (no data descriptors, no __getattr__ hooks).
                            if let Value::Obj(o) = &obj {
                                if let (Payload::Instance, Some(cls)) = (&o.payload, &o.class) {
                                    let plain = cls
                                        .type_data()
                                        .map(|t| {
                                            t.flags.get()
                                                & (tflags::NO_DATA_DESCR | tflags::CUSTOM_GETATTR)
                                                == tflags::NO_DATA_DESCR
                                        })
                                        .unwrap_or(false);
                                    if plain {
                                        let hit = match o.dict.borrow().as_ref() {
                                            Some(d) => match &d.payload {
                                                Payload::Dict(dd) => {
                                                    dd.get_name(&code.names[i as usize])
                                                }
                                                _ => None,
                                            },
                                            None => None,
                                        };
                                        if let Some(v) = hit {
                                            f.stack.push(v);
                                            continue 'instr;
                                        }
                                    }
                                }
                            }
                            let name = f.code.names[i as usize].clone();
                            let v = tri!(self.getattr(&obj, &name));
                            f.stack.push(v);
                        }
                        I::StoreAttr(i) => {
                            let name = f.code.names[i as usize].clone();
                            let obj = pop!();
                            let v = pop!();
                            tri!(self.setattr(&obj, &name, v));
                        }
                        I::DeleteAttr(i) => {
                            let name = f.code.names[i as usize].clone();
                            let obj = pop!();
                            tri!(self.delattr(&obj, &name));
                        }
                        I::LoadMethod(i) => {
                            let name = f.code.names[i as usize].clone();
                            let obj = pop!();
                            let (m, slf) = tri!(self.load_method(obj, &name));
                            f.stack.push(m);
                            f.stack.push(slf);
                        }
                        I::BinaryOp(op) => {
                            let b = pop!();
                            let mut a = pop!();
                            // `s += t` (or `s = s + t`) on a str local that holds the
                            // only other reference: drop that reference and append
                            // in place instead of copying (CPython does the same).
                            if matches!(
                                op,
                                pyprobe_bytecode::BinOp::InplaceAdd | pyprobe_bytecode::BinOp::Add
                            ) {
                                if let (Value::Obj(ao), Some(t)) = (&a, b.as_str()) {
                                    if ao.class.is_none()
                                        && matches!(ao.payload, Payload::Str(_))
                                        && b.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
                                    {
                                        if let Some(I::StoreFast(j)) = instrs.get(ip + 1) {
                                            if f.fast[*j as usize].is(&a) {
                                                f.fast[*j as usize] = Value::Null;
                                            }
                                        }
                                        let t = t.to_string();
                                        if let Value::Obj(ao) = &mut a {
                                            if let Some(obj) = ao.get_mut() {
                                                if let Payload::Str(s) = &mut obj.payload {
                                                    if s.push_str(&t).is_ok() {
                                                        f.stack.push(a);
                                                        continue 'instr;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            let r = match (&a, &b) {
                                (Value::Int(x), Value::Int(y)) => {
                                    match crate::ops::int_fast(*x, *y, op) {
                                        Some(r) => r,
                                        None => tri!(self.binary_op(&a, &b, op)),
                                    }
                                }
                                (Value::Float(x), Value::Float(y)) => {
                                    match crate::ops::float_fast(*x, *y, op) {
                                        Some(r) => r,
                                        None => tri!(self.binary_op(&a, &b, op)),
                                    }
                                }
                                _ => tri!(self.binary_op(&a, &b, op)),
                            };
                            f.stack.push(r);
                        }
                        I::UnaryOp(op) => {
                            let a = pop!();
                            let r = tri!(self.unary_op(&a, op));
                            f.stack.push(r);
                        }
                        I::CompareOp(op) => {
                            let b = pop!();
                            let a = pop!();
                            // Fused with a following conditional jump (the common
                            // `if a < b:`), no bool is pushed and popped.
                            let next = instrs.get(ip + 1).copied();
                            if let Some(I::PopJumpIfFalse(t) | I::PopJumpIfTrue(t)) = next {
                                let truth = match (&a, &b) {
                                    (Value::Int(x), Value::Int(y)) => {
                                        crate::ops::cmp_ord(x.cmp(y), op)
                                    }
                                    (Value::Float(x), Value::Float(y)) => {
                                        crate::ops::cmp_float(*x, *y, op)
                                    }
                                    _ => {
                                        let r = tri!(self.compare(&a, &b, op));
                                        match r {
                                            Value::Bool(b) => b,
                                            other => tri!(self.is_true(&other)),
                                        }
                                    }
                                };
                                let jump_when = matches!(next, Some(I::PopJumpIfTrue(_)));
                                if truth == jump_when {
                                    jump!(t);
                                } else {
                                    f.ip = ip + 2;
                                }
                                continue 'instr;
                            }
                            let r = match (&a, &b) {
                                (Value::Int(x), Value::Int(y)) => {
                                    Value::Bool(crate::ops::cmp_ord(x.cmp(y), op))
                                }
                                _ => tri!(self.compare(&a, &b, op)),
                            };
                            f.stack.push(r);
                        }
                        I::IsOp(invert) => {
                            let b = pop!();
                            let a = pop!();
                            f.stack.push(Value::Bool(a.is(&b) != invert));
                        }
                        I::ContainsOp(invert) => {
                            let b = pop!();
                            let a = pop!();
                            let r = tri!(self.contains(&b, &a));
                            f.stack.push(Value::Bool(r != invert));
                        }
                        I::BinarySubscr => {
                            let k = pop!();
                            let c = pop!();
                            let r = tri!(self.getitem(&c, &k));
                            f.stack.push(r);
                        }
                        I::StoreSubscr => {
                            let k = pop!();
                            let c = pop!();
                            let v = pop!();
                            tri!(self.setitem(&c, &k, v));
                        }
                        I::DeleteSubscr => {
                            let k = pop!();
                            let c = pop!();
                            tri!(self.delitem(&c, &k));
                        }
                        I::BuildSlice(n) => {
                            let step = if n == 3 { pop!() } else { Value::None };
                            let stop = pop!();
                            let start = pop!();
                            f.stack
                                .push(Value::Obj(PyObject::bare(Payload::Slice(Box::new([
                                    start, stop, step,
                                ])))));
                        }
                        I::BuildTuple(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            let t = self.new_tuple(items);
                            f.stack.push(t);
                        }
                        I::BuildList(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            f.stack.push(self.new_list(items));
                        }
                        I::BuildSet(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            let s = crate::set::PySet::new();
                            for it in items {
                                tri!(s.add(self, it));
                            }
                            f.stack
                                .push(Value::Obj(PyObject::bare(Payload::Set(Box::new(s)))));
                        }
                        I::BuildMap(n) => {
                            let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                            let d = crate::dict::PyDict::new();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(d.set(self, k, v));
                            }
                            f.stack
                                .push(Value::Obj(PyObject::bare(Payload::Dict(Box::new(d)))));
                        }
                        I::BuildConstKeyMap(n) => {
                            let keys = pop!();
                            let values = f.stack.split_off(f.stack.len() - n as usize);
                            let d = crate::dict::PyDict::new();
                            let ks = crate::ops::tuple_items(&keys);
                            for (k, v) in ks.into_iter().zip(values) {
                                tri!(d.set(self, k, v));
                            }
                            f.stack
                                .push(Value::Obj(PyObject::bare(Payload::Dict(Box::new(d)))));
                        }
                        I::BuildString(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            let mut s = String::new();
                            for it in &items {
                                s.push_str(it.as_str().unwrap_or(""));
                            }
                            f.stack.push(Value::str(s));
                        }
                        I::ListAppend(i) => {
                            let v = pop!();
                            let target = &f.stack[f.stack.len() - i as usize];
                            if let Some(Payload::List(l)) = target.payload() {
                                l.borrow_mut().push(v);
                            }
                        }
                        I::SetAdd(i) => {
                            let v = pop!();
                            let target = f.stack[f.stack.len() - i as usize].clone();
                            if let Some(Payload::Set(s)) = target.payload() {
                                tri!(s.add(self, v));
                            }
                        }
                        I::MapAdd(i) => {
                            let v = pop!();
                            let k = pop!();
                            let target = f.stack[f.stack.len() - i as usize].clone();
                            if let Some(Payload::Dict(d)) = target.payload() {
                                tri!(d.set(self, k, v));
                            }
                        }
                        I::ListExtend(i) => {
                            let it = pop!();
                            let target = f.stack[f.stack.len() - i as usize].clone();
                            let items = match self.collect(&it) {
                                Ok(items) => items,
                                Err(e) => {
                                    if self.err_is(&e, "TypeError") && !self.has_iter(&it) {
                                        let tn = self.type_name(&it);
                                        // In a call (`callable NULL [args]`) CPython names the function.
                                        let n = f.stack.len();
                                        if n >= 3 && f.stack[n - 2].is_null() {
                                            let callee = f.stack[n - 3].clone();
                                            let fname = self.func_display_name(&callee);
                                            break 'instr self.type_error(format!("{fname} argument after * must be an iterable, not {tn}"));
                                        }
                                        break 'instr self.type_error(format!(
                                            "Value after * must be an iterable, not {tn}"
                                        ));
                                    }
                                    break 'instr e;
                                }
                            };
                            if let Some(Payload::List(l)) = target.payload() {
                                l.borrow_mut().extend(items);
                            }
                        }
                        I::SetUpdate(i) => {
                            let it = pop!();
                            let target = f.stack[f.stack.len() - i as usize].clone();
                            let items = tri!(self.collect(&it));
                            if let Some(Payload::Set(s)) = target.payload() {
                                for x in items {
                                    tri!(s.add(self, x));
                                }
                            }
                        }
                        I::DictUpdate(i) | I::DictMerge(i) => {
                            let m = pop!();
                            let target = f.stack[f.stack.len() - i as usize].clone();
                            let merge = matches!(ins, I::DictMerge(_));
                            // In a call the stack is `callable NULL args kwargs`.
                            let func = if merge {
                                f.stack
                                    .get(f.stack.len().wrapping_sub(i as usize + 3))
                                    .cloned()
                            } else {
                                None
                            };
                            if !merge
                                && !matches!(m.payload(), Some(Payload::Dict(_)))
                                && tri!(self.getattr_opt(&m, "keys")).is_none()
                            {
                                let tn = self.type_name(&m);
                                break 'instr self
                                    .type_error(format!("'{tn}' object is not a mapping"));
                            }
                            tri!(self.dict_update_from(&target, &m, merge, func));
                        }
                        I::ListToTuple => {
                            let l = pop!();
                            let items = match l.payload() {
                                Some(Payload::List(l)) => std::mem::take(&mut *l.borrow_mut()),
                                _ => Vec::new(),
                            };
                            f.stack.push(self.new_tuple(items));
                        }
                        I::FormatValue {
                            conversion,
                            has_spec,
                        } => {
                            let spec = if has_spec { pop!() } else { Value::Null };
                            let v = pop!();
                            let v = match conversion {
                                1 => tri!(self.str(&v)),
                                2 => tri!(self.repr(&v)),
                                3 => tri!(self.ascii(&v)),
                                _ => v,
                            };
                            let r = if !has_spec
                                && v.as_str().is_some()
                                && v.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
                            {
                                v
                            } else {
                                let spec = if has_spec { spec } else { Value::str("") };
                                tri!(self.format(&v, &spec))
                            };
                            f.stack.push(r);
                        }
                        I::UnpackSequence(n) => {
                            let seq = pop!();
                            // Exact tuples and lists of the right size: no copy.
                            if let Value::Obj(o) = &seq {
                                if o.class.is_none() {
                                    match &o.payload {
                                        Payload::Tuple(t) if t.len() == n as usize => {
                                            f.stack.extend(t.iter().rev().cloned());
                                            continue 'instr;
                                        }
                                        Payload::List(l) if l.borrow().len() == n as usize => {
                                            let items: Vec<Value> =
                                                l.borrow().iter().rev().cloned().collect();
                                            f.stack.extend(items);
                                            continue 'instr;
                                        }
                                        _ => {}
                                    }
                                }
                            }
                            let items = tri!(self.unpack(&seq, n as usize, None));
                            f.stack.extend(items.into_iter().rev());
                        }
                        I::UnpackEx { before, after } => {
                            let seq = pop!();
                            let items =
                                tri!(self.unpack(&seq, before as usize, Some(after as usize)));
                            f.stack.extend(items.into_iter().rev());
                        }
                        I::Jump(t) => jump!(t),
                        I::PopJumpIfFalse(t) => {
                            let v = pop!();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => tri!(self.is_true(&v)),
                            };
                            if !b {
                                jump!(t);
                            }
                        }
                        I::PopJumpIfTrue(t) => {
                            let v = pop!();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => tri!(self.is_true(&v)),
                            };
                            if b {
                                jump!(t);
                            }
                        }
                        I::PopJumpIfNone(t) => {
                            if pop!().is_none() {
                                jump!(t);
                            }
                        }
                        I::PopJumpIfNotNone(t) => {
                            if !pop!().is_none() {
                                jump!(t);
                            }
                        }
                        I::JumpIfFalseOrPop(t) => {
                            let v = top!();
                            if !tri!(self.is_true(&v)) {
                                jump!(t);
                            } else {
                                f.stack.pop();
                            }
                        }
                        I::JumpIfTrueOrPop(t) => {
                            let v = top!();
                            if tri!(self.is_true(&v)) {
                                jump!(t);
                            } else {
                                f.stack.pop();
                            }
                        }
                        I::GetIter => {
                            let v = pop!();
                            let it = tri!(self.get_iter(&v));
                            f.stack.push(it);
                        }
                        I::ForIter(t) => {
                            let it = top!();
                            match tri!(self.next(&it)) {
                                Some(v) => f.stack.push(v),
                                None => {
                                    f.stack.pop();
                                    f.ip = t as usize;
                                }
                            }
                        }
                        I::Call(_) | I::CallKw(_) => {
                            // `callable self_or_null args... [kwnames]`
                            let (n, names) = match ins {
                                I::CallKw(n) => {
                                    let kwnames = pop!();
                                    (n, crate::ops::tuple_items(&kwnames))
                                }
                                I::Call(n) => (n, Vec::new()),
                                _ => (0, Vec::new()),
                            };
                            let base = f.stack.len() - n as usize - 2;
                            // A plain class whose __init__ is a Python function:
                            // make the instance here and run __init__ as a pushed
                            // frame (no Rust recursion, as for any Python call).
                            if let Some(init) = self.simple_init(&f.stack[base]) {
                                if f.stack[base + 1].is_null() {
                                    let cls = f.stack[base].as_obj().cloned();
                                    if let (Some(cls), Some(Payload::Function(_))) =
                                        (cls, init.payload())
                                    {
                                        let inst = Value::Obj(PyObject::with_class(
                                            cls,
                                            Payload::Instance,
                                            Some(self.new_dict()),
                                        ));
                                        // Stack: cls NULL args.. -> the args of __init__(inst, args..).
                                        f.stack[base + 1] = inst.clone();
                                        let init_obj = init.as_obj().cloned();
                                        if let Some(io) = init_obj {
                                            let frame = tri!(self.function_frame(
                                                &io,
                                                &f.stack[base + 1..],
                                                &names
                                            ));
                                            f.stack.truncate(base);
                                            let mut frame = frame;
                                            frame.init_instance = Some(inst);
                                            tri!(self.push_frame(f, callers, frame));
                                            trace_lines = probes::line_enabled();
                                            continue 'frames;
                                        }
                                    }
                                }
                            }
                            // Python function: push a frame and keep going.
                            if let Value::Obj(o) = &f.stack[base] {
                                if let Payload::Function(func) = &o.payload {
                                    if func.code.code.flags & (flags::GENERATOR | flags::COROUTINE)
                                        == 0
                                    {
                                        let with_self = !f.stack[base + 1].is_null();
                                        let start = if with_self { base + 1 } else { base + 2 };
                                        let frame =
                                            tri!(self.function_frame(o, &f.stack[start..], &names));
                                        f.stack.truncate(base);
                                        tri!(self.push_frame(f, callers, frame));
                                        trace_lines = probes::line_enabled();
                                        continue 'frames;
                                    }
                                }
                            }
                            if needs_frame(&f.stack[base]) {
                                self.snapshot_frame(f);
                            }
                            probes::cfunction_entry(f, &f.stack[base]);
                            let r = self.call_from_stack(&f.stack[base..], &names);
                            probes::cfunction_return(f, &f.stack[base]);
                            if self.frame_snapshot.is_some() {
                                self.frame_snapshot = None;
                            }
                            let r = tri!(r);
                            f.stack.truncate(base);
                            f.stack.push(r);
                        }
                        I::CallEx { has_kwargs } => {
                            let kwargs = if has_kwargs { pop!() } else { Value::Null };
                            let args = pop!();
                            let slf = pop!();
                            let callable = pop!();
                            let mut pos = crate::ops::tuple_items(&args);
                            if !slf.is_null() {
                                pos.insert(0, slf);
                            }
                            let mut names = Vec::new();
                            if let Some(Payload::Dict(d)) = kwargs.payload() {
                                for (k, v) in d.items() {
                                    names.push(k);
                                    pos.push(v);
                                }
                            }
                            if needs_frame(&callable) {
                                self.snapshot_frame(f);
                            }
                            probes::cfunction_entry(f, &callable);
                            let r = self.call_kw(&callable, &pos, &names);
                            probes::cfunction_return(f, &callable);
                            if self.frame_snapshot.is_some() {
                                self.frame_snapshot = None;
                            }
                            let r = tri!(r);
                            f.stack.push(r);
                        }
                        I::MakeFunction(fl) => {
                            let code = pop!();
                            let closure = if fl & 8 != 0 { Some(pop!()) } else { None };
                            let kwdefaults = if fl & 2 != 0 { Some(pop!()) } else { None };
                            let defaults = if fl & 1 != 0 { Some(pop!()) } else { None };
                            let func = self.make_function(f, code, defaults, kwdefaults, closure);
                            f.stack.push(func);
                        }
                        I::LoadBuildClass => {
                            let v = match crate::typeobj::dict_of(&f.builtins)
                                .get_str("__build_class__")
                            {
                                Some(v) => v,
                                None => {
                                    break 'instr self
                                        .new_error("NameError", "__build_class__ not found")
                                }
                            };
                            f.stack.push(v);
                        }
                        I::ReturnValue => {
                            let v = pop!();
                            probes::function_return(f);
                            match callers.pop() {
                                Some(caller) => {
                                    self.depth -= 1;
                                    let mut done = std::mem::replace(f, caller);
                                    let v = match done.init_instance.take() {
                                        Some(inst) if v.is_none() => inst,
                                        Some(_) => {
                                            self.recycle_frame(done);
                                            let tn = self.type_name(&v);
                                            // Reported at the caller's call, as type_call does.
                                            break 'instr self.type_error(format!(
                                                "__init__() should return None, not '{tn}'"
                                            ));
                                        }
                                        None => v,
                                    };
                                    self.recycle_frame(done);
                                    f.stack.push(v);
                                    continue 'frames;
                                }
                                None => return Ok(Exit::Return(v)),
                            }
                        }
                        I::YieldValue => {
                            let v = pop!();
                            probes::function_return(f);
                            return Ok(Exit::Yield(v));
                        }
                        I::GetYieldFromIter => {
                            let v = pop!();
                            let it = if matches!(v.payload(), Some(Payload::Generator(_))) {
                                v
                            } else {
                                tri!(self.get_iter(&v))
                            };
                            f.stack.push(it);
                        }
                        I::YieldFrom => {
                            let sent = pop!();
                            let sub = top!();
                            match tri!(self.delegate_send(&sub, sent)) {
                                Ok(yielded) => {
                                    // Stay on this instruction: the next resume
                                    // sends its value into the sub-iterator.
                                    f.ip = ip;
                                    probes::function_return(f);
                                    return Ok(Exit::Yield(yielded));
                                }
                                Err(result) => {
                                    f.stack.pop();
                                    f.stack.push(result);
                                }
                            }
                        }
                        I::Raise(n) => {
                            let e = match n {
                                0 => {
                                    if self.exc_info.is_none() {
                                        self.runtime_error("No active exception to reraise")
                                    } else {
                                        let exc = self.exc_info.clone();
                                        match exc {
                                            Value::Obj(o) => {
                                                // A bare `raise` re-raises with the traceback as it is.
                                                let err = PyErr::new(o);
                                                return_reraise(self, f, callers, err)?;
                                                continue 'frames;
                                            }
                                            _ => {
                                                self.runtime_error("No active exception to reraise")
                                            }
                                        }
                                    }
                                }
                                1 => {
                                    let exc = pop!();
                                    tri!(self.make_raise(exc, None))
                                }
                                _ => {
                                    let cause = pop!();
                                    let exc = pop!();
                                    tri!(self.make_raise(exc, Some(cause)))
                                }
                            };
                            break 'instr e;
                        }
                        I::Reraise(_) => {
                            // The handler search uses this instruction's index
                            // (CPython's next_instr); the saved lasti below the
                            // exception only matters for line reporting, and the
                            // traceback already holds the original line.
                            let exc = pop!();
                            if let Value::Obj(o) = exc {
                                return_reraise(self, f, callers, PyErr::new(o))?;
                                continue 'frames;
                            }
                            break 'instr self.runtime_error("bad exception to re-raise");
                        }
                        I::PushExcInfo => {
                            let exc = pop!();
                            let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                            f.stack.push(prev);
                            f.stack.push(exc);
                        }
                        I::PopExcept => {
                            let prev = pop!();
                            self.exc_info = prev;
                        }
                        I::CheckExcMatch => {
                            let ty = pop!();
                            let exc = top!();
                            let m = tri!(self.exception_matches(&exc, &ty));
                            f.stack.push(Value::Bool(m));
                        }
                        I::LoadAssertionError => {
                            let t = Value::Obj(self.exc["AssertionError"].clone());
                            f.stack.push(t);
                        }
                        I::BeforeWith => {
                            let mgr = pop!();
                            let (exit, res) = tri!(self.before_with(&mgr));
                            f.stack.push(exit);
                            f.stack.push(res);
                        }
                        I::WithExceptStart => {
                            let exc = top!();
                            let exit = f.stack[f.stack.len() - 4].clone();
                            let ty = Value::Obj(self.class_of(&exc).clone());
                            let tb = self.traceback_of(&exc);
                            let r = tri!(self.call(&exit, &[ty, exc, tb]));
                            f.stack.push(r);
                        }
                        I::ImportName(i) => {
                            let name = f.code.names[i as usize].clone();
                            let fromlist = pop!();
                            let level = pop!();
                            let (globals, locals) = (f.globals.clone(), f.locals.clone());
                            let builtins = f.builtins.clone();
                            let m = tri!(self.import_name(
                                &name,
                                &fromlist,
                                &level,
                                &globals,
                                locals.as_ref(),
                                &builtins
                            ));
                            f.stack.push(m);
                        }
                        I::ImportFrom(i) => {
                            let name = f.code.names[i as usize].clone();
                            let m = top!();
                            let v = tri!(self.import_from(&m, &name));
                            f.stack.push(v);
                        }
                        I::ImportStar => {
                            let m = pop!();
                            let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            tri!(self.import_star(&m, &target));
                        }
                        I::SetupAnnotations => {
                            let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            let key = self.intern("__annotations__");
                            if tri!(self.mapping_get(&target, &key)).is_none() {
                                let d = Value::Obj(self.new_dict());
                                tri!(self.store_to_mapping(&target, key, d));
                            }
                        }
                        I::PrintExpr => {
                            let v = pop!();
                            if !v.is_none() {
                                let r = tri!(self.repr(&v));
                                let s = r.as_str().unwrap_or("").to_string();
                                tri!(self.write_stdout(&format!("{s}\n")));
                                let b = self.builtins_dict.clone();
                                crate::typeobj::dict_of(&b).set_str(Value::str("_"), v);
                            }
                        }
                        I::GetLen => {
                            let v = top!();
                            let n = tri!(self.len(&v));
                            f.stack.push(Value::Int(n as i64));
                        }
                        I::MatchMapping => {
                            let v = top!();
                            let r = self.is_mapping(&v);
                            f.stack.push(Value::Bool(r));
                        }
                        I::MatchSequence => {
                            let v = top!();
                            let r = self.is_sequence(&v);
                            f.stack.push(Value::Bool(r));
                        }
                        I::MatchKeys => {
                            let keys = top!();
                            let subject = f.stack[f.stack.len() - 2].clone();
                            let r = tri!(self.match_keys(&subject, &keys));
                            f.stack.push(r);
                        }
                        I::MatchClass(n) => {
                            let names = pop!();
                            let cls = pop!();
                            let subject = pop!();
                            let r = tri!(self.match_class(&subject, &cls, n as usize, &names));
                            f.stack.push(r);
                        }
                        I::CopyDictWithoutKeys => {
                            let keys = pop!();
                            let mapping = pop!();
                            let r = tri!(self.copy_without_keys(&mapping, &keys));
                            f.stack.push(r);
                        }
                        I::CheckEgMatch => {
                            let ty = pop!();
                            let exc = pop!();
                            let (rest, matched) = tri!(self.exception_group_match(&exc, &ty));
                            // The matched part is what the clause handles.
                            if !matched.is_none() {
                                self.exc_info = matched.clone();
                            }
                            f.stack.push(rest);
                            f.stack.push(matched);
                        }
                        I::PrepReraiseStar => {
                            let excs = pop!();
                            let orig = pop!();
                            let r = tri!(self.prep_reraise_star(&orig, &excs));
                            f.stack.push(r);
                        }
                    }
                    break 'dispatch;
                }
            };
            // An exception at f.lasti: find a handler in this frame or unwind.
            self.unwind(f, callers, err)?;
        }
    }

    /// Push a new Python frame for a call made from Python code.
    #[inline(always)]
    fn push_frame(
        &mut self,
        f: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        frame: Box<Frame>,
    ) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        let caller = std::mem::replace(f, frame);
        callers.push(caller);
        probes::function_entry(f);
        Ok(())
    }

    /// Route `err` raised at `f.lasti` to a handler, popping frames that
    /// have none. Returns Err when it leaves the base frame.
    fn unwind(
        &mut self,
        f: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        err: PyErr,
    ) -> PyResult<()> {
        crate::exc::add_traceback(self, &err, f);
        self.chain_context(&err);
        self.handle_in_frames(f, callers, err)
    }

    /// Like `unwind` for a re-raise: the traceback is left as it is.
    fn handle_in_frames(
        &mut self,
        f: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        err: PyErr,
    ) -> PyResult<()> {
        loop {
            if let Some(h) = f.code.code.handler_for(f.lasti as u32).copied() {
                f.stack.truncate(h.depth as usize);
                if h.push_lasti {
                    f.stack.push(Value::Int(f.lasti as i64));
                }
                f.stack.push(Value::Obj(err.exc));
                f.ip = h.handler as usize;
                return Ok(());
            }
            probes::function_return(f);
            match callers.pop() {
                Some(caller) => {
                    self.depth -= 1;
                    let done = std::mem::replace(f, caller);
                    self.recycle_frame(done);
                    crate::exc::add_traceback(self, &err, f);
                }
                None => return Err(err),
            }
        }
    }

    /// Set `__context__` of a newly raised exception to the one being
    /// handled (implicit chaining), breaking a cycle the way CPython's
    /// `_PyErr_SetObject` does: the link that points back to the new
    /// exception is cut.
    fn chain_context(&mut self, err: &PyErr) {
        let Value::Obj(cur) = &self.exc_info else {
            return;
        };
        if cur.is(&err.exc) {
            return;
        }
        let mut o = cur.clone();
        for _ in 0..10_000 {
            let Payload::Exception(x) = &o.payload else {
                break;
            };
            let next = x.borrow().context.clone();
            match next {
                Value::Obj(n) if n.is(&err.exc) => {
                    x.borrow_mut().context = Value::None;
                    break;
                }
                Value::Obj(n) => o = n,
                _ => break,
            }
        }
        if let Payload::Exception(e) = &err.exc.payload {
            e.borrow_mut().context = Value::Obj(cur.clone());
        }
    }

    fn load_name(&mut self, f: &Frame, name: &Value) -> PyResult<Value> {
        if let Some(l) = &f.locals {
            if let Some(v) = self.mapping_get(l, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = crate::typeobj::dict_of(&f.globals).get_name(name) {
            return Ok(v);
        }
        if let Some(v) = crate::typeobj::dict_of(&f.builtins).get_name(name) {
            return Ok(v);
        }
        let n = name.as_str().unwrap_or("").to_string();
        Err(self.new_error("NameError", format!("name '{n}' is not defined")))
    }

    /// Read a key from a namespace mapping (a dict, or any mapping from
    /// `__prepare__`): None when absent.
    pub fn mapping_get(&mut self, m: &PyRef, key: &Value) -> PyResult<Option<Value>> {
        if let Payload::Dict(d) = &m.payload {
            if m.class.is_none() {
                return d.get(self, key);
            }
        }
        match self.getitem(&Value::Obj(m.clone()), key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn store_to_mapping(&mut self, m: &PyRef, key: Value, v: Value) -> PyResult<()> {
        if let Payload::Dict(d) = &m.payload {
            if m.class.is_none() {
                d.set_str(key, v);
                return Ok(());
            }
        }
        self.setitem(&Value::Obj(m.clone()), &key, v)
    }

    fn delete_name(&mut self, m: &PyRef, name: &Value) -> PyResult<()> {
        let r = match &m.payload {
            Payload::Dict(d) if m.class.is_none() => d.remove(self, name)?.is_some(),
            _ => self.delitem(&Value::Obj(m.clone()), name).is_ok(),
        };
        if !r {
            let n = name.as_str().unwrap_or("").to_string();
            return Err(self.new_error("NameError", format!("name '{n}' is not defined")));
        }
        Ok(())
    }

    fn intern_ref(&self, s: &str) -> Value {
        Value::str(s)
    }

    fn unbound_deref(&mut self, f: &Frame, i: usize) -> PyErr {
        let name = deref_name(f, i);
        let ncells = f.code.code.cellvars.len();
        let nvars = f.code.code.varnames.len();
        if i < nvars + ncells {
            self.new_error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.new_error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn make_function(
        &mut self,
        f: &Frame,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let Some(Payload::Code(code)) = code.payload() else {
            return Value::None;
        };
        let code = code.clone();
        let closure = closure.map(|c| {
            crate::ops::tuple_items(&c)
                .into_iter()
                .filter_map(|v| v.as_obj().cloned())
                .collect::<Vec<_>>()
                .into_boxed_slice()
        });
        let module = crate::typeobj::dict_of(&f.globals)
            .get_str("__name__")
            .unwrap_or(Value::None);
        let doc = match &code.code.docstring {
            Some(d) => Value::str(d.clone()),
            None => Value::None,
        };
        let func = crate::object::Function {
            name: RefCell::new(code.code.name.clone()),
            qualname: RefCell::new(code.code.qualname.clone()),
            code,
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            defaults: RefCell::new(defaults.map(|d| crate::ops::tuple_items(&d))),
            kwdefaults: RefCell::new(kwdefaults.and_then(|k| k.as_obj().cloned())),
            closure,
            doc: RefCell::new(doc),
            module,
            annotations: RefCell::new(Value::None),
        };
        Value::Obj(PyObject::bare(Payload::Function(Box::new(func))))
    }

    /// `raise exc [from cause]`: instantiate a class, check the type, set
    /// `__cause__`.
    fn make_raise(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let exc = self.normalize_exception(exc)?;
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Value::None
            } else {
                match self.normalize_exception(cause) {
                    Ok(c) => Value::Obj(c.exc),
                    Err(e) if self.err_is(&e, "TypeError") => {
                        return Err(
                            self.type_error("exception causes must derive from BaseException")
                        )
                    }
                    Err(e) => return Err(e),
                }
            };
            if let Payload::Exception(e) = &exc.exc.payload {
                let mut e = e.borrow_mut();
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        Ok(exc)
    }

    /// The exception object to raise for `raise v`.
    pub fn normalize_exception(&mut self, v: Value) -> PyResult<PyErr> {
        if let Value::Obj(o) = &v {
            if matches!(o.payload, Payload::Exception(_)) {
                return Ok(PyErr::new(o.clone()));
            }
            if o.type_data().is_some() && crate::typeobj::is_subtype(o, &self.types.base_exception)
            {
                let inst = self.call(&v, &[])?;
                if let Value::Obj(i) = &inst {
                    if matches!(i.payload, Payload::Exception(_)) {
                        return Ok(PyErr::new(i.clone()));
                    }
                }
                let tn = self.type_name(&inst);
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {tn}",
                    crate::typeobj::type_name(o)
                )));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// The `__init__` to run directly for `cls(...)`: cls is a heap class
    /// with metaclass `type`, plain instance layout, object's `__new__`
    /// and a Python `__init__` (not a generator).
    #[inline]
    fn simple_init(&self, callable: &Value) -> Option<Value> {
        let Value::Obj(o) = callable else { return None };
        let td = o.type_data()?;
        if td.builtin
            || td.base != crate::object::BaseKind::Object
            || td.nslots.get() != 0
            || td.flags.get() & tflags::ABSTRACT != 0
        {
            return None;
        }
        if !o
            .class
            .as_ref()
            .map(|m| m.is(&self.types.type_))
            .unwrap_or(false)
        {
            return None;
        }
        let new = crate::typeobj::lookup(o, &self.name_new)?;
        let object_new = match new.payload() {
            Some(Payload::StaticMethod(f)) => {
                matches!(f.borrow().payload(), Some(Payload::Native(n)) if n.module == "object")
            }
            _ => false,
        };
        if !object_new {
            return None;
        }
        let init = crate::typeobj::lookup(o, &self.name_init)?;
        match init.payload() {
            Some(Payload::Function(func))
                if func.code.code.flags & (flags::GENERATOR | flags::COROUTINE) == 0 =>
            {
                Some(init)
            }
            _ => None,
        }
    }

    /// Record the calling frame's namespaces for natives that read them
    /// (globals(), locals(), vars(), dir(), eval(), exec()).
    fn snapshot_frame(&mut self, f: &Frame) {
        let locals = match &f.locals {
            Some(l) => Value::Obj(l.clone()),
            None => {
                // A function frame: its fast locals as a new dict.
                let d = crate::dict::PyDict::new();
                let c = &f.code.code;
                for (i, name) in f.code.varnames.iter().enumerate() {
                    let v = &f.fast[i];
                    let v = if c.cellvars.iter().any(|n| Some(n.as_str()) == name.as_str()) {
                        Value::Null
                    } else {
                        v.clone()
                    };
                    if !v.is_null() {
                        d.set_str(name.clone(), v);
                    }
                }
                let nvars = c.varnames.len();
                for (j, n) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
                    let v = cell_get(&f.fast[nvars + j]);
                    if !v.is_null() {
                        d.set_str(Value::str(n.clone()), v);
                    }
                }
                Value::Obj(PyObject::bare(Payload::Dict(Box::new(d))))
            }
        };
        self.frame_snapshot = Some((f.globals.clone(), locals));
    }

    fn call_from_stack(&mut self, items: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let callable = &items[0];
        let slf = &items[1];
        if slf.is_null() {
            return self.call_args(
                callable,
                Args {
                    args: &items[2..],
                    kwnames,
                },
            );
        }
        // A method found by LoadMethod: builtin descriptors take self apart.
        if let Value::Obj(o) = callable {
            if let Payload::MethodDescr(n) = &o.payload {
                return (n.func)(
                    self,
                    slf,
                    Args {
                        args: &items[2..],
                        kwnames,
                    },
                );
            }
        }
        self.call_args(
            callable,
            Args {
                args: &items[1..],
                kwnames,
            },
        )
    }

    /// Resume a generator (or call `send`/`__next__` of another iterator)
    /// for `yield from`: Ok(yielded) or Err(return value).
    fn delegate_send(&mut self, sub: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
        if let Some(Payload::Generator(_)) = sub.payload() {
            return self.gen_send(sub, sent);
        }
        let r = if sent.is_none() {
            self.next(sub)
        } else {
            let m = self.getattr_str(sub, "send")?;
            match self.call(&m, &[sent]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_is(&e, "StopIteration") => {
                    return Ok(Err(crate::exc::stop_iteration_value(&e)));
                }
                Err(e) => Err(e),
            }
        };
        match r {
            Ok(Some(v)) => Ok(Ok(v)),
            Ok(None) => Ok(Err(self.take_stop_value())),
            Err(e) => Err(e),
        }
    }
}

/// Re-raise without touching the traceback: route to a handler here or in
/// a caller. Returns Err when no frame handles it.
fn return_reraise(
    vm: &mut Vm,
    f: &mut Box<Frame>,
    callers: &mut Vec<Box<Frame>>,
    err: PyErr,
) -> PyResult<()> {
    vm.handle_in_frames(f, callers, err)
}

/// Does calling this read the caller's frame?
#[inline]
fn needs_frame(callable: &Value) -> bool {
    match callable.payload() {
        Some(Payload::Native(n)) => n.needs_frame,
        _ => false,
    }
}

fn cell_get(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    }
}

fn cell_set(cell: &Value, v: Value) {
    if let Some(Payload::Cell(c)) = cell.payload() {
        let old = std::mem::replace(&mut *c.borrow_mut(), v);
        drop(old);
    }
}

fn deref_name(f: &Frame, i: usize) -> String {
    let c = &f.code.code;
    let nvars = c.varnames.len();
    if i < nvars {
        return c.varnames[i].clone();
    }
    let j = i - nvars;
    if j < c.cellvars.len() {
        return c.cellvars[j].clone();
    }
    c.freevars
        .get(j - c.cellvars.len())
        .cloned()
        .unwrap_or_default()
}
