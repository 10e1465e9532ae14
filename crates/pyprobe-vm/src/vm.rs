//! The interpreter state: built-in types, modules, the handled exception,
//! recursion depth, and the helpers every other module uses to make
//! objects and raise errors.
//!
//! CPython counterparts: `PyInterpreterState` + `PyThreadState`
//! (`Include/cpython/pystate.h`), `Python/pylifecycle.c` (start-up).
//!
//! Invariants: one `Vm` per thread; `depth` counts Python frames and Rust
//! re-entries together and never exceeds `recursion_limit` + a small
//! margin used to report the error (CPython's "recursion headroom").

use crate::object::{
    Args, BaseKind, ModuleData, Native, NativeFn, Payload, PyCode, PyObject, PyRef, TypeData,
};
use crate::value::Value;
use crate::{PyErr, PyResult};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

/// The built-in type objects.
pub struct Types {
    pub object: PyRef,
    pub type_: PyRef,
    pub none: PyRef,
    pub bool_: PyRef,
    pub int: PyRef,
    pub float: PyRef,
    pub complex: PyRef,
    pub str_: PyRef,
    pub bytes: PyRef,
    pub bytearray: PyRef,
    pub tuple: PyRef,
    pub list: PyRef,
    pub dict: PyRef,
    pub set: PyRef,
    pub frozenset: PyRef,
    pub range: PyRef,
    pub slice: PyRef,
    pub function: PyRef,
    pub builtin_function: PyRef,
    pub method_descriptor: PyRef,
    pub classmethod_descriptor: PyRef,
    pub method: PyRef,
    pub module: PyRef,
    pub code: PyRef,
    pub cell: PyRef,
    pub generator: PyRef,
    pub coroutine: PyRef,
    pub async_generator: PyRef,
    /// What `AsyncGenWrap` makes (`builtins/coroutine.rs`).
    pub async_gen_wrapped: PyRef,
    pub property: PyRef,
    pub classmethod: PyRef,
    pub staticmethod: PyRef,
    pub super_: PyRef,
    pub iterator: PyRef,
    pub enumerate: PyRef,
    pub zip: PyRef,
    pub map: PyRef,
    pub filter: PyRef,
    pub reversed: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub text_io: PyRef,
    pub buffered_io: PyRef,
    pub traceback: PyRef,
    pub mappingproxy: PyRef,
    pub member_descriptor: PyRef,
    pub getset_descriptor: PyRef,
    pub frame: PyRef,
    pub generic_alias: PyRef,
    pub union_type: PyRef,
    pub dict_keys: PyRef,
    pub dict_values: PyRef,
    pub dict_items: PyRef,
    pub memoryview: PyRef,
    /// `collections.deque` and `functools.partial` (their methods are
    /// added when `_collections`/`_functools` is first imported).
    pub deque: PyRef,
    pub partial: PyRef,
    pub re_program: PyRef,
    pub re_match: PyRef,
    pub base_exception: PyRef,
    /// Iterator types by `iter_type_name` index (list_iterator ...).
    pub iters: Vec<PyRef>,
}

/// Names of the built-in iterator types, as CPython reports them.
pub const ITER_TYPE_NAMES: [&str; 35] = [
    "iterator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "callable_iterator",
    "list_reverseiterator",
    "str_iterator",
    "longrange_iterator",
    "anext_awaitable",
    "memory_iterator",
    "coroutine_wrapper",
    "async_generator_asend",
    "async_generator_athrow",
    "_deque_iterator",
    "_deque_reverse_iterator",
    "itertools.repeat",
    "itertools.cycle",
    "itertools.islice",
    "itertools.compress",
    "itertools.starmap",
    "itertools.zip_longest",
    "itertools.product",
    "itertools.permutations",
    "itertools.combinations",
    "itertools.combinations_with_replacement",
    "itertools.count",
    "itertools.groupby",
    "itertools._grouper",
];

/// Index of `callable_iterator` in `ITER_TYPE_NAMES`.
pub(crate) const CALLABLE_ITERATOR: u8 = 11;

/// Index of `anext_awaitable` in `ITER_TYPE_NAMES`.
pub(crate) const ANEXT_AWAITABLE: u8 = 15;

