//! The heap object pointer: a non-atomic reference-counted pointer to a
//! [`PyObject`], CPython's `PyObject*` with `Py_INCREF`/`Py_DECREF`.
//!
//! Why not `std::rc::Rc`: the cycle collector (CPython's algorithm) needs
//! the reference count as a number it can read, and releasing a long chain
//! of objects must not recurse in `Drop`. Releasing the last reference
//! therefore moves the object to a thread-local "trashcan" list that is
//! drained iteratively: dropping an object's payload releases its children,
//! which are queued rather than freed recursively (CPython's trashcan).
//! Objects live in blocks of 64 KiB slabs (CPython's pymalloc pools: no
//! allocator header or rounding per object, 72 bytes where `malloc` takes
//! 80). Unused blocks form one free list that allocation takes from; slabs
//! are never given back, their blocks serve later objects (a slab whose
//! objects are all gone would be found only by a per-slab count and list,
//! which cost more in allocation and `munmap` churn than they saved).
//!
//! Invariants:
//! - `refcnt` counts the `PyRef`s alive; the allocation is freed exactly
//!   once, when it reaches zero.
//! - Single-threaded: `PyRef` is neither `Send` nor `Sync` (it holds a raw
//!   pointer, which opts out of both).
//!
//! This module holds the unsafe code of the object model; each block says
//! why it is sound.

use super::PyObject;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

pub struct PyRef {
    ptr: NonNull<PyObject>,
}

impl PyRef {
    /// Allocate a new object with a reference count of one, writing its
    /// fields straight into the block: no whole object is assembled on
    /// the stack and copied, which made the copy's wide loads wait on the
    /// narrow stores that built it.
    #[inline(always)]
    pub(super) fn new_in_place(
        class: Option<PyRef>,
        dict: Option<PyRef>,
        payload: super::Payload,
    ) -> PyRef {
        let ptr = alloc_block().as_ptr();
        // SAFETY: the block is unused memory of `PyObject`'s size and
        // alignment, handed to nobody else; each field is written once
        // through a raw field pointer (no reference to the uninitialized
        // object is made), and after the last write the object is whole.
        unsafe {
            std::ptr::addr_of_mut!((*ptr).refcnt).write(Cell::new(1));
            std::ptr::addr_of_mut!((*ptr).gc).write(Default::default());
            std::ptr::addr_of_mut!((*ptr).class).write(class);
            std::ptr::addr_of_mut!((*ptr).dict).write(RefSlot::new(dict));
            std::ptr::addr_of_mut!((*ptr).payload).write(payload);
        }
        let r = PyRef {
            // SAFETY: `alloc_block` never returns null.
            ptr: unsafe { NonNull::new_unchecked(ptr) },
        };
        super::gc::on_alloc(&r);
        r
    }

    /// A new reference to an object the collector tracks.
    ///
    /// # Safety
    /// `ptr` must point to a live object (one in a collector list: those
    /// are removed before their object is freed).
    pub(super) unsafe fn from_tracked(ptr: *const PyObject) -> PyRef {
        // SAFETY: the caller guarantees `ptr` is a live object, so it is
        // non-null and its count is at least one; this adds one for the
        // returned reference.
        let r = PyRef {
            ptr: unsafe { NonNull::new_unchecked(ptr as *mut PyObject) },
        };
        r.refcnt.set(r.refcnt.get() + 1);
        r
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const PyObject {
        self.ptr.as_ptr()
    }

    /// Identity, as `is` and `id()` see it.
    #[inline(always)]
    pub fn is(&self, other: &PyRef) -> bool {
        self.ptr == other.ptr
    }

    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }

    /// Mutable access when this is the only reference to the object.
    pub fn get_mut(&mut self) -> Option<&mut PyObject> {
        if self.refcnt.get() != 1 {
            return None;
        }
        // SAFETY: the count is one, so this PyRef is the only pointer to the
        // allocation; `&mut self` keeps it from being cloned while the
        // returned reference lives, so no other reference can observe it.
        Some(unsafe { self.ptr.as_mut() })
    }
}

