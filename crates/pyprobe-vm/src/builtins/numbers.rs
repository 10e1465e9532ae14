//! `int`, `bool`, `float`, `complex`: constructors and methods.
//!
//! CPython counterparts: `Objects/longobject.c`, `Objects/boolobject.c`,
//! `Objects/floatobject.c`, `Objects/complexobject.c` and the complex part
//! of `Python/formatter_unicode.c`.
//!
//! The operators of the built-in numbers run natively in `ops.rs`/`arith.rs`;
//! the dunders here are what `int.__add__`, `super().__add__(x)` and
//! subclasses see. Like CPython's slots they only accept operands of their
//! own tower level (`(1).__add__(1.5)` is NotImplemented) and take an int
//! subclass instance (a `BigInt` payload with a class) as its plain value.

use super::args::{exact, ArgParser};
use crate::arith::{as_num, complex, int_value, num_err, Num};
use crate::format::{self, FormatSpec};
use crate::numeric::{self, Int, NumError, RoundResult};
use crate::object::{Args, NativeFn, Payload, PyObject, PyRef};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyprobe_bytecode::{BinOp, CmpOp, UnaryOp};
use std::cell::RefCell;
use std::cmp::Ordering;

fn static_new(vm: &mut Vm, t: &PyRef, f: NativeFn) {
    let new = vm.new_native("__new__", "builtins", f);
    typeobj::set_type_attr(
        vm,
        t,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
}

/// Level of the numeric tower a method belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Complex,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Complex => "complex",
        }
    }
}

/// Defines natives that forward to a helper with extra arguments:
/// `name => helper(extra, ...)` is `fn name(vm, slf, args)` calling
/// `helper(vm, slf, args, extra, ...)`.
macro_rules! forward {
    ($($f:ident => $helper:ident($($arg:expr),*);)*) => {
        $(fn $f(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
            $helper(vm, s, a, $($arg),*)
        })*
    };
}

forward! {
    int_add => binop(Kind::Int, BinOp::Add, false); int_sub => binop(Kind::Int, BinOp::Sub, false);
    int_mul => binop(Kind::Int, BinOp::Mul, false); int_truediv => binop(Kind::Int, BinOp::TrueDiv, false);
    int_floordiv => binop(Kind::Int, BinOp::FloorDiv, false); int_mod => binop(Kind::Int, BinOp::Mod, false);
    int_lshift => binop(Kind::Int, BinOp::LShift, false); int_rshift => binop(Kind::Int, BinOp::RShift, false);
    int_and => binop(Kind::Int, BinOp::And, false); int_or => binop(Kind::Int, BinOp::Or, false);
    int_xor => binop(Kind::Int, BinOp::Xor, false); int_radd => binop(Kind::Int, BinOp::Add, true);
    int_rsub => binop(Kind::Int, BinOp::Sub, true); int_rmul => binop(Kind::Int, BinOp::Mul, true);
    int_rtruediv => binop(Kind::Int, BinOp::TrueDiv, true); int_rfloordiv => binop(Kind::Int, BinOp::FloorDiv, true);
    int_rmod => binop(Kind::Int, BinOp::Mod, true); int_rlshift => binop(Kind::Int, BinOp::LShift, true);
    int_rrshift => binop(Kind::Int, BinOp::RShift, true); int_rand => binop(Kind::Int, BinOp::And, true);
    int_ror => binop(Kind::Int, BinOp::Or, true); int_rxor => binop(Kind::Int, BinOp::Xor, true);
    float_add => binop(Kind::Float, BinOp::Add, false); float_sub => binop(Kind::Float, BinOp::Sub, false);
    float_mul => binop(Kind::Float, BinOp::Mul, false); float_truediv => binop(Kind::Float, BinOp::TrueDiv, false);
    float_floordiv => binop(Kind::Float, BinOp::FloorDiv, false); float_mod => binop(Kind::Float, BinOp::Mod, false);
    float_radd => binop(Kind::Float, BinOp::Add, true); float_rsub => binop(Kind::Float, BinOp::Sub, true);
    float_rmul => binop(Kind::Float, BinOp::Mul, true); float_rtruediv => binop(Kind::Float, BinOp::TrueDiv, true);
    float_rfloordiv => binop(Kind::Float, BinOp::FloorDiv, true); float_rmod => binop(Kind::Float, BinOp::Mod, true);
    complex_add => binop(Kind::Complex, BinOp::Add, false); complex_sub => binop(Kind::Complex, BinOp::Sub, false);
    complex_mul => binop(Kind::Complex, BinOp::Mul, false);
    complex_truediv => binop(Kind::Complex, BinOp::TrueDiv, false);
    complex_radd => binop(Kind::Complex, BinOp::Add, true); complex_rsub => binop(Kind::Complex, BinOp::Sub, true);
    complex_rmul => binop(Kind::Complex, BinOp::Mul, true);
    complex_rtruediv => binop(Kind::Complex, BinOp::TrueDiv, true); int_lt => cmpop(Kind::Int, CmpOp::Lt);
    int_le => cmpop(Kind::Int, CmpOp::Le); int_eq => cmpop(Kind::Int, CmpOp::Eq); int_ne => cmpop(Kind::Int, CmpOp::Ne);
    int_gt => cmpop(Kind::Int, CmpOp::Gt); int_ge => cmpop(Kind::Int, CmpOp::Ge);
    float_lt => cmpop(Kind::Float, CmpOp::Lt); float_le => cmpop(Kind::Float, CmpOp::Le);
    float_eq => cmpop(Kind::Float, CmpOp::Eq); float_ne => cmpop(Kind::Float, CmpOp::Ne);
    float_gt => cmpop(Kind::Float, CmpOp::Gt); float_ge => cmpop(Kind::Float, CmpOp::Ge);
    complex_lt => cmpop(Kind::Complex, CmpOp::Lt); complex_le => cmpop(Kind::Complex, CmpOp::Le);
    complex_eq => cmpop(Kind::Complex, CmpOp::Eq); complex_ne => cmpop(Kind::Complex, CmpOp::Ne);
    complex_gt => cmpop(Kind::Complex, CmpOp::Gt); complex_ge => cmpop(Kind::Complex, CmpOp::Ge);
    num_neg => unary(UnaryOp::Neg, "__neg__"); num_pos => unary(UnaryOp::Pos, "__pos__"); num_pow => pow_slot(false);
    num_rpow => pow_slot(true); num_divmod => divmod_slot(false); num_rdivmod => divmod_slot(true);
    bool_and => bool_bitop(BinOp::And); bool_or => bool_bitop(BinOp::Or); bool_xor => bool_bitop(BinOp::Xor);
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
    let common: [(&str, NativeFn); 8] = [
        ("__repr__", num_repr),
        ("__hash__", num_hash),
        ("__bool__", num_bool),
        ("__neg__", num_neg),
        ("__pos__", num_pos),
        ("__abs__", num_abs),
        ("__format__", num_format),
        ("conjugate", num_conjugate),
    ];
    for t in [&int, &f, &c] {
        typeobj::add_methods(vm, t, &common);
    }
    #[rustfmt::skip]
    typeobj::add_methods(vm, &int, &[
        ("__add__", int_add), ("__sub__", int_sub), ("__mul__", int_mul), ("__truediv__", int_truediv),
        ("__floordiv__", int_floordiv), ("__mod__", int_mod), ("__lshift__", int_lshift), ("__rshift__", int_rshift),
        ("__and__", int_and), ("__or__", int_or), ("__xor__", int_xor), ("__radd__", int_radd), ("__rsub__", int_rsub),
        ("__rmul__", int_rmul), ("__rtruediv__", int_rtruediv), ("__rfloordiv__", int_rfloordiv), ("__rmod__", int_rmod),
        ("__rlshift__", int_rlshift), ("__rrshift__", int_rrshift), ("__rand__", int_rand), ("__ror__", int_ror),
        ("__rxor__", int_rxor), ("__lt__", int_lt), ("__le__", int_le), ("__eq__", int_eq), ("__ne__", int_ne),
        ("__gt__", int_gt), ("__ge__", int_ge), ("__pow__", num_pow), ("__rpow__", num_rpow), ("__divmod__", num_divmod),
        ("__rdivmod__", num_rdivmod), ("__invert__", int_invert), ("__index__", int_int), ("__int__", int_int),
        ("__float__", num_float), ("__trunc__", int_trunc), ("__floor__", int_trunc), ("__ceil__", int_trunc),
        ("__round__", int_round), ("__getnewargs__", num_getnewargs), ("bit_length", int_bit_length),
        ("bit_count", int_bit_count), ("to_bytes", int_to_bytes), ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
    ]);
    typeobj::add_classmethods(vm, &int, &[("from_bytes", int_from_bytes)]);
    #[rustfmt::skip]
    typeobj::add_methods(vm, &b, &[
        ("__repr__", bool_repr), ("__and__", bool_and), ("__or__", bool_or), ("__xor__", bool_xor),
        ("__rand__", bool_and), ("__ror__", bool_or), ("__rxor__", bool_xor),
    ]);
    #[rustfmt::skip]
    typeobj::add_methods(vm, &f, &[
        ("__add__", float_add), ("__sub__", float_sub), ("__mul__", float_mul), ("__truediv__", float_truediv),
        ("__floordiv__", float_floordiv), ("__mod__", float_mod), ("__radd__", float_radd), ("__rsub__", float_rsub),
        ("__rmul__", float_rmul), ("__rtruediv__", float_rtruediv), ("__rfloordiv__", float_rfloordiv),
        ("__rmod__", float_rmod), ("__lt__", float_lt), ("__le__", float_le), ("__eq__", float_eq), ("__ne__", float_ne),
        ("__gt__", float_gt), ("__ge__", float_ge), ("__pow__", num_pow), ("__rpow__", num_rpow),
        ("__divmod__", num_divmod), ("__rdivmod__", num_rdivmod), ("__float__", num_float), ("__int__", float_trunc),
        ("__trunc__", float_trunc), ("__floor__", float_floor), ("__ceil__", float_ceil), ("__round__", float_round),
        ("__getnewargs__", num_getnewargs), ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio), ("hex", float_hex),
    ]);
    typeobj::add_classmethods(
        vm,
        &f,
        &[
            ("fromhex", float_fromhex),
            ("__getformat__", float_getformat),
        ],
    );
    #[rustfmt::skip]
    typeobj::add_methods(vm, &c, &[
        ("__add__", complex_add), ("__sub__", complex_sub), ("__mul__", complex_mul), ("__truediv__", complex_truediv),
        ("__radd__", complex_radd), ("__rsub__", complex_rsub), ("__rmul__", complex_rmul),
        ("__rtruediv__", complex_rtruediv), ("__pow__", num_pow), ("__rpow__", num_rpow), ("__lt__", complex_lt),
        ("__le__", complex_le), ("__eq__", complex_eq), ("__ne__", complex_ne), ("__gt__", complex_gt),
        ("__ge__", complex_ge), ("__complex__", complex_complex), ("__getnewargs__", num_getnewargs),
    ]);
}

