//! `set`/`frozenset` storage with Python key semantics over [`SetTable`]
//! (CPython's `Objects/setobject.c` layout, so iteration order matches).
//! The same borrow discipline as `dict.rs`: Python `__eq__` never runs
//! while the table is borrowed.

use crate::table::{SetProbe, SetTable};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

#[derive(Default)]
pub struct PySet {
    table: RefCell<SetTable<Value>>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn version(&self) -> u64 {
        self.table.borrow().version()
    }

    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        {
            let mut key_pure = None;
            let t = self.table.borrow();
            let quick = |k: &Value| crate::ops::quick_key_eq(k, key, &mut key_pure).ok_or(());
            if let Ok(found) = t.find(hash, quick) {
                return Ok(found);
            }
        }
        loop {
            let (cands, version) = {
                let t = self.table.borrow();
                let c: Vec<(usize, Value)> = t
                    .candidates(hash)
                    .into_iter()
                    .filter_map(|i| t.entry(i).map(|(_, k)| (i, k.clone())))
                    .collect();
                (c, t.version())
            };
            let mut restart = false;
            for (idx, k) in cands {
                if k.is(key) {
                    return Ok(Some(idx));
                }
                let eq = vm.eq(&k, key)?;
                if self.table.borrow().version() != version {
                    restart = true;
                    break;
                }
                if eq {
                    return Ok(Some(idx));
                }
            }
            if !restart {
                return Ok(None);
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.lookup(vm, key, hash)?.is_some())
    }

    /// Add; returns true when the key was new.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, key, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        // A pure key (no Python `__eq__` can run): one scan finds it or its
        // place, under one borrow.
        {
            let mut key_pure = None;
            let mut t = self.table.borrow_mut();
            let eq = |k: &Value| crate::ops::quick_key_eq(k, &key, &mut key_pure).ok_or(());
            match t.probe_key(hash, eq) {
                Ok(SetProbe::Found(_)) => return Ok(false),
                Ok(SetProbe::Vacant(slot, dummy)) => {
                    t.insert_at(slot, dummy, hash, key);
                    return Ok(true);
                }
                Err(()) => {}
            }
        }
        if self.lookup(vm, &key, hash)?.is_some() {
            return Ok(false);
        }
        self.table.borrow_mut().insert_new(hash, key);
        Ok(true)
    }

    /// Remove; returns true when it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        let idx = self.lookup(vm, key, hash)?;
        let removed = match idx {
            Some(i) => self.table.borrow_mut().remove(i),
            None => None,
        };
        Ok(removed.is_some())
    }

    pub fn pop(&self) -> Option<Value> {
        self.table.borrow_mut().pop()
    }

    /// A snapshot of the items in iteration order.
    /// Whether every key of `self` is in `other`, when no Python code has
    /// to decide it (identity or pure keys); None otherwise. One pass over
    /// both tables, with the stored hashes.
    pub fn is_subset_quick(&self, other: &PySet) -> Option<bool> {
        let (mine, theirs) = (self.table.borrow(), other.table.borrow());
        for (h, k) in mine.iter() {
            let mut key_pure = None;
            let quick = |s: &Value| crate::ops::quick_key_eq(s, k, &mut key_pure).ok_or(());
            if theirs.find(h, quick).ok()?.is_none() {
                return Some(false);
            }
        }
        Some(true)
    }

    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(_, k)| k.clone()).collect()
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|(h, k)| (h, k.clone()))
            .collect()
    }

    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        self.table
            .borrow()
            .next_from(pos)
            .map(|(p, k)| (p, k.clone()))
    }

    /// Copy another set's table layout (CPython's set_merge into an empty set).
    pub fn merge_from(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let src = other.table.borrow();
        self.table.borrow_mut().merge_from(&src);
    }

    /// Grow the table ahead of `n` insertions (CPython presizes copies of dicts).
    pub fn presize(&self, n: usize) {
        self.table.borrow_mut().presize(n);
    }

    /// Drop deleted-slot markers (end of `difference_update`).
    pub fn purge_dummies(&self) {
        self.table.borrow_mut().purge_dummies();
    }

    pub fn clear_all(&self) -> Vec<Value> {
        self.table.borrow_mut().drain_all()
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for (_, k) in t.iter() {
                visit(k);
            }
        }
    }
}
