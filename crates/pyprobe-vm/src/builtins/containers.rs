//! `list`, `tuple`, `dict`, `set`, `frozenset`, `range`, `slice`:
//! constructors and the helpers other modules share. The methods live in
//! `list_methods.rs`, `dict_methods.rs` and `set_methods.rs`.
//!
//! CPython counterparts: `Objects/listobject.c`, `Objects/tupleobject.c`,
//! `Objects/dictobject.c`, `Objects/setobject.c`, `Objects/rangeobject.c`,
//! `Objects/sliceobject.c`.

use super::args::{range as arg_range, ArgParser};
use super::set_methods::{richcmp_slots, slot_args, wrapper_error};
use crate::dict::PyDict;
use crate::iter::{Drain, DrainInto};
use crate::object::{Args, Payload, PyObject, PyRef};
use crate::set::PySet;
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use pyprobe_bytecode::CmpOp;
use std::cell::RefCell;

pub(super) fn static_new(vm: &mut Vm, t: &PyRef, f: crate::object::NativeFn) {
    let new = vm.new_native("__new__", "builtins", f);
    typeobj::set_type_attr(
        vm,
        t,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    static_new(vm, &t, list_new);
    typeobj::add_methods(vm, &t, &[("__init__", list_init)]);
    let t = vm.types.tuple.clone();
    static_new(vm, &t, tuple_new);
    let t = vm.types.dict.clone();
    static_new(vm, &t, dict_new);
    typeobj::add_methods(vm, &t, &[("__init__", dict_init)]);
    let t = vm.types.set.clone();
    static_new(vm, &t, set_new);
    typeobj::add_methods(vm, &t, &[("__init__", set_init)]);
    let t = vm.types.frozenset.clone();
    static_new(vm, &t, frozenset_new);
    let t = vm.types.range.clone();
    static_new(vm, &t, range_new);
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("__iter__", range_iter),
            ("index", range_index),
            ("count", range_count),
            ("__len__", range_len),
            ("__getitem__", range_getitem),
            ("__contains__", range_contains),
            ("__bool__", range_bool),
            ("__reversed__", range_reversed),
            ("__reduce__", range_reduce),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__lt__", range_lt),
            ("__le__", range_le),
            ("__gt__", range_gt),
            ("__ge__", range_ge),
        ],
    );
    let t = vm.types.slice.clone();
    static_new(vm, &t, slice_new);
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("indices", slice_indices),
            ("__reduce__", slice_reduce),
            ("__eq__", slice_eq),
            ("__ne__", slice_ne),
            ("__lt__", slice_lt),
            ("__le__", slice_le),
            ("__gt__", slice_gt),
            ("__ge__", slice_ge),
        ],
    );
    // `list[int]` and the like: a `types.GenericAlias` (PEP 585).
    let generic = [
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
    ];
    for t in &generic {
        typeobj::add_classmethods(vm, t, &[("__class_getitem__", class_getitem)]);
    }
    super::list_methods::init(vm);
    super::dict_methods::init(vm);
    super::set_methods::init(vm);
}

/// A new object of a built-in container class or of a subclass of it.
pub fn alloc(vm: &mut Vm, cls: Option<&Value>, builtin: &PyRef, payload: Payload) -> Value {
    match cls.and_then(|c| c.as_obj()) {
        Some(c) if !c.is(builtin) => {
            let dict = if c
                .type_data()
                .map(|t| t.flags.get() & crate::object::tflags::SLOTS == 0)
                .unwrap_or(true)
            {
                Some(vm.new_dict())
            } else {
                None
            };
            Value::Obj(PyObject::with_class(c.clone(), payload, dict))
        }
        _ => Value::Obj(PyObject::bare(payload)),
    }
}

fn list_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let b = vm.types.list.clone();
    Ok(alloc(
        vm,
        args.args.first(),
        &b,
        Payload::List(RefCell::new(Vec::new())),
    ))
}

fn list_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    super::args::no_kwargs(vm, "list", &args)?;
    let n = args.positional().len();
    if n > 1 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {n}")));
    }
    let [it] = ArgParser::new("list").posonly(1).parse(vm, args, [""])?;
    if let Some(Payload::List(l)) = slf.payload() {
        let items = match it {
            Some(it) => vm.collect(&it)?,
            None => Vec::new(),
        };
        let old = std::mem::replace(&mut *l.borrow_mut(), items);
        drop(old);
    }
    Ok(Value::None)
}

