//! Subscription: `c[k]`, `c[k] = v`, `del c[k]`, with slices.
//!
//! CPython counterparts: `PyObject_GetItem` (`Objects/abstract.c`),
//! `list_subscript`/`list_ass_subscript` (`Objects/listobject.c`),
//! `PySlice_GetIndicesEx` (`Objects/sliceobject.c`).

use crate::object::{Payload, PyObject};
use crate::typeobj::lookup_str;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyRef;
use crate::PyResult;
use std::cell::RefCell;

/// Resolved slice: start, stop, step and the number of items.
#[derive(Debug, Clone, Copy)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// Does it select all of a sequence of `n` items, in order? (CPython
    /// then gives an immutable sequence back itself.)
    pub fn is_whole(&self, n: usize) -> bool {
        self.start == 0 && self.step == 1 && self.len == n
    }

    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }

    /// The selected items of `items` (whose length the indices were
    /// computed for): a contiguous run is copied as one block.
    pub fn select(&self, items: &[Value]) -> Vec<Value> {
        if self.step == 1 {
            let start = self.start as usize;
            if let Some(run) = items.get(start..start + self.len) {
                return run.to_vec();
            }
        }
        self.indices()
            .filter_map(|i| items.get(i).cloned())
            .collect()
    }
}

impl Vm {
    /// The byte offset of character `n` of `text`, the text of the str
    /// `owner`. In a long non-ASCII str the walk starts from the last
    /// position found in it (`str_cursor`), when that is nearer than its
    /// start, so that going through a str by index is linear overall.
    pub fn str_offset(&mut self, owner: &PyRef, text: &str, n: usize) -> usize {
        const SHORT: usize = 256;
        if text.len() <= SHORT {
            return crate::object::char_offset(text, n);
        }
        let at = match &self.str_cursor {
            Some((s, ci, bi)) if s.is(owner) && *bi <= text.len() => {
                let (ci, bi) = (*ci, *bi);
                if n >= ci {
                    bi + crate::object::char_offset(&text[bi..], n - ci)
                } else if ci - n < n {
                    // Back from the cursor.
                    let back = text[..bi].char_indices().rev().nth(ci - n - 1);
                    back.map_or(0, |(i, _)| i)
                } else {
                    crate::object::char_offset(text, n)
                }
            }
            _ => crate::object::char_offset(text, n),
        };
        self.str_cursor = Some((owner.clone(), n, at));
        at
    }

