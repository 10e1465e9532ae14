//! Attribute access: `getattr`, `setattr`, `delattr`, method loading for
//! calls, and the descriptor protocol.
//!
//! CPython counterparts: `PyObject_GenericGetAttr`/`GenericSetAttr`
//! (`Objects/object.c`), `type_getattro` (`Objects/typeobject.c`),
//! `func_descr_get`, `property_descr_get`, `classmethod_descr_get`.
//!
//! Order for instances: a data descriptor on the type wins, then the
//! instance `__dict__`, then a non-data descriptor or plain class
//! attribute, then `__getattr__`. Classes with `__getattribute__` or
//! `__getattr__` are flagged (`CUSTOM_GETATTR`) so the common case pays
//! for no extra lookups.

use crate::object::{tflags, Payload, PyObject, PyRef};
use crate::typeobj::{self, dict_of, lookup, lookup_str};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::Cell;

/// Does storing `name` on a plain instance of `cls` put the value in the
/// instance, for a class with data descriptors (where the class's flags
/// do not settle it)? So when the class has no `__setattr__` of its own
/// and no data descriptor of that name: CPython's `STORE_ATTR_INSTANCE_VALUE`
/// asks the same of the name, not of the class.
#[cold]
#[inline(never)]
pub(crate) fn stores_in_instance(vm: &Vm, cls: &PyRef, name: &Value) -> bool {
    let own_setattr = cls
        .type_data()
        .is_none_or(|t| t.flags.get() & tflags::CUSTOM_SETATTR != 0);
    !own_setattr && lookup(cls, name).is_none_or(|d| !is_data_descriptor(vm, &d))
}

pub(crate) fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    match d.payload() {
        Some(Payload::Property(_)) | Some(Payload::Member(_)) | Some(Payload::GetSet(_)) => true,
        Some(Payload::Function(_, _))
        | Some(Payload::MethodDescr(_))
        | Some(Payload::Native(_)) => false,
        Some(Payload::ClassMethod(_)) | Some(Payload::StaticMethod(_)) => false,
        Some(Payload::Instance(_)) | Some(_) => {
            let cls = vm.class_of(d);
            if cls.type_data().map(|t| t.builtin).unwrap_or(true) {
                return false;
            }
            lookup_str(cls, "__set__").is_some() || lookup_str(cls, "__delete__").is_some()
        }
        None => false,
    }
}

/// The bit that marks an attribute-cache index as a `__slots__` member's
/// place in a `Payload::Slotted` object: such an index is never a plain
/// instance's value index (that path finds nothing there and looks again).
pub const SLOT_INDEX: u32 = 1 << 31;

/// The place of the `__slots__` member `name` in instances of `cls`, when
/// reading it (`store` false) or storing it is just that (CPython's
/// `LOAD_ATTR_SLOT`/`STORE_ATTR_SLOT`): the class's lookup finds the
/// built-in member descriptor, a data descriptor, which wins over any
/// instance `__dict__`, and the class defines no `__getattribute__`/
/// `__getattr__` (no `__setattr__`/`__delattr__` for a store). Found, it
/// fills `cache` for the class and the current type epoch with the index
/// marked by [`SLOT_INDEX`].
#[inline(never)]
pub fn slot_member_index(
    cls: &PyRef,
    name: &Value,
    store: bool,
    cache: &Cell<crate::object::AttrCacheEntry>,
) -> Option<usize> {
    let hooks = if store {
        tflags::CUSTOM_SETATTR
    } else {
        tflags::CUSTOM_GETATTR
    };
    if cls.type_data()?.flags.get() & hooks != 0 {
        return None;
    }
    let d = lookup(cls, name)?;
    let index = match d.as_obj() {
        Some(o) if o.class.is_none() => match &o.payload {
            Payload::Member(m) => m.2,
            _ => return None,
        },
        _ => return None,
    };
    let marked = u32::try_from(index).ok().filter(|i| i & SLOT_INDEX == 0)? | SLOT_INDEX;
    cache.set(cache.get().with(cls.id(), typeobj::epoch(), marked));
    Some(index)
}

