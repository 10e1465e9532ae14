//! The value a Python variable or stack slot holds.
//!
//! CPython counterpart: `PyObject*` itself. `None`, booleans, small ints and
//! floats are unboxed (no allocation, no reference count); everything else
//! is a [`PyRef`] to a heap object. Invariants: `Int` holds exactly the ints
//! that fit in i64 — larger results are heap `BigInt`s and a `BigInt` that
//! fits in i64 is never created (see `Value::from_bigint`), so equality of
//! ints never needs to compare across the two forms. `Null` is the
//! evaluator's empty marker (an unset local, the empty callee slot of a
//! call) and never reaches Python code.

use crate::object::{Payload, PyObject, PyRef};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `repr(u64)`: the tag is a full word and every payload sits at offset 8,
/// so moving a Value is two aligned word moves (with a byte tag the
/// compiler copies bytes 1..16 piecewise, which stalls store forwarding in
/// the evaluator's stack traffic). `Clone` lives in `object/ptr.rs`: one
/// count increment for `Obj`, then a copy of the two words (a derived
/// clone matches on all six variants, compiled to an indirect jump).
#[repr(u64)]
pub enum Value {
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(PyRef),
}

impl Value {
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// An int result: unboxed when it fits in i64.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(PyObject::bare(Payload::BigInt(b))),
        }
    }

    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The str contents, when this is a str (or str subclass instance).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Identity: `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }

    /// An int (bool included) as a BigInt, if it is one.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value of an int (or bool, or instance of a subclass of int)
    /// that fits in an i64.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => num_traits::ToPrimitive::to_i64(b),
                _ => None,
            },
            _ => None,
        }
    }

    /// A str value. A text short enough to be stored inline is copied
    /// from the borrowed form, so a `&str` costs no `String` allocation.
    /// (Never inlined: its callers in the dispatch loop are cold arms.)
    #[inline(never)]
    pub fn str(s: impl Into<String> + AsRef<str>) -> Value {
        let t = s.as_ref();
        if t.len() <= crate::object::INLINE_CAPACITY {
            return Value::Obj(PyObject::new_short_str(t));
        }
        Value::Obj(PyObject::new_str(s.into()))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<PyRef> for Value {
    fn from(o: PyRef) -> Value {
        Value::Obj(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_stay_unboxed() {
        assert!(matches!(Value::from_bigint(BigInt::from(5)), Value::Int(5)));
        let big = BigInt::from(i64::MAX) + 1;
        assert!(matches!(Value::from_bigint(big), Value::Obj(_)));
    }

    #[test]
    fn str_values_keep_their_text_inline_or_not() {
        for text in [
            "",
            "a",
            "é",
            "word",
            "x".repeat(24).as_str(),
            "y".repeat(25).as_str(),
            "ééééééééééééé",
        ] {
            let from_ref = Value::str(text);
            let from_owned = Value::str(text.to_string());
            assert_eq!(from_ref.as_str(), Some(text));
            assert_eq!(from_owned.as_str(), Some(text));
            let Some(Payload::Str(s)) = from_ref.payload() else {
                panic!("not a str");
            };
            assert_eq!(s.is_inline(), text.len() <= crate::object::INLINE_CAPACITY);
            assert_eq!(s.char_len(), text.chars().count());
        }
    }

    #[test]
    fn clone_copies_each_variant_and_counts_objects() {
        let o = PyObject::new_str("xy".to_string());
        let values = [
            Value::Null,
            Value::None,
            Value::Bool(true),
            Value::Int(-7),
            Value::Float(2.5),
            Value::Obj(o.clone()),
        ];
        assert_eq!(o.refcount(), 2);
        let copies: Vec<Value> = values.iter().map(Value::clone).collect();
        assert_eq!(o.refcount(), 3);
        for (a, b) in values.iter().zip(&copies) {
            assert!(a.is(b));
        }
        assert!(matches!(copies[3], Value::Int(-7)));
        drop(copies);
        assert_eq!(o.refcount(), 2);
    }

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