/// Index of `memory_iterator` in `ITER_TYPE_NAMES`.
pub(crate) const MEMORY_ITERATOR: u8 = 16;

/// Indexes of `coroutine_wrapper`, `async_generator_asend` and
/// `async_generator_athrow` in `ITER_TYPE_NAMES`.
pub(crate) const COROUTINE_WRAPPER: u8 = 17;
pub(crate) const ASYNC_GEN_ASEND: u8 = 18;
pub(crate) const ASYNC_GEN_ATHROW: u8 = 19;

/// Indexes of `_deque_iterator` and `_deque_reverse_iterator`.
pub(crate) const DEQUE_ITERATOR: u8 = 20;
pub(crate) const DEQUE_REVERSE_ITERATOR: u8 = 21;

/// Index of the first of the `itertools` types in `ITER_TYPE_NAMES`
/// (`builtins::itertools::TOOL_TYPE_NAMES` lists them in order).
pub(crate) const FIRST_TOOL: u8 = 22;

/// Which iterator type an iterator payload has (index into `Types::iters`).
pub(crate) fn iter_type_index(k: &crate::object::IterKind) -> usize {
    use crate::object::IterKind as K;
    match k {
        K::Seq { seq, .. } => match seq.payload() {
            Some(Payload::List(_)) => 1,
            Some(Payload::Tuple(_)) => 2,
            Some(Payload::Bytes(_)) => 4,
            Some(Payload::ByteArray(_)) => 5,
            Some(Payload::MemoryView(_)) => MEMORY_ITERATOR as usize,
            _ => 0,
        },
        K::Str { s, .. } => match &s.payload {
            Payload::Str(ps) if !ps.is_ascii() => 13,
            _ => 3,
        },
        K::Range { .. } => 6,
        K::Dict { kind: 0, .. } => 7,
        K::Dict { kind: 1, .. } => 8,
        K::Dict { .. } => 9,
        K::Set { .. } => 10,
        K::Callable { .. } => CALLABLE_ITERATOR as usize,
        K::AnextAwaitable { .. } => ANEXT_AWAITABLE as usize,
        K::CoroutineWrapper { .. } => COROUTINE_WRAPPER as usize,
        K::AsyncGenStep { throw: None, .. } => ASYNC_GEN_ASEND as usize,
        K::AsyncGenStep { .. } => ASYNC_GEN_ATHROW as usize,
        K::Deque {
            reversed: false, ..
        } => DEQUE_ITERATOR as usize,
        K::Deque { .. } => DEQUE_REVERSE_ITERATOR as usize,
        K::Tool(t) => t.type_index(),
        K::Reversed { seq, .. } if matches!(seq.payload(), Some(Payload::List(_))) => 12,
        K::GetItem { obj, .. } if matches!(obj.payload(), Some(Payload::BigRange(_))) => 14,
        K::Exhausted(t) => *t as usize,
        _ => 0,
    }
}

/// What a native function that needs its caller's frame sees of it.
pub struct FrameSnapshot {
    pub globals: PyRef,
    /// The frame's locals (made into a mapping when read).
    pub locals: crate::builtins::frame::Locals,
    pub code: Rc<crate::object::PyCode>,
    /// The instruction making the call.
    pub lasti: usize,
    /// The frames below it in the run, innermost first, each with no
    /// callers of its own: taken only for `sys._getframe`.
    pub callers: Vec<FrameSnapshot>,
}