impl Vm {
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// getattr, with AttributeError turned into None.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = self.intern(name);
        self.lookup_attr(obj, &n)
    }

    /// getattr, with AttributeError turned into None (CPython's
    /// `_PyObject_LookupAttr`): a plain attribute lookup that finds
    /// nothing makes no exception object (`hasattr`, `getattr(o, n, d)`).
    pub fn lookup_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj).clone();
        let plain = !matches!(obj.payload(), Some(Payload::Super { .. }))
            && cls
                .type_data()
                .is_some_and(|t| t.flags.get() & tflags::CUSTOM_GETATTR == 0);
        let found = if plain {
            self.generic_getattr(obj, &cls, name)
        } else {
            self.getattr(obj, name).map(Some)
        };
        match found {
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            other => other,
        }
    }

    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        if let Some(Payload::Super { .. }) = obj.payload() {
            if let Some(v) = crate::builtins::super_getattr(self, obj, name)? {
                return Ok(v);
            }
        }
        let cls = self.class_of(obj).clone();
        let custom = cls
            .type_data()
            .map(|t| t.flags.get() & tflags::CUSTOM_GETATTR != 0)
            .unwrap_or(false);
        if custom {
            return self.custom_getattr(obj, &cls, name);
        }
        match self.generic_getattr(obj, &cls, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    fn custom_getattr(&mut self, obj: &Value, cls: &PyRef, name: &Value) -> PyResult<Value> {
        let ga = lookup_str(cls, "__getattribute__");
        let user_ga = ga
            .as_ref()
            .filter(|f| !matches!(f.payload(), Some(Payload::MethodDescr(_))));
        let r = match user_ga {
            Some(f) => {
                let f = f.clone();
                self.enter()?;
                let r = self.call(&f, &[obj.clone(), name.clone()]);
                self.leave();
                r
            }
            // An AttributeError raised inside (a property's getter) also
            // falls back to `__getattr__`.
            None => match self.generic_getattr(obj, cls, name) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(self.no_attribute(obj, name)),
                Err(e) => Err(e),
            },
        };
        match r {
            Err(e) if self.err_is(&e, "AttributeError") => match lookup_str(cls, "__getattr__") {
                Some(f) => {
                    self.enter()?;
                    let r = self.call(&f, &[obj.clone(), name.clone()]);
                    self.leave();
                    r
                }
                None => Err(e),
            },
            other => other,
        }
    }

    /// The attribute when reading it needs no descriptor and no hook: a
    /// plain module's global, or a class's value that is no descriptor
    /// (a number, a str, a tuple, an instance of a class without
    /// `__get__`), a function, a built-in method or function, or a
    /// staticmethod's callable, found along its MRO when its metaclass
    /// has no data descriptor of that name and no `__getattribute__`/
    /// `__getattr__`. None: take `getattr`.
    #[inline]
    pub fn plain_attr(&self, o: &PyRef, name: &Value) -> Option<Value> {
        match &o.payload {
            Payload::Module(m) if o.class.is_none() => dict_of(&m.dict).get_name(name),
            Payload::Type(_) => {
                // The metaclass: `type`, or a class (`EnumType`) without
                // `__getattribute__`/`__getattr__` of its own.
                let meta = match &o.class {
                    None => &self.types.type_,
                    Some(m) => m,
                };
                if meta.type_data()?.flags.get() & tflags::CUSTOM_GETATTR != 0 {
                    return None;
                }
                let v = lookup(o, name)?;
                let found = match &v {
                    Value::Obj(x) => match &x.payload {
                        Payload::Str(_) | Payload::BigInt(_) | Payload::Tuple(_) => {
                            x.class.is_none().then_some(v)
                        }
                        Payload::Instance(_) => x
                            .class
                            .as_ref()
                            .is_some_and(|c| lookup_str(c, "__get__").is_none())
                            .then_some(v),
                        // What `type_getattr` gives for these: the object
                        // itself, or a staticmethod's callable.
                        Payload::Function(..) | Payload::MethodDescr(_) | Payload::Native(_) => {
                            x.class.is_none().then_some(v)
                        }
                        Payload::StaticMethod(f) if x.class.is_none() => Some(f.borrow().clone()),
                        _ => None,
                    },
                    _ => Some(v),
                }?;
                // The metaclass's attribute of that name wins only when it
                // is a data descriptor (`type.__name__`, `type.__doc__`).
                match lookup(meta, name) {
                    Some(m) if is_data_descriptor(self, &m) => None,
                    _ => Some(found),
                }
            }
            _ => None,
        }
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for classes):
    /// None when not found.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &PyRef,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, cls, name);
            }
            if let Payload::Module(m) = &o.payload {
                if let Some(v) = dict_of(&m.dict).get_name(name) {
                    return Ok(Some(v));
                }
                if name.as_str() == Some("__dict__") {
                    return Ok(Some(Value::Obj(m.dict.clone())));
                }
                if let Some(g) = dict_of(&m.dict).get_str("__getattr__") {
                    return self.call(&g, std::slice::from_ref(name)).map(Some);
                }
            }
        }
        if let Value::Obj(o) = obj {
            // Fast path: no data descriptors anywhere on the class, so an
            // instance attribute wins without looking at the type first.
            if cls
                .type_data()
                .map(|t| t.flags.get() & tflags::NO_DATA_DESCR != 0)
                .unwrap_or(false)
            {
                if let Some(v) = o.instance_attr(name, &Cell::new(0)) {
                    return Ok(Some(v));
                }
            }
        }
        if let Value::Obj(o) = obj {
            // Attributes of built-in objects that CPython exposes with
            // getset descriptors (`f.__doc__`, `e.args`, `c.real`) win over
            // same-named entries of the type's namespace.
            if !matches!(
                o.payload,
                Payload::Instance(_) | Payload::Slotted(_) | Payload::Type(_) | Payload::Module(_)
            ) {
                if let Some(v) = crate::builtins::special_attr(self, obj, name)? {
                    // Unless a subclass defines the name itself (a
                    // property subclass's `__isabstractmethod__`; not
                    // looked for on exceptions, whose `args` and
                    // `__traceback__` are read often and never redefined).
                    if o.class.is_none()
                        || matches!(o.payload, Payload::Exception(_))
                        || !defined_by_subclass(cls, name)
                    {
                        return Ok(Some(v));
                    }
                }
            }
        }
        let descr = lookup(cls, name);
        if let Some(d) = &descr {
            if is_data_descriptor(self, d) {
                return self.descr_get(d, obj, cls).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(found) = o.split_get(name, &Cell::new(0)) {
                if found.is_some() {
                    return Ok(found);
                }
            } else if let Some(dict) = o.instance_dict() {
                if let Some(v) = self.dict_get_name(&dict, name)? {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, cls).map(Some);
        }
        crate::builtins::special_attr(self, obj, name)
    }

    fn dict_get_name(&mut self, dict: &PyRef, name: &Value) -> PyResult<Option<Value>> {
        if let Payload::Dict(d) = &dict.payload {
            return Ok(d.get_name(name));
        }
        Ok(None)
    }

    /// Attribute of a class: metatype data descriptors, then the class's
    /// MRO (binding with `__get__(None, cls)`), then the metatype.
    fn type_getattr(&mut self, t: &PyRef, meta: &PyRef, name: &Value) -> PyResult<Option<Value>> {
        let meta_attr = lookup(meta, name);
        if let Some(m) = &meta_attr {
            if is_data_descriptor(self, m) {
                return self.descr_get(m, &Value::Obj(t.clone()), meta).map(Some);
            }
        }
        if let Some(v) = lookup(t, name) {
            return match v.payload() {
                Some(Payload::ClassMethod(f)) => {
                    let f = f.borrow().clone();
                    self.classmethod_bind(f, t).map(Some)
                }
                Some(Payload::StaticMethod(f)) => Ok(Some(f.borrow().clone())),
                Some(Payload::ClassMethodDescr(n)) => {
                    let mut native = crate::object::Native {
                        name: n.name,
                        module: n.module,
                        func: n.func,
                        slf: Value::Obj(t.clone()),
                        doc: n.doc,
                        needs_frame: false,
                    };
                    native.slf = Value::Obj(t.clone());
                    Ok(Some(Value::Obj(PyObject::bare(Payload::Native(Box::new(
                        native,
                    ))))))
                }
                Some(Payload::Function(_, _))
                | Some(Payload::MethodDescr(_))
                | Some(Payload::Property(_)) => Ok(Some(v)),
                _ => {
                    let vcls = self.class_of(&v).clone();
                    if !vcls.type_data().map(|t| t.builtin).unwrap_or(true) {
                        if let Some(get) = lookup_str(&vcls, "__get__") {
                            return self
                                .call(&get, &[v.clone(), Value::None, Value::Obj(t.clone())])
                                .map(Some);
                        }
                    }
                    Ok(Some(v))
                }
            };
        }
        if let Some(m) = meta_attr {
            return self.descr_get(&m, &Value::Obj(t.clone()), meta).map(Some);
        }
        crate::builtins::special_attr(self, &Value::Obj(t.clone()), name)
    }

    /// `descr.__get__(obj, cls)` for a class attribute found on `cls`.
    /// `classmethod.__get__`: the callable bound to the class. 3.12 still
    /// chains a callable that is a descriptor itself
    /// (`classmethod(property(f))` reads as `f(cls)`).
    fn classmethod_bind(&mut self, f: Value, cls: &PyRef) -> PyResult<Value> {
        if !matches!(
            f.payload(),
            Some(Payload::Function(..) | Payload::Native(_))
        ) {
            let ft = self.class_of(&f).clone();
            if lookup_str(&ft, "__get__").is_some() {
                return self.descr_get(&f, &Value::Obj(cls.clone()), cls);
            }
        }
        Ok(bound(f, Value::Obj(cls.clone())))
    }

    pub fn descr_get(&mut self, d: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        // A subclass of property/classmethod/staticmethod may define its
        // own `__get__`.
        if let Some(o) = d.as_obj() {
            let wrapped = matches!(
                o.payload,
                Payload::Property(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_)
            );
            if wrapped && o.class.is_some() {
                let dcls = self.class_of(d).clone();
                if let Some(get) = lookup_str(&dcls, "__get__") {
                    if matches!(get.payload(), Some(Payload::Function(_, _))) {
                        return self.call(&get, &[d.clone(), obj.clone(), Value::Obj(cls.clone())]);
                    }
                }
            }
        }
        self.builtin_descr_get(d, obj, cls)
    }

    /// The built-in descriptors' `__get__` (what `property.__get__` and
    /// friends do when a subclass calls them).
    pub fn builtin_descr_get(&mut self, d: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_, _)) => Ok(bound(d.clone(), obj.clone())),
            Some(Payload::MethodDescr(n)) => {
                let native = crate::object::Native {
                    name: n.name,
                    module: n.module,
                    func: n.func,
                    slf: obj.clone(),
                    doc: n.doc,
                    needs_frame: false,
                };
                Ok(Value::Obj(PyObject::bare(Payload::Native(Box::new(
                    native,
                )))))
            }
            Some(Payload::ClassMethodDescr(n)) => {
                let native = crate::object::Native {
                    name: n.name,
                    module: n.module,
                    func: n.func,
                    slf: Value::Obj(cls.clone()),
                    doc: n.doc,
                    needs_frame: false,
                };
                Ok(Value::Obj(PyObject::bare(Payload::Native(Box::new(
                    native,
                )))))
            }
            Some(Payload::ClassMethod(f)) => {
                let f = f.borrow().clone();
                self.classmethod_bind(f, cls)
            }
            Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
            Some(Payload::Member(m)) => {
                let found = match obj.payload() {
                    Some(Payload::Slotted(s)) => {
                        s.borrow().get(m.2).cloned().filter(|v| !v.is_null())
                    }
                    _ => None,
                };
                match found {
                    Some(v) => Ok(v),
                    None => {
                        let name = m.0.clone();
                        Err(self.no_attribute(obj, &name))
                    }
                }
            }
            Some(Payload::GetSet(g)) => crate::builtins::getset_get(self, g, obj),
            Some(Payload::Property(p)) => {
                if p.fget.borrow().is_none() {
                    return Err(self.missing_accessor(p, obj, "getter"));
                }
                let g = p.fget.borrow().clone();
                self.call(&g, std::slice::from_ref(obj))
            }
            _ => {
                let dcls = self.class_of(d).clone();
                if !dcls.type_data().map(|t| t.builtin).unwrap_or(true) {
                    if let Some(get) = lookup_str(&dcls, "__get__") {
                        return self.call(&get, &[d.clone(), obj.clone(), Value::Obj(cls.clone())]);
                    }
                }
                Ok(d.clone())
            }
        }
    }

    /// Bind a descriptor found on the type for a dunder call; None when it
    /// is a plain function (call it with self prepended).
    pub fn bind_descriptor(
        &mut self,
        f: &Value,
        obj: &Value,
        cls: &PyRef,
    ) -> PyResult<Option<Value>> {
        match f.payload() {
            Some(Payload::Function(_, _)) => Ok(None),
            _ => self.descr_get(f, obj, cls).map(Some),
        }
    }

    /// For `obj.name(...)`: (function, self) when `name` is a plain method
    /// on the type (no bound-method allocation), else (attribute, NULL).
    /// [`load_method`](Self::load_method) at a call site with a cache for
    /// objects of built-in types: a hit is the cached descriptor, no
    /// lookup; a method descriptor found otherwise fills the cache.
    /// The key under which `load_method_cached` keeps a method of `o`'s
    /// built-in type (its address), or 0 when `o` takes the general path.
    #[inline(always)]
    pub fn builtin_method_key(&self, o: &PyRef) -> usize {
        if o.class.is_some() || o.has_dict() {
            return 0;
        }
        // The commonest receivers first, without `payload_type`'s call.
        let t = &self.types;
        match &o.payload {
            Payload::List(_) => t.list.id(),
            Payload::Dict(_) => t.dict.id(),
            Payload::Str(_) => t.str_.id(),
            Payload::Set(_) => t.set.id(),
            Payload::Type(_) | Payload::Module(_) | Payload::Super { .. } => 0,
            p => self.payload_type(p).id(),
        }
    }

    /// The cached method of a built-in type's object (see
    /// `load_method_cached`), when the cache holds one for its type.
    #[inline(always)]
    pub fn cached_builtin_method(
        &self,
        o: &PyRef,
        cache: &crate::object::MethodCache,
    ) -> Option<Value> {
        let ty = self.builtin_method_key(o);
        if ty != 0 && cache.tys[0].get() == ty && cache.epoch.get() == 0 {
            return Some(cache.methods[0].borrow().clone());
        }
        None
    }

    pub fn load_method_cached(
        &mut self,
        obj: Value,
        name: &Value,
        cache: &crate::object::MethodCache,
    ) -> PyResult<(Value, Value)> {
        let ty = match &obj {
            Value::Obj(o) => self.builtin_method_key(o),
            _ => 0,
        };
        if ty != 0 && cache.tys[0].get() == ty && cache.epoch.get() == 0 {
            return Ok((cache.methods[0].borrow().clone(), obj));
        }
        let (m, slf) = self.load_method(obj, name)?;
        if ty != 0 && matches!(m.payload(), Some(Payload::MethodDescr(_))) && !slf.is_null() {
            let mut old = Vec::new();
            cache.clear(&mut old);
            cache.tys[0].set(ty);
            old.push(cache.methods[0].replace(m.clone()));
            drop(old);
        }
        Ok((m, slf))
    }

    pub fn load_method(&mut self, obj: Value, name: &Value) -> PyResult<(Value, Value)> {
        /// A Python function (a classmethod of anything else may chain its
        /// `__get__`, as 3.12 still does).
        fn is_plain_function(f: &Value) -> bool {
            matches!(f.payload(), Some(Payload::Function(..)))
        }
        /// The object keeps an attribute `name` of its own, which hides the
        /// class's.
        fn instance_shadows(obj: &Value, name: &Value) -> bool {
            match obj {
                // (When `split_get` says the object keeps no attributes in
                // itself, its `__dict__`, if any, is where they are.)
                Value::Obj(o) => match o.split_get(name, &Cell::new(0)) {
                    Some(found) => found.is_some(),
                    None => o
                        .dict()
                        .is_some_and(|dict| dict_of(&dict).get_name(name).is_some()),
                },
                _ => false,
            }
        }
        let cls = self.class_of(&obj).clone();
        let plain = cls
            .type_data()
            .map(|t| t.flags.get() & tflags::CUSTOM_GETATTR == 0)
            .unwrap_or(false);
        if plain
            && !matches!(
                obj.payload(),
                Some(Payload::Type(_)) | Some(Payload::Module(_)) | Some(Payload::Super { .. })
            )
        {
            if let Some(d) = lookup(&cls, name) {
                // A staticmethod or classmethod (`self.helper()`): its
                // function, called without a bound method being made.
                let unwrapped = match d.payload() {
                    Some(Payload::StaticMethod(f)) => Some((f.borrow().clone(), Value::Null)),
                    Some(Payload::ClassMethod(f)) if is_plain_function(&f.borrow()) => {
                        Some((f.borrow().clone(), Value::Obj(cls.clone())))
                    }
                    _ => None,
                };
                if let Some(pair) = unwrapped {
                    if !instance_shadows(&obj, name) {
                        return Ok(pair);
                    }
                } else if matches!(
                    d.payload(),
                    Some(Payload::Function(_, _)) | Some(Payload::MethodDescr(_))
                ) {
                    // An instance attribute of the same name shadows it.
                    if !instance_shadows(&obj, name) {
                        return Ok((d, obj));
                    }
                }
            }
        }
        // A class's own classmethod or staticmethod (`Cls.create(...)`),
        // when its metaclass has no attribute of that name: the function,
        // with the class as its first argument or with none.
        if let (Value::Obj(o), true) = (&obj, plain) {
            if matches!(o.payload, Payload::Type(_)) && lookup(&cls, name).is_none() {
                match lookup(o, name).as_ref().and_then(|d| d.payload()) {
                    Some(Payload::StaticMethod(f)) => return Ok((f.borrow().clone(), Value::Null)),
                    Some(Payload::ClassMethod(f)) if is_plain_function(&f.borrow()) => {
                        return Ok((f.borrow().clone(), obj.clone()))
                    }
                    _ => {}
                }
            }
        }
        if let Some(pair) = crate::builtins::super_method(&obj, name) {
            return Ok(pair);
        }
        let v = self.getattr(&obj, name)?;
        Ok((v, Value::Null))
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let cls = self.class_of(obj).clone();
        let custom = cls
            .type_data()
            .map(|t| t.flags.get() & tflags::CUSTOM_SETATTR != 0)
            .unwrap_or(false);
        if custom {
            if let Some(f) = lookup_str(&cls, "__setattr__") {
                if !matches!(f.payload(), Some(Payload::MethodDescr(_))) {
                    self.call(&f, &[obj.clone(), name.clone(), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, &cls, name, value)
    }

    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        cls: &PyRef,
        name: &Value,
        mut value: Value,
    ) -> PyResult<()> {
        // Stored names are interned, as CPython's `PyObject_SetAttr` does.
        let name = &self.intern_name(name);
        // Fast path: a plain instance of a class without data descriptors
        // stores straight where it keeps its attributes.
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Instance(_))
                && name.as_str().is_some()
                && cls
                    .type_data()
                    .is_some_and(|t| t.flags.get() & tflags::NO_DATA_DESCR != 0)
            {
                match o.set_instance_attr(name, value, &Cell::new(0)) {
                    Ok(()) => return Ok(()),
                    Err(back) => value = back,
                }
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                // CPython's check_set_special_type_attr audits these.
                if !td.builtin
                    && matches!(
                        name.as_str(),
                        Some("__name__" | "__qualname__" | "__bases__" | "__module__" | "__doc__")
                    )
                {
                    self.audit(
                        "object.__setattr__",
                        &[obj.clone(), name.clone(), value.clone()],
                    )?;
                }
                if !td.builtin && matches!(name.as_str(), Some("__bases__") | Some("__name__")) {
                    if let Some(r) = crate::builtins::set_special_attr(self, obj, name, &value)? {
                        return Ok(r);
                    }
                }
                if td.builtin {
                    let n = name.as_str().unwrap_or("");
                    let tn = typeobj::type_name(o);
                    return Err(self.type_error(format!(
                        "cannot set '{n}' attribute of immutable type '{tn}'"
                    )));
                }
                // Metaclass data descriptors first.
                if let Some(d) = lookup(cls, name) {
                    if is_data_descriptor(self, &d) {
                        return self.descr_set(&d, obj, value);
                    }
                }
                td.dict.set_str(name.clone(), value);
                typeobj::update_flags(o);
                return Ok(());
            }
        }
        if let Some(d) = lookup(cls, name) {
            if is_data_descriptor(self, &d) {
                return self.descr_set(&d, obj, value);
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::Module(m) = &o.payload {
                dict_of(&m.dict).set_str(name.clone(), value);
                return Ok(());
            }
            if matches!(o.payload, Payload::Function(_, _) | Payload::Exception(_)) {
                if let Some(r) = crate::builtins::set_special_attr(self, obj, name, &value)? {
                    return Ok(r);
                }
            }
            if name.as_str() == Some("__dict__") {
                if let Some(Payload::Dict(_)) = value.payload() {
                    // The instance's own attributes go with the old dict.
                    o.materialize_dict();
                    let old = o.replace_dict(value.as_obj().cloned());
                    drop(old);
                    return Ok(());
                }
                if let Payload::Partial(_) = &o.payload {
                    let tn = self.type_name(&value);
                    return Err(self.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{tn}'"
                    )));
                }
            }
            if name.as_str().is_some() {
                match o.split_set(name, value, &Cell::new(0)) {
                    Ok(()) => return Ok(()),
                    Err(back) => value = back,
                }
            }
            if let Some(dict) = o.instance_dict() {
                if let Payload::Dict(d) = &dict.payload {
                    if dict.class.is_none() {
                        d.set_str(name.clone(), value);
                        return Ok(());
                    }
                }
                return self.setitem(&Value::Obj(dict), name, value);
            }
            if let Some(r) = crate::builtins::set_special_attr(self, obj, name, &value)? {
                return Ok(r);
            }
        }
        let tn = self.type_name(obj);
        let n = name.as_str().unwrap_or("").to_string();
        if crate::builtins::special_attr(self, obj, name)
            .ok()
            .flatten()
            .is_some()
            && !matches!(
                obj.payload(),
                Some(Payload::Instance(_) | Payload::Slotted(_))
            )
        {
            return Err(
                self.attribute_error(format!("attribute '{n}' of '{tn}' objects is not writable"))
            );
        }
        // No dict, and the class has the name (a method): CPython's
        // `_PyObject_GenericSetAttrWithDict` calls it read-only.
        if lookup(cls, name).is_some() {
            return Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
        }
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    fn descr_set(&mut self, d: &Value, obj: &Value, value: Value) -> PyResult<()> {
        match d.payload() {
            Some(Payload::GetSet(g)) => crate::builtins::getset_set(self, g, obj, Some(value)),
            Some(Payload::Member(m)) => match obj.payload() {
                Some(Payload::Slotted(s)) if m.2 < s.borrow().len() => {
                    let old = std::mem::replace(&mut s.borrow_mut()[m.2], value);
                    drop(old);
                    Ok(())
                }
                _ => {
                    let name = m.0.clone();
                    Err(self.no_attribute(obj, &name))
                }
            },
            Some(Payload::Property(p)) => {
                if p.fset.borrow().is_none() {
                    return Err(self.missing_accessor(p, obj, "setter"));
                }
                let s = p.fset.borrow().clone();
                self.call(&s, &[obj.clone(), value])?;
                Ok(())
            }
            _ => {
                let dcls = self.class_of(d).clone();
                match lookup_str(&dcls, "__set__") {
                    Some(set) => {
                        self.call(&set, &[d.clone(), obj.clone(), value])?;
                        Ok(())
                    }
                    None => Err(self.attribute_error("__set__")),
                }
            }
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.class_of(obj).clone();
        let custom = cls
            .type_data()
            .map(|t| t.flags.get() & tflags::CUSTOM_SETATTR != 0)
            .unwrap_or(false);
        if custom {
            if let Some(f) = lookup_str(&cls, "__delattr__") {
                if !matches!(f.payload(), Some(Payload::MethodDescr(_))) {
                    self.call(&f, &[obj.clone(), name.clone()])?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, &cls, name)
    }

    pub fn generic_delattr(&mut self, obj: &Value, cls: &PyRef, name: &Value) -> PyResult<()> {
        if let Some(Payload::Partial(_)) = obj.payload() {
            if name.as_str() == Some("__dict__") {
                return Err(self.type_error("cannot delete __dict__"));
            }
        }
        if let Some(Payload::Type(td)) = obj.payload() {
            if td.builtin {
                let n = name.as_str().unwrap_or("");
                let tn = td.name.borrow().clone();
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{tn}'"
                )));
            }
        }
        if let Some(d) = lookup(cls, name) {
            if is_data_descriptor(self, &d) {
                if let Some(Payload::GetSet(g)) = d.payload() {
                    return crate::builtins::getset_set(self, g, obj, None);
                }
                if let Some(Payload::Member(m)) = d.payload() {
                    let old = match obj.payload() {
                        Some(Payload::Slotted(s)) => s
                            .borrow_mut()
                            .get_mut(m.2)
                            .map(|v| std::mem::replace(v, Value::Null)),
                        _ => None,
                    };
                    if !matches!(old, Some(ref v) if !v.is_null()) {
                        // An empty slot: CPython's `PyMember_SetOne` names
                        // just the member.
                        let slot = m.0.as_str().unwrap_or("").to_string();
                        return Err(self.attribute_error(slot));
                    }
                    return Ok(());
                }
                if let Some(Payload::Property(p)) = d.payload() {
                    if p.fdel.borrow().is_none() {
                        return Err(self.missing_accessor(p, obj, "deleter"));
                    }
                    let f = p.fdel.borrow().clone();
                    self.call(&f, std::slice::from_ref(obj))?;
                    return Ok(());
                }
                let dcls = self.class_of(&d).clone();
                if let Some(del) = lookup_str(&dcls, "__delete__") {
                    self.call(&del, &[d.clone(), obj.clone()])?;
                    return Ok(());
                }
            }
        }
        if let Value::Obj(o) = obj {
            let dict = match &o.payload {
                Payload::Type(td) if !td.builtin => {
                    let r = td.dict.remove(self, name)?;
                    typeobj::update_flags(o);
                    if r.is_some() {
                        return Ok(());
                    }
                    None
                }
                Payload::Module(m) => Some(m.dict.clone()),
                _ => o.instance_dict(),
            };
            if let Some(dict) = dict {
                if let Payload::Dict(d) = &dict.payload {
                    if d.remove(self, name)?.is_some() {
                        return Ok(());
                    }
                }
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// AttributeError for a property without the getter/setter/deleter the
    /// operation needs (named when the property knows its name).
    pub(crate) fn missing_accessor(
        &mut self,
        p: &crate::object::Property,
        obj: &Value,
        what: &str,
    ) -> crate::PyErr {
        let name = p.name.borrow().as_str().map(|s| s.to_string());
        let tn = self.type_name(obj);
        match name {
            Some(n) => {
                self.attribute_error(format!("property '{n}' of '{tn}' object has no {what}"))
            }
            None => self.attribute_error(format!("property of '{tn}' object has no {what}")),
        }
    }

    /// CPython's AttributeError message for a missing attribute.
    pub fn no_attribute(&mut self, obj: &Value, name: &Value) -> crate::PyErr {
        let n = name.as_str().unwrap_or("?").to_string();
        let err = match obj.payload() {
            Some(Payload::Type(_)) => {
                let tn = typeobj::type_name(obj.as_obj().expect("type is an object"));
                self.attribute_error(format!("type object '{tn}' has no attribute '{n}'"))
            }
            Some(Payload::Module(_)) => {
                let m = obj.as_obj().expect("module is an object").clone();
                self.module_attribute_error(&m, &n)
            }
            _ => {
                let tn = self.type_name(obj);
                self.attribute_error(format!("'{tn}' object has no attribute '{n}'"))
            }
        };
        crate::exc::set_attr_error_context(&err, obj, name);
        err
    }
}

/// A bound method object.
/// Is `name` in the namespace of a class of `cls`'s MRO that comes before
/// its first built-in class?
fn defined_by_subclass(cls: &PyRef, name: &Value) -> bool {
    let Some(td) = cls.type_data() else {
        return false;
    };
    let Ok(mro) = td.mro.try_borrow() else {
        return false;
    };
    for c in mro.iter() {
        let Some(td) = c.type_data() else { break };
        if td.builtin {
            break;
        }
        if td.dict.get_name(name).is_some() {
            return true;
        }
    }
    false
}

pub fn bound(func: Value, slf: Value) -> Value {
    Value::Obj(PyObject::bare(Payload::BoundMethod { func, slf }))
}
