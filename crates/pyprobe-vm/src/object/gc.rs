//! The cycle collector's lists: which container objects are tracked, in
//! which generation, and the counters that trigger collections. The
//! collection itself (reachability, finalizers, weak references, the `gc`
//! module) is `crate::gc`; this module holds the raw pointers.
//!
//! CPython counterpart: `Modules/gcmodule.c` (`_PyObject_GC_TRACK`,
//! `gc_list_*`, the generation counts).
//!
//! Invariants:
//! - A tracked object is in exactly one list, `lists[head.gen]`, at
//!   position `head.index`; the lists hold plain (uncounted) pointers.
//! - `ptr::free` calls [`on_free`] before an object's memory goes, so a
//!   pointer in a list always points to a live object.
//! - Lists 0..3 are CPython's generations; list 3 is the permanent
//!   generation of `gc.freeze()`.
//! - The state's `RefCell` is never borrowed while an object can be freed
//!   (freeing untracks, which borrows it).

use super::{Payload, PyObject, PyRef};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Number of collected generations (CPython's `NUM_GENERATIONS`).
pub const NUM_GENERATIONS: usize = 3;
/// The list of `gc.freeze()`d objects.
pub const PERMANENT: usize = 3;

/// Header bits.
const TRACKED: u8 = 1;
/// `__del__` has run (PEP 442: never twice).
const FINALIZED: u8 = 2;
/// In the generation being collected (scratch: set by `mark_reachable`,
/// cleared by `examine`).
const COLLECTING: u8 = 4;
/// Weak references point at this object (see `crate::gc` weakrefs).
const WEAKREFS: u8 = 8;
/// An instance `__dict__` that is part of its instance, as CPython 3.12's
/// inline attribute values: untracked, its contents traversed as the
/// instance's own, until the program reads `__dict__`.
const INLINE_DICT: u8 = 16;
/// The object has a `__dict__`, in the table of `dict_slot.rs`.
const SIDE_DICT: u8 = 32;
/// While [`mark_reachable`] runs: reached from outside the generation.
const REACHED: u8 = 64;
/// While [`mark_reachable`] runs: a count too large to hold its references
/// from outside beside it (always reachable).
const HUGE: u8 = 128;

/// During [`mark_reachable`] an object's count of references from outside
/// its generation (CPython's `gc_refs`) is the high half of its reference
/// count: counts below 2^32 leave it zero, and clones and drops that
/// balance out leave it alone.
const REFS_ONE: usize = 1 << 32;
const COUNT_MASK: usize = REFS_ONE - 1;
const _: () = assert!(usize::BITS == 64, "the count's high half holds gc_refs");
/// End of the stack [`mark_reachable`] links through the `index` fields.
const NO_LINK: u32 = u32::MAX;

/// The collector's fields in every object header.
#[derive(Default)]
pub struct GcHead {
    index: Cell<u32>,
    gen: Cell<u8>,
    flags: Cell<u8>,
}

impl GcHead {
    fn has(&self, bit: u8) -> bool {
        self.flags.get() & bit != 0
    }

    fn set(&self, bit: u8, on: bool) {
        let f = self.flags.get();
        self.flags.set(if on { f | bit } else { f & !bit });
    }
}

pub struct State {
    lists: [Vec<*const PyObject>; NUM_GENERATIONS + 1],
    /// Generation 0: tracked allocations minus deallocations since its
    /// last collection; older ones: collections of the next younger.
    pub count: [usize; NUM_GENERATIONS],
    pub threshold: [usize; NUM_GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    /// CPython's rule for full collections: only when the objects that
    /// survived generation-1 collections since the last full one exceed
    /// 25% of those that survived it.
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
}

thread_local! {
    static STATE: RefCell<State> = const {
        RefCell::new(State {
            lists: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
            count: [0; NUM_GENERATIONS],
            threshold: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_total: 0,
            long_lived_pending: 0,
        })
    };
    /// An automatic collection is due (checked at the evaluator's safe
    /// points together with pending finalizers).
    static DUE: Cell<bool> = const { Cell::new(false) };
    /// The live weak references to each object (by address), oldest
    /// first; objects in it have the WEAKREFS header bit.
    static WEAKREFS_OF: RefCell<HashMap<usize, Vec<*const PyObject>>> =
        RefCell::new(HashMap::new());
    /// Weak references whose referent died, with their callbacks, for the
    /// next safe point. Never dropped (see `ptr.rs`'s FINALIZE).
    static CALLBACKS: std::mem::ManuallyDrop<RefCell<Vec<(PyRef, crate::value::Value)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
}

/// Run `f` with the collector's counters and settings.
pub fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Is an automatic collection due?
#[inline]
pub fn collection_due() -> bool {
    DUE.with(|d| d.get())
}

pub fn clear_due() {
    DUE.with(|d| d.set(false));
}

/// Does an object of this payload take part in cycles (CPython: its type
/// has `Py_TPFLAGS_HAVE_GC`)? Strings, numbers, bytes, ranges and code
/// objects are atoms; built-in types are static. An instance of a
/// subclass (a class of its own) refers to its class and may have a
/// `__dict__`: a container whatever its payload.
#[inline(always)]
fn is_container(obj: &PyObject) -> bool {
    if obj.class.is_some() {
        return true;
    }
    match &obj.payload {
        Payload::Str(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range { .. }
        | Payload::BigRange(_)
        | Payload::Code(_)
        | Payload::NotImplemented
        | Payload::Ellipsis => false,
        // The empty tuple is never tracked (CPython's is a singleton).
        Payload::Tuple(items) => !items.is_empty(),
        Payload::Type(t) => !t.builtin,
        _ => true,
    }
}

/// Could `v` take part in a cycle (CPython's `_PyObject_GC_MAY_BE_TRACKED`:
/// a container type, and for tuples one still tracked)?
pub fn may_be_tracked(v: &crate::value::Value) -> bool {
    let crate::value::Value::Obj(o) = v else {
        return false;
    };
    match &o.payload {
        Payload::Tuple(_) => o.gc.has(TRACKED),
        _ => is_container(o) || o.gc.has(INLINE_DICT),
    }
}

/// Track a newly allocated object if it is a container
/// (`PyRef::new_in_place`; inlined, so that a payload known at the call
/// site decides at compile time).
#[inline(always)]
pub(super) fn on_alloc(obj: &PyObject) {
    if is_container(obj) {
        track(obj);
    }
}

/// Track `obj` again after a full collection untracked it (a recycled
/// result tuple): into generation 0, not counted as an allocation
/// (CPython's `_PyObject_GC_TRACK`).
pub fn retrack(obj: &PyObject) {
    if obj.gc.has(TRACKED) {
        return;
    }
    obj.gc.set(TRACKED, true);
    STATE.with(|s| push(&mut s.borrow_mut(), 0, obj));
}

/// Start tracking `obj` in generation 0 (no-op when tracked).
pub fn track(obj: &PyObject) {
    if obj.gc.has(TRACKED) {
        return;
    }
    obj.gc.set(TRACKED, true);
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        push(&mut s, 0, obj);
        s.count[0] += 1;
        if s.count[0] > s.threshold[0] && s.threshold[0] > 0 && s.enabled && !s.collecting {
            DUE.with(|d| d.set(true));
            super::ptr::signal_safe_point();
        }
    });
}

fn push(s: &mut State, gen: usize, obj: &PyObject) {
    let list = &mut s.lists[gen];
    obj.gc
        .index
        .set(u32::try_from(list.len()).unwrap_or(u32::MAX));
    obj.gc.gen.set(gen as u8);
    list.push(obj as *const PyObject);
}

fn remove(s: &mut State, obj: &PyObject) {
    let list = &mut s.lists[obj.gc.gen.get() as usize];
    let i = obj.gc.index.get() as usize;
    if list.get(i).copied() != Some(obj as *const PyObject) {
        return;
    }
    list.swap_remove(i);
    if let Some(&moved) = list.get(i) {
        // SAFETY: every pointer in a list is a live object (module
        // invariant: freeing an object removes it first).
        unsafe { (*moved).gc.index.set(i as u32) };
    }
}

/// Stop tracking `obj` (no-op when untracked).
pub fn untrack(obj: &PyObject) {
    if !obj.gc.has(TRACKED) {
        return;
    }
    obj.gc.set(TRACKED, false);
    STATE.with(|s| remove(&mut s.borrow_mut(), obj));
}

/// The object is being freed: leave the lists (a deallocation counts
/// against generation 0, as CPython's `PyObject_GC_Del`); a weak
/// reference leaves its referent's list; weak references to it die, their
/// callbacks queued for the next safe point (newest first, as CPython).
pub(super) fn on_free(obj: &PyObject) {
    if let Payload::WeakRef(_) = &obj.payload {
        weakref_clear(obj);
    }
    if obj.gc.has(WEAKREFS) {
        for (wr, cb) in kill_weakrefs(obj) {
            if !cb.is_none() {
                CALLBACKS.with(|q| q.borrow_mut().push((wr, cb)));
                super::ptr::signal_safe_point();
            }
        }
    }
    if obj.gc.has(TRACKED) {
        obj.gc.set(TRACKED, false);
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            remove(&mut s, obj);
            s.count[0] = s.count[0].saturating_sub(1);
        });
    }
}

