//! `int`, `bool`, `float`, `complex`: constructors and methods.
//!
//! CPython counterparts: `Objects/longobject.c`, `Objects/boolobject.c`,
//! `Objects/floatobject.c`, `Objects/complexobject.c`.

use super::args::{exact, ArgParser};
use crate::arith::{as_num, complex, num_err, Num};
use crate::object::{Args, Payload, PyObject, PyRef};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

fn static_new(vm: &mut Vm, t: &PyRef, f: crate::object::NativeFn) {
    let new = vm.new_native("__new__", "builtins", f);
    typeobj::set_type_attr(vm, t, "__new__", Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))));
}

pub fn init(vm: &mut Vm) {
    let int = vm.types.int.clone();
    static_new(vm, &int, int_new);
    let b = vm.types.bool_.clone();
    static_new(vm, &b, bool_new);
    let f = vm.types.float.clone();
    static_new(vm, &f, float_new);
    let c = vm.types.complex.clone();
    static_new(vm, &c, complex_new);
    typeobj::add_methods(vm, &int, &[("__index__", int_index), ("__int__", int_index), ("__float__", num_float), ("__repr__", num_repr), ("__hash__", num_hash), ("__bool__", num_bool)]);
    typeobj::add_methods(vm, &f, &[("__float__", num_float), ("__repr__", num_repr), ("__hash__", num_hash), ("__bool__", num_bool), ("__int__", float_int)]);
    typeobj::add_methods(vm, &c, &[("conjugate", complex_conjugate), ("__repr__", num_repr)]);
    let names: [(&str, crate::object::NativeFn); 13] = [
        ("__add__", op_add),
        ("__sub__", op_sub),
        ("__mul__", op_mul),
        ("__truediv__", op_truediv),
        ("__floordiv__", op_floordiv),
        ("__mod__", op_mod),
        ("__pow__", op_pow),
        ("__radd__", op_radd),
        ("__rsub__", op_rsub),
        ("__rmul__", op_rmul),
        ("__neg__", op_neg),
        ("__lt__", op_lt),
        ("__eq__", op_eq),
    ];
    for t in [int.clone(), f.clone()] {
        typeobj::add_methods(vm, &t, &names);
    }
}

/// The int value of a number-ish object for `int(x)`.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::numeric::f64_to_int(*f).map(crate::arith::int_value).map_err(|e| num_err(vm, e)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if o.class.is_none() => Ok(x.clone()),
            Payload::Str(s) if o.class.is_none() || typeobj::lookup_str(vm.class_of(x), "__int__").is_none() => {
                let text = s.as_str().to_string();
                parse_int_str(vm, &text, 10)
            }
            Payload::Bytes(b) => {
                let text = String::from_utf8_lossy(b).into_owned();
                parse_int_str(vm, &text, 10)
            }
            _ => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_dunder(x, m, &[])? {
                        if r.to_bigint().is_none() {
                            let tn = vm.type_name(&r);
                            return Err(vm.type_error(format!("{m} returned non-int (type {tn})")));
                        }
                        return Ok(Value::from_bigint(r.to_bigint().unwrap_or_default()));
                    }
                }
                if let Payload::BigInt(b) = &o.payload {
                    return Ok(Value::from_bigint(b.clone()));
                }
                let tn = vm.type_name(x);
                Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
        }
    }
}

fn parse_int_str(vm: &mut Vm, s: &str, base: i64) -> PyResult<Value> {
    match crate::numeric::parse_int(s, base) {
        Ok(i) => Ok(crate::arith::int_value(i)),
        Err(msg) => Err(vm.value_error(msg)),
    }
}

/// Box an int value as an instance of an int subclass.
fn int_subclass(cls: &PyRef, v: Value) -> Value {
    let b = v.to_bigint().unwrap_or_default();
    Value::Obj(PyObject::with_class(cls.clone(), Payload::BigInt(b), Some(PyObject::bare(Payload::Dict(crate::dict::PyDict::new())))))
}

fn int_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let cls = args.args.first().and_then(|c| c.as_obj().cloned());
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    let [x, base] = ArgParser::new("int").posonly(1).parse(vm, rest, ["", "base"])?;
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = vm.index(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match x.payload() {
                Some(Payload::Str(s)) => {
                    let t = s.as_str().to_string();
                    parse_int_str(vm, &t, base)?
                }
                Some(Payload::Bytes(b)) => {
                    let t = String::from_utf8_lossy(b).into_owned();
                    parse_int_str(vm, &t, base)?
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    match cls {
        Some(c) if !c.is(&vm.types.int) => Ok(int_subclass(&c, v)),
        _ => Ok(v),
    }
}

fn bool_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    super::args::no_kwargs(vm, "bool", &rest)?;
    let a = super::args::range(vm, "bool", &rest, 0, 1)?;
    match a.first() {
        Some(x) => Ok(Value::Bool(vm.is_true(x)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) if typeobj::lookup_str(vm.class_of(x), "__float__").is_none() => {
                crate::numeric::parse_float(s.as_str()).map_err(|m| vm.value_error(m))
            }
            Payload::Bytes(b) => {
                let t = String::from_utf8_lossy(b).into_owned();
                crate::numeric::parse_float(&t).map_err(|m| vm.value_error(m))
            }
            Payload::BigInt(b) if o.class.is_none() => crate::numeric::big_to_f64(b).map_err(|e| num_err(vm, e)),
            _ => {
                if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
                    return match r {
                        Value::Float(f) => Ok(f),
                        _ => {
                            let tn = vm.type_name(&r);
                            Err(vm.type_error(format!("{}.__float__ returned non-float (type {tn})", vm.type_name(x))))
                        }
                    };
                }
                if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
                    return to_float(vm, &r);
                }
                if let Payload::BigInt(b) = &o.payload {
                    return crate::numeric::big_to_f64(b).map_err(|e| num_err(vm, e));
                }
                let tn = vm.type_name(x);
                Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
        }
    }
}

