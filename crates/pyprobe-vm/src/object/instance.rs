//! Attributes kept in the instance: CPython 3.12's inline values with the
//! class's shared keys (`Objects/dictobject.c`, split tables).
//!
//! A plain instance (`Payload::Instance`) keeps its attribute values in
//! its payload, a vector parallel to its class's [`SharedKeys`]: value `i`
//! is the attribute named `keys[i]`. An instance holds the first `n` keys,
//! in order and without gaps, so its attribute order (what `vars()` shows)
//! is the order in which the keys were added, which is its own insertion
//! order. Whatever does not fit that — a new name while an earlier key is
//! missing, a deletion, a name that is not an interned str, more than
//! [`MAX_KEYS`] names, a read of `__dict__` — moves the attributes into a
//! dict object of their own ([`PyObject::materialize_dict`]), the
//! object's `__dict__` as for any other object ([`PyObject::dict`]).
//! Instances then cost one object and one values vector instead of an
//! object, a dict object, its table and its entries.
//!
//! Invariants:
//! - While the object has no `__dict__` the values are in use; once it
//!   has one, the values vector stays empty.
//! - A class's keys only grow, so an index stays valid for every instance.
//! - Every key is an interned str (`Vm::intern`), so a lookup by an
//!   interned name compares pointers only.

