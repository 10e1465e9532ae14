//! Type objects: creation of the built-in types at start-up, classes made by
//! `class` statements and `type(name, bases, ns)`, the C3 method resolution
//! order, and attribute lookup along it.
//!
//! CPython counterpart: `Objects/typeobject.c` (`type_new`, `mro_internal`,
//! `_PyType_Lookup`, `type_call`, `__build_class__` in bltinmodule.c).
//!
//! Invariants: `mro` always starts with the type itself and ends with
//! `object`; a type's dict is only changed through `set_attr`, which keeps
//! the `CUSTOM_GETATTR`/`CUSTOM_SETATTR` flags current.

use crate::dict::PyDict;
use crate::object::{
    tflags, Args, BaseKind, Native, NativeFn, Payload, PyCode, PyObject, PyRef, TypeData,
};
use crate::value::Value;
use crate::vm::{Types, Vm};
use crate::PyResult;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

fn raw_type(name: &str, base: BaseKind, bases: Vec<PyRef>, flags: u32) -> PyRef {
    PyObject::bare(Payload::Type(Box::new(TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict: PyDict::new(),
        base,
        flags: Cell::new(flags),
        builtin: true,
        subclasses: RefCell::new(Vec::new()),
        nslots: Cell::new(0),
        attr_keys: Default::default(),
        hashes_by_value: Cell::new(0),
    })))
}

/// A new built-in type deriving from `object` (iterator types and the
/// like, made by the modules that implement them).
pub fn make_builtin_type(vm: &Vm, name: &str) -> PyRef {
    let object = vm.types.object.clone();
    let t = raw_type(name, BaseKind::Other, vec![object.clone()], 0);
    set_mro(&t, vec![t.clone(), object]);
    t
}

/// A type whose CPython name has its module in front (`collections.deque`):
/// that full name is what messages show, its `__qualname__` (and
/// `__name__`) the last part.
fn dotted(t: PyRef) -> PyRef {
    if let Some(td) = t.type_data() {
        let short = td
            .name
            .borrow()
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_string();
        *td.qualname.borrow_mut() = short;
    }
    t
}

