//! Instance `__dict__`s, kept beside their objects rather than in every
//! object header.
//!
//! Most objects never have a `__dict__` (ints, strs, tuples, lists, plain
//! instances keeping their attributes in themselves), so the header has
//! no word for it: an object that has one says so with a header bit, and
//! the dict itself is found in a thread-local table keyed by the object's
//! address. Reading it is one bit test for objects without one and a
//! table lookup for those with one (a plain instance whose attributes
//! moved to a dict, an instance of a subclass of a built-in type, a
//! function with attributes, an exception of a user class).
//!
//! Invariants:
//! - An object has an entry exactly when its header bit is set.
//! - `ptr::free` removes the entry (through [`on_free`]) before the
//!   object's block is reused, so an address never finds a dead object's
//!   dict.
//! - The table's `RefCell` is never borrowed while a reference is dropped:
//!   entries are taken out first and dropped after the borrow ends.

use super::{PyObject, PyRef};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::mem::ManuallyDrop;

/// Hashes an object address: addresses of 64-byte blocks differ in their
/// middle bits, which a multiply spreads over the high bits that the
/// table uses.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(26);
    }
}

type Table = HashMap<usize, PyRef, BuildHasherDefault<AddrHasher>>;

thread_local! {
    /// Without a destructor: the references left at thread exit are not
    /// released (the objects they would release live in other
    /// thread-locals that may be gone by then).
    static DICTS: ManuallyDrop<RefCell<Table>> =
        const { ManuallyDrop::new(RefCell::new(HashMap::with_hasher(BuildHasherDefault::new()))) };
}

fn key(obj: &PyObject) -> usize {
    obj as *const PyObject as usize
}

/// The object's `__dict__`, if it has one (a new reference).
#[inline]
pub(super) fn get(obj: &PyObject) -> Option<PyRef> {
    if !obj.gc_has_side_dict() {
        return None;
    }
    DICTS.with(|t| t.borrow().get(&key(obj)).cloned())
}

/// Make `dict` the object's `__dict__` (or remove it, for None); gives
/// back the one it had.
pub(super) fn replace(obj: &PyObject, dict: Option<PyRef>) -> Option<PyRef> {
    let had = obj.gc_has_side_dict();
    obj.gc_set_side_dict(dict.is_some());
    DICTS.with(|t| {
        let mut t = t.borrow_mut();
        match dict {
            Some(d) => t.insert(key(obj), d),
            None if had => t.remove(&key(obj)),
            None => None,
        }
    })
}

/// The object is being freed: its `__dict__` entry goes (the dict is
/// released by the caller's drop of the returned reference).
#[inline]
pub(super) fn on_free(obj: &PyObject) -> Option<PyRef> {
    if obj.gc_has_side_dict() {
        replace(obj, None)
    } else {
        None
    }
}

/// How many objects have a `__dict__` in the table (for tests).
#[cfg(test)]
pub(super) fn len() -> usize {
    DICTS.with(|t| t.borrow().len())
}
