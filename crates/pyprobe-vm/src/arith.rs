//! Arithmetic of the built-in types: the numeric tower (bool < int <
//! float < complex) and sequence concatenation/repetition. Returns
//! `Ok(None)` where the built-in type does not implement the operation
//! (CPython's `NotImplemented`), so `ops.rs` can try the reflected side.
//!
//! CPython counterparts: `Objects/longobject.c`, `Objects/floatobject.c`,
//! `Objects/complexobject.c`, the `sq_concat`/`sq_repeat` slots.
//! Invariant: sizes are checked before allocating (`checked_mul`,
//! `try_reserve`), so `'a' * 10**12` raises MemoryError/OverflowError.

use crate::numeric::{self as num, Int, IntOrFloat, NumError};
use crate::object::{Payload, PyObject, PyStr};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use pyprobe_bytecode::BinOp;
use std::borrow::Cow;

/// A number as the arithmetic sees it: a big int is borrowed from its
/// object, not copied.
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(match b.to_i64() {
                Some(i) => Num::Int(i),
                None => Num::Big(b),
            }),
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(r, i) => Some(Num::Complex(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

pub fn int_value(i: Int) -> Value {
    match i {
        Int::Small(v) => Value::Int(v),
        Int::Big(b) => Value::from_bigint(b),
    }
}

pub fn complex(r: f64, i: f64) -> Value {
    Value::Obj(PyObject::bare(Payload::Complex(r, i)))
}

pub fn num_err(vm: &mut Vm, e: NumError) -> crate::PyErr {
    let kind = e.class_name();
    vm.new_error(kind, e.to_string())
}

fn big_of<'a>(n: &Num<'a>) -> Cow<'a, BigInt> {
    match n {
        Num::Int(i) => Cow::Owned(BigInt::from(*i)),
        Num::Big(b) => Cow::Borrowed(b),
        _ => Cow::Owned(BigInt::zero()),
    }
}

fn float_of(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => num::big_to_f64(b).map_err(|e| num_err(vm, e)),
        Num::Float(f) => Ok(*f),
        Num::Complex(r, _) => Ok(*r),
    }
}

/// Arithmetic on two numbers; None when an operand is not a number.
pub fn numeric_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    let op = op.base();
    let r = match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => return complex_binop(vm, &x, &y, op),
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
            ) {
                return Ok(None);
            }
            let fx = float_of(vm, &x)?;
            let fy = float_of(vm, &y)?;
            float_binop(vm, fx, fy, op)?
        }
        (Num::Int(i), Num::Int(j)) => int_binop(vm, *i, *j, op)?,
        _ => {
            let bx = big_of(&x);
            let by = big_of(&y);
            big_binop(vm, &bx, &by, op)?
        }
    };
    Ok(r)
}

fn int_binop(vm: &mut Vm, a: i64, b: i64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => int_value(num::int_add(a, b)),
        BinOp::Sub => int_value(num::int_sub(a, b)),
        BinOp::Mul => int_value(num::int_mul(a, b)),
        BinOp::TrueDiv => Value::Float(num::int_truediv(a, b).map_err(|e| num_err(vm, e))?),
        BinOp::FloorDiv => int_value(num::int_floordiv(a, b).map_err(|e| num_err(vm, e))?),
        BinOp::Mod => Value::Int(num::int_mod(a, b).map_err(|e| num_err(vm, e))?),
        BinOp::Pow => match num::int_pow(a, b).map_err(|e| num_err(vm, e))? {
            IntOrFloat::Int(i) => int_value(i),
            IntOrFloat::Float(f) => Value::Float(f),
        },
        BinOp::LShift => int_value(num::int_lshift(a, b).map_err(|e| num_err(vm, e))?),
        BinOp::RShift => Value::Int(num::int_rshift(a, b).map_err(|e| num_err(vm, e))?),
        BinOp::And => Value::Int(a & b),
        BinOp::Or => Value::Int(a | b),
        BinOp::Xor => Value::Int(a ^ b),
        _ => return Ok(None),
    };
    Ok(Some(r))
}

