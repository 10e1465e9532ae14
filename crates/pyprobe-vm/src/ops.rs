//! The object protocols: binary and unary operators with reflected and
//! in-place dunders, rich comparison, hashing, equality, truth, `in`,
//! subscription and `len`.
//!
//! CPython counterparts: `Objects/abstract.c` (`binary_op1`,
//! `PyObject_GetItem`, `PySequence_Contains`), `Objects/object.c`
//! (`PyObject_RichCompare`, `PyObject_Hash`, `PyObject_IsTrue`).
//!
//! Built-in types are handled directly on their payloads; user classes
//! (and subclasses that override a dunder) go through the type's MRO.

use crate::arith;
use crate::object::{tflags, Payload, PyObject};
use crate::typeobj::{self, lookup_str};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_traits::{ToPrimitive, Zero};
use pyprobe_bytecode::{BinOp, CmpOp, UnaryOp};
use std::cmp::Ordering;

/// Hash of a str. Any good hash works (CPython randomises its own); this is
/// FNV-1a, never -1.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub(crate) fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0x84222325cbf29ce4;
    for x in b {
        h ^= *x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's tuple hash (xxHash-based, `tuplehash` in 3.12).
const XXH_P1: u64 = 11400714785074694791;
const XXH_P2: u64 = 14029467366897019727;
const XXH_P5: u64 = 2870177450012600261;

/// One lane of CPython's `tuplehash`: the accumulator after item hash `h`.
#[inline]
fn xxhash_lane(acc: u64, h: i64) -> u64 {
    acc.wrapping_add((h as u64).wrapping_mul(XXH_P2))
        .rotate_left(31)
        .wrapping_mul(XXH_P1)
}

/// The end of `tuplehash` (with the length mixed in) or `slice_hash`
/// (without).
fn xxhash_finish(mut acc: u64, len: Option<usize>) -> i64 {
    if let Some(n) = len {
        acc = acc.wrapping_add((n as u64) ^ (XXH_P5 ^ 3527539));
    }
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// The xxHash lanes of `hashes`, with the length mixed in at the end
/// (`tuplehash`) or not (`slice_hash`).
fn xxhash_lanes(hashes: &[i64], with_len: bool) -> i64 {
    let acc = hashes.iter().fold(XXH_P5, |acc, &h| xxhash_lane(acc, h));
    xxhash_finish(acc, with_len.then_some(hashes.len()))
}

/// The built-in type whose `__hash__` hashes `payload` by value ("" for
/// payloads hashed by identity or not at all).
fn builtin_hash_owner(payload: &Payload) -> &'static str {
    match payload {
        Payload::Tuple(_) => "tuple",
        Payload::Str(_) => "str",
        Payload::Bytes(_) => "bytes",
        Payload::FrozenSet(_) => "frozenset",
        _ => "",
    }
}

/// Equal static texts, by address first (the usual case: one literal).
#[inline(always)]
fn same_text(a: &'static str, b: &'static str) -> bool {
    std::ptr::eq(a, b) || a == b
}

/// Tuples nested deeper than this are not pure keys: their comparison
/// takes the general path, which counts against the recursion limit.
const PURE_TUPLE_DEPTH: u32 = 16;

/// Keys whose equality never runs Python code (and whose comparison
/// recurses at most `PURE_TUPLE_DEPTH` levels).
pub fn is_pure_key(v: &Value) -> bool {
    is_pure_within(v, PURE_TUPLE_DEPTH)
}

fn is_pure_within(v: &Value, depth: u32) -> bool {
    match v {
        Value::Obj(o) => {
            o.class.is_none()
                && match &o.payload {
                    Payload::Str(_)
                    | Payload::BigInt(_)
                    | Payload::Bytes(_)
                    | Payload::Complex(..) => true,
                    // Built-in types, functions and modules are equal only
                    // to themselves (`(str, name)` keys of caches).
                    Payload::Type(_)
                    | Payload::Function(..)
                    | Payload::Native(_)
                    | Payload::Module(_) => true,
                    Payload::Tuple(t) => {
                        depth > 0 && t.iter().all(|x| is_pure_within(x, depth - 1))
                    }
                    _ => false,
                }
        }
        _ => true,
    }
}

/// Whether a stored key equals `key` when no Python code can decide it:
/// the same object, or two pure keys; None when it takes `__eq__`.
/// `key_pure` holds the lookup key's purity once a candidate needed it
/// (None before), so that a key found by identity, the usual case, is
/// never walked.
#[inline]
pub fn quick_key_eq(stored: &Value, key: &Value, key_pure: &mut Option<bool>) -> Option<bool> {
    if stored.is(key) {
        return Some(true);
    }
    if !*key_pure.get_or_insert_with(|| is_pure_key(key)) || !is_pure_key(stored) {
        return None;
    }
    Some(pure_eq_values(stored, key))
}

fn pure_eq_values(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    // The common key, first: two strs.
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
            return s.as_str() == t.as_str();
        }
    }
    if let (Some(x), Some(y)) = (arith::as_num(a), arith::as_num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Obj(x), Value::Obj(y)) => {
            if x.is(y) {
                return true;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => s.as_str() == t.as_str(),
                (Payload::Bytes(s), Payload::Bytes(t)) => s == t,
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| pure_eq_values(p, q))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

fn num_eq(x: &arith::Num, y: &arith::Num) -> bool {
    use arith::Num::*;
    match (x, y) {
        (Int(a), Int(b)) => a == b,
        (Big(a), Big(b)) => a == b,
        (Int(_), Big(_)) | (Big(_), Int(_)) => false,
        (Float(a), Float(b)) => a == b,
        (Int(a), Float(b)) | (Float(b), Int(a)) => {
            int_float_cmp(&num_bigint::BigInt::from(*a), *b) == Some(Ordering::Equal)
        }
        (Big(a), Float(b)) | (Float(b), Big(a)) => int_float_cmp(a, *b) == Some(Ordering::Equal),
        (Complex(a, b), Complex(c, d)) => a == c && b == d,
        (Complex(a, b), other) | (other, Complex(a, b)) => *b == 0.0 && num_eq(&Float(*a), other),
    }
}

/// Exact comparison of an int with a float (CPython's float_richcompare).
pub fn int_float_cmp(i: &num_bigint::BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() < (1u64 << 53) {
            return (small as f64).partial_cmp(&f);
        }
    }
    // Compare exactly: floor(f) against i, then the fraction.
    let fl = f.floor();
    let fi = crate::numeric::f64_to_int(fl).ok()?.to_big();
    match i.cmp(&fi) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn cmp_ord(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Float comparison with IEEE semantics (NaN compares false except !=).
#[inline]
pub fn cmp_float(a: f64, b: f64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

/// Inline int fast path for the evaluator; None when it overflows or
/// needs the general path. The commonest operators are inline, the rest
/// (`int_true_div`, `int_shift`) out of line. No path returns a `Value` from a call: an
/// out-of-line result comes back in registers (an `Option` of a scalar)
/// and the `Value` is made here, so the evaluator's arms store its tag
/// and payload as they are computed instead of copying a 16-byte
/// temporary just written in two halves (a store-forwarding stall).
#[inline(always)]
pub fn int_fast(a: i64, b: i64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add | BinOp::InplaceAdd => a.checked_add(b).map(Value::Int),
        BinOp::Sub | BinOp::InplaceSub => a.checked_sub(b).map(Value::Int),
        BinOp::Mul | BinOp::InplaceMul => a.checked_mul(b).map(Value::Int),
        BinOp::Mod | BinOp::InplaceMod if b > 0 && a >= 0 => Some(Value::Int(a % b)),
        BinOp::FloorDiv | BinOp::InplaceFloorDiv if b > 0 && a >= 0 => Some(Value::Int(a / b)),
        BinOp::And | BinOp::InplaceAnd => Some(Value::Int(a & b)),
        BinOp::Or | BinOp::InplaceOr => Some(Value::Int(a | b)),
        BinOp::Xor | BinOp::InplaceXor => Some(Value::Int(a ^ b)),
        BinOp::TrueDiv | BinOp::InplaceTrueDiv => int_true_div(a, b).map(Value::Float),
        _ => int_shift(a, b, op).map(Value::Int),
    }
}

/// `a / b` when both are exactly representable, so the float division is
/// the correctly rounded quotient Python's int division gives.
#[inline(never)]
fn int_true_div(a: i64, b: i64) -> Option<f64> {
    (b != 0 && a.unsigned_abs() <= EXACT_F64 && b.unsigned_abs() <= EXACT_F64)
        .then(|| a as f64 / b as f64)
}

/// `a << b` or `a >> b` when the result is a small int; None for every
/// other operator.
#[inline(never)]
fn int_shift(a: i64, b: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::LShift | BinOp::InplaceLShift if (0..64).contains(&b) => {
            let r = a << b;
            (r >> b == a).then_some(r)
        }
        BinOp::RShift | BinOp::InplaceRShift if b >= 0 => Some(a >> b.min(63)),
        _ => None,
    }
}

/// The largest magnitude up to which every integer is a float.
const EXACT_F64: u64 = 1 << 53;

/// The evaluator's inline arithmetic: two ints, two floats, or an int and a
/// float (the int converted as `float.__add__` and friends convert it,
/// correctly rounded). None when the general path must decide.
#[inline(always)]
pub fn num_fast(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => return int_fast(*x, *y, op),
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        _ => mixed_operands(a, b)?,
    };
    float_fast(x, y, op)
}