impl std::ops::Deref for PyRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: the pointer came from `PyRef::new` (a block of a slab,
        // which is never deallocated) and the
        // object lives while any PyRef (this one included) exists, because
        // it is dropped only when the count drops to zero.
        unsafe { self.ptr.as_ref() }
    }
}

impl Clone for PyRef {
    #[inline(always)]
    fn clone(&self) -> PyRef {
        let c = &self.refcnt;
        c.set(c.get() + 1);
        PyRef { ptr: self.ptr }
    }
}

/// A copy of a value: an object's count goes up by one, then the two words
/// are copied as they are (every other variant is plain data). The words
/// are read one at a time: a single 16-byte load stalls when the value was
/// just written with two 8-byte stores, as the evaluator's stack pushes do.
impl Clone for crate::value::Value {
    #[inline(always)]
    fn clone(&self) -> Self {
        if let crate::value::Value::Obj(o) = self {
            let c = &o.refcnt;
            c.set(c.get() + 1);
        }
        let words = self as *const Self as *const std::mem::MaybeUninit<u64>;
        // SAFETY: `Value` is 16 bytes (`repr(u64)`: the tag word, then the
        // payload word, which is padding for `Null`/`None`), so both reads
        // are in bounds and aligned, and `MaybeUninit` may hold padding.
        // The words form a valid `Value` because they are one; the copy owns
        // its reference: the `Obj` count was incremented above, and no
        // other variant owns anything.
        unsafe {
            std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Self>([
                words.read(),
                words.add(1).read(),
            ])
        }
    }
}

/// An optional reference that can be read and replaced through `&self`:
/// the header's `__dict__` slot, one word where a `RefCell` takes two.
/// Reads copy the reference out (one count more), so no borrow is held
/// while Python code runs.
#[derive(Default)]
pub struct RefSlot(Cell<Option<PyRef>>);

impl RefSlot {
    pub fn new(r: Option<PyRef>) -> RefSlot {
        RefSlot(Cell::new(r))
    }

    /// Is a reference stored?
    #[inline]
    pub fn is_some(&self) -> bool {
        // SAFETY: the cell is not shared across threads (`PyRef` is not
        // `Send`), and the shared reference lives only for the
        // `is_some` call, which runs no code that could replace the value.
        unsafe { (*self.0.as_ptr()).is_some() }
    }

    /// A new reference to the stored object.
    #[inline]
    pub fn get(&self) -> Option<PyRef> {
        // SAFETY: as in `is_some`: single-threaded, and the borrow lives
        // only for `Option::clone`, which only increments a count.
        unsafe { (*self.0.as_ptr()).clone() }
    }

    /// Store `r`, giving back what was there.
    pub fn replace(&self, r: Option<PyRef>) -> Option<PyRef> {
        self.0.replace(r)
    }

    pub fn take(&self) -> Option<PyRef> {
        self.0.take()
    }
}

thread_local! {
    /// Objects that reached a count of zero but need a finalizer run by the
    /// interpreter first (a suspended generator is closed); they are kept
    /// alive here until `take_pending_finalizers` hands them over.
    static FINALIZE: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
    static HAS_FINALIZE: Cell<bool> = const { Cell::new(false) };
    /// Objects whose count reached zero, waiting to be freed.
    static TRASH: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
    /// Set while the trashcan is being drained (by the outermost drop).
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// Unused object blocks, of slabs carved up or of objects freed: a
    /// list threaded through the blocks themselves.
    static FREE_HEAD: Cell<*mut FreeBlock> = const { Cell::new(std::ptr::null_mut()) };
    /// How many slabs were allocated (for tests and statistics).
    static SLABS: Cell<usize> = const { Cell::new(0) };
}

/// What an unused block holds: the next unused block.
struct FreeBlock {
    next: *mut FreeBlock,
}

const _: () = assert!(
    std::mem::size_of::<FreeBlock>() <= std::mem::size_of::<PyObject>()
        && std::mem::align_of::<FreeBlock>() <= std::mem::align_of::<PyObject>()
);

/// Object blocks per slab: 64 KiB of them.
const SLAB_BLOCKS: usize = 64 * 1024 / std::mem::size_of::<PyObject>();