fn float_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let cls = args.args.first().and_then(|c| c.as_obj().cloned());
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    super::args::no_kwargs(vm, "float", &rest)?;
    let a = super::args::range(vm, "float", &rest, 0, 1)?;
    let f = match a.first() {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    // Subclasses of float are not given their own layout: the value is a float.
    let _ = cls;
    Ok(Value::Float(f))
}

fn complex_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    let [real, imag] = ArgParser::new("complex").parse(vm, rest, ["real", "imag"])?;
    let parts = |vm: &mut Vm, v: Option<Value>| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => match as_num(&v) {
                Some(Num::Complex(r, i)) => Ok((r, i)),
                Some(_) => Ok((to_float(vm, &v)?, 0.0)),
                None => {
                    if let Some(s) = v.as_str() {
                        return parse_complex(vm, s);
                    }
                    let tn = vm.type_name(&v);
                    Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{tn}'")))
                }
            },
        }
    };
    let (a, b) = parts(vm, real)?;
    let (c, d) = parts(vm, imag)?;
    Ok(complex(a - d, b + c))
}

fn parse_complex(vm: &mut Vm, s: &str) -> PyResult<(f64, f64)> {
    let t = s.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t);
    let err = |vm: &mut Vm| vm.value_error("complex() arg is a malformed string");
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not an exponent sign.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => crate::numeric::parse_float(x).map_err(|_| err(vm))?,
        };
        let re = if re.is_empty() { 0.0 } else { crate::numeric::parse_float(re).map_err(|_| err(vm))? };
        return Ok((re, im));
    }
    let re = crate::numeric::parse_float(t).map_err(|_| err(vm))?;
    Ok((re, 0.0))
}

fn int_index(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    to_int(vm, slf)
}

fn float_int(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    to_int(vm, slf)
}

fn num_float(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(to_float(vm, slf)?))
}

fn num_repr(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let plain = match slf.payload() {
        Some(Payload::BigInt(b)) => Value::from_bigint(b.clone()),
        _ => slf.clone(),
    };
    vm.repr(&plain)
}

fn num_hash(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let plain = match slf.payload() {
        Some(Payload::BigInt(b)) => Value::from_bigint(b.clone()),
        _ => slf.clone(),
    };
    Ok(Value::Int(vm.hash(&plain)?))
}

fn num_bool(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let plain = match slf.payload() {
        Some(Payload::BigInt(b)) => Value::from_bigint(b.clone()),
        _ => slf.clone(),
    };
    Ok(Value::Bool(vm.is_true(&plain)?))
}

fn complex_conjugate(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    match slf.payload() {
        Some(Payload::Complex(r, i)) => Ok(complex(*r, -*i)),
        _ => Ok(slf.clone()),
    }
}

/// Arithmetic dunders of int/float exposed as methods (so subclasses and
/// `super().__add__` work): the plain values through the arithmetic.
fn plain(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::BigInt(b)) => Value::from_bigint(b.clone()),
        _ => v.clone(),
    }
}

fn binop_method(vm: &mut Vm, slf: &Value, args: Args, op: pyprobe_bytecode::BinOp, reflected: bool) -> PyResult<Value> {
    let other = exact(vm, "op", &args, 1)?[0].clone();
    let (a, b) = if reflected { (plain(&other), plain(slf)) } else { (plain(slf), plain(&other)) };
    match crate::arith::numeric_binop(vm, &a, &b, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn op_add(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Add, false)
}
fn op_sub(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Sub, false)
}
fn op_mul(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Mul, false)
}
fn op_truediv(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::TrueDiv, false)
}
fn op_floordiv(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::FloorDiv, false)
}
fn op_mod(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Mod, false)
}
fn op_pow(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Pow, false)
}
fn op_radd(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Add, true)
}
fn op_rsub(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Sub, true)
}
fn op_rmul(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    binop_method(vm, s, a, pyprobe_bytecode::BinOp::Mul, true)
}
fn op_neg(vm: &mut Vm, s: &Value, _a: Args) -> PyResult<Value> {
    let p = plain(s);
    vm.unary_op(&p, pyprobe_bytecode::UnaryOp::Neg)
}
fn op_lt(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let other = exact(vm, "__lt__", &a, 1)?[0].clone();
    vm.compare(&plain(s), &plain(&other), pyprobe_bytecode::CmpOp::Lt)
}
fn op_eq(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let other = exact(vm, "__eq__", &a, 1)?[0].clone();
    vm.compare(&plain(s), &plain(&other), pyprobe_bytecode::CmpOp::Eq)
}
