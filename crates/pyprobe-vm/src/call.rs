//! Calling: binding arguments to a Python frame, native functions, bound
//! methods, classes (instantiation) and objects with `__call__`; plus
//! generators (send/throw/close), which resume a frame.
//!
//! CPython counterparts: `Objects/call.c`, `Python/ceval.c`
//! (`initialize_locals`), `Objects/typeobject.c` (`type_call`),
//! `Objects/genobject.c`.

use crate::eval::Exit;
use crate::frame::Frame;
use crate::object::{tflags, Args, Function, GenData, Payload, PyCode, PyObject, PyRef};
use crate::typeobj::{self, dict_of};
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use pyprobe_bytecode::flags;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// The items of `f(*args)`'s `args` when it is no tuple: an iterable
    /// gives its items; anything else is refused naming the function
    /// (CPython's `check_args_iterable`).
    #[cold]
    pub fn star_args(&mut self, callable: &Value, args: &Value) -> PyResult<Vec<Value>> {
        match self.collect(args) {
            Err(e) if self.err_is(&e, "TypeError") && !self.has_iter(args) => {
                let tn = self.type_name(args);
                let fname = self.func_display_name(callable);
                Err(self.type_error(format!(
                    "{fname} argument after * must be an iterable, not {tn}"
                )))
            }
            other => other,
        }
    }

    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(callable, Args::new(args))
    }

    /// Call with keyword arguments: the last `kwnames.len()` of `args` are
    /// their values.
    pub fn call_kw(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        self.call_args(callable, Args { args, kwnames })
    }

    pub fn call_args(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            let tn = self.type_name(callable);
            return Err(self.type_error(format!("'{tn}' object is not callable")));
        };
        match &o.payload {
            Payload::Function(func, _) => {
                let frame = self.function_frame(o, args.args, args.kwnames)?;
                if func.code.code.flags & flags::SUSPENDABLE != 0 {
                    return Ok(self.make_generator(frame));
                }
                let (frame, r) = self.run_frame(frame);
                self.recycle_frame(frame);
                match r? {
                    Exit::Return(v) | Exit::Yield(v) => Ok(v),
                }
            }
            Payload::Native(n) => {
                self.enter()?;
                let r = (n.func)(self, &n.slf, args);
                self.leave();
                r
            }
            Payload::BoundMethod { func, slf } => {
                let (func, slf) = (func.clone(), slf.clone());
                self.call_prepended(&func, slf, args)
            }
            Payload::MethodDescr(n) => {
                // list.append(l, x): the first argument is self.
                let Some((slf, rest)) = args
                    .args
                    .split_first()
                    .filter(|_| args.args.len() > args.kwnames.len())
                else {
                    return Err(self.type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        n.module, n.name
                    )));
                };
                self.enter()?;
                let r = (n.func)(
                    self,
                    slf,
                    Args {
                        args: rest,
                        kwnames: args.kwnames,
                    },
                );
                self.leave();
                r
            }
            Payload::ClassMethodDescr(n) => {
                let Some((slf, rest)) = args.args.split_first() else {
                    return Err(self.type_error("descriptor needs a type"));
                };
                (n.func)(
                    self,
                    slf,
                    Args {
                        args: rest,
                        kwnames: args.kwnames,
                    },
                )
            }
            Payload::Type(_)
                if o.class.is_none() || self.class_of(callable).is(&self.types.type_) =>
            {
                self.type_call(o, args)
            }
            Payload::StaticMethod(f) => {
                let f = f.borrow().clone();
                self.call_args(&f, args)
            }
            Payload::Partial(p) if o.class.as_ref().is_some_and(|c| c.is(&self.types.partial)) => {
                self.enter()?;
                let r = crate::builtins::partial::call(self, p, args);
                self.leave();
                r
            }
            _ => {
                let cls = self.class_of(callable).clone();
                match typeobj::lookup_str(&cls, "__call__") {
                    Some(call) => {
                        if let Payload::Type(_) = &o.payload {
                            // A metaclass's __call__ may be type.__call__ itself.
                            if let Some(Payload::Native(n)) = call.payload() {
                                if n.name == "__call__" && n.module == "type" {
                                    return self.type_call(o, args);
                                }
                            }
                        }
                        self.call_prepended(&call, callable.clone(), args)
                    }
                    None => {
                        let tn = self.type_name(callable);
                        Err(self.type_error(format!("'{tn}' object is not callable")))
                    }
                }
            }
        }
    }

    /// Call `callable` with `first` before the arguments (a bound method's
    /// self, the class for `__new__`, the instance for `__init__`); up to
    /// three arguments are put in a buffer on the stack.
    pub fn call_prepended(
        &mut self,
        callable: &Value,
        first: Value,
        args: Args,
    ) -> PyResult<Value> {
        let n = args.args.len();
        if n <= 3 {
            let mut buf = [first, Value::Null, Value::Null, Value::Null];
            buf[1..=n].clone_from_slice(args.args);
            return self.call_args(
                callable,
                Args {
                    args: &buf[..=n],
                    kwnames: args.kwnames,
                },
            );
        }
        let mut v = Vec::with_capacity(n + 1);
        v.push(first);
        v.extend_from_slice(args.args);
        self.call_args(
            callable,
            Args {
                args: &v,
                kwnames: args.kwnames,
            },
        )
    }

    /// `type_call`: `cls(*args)` is `__new__` then, for an instance of
    /// `cls`, `__init__`.
    pub fn type_call(&mut self, cls: &PyRef, args: Args) -> PyResult<Value> {
        let cls_v = Value::Obj(cls.clone());
        if cls.is(&self.types.type_) && args.args.len() == 1 && !args.has_keywords() {
            return Ok(Value::Obj(self.class_of(&args.args[0]).clone()));
        }
        if !args.has_keywords() && args.args.len() <= 1 {
            let arg = args.args.first();
            if let Some(v) = crate::builtins::construct_exact(self, cls, arg)? {
                return Ok(v);
            }
        }
        if cls.is(&self.types.super_) && !args.has_keywords() && args.args.len() == 2 {
            return crate::builtins::construct_super(self, args);
        }
        if let Some(new) = crate::builtins::exact_new(self, cls) {
            let n = args.args.len();
            if n <= 3 {
                // The class and the arguments in a buffer on the stack.
                let mut buf = [cls_v.clone(), Value::Null, Value::Null, Value::Null];
                for (slot, a) in buf[1..].iter_mut().zip(args.args) {
                    *slot = a.clone();
                }
                let args = Args {
                    args: &buf[..=n],
                    kwnames: args.kwnames,
                };
                return new(self, &Value::None, args);
            }
        }
        let new = typeobj::lookup(cls, &self.name_new);
        let obj = match new {
            Some(new) => {
                let new = match new.payload() {
                    Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                    _ => new,
                };
                self.call_prepended(&new, cls_v.clone(), args)?
            }
            None => return Err(self.type_error("cannot create instances")),
        };
        // __init__ only when __new__ returned an instance of cls.
        let ocls = self.class_of(&obj).clone();
        if !typeobj::is_subtype(&ocls, cls) {
            return Ok(obj);
        }
        if let Some(init) = typeobj::lookup(&ocls, &self.name_init) {
            if let Some(Payload::MethodDescr(n)) = init.payload() {
                if n.module == "object" {
                    // object.__init__: excess arguments are an error only if
                    // __new__ was not overridden either.
                    return Ok(obj);
                }
            }
            let r = self.call_prepended(&init, obj.clone(), args)?;
            if !r.is_none() {
                let tn = self.type_name(&r);
                return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
            }
        }
        Ok(obj)
    }

    /// The frame of a call of a function whose code has `simple_args`,
    /// whose `argcount` positional arguments are on the evaluator's stack
    /// from `start`: they become its first locals where they are (the
    /// caller pushes the other locals, unset), and its return cuts the
    /// stack back to `base`, the callable's slot.
    #[inline]
    pub fn positional_frame(&mut self, func: &Function, start: usize, base: usize) -> Box<Frame> {
        let mut frame = self.pooled_frame(func);
        frame.fbase = start;
        frame.ret_base = base;
        frame
    }

    /// The frame of a call of `fobj`, a function with `positional_args`,
    /// whose positional arguments are on `stack` from `start` (its callable
    /// at `base`): the defaults of missing parameters, its unset locals and
    /// its closure's cells are pushed after them, and the arguments become
    /// its first locals where they lie. None, with nothing pushed, when the
    /// call needs the general binding (too many or too few arguments).
    pub fn inplace_frame(
        &mut self,
        fobj: &PyRef,
        stack: &mut Vec<Value>,
        start: usize,
        base: usize,
    ) -> Option<Box<Frame>> {
        let Payload::Function(func, _) = &fobj.payload else {
            return None;
        };
        let nargs = stack.len() - start;
        let bound = if func.code.positional_args {
            Vm::fill_positional_locals(func, stack, nargs)
        } else {
            func.code.star_args && self.fill_star_locals(func, stack, nargs)
        };
        if !bound {
            return None;
        }
        Some(self.positional_frame(func, start, base))
    }

    /// `fill_positional_locals` for a code with `star_args`: the
    /// positional arguments past its parameters leave the stack for the
    /// `*args` tuple, which follows the parameters (the empty tuple when
    /// there are none), then a new dict for `**kwargs`, then the other
    /// locals and the closure's cells. False, with nothing changed, when
    /// the call needs the general binding.
    fn fill_star_locals(&mut self, func: &Function, locals: &mut Vec<Value>, nargs: usize) -> bool {
        let code = &func.code;
        let c = &code.code;
        let argcount = c.argcount as usize;
        let varargs = c.flags & flags::VARARGS != 0;
        let varkw = c.flags & flags::VARKEYWORDS != 0;
        if nargs > argcount {
            if !varargs {
                return false;
            }
            let extra = locals.split_off(locals.len() - (nargs - argcount));
            locals.push(self.new_tuple(extra));
        } else {
            let missing = argcount - nargs;
            if missing > 0 {
                let defaults = func.defaults.borrow();
                let defaults = defaults.as_deref().unwrap_or(&[]);
                if missing > defaults.len() {
                    return false;
                }
                locals.extend_from_slice(&defaults[defaults.len() - missing..]);
            }
            if varargs {
                locals.push(self.empty_tuple.clone());
            }
        }
        if varkw {
            locals.push(Value::Obj(self.new_dict()));
        }
        Vm::fill_other_locals(func, locals, argcount + varargs as usize + varkw as usize);
        true
    }

    /// `inplace_frame` for a call with keyword arguments (`f(a, y=1)`):
    /// the stack holds the positional arguments from `start`, then the
    /// values of `kwnames`. When every keyword names a parameter after the
    /// positional ones, once, and every parameter left has a value or a
    /// default, the keyword values move into their parameters' places and
    /// the call goes on as a positional one. None, with the stack as it
    /// was, otherwise: the general binding reports what is wrong.
    pub fn kw_inplace_frame(
        &mut self,
        fobj: &PyRef,
        stack: &mut Vec<Value>,
        start: usize,
        base: usize,
        kwnames: &[Value],
    ) -> Option<Box<Frame>> {
        const MAX_KW: usize = 8;
        let Payload::Function(func, _) = &fobj.payload else {
            return None;
        };
        let code = &func.code;
        let argcount = code.code.argcount as usize;
        let posonly = code.code.posonlyargcount as usize;
        let k = kwnames.len();
        let nargs = stack.len() - start;
        if !code.positional_args || k > MAX_KW || nargs < k || nargs - k > argcount {
            return None;
        }
        let npos = nargs - k;
        // slot_of[j]: which keyword gives parameter npos + j.
        let mut slot_of = [usize::MAX; MAX_KW];
        let free = argcount - npos;
        if free > MAX_KW {
            return None;
        }
        // A keyword may name a parameter past the positional arguments and
        // past the positional-only ones (names are interned: identity
        // first, then text).
        let first = npos.max(posonly);
        for (i, name) in kwnames.iter().enumerate() {
            let found = code.varnames[first..argcount]
                .iter()
                .position(|v| v.is(name) || v.as_str().is_some_and(|t| name.as_str() == Some(t)))
                .map(|p| p + first - npos)?;
            if slot_of[found] != usize::MAX {
                return None;
            }
            slot_of[found] = i;
        }
        let held = func.defaults.borrow();
        let defaults = held.as_deref().unwrap_or(&[]);
        let first_default = argcount.checked_sub(defaults.len())?;
        if (0..free).any(|j| slot_of[j] == usize::MAX && npos + j < first_default) {
            return None;
        }
        // Parameter npos + j takes the value now at npos + order[j]: a
        // keyword's, or one of the unset slots pushed for the defaults.
        let mut order = [0usize; MAX_KW];
        let mut spare = k;
        for j in 0..free {
            order[j] = if slot_of[j] == usize::MAX {
                spare += 1;
                spare - 1
            } else {
                slot_of[j]
            };
        }
        let kbase = start + npos;
        stack.resize(kbase + free, Value::Null);
        // Permuted in place: position j takes what started at order[j],
        // found by following the swaps already made (at most `free` steps).
        for j in 0..free {
            let mut src = order[j];
            while src < j {
                src = order[src];
            }
            stack.swap(kbase + j, kbase + src);
        }
        for j in (0..free).filter(|&j| slot_of[j] == usize::MAX) {
            stack[kbase + j] = defaults[npos + j - first_default].clone();
        }
        drop(held);
        // Every parameter has its value now: the rest of the locals (and
        // closure cells) follow, which cannot fail.
        let filled = Vm::fill_positional_locals(func, stack, argcount);
        debug_assert!(filled);
        Some(self.positional_frame(func, start, base))
    }

    /// The rest of the locals of a call of `func` whose `nargs` positional
    /// arguments are the last values of `locals`: the defaults of missing
    /// parameters, unset locals, then the closure's cells (CPython's
    /// `initialize_locals` for a code with only positional parameters and
    /// no cells of its own). False, with nothing added, when the call
    /// needs the general binding.
    fn fill_positional_locals(func: &Function, locals: &mut Vec<Value>, nargs: usize) -> bool {
        let code = &func.code;
        let argcount = code.code.argcount as usize;
        if nargs > argcount {
            return false;
        }
        let missing = argcount - nargs;
        if missing > 0 {
            let defaults = func.defaults.borrow();
            let defaults = defaults.as_deref().unwrap_or(&[]);
            if missing > defaults.len() {
                return false;
            }
            locals.extend_from_slice(&defaults[defaults.len() - missing..]);
        }
        Vm::fill_other_locals(func, locals, argcount);
        true
    }

    /// After the `named` locals bound from a call's arguments: the other
    /// variables unset, the closure's cells, and unset slots up to the
    /// code's `nlocals`.
    #[inline(always)]
    fn fill_other_locals(func: &Function, locals: &mut Vec<Value>, named: usize) {
        let nvars = func.code.code.varnames.len();
        // (`resize` is an out-of-line call: skipped when nothing is added,
        // as for most lambdas and key functions.)
        if nvars > named {
            locals.resize(locals.len() + (nvars - named), Value::Null);
        }
        let mut have = nvars;
        if let Some(cells) = &func.closure {
            locals.extend(cells.iter().map(|c| Value::Obj(c.clone())));
            have += cells.len();
        }
        if func.code.nlocals > have {
            locals.resize(locals.len() + (func.code.nlocals - have), Value::Null);
        }
    }

    /// A frame for a call of `func` from the pool (or a new one), at its
    /// start, with no locals yet.
    #[inline(always)]
    fn pooled_frame(&mut self, func: &Function) -> Box<Frame> {
        self.pooled_frame_for(&func.code, &func.globals, &func.builtins)
    }

    /// A frame running `code` in `globals`, from the pool (or a new one),
    /// at its start, with no locals yet.
    #[inline(always)]
    pub fn pooled_frame_for(
        &mut self,
        code: &Rc<PyCode>,
        globals: &PyRef,
        builtins: &PyRef,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut fr) => {
                fr.restart(code, globals, builtins);
                fr
            }
            None => Vm::new_pooled_frame(code, globals, builtins),
        }
    }

    /// `pooled_frame_for` when the pool is empty (out of line, so that
    /// the pool's path needs no room for a frame being built).
    #[cold]
    #[inline(never)]
    fn new_pooled_frame(code: &Rc<PyCode>, globals: &PyRef, builtins: &PyRef) -> Box<Frame> {
        let mut fr = Box::new(Frame::new(
            code.clone(),
            globals.clone(),
            None,
            builtins.clone(),
        ));
        fr.fast.clear();
        fr
    }

    /// Append the locals of a comprehension or generator expression run on
    /// `iter` to `locals`: `iter` as `.0`, its other variables unset, new
    /// cells for its cell variables (`.0`'s seeded from it), then the cells
    /// of `closure` (a tuple), as binding the one argument of the function
    /// `MakeFunction` would make does.
    pub fn comprehension_locals(
        code: &PyCode,
        iter: Value,
        closure: Option<&Value>,
        locals: &mut Vec<Value>,
    ) {
        let c = &code.code;
        let start = locals.len();
        locals.push(iter);
        let nvars = c.varnames.len();
        if nvars > 1 {
            locals.resize(start + nvars, Value::Null);
        }
        for arg in c.cell2arg.iter() {
            let init = match arg {
                Some(a) => locals[start + *a as usize].clone(),
                None => Value::Null,
            };
            locals.push(Value::Obj(PyObject::bare_with(|| {
                Payload::Cell(RefCell::new(init))
            })));
        }
        if let Some(Payload::Tuple(cells)) = closure.and_then(|t| t.payload()) {
            locals.extend(cells.iter().cloned());
        }
        if locals.len() < start + code.nlocals {
            locals.resize(start + code.nlocals, Value::Null);
        }
    }

    /// Build the frame of a Python function call, binding arguments as
    /// CPython's `initialize_locals` does (with its error messages).
    pub fn function_frame(
        &mut self,
        fobj: &PyRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let Payload::Function(func, _) = &fobj.payload else {
            return Err(self.type_error("not a function"));
        };
        let c = &func.code.code;
        // The common case: exactly the positional parameters, nothing
        // else to bind (no defaults used, no *args/**kwargs, no cells).
        if kwnames.is_empty()
            && args.len() <= c.argcount as usize
            && c.kwonlyargcount == 0
            && c.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && c.cellvars.is_empty()
        {
            let n = c.nlocalsplus();
            let mut frame = self.pooled_frame(func);
            frame.fast.clear();
            frame.fast.reserve(n + c.max_stackdepth as usize + 2);
            frame.fast.extend_from_slice(args);
            if Vm::fill_positional_locals(func, &mut frame.fast, args.len()) {
                return Ok(frame);
            }
            // Missing arguments: the general binding reports them.
            self.recycle_frame(frame);
        }
        let code = func.code.clone();
        let c = &code.code;
        let mut frame = match self.frame_pool.pop() {
            Some(mut fr) => {
                fr.reset(code.clone(), func.globals.clone(), func.builtins.clone());
                fr
            }
            None => Box::new(Frame::new(
                code.clone(),
                func.globals.clone(),
                None,
                func.builtins.clone(),
            )),
        };
        let argcount = c.argcount as usize;
        let kwonly = c.kwonlyargcount as usize;
        let has_varargs = c.flags & flags::VARARGS != 0;
        let has_varkw = c.flags & flags::VARKEYWORDS != 0;
        let npos = args.len() - kwnames.len();
        let fast = &mut frame.fast;
        // Positional arguments.
        let n = npos.min(argcount);
        fast[..n].clone_from_slice(&args[..n]);
        let mut kwdict: Option<PyRef> = None;
        if has_varkw {
            kwdict = Some(self.new_dict());
        }
        if has_varargs {
            let extra = if npos > argcount {
                args[argcount..npos].to_vec()
            } else {
                Vec::new()
            };
            fast[argcount + kwonly] = self.new_tuple(extra);
        } else if npos > argcount {
            return Err(self.too_many_positional(func, npos, kwnames, args));
        }
        // Keyword arguments.
        for (i, name) in kwnames.iter().enumerate() {
            let value = args[npos + i].clone();
            let key = name.as_str().unwrap_or("");
            let slot = code.varnames[c.posonlyargcount as usize..argcount + kwonly]
                .iter()
                .position(|v| v.as_str() == Some(key))
                .map(|p| p + c.posonlyargcount as usize);
            match slot {
                Some(s) => {
                    if !fast[s].is_null() {
                        let q = func.qualname.borrow().clone();
                        return Err(self.type_error(format!(
                            "{q}() got multiple values for argument '{key}'"
                        )));
                    }
                    fast[s] = value;
                }
                None => match &kwdict {
                    Some(d) => dict_of(d).set_str(name.clone(), value),
                    None => {
                        let q = func.qualname.borrow().clone();
                        let is_posonly = code.varnames[..c.posonlyargcount as usize]
                            .iter()
                            .any(|v| v.as_str() == Some(key));
                        if is_posonly {
                            let names: Vec<&str> = kwnames
                                .iter()
                                .filter_map(|k| k.as_str())
                                .filter(|k| {
                                    code.varnames[..c.posonlyargcount as usize]
                                        .iter()
                                        .any(|v| v.as_str() == Some(k))
                                })
                                .collect();
                            return Err(self.type_error(format!(
                                "{q}() got some positional-only arguments passed as keyword arguments: '{}'",
                                names.join(", ")
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{q}() got an unexpected keyword argument '{key}'"
                        )));
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            let idx = argcount + kwonly + has_varargs as usize;
            fast[idx] = Value::Obj(d);
        }
        // Defaults for missing positionals.
        if npos < argcount {
            let defaults = func.defaults.borrow();
            let defaults = defaults.as_deref().unwrap_or(&[]);
            let first_default = argcount - defaults.len();
            let mut missing = Vec::new();
            for i in npos..argcount {
                if fast[i].is_null() {
                    if i >= first_default {
                        fast[i] = defaults[i - first_default].clone();
                    } else {
                        missing.push(code.varnames[i].as_str().unwrap_or("").to_string());
                    }
                }
            }
            if !missing.is_empty() {
                let q = func.qualname.borrow().clone();
                return Err(self.missing_args(&q, &missing, "positional"));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let kwd = func.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for (slot, name) in fast[argcount..argcount + kwonly]
                .iter_mut()
                .zip(&code.varnames[argcount..])
            {
                if slot.is_null() {
                    match kwd.as_ref().and_then(|k| dict_of(k).get_name(name)) {
                        Some(v) => *slot = v,
                        None => missing.push(name.as_str().unwrap_or("").to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                let q = func.qualname.borrow().clone();
                return Err(self.missing_args(&q, &missing, "keyword-only"));
            }
        }
        // Cells: fresh ones for cellvars (seeded from arguments), then the
        // closure's cells.
        let nvars = c.varnames.len();
        for (i, arg) in c.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => std::mem::replace(&mut fast[*a as usize], Value::Null),
                None => Value::Null,
            };
            if let Some(a) = arg {
                // The argument stays readable as a local too.
                fast[*a as usize] = init.clone();
            }
            fast[nvars + i] = Value::Obj(PyObject::bare_with(|| Payload::Cell(RefCell::new(init))));
        }
        if let Some(closure) = &func.closure {
            let base = nvars + c.cellvars.len();
            for (i, cell) in closure.iter().enumerate() {
                if base + i < fast.len() {
                    fast[base + i] = Value::Obj(cell.clone());
                }
            }
        }
        Ok(frame)
    }

    fn too_many_positional(
        &mut self,
        func: &crate::object::Function,
        given: usize,
        kwnames: &[Value],
        args: &[Value],
    ) -> PyErr {
        let c = &func.code.code;
        let q = func.qualname.borrow().clone();
        let argcount = c.argcount as usize;
        let ndefaults = func
            .defaults
            .borrow()
            .as_ref()
            .map(|d| d.len())
            .unwrap_or(0);
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            format!("{} positional argument{}", argcount, plural(argcount))
        };
        let _ = args;
        let kw_given = kwnames
            .iter()
            .filter(|k| {
                let k = k.as_str().unwrap_or("");
                func.code.varnames[argcount..argcount + c.kwonlyargcount as usize]
                    .iter()
                    .any(|v| v.as_str() == Some(k))
            })
            .count();
        let given_s = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                given,
                plural(given),
                kw_given,
                plural(kw_given)
            )
        } else if given == 1 {
            "1 was given".to_string()
        } else {
            format!("{given} were given")
        };
        self.type_error(format!("{q}() takes {takes} but {given_s}"))
    }

    fn missing_args(&mut self, qualname: &str, missing: &[String], kind: &str) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let n = missing.len();
        self.type_error(format!(
            "{qualname}() missing {n} required {kind} argument{}: {list}",
            if n == 1 { "" } else { "s" }
        ))
    }

    /// The builtins dict for a globals dict (its `__builtins__`, else ours).
    pub fn builtins_of(&self, globals: &PyRef) -> PyRef {
        if let Some(Value::Obj(b)) = dict_of(globals).get_str("__builtins__") {
            match &b.payload {
                Payload::Module(m) => return m.dict.clone(),
                Payload::Dict(_) => return b,
                _ => {}
            }
        }
        self.builtins_dict.clone()
    }

    /// Run a class body function with `ns` as its locals.
    pub fn run_class_body(&mut self, body: &Value, ns: PyRef) -> PyResult<()> {
        let Some(Payload::Function(func, _)) = body.payload() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let builtins = self.builtins_of(&func.globals);
        let mut frame = Box::new(Frame::new(
            func.code.clone(),
            func.globals.clone(),
            Some(ns),
            builtins,
        ));
        let c = &func.code.code;
        let nvars = c.varnames.len();
        for i in 0..c.cellvars.len() {
            frame.fast[nvars + i] = Value::Obj(PyObject::bare_with(|| {
                Payload::Cell(RefCell::new(Value::Null))
            }));
        }
        if let Some(closure) = &func.closure {
            let base = nvars + c.cellvars.len();
            for (i, cell) in closure.iter().enumerate() {
                if base + i < frame.fast.len() {
                    frame.fast[base + i] = Value::Obj(cell.clone());
                }
            }
        }
        let (_, r) = self.run_frame(frame);
        r.map(|_| ())
    }

    /// `run_finalizers` from the evaluator in frame `f`: a warning a
    /// finalizer gives is reported at the frame's last synced instruction
    /// (its last call, usually on the line that dropped the object).
    #[cold]
    #[inline(never)]
    pub fn run_finalizers_in(&mut self, f: &crate::frame::Frame) {
        let outer = self.finalizing_at.replace((f.code.clone(), f.lasti));
        self.run_finalizers();
        self.finalizing_at = outer;
    }

    /// Run the finalizers of objects released since the last check
    /// (close suspended generators); errors are reported, not raised.
    #[cold]
    pub fn run_finalizers(&mut self) {
        loop {
            let queued = crate::object::take_pending_finalizers();
            let callbacks = crate::object::gc::take_weakref_callbacks();
            if queued.is_empty() && callbacks.is_empty() {
                if crate::object::gc::collection_due() {
                    self.collect_if_due();
                    continue;
                }
                break;
            }
            for obj in queued {
                // `__del__` once (PEP 442), or closing a suspended
                // generator; a resurrected object outlives this drop.
                self.finalize(&obj);
                if let Payload::Generator(g) = &obj.payload {
                    // The frame must go even if the generator refused to
                    // close, or this drop would queue it again.
                    if let Ok(mut g) = g.try_borrow_mut() {
                        g.frame = None;
                    }
                }
                drop(obj);
            }
            for (wr, cb) in callbacks {
                self.weakref_callback(&wr, &cb);
            }
        }
    }

    /// `recycle_frame` for a frame that returned from the evaluator's
    /// stack: its locals were there (its `fast` is empty) and it ran no
    /// generator, so there is nothing to clear.
    #[inline(always)]
    pub fn recycle_returned(&mut self, f: Box<Frame>) {
        debug_assert!(f.fast.is_empty() && f.gen.is_none());
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }

    /// Return a finished frame to the pool (its values are released now).
    #[inline(always)]
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 64 {
            f.fast.clear();
            f.gen = None;
            self.frame_pool.push(f);
        }
    }

    // ----- generators -----

    pub fn make_generator(&mut self, frame: Box<Frame>) -> Value {
        let code = frame.code.clone();
        // The payload is made once the object's block is taken (a payload
        // built before and moved in is read back with wider loads than it
        // was written with).
        Value::Obj(PyObject::bare_with(|| {
            Payload::Generator(Box::new(RefCell::new(GenData {
                frame: Some(frame),
                exc_state: Value::None,
                running: false,
                code,
            })))
        }))
    }

    /// Resume a generator with `sent`: Ok(Ok(yielded)) or Ok(Err(returned)).
    pub fn gen_send(&mut self, gen: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
        self.gen_resume(gen, Some(sent), None)
    }

    /// Entering a generator: its own handled exception becomes
    /// `sys.exc_info()`, or, when it has none, the caller's stays visible
    /// (CPython chains the generator's exception state onto its caller's).
    /// Returns the caller's, for `swap_out_gen_exc`.
    pub fn swap_in_gen_exc(&mut self, gen_exc: Value) -> Value {
        let shown = if gen_exc.is_none() {
            self.exc_info.clone()
        } else {
            gen_exc
        };
        std::mem::replace(&mut self.exc_info, shown)
    }

    /// Leaving a generator: the caller's exception state comes back; the
    /// generator keeps its own (None when it only saw the caller's).
    pub fn swap_out_gen_exc(&mut self, caller_exc: Value) -> Value {
        let own = std::mem::replace(&mut self.exc_info, caller_exc);
        if own.is(&self.exc_info) {
            Value::None
        } else {
            own
        }
    }

    /// Resume with a value to send, or an exception to throw in.
    pub fn gen_resume(
        &mut self,
        gen: &Value,
        sent: Option<Value>,
        throw: Option<PyErr>,
    ) -> PyResult<Result<Value, Value>> {
        let Some(Payload::Generator(g)) = gen.payload() else {
            return Err(self.type_error("not a generator"));
        };
        let frame = {
            let mut gd = g.borrow_mut();
            if gd.running {
                drop(gd);
                let kind = crate::builtins::coroutine::kind_name(gen);
                return Err(self.new_error("ValueError", format!("{kind} already executing")));
            }
            match gd.frame.take() {
                Some(fr) => {
                    gd.running = true;
                    fr
                }
                None => {
                    drop(gd);
                    if let Some(e) = throw {
                        return Err(e);
                    }
                    if crate::builtins::coroutine::kind_name(gen) == "coroutine" {
                        return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                    }
                    return Ok(Err(Value::None));
                }
            }
        };
        let mut frame = frame;
        let gen_exc = std::mem::replace(&mut g.borrow_mut().exc_state, Value::None);
        let caller_exc = self.swap_in_gen_exc(gen_exc);
        let started = frame.lasti > 0 || frame.ip > 0;
        if let Some(v) = &sent {
            if !started && !v.is_none() {
                g.borrow_mut().frame = Some(frame);
                g.borrow_mut().running = false;
                g.borrow_mut().exc_state = self.swap_out_gen_exc(caller_exc);
                let kind = crate::builtins::coroutine::kind_name(gen);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {kind}"
                )));
            }
            if started {
                frame.fast.push(v.clone());
            }
        }
        let result = match throw {
            Some(err) => {
                // Throw: if suspended in `yield from`, forward to the
                // sub-iterator first.
                let at_yield_from = started
                    && matches!(
                        frame.code.code.instructions.get(frame.ip),
                        Some(pyprobe_bytecode::Instruction::YieldFrom)
                    );
                if at_yield_from {
                    let sub = frame.fast.last().cloned().unwrap_or(Value::None);
                    match self.throw_into(&sub, err) {
                        Ok(Ok(yielded)) => {
                            g.borrow_mut().frame = Some(frame);
                            g.borrow_mut().running = false;
                            g.borrow_mut().exc_state = self.swap_out_gen_exc(caller_exc);
                            return Ok(Ok(yielded));
                        }
                        Ok(Err(ret)) => {
                            // The sub-iterator returned: continue after yield from.
                            frame.fast.pop();
                            frame.fast.push(ret);
                            frame.ip += 1;
                            self.run_frame(frame)
                        }
                        Err(e) => self.run_frame_with_error(frame, e),
                    }
                } else {
                    self.run_frame_with_error(frame, err)
                }
            }
            None => {
                if started && sent.is_none() {
                    frame.fast.push(Value::None);
                }
                self.run_frame(frame)
            }
        };
        let (frame, r) = result;
        let mut gd = g.borrow_mut();
        gd.running = false;
        gd.exc_state = self.swap_out_gen_exc(caller_exc);
        match r {
            Ok(Exit::Yield(v)) => {
                gd.frame = Some(frame);
                Ok(Ok(v))
            }
            Ok(Exit::Return(v)) => {
                drop(gd);
                self.recycle_frame(frame);
                Ok(Err(v))
            }
            Err(e) => {
                drop(gd);
                self.recycle_frame(frame);
                // StopIteration escaping a generator becomes RuntimeError
                // (and StopAsyncIteration an asynchronous generator).
                let kind = crate::builtins::coroutine::kind_name(gen);
                let escaped = if self.err_is(&e, "StopIteration") {
                    Some("StopIteration")
                } else if kind == "async generator" && self.err_is(&e, "StopAsyncIteration") {
                    Some("StopAsyncIteration")
                } else {
                    None
                };
                if let Some(name) = escaped {
                    let re = self.runtime_error(format!("{kind} raised {name}"));
                    crate::exc::set_cause(&re, &e);
                    return Err(re);
                }
                Err(e)
            }
        }
    }

    /// Start a suspended frame by raising `err` at its current position.
    fn run_frame_with_error(
        &mut self,
        mut frame: Box<Frame>,
        err: PyErr,
    ) -> (Box<Frame>, PyResult<Exit>) {
        // Position the frame on the instruction that suspended it, then let
        // the evaluator unwind from there.
        if frame.ip > 0 {
            frame.lasti = frame.ip - 1;
        }
        self.pending_throw = Some(err);
        self.run_frame(frame)
    }

    fn throw_into(&mut self, sub: &Value, err: PyErr) -> PyResult<Result<Value, Value>> {
        if let Some(Payload::Generator(_)) = sub.payload() {
            return self.gen_resume(sub, None, Some(err));
        }
        match self.getattr_opt(sub, "throw")? {
            Some(t) => match self.call(&t, &[Value::Obj(err.exc)]) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if self.err_is(&e, "StopIteration") => {
                    Ok(Err(crate::exc::stop_iteration_value(&e)))
                }
                Err(e) => Err(e),
            },
            None => Err(err),
        }
    }

    /// `generator.close()`.
    pub fn gen_close(&mut self, gen: &Value) -> PyResult<()> {
        let Some(Payload::Generator(g)) = gen.payload() else {
            return Ok(());
        };
        let started = g.borrow().frame.as_ref().map(|f| f.ip > 0).unwrap_or(false);
        if !started {
            g.borrow_mut().frame = None;
            return Ok(());
        }
        let exit = self.new_error("GeneratorExit", "");
        if let Payload::Exception(e) = &exit.exc.payload {
            e.borrow_mut().args = self.empty_tuple.clone();
        }
        match self.gen_resume(gen, None, Some(exit)) {
            Ok(Ok(_)) => {
                let kind = crate::builtins::coroutine::kind_name(gen);
                Err(self.runtime_error(format!("{kind} ignored GeneratorExit")))
            }
            Ok(Err(_)) => Ok(()),
            Err(e) if self.err_is(&e, "GeneratorExit") || self.err_is(&e, "StopIteration") => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    pub fn type_flags(&self, cls: &PyRef) -> u32 {
        cls.type_data().map(|t| t.flags.get()).unwrap_or(0)
            & (tflags::CUSTOM_GETATTR | tflags::CUSTOM_SETATTR | tflags::SLOTS)
    }
}