fn tuple_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "tuple", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    super::args::no_kwargs(vm, "tuple", &rest)?;
    let n = rest.positional().len();
    if n > 1 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {n}")));
    }
    let [it] = ArgParser::new("tuple").posonly(1).parse(vm, rest, [""])?;
    let b = vm.types.tuple.clone();
    let is_plain = args
        .args
        .first()
        .and_then(|c| c.as_obj())
        .map(|c| c.is(&b))
        .unwrap_or(true);
    if let Some(it) = &it {
        if is_plain
            && matches!(it.payload(), Some(Payload::Tuple(_)))
            && it.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
        {
            return Ok(it.clone());
        }
    }
    let items = match it {
        Some(it) => vm.collect(&it)?,
        None => Vec::new(),
    };
    if is_plain {
        return Ok(vm.new_tuple(items));
    }
    Ok(alloc(
        vm,
        args.args.first(),
        &b,
        Payload::Tuple(crate::object::TupleItems::new(items)),
    ))
}

fn dict_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let b = vm.types.dict.clone();
    Ok(alloc(
        vm,
        args.args.first(),
        &b,
        Payload::Dict(Box::new(PyDict::new())),
    ))
}

fn dict_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        vm.dict_update_from(slf, src, false, None)?;
    }
    if let Some(Payload::Dict(d)) = slf.payload() {
        for (k, v) in args.keywords() {
            d.set_str(Value::str(k), v.clone());
        }
    }
    Ok(Value::None)
}

fn set_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let b = vm.types.set.clone();
    Ok(alloc(
        vm,
        args.args.first(),
        &b,
        Payload::Set(Box::new(PySet::new())),
    ))
}

fn set_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = arg_range(vm, "set", &args, 0, 1)?;
    if let Some(Payload::Set(s)) = slf.payload() {
        for k in s.clear_all() {
            drop(k);
        }
        if let Some(src) = a.first() {
            fill_set(vm, s, src)?;
        }
    }
    Ok(Value::None)
}

/// Add the items of an iterable to a set, keeping CPython's layout for
/// copies of sets and dicts.
pub fn fill_set(vm: &mut Vm, s: &PySet, src: &Value) -> PyResult<()> {
    match src.payload() {
        Some(Payload::Set(o) | Payload::FrozenSet(o)) if s.len() == 0 => {
            s.merge_from(o);
            Ok(())
        }
        Some(Payload::Dict(d)) => {
            s.presize(d.len());
            for (h, k, _) in d.hashed_items() {
                s.add_hashed(vm, k, h)?;
            }
            Ok(())
        }
        // A generator adds each value as it yields it (an unhashable one
        // stops it there, as in CPython), in one run of its frame.
        Some(Payload::Generator(_))
            if s.len() == 0 && super::coroutine::is_plain_generator(src) =>
        {
            let into = DrainInto::Set(Box::new(PySet::new()));
            if let DrainInto::Set(d) = vm.drain(src, Drain::new(into))?.into {
                s.merge_from(&d);
            }
            Ok(())
        }
        Some(Payload::List(_) | Payload::Tuple(_)) => {
            for x in vm.collect(src)? {
                s.add(vm, x)?;
            }
            Ok(())
        }
        _ => {
            let it = vm.get_iter(src)?;
            while let Some(x) = vm.next(&it)? {
                s.add(vm, x)?;
            }
            Ok(())
        }
    }
}

fn frozenset_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "frozenset", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = arg_range(vm, "frozenset", &rest, 0, 1)?;
    let b = vm.types.frozenset.clone();
    let exact = |v: Option<&Value>| v.and_then(|v| v.as_obj()).is_some_and(|c| c.is(&b));
    if let Some(src) = a.first() {
        // An exact frozenset is its own copy.
        let plain = src.as_obj().is_some_and(|o| o.class.is_none());
        if exact(args.args.first()) && plain && matches!(src.payload(), Some(Payload::FrozenSet(_)))
        {
            return Ok(src.clone());
        }
    }
    let s = new_set_from(vm, a.first())?;
    Ok(alloc(
        vm,
        args.args.first(),
        &b,
        Payload::FrozenSet(Box::new(s)),
    ))
}

