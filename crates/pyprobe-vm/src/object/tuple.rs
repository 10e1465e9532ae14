//! The items of a tuple: up to two in the object itself, more in a boxed
//! slice. CPython allocates a tuple and its items together; here a tuple
//! of two — what `enumerate`, `zip`, `dict.items()` and `return a, b`
//! make, and binary_trees' nodes — costs one allocation, the object.
//!
//! The form says the length of a small tuple, so reading one is a single
//! match (no scan for unset slots).

use crate::value::Value;

#[derive(Clone, Default)]
pub enum TupleItems {
    Two([Value; 2]),
    One(Value),
    #[default]
    Empty,
    Boxed(Box<[Value]>),
}

/// The items go last first, as CPython's `tupledealloc` releases them
/// (which their finalizers can tell).
impl Drop for TupleItems {
    #[inline]
    fn drop(&mut self) {
        match self {
            TupleItems::Two(pair) => {
                pair[1] = Value::Null;
                pair[0] = Value::Null;
            }
            TupleItems::Boxed(items) => {
                let mut items = std::mem::take(items).into_vec();
                while let Some(v) = items.pop() {
                    drop(v);
                }
            }
            TupleItems::One(_) | TupleItems::Empty => {}
        }
    }
}

impl TupleItems {
    pub fn new(mut items: Vec<Value>) -> TupleItems {
        match items.len() {
            0 => TupleItems::Empty,
            1 => TupleItems::One(items.swap_remove(0)),
            2 => {
                let b = items.swap_remove(1);
                let a = items.swap_remove(0);
                TupleItems::Two([a, b])
            }
            _ => TupleItems::Boxed(items.into_boxed_slice()),
        }
    }

    /// The items of a tuple of two.
    #[inline]
    pub fn pair(a: Value, b: Value) -> TupleItems {
        TupleItems::Two([a, b])
    }
}

impl TupleItems {
    /// Item `i`: a boxed tuple (any longer than two) is read after one
    /// test, not through `Deref`'s four-way match.
    #[inline(always)]
    pub fn item(&self, i: usize) -> Option<&Value> {
        if let TupleItems::Boxed(items) = self {
            return items.get(i);
        }
        (**self).get(i)
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Two(items) => items,
            TupleItems::One(item) => std::slice::from_ref(item),
            TupleItems::Empty => &[],
            TupleItems::Boxed(items) => items,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_items_survive_either_form() {
        for n in 0..5 {
            let items: Vec<Value> = (0..n).map(Value::Int).collect();
            let t = TupleItems::new(items);
            assert_eq!(t.len(), n as usize);
            assert!(t
                .iter()
                .enumerate()
                .all(|(i, v)| matches!(v, Value::Int(x) if *x == i as i64)));
            assert_eq!(matches!(t, TupleItems::Boxed(_)), n > 2);
        }
    }

    #[test]
    fn small_form_fits_the_payload() {
        assert!(std::mem::size_of::<TupleItems>() <= 32);
    }
}
