//! Heap objects: the header every object has and the payloads of the
//! built-in types.
//!
//! CPython counterpart: `Include/object.h` and the `Objects/*.c` structs.
//! An object is `refcnt` + the collector's head + an optional explicit
//! class + a payload; the few objects with an instance `__dict__` keep it
//! beside them (`dict_slot.rs`). Built-in payloads imply their class
//! (a `Payload::List` is a `list`) unless `class` names a subclass;
//! instances of user classes always carry `class`.
//!
//! Invariants: payload contents that can change are behind `RefCell`/`Cell`,
//! and no borrow of them is ever held across a call into Python code (the
//! helpers copy out what they need first). Every container payload lists
//! its references in [`PyObject::traverse`] and drops them in
//! [`PyObject::clear`] — the cycle collector's two hooks.

pub mod buffer;
mod dict_slot;
pub mod gc;
mod instance;
mod ptr;
mod pystr;
mod tuple;

pub use buffer::{MemoryViewData, ViewLayout, ViewSource};
pub use instance::SharedKeys;
pub use ptr::{has_pending_finalizers, swap_values, take_pending_finalizers, PyRef, SmallBlocks};
pub use pystr::{char_offset, PyStr, INLINE_CAPACITY};
pub use tuple::TupleItems;

use crate::dict::PyDict;
use crate::set::PySet;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_bigint::BigInt;
use pyprobe_bytecode::CodeObject;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// The str objects of the 128 one-character ASCII texts, made on first
    /// use and kept for the life of the thread (never dropped: they are
    /// immortal, as CPython's one-character Latin-1 strs).
    static ASCII_CHARS: std::mem::ManuallyDrop<[std::cell::OnceCell<PyRef>; 128]> =
        const { std::mem::ManuallyDrop::new([const { std::cell::OnceCell::new() }; 128]) };
}

/// The shared str of the ASCII character `b` (`'a'`, `s[i]`, a word of
/// `"a b".split()` are all this one object, as in CPython). It is marked
/// interned: `Vm::intern` hands out the same object, and the cache's own
/// reference means no one holds it uniquely, so it is never changed in
/// place.
pub fn ascii_char(b: u8) -> PyRef {
    debug_assert!(b.is_ascii());
    ASCII_CHARS.with(|t| {
        t[usize::from(b & 0x7f)]
            .get_or_init(|| {
                let mut text = PyStr::new(char::from(b).to_string());
                text.set_interned();
                PyObject::bare(Payload::Str(text))
            })
            .clone()
    })
}

/// 64 bytes, aligned to 64 in its slab: every object is one cache line.
/// (A `__dict__` is not in the header but beside the object, see
/// `dict_slot.rs`: few objects have one.)
#[repr(align(64))]
pub struct PyObject {
    refcnt: Cell<usize>,
    /// The cycle collector's bookkeeping (`gc.rs`).
    gc: gc::GcHead,
    /// The class when it is not implied by the payload.
    pub class: Option<PyRef>,
    pub payload: Payload,
}

const _: () = assert!(std::mem::size_of::<PyObject>() == 64);