/// `T()` or `T(iterable)` of an exact built-in `list`, `tuple`, `set` or
/// `frozenset`, without looking up `__new__` and `__init__` (a built-in
/// type's cannot change): CPython's `list_vectorcall`, `set_vectorcall`,
/// ... `None` for any other class.
pub fn construct_exact(vm: &mut Vm, cls: &PyRef, arg: Option<&Value>) -> PyResult<Option<Value>> {
    // `str(x)`, `int(x)`, `float(x)`: what their `__new__` does with one
    // argument, without parsing it (CPython's `CALL_NO_KW_STR_1`).
    if let Some(x) = arg {
        let t = &vm.types;
        let (is_str, is_int, is_float) = (cls.is(&t.str_), cls.is(&t.int), cls.is(&t.float));
        if is_str {
            return vm.str(x).map(Some);
        }
        if is_int {
            return super::numbers::to_int(vm, x).map(Some);
        }
        if is_float {
            return super::numbers::float_of(vm, x).map(Some);
        }
    }
    let t = &vm.types;
    let v = if cls.is(&t.set) {
        let s = new_set_from(vm, arg)?;
        Value::Obj(PyObject::bare(Payload::Set(Box::new(s))))
    } else if cls.is(&t.list) {
        let items = match arg {
            Some(src) => vm.collect(src)?,
            None => Vec::new(),
        };
        vm.new_list(items)
    } else if cls.is(&t.tuple) || cls.is(&t.frozenset) {
        let new = if cls.is(&t.tuple) {
            tuple_new
        } else {
            frozenset_new
        };
        let args = [Value::Obj(cls.clone()), arg.cloned().unwrap_or(Value::Null)];
        let n = if arg.is_some() { 2 } else { 1 };
        new(vm, &Value::None, Args::new(&args[..n]))?
    } else {
        return Ok(None);
    };
    Ok(Some(v))
}

/// A set of the items of `src` (empty for `None`); a generator's are added
/// as it yields them, straight into the new set.
fn new_set_from(vm: &mut Vm, src: Option<&Value>) -> PyResult<PySet> {
    let Some(src) = src else {
        return Ok(PySet::new());
    };
    if super::coroutine::is_plain_generator(src) {
        let into = DrainInto::Set(Box::new(PySet::new()));
        if let DrainInto::Set(d) = vm.drain(src, Drain::new(into))?.into {
            return Ok(*d);
        }
    }
    let s = PySet::new();
    fill_set(vm, &s, src)?;
    Ok(s)
}

/// A frozenset copy of a set (for `set in set_of_frozensets`).
pub fn frozen_copy(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = PySet::new();
    fill_set(vm, &s, v)?;
    Ok(Value::Obj(PyObject::bare(Payload::FrozenSet(Box::new(s)))))
}