// ----- operands -----------------------------------------------------------------------------

/// A plain int value (unboxed when it fits) of an int, bool or int subclass instance.
fn int_of(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(Value::from_bigint(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// The value of `v` as an operand of a `kind` method, or None when that
/// method does not handle `v` (NotImplemented).
fn operand(kind: Kind, v: &Value) -> Option<Value> {
    if let Some(i) = int_of(v) {
        return Some(i);
    }
    match (kind, v) {
        (Kind::Float | Kind::Complex, Value::Float(_)) => Some(v.clone()),
        // A float subclass instance: its value, a plain float.
        (Kind::Float | Kind::Complex, Value::Obj(o)) => match o.payload {
            Payload::Float(f) => Some(Value::Float(f)),
            Payload::Complex(r, i) if matches!(kind, Kind::Complex) => Some(complex(r, i)),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver of a `kind` method, or CPython's descriptor TypeError.
fn receiver(vm: &mut Vm, kind: Kind, slf: &Value, name: &str) -> PyResult<Value> {
    let ok = match kind {
        Kind::Int => int_of(slf).is_some(),
        Kind::Float => {
            matches!(slf, Value::Float(_)) || matches!(slf.payload(), Some(Payload::Float(_)))
        }
        Kind::Complex => matches!(slf.payload(), Some(Payload::Complex(..))),
    };
    if !ok {
        let (k, tn) = (kind.name(), vm.type_name(slf));
        // Slot wrappers and method descriptors word the error differently.
        const METHODS: [&str; 6] = [
            "__round__",
            "__trunc__",
            "__floor__",
            "__ceil__",
            "__format__",
            "__getnewargs__",
        ];
        let msg = if name.starts_with("__") && !METHODS.contains(&name) {
            format!("descriptor '{name}' requires a '{k}' object but received a '{tn}'")
        } else {
            format!("descriptor '{name}' for '{k}' objects doesn't apply to a '{tn}' object")
        };
        return Err(vm.type_error(msg));
    }
    Ok(operand(kind, slf).unwrap_or(Value::None))
}

/// The tower level of a built-in number value.
fn kind_of(v: &Value) -> Kind {
    match as_num(v) {
        Some(Num::Float(_)) => Kind::Float,
        Some(Num::Complex(..)) => Kind::Complex,
        _ => Kind::Int,
    }
}

/// A slot wrapper's argument count check ("expected 1 argument, got 0").
fn slot_args<'a>(vm: &mut Vm, name: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = args.positional();
    if pos.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {}", pos.len())));
    }
    Ok(pos)
}

/// A method without parameters ("int.bit_length() takes no arguments (1 given)").
fn no_args(vm: &mut Vm, kind: Kind, name: &str, args: &Args) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            kind.name()
        )));
    }
    let n = args.positional().len();
    if n != 0 {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no arguments ({n} given)",
            kind.name()
        )));
    }
    Ok(())
}