/// Make the built-in types (methods are added later by `init_types` and
/// the `builtins` modules).
pub fn bootstrap_types() -> Types {
    let object = raw_type("object", BaseKind::Object, vec![], tflags::BASETYPE);
    set_mro(&object, vec![object.clone()]);
    let mk = |name: &str, base: BaseKind, basetype: bool| {
        let t = raw_type(
            name,
            base,
            vec![object.clone()],
            if basetype { tflags::BASETYPE } else { 0 },
        );
        set_mro(&t, vec![t.clone(), object.clone()]);
        t
    };
    let int = mk("int", BaseKind::Int, true);
    let bool_ = raw_type("bool", BaseKind::Bool, vec![int.clone()], 0);
    set_mro(&bool_, vec![bool_.clone(), int.clone(), object.clone()]);
    let base_exception = mk("BaseException", BaseKind::Exception, true);
    Types {
        type_: mk("type", BaseKind::Type, true),
        none: mk("NoneType", BaseKind::Other, false),
        bool_,
        int,
        float: mk("float", BaseKind::Float, true),
        complex: mk("complex", BaseKind::Complex, true),
        str_: mk("str", BaseKind::Str, true),
        bytes: mk("bytes", BaseKind::Bytes, true),
        bytearray: mk("bytearray", BaseKind::ByteArray, true),
        tuple: mk("tuple", BaseKind::Tuple, true),
        list: mk("list", BaseKind::List, true),
        dict: mk("dict", BaseKind::Dict, true),
        set: mk("set", BaseKind::Set, true),
        frozenset: mk("frozenset", BaseKind::FrozenSet, true),
        range: mk("range", BaseKind::Other, false),
        slice: mk("slice", BaseKind::Other, false),
        function: mk("function", BaseKind::Function, false),
        builtin_function: mk("builtin_function_or_method", BaseKind::Other, false),
        method_descriptor: mk("method_descriptor", BaseKind::Other, false),
        classmethod_descriptor: mk("classmethod_descriptor", BaseKind::Other, false),
        method: mk("method", BaseKind::Other, false),
        module: mk("module", BaseKind::Module, true),
        code: mk("code", BaseKind::Other, false),
        cell: mk("cell", BaseKind::Other, false),
        generator: mk("generator", BaseKind::Other, false),
        coroutine: mk("coroutine", BaseKind::Other, false),
        async_generator: mk("async_generator", BaseKind::Other, false),
        async_gen_wrapped: mk("async_generator_wrapped_value", BaseKind::Other, false),
        property: mk("property", BaseKind::Property, true),
        classmethod: mk("classmethod", BaseKind::Other, true),
        staticmethod: mk("staticmethod", BaseKind::Other, true),
        super_: mk("super", BaseKind::Other, true),
        iterator: mk("iterator", BaseKind::Other, false),
        enumerate: mk("enumerate", BaseKind::Other, true),
        zip: mk("zip", BaseKind::Other, true),
        map: mk("map", BaseKind::Other, true),
        filter: mk("filter", BaseKind::Other, true),
        reversed: mk("reversed", BaseKind::Other, true),
        not_implemented: mk("NotImplementedType", BaseKind::Other, false),
        ellipsis: mk("ellipsis", BaseKind::Other, false),
        text_io: mk("TextIOWrapper", BaseKind::Other, false),
        buffered_io: mk("BufferedReader", BaseKind::Other, false),
        traceback: mk("traceback", BaseKind::Other, false),
        mappingproxy: mk("mappingproxy", BaseKind::Other, false),
        member_descriptor: mk("member_descriptor", BaseKind::Other, false),
        getset_descriptor: mk("getset_descriptor", BaseKind::Other, false),
        frame: mk("frame", BaseKind::Other, false),
        generic_alias: mk("GenericAlias", BaseKind::Other, false),
        union_type: mk("UnionType", BaseKind::Other, false),
        dict_keys: mk("dict_keys", BaseKind::Other, false),
        dict_values: mk("dict_values", BaseKind::Other, false),
        dict_items: mk("dict_items", BaseKind::Other, false),
        memoryview: mk("memoryview", BaseKind::Other, false),
        deque: dotted(mk("collections.deque", BaseKind::Other, true)),
        partial: dotted(mk("functools.partial", BaseKind::Other, true)),
        re_program: dotted(mk("_re.Program", BaseKind::Other, false)),
        re_match: dotted(mk("re.Match", BaseKind::Other, false)),
        base_exception,
        iters: crate::vm::ITER_TYPE_NAMES
            .iter()
            .map(|n| {
                let t = raw_type(n, BaseKind::Other, vec![object.clone()], 0);
                set_mro(&t, vec![t.clone(), object.clone()]);
                dotted(t)
            })
            .collect(),
        object,
    }
}

/// Give each built-in type its `__name__`-related entries and `__doc__`.
pub fn init_types(vm: &mut Vm) {
    let all = [
        vm.types.object.clone(),
        vm.types.type_.clone(),
        vm.types.int.clone(),
        vm.types.str_.clone(),
    ];
    for t in all {
        let d = type_dict(&t);
        d.set_str(vm.intern("__doc__"), Value::None);
    }
}

fn set_mro(t: &PyRef, mro: Vec<PyRef>) {
    if let Some(td) = t.type_data() {
        *td.mro.borrow_mut() = mro;
    }
}

/// The namespace dict of a type.
pub fn type_dict(t: &PyRef) -> &PyDict {
    match &t.payload {
        Payload::Type(td) => &td.dict,
        _ => panic_free_empty(),
    }
}

/// The PyDict inside a dict object (or an empty one for non-dicts).
pub fn dict_of(d: &PyRef) -> &PyDict {
    match &d.payload {
        Payload::Dict(d) => d,
        _ => panic_free_empty(),
    }
}

fn panic_free_empty() -> &'static PyDict {
    thread_local! {
        static EMPTY: &'static PyDict = Box::leak(Box::new(PyDict::new()));
    }
    EMPTY.with(|e| *e)
}