pub(super) fn range_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "range", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    super::args::no_kwargs(vm, "range", &rest)?;
    let pos = rest.positional();
    // Plain int arguments: bounds and length in i64, no big ints made.
    let small = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    let ints = match pos {
        [stop] => small(stop).map(|b| (0, b, 1)),
        [start, stop] => small(start).zip(small(stop)).map(|(a, b)| (a, b, 1)),
        [start, stop, step] => match (small(start), small(stop), small(step)) {
            (Some(a), Some(b), Some(c)) if c != 0 => Some((a, b, c)),
            _ => None,
        },
        _ => None,
    };
    if let Some(r) = ints.and_then(|(a, b, c)| crate::range::new_small_range(a, b, c)) {
        return Ok(r);
    }
    let idx = |vm: &mut Vm, v: &Value| -> PyResult<num_bigint::BigInt> {
        match v {
            Value::Float(_) => {
                Err(vm.type_error("'float' object cannot be interpreted as an integer"))
            }
            _ => super::index_big(vm, v),
        }
    };
    let (start, stop, step) = match pos.len() {
        1 => (0.into(), idx(vm, &pos[0])?, 1.into()),
        2 => (idx(vm, &pos[0])?, idx(vm, &pos[1])?, 1.into()),
        3 => (idx(vm, &pos[0])?, idx(vm, &pos[1])?, idx(vm, &pos[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(crate::range::new_range(start, stop, step))
}

fn slice_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "slice", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let pos = arg_range(vm, "slice", &rest, 1, 3)?;
    let (a, b, c) = match pos.len() {
        1 => (Value::None, pos[0].clone(), Value::None),
        2 => (pos[0].clone(), pos[1].clone(), Value::None),
        _ => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
    };
    Ok(Value::Obj(PyObject::bare(Payload::Slice(Box::new([
        a, b, c,
    ])))))
}

/// The keys of a dict as a set (for keys-view comparisons).
pub fn dict_keys_set(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let s = PySet::new();
    fill_set(vm, &s, d)?;
    Ok(Value::Obj(PyObject::bare(Payload::Set(Box::new(s)))))
}

/// `x in d.keys()/values()/items()`.
pub fn dict_view_contains(vm: &mut Vm, d: &Value, kind: u8, item: &Value) -> PyResult<bool> {
    let Some(Payload::Dict(dd)) = d.payload() else {
        return Ok(false);
    };
    match kind {
        0 => dd.contains(vm, item),
        1 => {
            for v in dd.values() {
                if v.is(item) || vm.eq(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let Some(Payload::Tuple(t)) = item.payload() else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            let (k, v) = (t[0].clone(), t[1].clone());
            match dd.get(vm, &k)? {
                Some(x) => Ok(x.is(&v) || vm.eq(&x, &v)?),
                None => Ok(false),
            }
        }
    }
}

impl Vm {
    /// `dict.update(src)` / `{**src}` / `f(**src)` (merge: duplicate keys
    /// are an error naming the function).
    pub fn dict_update_from(
        &mut self,
        target: &Value,
        src: &Value,
        merge: bool,
        func: Option<Value>,
    ) -> PyResult<()> {
        let Some(Payload::Dict(d)) = target.payload() else {
            return Ok(());
        };
        let pairs: Vec<(Value, Value)> = match src.payload() {
            Some(Payload::Dict(s))
                if src.as_obj().map(|o| o.class.is_none()).unwrap_or(false)
                    || typeobj::lookup_str(self.class_of(src), "keys")
                        .map(|k| matches!(k.payload(), Some(Payload::MethodDescr(_))))
                        .unwrap_or(true) =>
            {
                s.items()
            }
            _ => {
                if let Some(keys) = self.getattr_opt(src, "keys")? {
                    let ks = self.call(&keys, &[])?;
                    let ks = self.collect(&ks)?;
                    let mut out = Vec::with_capacity(ks.len());
                    for k in ks {
                        let v = self.getitem(src, &k)?;
                        out.push((k, v));
                    }
                    out
                } else if merge {
                    let tn = self.type_name(src);
                    let fname = match func.as_ref() {
                        Some(f) => self.func_display_name(f),
                        None => "function".into(),
                    };
                    return Err(self.type_error(format!(
                        "{fname} argument after ** must be a mapping, not {tn}"
                    )));
                } else {
                    // An iterable of pairs.
                    let items = match self.collect(src) {
                        Ok(i) => i,
                        Err(e) if self.err_is(&e, "TypeError") => {
                            let tn = self.type_name(src);
                            return Err(self.type_error(format!("'{tn}' object is not iterable")));
                        }
                        Err(e) => return Err(e),
                    };
                    let mut out = Vec::with_capacity(items.len());
                    for (i, it) in items.iter().enumerate() {
                        let pair = match self.collect(it) {
                            Ok(p) => p,
                            Err(_) => {
                                return Err(self.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")));
                            }
                        };
                        if pair.len() != 2 {
                            return Err(self.value_error(format!(
                                "dictionary update sequence element #{i} has length {}; 2 is required",
                                pair.len()
                            )));
                        }
                        out.push((pair[0].clone(), pair[1].clone()));
                    }
                    out
                }
            }
        };
        for (k, v) in pairs {
            if merge && k.as_str().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if merge && d.contains(self, &k)? {
                let fname = match func.as_ref() {
                    Some(f) => self.func_display_name(f),
                    None => "function".into(),
                };
                if k.as_str().is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                let ks = k.as_str().unwrap_or("").to_string();
                return Err(self.type_error(format!(
                    "{fname} got multiple values for keyword argument '{ks}'"
                )));
            }
            d.set(self, k, v)?;
        }
        Ok(())
    }

    /// `f()` as CPython names a callable in call errors
    /// (`_PyObject_FunctionStr`): `module.qualname()`, the module left out
    /// when it is `builtins` or missing, and `str(f)` for an object
    /// without `__qualname__`.
    pub fn func_display_name(&mut self, f: &Value) -> String {
        if let Some(Payload::Function(func, _)) = f.payload() {
            return match func.module.borrow().as_str() {
                Some(m) if m != "builtins" => format!("{m}.{}()", func.qualname.borrow()),
                _ => format!("{}()", func.qualname.borrow()),
            };
        }
        let qualname = match self.getattr_opt(f, "__qualname__") {
            Ok(Some(q)) => q.as_str().map(str::to_string),
            Ok(None) => {
                let text = self.str(f).ok();
                return text
                    .and_then(|t| t.as_str().map(str::to_string))
                    .unwrap_or_default();
            }
            Err(_) => None,
        };
        let Some(qualname) = qualname else {
            let tn = self.type_name(f);
            return format!("{tn} object");
        };
        match self.getattr_opt(f, "__module__") {
            Ok(Some(m)) => match m.as_str() {
                Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
                _ => format!("{qualname}()"),
            },
            _ => format!("{qualname}()"),
        }
    }
}

/// Position of an int in a range, if it is there.
fn range_position(v: &Value, x: &Value) -> Option<Value> {
    let x = match x {
        Value::Int(_) | Value::Bool(_) => x.to_bigint()?,
        Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::BigInt(_)) => {
            x.to_bigint()?
        }
        _ => return None,
    };
    let (start, stop, step) = crate::range::bounds(v)?;
    crate::range::position(&start, &stop, &step, &x).map(Value::from_bigint)
}

/// `range.__iter__`: the same iterator `iter()` makes.
fn range_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    super::args::exact(vm, "__iter__", &args, 0)?;
    if !crate::range::is_range(slf) {
        let tn = vm.type_name(slf);
        return Err(vm.type_error(format!(
            "descriptor '__iter__' requires a 'range' object but received a '{tn}'"
        )));
    }
    vm.get_iter(slf)
}

fn range_index(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = super::args::exact(vm, "index", &args, 1)?[0].clone();
    if let Some(p) = range_position(slf, &x) {
        return Ok(p);
    }
    let exact_int = match &x {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => o.class.is_none() && matches!(o.payload, Payload::BigInt(_)),
        _ => false,
    };
    if !exact_int {
        // Not an int: searched for by equality, as any sequence is
        // (CPython's `_PySequence_IterSearch`).
        let it = vm.get_iter(slf)?;
        let mut i: i64 = 0;
        while let Some(item) = vm.next(&it)? {
            if vm.eq(&item, &x)? {
                return Ok(Value::Int(i));
            }
            i += 1;
        }
        return Err(vm.value_error("sequence.index(x): x not in sequence"));
    }
    let r = vm.repr_string(&x)?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_count(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = super::args::exact(vm, "count", &args, 1)?[0].clone();
    let exact_int = match &x {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => o.class.is_none() && matches!(o.payload, Payload::BigInt(_)),
        _ => false,
    };
    if exact_int {
        return Ok(Value::Int(range_position(slf, &x).is_some() as i64));
    }
    // Other values compare by ==, item by item.
    let it = vm.get_iter(slf)?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn slice_indices(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let n = super::args::exact(vm, "indices", &args, 1)?[0].clone();
    let len = vm.index(&n)?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let Some(Payload::Slice(s)) = slf.payload() else {
        return Ok(Value::None);
    };
    let s = (**s).clone();
    let idx = vm.slice_indices(&s, len as usize)?;
    Ok(vm.new_tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}

/// `cls.__class_getitem__(item)`: `cls[item]` as a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, cls: &Value, args: Args) -> PyResult<Value> {
    let name = match cls.as_obj() {
        Some(c) => format!("{}.__class_getitem__", typeobj::type_name(c)),
        None => "__class_getitem__".to_string(),
    };
    let item = super::args::exact(vm, &name, &args, 1)?[0].clone();
    Ok(super::generic_alias(vm, cls, &item))
}

/// The receiver of a `range` slot wrapper and its arguments.
fn range_args<'a>(
    vm: &mut Vm,
    slf: &Value,
    name: &str,
    args: &Args<'a>,
    n: usize,
) -> PyResult<&'a [Value]> {
    if !crate::range::is_range(slf) {
        return Err(wrapper_error(vm, name, "range", slf));
    }
    slot_args(vm, name, args, n)
}

fn range_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    range_args(vm, slf, "__len__", &args, 0)?;
    let n = vm.len(slf)?;
    Ok(Value::Int(n as i64))
}

fn range_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let k = range_args(vm, slf, "__getitem__", &args, 1)?[0].clone();
    vm.getitem(slf, &k)
}

/// `range.__contains__`: arithmetic for exact ints, else a search by `==`
/// (CPython's `range_contains`; `in` comes here for other values too).
fn range_contains(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = range_args(vm, slf, "__contains__", &args, 1)?[0].clone();
    let exact_int = match &x {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => o.class.is_none() && matches!(o.payload, Payload::BigInt(_)),
        _ => false,
    };
    if exact_int {
        return Ok(Value::Bool(range_position(slf, &x).is_some()));
    }
    let it = vm.get_iter(slf)?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn range_bool(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    range_args(vm, slf, "__bool__", &args, 0)?;
    vm.is_true(slf).map(Value::Bool)
}

/// `range.__reversed__()`: what `reversed()` gives for a range.
fn range_reversed(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if !crate::range::is_range(slf) {
        return Err(super::set_methods::descr_error(
            vm,
            "__reversed__",
            "range",
            slf,
        ));
    }
    super::args::exact(vm, "range.__reversed__", &args, 0)?;
    match slf.payload() {
        Some(Payload::Range { start, stop, step }) => {
            let n = crate::iter::range_len(*start, *stop, *step);
            Ok(crate::iter::new_iter(crate::object::IterKind::Range {
                next: start + (n - 1) * step,
                stop: start - step,
                step: -step,
            }))
        }
        _ => vm.range_reversed(slf),
    }
}

/// `range.__reduce__()`: `(range, (start, stop, step))`.
fn range_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if !crate::range::is_range(slf) {
        return Err(super::set_methods::descr_error(
            vm,
            "__reduce__",
            "range",
            slf,
        ));
    }
    super::args::exact(vm, "range.__reduce__", &args, 0)?;
    let cls = Value::Obj(vm.types.range.clone());
    reduce_bounds(vm, slf, cls)
}

/// `(cls, (start, stop, step))` of a range or a slice.
fn reduce_bounds(vm: &mut Vm, slf: &Value, cls: Value) -> PyResult<Value> {
    let mut bounds = Vec::with_capacity(3);
    for name in ["start", "stop", "step"] {
        bounds.push(vm.getattr_str(slf, name)?);
    }
    let bounds = vm.new_tuple(bounds);
    Ok(vm.new_pair(cls, bounds))
}

/// CPython's `range_richcompare`: ranges are equal when they give the same
/// items; they have no order.
fn range_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    let other = range_args(vm, slf, op.dunder(), &args, 1)?[0].clone();
    if !crate::range::is_range(&other) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    vm.compare(slf, &other, op)
}