impl PyObject {
    pub fn gc_is_tracked(&self) -> bool {
        self.gc.has(TRACKED)
    }

    pub fn gc_generation(&self) -> usize {
        self.gc.gen.get() as usize
    }

    pub fn gc_is_finalized(&self) -> bool {
        self.gc.has(FINALIZED)
    }

    pub fn gc_set_finalized(&self) {
        self.gc.set(FINALIZED, true);
    }

    /// Did [`mark_reachable`] find the object reachable from outside its
    /// generation? (Meaningful inside [`examine`], after it.)
    pub fn gc_reached(&self) -> bool {
        self.gc.has(REACHED)
    }

    /// Position in its generation's list (meaningful while tracked).
    pub fn gc_index(&self) -> usize {
        self.gc.index.get() as usize
    }

    pub fn gc_has_weakrefs(&self) -> bool {
        self.gc.has(WEAKREFS)
    }

    pub fn gc_set_has_weakrefs(&self, on: bool) {
        self.gc.set(WEAKREFS, on);
    }

    /// Does the object have a `__dict__` (kept by `dict_slot.rs`)?
    #[inline(always)]
    pub fn gc_has_side_dict(&self) -> bool {
        self.gc.has(SIDE_DICT)
    }

    pub(super) fn gc_set_side_dict(&self, on: bool) {
        self.gc.set(SIDE_DICT, on);
    }

