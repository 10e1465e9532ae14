//! Exceptions: the built-in hierarchy, exception objects, tracebacks and
//! their printing.
//!
//! CPython counterparts: `Objects/exceptions.c` (the hierarchy and
//! `BaseException`), `Python/traceback.c` and `Lib/traceback.py` (the
//! printed format), `Python/pythonrun.c` (`print_exception_recursive`).

use crate::frame::Frame;
use crate::object::{tflags, Args, BaseKind, ExcData, Payload, PyObject, PyRef, TbEntry};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// CPython's limits on how much of an exception group is printed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// State of printing one uncaught exception (CPython's
/// `exception_print_context`).
struct PrintContext {
    /// How many groups enclose the exception being printed; each adds an
    /// indent of two and a `| ` margin.
    group_depth: usize,
    /// Whether the last member's box still needs its closing line.
    need_close: bool,
    /// Exceptions already printed, so that chains with cycles end.
    seen: Vec<usize>,
}

impl PrintContext {
    fn indented_margin(&self) -> String {
        if self.group_depth == 0 {
            String::new()
        } else {
            format!("{}| ", " ".repeat(2 * self.group_depth))
        }
    }
}

/// (name, base) in definition order: CPython 3.12's hierarchy.
const HIERARCHY: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("UnsupportedOperation", "OSError"),
];

pub fn init_exceptions(vm: &mut Vm) {
    let base = vm.types.base_exception.clone();
    vm.exc.insert("BaseException", base.clone());
    typeobj::add_methods(
        vm,
        &base,
        &[
            ("__init__", exc_init),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
            ("__reduce__", exc_reduce),
            ("__setstate__", exc_setstate),
        ],
    );
    typeobj::add_staticmethods(vm, &base, &[]);
    let new = vm.new_native("__new__", "BaseException", exc_new);
    let sm = Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new))));
    typeobj::set_type_attr(vm, &base, "__new__", sm);
    for (name, parent) in HIERARCHY {
        let parent = vm.exc[parent].clone();
        let mut mro = typeobj::mro(&parent);
        let t = PyObject::bare(Payload::Type(Box::new(crate::object::TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(vec![parent.clone()]),
            mro: RefCell::new(Vec::new()),
            dict: crate::dict::PyDict::new(),
            base: BaseKind::Exception,
            flags: std::cell::Cell::new(tflags::BASETYPE),
            builtin: true,
            subclasses: RefCell::new(Vec::new()),
            nslots: std::cell::Cell::new(0),
            attr_keys: Default::default(),
            hashes_by_value: std::cell::Cell::new(0),
        })));
        mro.insert(0, t.clone());
        if *name == "UnsupportedOperation" {
            // `io.UnsupportedOperation(OSError, ValueError)`: the io
            // module's, not a builtin.
            let value_error = vm.exc["ValueError"].clone();
            mro.insert(2, value_error.clone());
            if let Some(td) = t.type_data() {
                td.bases.borrow_mut().push(value_error);
                let key = vm.intern("__module__");
                td.dict.set_str(key, Value::str("io"));
            }
        }
        if let Some(td) = t.type_data() {
            *td.mro.borrow_mut() = mro;
        }
        vm.exc.insert(name, t);
    }
    crate::exc_group::init_exception_groups(vm);
    let names: Vec<(&'static str, PyRef)> = vm.exc.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (name, t) in names
        .into_iter()
        .filter(|(n, _)| *n != "UnsupportedOperation")
    {
        let key = vm.intern(name);
        typeobj::dict_of(&vm.builtins_dict).set_str(key, Value::Obj(t));
    }
    let env = vm.exc["OSError"].clone();
    let key = vm.intern("EnvironmentError");
    typeobj::dict_of(&vm.builtins_dict).set_str(key.clone(), Value::Obj(env.clone()));
    let key = vm.intern("IOError");
    typeobj::dict_of(&vm.builtins_dict).set_str(key, Value::Obj(env));
}

/// A new exception instance of class `ty` with the given args tuple.
pub fn new_exception(ty: PyRef, args: Value) -> PyRef {
    PyObject::with_class(
        ty,
        Payload::Exception(Box::new(RefCell::new(ExcData::new(args)))),
        None,
    )
}