pub struct Vm {
    pub types: Types,
    /// Exception types by name (the whole built-in hierarchy).
    pub exc: HashMap<&'static str, PyRef, BuildHasherDefault<NameHasher>>,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys: PyRef,
    /// sys.modules
    pub modules: PyRef,
    pub not_implemented: Value,
    pub ellipsis: Value,
    interned: HashMap<Box<str>, Value>,
    /// Python frames plus native re-entries currently active.
    pub depth: usize,
    pub recursion_limit: usize,
    /// The exception being handled (sys.exc_info()), or None.
    pub exc_info: Value,
    pub optimize: u8,
    pub argv: Vec<String>,
    /// Objects whose repr is in progress (Py_ReprEnter), by identity.
    pub repr_stack: Vec<usize>,
    /// Built-in module constructors by name.
    pub builtin_modules: Vec<(&'static str, fn(&mut Vm) -> PyResult<PyRef>)>,
    pub empty_tuple: Value,
    /// The value of the last exhausted generator / StopIteration.
    pub stop_value: Value,
    /// An exception to raise in the next frame started (generator.throw).
    pub pending_throw: Option<PyErr>,
    /// Globals, locals and position of the Python frame that called a
    /// native function needing them (globals(), locals(), eval() ...).
    pub frame_snapshot: Option<Box<FrameSnapshot>>,
    /// While the evaluator runs finalizers: the code and instruction it
    /// is at (where "coroutine ... was never awaited" is reported).
    pub finalizing_at: Option<(Rc<crate::object::PyCode>, usize)>,
    /// The `__main__` module.
    pub main_module: Option<PyRef>,
    /// sys.addaudithook hooks.
    pub audit_hooks: Vec<Value>,
    /// Finished frames kept for reuse (no allocation per call).
    pub frame_pool: Vec<Box<crate::frame::Frame>>,
    /// The last character position indexing found in a long non-ASCII
    /// str: the str (held, so that the entry cannot outlive it or see it
    /// changed in place), the character index and its byte offset. The
    /// next index into the same str walks from there (`Vm::str_offset`).
    pub str_cursor: Option<(PyRef, usize, usize)>,
    /// Set by `collect` for the run of a generator it drains: the values
    /// the generator's own frame yields are stored here and it goes on at
    /// once (see `yield_value!` in `eval_loop`).
    pub drain_sink: Option<Box<crate::iter::Drain>>,
    /// Evaluator stacks of finished runs, kept for reuse (each `run_frame`
    /// takes one; see `eval_loop`).
    pub stack_pool: Vec<Vec<Value>>,
    /// Interned `__new__`, `__init__`, `__name__`, `__bool__` and `__len__`
    /// (cached type lookups and dict lookups by name need them).
    pub name_new: Value,
    pub name_init: Value,
    pub name_name: Value,
    pub name_bool: Value,
    pub name_len: Value,
    /// The `gc` module's settings, statistics, `garbage` and `callbacks`.
    pub gc_state: crate::gc::GcModuleState,
}

impl Vm {
    pub fn new() -> Vm {
        // No automatic collection while the interpreter starts
        // (`gc::settle_startup` turns it on).
        crate::object::gc::with_state(|s| s.enabled = false);
        let types = crate::typeobj::bootstrap_types();
        let builtins_dict = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
        let builtins = PyObject::bare(Payload::Module(ModuleData {
            name: "builtins".into(),
            dict: builtins_dict.clone(),
        }));
        let sys_dict = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
        let sys = PyObject::bare(Payload::Module(ModuleData {
            name: "sys".into(),
            dict: sys_dict,
        }));
        let modules = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
        let not_implemented = Value::Obj(PyObject::bare(Payload::NotImplemented));
        let ellipsis = Value::Obj(PyObject::bare(Payload::Ellipsis));
        let mut vm = Vm {
            types,
            exc: HashMap::default(),
            builtins,
            builtins_dict,
            sys,
            modules,
            not_implemented,
            ellipsis,
            interned: HashMap::new(),
            depth: 0,
            recursion_limit: 1000,
            exc_info: Value::None,
            optimize: 0,
            argv: Vec::new(),
            repr_stack: Vec::new(),
            builtin_modules: Vec::new(),
            empty_tuple: Value::Obj(PyObject::new_tuple(Vec::new())),
            stop_value: Value::None,
            pending_throw: None,
            frame_snapshot: None,
            finalizing_at: None,
            main_module: None,
            audit_hooks: Vec::new(),
            frame_pool: Vec::new(),
            str_cursor: None,
            drain_sink: None,
            stack_pool: Vec::new(),
            name_new: Value::None,
            name_init: Value::None,
            name_name: Value::None,
            name_bool: Value::None,
            name_len: Value::None,
            gc_state: Default::default(),
        };
        vm.name_new = vm.intern("__new__");
        vm.name_init = vm.intern("__init__");
        vm.name_name = vm.intern("__name__");
        vm.name_bool = vm.intern("__bool__");
        vm.name_len = vm.intern("__len__");
        crate::typeobj::init_types(&mut vm);
        crate::exc::init_exceptions(&mut vm);
        crate::builtins::init(&mut vm);
        crate::modules::init(&mut vm);
        // Only a broken bootstrap can fail here; the names are then absent.
        let _ = crate::builtins::init_site(&mut vm);
        vm
    }