    /// Is this an instance dict still part of its instance?
    pub fn gc_is_inline_dict(&self) -> bool {
        self.gc.has(INLINE_DICT)
    }

    /// Make `dict` part of its instance: untracked, traversed through it.
    pub fn gc_make_inline_dict(&self) {
        untrack(self);
        self.gc.set(INLINE_DICT, true);
    }

    /// The program reads the instance's `__dict__`: from now on it is an
    /// object of its own (CPython materializes it), tracked as any dict.
    pub fn gc_materialize_dict(&self) {
        if self.gc.has(INLINE_DICT) {
            self.gc.set(INLINE_DICT, false);
            track(self);
        }
    }
}

/// Strong references to the objects of list `gen`, in list order.
fn snapshot(s: &State, gen: usize) -> Vec<PyRef> {
    s.lists[gen]
        .iter()
        // SAFETY: list pointers are live objects (module invariant).
        .map(|&p| unsafe { PyRef::from_tracked(p) })
        .collect()
}

/// Move every object of list `from` to list `into`. The longer list stays
/// where it is and the shorter one's objects are appended to it, so a
/// merge never builds a second list the size of the larger one. (Order
/// within a generation means nothing: removals already swap.)
fn merge(s: &mut State, from: usize, into: usize) {
    let mut moved = std::mem::take(&mut s.lists[from]);
    if moved.len() > s.lists[into].len() {
        for &p in &moved {
            // SAFETY: list pointers are live objects (module invariant).
            unsafe { (*p).gc.gen.set(into as u8) };
        }
        // Its objects keep their positions; the other list's follow.
        std::mem::swap(&mut moved, &mut s.lists[into]);
    }
    s.lists[into].reserve(moved.len());
    for p in moved {
        // SAFETY: list pointers are live objects (module invariant).
        push(s, into, unsafe { &*p });
    }
}