fn big_binop(vm: &mut Vm, a: &BigInt, b: &BigInt, op: BinOp) -> PyResult<Option<Value>> {
    let e = |vm: &mut Vm, e| num_err(vm, e);
    let r = match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => {
            let bits = a.bits() + b.bits();
            if bits > (1 << 34) {
                return Err(vm.memory_error());
            }
            Value::from_bigint(a * b)
        }
        BinOp::TrueDiv => Value::Float(num::big_truediv(a, b).map_err(|x| e(vm, x))?),
        BinOp::FloorDiv => Value::from_bigint(num::big_floordiv(a, b).map_err(|x| e(vm, x))?),
        BinOp::Mod => Value::from_bigint(num::big_mod(a, b).map_err(|x| e(vm, x))?),
        BinOp::Pow => match num::big_pow(a, b).map_err(|x| e(vm, x))? {
            IntOrFloat::Int(i) => int_value(i),
            IntOrFloat::Float(f) => Value::Float(f),
        },
        BinOp::LShift => Value::from_bigint(num::big_lshift(a, b).map_err(|x| e(vm, x))?),
        BinOp::RShift => Value::from_bigint(num::big_rshift(a, b).map_err(|x| e(vm, x))?),
        BinOp::And => Value::from_bigint(a & b),
        BinOp::Or => Value::from_bigint(a | b),
        BinOp::Xor => Value::from_bigint(a ^ b),
        _ => return Ok(None),
    };
    Ok(Some(r))
}

fn float_binop(vm: &mut Vm, a: f64, b: f64, op: BinOp) -> PyResult<Option<Value>> {
    let e = |vm: &mut Vm, e| num_err(vm, e);
    let r = match op {
        BinOp::Add => Value::Float(a + b),
        BinOp::Sub => Value::Float(a - b),
        BinOp::Mul => Value::Float(a * b),
        BinOp::TrueDiv => Value::Float(num::float_truediv(a, b).map_err(|x| e(vm, x))?),
        BinOp::FloorDiv => Value::Float(num::float_floordiv(a, b).map_err(|x| e(vm, x))?),
        BinOp::Mod => Value::Float(num::float_mod(a, b).map_err(|x| e(vm, x))?),
        BinOp::Pow => match num::float_pow(a, b).map_err(|x| e(vm, x))? {
            num::FloatOrComplex::Float(f) => Value::Float(f),
            num::FloatOrComplex::Complex(r, i) => complex(r, i),
        },
        _ => return Ok(None),
    };
    Ok(Some(r))
}