richcmp_slots!(range_richcompare: range_eq => Eq, range_ne => Ne, range_lt => Lt, range_le => Le, range_gt => Gt, range_ge => Ge);

/// `slice.__reduce__()`: `(slice, (start, stop, step))`.
fn slice_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if !matches!(slf.payload(), Some(Payload::Slice(_))) {
        return Err(super::set_methods::descr_error(
            vm,
            "__reduce__",
            "slice",
            slf,
        ));
    }
    super::args::exact(vm, "slice.__reduce__", &args, 0)?;
    let cls = Value::Obj(vm.types.slice.clone());
    reduce_bounds(vm, slf, cls)
}

/// CPython's `slice_richcompare`: slices compare as the tuples
/// `(start, stop, step)`.
fn slice_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    let Some(Payload::Slice(a)) = slf.payload() else {
        return Err(wrapper_error(vm, op.dunder(), "slice", slf));
    };
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    let Some(Payload::Slice(b)) = other.payload() else {
        return Ok(vm.not_implemented.clone());
    };
    let (a, b) = (vm.new_tuple(a.to_vec()), vm.new_tuple(b.to_vec()));
    vm.compare(&a, &b, op)
}

richcmp_slots!(slice_richcompare: slice_eq => Eq, slice_ne => Ne, slice_lt => Lt, slice_le => Le, slice_gt => Gt, slice_ge => Ge);