/// `operator.index(v)` as a BigInt (no size limit).
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(b) = r.to_bigint() {
            return Ok(b);
        }
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

fn not_implemented(vm: &Vm) -> Value {
    vm.not_implemented.clone()
}

// ----- generic number slots ------------------------------------------------------------------

fn binop(
    vm: &mut Vm,
    slf: &Value,
    args: Args,
    kind: Kind,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (fwd, refl, _) = op.dunders();
    let name = if reflected { refl } else { fwd };
    let other = slot_args(vm, name, &args, 1)?[0].clone();
    let a = receiver(vm, kind, slf, name)?;
    let Some(b) = operand(kind, &other) else {
        return Ok(not_implemented(vm));
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(crate::arith::numeric_binop(vm, &x, &y, op)?.unwrap_or_else(|| not_implemented(vm)))
}

/// Ordering of two real numbers (None when a NaN is involved).
fn real_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    use crate::ops::int_float_cmp;
    let big = |n: &Num| match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        _ => BigInt::zero(),
    };
    match (x, y) {
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Float(a), i) => int_float_cmp(&big(i), *a).map(Ordering::reverse),
        (i, Num::Float(b)) => int_float_cmp(&big(i), *b),
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (a, b) => Some(big(a).cmp(&big(b))),
    }
}

/// `x == y` for two numbers of any level.
fn num_equal(x: &Num, y: &Num) -> bool {
    match (x, y) {
        (Num::Complex(a, b), Num::Complex(c, d)) => a == c && b == d,
        (Num::Complex(a, b), other) | (other, Num::Complex(a, b)) => {
            *b == 0.0 && real_cmp(&Num::Float(*a), other) == Some(Ordering::Equal)
        }
        _ => real_cmp(x, y) == Some(Ordering::Equal),
    }
}

fn cmpop(vm: &mut Vm, slf: &Value, args: Args, kind: Kind, op: CmpOp) -> PyResult<Value> {
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    let a = receiver(vm, kind, slf, op.dunder())?;
    let Some(b) = operand(kind, &other) else {
        return Ok(not_implemented(vm));
    };
    let (Some(x), Some(y)) = (as_num(&a), as_num(&b)) else {
        return Ok(not_implemented(vm));
    };
    let r = match op {
        CmpOp::Eq => num_equal(&x, &y),
        CmpOp::Ne => !num_equal(&x, &y),
        _ if kind == Kind::Complex => return Ok(not_implemented(vm)),
        _ => match real_cmp(&x, &y) {
            Some(o) => crate::ops::cmp_ord(o, op),
            None => false,
        },
    };
    Ok(Value::Bool(r))
}

fn unary(vm: &mut Vm, slf: &Value, args: Args, op: UnaryOp, name: &str) -> PyResult<Value> {
    slot_args(vm, name, &args, 0)?;
    let kind = kind_of(slf);
    let a = receiver(vm, kind, slf, name)?;
    match crate::arith::numeric_unary(vm, &a, op)? {
        Some(r) => Ok(r),
        None => Ok(not_implemented(vm)),
    }
}

fn int_invert(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__invert__", &a, 0)?;
    let v = receiver(vm, Kind::Int, s, "__invert__")?;
    vm.unary_op(&v, UnaryOp::Invert)
}

/// `abs(complex)`: CPython's `_Py_c_abs` with its OverflowError.
pub fn complex_abs(vm: &mut Vm, r: f64, i: f64) -> PyResult<f64> {
    if r.is_infinite() || i.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if r.is_nan() || i.is_nan() {
        return Ok(f64::NAN);
    }
    let h = r.hypot(i);
    if h.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(h)
}

fn num_abs(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__abs__", &a, 0)?;
    let v = receiver(vm, kind_of(s), s, "__abs__")?;
    match as_num(&v) {
        Some(Num::Int(i)) => Ok(int_value(numeric::int_abs(i))),
        Some(Num::Big(b)) => Ok(Value::from_bigint(b.abs())),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        Some(Num::Complex(r, i)) => Ok(Value::Float(complex_abs(vm, r, i)?)),
        None => Ok(not_implemented(vm)),
    }
}

fn num_bool(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__bool__", &a, 0)?;
    let v = receiver(vm, kind_of(s), s, "__bool__")?;
    Ok(Value::Bool(match as_num(&v) {
        Some(Num::Int(i)) => i != 0,
        Some(Num::Big(b)) => !b.is_zero(),
        Some(Num::Float(f)) => f != 0.0,
        Some(Num::Complex(r, i)) => r != 0.0 || i != 0.0,
        None => false,
    }))
}

fn num_repr(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__repr__", &a, 0)?;
    let v = receiver(vm, kind_of(s), s, "__repr__")?;
    vm.repr(&v)
}

fn num_hash(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__hash__", &a, 0)?;
    let v = receiver(vm, kind_of(s), s, "__hash__")?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn num_format(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let kind = kind_of(s);
    let n = a.positional().len();
    if n != 1 || a.has_keywords() {
        let k = kind.name();
        return Err(vm.type_error(format!(
            "{k}.__format__() takes exactly one argument ({n} given)"
        )));
    }
    let spec = a.positional()[0].clone();
    let Some(spec_s) = spec.as_str().map(str::to_string) else {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    let v = receiver(vm, kind, s, "__format__")?;
    if spec_s.is_empty() && s.as_obj().is_some_and(|o| o.class.is_some()) {
        // An empty spec formats a subclass instance as str(self).
        return vm.str(s);
    }
    if let Some(Payload::Complex(r, i)) = v.payload() {
        if spec_s.is_empty() {
            return vm.str(&v);
        }
        return match format_complex(*r, *i, &spec_s) {
            Ok(t) => Ok(Value::str(t)),
            Err(e) => Err(vm.new_error(format::error_type(&e), e)),
        };
    }
    // Keep bools as they are: format(True, '') is 'True'.
    vm.format(if matches!(s, Value::Bool(_)) { s } else { &v }, &spec)
}

fn num_conjugate(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let kind = kind_of(s);
    no_args(vm, kind, "conjugate", &a)?;
    let v = receiver(vm, kind, s, "conjugate")?;
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok(complex(*r, -*i)),
        _ => Ok(v),
    }
}

fn num_getnewargs(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let kind = kind_of(s);
    no_args(vm, kind, "__getnewargs__", &a)?;
    let v = receiver(vm, kind, s, "__getnewargs__")?;
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok(vm.new_tuple(vec![Value::Float(*r), Value::Float(*i)])),
        _ => Ok(vm.new_tuple(vec![v])),
    }
}