use super::{Payload, PyObject, PyRef};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Most attribute names a class shares with its instances (CPython's
/// `SHARED_KEYS_MAX_SIZE`); an instance that adds more moves to a dict.
pub const MAX_KEYS: usize = 30;

/// The attribute names of a class's instances, in the order they were
/// first stored.
#[derive(Default)]
pub struct SharedKeys {
    names: RefCell<Vec<PyRef>>,
    /// Two bits per key, chosen by the key's hash (a Bloom filter): a
    /// name with a bit clear is no key, which settles most lookups of
    /// method names without a scan (with one bit per key, a class with ten
    /// attributes sent one method name in six to the scan).
    mask: Cell<u64>,
}

/// The `mask` bits of a str with hash `hash`.
#[inline(always)]
fn mask_bits(hash: i64) -> u64 {
    // Low bits: a str hash's high bits differ little between short names.
    let h = hash as u64;
    (1 << (h & 63)) | (1 << ((h >> 6) & 63))
}

/// Might a name with hash `hash` be a key of `mask`?
#[inline(always)]
fn in_mask(mask: u64, hash: i64) -> bool {
    let bits = mask_bits(hash);
    mask & bits == bits
}

impl SharedKeys {
    /// The index of the key `name` (a str), trying `hint` first.
    #[inline]
    fn find(&self, name: &PyRef, hint: usize) -> Option<usize> {
        if self.names.borrow().get(hint).is_some_and(|k| k.is(name)) {
            return Some(hint);
        }
        self.search(name)
    }

    /// Is key `hint` the name `name` itself?
    #[inline(always)]
    fn is_at(&self, name: &PyRef, hint: usize) -> bool {
        self.names.borrow().get(hint).is_some_and(|k| k.is(name))
    }

    #[inline]
    fn search(&self, name: &PyRef) -> Option<usize> {
        let Payload::Str(text) = &name.payload else {
            return None;
        };
        let hash = text.hash();
        if !in_mask(self.mask.get(), hash) {
            return None;
        }
        let names = self.names.borrow();
        if let Some(i) = names.iter().position(|k| k.is(name)) {
            return Some(i);
        }
        // Every key is interned: an interned name that is none of them is
        // no key. Any other text is compared.
        if text.is_interned() {
            return None;
        }
        names.iter().position(|k| {
            matches!(&k.payload, Payload::Str(ks)
                if ks.hash() == hash && ks.as_str() == text.as_str())
        })
    }

    /// Add `name` as the next key; its index, or None when full.
    fn add(&self, name: &PyRef) -> Option<usize> {
        let mut names = self.names.borrow_mut();
        if names.len() >= MAX_KEYS {
            return None;
        }
        if let Payload::Str(text) = &name.payload {
            self.mask.set(self.mask.get() | mask_bits(text.hash()));
        }
        names.push(name.clone());
        Some(names.len() - 1)
    }

    pub fn len(&self) -> usize {
        self.names.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.borrow().is_empty()
    }

    fn name(&self, i: usize) -> Value {
        Value::Obj(self.names.borrow()[i].clone())
    }
}

/// An interned str's object (the only keys kept in an instance).
fn interned_str(name: &Value) -> Option<&PyRef> {
    match name {
        Value::Obj(o) if matches!(&o.payload, Payload::Str(s) if s.is_interned()) => Some(o),
        _ => None,
    }
}

/// Put `value` at index `i` of an instance's values: replacing the value
/// there, or appending it as the next one when `may_append` agrees; given
/// back otherwise (`i` further on: the instance lacks an earlier key).
fn store_at(
    values: &RefCell<Vec<Value>>,
    i: usize,
    value: Value,
    may_append: impl FnOnce() -> bool,
) -> Result<(), Value> {
    let mut vals = values.borrow_mut();
    if i < vals.len() {
        let old = std::mem::replace(&mut vals[i], value.relay());
        drop(vals);
        drop(old);
        Ok(())
    } else if i == vals.len() && may_append() {
        vals.push(value);
        Ok(())
    } else {
        Err(value)
    }
}

/// `__dict__` and `__class__`: data descriptors of every class, never
/// stored as instance attributes.
fn is_special(name: &PyRef) -> bool {
    matches!(&name.payload, Payload::Str(s) if matches!(s.as_str(), "__dict__" | "__class__"))
}

impl PyObject {
    /// The values and keys of an instance whose attributes are still kept
    /// in it; None for any other object.
    #[inline]
    fn split(&self) -> Option<(&RefCell<Vec<Value>>, &SharedKeys)> {
        let Payload::Instance(values) = &self.payload else {
            return None;
        };
        if self.has_dict() {
            return None;
        }
        let keys = &self.class.as_ref()?.type_data()?.attr_keys;
        Some((values, keys))
    }

    /// Where the instance keeps the attribute `name` (an interned str) when
    /// it keeps its attributes in itself, `hint` is its key's index and the
    /// value is there: the evaluator's first try, a few loads (CPython's
    /// `LOAD_ATTR_INSTANCE_VALUE`). Found, it fills `cache` for the
    /// evaluator's next try (the caller established that no data
    /// descriptor of the class has this name and that the class has no
    /// `__getattribute__`/`__getattr__`). The index, not the value, comes
    /// back: a `usize` returns in a register, where a `Value` would be
    /// copied out of memory just written in two halves.
    #[inline(never)]
    pub fn instance_attr_index(
        &self,
        name: &PyRef,
        hint: usize,
        cache: &Cell<super::AttrCacheEntry>,
    ) -> Option<usize> {
        // No dict check: an instance whose attributes moved to a dict has
        // no values left, so the index finds nothing.
        let Payload::Instance(values) = &self.payload else {
            return None;
        };
        let cls = self.class.as_ref()?;
        if !cls.type_data()?.attr_keys.is_at(name, hint) || values.borrow().len() <= hint {
            return None;
        }
        cache.set(
            cache
                .get()
                .with(cls.id(), crate::typeobj::epoch(), hint as u32),
        );
        Some(hint)
    }

    /// Certainly no attribute `name` (an interned str) in an instance that
    /// keeps its attributes in itself: its class's keys lack the name's
    /// bit. (False when unsure.)
    #[inline]
    pub fn lacks_instance_attr(&self, name: &PyRef) -> bool {
        let (Payload::Instance(_), Payload::Str(text)) = (&self.payload, &name.payload) else {
            return false;
        };
        let Some(td) = self.class.as_ref().and_then(|c| c.type_data()) else {
            return false;
        };
        !in_mask(td.attr_keys.mask.get(), text.hash()) && !self.has_dict()
    }

    /// Store the attribute `name` (an interned str) when the instance keeps
    /// its attributes in itself, `hint` is its key's index and the value is
    /// there or next (CPython's `STORE_ATTR_INSTANCE_VALUE`); gives
    /// `value` back otherwise.
    #[inline(never)]
    ///
    /// Stored, it fills `cache` for the evaluator's next try (the caller
    /// established that the class is plain).
    pub fn set_instance_attr_at(
        &self,
        name: &PyRef,
        hint: usize,
        value: Value,
        cache: &Cell<super::AttrCacheEntry>,
    ) -> Result<(), Value> {
        let Payload::Instance(values) = &self.payload else {
            return Err(value);
        };
        let Some(cls) = self.class.as_ref() else {
            return Err(value);
        };
        match cls.type_data() {
            Some(td) if td.attr_keys.is_at(name, hint) => {}
            _ => return Err(value),
        }
        // A value at the index means the attributes are still in the
        // instance; appending one needs that checked.
        store_at(values, hint, value, || !self.has_dict())?;
        cache.set(
            cache
                .get()
                .with(cls.id(), crate::typeobj::epoch(), hint as u32),
        );
        Ok(())
    }

    /// Replace the value at `index` of an instance that keeps its
    /// attributes in itself and has one there, or append it as the next
    /// one (a new instance's `__init__` storing its attributes in order):
    /// the evaluator's cached store, for a class whose keys have this
    /// attribute at `index`. Gives `value` back otherwise.
    #[inline]
    pub fn replace_instance_value(&self, index: usize, value: Value) -> Result<(), Value> {
        match &self.payload {
            Payload::Instance(values) => store_at(values, index, value, || !self.has_dict()),
            _ => Err(value),
        }
    }

    /// The attribute `name` of an instance that keeps its attributes in
    /// it: `Some(None)` when it has none of that name; None when the
    /// attributes live in a dict (or the object is no such instance).
    /// `hint` remembers the key's index for the next lookup.
    #[inline]
    pub fn split_get(&self, name: &Value, hint: &Cell<u32>) -> Option<Option<Value>> {
        let (values, keys) = self.split()?;
        let Value::Obj(n) = name else {
            return Some(None);
        };
        let Some(i) = keys.find(n, hint.get() as usize) else {
            return Some(None);
        };
        hint.set(i as u32);
        Some(values.borrow().get(i).cloned())
    }

    /// Store the attribute `name` of an instance that keeps its attributes
    /// in it. Gives `value` back when the attributes live in a dict (after
    /// moving them there if this store does not fit the instance), for the
    /// caller to store there.
    #[inline]
    pub fn split_set(&self, name: &Value, value: Value, hint: &Cell<u32>) -> Result<(), Value> {
        let Some((values, keys)) = self.split() else {
            return Err(value);
        };
        let Some(n) = interned_str(name) else {
            self.materialize_dict();
            return Err(value);
        };
        let vals = values.borrow();
        let i = match keys.find(n, hint.get() as usize) {
            Some(i) => i,
            None if is_special(n) => return Err(value),
            None if vals.len() == keys.len() => match keys.add(n) {
                Some(i) => i,
                None => {
                    drop(vals);
                    self.materialize_dict();
                    return Err(value);
                }
            },
            None => {
                drop(vals);
                self.materialize_dict();
                return Err(value);
            }
        };
        hint.set(i as u32);
        drop(vals);
        store_at(values, i, value, || true).inspect_err(|_| {
            self.materialize_dict();
        })
    }

    /// The attribute `name` (an interned str) of a plain instance, from
    /// wherever it keeps its attributes (itself or its dict); None when it
    /// has none of that name. `hint` remembers where it was found
    /// (CPython's `LOAD_ATTR_INSTANCE_VALUE` and `LOAD_ATTR_WITH_HINT`).
    #[inline]
    pub fn instance_attr(&self, name: &Value, hint: &Cell<u32>) -> Option<Value> {
        if let Some(found) = self.split_get(name, hint) {
            return found;
        }
        let dict = self.dict()?;
        let (Payload::Dict(d), Value::Obj(n)) = (&dict.payload, name) else {
            return None;
        };
        if let Some(v) = d.get_at_hint(n, hint.get() as usize) {
            return Some(v);
        }
        let ix = d.index_of_name(name)?;
        hint.set(ix as u32);
        d.value_at(ix)
    }

    /// Store the attribute `name` (an interned str) of a plain instance,
    /// wherever it keeps its attributes; gives `value` back when its
    /// `__dict__` is not a plain dict (the caller goes the general way).
    #[inline]
    pub fn set_instance_attr(
        &self,
        name: &Value,
        value: Value,
        hint: &Cell<u32>,
    ) -> Result<(), Value> {
        let value = match self.split_set(name, value, hint) {
            Ok(()) => return Ok(()),
            Err(back) => back,
        };
        let dict = self.dict();
        let (Some(d), Value::Obj(n)) = (dict.as_ref(), name) else {
            return Err(value);
        };
        let (Payload::Dict(dd), None) = (&d.payload, &d.class) else {
            return Err(value);
        };
        let old = match dd.set_at_hint(n, hint.get() as usize, value) {
            Ok(old) => old,
            Err(value) if is_special(n) => return Err(value),
            Err(value) => {
                let len = dd.len();
                dd.set_str(name.clone(), value);
                if dd.len() == len {
                    // A replacement: its index is the hint for next time.
                    if let Some(ix) = dd.index_of_name(name) {
                        hint.set(ix as u32);
                    }
                }
                Value::Null
            }
        };
        drop(dict);
        drop(old);
        Ok(())
    }

    /// Move an instance's attributes into a dict object of their own (its
    /// `__dict__`), untracked as part of the instance until the
    /// program reads `__dict__`. No-op for any other object.
    pub fn materialize_dict(&self) -> Option<PyRef> {
        let (values, keys) = self.split()?;
        let d = PyObject::bare(Payload::Dict(Box::new(crate::dict::PyDict::new())));
        let vals = std::mem::take(&mut *values.borrow_mut());
        if let Payload::Dict(dd) = &d.payload {
            for (i, v) in vals.into_iter().enumerate() {
                dd.set_str(keys.name(i), v);
            }
        }
        self.set_instance_dict(d.clone());
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Vm;

    fn class(vm: &mut Vm) -> PyRef {
        let (meta, ns) = (vm.types.type_.clone(), vm.new_dict());
        crate::typeobj::new_class(vm, &meta, "C", vec![], &ns).expect("class")
    }

    #[test]
    fn stores_in_key_order_and_materializes_in_that_order() {
        let mut vm = Vm::new();
        let cls = class(&mut vm);
        let a = PyObject::new_instance(&cls);
        let (x, y, z) = (vm.intern("x"), vm.intern("y"), vm.intern("z"));
        let h = Cell::new(0);
        assert!(a.split_set(&x, Value::Int(1), &h).is_ok());
        assert!(a.split_set(&y, Value::Int(2), &h).is_ok());
        assert!(a.split_set(&x, Value::Int(3), &h).is_ok());
        assert!(matches!(a.split_get(&x, &h), Some(Some(Value::Int(3)))));
        assert!(matches!(a.split_get(&z, &h), Some(None)));
        // A second instance that skips `x` cannot keep `y` in place.
        let b = PyObject::new_instance(&cls);
        assert!(b.split_set(&y, Value::Int(5), &h).is_err());
        assert!(b.split_get(&y, &h).is_none());
        let d = a.materialize_dict().expect("split instance");
        let keys: Vec<String> = crate::typeobj::dict_of(&d)
            .keys()
            .iter()
            .map(|k| k.as_str().unwrap_or("").to_string())
            .collect();
        assert_eq!(keys, ["x", "y"]);
        assert!(a.split_get(&x, &h).is_none());
        assert!(a.materialize_dict().is_none());
    }

    #[test]
    fn a_non_str_name_or_too_many_keys_moves_to_a_dict() {
        let mut vm = Vm::new();
        let cls = class(&mut vm);
        let a = PyObject::new_instance(&cls);
        let h = Cell::new(0);
        for i in 0..MAX_KEYS {
            let n = vm.intern(&format!("a{i}"));
            assert!(a.split_set(&n, Value::Int(i as i64), &h).is_ok());
        }
        let extra = vm.intern("extra");
        assert!(a.split_set(&extra, Value::None, &h).is_err());
        assert_eq!(
            a.instance_dict()
                .map(|d| crate::typeobj::dict_of(&d).len())
                .unwrap_or(0),
            MAX_KEYS
        );
        let b = PyObject::new_instance(&cls);
        assert!(b.split_set(&Value::str("new"), Value::None, &h).is_err());
        assert!(b.split_get(&extra, &h).is_none());
    }
}