/// Arguments of a native call, in the evaluator's vectorcall layout: the
/// last `kwnames.len()` items of `args` are keyword values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    pub fn positional(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let values = &self.args[self.args.len() - self.kwnames.len()..];
        self.kwnames
            .iter()
            .map(|n| n.as_str().unwrap_or(""))
            .zip(values.iter())
    }

    pub fn has_keywords(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// A function implemented in Rust. `slf` is `Value::Null` for plain
/// functions and the bound object for methods.
pub type NativeFn = fn(&mut Vm, &Value, Args) -> PyResult<Value>;

pub struct Native {
    pub name: &'static str,
    /// `__module__` of a builtin function, or the owner type's name.
    pub module: &'static str,
    pub func: NativeFn,
    /// The bound object (`[].append`), or Null.
    pub slf: Value,
    /// Documentation (`__doc__`).
    pub doc: &'static str,
    /// The function reads its caller's frame (globals(), locals(), eval...):
    /// the evaluator snapshots the frame before calling it.
    pub needs_frame: bool,
}

pub struct Function {
    pub code: Rc<PyCode>,
    pub globals: PyRef,
    /// The builtins dict its frames use (looked up once, at creation).
    pub builtins: PyRef,
    /// Shared with the code object until assigned (making a function
    /// copies no text).
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub defaults: RefCell<Option<Vec<Value>>>,
    pub kwdefaults: RefCell<Option<PyRef>>,
    pub closure: Option<Box<[PyRef]>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__annotations__`: a dict, or None until first asked for.
    pub annotations: RefCell<Value>,
}

/// What a call of a function checks before it binds the arguments, kept
/// in the function object itself: the code object is two loads further
/// from the callable, on the path of every call.
#[derive(Clone, Copy)]
pub struct CallShape {
    /// The code's `argcount` when it has `simple_args` (only positional
    /// parameters, no cells, not a generator), else `u32::MAX`: a call
    /// passing exactly this many positional arguments moves them into the
    /// frame with nothing to bind.
    pub simple_argcount: u32,
    /// The code's `nlocals`.
    pub nlocals: u32,
}

impl CallShape {
    pub fn of(code: &PyCode) -> CallShape {
        match u32::try_from(code.nlocals) {
            Ok(nlocals) if code.simple_args => CallShape {
                simple_argcount: code.code.argcount,
                nlocals,
            },
            _ => CallShape {
                simple_argcount: u32::MAX,
                nlocals: 0,
            },
        }
    }
}

/// A cached global lookup: which dicts (by identity and version) it was
/// valid for, and where the name was found.
#[derive(Clone, Copy, Default)]
pub struct GlobalCacheEntry {
    pub globals_id: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Entry index in globals, or in builtins when `in_builtins`.
    pub index: usize,
    pub in_builtins: bool,
}

/// How many classes one attribute or method cache slot answers for: a
/// method of a base class reads `self.x` and calls `self.m()` on instances
/// of each of its subclasses in turn (CPython's specialized instructions
/// keep one class and fall back for the others).
pub const CACHE_CLASSES: usize = 4;

/// Where plain instances of up to `CACHE_CLASSES` classes (addresses,
/// compared only: a class made later at the same address bumps the epoch;
/// 0 is an empty entry) keep one attribute, valid while the type epoch
/// (`typeobj::epoch`, never 0) is `epoch`.
#[derive(Clone, Copy, Default)]
pub struct AttrCacheEntry {
    pub classes: [usize; CACHE_CLASSES],
    pub epoch: u64,
    pub indexes: [u32; CACHE_CLASSES],
}

impl AttrCacheEntry {
    /// The index cached for `class` (its address) in type epoch `epoch`.
    #[inline(always)]
    pub fn index_for(&self, class: usize, epoch: impl FnOnce() -> u64) -> Option<usize> {
        let k = self.classes.iter().position(|&c| c == class)?;
        (self.epoch == epoch()).then_some(self.indexes[k] as usize)
    }

    /// The entry with `class` at `index`: in the first empty entry when
    /// the slot holds other classes of the same epoch (the last entry is
    /// replaced when none is empty), else as the only class.
    pub fn with(self, class: usize, epoch: u64, index: u32) -> AttrCacheEntry {
        if self.epoch != epoch {
            let mut e = AttrCacheEntry {
                epoch,
                ..AttrCacheEntry::default()
            };
            e.classes[0] = class;
            e.indexes[0] = index;
            return e;
        }
        let mut e = self;
        let k = e
            .classes
            .iter()
            .position(|&c| c == class || c == 0)
            .unwrap_or(CACHE_CLASSES - 1);
        e.classes[k] = class;
        e.indexes[k] = index;
        e
    }
}

/// The method `LoadMethod` found last for one name: the type it was found
/// on (an address, compared only) and the method.
///
/// - On an object of a built-in type (no class of its own, no `__dict__`):
///   `epoch` is 0 and the method a descriptor. Built-in types keep their
///   methods for the whole run, and a descriptor refers to nothing of the
///   program's.
/// - On a plain instance (CPython's `LOAD_ATTR_METHOD_WITH_VALUES`): a
///   Python function of its class, valid while the type epoch
///   (`typeobj::epoch`, never 0) is `epoch`; a class made later at the
///   same address bumps the epoch. Up to `CACHE_CLASSES` classes are
///   answered for (`tys`, `methods`): the first answer of an epoch stays
///   in the first entry, other classes fill the next empty ones, and the
///   last entry takes the latest class when all are used. The functions
///   are held until a full collection empties the slot, as it empties the
///   attribute cache (`typeobj::flush_cache`).
pub struct MethodCache {
    pub tys: [Cell<usize>; CACHE_CLASSES],
    pub epoch: Cell<u64>,
    pub methods: [RefCell<Value>; CACHE_CLASSES],
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache {
            tys: Default::default(),
            epoch: Cell::new(0),
            methods: std::array::from_fn(|_| RefCell::new(Value::Null)),
        }
    }
}

impl MethodCache {
    /// Empty every entry, handing back the methods it held.
    pub fn clear(&self, old: &mut Vec<Value>) {
        self.epoch.set(0);
        for (ty, m) in self.tys.iter().zip(&self.methods) {
            ty.set(0);
            old.push(m.replace(Value::Null));
        }
    }
}

/// `LoadAttr`'s answer for a class's plain value (`Direction.FORWARD`):
/// the class's address and the type epoch it was read in, and the value
/// (CPython's `LOAD_ATTR_CLASS`, keyed by type version). As the other
/// attribute caches, it holds no class (making a class and a full
/// collection bump the epoch); the value it holds is released by full
/// collections (`typeobj::note_method_cache`).
#[derive(Default)]
pub struct ClassAttrCache {
    pub cls: Cell<usize>,
    pub epoch: Cell<u64>,
    pub value: RefCell<Option<Value>>,
}

impl ClassAttrCache {
    /// The cached value when `cls` is the class it was read from, in this
    /// epoch.
    #[inline]
    pub fn get(&self, cls: &PyRef, epoch: u64) -> Option<Value> {
        if self.epoch.get() != epoch || self.cls.get() != cls.id() {
            return None;
        }
        self.value.borrow().clone()
    }

    /// Remember `value` as `cls`'s answer in `epoch`; hands back what the
    /// slot held, to be dropped by the caller.
    pub fn set(&self, cls: &PyRef, epoch: u64, value: Value) -> Option<Value> {
        self.epoch.set(epoch);
        self.cls.set(cls.id());
        self.value.replace(Some(value))
    }

    /// Empty the slot, handing back its value.
    pub fn clear(&self) -> Option<Value> {
        self.epoch.set(0);
        self.cls.set(0);
        self.value.replace(None)
    }
}

/// A code object with its constants made into values and its names interned.
pub struct PyCode {
    pub code: CodeObject,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// One cache slot per name, for `LoadGlobal` (CPython's LOAD_GLOBAL
    /// specialisation, keyed by dict versions).
    pub global_cache: Vec<Cell<GlobalCacheEntry>>,
    /// One slot per name, for attribute access on instances: the entry
    /// index in the instance dict where the name was found last (CPython's
    /// `LOAD_ATTR_WITH_HINT`/`STORE_ATTR_WITH_HINT`).
    pub attr_hints: Vec<Cell<u32>>,
    /// One slot per name, for `LoadAttr` of a plain instance's own
    /// attribute: the class and type epoch it was found for, and its index
    /// in the instance's values (CPython's `LOAD_ATTR_INSTANCE_VALUE`,
    /// keyed by type version).
    pub attr_cache: Vec<Cell<AttrCacheEntry>>,
    /// The code's name and qualified name, for the functions made of it.
    pub fn_name: Rc<str>,
    pub fn_qualname: Rc<str>,
    /// The code's file name, shared by the traceback entries made in it.
    pub filename: Rc<str>,
    /// The same for `StoreAttr` (CPython's `STORE_ATTR_INSTANCE_VALUE`): a
    /// hit replaces the value at the index.
    pub store_cache: Vec<Cell<AttrCacheEntry>>,
    /// One slot per name, for `LoadMethod` (CPython's
    /// `LOAD_ATTR_METHOD_NO_DICT` and `LOAD_ATTR_METHOD_WITH_VALUES`).
    pub method_cache: Vec<MethodCache>,
    /// One slot per name, for `LoadAttr` of a class's plain value.
    pub class_cache: Vec<ClassAttrCache>,
    /// Registered with `typeobj::note_method_cache` (which empties the
    /// caches of classes' functions at a full collection).
    pub method_cache_noted: Cell<bool>,
    /// Interned varnames (for keyword-argument binding).
    pub varnames: Vec<Value>,
    /// `TraceLine` for each instruction: what the evaluator runs while the
    /// `line` probe is enabled (built on first use).
    pub traced: std::cell::OnceCell<Box<[pyprobe_bytecode::Instruction]>>,
    /// A plain function's code: only positional parameters, no cells or
    /// free variables, not a generator. A call passing exactly `argcount`
    /// positional arguments moves them into the frame with nothing to bind.
    pub simple_args: bool,
    /// Only positional parameters, no cells of its own, not a generator
    /// (defaults and free variables allowed): a call passing at most
    /// `argcount` positional arguments binds them where they lie on the
    /// evaluator's stack (`Vm::inplace_frame`).
    pub positional_args: bool,
    /// Positional parameters and `*args` and/or `**kwargs`, no
    /// keyword-only ones, no cells of its own, not a generator: a call
    /// with positional arguments only binds them in place too, the extra
    /// ones made into the `*args` tuple (`Vm::inplace_frame`).
    pub star_args: bool,
    /// `code.nlocalsplus()`: the slots of fast locals and cells.
    pub nlocals: usize,
}

impl TypeData {
    /// The subclasses still alive (dead entries are dropped).
    pub fn live_subclasses(&self) -> Vec<PyRef> {
        let mut subs = self.subclasses.borrow_mut();
        subs.retain(|w| gc::weakref_target(w).is_some());
        subs.iter().filter_map(|w| gc::weakref_target(w)).collect()
    }

    /// Record `cls` as a subclass.
    pub fn add_subclass(&self, cls: &PyRef) {
        let w = gc::internal_weakref(cls);
        self.subclasses.borrow_mut().push(w);
    }
}

impl PyCode {
    /// The instructions to dispatch on: the code's own, or, while the
    /// `line` probe is enabled, the same number of `TraceLine`s.
    #[inline(always)]
    pub fn dispatch_table(&self, trace_lines: bool) -> &[pyprobe_bytecode::Instruction] {
        if trace_lines {
            self.traced.get_or_init(|| {
                vec![pyprobe_bytecode::Instruction::TraceLine; self.code.instructions.len()]
                    .into_boxed_slice()
            })
        } else {
            &self.code.instructions
        }
    }
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    pub dict: PyDict,
    /// The built-in payload kind instances of this type have.
    pub base: BaseKind,
    pub flags: Cell<u32>,
    /// A built-in type (its namespace cannot be changed).
    pub builtin: bool,
    /// Classes that name this one as a base (`__subclasses__()`).
    /// Classes that name this one as a base, as weak references
    /// (`object::gc::internal_weakref`), so a class does not keep its
    /// subclasses alive; see `TypeData::live_subclasses`.
    pub subclasses: RefCell<Vec<PyRef>>,
    /// Number of `__slots__` slots instances have (bases' included).
    pub nslots: Cell<usize>,
    /// The attribute names instances keep in themselves (`instance.rs`).
    pub attr_keys: SharedKeys,
    /// The type epoch (`typeobj::epoch`) in which `hash()` found that
    /// instances hash by their built-in value (a namedtuple: tuple's own
    /// `__hash__`); 0 when not known. Saves the lookup of `__hash__`.
    pub hashes_by_value: Cell<u64>,
}

impl Drop for TypeData {
    /// A freed class's address may be taken by any later object: caches
    /// keyed by a class's address (and the epoch) must not answer for it.
    fn drop(&mut self) {
        crate::typeobj::note_type_freed();
    }
}

/// Type flags.
pub mod tflags {
    pub const HEAPTYPE: u32 = 1;
    pub const BASETYPE: u32 = 2;
    /// Instances have no `__dict__` (`__slots__`).
    pub const SLOTS: u32 = 4;
    pub const ABSTRACT: u32 = 8;
    /// The class defines `__getattribute__`/`__getattr__`/`__setattr__`...
    pub const CUSTOM_GETATTR: u32 = 16;
    pub const CUSTOM_SETATTR: u32 = 32;
    /// No class in the MRO defines a data descriptor (property, __set__):
    /// an instance `__dict__` hit needs no type lookup first.
    pub const NO_DATA_DESCR: u32 = 64;
    /// A class in the MRO defines `__del__`.
    pub const HAS_DEL: u32 = 128;
    /// The class survived a collection while its bases were all built-in:
    /// CPython's `__bases__` tuple of it (of untracked static types) is
    /// untracked then, so the collector no longer counts it (`gc.rs`).
    pub const BASES_UNTRACKED: u32 = 256;
    /// A class in the MRO (not a built-in one) defines `__class__`, which
    /// `isinstance` then asks.
    pub const CUSTOM_CLASS: u32 = 512;
    /// A class in the MRO (not a built-in one) defines `__bool__` or
    /// `__len__`, which truth tests then call; without it an instance's
    /// truth is its built-in payload's (true for a plain instance).
    pub const TRUTH_HOOK: u32 = 1024;
}

/// Is an instance `__dict__` of an object with this payload part of the
/// instance (CPython 3.12's inline values and managed dicts of instances
/// of classes without a built-in base), rather than a dict object of its
/// own (modules, functions, exceptions, instances of subclasses of
/// built-in types)?
fn owns_inline_dict(payload: &Payload) -> bool {
    matches!(payload, Payload::Instance(_) | Payload::Slotted(_))
}

/// Which built-in layout a class's instances use (CPython's "solid base").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    Function,
    Module,
    Property,
    Other,
}

pub struct ModuleData {
    pub name: String,
    pub dict: PyRef,
}

pub struct Property {
    /// Set by `property.__new__` for `property` itself, by its `__init__`
    /// (which a subclass's `__init__` may call) for any.
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
}

/// A data attribute of a built-in type (`int.real`, `range.start`,
/// `type.__name__`, `BaseException.args`): CPython's `getset_descriptor`
/// or, for what CPython keeps in a struct field, `member_descriptor`.
/// The descriptor only declares the attribute; reading and writing it is
/// done by `builtins::special_attr` and `set_special_attr`, which know each
/// payload's fields.
pub struct GetSetDescr {
    /// The attribute's name (an interned str).
    pub name: Value,
    /// The type whose instances have the attribute (`__objclass__`).
    pub owner: PyRef,
    /// A `member_descriptor` rather than a `getset_descriptor` (its repr,
    /// its type and its read-only message differ).
    pub member: bool,
    /// Assignment (and deletion) is possible.
    pub writable: bool,
    pub doc: &'static str,
}

pub struct ExcData {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Value,
    /// The `__traceback__` object last handed out, with the number of
    /// entries it covered (so `e.__traceback__ is e.__traceback__`).
    pub tb_obj: Option<(usize, PyRef)>,
    /// For exception groups, `(message, exceptions)`: a str and a
    /// non-empty tuple of exceptions, set by `BaseExceptionGroup.__new__`
    /// (CPython's `PyBaseExceptionGroupObject` `msg` and `excs`).
    pub group: Option<(Value, Value)>,
}

impl ExcData {
    /// A fresh exception's state: `args`, nothing else set.
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            notes: Value::None,
            tb_obj: None,
            group: None,
        }
    }
}

/// One frame of a traceback (innermost first in `ExcData::traceback`).
#[derive(Clone)]
pub struct TbEntry {
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub lineno: u32,
    pub code: Option<Rc<PyCode>>,
    /// The index of the instruction of `code` that raised or made the
    /// failing call (CPython's `tb_lasti` is its byte offset), whose
    /// position the printed carets show.
    pub lasti: u32,
    /// The frame's globals (its `tb_frame.f_globals`).
    pub globals: Option<PyRef>,
}

/// Built-in iterators. CPython counterparts: `listiterobject`,
/// `rangeiterobject`, `dictiterobject`, `enumobject`, `zipobject` ...
pub enum IterKind {
    /// Index-based over a list, tuple, str, bytes (by `seq`'s payload).
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over dict keys/values/items; `len` detects size changes, `left`
    /// (the items still expected, CPython's `di->len`) keys changed at
    /// the same size.
    Dict {
        dict: PyRef,
        pos: usize,
        kind: u8,
        len: usize,
        left: usize,
        /// The last item pair, refilled when nothing else holds it.
        result: Option<PyRef>,
    },
    Set {
        set: PyRef,
        pos: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    /// `__getitem__` with 0, 1, 2 ... until IndexError/StopIteration.
    GetItem {
        obj: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
        /// The last `(count, item)` pair, refilled when nothing else holds it.
        result: Option<PyRef>,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
        /// The last tuple of items, refilled when nothing else holds it.
        result: Option<PyRef>,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `anext(it, default)`: the awaitable `__anext__` gave and the
    /// value that ends it on StopAsyncIteration (`builtins/async_iter.rs`).
    AnextAwaitable {
        wrapped: Value,
        default: Value,
    },
    /// Over a deque, from the left or (`reversed`) the right; `left` is
    /// what remains, `state` the deque's mutation count when it began.
    Deque {
        deque: PyRef,
        index: usize,
        left: usize,
        state: u64,
        reversed: bool,
    },
    /// A tool of `itertools` (`builtins/itertools.rs`).
    Tool(Box<crate::builtins::itertools::Tool>),
    /// `coroutine.__await__()`: drives the coroutine (`coroutine.rs`).
    CoroutineWrapper {
        coro: Value,
    },
    /// An asynchronous generator's `asend(value)` (`throw` None),
    /// `athrow(exc)` or `aclose()` (`throw` Some(Null)) awaitable; `state`
    /// a `coroutine::StepState`.
    AsyncGenStep {
        gen: Value,
        value: Value,
        throw: Option<Value>,
        state: u8,
    },
    /// Characters of a str, by byte offset.
    Str {
        s: PyRef,
        offset: usize,
    },
    /// Finished (references dropped); keeps the index into
    /// `Types::iters` of the type it had, which it still reports.
    Exhausted(u8),
}

pub struct GenData {
    pub frame: Option<Box<crate::frame::Frame>>,
    /// The exception the generator was handling when it last yielded
    /// (each generator has its own sys.exc_info()).
    pub exc_state: Value,
    pub running: bool,
    /// The generator's code (its `__name__` and `__qualname__`), kept
    /// when the frame is gone.
    pub code: std::rc::Rc<PyCode>,
}

pub struct FileData {
    pub file: Option<std::fs::File>,
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub read_buf: Vec<u8>,
    pub write_buf: Vec<u8>,
    /// 0 = real file, 1 = stdin, 2 = stdout, 3 = stderr.
    pub std: u8,
    /// Text encoding of a text file, as given to open().
    pub encoding: String,
    /// The codecs the next bytes read are decoded with and the next text
    /// written is encoded with: the encoding's, until a byte-order mark
    /// is read or written (then the codec without one).
    pub decode_as: String,
    pub encode_as: String,
    /// The error handler of both (`errors=`).
    pub errors: String,
    /// `newline=` of a text file (None: universal newlines).
    pub newline: Option<String>,
    pub closed: bool,
    /// A text file read with universal newlines (`newline=None`): `\r\n`
    /// and `\r` are read as `\n`.
    pub translate: bool,
    /// The last byte read was a `\r` turned into `\n`: a `\n` starting
    /// the next read is its pair and is dropped.
    pub pending_cr: bool,
    /// Bytes read from a text file and not decoded yet: the start of a
    /// character whose other bytes are still to come.
    pub raw_pending: Vec<u8>,
    /// The descriptor a file opened with `open(fd)` was given (its `name`).
    pub fd_name: Option<i64>,
    /// Set in the `buffer` of a text file (`sys.stdout.buffer`): the text
    /// file, whose stream and buffers this binary object reads and writes
    /// (`io.rs`, `through_text`); its own fields are unused.
    pub text_of: Option<crate::value::Value>,
}

pub enum Payload {
    /// Instances of user classes without a built-in base: their attribute
    /// values, parallel to the class's `attr_keys`, until they move to the
    /// object's `__dict__` (`instance.rs`).
    Instance(RefCell<Vec<Value>>),
    Str(PyStr),
    BigInt(BigInt),
    /// A float in an object: only instances of subclasses of `float`
    /// (a plain float is always the unboxed `Value::Float`).
    Float(f64),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(TupleItems),
    List(RefCell<Vec<Value>>),
    Dict(Box<PyDict>),
    Set(Box<PySet>),
    FrozenSet(Box<PySet>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose start, stop, step or length does not fit an i64
    /// (see `range.rs`).
    BigRange(Box<[BigInt; 3]>),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>, CallShape),
    Native(Box<Native>),
    /// A method of a built-in type, unbound (`list.append`).
    MethodDescr(Box<Native>),
    /// A class method of a built-in type (`dict.fromkeys`).
    ClassMethodDescr(Box<Native>),
    BoundMethod {
        func: Value,
        slf: Value,
    },
    Type(Box<TypeData>),
    Module(ModuleData),
    Code(Rc<PyCode>),
    Cell(RefCell<Value>),
    Generator(Box<RefCell<GenData>>),
    Property(Box<Property>),
    ClassMethod(RefCell<Value>),
    StaticMethod(RefCell<Value>),
    Super {
        ty: PyRef,
        obj: Value,
        obj_type: PyRef,
    },
    Exception(Box<RefCell<ExcData>>),
    Iter(Box<RefCell<IterKind>>),
    File(Box<RefCell<FileData>>),
    Traceback(Vec<TbEntry>),
    /// A frame object (`sys._getframe()`, `tb_frame`, `gi_frame`).
    Frame(Box<crate::builtins::frame::FrameObject>),
    NotImplemented,
    Ellipsis,
    /// A `__slots__` entry: the slot's name, the class that declared it and
    /// the slot's index in instances.
    Member(Box<(Value, PyRef, usize)>),
    /// A data attribute of a built-in type.
    GetSet(Box<GetSetDescr>),
    /// Instances of classes with `__slots__`: the slot values (unset slots
    /// are `Null`); they may also have a `__dict__`.
    Slotted(RefCell<Vec<Value>>),
    /// Objects that only hold a Python value (e.g. mappingproxy, dict views).
    View {
        of: Value,
        kind: u8,
    },
    /// A weak reference (`weakref.ref`): the referent is not counted; the
    /// collector's lists clear it when the referent is freed (`gc.rs`).
    WeakRef(Box<WeakRefData>),
    /// A memoryview (`buffer.rs`).
    MemoryView(Box<MemoryViewData>),
    /// A `collections.deque` (`builtins/deque.rs`).
    Deque(Box<crate::builtins::deque::DequeData>),
    /// A `functools.partial` (`builtins/partial.rs`).
    Partial(Box<crate::builtins::partial::PartialData>),
    /// A compiled regular expression of `_re` (`modules/re.rs`).
    Regex(Box<crate::modules::re::Program>),
    /// A `re.Match` (`modules/re_match.rs`).
    RegexMatch(Box<crate::modules::re_match::MatchData>),
}

pub struct WeakRefData {
    pub(crate) target: Cell<*const PyObject>,
    pub callback: RefCell<Value>,
    /// The referent's hash, once taken (a dead reference keeps it).
    pub hash: Cell<Option<i64>>,
}

impl PyObject {
    /// A list being freed lets go of its items last first, as CPython's
    /// `list_dealloc` does (which their finalizers can tell).
    pub fn release_list_items(&self) {
        if let Payload::List(l) = &self.payload {
            let mut items = match l.try_borrow_mut() {
                Ok(mut v) => std::mem::take(&mut *v),
                Err(_) => return,
            };
            while let Some(v) = items.pop() {
                drop(v);
            }
        }
    }

    /// A new object of a built-in payload, its class implied.
    #[inline]
    pub fn bare(payload: Payload) -> PyRef {
        PyRef::new_in_place(None, payload)
    }

    /// As [`PyObject::bare`], the payload made once the object's block is
    /// taken, so that it is written there directly (the constructors of
    /// the most made objects use it).
    #[inline(always)]
    pub fn bare_with(make: impl FnOnce() -> Payload) -> PyRef {
        PyRef::new_with(None, make)
    }

    /// A new object of an explicit class (user classes, subclasses).
    pub fn with_class(class: PyRef, payload: Payload, dict: Option<PyRef>) -> PyRef {
        if let Some(d) = &dict {
            if owns_inline_dict(&payload) {
                d.gc_make_inline_dict();
            }
        }
        let obj = PyRef::new_in_place(Some(class), payload);
        if let Some(d) = dict {
            dict_slot::replace(&obj, Some(d));
        }
        obj
    }

    /// The number of references to the object (`sys.getrefcount` less
    /// its argument's).
    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }

    /// Give the instance `d` as its `__dict__` (made on first use).
    pub fn set_instance_dict(&self, d: PyRef) {
        if owns_inline_dict(&self.payload) {
            d.gc_make_inline_dict();
        }
        drop(self.replace_dict(Some(d)));
    }

    /// The object's `__dict__`, if it has one (a new reference): for a
    /// plain instance, only once its attributes moved into a dict.
    #[inline]
    pub fn dict(&self) -> Option<PyRef> {
        dict_slot::get(self)
    }

    /// Does the object have a `__dict__` object?
    #[inline(always)]
    pub fn has_dict(&self) -> bool {
        self.gc_has_side_dict()
    }

    /// Make `d` the object's `__dict__` (None: it has none), giving back
    /// the one it had (for the caller to drop).
    pub fn replace_dict(&self, d: Option<PyRef>) -> Option<PyRef> {
        dict_slot::replace(self, d)
    }

    /// A str object of `s`; a one-character ASCII text gives the shared
    /// object of that character ([`ascii_char`]).
    pub fn new_str(s: String) -> PyRef {
        if s.len() <= INLINE_CAPACITY {
            return PyObject::new_short_str(&s);
        }
        PyObject::bare(Payload::Str(PyStr::new(s)))
    }

    /// A str object of a text of at most [`INLINE_CAPACITY`] bytes (stored
    /// in the payload, copied from `s`); as [`PyObject::new_str`].
    #[inline(never)]
    pub fn new_short_str(s: &str) -> PyRef {
        if let [b] = s.as_bytes() {
            if b.is_ascii() {
                return ascii_char(*b);
            }
        }
        PyObject::bare_with(|| Payload::Str(PyStr::new_inline(s)))
    }

    // The constructors that make their payload in the block are never
    // inlined: their callers include the dispatch loop, whose layout
    // moves whole programs by several percent.
    #[inline(never)]
    pub fn new_tuple(items: Vec<Value>) -> PyRef {
        PyObject::bare_with(|| Payload::Tuple(TupleItems::new(items)))
    }

    #[inline(never)]
    pub fn new_list(items: Vec<Value>) -> PyRef {
        PyObject::bare_with(|| Payload::List(RefCell::new(items)))
    }

    /// Must the interpreter see this object before it is freed? A started,
    /// unfinished generator is closed (its `finally` blocks run), as
    /// CPython's `_PyGen_Finalize` does.
    pub fn needs_finalizer(&self) -> bool {
        match &self.payload {
            // A coroutine never started warns that it was never awaited.
            Payload::Generator(g) => match g.try_borrow() {
                Ok(g) => g.frame.as_ref().is_some_and(|f| {
                    f.ip > 0 || g.code.code.flags & pyprobe_bytecode::flags::COROUTINE != 0
                }),
                Err(_) => false,
            },
            _ => self.has_del() && !self.gc_is_finalized(),
        }
    }

    /// Does dropping the object release no other object? (An atom of a
    /// built-in type, with no class or `__dict__` reference.)
    pub fn holds_no_references(&self) -> bool {
        self.class.is_none()
            && matches!(
                self.payload,
                Payload::Str(_)
                    | Payload::BigInt(_)
                    | Payload::Float(_)
                    | Payload::Complex(..)
                    | Payload::Bytes(_)
                    | Payload::Range { .. }
            )
    }

    /// Does the object's class define `__del__`?
    pub fn has_del(&self) -> bool {
        self.class
            .as_ref()
            .and_then(|c| c.type_data())
            .is_some_and(|t| t.flags.get() & tflags::HAS_DEL != 0)
    }

    pub fn type_data(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// A new instance of `cls`, a class whose instances have no built-in
    /// payload: attributes kept in it, or `__slots__` (and a `__dict__`
    /// unless the slots leave it out).
    pub fn new_instance(cls: &PyRef) -> PyRef {
        let (has_dict, nslots, nkeys) = cls
            .type_data()
            .map(|t| {
                let has_dict = t.flags.get() & tflags::SLOTS == 0;
                (has_dict, t.nslots.get(), t.attr_keys.len())
            })
            .unwrap_or((true, 0, 0));
        if nslots > 0 || !has_dict {
            let dict = has_dict
                .then(|| PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new()))));
            let slots = Payload::Slotted(RefCell::new(vec![Value::Null; nslots]));
            return PyObject::with_class(cls.clone(), slots, dict);
        }
        let values = Payload::Instance(RefCell::new(Vec::with_capacity(nkeys)));
        PyObject::with_class(cls.clone(), values, None)
    }

    /// The instance `__dict__` as a dict object (an instance that keeps
    /// its attributes in itself moves them into one).
    pub fn instance_dict(&self) -> Option<PyRef> {
        if let Some(d) = self.dict() {
            return Some(d);
        }
        self.materialize_dict()
    }

    /// Call `visit` on every reference this object holds (the collector's
    /// `tp_traverse`).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.traverse_payload(visit);
        if let Some(d) = self.dict() {
            visit(&Value::Obj(d));
        }
        // The class last, as CPython's `subtype_traverse`.
        if let Some(c) = &self.class {
            visit(&Value::Obj(c.clone()));
        }
    }

    fn traverse_payload(&self, visit: &mut dyn FnMut(&Value)) {
        match &self.payload {
            Payload::Tuple(items) => items.iter().for_each(&mut *visit),
            Payload::List(items) => {
                if let Ok(items) = items.try_borrow() {
                    items.iter().for_each(&mut *visit)
                }
            }
            Payload::Dict(d) => d.traverse(visit),
            Payload::Set(s) | Payload::FrozenSet(s) => s.traverse(visit),
            Payload::Slice(s) => s.iter().for_each(&mut *visit),
            Payload::Function(f, _) => {
                visit(&Value::Obj(f.globals.clone()));
                if let Some(d) = f.defaults.borrow().as_ref() {
                    d.iter().for_each(&mut *visit);
                }
                if let Some(k) = f.kwdefaults.borrow().as_ref() {
                    visit(&Value::Obj(k.clone()));
                }
                if let Some(c) = &f.closure {
                    c.iter().for_each(|c| visit(&Value::Obj(c.clone())));
                }
                visit(&Value::Obj(f.builtins.clone()));
                visit(&f.module.borrow());
                visit(&f.annotations.borrow());
                visit(&f.doc.borrow());
            }
            Payload::Native(n) | Payload::MethodDescr(n) | Payload::ClassMethodDescr(n) => {
                visit(&n.slf)
            }
            Payload::BoundMethod { func, slf } => {
                visit(func);
                visit(slf);
            }
            Payload::Type(t) => {
                t.bases
                    .borrow()
                    .iter()
                    .for_each(|b| visit(&Value::Obj(b.clone())));
                if let Ok(mro) = t.mro.try_borrow() {
                    mro.iter().for_each(|c| visit(&Value::Obj(c.clone())));
                }
                t.dict.traverse(visit);
            }
            Payload::Module(m) => visit(&Value::Obj(m.dict.clone())),
            Payload::Cell(c) => {
                if let Ok(c) = c.try_borrow() {
                    visit(&c)
                }
            }
            Payload::Property(p) => {
                visit(&p.fget.borrow());
                visit(&p.fset.borrow());
                visit(&p.fdel.borrow());
                visit(&p.doc.borrow());
            }
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => visit(&f.borrow()),
            Payload::Super { ty, obj, obj_type } => {
                visit(&Value::Obj(ty.clone()));
                visit(obj);
                visit(&Value::Obj(obj_type.clone()));
            }
            Payload::Exception(e) => {
                if let Ok(e) = e.try_borrow() {
                    visit(&e.args);
                    visit(&e.cause);
                    visit(&e.context);
                    visit(&e.notes);
                    if let Some((msg, excs)) = &e.group {
                        visit(msg);
                        visit(excs);
                    }
                    for entry in &e.traceback {
                        if let Some(g) = &entry.globals {
                            visit(&Value::Obj(g.clone()));
                        }
                    }
                }
            }
            Payload::Iter(it) => {
                if let Ok(it) = it.try_borrow() {
                    it.traverse(visit)
                }
            }
            Payload::Generator(g) => {
                if let Ok(g) = g.try_borrow() {
                    if let Some(f) = &g.frame {
                        f.traverse(visit);
                    }
                    visit(&g.exc_state);
                }
            }
            Payload::View { of, .. } => visit(of),
            Payload::Frame(f) => f.traverse(visit),
            Payload::Slotted(s) | Payload::Instance(s) => {
                if let Ok(s) = s.try_borrow() {
                    s.iter().for_each(&mut *visit)
                }
            }
            Payload::Member(m) => visit(&Value::Obj(m.1.clone())),
            Payload::GetSet(g) => visit(&Value::Obj(g.owner.clone())),
            Payload::WeakRef(w) => {
                if let Ok(c) = w.callback.try_borrow() {
                    visit(&c)
                }
            }
            Payload::MemoryView(m) => m.traverse(visit),
            Payload::Deque(d) => d.traverse(visit),
            Payload::Partial(p) => p.traverse(visit),
            Payload::Regex(r) => r.traverse(visit),
            Payload::RegexMatch(m) => m.traverse(visit),
            _ => {}
        }
    }

    /// Drop the references this object holds, breaking cycles (the
    /// collector's `tp_clear`). The released values are returned so the
    /// caller drops them outside any borrow.
    pub fn clear(&self) -> Vec<Value> {
        let mut out = Vec::new();
        if let Some(d) = self.replace_dict(None) {
            out.push(Value::Obj(d));
        }
        match &self.payload {
            Payload::List(items) => {
                if let Ok(mut items) = items.try_borrow_mut() {
                    out.append(&mut items);
                }
            }
            Payload::Dict(d) => out.extend(d.clear_all()),
            Payload::Set(s) | Payload::FrozenSet(s) => out.extend(s.clear_all()),
            Payload::Function(f, _) => {
                if let Some(d) = f.defaults.borrow_mut().take() {
                    out.extend(d);
                }
                if let Some(k) = f.kwdefaults.borrow_mut().take() {
                    out.push(Value::Obj(k));
                }
                out.push(f.doc.replace(Value::None));
                out.push(f.annotations.replace(Value::None));
            }
            Payload::Cell(c) => {
                if let Ok(mut c) = c.try_borrow_mut() {
                    out.push(std::mem::replace(&mut *c, Value::Null));
                }
            }
            Payload::Type(t) => {
                out.extend(t.dict.clear_all());
                if let Ok(mut mro) = t.mro.try_borrow_mut() {
                    out.extend(mro.drain(..).map(Value::Obj));
                }
            }
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => out.push(f.replace(Value::None)),
            Payload::Exception(e) => {
                if let Ok(mut e) = e.try_borrow_mut() {
                    out.push(std::mem::replace(&mut e.args, Value::None));
                    out.push(std::mem::replace(&mut e.cause, Value::None));
                    out.push(std::mem::replace(&mut e.context, Value::None));
                    if let Some((msg, excs)) = e.group.take() {
                        out.push(msg);
                        out.push(excs);
                    }
                    for entry in e.traceback.iter_mut() {
                        if let Some(g) = entry.globals.take() {
                            out.push(Value::Obj(g));
                        }
                    }
                }
            }
            Payload::Iter(it) => {
                if let Ok(mut it) = it.try_borrow_mut() {
                    let t = crate::vm::iter_type_index(&it) as u8;
                    *it = IterKind::Exhausted(t);
                }
            }
            Payload::Slotted(s) | Payload::Instance(s) => {
                if let Ok(mut s) = s.try_borrow_mut() {
                    out.append(&mut s);
                }
            }
            Payload::Generator(g) => {
                if let Ok(mut g) = g.try_borrow_mut() {
                    g.frame = None;
                }
            }
            Payload::Frame(f) => f.clear_into(&mut out),
            Payload::WeakRef(w) => {
                crate::object::gc::weakref_clear(self);
                out.push(w.callback.replace(Value::None));
            }
            Payload::MemoryView(m) => out.extend(m.clear()),
            Payload::Deque(d) => d.clear_into(&mut out),
            Payload::Partial(p) => p.clear_into(&mut out),
            _ => {}
        }
        out
    }
}

/// An iterator's kept result tuple, as CPython's iterators visit theirs.
fn visit_result(result: &Option<PyRef>, visit: &mut dyn FnMut(&Value)) {
    if let Some(r) = result {
        visit(&Value::Obj(r.clone()));
    }
}

impl IterKind {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => visit(seq),
            IterKind::Dict { dict, result, .. } => {
                visit(&Value::Obj(dict.clone()));
                visit_result(result, visit);
            }
            IterKind::Set { set, .. } => visit(&Value::Obj(set.clone())),
            IterKind::Deque { deque, .. } => visit(&Value::Obj(deque.clone())),
            IterKind::Tool(t) => t.traverse(visit),
            IterKind::GetItem { obj, .. } => visit(obj),
            IterKind::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterKind::Enumerate { it, count, result } => {
                visit(it);
                visit(count);
                visit_result(result, visit);
            }
            IterKind::Zip { its, result, .. } => {
                its.iter().for_each(&mut *visit);
                visit_result(result, visit);
            }
            IterKind::Map { func, its } => {
                visit(func);
                its.iter().for_each(visit);
            }
            IterKind::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterKind::AnextAwaitable { wrapped, default } => {
                visit(wrapped);
                visit(default);
            }
            IterKind::Str { s, .. } => visit(&Value::Obj(s.clone())),
            IterKind::CoroutineWrapper { coro } => visit(coro),
            IterKind::AsyncGenStep {
                gen, value, throw, ..
            } => {
                visit(gen);
                visit(value);
                if let Some(t) = throw {
                    visit(t);
                }
            }
            IterKind::Range { .. } | IterKind::Exhausted(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attr_cache_keeps_classes_of_one_epoch() {
        let e = AttrCacheEntry::default();
        assert_eq!(e.index_for(0x10, || 1), None);
        let e = e.with(0x10, 1, 3);
        assert_eq!(e.index_for(0x10, || 1), Some(3));
        assert_eq!(e.index_for(0x10, || 2), None);
        let e = e.with(0x20, 1, 5).with(0x30, 1, 6).with(0x40, 1, 7);
        let found: Vec<_> = [0x10, 0x20, 0x30, 0x40]
            .iter()
            .map(|&c| e.index_for(c, || 1))
            .collect();
        assert_eq!(found, [Some(3), Some(5), Some(6), Some(7)]);
        // A fifth class takes the last entry; the others stay.
        let e = e.with(0x50, 1, 8);
        assert_eq!(e.index_for(0x10, || 1), Some(3));
        assert_eq!(e.index_for(0x30, || 1), Some(6));
        assert_eq!(e.index_for(0x40, || 1), None);
        assert_eq!(e.index_for(0x50, || 1), Some(8));
        // A class seen again keeps its entry, with the new index.
        let e = e.with(0x20, 1, 9);
        assert_eq!(e.index_for(0x20, || 1), Some(9));
        // A new epoch starts over with one class.
        let e = e.with(0x30, 2, 1);
        assert_eq!(e.index_for(0x30, || 2), Some(1));
        assert_eq!(e.index_for(0x10, || 2), None);
        assert_eq!(e.classes[1..], [0; CACHE_CLASSES - 1]);
    }

    fn count_refs(o: &PyRef) -> usize {
        let mut n = 0;
        o.traverse(&mut |_| n += 1);
        n
    }

    #[test]
    fn one_ascii_character_is_one_shared_str() {
        let mut a = PyObject::new_str("a".into());
        let b = PyObject::new_str("a".into());
        assert!(a.is(&b));
        assert!(!a.is(&PyObject::new_str("b".into())));
        drop(b);
        // The cache keeps its own reference: never unique, never changed in place.
        assert!(a.get_mut().is_none());
        assert!(!PyObject::new_str("ab".into()).is(&PyObject::new_str("ab".into())));
        assert!(!PyObject::new_str("é".into()).is(&PyObject::new_str("é".into())));
    }

    #[test]
    fn list_traverse_and_clear() {
        let inner = PyObject::new_list(vec![]);
        let l = PyObject::new_list(vec![Value::Obj(inner.clone()), Value::Int(1)]);
        assert_eq!(count_refs(&l), 2);
        assert_eq!(inner.refcount(), 2);
        let released = l.clear();
        drop(released);
        assert_eq!(inner.refcount(), 1);
        assert_eq!(count_refs(&l), 0);
    }

    #[test]
    fn tuple_traverse() {
        let inner = PyObject::new_list(vec![]);
        let t = PyObject::new_tuple(vec![Value::Obj(inner), Value::None]);
        assert_eq!(count_refs(&t), 2);
    }

    #[test]
    fn cell_traverse_and_clear() {
        let inner = PyObject::new_list(vec![]);
        let c = PyObject::bare(Payload::Cell(RefCell::new(Value::Obj(inner.clone()))));
        assert_eq!(count_refs(&c), 1);
        drop(c.clear());
        assert_eq!(inner.refcount(), 1);
    }

    #[test]
    fn dict_traverse_and_clear() {
        let key = PyObject::new_str("k".into());
        let val = PyObject::new_list(vec![]);
        let d = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(Value::Obj(key.clone()), Value::Obj(val.clone()));
        }
        assert_eq!(count_refs(&d), 2);
        drop(d.clear());
        assert_eq!(val.refcount(), 1);
        assert_eq!(count_refs(&d), 0);
    }

    #[test]
    fn set_traverse_and_clear() {
        let mut vm = crate::vm::Vm::new();
        let item = PyObject::new_tuple(vec![Value::Int(1)]);
        let s = PyObject::bare(Payload::Set(Box::new(crate::set::PySet::new())));
        if let Payload::Set(ps) = &s.payload {
            assert!(ps.add(&mut vm, Value::Obj(item.clone())).is_ok());
        }
        assert_eq!(count_refs(&s), 1);
        drop(s.clear());
        assert_eq!(item.refcount(), 1);
    }

    #[test]
    fn instance_dict_and_class_are_traversed() {
        let vm = crate::vm::Vm::new();
        let dict = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
        let inst = PyObject::with_class(
            vm.types.object.clone(),
            Payload::Instance(RefCell::default()),
            Some(dict.clone()),
        );
        assert_eq!(count_refs(&inst), 2);
        drop(inst.clear());
        assert_eq!(dict.refcount(), 1);
    }

    #[test]
    fn a_dict_beside_its_object_goes_with_it() {
        let vm = crate::vm::Vm::new();
        let before = dict_slot::len();
        let dict = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
        let l = PyObject::with_class(
            vm.types.list.clone(),
            Payload::List(RefCell::default()),
            Some(dict.clone()),
        );
        assert!(l.has_dict());
        assert!(l.dict().is_some_and(|d| d.is(&dict)));
        assert_eq!(dict_slot::len(), before + 1);
        assert_eq!(count_refs(&l), 2);
        // Freeing the object releases its dict and its entry.
        drop(l);
        assert_eq!(dict.refcount(), 1);
        assert_eq!(dict_slot::len(), before);
        // A block reused by another object finds no dict.
        let other = PyObject::new_list(vec![]);
        assert!(!other.has_dict() && other.dict().is_none());
        // Clearing (the collector's tp_clear) drops it too.
        let t = PyObject::with_class(
            vm.types.list.clone(),
            Payload::List(RefCell::default()),
            Some(dict.clone()),
        );
        drop(t.clear());
        assert!(!t.has_dict());
        assert_eq!(dict.refcount(), 1);
        assert_eq!(dict_slot::len(), before);
    }

    #[test]
    fn instance_values_are_traversed_and_cleared() {
        let item = PyObject::new_list(vec![]);
        let inst = PyObject::bare(Payload::Instance(RefCell::new(vec![Value::Obj(
            item.clone(),
        )])));
        assert_eq!(count_refs(&inst), 1);
        drop(inst.clear());
        assert_eq!(item.refcount(), 1);
        assert_eq!(count_refs(&inst), 0);
    }

    #[test]
    fn slotted_instance_traverse_and_clear() {
        let inner = PyObject::new_list(vec![]);
        let o = PyObject::bare(Payload::Slotted(RefCell::new(vec![
            Value::Obj(inner.clone()),
            Value::Null,
        ])));
        assert_eq!(count_refs(&o), 2);
        drop(o.clear());
        assert_eq!(inner.refcount(), 1);
    }

    #[test]
    fn exception_traverse_and_clear() {
        let arg = PyObject::new_list(vec![]);
        let args = Value::Obj(PyObject::new_tuple(vec![Value::Obj(arg.clone())]));
        let e = PyObject::bare(Payload::Exception(Box::new(RefCell::new(ExcData::new(
            args,
        )))));
        assert!(count_refs(&e) >= 1);
        drop(e.clear());
        assert_eq!(arg.refcount(), 1);
    }

    #[test]
    fn self_referencing_list_is_broken_by_clear() {
        let l = PyObject::new_list(vec![]);
        if let Payload::List(items) = &l.payload {
            items.borrow_mut().push(Value::Obj(l.clone()));
        }
        assert_eq!(l.refcount(), 2);
        drop(l.clear());
        assert_eq!(l.refcount(), 1);
    }
}
#[cfg(test)]
mod size {
    /// Every object pays for the largest payload: large payloads are
    /// boxed so that an object stays at one 64-byte cache line (header 24,
    /// payload 40).
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<super::Payload>() <= 40);
        assert_eq!(std::mem::size_of::<super::PyObject>(), 64);
        assert_eq!(std::mem::align_of::<super::PyObject>(), 64);
    }

    /// `Payload` keeps its discriminant in values that `PyStr` leaves
    /// unused; spare ones must remain so that a new variant does not grow
    /// every object.
    #[test]
    fn payload_has_spare_discriminants() {
        assert_eq!(
            std::mem::size_of::<Option<Option<super::Payload>>>(),
            std::mem::size_of::<super::Payload>()
        );
    }
}
