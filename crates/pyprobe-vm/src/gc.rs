//! The generational cycle collector: CPython 3.12's algorithm over the
//! objects' `traverse`/`clear` hooks and the lists of `object::gc`.
//!
//! CPython counterpart: `Modules/gcmodule.c` (`gc_collect_main`,
//! `update_refs`, `subtract_refs`, `move_unreachable`,
//! `finalize_garbage`, `handle_resurrected_objects`, `delete_garbage`).
//!
//! A collection of generation N:
//! 1. merges the younger generations into N and takes a strong reference
//!    to each object in it (so nothing in it can be freed meanwhile);
//! 2. `refs[i]` = the object's count minus that reference, minus the
//!    references from other objects of the generation (`traverse`): what
//!    is left are references from outside (frames, other generations, Rust);
//! 3. objects with outside references, and everything they reach, are
//!    reachable; the rest is garbage;
//! 4. survivors move to generation N+1;
//! 5. weak references to the garbage are cleared (callbacks of reachable
//!    weak references called), `__del__` runs once per object (PEP 442),
//!    and step 2–3 are redone inside the garbage so that objects a
//!    finalizer resurrected survive;
//! 6. what remains is counted, then each object's `clear` drops its
//!    references, which frees the cycle (or, with `DEBUG_SAVEALL`, it goes
//!    to `gc.garbage`).
//!
//! An instance's `__dict__` is part of the instance (CPython 3.12's inline
//! values): it is untracked and its contents are traversed as the
//! instance's own while only the instance refers to it, so a cycle of two
//! instances counts 2.
//!
//! Collections run only at safe points: `gc.collect()`, and the
//! evaluator's checks of `has_pending_finalizers` (stores, deletes, pops
//! of the value stack), which also report a due automatic collection.

use crate::object::gc::{self as lists, NUM_GENERATIONS};
use crate::object::{tflags, Payload, PyObject, PyRef};
use crate::probes;
use crate::value::Value;
use crate::vm::Vm;
use std::collections::HashMap;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

/// The `gc` module's state that lives with the interpreter.
#[derive(Default)]
pub struct GcModuleState {
    /// `gc.garbage` and `gc.callbacks` (made with the module).
    pub garbage: Option<PyRef>,
    pub callbacks: Option<PyRef>,
    pub debug: i64,
    pub stats: [GenStats; NUM_GENERATIONS],
}

/// Visit the objects `o` refers to, seeing through an instance's inline
/// `__dict__` (its contents count as the instance's own references while
/// nothing else holds the dict; the traversal's own temporary reference
/// makes that a count of 2).
fn visit_refs(o: &PyObject, f: &mut dyn FnMut(&PyObject)) {
    o.traverse(&mut |v| {
        if let Value::Obj(c) = v {
            if c.gc_is_inline_dict() && c.refcount() <= 2 {
                visit_refs(c, f);
            } else {
                f(c);
            }
        }
    });
}

/// Does `o` hold only atoms? Such dicts and tuples are untracked in
/// CPython (dicts from creation until a container is stored in them,
/// tuples from the first collection that sees them), so they are neither
/// garbage nor counted.
fn holds_only_atoms(o: &PyObject) -> bool {
    if o.class.is_some() {
        return false;
    }
    match &o.payload {
        Payload::Dict(d) => !d.is_cyclic(),
        Payload::Tuple(items) => !items.iter().any(lists::may_be_tracked),
        _ => false,
    }
}

/// Objects CPython keeps beside `o` that pyprobe stores inline, and that
/// CPython counts when they are garbage with it: a function's closure
/// tuple (of cells: always tracked); a class's `__mro__` (it holds the
/// class), its `__bases__` (see `BASES_UNTRACKED`), its namespace dict when
/// that is tracked, and the `__dict__`/`__weakref__` descriptors it
/// introduces.
fn companions(o: &PyObject) -> usize {
    match &o.payload {
        Payload::Function(f, _) => usize::from(f.closure.as_ref().is_some_and(|c| !c.is_empty())),
        Payload::Type(t) if !t.builtin => {
            let getsets = usize::from(slots::adds_dict(t)) + usize::from(slots::adds_weakref(t));
            let dict = usize::from(getsets > 0 || t.dict.is_cyclic());
            let bases_untracked =
                bases_all_builtin(t) && t.flags.get() & tflags::BASES_UNTRACKED != 0;
            getsets + dict + 1 + usize::from(!bases_untracked)
        }
        _ => 0,
    }
}

/// Which instance slots a class introduces, as CPython's `type_new` decides
/// them: `__dict__` when no base has one, `__weakref__` when no base has
/// one and instances are fixed-size; with `__slots__`, only those it names.
mod slots {
    use crate::object::{BaseKind, Payload, PyRef, TypeData};
    use crate::value::Value;