/// Begin collecting generation `gen`: the younger lists are merged into
/// it. Its objects are then seen through [`examine`] (where
/// [`mark_reachable`] marks them COLLECTING), until [`end_collection`].
pub fn begin_collection(gen: usize) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for young in 0..gen {
            merge(&mut s, young, gen);
        }
        // CPython: counts of this and younger generations restart, the
        // next older one counts this collection.
        for c in &mut s.count[..=gen] {
            *c = 0;
        }
        if gen + 1 < NUM_GENERATIONS {
            s.count[gen + 1] += 1;
        }
    })
}

/// Find which objects of generation `gen` are reachable from outside it
/// ([`mark_reachable`], with `children` as its way to an object's
/// references), then call `each(i, o, reached)` for every object, in list
/// order (`i` is its position), as its header is restored: `each` returns
/// whether it wants a strong reference to the object (the garbage), and
/// those come back. No reference count or vector of its own per object,
/// and one pass over the headers after the marking. The lists stay
/// borrowed meanwhile: neither function may track, untrack or free a
/// tracked object (any of those panics).
pub fn examine(
    gen: usize,
    children: impl FnMut(&PyObject, &mut dyn FnMut(&PyObject)),
    mut each: impl FnMut(u32, &PyObject, bool) -> bool,
) -> Vec<PyRef> {
    STATE.with(|s| {
        let s = s.borrow();
        let list: &[*const PyObject] = &s.lists[gen];
        // SAFETY: `*const PyObject` and `&PyObject` have the same size,
        // alignment and representation, and every pointer in a list is a
        // live object (module invariant), non-null. None is freed while
        // the shared borrow `s` lives: freeing a tracked object removes
        // it from its list first, which needs the state mutably and
        // panics instead; so the references stay valid for both closures.
        let objs: &[&PyObject] =
            unsafe { &*(list as *const [*const PyObject] as *const [&PyObject]) };
        mark_reachable(objs, children);
        let mut wanted = Vec::new();
        // Undo what `mark_reachable` kept in the headers, in the pass that
        // reports them (each header is a cache miss in a large generation).
        for (i, o) in objs.iter().enumerate() {
            let reached = o.gc.has(REACHED);
            o.gc.index.set(i as u32);
            if !o.gc.has(HUGE) {
                o.refcnt.set(o.refcnt.get() & COUNT_MASK);
            }
            o.gc.set(REACHED | HUGE | COLLECTING, false);
            if each(i as u32, o, reached) {
                wanted.push(i as u32);
            }
        }
        wanted
            .into_iter()
            // SAFETY: positions in the list are live objects, as above.
            .map(|i| unsafe { PyRef::from_tracked(list[i as usize]) })
            .collect()
    })
}