/// How many slabs were allocated.
#[cfg(test)]
fn slab_count() -> usize {
    SLABS.with(|n| n.get())
}

/// An unused block for a new object: the head of the free list, which a
/// new slab fills when it is empty.
#[inline]
fn alloc_block() -> NonNull<PyObject> {
    let block = match NonNull::new(FREE_HEAD.with(|h| h.get())) {
        Some(block) => block,
        None => new_slab(),
    };
    // SAFETY: a block on the free list lies in a slab allocated with
    // `PyObject`'s array layout, holds no live object (it was never used,
    // or its object was dropped in `free`) and only the list points to
    // it; it holds a `FreeBlock`, written by `new_slab` or `free_block`.
    let next = unsafe { (*block.as_ptr()).next };
    FREE_HEAD.with(|h| h.set(next));
    block.cast::<PyObject>()
}

/// Allocate a slab and put its blocks on the (empty) free list, the first
/// block at the head; returns the head.
#[cold]
#[inline(never)]
fn new_slab() -> NonNull<FreeBlock> {
    let layout = std::alloc::Layout::array::<PyObject>(SLAB_BLOCKS).expect("slab layout");
    // SAFETY: the layout has a nonzero size (a nonzero number of objects of
    // a nonzero size).
    let base = unsafe { std::alloc::alloc(layout) }.cast::<PyObject>();
    if base.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    SLABS.with(|n| n.set(n.get() + 1));
    let mut next: *mut FreeBlock = FREE_HEAD.with(|h| h.get());
    for i in (0..SLAB_BLOCKS).rev() {
        // SAFETY: `i` is within the slab just allocated, so the pointer is
        // in bounds.
        let block = unsafe { base.add(i) }.cast::<FreeBlock>();
        // SAFETY: in bounds, aligned (a `FreeBlock` fits a `PyObject`
        // block, checked at compile time) and unused.
        unsafe { block.write(FreeBlock { next }) };
        next = block;
    }
    FREE_HEAD.with(|h| h.set(next));
    NonNull::new(next).expect("a slab has blocks")
}

/// Put the block of a dropped object on the free list.
fn free_block(ptr: NonNull<PyObject>) {
    let block = ptr.cast::<FreeBlock>();
    // SAFETY: the object was dropped and its memory is ours alone; a
    // `FreeBlock` fits its size and alignment (checked at compile time),
    // so the block can hold the list link.
    unsafe {
        block.as_ptr().write(FreeBlock {
            next: FREE_HEAD.with(|h| h.get()),
        })
    };
    FREE_HEAD.with(|h| h.set(block.as_ptr()));
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        let c = &self.refcnt;
        let n = c.get() - 1;
        c.set(n);
        if n == 0 {
            release(self.ptr);
        }
    }
}

/// Are finalizers waiting? (One thread-local load; the evaluator checks
/// it where references are dropped.)
#[inline]
pub fn has_pending_finalizers() -> bool {
    HAS_FINALIZE.with(|f| f.get())
}

/// Make the next `has_pending_finalizers` check true (a collection is
/// due: the evaluator's safe points run it with the finalizers).
pub(super) fn signal_safe_point() {
    HAS_FINALIZE.with(|f| f.set(true));
}