    pub fn adds_dict(t: &TypeData) -> bool {
        names(t, "__dict__") && !best_base(t).is_some_and(|b| has_dict(&b))
    }

    pub fn adds_weakref(t: &TypeData) -> bool {
        names(t, "__weakref__") && !best_base(t).is_some_and(|b| has_weakref(&b) || is_varsize(&b))
    }

    /// CPython's `best_base`, the base whose layout the class extends: the
    /// first with a built-in layout other than `object`'s, else the first.
    fn best_base(t: &TypeData) -> Option<PyRef> {
        let bases = t.bases.borrow();
        let laid_out = |b: &&PyRef| b.type_data().is_some_and(|bt| bt.base != BaseKind::Object);
        bases.iter().find(laid_out).or(bases.first()).cloned()
    }

    /// No `__slots__`, or `__slots__` naming `slot`.
    fn names(t: &TypeData, slot: &str) -> bool {
        let Some(declared) = t.dict.get_str("__slots__") else {
            return true;
        };
        if let Some(s) = declared.as_str() {
            return s == slot;
        }
        let items: Vec<Value> = match declared.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        items.iter().any(|v| v.as_str() == Some(slot))
    }

    /// Whether instances of `cls` have the slot: for a built-in class by
    /// its layout (`builtin`), for a class when it introduces the slot
    /// (`own`) or its best base has it.
    fn inherits(cls: &PyRef, builtin: fn(BaseKind) -> bool, own: fn(&TypeData) -> bool) -> bool {
        let Some(t) = cls.type_data() else {
            return false;
        };
        if t.builtin {
            return builtin(t.base);
        }
        own(t) || best_base(t).is_some_and(|b| inherits(&b, builtin, own))
    }

    fn has_dict(cls: &PyRef) -> bool {
        let builtin = |k| {
            matches!(
                k,
                BaseKind::Exception | BaseKind::Type | BaseKind::Function | BaseKind::Module
            )
        };
        inherits(cls, builtin, adds_dict)
    }

    fn has_weakref(cls: &PyRef) -> bool {
        let builtin = |k| {
            matches!(
                k,
                BaseKind::Type
                    | BaseKind::Function
                    | BaseKind::Module
                    | BaseKind::Set
                    | BaseKind::FrozenSet
            )
        };
        inherits(cls, builtin, adds_weakref)
    }

    /// Instances of variable size (CPython's `tp_itemsize` != 0).
    fn is_varsize(cls: &PyRef) -> bool {
        let builtin = |k| {
            matches!(
                k,
                BaseKind::Int | BaseKind::Bool | BaseKind::Tuple | BaseKind::Bytes | BaseKind::Type
            )
        };
        inherits(cls, builtin, |_| false)
    }
}

/// Are all the bases of class `t` built-in types (untracked in CPython)?
fn bases_all_builtin(t: &crate::object::TypeData) -> bool {
    t.bases
        .borrow()
        .iter()
        .all(|b| b.type_data().is_some_and(|bt| bt.builtin))
}

/// CPython's `move_unreachable` over counts: `refs[i]` is member i's
/// count of references from outside the set (`update_refs` minus
/// `subtract_refs`, never below zero); members with outside references
/// and everything they reach end with a negative entry ([`reached`]).
/// `children(i, f)` calls `f(j)` for each member j that member i refers
/// to. No memory besides `refs`: the members reached but not yet visited
/// form a stack linked through their own entries, `-(next + 2)` (next is
/// the member below, -1 at the bottom), and a visited member's entry is
/// [`REACHED`]. (Positions fit: a list of 2^31 objects would fill 128 GiB.)
fn move_unreachable(refs: &mut [i32], mut children: impl FnMut(usize, &mut dyn FnMut(usize))) {
    let link = |next: i64| -> i32 { (-(next + 2)) as i32 };
    for root in 0..refs.len() {
        if refs[root] <= 0 {
            continue;
        }
        let mut top = root as i64;
        refs[root] = link(-1);
        while top >= 0 {
            let i = top as usize;
            top = -(refs[i] as i64) - 2;
            refs[i] = REACHED;
            children(i, &mut |j| {
                if refs[j] >= 0 {
                    refs[j] = link(top);
                    top = j as i64;
                }
            });
        }
    }
}

/// The entry [`move_unreachable`] leaves on a visited member.
const REACHED: i32 = i32::MIN;

/// Did [`move_unreachable`] reach the member with this entry?
fn reached(r: i32) -> bool {
    r < 0
}

/// An object's count less the references `held` by the collector, as the
/// starting value of its `refs` entry (a count over `i32::MAX` is
/// reachable from outside however many members refer to it).
fn outside_count(o: &PyObject, held: i32) -> i32 {
    i32::try_from(o.refcount()).unwrap_or(i32::MAX) - held
}