fn exc_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let rest = vm.new_tuple(pos[1..].to_vec());
    // OSError(errno, ...) makes the subclass for that errno, as CPython.
    let mut cls = cls.clone();
    if (3..=6).contains(&pos.len()) && vm.exc.get("OSError").is_some_and(|t| cls.is(t)) {
        if let Value::Int(errno) = pos[1] {
            let sub = match errno {
                2 => Some("FileNotFoundError"),
                13 | 1 => Some("PermissionError"),
                17 => Some("FileExistsError"),
                21 => Some("IsADirectoryError"),
                20 => Some("NotADirectoryError"),
                3 => Some("ProcessLookupError"),
                4 => Some("InterruptedError"),
                10 => Some("ChildProcessError"),
                11 => Some("BlockingIOError"),
                32 => Some("BrokenPipeError"),
                104 => Some("ConnectionResetError"),
                111 => Some("ConnectionRefusedError"),
                110 => Some("TimeoutError"),
                _ => None,
            };
            if let Some(s) = sub {
                cls = vm.exc[s].clone();
            }
        }
    }
    // Its `__dict__` is made on first use, as CPython's.
    Ok(Value::Obj(new_exception(cls, rest)))
}

fn exc_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if let Some(Payload::Exception(e)) = slf.payload() {
        let mut pos = args.positional();
        if args.has_keywords() {
            init_keywords(vm, slf, &args)?;
        }
        // OSError(errno, strerror[, filename[, winerror[, filename2]]]):
        // a filename leaves `args` with the first two.
        if (2..=5).contains(&pos.len()) && typeobj::is_subtype(vm.class_of(slf), &vm.exc["OSError"])
        {
            let filename = pos[2..].first().filter(|f| !f.is_none());
            if let Some(filename) = filename {
                set_exc_attr(slf, "filename", filename.clone());
                if let Some(f2) = pos.get(4).filter(|f| !f.is_none()) {
                    set_exc_attr(slf, "filename2", f2.clone());
                }
                pos = &pos[..2];
            }
        }
        // `__new__` made `args` of these very objects already (the usual
        // `E(x)`): kept, as CPython keeps the tuple it is given.
        let same = match e.borrow().args.payload() {
            Some(Payload::Tuple(t)) => {
                t.len() == pos.len() && t.iter().zip(pos).all(|(a, b)| a.is(b))
            }
            _ => false,
        };
        if !same {
            let t = vm.new_tuple(pos.to_vec());
            let old = std::mem::replace(&mut e.borrow_mut().args, t);
            drop(old);
        }
    }
    Ok(Value::None)
}

/// The keyword arguments of an exception's `__init__`: those of
/// NameError (`name`), AttributeError (`name`, `obj`) and ImportError
/// (`name`, `path`, `name_from`) and their subclasses become attributes;
/// every other exception takes none (CPython's `*_init` functions).
fn init_keywords(vm: &mut Vm, slf: &Value, args: &Args) -> PyResult<()> {
    let cls = vm.class_of(slf).clone();
    let kinds: [(&str, &[&str]); 3] = [
        ("NameError", &["name"]),
        ("AttributeError", &["name", "obj"]),
        ("ImportError", &["name", "path", "name_from"]),
    ];
    let found = kinds
        .into_iter()
        .find(|(k, _)| typeobj::is_subtype(&cls, &vm.exc[k]));
    let Some((kind, allowed)) = found else {
        let tn = typeobj::type_name(&cls);
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    };
    let given = args.keywords().count();
    if given > allowed.len() {
        let n = allowed.len();
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{kind}() takes at most {n} keyword argument{s} ({given} given)"
        )));
    }
    if let Some((bad, _)) = args.keywords().find(|(k, _)| !allowed.contains(k)) {
        return Err(vm.type_error(format!(
            "'{bad}' is an invalid keyword argument for {kind}()"
        )));
    }
    for (k, v) in args.keywords() {
        set_exc_attr(slf, k, v.clone());
    }
    Ok(())
}