/// The objects waiting for their finalizer.
pub fn take_pending_finalizers() -> Vec<PyRef> {
    HAS_FINALIZE.with(|f| f.set(false));
    FINALIZE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

#[cold]
fn release(ptr: NonNull<PyObject>) {
    // SAFETY: the count just reached zero and the object is still
    // allocated (it is freed only below), so reading it is sound.
    let obj = unsafe { ptr.as_ref() };
    if obj.needs_finalizer() {
        // Resurrect with one reference, owned by the queue.
        obj.refcnt.set(1);
        FINALIZE.with(|q| q.borrow_mut().push(PyRef { ptr }));
        HAS_FINALIZE.with(|f| f.set(true));
        return;
    }
    if DRAINING.with(|d| d.get()) {
        if obj.holds_no_references() {
            // Freeing it releases nothing, so it cannot recurse: no need
            // to queue it (a list of a million strs would otherwise fill
            // the queue with all of them).
            free(ptr);
        } else {
            // A nested release: queue it, the outer loop frees it.
            TRASH.with(|t| t.borrow_mut().push(ptr));
        }
        return;
    }
    DRAINING.with(|d| d.set(true));
    free(ptr);
    loop {
        let next = TRASH.with(|t| t.borrow_mut().pop());
        match next {
            Some(p) => free(p),
            None => break,
        }
    }
    TRASH.with(|t| {
        // Give back the memory of a queue that a large release grew.
        let mut t = t.borrow_mut();
        if t.capacity() > TRASH_KEPT {
            t.shrink_to(TRASH_KEPT);
        }
    });
    DRAINING.with(|d| d.set(false));
}

/// The queue capacity kept between releases (the rest is freed).
const TRASH_KEPT: usize = 4096;

fn free(ptr: NonNull<PyObject>) {
    // SAFETY: the count reached zero and the object is still allocated
    // (it is freed just below).
    super::gc::on_free(unsafe { ptr.as_ref() });
    // SAFETY: the count reached zero, so no PyRef points here any more and
    // nothing else can drop it; it is dropped exactly once, here. Dropping
    // the payload may release children: those are queued in TRASH because
    // DRAINING is set, so this never recurses deeper than one level.
    unsafe { std::ptr::drop_in_place(ptr.as_ptr()) };
    free_block(ptr);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Payload;
    use crate::value::Value;

    #[test]
    fn clone_and_drop_count() {
        let a = PyObject::bare(Payload::List(RefCell::new(Vec::new())));
        assert_eq!(a.refcount(), 1);
        let b = a.clone();
        assert_eq!(a.refcount(), 2);
        assert!(a.is(&b));
        drop(b);
        assert_eq!(a.refcount(), 1);
    }

    #[test]
    fn freed_blocks_are_reused_before_new_slabs() {
        let make = || PyObject::bare(Payload::List(RefCell::new(Vec::new())));
        let objects: Vec<PyRef> = (0..3 * SLAB_BLOCKS).map(|_| make()).collect();
        let slabs = slab_count();
        let addresses: std::collections::HashSet<usize> = objects.iter().map(PyRef::id).collect();
        drop(objects);
        let again: Vec<PyRef> = (0..3 * SLAB_BLOCKS).map(|_| make()).collect();
        assert_eq!(slab_count(), slabs);
        assert!(again.iter().all(|o| addresses.contains(&o.id())));
        // Blocks are one object size apart, with no allocator header between.
        let mut ids: Vec<usize> = again.iter().map(PyRef::id).collect();
        ids.sort_unstable();
        let adjacent = ids
            .windows(2)
            .filter(|w| w[1] - w[0] == std::mem::size_of::<PyObject>())
            .count();
        assert!(adjacent >= 3 * (SLAB_BLOCKS - 1) - 3);
    }

    #[test]
    fn releasing_many_atoms_leaves_a_small_queue() {
        let shared = PyObject::new_str("shared text".into());
        let mut items: Vec<Value> = (0..100_000)
            .map(|i| Value::Obj(PyObject::new_str(format!("w{i}"))))
            .collect();
        items.push(Value::Obj(shared.clone()));
        let inner = PyObject::bare(Payload::List(RefCell::new(items)));
        let outer = PyObject::bare(Payload::List(RefCell::new(vec![Value::Obj(inner)])));
        drop(outer);
        assert_eq!(shared.refcount(), 1);
        assert!(TRASH.with(|t| t.borrow().capacity()) <= TRASH_KEPT);
    }

    #[test]
    fn long_chain_releases_without_recursion() {
        // A million nested single-element lists: dropping the head must not
        // overflow the Rust stack.
        let mut head = PyObject::bare(Payload::List(RefCell::new(Vec::new())));
        for _ in 0..1_000_000 {
            head = PyObject::bare(Payload::List(RefCell::new(vec![Value::Obj(head)])));
        }
        drop(head);
    }
}