fn num_float(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__float__", &a, 0)?;
    let v = receiver(vm, kind_of(s), s, "__float__")?;
    match as_num(&v) {
        Some(Num::Int(i)) => Ok(Value::Float(i as f64)),
        Some(Num::Big(b)) => Ok(Value::Float(
            numeric::big_to_f64(b).map_err(|e| num_err(vm, e))?,
        )),
        _ => Ok(v),
    }
}

/// `pow(a, b, m)` as the slots see it: `m` is None or absent for plain `**`.
fn pow_slot(vm: &mut Vm, slf: &Value, args: Args, reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = args.positional();
    if pos.is_empty() || pos.len() > 2 {
        let what = if pos.is_empty() {
            "at least 1 argument"
        } else {
            "at most 2 arguments"
        };
        return Err(vm.type_error(format!(" expected {what}, got {}", pos.len())));
    }
    let kind = kind_of(slf);
    let a = receiver(vm, kind, slf, name)?;
    let Some(b) = operand(kind, &pos[0]) else {
        return Ok(not_implemented(vm));
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match pos.get(1).filter(|m| !m.is_none()) {
        None => Ok(crate::arith::numeric_binop(vm, &x, &y, BinOp::Pow)?
            .unwrap_or_else(|| not_implemented(vm))),
        Some(m) => {
            if kind == Kind::Complex {
                return Err(vm.value_error("complex modulo"));
            }
            let (Some(bx), Some(by), Some(bm)) = (
                x.to_bigint(),
                y.to_bigint(),
                int_of(m).and_then(|m| m.to_bigint()),
            ) else {
                if kind == Kind::Int && int_of(m).is_none() {
                    return Ok(not_implemented(vm));
                }
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            let r = numeric::pow_mod(&bx, &by, &bm).map_err(|e| num_err(vm, e))?;
            Ok(Value::from_bigint(r))
        }
    }
}

/// `divmod(x, y)` of two ints or floats (None for other operands).
pub fn num_divmod_values(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Option<Value>> {
    let (Some(a), Some(b)) = (as_num(x), as_num(y)) else {
        return Ok(None);
    };
    let (q, r) = match (&a, &b) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => return Ok(None),
        (Num::Int(i), Num::Int(j)) => {
            let (q, r) = numeric::int_divmod(*i, *j).map_err(|e| num_err(vm, e))?;
            (int_value(q), Value::Int(r))
        }
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let fx = super::float_of(vm, x)?;
            let fy = super::float_of(vm, y)?;
            let (q, r) = numeric::float_divmod(fx, fy).map_err(|e| num_err(vm, e))?;
            (Value::Float(q), Value::Float(r))
        }
        _ => {
            let (bx, by) = (
                x.to_bigint().unwrap_or_default(),
                y.to_bigint().unwrap_or_default(),
            );
            let (q, r) = numeric::big_divmod(&bx, &by).map_err(|e| num_err(vm, e))?;
            (Value::from_bigint(q), Value::from_bigint(r))
        }
    };
    Ok(Some(vm.new_pair(q, r)))
}

fn divmod_slot(vm: &mut Vm, slf: &Value, args: Args, reflected: bool) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let other = slot_args(vm, name, &args, 1)?[0].clone();
    let kind = kind_of(slf);
    let a = receiver(vm, kind, slf, name)?;
    let Some(b) = operand(kind, &other) else {
        return Ok(not_implemented(vm));
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(num_divmod_values(vm, &x, &y)?.unwrap_or_else(|| not_implemented(vm)))
}

// ----- int ------------------------------------------------------------------------------------

const INT_ARG: &str = "int() argument must be a string, a bytes-like object or a real number";

/// The int value of a number-ish object for `int(x)`.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            return numeric::f64_to_int(*f)
                .map(int_value)
                .map_err(|e| num_err(vm, e))
        }
        _ => {}
    }
    if x.as_obj().is_some_and(|o| o.class.is_none()) {
        if let Some(Payload::BigInt(_)) = x.payload() {
            return Ok(x.clone());
        }
        if let Some(r) = parse_int_obj(vm, x, 10) {
            return r;
        }
    }
    for m in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = vm.call_dunder(x, m, &[])? {
            let Some(b) = r.to_bigint() else {
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("{m} returned non-int (type {tn})")));
            };
            return Ok(Value::from_bigint(b));
        }
    }
    if let Some(b) = x.to_bigint() {
        return Ok(Value::from_bigint(b));
    }
    if let Some(r) = parse_int_obj(vm, x, 10) {
        return r;
    }
    // Any other bytes-like object: a memoryview.
    if let Some(b) = super::bytes::buffer(x) {
        return parse_int_bytes(vm, &b, 10);
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("{INT_ARG}, not '{tn}'")))
}

/// `int(x, base)` for str, bytes and bytearray payloads (None for other objects).
fn parse_int_obj(vm: &mut Vm, x: &Value, base: i64) -> Option<PyResult<Value>> {
    let b = match x.payload()? {
        Payload::Str(s) => {
            let r = numeric::parse_int(s.as_str(), base);
            return Some(r.map(int_value).map_err(|m| vm.value_error(m)));
        }
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => return None,
    };
    Some(parse_int_bytes(vm, &b, base))
}

/// `int(b, base)` for bytes: ASCII only, errors show the bytes' repr (at most 200 bytes).
fn parse_int_bytes(vm: &mut Vm, b: &[u8], base: i64) -> PyResult<Value> {
    let invalid = || {
        let shown = crate::repr::bytes_repr(&b[..b.len().min(200)], "b");
        format!("invalid literal for int() with base {base}: {shown}")
    };
    let text = match std::str::from_utf8(b) {
        Ok(t) if b.is_ascii() => t,
        _ => return Err(vm.value_error(invalid())),
    };
    match numeric::parse_int(text, base) {
        Ok(i) => Ok(int_value(i)),
        Err(m) if m.starts_with("invalid literal") => Err(vm.value_error(invalid())),
        Err(m) => Err(vm.value_error(m)),
    }
}