/// Mark the objects of the generation being examined (`objs`, the list
/// [`examine`] reads) that are reachable from outside it (CPython's
/// `update_refs`, `subtract_refs` and `move_unreachable`). Each member is
/// first marked COLLECTING (what tells a member from an outsider); the count of
/// references from outside kept in each header, minus the references
/// `children` reports from members (`children(o, f)` calls `f(c)` for each
/// member `c` that `o` refers to); members left with some, and all they
/// reach, get [`PyObject::gc_reached`]. No memory of its own: the members
/// reached but not yet visited form a stack linked through their `index`
/// fields, which [`examine`] restores, with the counts, when `f` returns.
fn mark_reachable(
    objs: &[&PyObject],
    mut children: impl FnMut(&PyObject, &mut dyn FnMut(&PyObject)),
) {
    for o in objs {
        o.gc.set(COLLECTING, true);
        let rc = o.refcnt.get();
        if rc > COUNT_MASK {
            o.gc.set(HUGE, true);
        } else {
            o.refcnt.set(rc | rc << 32);
        }
    }
    for o in objs {
        children(o, &mut |c| {
            let rc = c.refcnt.get();
            if c.gc.has(COLLECTING) && rc >= REFS_ONE && !c.gc.has(HUGE) {
                c.refcnt.set(rc - REFS_ONE);
            }
        });
    }
    for root in objs {
        if root.gc.has(REACHED) || (root.refcnt.get() < REFS_ONE && !root.gc.has(HUGE)) {
            continue;
        }
        let mut top = NO_LINK;
        let push = |c: &PyObject, top: &mut u32| {
            c.gc.set(REACHED, true);
            *top = c.gc.index.replace(*top);
        };
        push(root, &mut top);
        while top != NO_LINK {
            let o = objs[top as usize];
            top = o.gc.index.get();
            children(o, &mut |c| {
                if c.gc.has(COLLECTING) && !c.gc.has(REACHED) {
                    push(c, &mut top);
                }
            });
        }
    }
}

/// Stop tracking the objects at `positions` of generation `gen` (after
/// [`examine`], which cleared their scratch marks).
pub fn untrack_at(gen: usize, mut positions: Vec<u32>) {
    // From the last: removing one moves the list's last object into its
    // place, which is past every position still to come.
    positions.sort_unstable_by(|a, b| b.cmp(a));
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for i in positions {
            let Some(&p) = s.lists[gen].get(i as usize) else {
                continue;
            };
            // SAFETY: list pointers are live objects (module invariant).
            let obj = unsafe { &*p };
            obj.gc.set(TRACKED, false);
            remove(&mut s, obj);
        }
    })
}

/// End the collection of `gen`: unless it is the oldest generation, its
/// objects move to the next older one.
pub fn end_collection(gen: usize) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if gen + 1 < NUM_GENERATIONS {
            let survivors = s.lists[gen].len();
            if gen + 1 == NUM_GENERATIONS - 1 {
                s.long_lived_pending += survivors;
            }
            merge(&mut s, gen, gen + 1);
        } else {
            s.long_lived_pending = 0;
            s.long_lived_total = s.lists[gen].len();
        }
    });
}

/// Strong references to the objects of generation `gen` (or of all three
/// when None), for `gc.get_objects`.
pub fn objects(gen: Option<usize>) -> Vec<PyRef> {
    STATE.with(|s| {
        let s = s.borrow();
        match gen {
            Some(g) => snapshot(&s, g),
            None => (0..NUM_GENERATIONS).flat_map(|g| snapshot(&s, g)).collect(),
        }
    })
}

/// Number of objects in list `gen` (a generation or PERMANENT).
pub fn list_len(gen: usize) -> usize {
    STATE.with(|s| s.borrow().lists[gen].len())
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for g in 0..NUM_GENERATIONS {
            merge(&mut s, g, PERMANENT);
            s.count[g] = 0;
        }
    });
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest.
pub fn unfreeze() {
    STATE.with(|s| {
        merge(&mut s.borrow_mut(), PERMANENT, NUM_GENERATIONS - 1);
    });
}

// ---- weak references -------------------------------------------------------

/// Register the new weak reference `wr` (a `Payload::WeakRef` whose target
/// is set) with its referent `target`.
pub fn weakref_register(target: &PyObject, wr: &PyObject) {
    target.gc.set(WEAKREFS, true);
    WEAKREFS_OF.with(|m| {
        m.borrow_mut()
            .entry(target as *const PyObject as usize)
            .or_default()
            .push(wr as *const PyObject)
    });
}