/// A UnicodeDecodeError or UnicodeEncodeError as CPython's codecs make
/// them: `args` are (encoding, object, start, end, reason), from which
/// its attributes and its message come.
pub fn unicode_error(
    vm: &mut Vm,
    kind: &str,
    encoding: &str,
    object: Value,
    range: (usize, usize),
    reason: &str,
) -> PyErr {
    let ty = vm.exc[kind].clone();
    let args = vm.new_tuple(vec![
        Value::str(encoding),
        object,
        Value::Int(range.0 as i64),
        Value::Int(range.1 as i64),
        Value::str(reason),
    ]);
    PyErr::new(new_exception(ty, args))
}

/// Set attribute `name` of an exception in its `__dict__` (made if it has
/// none): where pyprobe keeps what CPython's exception structs hold in
/// members (`name`, `obj`, `path`, `filename` ...).
pub fn set_exc_attr(exc: &Value, name: &str, value: Value) {
    let Value::Obj(o) = exc else { return };
    let d = match o.dict() {
        Some(d) => d,
        None => {
            let d = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
            drop(o.replace_dict(Some(d.clone())));
            d
        }
    };
    if let Payload::Dict(dd) = &d.payload {
        dd.set_str(Value::str(name), value);
    }
}

fn exc_with_traceback(_vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if let (Some(Payload::Exception(e)), Some(tb)) = (slf.payload(), args.positional().first()) {
        match tb.payload() {
            Some(Payload::Traceback(entries)) => {
                let mut inner_first = entries.clone();
                inner_first.reverse();
                e.borrow_mut().traceback = inner_first;
            }
            _ => e.borrow_mut().traceback.clear(),
        }
    }
    Ok(slf.clone())
}