/// Box an int value as an instance of an int subclass.
fn int_subclass(vm: &Vm, cls: &PyRef, v: Value) -> Value {
    let b = v.to_bigint().unwrap_or_default();
    Value::Obj(PyObject::with_class(
        cls.clone(),
        Payload::BigInt(b),
        Some(vm.new_dict()),
    ))
}

fn int_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "int", &args)?;
    let cls = args.args.first().and_then(|c| c.as_obj().cloned());
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    if let Some((k, _)) = rest
        .keywords()
        .find(|(k, _)| *k != "base")
        .filter(|_| rest.args.len() <= 2)
    {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
    }
    let [x, base] = ArgParser::new("int")
        .posonly(1)
        .parse(vm, rest, ["", "base"])?;
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = index_big(vm, &b)?.to_i64().unwrap_or(-1);
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match parse_int_obj(vm, &x, base) {
                Some(r) => r?,
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            }
        }
    };
    match cls {
        Some(c) if !c.is(&vm.types.int) => {
            if c.is(&vm.types.bool_) {
                return Ok(Value::Bool(!v.to_bigint().unwrap_or_default().is_zero()));
            }
            Ok(int_subclass(vm, &c, v))
        }
        _ => Ok(v),
    }
}

fn self_big(vm: &mut Vm, slf: &Value, name: &str) -> PyResult<BigInt> {
    Ok(receiver(vm, Kind::Int, slf, name)?
        .to_bigint()
        .unwrap_or_default())
}

fn int_int(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__int__", &a, 0)?;
    receiver(vm, Kind::Int, s, "__int__")
}

fn int_trunc(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Int, "__trunc__", &a)?;
    receiver(vm, Kind::Int, s, "__trunc__")
}

fn int_round(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let v = self_big(vm, s, "__round__")?;
    if let Some(Value::None) = a.positional().first() {
        // int.__round__ has no None default (round(5, None) never gets here).
        return Err(vm.type_error("'NoneType' object cannot be interpreted as an integer"));
    }
    let nd = round_arg(vm, Kind::Int, &a)?;
    match nd {
        None => Ok(Value::from_bigint(v)),
        Some(n) => Ok(Value::from_bigint(numeric::int_round(&v, n))),
    }
}

/// The optional `ndigits` of `__round__` (clamped to i64; huge values act alike).
fn round_arg(vm: &mut Vm, kind: Kind, a: &Args) -> PyResult<Option<i64>> {
    if a.has_keywords() {
        let k = kind.name();
        return Err(vm.type_error(format!("{k}.__round__() takes no keyword arguments")));
    }
    let pos = a.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    match pos.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let b = index_big(vm, v)?;
            Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            })))
        }
    }
}

fn int_bit_length(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Int, "bit_length", &a)?;
    let v = self_big(vm, s, "bit_length")?;
    Ok(Value::Int(numeric::int_bit_length(&v) as i64))
}

fn int_bit_count(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Int, "bit_count", &a)?;
    let v = self_big(vm, s, "bit_count")?;
    Ok(Value::Int(numeric::int_bit_count(&v) as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Int, "as_integer_ratio", &a)?;
    let v = receiver(vm, Kind::Int, s, "as_integer_ratio")?;
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn int_is_integer(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Int, "is_integer", &a)?;
    receiver(vm, Kind::Int, s, "is_integer")?;
    Ok(Value::Bool(true))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for big-endian.
fn byteorder(vm: &mut Vm, fname: &str, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match v.as_str() {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {tn}"
            )))
        }
    }
}

/// Parses `(a, b, *, signed=False)` with at most two positional arguments.
fn bytes_args(
    vm: &mut Vm,
    fname: &str,
    args: Args,
    names: [&str; 3],
) -> PyResult<[Option<Value>; 3]> {
    let n = args.positional().len();
    if n > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({n} given)"
        )));
    }
    ArgParser::new(fname).parse(vm, args, names)
}

fn int_to_bytes(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let v = self_big(vm, s, "to_bytes")?;
    let [length, order, signed] = bytes_args(vm, "to_bytes", a, ["length", "byteorder", "signed"])?;
    let length = match length {
        None => BigInt::one(),
        Some(l) => index_big(vm, &l)?,
    };
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder(vm, "to_bytes", order)?;
    let signed = match signed {
        Some(x) => vm.is_true(&x)?,
        None => false,
    };
    let Some(length) = length.to_usize() else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    let bytes =
        numeric::int_to_bytes(&v, length, big_endian, signed).map_err(|e| num_err(vm, e))?;
    Ok(Value::Obj(PyObject::bare(Payload::Bytes(
        bytes.into_boxed_slice(),
    ))))
}

fn int_from_bytes(vm: &mut Vm, cls: &Value, a: Args) -> PyResult<Value> {
    let [data, order, signed] = bytes_args(vm, "from_bytes", a, ["bytes", "byteorder", "signed"])?;
    let Some(data) = data else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let big_endian = byteorder(vm, "from_bytes", order)?;
    let signed = match signed {
        Some(x) => vm.is_true(&x)?,
        None => false,
    };
    let bytes = super::bytes::bytes_from_object(vm, &data)?;
    let v = Value::from_bigint(numeric::int_from_bytes(&bytes, big_endian, signed));
    match cls.as_obj() {
        Some(c) if !c.is(&vm.types.int) => vm.call(cls, &[v]),
        _ => Ok(v),
    }
}

// ----- bool -----------------------------------------------------------------------------------