    /// The interned str for a name: equal names share one object, so name
    /// lookups compare pointers first.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        if let [b] = s.as_bytes() {
            if b.is_ascii() {
                let v = Value::Obj(crate::object::ascii_char(*b));
                self.interned.insert(s.into(), v.clone());
                return v;
            }
        }
        let mut text = crate::object::PyStr::new(s.to_string());
        text.set_interned();
        let v = Value::Obj(PyObject::bare(Payload::Str(text)));
        self.interned.insert(s.into(), v.clone());
        v
    }

    /// The interned str equal to `name` (an exact str), for names that are
    /// kept (attribute names, as CPython's `PyObject_SetAttr` interns).
    pub fn intern_name(&mut self, name: &Value) -> Value {
        match name {
            Value::Obj(o) if o.class.is_none() => match &o.payload {
                Payload::Str(s) if !s.is_interned() => {
                    let text = s.as_str().to_string();
                    self.intern(&text)
                }
                _ => name.clone(),
            },
            _ => name.clone(),
        }
    }

    /// The class of any value.
    #[inline]
    pub fn class_of<'a>(&'a self, v: &'a Value) -> &'a PyRef {
        match v {
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Bool(_) => &self.types.bool_,
            Value::None | Value::Null => &self.types.none,
            Value::Obj(o) => match &o.class {
                Some(c) => c,
                None => self.payload_type(&o.payload),
            },
        }
    }

    /// The built-in class a payload implies.
    pub fn payload_type(&self, p: &Payload) -> &PyRef {
        let t = &self.types;
        match p {
            Payload::Instance(_) | Payload::Slotted(_) | Payload::WeakRef(_) => &t.object,
            Payload::MemoryView(_) => &t.memoryview,
            Payload::Deque(_) => &t.deque,
            Payload::Partial(_) => &t.partial,
            Payload::Regex(_) => &t.re_program,
            Payload::RegexMatch(_) => &t.re_match,
            Payload::Str(_) => &t.str_,
            Payload::BigInt(_) => &t.int,
            Payload::Float(_) => &t.float,
            Payload::Complex(..) => &t.complex,
            Payload::Bytes(_) => &t.bytes,
            Payload::ByteArray(_) => &t.bytearray,
            Payload::Tuple(_) => &t.tuple,
            Payload::List(_) => &t.list,
            Payload::Dict(_) => &t.dict,
            Payload::Set(_) => &t.set,
            Payload::FrozenSet(_) => &t.frozenset,
            Payload::Range { .. } | Payload::BigRange(_) => &t.range,
            Payload::Slice(_) => &t.slice,
            Payload::Function(_, _) => &t.function,
            Payload::Native(_) => &t.builtin_function,
            Payload::MethodDescr(_) => &t.method_descriptor,
            Payload::ClassMethodDescr(_) => &t.classmethod_descriptor,
            Payload::BoundMethod { .. } => &t.method,
            Payload::Type(_) => &t.type_,
            Payload::Module(_) => &t.module,
            Payload::Code(_) => &t.code,
            Payload::Cell(_) => &t.cell,
            Payload::Generator(g) => match g.try_borrow().map(|g| g.code.code.flags) {
                Ok(f) if f & pyprobe_bytecode::flags::COROUTINE != 0 => &t.coroutine,
                Ok(f) if f & pyprobe_bytecode::flags::ASYNC_GENERATOR != 0 => &t.async_generator,
                _ => &t.generator,
            },
            Payload::Property(_) => &t.property,
            Payload::ClassMethod(_) => &t.classmethod,
            Payload::StaticMethod(_) => &t.staticmethod,
            Payload::Super { .. } => &t.super_,
            Payload::Exception(_) => &t.base_exception,
            Payload::Iter(it) => match it.try_borrow().as_deref() {
                Ok(crate::object::IterKind::Enumerate { .. }) => &t.enumerate,
                Ok(crate::object::IterKind::Zip { .. }) => &t.zip,
                Ok(crate::object::IterKind::Map { .. }) => &t.map,
                Ok(crate::object::IterKind::Filter { .. }) => &t.filter,
                Ok(crate::object::IterKind::Reversed { seq, .. })
                    if !matches!(seq.payload(), Some(Payload::List(_))) =>
                {
                    &t.reversed
                }
                Ok(other) => &t.iters[iter_type_index(other)],
                Err(_) => &t.iterator,
            },
            Payload::File(f) => {
                if f.borrow().binary {
                    &t.buffered_io
                } else {
                    &t.text_io
                }
            }
            Payload::Traceback(_) => &t.traceback,
            Payload::Frame(_) => &t.frame,
            Payload::Member(_) => &t.member_descriptor,
            Payload::GetSet(g) if g.member => &t.member_descriptor,
            Payload::GetSet(_) => &t.getset_descriptor,
            Payload::NotImplemented => &t.not_implemented,
            Payload::Ellipsis => &t.ellipsis,
            Payload::View { kind, .. } => match kind {
                0 => &t.dict_keys,
                1 => &t.dict_values,
                2 => &t.dict_items,
                _ => &t.mappingproxy,
            },
        }
    }

    /// The type's name, as error messages show it.
    pub fn type_name(&self, v: &Value) -> String {
        crate::typeobj::type_name(self.class_of(v))
    }

    // ----- making objects -----

    pub fn new_str(&self, s: impl Into<String> + AsRef<str>) -> Value {
        Value::str(s)
    }

    /// Replace the top `n` values of `stack` with a tuple of them (a pair
    /// without a vector in between). The tuple is pushed here, its two
    /// words from registers: returned, a `Value` goes through memory and
    /// the caller's 16-byte copy of it would wait for the two 8-byte
    /// stores that wrote it (no store forwarding).
    #[inline(never)]
    pub fn push_tuple(&self, stack: &mut Vec<Value>, n: usize) {
        if n == 2 {
            if let [.., a, b] = &stack[..] {
                // Read word by word (`Value`'s `Clone`) and written into the
                // new block from registers, for the same reason.
                let (a, b) = (a.clone(), b.clone());
                stack.truncate(stack.len() - 2);
                let t = pair_in_place(a, b);
                stack.push(t);
                return;
            }
        }
        let items = stack.split_off(stack.len().saturating_sub(n));
        let t = self.new_tuple(items);
        stack.push(t);
    }

    /// A tuple of two items (made without a vector, written into its block).
    pub fn new_pair(&self, a: Value, b: Value) -> Value {
        pair_in_place(a, b)
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::Obj(PyObject::new_tuple(items))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyObject::new_list(items))
    }

    #[inline(never)]
    pub fn new_dict(&self) -> PyRef {
        PyObject::bare_with(|| Payload::Dict(Box::new(crate::dict::PyDict::new())))
    }

    pub fn new_native(&self, name: &'static str, module: &'static str, func: NativeFn) -> Value {
        Value::Obj(PyObject::bare(Payload::Native(Box::new(Native {
            name,
            module,
            func,
            slf: Value::Null,
            doc: "",
            needs_frame: match module {
                "builtins" => matches!(
                    name,
                    "locals"
                        | "vars"
                        | "dir"
                        | "globals"
                        | "eval"
                        | "exec"
                        | "__import__"
                        | "breakpoint"
                ),
                // `breakpointhook` warns at its caller's line; `_getframe` reads it.
                "sys" => matches!(name, "breakpointhook" | "_getframe"),
                _ => false,
            },
        }))))
    }

    /// Make a module object with a fresh namespace.
    pub fn new_module(&mut self, name: &str) -> PyRef {
        let dict = self.new_dict();
        let d = crate::typeobj::dict_of(&dict);
        d.set_str(self.intern("__name__"), Value::str(name));
        d.set_str(self.intern("__doc__"), Value::None);
        d.set_str(self.intern("__package__"), Value::None);
        d.set_str(self.intern("__loader__"), Value::None);
        d.set_str(self.intern("__spec__"), Value::None);
        PyObject::bare(Payload::Module(ModuleData {
            name: name.into(),
            dict,
        }))
    }

    /// Convert a compiled code object into the runtime form.
    pub fn make_code(&mut self, code: pyprobe_bytecode::CodeObject) -> Rc<PyCode> {
        let consts = code.constants.iter().map(|c| self.constant(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        let global_cache = (0..code.names.len())
            .map(|_| std::cell::Cell::new(Default::default()))
            .collect();
        use pyprobe_bytecode::flags;
        let positional_args = code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::SUSPENDABLE) == 0
            && code.cellvars.is_empty();
        let simple_args = positional_args && code.freevars.is_empty();
        let star_args = code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0
            && code.flags & flags::SUSPENDABLE == 0
            && code.cellvars.is_empty();
        let attr_hints = (0..code.names.len())
            .map(|_| std::cell::Cell::new(0))
            .collect();
        let attr_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        let store_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        let method_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        let class_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        Rc::new(PyCode {
            class_cache,
            nlocals: code.nlocalsplus(),
            simple_args,
            positional_args,
            star_args,
            attr_hints,
            attr_cache,
            fn_name: Rc::from(code.name.as_str()),
            fn_qualname: Rc::from(code.qualname.as_str()),
            filename: Rc::from(code.filename.as_str()),
            store_cache,
            method_cache,
            method_cache_noted: Default::default(),
            code,
            consts,
            names,
            varnames,
            global_cache,
            traced: Default::default(),
        })
    }

    fn constant(&mut self, c: &pyprobe_bytecode::Constant) -> Value {
        use pyprobe_bytecode::Constant as C;
        match c {
            C::None => Value::None,
            C::Bool(b) => Value::Bool(*b),
            C::Int(i) => Value::from_bigint(i.clone()),
            C::Float(f) => Value::Float(*f),
            C::Complex { real, imag } => Value::Obj(PyObject::bare(Payload::Complex(*real, *imag))),
            C::Str(s) => {
                // Identifier-like constants are interned, as CPython does.
                if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    Value::str(s.clone())
                }
            }
            C::Bytes(b) => Value::Obj(PyObject::bare(Payload::Bytes(b.clone().into_boxed_slice()))),
            C::Tuple(items) => {
                let v = items.iter().map(|c| self.constant(c)).collect();
                self.new_tuple(v)
            }
            C::Code(code) => {
                let pc = self.make_code((**code).clone());
                Value::Obj(PyObject::bare(Payload::Code(pc)))
            }
            C::Ellipsis => self.ellipsis.clone(),
        }
    }

    // ----- errors -----

    /// A new exception of the named built-in type with one str argument.
    #[cold]
    pub fn new_error(&mut self, kind: &str, msg: impl Into<String>) -> PyErr {
        let ty = self
            .exc
            .get(kind)
            .cloned()
            .unwrap_or_else(|| self.types.base_exception.clone());
        let args = self.new_tuple(vec![Value::str(msg.into())]);
        PyErr::new(crate::exc::new_exception(ty, args))
    }

    #[cold]
    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }

    #[cold]
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }

    #[cold]
    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }

    #[cold]
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error("AttributeError", msg)
    }

    #[cold]
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }

    #[cold]
    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }

    #[cold]
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }

    #[cold]
    pub fn memory_error(&mut self) -> PyErr {
        let ty = self.exc["MemoryError"].clone();
        let args = self.empty_tuple.clone();
        PyErr::new(crate::exc::new_exception(ty, args))
    }

    /// KeyError(key): its args hold the key itself.
    #[cold]
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let ty = self.exc["KeyError"].clone();
        let args = self.new_tuple(vec![key]);
        PyErr::new(crate::exc::new_exception(ty, args))
    }

    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let ty = self.exc["StopIteration"].clone();
        let args = if value.is_none() {
            self.empty_tuple.clone()
        } else {
            self.new_tuple(vec![value])
        };
        PyErr::new(crate::exc::new_exception(ty, args))
    }

    /// Is `err` an instance of the named built-in exception type?
    pub fn err_is(&self, err: &PyErr, kind: &str) -> bool {
        match self.exc.get(kind) {
            Some(t) => crate::typeobj::is_subtype(self.class_of(&Value::Obj(err.exc.clone())), t),
            None => false,
        }
    }

    /// Enter a native re-entry (repr, a Python call from Rust): counts
    /// against the recursion limit so runaway recursion through Rust raises
    /// RecursionError instead of overflowing the stack.
    pub fn enter(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        Ok(())
    }

    /// As [`Vm::enter`], the error saying what recursed (CPython's
    /// `Py_EnterRecursiveCall(where)`: " in comparison" ...).
    pub fn enter_for(&mut self, context: &'static str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            let msg = format!("maximum recursion depth exceeded{context}");
            return Err(self.new_error("RecursionError", &msg));
        }
        self.depth += 1;
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A `KeyboardInterrupt` for the SIGINT just taken (no arguments, as
    /// CPython's default SIGINT handler raises it).
    #[cold]
    pub fn keyboard_interrupt(&mut self) -> PyErr {
        let ty = self
            .exc
            .get("KeyboardInterrupt")
            .cloned()
            .unwrap_or_else(|| self.types.base_exception.clone());
        let args = self.new_tuple(Vec::new());
        PyErr::new(crate::exc::new_exception(ty, args))
    }

    /// The KeyboardInterrupt of a pending SIGINT, taken; Ok when none is.
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if crate::signals::take() {
            return Err(self.keyboard_interrupt());
        }
        Ok(())
    }

    #[cold]
    pub fn recursion_error(&mut self) -> PyErr {
        self.new_error("RecursionError", "maximum recursion depth exceeded")
    }

    /// Call a native function value directly (for internal use).
    pub fn call_native(&mut self, f: NativeFn, slf: &Value, args: &[Value]) -> PyResult<Value> {
        f(self, slf, Args::new(args))
    }

    /// Look up a built-in module constructor.
    pub fn register_module(&mut self, name: &'static str, init: fn(&mut Vm) -> PyResult<PyRef>) {
        self.builtin_modules.push((name, init));
    }

    pub fn base_kind(&self, cls: &PyRef) -> BaseKind {
        match &cls.payload {
            Payload::Type(t) => t.base,
            _ => BaseKind::Object,
        }
    }

    /// Type data of a class value (panics never: non-types give None).
    pub fn type_data<'a>(&self, cls: &'a PyRef) -> Option<&'a TypeData> {
        cls.type_data()
    }
}