pub fn type_name(t: &PyRef) -> String {
    match t.type_data() {
        Some(td) => td.name.borrow().clone(),
        None => "?".into(),
    }
}

pub fn mro(t: &PyRef) -> Vec<PyRef> {
    t.type_data()
        .map(|td| td.mro.borrow().clone())
        .unwrap_or_default()
}

/// `issubclass(a, b)` on type objects (by MRO).
pub fn is_subtype(a: &PyRef, b: &PyRef) -> bool {
    if a.is(b) {
        return true;
    }
    match a.type_data() {
        Some(td) => td.mro.borrow().iter().any(|t| t.is(b)),
        None => false,
    }
}

/// One slot of the attribute cache: the type and name it answers for
/// (kept alive so their addresses cannot be reused), the epoch it was
/// filled in, and the answer.
struct CacheEntry {
    ty: Option<PyRef>,
    /// The interned name (`lookup`), or the address of the name's static
    /// text (`lookup_str`: the cache creates no object of its own, and a
    /// static text's address is never reused for another). 0 for `lookup`.
    name: Value,
    text: usize,
    epoch: u64,
    value: Option<Value>,
}

impl CacheEntry {
    fn empty() -> CacheEntry {
        CacheEntry {
            ty: None,
            name: Value::None,
            text: 0,
            epoch: 0,
            value: None,
        }
    }
}

const CACHE_SIZE: usize = 4096;

/// The cache slot of a (class, name) pair given by two addresses:
/// multiplicative hashing of both, so that objects laid out at any
/// stride spread over the slots (shifted addresses collided).
fn cache_slot(class: usize, name: usize) -> usize {
    let h = (class as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (name as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (h >> (64 - CACHE_SIZE.trailing_zeros())) as usize
}

thread_local! {
    /// Bumped whenever any class namespace changes: every cached answer
    /// from before is then stale (CPython's type version tags, simplified).
    static EPOCH: Cell<u64> = const { Cell::new(1) };
    /// `CACHE_SIZE` entries once the first miss fills it (empty before, so
    /// that reading it needs no lazy initialisation). Never dropped: at
    /// thread exit the entries would release objects after the runtime's
    /// other thread-locals are gone.
    static CACHE: std::mem::ManuallyDrop<RefCell<Vec<CacheEntry>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
}

/// Empty the attribute cache, releasing the types and values it holds (a
/// full collection, so that classes nothing else holds can be collected).
pub fn flush_cache() {
    bump_epoch();
    let old: Vec<CacheEntry> = CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut c) => c
            .iter_mut()
            .map(|e| std::mem::replace(e, CacheEntry::empty()))
            .collect(),
        Err(_) => Vec::new(),
    });
    drop(old);
    flush_method_caches();
}

thread_local! {
    /// The code objects whose `LoadMethod` cache has held a function of a
    /// class, or whose `LoadAttr` cache a class's value
    /// (`note_method_cache`), emptied with the attribute cache.
    static METHOD_CACHES: RefCell<Vec<Weak<PyCode>>> = const { RefCell::new(Vec::new()) };
}

/// Remember that `code`'s `LoadMethod` cache holds functions of classes
/// (or its `LoadAttr` cache classes' values), so that a full collection
/// releases them as it releases the attribute cache's.
pub fn note_method_cache(code: &Rc<PyCode>) {
    if !code.method_cache_noted.replace(true) {
        METHOD_CACHES.with(|m| m.borrow_mut().push(Rc::downgrade(code)));
    }
}

/// Empty the `LoadMethod` caches of classes' functions.
fn flush_method_caches() {
    let codes: Vec<Rc<PyCode>> = METHOD_CACHES.with(|m| match m.try_borrow_mut() {
        Ok(mut m) => {
            m.retain(|w| w.strong_count() > 0);
            m.iter().filter_map(Weak::upgrade).collect()
        }
        Err(_) => Vec::new(),
    });
    let mut old = Vec::new();
    for code in &codes {
        for mc in code.method_cache.iter().filter(|mc| mc.epoch.get() != 0) {
            mc.clear(&mut old);
        }
        old.extend(code.class_cache.iter().filter_map(|cc| cc.clear()));
    }
    drop(old);
}