fn bool_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "bool", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    super::args::no_kwargs(vm, "bool", &rest)?;
    let a = super::args::range(vm, "bool", &rest, 0, 1)?;
    match a.first() {
        Some(x) => Ok(Value::Bool(vm.is_true(x)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn bool_repr(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__repr__", &a, 0)?;
    match s {
        Value::Bool(b) => Ok(Value::str(if *b { "True" } else { "False" })),
        _ => {
            let tn = vm.type_name(s);
            Err(vm.type_error(format!(
                "descriptor '__repr__' requires a 'bool' object but received a '{tn}'"
            )))
        }
    }
}

/// `&`, `|`, `^` of bools give a bool; anything else is int's operator.
fn bool_bitop(vm: &mut Vm, slf: &Value, args: Args, op: BinOp) -> PyResult<Value> {
    let (name, _, _) = op.dunders();
    let other = slot_args(vm, name, &args, 1)?[0].clone();
    if let (Value::Bool(x), Value::Bool(y)) = (slf, &other) {
        return Ok(Value::Bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    binop(vm, slf, args, Kind::Int, op, false)
}

// ----- float ----------------------------------------------------------------------------------

const FLOAT_ARG: &str = "float() argument must be a string or a real number";

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    if x.as_obj().is_some_and(|o| o.class.is_none()) {
        if let Some(Payload::BigInt(b)) = x.payload() {
            return numeric::big_to_f64(b).map_err(|e| num_err(vm, e));
        }
        if let Some(r) = parse_float_obj(vm, x) {
            return r;
        }
    }
    if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
        if let Value::Float(f) = r {
            return Ok(f);
        }
        let (tn, rn) = (vm.type_name(x), vm.type_name(&r));
        return Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")));
    }
    let b = match vm.call_dunder(x, "__index__", &[])? {
        Some(r) => match r.to_bigint() {
            Some(b) => Some(b),
            None => {
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
            }
        },
        None => x.to_bigint(),
    };
    if let Some(b) = b {
        return numeric::big_to_f64(&b).map_err(|e| num_err(vm, e));
    }
    if let Some(r) = parse_float_obj(vm, x) {
        return r;
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("{FLOAT_ARG}, not '{tn}'")))
}

/// `float(x)` for str payloads and bytes-like objects (None for other objects).
fn parse_float_obj(vm: &mut Vm, x: &Value) -> Option<PyResult<f64>> {
    match x.payload()? {
        Payload::Str(s) => Some(numeric::parse_float(s.as_str()).map_err(|m| vm.value_error(m))),
        _ => {
            let b = super::bytes::buffer(x)?;
            Some(parse_float_bytes(vm, x, &b))
        }
    }
}

/// `float(b)` for the bytes `b` of the bytes-like object `x`: errors show
/// the object's repr.
fn parse_float_bytes(vm: &mut Vm, x: &Value, b: &[u8]) -> PyResult<f64> {
    let parsed = match std::str::from_utf8(b) {
        Ok(t) if b.is_ascii() => numeric::parse_float(t).ok(),
        _ => None,
    };
    match parsed {
        Some(f) => Ok(f),
        None => {
            let r = vm.repr_string(x)?;
            Err(vm.value_error(format!("could not convert string to float: {r}")))
        }
    }
}

fn float_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "float", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    super::args::no_kwargs(vm, "float", &rest)?;
    let a = super::args::range(vm, "float", &rest, 0, 1)?;
    let f = match a.first() {
        Some(Value::Float(f)) => *f,
        Some(x) => fresh_nan(to_float(vm, x)?),
        None => 0.0,
    };
    match args.args.first().and_then(|c| c.as_obj()) {
        Some(cls) if !cls.is(&vm.types.float) => Ok(Value::Obj(PyObject::with_class(
            cls.clone(),
            Payload::Float(f),
            Some(vm.new_dict()),
        ))),
        _ => Ok(Value::Float(f)),
    }
}

/// `float(x)`: the float of one argument, as `float.__new__` makes it for
/// the exact class.
pub fn float_of(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    Ok(Value::Float(match x {
        Value::Float(f) => *f,
        x => fresh_nan(to_float(vm, x)?),
    }))
}

/// A NaN made by `float()` as a new object: floats are unboxed and `is`
/// compares bits, so each parsed NaN gets its own payload (`float('nan') is
/// float('nan')` is False while `n is n` stays True).
fn fresh_nan(f: f64) -> f64 {
    thread_local! {
        static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    }
    if !f.is_nan() {
        return f;
    }
    let payload = NEXT.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1));
        v
    }) & ((1 << 51) - 1);
    f64::from_bits((f.to_bits() & (1 << 63)) | (0x7ff8 << 48) | payload)
}

fn self_float(vm: &mut Vm, slf: &Value, name: &str) -> PyResult<f64> {
    match receiver(vm, Kind::Float, slf, name)? {
        Value::Float(f) => Ok(f),
        _ => Ok(0.0),
    }
}

fn float_trunc(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Float, "__trunc__", &a)?;
    let f = self_float(vm, s, "__trunc__")?;
    numeric::f64_to_int(f)
        .map(int_value)
        .map_err(|e| num_err(vm, e))
}

fn float_floor(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Float, "__floor__", &a)?;
    let f = self_float(vm, s, "__floor__")?;
    numeric::math_floor(f)
        .map(int_value)
        .map_err(|e| num_err(vm, e))
}

fn float_ceil(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Float, "__ceil__", &a)?;
    let f = self_float(vm, s, "__ceil__")?;
    numeric::math_ceil(f)
        .map(int_value)
        .map_err(|e| num_err(vm, e))
}

fn float_round(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let f = self_float(vm, s, "__round__")?;
    let nd = round_arg(vm, Kind::Float, &a)?;
    match numeric::float_round(f, nd).map_err(|e| num_err(vm, e))? {
        RoundResult::Int(i) => Ok(int_value(i)),
        RoundResult::Float(f) => Ok(Value::Float(f)),
    }
}

fn float_is_integer(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Float, "is_integer", &a)?;
    let f = self_float(vm, s, "is_integer")?;
    Ok(Value::Bool(numeric::float_is_integer(f)))
}

fn float_as_integer_ratio(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Float, "as_integer_ratio", &a)?;
    let f = self_float(vm, s, "as_integer_ratio")?;
    let (n, d) = numeric::float_as_integer_ratio(f).map_err(|e| num_err(vm, e))?;
    Ok(vm.new_tuple(vec![Value::from_bigint(n), Value::from_bigint(d)]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals).
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return format::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let (exp, frac) = ((bits >> 52) & 0x7ff, bits & ((1 << 52) - 1));
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp as i64 - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

fn float_hex(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Float, "hex", &a)?;
    let f = self_float(vm, s, "hex")?;
    Ok(Value::str(float_to_hex(f)))
}

/// `x * 2**e`, exactly when the result is representable.
pub fn ldexp(x: f64, e: i64) -> f64 {
    let mut x = x;
    let mut e = e.clamp(-3000, 3000);
    while e > 1000 {
        x *= f64::from_bits(2023 << 52); // 2**1000
        e -= 1000;
    }
    while e < -1000 {
        x *= f64::from_bits(23 << 52); // 2**-1000
        e += 1000;
    }
    // Split so that no single step underflows before the last.
    let half = e / 2;
    x * f64::from_bits(((half + 1023) as u64) << 52)
        * f64::from_bits(((e - half + 1023) as u64) << 52)
}