/// A pair made with `None` items, which `a` and `b` then replace where
/// they lie: the items go from registers into the block, never through a
/// stack copy of the payload read back with wider loads.
#[inline(always)]
fn pair_in_place(a: Value, b: Value) -> Value {
    let mut t = PyObject::bare_with(|| {
        Payload::Tuple(crate::object::TupleItems::pair(Value::None, Value::None))
    });
    match t.get_mut().map(|o| &mut o.payload) {
        Some(Payload::Tuple(crate::object::TupleItems::Two(items))) => {
            items[0] = a;
            items[1] = b;
        }
        _ => {
            return Value::Obj(PyObject::bare(Payload::Tuple(
                crate::object::TupleItems::pair(a, b),
            )))
        }
    }
    Value::Obj(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_tuple_of_two_takes_the_values_off_the_stack() {
        let vm = Vm::new();
        let s = PyObject::new_str("left".to_string());
        let mut stack = vec![Value::Int(7), Value::Obj(s.clone()), Value::Float(2.5)];
        vm.push_tuple(&mut stack, 2);
        let t = stack.pop().unwrap();
        assert_eq!(stack.len(), 1);
        // One reference in the tuple, one here: none left behind.
        assert_eq!(s.refcount(), 2);
        let items = match t.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => panic!("not a tuple"),
        };
        assert!(items[0].is(&Value::Obj(s.clone())));
        assert!(matches!(items[1], Value::Float(f) if f == 2.5));
        assert!(t.as_obj().is_some_and(|o| o.gc_is_tracked()));
        drop(items);
        drop(t);
        assert_eq!(s.refcount(), 1);
        let p = vm.new_pair(Value::Int(1), Value::Obj(s.clone()));
        assert_eq!(s.refcount(), 2);
        drop(p);
        assert_eq!(s.refcount(), 1);
    }
}

/// The hasher of `Vm::exc`, keyed by the short names of the built-in
/// exception types (FNV-1a): the runtime looks a type up by name whenever
/// it raises one, and SipHash cost as much as making the exception.
#[derive(Default)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0xcbf2_9ce4_8422_2325;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}
