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
//! allocator header or rounding per object: 64 bytes, one cache line).
//! Unused blocks form one free list that allocation takes from; slabs
//! are never given back, their blocks serve later objects (a slab whose
//! objects are all gone would be found only by a per-slab count and list,
//! which cost more in allocation and `munmap` churn than they saved).
//!
//! Everything else the interpreter allocates goes through [`SmallBlocks`],
//! the binary's global allocator: requests up to 512 bytes (vector buffers,
//! boxed payloads, dict tables) from 16 KiB pools of one size class each,
//! found from a block's address as pymalloc finds its pools; a pool whose
//! blocks are all freed serves any size class again, or an object slab.
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
    pub(super) fn new_in_place(class: Option<PyRef>, payload: super::Payload) -> PyRef {
        PyRef::new_with(class, || payload)
    }

    /// As [`PyRef::new_in_place`], the payload made by `make` once the
    /// block is taken: the payload of a known variant is then written
    /// straight into the block. (Made before, it sits in a stack slot
    /// whose one-byte variant tag and the following eight-byte copy of
    /// that word defeat store forwarding on every allocation.)
    #[inline(always)]
    pub(super) fn new_with(class: Option<PyRef>, make: impl FnOnce() -> super::Payload) -> PyRef {
        let ptr = alloc_block().as_ptr();
        // SAFETY: the block is unused memory of `PyObject`'s size and
        // alignment, handed to nobody else; each field is written once
        // through a raw field pointer (no reference to the uninitialized
        // object is made), and after the last write the object is whole.
        unsafe {
            std::ptr::addr_of_mut!((*ptr).refcnt).write(Cell::new(1));
            std::ptr::addr_of_mut!((*ptr).gc).write(Default::default());
            std::ptr::addr_of_mut!((*ptr).class).write(class);
            std::ptr::addr_of_mut!((*ptr).payload).write(make());
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
        // SAFETY: the pointer came from `PyRef::new_in_place` (a block of a slab,
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

impl crate::value::Value {
    /// The value itself, moved word by word: the tag word and the payload
    /// word are read one at a time, where a plain move copies the 16 bytes
    /// with one wide load. The wide load stalls when the value was just
    /// written with two 8-byte stores (no store forwarding), as a value
    /// returned through memory or spilled from registers is. Counts are
    /// untouched: the reference moves with the words.
    #[inline(always)]
    pub fn relay(self) -> Self {
        let this = std::mem::ManuallyDrop::new(self);
        let words = &*this as *const Self as *const std::mem::MaybeUninit<u64>;
        // SAFETY: as in `clone`: both reads are in bounds and aligned, and
        // `MaybeUninit` may hold the padding of `Null`/`None`. The words
        // form a valid `Value` because they are one; the original is never
        // dropped (`ManuallyDrop`), so the copy takes over its reference.
        unsafe {
            std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Self>([
                words.read(),
                words.add(1).read(),
            ])
        }
    }
}

/// Swap items `i` and `j` of `values` word by word (see `Value::relay`:
/// the evaluator swaps values it has just pushed).
#[inline(always)]
pub fn swap_values(values: &mut [crate::value::Value], i: usize, j: usize) {
    type Words = [std::mem::MaybeUninit<u64>; 2];
    let (a, b) = (values[i].clone_words(), values[j].clone_words());
    let pa = &mut values[i] as *mut crate::value::Value as *mut Words;
    // SAFETY: `pa` is item `i`, in bounds (indexed above) and aligned;
    // `b` is the two words of a valid `Value` and item `j` gets `a`, so
    // each value is still owned exactly once when both writes are done.
    unsafe { pa.write(b) };
    let pb = &mut values[j] as *mut crate::value::Value as *mut Words;
    // SAFETY: as above, for item `j`.
    unsafe { pb.write(a) };
}

impl crate::value::Value {
    /// The two words of the value, read one at a time (no count change:
    /// the caller decides who owns them). The tag word is read as a
    /// volatile load, which the compiler may not merge with the payload's
    /// into one 16-byte load (it does, for a swap's four plain reads).
    #[inline(always)]
    fn clone_words(&self) -> [std::mem::MaybeUninit<u64>; 2] {
        let words = self as *const Self as *const std::mem::MaybeUninit<u64>;
        // SAFETY: `Value` is 16 bytes, so both reads are in bounds and
        // aligned; `MaybeUninit` may hold the padding of `Null`/`None`.
        unsafe { [words.read_volatile(), words.add(1).read()] }
    }
}

thread_local! {
    /// Objects that reached a count of zero but need a finalizer run by the
    /// interpreter first (a suspended generator is closed); they are kept
    /// alive here until `take_pending_finalizers` hands them over. Never
    /// dropped: at thread exit, releasing them would reach thread-locals
    /// (this allocator's, the trashcan) already gone; the process is ending.
    static FINALIZE: std::mem::ManuallyDrop<RefCell<Vec<PyRef>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
    static HAS_FINALIZE: Cell<bool> = const { Cell::new(false) };
    /// Objects whose count reached zero, waiting to be freed.
    static TRASH: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
    /// How many releases are freeing objects (nested): 0 outside, 1 for
    /// the outermost, which also drains the trashcan.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
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
    // The memory of a size-class pool whose blocks were all freed, when
    // there is one (so that it serves objects too), else a new slab.
    let (base, blocks) = match SMALL.with(take_empty_pool) {
        Some(pool) => (
            pool.cast::<PyObject>(),
            POOL_SIZE / std::mem::size_of::<PyObject>(),
        ),
        None => {
            let layout = std::alloc::Layout::array::<PyObject>(SLAB_BLOCKS).expect("slab layout");
            // SAFETY: the layout has a nonzero size (a nonzero number of
            // objects of a nonzero size).
            let base = unsafe { std::alloc::alloc(layout) }.cast::<PyObject>();
            if base.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            (base, SLAB_BLOCKS)
        }
    };
    SLABS.with(|n| n.set(n.get() + 1));
    let mut next: *mut FreeBlock = FREE_HEAD.with(|h| h.get());
    for i in (0..blocks).rev() {
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
    let depth = DEPTH.with(|d| d.get());
    if depth > 0 {
        if obj.holds_no_references() {
            // Freeing it releases nothing, so it cannot recurse: no need
            // to queue it (a list of a million strs would otherwise fill
            // the queue with all of them).
            free(ptr);
        } else if depth < NESTED_FREES {
            // Depth first, as CPython's deallocators: a list of a million
            // lists frees each with its items, instead of queueing them all.
            DEPTH.with(|d| d.set(depth + 1));
            free(ptr);
            DEPTH.with(|d| d.set(depth));
        } else {
            // Too deep: queue it, the outermost release frees it.
            TRASH.with(|t| t.borrow_mut().push(ptr));
        }
        return;
    }
    DEPTH.with(|d| d.set(1));
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
    DEPTH.with(|d| d.set(0));
}

/// How deep releases free objects directly (each level a few Rust stack
/// frames) before queueing them on the trashcan (CPython's trashcan
/// limit is 50 too).
const NESTED_FREES: u32 = 50;

/// The queue capacity kept between releases (the rest is freed).
const TRASH_KEPT: usize = 4096;

fn free(ptr: NonNull<PyObject>) {
    {
        // SAFETY: the count reached zero and the object is still allocated
        // (it is dropped and freed only after this block, where the
        // reference ends).
        let obj = unsafe { ptr.as_ref() };
        super::gc::on_free(obj);
        // The dict is dropped at once: a release nested in this one is
        // bounded by NESTED_FREES, or queued.
        drop(super::dict_slot::on_free(obj));
        obj.release_list_items();
    }
    // SAFETY: the count reached zero, so no PyRef points here any more and
    // nothing else can drop it; it is dropped exactly once, here. Dropping
    // the payload may release children: those are freed nested up to
    // NESTED_FREES levels deep, then queued in TRASH, so the recursion is
    // bounded.
    unsafe { std::ptr::drop_in_place(ptr.as_ptr()) };
    free_block(ptr);
}

// ----- small blocks: the process's allocator for everything else -----

/// Requests of at most this many bytes (with an alignment of at most
/// [`SMALL_STEP`]) come from size-class pools, as CPython's pymalloc serves
/// requests up to 512 bytes; larger ones go to the system allocator.
const SMALL_MAX: usize = 512;
/// Size classes are multiples of 16 bytes (and blocks 16-byte aligned).
const SMALL_STEP: usize = 16;
const SMALL_CLASSES: usize = SMALL_MAX / SMALL_STEP;
/// A pool: blocks of one size class after a [`Pool`] header, at an
/// address that is a multiple of its size, so a block's pool is its
/// address rounded down (CPython's `POOL_ADDR`).
const POOL_SIZE: usize = 16 * 1024;
/// Pools are carved from arenas of this many pools, taken from the system
/// (and never given back: an empty pool is kept for any class to reuse).
const ARENA_POOLS: usize = 64;
/// Where a pool's first block starts: the header, rounded up to 16.
const POOL_HEADER: usize = std::mem::size_of::<Pool>().div_ceil(SMALL_STEP) * SMALL_STEP;

/// The header of a pool (CPython's `pool_header`).
struct Pool {
    /// Freed blocks of this pool.
    free: *mut FreeBlock,
    /// The never-used blocks start here (offset from the pool).
    next_offset: usize,
    /// Blocks handed out and not freed.
    count: usize,
    /// The thread whose lists hold this pool (its `SMALL` address).
    owner: *const SmallState,
    /// The class's list of pools with room (`usedpools`); for an empty
    /// pool, the list of empty pools.
    next: *mut Pool,
    prev: *mut Pool,
}

/// One thread's pools: for each class the pools with room, the empty
/// pools any class can take, and the untouched rest of the newest arena.
struct SmallState {
    used: [Cell<*mut Pool>; SMALL_CLASSES],
    empty: Cell<*mut Pool>,
    arena_next: Cell<*mut u8>,
    arena_end: Cell<*mut u8>,
}

thread_local! {
    /// Const-initialized without a destructor, so the allocator can use it
    /// at any point of a thread's life.
    static SMALL: SmallState = const {
        SmallState {
            used: [const { Cell::new(std::ptr::null_mut()) }; SMALL_CLASSES],
            empty: Cell::new(std::ptr::null_mut()),
            arena_next: Cell::new(std::ptr::null_mut()),
            arena_end: Cell::new(std::ptr::null_mut()),
        }
    };
}

/// The global allocator of the `pyprobe` binary (CPython's pymalloc):
/// small requests — vector buffers of lists and instances, boxed
/// payloads, dict tables, long str buffers — from pools of equal blocks
/// with no header per block (a one-item list's buffer takes 16 bytes where
/// `malloc` takes 32); everything else from the system allocator. A pool
/// whose blocks are all free goes back to the thread's empty pools, for
/// any size class. Pools belong to the thread that made them; a block
/// freed by another thread is left unused (the interpreter runs on one
/// thread: only the few allocations passed to or from `main` cross).
pub struct SmallBlocks;

/// The size class of a request served from the pools.
#[inline(always)]
fn small_class(layout: std::alloc::Layout) -> Option<usize> {
    (layout.size() <= SMALL_MAX && layout.align() <= SMALL_STEP)
        .then(|| layout.size().saturating_sub(1) / SMALL_STEP)
}

#[inline(always)]
fn class_size(class: usize) -> usize {
    (class + 1) * SMALL_STEP
}

/// Does pool `p` (of class size `size`) have no block left to hand out?
///
/// # Safety
/// `p` is a pool header written by `small_new_pool`.
#[inline(always)]
unsafe fn pool_full(p: *mut Pool, size: usize) -> bool {
    // SAFETY: the caller's guarantee.
    unsafe { (*p).free.is_null() && (*p).next_offset + size > POOL_SIZE }
}

/// Put pool `p` at the front of class list `head`.
///
/// # Safety
/// `p` is a pool header in no list; `head` lists only pool headers.
unsafe fn small_link(head: &Cell<*mut Pool>, p: *mut Pool) {
    let first = head.get();
    // SAFETY: the caller's guarantee: both are pool headers.
    unsafe {
        (*p).prev = std::ptr::null_mut();
        (*p).next = first;
        if !first.is_null() {
            (*first).prev = p;
        }
    }
    head.set(p);
}

/// Take pool `p` out of class list `head`.
///
/// # Safety
/// `p` is a pool header in the list `head`.
unsafe fn small_unlink(head: &Cell<*mut Pool>, p: *mut Pool) {
    // SAFETY: the caller's guarantee: `p` and its neighbours are pool
    // headers of this list.
    unsafe {
        let (prev, next) = ((*p).prev, (*p).next);
        if prev.is_null() {
            head.set(next);
        } else {
            (*prev).next = next;
        }
        if !next.is_null() {
            (*next).prev = prev;
        }
    }
}

/// A pool whose blocks were all freed, taken off the empty list.
fn take_empty_pool(st: &SmallState) -> Option<*mut u8> {
    let p = st.empty.get();
    if p.is_null() {
        return None;
    }
    // SAFETY: the empty list holds pool headers linked through `next`.
    st.empty.set(unsafe { (*p).next });
    Some(p.cast::<u8>())
}

/// A free pool-sized, pool-aligned region: an empty pool, else the next
/// pool of the current arena, else a new arena's first; null when memory
/// is exhausted.
#[cold]
#[inline(never)]
fn take_pool(st: &SmallState) -> *mut u8 {
    if let Some(p) = take_empty_pool(st) {
        return p;
    }
    if st.arena_next.get() == st.arena_end.get() {
        // One pool more than the arena holds, so that ARENA_POOLS aligned
        // pools fit wherever the system puts it.
        let layout = std::alloc::Layout::from_size_align((ARENA_POOLS + 1) * POOL_SIZE, SMALL_STEP)
            .expect("arena layout");
        // SAFETY: the layout has a nonzero size.
        let base = unsafe { std::alloc::System.alloc(layout) };
        if base.is_null() {
            return base;
        }
        let first = (base as usize).next_multiple_of(POOL_SIZE) - base as usize;
        // SAFETY: `first` < POOL_SIZE, and first + ARENA_POOLS pools end
        // within the (ARENA_POOLS + 1) pools allocated.
        unsafe {
            st.arena_next.set(base.add(first));
            st.arena_end.set(base.add(first + ARENA_POOLS * POOL_SIZE));
        }
    }
    let next = st.arena_next.get();
    // SAFETY: `next` is a pool of the arena before `arena_end`.
    st.arena_next.set(unsafe { next.add(POOL_SIZE) });
    next
}

/// A pool for class `class`, initialized and at the front of its list;
/// null when memory is exhausted.
#[cold]
#[inline(never)]
fn small_new_pool(st: &SmallState, class: usize) -> *mut Pool {
    let p = take_pool(st).cast::<Pool>();
    if p.is_null() {
        return p;
    }
    // SAFETY: `p` is an unused, POOL_SIZE-aligned pool; its header is
    // (re)written whole before use.
    unsafe {
        p.write(Pool {
            free: std::ptr::null_mut(),
            next_offset: POOL_HEADER,
            count: 0,
            owner: st,
            next: std::ptr::null_mut(),
            prev: std::ptr::null_mut(),
        });
        small_link(&st.used[class], p);
    }
    p
}

use std::alloc::GlobalAlloc;

// SAFETY: `alloc` returns either null or a block of at least the layout's
// size and alignment that no one else uses (a pool block taken off its
// pool's free list or never used before, or the system allocator's);
// `dealloc` receives only blocks this allocator returned, with the same
// layout, so it takes the path (pool or system) the block came from.
unsafe impl GlobalAlloc for SmallBlocks {
    // Not inlined: every allocation site in the program would grow by
    // the pool code (a fifth more text, and more code pages resident).
    #[inline(never)]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        let Some(class) = small_class(layout) else {
            // SAFETY: the caller's layout has a nonzero size (GlobalAlloc's
            // contract), passed on unchanged.
            return unsafe { std::alloc::System.alloc(layout) };
        };
        SMALL.with(|st| {
            let mut p = st.used[class].get();
            if p.is_null() {
                p = small_new_pool(st, class);
                if p.is_null() {
                    return std::ptr::null_mut();
                }
            }
            let size = class_size(class);
            // SAFETY: `p` heads the class's list of pools with room: a pool
            // header of this thread with a free block or room after
            // `next_offset`; the block taken is unused and inside the pool.
            unsafe {
                let block = if (*p).free.is_null() {
                    let b = p.cast::<u8>().add((*p).next_offset);
                    (*p).next_offset += size;
                    b
                } else {
                    let b = (*p).free;
                    (*p).free = (*b).next;
                    b.cast::<u8>()
                };
                (*p).count += 1;
                if pool_full(p, size) {
                    small_unlink(&st.used[class], p);
                }
                block
            }
        })
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        let Some(class) = small_class(layout) else {
            // SAFETY: a block of this layout came from the system allocator.
            return unsafe { std::alloc::System.dealloc(ptr, layout) };
        };
        let p = (ptr as usize & !(POOL_SIZE - 1)) as *mut Pool;
        SMALL.with(|st| {
            let size = class_size(class);
            // SAFETY: a block of a small layout lies in a pool (after its
            // header), so `p` is that pool's header. A pool of another
            // thread is not touched (its lists are that thread's).
            unsafe {
                if !std::ptr::eq((*p).owner, st) {
                    return;
                }
                let was_full = pool_full(p, size);
                let block = ptr.cast::<FreeBlock>();
                block.write(FreeBlock { next: (*p).free });
                (*p).free = block;
                (*p).count -= 1;
                if (*p).count == 0 {
                    if !was_full {
                        small_unlink(&st.used[class], p);
                    }
                    (*p).next = st.empty.get();
                    st.empty.set(p);
                } else if was_full {
                    small_link(&st.used[class], p);
                }
            }
        })
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `new_size` with the old alignment is a valid layout
        // (GlobalAlloc's contract for realloc).
        let new_layout =
            unsafe { std::alloc::Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (small_class(layout), small_class(new_layout)) {
            // SAFETY: both sizes are the system allocator's, and so is `ptr`.
            (None, None) => unsafe { std::alloc::System.realloc(ptr, layout, new_size) },
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                // SAFETY: `new_layout` has a nonzero size (the contract);
                // the old block holds `layout.size()` bytes and the new
                // one `new_size`, they are distinct, and the old one is
                // freed with the layout it was allocated with.
                unsafe {
                    let fresh = self.alloc(new_layout);
                    if !fresh.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, fresh, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    fresh
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Payload;
    use crate::value::Value;

    #[test]
    fn relay_and_swap_move_values_without_touching_counts() {
        let o = PyObject::new_str("moved".to_string());
        let v = Value::Obj(o.clone()).relay();
        assert_eq!(o.refcount(), 2);
        assert!(v.is(&Value::Obj(o.clone())));
        assert!(matches!(Value::Float(2.5).relay(), Value::Float(f) if f == 2.5));
        assert!(Value::None.relay().is_none());
        let mut vals = vec![v, Value::Int(3), Value::None, Value::Float(-1.5)];
        swap_values(&mut vals, 0, 3);
        swap_values(&mut vals, 1, 2);
        swap_values(&mut vals, 2, 2);
        assert!(matches!(vals[0], Value::Float(f) if f == -1.5));
        assert!(vals[1].is_none());
        assert!(matches!(vals[2], Value::Int(3)));
        assert!(vals[3].is(&Value::Obj(o.clone())));
        assert_eq!(o.refcount(), 2);
        drop(vals);
        assert_eq!(o.refcount(), 1);
    }

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
    fn a_wide_release_is_freed_depth_first_without_the_queue() {
        // 100k lists of one list each: every inner list is freed as its
        // outer one goes (depth 3), so the trashcan of this (fresh) test
        // thread is never used; a chain deeper than NESTED_FREES is.
        let items: Vec<Value> = (0..100_000)
            .map(|i| {
                let inner = PyObject::bare(Payload::List(RefCell::new(vec![Value::Int(i)])));
                Value::Obj(PyObject::bare(Payload::List(RefCell::new(vec![
                    Value::Obj(inner),
                ]))))
            })
            .collect();
        drop(PyObject::bare(Payload::List(RefCell::new(items))));
        assert_eq!(TRASH.with(|t| t.borrow().capacity()), 0);
        let mut head = PyObject::bare(Payload::List(RefCell::new(Vec::new())));
        for _ in 0..2 * NESTED_FREES {
            head = PyObject::bare(Payload::List(RefCell::new(vec![Value::Obj(head)])));
        }
        drop(head);
        assert!(TRASH.with(|t| t.borrow().capacity()) > 0);
    }

    fn layout(size: usize) -> std::alloc::Layout {
        std::alloc::Layout::from_size_align(size, 8).unwrap()
    }

    #[test]
    fn small_blocks_are_distinct_aligned_and_reused() {
        let a = SmallBlocks;
        for size in [1, 8, 16, 17, 24, 100, 512] {
            let blocks: Vec<*mut u8> = (0..3000)
                .map(|i| {
                    // SAFETY: a nonzero size; the block is written within
                    // its size and freed below with the same layout.
                    unsafe {
                        let b = a.alloc(layout(size));
                        assert!(!b.is_null() && (b as usize).is_multiple_of(SMALL_STEP));
                        std::ptr::write_bytes(b, i as u8, size);
                        b
                    }
                })
                .collect();
            for (i, &b) in blocks.iter().enumerate() {
                // SAFETY: each block is live and `size` bytes long.
                let bytes = unsafe { std::slice::from_raw_parts(b, size) };
                assert!(bytes.iter().all(|&x| x == i as u8), "blocks overlap");
            }
            let first = blocks[0];
            for &b in &blocks {
                // SAFETY: allocated above with this layout, freed once.
                unsafe { a.dealloc(b, layout(size)) };
            }
            // SAFETY: as above.
            let again = unsafe { a.alloc(layout(size)) };
            assert!(blocks.contains(&again) || again == first);
            // SAFETY: allocated just above.
            unsafe { a.dealloc(again, layout(size)) };
        }
    }

    #[test]
    fn an_emptied_pool_serves_another_size_class() {
        let a = SmallBlocks;
        let per_pool = (POOL_SIZE - POOL_HEADER) / 32;
        // SAFETY: nonzero sizes; every block is freed once with its layout.
        unsafe {
            let blocks: Vec<*mut u8> = (0..4 * per_pool).map(|_| a.alloc(layout(32))).collect();
            let pools: std::collections::HashSet<usize> = blocks
                .iter()
                .map(|&b| b as usize & !(POOL_SIZE - 1))
                .collect();
            for &b in &blocks {
                a.dealloc(b, layout(32));
            }
            let others: Vec<*mut u8> = (0..4 * per_pool / 2).map(|_| a.alloc(layout(64))).collect();
            assert!(others
                .iter()
                .any(|&b| pools.contains(&(b as usize & !(POOL_SIZE - 1)))));
            for &b in &others {
                a.dealloc(b, layout(64));
            }
        }
    }

    #[test]
    fn realloc_keeps_the_contents_across_classes_and_sizes() {
        let a = SmallBlocks;
        // SAFETY: nonzero sizes; each step reallocates the live block with
        // its current layout and reads only within the new size.
        unsafe {
            let mut b = a.alloc(layout(16));
            std::ptr::write_bytes(b, 7, 16);
            let mut size = 16;
            for new in [20, 48, 500, 4000, 100_000, 300, 24] {
                b = a.realloc(b, layout(size), new);
                let keep = size.min(new).min(16);
                assert!(std::slice::from_raw_parts(b, keep).iter().all(|&x| x == 7));
                size = new;
            }
            a.dealloc(b, layout(size));
        }
    }

    #[test]
    fn a_block_freed_by_another_thread_is_left_alone() {
        let a = SmallBlocks;
        // SAFETY: a nonzero size; the block is handed to one other thread,
        // which frees it once with the same layout.
        let b = unsafe { a.alloc(layout(48)) } as usize;
        std::thread::spawn(move || unsafe { SmallBlocks.dealloc(b as *mut u8, layout(48)) })
            .join()
            .unwrap();
        // This thread's pools are intact: more blocks come out distinct.
        // SAFETY: as above, freed once each.
        unsafe {
            let x = a.alloc(layout(48));
            let y = a.alloc(layout(48));
            assert!(x != y && x as usize != b && y as usize != b);
            a.dealloc(x, layout(48));
            a.dealloc(y, layout(48));
        }
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