/// `m * 2**e` correctly rounded to a float (half to even); None on overflow.
pub fn big_ldexp(m: &BigUint, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    let top = bits + e - 1; // the value lies in [2**top, 2**(top+1))
    if top > 1023 {
        return None;
    }
    // Significant bits available at this magnitude (fewer for subnormals).
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = bits - prec.max(0);
    let (mut q, mut exp) = if shift > 0 {
        let s = shift as u64;
        let q = m >> s;
        let half = BigUint::one() << (s - 1);
        let rem = m - (&q << s);
        let up = rem > half || (rem == half && q.bit(0));
        (q + u64::from(up), e + shift)
    } else {
        (m.clone(), e)
    };
    if q.bits() as i64 > 53 {
        q >>= 1u32;
        exp += 1;
    }
    let qf = q.to_u64().unwrap_or(0) as f64;
    if qf == 0.0 {
        return Some(0.0);
    }
    let r = ldexp(qf, exp);
    r.is_finite().then_some(r)
}

/// `float.fromhex(s)`; `Err` is (exception class, message).
pub fn float_from_hex(s: &str) -> Result<f64, NumError> {
    let invalid = || NumError::Value("invalid hexadecimal floating-point string".to_string());
    let b = s.as_bytes();
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let mut i = b.iter().take_while(|&&c| ws(c)).count();
    let end = b.len() - b.iter().rev().take_while(|&&c| ws(c)).count();
    let body = &s[i.min(end)..end.max(i)];
    let lower = body.to_ascii_lowercase();
    let unsigned = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        let v = if unsigned == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Ok(if lower.starts_with('-') { -v } else { v });
    }
    let negative = b.get(i) == Some(&b'-');
    if matches!(b.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
    }
    let (mut digits, mut frac_digits, mut seen_dot) = (Vec::new(), 0i64, false);
    while i < end {
        let c = b[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            digits.push(d as u8);
            frac_digits += i64::from(seen_dot);
        } else {
            break;
        }
        i += 1;
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < end && matches!(b[i], b'p' | b'P') {
        i += 1;
        let neg = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        if !b.get(i).is_some_and(u8::is_ascii_digit) || i >= end {
            return Err(invalid());
        }
        while i < end && b[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64);
            i += 1;
        }
        if neg {
            exp = -exp;
        }
    }
    if i != end {
        return Err(invalid());
    }
    let m = BigUint::from_radix_be(&digits, 16).unwrap_or_default();
    let e = exp.saturating_sub(frac_digits.saturating_mul(4));
    let v = big_ldexp(&m, e).ok_or(NumError::Overflow(
        "hexadecimal value too large to represent as a float",
    ))?;
    Ok(if negative { -v } else { v })
}

fn float_fromhex(vm: &mut Vm, cls: &Value, a: Args) -> PyResult<Value> {
    let s = exact(vm, "fromhex", &a, 1)?[0].clone();
    let Some(text) = s.as_str() else {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let f = float_from_hex(text).map_err(|e| num_err(vm, e))?;
    match cls.as_obj() {
        Some(c) if !c.is(&vm.types.float) => vm.call(cls, &[Value::Float(f)]),
        _ => Ok(Value::Float(f)),
    }
}

fn float_getformat(vm: &mut Vm, _cls: &Value, a: Args) -> PyResult<Value> {
    let s = exact(vm, "__getformat__", &a, 1)?[0].clone();
    match s.as_str() {
        Some("double" | "float") => Ok(Value::str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            let tn = vm.type_name(&s);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {tn}")))
        }
    }
}

// ----- complex --------------------------------------------------------------------------------

/// Is `v` usable as a number by `complex()` (has `__float__`, `__index__` or `__complex__`)?
fn complex_number_like(vm: &Vm, v: &Value) -> bool {
    as_num(v).is_some() || {
        let cls = vm.class_of(v);
        ["__float__", "__index__", "__complex__"]
            .iter()
            .any(|n| typeobj::lookup_str(cls, n).is_some())
    }
}

/// `complex(x)` parts of a non-string argument: `__complex__`, else a float.
fn complex_parts(vm: &mut Vm, v: &Value) -> PyResult<(f64, f64, bool)> {
    if let Some(Payload::Complex(r, i)) = v.payload() {
        let user = v.as_obj().is_some_and(|o| o.class.is_some());
        if !user {
            return Ok((*r, *i, true));
        }
    }
    if !matches!(as_num(v), Some(Num::Int(_) | Num::Big(_) | Num::Float(_))) {
        if let Some(r) = vm.call_dunder(v, "__complex__", &[])? {
            return match r.payload() {
                Some(Payload::Complex(a, b)) => Ok((*a, *b, true)),
                _ => {
                    let (tn, rn) = (vm.type_name(v), vm.type_name(&r));
                    Err(vm.type_error(format!("{tn}.__complex__ returned non-complex (type {rn})")))
                }
            };
        }
    }
    if let Some(Payload::Complex(r, i)) = v.payload() {
        return Ok((*r, *i, true));
    }
    Ok((to_float(vm, v)?, 0.0, false))
}

fn complex_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "complex", &args)?;
    let cls = args.args.first().and_then(|c| c.as_obj().cloned());
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [real, imag] = ArgParser::new("complex").parse(vm, rest, ["real", "imag"])?;
    let real = real.unwrap_or(Value::Int(0));
    let (re, im) = if let Some(s) = real.as_str() {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let s = s.to_string();
        parse_complex(vm, &s)?
    } else {
        if imag.as_ref().is_some_and(|i| i.as_str().is_some()) {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        if !complex_number_like(vm, &real) {
            let tn = vm.type_name(&real);
            return Err(vm.type_error(format!(
                "complex() first argument must be a string or a number, not '{tn}'"
            )));
        }
        if let Some(i) = &imag {
            if !complex_number_like(vm, i) {
                let tn = vm.type_name(i);
                return Err(vm.type_error(format!(
                    "complex() second argument must be a number, not '{tn}'"
                )));
            }
        }
        let (mut a, b, r_complex) = complex_parts(vm, &real)?;
        let mut c = b;
        if let Some(i) = &imag {
            let (ci, di, i_complex) = complex_parts(vm, i)?;
            c = ci;
            if i_complex {
                a -= di;
            }
            if r_complex {
                c += b;
            }
        }
        (a, c)
    };
    let v = complex(re, im);
    match cls {
        Some(c) if !c.is(&vm.types.complex) => Ok(Value::Obj(PyObject::with_class(
            c,
            Payload::Complex(re, im),
            Some(vm.new_dict()),
        ))),
        _ => Ok(v),
    }
}