/// The operands of `num_fast` as floats when one is an int and the other
/// a float (out of line: the two-int and two-float paths stay short).
#[inline(never)]
fn mixed_operands(a: &Value, b: &Value) -> Option<(f64, f64)> {
    match (a, b) {
        (Value::Float(x), Value::Int(y)) => Some((*x, *y as f64)),
        (Value::Int(x), Value::Float(y)) => Some((*x as f64, *y)),
        _ => None,
    }
}

/// The evaluator's inline comparison: two ints, two floats, or an int
/// and a float when the int is exactly a float (Python compares the
/// values exactly).
#[inline(always)]
pub fn num_cmp_fast(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp_ord(x.cmp(y), op)),
        (Value::Float(x), Value::Float(y)) => Some(cmp_float(*x, *y, op)),
        _ => num_cmp_mixed(a, b, op),
    }
}

/// `num_cmp_fast` of an int and a float, and of two exact strs (code
/// point order is the order of their UTF-8 bytes), out of line.
#[inline(never)]
fn num_cmp_mixed(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (a, b) {
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= EXACT_F64 => {
            Some(cmp_float(*x, *y as f64, op))
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= EXACT_F64 => {
            Some(cmp_float(*x as f64, *y, op))
        }
        (Value::Obj(x), Value::Obj(y)) if x.class.is_none() && y.class.is_none() => {
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(match op {
                    CmpOp::Eq => x.is(y) || s.as_str() == t.as_str(),
                    CmpOp::Ne => !(x.is(y) || s.as_str() == t.as_str()),
                    _ => cmp_ord(s.as_str().cmp(t.as_str()), op),
                }),
                _ => None,
            }
        }
        _ => None,
    }
}

#[inline]
pub fn float_fast(a: f64, b: f64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add | BinOp::InplaceAdd => Some(Value::Float(a + b)),
        BinOp::Sub | BinOp::InplaceSub => Some(Value::Float(a - b)),
        BinOp::Mul | BinOp::InplaceMul => Some(Value::Float(a * b)),
        BinOp::TrueDiv | BinOp::InplaceTrueDiv if b != 0.0 => Some(Value::Float(a / b)),
        _ => None,
    }
}