/// The weak references to `target`, oldest first (new references).
pub fn weakrefs_of(target: &PyObject) -> Vec<PyRef> {
    if !target.gc.has(WEAKREFS) {
        return Vec::new();
    }
    WEAKREFS_OF.with(|m| {
        m.borrow()
            .get(&(target as *const PyObject as usize))
            // SAFETY: registered weak references are live: a weak
            // reference leaves the registry when it is freed (on_free).
            .map(|v| {
                v.iter()
                    .map(|&p| unsafe { PyRef::from_tracked(p) })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The referent of weak reference `wr`, if it is alive.
pub fn weakref_target(wr: &PyObject) -> Option<PyRef> {
    let Payload::WeakRef(w) = &wr.payload else {
        return None;
    };
    let p = w.target.get();
    if p.is_null() {
        return None;
    }
    // SAFETY: a non-null target is alive: its weak references are cleared
    // (target set to null) before it is freed (on_free, kill_weakrefs).
    Some(unsafe { PyRef::from_tracked(p) })
}

/// Detach weak reference `wr` from its referent (it is freed or cleared).
pub fn weakref_clear(wr: &PyObject) {
    let Payload::WeakRef(w) = &wr.payload else {
        return;
    };
    let p = w.target.replace(std::ptr::null());
    if p.is_null() {
        return;
    }
    WEAKREFS_OF.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(v) = m.get_mut(&(p as usize)) {
            v.retain(|&x| !std::ptr::eq(x, wr));
            if v.is_empty() {
                m.remove(&(p as usize));
                // SAFETY: `p` was the live target (see weakref_target).
                unsafe { (*p).gc.set(WEAKREFS, false) };
            }
        }
    });
}

/// Clear every weak reference to `target` (it is dying): each with its
/// callback, newest first.
pub fn kill_weakrefs(target: &PyObject) -> Vec<(PyRef, crate::value::Value)> {
    target.gc.set(WEAKREFS, false);
    let refs = WEAKREFS_OF.with(|m| {
        m.borrow_mut()
            .remove(&(target as *const PyObject as usize))
            .unwrap_or_default()
    });
    let mut out = Vec::new();
    for &p in refs.iter().rev() {
        // SAFETY: registered weak references are live (see weakrefs_of).
        let wr = unsafe { PyRef::from_tracked(p) };
        if let Payload::WeakRef(w) = &wr.payload {
            w.target.set(std::ptr::null());
            let cb = w.callback.borrow().clone();
            out.push((wr, cb));
        }
    }
    out
}

/// Weak-reference callbacks due (referents freed since the last call).
pub fn take_weakref_callbacks() -> Vec<(PyRef, crate::value::Value)> {
    CALLBACKS.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

pub fn has_weakref_callbacks() -> bool {
    CALLBACKS.with(|q| !q.borrow().is_empty())
}

/// The interpreter finished starting: the objects made so far (types,
/// modules, builtins) live for the whole run, so they start in the oldest
/// generation, the counts start at zero, and automatic collection (off
/// while starting) is enabled.
pub fn settle_startup() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for g in 0..NUM_GENERATIONS - 1 {
            for p in std::mem::take(&mut s.lists[g]) {
                // SAFETY: list pointers are live objects (module invariant).
                push(&mut s, NUM_GENERATIONS - 1, unsafe { &*p });
            }
        }
        s.count = [0; NUM_GENERATIONS];
        s.long_lived_total = s.lists[NUM_GENERATIONS - 1].len();
        s.enabled = true;
    });
    DUE.with(|d| d.set(false));
}

/// An untracked weak reference to `target` without callback, for the
/// runtime's own bookkeeping (a class's subclass list, as CPython's
/// `tp_subclasses`): never garbage, never counted.
pub fn internal_weakref(target: &PyRef) -> PyRef {
    let wr = PyObject::bare(Payload::WeakRef(Box::new(super::WeakRefData {
        target: Cell::new(&**target as *const PyObject),
        callback: RefCell::new(crate::value::Value::None),
        hash: Cell::new(None),
    })));
    untrack(&wr);
    weakref_register(target, &wr);
    wr
}
