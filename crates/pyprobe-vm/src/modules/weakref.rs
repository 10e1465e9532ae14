//! The `weakref` module: `ref`, `proxy`, `getweakrefcount`,
//! `getweakrefs`, `WeakValueDictionary`, `WeakKeyDictionary`, `finalize`;
//! `WeakSet` comes from `lib/_weakrefset.py` on first use.
//!
//! CPython counterparts: `Objects/weakrefobject.c` (the references
//! themselves: here `Payload::WeakRef`, cleared by `object::gc` when the
//! referent is freed) and `Lib/weakref.py` (the classes built on them:
//! here Python source run when the module is made, `WEAKREF_PY`).

use super::import::module_dict;
use crate::builtins::args::exact;
use crate::object::gc as lists;
use crate::object::{Args, Payload, PyObject, PyRef, WeakRefData};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::{Cell, RefCell};

/// The Python part of the module. `_new`, `_get`, `_deref` are the
/// natives below.
const WEAKREF_PY: &str = r#"
class ReferenceType:
    __slots__ = ()

    def __new__(cls, ob, callback=None):
        return _new(cls, ob, callback)

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return _get(self)

    @property
    def __callback__(self):
        return _callback(self)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = _get(self), _get(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return _hash(self)

    def __repr__(self):
        return _repr(self)


ref = ReferenceType
ReferenceType.__module__ = "weakref"


class ProxyType:
    __slots__ = ()

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        return _repr(self).replace("<weakref", "<weakproxy", 1)

    def __str__(self):
        return str(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __contains__(self, item):
        return item in _deref(self)

    def __getitem__(self, key):
        return _deref(self)[key]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]

    def __eq__(self, other):
        return _deref(self) == other

    def __ne__(self, other):
        return _deref(self) != other

    def __lt__(self, other):
        return _deref(self) < other

    def __le__(self, other):
        return _deref(self) <= other

    def __gt__(self, other):
        return _deref(self) > other

    def __ge__(self, other):
        return _deref(self) >= other

    def __add__(self, other):
        return _deref(self) + other

    def __radd__(self, other):
        return other + _deref(self)

    def __sub__(self, other):
        return _deref(self) - other

    def __rsub__(self, other):
        return other - _deref(self)

    def __mul__(self, other):
        return _deref(self) * other

    def __rmul__(self, other):
        return other * _deref(self)

    def __truediv__(self, other):
        return _deref(self) / other

    def __floordiv__(self, other):
        return _deref(self) // other

    def __mod__(self, other):
        return _deref(self) % other

    def __neg__(self):
        return -_deref(self)

    def __index__(self):
        return _deref(self).__index__()

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")


ProxyType.__module__ = "weakref"
CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    cls = CallableProxyType if callable(object) else ProxyType
    return _new(cls, object, callback)


class KeyedRef(ReferenceType):
    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakValueDictionary:
    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                if self.data.get(wr.key) is wr:
                    del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [o for o in (wr() for wr in list(self.data.values())) if o is not None]

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    def __init__(self, dict=None):
        def remove(k, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ReferenceType(key)]

    def __setitem__(self, key, value):
        self.data[ReferenceType(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ReferenceType(key)]

    def __contains__(self, key):
        try:
            wr = ReferenceType(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def get(self, key, default=None):
        return self.data.get(ReferenceType(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ReferenceType(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ReferenceType(key), *args)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self.data.clear()


class finalize:
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = iter(range(1 << 62))
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ReferenceType(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        if not finalize._registered_with_atexit:
            # The finalizers left at exit run from atexit, after the
            # functions registered later and before those registered
            # earlier.
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        try:
            pending = sorted(
                (info.index, f) for f, info in cls._registry.items() if info.atexit
            )
            for _, f in reversed(pending):
                f()
        finally:
            cls._shutdown = True


finalize.__module__ = "weakref"


def __getattr__(name):
    # WeakSet lives in _weakrefset (Python source that imports this
    # module), loaded on first use.
    if name == "WeakSet":
        from _weakrefset import WeakSet
        globals()["WeakSet"] = WeakSet
        return WeakSet
    raise AttributeError("module 'weakref' has no attribute %r" % (name,))
"#;

pub fn make(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("weakref");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_new", weakref_new),
            ("_get", weakref_get),
            ("_deref", weakref_deref),
            ("_callback", weakref_callback),
            ("_hash", weakref_hash),
            ("_repr", weakref_repr),
        ],
    );
    let code = vm.compile_source(WEAKREF_PY, "<weakref>", pyprobe_compiler::Mode::Exec, 0)?;
    vm.run_code(code, d.clone(), None)?;
    Ok(m)
}

/// Can `o` be the referent of a weak reference? (CPython: its type has
/// `tp_weaklistoffset`.)
fn weakrefable(o: &PyObject) -> bool {
    match &o.payload {
        Payload::Instance(_) | Payload::Slotted(_) => true,
        Payload::Function(_, _)
        | Payload::Type(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Generator(_)
        | Payload::BoundMethod { .. }
        | Payload::Module(_)
        | Payload::Native(_)
        | Payload::Code(_)
        | Payload::Property(_)
        | Payload::File(_)
        | Payload::MemoryView(_)
        | Payload::Deque(_)
        | Payload::Partial(_)
        | Payload::Exception(_) => true,
        // Subclass instances of other built-ins (list, dict, str, ...);
        // not of the variable-size int, tuple and bytes, whose CPython
        // objects have no room for the weak reference list.
        _ => {
            o.class.is_some()
                && !matches!(
                    o.payload,
                    Payload::WeakRef(_)
                        | Payload::BigInt(_)
                        | Payload::Tuple(_)
                        | Payload::Bytes(_)
                )
        }
    }
}

/// `_new(cls, ob, callback)`: a weak reference of class `cls` to `ob`; a
/// reference without callback is shared (CPython returns the existing
/// basic reference or proxy).
fn weakref_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [cls, ob, callback] = exact(vm, "_new", &args, 3)? else {
        unreachable!("exact checked the count")
    };
    let Some(cls) = cls.as_obj().cloned() else {
        return Err(vm.type_error("weak reference class expected"));
    };
    let target = match ob {
        Value::Obj(o) if weakrefable(o) => o.clone(),
        _ => {
            let t = vm.type_name(ob);
            return Err(vm.type_error(format!("cannot create weak reference to '{t}' object")));
        }
    };
    if callback.is_none() {
        for existing in lists::weakrefs_of(&target) {
            let same_class = existing.class.as_ref().is_some_and(|c| c.is(&cls));
            let no_callback =
                matches!(&existing.payload, Payload::WeakRef(w) if w.callback.borrow().is_none());
            if same_class && no_callback {
                return Ok(Value::Obj(existing));
            }
        }
    }
    // Subclasses without __slots__ (KeyedRef) have attributes.
    let has_dict = cls
        .type_data()
        .is_some_and(|t| t.flags.get() & crate::object::tflags::SLOTS == 0);
    let dict = has_dict.then(|| vm.new_dict());
    let wr = PyObject::with_class(
        cls,
        Payload::WeakRef(Box::new(WeakRefData {
            target: Cell::new(&*target as *const PyObject),
            callback: RefCell::new(callback.clone()),
            hash: Cell::new(None),
        })),
        dict,
    );
    lists::weakref_register(&target, &wr);
    Ok(Value::Obj(wr))
}

fn weakref_of<'a>(vm: &mut Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    let [w] = exact(vm, fname, args, 1)? else {
        unreachable!("exact checked the count")
    };
    match w {
        Value::Obj(o) if matches!(o.payload, Payload::WeakRef(_)) => Ok(o),
        _ => Err(vm.type_error("a weak reference is required")),
    }
}

fn weakref_get(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let w = weakref_of(vm, &args, "_get")?;
    Ok(lists::weakref_target(w).map_or(Value::None, Value::Obj))
}

fn weakref_deref(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let w = weakref_of(vm, &args, "_deref")?;
    match lists::weakref_target(w) {
        Some(t) => Ok(Value::Obj(t)),
        None => Err(vm.new_error(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        )),
    }
}

fn weakref_callback(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let w = weakref_of(vm, &args, "_callback")?;
    match &w.payload {
        Payload::WeakRef(d) => Ok(d.callback.borrow().clone()),
        _ => Ok(Value::None),
    }
}

/// The referent's hash, remembered so a dead reference keeps it.
fn weakref_hash(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let w = weakref_of(vm, &args, "_hash")?.clone();
    let Payload::WeakRef(d) = &w.payload else {
        return Ok(Value::None);
    };
    if let Some(h) = d.hash.get() {
        return Ok(Value::Int(h));
    }
    match lists::weakref_target(&w) {
        Some(t) => {
            let h = vm.hash(&Value::Obj(t))?;
            d.hash.set(Some(h));
            Ok(Value::Int(h))
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

fn weakref_repr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let w = weakref_of(vm, &args, "_repr")?.clone();
    let id = w.id();
    let s = match lists::weakref_target(&w) {
        Some(t) => {
            let name = vm.type_name(&Value::Obj(t.clone()));
            format!("<weakref at {id:#x}; to '{name}' at {:#x}>", t.id())
        }
        None => format!("<weakref at {id:#x}; dead>"),
    };
    Ok(Value::str(s))
}

fn getweakrefcount(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [o] = exact(vm, "getweakrefcount", &args, 1)? else {
        unreachable!("exact checked the count")
    };
    let n = o.as_obj().map_or(0, |o| lists::weakrefs_of(o).len());
    Ok(Value::Int(n as i64))
}

fn getweakrefs(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [o] = exact(vm, "getweakrefs", &args, 1)? else {
        unreachable!("exact checked the count")
    };
    let refs = o
        .as_obj()
        .map(|o| lists::weakrefs_of(o))
        .unwrap_or_default();
    Ok(vm.new_list(refs.into_iter().map(Value::Obj).collect()))
}
