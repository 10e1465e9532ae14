//! The frame evaluator: one flat `match` over the instruction set.
//!
//! CPython counterpart: `Python/ceval.c` and `Python/bytecodes.c`.
//!
//! Invariants:
//! - A call of a Python function from Python code makes the callee the
//!   running frame, its caller linked from it (`Frame::caller`), and
//!   continues in the same loop: Python-to-Python
//!   calls never recurse on the Rust stack. Only calls that come from Rust
//!   (a builtin calling a key function, `__repr__` from `repr()`, a
//!   generator being resumed) start a nested `run_frame`, and those count
//!   against the recursion limit through `Vm::depth`.
//! - `lasti` is set before an instruction executes, so any error raised by
//!   it is attributed to its line (Lua's `Protect`).
//! - Unwinding uses the code object's exception table only; a frame with no
//!   covering handler is popped and the error continues in its caller.

use crate::attr::{slot_member_index, SLOT_INDEX};
use crate::frame::Frame;
use crate::object::{tflags, Args, IterKind, Payload, PyObject, PyRef};
use crate::value::Value;
use crate::vm::Vm;
use crate::{probes, PyErr, PyResult};
use pyprobe_bytecode::{flags, Instruction as I};
use std::cell::RefCell;

/// How a copy of the dispatch loop (`Vm::frames`) left.
enum Leave {
    /// The run ended.
    Done(PyResult<Exit>),
    /// The other copy goes on from the running frame.
    Switch,
    /// The untraced copy pushed the running frame and found a probe
    /// enabled: its `function__entry` fires, and the traced copy goes on.
    Entered,
}

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
        let mut f = frame;
        probes::function_entry(&f);
        // generator.throw(): the exception is raised where the frame is
        // suspended.
        let throw = self.pending_throw.take();
        let result = self.eval_loop(&mut f, throw);
        // An error leaving the run popped every frame it pushed; restore
        // the depth either way.
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
    ///
    /// Fast locals and value stacks of all the frames of this run live in
    /// one vector, `stack`, as CPython's data stack: a frame's locals start
    /// at its `fbase` and its value stack follows them; a call's arguments
    /// become the callee's first locals where they are. The base frame is
    /// moved in from its own `fast`/`stack` at the start and back out when
    /// it yields (a generator keeps its frame). A generator resumed by a
    /// `for` or `yield from` of this run swaps its own vector in as the
    /// stack (`run_gen_frame!`) and swaps it out when it yields, returns
    /// or raises, so its values are never copied.
    fn eval_loop(&mut self, f: &mut Box<Frame>, throw: Option<PyErr>) -> PyResult<Exit> {
        // The base frame's `fast` (its locals, and a suspended generator's
        // value stack after them) becomes the stack, a spare empty vector
        // taking its place: starting or resuming a frame copies nothing.
        // A run of a generator drained by `collect` (taken here, so runs
        // nested in it do not see it).
        let mut sink = self.drain_sink.take();
        let mut stack: Vec<Value> = self.stack_pool.pop().unwrap_or_default();
        std::mem::swap(&mut stack, &mut f.fast);
        // Room for the frame's value stack: frames are made with it, and
        // the vectors circulating between frames and the pool soon all
        // have it.
        stack.reserve(f.code.code.max_stackdepth as usize + 2);
        f.fbase = 0;
        f.ret_base = 0;
        let result = 'run: {
            // generator.throw(): the exception is raised where the frame is
            // suspended.
            if let Some(err) = throw {
                if let Err(e) = self.unwind(f, err, &mut stack) {
                    break 'run Err(e);
                }
            }
            // The run goes on in the copy of the loop that matches the
            // evaluator's probes, and changes copy when they change.
            let mut traced = probes::ENABLED_IN_BUILD && probes::eval_enabled();
            loop {
                let leave = if traced {
                    self.frames::<true>(f, &mut stack, &mut sink)
                } else {
                    self.frames::<false>(f, &mut stack, &mut sink)
                };
                match leave {
                    Leave::Done(r) => break 'run r,
                    Leave::Switch => traced = !traced,
                    Leave::Entered => {
                        // The untraced copy pushed `f` and saw a probe enabled.
                        probes::function_entry(f);
                        traced = true;
                    }
                }
            }
        };
        stack.clear();
        self.stack_pool.push(stack);
        if sink.is_some() {
            self.drain_sink = sink;
        }
        result
    }

    /// The frames of a run, from the running one `f` (its `ip` the next
    /// instruction), until the base frame returns or yields, or until the
    /// evaluator's probes call for the other copy (`f` is synced and the
    /// other copy resumes it).
    ///
    /// The two copies are the same source. The untraced copy has no probe
    /// site: it is the default build's loop plus one poll of
    /// `probes::eval_enabled` at backward jumps and at frame pushes, where
    /// it leaves for the traced copy. The `TRACED` copy fires the function,
    /// cfunction and line probes; while `line` is enabled it dispatches on
    /// `TraceLine` tables (the table is chosen at each frame switch and
    /// re-chosen when a backward jump or `TraceLine` sees `line` change),
    /// and it leaves for the untraced copy at a frame switch that finds no
    /// probe enabled.
    // Inlined into `eval_loop`: measured faster in both builds (see
    // docs/benchmarks.md, "Two copies of the dispatch loop").
    #[inline(always)]
    fn frames<const TRACED: bool>(
        &mut self,
        f: &mut Box<Frame>,
        stack_slot: &mut Vec<Value>,
        sink_slot: &mut Option<Box<crate::iter::Drain>>,
    ) -> Leave {
        let mut stack = std::mem::take(stack_slot);
        let mut sink = sink_slot.take();
        let result = 'switch: {
            let r = 'run: {
                'frames: loop {
                    // Re-read after every frame switch: the instructions of the
                    // running frame, held locally so the fetch is one indexed load,
                    // and where its locals and value stack start.
                    let code = &f.code;
                    let fbase = f.fbase;
                    let sbase = fbase + code.nlocals;
                    // The traced copy reads the probes at every frame switch:
                    // with none enabled it leaves; with `line` it runs the
                    // `TraceLine` table (re-read at backward jumps for a
                    // tracer attaching, by `TraceLine` for one detaching).
                    // Which table runs is the state, kept in no variable.
                    if probes::ENABLED_IN_BUILD && TRACED && !probes::eval_enabled() {
                        break 'switch Leave::Switch;
                    }
                    let instrs: &[I] = code.dispatch_table(TRACED && probes::line_enabled());
                    // The executing index is clamped to the last instruction
                    // (every code ends in a return, and a frame never runs past
                    // it), so the fetch needs no bounds check and the dispatch
                    // no branch of its own (measured in docs/benchmarks.md).
                    let Some(last) = instrs.len().checked_sub(1) else {
                        break 'run Err(self.runtime_error("code object has no instructions"));
                    };
                    // The next instruction and the executing one live in locals;
                    // the frame's `ip`/`lasti` are written only where something
                    // else reads them (`sync!`): before a frame switch, a return or
                    // yield, a native call, a probe, and when an error leaves the
                    // loop.
                    let mut pc: usize = f.ip;
                    let mut at: usize;
                    macro_rules! sync {
                        () => {{
                            f.ip = pc;
                            f.lasti = at;
                        }};
                    }
                    // Run the frame just pushed (`push_frame`): the traced copy
                    // fires `function__entry`; the untraced one polls the
                    // probes and leaves for the traced copy, which fires it,
                    // when one is enabled.
                    macro_rules! entered {
                        () => {{
                            if TRACED {
                                probes::function_entry(f);
                            } else if probes::ENABLED_IN_BUILD && probes::eval_enabled() {
                                break 'switch Leave::Entered;
                            }
                            continue 'frames;
                        }};
                    }
                    // Switch to `frame`, its locals in place on the stack: the call
                    // counts against the recursion limit and the probes are polled.
                    macro_rules! enter_frame {
                        ($frame:expr) => {{
                            let frame = $frame;
                            sync!();
                            tri!(self.enter_call());
                            self.push_frame(f, frame);
                            entered!();
                        }};
                    }
                    // Push a `positional_frame`, whose arguments are its first locals
                    // where they lie: its `extra` other locals start unset.
                    macro_rules! push_in_place {
                        ($frame:expr, $extra:expr) => {{
                            let frame = $frame;
                            for _ in 0..$extra {
                                stack.push(Value::Null);
                            }
                            enter_frame!(frame);
                        }};
                    }
                    // Push a frame built with its own locals (`function_frame`) for
                    // a call whose callable sits at `base`: the locals move onto the
                    // stack in place of the callable and arguments.
                    macro_rules! push_built {
                        ($frame:expr, $base:expr) => {{
                            let mut frame = $frame;
                            let base = $base;
                            stack.truncate(base);
                            frame.fbase = base;
                            frame.ret_base = base;
                            stack.append(&mut frame.fast);
                            enter_frame!(frame);
                        }};
                    }
                    // A yielding frame (always the base frame of a run, so its locals
                    // start at 0) takes its locals and value stack back.
                    macro_rules! park_base {
                        () => {{
                            std::mem::swap(&mut stack, &mut f.fast);
                        }};
                    }
                    // A generator frame taken by `take_gen_frame` runs on its own
                    // vector (its locals, then its value stack, from 0), which
                    // becomes the stack; the caller's stack waits in the frame's
                    // `fast` until the generator yields, returns or raises. A
                    // switch moves three words each way, not the generator's values.
                    macro_rules! run_gen_frame {
                        ($gf:expr) => {{
                            let gf: &mut Box<Frame> = &mut $gf;
                            gf.fbase = 0;
                            gf.ret_base = 0;
                            std::mem::swap(&mut stack, &mut gf.fast);
                        }};
                    }
                    // Yield `$v`. A generator run by a caller's `for` (`f.gen`) goes
                    // back into its generator, keeping its locals and stack, and `$v`
                    // is the loop's next item; the base frame parks and the run ends.
                    // A caller delegating to the generator with `yield from`
                    // (pushed by `YieldFrom`) yields the value in turn, staying
                    // on its `YieldFrom`, which sends it what it is resumed with.
                    macro_rules! yield_value {
                        ($v:expr) => {{
                            let v = $v;
                            sync!();
                            if TRACED {
                                probes::function_return(f);
                            }
                            while f.gen.is_some() {
                                let Some(caller) = f.caller.take() else { break };
                                std::mem::swap(&mut stack, &mut f.fast);
                                self.depth -= 1;
                                let gf = std::mem::replace(f, caller);
                                self.suspend_gen_frame(gf);
                                match f.code.code.instructions.get(f.lasti) {
                                    Some(I::YieldFrom) => {
                                        if TRACED {
                                            probes::function_return(f);
                                        }
                                        continue;
                                    }
                                    Some(&I::ForIterStoreFast(a, t)) => {
                                        // The loop variable takes the item here, as
                                        // the fused `StoreFast` would, and the body
                                        // goes on after it.
                                        stack[f.fbase + a as usize] = v;
                                        f.ip = t as usize + 1;
                                        if crate::object::has_pending_finalizers() {
                                            self.run_finalizers_in(f);
                                        }
                                    }
                                    Some(&I::ForIter(t)) => {
                                        stack.push(v);
                                        f.ip = t as usize;
                                    }
                                    _ => stack.push(v),
                                }
                                continue 'frames;
                            }
                            if let Some(drain) = sink.as_mut() {
                                if f.caller.is_none() {
                                    // Drained: taken, and the generator goes on as if
                                    // resumed with None; a refused value (its error
                                    // kept in the drain) stops it at this yield.
                                    if drain.take(self, v) {
                                        stack.push(Value::None);
                                        if TRACED {
                                            probes::function_entry(f);
                                        }
                                        continue 'frames;
                                    }
                                    park_base!();
                                    break 'run Ok(Exit::Yield(Value::None));
                                }
                            }
                            park_base!();
                            break 'run Ok(Exit::Yield(v));
                        }};
                    }
                    let err: PyErr = 'instr: loop {
                        macro_rules! tri {
                            ($e:expr) => {
                                match $e {
                                    Ok(v) => v,
                                    Err(e) => {
                                        std::hint::cold_path();
                                        break 'instr e;
                                    }
                                }
                            };
                        }
                        // Take the top value. It is copied out word by word (an
                        // object's count goes up, then down as the slot is
                        // dropped, see `Value`'s `Clone`): moving it out whole
                        // would copy it with one 16-byte load, which stalls when
                        // the value was just pushed with two 8-byte stores (no
                        // store forwarding).
                        macro_rules! pop {
                            () => {
                                match stack.last() {
                                    Some(top) => {
                                        let v = top.clone();
                                        stack.truncate(stack.len() - 1);
                                        v
                                    }
                                    None => Value::Null,
                                }
                            };
                        }
                        // Pop the top value as a condition: a bool is read in place,
                        // anything else goes through `__bool__`/`__len__`.
                        macro_rules! pop_truth {
                            () => {
                                match stack.last() {
                                    Some(Value::Bool(b)) => {
                                        let b = *b;
                                        stack.truncate(stack.len() - 1);
                                        b
                                    }
                                    _ => {
                                        let v = pop!();
                                        tri!(self.is_true(&v))
                                    }
                                }
                            };
                        }
                        // The truth of the top value, left on the stack: a bool
                        // read in place, anything else through `is_true`.
                        macro_rules! peek_truth {
                            () => {
                                match stack.last() {
                                    Some(Value::Bool(b)) => *b,
                                    _ => {
                                        let v = top!();
                                        tri!(self.is_true(&v))
                                    }
                                }
                            };
                        }
                        // The two top values by reference (read word by word, as
                        // `pop!` explains).
                        macro_rules! peek2 {
                            () => {
                                match &stack[..] {
                                    [.., a, b] => (a, b),
                                    _ => (&Value::Null, &Value::Null),
                                }
                            };
                        }
                        macro_rules! top {
                            () => {
                                stack.last().cloned().unwrap_or(Value::Null)
                            };
                        }
                        let ip = pc.min(last);
                        at = ip;
                        let fetched = instrs[ip];
                        pc = ip + 1;
                        // Jump to instruction `$t`: a conditional jump, always
                        // forward (backward jumps go through `loop_jump!`, which
                        // polls the probes).
                        macro_rules! jump {
                            ($t:expr) => {{
                                pc = $t as usize;
                            }};
                        }
                        // A jump that may go backward (a loop's): it polls the
                        // probes, so that a tracer attached while a loop runs
                        // sees it from the next iteration on. The untraced copy
                        // leaves for the traced one when any is enabled; the
                        // traced copy, on the plain table, re-chooses the table
                        // when `line` is (`TraceLine` sees it disabled).
                        macro_rules! loop_jump {
                            ($t:expr) => {{
                                let t = $t as usize;
                                pc = t;
                                // A SIGINT is polled at backward jumps, as
                                // CPython polls its eval breaker.
                                if t <= ip && crate::signals::pending() {
                                    break 'instr self.keyboard_interrupt_taken();
                                }
                                if probes::ENABLED_IN_BUILD && t <= ip {
                                    if !TRACED && probes::eval_enabled() {
                                        sync!();
                                        break 'switch Leave::Switch;
                                    }
                                    if TRACED
                                        && probes::line_enabled()
                                        && std::ptr::eq(
                                            instrs.as_ptr(),
                                            code.code.instructions.as_ptr(),
                                        )
                                    {
                                        sync!();
                                        continue 'frames;
                                    }
                                }
                            }};
                        }
                        // The fallback of a fused operation: push local `a`
                        // (the run's first `LoadFast`) and go on with the
                        // plain instructions after it.
                        macro_rules! load_first {
                            ($a:expr) => {{
                                let v = stack[fbase + $a as usize].clone();
                                if v.is_null() {
                                    break 'instr self.unbound_local(f, $a as usize);
                                }
                                stack.push(v);
                                continue 'instr;
                            }};
                        }
                        // The fallback of a fused operation on local `a` and
                        // constant or local `b` (`fused_operands!`) whose operands
                        // it does not compute: both are pushed and the run's last
                        // plain instruction (`BinaryOp`, `CompareOp`) goes on with
                        // them; an unset local goes as `load_first!`.
                        macro_rules! load_operands {
                            ($a:expr, $b:expr, $with_const:pat) => {{
                                let (x, y) = fused_operands!($a, $b, $with_const);
                                if x.is_null() || y.is_null() {
                                    load_first!($a);
                                }
                                let (x, y) = (x.clone(), y.clone());
                                stack.push(x);
                                stack.push(y);
                                pc = ip + 2;
                                continue 'instr;
                            }};
                        }
                        // The outcome of a fused test: a conditional jump after the run is
                        // taken here, with no bool pushed (see `CompareOp`); otherwise the
                        // bool is pushed.
                        macro_rules! branch_after_run {
                            ($truth:expr) => {
                                branch_after_run!($truth, 3)
                            };
                            ($truth:expr, $width:expr) => {{
                                let truth = $truth;
                                match instrs.get(ip + $width) {
                                    Some(&I::PopJumpIfFalse(t)) if !truth => loop_jump!(t),
                                    Some(&I::PopJumpIfTrue(t)) if truth => loop_jump!(t),
                                    Some(I::PopJumpIfFalse(_) | I::PopJumpIfTrue(_)) => {
                                        pc = ip + $width + 1;
                                    }
                                    _ => {
                                        stack.push(Value::Bool(truth));
                                        pc = ip + $width;
                                    }
                                }
                                continue 'instr;
                            }};
                        }
                        // The local a fused `LoadFast` reads, the run's other
                        // instruction (at `ip + 1`) skipped.
                        macro_rules! fused_local {
                            ($a:expr) => {{
                                pc = ip + 2;
                                let v = stack[fbase + $a as usize].clone();
                                if v.is_null() {
                                    Err(self.unbound_local(f, $a as usize))
                                } else {
                                    Ok(v)
                                }
                            }};
                        }
                        let mut ins = fetched;
                        // The operands of a fused operation, in place: local `a`,
                        // and constant `b` in the form `$with_const`, else local `b`.
                        macro_rules! fused_operands {
                            ($a:expr, $b:expr, $with_const:pat) => {{
                                let x = &stack[fbase + $a as usize];
                                let y = match ins {
                                    $with_const => &code.consts[$b as usize],
                                    _ => &stack[fbase + $b as usize],
                                };
                                (x, y)
                            }};
                        }
                        'dispatch: loop {
                            match ins {
                                // Only in `TRACED` tables.
                                I::TraceLine if TRACED => {
                                    if !probes::line_enabled() {
                                        // The tracer detached: on from this
                                        // instruction with the plain ones (or
                                        // in the untraced copy).
                                        pc = ip;
                                        sync!();
                                        continue 'frames;
                                    }
                                    f.lasti = ip;
                                    probes::line(code, ip, &mut f.last_line, &mut f.line_lasti);
                                    ins = code.code.instructions[ip];
                                    continue 'dispatch;
                                }
                                // `TraceLine` never runs in the untraced copy.
                                I::Nop | I::TraceLine => {}
                                I::PopTop => {
                                    stack.pop();
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::Copy(n) => {
                                    let v = stack[stack.len() - n as usize].clone();
                                    stack.push(v);
                                }
                                I::Swap(n) => {
                                    let len = stack.len();
                                    crate::object::swap_values(
                                        &mut stack,
                                        len - 1,
                                        len - n as usize,
                                    );
                                }
                                I::PushNull => stack.push(Value::Null),
                                // The two fused runs below take `BinarySubscr`'s and
                                // `StoreSubscr`'s inline paths; otherwise they do
                                // their first two steps here and the run's last
                                // instruction follows.
                                I::CopySubscr => {
                                    let (c, k) = peek2!();
                                    if let Some(v) = item_in_place(c, k) {
                                        stack.push(v);
                                        pc = ip + 3;
                                        continue 'instr;
                                    }
                                    // Anything else by the general lookup,
                                    // reported at the `BinarySubscr`.
                                    at = ip + 2;
                                    tri!(self.copy_subscr_top(&mut stack));
                                    pc = ip + 3;
                                }
                                I::SwapStoreSubscr => {
                                    let old = match &stack[..] {
                                        [.., c, k, v] => store_in_place(c, k, v),
                                        _ => None,
                                    };
                                    if let Some(old) = old {
                                        stack.truncate(stack.len() - 3);
                                        drop(old);
                                        pc = ip + 3;
                                        continue 'instr;
                                    }
                                    // Anything else by the general store, reported
                                    // at the `StoreSubscr`.
                                    at = ip + 2;
                                    tri!(self.swap_store_subscr_top(&mut stack));
                                    pc = ip + 3;
                                }
                                I::LoadConst(i) => {
                                    let v = f.code.consts[i as usize].clone();
                                    stack.push(v);
                                }
                                I::LoadFast(i) => {
                                    let v = stack[fbase + i as usize].clone();
                                    if v.is_null() {
                                        break 'instr self.unbound_local(f, i as usize);
                                    }
                                    stack.push(v);
                                }
                                I::LoadFastNull(i) => {
                                    let v = tri!(fused_local!(i));
                                    stack.push(v);
                                    stack.push(Value::Null);
                                }
                                I::LoadFastLoadFast(a, b) => {
                                    let va = stack[fbase + a as usize].clone();
                                    let vb = stack[fbase + b as usize].clone();
                                    if va.is_null() || vb.is_null() {
                                        // Both loads are on one line and under one
                                        // handler, so the error is reported as either
                                        // plain instruction would report it.
                                        let k = if va.is_null() { a } else { b };
                                        break 'instr self.unbound_local(f, k as usize);
                                    }
                                    stack.push(va);
                                    stack.push(vb);
                                    pc = ip + 2;
                                }
                                I::LoadFastLoadConst(a, b) => {
                                    let va = stack[fbase + a as usize].clone();
                                    if va.is_null() {
                                        break 'instr self.unbound_local(f, a as usize);
                                    }
                                    stack.push(va);
                                    let vb = f.code.consts[b as usize].clone();
                                    stack.push(vb);
                                    pc = ip + 2;
                                }
                                I::BinaryOpFastConst(a, b, op) | I::BinaryOpFastFast(a, b, op) => {
                                    // Numbers computed from the operands in place.
                                    let (x, y) = fused_operands!(a, b, I::BinaryOpFastConst(..));
                                    let r = crate::ops::num_fast(x, y, op);
                                    if let Some(r) = r {
                                        // A `StoreFast` after the run takes the
                                        // result directly (`i = i + 1`).
                                        if let Some(&I::StoreFast(d)) = instrs.get(ip + 3) {
                                            stack[fbase + d as usize] = r;
                                            pc = ip + 4;
                                            if crate::object::has_pending_finalizers() {
                                                self.run_finalizers_in(f);
                                            }
                                            continue 'instr;
                                        }
                                        stack.push(r);
                                        pc = ip + 3;
                                        continue 'instr;
                                    }
                                    load_operands!(a, b, I::BinaryOpFastConst(..));
                                }
                                I::BinaryOpConst(c, op) => {
                                    // Likewise, the left operand on the stack.
                                    let r = match stack.last() {
                                        Some(x) => {
                                            crate::ops::num_fast(x, &code.consts[c as usize], op)
                                        }
                                        None => None,
                                    };
                                    if let Some(r) = r {
                                        if let Some(top) = stack.last_mut() {
                                            *top = r;
                                        }
                                        pc = ip + 2;
                                        continue 'instr;
                                    }
                                    stack.push(code.consts[c as usize].clone());
                                }
                                I::CompareFastConst(a, b, op) | I::CompareFastFast(a, b, op) => {
                                    // Likewise; a conditional jump after the run is
                                    // taken here, with no bool pushed (see `CompareOp`).
                                    let (x, y) = fused_operands!(a, b, I::CompareFastConst(..));
                                    let truth = crate::ops::num_cmp_fast(x, y, op);
                                    if let Some(truth) = truth {
                                        branch_after_run!(truth);
                                    }
                                    load_operands!(a, b, I::CompareFastConst(..));
                                }
                                I::CompareConst(c, op) => {
                                    // Likewise, the left operand on the stack.
                                    let truth = match stack.last() {
                                        Some(x) => crate::ops::num_cmp_fast(
                                            x,
                                            &code.consts[c as usize],
                                            op,
                                        ),
                                        None => None,
                                    };
                                    if let Some(truth) = truth {
                                        stack.pop();
                                        branch_after_run!(truth, 2);
                                    }
                                    stack.push(code.consts[c as usize].clone());
                                }
                                I::IsConst(c, invert) => {
                                    // Likewise, the left operand on the stack.
                                    let truth = match stack.pop() {
                                        Some(x) => x.is(&code.consts[c as usize]) != invert,
                                        None => invert,
                                    };
                                    branch_after_run!(truth, 2);
                                }
                                I::IsFastConst(a, b, invert) => {
                                    let x = &stack[fbase + a as usize];
                                    if x.is_null() {
                                        load_first!(a);
                                    }
                                    branch_after_run!(x.is(&code.consts[b as usize]) != invert);
                                }
                                I::StoreFast(i) => {
                                    let v = pop!();
                                    stack[fbase + i as usize] = v;
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::StoreFastStoreFast(a, b) => {
                                    let v = pop!();
                                    stack[fbase + a as usize] = v;
                                    let w = pop!();
                                    stack[fbase + b as usize] = w;
                                    pc = ip + 2;
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::DeleteFast(i) | I::ClearFast(i) => {
                                    if stack[fbase + i as usize].is_null() {
                                        if let I::ClearFast(_) = ins {
                                            continue 'instr;
                                        }
                                        break 'instr self.unbound_local(f, i as usize);
                                    }
                                    stack[fbase + i as usize] = Value::Null;
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::LoadFastAndClear(i) => {
                                    let v = std::mem::replace(
                                        &mut stack[fbase + i as usize],
                                        Value::Null,
                                    );
                                    stack.push(v);
                                }
                                I::LoadName(i) => {
                                    let name = f.code.names[i as usize].clone();
                                    let v = tri!(self.load_name(f, &name));
                                    stack.push(v);
                                }
                                I::StoreName(i) => {
                                    let name = f.code.names[i as usize].clone();
                                    let v = pop!();
                                    let target =
                                        f.locals.clone().unwrap_or_else(|| f.globals.clone());
                                    tri!(self.store_to_mapping(&target, name, v));
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::DeleteName(i) => {
                                    let name = f.code.names[i as usize].clone();
                                    let target =
                                        f.locals.clone().unwrap_or_else(|| f.globals.clone());
                                    tri!(self.delete_name(&target, &name));
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::LoadGlobal(i) | I::LoadGlobalNull(i) => {
                                    // The fused `PushNull` is pushed and skipped.
                                    macro_rules! push_global {
                                        ($v:expr) => {{
                                            stack.push($v);
                                            if let I::LoadGlobalNull(_) = ins {
                                                stack.push(Value::Null);
                                                pc = ip + 2;
                                            }
                                        }};
                                    }
                                    let g = crate::typeobj::dict_of(&f.globals);
                                    let slot = &code.global_cache[i as usize];
                                    let c = slot.get();
                                    if c.globals_id == f.globals.id() {
                                        // A global found at its index while the
                                        // globals' keys are unchanged (builtins do
                                        // not matter); a builtin while neither
                                        // namespace's keys changed.
                                        let hit = if !c.in_builtins {
                                            g.value_at_version(c.index, c.globals_version)
                                        } else if g.version() == c.globals_version {
                                            crate::typeobj::dict_of(&f.builtins)
                                                .value_at_version(c.index, c.builtins_version)
                                        } else {
                                            None
                                        };
                                        if let Some(v) = hit {
                                            push_global!(v);
                                            continue 'instr;
                                        }
                                    }
                                    let name = &f.code.names[i as usize];
                                    let b = crate::typeobj::dict_of(&f.builtins);
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
                                    let v = match crate::typeobj::dict_of(&f.globals).get_name(name)
                                    {
                                        Some(v) => v,
                                        None => {
                                            match crate::typeobj::dict_of(&f.builtins)
                                                .get_name(name)
                                            {
                                                Some(v) => v,
                                                None => {
                                                    break 'instr self.name_not_defined(name);
                                                }
                                            }
                                        }
                                    };
                                    push_global!(v);
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
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::LoadDeref(i) => {
                                    let v = cell_get(&stack[fbase + i as usize]);
                                    if v.is_null() {
                                        break 'instr self.unbound_deref(f, i as usize);
                                    }
                                    stack.push(v);
                                }
                                I::LoadClassDeref(i) => {
                                    let name = deref_name(f, i as usize);
                                    let from_ns = match &f.locals {
                                        Some(l) => {
                                            tri!(self.mapping_get(l, &self.intern_ref(&name)))
                                        }
                                        None => None,
                                    };
                                    let v = match from_ns {
                                        Some(v) => v,
                                        None => cell_get(&stack[fbase + i as usize]),
                                    };
                                    if v.is_null() {
                                        break 'instr self.unbound_deref(f, i as usize);
                                    }
                                    stack.push(v);
                                }
                                I::StoreDeref(i) => {
                                    let v = pop!();
                                    cell_set(&stack[fbase + i as usize], v);
                                }
                                I::DeleteDeref(i) => {
                                    if cell_get(&stack[fbase + i as usize]).is_null() {
                                        break 'instr self.unbound_deref(f, i as usize);
                                    }
                                    cell_set(&stack[fbase + i as usize], Value::Null);
                                }
                                I::LoadClosure(i) => {
                                    let v = stack[fbase + i as usize].clone();
                                    stack.push(v);
                                }
                                I::LoadAttr(i) | I::LoadFastAttr(_, i) => {
                                    let obj = match ins {
                                        I::LoadFastAttr(a, _) => {
                                            tri!(fused_local!(a))
                                        }
                                        _ => pop!(),
                                    };
                                    let mut getter = None;
                                    // Inline path: an instance attribute of a plain class
                                    // (no data descriptors, no __getattr__ hooks).
                                    if let Value::Obj(o) = &obj {
                                        if let (Payload::Instance(values), Some(cls)) =
                                            (&o.payload, &o.class)
                                        {
                                            // Cached for this class and epoch: the
                                            // value's index, no lookup at all.
                                            let c = code.attr_cache[i as usize].get();
                                            if let Some(k) =
                                                c.index_for(cls.id(), crate::typeobj::epoch)
                                            {
                                                let v = values.borrow().get(k).cloned();
                                                if let Some(v) = v {
                                                    stack.push(v);
                                                    continue 'instr;
                                                }
                                            }
                                            let plain = class_flags_are(
                                                cls,
                                                tflags::NO_DATA_DESCR | tflags::CUSTOM_GETATTR,
                                                tflags::NO_DATA_DESCR,
                                            );
                                            if plain {
                                                let hint = &code.attr_hints[i as usize];
                                                let name = &code.names[i as usize];
                                                let at = match name {
                                                    Value::Obj(n) => o.instance_attr_index(
                                                        n,
                                                        hint.get() as usize,
                                                        &code.attr_cache[i as usize],
                                                    ),
                                                    _ => None,
                                                };
                                                if let Some(k) = at {
                                                    if let Some(v) = values.borrow().get(k).cloned()
                                                    {
                                                        stack.push(v);
                                                        continue 'instr;
                                                    }
                                                }
                                                if let Some(v) = o.instance_attr(name, hint) {
                                                    stack.push(v);
                                                    continue 'instr;
                                                }
                                            } else {
                                                let name = &code.names[i as usize];
                                                let hint = &code.attr_hints[i as usize];
                                                let cache = &code.attr_cache[i as usize];
                                                match self
                                                    .descr_class_attr(o, cls, name, hint, cache)
                                                {
                                                    ClassAttr::Value(v) => {
                                                        stack.push(v);
                                                        continue 'instr;
                                                    }
                                                    ClassAttr::Getter(g) => getter = Some(g),
                                                    ClassAttr::Other => {}
                                                }
                                            }
                                        } else if let (Payload::Slotted(values), Some(cls)) =
                                            (&o.payload, &o.class)
                                        {
                                            // A `__slots__` member: its place, cached
                                            // for this class and epoch (an empty slot
                                            // raises through `getattr`).
                                            let cache = &code.attr_cache[i as usize];
                                            let k = match cache
                                                .get()
                                                .index_for(cls.id(), crate::typeobj::epoch)
                                            {
                                                Some(k) if k as u32 & SLOT_INDEX != 0 => {
                                                    Some(k & !(SLOT_INDEX as usize))
                                                }
                                                _ => slot_member_index(
                                                    cls,
                                                    &code.names[i as usize],
                                                    false,
                                                    cache,
                                                ),
                                            };
                                            if let Some(k) = k {
                                                let v = values.borrow().get(k).cloned();
                                                if let Some(v) = v.filter(|v| !v.is_null()) {
                                                    stack.push(v);
                                                    continue 'instr;
                                                }
                                            }
                                        }
                                    }
                                    // A module's global (`math.pi`), or a class's plain
                                    // value (`Direction.FORWARD`) that its metaclass
                                    // `type` does not define: read directly.
                                    if let Value::Obj(o) = &obj {
                                        let cc = &code.class_cache[i as usize];
                                        let epoch = crate::typeobj::epoch();
                                        if let Some(v) = cc.get(o, epoch) {
                                            stack.push(v);
                                            continue 'instr;
                                        }
                                        let name = &code.names[i as usize];
                                        if let Some(v) = self.plain_attr(o, name) {
                                            if let Payload::Type(_) = &o.payload {
                                                drop(cc.set(o, epoch, v.clone()));
                                                crate::typeobj::note_method_cache(code);
                                            }
                                            stack.push(v);
                                            continue 'instr;
                                        }
                                    }
                                    // A property whose getter is a Python function of
                                    // one parameter: `fget(obj)` runs in a frame of the
                                    // loop, as a call (CPython's LOAD_ATTR_PROPERTY);
                                    // its return value lands where the attribute goes.
                                    if let Some(Value::Obj(g)) = &getter {
                                        if let Payload::Function(func, _) = &g.payload {
                                            let base = stack.len();
                                            stack.push(Value::Obj(g.clone()));
                                            stack.push(Value::Null);
                                            stack.push(obj);
                                            let extra = func.code.nlocals - 1;
                                            let frame = self.positional_frame(func, base + 2, base);
                                            push_in_place!(frame, extra);
                                        }
                                    }
                                    let name = f.code.names[i as usize].clone();
                                    let v = tri!(self.getattr(&obj, &name));
                                    stack.push(v);
                                }
                                I::StoreAttr(i) | I::StoreAttrFast(_, i) => {
                                    let obj = match ins {
                                        I::StoreAttrFast(a, _) => tri!(fused_local!(a)),
                                        _ => pop!(),
                                    };
                                    let mut v = pop!();
                                    // Inline path: a plain instance's attribute goes
                                    // straight where it keeps its attributes.
                                    if let Value::Obj(o) = &obj {
                                        if let (Payload::Instance(_), Some(cls)) =
                                            (&o.payload, &o.class)
                                        {
                                            // Cached for this class and epoch: the
                                            // value is replaced at its index.
                                            let c = code.store_cache[i as usize].get();
                                            let cached =
                                                c.index_for(cls.id(), crate::typeobj::epoch);
                                            if let Some(k) = cached {
                                                match o.replace_instance_value(k, v) {
                                                    Ok(()) => continue 'instr,
                                                    Err(back) => v = back,
                                                }
                                            }
                                            // Cached, the name was found to go to the
                                            // instance in this epoch (a new one here).
                                            let plain = cached.is_some()
                                                || class_flags_are(
                                                    cls,
                                                    tflags::NO_DATA_DESCR | tflags::CUSTOM_SETATTR,
                                                    tflags::NO_DATA_DESCR,
                                                )
                                                || crate::attr::stores_in_instance(
                                                    self,
                                                    cls,
                                                    &code.names[i as usize],
                                                );
                                            if plain {
                                                let hint = &code.attr_hints[i as usize];
                                                let name = &code.names[i as usize];
                                                if let Value::Obj(n) = name {
                                                    match o.set_instance_attr_at(
                                                        n,
                                                        hint.get() as usize,
                                                        v,
                                                        &code.store_cache[i as usize],
                                                    ) {
                                                        Ok(()) => continue 'instr,
                                                        Err(back) => v = back,
                                                    }
                                                }
                                                match o.set_instance_attr(name, v, hint) {
                                                    Ok(()) => continue 'instr,
                                                    Err(back) => v = back,
                                                }
                                            }
                                        } else if let (Payload::Slotted(values), Some(cls)) =
                                            (&o.payload, &o.class)
                                        {
                                            // A `__slots__` member: stored at its
                                            // place, cached for this class and epoch.
                                            let cache = &code.store_cache[i as usize];
                                            let k = match cache
                                                .get()
                                                .index_for(cls.id(), crate::typeobj::epoch)
                                            {
                                                Some(k) if k as u32 & SLOT_INDEX != 0 => {
                                                    Some(k & !(SLOT_INDEX as usize))
                                                }
                                                _ => slot_member_index(
                                                    cls,
                                                    &code.names[i as usize],
                                                    true,
                                                    cache,
                                                ),
                                            };
                                            if let Some(k) = k {
                                                let mut slots = values.borrow_mut();
                                                if k < slots.len() {
                                                    let old = std::mem::replace(&mut slots[k], v);
                                                    drop(slots);
                                                    drop(old);
                                                    continue 'instr;
                                                }
                                            }
                                        }
                                    }
                                    let name = code.names[i as usize].clone();
                                    tri!(self.setattr(&obj, &name, v));
                                }
                                I::DeleteAttr(i) => {
                                    let name = f.code.names[i as usize].clone();
                                    let obj = pop!();
                                    tri!(self.delattr(&obj, &name));
                                    drop(obj);
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::LoadMethod(i) | I::LoadFastMethod(_, i) => {
                                    let obj = match ins {
                                        I::LoadFastMethod(a, _) => {
                                            tri!(fused_local!(a))
                                        }
                                        _ => pop!(),
                                    };
                                    // Inline path: a Python function of a plain
                                    // instance's class, not shadowed by an instance
                                    // attribute (what `load_method` finds first).
                                    if let Value::Obj(o) = &obj {
                                        if let (Payload::Instance(_), Some(cls)) =
                                            (&o.payload, &o.class)
                                        {
                                            let name = &code.names[i as usize];
                                            let mc = &code.method_cache[i as usize];
                                            if let Some(m) = cached_method(mc, o, cls, name) {
                                                stack.push(m);
                                                stack.push(obj);
                                                continue 'instr;
                                            }
                                            let plain =
                                                class_flags_are(cls, tflags::CUSTOM_GETATTR, 0);
                                            if plain {
                                                if let Some(m) = crate::typeobj::lookup(cls, name) {
                                                    if matches!(
                                                        m.payload(),
                                                        Some(Payload::Function(_, _))
                                                    ) {
                                                        let hint = &code.attr_hints[i as usize];
                                                        let lacks = match name {
                                                            Value::Obj(n) => {
                                                                o.lacks_instance_attr(n)
                                                            }
                                                            _ => false,
                                                        };
                                                        let shadowed = !lacks
                                                            && if o.has_dict() {
                                                                o.dict().is_some_and(|d| {
                                                                !matches!(
                                                                    &d.payload,
                                                                    Payload::Dict(dd)
                                                                        if dd.index_of_name(name).is_none()
                                                                )
                                                            })
                                                            } else {
                                                                o.instance_attr(name, hint)
                                                                    .is_some()
                                                            };
                                                        if !shadowed {
                                                            if lacks {
                                                                fill_method_cache(
                                                                    code, mc, cls, &m,
                                                                );
                                                            }
                                                            stack.push(m);
                                                            stack.push(obj);
                                                            continue 'instr;
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    // A module's function (`math.sqrt(x)`): called
                                    // without a self.
                                    // A class's function or staticmethod
                                    // (`object.__new__(cls)`): cached per site like
                                    // `LoadAttr`'s class values, called without a self.
                                    if let Value::Obj(o) = &obj {
                                        match &o.payload {
                                            Payload::Module(_) => {
                                                let name = &code.names[i as usize];
                                                if let Some(v) = self.plain_attr(o, name) {
                                                    stack.push(v);
                                                    stack.push(Value::Null);
                                                    continue 'instr;
                                                }
                                            }
                                            Payload::Type(_) => {
                                                let cc = &code.class_cache[i as usize];
                                                let epoch = crate::typeobj::epoch();
                                                let v = cc.get(o, epoch).or_else(|| {
                                                    let v = self
                                                        .plain_attr(o, &code.names[i as usize])?;
                                                    drop(cc.set(o, epoch, v.clone()));
                                                    crate::typeobj::note_method_cache(code);
                                                    Some(v)
                                                });
                                                if let Some(v) = v {
                                                    stack.push(v);
                                                    stack.push(Value::Null);
                                                    continue 'instr;
                                                }
                                            }
                                            _ => {}
                                        }
                                    }
                                    // A method of a built-in type's object (`d.get`,
                                    // `a.append`) from its cache, as `load_method_cached`
                                    // would find it.
                                    if let Value::Obj(o) = &obj {
                                        let mc = &code.method_cache[i as usize];
                                        if let Some(m) = self.cached_builtin_method(o, mc) {
                                            stack.push(m);
                                            stack.push(obj);
                                            continue 'instr;
                                        }
                                    }
                                    let name = f.code.names[i as usize].clone();
                                    let (m, slf) = tri!(self.load_method_cached(
                                        obj,
                                        &name,
                                        &code.method_cache[i as usize]
                                    ));
                                    stack.push(m);
                                    stack.push(slf);
                                }
                                I::CallSuper => {
                                    let obj = pop!();
                                    let cls = pop!();
                                    let sup = pop!();
                                    let v = tri!(self.call_super([sup, cls, obj]));
                                    stack.push(v);
                                }
                                I::LoadSuperAttr(i, two) | I::LoadSuperMethod(i, two) => {
                                    let obj = pop!();
                                    let cls = pop!();
                                    let sup = pop!();
                                    let method = matches!(ins, I::LoadSuperMethod(..));
                                    let name = &code.names[i as usize];
                                    let (v, slf) =
                                        tri!(self.load_super([sup, cls, obj], two, name, method));
                                    stack.push(v);
                                    if method {
                                        stack.push(slf);
                                    }
                                }
                                I::BinaryOp(op) => {
                                    // Numbers (`num_fast`): computed in place, the
                                    // operands read through references (see `peek2!`).
                                    if let Some(r) = {
                                        let (x, y) = peek2!();
                                        crate::ops::num_fast(x, y, op)
                                    } {
                                        let len = stack.len();
                                        stack.truncate(len - 1);
                                        stack[len - 2] = r;
                                        continue 'instr;
                                    }
                                    let b = pop!();
                                    let mut a = pop!();
                                    // `s += t` (or `s = s + t`) on a str local that holds the
                                    // only other reference: drop that reference and append
                                    // in place instead of copying (CPython does the same).
                                    if matches!(
                                        op,
                                        pyprobe_bytecode::BinOp::InplaceAdd
                                            | pyprobe_bytecode::BinOp::Add
                                    ) {
                                        if let (Value::Obj(ao), Some(t)) = (&a, b.as_str()) {
                                            if ao.class.is_none()
                                                && matches!(ao.payload, Payload::Str(_))
                                                && b.as_obj()
                                                    .map(|o| o.class.is_none())
                                                    .unwrap_or(false)
                                            {
                                                if let Some(I::StoreFast(j)) = instrs.get(ip + 1) {
                                                    if stack[fbase + *j as usize].is(&a) {
                                                        stack[fbase + *j as usize] = Value::Null;
                                                    }
                                                }
                                                if let Value::Obj(ao) = &mut a {
                                                    if let Some(obj) = ao.get_mut() {
                                                        if let Payload::Str(s) = &mut obj.payload {
                                                            if s.push_str(t).is_ok() {
                                                                stack.push(a);
                                                                continue 'instr;
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    let r = tri!(self.binary_op(&a, &b, op));
                                    stack.push(r.relay());
                                }
                                I::UnaryOp(op) => {
                                    // `not` of a bool, None or small int, in place.
                                    if op == pyprobe_bytecode::UnaryOp::Not {
                                        if let Some(top) = stack.last_mut() {
                                            let truth = match *top {
                                                Value::Bool(b) => Some(b),
                                                Value::None => Some(false),
                                                Value::Int(i) => Some(i != 0),
                                                _ => None,
                                            };
                                            if let Some(t) = truth {
                                                *top = Value::Bool(!t);
                                                continue 'instr;
                                            }
                                        }
                                    }
                                    let a = pop!();
                                    let r = tri!(self.unary_op(&a, op));
                                    stack.push(r);
                                }
                                I::CompareOp(op) => {
                                    // Fused with a following conditional jump (the common
                                    // `if a < b:`), no bool is pushed and popped.
                                    let next = instrs.get(ip + 1).copied();
                                    if let Some(I::PopJumpIfFalse(t) | I::PopJumpIfTrue(t)) = next {
                                        // Numbers compared in place.
                                        let quick = {
                                            let (x, y) = peek2!();
                                            crate::ops::num_cmp_fast(x, y, op)
                                        };
                                        if let Some(truth) = quick {
                                            stack.truncate(stack.len() - 2);
                                            if truth == matches!(next, Some(I::PopJumpIfTrue(_))) {
                                                loop_jump!(t);
                                            } else {
                                                pc = ip + 2;
                                            }
                                            continue 'instr;
                                        }
                                    }
                                    let b = pop!();
                                    let a = pop!();
                                    if let Some(I::PopJumpIfFalse(t) | I::PopJumpIfTrue(t)) = next {
                                        // (Numbers took the path above.)
                                        let truth = match tri!(self.compare(&a, &b, op)) {
                                            Value::Bool(b) => b,
                                            other => tri!(self.is_true(&other)),
                                        };
                                        let jump_when = matches!(next, Some(I::PopJumpIfTrue(_)));
                                        if truth == jump_when {
                                            loop_jump!(t);
                                        } else {
                                            pc = ip + 2;
                                        }
                                        continue 'instr;
                                    }
                                    let r = match crate::ops::num_cmp_fast(&a, &b, op) {
                                        Some(truth) => Value::Bool(truth),
                                        None => tri!(self.compare(&a, &b, op)),
                                    };
                                    stack.push(r);
                                }
                                I::IsOp(invert) => {
                                    let b = pop!();
                                    let a = pop!();
                                    stack.push(Value::Bool(a.is(&b) != invert));
                                }
                                I::ContainsOp(invert) => {
                                    let b = pop!();
                                    let a = pop!();
                                    let r = tri!(self.contains(&b, &a));
                                    stack.push(Value::Bool(r != invert));
                                }
                                I::BinarySubscrFastFast(a, b) => {
                                    // `BinarySubscr`'s inline path on two locals;
                                    // anything else runs the plain run.
                                    let (c, k) =
                                        (&stack[fbase + a as usize], &stack[fbase + b as usize]);
                                    if let Some(v) = item_in_place(c, k) {
                                        stack.push(v);
                                        pc = ip + 3;
                                        continue 'instr;
                                    }
                                    load_first!(a);
                                }
                                I::StoreSubscrFastFast(a, b) => {
                                    // `StoreSubscr`'s inline path, the value on the
                                    // stack and the list and index locals.
                                    let old = match stack.last() {
                                        Some(v) => {
                                            let c = &stack[fbase + a as usize];
                                            store_in_place(c, &stack[fbase + b as usize], v)
                                        }
                                        None => None,
                                    };
                                    if let Some(old) = old {
                                        stack.truncate(stack.len() - 1);
                                        drop(old);
                                        pc = ip + 3;
                                        continue 'instr;
                                    }
                                    // Anything else through the general store,
                                    // reported at the `StoreSubscr`.
                                    at = ip + 2;
                                    if tri!(self.store_subscr_locals(
                                        &mut stack,
                                        fbase + a as usize,
                                        fbase + b as usize
                                    )) {
                                        pc = ip + 3;
                                        continue 'instr;
                                    }
                                    at = ip;
                                    load_first!(a);
                                }
                                I::BinarySubscr => {
                                    // Inline path: an exact list or tuple indexed by an
                                    // int in range, the operands read in place (errors
                                    // take the general path).
                                    let hit = {
                                        let (c, k) = peek2!();
                                        item_in_place(c, k)
                                    };
                                    if let Some(v) = hit {
                                        let len = stack.len();
                                        stack.truncate(len - 1);
                                        stack[len - 2] = v;
                                        continue 'instr;
                                    }
                                    let k = pop!();
                                    let c = pop!();
                                    let r = tri!(self.getitem(&c, &k));
                                    stack.push(r);
                                }
                                I::StoreSubscr => {
                                    // Inline path: an exact list, an int index in range,
                                    // the operands (`value list index`) read in place.
                                    let old = match &stack[..] {
                                        [.., v, c, k] => store_in_place(c, k, v),
                                        _ => None,
                                    };
                                    if let Some(old) = old {
                                        // The old item is released after the borrow
                                        // ended, with the operands.
                                        stack.truncate(stack.len() - 3);
                                        drop(old);
                                        continue 'instr;
                                    }
                                    let k = pop!();
                                    let c = pop!();
                                    let v = pop!();
                                    tri!(self.setitem(&c, &k, v));
                                    drop((c, k));
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::DeleteSubscr => {
                                    let k = pop!();
                                    let c = pop!();
                                    tri!(self.delitem(&c, &k));
                                    drop((c, k));
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::BuildSlice(n) => {
                                    let step = if n == 3 { pop!() } else { Value::None };
                                    let stop = pop!();
                                    let start = pop!();
                                    stack.push(Value::Obj(PyObject::bare(Payload::Slice(
                                        Box::new([start, stop, step]),
                                    ))));
                                }
                                I::BuildTuple(n) => {
                                    self.push_tuple(&mut stack, n as usize);
                                }
                                I::BuildList(n) => {
                                    let items = stack.split_off(stack.len() - n as usize);
                                    stack.push(self.new_list(items));
                                }
                                I::BuildSet(n) => {
                                    let items = stack.split_off(stack.len() - n as usize);
                                    let s = crate::set::PySet::new();
                                    for it in items {
                                        tri!(s.add(self, it));
                                    }
                                    stack.push(Value::Obj(PyObject::bare(Payload::Set(Box::new(
                                        s,
                                    )))));
                                }
                                I::BuildMap(n) => {
                                    let items = stack.split_off(stack.len() - 2 * n as usize);
                                    let d = crate::dict::PyDict::new();
                                    let mut it = items.into_iter();
                                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                        tri!(d.set(self, k, v));
                                    }
                                    stack.push(Value::Obj(PyObject::bare(Payload::Dict(
                                        Box::new(d),
                                    ))));
                                }
                                I::BuildConstKeyMap(n) => {
                                    let keys = pop!();
                                    let values = stack.split_off(stack.len() - n as usize);
                                    let d = crate::dict::PyDict::new();
                                    let ks = crate::ops::tuple_items(&keys);
                                    for (k, v) in ks.into_iter().zip(values) {
                                        tri!(d.set(self, k, v));
                                    }
                                    stack.push(Value::Obj(PyObject::bare(Payload::Dict(
                                        Box::new(d),
                                    ))));
                                }
                                I::BuildString(n) => {
                                    let items = stack.split_off(stack.len() - n as usize);
                                    let mut s = String::new();
                                    for it in &items {
                                        s.push_str(it.as_str().unwrap_or(""));
                                    }
                                    stack.push(Value::str(s));
                                }
                                I::ListAppend(i) => {
                                    let v = pop!();
                                    let target = &stack[stack.len() - i as usize];
                                    if let Some(Payload::List(l)) = target.payload() {
                                        l.borrow_mut().push(v);
                                    }
                                }
                                I::SetAdd(i) => {
                                    let v = pop!();
                                    let target = stack[stack.len() - i as usize].clone();
                                    if let Some(Payload::Set(s)) = target.payload() {
                                        tri!(s.add(self, v));
                                    }
                                }
                                I::MapAdd(i) => {
                                    let v = pop!();
                                    let k = pop!();
                                    let target = stack[stack.len() - i as usize].clone();
                                    if let Some(Payload::Dict(d)) = target.payload() {
                                        tri!(d.set(self, k, v));
                                    }
                                }
                                I::ListExtend(i) => {
                                    let it = pop!();
                                    let target = stack[stack.len() - i as usize].clone();
                                    let items = match self.collect(&it) {
                                        Ok(items) => items,
                                        Err(e) => {
                                            if self.err_is(&e, "TypeError") && !self.has_iter(&it) {
                                                let tn = self.type_name(&it);
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
                                    let target = stack[stack.len() - i as usize].clone();
                                    let items = tri!(self.collect(&it));
                                    if let Some(Payload::Set(s)) = target.payload() {
                                        for x in items {
                                            tri!(s.add(self, x));
                                        }
                                    }
                                }
                                I::DictUpdate(i) | I::DictMerge(i) => {
                                    let m = pop!();
                                    let target = stack[stack.len() - i as usize].clone();
                                    let merge = matches!(ins, I::DictMerge(_));
                                    // In a call the stack is `callable NULL args kwargs`.
                                    let func = if merge {
                                        stack.get(stack.len().wrapping_sub(i as usize + 3)).cloned()
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
                                        Some(Payload::List(l)) => {
                                            std::mem::take(&mut *l.borrow_mut())
                                        }
                                        _ => Vec::new(),
                                    };
                                    stack.push(self.new_tuple(items));
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
                                    stack.push(r);
                                }
                                I::UnpackStoreFast(a, b) => {
                                    let pair = match stack.last() {
                                        Some(Value::Obj(o)) if o.class.is_none() => {
                                            match &o.payload {
                                                Payload::Tuple(t) if t.len() == 2 => {
                                                    Some((t[0].clone(), t[1].clone()))
                                                }
                                                Payload::List(l) => match l.try_borrow() {
                                                    Ok(items) => match &items[..] {
                                                        [x, y] => Some((x.clone(), y.clone())),
                                                        _ => None,
                                                    },
                                                    Err(_) => None,
                                                },
                                                _ => None,
                                            }
                                        }
                                        _ => None,
                                    };
                                    let Some((x, y)) = pair else {
                                        // Unpacked as `UnpackSequence(2)` would;
                                        // the two stores follow in place.
                                        let seq = pop!();
                                        let items = tri!(self.unpack(&seq, 2, None));
                                        stack.extend(items.into_iter().rev());
                                        continue 'instr;
                                    };
                                    stack.pop();
                                    stack[fbase + a as usize] = x;
                                    stack[fbase + b as usize] = y;
                                    pc = ip + 3;
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::UnpackSequence(n) => {
                                    let seq = pop!();
                                    // Exact tuples and lists of the right size: no copy.
                                    if let Value::Obj(o) = &seq {
                                        if o.class.is_none() {
                                            match &o.payload {
                                                Payload::Tuple(t) if t.len() == n as usize => {
                                                    stack.extend(t.iter().rev().cloned());
                                                    continue 'instr;
                                                }
                                                Payload::List(l)
                                                    if l.borrow().len() == n as usize =>
                                                {
                                                    stack.extend(l.borrow().iter().rev().cloned());
                                                    continue 'instr;
                                                }
                                                _ => {}
                                            }
                                        }
                                    }
                                    let items = tri!(self.unpack(&seq, n as usize, None));
                                    stack.extend(items.into_iter().rev());
                                }
                                I::UnpackEx { before, after } => {
                                    let seq = pop!();
                                    let items = tri!(self.unpack(
                                        &seq,
                                        before as usize,
                                        Some(after as usize)
                                    ));
                                    stack.extend(items.into_iter().rev());
                                }
                                I::Jump(t) => loop_jump!(t),
                                I::PopJumpIfFalse(t) => {
                                    let b = pop_truth!();
                                    if !b {
                                        loop_jump!(t);
                                    }
                                }
                                I::PopJumpIfTrue(t) => {
                                    let b = pop_truth!();
                                    if b {
                                        loop_jump!(t);
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
                                    let truth = peek_truth!();
                                    if !truth {
                                        jump!(t);
                                    } else {
                                        stack.pop();
                                    }
                                }
                                I::JumpIfTrueOrPop(t) => {
                                    let truth = peek_truth!();
                                    if truth {
                                        jump!(t);
                                    } else {
                                        stack.pop();
                                    }
                                }
                                I::GetIter => {
                                    let v = pop!();
                                    let it = tri!(self.get_iter(&v));
                                    stack.push(it);
                                }
                                I::ForIter(t) | I::ForIterStoreFast(_, t) => {
                                    // At the bottom of its loop: an item jumps back
                                    // into the body (`loop_jump!`, one site), the end
                                    // falls through. Inline path: the next item of a
                                    // range (step 1), list or tuple iterator; their ends
                                    // and every other iterator take the general path.
                                    let fast = match stack.last() {
                                        Some(Value::Obj(o)) => match (&o.class, &o.payload) {
                                            (None, Payload::Iter(k)) => {
                                                match k.try_borrow_mut().as_deref_mut() {
                                                    Ok(IterKind::Range {
                                                        next,
                                                        stop,
                                                        step: 1,
                                                    }) if *next < *stop => {
                                                        *next += 1;
                                                        Some(Value::Int(*next - 1))
                                                    }
                                                    Ok(IterKind::Seq {
                                                        seq: Value::Obj(so),
                                                        index,
                                                    }) => {
                                                        // One payload test each (not a
                                                        // match over the payload's kinds).
                                                        let item = if let Payload::Tuple(items) =
                                                            &so.payload
                                                        {
                                                            items.item(*index).cloned()
                                                        } else if let Payload::List(l) = &so.payload
                                                        {
                                                            l.try_borrow().ok().and_then(|l| {
                                                                l.get(*index).cloned()
                                                            })
                                                        } else {
                                                            None
                                                        };
                                                        if item.is_some() {
                                                            *index += 1;
                                                        }
                                                        item
                                                    }
                                                    _ => None,
                                                }
                                            }
                                            _ => None,
                                        },
                                        _ => None,
                                    };
                                    let item = match fast {
                                        Some(v) => Some(v),
                                        None => {
                                            // A generator: its frame runs here, pushed
                                            // like a call (CPython's FOR_ITER_GEN); its
                                            // yield comes back as the next item, its
                                            // return ends the loop.
                                            let gen_obj = match stack.last() {
                                                Some(Value::Obj(o))
                                                    if matches!(
                                                        o.payload,
                                                        Payload::Generator(_)
                                                    ) && self.depth < self.recursion_limit =>
                                                {
                                                    Some(o.clone())
                                                }
                                                _ => None,
                                            };
                                            if let Some(go) = gen_obj {
                                                if let Some(mut gf) = self.take_gen_frame(&go) {
                                                    if gf.lasti > 0 || gf.ip > 0 {
                                                        // The value of the suspended
                                                        // `yield`, unless a `PopTop` would
                                                        // drop it (a `yield` statement):
                                                        // then that is skipped.
                                                        if let Some(I::PopTop) =
                                                            gf.code.code.instructions.get(gf.ip)
                                                        {
                                                            gf.ip += 1;
                                                        } else {
                                                            gf.fast.push(Value::None);
                                                        }
                                                    }
                                                    run_gen_frame!(gf);
                                                    sync!();
                                                    self.depth += 1;
                                                    self.push_frame(f, gf);
                                                    entered!();
                                                }
                                            }
                                            let it = top!();
                                            tri!(self.next(&it))
                                        }
                                    };
                                    match item {
                                        Some(v) => {
                                            // The fused loop variable takes the item
                                            // (the old value goes as `StoreFast`'s
                                            // does) and the body goes on after its
                                            // `StoreFast`.
                                            let back = if let I::ForIterStoreFast(a, _) = ins {
                                                stack[fbase + a as usize] = v;
                                                if crate::object::has_pending_finalizers() {
                                                    self.run_finalizers_in(f);
                                                }
                                                t as usize + 1
                                            } else {
                                                stack.push(v);
                                                t as usize
                                            };
                                            loop_jump!(back);
                                        }
                                        None => {
                                            stack.pop();
                                        }
                                    }
                                }
                                I::Call(_) | I::CallKw(_) | I::CallFast(..) => {
                                    // `callable self_or_null args... [kwnames]`
                                    let (n, kwnames) = match ins {
                                        I::CallKw(n) => (n, pop!()),
                                        I::Call(n) => (n, Value::Null),
                                        I::CallFast(a, n) => {
                                            let v = tri!(fused_local!(a));
                                            stack.push(v);
                                            (n as u32, Value::Null)
                                        }
                                        _ => (0, Value::Null),
                                    };
                                    let names: &[Value] = match kwnames.payload() {
                                        Some(Payload::Tuple(t)) => t,
                                        _ => &[],
                                    };
                                    let base = stack.len() - n as usize - 2;
                                    // Python function: push a frame and keep going.
                                    if let Value::Obj(o) = &stack[base] {
                                        if let Payload::Function(func, shape) = &o.payload {
                                            let with_self = !stack[base + 1].is_null();
                                            let start = if with_self { base + 1 } else { base + 2 };
                                            // Exactly the positional parameters: the
                                            // arguments move from the stack into the
                                            // new frame's locals.
                                            if names.is_empty()
                                                && stack.len() - start
                                                    == shape.simple_argcount as usize
                                            {
                                                let extra =
                                                    shape.nlocals as usize - (stack.len() - start);
                                                let frame =
                                                    self.positional_frame(func, start, base);
                                                push_in_place!(frame, extra);
                                            }
                                            if func.code.code.flags & flags::SUSPENDABLE == 0 {
                                                // Positional parameters with defaults
                                                // or free variables: bound in place too.
                                                let fo = o.clone();
                                                if names.is_empty() {
                                                    if let Some(frame) = self
                                                        .inplace_frame(&fo, &mut stack, start, base)
                                                    {
                                                        enter_frame!(frame);
                                                    }
                                                } else if let Some(frame) = self.kw_inplace_frame(
                                                    &fo, &mut stack, start, base, names,
                                                ) {
                                                    enter_frame!(frame);
                                                }
                                                let frame = tri!(self.function_frame(
                                                    &fo,
                                                    &stack[start..],
                                                    names
                                                ));
                                                push_built!(frame, base);
                                            }
                                        }
                                    }
                                    // A bound method of a Python function (`cb = obj.m;
                                    // cb(x)`): its function and self take the callable's
                                    // and the NULL's places (CPython's
                                    // CALL_BOUND_METHOD_EXACT_ARGS), and the call runs
                                    // again (a fused `CallFast` as its plain `Call`).
                                    if let Value::Obj(o) = &stack[base] {
                                        if let Payload::BoundMethod { .. } = &o.payload {
                                            if unbind_method(&mut stack[base..base + 2]) {
                                                match ins {
                                                    I::CallKw(_) => {
                                                        stack.push(kwnames.clone());
                                                        pc = ip;
                                                    }
                                                    I::CallFast(..) => pc = ip + 1,
                                                    _ => pc = ip,
                                                }
                                                continue 'instr;
                                            }
                                        }
                                    }
                                    // A plain class whose __init__ is a Python function:
                                    // make the instance here and run __init__ as a pushed
                                    // frame (no Rust recursion, as for any Python call).
                                    if let Some(init) = self.simple_init(&stack[base]) {
                                        if stack[base + 1].is_null() {
                                            let cls = stack[base].as_obj().cloned();
                                            if let (Some(cls), Some(Payload::Function(_, _))) =
                                                (cls, init.payload())
                                            {
                                                let inst = Value::Obj(PyObject::new_instance(&cls));
                                                // Stack: cls NULL args.. -> the args of __init__(inst, args..).
                                                stack[base + 1] = inst.clone();
                                                if let Some(Payload::Function(func, _)) =
                                                    init.payload()
                                                {
                                                    let start = base + 1;
                                                    if func.code.simple_args
                                                        && names.is_empty()
                                                        && stack.len() - start
                                                            == func.code.code.argcount as usize
                                                    {
                                                        let extra = func.code.nlocals
                                                            - (stack.len() - start);
                                                        let mut frame = self
                                                            .positional_frame(func, start, base);
                                                        frame.init_instance = Some(inst);
                                                        push_in_place!(frame, extra);
                                                    }
                                                }
                                                let init_obj = init.as_obj().cloned();
                                                if let Some(io) = init_obj {
                                                    if names.is_empty() {
                                                        if let Some(mut frame) = self.inplace_frame(
                                                            &io,
                                                            &mut stack,
                                                            base + 1,
                                                            base,
                                                        ) {
                                                            frame.init_instance = Some(inst);
                                                            enter_frame!(frame);
                                                        }
                                                    }
                                                    let frame = tri!(self.function_frame(
                                                        &io,
                                                        &stack[base + 1..],
                                                        names
                                                    ));
                                                    let mut frame = frame;
                                                    frame.init_instance = Some(inst);
                                                    push_built!(frame, base);
                                                }
                                            }
                                        }
                                    }
                                    sync!();
                                    if needs_frame(&stack[base]) {
                                        self.snapshot_frame(f, &stack[..sbase], &stack[base]);
                                    }
                                    let r = if TRACED && probes::cfunction_traced() {
                                        self.call_from_stack_traced(f, &stack[base..], names)
                                    } else {
                                        self.call_from_stack(&stack[base..], names)
                                    };
                                    if self.frame_snapshot.is_some() {
                                        self.frame_snapshot = None;
                                    }
                                    let r = tri!(r);
                                    stack.truncate(base);
                                    // A call statement (`out.append(x)`): the
                                    // `PopTop` after it is done here.
                                    let width = if let I::CallFast(..) = ins { 2 } else { 1 };
                                    if let Some(I::PopTop) = instrs.get(ip + width) {
                                        drop(r);
                                        pc = ip + width + 1;
                                        if crate::object::has_pending_finalizers() {
                                            self.run_finalizers_in(f);
                                        }
                                        continue 'instr;
                                    }
                                    stack.push(r.relay());
                                }
                                I::CallEx { has_kwargs } => {
                                    let kwargs = if has_kwargs { pop!() } else { Value::Null };
                                    let args = pop!();
                                    let slf = pop!();
                                    let callable = pop!();
                                    // A bound method of a Python function: the
                                    // function, with self first.
                                    let mut pair = [callable, slf];
                                    unbind_method(&mut pair);
                                    let [callable, slf] = pair;
                                    // A Python function called with no keywords
                                    // (`f(*args)`): the arguments are pushed and bound
                                    // in place, as `Call`'s are.
                                    let no_keywords = match kwargs.payload() {
                                        Some(Payload::Dict(d)) => d.len() == 0,
                                        _ => true,
                                    };
                                    if let (Value::Obj(o), true) = (&callable, no_keywords) {
                                        if let Payload::Function(func, shape) = &o.payload {
                                            if func.code.code.flags & flags::SUSPENDABLE == 0 {
                                                let base = stack.len();
                                                stack.push(callable.clone());
                                                stack.push(Value::Null);
                                                if !slf.is_null() {
                                                    stack.push(slf);
                                                }
                                                match &args {
                                                    Value::Obj(t) if t.class.is_none() => {
                                                        match &t.payload {
                                                            Payload::Tuple(t) => {
                                                                stack.extend_from_slice(t)
                                                            }
                                                            _ => stack
                                                                .extend(tri!(self
                                                                    .star_args(&callable, &args))),
                                                        }
                                                    }
                                                    _ => stack.extend(tri!(
                                                        self.star_args(&callable, &args)
                                                    )),
                                                }
                                                drop(args);
                                                let start = base + 2;
                                                let nargs = stack.len() - start;
                                                if nargs == shape.simple_argcount as usize {
                                                    let extra = shape.nlocals as usize - nargs;
                                                    let frame =
                                                        self.positional_frame(func, start, base);
                                                    push_in_place!(frame, extra);
                                                }
                                                if let Some(frame) =
                                                    self.inplace_frame(o, &mut stack, start, base)
                                                {
                                                    enter_frame!(frame);
                                                }
                                                let frame = tri!(self.function_frame(
                                                    o,
                                                    &stack[start..],
                                                    &[]
                                                ));
                                                push_built!(frame, base);
                                            }
                                        }
                                    }
                                    let mut pos = match &args {
                                        Value::Obj(o) if o.class.is_none() => match &o.payload {
                                            Payload::Tuple(t) => t.to_vec(),
                                            _ => tri!(self.star_args(&callable, &args)),
                                        },
                                        _ => tri!(self.star_args(&callable, &args)),
                                    };
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
                                    // A Python function: its frame is pushed, as
                                    // for any other call from Python code.
                                    if let Value::Obj(o) = &callable {
                                        if let Payload::Function(func, _) = &o.payload {
                                            if func.code.code.flags & flags::SUSPENDABLE == 0 {
                                                let frame =
                                                    tri!(self.function_frame(o, &pos, &names));
                                                let base = stack.len();
                                                push_built!(frame, base);
                                            }
                                        }
                                    }
                                    sync!();
                                    if needs_frame(&callable) {
                                        self.snapshot_frame(f, &stack[..sbase], &callable);
                                    }
                                    let r = if TRACED && probes::cfunction_traced() {
                                        self.call_kw_traced(f, &callable, &pos, &names)
                                    } else {
                                        self.call_kw(&callable, &pos, &names)
                                    };
                                    if self.frame_snapshot.is_some() {
                                        self.frame_snapshot = None;
                                    }
                                    let r = tri!(r);
                                    stack.push(r);
                                }
                                I::BinarySlice => tri!(self.binary_slice_top(&mut stack)),
                                I::StoreSlice => {
                                    tri!(self.store_slice_top(&mut stack));
                                    if crate::object::has_pending_finalizers() {
                                        self.run_finalizers_in(f);
                                    }
                                }
                                I::CallComprehension { code: ci, closure } => {
                                    let it = pop!();
                                    let cells = if closure { Some(pop!()) } else { None };
                                    let Some(Payload::Code(cc)) =
                                        code.consts[ci as usize].payload()
                                    else {
                                        break 'instr self
                                            .runtime_error("comprehension without code");
                                    };
                                    let cc = cc.clone();
                                    if cc.code.flags & flags::SUSPENDABLE != 0 {
                                        let mut frame =
                                            self.pooled_frame_for(&cc, &f.globals, &f.builtins);
                                        frame.fast.clear();
                                        frame.fast.reserve(
                                            cc.nlocals + cc.code.max_stackdepth as usize + 2,
                                        );
                                        Vm::comprehension_locals(
                                            &cc,
                                            it,
                                            cells.as_ref(),
                                            &mut frame.fast,
                                        );
                                        let g = self.make_generator(frame);
                                        stack.push(g);
                                        continue 'instr;
                                    }
                                    // Run in place: the iterator is the first local.
                                    let start = stack.len();
                                    Vm::comprehension_locals(&cc, it, cells.as_ref(), &mut stack);
                                    let mut frame =
                                        self.pooled_frame_for(&cc, &f.globals, &f.builtins);
                                    frame.fbase = start;
                                    frame.ret_base = start;
                                    enter_frame!(frame);
                                }
                                I::MakeFunction(fl) => {
                                    let code = pop!();
                                    let closure = if fl & 8 != 0 { Some(pop!()) } else { None };
                                    let kwdefaults = if fl & 2 != 0 { Some(pop!()) } else { None };
                                    let defaults = if fl & 1 != 0 { Some(pop!()) } else { None };
                                    let func =
                                        self.make_function(f, code, defaults, kwdefaults, closure);
                                    stack.push(func);
                                }
                                I::LoadBuildClass => {
                                    let v = match crate::typeobj::dict_of(&f.builtins)
                                        .get_str("__build_class__")
                                    {
                                        Some(v) => v,
                                        None => {
                                            break 'instr self.new_error(
                                                "NameError",
                                                "__build_class__ not found",
                                            )
                                        }
                                    };
                                    stack.push(v);
                                }
                                I::ReturnValue | I::ReturnFast(_) | I::ReturnConst(_) => {
                                    let v = match ins {
                                        I::ReturnConst(i) => code.consts[i as usize].clone(),
                                        I::ReturnFast(a) => {
                                            let v = stack[fbase + a as usize].clone();
                                            if v.is_null() {
                                                break 'instr self.unbound_local(f, a as usize);
                                            }
                                            v
                                        }
                                        _ => pop!(),
                                    };
                                    sync!();
                                    if TRACED {
                                        probes::function_return(f);
                                    }
                                    match self.pop_frame(f, &mut stack) {
                                        Some(mut done) => {
                                            if done.gen.is_some() {
                                                // A generator run by the caller's
                                                // `for` returned: the loop ends; run
                                                // by its `yield from`: its value is
                                                // the result.
                                                std::mem::swap(&mut stack, &mut done.fast);
                                                self.finish_gen_frame(&mut done);
                                                self.recycle_frame(done);
                                                stack.pop();
                                                match f.code.code.instructions.get(f.lasti) {
                                                    Some(
                                                        I::ForIter(_) | I::ForIterStoreFast(..),
                                                    ) => {
                                                        self.stop_value = v;
                                                        f.ip = f.lasti + 1;
                                                    }
                                                    Some(I::YieldFrom) => {
                                                        stack.push(v);
                                                        f.ip = f.lasti + 1;
                                                    }
                                                    _ => self.stop_value = v,
                                                }
                                                continue 'frames;
                                            }
                                            let v = match done.init_instance.take() {
                                                None => v,
                                                Some(inst) if v.is_none() => inst,
                                                Some(_) => {
                                                    self.recycle_frame(done);
                                                    // The error belongs to the caller's
                                                    // call instruction.
                                                    pc = f.ip;
                                                    at = f.lasti;
                                                    let tn = self.type_name(&v);
                                                    // Reported at the caller's call, as type_call does.
                                                    break 'instr self.type_error(format!(
                                                        "__init__() should return None, not '{tn}'"
                                                    ));
                                                }
                                            };
                                            self.recycle_returned(done);
                                            // The callee's locals went with its frame:
                                            // their finalizers run before the caller
                                            // goes on, as CPython clears a returning
                                            // frame.
                                            if crate::object::has_pending_finalizers() {
                                                self.run_finalizers_in(f);
                                            }
                                            stack.push(v);
                                            continue 'frames;
                                        }
                                        None => break 'run Ok(Exit::Return(v)),
                                    }
                                }
                                I::YieldValue => {
                                    let v = pop!();
                                    // Drained: the value is taken where it is
                                    // yielded (`drain_yield`).
                                    let v = match sink.as_mut() {
                                        Some(drain) if f.caller.is_some() => {
                                            sync!();
                                            match self.drain_yield(f, &mut stack, drain, v) {
                                                Ok(true) => continue 'frames,
                                                Ok(false) => {
                                                    park_base!();
                                                    break 'run Ok(Exit::Yield(Value::None));
                                                }
                                                Err(v) => v,
                                            }
                                        }
                                        _ => v,
                                    };
                                    yield_value!(v);
                                }
                                I::GetYieldFromIter => {
                                    let v = pop!();
                                    // A coroutine may be delegated to (by a generator
                                    // `types.coroutine` made awaitable).
                                    let it = if crate::builtins::coroutine::suspendable_flags(&v)
                                        & flags::ASYNC_GENERATOR
                                        == 0
                                        && matches!(v.payload(), Some(Payload::Generator(_)))
                                    {
                                        v
                                    } else {
                                        tri!(self.get_iter(&v))
                                    };
                                    stack.push(it);
                                }
                                I::GetAwaitable(_)
                                | I::BeforeAsyncWith
                                | I::GetAIter
                                | I::GetANext
                                | I::AsyncGenWrap => {
                                    tri!(crate::builtins::coroutine::async_op(
                                        self, ins, &mut stack
                                    ))
                                }
                                I::YieldFrom => {
                                    let sent = pop!();
                                    // A generator: its frame runs here, pushed like
                                    // a call (CPython's SEND_GEN); its yields go out
                                    // through this frame (`yield_value!`), its return
                                    // is the result.
                                    let gen_obj = match stack.last() {
                                        Some(Value::Obj(o))
                                            if matches!(o.payload, Payload::Generator(_))
                                                && self.depth < self.recursion_limit =>
                                        {
                                            Some(o.clone())
                                        }
                                        _ => None,
                                    };
                                    if let Some(go) = gen_obj {
                                        if let Some(mut gf) = self.take_gen_frame(&go) {
                                            let started = gf.lasti > 0 || gf.ip > 0;
                                            if started || sent.is_none() {
                                                if started {
                                                    // The value of the suspended `yield`.
                                                    gf.fast.push(sent);
                                                }
                                                run_gen_frame!(gf);
                                                pc = ip;
                                                sync!();
                                                self.depth += 1;
                                                self.push_frame(f, gf);
                                                entered!();
                                            }
                                            // Sending a value into a new generator:
                                            // `gen_send` reports it.
                                            self.suspend_gen_frame(gf);
                                        }
                                    }
                                    let sub = top!();
                                    match tri!(self.delegate_send(&sub, sent)) {
                                        Ok(yielded) => {
                                            // Stay on this instruction: the next resume
                                            // sends its value into the sub-iterator.
                                            pc = ip;
                                            yield_value!(yielded);
                                        }
                                        Err(result) => {
                                            stack.pop();
                                            stack.push(result);
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
                                                        sync!();
                                                        match self
                                                            .handle_in_frames(f, err, &mut stack)
                                                        {
                                                            Ok(()) => continue 'frames,
                                                            Err(e) => break 'run Err(e),
                                                        }
                                                    }
                                                    _ => self.runtime_error(
                                                        "No active exception to reraise",
                                                    ),
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
                                I::Reraise(_) | I::EndAsyncFor => {
                                    // The handler search uses this instruction's index
                                    // (CPython's next_instr); the saved lasti below the
                                    // exception only matters for line reporting, and the
                                    // traceback already holds the original line.
                                    let exc = pop!();
                                    // The end of an `async for`: its StopAsyncIteration
                                    // ends the loop (the iterator goes too); any other
                                    // exception goes on.
                                    let ends_loop = matches!(ins, I::EndAsyncFor)
                                        && crate::builtins::coroutine::ends_async_for(self, &exc);
                                    if ends_loop {
                                        stack.pop();
                                    } else if let Value::Obj(o) = exc {
                                        sync!();
                                        match self.handle_in_frames(f, PyErr::new(o), &mut stack) {
                                            Ok(()) => continue 'frames,
                                            Err(e) => break 'run Err(e),
                                        }
                                    } else {
                                        break 'instr self
                                            .runtime_error("bad exception to re-raise");
                                    }
                                }
                                I::PushExcInfo => {
                                    let exc = pop!();
                                    let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                                    stack.push(prev);
                                    stack.push(exc);
                                }
                                I::PopExcept => {
                                    let prev = pop!();
                                    self.exc_info = prev;
                                }
                                I::CheckExcMatch => {
                                    let ty = pop!();
                                    let exc = top!();
                                    let m = tri!(self.exception_matches(&exc, &ty));
                                    stack.push(Value::Bool(m));
                                }
                                I::LoadAssertionError => {
                                    let t = Value::Obj(self.exc["AssertionError"].clone());
                                    stack.push(t);
                                }
                                I::BeforeWith => {
                                    let mgr = pop!();
                                    let (exit, res) = tri!(self.before_with(&mgr));
                                    stack.push(exit);
                                    stack.push(res);
                                }
                                I::WithExceptStart => {
                                    let exc = top!();
                                    let exit = stack[stack.len() - 4].clone();
                                    let ty = Value::Obj(self.class_of(&exc).clone());
                                    let tb = self.traceback_of(&exc);
                                    let r = tri!(self.call(&exit, &[ty, exc, tb]));
                                    stack.push(r);
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
                                    stack.push(m);
                                }
                                I::ImportFrom(i) => {
                                    let name = f.code.names[i as usize].clone();
                                    let m = top!();
                                    let v = tri!(self.import_from(&m, &name));
                                    stack.push(v);
                                }
                                I::ImportStar => {
                                    let m = pop!();
                                    let target =
                                        f.locals.clone().unwrap_or_else(|| f.globals.clone());
                                    tri!(self.import_star(&m, &target));
                                }
                                I::SetupAnnotations => {
                                    let target =
                                        f.locals.clone().unwrap_or_else(|| f.globals.clone());
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
                                    stack.push(Value::Int(n as i64));
                                }
                                I::MatchMapping => {
                                    let v = top!();
                                    let r = self.is_mapping(&v);
                                    stack.push(Value::Bool(r));
                                }
                                I::MatchSequence => {
                                    let v = top!();
                                    let r = self.is_sequence(&v);
                                    stack.push(Value::Bool(r));
                                }
                                I::MatchKeys => {
                                    let keys = top!();
                                    let subject = stack[stack.len() - 2].clone();
                                    let r = tri!(self.match_keys(&subject, &keys));
                                    stack.push(r);
                                }
                                I::MatchClass(n) => {
                                    let names = pop!();
                                    let cls = pop!();
                                    let subject = pop!();
                                    let r =
                                        tri!(self.match_class(&subject, &cls, n as usize, &names));
                                    stack.push(r);
                                }
                                I::CopyDictWithoutKeys => {
                                    let keys = pop!();
                                    let mapping = pop!();
                                    let r = tri!(self.copy_without_keys(&mapping, &keys));
                                    stack.push(r);
                                }
                                I::CheckEgMatch => {
                                    let ty = pop!();
                                    let exc = pop!();
                                    let (rest, matched) =
                                        tri!(self.exception_group_match(&exc, &ty));
                                    // The matched part is what the clause handles.
                                    if !matched.is_none() {
                                        self.exc_info = matched.clone();
                                    }
                                    stack.push(rest);
                                    stack.push(matched);
                                }
                                I::PrepReraiseStar => {
                                    let excs = pop!();
                                    let orig = pop!();
                                    let r = tri!(self.prep_reraise_star(&orig, &excs));
                                    stack.push(r);
                                }
                            }
                            break 'dispatch;
                        }
                    };
                    // An exception at `at`: find a handler in this frame or unwind.
                    sync!();
                    if let Err(e) = self.unwind(f, err, &mut stack) {
                        break 'run Err(e);
                    }
                }
            };
            Leave::Done(r)
        };
        *stack_slot = stack;
        *sink_slot = sink;
        result
    }

    /// The suspended frame of generator `go` for the evaluator to run
    /// (marked running, its exception state swapped in, as `gen_resume`
    /// does), or None when it is running or finished.
    fn take_gen_frame(&mut self, go: &PyRef) -> Option<Box<Frame>> {
        let Payload::Generator(g) = &go.payload else {
            return None;
        };
        let (mut gf, gen_exc) = {
            let mut gd = g.try_borrow_mut().ok()?;
            if gd.running {
                return None;
            }
            let gf = gd.frame.take()?;
            gd.running = true;
            (gf, std::mem::replace(&mut gd.exc_state, Value::None))
        };
        gf.caller_exc = self.swap_in_gen_exc(gen_exc);
        gf.gen = Some(go.clone());
        Some(gf)
    }

    /// A generator frame run by `take_gen_frame` yielded: back into its
    /// generator, with the generator's exception state.
    fn suspend_gen_frame(&mut self, mut gf: Box<Frame>) {
        let Some(go) = gf.gen.take() else { return };
        let exc = self.swap_out_gen_exc(std::mem::replace(&mut gf.caller_exc, Value::None));
        if let Payload::Generator(g) = &go.payload {
            let mut gd = g.borrow_mut();
            gd.exc_state = exc;
            gd.running = false;
            gd.frame = Some(gf);
        }
    }

    /// `v`, yielded by `f` in a drained run: when `f` is the base frame,
    /// or a chain of `yield from` frames leads to it (`delegates_to_base`),
    /// the drain takes it there (the frames between would only pass it
    /// on), and the generator goes on as if resumed with None: Ok(true).
    /// A refused value (its error kept in the drain) stops the generators
    /// at their yields, the base frame becoming `f`: Ok(false). Any other
    /// yield: Err(v), for the caller to deliver.
    #[inline(never)]
    fn drain_yield(
        &mut self,
        f: &mut Box<Frame>,
        stack: &mut Vec<Value>,
        drain: &mut crate::iter::Drain,
        v: Value,
    ) -> Result<bool, Value> {
        if !delegates_to_base(f) {
            return Err(v);
        }
        chain_return_probes(f);
        if drain.take(self, v) {
            stack.push(Value::None);
            chain_entry_probes(f);
            return Ok(true);
        }
        while let Some(caller) = f.caller.take() {
            std::mem::swap(stack, &mut f.fast);
            self.depth -= 1;
            let gf = std::mem::replace(f, caller);
            self.suspend_gen_frame(gf);
        }
        Ok(false)
    }

    /// A generator frame run by `take_gen_frame` returned or raised: its
    /// generator is finished.
    fn finish_gen_frame(&mut self, gf: &mut Frame) {
        let Some(go) = gf.gen.take() else { return };
        self.exc_info = std::mem::replace(&mut gf.caller_exc, Value::None);
        if let Payload::Generator(g) = &go.payload {
            let mut gd = g.borrow_mut();
            gd.exc_state = Value::None;
            gd.running = false;
        }
    }

    /// `call_from_stack` (the callable at `args[0]`) with the `cfunction`
    /// probes fired around it, for a tracer attached.
    #[cold]
    #[inline(never)]
    fn call_from_stack_traced(
        &mut self,
        f: &Frame,
        args: &[Value],
        names: &[Value],
    ) -> PyResult<Value> {
        probes::cfunction_entry(f, &args[0]);
        let r = self.call_from_stack(args, names);
        probes::cfunction_return(f, &args[0]);
        r
    }

    /// `call_kw` with the `cfunction` probes fired around it.
    #[cold]
    #[inline(never)]
    fn call_kw_traced(
        &mut self,
        f: &Frame,
        callable: &Value,
        pos: &[Value],
        names: &[Value],
    ) -> PyResult<Value> {
        probes::cfunction_entry(f, callable);
        let r = self.call_kw(callable, pos, names);
        probes::cfunction_return(f, callable);
        r
    }

    /// Push a new Python frame for a call made from Python code (counted
    /// by `enter_call` first).
    #[inline(always)]
    fn push_frame(&mut self, f: &mut Box<Frame>, frame: Box<Frame>) {
        let caller = std::mem::replace(f, frame);
        // A new frame has no caller: nothing to drop (assigning would call
        // the drop glue of the None it replaces).
        let none = f.caller.replace(caller);
        debug_assert!(none.is_none());
        std::mem::forget(none);
    }

    /// Leave the running frame for its caller: the stack is cut back to
    /// the call (the frame's locals and its callable go) and the finished
    /// frame is handed back; None in the base frame.
    #[inline(always)]
    fn pop_frame(&mut self, f: &mut Box<Frame>, stack: &mut Vec<Value>) -> Option<Box<Frame>> {
        let caller = f.caller.take()?;
        stack.truncate(f.ret_base);
        self.depth -= 1;
        Some(std::mem::replace(f, caller))
    }

    /// Count a Python-to-Python call against the recursion limit (before
    /// `push_frame`, which cannot fail).
    #[inline(always)]
    fn enter_call(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit || crate::signals::pending() {
            return Err(self.call_refused());
        }
        self.depth += 1;
        Ok(())
    }

    /// The KeyboardInterrupt of the SIGINT a backward jump saw pending.
    #[cold]
    #[inline(never)]
    fn keyboard_interrupt_taken(&mut self) -> PyErr {
        crate::signals::take();
        self.keyboard_interrupt()
    }

    /// Why `enter_call` refuses a call: a pending SIGINT, or the
    /// recursion limit.
    #[cold]
    #[inline(never)]
    fn call_refused(&mut self) -> PyErr {
        if crate::signals::take() {
            return self.keyboard_interrupt();
        }
        self.recursion_error()
    }

    /// Route `err` raised at `f.lasti` to a handler, popping frames that
    /// have none. Returns Err when it leaves the base frame.
    ///
    /// An exception is chained to the one being handled where it is first
    /// raised, as CPython's `_PyErr_SetObject` chains it: a `raise`
    /// statement chains it in `make_raise`, and one raised by built-in code
    /// (no traceback yet) is chained here. One coming back from Python code
    /// that a built-in called (a `__exit__`, a `map` function) was chained
    /// where it was raised, and keeps that `__context__`.
    fn unwind(&mut self, f: &mut Box<Frame>, err: PyErr, stack: &mut Vec<Value>) -> PyResult<()> {
        let fresh = match &err.exc.payload {
            Payload::Exception(e) => e.borrow().traceback.is_empty(),
            _ => true,
        };
        crate::exc::add_traceback(self, &err, f, failed_instruction(f, stack));
        if fresh {
            self.chain_context(&err);
        }
        self.handle_in_frames(f, err, stack)
    }

    /// Like `unwind` for a re-raise: the traceback is left as it is.
    fn handle_in_frames(
        &mut self,
        f: &mut Box<Frame>,
        mut err: PyErr,
        stack: &mut Vec<Value>,
    ) -> PyResult<()> {
        loop {
            if let Some(h) = f.code.code.handler_for(f.lasti as u32).copied() {
                stack.truncate(f.fbase + f.code.nlocals + h.depth as usize);
                if h.push_lasti {
                    stack.push(Value::Int(f.lasti as i64));
                }
                stack.push(Value::Obj(err.exc));
                f.ip = h.handler as usize;
                return Ok(());
            }
            probes::function_return(f);
            match self.pop_frame(f, stack) {
                Some(mut done) => {
                    if done.gen.is_some() {
                        // An exception leaving a generator run by `for`
                        // finishes it; StopIteration becomes RuntimeError.
                        std::mem::swap(stack, &mut done.fast);
                        self.finish_gen_frame(&mut done);
                        if self.err_is(&err, "StopIteration") {
                            let re = self.runtime_error("generator raised StopIteration");
                            crate::exc::set_cause(&re, &err);
                            err = re;
                        }
                    }
                    // CPython 3.12 runs list, set and dict comprehensions
                    // in the frame of the code around them (PEP 709): the
                    // comprehension's entry, named after that code, stands
                    // for the frame, which gets no second one.
                    let inlined = done.code.code.flags & flags::INLINED_COMPREHENSION != 0;
                    self.recycle_frame(done);
                    if !inlined {
                        let at = failed_instruction(f, stack);
                        crate::exc::add_traceback(self, &err, f, at);
                    }
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
        Err(self.name_not_defined(name))
    }

    /// NameError "name 'x' is not defined", its `name` attribute set.
    #[cold]
    pub fn name_not_defined(&mut self, name: &Value) -> PyErr {
        let n = name.as_str().unwrap_or("").to_string();
        let err = self.new_error("NameError", format!("name '{n}' is not defined"));
        crate::exc::set_exc_attr(&Value::Obj(err.exc.clone()), "name", name.clone());
        err
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
            return Err(self.name_not_defined(name));
        }
        Ok(())
    }

    fn intern_ref(&self, s: &str) -> Value {
        Value::str(s)
    }

    /// UnboundLocalError for reading local `i` while it is unset.
    #[cold]
    #[inline(never)]
    fn unbound_local(&mut self, f: &Frame, i: usize) -> PyErr {
        let name = f.code.code.varnames.get(i).cloned().unwrap_or_default();
        self.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
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
            let err = self.new_error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            );
            crate::exc::set_exc_attr(&Value::Obj(err.exc.clone()), "name", Value::str(name));
            err
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
        self.new_function(
            code,
            f.globals.clone(),
            f.builtins.clone(),
            defaults,
            kwdefaults,
            closure,
        )
    }

    /// A function running `code` in `globals` (`MakeFunction`, and
    /// `types.FunctionType(code, globals)`): its closure is a tuple of
    /// cells, its name and docstring come from the code, its module from
    /// the globals' `__name__`.
    pub fn new_function(
        &mut self,
        code: std::rc::Rc<crate::object::PyCode>,
        globals: PyRef,
        builtins: PyRef,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let closure = closure.map(|c| {
            crate::ops::tuple_items(&c)
                .into_iter()
                .filter_map(|v| v.as_obj().cloned())
                .collect::<Vec<_>>()
                .into_boxed_slice()
        });
        let module = crate::typeobj::dict_of(&globals)
            .get_name(&self.name_name)
            .unwrap_or(Value::None);
        let doc = match &code.code.docstring {
            Some(d) => Value::str(d.clone()),
            None => Value::None,
        };
        let func = crate::object::Function {
            name: RefCell::new(code.fn_name.clone()),
            qualname: RefCell::new(code.fn_qualname.clone()),
            code,
            globals,
            builtins,
            defaults: RefCell::new(defaults.map(|d| crate::ops::tuple_items(&d))),
            kwdefaults: RefCell::new(kwdefaults.and_then(|k| k.as_obj().cloned())),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(Value::None),
        };
        let shape = crate::object::CallShape::of(&func.code);
        Value::Obj(PyObject::bare(Payload::Function(Box::new(func), shape)))
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
        self.chain_context(&exc);
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
    // Inlined into both copies of the dispatch loop (a helper with two
    // callers is not inlined on its own).
    #[inline(always)]
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
            Some(Payload::Function(func, _)) if func.code.code.flags & flags::SUSPENDABLE == 0 => {
                Some(init)
            }
            _ => None,
        }
    }

    /// Record the calling frame's namespaces and position for natives that
    /// read them (globals(), locals(), vars(), dir(), eval(), exec(),
    /// breakpoint()). Rare: kept out of the dispatch loop.
    #[cold]
    #[inline(never)]
    fn snapshot_frame(&mut self, f: &Frame, stack: &[Value], callable: &Value) {
        let mut snap = frame_snapshot(f, stack);
        if is_getframe(callable) {
            // Called from a comprehension CPython inlines: the frame is the
            // one the comprehension runs in (its locals those `locals()`
            // shows there).
            let mut below = f;
            while below.code.code.flags & flags::INLINED_COMPREHENSION != 0 {
                let Some(c) = below.caller.as_deref() else {
                    break;
                };
                below = c;
            }
            snap.code = below.code.clone();
            snap.lasti = below.lasti;
            snap.globals = below.globals.clone();
            snap.callers = caller_snapshots(below, stack);
        }
        self.frame_snapshot = Some(Box::new(snap));
    }

    /// Call the callable at `items[0]` (with `items[1]` as self unless
    /// NULL) on the rest (inlined for the reason of `simple_init`).
    #[inline(always)]
    fn call_from_stack(&mut self, items: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let callable = &items[0];
        let slf = &items[1];
        if slf.is_null() {
            // A builtin function (`len(x)`): called here, as `call_args`
            // would, without its dispatch on the callable's kind.
            if let Some(Payload::Native(n)) = callable.payload() {
                self.enter()?;
                let r = (n.func)(
                    self,
                    &n.slf,
                    Args {
                        args: &items[2..],
                        kwnames,
                    },
                );
                self.leave();
                return r;
            }
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
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
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

/// Is `f` the base frame of its run, or a generator run by `yield from`
/// in a chain of such frames up to the base? Its yield then leaves the
/// run as the base frame's own would.
fn delegates_to_base(f: &Frame) -> bool {
    let mut fr = f;
    while let Some(c) = &fr.caller {
        if fr.gen.is_none() || !matches!(c.code.code.instructions.get(c.lasti), Some(I::YieldFrom))
        {
            return false;
        }
        fr = c;
    }
    true
}

/// The `function__return` probes of a yield leaving `f` and the frames
/// delegating to it (`delegates_to_base`), innermost first.
fn chain_return_probes(f: &Frame) {
    if !probes::ENABLED_IN_BUILD {
        return;
    }
    let mut fr = f;
    loop {
        probes::function_return(fr);
        match &fr.caller {
            Some(c) => fr = c,
            None => break,
        }
    }
}

/// The `function__entry` probes of resuming that chain, outermost first.
fn chain_entry_probes(f: &Frame) {
    if !probes::ENABLED_IN_BUILD {
        return;
    }
    if let Some(c) = &f.caller {
        chain_entry_probes(c);
    }
    probes::function_entry(f);
}

/// The namespaces and position of `f`, whose values are in `stack`.
fn frame_snapshot(f: &Frame, stack: &[Value]) -> crate::vm::FrameSnapshot {
    crate::vm::FrameSnapshot {
        globals: f.globals.clone(),
        locals: crate::builtins::frame::Locals::take(f, stack),
        code: f.code.clone(),
        lasti: f.lasti,
        callers: Vec::new(),
    }
}

/// A frame object for the suspended (or not yet started) frame of a
/// generator, coroutine or asynchronous generator (`gi_frame`,
/// `cr_frame`, `ag_frame`): a snapshot of its code, line and locals, as
/// `sys._getframe` gives, with no `f_back`.
pub(crate) fn suspended_frame_object(f: &mut Frame) -> Value {
    // While suspended, its locals start its own vector.
    f.fbase = 0;
    let fast = std::mem::take(&mut f.fast);
    let snap = frame_snapshot(f, &fast);
    f.fast = fast;
    crate::builtins::frame::frame_value(crate::builtins::frame::FrameObject::new(snap, Vec::new()))
}

/// Is `callable` `sys._getframe`, which reads the frames below its caller?
fn is_getframe(callable: &Value) -> bool {
    matches!(callable.payload(), Some(Payload::Native(n)) if n.module == "sys" && n.name == "_getframe")
}

/// Snapshots of the frames that called `f` in this run, innermost first.
/// A generator's frame run by its caller's loop holds that caller's stack
/// in its `fast` (`run_gen_frame!`); the frame of a comprehension that
/// CPython inlines is no frame of CPython's and is left out.
fn caller_snapshots(f: &Frame, stack: &[Value]) -> Vec<crate::vm::FrameSnapshot> {
    let mut out = Vec::new();
    let mut fr = f;
    let mut values = stack;
    while let Some(caller) = fr.caller.as_deref() {
        if fr.gen.is_some() {
            values = &fr.fast;
        }
        if caller.code.code.flags & flags::INLINED_COMPREHENSION == 0 {
            out.push(frame_snapshot(caller, values));
        }
        fr = caller;
    }
    out
}

/// Does calling this read the caller's frame?
#[inline]
fn needs_frame(callable: &Value) -> bool {
    match callable.payload() {
        Some(Payload::Native(n)) => n.needs_frame,
        _ => false,
    }
}

pub(crate) fn cell_get(cell: &Value) -> Value {
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

/// The instruction an error at `f.lasti` came from, for its traceback
/// entry. A fused instruction does the work of its run of plain ones; those
/// that read a local and then do something that can fail on their own
/// (`self.x`, `self.m`, `self.x = v`, `f(x)` with `x` the local, and a
/// pair of loads whose second local is unset) failed in that second step
/// when the first local is set: the error (or the call a callee's error
/// comes through) is the run's next instruction's, whose position shows
/// what CPython, running them unfused, underlines (`self.x`, not `self`).
/// Every other fused form either fails only in its first step or falls
/// back to the plain instructions before the step that can fail. Read only
/// while unwinding, so the evaluator does nothing for it.
fn failed_instruction(f: &Frame, stack: &[Value]) -> usize {
    let at = f.lasti;
    match f.code.code.instructions.get(at) {
        Some(
            &I::LoadFastAttr(a, _)
            | &I::LoadFastMethod(a, _)
            | &I::StoreAttrFast(a, _)
            | &I::CallFast(a, _)
            | &I::LoadFastLoadFast(a, _),
        ) if stack
            .get(f.fbase + a as usize)
            .is_some_and(|v| !v.is_null()) =>
        {
            at + 1
        }
        _ => at,
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

/// Where index `i` (negative counting from the end) falls in a sequence of
/// `len` items, if it is in range.
#[inline(always)]
fn seq_position(len: usize, i: i64) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

/// `c[k]` for an exact list or tuple and an int index in range, read in
/// place (anything else, errors included, takes the general path).
#[inline(always)]
fn item_in_place(c: &Value, k: &Value) -> Option<Value> {
    match (c, k) {
        (Value::Obj(o), Value::Int(i)) if o.class.is_none() => match &o.payload {
            Payload::List(l) => match l.try_borrow() {
                Ok(items) => seq_item(&items, *i),
                Err(_) => None,
            },
            Payload::Tuple(items) => seq_item(items, *i),
            _ => None,
        },
        _ => None,
    }
}

/// `c[k] = v` for an exact list and an int index in range, in place: the
/// item replaced, to release once the list is no longer borrowed.
#[inline(always)]
fn store_in_place(c: &Value, k: &Value, v: &Value) -> Option<Value> {
    match (c, k) {
        (Value::Obj(o), Value::Int(i)) => match (&o.class, &o.payload) {
            (None, Payload::List(l)) => match l.try_borrow_mut() {
                Ok(mut items) => seq_position(items.len(), *i)
                    .map(|j| std::mem::replace(&mut items[j], v.clone())),
                Err(_) => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Item `i` of `items` (negative counting from the end), if in range.
#[inline(always)]
fn seq_item(items: &[Value], i: i64) -> Option<Value> {
    seq_position(items.len(), i).map(|j| items[j].clone())
}

/// What `LoadAttr` found for an instance of a class with data descriptors.
enum ClassAttr {
    /// The instance's own attribute (no data descriptor of that name).
    Value(Value),
    /// The Python getter of a built-in property (exactly one positional
    /// parameter), to call with the instance.
    Getter(Value),
    /// Anything else: the general lookup decides.
    Other,
}

impl Vm {
    /// `LoadAttr` on a plain instance whose class has data descriptors
    /// (and no `__getattribute__`/`__getattr__`): a property with a Python
    /// getter (CPython's `LOAD_ATTR_PROPERTY`), or, when the name is no
    /// data descriptor, the instance's own attribute, cached like a plain
    /// class's (the epoch moves if the class's namespace changes).
    #[inline(never)]
    fn descr_class_attr(
        &self,
        o: &PyRef,
        cls: &PyRef,
        name: &Value,
        hint: &std::cell::Cell<u32>,
        cache: &std::cell::Cell<crate::object::AttrCacheEntry>,
    ) -> ClassAttr {
        if !class_flags_are(cls, tflags::CUSTOM_GETATTR, 0) {
            return ClassAttr::Other;
        }
        let d = crate::typeobj::lookup(cls, name);
        if let Some(d) = &d {
            if let Some((None, Payload::Property(p))) = d.as_obj().map(|o| (&o.class, &o.payload)) {
                if let Some(Payload::Function(g, _)) = p.fget.borrow().payload() {
                    if g.code.simple_args && g.code.code.argcount == 1 {
                        return ClassAttr::Getter(p.fget.borrow().clone());
                    }
                }
            }
            if crate::attr::is_data_descriptor(self, d) {
                return ClassAttr::Other;
            }
        }
        let hit = match (name, &o.payload) {
            (Value::Obj(n), Payload::Instance(values)) => o
                .instance_attr_index(n, hint.get() as usize, cache)
                .and_then(|k| values.borrow().get(k).cloned()),
            _ => None,
        };
        match hit.or_else(|| o.instance_attr(name, hint)) {
            Some(v) => ClassAttr::Value(v),
            None => ClassAttr::Other,
        }
    }
}

/// `[bound method, NULL]` of a Python function becomes `[function, self]`
/// (true; anything else stays): out of line, off the evaluator's path for
/// functions.
#[inline(never)]
fn unbind_method(pair: &mut [Value]) -> bool {
    let unbound = match pair[0].payload() {
        Some(Payload::BoundMethod { func, slf })
            if pair[1].is_null() && matches!(func.payload(), Some(Payload::Function(..))) =>
        {
            (func.clone(), slf.clone())
        }
        _ => return false,
    };
    pair[1] = unbound.1;
    pair[0] = unbound.0;
    true
}

/// Do the flags of class `cls`, under `mask`, equal `want`? (False for a
/// class without type data.)
#[inline(always)]
fn class_flags_are(cls: &PyRef, mask: u32, want: u32) -> bool {
    cls.type_data()
        .map(|t| t.flags.get() & mask == want)
        .unwrap_or(false)
}

/// `LoadMethod`'s cached answer for a plain instance `o` of `cls`: the
/// function found last for this name on the same class in the same type
/// epoch, when the instance has no attribute of that name.
#[inline(always)]
fn cached_method(
    mc: &crate::object::MethodCache,
    o: &PyRef,
    cls: &PyRef,
    name: &Value,
) -> Option<Value> {
    if mc.epoch.get() != crate::typeobj::epoch() {
        return None;
    }
    let id = cls.id();
    let k = mc.tys.iter().position(|t| t.get() == id)?;
    match name {
        Value::Obj(n) if o.lacks_instance_attr(n) => Some(mc.methods[k].borrow().clone()),
        _ => None,
    }
}

/// Remember `m`, a function of `cls` no instance attribute shadows, as
/// `LoadMethod`'s answer for this name. The slot's first answer of this
/// epoch stays: other classes' fill the next empty entries, the last entry
/// taking the latest when all are used. A new epoch starts the slot
/// afresh. A full collection empties the slot
/// (`typeobj::note_method_cache`).
#[inline(never)]
fn fill_method_cache(
    code: &std::rc::Rc<crate::object::PyCode>,
    mc: &crate::object::MethodCache,
    cls: &PyRef,
    m: &Value,
) {
    let epoch = crate::typeobj::epoch();
    let id = cls.id();
    if mc.epoch.get() != epoch {
        crate::typeobj::note_method_cache(code);
        let mut old = Vec::new();
        mc.clear(&mut old);
        mc.epoch.set(epoch);
        mc.tys[0].set(id);
        old.push(mc.methods[0].replace(m.clone()));
        drop(old);
        return;
    }
    let k = mc
        .tys
        .iter()
        .position(|t| t.get() == id || t.get() == 0)
        .unwrap_or(crate::object::CACHE_CLASSES - 1);
    mc.tys[k].set(id);
    let old = mc.methods[k].replace(m.clone());
    drop(old);
}