/// A class was freed: answers cached for its address are stale (no-op
/// once the thread's runtime is being torn down).
pub fn note_type_freed() {
    let _ = EPOCH.try_with(|e| e.set(e.get() + 1));
}

/// The type epoch: answers cached under another epoch are stale.
#[inline(always)]
pub fn epoch() -> u64 {
    EPOCH.with(|e| e.get())
}

/// Invalidate the attribute cache (a class namespace changed).
pub fn bump_epoch() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// `_PyType_Lookup`: the attribute `name` along the MRO of `t`, through a
/// direct-mapped cache keyed by (type, interned name), as CPython's method
/// cache.
#[inline]
pub fn lookup(t: &PyRef, name: &Value) -> Option<Value> {
    let Value::Obj(n) = name else {
        return lookup_uncached(t, name);
    };
    let slot = cache_slot(t.id(), n.id());
    let epoch = EPOCH.with(Cell::get);
    let hit = CACHE.with(|c| {
        let c = c.try_borrow().ok()?;
        let e = c.get(slot)?;
        match (&e.ty, &e.name) {
            (Some(ty), Value::Obj(en)) if e.epoch == epoch && ty.is(t) && en.is(n) => {
                Some(e.value.clone())
            }
            _ => None,
        }
    });
    match hit {
        Some(v) => v,
        None => lookup_miss(t, name, slot, epoch),
    }
}

/// A `lookup` the cache could not answer: searched, then cached.
#[cold]
#[inline(never)]
fn lookup_miss(t: &PyRef, name: &Value, slot: usize, epoch: u64) -> Option<Value> {
    let v = lookup_uncached(t, name);
    cache_store(
        slot,
        CacheEntry {
            ty: Some(t.clone()),
            name: name.clone(),
            text: 0,
            epoch,
            value: v.clone(),
        },
    );
    v
}

fn lookup_uncached(t: &PyRef, name: &Value) -> Option<Value> {
    let td = t.type_data()?;
    let mro = td.mro.borrow();
    for cls in mro.iter() {
        if let Some(v) = type_dict(cls).get_name(name) {
            return Some(v);
        }
    }
    None
}

/// Lookup by a Rust str (slow path helpers, dunder lookups).
/// The cache's key of a static name: its address, with its length mixed
/// in (a name and its prefix share an address), never 0.
#[inline(always)]
fn text_key(name: &'static str) -> usize {
    (name.as_ptr() as usize ^ (name.len() << 48)) | 1 << 63
}

/// `lookup` for a name given as static Rust text (the runtime's own dunder
/// lookups): through the same cache, in the slot of the text's address and
/// length, an entry answering when its name is the same text (address and
/// length: no comparison of the characters).
pub fn lookup_str(t: &PyRef, name: &'static str) -> Option<Value> {
    let slot = cache_slot(t.id(), text_key(name));
    let epoch = EPOCH.with(Cell::get);
    let hit = CACHE.with(|c| {
        let c = c.try_borrow().ok()?;
        let e = c.get(slot)?;
        match &e.ty {
            Some(ty) if e.epoch == epoch && ty.is(t) && e.text == text_key(name) => {
                Some(e.value.clone())
            }
            _ => None,
        }
    });
    match hit {
        Some(v) => v,
        None => lookup_str_miss(t, name, slot, epoch),
    }
}

/// A `lookup_str` the cache could not answer: searched, then cached.
#[cold]
#[inline(never)]
fn lookup_str_miss(t: &PyRef, name: &'static str, slot: usize, epoch: u64) -> Option<Value> {
    let v = lookup_str_uncached(t, name);
    cache_store(
        slot,
        CacheEntry {
            ty: Some(t.clone()),
            name: Value::None,
            text: text_key(name),
            epoch,
            value: v.clone(),
        },
    );
    v
}

