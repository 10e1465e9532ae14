//! `dict` storage with Python key semantics over [`DictTable`].
//!
//! CPython counterpart: `Objects/dictobject.c` (lookdict, insertdict).
//! Keys whose equality is known without running Python code (str, int,
//! float, None, bytes, tuples of those) are compared inside one borrow;
//! other keys take the slow path: candidates are copied out, the borrow is
//! released, `__eq__` runs, and a table that changed meanwhile restarts the
//! lookup — as CPython does — so no borrow is ever held across Python code.

use crate::object::PyRef;
use crate::table::{DictTable, ProbeCursor};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

#[derive(Default)]
pub struct PyDict {
    table: RefCell<DictTable<Value, Value>>,
    /// CPython's tracking of a dict: set once a key or value that may
    /// take part in a cycle is stored (`MAINTAIN_TRACKING`), cleared by a
    /// full collection that finds only atoms. Reported by
    /// `gc.is_tracked`; a dict without it is never garbage.
    cyclic: std::cell::Cell<bool>,
}

/// Note in `d` that `key`/`value` are stored in it.
#[inline]
fn note_stored(d: &PyDict, key: &Value, value: &Value) {
    if !d.cyclic.get()
        && (crate::object::gc::may_be_tracked(key) || crate::object::gc::may_be_tracked(value))
    {
        d.cyclic.set(true);
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn version(&self) -> u64 {
        self.table.borrow().version()
    }

    /// Entry index of `key` (hash given), or None.
    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        // No Python code decides (identity, pure keys, no equal hash): one
        // pass under one borrow.
        let mut key_pure = None;
        {
            let t = self.table.borrow();
            let quick = |k: &Value| crate::ops::quick_key_eq(k, key, &mut key_pure).ok_or(());
            if let Ok(found) = t.find(hash, quick) {
                return Ok(found);
            }
        }
        // Each candidate's key is compared with the table released (the
        // comparison may run Python code); a change of the table starts
        // the lookup again, as `lookdict` does.
        'restart: loop {
            let mut cursor = ProbeCursor::new(hash);
            let version = self.table.borrow().version();
            loop {
                let (idx, k) = {
                    let t = self.table.borrow();
                    let Some(idx) = t.next_candidate(hash, &mut cursor) else {
                        return Ok(None);
                    };
                    match t.entry(idx) {
                        Some((_, k, _)) => (idx, k.clone()),
                        None => continue,
                    }
                };
                if k.is(key) {
                    return Ok(Some(idx));
                }
                let eq = vm.eq(&k, key)?;
                if self.table.borrow().version() != version {
                    continue 'restart;
                }
                if eq {
                    return Ok(Some(idx));
                }
            }
        }
    }

    /// The value of `key` when it is an exact str and the answer needs no
    /// Python code: its cached hash, then identity or equal text. None when
    /// `key` is no exact str, or a stored key with that hash is an instance
    /// of a subclass (its `__eq__` decides: the caller takes the general
    /// path); an int, float or other built-in key never equals a str.
    #[inline]
    pub fn get_if_exact_str(&self, key: &Value) -> Option<Option<Value>> {
        let Value::Obj(ko) = key else { return None };
        let (None, crate::object::Payload::Str(text)) = (&ko.class, &ko.payload) else {
            return None;
        };
        let t = self.table.borrow();
        let found = t.find(text.hash(), |k| match k {
            Value::Obj(o) if o.is(ko) => Ok(true),
            Value::Obj(o) if o.class.is_none() => Ok(match &o.payload {
                crate::object::Payload::Str(s) => s.as_str() == text.as_str(),
                _ => false,
            }),
            Value::Obj(_) => Err(()),
            _ => Ok(false),
        });
        Some(
            found
                .ok()?
                .and_then(|i| t.entry(i).map(|(_, _, v)| v.clone())),
        )
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Some(found) = self.get_if_exact_str(key) {
            return Ok(found);
        }
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        {
            // One pass: the key and its value under one borrow of the table.
            let mut key_pure = None;
            let t = self.table.borrow();
            let quick = |k: &Value| crate::ops::quick_key_eq(k, key, &mut key_pure).ok_or(());
            if let Ok(found) = t.find(hash, quick) {
                return Ok(found.and_then(|i| t.entry(i).map(|(_, _, v)| v.clone())));
            }
        }
        let idx = self.lookup(vm, key, hash)?;
        Ok(idx.and_then(|i| self.table.borrow().entry(i).map(|(_, _, v)| v.clone())))
    }

    /// Lookup by an interned-or-not str without any Python code.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let hash = crate::ops::hash_str(key);
        let t = self.table.borrow();
        let found = t
            .find(hash, |k| Ok::<bool, ()>(k.as_str() == Some(key)))
            .ok()
            .flatten();
        found.and_then(|i| t.entry(i).map(|(_, _, v)| v.clone()))
    }

    /// Lookup by a str value (names in the evaluator): pointer equality
    /// first, then contents.
    #[inline]
    pub fn get_name(&self, key: &Value) -> Option<Value> {
        let Value::Obj(o) = key else { return None };
        let crate::object::Payload::Str(s) = &o.payload else {
            return None;
        };
        let hash = s.hash();
        let t = self.table.borrow();
        let found = t
            .find(hash, |k| {
                Ok::<bool, ()>(match k {
                    Value::Obj(ko) => ko.is(o) || k.as_str() == Some(s.as_str()),
                    _ => false,
                })
            })
            .ok()
            .flatten();
        found.and_then(|i| t.entry(i).map(|(_, _, v)| v.clone()))
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let idx = self.lookup(vm, &key, hash)?;
        note_stored(self, &key, &value);
        let old = {
            let mut t = self.table.borrow_mut();
            match idx {
                Some(i) => t.set_value(i, value).ok(),
                None => {
                    t.insert_new(hash, key, value);
                    None
                }
            }
        };
        drop(old);
        Ok(())
    }

    /// Entry index of a str key (names), for the evaluator's global cache.
    pub fn index_of_name(&self, key: &Value) -> Option<usize> {
        let Value::Obj(o) = key else { return None };
        let crate::object::Payload::Str(s) = &o.payload else {
            return None;
        };
        let t = self.table.borrow();
        t.find(s.hash(), |k| {
            Ok::<bool, ()>(match k {
                Value::Obj(ko) => ko.is(o) || k.as_str() == Some(s.as_str()),
                _ => false,
            })
        })
        .ok()
        .flatten()
    }

    /// The value at entry index `idx` if the table's version is still
    /// `version` (one borrow: the check and the read).
    #[inline]
    pub fn value_at_version(&self, idx: usize, version: u64) -> Option<Value> {
        let t = self.table.borrow();
        if t.version() != version {
            return None;
        }
        t.entry(idx).map(|(_, _, v)| v.clone())
    }

    /// The value at an entry index (None for a hole).
    #[inline]
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        self.table.borrow().entry(idx).map(|(_, _, v)| v.clone())
    }

    /// The value of entry `hint` when its key is `key` itself (an interned
    /// name): an attribute lookup without hashing (CPython's
    /// `LOAD_ATTR_WITH_HINT`).
    #[inline]
    pub fn get_at_hint(&self, key: &PyRef, hint: usize) -> Option<Value> {
        match self.table.borrow().entry(hint) {
            Some((_, Value::Obj(k), v)) if k.is(key) => Some(v.clone()),
            _ => None,
        }
    }

    /// Replace the value of entry `hint` when its key is `key` itself,
    /// returning the old value; gives `value` back otherwise.
    #[inline]
    pub fn set_at_hint(&self, key: &PyRef, hint: usize, value: Value) -> Result<Value, Value> {
        let mut t = self.table.borrow_mut();
        match t.entry(hint) {
            Some((_, Value::Obj(k), _)) if k.is(key) => {}
            _ => return Err(value),
        }
        // The key is a str, which takes part in no cycle.
        note_stored(self, &Value::None, &value);
        t.set_value(hint, value)
    }

    /// Store under a str key (names): never runs Python code.
    pub fn set_str(&self, key: Value, value: Value) {
        let Value::Obj(ko) = &key else { return };
        let crate::object::Payload::Str(text) = &ko.payload else {
            return;
        };
        note_stored(self, &key, &value);
        // The str's cached hash, and the same object (an interned name)
        // before its text.
        let hash = text.hash();
        let s = text.as_str();
        let old = {
            let mut t = self.table.borrow_mut();
            let found = t
                .find(hash, |k| {
                    Ok::<bool, ()>(match k {
                        Value::Obj(o) => o.is(ko) || k.as_str() == Some(s),
                        _ => false,
                    })
                })
                .ok()
                .flatten();
            match found {
                Some(i) => t.set_value(i, value).ok(),
                None => {
                    t.insert_new(hash, key, value);
                    None
                }
            }
        };
        drop(old);
    }

    /// Remove `key`; returns its value, or None when absent.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        let idx = self.lookup(vm, key, hash)?;
        let removed = match idx {
            Some(i) => self.table.borrow_mut().remove(i),
            None => None,
        };
        Ok(removed.map(|(_, v)| v))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.lookup(vm, key, hash)?.is_some())
    }

    pub fn pop_last(&self) -> Option<(Value, Value)> {
        self.table.borrow_mut().pop_last().map(|(_, k, v)| (k, v))
    }

    /// A snapshot of the keys.
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys().cloned().collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().values().cloned().collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|(_, k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Items with their hashes (for copying without rehashing).
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|(h, k, v)| (h, k.clone(), v.clone()))
            .collect()
    }

    /// The entry at or after position `pos`: (next position, key, value).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        self.table
            .borrow()
            .next_from(pos)
            .map(|(p, k, v)| (p, k.clone(), v.clone()))
    }

    /// Insert a key known to be absent, with its hash (copying a dict).
    pub fn insert_new_hashed(&self, hash: i64, key: Value, value: Value) {
        note_stored(self, &key, &value);
        self.table.borrow_mut().insert_new(hash, key, value);
    }

    /// Make each exact-str key the interned str of its text, as CPython
    /// interns the names a built-in module stores: attribute lookups by
    /// (interned) name then find them by identity, without comparing text.
    /// Order, hashes and values stay.
    pub fn intern_keys(&self, vm: &mut Vm) {
        let items = self.hashed_items();
        let mut interned = Vec::with_capacity(items.len());
        let mut changed = false;
        for (h, k, v) in items {
            let k = match &k {
                Value::Obj(o) if o.class.is_none() => match &o.payload {
                    crate::object::Payload::Str(text) => {
                        let name = vm.intern(text.as_str());
                        changed |= !name.is(&k);
                        name
                    }
                    _ => k,
                },
                _ => k,
            };
            interned.push((h, k, v));
        }
        if !changed {
            return;
        }
        let old = self.clear_all();
        for (h, k, v) in interned {
            self.insert_new_hashed(h, k, v);
        }
        drop(old);
    }

    pub fn clear_all(&self) -> Vec<Value> {
        let drained = self.table.borrow_mut().drain_all();
        let mut out = Vec::with_capacity(drained.len() * 2);
        for (k, v) in drained {
            out.push(k);
            out.push(v);
        }
        out
    }

    /// May the dict be part of a cycle (CPython: is it GC-tracked)?
    pub fn is_cyclic(&self) -> bool {
        self.cyclic.get()
    }

    /// A full collection found it holding only atoms (CPython's
    /// `untrack_dicts`).
    pub fn untrack_if_atoms(&self) {
        if !self.cyclic.get() {
            return;
        }
        let mut atoms = true;
        self.traverse(&mut |v| atoms &= !crate::object::gc::may_be_tracked(v));
        if atoms {
            self.cyclic.set(false);
        }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for (_, k, v) in t.iter() {
                visit(k);
                visit(v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intern_keys_keeps_order_and_values() {
        let mut vm = Vm::new();
        let d = PyDict::new();
        d.set_str(Value::str("zeta_key".to_string()), Value::Int(1));
        d.set(&mut vm, Value::Int(7), Value::Int(2)).unwrap();
        d.set_str(Value::str("alpha_key".to_string()), Value::Int(3));
        d.intern_keys(&mut vm);
        let keys = d.keys();
        assert!(keys[0].is(&vm.intern("zeta_key")) && keys[2].is(&vm.intern("alpha_key")));
        assert!(matches!(keys[1], Value::Int(7)));
        let name = vm.intern("alpha_key");
        assert!(matches!(d.get_name(&name), Some(Value::Int(3))));
        assert_eq!(d.len(), 3);
    }

    #[test]
    fn set_str_replaces_by_text_whichever_object_the_key_is() {
        let d = PyDict::new();
        let k1 = Value::str("name_of_a_key");
        let k2 = Value::str("name_of_a_key".to_string());
        assert!(!k1.is(&k2));
        d.set_str(k1.clone(), Value::Int(1));
        d.set_str(k1.clone(), Value::Int(2));
        d.set_str(k2, Value::Int(3));
        d.set_str(Value::str("other"), Value::Int(4));
        assert_eq!(d.len(), 2);
        assert!(matches!(d.get_str("name_of_a_key"), Some(Value::Int(3))));
        assert!(matches!(d.get_name(&k1), Some(Value::Int(3))));
        assert!(matches!(d.get_str("other"), Some(Value::Int(4))));
    }
}
