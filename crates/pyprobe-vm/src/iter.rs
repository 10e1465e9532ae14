//! Iteration: `iter()`, `next()`, the built-in iterator kinds, unpacking.
//!
//! CPython counterparts: `Objects/iterobject.c`, `Objects/listobject.c`
//! (listiter), `Objects/rangeobject.c`, `Objects/dictobject.c` (dictiter),
//! `Objects/enumobject.c`, `Python/bltinmodule.c` (zip, map, filter),
//! `unpack_iterable` in `Python/ceval.c`.
//!
//! Invariant: no borrow of a container is held while a Python-level
//! `__next__`, key function or `__eq__` runs; iterators over dicts and sets
//! detect size changes (RuntimeError) instead of failing.

use crate::object::{IterKind, Payload, PyObject, PyRef, TupleItems};
use crate::typeobj::lookup_str;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// A new iterator object (its payload made in the object's block, see
/// `PyObject::bare_with`; not inlined, as the other such constructors).
#[inline(never)]
pub fn new_iter(kind: IterKind) -> Value {
    Value::Obj(PyObject::bare_with(|| {
        Payload::Iter(Box::new(RefCell::new(kind)))
    }))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let builtin = o.class.is_none();
            if builtin {
                let kind = match &o.payload {
                    Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_) => Some(IterKind::Seq {
                        seq: v.clone(),
                        index: 0,
                    }),
                    Payload::Str(_) => Some(IterKind::Str {
                        s: o.clone(),
                        offset: 0,
                    }),
                    Payload::Range { start, stop, step } => Some(IterKind::Range {
                        next: *start,
                        stop: *stop,
                        step: *step,
                    }),
                    // CPython's longrange_iterator: items by index.
                    Payload::BigRange(_) => Some(IterKind::GetItem {
                        obj: v.clone(),
                        index: 0,
                    }),
                    Payload::Dict(d) => Some(IterKind::Dict {
                        dict: o.clone(),
                        pos: 0,
                        kind: 0,
                        len: d.len(),
                        left: d.len(),
                        result: None,
                    }),
                    Payload::Set(s) | Payload::FrozenSet(s) => Some(IterKind::Set {
                        set: o.clone(),
                        pos: 0,
                        len: s.len(),
                    }),
                    Payload::View {
                        of: Value::Obj(d),
                        kind,
                    } if *kind <= 2 => match &d.payload {
                        Payload::Dict(dd) => Some(IterKind::Dict {
                            dict: d.clone(),
                            pos: 0,
                            kind: *kind,
                            len: dd.len(),
                            left: dd.len(),
                            result: None,
                        }),
                        _ => None,
                    },
                    Payload::Iter(_) => return Ok(v.clone()),
                    Payload::Generator(_) if crate::builtins::coroutine::is_plain_generator(v) => {
                        return Ok(v.clone())
                    }
                    Payload::View { of, kind: 3 } => {
                        let of = of.clone();
                        return self.get_iter(&of);
                    }
                    _ => None,
                };
                if let Some(k) = kind {
                    return Ok(new_iter(k));
                }
            }
        }
        let cls = self.class_of(v).clone();
        if let Some(f) = lookup_str(&cls, "__iter__") {
            if f.is_none() {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
            {
                let it = self.call_dunder(v, "__iter__", &[])?.unwrap_or(Value::None);
                let itc = self.class_of(&it).clone();
                if lookup_str(&itc, "__next__").is_none()
                    && !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                {
                    let tn = self.type_name(&it);
                    return Err(
                        self.type_error(format!("iter() returned non-iterator of type '{tn}'"))
                    );
                }
                return Ok(it);
            }
        }
        if lookup_str(&cls, "__getitem__").is_some() {
            return Ok(new_iter(IterKind::GetItem {
                obj: v.clone(),
                index: 0,
            }));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    pub fn has_iter(&self, v: &Value) -> bool {
        if matches!(
            v.payload(),
            Some(
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::Range { .. }
                    | Payload::BigRange(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::View { .. }
                    | Payload::Iter(_)
                    | Payload::Generator(_)
            )
        ) {
            return true;
        }
        let cls = self.class_of(v);
        lookup_str(cls, "__iter__").is_some() || lookup_str(cls, "__getitem__").is_some()
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iter(k) if o.class.is_none() => return self.iter_next(k, it),
                Payload::Generator(_) if crate::builtins::coroutine::is_plain_generator(it) => {
                    return match self.gen_send(it, Value::None)? {
                        Ok(v) => Ok(Some(v)),
                        Err(ret) => {
                            self.stop_value = ret;
                            Ok(None)
                        }
                    }
                }
                _ => {}
            }
        }
        let cls = self.class_of(it).clone();
        if lookup_str(&cls, "__next__").is_none() {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object is not an iterator")));
        }
        match self.call_dunder(it, "__next__", &[]) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, "StopIteration") => {
                self.stop_value = crate::exc::stop_iteration_value(&e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Leave `v` as the value of the StopIteration that ended an iterator.
    pub fn set_stop_value(&mut self, v: Value) {
        self.stop_value = v;
    }

    /// The value of the last StopIteration/return seen by `next`.
    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.stop_value, Value::None)
    }

    /// The next item of the built-in iterator `it`, whose kind is `k`.
    fn iter_next(&mut self, k: &RefCell<IterKind>, it: &Value) -> PyResult<Option<Value>> {
        // Each arm copies what it needs and releases the borrow before any
        // Python code runs.
        let step = {
            let mut kind = k.borrow_mut();
            match &mut *kind {
                IterKind::Seq { seq, index } => {
                    let i = *index;
                    let r = match seq.payload() {
                        Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                        Some(Payload::Tuple(t)) => t.get(i).cloned(),
                        Some(Payload::Bytes(b)) => b.get(i).map(|x| Value::Int(*x as i64)),
                        Some(Payload::ByteArray(b)) => {
                            b.borrow().get(i).map(|x| Value::Int(*x as i64))
                        }
                        // A memory_iterator, read out of line: a view released
                        // before its end raises.
                        _ => crate::builtins::memoryview_iter_item(self, seq, i)?,
                    };
                    match r {
                        Some(v) => {
                            *index += 1;
                            return Ok(Some(v));
                        }
                        None => {
                            let t = crate::vm::iter_type_index(&kind) as u8;
                            *kind = IterKind::Exhausted(t);
                            return Ok(None);
                        }
                    }
                }
                IterKind::Range { next, stop, step } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n.saturating_add(*step);
                        if (*step > 0 && *next < n) || (*step < 0 && *next > n) {
                            *next = *stop;
                        }
                        return Ok(Some(Value::Int(n)));
                    }
                    return Ok(None);
                }
                IterKind::Str { s, offset } => {
                    let Payload::Str(ps) = &s.payload else {
                        return Ok(None);
                    };
                    let text = ps.as_str();
                    match text[*offset..].chars().next() {
                        Some(c) => {
                            *offset += c.len_utf8();
                            let mut buf = [0u8; 4];
                            let cs: &str = c.encode_utf8(&mut buf);
                            return Ok(Some(Value::str(cs.to_string())));
                        }
                        None => return Ok(None),
                    }
                }
                IterKind::Dict {
                    dict,
                    pos,
                    kind: which,
                    len,
                    left,
                    result,
                } => {
                    let Payload::Dict(d) = &dict.payload else {
                        return Ok(None);
                    };
                    if d.len() != *len {
                        *len = usize::MAX;
                        drop(kind);
                        return Err(self.runtime_error("dictionary changed size during iteration"));
                    }
                    match d.next_from(*pos) {
                        Some(_) if *left == 0 => {
                            // More items than it had, at the same size: keys
                            // were replaced. Then the iterator is done.
                            *pos = usize::MAX;
                            drop(kind);
                            return Err(
                                self.runtime_error("dictionary keys changed during iteration")
                            );
                        }
                        Some((p, key, val)) => {
                            *pos = p;
                            *left -= 1;
                            return Ok(Some(match *which {
                                0 => key,
                                1 => val,
                                _ => refill(result, TupleItems::pair(key, val)),
                            }));
                        }
                        None => return Ok(None),
                    }
                }
                IterKind::Set { set, pos, len } => {
                    let (Payload::Set(s) | Payload::FrozenSet(s)) = &set.payload else {
                        return Ok(None);
                    };
                    if s.len() != *len {
                        *len = usize::MAX;
                        drop(kind);
                        return Err(self.runtime_error("Set changed size during iteration"));
                    }
                    match s.next_from(*pos) {
                        Some((p, key)) => {
                            *pos = p;
                            return Ok(Some(key));
                        }
                        None => return Ok(None),
                    }
                }
                IterKind::Reversed { seq, index } => {
                    if *index < 0 {
                        return Ok(None);
                    }
                    let i = *index as usize;
                    let r = match seq.payload() {
                        Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                        Some(Payload::Tuple(t)) => t.get(i).cloned(),
                        _ => {
                            let seq = seq.clone();
                            *index -= 1;
                            drop(kind);
                            return self.getitem(&seq, &Value::Int(i as i64)).map(Some);
                        }
                    };
                    *index -= 1;
                    if r.is_none() {
                        *index = -1;
                    }
                    return Ok(r);
                }
                IterKind::Deque {
                    deque,
                    index,
                    left,
                    state,
                    reversed,
                } => {
                    let deque = deque.clone();
                    return crate::builtins::deque::iter_step(
                        self, &deque, index, left, *state, *reversed,
                    );
                }
                IterKind::Exhausted(_) => return Ok(None),
                // The rest call back into Python: copy state out first.
                IterKind::GetItem { obj, index } => IterStep::GetItem(obj.clone(), *index),
                IterKind::Callable { func, sentinel } => {
                    IterStep::Callable(func.clone(), sentinel.clone())
                }
                IterKind::Enumerate { it, count, .. } => {
                    IterStep::Enumerate(it.clone(), count.clone())
                }
                IterKind::Zip { its, strict, .. } => IterStep::Zip(its.clone(), *strict),
                IterKind::Map { func, its } => match &its[..] {
                    [it] => IterStep::Map1(func.clone(), it.clone()),
                    _ => IterStep::Map(func.clone(), its.clone()),
                },
                IterKind::Filter { func, it } => IterStep::Filter(func.clone(), it.clone()),
                IterKind::AnextAwaitable { wrapped, default } => {
                    IterStep::Anext(wrapped.clone(), default.clone())
                }
                IterKind::CoroutineWrapper { coro } => IterStep::Coroutine(coro.clone()),
                IterKind::AsyncGenStep { .. } => IterStep::AsyncGen,
                IterKind::Tool(_) => IterStep::Tool,
            }
        };
        match step {
            IterStep::GetItem(obj, index) => match self.getitem(&obj, &Value::Int(index)) {
                Ok(v) => {
                    if let IterKind::GetItem { index, .. } = &mut *k.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if self.err_is(&e, "IndexError") || self.err_is(&e, "StopIteration") => {
                    let t = crate::vm::iter_type_index(&k.borrow()) as u8;
                    *k.borrow_mut() = IterKind::Exhausted(t);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            IterStep::Callable(func, sentinel) => {
                // A StopIteration from the callable ends the iteration too.
                let v = match self.call(&func, &[]) {
                    Ok(v) => v,
                    Err(e) if self.err_is(&e, "StopIteration") => {
                        *k.borrow_mut() = IterKind::Exhausted(crate::vm::CALLABLE_ITERATOR);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if self.eq(&v, &sentinel)? {
                    *k.borrow_mut() = IterKind::Exhausted(crate::vm::CALLABLE_ITERATOR);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterStep::Enumerate(it, count) => match self.next(&it)? {
                Some(v) => {
                    let next = match count {
                        Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                        _ => {
                            self.binary_op(&count, &Value::Int(1), pyprobe_bytecode::BinOp::Add)?
                        }
                    };
                    let pair = TupleItems::pair(count, v);
                    match &mut *k.borrow_mut() {
                        IterKind::Enumerate {
                            count: c, result, ..
                        } => {
                            *c = next;
                            Ok(Some(refill(result, pair)))
                        }
                        _ => Ok(Some(Value::Obj(PyObject::bare(Payload::Tuple(pair))))),
                    }
                }
                None => Ok(None),
            },
            IterStep::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            // Drop the iterators but stay a zip object.
                            *k.borrow_mut() = IterKind::Zip {
                                its: Vec::new(),
                                strict,
                                result: None,
                            };
                            if strict {
                                if i > 0 {
                                    let range = if i == 1 {
                                        "argument 1".to_string()
                                    } else {
                                        format!("arguments 1-{i}")
                                    };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than {range}",
                                        i + 1
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        let range = if j == 1 {
                                            "argument 1".to_string()
                                        } else {
                                            format!("arguments 1-{j}")
                                        };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than {range}",
                                            j + 1
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                match &mut *k.borrow_mut() {
                    IterKind::Zip { result, .. } => {
                        Ok(Some(refill(result, TupleItems::new(items))))
                    }
                    _ => Ok(Some(self.new_tuple(items))),
                }
            }
            IterStep::Map1(func, it) => match self.next(&it)? {
                Some(v) => self.call(&func, std::slice::from_ref(&v)).map(Some),
                None => Ok(None),
            },
            IterStep::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, &args).map(Some)
            }
            IterStep::Filter(func, it) => loop {
                let Some(v) = self.next(&it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.is_true(&v)?
                } else {
                    let r = self.call(&func, std::slice::from_ref(&v))?;
                    self.is_true(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            IterStep::Anext(wrapped, default) => {
                crate::builtins::awaitable_next(self, &wrapped, &default)
            }
            IterStep::Coroutine(coro) => crate::builtins::coroutine::wrapper_next(self, &coro),
            IterStep::AsyncGen => crate::builtins::coroutine::async_gen_step(self, k, None, None),
            IterStep::Tool => crate::builtins::itertools::next(self, k, it),
        }
    }

    /// All items of an iterable (a snapshot for built-in sequences).
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if o.class.is_none() {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    Payload::Dict(d) => return Ok(d.keys()),
                    Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.items()),
                    _ => {}
                }
            }
        }
        if crate::builtins::coroutine::is_plain_generator(v) {
            return self.drain_generator(v);
        }
        let mut out = Vec::new();
        // A range says its length: room for it up front, or MemoryError
        // at once (CPython preallocates from the length hint), instead of
        // growing until the allocator gives up.
        if let Some(Payload::Range { start, stop, step }) = v.payload() {
            let n = usize::try_from(range_len(*start, *stop, *step)).unwrap_or(0);
            if out.try_reserve_exact(n).is_err() {
                return Err(self.memory_error());
            }
        }
        let it = self.get_iter(v)?;
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// All the values a generator yields, in one run of its frame: each
    /// yield stores its value and the frame goes on as if resumed with
    /// None (what `next()` would do item by item, without re-entering the
    /// evaluator for each).
    fn drain_generator(&mut self, gen: &Value) -> PyResult<Vec<Value>> {
        match self
            .drain(gen, Drain::new(DrainInto::Items(Vec::new())))?
            .into
        {
            DrainInto::Items(items) => Ok(items),
            _ => Ok(Vec::new()),
        }
    }

    /// Run generator `gen` to its end, each value it yields going to
    /// `into`. A value `into` refuses (a set's unhashable item) or answers
    /// with (`any()`) leaves the generator suspended at that yield; a
    /// refusal's error is raised.
    pub fn drain(&mut self, gen: &Value, into: Drain) -> PyResult<Drain> {
        self.drain_sink = Some(Box::new(into));
        let r = self.gen_resume(gen, Some(Value::None), None);
        let Some(mut drain) = self.drain_sink.take().map(|d| *d) else {
            return Err(self.runtime_error("generator drain lost its values"));
        };
        if let Some(e) = drain.error.take() {
            return Err(e);
        }
        match r? {
            Err(_returned) => Ok(drain),
            Ok(_) if drain.stopped => Ok(drain),
            Ok(yielded) => {
                // Not drained (it yielded from a frame it called): go on
                // item by item.
                if !drain.accept(self, yielded)? {
                    return Ok(drain);
                }
                while let Some(x) = self.next(gen)? {
                    if !drain.accept(self, x)? {
                        break;
                    }
                }
                Ok(drain)
            }
        }
    }

    /// Unpack exactly `before` items, or `before` + starred list + `after`.
    pub fn unpack(
        &mut self,
        seq: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match seq.payload() {
            Some(Payload::Tuple(t)) if seq.as_obj().map(|o| o.class.is_none()).unwrap_or(false) => {
                t.to_vec()
            }
            Some(Payload::List(l)) if seq.as_obj().map(|o| o.class.is_none()).unwrap_or(false) => {
                l.borrow().clone()
            }
            _ => {
                if !self.has_iter(seq) {
                    let tn = self.type_name(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                let it = self.get_iter(seq)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if after.is_none() && out.len() > before {
                        return Err(self.value_error(format!(
                            "too many values to unpack (expected {before})"
                        )));
                    }
                }
                out
            }
        };
        match after {
            None => {
                if items.len() < before {
                    let n = items.len();
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {before}, got {n})"
                    )));
                }
                if items.len() > before {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    );
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    let n = items.len();
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {n})",
                        before + after
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(self.new_list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }
}

/// Where the values of a drained generator go (`Vm::drain_sink`, taken
/// by the evaluator for the run), each handled as it is yielded, as the
/// consuming builtin's own loop would: kept in order, added to a set
/// (hashing may run Python code, and may fail), summed, compared for
/// `min()`/`max()`, or tested for `any()`/`all()` (which stop at their
/// answer).
pub struct Drain {
    pub into: DrainInto,
    /// The error of a refused value; the generator stopped at its yield.
    pub error: Option<crate::PyErr>,
    /// The consumer had its answer; the generator stopped at its yield.
    pub stopped: bool,
}

pub enum DrainInto {
    Items(Vec<Value>),
    Set(Box<crate::set::PySet>),
    Sum(crate::builtins::SumState),
    MinMax(crate::builtins::MinMaxState),
    /// `any()` (true) or `all()` (false): stop at the first value whose
    /// truth is this.
    Truth(bool),
}

impl Drain {
    pub fn new(into: DrainInto) -> Drain {
        Drain {
            into,
            error: None,
            stopped: false,
        }
    }

    /// `accept` for the evaluator: false when the generator stops here
    /// (`error` or `stopped` says why). Out of line: the yield path stays
    /// small.
    #[inline(never)]
    pub fn take(&mut self, vm: &mut Vm, v: Value) -> bool {
        match self.accept(vm, v) {
            Ok(go_on) => go_on,
            Err(e) => {
                self.error = Some(e);
                false
            }
        }
    }

    /// Take one yielded value; false when the consumer has its answer.
    pub fn accept(&mut self, vm: &mut Vm, v: Value) -> PyResult<bool> {
        match &mut self.into {
            DrainInto::Items(items) => items.push(v),
            DrainInto::Set(s) => {
                s.add(vm, v)?;
            }
            DrainInto::Sum(sum) => sum.add(vm, v)?,
            DrainInto::MinMax(best) => best.add(vm, v)?,
            DrainInto::Truth(stop_at) => {
                if vm.is_true(&v)? == *stop_at {
                    self.stopped = true;
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }
}

enum IterStep {
    GetItem(Value, i64),
    Callable(Value, Value),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    /// `map` over one iterable: no vector of iterators or of arguments.
    Map1(Value, Value),
    Coroutine(Value),
    AsyncGen,
    Tool,
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Anext(Value, Value),
}

/// An iterator's next result tuple: its previous one refilled when nothing
/// else holds it (CPython's result recycling in dict items, `enumerate` and
/// `zip`: a loop that unpacks each item allocates no tuple), else a new one,
/// kept for next time. A refilled tuple is tracked again, as CPython does
/// (the collector may have untracked it).
fn refill(result: &mut Option<PyRef>, items: TupleItems) -> Value {
    if let Some(r) = result.as_mut() {
        if let Some(obj) = r.get_mut() {
            if let Payload::Tuple(old) = &mut obj.payload {
                if old.len() == items.len() {
                    let old = std::mem::replace(&mut *old, items);
                    crate::object::gc::retrack(r);
                    drop(old);
                    return Value::Obj(r.clone());
                }
            }
        }
    }
    let r = PyObject::bare(Payload::Tuple(items));
    *result = Some(r.clone());
    Value::Obj(r)
}
