//! The buffer protocol's state: the memoryview payload and the count of
//! views exported by each bytearray.
//!
//! CPython counterparts: `PyMemoryViewObject` and its one-dimensional
//! `Py_buffer` (`Include/cpython/memoryobject.h`), the managed buffer's
//! export bookkeeping (`mbuf_release`, `_memory_release` in
//! `Objects/memoryobject.c`) and `ob_exports` of `PyByteArrayObject`.
//!
//! A view is one-dimensional: `len` items of `itemsize` bytes, the first at
//! byte `start` of its base object's bytes and each next one `stride`
//! bytes further (negative for a reversed slice). The base is a bytes
//! object or a bytearray (or an instance of a subclass); `obj` is what
//! `memoryview.obj` reports and what holds the export: the base, or the
//! memoryview whose `__buffer__` made the view.
//!
//! Invariants:
//! - A view that is not released counts as one export of its `obj`: in
//!   [`EXPORTS`] for a bytearray, in `exports` for a memoryview (a bytes
//!   object cannot change and counts nothing). Releasing, clearing (the
//!   collector) and dropping a view give its export back exactly once,
//!   because each of them takes the view's source out first.
//! - A bytearray with exports never changes its length (its resizing
//!   methods ask [`exports`] first), so a view's items stay inside its
//!   base's bytes. Readers still check every range: a miss is an error,
//!   never a panic.
//! - An entry of [`EXPORTS`] exists only while its count is not zero, and
//!   every counted view holds its bytearray alive, so a freed address
//!   never has an entry.

use super::{Payload, PyObject};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// Views exported by each bytearray, by the bytearray's address
    /// (CPython keeps `ob_exports` in the object; a field would grow every
    /// bytearray payload, and few bytearrays are ever viewed).
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// The number of unreleased views of the bytearray `o` (0 for any other
/// object).
pub fn exports(o: &PyObject) -> usize {
    let addr = o as *const PyObject as usize;
    EXPORTS
        .try_with(|t| match t.try_borrow() {
            Ok(t) if !t.is_empty() => t.get(&addr).copied().unwrap_or(0),
            _ => 0,
        })
        .unwrap_or(0)
}

/// Count one more export of `obj`.
fn add_export(obj: &Value) {
    let Value::Obj(o) = obj else { return };
    match &o.payload {
        Payload::ByteArray(_) => {
            let addr = o.id();
            let _ = EXPORTS.try_with(|t| {
                if let Ok(mut t) = t.try_borrow_mut() {
                    *t.entry(addr).or_insert(0) += 1;
                }
            });
        }
        Payload::MemoryView(m) => m.exports.set(m.exports.get() + 1),
        _ => {}
    }
}

/// Give back one export of `obj`.
fn remove_export(obj: &Value) {
    let Value::Obj(o) = obj else { return };
    match &o.payload {
        Payload::ByteArray(_) => {
            let addr = o.id();
            let _ = EXPORTS.try_with(|t| {
                if let Ok(mut t) = t.try_borrow_mut() {
                    if let Some(n) = t.get_mut(&addr) {
                        *n -= 1;
                        if *n == 0 {
                            t.remove(&addr);
                        }
                    }
                }
            });
        }
        Payload::MemoryView(m) => m.exports.set(m.exports.get().saturating_sub(1)),
        _ => {}
    }
}

/// What a view reads: the exporter it holds (`memoryview.obj`) and the
/// bytes or bytearray object whose bytes they are.
pub struct ViewSource {
    pub obj: Value,
    pub base: Value,
}

/// The shape of a view: where its items are and what they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewLayout {
    /// Byte offset of item 0 in the base's bytes.
    pub start: usize,
    /// Number of items (`shape[0]`).
    pub len: usize,
    /// Bytes from one item to the next (`strides[0]`).
    pub stride: isize,
    /// The struct format character of an item (`B`, `h`, `d` ...).
    pub format: u8,
    /// The format was written with CPython's `@` (native) prefix.
    pub at: bool,
    pub itemsize: usize,
    pub readonly: bool,
}

impl ViewLayout {
    /// A view of all `len` bytes of its base, byte by byte (format `B`).
    pub fn bytes(len: usize, readonly: bool) -> ViewLayout {
        ViewLayout {
            start: 0,
            len,
            stride: 1,
            format: b'B',
            at: false,
            itemsize: 1,
            readonly,
        }
    }