/// The items of a tuple value (empty for anything else).
pub fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// Is the class a user class (or subclass) that may define dunders?
/// A built-in sequence that `*` repeats (CPython's `sq_repeat`).
fn repeats(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::Str(_)
                | Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    )
}

fn is_heap_class(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.class.is_some()
                && !vm
                    .class_of(v)
                    .type_data()
                    .map(|t| t.builtin)
                    .unwrap_or(true)
        }
        _ => false,
    }
}

impl Vm {
    /// Call a dunder found on the value's type (`type(v).name(v, *args)`).
    /// Ok(None) when the type has no such attribute.
    pub fn call_dunder(
        &mut self,
        v: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let cls = self.class_of(v).clone();
        let Some(f) = lookup_str(&cls, name) else {
            return Ok(None);
        };
        // Dunders re-enter the interpreter from Rust: count them against
        // the recursion limit (a `__eq__` that compares itself must raise
        // RecursionError, not overflow the stack).
        self.enter()?;
        let r = match f.payload() {
            Some(Payload::MethodDescr(n)) => (n.func)(self, v, crate::object::Args::new(args)),
            _ => match self.bind_descriptor(&f, v, &cls) {
                Ok(Some(b)) => self.call(&b, args),
                Ok(None) => {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(v.clone());
                    a.extend_from_slice(args);
                    self.call(&f, &a)
                }
                Err(e) => Err(e),
            },
        };
        self.leave();
        r.map(Some)
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        // `s + t` of two exact strs, before the numeric paths look at them.
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
                if x.class.is_none() && y.class.is_none() && op.base() == BinOp::Add {
                    return arith::str_concat(self, s, t);
                }
            }
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op.base() {
                BinOp::And => return Ok(Value::Bool(*x & *y)),
                BinOp::Or => return Ok(Value::Bool(*x | *y)),
                BinOp::Xor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        // Built-in fast paths when neither side is a user class.
        let user = is_heap_class(self, a) || is_heap_class(self, b);
        if !user {
            if let Some(r) = arith::numeric_binop(self, a, b, op)? {
                return Ok(r);
            }
            if let Some(r) = self.builtin_binop(a, b, op)? {
                return Ok(r);
            }
        }
        let (fwd, refl, inplace) = op.dunders();
        if let Some(iname) = inplace {
            if let Some(r) = self.call_dunder_opt(a, iname, b)? {
                return Ok(r);
            }
        }
        let ta = self.class_of(a).clone();
        let tb = self.class_of(b).clone();
        let b_first =
            !ta.is(&tb) && typeobj::is_subtype(&tb, &ta) && lookup_str(&tb, refl).is_some() && {
                // Only when b's class overrides the reflected method.
                let ra = lookup_str(&ta, refl);
                let rb = lookup_str(&tb, refl);
                match (ra, rb) {
                    (Some(x), Some(y)) => !x.is(&y),
                    (None, Some(_)) => true,
                    _ => false,
                }
            };
        if b_first {
            if let Some(r) = self.call_dunder_opt(b, refl, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_dunder_opt(a, fwd, b)? {
            return Ok(r);
        }
        if !ta.is(&tb) && !b_first {
            if let Some(r) = self.call_dunder_opt(b, refl, a)? {
                return Ok(r);
            }
        }
        if user {
            // A subclass of a built-in type without its own dunder: use the
            // built-in implementation on the payload.
            if let Some(r) = arith::numeric_binop(self, a, b, op)? {
                return Ok(r);
            }
            if let Some(r) = self.builtin_binop(a, b, op)? {
                return Ok(r);
            }
        }
        let (an, bn) = (self.type_name(a), self.type_name(b));
        if op.base() == BinOp::Add
            && matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        {
            return Err(self.type_error(format!("can't concat {bn} to {an}")));
        }
        if op.base() == BinOp::Add && a.as_str().is_some() {
            return Err(self.type_error(format!("can only concatenate str (not \"{bn}\") to str")));
        }
        if op.base() == BinOp::Add && matches!(a.payload(), Some(Payload::List(_))) {
            return Err(
                self.type_error(format!("can only concatenate list (not \"{bn}\") to list"))
            );
        }
        if op.base() == BinOp::Add && matches!(a.payload(), Some(Payload::Tuple(_))) {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{bn}\") to tuple"
            )));
        }
        if op.base() == BinOp::Mul && (arith::as_num(b).is_none() || arith::as_num(a).is_none()) {
            // The sequence repeats (`sq_repeat`), the left one first.
            let seq_side = if repeats(a) {
                Some(b)
            } else if repeats(b) {
                Some(a)
            } else {
                None
            };
            if let Some(other) = seq_side {
                let on = self.type_name(other);
                return Err(
                    self.type_error(format!("can't multiply sequence by non-int of type '{on}'"))
                );
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{an}' and '{bn}'",
            op.symbol()
        )))
    }

    /// Call a binary dunder; None when absent or it returned NotImplemented.
    fn call_dunder_opt(
        &mut self,
        a: &Value,
        name: &'static str,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let cls = self.class_of(a).clone();
        if cls.type_data().map(|t| t.builtin).unwrap_or(true) && !is_heap_class(self, a) {
            // Built-in types implement their operators natively above,
            // except the few exposed as methods (set/dict operators).
            if lookup_str(&cls, name).is_none() {
                return Ok(None);
            }
        }
        if let Some(Payload::MethodDescr(n)) =
            lookup_str(&cls, name).as_ref().and_then(|f| f.payload())
        {
            // Built-in implementations run natively after the dunder search
            // (but those of types whose dunders are their implementation).
            if !crate::builtins::dunders_implement(n) {
                return Ok(None);
            }
        }
        match self.call_dunder(a, name, std::slice::from_ref(b))? {
            Some(r) if r.is(&self.not_implemented) => Ok(None),
            other => Ok(other),
        }
    }

    /// Operators of built-in non-numeric types (sequences, `%` formatting,
    /// set and dict operators).
    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if op.base() == BinOp::Or {
            if let Some(r) = crate::builtins::union_binop(self, a, b)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = crate::builtins::bytearray_inplace(self, a, b, op)? {
            return Ok(Some(r));
        }
        // `d |= other` takes anything `dict.update` does, before any
        // reflected `|` of the right side (a keys or items view).
        if op == BinOp::InplaceOr && matches!(a.payload(), Some(Payload::Dict(_))) {
            self.dict_update_from(a, b, false, None)?;
            return Ok(Some(a.clone()));
        }
        // `l += it` and `l *= n` change the list in place.
        if let Some(Payload::List(l)) = a.payload() {
            if op == BinOp::InplaceAdd {
                let items = match self.collect(b) {
                    Ok(items) => items,
                    Err(e) if self.err_is(&e, "TypeError") => {
                        let tn = self.type_name(b);
                        return Err(self.type_error(format!("'{tn}' object is not iterable")));
                    }
                    Err(e) => return Err(e),
                };
                l.borrow_mut().extend(items);
                return Ok(Some(a.clone()));
            }
            if op == BinOp::InplaceMul {
                if let Some(n) = self.repeat_index(b)? {
                    if let Some(r) = arith::sequence_binop(self, a, &Value::Int(n), BinOp::Mul)? {
                        let items = match r.payload() {
                            Some(Payload::List(nl)) => std::mem::take(&mut *nl.borrow_mut()),
                            _ => Vec::new(),
                        };
                        let old = std::mem::replace(&mut *l.borrow_mut(), items);
                        drop(old);
                        return Ok(Some(a.clone()));
                    }
                }
            }
        }
        if op.base() == BinOp::Mul {
            // A repeat count given by an object with __index__.
            if repeats(a) && arith::as_num(b).is_none() {
                if let Some(n) = self.repeat_index(b)? {
                    return arith::sequence_binop(self, a, &Value::Int(n), op);
                }
            } else if repeats(b) && arith::as_num(a).is_none() {
                if let Some(n) = self.repeat_index(a)? {
                    return arith::sequence_binop(self, b, &Value::Int(n), op);
                }
            }
        }
        if let Some(r) = arith::sequence_binop(self, a, b, op)? {
            return Ok(Some(r));
        }
        if op.base() == BinOp::Mod {
            if let Some(Payload::Str(s)) = a.payload() {
                let s = s.as_str().to_string();
                return self.percent_format_str(&s, b).map(Some);
            }
            if let Some(Payload::Bytes(bs)) = a.payload() {
                let bs = bs.to_vec();
                return self.percent_format_bytes(&bs, b).map(Some);
            }
            if let Some(Payload::ByteArray(bs)) = a.payload() {
                let bs = bs.borrow().clone();
                let r = crate::builtins::bytes_percent_format(self, &bs, b)?;
                return Ok(Some(Value::Obj(PyObject::bare(Payload::ByteArray(
                    std::cell::RefCell::new(r),
                )))));
            }
        }
        // `{1} & d.keys()`: the set declines, the view's reflected method runs.
        if matches!(b.payload(), Some(Payload::View { kind: 0 | 2, .. }))
            && !matches!(a.payload(), Some(Payload::View { .. }))
        {
            let (_, refl, _) = op.dunders();
            let cls = self.class_of(b).clone();
            if lookup_str(&cls, refl).is_some() {
                if let Some(r) = self.call_dunder(b, refl, std::slice::from_ref(a))? {
                    if !r.is(&self.not_implemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        if matches!(a.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
            || matches!(a.payload(), Some(Payload::Dict(_)))
            || matches!(a.payload(), Some(Payload::View { .. }))
        {
            let (fwd, _, inplace) = op.dunders();
            let name = inplace.unwrap_or(fwd);
            let cls = self.class_of(a).clone();
            let name = if lookup_str(&cls, name).is_some() {
                name
            } else {
                fwd
            };
            if lookup_str(&cls, name).is_some() {
                if let Some(r) = self.call_dunder(a, name, std::slice::from_ref(b))? {
                    if !r.is(&self.not_implemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    /// A repeat count: an int, or an object with `__index__`.
    fn repeat_index(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::Obj(_) if arith::as_num(v).is_none() => {
                if lookup_str(self.class_of(v), "__index__").is_some() {
                    return self.index(v).map(Some);
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.is_true(a)?));
        }
        if !is_heap_class(self, a) {
            if let Some(r) = arith::numeric_unary(self, a, op)? {
                return Ok(r);
            }
        }
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => "__bool__",
        };
        if let Some(r) = self.call_dunder(a, name, &[])? {
            return Ok(r);
        }
        if let Some(r) = arith::numeric_unary(self, a, op)? {
            return Ok(r);
        }
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    /// `PyObject_RichCompare`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if !is_heap_class(self, a) && !is_heap_class(self, b) {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        let ta = self.class_of(a).clone();
        let tb = self.class_of(b).clone();
        let swapped = op.swapped();
        let reflected_first = !ta.is(&tb)
            && typeobj::is_subtype(&tb, &ta)
            && lookup_str(&tb, swapped.dunder()).is_some();
        if reflected_first {
            if let Some(r) = self.rich_dunder(b, swapped, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.rich_dunder(a, op, b)? {
            return Ok(r);
        }
        if !reflected_first {
            if let Some(r) = self.rich_dunder(b, swapped, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        // Generic aliases are equal when their origins and arguments are.
        if let (Some(ga), Some(gb)) = (
            crate::builtins::alias_parts(self, a),
            crate::builtins::alias_parts(self, b),
        ) {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let same = self.eq(&ga.0, &gb.0)? && self.eq(&ga.1, &gb.1)?;
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
        }
        // A mappingproxy compares as the mapping it shows.
        if let Some(Payload::View { of, kind: 3 }) = a.payload() {
            let of = of.clone();
            return self.compare(&of, b, op);
        }
        if let Some(Payload::View { of, kind: 3 }) = b.payload() {
            let of = of.clone();
            return self.compare(a, &of, op);
        }
        // Code objects are made afresh for each `__code__` or `f_code`
        // read: two of the same code are equal.
        if let (Some(Payload::Code(x)), Some(Payload::Code(y))) = (a.payload(), b.payload()) {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let same = std::rc::Rc::ptr_eq(x, y) || x.code == y.code;
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (an, bn) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{an}' and '{bn}'",
                    op.symbol()
                )))
            }
        }
    }

    fn rich_dunder(&mut self, a: &Value, op: CmpOp, b: &Value) -> PyResult<Option<Value>> {
        let cls = self.class_of(a).clone();
        let Some(f) = lookup_str(&cls, op.dunder()) else {
            return Ok(None);
        };
        if let Some(Payload::MethodDescr(n)) = f.payload() {
            // object.__ne__ is the inverse of the class's __eq__.
            if op == CmpOp::Ne && n.module == "object" {
                if let Some(eq) = self.rich_dunder(a, CmpOp::Eq, b)? {
                    let t = self.is_true(&eq)?;
                    return Ok(Some(Value::Bool(!t)));
                }
                return Ok(None);
            }
            // A built-in type's own comparison: `builtin_compare` implements
            // it on the payload (object's is identity for ==/!=).
            if !crate::builtins::dunders_implement(n) {
                return Ok(None);
            }
        }
        let r = match self.call_dunder(a, op.dunder(), std::slice::from_ref(b))? {
            Some(r) => r,
            None => return Ok(None),
        };
        if r.is(&self.not_implemented) {
            // A class's own __ne__ said NotImplemented: the reflected one
            // is tried next, then identity (only object's __ne__ inverts
            // __eq__).
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// Comparison of built-in values; None when not comparable natively.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (arith::as_num(a), arith::as_num(b)) {
            use arith::Num::*;
            if matches!(x, Complex(..)) || matches!(y, Complex(..)) {
                return match op {
                    CmpOp::Eq => Ok(Some(num_eq(&x, &y))),
                    CmpOp::Ne => Ok(Some(!num_eq(&x, &y))),
                    _ => Ok(None),
                };
            }
            let ord = match (&x, &y) {
                (Int(p), Int(q)) => Some(p.cmp(q)),
                (Float(p), Float(q)) => p.partial_cmp(q),
                (Int(p), Float(q)) => int_float_cmp(&num_bigint::BigInt::from(*p), *q),
                (Float(p), Int(q)) => {
                    int_float_cmp(&num_bigint::BigInt::from(*q), *p).map(|o| o.reverse())
                }
                (Big(p), Float(q)) => int_float_cmp(p, *q),
                (Float(p), Big(q)) => int_float_cmp(q, *p).map(|o| o.reverse()),
                (Big(p), Big(q)) => Some(p.cmp(q)),
                (Int(p), Big(q)) => Some(num_bigint::BigInt::from(*p).cmp(q)),
                (Big(p), Int(q)) => Some((*p).cmp(&num_bigint::BigInt::from(*q))),
                _ => None,
            };
            return Ok(Some(match ord {
                Some(o) => cmp_ord(o, op),
                None => op == CmpOp::Ne,
            }));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(match (a, b, op) {
                (Value::None, Value::None, CmpOp::Eq) => Some(true),
                (Value::None, Value::None, CmpOp::Ne) => Some(false),
                (_, _, CmpOp::Eq) => Some(false),
                (_, _, CmpOp::Ne) => Some(true),
                _ => None,
            });
        };
        match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Ok(Some(cmp_ord(s.as_str().cmp(t.as_str()), op))),
            (Payload::Bytes(s), Payload::Bytes(t)) => Ok(Some(cmp_ord(s.cmp(t), op))),
            (Payload::ByteArray(s), Payload::ByteArray(t)) => Ok(Some(cmp_ord(
                s.borrow().as_slice().cmp(t.borrow().as_slice()),
                op,
            ))),
            (Payload::ByteArray(s), Payload::Bytes(t)) => {
                Ok(Some(cmp_ord(s.borrow().as_slice().cmp(t), op)))
            }
            (Payload::Bytes(s), Payload::ByteArray(t)) => {
                Ok(Some(cmp_ord(s.as_ref().cmp(t.borrow().as_slice()), op)))
            }
            (Payload::Tuple(s), Payload::Tuple(t)) => {
                let (s, t) = (s.to_vec(), t.to_vec());
                self.sequence_compare(&s, &t, op).map(Some)
            }
            (Payload::List(s), Payload::List(t)) => {
                let (s, t) = (s.borrow().clone(), t.borrow().clone());
                self.sequence_compare(&s, &t, op).map(Some)
            }
            (Payload::Dict(_), Payload::Dict(_)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let eq = self.dict_eq(a, b)?;
                    Ok(Some(eq == (op == CmpOp::Eq)))
                }
                _ => Ok(None),
            },
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                self.set_compare(a, b, op).map(Some)
            }
            (
                Payload::Range {
                    start: a1,
                    stop: b1,
                    step: c1,
                },
                Payload::Range {
                    start: a2,
                    stop: b2,
                    step: c2,
                },
            ) => {
                let la = crate::iter::range_len(*a1, *b1, *c1);
                let lb = crate::iter::range_len(*a2, *b2, *c2);
                let eq = la == lb && (la == 0 || (a1 == a2 && (la == 1 || c1 == c2)));
                match op {
                    CmpOp::Eq => Ok(Some(eq)),
                    CmpOp::Ne => Ok(Some(!eq)),
                    _ => Ok(None),
                }
            }
            (
                Payload::Range { .. } | Payload::BigRange(_),
                Payload::Range { .. } | Payload::BigRange(_),
            ) => {
                let eq = self.range_equal(a, b);
                match op {
                    CmpOp::Eq => Ok(Some(eq)),
                    CmpOp::Ne => Ok(Some(!eq)),
                    _ => Ok(None),
                }
            }
            (
                Payload::BoundMethod { func: f1, slf: s1 },
                Payload::BoundMethod { func: f2, slf: s2 },
            ) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = f1.is(f2) && s1.is(s2);
                Ok(Some(eq == (op == CmpOp::Eq)))
            }
            (Payload::Slice(s), Payload::Slice(t)) => {
                let (s, t) = (s.to_vec(), t.to_vec());
                self.sequence_compare(&s, &t, op).map(Some)
            }
            (Payload::Instance(_), Payload::Instance(_)) if crate::builtins::is_union(self, a) => {
                crate::builtins::union_compare(self, a, b, op)
            }
            // Keys and items views compare as the sets they stand for.
            (
                Payload::View { kind: 0 | 2, .. } | Payload::Set(_) | Payload::FrozenSet(_),
                Payload::View { kind: 0 | 2, .. },
            )
            | (Payload::View { kind: 0 | 2, .. }, Payload::Set(_) | Payload::FrozenSet(_)) => {
                let sa = self.view_as_set(a)?;
                let sb = self.view_as_set(b)?;
                self.set_compare(&sa, &sb, op).map(Some)
            }
            _ if matches!(x.payload, Payload::MemoryView(_))
                || matches!(y.payload, Payload::MemoryView(_)) =>
            {
                Ok(crate::builtins::memoryview_compare(a, b, op))
            }
            _ => Ok(match op {
                CmpOp::Eq => {
                    if x.is(y) {
                        Some(true)
                    } else {
                        None
                    }
                }
                _ => None,
            }),
        }
    }

    /// A keys view as the set of its keys, an items view as the set of
    /// its (key, value) pairs; sets as they are.
    fn view_as_set(&mut self, v: &Value) -> PyResult<Value> {
        match v.payload() {
            Some(Payload::View { of, kind: 0 }) => {
                let of = of.clone();
                crate::builtins::dict_keys_set(self, &of)
            }
            Some(Payload::View { of, kind: 2 }) => {
                let items = match of.payload() {
                    Some(Payload::Dict(d)) => d.items(),
                    _ => Vec::new(),
                };
                let pairs: Vec<Value> = items
                    .into_iter()
                    .map(|(k, x)| self.new_pair(k, x))
                    .collect();
                let l = self.new_list(pairs);
                crate::builtins::frozen_copy(self, &l)
            }
            _ => Ok(v.clone()),
        }
    }

    /// Lexicographic comparison (CPython's list_richcompare). Nested
    /// containers recurse through here, so it counts against the
    /// recursion limit.
    fn sequence_compare(&mut self, s: &[Value], t: &[Value], op: CmpOp) -> PyResult<bool> {
        self.enter_for(" in comparison")?;
        let r = self.sequence_compare_items(s, t, op);
        self.leave();
        r
    }

    fn sequence_compare_items(&mut self, s: &[Value], t: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && s.len() != t.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (x, y) in s.iter().zip(t.iter()) {
            if x.is(y) {
                continue;
            }
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(x, y, op)?;
                        self.is_true(&r)
                    }
                };
            }
        }
        Ok(cmp_ord(s.len().cmp(&t.len()), op))
    }

    fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.enter_for(" in comparison")?;
        let r = self.dict_eq_items(a, b);
        self.leave();
        r
    }

    fn dict_eq_items(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(Payload::Dict(x)), Some(Payload::Dict(y))) = (a.payload(), b.payload()) else {
            return Ok(false);
        };
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match y.get(self, &k)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let (
            Some(Payload::Set(x) | Payload::FrozenSet(x)),
            Some(Payload::Set(y) | Payload::FrozenSet(y)),
        ) = (a.payload(), b.payload())
        else {
            return Ok(false);
        };
        let subset =
            |vm: &mut Vm, p: &crate::set::PySet, q: &crate::set::PySet| -> PyResult<bool> {
                if p.len() > q.len() {
                    return Ok(false);
                }
                if let Some(r) = p.is_subset_quick(q) {
                    return Ok(r);
                }
                for k in p.items() {
                    if !q.contains(vm, &k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
        Ok(match op {
            CmpOp::Eq => x.len() == y.len() && subset(self, x, y)?,
            CmpOp::Ne => !(x.len() == y.len() && subset(self, x, y)?),
            CmpOp::Le => subset(self, x, y)?,
            CmpOp::Lt => x.len() < y.len() && subset(self, x, y)?,
            CmpOp::Ge => subset(self, y, x)?,
            CmpOp::Gt => x.len() > y.len() && subset(self, y, x)?,
        })
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x == y);
        }
        if is_pure_key(a) && is_pure_key(b) {
            return Ok(pure_eq_values(a, b));
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.is_true(&other),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(crate::numeric::hash_i64(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => {
                Ok(crate::numeric::hash_float(*f).unwrap_or(f.to_bits() as i64 >> 4))
            }
            Value::None | Value::Null => Ok(-4611686018158614045),
            Value::Obj(o) => {
                let Some(cls) = &o.class else {
                    // The common key first, without a call.
                    if let Payload::Str(s) = &o.payload {
                        return Ok(s.hash());
                    }
                    return self.hash_builtin(v, o);
                };
                let epoch = typeobj::epoch();
                if cls
                    .type_data()
                    .is_some_and(|td| td.hashes_by_value.get() == epoch)
                {
                    return self.hash_builtin(v, o);
                }
                let cls = self.class_of(v).clone();
                match lookup_str(&cls, "__hash__") {
                    Some(Value::None) => {
                        let tn = self.type_name(v);
                        Err(self.type_error(format!("unhashable type: '{tn}'")))
                    }
                    // The base type's own `__hash__` (a namedtuple's is
                    // tuple's): hashed here, with no call and no copy.
                    Some(Value::Obj(f))
                        if matches!(&f.payload, Payload::MethodDescr(n)
                            if same_text(n.module, builtin_hash_owner(&o.payload))) =>
                    {
                        if let Some(td) = cls.type_data() {
                            td.hashes_by_value.set(epoch);
                        }
                        self.hash_builtin(v, o)
                    }
                    Some(f) if !matches!(f.payload(), Some(Payload::MethodDescr(n)) if n.module == "object") =>
                    {
                        let r = self
                            .call_dunder(v, "__hash__", &[])?
                            .unwrap_or(Value::Int(0));
                        // CPython's `slot_tp_hash`: an int that fits is the
                        // hash as it is (so `__hash__` returning `hash(y)`
                        // hashes as `y`), a bigger one is reduced as int's
                        // own hash reduces it; -1 is -2.
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
                                match r.to_i64() {
                                    Some(-1) => Ok(-2),
                                    Some(i) => Ok(i),
                                    None => Ok(crate::numeric::hash_int(
                                        &r.to_bigint().unwrap_or_default(),
                                    )),
                                }
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => {
                        // object's `__hash__`: by identity, also in a
                        // subclass of a hashable built-in that chose it.
                        Ok((o.id() >> 4) as i64)
                    }
                }
            }
        }
    }

    /// The hash of an object of a built-in type, by its payload (the
    /// identity hash for payloads without a value hash).
    pub(crate) fn hash_builtin(&mut self, v: &Value, o: &crate::object::PyRef) -> PyResult<i64> {
        match &o.payload {
            Payload::Str(s) => Ok(s.hash()),
            Payload::BigInt(b) => Ok(crate::numeric::hash_int(b)),
            Payload::Bytes(b) => Ok(hash_bytes(b)),
            Payload::Tuple(t) => {
                // A tuple never changes: its items are hashed
                // in place, into the xxHash lanes as they come.
                self.enter()?;
                let mut acc = XXH_P5;
                for it in t.iter() {
                    // Small ints and exact strs, the usual items, without
                    // a call.
                    let h = match it {
                        Value::Int(i) => Ok(crate::numeric::hash_i64(*i)),
                        Value::Obj(o) if o.class.is_none() => match &o.payload {
                            Payload::Str(s) => Ok(s.hash()),
                            _ => self.hash(it),
                        },
                        _ => self.hash(it),
                    };
                    match h {
                        Ok(h) => acc = xxhash_lane(acc, h),
                        Err(e) => {
                            self.leave();
                            return Err(e);
                        }
                    }
                }
                self.leave();
                Ok(xxhash_finish(acc, Some(t.len())))
            }
            Payload::Complex(r, i) => {
                let hr = crate::numeric::hash_float(*r).unwrap_or(0);
                let hi = crate::numeric::hash_float(*i).unwrap_or(0);
                let h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
                Ok(if h == -1 { -2 } else { h })
            }
            Payload::FrozenSet(s) => {
                // CPython's frozenset hash (shuffle bits of each).
                let mut hash: u64 = 0;
                for (h, _) in s.hashed_items() {
                    let h = h as u64;
                    hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                }
                hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                hash ^= (hash >> 11) ^ (hash >> 25);
                hash = hash.wrapping_mul(69069).wrapping_add(907133923);
                let h = hash as i64;
                Ok(if h == -1 { 590923713 } else { h })
            }
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::ByteArray(_)
            | Payload::Deque(_)
            | Payload::View { kind: 0 | 2, .. } => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            Payload::Slice(s) => {
                // CPython 3.12's `slice_hash`: the tuple hash
                // of (start, stop, step) without the length.
                let items = s.to_vec();
                let mut hashes = Vec::with_capacity(items.len());
                for item in &items {
                    hashes.push(self.hash(item)?);
                }
                Ok(xxhash_lanes(&hashes, false))
            }
            Payload::Range { .. } | Payload::BigRange(_) => self.range_hash(v),
            Payload::MemoryView(_) => crate::builtins::memoryview_hash(self, v),
            // Equal code objects (see `compare`) hash alike.
            Payload::Code(c) => {
                let h = hash_str(&c.code.qualname)
                    ^ hash_str(&c.code.filename).rotate_left(7)
                    ^ (c.code.instructions.len() as i64).wrapping_mul(1000003);
                Ok(if h == -1 { -2 } else { h })
            }
            _ => Ok((o.id() >> 4) as i64),
        }
    }

    /// `PyObject_IsTrue`.
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                let hooked = o
                    .class
                    .as_ref()
                    .and_then(|c| c.type_data())
                    .is_some_and(|t| t.flags.get() & tflags::TRUTH_HOOK != 0);
                if hooked && is_heap_class(self, v) {
                    let cls = self.class_of(v).clone();
                    if typeobj::lookup(&cls, &self.name_bool).is_some() {
                        let r = self
                            .call_dunder(v, "__bool__", &[])?
                            .unwrap_or(Value::Bool(true));
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => {
                                let tn = self.type_name(&r);
                                Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {tn}"
                                )))
                            }
                        };
                    }
                    if typeobj::lookup(&cls, &self.name_len).is_some() {
                        return Ok(self.len(v)? > 0);
                    }
                }
                Ok(match &o.payload {
                    Payload::Str(s) => !s.as_str().is_empty(),
                    Payload::BigInt(b) => !b.is_zero(),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::ByteArray(b) => !b.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Dict(d) => d.len() > 0,
                    Payload::Set(s) | Payload::FrozenSet(s) => s.len() > 0,
                    Payload::Range { start, stop, step } => {
                        crate::iter::range_len(*start, *stop, *step) > 0
                    }
                    Payload::BigRange(b) => {
                        let [start, stop, step] = &**b;
                        !num_traits::Zero::is_zero(&crate::range::length(start, stop, step))
                    }
                    Payload::View { .. } => self.len(v)? > 0,
                    Payload::MemoryView(_) => crate::builtins::memoryview_is_true(self, v)?,
                    Payload::Deque(d) => !d.items.borrow().is_empty(),
                    _ => true,
                })
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if !is_heap_class(self, v)
                || lookup_str(self.class_of(v), "__len__")
                    .map(|f| !matches!(f.payload(), Some(Payload::MethodDescr(_))))
                    != Some(true)
            {
                let n = match &o.payload {
                    Payload::Str(s) => Some(s.char_len()),
                    Payload::Bytes(b) => Some(b.len()),
                    Payload::ByteArray(b) => Some(b.borrow().len()),
                    Payload::Tuple(t) => Some(t.len()),
                    Payload::List(l) => Some(l.borrow().len()),
                    Payload::Dict(d) => Some(d.len()),
                    Payload::Set(s) | Payload::FrozenSet(s) => Some(s.len()),
                    Payload::Range { start, stop, step } => {
                        let n = crate::iter::range_len(*start, *stop, *step);
                        Some(n as usize)
                    }
                    Payload::BigRange(_) => Some(self.range_length(v)?),
                    Payload::View { of, .. } => match of.payload() {
                        Some(Payload::Dict(d)) => Some(d.len()),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(n) = n {
                    return Ok(n);
                }
            }
        }
        match self.call_dunder(v, "__len__", &[])? {
            Some(r) => {
                let n = match &r {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    _ => match r.to_bigint() {
                        Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                            Some(i) => i,
                            None => {
                                return Err(self.overflow_error(
                                    "cannot fit 'int' into an index-sized integer",
                                ))
                            }
                        },
                        None => {
                            let tn = self.type_name(&r);
                            return Err(self.type_error(format!(
                                "'{tn}' object cannot be interpreted as an integer"
                            )));
                        }
                    },
                };
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("object of type '{tn}' has no len()")))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            if !is_heap_class(self, container) {
                match &o.payload {
                    Payload::Str(s) => {
                        return match item.as_str() {
                            // A one-byte ASCII item is searched for as
                            // a `char` (memchr, see `with_pattern!`).
                            Some(i) => Ok(match i.as_bytes() {
                                [b] if b.is_ascii() => s.as_str().contains(*b as char),
                                _ => s.as_str().contains(i),
                            }),
                            None => {
                                let tn = self.type_name(item);
                                Err(self.type_error(format!(
                                    "'in <string>' requires string as left operand, not {tn}"
                                )))
                            }
                        };
                    }
                    Payload::Dict(d) => return d.contains(self, item),
                    Payload::Set(s) | Payload::FrozenSet(s) => {
                        return match s.contains(self, item) {
                            Err(e)
                                if self.err_is(&e, "TypeError")
                                    && matches!(item.payload(), Some(Payload::Set(_))) =>
                            {
                                let fs = crate::builtins::frozen_copy(self, item)?;
                                s.contains(self, &fs)
                            }
                            r => r,
                        }
                    }
                    Payload::List(l) => {
                        let items = l.borrow().clone();
                        return self.seq_contains(&items, item);
                    }
                    Payload::Tuple(t) => {
                        let items = t.to_vec();
                        return self.seq_contains(&items, item);
                    }
                    Payload::Range { start, stop, step } => {
                        if let Value::Int(i) = item {
                            let (s, e, st) = (*start, *stop, *step);
                            let inside = if st > 0 {
                                *i >= s && *i < e
                            } else {
                                *i <= s && *i > e
                            };
                            return Ok(inside && (i - s) % st == 0);
                        }
                    }
                    Payload::BigRange(b) => {
                        let exact_int = match item {
                            Value::Int(_) | Value::Bool(_) => true,
                            Value::Obj(i) => {
                                i.class.is_none() && matches!(i.payload, Payload::BigInt(_))
                            }
                            _ => false,
                        };
                        if let (true, Some(x)) = (exact_int, item.to_bigint()) {
                            let [start, stop, step] = &**b;
                            return Ok(crate::range::contains(start, stop, step, &x));
                        }
                    }
                    Payload::Bytes(_) | Payload::ByteArray(_) => {
                        return crate::builtins::bytes_contains(self, container, item)
                    }
                    Payload::View { of, kind } if *kind <= 2 => {
                        let of = of.clone();
                        return crate::builtins::dict_view_contains(self, &of, *kind, item);
                    }
                    Payload::View { of, .. } => {
                        let of = of.clone();
                        return self.contains(&of, item);
                    }
                    _ => {}
                }
            }
        }
        if let Some(Value::None) = lookup_str(self.class_of(container), "__contains__") {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("'{tn}' object is not a container")));
        }
        if let Some(r) = self.call_dunder(container, "__contains__", std::slice::from_ref(item))? {
            return self.is_true(&r);
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.err_is(&e, "TypeError") => {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