fn exc_add_note(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let Some(note) = args.positional().first().cloned() else {
        return Err(vm.type_error("add_note() takes exactly one argument (0 given)"));
    };
    if note.as_str().is_none() {
        let tn = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    if let Some(Payload::Exception(e)) = slf.payload() {
        // `__notes__` as the exception has it (assigned, or made here).
        let notes = vm
            .getattr_opt(slf, "__notes__")?
            .unwrap_or_else(|| e.borrow().notes.clone());
        match notes.payload() {
            Some(Payload::List(l)) => l.borrow_mut().push(note),
            _ if notes.is_none() => e.borrow_mut().notes = vm.new_list(vec![note]),
            _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
    }
    Ok(Value::None)
}

/// `BaseException.__reduce__()`: `(type, args)`, and the instance's
/// `__dict__` when it has one (made on first use, so perhaps empty).
fn exc_reduce(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let cls = Value::Obj(vm.class_of(slf).clone());
    let a = match slf.payload() {
        Some(Payload::Exception(e)) => e.borrow().args.clone(),
        _ => vm.empty_tuple.clone(),
    };
    match slf.as_obj().and_then(|o| o.dict()) {
        Some(d) => Ok(vm.new_tuple(vec![cls, a, Value::Obj(d)])),
        _ => Ok(vm.new_pair(cls, a)),
    }
}

/// `BaseException.__setstate__(state)`: each item of the dict `state`
/// becomes an attribute (None sets nothing).
fn exc_setstate(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let state =
        crate::builtins::args::exact(vm, "BaseException.__setstate__", &args, 1)?[0].clone();
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    for (k, v) in d.items() {
        vm.setattr(slf, &k, v)?;
    }
    Ok(Value::None)
}

/// Append a traceback entry for frame `f` at instruction `at` (where the
/// error came from: its `lasti`, or the plain instruction of a fused run
/// that failed).
pub fn add_traceback(vm: &Vm, err: &PyErr, f: &Frame, at: usize) {
    let _ = vm;
    if let Payload::Exception(e) = &err.exc.payload {
        let code = &f.code.code;
        let name: Rc<str> = if code.flags & pyprobe_bytecode::flags::INLINED_COMPREHENSION != 0 {
            // CPython 3.12 inlines comprehensions: show the enclosing name.
            Rc::from(inlining_name(&code.qualname))
        } else {
            f.code.fn_name.clone()
        };
        e.borrow_mut().traceback.push(TbEntry {
            filename: f.code.filename.clone(),
            name,
            lineno: code.line_at(at),
            code: Some(f.code.clone()),
            lasti: u32::try_from(at).unwrap_or(u32::MAX),
            globals: Some(f.globals.clone()),
        });
    }
}

/// The name of the code a list, set or dict comprehension of qualified
/// name `qualname` runs in under CPython 3.12, which inlines them (PEP 709):
/// the function or class around it, through nested comprehensions
/// (`f.<locals>.<listcomp>.<locals>.<listcomp>` runs in `f`, `C.<listcomp>`
/// in `C`), or the module.
fn inlining_name(qualname: &str) -> &str {
    let mut outer = qualname;
    loop {
        let Some((rest, last)) = outer.rsplit_once('.') else {
            // Only comprehensions were left: the module's.
            return if matches!(outer, "<listcomp>" | "<setcomp>" | "<dictcomp>") {
                "<module>"
            } else {
                outer
            };
        };
        if !matches!(last, "<listcomp>" | "<setcomp>" | "<dictcomp>") {
            return last;
        }
        outer = rest.strip_suffix(".<locals>").unwrap_or(rest);
    }
}

pub fn stop_iteration_value(e: &PyErr) -> Value {
    match &e.exc.payload {
        Payload::Exception(x) => crate::ops::tuple_items(&x.borrow().args)
            .into_iter()
            .next()
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

pub fn set_cause(err: &PyErr, cause: &PyErr) {
    if let Payload::Exception(e) = &err.exc.payload {
        let mut e = e.borrow_mut();
        e.cause = Value::Obj(cause.exc.clone());
        e.context = Value::Obj(cause.exc.clone());
        e.suppress_context = true;
    }
}

/// AttributeError's `name` and `obj` attributes.
pub fn set_attr_error_context(err: &PyErr, obj: &Value, name: &Value) {
    let exc = Value::Obj(err.exc.clone());
    set_exc_attr(&exc, "name", name.clone());
    set_exc_attr(&exc, "obj", obj.clone());
}

impl Vm {
    /// `except T:` matching: T is a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let cls = self.class_of(exc).clone();
        match ty.payload() {
            Some(Payload::Tuple(items)) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Payload::Type(_)) => {
                let t = ty.as_obj().expect("type is an object");
                if !typeobj::is_subtype(t, &self.types.base_exception) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(typeobj::is_subtype(&cls, t))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `exc.__traceback__`: a traceback object whose first entry is the
    /// outermost frame (`tb_next` goes inwards), the same object while the
    /// traceback does not grow.
    pub fn traceback_of(&self, exc: &Value) -> Value {
        match exc.payload() {
            Some(Payload::Exception(e)) => {
                let mut e = e.borrow_mut();
                let n = e.traceback.len();
                if n == 0 {
                    return Value::None;
                }
                if let Some((len, obj)) = &e.tb_obj {
                    if *len == n {
                        return Value::Obj(obj.clone());
                    }
                }
                let mut entries = e.traceback.clone();
                entries.reverse();
                let obj = PyObject::bare(Payload::Traceback(entries));
                e.tb_obj = Some((n, obj.clone()));
                Value::Obj(obj)
            }
            _ => Value::None,
        }
    }

    /// The text CPython prints for an uncaught exception (with chained
    /// causes and contexts, and exception groups drawn as nested boxes).
    pub fn format_exception(&mut self, exc: &PyRef) -> String {
        let mut out = String::new();
        let mut ctx = PrintContext {
            group_depth: 0,
            need_close: false,
            seen: Vec::new(),
        };
        self.print_exception_recursive(exc, &mut out, &mut ctx, 0);
        out
    }

    /// One exception with the chain before it (CPython's
    /// `print_exception_recursive`); `depth` bounds the recursion.
    fn print_exception_recursive(
        &mut self,
        exc: &PyRef,
        out: &mut String,
        ctx: &mut PrintContext,
        depth: usize,
    ) {
        ctx.seen.push(exc.id());
        if let Payload::Exception(e) = &exc.payload {
            let (cause, context, suppress) = {
                let e = e.borrow();
                (e.cause.clone(), e.context.clone(), e.suppress_context)
            };
            if depth < 100 {
                if let Value::Obj(c) = &cause {
                    if !ctx.seen.contains(&c.id()) {
                        self.print_chained(c, out, ctx, depth, CAUSE_MESSAGE);
                    }
                } else if let (Value::Obj(c), false) = (&context, suppress) {
                    if !ctx.seen.contains(&c.id()) {
                        self.print_chained(c, out, ctx, depth, CONTEXT_MESSAGE);
                    }
                }
            }
        }
        match crate::exc_group::group_parts(&Value::Obj(exc.clone())) {
            Some((_, excs)) => self.print_exception_group(exc, &excs, out, ctx, depth),
            None => self.print_exception(exc, out, ctx),
        }
    }

    /// A cause or context, then the line that links it to what follows.
    fn print_chained(
        &mut self,
        exc: &PyRef,
        out: &mut String,
        ctx: &mut PrintContext,
        depth: usize,
        message: &str,
    ) {
        let need_close = ctx.need_close;
        self.print_exception_recursive(exc, out, ctx, depth + 1);
        ctx.need_close = need_close;
        let margin = ctx.indented_margin();
        out.push_str(&format!("{margin}\n{margin}{message}{margin}\n"));
    }

    /// A group's own traceback and line, then each member in a numbered
    /// box (CPython's `print_exception_group`: at most 15 members shown,
    /// 10 levels deep).
    fn print_exception_group(
        &mut self,
        exc: &PyRef,
        excs: &Value,
        out: &mut String,
        ctx: &mut PrintContext,
        depth: usize,
    ) {
        if ctx.group_depth > MAX_GROUP_DEPTH {
            let margin = ctx.indented_margin();
            out.push_str(&format!(
                "{margin}... (max_group_depth is {MAX_GROUP_DEPTH})\n"
            ));
            return;
        }
        if ctx.group_depth == 0 {
            ctx.group_depth += 1;
        }
        self.print_exception(exc, out, ctx);
        let excs = crate::ops::tuple_items(excs);
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, member) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                // The closing line may come from a nested group instead.
                ctx.need_close = true;
            }
            let indent = " ".repeat(2 * ctx.group_depth);
            let head = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                out.push_str(&format!(
                    "{indent}{head}+---------------- ... ----------------\n"
                ));
            } else {
                out.push_str(&format!(
                    "{indent}{head}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            ctx.group_depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let margin = ctx.indented_margin();
                out.push_str(&format!(
                    "{margin}and {more} more exception{}\n",
                    if more > 1 { "s" } else { "" }
                ));
            } else if let Value::Obj(m) = member {
                if depth < 1000 {
                    self.print_exception_recursive(m, out, ctx, depth + 1);
                }
            }
            if last && ctx.need_close {
                let indent = " ".repeat(2 * ctx.group_depth);
                out.push_str(&format!("{indent}+------------------------------------\n"));
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if ctx.group_depth == 1 {
            ctx.group_depth -= 1;
        }
    }

    /// One exception's traceback and `Type: message` lines, each behind
    /// the margin of the group it is in (CPython's `print_exception`).
    fn print_exception(&mut self, exc: &PyRef, out: &mut String, ctx: &PrintContext) {
        let margin = ctx.indented_margin();
        if let Payload::Exception(e) = &exc.payload {
            let tb = e.borrow().traceback.clone();
            if !tb.is_empty() {
                let is_group = e.borrow().group.is_some();
                let (header, header_margin) = if is_group {
                    let m = if ctx.group_depth == 1 {
                        format!("{}+ ", " ".repeat(2 * ctx.group_depth))
                    } else {
                        margin.clone()
                    };
                    ("Exception Group Traceback (most recent call last):", m)
                } else {
                    ("Traceback (most recent call last):", margin.clone())
                };
                out.push_str(&format!("{header_margin}{header}\n"));
                let entries: Vec<&TbEntry> = tb.iter().rev().collect();
                let mut i = 0;
                while i < entries.len() {
                    let t = entries[i];
                    // Collapse runs of identical entries as CPython does.
                    let mut run = 1;
                    while i + run < entries.len()
                        && entries[i + run].filename == t.filename
                        && entries[i + run].lineno == t.lineno
                        && entries[i + run].name == t.name
                    {
                        run += 1;
                    }
                    let shown = run.min(3);
                    for _ in 0..shown {
                        out.push_str(&format!(
                            "{margin}  File \"{}\", line {}, in {}\n",
                            t.filename, t.lineno, t.name
                        ));
                        crate::traceback::display_source_line(out, &margin, t);
                    }
                    if run > 3 {
                        let more = run - 3;
                        out.push_str(&format!(
                            "{margin}  [Previous line repeated {} more time{}]\n",
                            more,
                            if more == 1 { "" } else { "s" }
                        ));
                    }
                    i += run;
                }
            }
        }
        for line in self.exception_only(exc).split('\n') {
            out.push_str(&margin);
            out.push_str(line);
            out.push('\n');
        }
    }

    /// The last line: `Type: message` (SyntaxError gets its location block).
    pub fn exception_only(&mut self, exc: &PyRef) -> String {
        let v = Value::Obj(exc.clone());
        let cls = self.class_of(&v).clone();
        // The class's qualified name (`Outer.Inner`, `f.<locals>.E`).
        let name = match cls.type_data() {
            Some(t) => t.qualname.borrow().clone(),
            None => typeobj::type_name(&cls),
        };
        let module = typeobj::type_dict(&cls)
            .get_str("__module__")
            .and_then(|m| m.as_str().map(|s| s.to_string()));
        let qual = match module.as_deref() {
            Some("builtins") | Some("__main__") | None => name,
            Some(m) => format!("{m}.{name}"),
        };
        let mut prefix = String::new();
        if typeobj::is_subtype(&cls, &self.exc["SyntaxError"]) {
            let get = |vm: &mut Vm, n: &str| vm.getattr_opt(&v, n).ok().flatten();
            let filename = get(self, "filename").and_then(|f| f.as_str().map(|s| s.to_string()));
            let lineno = get(self, "lineno");
            let text = get(self, "text").and_then(|t| t.as_str().map(|s| s.to_string()));
            let int = |v: Option<Value>| match v {
                Some(Value::Int(i)) => Some(i),
                _ => None,
            };
            let offset = int(get(self, "offset")).unwrap_or(-1);
            // CPython reads the end only of SyntaxError itself: its
            // subclasses (IndentationError, TabError) get one caret.
            let exact = cls.is(&self.exc["SyntaxError"]);
            let (end_lineno, end_offset) = if exact {
                (int(get(self, "end_lineno")), int(get(self, "end_offset")))
            } else {
                (None, None)
            };
            if let (Some(f), Some(Value::Int(l))) = (&filename, &lineno) {
                prefix.push_str(&format!("  File \"{f}\", line {l}\n"));
                if let Some(t) = &text {
                    let mut end_offset = end_offset.unwrap_or(-1);
                    // A range over several lines is underlined to the end
                    // of its first; never past the end of the text.
                    let size = t.len() as i64;
                    if end_lineno.unwrap_or(*l) > *l {
                        end_offset = size;
                    }
                    end_offset = end_offset.min(size + 1);
                    prefix.push_str(&error_text(t, offset, end_offset));
                }
            }
            let msg = get(self, "msg")
                .and_then(|m| m.as_str().map(|s| s.to_string()))
                .unwrap_or_default();
            return format!("{prefix}{qual}: {msg}");
        }
        let msg = match self.str(&v) {
            Ok(s) => s.as_str().unwrap_or("").to_string(),
            Err(_) => "<exception str() failed>".into(),
        };
        let mut line = if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        };
        if let Payload::Exception(e) = &exc.payload {
            let notes = e.borrow().notes.clone();
            if let Some(Payload::List(l)) = notes.payload() {
                for n in l.borrow().iter() {
                    line.push('\n');
                    line.push_str(n.as_str().unwrap_or(""));
                }
            }
        }
        line
    }

    /// Make a SyntaxError (or subclass) from a compile error.
    pub fn syntax_error(&mut self, e: &pyprobe_compiler::CompileError) -> PyErr {
        let ty = self.exc[e.kind.name()].clone();
        if e.kind == pyprobe_compiler::ErrorKind::RecursionError {
            let args = self.new_tuple(vec![Value::str(e.msg.clone())]);
            return PyErr::new(new_exception(ty, args));
        }
        let text = e
            .text
            .clone()
            .map(|t| Value::str(t + "\n"))
            .unwrap_or(Value::None);
        let details = self.new_tuple(vec![
            Value::str(e.filename.clone()),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text.clone(),
        ]);
        let args = self.new_tuple(vec![Value::str(e.msg.clone()), details]);
        let exc = new_exception(ty, args);
        let d = self.new_dict();
        let dd = typeobj::dict_of(&d);
        dd.set_str(Value::str("msg"), Value::str(e.msg.clone()));
        dd.set_str(Value::str("filename"), Value::str(e.filename.clone()));
        dd.set_str(Value::str("lineno"), Value::Int(e.lineno as i64));
        dd.set_str(Value::str("offset"), Value::Int(e.offset as i64));
        dd.set_str(Value::str("text"), text);
        let (end_lineno, end_offset) = if e.end_lineno == 0 {
            (Value::None, Value::None)
        } else {
            (
                Value::Int(e.end_lineno as i64),
                Value::Int(e.end_offset as i64),
            )
        };
        dd.set_str(Value::str("end_lineno"), end_lineno);
        dd.set_str(Value::str("end_offset"), end_offset);
        drop(exc.replace_dict(Some(d)));
        PyErr::new(exc)
    }
}

/// The source line and caret line of a SyntaxError, as CPython's
/// `print_error_text` (Python/pythonrun.c) writes them: the line without
/// its leading blanks, carets from `offset` to `end_offset` (1-based
/// character columns; one caret unless the end is past the start), and no
/// caret line at all when the offset falls inside the stripped blanks.
fn error_text(text: &str, offset: i64, end_offset: i64) -> String {
    let carets = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // A text of several lines shows the line holding the offset.
    while let Some(nl) = text.find('\n') {
        if nl as i64 >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= nl as i64 + 1;
    }
    let mut out = format!("    {text}");
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset >= 0 {
        out.push_str("    ");
        out.push_str(&" ".repeat(offset as usize));
        out.push_str(&"^".repeat(carets));
        out.push('\n');
    }
    out
}

thread_local! {
    static SOURCES: RefCell<std::collections::HashMap<String, Option<Vec<String>>>> = RefCell::new(std::collections::HashMap::new());
}

/// A line of a source file, for tracebacks (cached per file).
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        let lines = s.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read_to_string(filename)
                .ok()
                .map(|t| t.lines().map(|l| l.to_string()).collect())
        });
        lines
            .as_ref()?
            .get(lineno.checked_sub(1)? as usize)
            .cloned()
            .filter(|l| !l.trim().is_empty())
    })
}

/// Register the source text of `<string>`-like code (for tracebacks of -c).
pub fn register_source(filename: &str, source: &str) {
    SOURCES.with(|s| {
        s.borrow_mut().insert(
            filename.to_string(),
            Some(source.lines().map(|l| l.to_string()).collect()),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::inlining_name;

    #[test]
    fn inlined_comprehensions_are_named_after_their_code() {
        assert_eq!(inlining_name("<listcomp>"), "<module>");
        assert_eq!(inlining_name("f.<locals>.<listcomp>"), "f");
        assert_eq!(inlining_name("C.<dictcomp>"), "C");
        assert_eq!(inlining_name("C.m.<locals>.<setcomp>"), "m");
        assert_eq!(
            inlining_name("f.<locals>.<listcomp>.<locals>.<listcomp>"),
            "f"
        );
        assert_eq!(inlining_name("<listcomp>.<locals>.<setcomp>"), "<module>");
        assert_eq!(
            inlining_name("f.<locals>.<genexpr>.<locals>.<listcomp>"),
            "<genexpr>"
        );
    }
}