    /// An index value as i64 (`__index__`), with CPython's messages.
    pub fn index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            // An int too big for an index, or an instance of a subclass of
            // int (whose value is used as is, as `PyNumber_Index` does).
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => match v.to_i64() {
                Some(i) => Ok(i),
                None => {
                    let tn = self.type_name(v);
                    Err(self.index_error(format!("cannot fit '{tn}' into an index-sized integer")))
                }
            },
            _ => {
                if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                    return match r {
                        Value::Int(i) => Ok(i),
                        Value::Bool(b) => Ok(b as i64),
                        Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
                            match r.to_i64() {
                                Some(i) => Ok(i),
                                None => {
                                    let tn = self.type_name(v);
                                    Err(self.index_error(format!(
                                        "cannot fit '{tn}' into an index-sized integer"
                                    )))
                                }
                            }
                        }
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self.type_error(format!("__index__ returned non-int (type {tn})")))
                        }
                    };
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// A slice bound: None stays None, big ints clamp.
    fn slice_bound(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                if let Some(i) = v.to_i64() {
                    return Ok(Some(i));
                }
                let b = v.to_bigint().unwrap_or_default();
                Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }))
            }
            _ => match self.index(v) {
                Ok(i) => Ok(Some(i)),
                Err(e) if self.err_is(&e, "TypeError") => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
                Err(e) => Err(e),
            },
        }
    }

    /// `slice.indices(len)` semantics.
    pub fn slice_indices(&mut self, slice: &[Value; 3], len: usize) -> PyResult<SliceIdx> {
        let step = self.slice_bound(&slice[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < lower {
                            x = lower;
                        }
                    } else if x > upper {
                        x = upper;
                    }
                    x
                }
            }
        };
        let start = clamp(
            self.slice_bound(&slice[0])?,
            if step < 0 { upper } else { lower },
        );
        let stop = clamp(
            self.slice_bound(&slice[1])?,
            if step < 0 { lower } else { upper },
        );
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// Normalise an index for a sequence of `len` items.
    fn seq_index(&mut self, k: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.index(k) {
            Ok(i) => i,
            Err(e)
                if self.err_is(&e, "TypeError")
                    && lookup_str(self.class_of(k), "__index__").is_none() =>
            {
                let tn = self.type_name(k);
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                )));
            }
            Err(e) => return Err(e),
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            if what == "byte" {
                return Err(self.index_error("index out of range"));
            }
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// `BinarySlice` on the evaluator's stack (`c start stop -> c[start:stop]`),
    /// out of line so that the evaluator's loop keeps its layout.
    #[inline(never)]
    pub fn binary_slice_top(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let n = stack.len();
        let r = match &stack[..] {
            [.., c, start, stop] => self.binary_slice(c, start, stop)?,
            _ => return Err(self.runtime_error("stack underflow")),
        };
        stack.truncate(n - 3);
        stack.push(r);
        Ok(())
    }

    /// `StoreSubscrFastFast` past its inline path (a dict, a user
    /// `__setitem__`, ...): `stack[c][stack[k]] = v`, the value popped from
    /// the top, the container and key read where they are (locals). False,
    /// with nothing popped, when either local is unset. Out of line, so
    /// that the evaluator's loop keeps its layout.
    #[inline(never)]
    pub fn store_subscr_locals(
        &mut self,
        stack: &mut Vec<Value>,
        c: usize,
        k: usize,
    ) -> PyResult<bool> {
        if stack[c].is_null() || stack[k].is_null() {
            return Ok(false);
        }
        let Some(v) = stack.pop() else {
            return Err(self.runtime_error("stack underflow"));
        };
        self.setitem(&stack[c], &stack[k], v)?;
        Ok(true)
    }

    /// `CopySubscr` past its inline path (`c k -> c k c[k]`, the read of
    /// `c[k] += v`), out of line.
    #[inline(never)]
    pub fn copy_subscr_top(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let v = match &stack[..] {
            [.., c, k] => self.getitem(c, k)?,
            _ => return Err(self.runtime_error("stack underflow")),
        };
        stack.push(v);
        Ok(())
    }

    /// `SwapStoreSubscr` past its inline path (`c k v ->`: `c[k] = v`, the
    /// store of `c[k] += v`), out of line.
    #[inline(never)]
    pub fn swap_store_subscr_top(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let (Some(v), Some(k), Some(c)) = (stack.pop(), stack.pop(), stack.pop()) else {
            return Err(self.runtime_error("stack underflow"));
        };
        self.setitem(&c, &k, v)
    }

    /// `StoreSlice` on the evaluator's stack (`v c start stop ->`).
    #[inline(never)]
    pub fn store_slice_top(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let (Some(stop), Some(start), Some(c), Some(v)) =
            (stack.pop(), stack.pop(), stack.pop(), stack.pop())
        else {
            return Err(self.runtime_error("stack underflow"));
        };
        self.store_slice(&c, start, stop, v)
    }

    /// `c[start:stop]` (`BinarySlice`): an exact list, tuple or str sliced
    /// by ints or None is cut directly; anything else gets a slice object.
    pub fn binary_slice(&mut self, c: &Value, start: &Value, stop: &Value) -> PyResult<Value> {
        if let (Value::Obj(o), Some(lo), Some(hi)) = (c, plain_bound(start), plain_bound(stop)) {
            if o.class.is_none() {
                match &o.payload {
                    Payload::List(l) => {
                        let items = {
                            let l = l.borrow();
                            let (a, b) = step1_range(lo, hi, l.len());
                            l[a..b].to_vec()
                        };
                        return Ok(self.new_list(items));
                    }
                    Payload::Tuple(t) => {
                        let (a, b) = step1_range(lo, hi, t.len());
                        // As CPython: the whole of a tuple is the tuple.
                        if a == 0 && b == t.len() {
                            return Ok(c.clone());
                        }
                        return Ok(self.new_tuple(t[a..b].to_vec()));
                    }
                    Payload::Str(s) if s.is_ascii() => {
                        let text = s.as_str();
                        let (a, b) = step1_range(lo, hi, text.len());
                        if a == 0 && b == text.len() {
                            return Ok(c.clone());
                        }
                        return Ok(Value::str(&text[a..b]));
                    }
                    _ => {}
                }
            }
        }
        self.getitem(c, &step1_slice(start.clone(), stop.clone()))
    }

    /// `c[start:stop] = v` (`StoreSlice`): into an exact list without a
    /// slice object; anything else gets one.
    pub fn store_slice(&mut self, c: &Value, start: Value, stop: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            if let (None, Payload::List(l)) = (&o.class, &o.payload) {
                if self.has_iter(&v) {
                    let items = self.collect(&v)?;
                    return self.list_set_slice(l, &[start, stop, Value::None], items);
                }
            }
        }
        self.setitem(c, &step1_slice(start, stop), v)
    }

    pub fn getitem(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = c {
            // The common mapping lookup first: an exact dict, a str key.
            if let (None, Payload::Dict(d)) = (&o.class, &o.payload) {
                if let Some(found) = d.get_if_exact_str(k) {
                    return found.ok_or_else(|| self.key_error(k.clone()));
                }
            }
            let user = o.class.is_some()
                && lookup_str(self.class_of(c), "__getitem__")
                    .map(|f| !matches!(f.payload(), Some(Payload::MethodDescr(_))))
                    .unwrap_or(false);
            if !user {
                let slice = match k.payload() {
                    Some(Payload::Slice(s)) => Some((**s).clone()),
                    _ => None,
                };
                match &o.payload {
                    Payload::List(l) => {
                        let len = l.borrow().len();
                        if let Some(s) = slice {
                            let idx = self.slice_indices(&s, len)?;
                            let v = idx.select(&l.borrow());
                            return Ok(self.new_list(v));
                        }
                        let i = self.seq_index(k, len, "list")?;
                        return l
                            .borrow()
                            .get(i)
                            .cloned()
                            .ok_or_else(|| self.index_error("list index out of range"));
                    }
                    Payload::Tuple(t) => {
                        if let Some(s) = slice {
                            let idx = self.slice_indices(&s, t.len())?;
                            if o.class.is_none() && idx.is_whole(t.len()) {
                                return Ok(c.clone());
                            }
                            let v = idx.select(t);
                            return Ok(self.new_tuple(v));
                        }
                        let i = self.seq_index(k, t.len(), "tuple")?;
                        return Ok(t[i].clone());
                    }
                    Payload::Str(s) => {
                        let text = s.as_str();
                        let n = s.char_len();
                        if let Some(sl) = slice {
                            let idx = self.slice_indices(&sl, n)?;
                            if o.class.is_none() && idx.is_whole(n) {
                                return Ok(c.clone());
                            }
                            let out: String = if s.is_ascii() {
                                let b = text.as_bytes();
                                idx.indices().map(|i| b[i] as char).collect()
                            } else if idx.step == 1 {
                                // A run of characters: found, not collected.
                                let a = self.str_offset(o, text, idx.start as usize);
                                let rest = &text[a..];
                                rest[..crate::object::char_offset(rest, idx.len)].to_string()
                            } else {
                                let chars: Vec<char> = text.chars().collect();
                                idx.indices().map(|i| chars[i]).collect()
                            };
                            return Ok(Value::str(out));
                        }
                        let i = match self.seq_index(k, n, "string") {
                            Err(e)
                                if self.err_is(&e, "TypeError")
                                    && lookup_str(self.class_of(k), "__index__").is_none() =>
                            {
                                let tn = self.type_name(k);
                                return Err(self.type_error(format!(
                                    "string indices must be integers, not '{tn}'"
                                )));
                            }
                            r => r?,
                        };
                        let c = if s.is_ascii() {
                            text.as_bytes()[i] as char
                        } else {
                            let at = self.str_offset(o, text, i);
                            text[at..].chars().next().unwrap_or(' ')
                        };
                        return Ok(Value::str(c.to_string()));
                    }
                    Payload::Bytes(b) => {
                        if let Some(sl) = slice {
                            let idx = self.slice_indices(&sl, b.len())?;
                            if o.class.is_none() && idx.is_whole(b.len()) {
                                return Ok(c.clone());
                            }
                            let v: Vec<u8> = idx.indices().map(|i| b[i]).collect();
                            return Ok(Value::Obj(PyObject::bare(Payload::Bytes(
                                v.into_boxed_slice(),
                            ))));
                        }
                        let i = self.seq_index(k, b.len(), "byte")?;
                        return Ok(Value::Int(b[i] as i64));
                    }
                    Payload::ByteArray(b) => {
                        let data = b.borrow().clone();
                        if let Some(sl) = slice {
                            let idx = self.slice_indices(&sl, data.len())?;
                            let v: Vec<u8> = idx.indices().map(|i| data[i]).collect();
                            return Ok(Value::Obj(PyObject::bare(Payload::ByteArray(
                                RefCell::new(v),
                            ))));
                        }
                        let i = self.seq_index(k, data.len(), "bytearray")?;
                        return Ok(Value::Int(data[i] as i64));
                    }
                    Payload::Range { start, stop, step } if matches!(k, Value::Int(_)) => {
                        // The i64 fast path: an item of a Range fits an i64.
                        let len = crate::iter::range_len(*start, *stop, *step);
                        let i = match k {
                            Value::Int(i) if *i < 0 => i + len,
                            Value::Int(i) => *i,
                            _ => -1,
                        };
                        if i < 0 || i >= len {
                            return Err(self.index_error("range object index out of range"));
                        }
                        return Ok(Value::Int(start + i * step));
                    }
                    Payload::Range { .. } | Payload::BigRange(_) => {
                        return self.range_getitem(c, k);
                    }
                    Payload::Dict(d) => {
                        return match d.get(self, k)? {
                            Some(v) => Ok(v),
                            None => {
                                if o.class.is_some() {
                                    if let Some(r) =
                                        self.call_dunder(c, "__missing__", std::slice::from_ref(k))?
                                    {
                                        return Ok(r);
                                    }
                                }
                                Err(self.key_error(k.clone()))
                            }
                        };
                    }
                    Payload::View { of, kind: 3 } => {
                        let of = of.clone();
                        return self.getitem(&of, k);
                    }
                    Payload::Type(_) => {
                        if let Some(f) = lookup_str(o, "__class_getitem__") {
                            let f = match f.payload() {
                                Some(Payload::ClassMethod(inner)) => inner.borrow().clone(),
                                _ => f,
                            };
                            return self.call(&f, &[c.clone(), k.clone()]);
                        }
                        // `type[int]`, as CPython's `PyObject_GetItem`.
                        if o.is(&self.types.type_) {
                            return Ok(crate::builtins::generic_alias(self, c, k));
                        }
                        let tn = crate::typeobj::type_name(o);
                        return Err(self.type_error(format!("type '{tn}' is not subscriptable")));
                    }
                    _ => {}
                }
            }
        }
        match self.call_dunder(c, "__getitem__", std::slice::from_ref(k))? {
            Some(v) => Ok(v),
            None => {
                let tn = self.type_name(c);
                Err(self.type_error(format!("'{tn}' object is not subscriptable")))
            }
        }
    }

    pub fn setitem(&mut self, c: &Value, k: &Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            let user = o.class.is_some()
                && lookup_str(self.class_of(c), "__setitem__")
                    .map(|f| !matches!(f.payload(), Some(Payload::MethodDescr(_))))
                    .unwrap_or(false);
            if !user {
                match &o.payload {
                    Payload::List(l) => {
                        if let Some(Payload::Slice(s)) = k.payload() {
                            let s = (**s).clone();
                            if !self.has_iter(&v) {
                                let step = self.slice_indices(&s, 0).map(|i| i.step).unwrap_or(1);
                                return Err(self.type_error(if step == 1 {
                                    "can only assign an iterable"
                                } else {
                                    "must assign iterable to extended slice"
                                }));
                            }
                            let items = self.collect(&v)?;
                            return self.list_set_slice(l, &s, items);
                        }
                        let len = l.borrow().len();
                        let i = match self.seq_index(k, len, "list") {
                            Ok(i) => i,
                            Err(e) if self.err_is(&e, "IndexError") => {
                                return Err(self.index_error("list assignment index out of range"))
                            }
                            Err(e) => return Err(e),
                        };
                        let old = std::mem::replace(&mut l.borrow_mut()[i], v);
                        drop(old);
                        return Ok(());
                    }
                    Payload::Dict(d) => return d.set(self, k.clone(), v),
                    Payload::ByteArray(b) => {
                        if let Some(Payload::Slice(s)) = k.payload() {
                            let s = (**s).clone();
                            let new = crate::builtins::bytes_like(self, &v)?;
                            let len = b.borrow().len();
                            let idx = self.slice_indices(&s, len)?;
                            // A length change (and, as in CPython, any
                            // extended slice given nothing) needs no views.
                            if (idx.step == 1 && new.len() != idx.len)
                                || (idx.step != 1 && new.is_empty())
                            {
                                crate::builtins::check_resizable(self, c)?;
                            }
                            let mut data = b.borrow_mut();
                            if idx.step == 1 {
                                let start = idx.start as usize;
                                let end = (start + idx.len).max(start);
                                data.splice(start..end, new);
                            } else if new.is_empty() {
                                // CPython deletes an extended slice
                                // assigned an empty sequence.
                                let mut positions: Vec<usize> = idx.indices().collect();
                                positions.sort_unstable();
                                for p in positions.into_iter().rev() {
                                    data.remove(p);
                                }
                            } else if new.len() == idx.len {
                                let positions: Vec<usize> = idx.indices().collect();
                                for (p, x) in positions.into_iter().zip(new) {
                                    data[p] = x;
                                }
                            } else {
                                drop(data);
                                return Err(self.value_error(format!(
                                    "attempt to assign bytes of size {} to extended slice of size {}",
                                    new.len(),
                                    idx.len
                                )));
                            }
                            return Ok(());
                        }
                        let len = b.borrow().len();
                        let i = self.seq_index(k, len, "bytearray")?;
                        let x = self.index(&v)?;
                        if !(0..=255).contains(&x) {
                            return Err(self.value_error("byte must be in range(0, 256)"));
                        }
                        b.borrow_mut()[i] = x as u8;
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        match self.call_dunder(c, "__setitem__", &[k.clone(), v])? {
            Some(_) => Ok(()),
            None => {
                let tn = self.type_name(c);
                Err(self.type_error(format!("'{tn}' object does not support item assignment")))
            }
        }
    }

    fn list_set_slice(
        &mut self,
        l: &RefCell<Vec<Value>>,
        s: &[Value; 3],
        items: Vec<Value>,
    ) -> PyResult<()> {
        let len = l.borrow().len();
        let idx = self.slice_indices(s, len)?;
        if idx.step == 1 {
            let start = idx.start as usize;
            let stop = (idx.stop.max(idx.start)) as usize;
            let mut removed: Vec<Value> =
                l.borrow_mut().splice(start..stop.min(len), items).collect();
            // Last first, as CPython's `list_ass_slice`.
            while let Some(v) = removed.pop() {
                drop(v);
            }
            return Ok(());
        }
        if items.len() != idx.len {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                idx.len
            )));
        }
        let positions: Vec<usize> = idx.indices().collect();
        let mut data = l.borrow_mut();
        let mut old = Vec::with_capacity(items.len());
        for (p, x) in positions.into_iter().zip(items) {
            old.push(std::mem::replace(&mut data[p], x));
        }
        drop(data);
        drop(old);
        Ok(())
    }

    pub fn delitem(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            let user = o.class.is_some()
                && lookup_str(self.class_of(c), "__delitem__")
                    .map(|f| !matches!(f.payload(), Some(Payload::MethodDescr(_))))
                    .unwrap_or(false);
            if !user {
                match &o.payload {
                    Payload::List(l) => {
                        let len = l.borrow().len();
                        if let Some(Payload::Slice(s)) = k.payload() {
                            let s = (**s).clone();
                            let idx = self.slice_indices(&s, len)?;
                            let mut positions: Vec<usize> = idx.indices().collect();
                            positions.sort_unstable();
                            // The items go after the list is let go (their
                            // finalizers may look at it): last first for a
                            // step of 1, first first for any other, as
                            // CPython's `list_ass_slice`/`list_ass_subscript`.
                            let mut removed = remove_positions(&mut l.borrow_mut(), &positions);
                            if idx.step == 1 {
                                removed.reverse();
                            }
                            drop(removed);
                            return Ok(());
                        }
                        let i = match self.seq_index(k, len, "list") {
                            Ok(i) => i,
                            Err(e) if self.err_is(&e, "IndexError") => {
                                return Err(self.index_error("list assignment index out of range"))
                            }
                            Err(e) => return Err(e),
                        };
                        let old = l.borrow_mut().remove(i);
                        drop(old);
                        return Ok(());
                    }
                    Payload::Dict(d) => {
                        return match d.remove(self, k)? {
                            Some(_) => Ok(()),
                            None => Err(self.key_error(k.clone())),
                        }
                    }
                    Payload::ByteArray(b) => {
                        let len = b.borrow().len();
                        if let Some(Payload::Slice(s)) = k.payload() {
                            let s = (**s).clone();
                            let idx = self.slice_indices(&s, len)?;
                            if idx.len > 0 || idx.step != 1 {
                                crate::builtins::check_resizable(self, c)?;
                            }
                            let mut positions: Vec<usize> = idx.indices().collect();
                            positions.sort_unstable();
                            remove_positions(&mut b.borrow_mut(), &positions);
                            return Ok(());
                        }
                        let i = self.seq_index(k, len, "bytearray")?;
                        crate::builtins::check_resizable(self, c)?;
                        b.borrow_mut().remove(i);
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        match self.call_dunder(c, "__delitem__", std::slice::from_ref(k))? {
            Some(_) => Ok(()),
            None => {
                // CPython's wording depends on the path: an integer key
                // on a type with sequence methods (not the numbers) goes
                // through `PySequence_DelItem` ("doesn't").
                let tn = self.type_name(c);
                let number = matches!(
                    c,
                    Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
                ) || matches!(
                    c.payload(),
                    Some(Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..))
                );
                let verb = if !number && matches!(k, Value::Int(_) | Value::Bool(_)) {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!("'{tn}' object {verb} support item deletion")))
            }
        }
    }
}

