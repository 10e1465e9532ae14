//! `range` objects beyond the i64 fast path: construction, length,
//! indexing, slicing, membership, equality and hashing with
//! arbitrary-precision bounds.
//!
//! CPython counterpart: `Objects/rangeobject.c` (`range_new`,
//! `compute_range_length`, `compute_range_item`, `compute_slice`,
//! `range_contains_long`, `range_equals`, `range_hash`).
//!
//! Invariant: a range is a `Payload::Range` (i64 bounds) whenever its
//! start, stop, step and length all fit in an i64, and a
//! `Payload::BigRange` otherwise; [`new_range`] and [`new_small_range`]
//! (which checks the length) are the only constructors, so the i64 code
//! paths never see a range whose arithmetic could overflow.

use crate::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The `(start, stop, step)` of a range, whichever payload holds it.
pub fn bounds(v: &Value) -> Option<(BigInt, BigInt, BigInt)> {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => {
            Some(((*start).into(), (*stop).into(), (*step).into()))
        }
        Some(Payload::BigRange(b)) => {
            let [start, stop, step] = &**b;
            Some((start.clone(), stop.clone(), step.clone()))
        }
        _ => None,
    }
}

/// Whether a value is a range of either representation.
pub fn is_range(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Range { .. } | Payload::BigRange(_))
    )
}

/// Number of items (CPython's `compute_range_length`).
pub fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u8) / step + 1u8
    } else if step.is_negative() && start > stop {
        (start - stop - 1u8) / (-step) + 1u8
    } else {
        BigInt::zero()
    }
}

/// A range value, in the i64 representation when everything fits.
pub fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = length(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        return Value::Obj(PyObject::bare(Payload::Range {
            start: a,
            stop: b,
            step: c,
        }));
    }
    Value::Obj(PyObject::bare(Payload::BigRange(Box::new([
        start, stop, step,
    ]))))
}

/// A range of i64 bounds, when its length fits an i64 too (the common
/// `range(n)`: no big ints are made); None sends the caller to
/// [`new_range`]. `step` is not zero.
pub fn new_small_range(start: i64, stop: i64, step: i64) -> Option<Value> {
    let (lo, hi, by) = (i128::from(start), i128::from(stop), i128::from(step));
    let len = if by > 0 && lo < hi {
        (hi - lo - 1) / by + 1
    } else if by < 0 && lo > hi {
        (lo - hi - 1) / -by + 1
    } else {
        0
    };
    i64::try_from(len).ok()?;
    Some(Value::Obj(PyObject::bare(Payload::Range {
        start,
        stop,
        step,
    })))
}

/// Whether the int `x` is one of the range's items.
pub fn contains(start: &BigInt, stop: &BigInt, step: &BigInt, x: &BigInt) -> bool {
    position(start, stop, step, x).is_some()
}