/// Put `entry` in cache slot `slot`; the entry it replaces is released
/// after the cache's borrow ends.
fn cache_store(slot: usize, entry: CacheEntry) {
    let old = CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut c) => {
            if c.is_empty() {
                c.resize_with(CACHE_SIZE, CacheEntry::empty);
            }
            Some(std::mem::replace(&mut c[slot], entry))
        }
        Err(_) => None,
    });
    drop(old);
}

fn lookup_str_uncached(t: &PyRef, name: &str) -> Option<Value> {
    let td = t.type_data()?;
    let mro = td.mro.borrow();
    for cls in mro.iter() {
        if let Some(v) = type_dict(cls).get_str(name) {
            return Some(v);
        }
    }
    None
}

/// Add native methods to a built-in type.
pub fn add_methods(vm: &mut Vm, t: &PyRef, methods: &[(&'static str, NativeFn)]) {
    add_natives(vm, t, methods, Payload::MethodDescr);
}

/// Add class methods (`dict.fromkeys`, `int.from_bytes`) to a built-in type.
pub fn add_classmethods(vm: &mut Vm, t: &PyRef, methods: &[(&'static str, NativeFn)]) {
    add_natives(vm, t, methods, Payload::ClassMethodDescr);
}

/// Store natives in a type's namespace as the descriptor `kind` makes.
fn add_natives(
    vm: &mut Vm,
    t: &PyRef,
    methods: &[(&'static str, NativeFn)],
    kind: fn(Box<Native>) -> Payload,
) {
    let owner = static_type_name(t);
    for (name, f) in methods {
        let m = PyObject::bare(kind(Box::new(Native {
            name,
            module: owner,
            func: *f,
            slf: Value::Null,
            doc: "",
            needs_frame: false,
        })));
        let key = vm.intern(name);
        type_dict(t).set_str(key, Value::Obj(m));
    }
    bump_epoch();
}

/// Add static functions (`str.maketrans`) to a built-in type.
pub fn add_staticmethods(vm: &mut Vm, t: &PyRef, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        let func = vm.new_native(name, "builtins", *f);
        let sm = Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(func))));
        let key = vm.intern(name);
        type_dict(t).set_str(key, sm);
    }
    bump_epoch();
}

/// Set an attribute in a built-in type's namespace.
pub fn set_type_attr(vm: &mut Vm, t: &PyRef, name: &str, v: Value) {
    let key = vm.intern(name);
    type_dict(t).set_str(key, v);
    bump_epoch();
}

/// Names of built-in types live as long as the program; leak them once so
/// natives can carry a `&'static str` owner.
fn static_type_name(t: &PyRef) -> &'static str {
    let n = type_name(t);
    match n.as_str() {
        "object" => "object",
        "int" => "int",
        "str" => "str",
        "list" => "list",
        "dict" => "dict",
        "tuple" => "tuple",
        "set" => "set",
        "float" => "float",
        _ => Box::leak(n.into_boxed_str()),
    }
}

/// C3 linearisation (CPython's `mro_implementation`).
pub fn compute_mro(vm: &mut Vm, t: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let mut seqs: Vec<Vec<PyRef>> = bases.iter().map(mro).collect();
    seqs.push(bases.to_vec());
    let mut result = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|other| other[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(c) = candidate else {
            // CPython's `set_mro_error` names the heads left in the merge.
            let mut heads: Vec<&PyRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads.into_iter().map(type_name).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        result.push(c);
    }
}

/// The most derived built-in layout among the bases (CPython's "best base").
fn solid_base(vm: &mut Vm, bases: &[PyRef]) -> PyResult<BaseKind> {
    let mut kind = BaseKind::Object;
    for b in bases {
        let k = vm.base_kind(b);
        let k = if k == BaseKind::Bool {
            BaseKind::Int
        } else {
            k
        };
        if k == BaseKind::Object || k == BaseKind::Other && !is_heap(b) {
            continue;
        }
        if kind == BaseKind::Object {
            kind = k;
        } else if kind != k {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(kind)
}

fn is_heap(t: &PyRef) -> bool {
    t.type_data()
        .map(|td| td.flags.get() & tflags::HEAPTYPE != 0)
        .unwrap_or(false)
}

/// `type.__new__(meta, name, bases, ns)`: make a class.
pub fn new_class(
    vm: &mut Vm,
    meta: &PyRef,
    name: &str,
    bases: Vec<PyRef>,
    ns: &PyRef,
) -> PyResult<PyRef> {
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    for b in &bases {
        let Some(td) = b.type_data() else {
            return Err(vm.type_error("bases must be types"));
        };
        if td.flags.get() & tflags::BASETYPE == 0 {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                type_name(b)
            )));
        }
    }
    let base = solid_base(vm, &bases)?;
    let ns_dict = dict_of(ns);
    let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
    // __slots__: no instance __dict__ unless a base has one or "__dict__"
    // is a slot; each slot becomes a member descriptor.
    let mut slot_names: Vec<Value> = Vec::new();
    if let Some(slots) = ns_dict.get_str("__slots__") {
        slot_names = if slots.as_str().is_some() {
            vec![slots]
        } else {
            vm.collect(&slots)?
        };
        let bases_have_dict = bases.iter().any(|b| {
            b.type_data()
                .map(|t| !t.builtin && t.flags.get() & tflags::SLOTS == 0)
                .unwrap_or(false)
        });
        let wants_dict = slot_names.iter().any(|n| n.as_str() == Some("__dict__"));
        if !bases_have_dict && !wants_dict {
            flags |= tflags::SLOTS;
        }
    }
    let cls = PyObject::with_class(
        meta.clone(),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict: PyDict::new(),
            base,
            flags: Cell::new(flags),
            builtin: false,
            subclasses: RefCell::new(Vec::new()),
            nslots: Cell::new(0),
            attr_keys: Default::default(),
            hashes_by_value: Cell::new(0),
        })),
        None,
    );
    let m = compute_mro(vm, &cls, &bases)?;
    set_mro(&cls, m);
    let td = cls.type_data().expect("just made a type");
    for (h, k, v) in ns_dict.hashed_items() {
        if k.as_str() == Some("__qualname__") {
            if let Some(q) = v.as_str() {
                *td.qualname.borrow_mut() = q.to_string();
            }
            continue;
        }
        if k.as_str() == Some("__classcell__") {
            continue;
        }
        // __init_subclass__ and __class_getitem__ are implicit classmethods.
        let v = match k.as_str() {
            Some("__init_subclass__") | Some("__class_getitem__")
                if matches!(v.payload(), Some(Payload::Function(_, _))) =>
            {
                Value::Obj(PyObject::bare(Payload::ClassMethod(RefCell::new(v))))
            }
            Some("__new__") if matches!(v.payload(), Some(Payload::Function(_, _))) => {
                Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(v))))
            }
            _ => v,
        };
        td.dict.insert_new_hashed(h, k, v);
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if td.dict.get_str("__eq__").is_some() && td.dict.get_str("__hash__").is_none() {
        td.dict.set_str(vm.intern("__hash__"), Value::None);
    }
    for b in td.bases.borrow().iter() {
        if let Some(btd) = b.type_data() {
            btd.add_subclass(&cls);
        }
    }
    let mut next_slot = bases
        .iter()
        .filter_map(|b| b.type_data().map(|t| t.nslots.get()))
        .max()
        .unwrap_or(0);
    let mut seen: Vec<String> = Vec::new();
    for n in slot_names {
        match n.as_str() {
            Some("__dict__") | Some("__weakref__") => {}
            // A name given twice makes one slot, as in CPython.
            Some(s) if seen.iter().any(|x| x == s) => {}
            Some(s) => {
                seen.push(s.to_string());
                if td.dict.get_str(s).is_some() {
                    return Err(
                        vm.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                    );
                }
                // A private name is mangled, as the compiler mangles
                // `self.__x` in the class's methods (`_Py_Mangle`).
                let stripped = name.trim_start_matches('_');
                let n = if s.starts_with("__") && !s.ends_with("__") && !stripped.is_empty() {
                    vm.intern(&format!("_{stripped}{s}"))
                } else {
                    n
                };
                let m = PyObject::bare(Payload::Member(Box::new((
                    n.clone(),
                    cls.clone(),
                    next_slot,
                ))));
                next_slot += 1;
                td.dict.set_str(n, Value::Obj(m));
            }
            None => {
                let tn = vm.type_name(&n);
                return Err(vm.type_error(format!("__slots__ items must be strings, not '{tn}'")));
            }
        }
    }
    td.nslots.set(next_slot);
    if td.dict.get_str("__doc__").is_none() {
        td.dict.set_str(vm.intern("__doc__"), Value::None);
    }
    update_flags(&cls);
    // __class__ cell
    if let Some(cell) = ns_dict.get_str("__classcell__") {
        if let Some(Payload::Cell(c)) = cell.payload() {
            *c.borrow_mut() = Value::Obj(cls.clone());
        }
    }
    // __set_name__ on descriptors.
    for (k, v) in td.dict.items() {
        let vcls = vm.class_of(&v).clone();
        if let Some(set_name) = lookup_str(&vcls, "__set_name__") {
            vm.call(&set_name, &[v.clone(), Value::Obj(cls.clone()), k.clone()])?;
        }
    }
    Ok(cls)
}