fn complex_binop(vm: &mut Vm, x: &Num, y: &Num, op: BinOp) -> PyResult<Option<Value>> {
    let parts = |vm: &mut Vm, n: &Num| -> PyResult<(f64, f64)> {
        match n {
            Num::Complex(r, i) => Ok((*r, *i)),
            other => Ok((float_of(vm, other)?, 0.0)),
        }
    };
    let (a, b) = parts(vm, x)?;
    let (c, d) = parts(vm, y)?;
    let r = match op {
        BinOp::Add => complex(a + c, b + d),
        BinOp::Sub => complex(a - c, b - d),
        BinOp::Mul => complex(a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => {
            let (r, i) = complex_div(vm, (a, b), (c, d))?;
            complex(r, i)
        }
        BinOp::Pow => {
            let (r, i) = complex_pow(vm, (a, b), (c, d), matches!(y, Num::Int(_)))?;
            complex(r, i)
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// CPython's `_Py_c_quot` (Smith's algorithm).
pub fn complex_div(vm: &mut Vm, (a, b): (f64, f64), (c, d): (f64, f64)) -> PyResult<(f64, f64)> {
    let abs_c = c.abs();
    let abs_d = d.abs();
    if abs_c >= abs_d {
        if abs_c == 0.0 && abs_d == 0.0 {
            return Err(vm.zero_division("complex division by zero"));
        }
        let ratio = d / c;
        let denom = c + d * ratio;
        Ok(((a + b * ratio) / denom, (b - a * ratio) / denom))
    } else if abs_d >= abs_c {
        let ratio = c / d;
        let denom = c * ratio + d;
        Ok(((a * ratio + b) / denom, (b * ratio - a) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn complex_pow(
    vm: &mut Vm,
    base: (f64, f64),
    exp: (f64, f64),
    int_exp: bool,
) -> PyResult<(f64, f64)> {
    if exp.1 == 0.0 && int_exp && exp.0.abs() <= 100.0 {
        // CPython multiplies out small integer powers (c_powi).
        let n = exp.0 as i64;
        let mut result = (1.0, 0.0);
        let mut x = base;
        let mut m = n.unsigned_abs();
        while m > 0 {
            if m & 1 == 1 {
                result = (
                    result.0 * x.0 - result.1 * x.1,
                    result.0 * x.1 + result.1 * x.0,
                );
            }
            x = (x.0 * x.0 - x.1 * x.1, 2.0 * x.0 * x.1);
            m >>= 1;
        }
        if n < 0 {
            return complex_div(vm, (1.0, 0.0), result);
        }
        return Ok(result);
    }
    if exp == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if base == (0.0, 0.0) {
        if exp.1 != 0.0 || exp.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = base.0.hypot(base.1);
    let mut len = vabs.powf(exp.0);
    let at = base.1.atan2(base.0);
    let mut phase = at * exp.0;
    if exp.1 != 0.0 {
        len /= (at * exp.1).exp();
        phase += exp.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// Concatenation and repetition of the built-in sequences; None when the
/// operands are not a matching pair.
pub fn sequence_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match op.base() {
        BinOp::Add => concat(vm, a, b),
        BinOp::Mul => {
            for (seq, count) in [(a, b), (b, a)] {
                match repeat_count(count) {
                    Some(Some(n)) => return repeat(vm, seq, n),
                    // A count past the index range, for a sequence:
                    // CPython's `PyNumber_AsSsize_t(n, OverflowError)`.
                    Some(None) if repeat(vm, seq, 0)?.is_some() => {
                        let tn = vm.type_name(count);
                        return Err(vm.overflow_error(format!(
                            "cannot fit '{tn}' into an index-sized integer"
                        )));
                    }
                    Some(None) => {}
                    None => {}
                }
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// The count of a repetition: None when `v` is no int, Some(None) when it
/// is one past the index range.
fn repeat_count(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Int(i) => Some(Some(*i)),
        Value::Bool(b) => Some(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(b.to_i64()),
            _ => None,
        },
        _ => None,
    }
}

/// `s + t` of two strs.
pub fn str_concat(vm: &mut Vm, s: &PyStr, t: &PyStr) -> PyResult<Value> {
    if let ([], [b]) | ([b], []) = (s.as_str().as_bytes(), t.as_str().as_bytes()) {
        if b.is_ascii() {
            return Ok(Value::Obj(crate::object::ascii_char(*b)));
        }
    }
    match PyStr::concat(s, t) {
        Some(r) => Ok(Value::Obj(PyObject::bare(Payload::Str(r)))),
        None => Err(vm.memory_error()),
    }
}

fn concat(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(None);
    };
    let r = match (&x.payload, &y.payload) {
        (Payload::Str(s), Payload::Str(t)) => return str_concat(vm, s, t).map(Some),
        (Payload::List(s), Payload::List(t)) => {
            let mut v = s.borrow().clone();
            v.extend(t.borrow().iter().cloned());
            vm.new_list(v)
        }
        (Payload::Tuple(s), Payload::Tuple(t)) => {
            let mut v = s.to_vec();
            v.extend(t.iter().cloned());
            vm.new_tuple(v)
        }
        (Payload::Bytes(s), Payload::Bytes(t)) => {
            let mut v = s.to_vec();
            v.extend_from_slice(t);
            Value::Obj(PyObject::bare(Payload::Bytes(v.into_boxed_slice())))
        }
        (Payload::ByteArray(s), Payload::Bytes(t)) => {
            let mut v = s.borrow().clone();
            v.extend_from_slice(t);
            Value::Obj(PyObject::bare(Payload::ByteArray(std::cell::RefCell::new(
                v,
            ))))
        }
        (Payload::ByteArray(s), Payload::ByteArray(t)) => {
            let mut v = s.borrow().clone();
            v.extend_from_slice(&t.borrow());
            Value::Obj(PyObject::bare(Payload::ByteArray(std::cell::RefCell::new(
                v,
            ))))
        }
        (Payload::Bytes(s), Payload::ByteArray(t)) => {
            let mut v = s.to_vec();
            v.extend_from_slice(&t.borrow());
            Value::Obj(PyObject::bare(Payload::Bytes(v.into_boxed_slice())))
        }
        // A bytes-like memoryview (contiguous, not released); any other
        // is refused as CPython's simple buffer request refuses it.
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::MemoryView(_)) => {
            let Some(t) = crate::builtins::buffer(b) else {
                return Ok(None);
            };
            let mut v = crate::builtins::buffer(a).unwrap_or_default();
            v.extend_from_slice(&t);
            crate::builtins::like(a, v)
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// Checked size for a repetition: OverflowError past sys.maxsize,
/// MemoryError past what can be allocated.
fn repeat_size(vm: &mut Vm, len: usize, n: i64) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    match len.checked_mul(n as usize) {
        Some(total) if total <= isize::MAX as usize => {
            if total > (1usize << 36) {
                return Err(vm.memory_error());
            }
            Ok(total)
        }
        _ => Err(vm.memory_error()),
    }
}

fn repeat(vm: &mut Vm, seq: &Value, n: i64) -> PyResult<Option<Value>> {
    let Value::Obj(o) = seq else { return Ok(None) };
    let r = match &o.payload {
        Payload::Str(s) => {
            let total = repeat_size(vm, s.as_str().len(), n)?;
            let mut out = String::new();
            out.try_reserve(total).map_err(|_| vm.memory_error())?;
            for _ in 0..(if total == 0 { 0 } else { n }) {
                out.push_str(s.as_str());
            }
            Value::str(out)
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            let total = repeat_size(vm, items.len(), n)?;
            let mut v = Vec::new();
            v.try_reserve(total).map_err(|_| vm.memory_error())?;
            for _ in 0..(if total == 0 { 0 } else { n }) {
                v.extend(items.iter().cloned());
            }
            vm.new_list(v)
        }
        Payload::Tuple(t) => {
            let total = repeat_size(vm, t.len(), n)?;
            let mut v = Vec::new();
            v.try_reserve(total).map_err(|_| vm.memory_error())?;
            for _ in 0..(if total == 0 { 0 } else { n }) {
                v.extend(t.iter().cloned());
            }
            vm.new_tuple(v)
        }
        Payload::Bytes(b) => {
            let total = repeat_size(vm, b.len(), n)?;
            let mut v = Vec::new();
            v.try_reserve(total).map_err(|_| vm.memory_error())?;
            for _ in 0..(if total == 0 { 0 } else { n }) {
                v.extend_from_slice(b);
            }
            Value::Obj(PyObject::bare(Payload::Bytes(v.into_boxed_slice())))
        }
        Payload::ByteArray(b) => {
            let src = b.borrow().clone();
            let total = repeat_size(vm, src.len(), n)?;
            let mut v = Vec::new();
            v.try_reserve(total).map_err(|_| vm.memory_error())?;
            for _ in 0..(if total == 0 { 0 } else { n }) {
                v.extend_from_slice(&src);
            }
            Value::Obj(PyObject::bare(Payload::ByteArray(std::cell::RefCell::new(
                v,
            ))))
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// Unary minus/plus/invert/abs of a built-in number.
pub fn numeric_unary(
    vm: &mut Vm,
    a: &Value,
    op: pyprobe_bytecode::UnaryOp,
) -> PyResult<Option<Value>> {
    use pyprobe_bytecode::UnaryOp as U;
    let Some(n) = as_num(a) else { return Ok(None) };
    let r = match (op, n) {
        (U::Neg, Num::Int(i)) => int_value(num::int_neg(i)),
        (U::Neg, Num::Big(b)) => Value::from_bigint(-b),
        (U::Neg, Num::Float(f)) => Value::Float(-f),
        (U::Neg, Num::Complex(r, i)) => complex(-r, -i),
        (U::Pos, Num::Int(i)) => Value::Int(i),
        (U::Pos, Num::Big(b)) => Value::from_bigint(b.clone()),
        (U::Pos, Num::Float(f)) => Value::Float(f),
        (U::Pos, Num::Complex(r, i)) => complex(r, i),
        (U::Invert, Num::Int(i)) => Value::Int(!i),
        (U::Invert, Num::Big(b)) => Value::from_bigint(-b - 1),
        _ => {
            let _ = vm;
            return Ok(None);
        }
    };
    Ok(Some(r))
}