    /// `nbytes`: the size of the items, whatever their stride.
    pub fn nbytes(&self) -> usize {
        self.len * self.itemsize
    }

    /// C-contiguous (for one dimension also Fortran-contiguous): the items
    /// follow each other without gaps. As CPython's view flags say it
    /// (`MV_CONTIGUOUS_NDIM1`): one item is contiguous whatever its
    /// stride, no items only with the stride of its item size.
    pub fn contiguous(&self) -> bool {
        self.len == 1 || self.stride == self.itemsize as isize
    }

    /// The byte range of item `i` in the base's bytes, if inside `total`.
    pub fn item_range(&self, i: usize, total: usize) -> Option<std::ops::Range<usize>> {
        let offset = isize::try_from(i).ok()?.checked_mul(self.stride)?;
        let at = isize::try_from(self.start).ok()?.checked_add(offset)?;
        let at = usize::try_from(at).ok()?;
        let end = at.checked_add(self.itemsize)?;
        (end <= total).then_some(at..end)
    }
}

pub struct MemoryViewData {
    /// None once released.
    src: RefCell<Option<ViewSource>>,
    pub layout: ViewLayout,
    /// The address of `obj`, kept after the release (CPython's `view.obj`
    /// outlives it too): `__release_buffer__` tells a view of another
    /// object from one released already. Compared, never followed.
    pub obj_id: usize,
    /// Views made by this view's `__buffer__` and not released: while
    /// there are any, `release()` refuses.
    pub exports: Cell<usize>,
    /// The hash, once computed (a released view still answers it).
    pub hash: Cell<Option<i64>>,
}

impl MemoryViewData {
    /// A view of `base`'s bytes held through `obj`, counted as an export
    /// of `obj`.
    pub fn new(obj: Value, base: Value, layout: ViewLayout) -> MemoryViewData {
        add_export(&obj);
        let obj_id = obj.as_obj().map_or(0, |o| o.id());
        MemoryViewData {
            obj_id,
            src: RefCell::new(Some(ViewSource { obj, base })),
            layout,
            exports: Cell::new(0),
            hash: Cell::new(None),
        }
    }

    pub fn is_released(&self) -> bool {
        self.src.try_borrow().map_or(true, |s| s.is_none())
    }

    /// `memoryview.obj` (None when released).
    pub fn obj(&self) -> Option<Value> {
        self.src.try_borrow().ok()?.as_ref().map(|s| s.obj.clone())
    }

    /// The object whose bytes the view reads (None when released).
    pub fn base(&self) -> Option<Value> {
        self.src.try_borrow().ok()?.as_ref().map(|s| s.base.clone())
    }

    /// Release the view: its export is given back and its source handed
    /// to the caller to drop (None if it was released already).
    pub fn release(&self) -> Option<ViewSource> {
        let src = self.src.try_borrow_mut().ok()?.take()?;
        remove_export(&src.obj);
        Some(src)
    }