/// The references inside `set` (by identity) to members of `set`,
/// subtracted from their counts: true for members reachable from
/// outside, i.e. `set[i]` and what it reaches, false for the rest.
/// `held` is the number of references the caller itself holds to each.
fn outside_reachable(set: &[PyRef], held: i32) -> Vec<bool> {
    let index: HashMap<usize, usize> = set.iter().enumerate().map(|(i, o)| (o.id(), i)).collect();
    let member = |c: &PyObject| index.get(&(c as *const PyObject as usize)).copied();
    let mut refs: Vec<i32> = set.iter().map(|o| outside_count(o, held)).collect();
    for o in set {
        visit_refs(o, &mut |c| {
            if let Some(j) = member(c) {
                refs[j] = (refs[j] - 1).max(0);
            }
        });
    }
    move_unreachable(&mut refs, |i, f| {
        visit_refs(&set[i], &mut |c| {
            if let Some(j) = member(c) {
                f(j);
            }
        })
    });
    refs.into_iter().map(reached).collect()
}

impl Vm {
    /// Run the automatic collection that allocations made due, choosing
    /// the generation as CPython's `gc_collect_generations`.
    #[cold]
    pub fn collect_if_due(&mut self) {
        lists::clear_due();
        let gen = lists::with_state(|s| {
            if !s.enabled || s.collecting {
                return None;
            }
            (0..NUM_GENERATIONS).rev().find(|&i| {
                s.count[i] > s.threshold[i]
                    && !(i == NUM_GENERATIONS - 1 && s.long_lived_pending < s.long_lived_total / 4)
            })
        });
        if let Some(gen) = gen {
            self.gc_collect(gen);
        }
    }

    /// Collect generation `gen` with `gc.callbacks`, probes and
    /// statistics: the number of unreachable objects found (0 when a
    /// collection is already running).
    pub fn gc_collect(&mut self, gen: usize) -> usize {
        let busy = lists::with_state(|s| std::mem::replace(&mut s.collecting, true));
        if busy {
            return 0;
        }
        self.gc_callbacks("start", gen, 0, 0);
        probes::gc_start(gen as i32);
        let collected = self.collect_generation(gen);
        let st = &mut self.gc_state.stats[gen];
        st.collections += 1;
        st.collected += collected;
        probes::gc_done(collected as i64);
        self.gc_callbacks("stop", gen, collected, 0);
        lists::with_state(|s| s.collecting = false);
        collected
    }

    /// Call each of `gc.callbacks` with (phase, info); errors are
    /// reported as unraisable, as CPython's `invoke_gc_callback`.
    fn gc_callbacks(&mut self, phase: &str, gen: usize, collected: usize, uncollectable: usize) {
        let Some(cbs) = self.gc_state.callbacks.clone() else {
            return;
        };
        let cbs: Vec<Value> = match &cbs.payload {
            Payload::List(l) => l.borrow().clone(),
            _ => return,
        };
        if cbs.is_empty() {
            return;
        }
        let info = self.new_dict();
        let d = crate::typeobj::dict_of(&info);
        d.set_str(Value::str("generation"), Value::Int(gen as i64));
        d.set_str(Value::str("collected"), Value::Int(collected as i64));
        d.set_str(
            Value::str("uncollectable"),
            Value::Int(uncollectable as i64),
        );
        let args = [Value::str(phase), Value::Obj(info)];
        for cb in cbs {
            if let Err(e) = self.call(&cb, &args) {
                self.write_unraisable(&e, &cb);
            }
        }
    }

    /// Print an exception nobody can catch (`sys.unraisablehook`'s
    /// default): "Exception ignored in: <obj>" and the traceback.
    pub fn write_unraisable(&mut self, e: &crate::PyErr, obj: &Value) {
        let text = self.format_exception(&e.exc);
        let r = self.repr_string(obj).unwrap_or_default();
        eprint!("Exception ignored in: {r}\n{text}");
    }