/// Is the first class of `cls`'s MRO that defines `name` a built-in type?
pub fn defined_on_builtin(cls: &PyRef, name: &str) -> bool {
    let Some(td) = cls.type_data() else {
        return true;
    };
    let mro = td.mro.borrow();
    let owner = mro.iter().find(|c| type_dict(c).get_str(name).is_some());
    owner
        .and_then(|c| c.type_data().map(|t| t.builtin))
        .unwrap_or(true)
}

/// Recompute the fast-path flags after the class dict changed.
pub fn update_flags(cls: &PyRef) {
    bump_epoch();
    let Some(td) = cls.type_data() else { return };
    // Subclasses inherit the change (their flags are computed from the MRO).
    let subs = td.live_subclasses();
    for s in &subs {
        update_flags(s);
    }
    let mut f = td.flags.get()
        & !(tflags::CUSTOM_GETATTR
            | tflags::CUSTOM_SETATTR
            | tflags::NO_DATA_DESCR
            | tflags::HAS_DEL
            | tflags::CUSTOM_CLASS
            | tflags::TRUTH_HOOK);
    let has_data_descr = td.mro.borrow().iter().any(|c| {
        type_dict(c).values().iter().any(|v| match v.payload() {
            Some(Payload::Property(_)) => true,
            Some(Payload::Instance(_))
            | Some(Payload::Function(_, _))
            | Some(Payload::ClassMethod(_))
            | Some(Payload::StaticMethod(_))
            | Some(Payload::MethodDescr(_))
            | Some(Payload::ClassMethodDescr(_))
            | Some(Payload::Native(_))
            | None => {
                // A user object with __set__/__delete__ is a data descriptor.
                match v {
                    Value::Obj(o) => match &o.class {
                        Some(c) => {
                            lookup_uncached(c, &Value::str("__set__")).is_some()
                                || lookup_uncached(c, &Value::str("__delete__")).is_some()
                        }
                        None => false,
                    },
                    _ => false,
                }
            }
            _ => matches!(v, Value::Obj(o) if o.class.is_some()),
        })
    });
    if !has_data_descr {
        f |= tflags::NO_DATA_DESCR;
    }
    let has = |n: &str| {
        td.mro.borrow().iter().any(|c| {
            c.type_data().map(|t| !t.builtin).unwrap_or(false) && type_dict(c).get_str(n).is_some()
        })
    };
    if has("__getattribute__") || has("__getattr__") {
        f |= tflags::CUSTOM_GETATTR;
    }
    if has("__setattr__") || has("__delattr__") {
        f |= tflags::CUSTOM_SETATTR;
    }
    if has("__del__") {
        f |= tflags::HAS_DEL;
    }
    if has("__class__") {
        f |= tflags::CUSTOM_CLASS;
    }
    if has("__bool__") || has("__len__") {
        f |= tflags::TRUTH_HOOK;
    }
    td.flags.set(f);
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = pos[0].clone();
    let name = pos[1].clone();
    // Bases as given, after `__mro_entries__` (PEP 560); a non-class base
    // makes its type the metaclass (so `class S(5)` calls int(...), as in
    // CPython).
    let ResolvedBases { bases, orig } = resolve_bases(vm, &pos[2..])?;
    let mut meta: Option<Value> = None;
    let mut kwargs: Vec<(String, Value)> = Vec::new();
    for (k, v) in args.keywords() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.to_string(), v.clone()));
        }
    }
    // The metaclass: explicit, else the most derived of the bases' types.
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.class_of(b).clone()),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    if let Value::Obj(m) = &meta {
        if m.type_data().is_some() {
            let mut winner = m.clone();
            for b in &bases {
                let bt = vm.class_of(b).clone();
                if is_subtype(&winner, &bt) {
                    continue;
                }
                if is_subtype(&bt, &winner) {
                    winner = bt;
                    continue;
                }
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            meta = Value::Obj(winner);
        }
    }
    let bases_tuple = vm.new_tuple(bases.clone());
    // __prepare__
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(prep) if !is_type_prepare(vm, &prep) => {
            let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| Value::str(k.clone())).collect();
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kwargs.iter().map(|(_, v)| v.clone()));
            vm.call_kw(&prep, &a, &kwnames)?
        }
        _ => Value::Obj(vm.new_dict()),
    };
    let Value::Obj(ns_obj) = &ns else {
        let mn = match &meta {
            Value::Obj(m) => type_name(m),
            _ => "type".into(),
        };
        let tn = vm.type_name(&ns);
        return Err(vm.type_error(format!(
            "{mn}.__prepare__() must return a mapping, not {tn}"
        )));
    };
    // Run the body with the namespace as its locals.
    vm.run_class_body(&body, ns_obj.clone())?;
    if let Some(orig) = orig {
        vm.setitem(&ns, &Value::str("__orig_bases__"), orig)?;
    }
    let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| Value::str(k.clone())).collect();
    let mut a = vec![name, bases_tuple, ns.clone()];
    a.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let cls = vm.call_kw(&meta, &a, &kwnames)?;
    Ok(cls)
}