    /// Call `f` on all of the base's bytes (None when released).
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        let src = self.src.try_borrow().ok()?;
        match src.as_ref()?.base.payload()? {
            Payload::Bytes(b) => Some(f(b)),
            Payload::ByteArray(b) => Some(f(&b.try_borrow().ok()?)),
            _ => None,
        }
    }

    /// Call `f` on the base's bytes to change them (None when released or
    /// not a bytearray).
    pub fn with_bytes_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        let src = self.src.try_borrow().ok()?;
        match src.as_ref()?.base.payload()? {
            Payload::ByteArray(b) => Some(f(&mut b.try_borrow_mut().ok()?)),
            _ => None,
        }
    }

    /// The bytes of the items in order (C order: what `tobytes()` gives);
    /// None when released or when an item lies outside the base.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        let l = self.layout;
        self.with_bytes(|data| {
            if l.contiguous() {
                let r = l.item_range(0, data.len());
                return match (r, l.len) {
                    (_, 0) => Some(Vec::new()),
                    (Some(r), _) => data.get(r.start..r.start + l.nbytes()).map(<[u8]>::to_vec),
                    (None, _) => None,
                };
            }
            let mut out = Vec::with_capacity(l.nbytes());
            for i in 0..l.len {
                out.extend_from_slice(data.get(l.item_range(i, data.len())?)?);
            }
            Some(out)
        })?
    }

    /// The collector's `tp_traverse`.
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(src) = self.src.try_borrow() {
            if let Some(s) = src.as_ref() {
                visit(&s.obj);
                visit(&s.base);
            }
        }
    }

    /// The collector's `tp_clear`: the view is released (CPython's
    /// `memory_clear` releases it too); the references are handed back.
    pub fn clear(&self) -> Vec<Value> {
        match self.release() {
            Some(s) => vec![s.obj, s.base],
            None => Vec::new(),
        }
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        drop(self.release());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::PyRef;

    fn bytearray(data: &[u8]) -> PyRef {
        PyObject::bare(Payload::ByteArray(RefCell::new(data.to_vec())))
    }

    fn layout(len: usize) -> ViewLayout {
        ViewLayout::bytes(len, false)
    }

    fn view_of(ba: &PyRef, len: usize) -> PyRef {
        let v = Value::Obj(ba.clone());
        PyObject::bare(Payload::MemoryView(Box::new(MemoryViewData::new(
            v.clone(),
            v,
            layout(len),
        ))))
    }

    fn count_refs(o: &PyRef) -> usize {
        let mut n = 0;
        o.traverse(&mut |_| n += 1);
        n
    }

    #[test]
    fn memoryview_traverse_and_clear() {
        let ba = bytearray(b"abc");
        let mv = view_of(&ba, 3);
        // `obj` and the base: two references, both visited.
        assert_eq!(count_refs(&mv), 2);
        assert_eq!(ba.refcount(), 3);
        assert_eq!(exports(&ba), 1);
        drop(mv.clear());
        assert_eq!(count_refs(&mv), 0);
        assert_eq!(ba.refcount(), 1);
        assert_eq!(exports(&ba), 0);
        // Clearing again (or dropping) gives nothing back twice.
        assert!(mv.clear().is_empty());
        drop(mv);
        assert_eq!(exports(&ba), 0);
    }

    #[test]
    fn exports_follow_release_and_drop() {
        let ba = bytearray(b"abcd");
        let a = view_of(&ba, 4);
        let b = view_of(&ba, 2);
        assert_eq!(exports(&ba), 2);
        if let Payload::MemoryView(m) = &a.payload {
            drop(m.release());
            assert!(m.is_released());
            assert!(m.release().is_none());
        }
        assert_eq!(exports(&ba), 1);
        drop(b);
        assert_eq!(exports(&ba), 0);
        drop(a);
        assert_eq!(exports(&ba), 0);
        assert_eq!(ba.refcount(), 1);
    }

    #[test]
    fn a_view_of_a_view_counts_on_the_view() {
        let ba = bytearray(b"xy");
        let outer = view_of(&ba, 2);
        let inner = PyObject::bare(Payload::MemoryView(Box::new(MemoryViewData::new(
            Value::Obj(outer.clone()),
            Value::Obj(ba.clone()),
            layout(2),
        ))));
        let Payload::MemoryView(o) = &outer.payload else {
            unreachable!()
        };
        assert_eq!(o.exports.get(), 1);
        assert_eq!(exports(&ba), 1);
        drop(inner);
        assert_eq!(o.exports.get(), 0);
    }

    #[test]
    fn items_outside_the_base_are_refused() {
        let l = ViewLayout {
            start: 3,
            len: 2,
            stride: -2,
            ..layout(0)
        };
        assert_eq!(l.item_range(0, 4), Some(3..4));
        assert_eq!(l.item_range(1, 4), Some(1..2));
        assert_eq!(l.item_range(2, 4), None);
        assert_eq!(l.item_range(0, 3), None);
        let ba = bytearray(b"abcd");
        let v = Value::Obj(ba.clone());
        let m = MemoryViewData::new(v.clone(), v, l);
        assert_eq!(m.to_bytes(), Some(b"db".to_vec()));
        if let Payload::ByteArray(b) = &ba.payload {
            b.borrow_mut().truncate(1);
        }
        assert_eq!(m.to_bytes(), None);
    }
}