/// The slice object `slice(start, stop)`.
fn step1_slice(start: Value, stop: Value) -> Value {
    Value::Obj(PyObject::bare(Payload::Slice(Box::new([
        start,
        stop,
        Value::None,
    ]))))
}

/// A slice bound read without `__index__`: Some(None) for None, Some(i)
/// for an int; None for anything else.
fn plain_bound(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(*i)),
        _ => None,
    }
}

/// The range `[lo:hi]` selects in a sequence of `len` items, clamped as
/// `PySlice_AdjustIndices` does for step 1.
fn step1_range(lo: Option<i64>, hi: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(x) if x < 0 => (x + n).max(0),
        Some(x) => x.min(n),
    };
    let a = clamp(lo, 0);
    let b = clamp(hi, n).max(a);
    (a as usize, b as usize)
}

/// Remove the items at `positions` (ascending, in range) from `data` in
/// one pass, and return them in that order.
fn remove_positions<T>(data: &mut Vec<T>, positions: &[usize]) -> Vec<T> {
    let (Some(&first), Some(&last)) = (positions.first(), positions.last()) else {
        return Vec::new();
    };
    if last - first + 1 == positions.len() {
        return data.drain(first..=last).collect();
    }
    let mut removed = Vec::with_capacity(positions.len());
    let mut kept = Vec::with_capacity(data.len() - positions.len());
    let mut next = positions.iter().peekable();
    for (i, v) in std::mem::take(data).into_iter().enumerate() {
        if next.peek() == Some(&&i) {
            next.next();
            removed.push(v);
        } else {
            kept.push(v);
        }
    }
    *data = kept;
    removed
}