/// A class statement's bases after PEP 560, and the bases as written
/// when any of them changed (the class's `__orig_bases__`).
struct ResolvedBases {
    bases: Vec<Value>,
    orig: Option<Value>,
}

/// CPython's `update_bases`: a base that is not a class and has
/// `__mro_entries__` is replaced by the items of the tuple it returns when
/// called with the original bases.
fn resolve_bases(vm: &mut Vm, orig: &[Value]) -> PyResult<ResolvedBases> {
    let mut bases: Vec<Value> = Vec::with_capacity(orig.len());
    let mut changed = false;
    let mut orig_tuple: Option<Value> = None;
    for b in orig {
        if b.as_obj().is_some_and(|o| o.type_data().is_some()) {
            bases.push(b.clone());
            continue;
        }
        let Some(entries) = vm.getattr_opt(b, "__mro_entries__")? else {
            bases.push(b.clone());
            continue;
        };
        let all = orig_tuple
            .get_or_insert_with(|| vm.new_tuple(orig.to_vec()))
            .clone();
        let r = vm.call(&entries, &[all])?;
        let Some(Payload::Tuple(items)) = r.payload() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        bases.extend(items.iter().cloned());
        changed = true;
    }
    Ok(ResolvedBases {
        bases,
        orig: if changed { orig_tuple } else { None },
    })
}

fn is_type_prepare(vm: &Vm, prep: &Value) -> bool {
    // type.__prepare__ just returns a new dict: skip the call.
    match prep {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.name == "__prepare__" && n.module == "type",
            _ => false,
        },
        _ => {
            let _ = vm;
            false
        }
    }
}