/// `PyOS_string_to_double` on a prefix: the float at the start of `s` and its length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let word = |w: &str, at: usize| {
        s.len() >= at + w.len() && s[at..at + w.len()].eq_ignore_ascii_case(w.as_bytes())
    };
    let end = if word("infinity", i) {
        i + 8
    } else if word("inf", i) || word("nan", i) {
        i + 3
    } else {
        let start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let mut digits = i - start;
        if s.get(i) == Some(&b'.') {
            i += 1;
            let f = i;
            while s.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            digits += i - f;
        }
        if digits == 0 {
            return None;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1 + usize::from(matches!(s.get(i + 1), Some(b'+' | b'-')));
            if s.get(j).is_some_and(u8::is_ascii_digit) {
                while s.get(j).is_some_and(u8::is_ascii_digit) {
                    j += 1;
                }
                i = j;
            }
        }
        i
    };
    let text = std::str::from_utf8(&s[..end]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((v, end))
}

/// `complex(str)` (CPython's `complex_from_string_inner`).
pub fn parse_complex_str(s: &str) -> Result<(f64, f64), String> {
    let malformed = || "complex() arg is a malformed string".to_string();
    // Unicode digits and spaces become ASCII; anything else non-ASCII fails.
    let digit = |c: char| match numeric::parse_int(&c.to_string(), 10) {
        Ok(Int::Small(d)) => b'0' + d as u8,
        _ => b'?',
    };
    let mut t: Vec<u8> = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if c.is_whitespace() {
                b' '
            } else {
                digit(c)
            }
        })
        .collect();
    if t.contains(&b'_') {
        let bad = || {
            format!(
                "could not convert string to complex: {}",
                crate::repr::str_repr(s)
            )
        };
        t = strip_underscores(&t).ok_or_else(bad)?;
    }
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let skip = |i: &mut usize| {
        while t.get(*i).is_some_and(|&c| ws(c)) {
            *i += 1;
        }
    };
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    // The "<sign>j" and "j" forms: the imaginary unit with an optional sign.
    let unit = |i: &mut usize| match t.get(*i) {
        Some(b'+') | Some(b'-') => {
            *i += 1;
            if t[*i - 1] == b'+' {
                1.0
            } else {
                -1.0
            }
        }
        _ => 1.0,
    };
    let mut i = 0;
    skip(&mut i);
    let bracket = t.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip(&mut i);
    }
    let (x, y) = match float_prefix(&t[i..]) {
        Some((z, n)) => {
            i += n;
            if matches!(t.get(i), Some(b'+' | b'-')) {
                let y = match float_prefix(&t[i..]) {
                    Some((w, m)) => {
                        i += m;
                        w
                    }
                    None => unit(&mut i),
                };
                if !is_j(t.get(i)) {
                    return Err(malformed());
                }
                i += 1;
                (z, y)
            } else if is_j(t.get(i)) {
                i += 1;
                (0.0, z)
            } else {
                (z, 0.0)
            }
        }
        None => {
            let y = unit(&mut i);
            if !is_j(t.get(i)) {
                return Err(malformed());
            }
            i += 1;
            (0.0, y)
        }
    };
    skip(&mut i);
    if bracket {
        if t.get(i) != Some(&b')') {
            return Err(malformed());
        }
        i += 1;
        skip(&mut i);
    }
    if i != t.len() {
        return Err(malformed());
    }
    Ok((x, y))
}

/// CPython's `_Py_string_to_number_with_underscores`: single underscores between digits only.
fn strip_underscores(t: &[u8]) -> Option<Vec<u8>> {
    let (mut prev, mut out) = (0u8, Vec::with_capacity(t.len()));
    for &c in t {
        let ok = if c == b'_' {
            prev.is_ascii_digit()
        } else {
            prev != b'_' || c.is_ascii_digit()
        };
        if !ok {
            return None;
        }
        if c != b'_' {
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

fn parse_complex(vm: &mut Vm, s: &str) -> PyResult<(f64, f64)> {
    parse_complex_str(s).map_err(|m| vm.value_error(m))
}

fn complex_complex(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    no_args(vm, Kind::Complex, "__complex__", &a)?;
    receiver(vm, Kind::Complex, s, "__complex__")
}

/// One part of a formatted complex: the float formatted with `code`
/// (`None` is repr-style without the `.0`, as CPython's 'r' without
/// `Py_DTSF_ADD_DOT_0`).
fn complex_part(
    x: f64,
    code: Option<char>,
    precision: Option<usize>,
    sign: Option<char>,
    spec: &FormatSpec,
) -> Result<String, String> {
    let part_spec = FormatSpec {
        sign,
        no_neg_zero: spec.no_neg_zero,
        alternate: spec.alternate,
        grouping: spec.grouping,
        precision,
        ty: code,
        type_name: "complex".into(),
        ..FormatSpec::default()
    };
    let mut s = format::format_float(x, &part_spec)?;
    if code.is_none() && x.is_finite() && !s.contains(['e', 'E']) && s.ends_with(".0") {
        // Shortest digits never end in ".0": that is repr's added zero.
        s.pop();
        if !spec.alternate {
            s.pop();
        }
    }
    Ok(s)
}

/// `format(complex, spec)` for a non-empty spec (CPython's `format_complex_internal`).
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    let sp = format::parse_spec(spec, "complex")?;
    if let Some(c) = sp.ty.filter(|c| !"eEfFgGn".contains(*c)) {
        let code = if (33..128).contains(&(c as u32)) {
            c.to_string()
        } else {
            format!("\\x{:x}", c as u32)
        };
        return Err(format!(
            "Unknown format code '{code}' for object of type 'complex'"
        ));
    }
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    if sp.fill == '0' && (sp.zero_pad || sp.align.is_some()) {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if sp.align == Some(format::Align::AfterSign) {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let (mut code, mut precision) = (sp.ty, sp.precision);
    let (mut skip_re, mut parens) = (false, false);
    if code.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        if precision.is_some() {
            code = Some('g');
        } else {
            precision = None;
        }
    }
    if code == Some('n') {
        code = Some('g');
    }
    let mut parts_spec = sp.clone();
    if sp.ty == Some('n') {
        parts_spec.grouping = None;
    }
    let re_s = if skip_re {
        String::new()
    } else {
        complex_part(re, code, precision, sp.sign, &parts_spec)?
    };
    let im_sign = if skip_re { sp.sign } else { Some('+') };
    let im_s = complex_part(im, code, precision, im_sign, &parts_spec)?;
    let body = if parens {
        format!("({re_s}{im_s}j)")
    } else {
        format!("{re_s}{im_s}j")
    };
    let len = body.chars().count();
    let width = sp.width.unwrap_or(0);
    if width <= len {
        return Ok(body);
    }
    let pad = width - len;
    let (left, right) = match sp.align.unwrap_or(format::Align::Right) {
        format::Align::Left => (0, pad),
        format::Align::Center => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(sp.fill, n).collect::<String>();
    Ok(format!("{}{body}{}", fill(left), fill(right)))
}