/// The index of the int `x` among the range's items.
pub fn position(start: &BigInt, stop: &BigInt, step: &BigInt, x: &BigInt) -> Option<BigInt> {
    let inside = if step.is_positive() {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    let offset = x - start;
    (inside && (&offset % step).is_zero()).then(|| offset / step)
}

impl Vm {
    /// `len(r)`: OverflowError when the length does not fit a Py_ssize_t.
    pub fn range_length(&mut self, r: &Value) -> PyResult<usize> {
        let (start, stop, step) = bounds(r).unwrap_or_default();
        match length(&start, &stop, &step).to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    /// `r[k]` for an int or a slice (CPython's `range_subscript`).
    pub fn range_getitem(&mut self, r: &Value, k: &Value) -> PyResult<Value> {
        let (start, stop, step) = bounds(r).unwrap_or_default();
        let len = length(&start, &stop, &step);
        if let Some(Payload::Slice(s)) = k.payload() {
            let s = (**s).clone();
            let (i, j, by) = self.slice_long_indices(&s, &len)?;
            return Ok(new_range(
                &start + &i * &step,
                &start + &j * &step,
                &step * &by,
            ));
        }
        let i = match crate::builtins::index_big(self, k) {
            Ok(i) => i,
            Err(e) if self.err_is(&e, "TypeError") => {
                let tn = self.type_name(k);
                return Err(self.type_error(format!(
                    "range indices must be integers or slices, not {tn}"
                )));
            }
            Err(e) => return Err(e),
        };
        let i = if i.is_negative() { i + &len } else { i };
        if i.is_negative() || i >= len {
            return Err(self.index_error("range object index out of range"));
        }
        Ok(Value::from_bigint(start + i * step))
    }

    /// CPython's `_PySlice_GetLongIndices`: start, stop and step of a
    /// slice applied to a sequence of `len` items, without size limits.
    fn slice_long_indices(
        &mut self,
        s: &[Value; 3],
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        let step = match &s[2] {
            Value::None => BigInt::one(),
            v => self.slice_index_big(v)?,
        };
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step.is_negative() {
            (-BigInt::one(), len - 1u8)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
            if v.is_none() {
                return Ok(default.clone());
            }
            let mut x = vm.slice_index_big(v)?;
            if x.is_negative() {
                x += len;
                if x < lower {
                    x = lower.clone();
                }
            } else if x > upper {
                x = upper.clone();
            }
            Ok(x)
        };
        let (d_start, d_stop) = if step.is_negative() {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        let start = clamp(self, &s[0], &d_start)?;
        let stop = clamp(self, &s[1], &d_stop)?;
        Ok((start, stop, step))
    }

    fn slice_index_big(&mut self, v: &Value) -> PyResult<BigInt> {
        match crate::builtins::index_big(self, v) {
            Err(e) if self.err_is(&e, "TypeError") => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
            r => r,
        }
    }

    /// `a == b` for two ranges: the same items (CPython's `range_equals`).
    pub fn range_equal(&self, a: &Value, b: &Value) -> bool {
        let (Some((s1, e1, st1)), Some((s2, e2, st2))) = (bounds(a), bounds(b)) else {
            return false;
        };
        let l1 = length(&s1, &e1, &st1);
        let l2 = length(&s2, &e2, &st2);
        l1 == l2 && (l1.is_zero() || (s1 == s2 && (l1.is_one() || st1 == st2)))
    }

    /// `hash(r)`: the hash of `(len, start, step)`, with None for what
    /// does not tell equal ranges apart (CPython's `range_hash`).
    pub fn range_hash(&mut self, r: &Value) -> PyResult<i64> {
        let (start, stop, step) = bounds(r).unwrap_or_default();
        let len = length(&start, &stop, &step);
        let (first, by) = if len.is_zero() {
            (Value::None, Value::None)
        } else if len.is_one() {
            (Value::from_bigint(start), Value::None)
        } else {
            (Value::from_bigint(start), Value::from_bigint(step))
        };
        let t = self.new_tuple(vec![Value::from_bigint(len), first, by]);
        self.hash(&t)
    }

    /// `reversed(r)` for any range: the iterator of the reversed range.
    pub fn range_reversed(&mut self, r: &Value) -> PyResult<Value> {
        let (start, stop, step) = bounds(r).unwrap_or_default();
        let len = length(&start, &stop, &step);
        let last = &start + (len - 1u8) * &step;
        let rev = new_range(last, &start - &step, -step);
        self.get_iter(&rev)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn small_ranges_stay_small_and_big_ones_do_not() {
        let small = new_range(0.into(), 10.into(), 1.into());
        assert!(matches!(small.payload(), Some(Payload::Range { .. })));
        let huge = new_range(0.into(), big("100000000000000000000"), 1.into());
        assert!(matches!(huge.payload(), Some(Payload::BigRange(_))));
        // Bounds fit, the length does not.
        let wide = new_range(i64::MIN.into(), i64::MAX.into(), 1.into());
        assert!(matches!(wide.payload(), Some(Payload::BigRange(_))));
    }

    #[test]
    fn length_and_membership() {
        let (a, b, c) = (big("-5"), big("100000000000000000000"), big("7"));
        assert_eq!(length(&a, &b, &c), big("14285714285714285715"));
        assert!(contains(&a, &b, &c, &big("2")));
        assert!(!contains(&a, &b, &c, &big("3")));
        assert_eq!(length(&b, &a, &big("-1")), big("100000000000000000005"));
        assert_eq!(
            position(&b, &a, &big("-1"), &big("99999999999999999999")),
            Some(big("1"))
        );
    }
}