    /// The collection proper; returns the number of objects found
    /// unreachable.
    fn collect_generation(&mut self, gen: usize) -> usize {
        // 1-3: references from outside the generation, reachability. A
        // full collection first empties the attribute cache, whose
        // references to classes would otherwise keep every class alive.
        if gen == NUM_GENERATIONS - 1 {
            crate::typeobj::flush_cache();
        }
        lists::begin_collection(gen);
        let mut untrack = Vec::new();
        let garbage = lists::examine(gen, visit_refs, |i, o, reached| {
            if !reached {
                return !holds_only_atoms(o);
            }
            // 4: survivors move up a generation (`end_collection`);
            // tuples of atoms stop being tracked (CPython's
            // untrack_tuples).
            if let Payload::Type(t) = &o.payload {
                if !t.builtin && bases_all_builtin(t) {
                    t.flags.set(t.flags.get() | tflags::BASES_UNTRACKED);
                }
            }
            if o.class.is_none() {
                match &o.payload {
                    Payload::Tuple(_) if holds_only_atoms(o) => untrack.push(i),
                    // Only full collections untrack dicts (CPython: issue #14775).
                    Payload::Dict(d) if gen == NUM_GENERATIONS - 1 => d.untrack_if_atoms(),
                    _ => {}
                }
            }
            false
        });
        lists::untrack_at(gen, untrack);
        lists::end_collection(gen);
        if garbage.is_empty() {
            return 0;
        }

        // 5: weak references, finalizers, resurrection.
        let freed_weakrefs = self.clear_weakrefs_to(&garbage);
        let mut finalized = false;
        for o in &garbage {
            if o.gc_is_finalized() {
                continue;
            }
            finalized |= self.finalize(o);
        }
        let garbage = if finalized {
            // Objects the finalizers left with no other reference are freed
            // now, as CPython frees them during finalization (so they are
            // not counted), and their release may free more.
            let mut slots: Vec<Option<PyRef>> = garbage.into_iter().map(Some).collect();
            loop {
                let mut freed = false;
                for slot in &mut slots {
                    if slot.as_ref().is_some_and(|o| o.refcount() == 1) {
                        *slot = None;
                        freed = true;
                    }
                }
                if !freed {
                    break;
                }
            }
            let garbage: Vec<PyRef> = slots.into_iter().flatten().collect();
            let alive = outside_reachable(&garbage, 1);
            garbage
                .into_iter()
                .zip(alive)
                .filter(|(_, a)| !a)
                .map(|(o, _)| o)
                .collect()
        } else {
            garbage
        };

        // 6: count, then break the cycles.
        let collected =
            freed_weakrefs + garbage.len() + garbage.iter().map(|o| companions(o)).sum::<usize>();
        if self.gc_state.debug & DEBUG_SAVEALL != 0 {
            if let Some(g) = self.gc_state.garbage.clone() {
                if let Payload::List(l) = &g.payload {
                    l.borrow_mut()
                        .extend(garbage.iter().cloned().map(Value::Obj));
                }
            }
        } else {
            for o in &garbage {
                let released = o.clear();
                drop(released);
            }
        }
        drop(garbage);
        self.run_finalizers();
        collected
    }

    /// Run `o`'s finalizer if it has one (`__del__`, or closing a suspended
    /// generator), marking it finalized first; true when one ran.
    pub fn finalize(&mut self, o: &PyRef) -> bool {
        let v = Value::Obj(o.clone());
        if matches!(o.payload, Payload::Generator(_)) {
            if !o.needs_finalizer() {
                return false;
            }
            o.gc_set_finalized();
            if let Some(name) = crate::builtins::coroutine::never_awaited(&v) {
                self.warn_never_awaited(&name);
                return true;
            }
            if let Err(e) = self.gen_close(&v) {
                self.write_unraisable(&e, &v);
            }
            return true;
        }
        let Some(cls) = o.class.clone() else {
            return false;
        };
        let Some(del) = crate::typeobj::lookup(&cls, &Value::str("__del__")) else {
            return false;
        };
        o.gc_set_finalized();
        if let Err(e) = self.call(&del, std::slice::from_ref(&v)) {
            self.write_unraisable(&e, &del);
        }
        true
    }

    /// Clear the weak references to objects about to be collected and
    /// call the callbacks of those weak references that are not garbage
    /// themselves (CPython's `handle_weakrefs`). Returns how many of those
    /// weak references their callback freed (CPython counts them).
    fn clear_weakrefs_to(&mut self, garbage: &[PyRef]) -> usize {
        let ids: std::collections::HashSet<usize> = garbage.iter().map(|o| o.id()).collect();
        for o in garbage {
            if let Payload::WeakRef(_) = &o.payload {
                // A weak reference that is trash itself never calls back.
                lists::weakref_clear(o);
            }
        }
        let mut calls = Vec::new();
        for o in garbage {
            if o.gc_has_weakrefs() {
                for (wr, cb) in lists::kill_weakrefs(o) {
                    if !ids.contains(&wr.id()) && !cb.is_none() {
                        calls.push((wr, cb));
                    }
                }
            }
        }
        let mut freed = 0;
        for (wr, cb) in calls {
            self.weakref_callback(&wr, &cb);
            drop(cb);
            if wr.refcount() == 1 {
                freed += 1;
            }
        }
        freed
    }

    /// Call `cb(wr)`, reporting an exception as unraisable.
    pub fn weakref_callback(&mut self, wr: &PyRef, cb: &Value) {
        let w = Value::Obj(wr.clone());
        if let Err(e) = self.call(cb, std::slice::from_ref(&w)) {
            self.write_unraisable(&e, cb);
        }
    }
}
