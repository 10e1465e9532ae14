//! Python `int` / `float` arithmetic with CPython 3.12 semantics (counterparts:
//! Objects/longobject.c, Objects/floatobject.c, Python/pyhash.c, Python/dtoa.c,
//! Modules/mathmodule.c).  Self-contained (std + num-bigint/num-traits/num-integer) and
//! panic-free for any input.
//!
//! * [`Int`] is the normalised int result: `Small` whenever the value fits an `i64`.
//! * Error messages are CPython's; the caller maps the [`NumError`] variant to the exception
//!   class (see [`NumError::class_name`]) and raises it with `to_string()` as the message.
//! * Size cap: an int result that would need more than [`MAX_INT_BITS`] bits (`<<`, `**`,
//!   factorial, comb/perm, `to_bytes`) fails with `Overflow("too many digits in integer")`
//!   (CPython's OverflowError text for oversized ints) where CPython would raise MemoryError
//!   or allocate gigabytes.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::f64::consts::{LOG2_E, PI};
use std::fmt;

/// Largest int (in bits) this module will build: 2**32 bits = 512 MiB.
pub const MAX_INT_BITS: u64 = 1 << 32;
/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;
/// `sys.hash_info.modulus`: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;
const TOO_BIG: &str = "too many digits in integer";
const MATH_DOMAIN: &str = "math domain error";
const I64_LIMIT: f64 = 9223372036854775808.0;

/// An arithmetic error: the variant names the Python exception class, the payload is its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    ZeroDivision(&'static str),
    Overflow(&'static str),
    Value(String),
}

impl NumError {
    /// The Python exception class name for this error.
    pub fn class_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) => "ValueError",
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumError::ZeroDivision(m) | NumError::Overflow(m) => f.write_str(m),
            NumError::Value(m) => f.write_str(m),
        }
    }
}

/// Result alias used throughout this module.
pub type NumResult<T> = Result<T, NumError>;

/// `return Err(err)` unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $err:expr) => {
        if $cond {
        } else {
            return Err($err);
        }
    };
}

fn zd(msg: &'static str) -> NumError {
    NumError::ZeroDivision(msg)
}
fn ov(msg: &'static str) -> NumError {
    NumError::Overflow(msg)
}
fn ve(msg: &str) -> NumError {
    NumError::Value(msg.to_string())
}
fn neg_if<T: std::ops::Neg<Output = T>>(v: T, negative: bool) -> T {
    if negative {
        -v
    } else {
        v
    }
}

/// An int result: `Small` when it fits `i64`, `Big` only outside the `i64` range.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    /// Normalising constructor from a `BigInt`.
    pub fn from_big(b: BigInt) -> Int {
        b.to_i64().map_or(Int::Big(b), Int::Small)
    }
    /// The value as a `BigInt`.
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_big(b)
    }
}

/// Result of `int ** int`: an int, or a float for negative exponents.
#[derive(Debug, Clone, PartialEq)]
pub enum IntOrFloat {
    Int(Int),
    Float(f64),
}

/// Result of `float ** float`: a negative base with a non-integral exponent gives a complex.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FloatOrComplex {
    Float(f64),
    Complex(f64, f64),
}

/// Result of `round(float[, ndigits])`: an int without `ndigits`, a float with it.
#[derive(Debug, Clone, PartialEq)]
pub enum RoundResult {
    Int(Int),
    Float(f64),
}

fn from_i128(v: i128) -> Int {
    i64::try_from(v).map_or_else(|_| Int::Big(BigInt::from(v)), Int::Small)
}

// ----- i64 fast paths ---------------------------------------------------------------------

/// `a + b`, overflowing into a big int.
pub fn int_add(a: i64, b: i64) -> Int {
    from_i128(a as i128 + b as i128)
}
/// `a - b`, overflowing into a big int.
pub fn int_sub(a: i64, b: i64) -> Int {
    from_i128(a as i128 - b as i128)
}
/// `a * b`, overflowing into a big int.
pub fn int_mul(a: i64, b: i64) -> Int {
    from_i128(a as i128 * b as i128)
}
/// `-a` (`-i64::MIN` is big).
pub fn int_neg(a: i64) -> Int {
    from_i128(-(a as i128))
}
/// `abs(a)` (`abs(i64::MIN)` is big).
pub fn int_abs(a: i64) -> Int {
    from_i128((a as i128).abs())
}

/// Floor quotient and remainder (remainder takes the divisor's sign); `b != 0`.
fn i64_floor_divmod(a: i64, b: i64) -> (i128, i64) {
    let (a, b) = (a as i128, b as i128);
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, (r + b) as i64)
    } else {
        (q, r as i64)
    }
}

/// `a // b`, floor semantics (`i64::MIN // -1` is big).
pub fn int_floordiv(a: i64, b: i64) -> NumResult<Int> {
    ensure!(b != 0, zd("integer division or modulo by zero"));
    Ok(from_i128(i64_floor_divmod(a, b).0))
}
/// `a % b` with the sign of `b` (always fits `i64`).
pub fn int_mod(a: i64, b: i64) -> NumResult<i64> {
    ensure!(b != 0, zd("integer modulo by zero"));
    Ok(i64_floor_divmod(a, b).1)
}
/// `divmod(a, b)`; the remainder always fits `i64`.
pub fn int_divmod(a: i64, b: i64) -> NumResult<(Int, i64)> {
    ensure!(b != 0, zd("integer division or modulo by zero"));
    let (q, r) = i64_floor_divmod(a, b);
    Ok((from_i128(q), r))
}

/// `a ** b`; a negative exponent gives a float (`float(a) ** float(b)`).
pub fn int_pow(a: i64, b: i64) -> NumResult<IntOrFloat> {
    if b < 0 {
        return real_pow(a as f64, b as f64).map(IntOrFloat::Float);
    }
    let big = || big_pow(&BigInt::from(a), &BigInt::from(b));
    let (mut acc, mut base, mut e) = (1i64, a, b);
    loop {
        if e & 1 == 1 {
            let Some(v) = acc.checked_mul(base) else {
                return big();
            };
            acc = v;
        }
        e >>= 1;
        if e == 0 {
            return Ok(IntOrFloat::Int(Int::Small(acc)));
        }
        let Some(v) = base.checked_mul(base) else {
            return big();
        };
        base = v;
    }
}

/// `a << b`; negative count is a ValueError, results over [`MAX_INT_BITS`] an OverflowError.
pub fn int_lshift(a: i64, b: i64) -> NumResult<Int> {
    ensure!(b >= 0, ve("negative shift count"));
    match b {
        _ if a == 0 => Ok(Int::Small(0)),
        0..=63 => Ok(from_i128((a as i128) << b)),
        _ => big_lshift(&BigInt::from(a), &BigInt::from(b)).map(Int::from_big),
    }
}

/// `a >> b` (arithmetic: rounds toward -inf).
pub fn int_rshift(a: i64, b: i64) -> NumResult<i64> {
    ensure!(b >= 0, ve("negative shift count"));
    Ok(a >> b.min(63))
}
/// `a / b`, correctly rounded.
pub fn int_truediv(a: i64, b: i64) -> NumResult<f64> {
    const EXACT: u64 = 1 << 53;
    ensure!(b != 0, zd("division by zero"));
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    big_truediv(&BigInt::from(a), &BigInt::from(b))
}

// ----- BigInt arithmetic ------------------------------------------------------------------

/// `a // b`, floor semantics.
pub fn big_floordiv(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    ensure!(!b.is_zero(), zd("integer division or modulo by zero"));
    Ok(div_mod_floor(a, b).0)
}
/// `a % b` with the sign of `b`.
pub fn big_mod(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    ensure!(!b.is_zero(), zd("integer modulo by zero"));
    Ok(div_mod_floor(a, b).1)
}
/// `divmod(a, b)`, floor semantics.
pub fn big_divmod(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    ensure!(!b.is_zero(), zd("integer division or modulo by zero"));
    Ok(div_mod_floor(a, b))
}

/// Floor quotient and remainder (the remainder has the sign of `b`, which
/// is not zero), from the magnitudes' [`div_rem_magnitude`].
fn div_mod_floor(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let (q, r) = div_rem_magnitude(a.magnitude(), b.magnitude());
    let b_sign = b.sign();
    if a.is_negative() == b.is_negative() {
        return (BigInt::from(q), BigInt::from_biguint(b_sign, r));
    }
    // Signs differ: the quotient is negative and rounds down, away from 0.
    if r.is_zero() {
        return (-BigInt::from(q), BigInt::zero());
    }
    let r = b.magnitude() - r;
    (-BigInt::from(q + 1u32), BigInt::from_biguint(b_sign, r))
}

/// Truncating division of magnitudes (`b` not zero). A quotient of less
/// than 63 bits — the common case of dividing numbers of similar size, as
/// a spigot or a continued fraction does — comes from the top 64 bits of
/// `b` and 126 of `a` and one correction, in time linear in the size:
/// CPython's schoolbook division is linear there too, where the general
/// recursive division allocates and copies at every level.
fn div_rem_magnitude(a: &BigUint, b: &BigUint) -> (BigUint, BigUint) {
    let (a_bits, b_bits) = (a.bits(), b.bits());
    if a_bits < b_bits || b_bits <= 64 || a_bits - b_bits > 62 {
        return a.div_rem(b);
    }
    let k = b_bits - 64;
    let top = |x: &BigUint| (x >> k).to_u128().unwrap_or(u128::MAX);
    // With B = b >> k (64 bits) and A = a >> k (at most 127 bits), the
    // true quotient lies in A / B - 1 ..= A / B + 1.
    let estimate = (top(a) / top(b)) as u64;
    let product = b * estimate;
    if product > *a {
        // One too many: the remainder is b - (product - a).
        return (BigUint::from(estimate - 1), b - (product - a));
    }
    let r = a - product;
    if r >= *b {
        return (BigUint::from(estimate + 1), r - b);
    }
    (BigUint::from(estimate), r)
}

/// `a ** b`; negative `b` goes through float pow; results over [`MAX_INT_BITS`] fail.
pub fn big_pow(a: &BigInt, b: &BigInt) -> NumResult<IntOrFloat> {
    if b.is_negative() {
        let fa = big_to_f64(a)?;
        return real_pow(fa, big_to_f64(b)?).map(IntOrFloat::Float);
    }
    let small = |v: i64| Ok(IntOrFloat::Int(Int::Small(v)));
    if b.is_zero() || a.is_one() {
        return small(1);
    } else if a.is_zero() {
        return small(0);
    } else if a.magnitude().is_one() {
        return small(if b.is_odd() { -1 } else { 1 });
    }
    match b.to_u32() {
        Some(e) if a.bits().saturating_mul(e.into()) <= MAX_INT_BITS => {
            Ok(IntOrFloat::Int(Int::from_big(num_traits::Pow::pow(a, e))))
        }
        _ => Err(ov(TOO_BIG)),
    }
}

/// Three-argument `pow(a, b, m)`; a negative `b` uses the modular inverse of `a`.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> NumResult<BigInt> {
    ensure!(!m.is_zero(), ve("pow() 3rd argument cannot be 0"));
    let c = m.abs();
    if c.is_one() {
        return Ok(BigInt::zero());
    }
    let mut base = a.mod_floor(&c);
    if b.is_negative() {
        let inv = base.modinv(&c);
        base = inv.ok_or_else(|| ve("base is not invertible for the given modulus"))?;
    }
    let r = base.modpow(&b.abs(), &c);
    let negative = m.is_negative() && !r.is_zero();
    Ok(if negative { r - c } else { r })
}

/// `a << n` for big operands.
pub fn big_lshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    ensure!(!n.is_negative(), ve("negative shift count"));
    match n.to_u64() {
        _ if a.is_zero() => Ok(BigInt::zero()),
        Some(s) if a.bits().saturating_add(s) <= MAX_INT_BITS => Ok(a << s),
        _ => Err(ov(TOO_BIG)),
    }
}

/// `a >> n` for big operands (rounds toward -inf).
pub fn big_rshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    ensure!(!n.is_negative(), ve("negative shift count"));
    match n.to_u64() {
        Some(s) if s < a.bits() => Ok(a >> s),
        _ => Ok(BigInt::from(if a.is_negative() { -1 } else { 0 })),
    }
}

/// `a / b` correctly rounded (CPython's long_true_divide).
pub fn big_truediv(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    ensure!(!b.is_zero(), zd("division by zero"));
    let v = ratio_to_f64(a.magnitude(), b.magnitude())
        .ok_or_else(|| ov("integer division result too large for a float"))?;
    Ok(neg_if(v, a.is_negative() != b.is_negative()))
}
/// `float(a)`: correctly rounded (half-even); OverflowError if too large.
pub fn big_to_f64(a: &BigInt) -> NumResult<f64> {
    if let Some(v) = a.to_i64() {
        return Ok(v as f64);
    }
    let v = ratio_to_f64(a.magnitude(), &BigUint::one())
        .ok_or_else(|| ov("int too large to convert to float"))?;
    Ok(neg_if(v, a.is_negative()))
}

/// `2**e` for `e` in [-1022, 1023].
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e.clamp(-1022, 1023) + 1023) as u64) << 52)
}

/// Round `a / b` (both nonzero) to double precision, subnormal-aware, ties to even:
/// the value `m * 2**e` with `m <= 2**53`.
fn ratio_parts(a: &BigUint, b: &BigUint) -> (u64, i64) {
    // a/b lies in [2**(d-1), 2**(d+1)); below 2**-1079 it rounds to zero.
    let d = a.bits() as i64 - b.bits() as i64;
    if d < -1080 || a.is_zero() || b.is_zero() {
        return (0, 0);
    }
    // Keep >= 55 quotient bits, and at least 2 bits below the smallest subnormal.
    let s = (d - 55).max(-1076);
    let (num, dropped) = match u64::try_from(s) {
        Ok(s) => (a >> s, a.trailing_zeros().is_some_and(|tz| tz < s)),
        Err(_) => (a << s.unsigned_abs(), false),
    };
    let (q, r) = num.div_rem(b);
    let sticky = dropped || !r.is_zero();
    let q = q.to_u64().unwrap_or(u64::MAX); // < 2**57 by construction
    let ulp = (63 - q.leading_zeros() as i64 + s - 52).max(-1074);
    let k = (ulp - s).clamp(1, 63) as u32;
    let (m, rem, half) = (q >> k, q & ((1u64 << k) - 1), 1u64 << (k - 1));
    let up = rem > half || (rem == half && (sticky || m & 1 == 1));
    (m + u64::from(up), ulp)
}

/// Correctly rounded `a / b` as f64 (`b > 0`); `None` on overflow.
fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.bits() as i64 - b.bits() as i64 > 1025 {
        return None;
    }
    let (m, e) = ratio_parts(a, b);
    if m == 0 {
        return Some(0.0);
    }
    if (64 - m.leading_zeros()) as i64 + e > 1024 {
        return None;
    }
    // Exact: m <= 2**53 and the result is representable; split subnormal scaling in two.
    let x = m as f64;
    Some(if e < -1022 {
        x * pow2(e + 600) * pow2(-600)
    } else {
        x * pow2(e)
    })
}

/// `frexp(float(a))` without overflow: `(x, e)` with `x` in [0.5, 1] and `a ~= x * 2**e`.
fn big_frexp(a: &BigUint) -> (f64, i64) {
    let (m, e) = ratio_parts(a, &BigUint::one());
    let l = (64 - m.leading_zeros()) as i64;
    (m as f64 * pow2(-l), e + l)
}

/// Decompose finite `x >= 0` as `mant * 2**exp`.
fn decode(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let (exp, frac) = ((bits >> 52) & 0x7ff, bits & ((1 << 52) - 1));
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp as i64 - 1075)
    }
}

/// `int(x)`: truncation toward zero; inf -> OverflowError, nan -> ValueError.
pub fn f64_to_int(x: f64) -> NumResult<Int> {
    ensure!(!x.is_nan(), ve("cannot convert float NaN to integer"));
    ensure!(
        x.is_finite(),
        ov("cannot convert float infinity to integer")
    );
    let t = x.trunc();
    if (-I64_LIMIT..I64_LIMIT).contains(&t) {
        return Ok(Int::Small(t as i64));
    }
    let (m, e) = decode(t.abs()); // |t| >= 2**63, so e > 0
    Ok(Int::from_big(neg_if(
        BigInt::from(m) << e.max(0) as u64,
        t < 0.0,
    )))
}

// ----- float arithmetic -------------------------------------------------------------------

/// CPython's `_float_div_mod`: floor quotient and remainder with the divisor's sign.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m == 0.0 {
        m = 0.0f64.copysign(wx);
    } else if (wx < 0.0) != (m < 0.0) {
        m += wx;
        div -= 1.0;
    }
    if div == 0.0 {
        return (0.0f64.copysign(vx / wx), m);
    }
    let f = div.floor();
    (if div - f > 0.5 { f + 1.0 } else { f }, m)
}

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> NumResult<f64> {
    ensure!(b != 0.0, zd("float division by zero"));
    Ok(a / b)
}
/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> NumResult<f64> {
    ensure!(b != 0.0, zd("float floor division by zero"));
    Ok(float_div_mod(a, b).0)
}
/// `a % b` for floats (the result, even zero, has the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> NumResult<f64> {
    ensure!(b != 0.0, zd("float modulo"));
    Ok(float_div_mod(a, b).1)
}
/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    ensure!(b != 0.0, zd("float divmod()"));
    Ok(float_div_mod(a, b))
}
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats (CPython's float_pow); a negative base with a non-integral exponent
/// gives `complex(a) ** b`.
pub fn float_pow(a: f64, b: f64) -> NumResult<FloatOrComplex> {
    use FloatOrComplex::Float;
    let (iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(Float(1.0));
    } else if iv.is_nan() {
        return Ok(Float(iv));
    } else if iw.is_nan() {
        return Ok(Float(if iv == 1.0 { 1.0 } else { iw }));
    } else if iw.is_infinite() {
        let av = iv.abs();
        return Ok(Float(match av.partial_cmp(&1.0) {
            Some(Ordering::Equal) => 1.0,
            _ if (iw > 0.0) == (av > 1.0) => f64::INFINITY,
            _ => 0.0,
        }));
    } else if iv.is_infinite() || iv == 0.0 {
        let msg = "0.0 cannot be raised to a negative power";
        ensure!(iv != 0.0 || iw > 0.0, zd(msg));
        let huge = (iw > 0.0) == iv.is_infinite();
        let (mag, odd) = (if huge { f64::INFINITY } else { 0.0 }, is_odd_integer(iw));
        return Ok(Float(if odd { mag.copysign(iv) } else { mag }));
    }
    if iv < 0.0 && iw != iw.floor() {
        // complex(iv, 0) ** iw via _Py_c_pow: |iv|**iw * e**(i*pi*iw).
        let len = (-iv).powf(iw);
        let phase = PI * iw;
        let (re, im) = (len * phase.cos(), len * phase.sin());
        ensure!(
            re.is_finite() && im.is_finite(),
            ov("complex exponentiation")
        );
        return Ok(FloatOrComplex::Complex(re, im));
    }
    let negate = iv < 0.0 && is_odd_integer(iw);
    let av = iv.abs();
    let ix = if av == 1.0 { 1.0 } else { av.powf(iw) };
    ensure!(ix.is_finite(), ov("(34, 'Numerical result out of range')"));
    Ok(Float(neg_if(ix, negate)))
}

/// float_pow when the exponent is integral (never complex).
fn real_pow(a: f64, b: f64) -> NumResult<f64> {
    match float_pow(a, b)? {
        FloatOrComplex::Float(v) | FloatOrComplex::Complex(v, _) => Ok(v),
    }
}
/// Quotient `a / b` (`b > 0`) rounded to the nearest integer, ties to even.
fn div_round_half_even(a: &BigInt, b: &BigInt) -> BigInt {
    let (q, r) = a.div_mod_floor(b);
    match (r << 1u32).cmp(b) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

fn pow10(n: u64) -> BigUint {
    num_traits::Pow::pow(BigUint::from(10u32), n)
}

/// `round(x)` (ties to even, gives an int) or `round(x, n)` (correctly rounded like dtoa).
pub fn float_round(x: f64, ndigits: Option<i64>) -> NumResult<RoundResult> {
    let Some(n) = ndigits else {
        return f64_to_int(x.round_ties_even()).map(RoundResult::Int);
    };
    if !x.is_finite() || n > 323 {
        return Ok(RoundResult::Float(x));
    } else if n < -308 {
        return Ok(RoundResult::Float(0.0 * x));
    }
    // r = round_half_even(|x| * 10**n) exactly, then r / 10**n correctly rounded.
    let (m, e) = decode(x.abs());
    let p = pow10(n.unsigned_abs());
    let (mut num, mut den) = (
        BigUint::from(m) << e.max(0) as u64,
        BigUint::one() << (-e).max(0) as u64,
    );
    if n >= 0 {
        num *= &p;
    } else {
        den *= &p;
    }
    let r = div_round_half_even(&num.into(), &den.into()).into_parts().1;
    let v = if n >= 0 {
        ratio_to_f64(&r, &p)
    } else {
        ratio_to_f64(&(r * &p), &BigUint::one())
    };
    let v = v.ok_or_else(|| ov("rounded value too large to represent"))?;
    Ok(RoundResult::Float(v.copysign(x)))
}

/// `round(x, ndigits)` for ints: nearest multiple of `10**-ndigits`, ties to even.
pub fn int_round(x: &BigInt, ndigits: i64) -> BigInt {
    let k = ndigits.unsigned_abs();
    if ndigits >= 0 {
        return x.clone();
    } else if k > x.bits() / 3 + 2 {
        return BigInt::zero(); // |x| < 2**bits < 10**k / 2
    }
    let p = BigInt::from(pow10(k));
    div_round_half_even(x, &p) * p
}

/// `float.as_integer_ratio()`: lowest terms, positive denominator.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(BigInt, BigInt)> {
    let what = "cannot convert Infinity to integer ratio";
    ensure!(!x.is_infinite(), ov(what));
    ensure!(!x.is_nan(), ve("cannot convert NaN to integer ratio"));
    let (m, e) = decode(x.abs());
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let sh = (m.trailing_zeros() as i64).min((-e).max(0));
    let (num, e) = (BigInt::from(m >> sh) << (e + sh).max(0) as u64, e + sh);
    Ok((neg_if(num, x < 0.0), BigInt::one() << (-e).max(0) as u64))
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

// ----- hashing (Python/pyhash.c) ----------------------------------------------------------

fn finish_hash(h: u64, negative: bool) -> i64 {
    match neg_if(h as i64, negative) {
        -1 => -2,
        h => h,
    }
}
/// `hash(x)` for an int that fits `i64`.
#[inline]
pub fn hash_i64(x: i64) -> i64 {
    // Most ints are below the modulus: their hash is themselves.
    if (0..HASH_MODULUS as i64).contains(&x) {
        return x;
    }
    finish_hash(x.unsigned_abs() % HASH_MODULUS, x < 0)
}
/// `hash(x)` for any int.
pub fn hash_int(x: &BigInt) -> i64 {
    let p = HASH_MODULUS as u128;
    let digits = x.magnitude().iter_u64_digits().rev();
    let h = digits.fold(0u128, |h, d| ((h << 64) | d as u128) % p);
    finish_hash(h as u64, x.is_negative())
}

/// `hash(x)` for a float; `None` for NaN (CPython 3.12 hashes NaN by object identity).
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    } else if x.is_infinite() {
        return Some(neg_if(HASH_INF, x < 0.0));
    }
    let (m, e) = decode(x.abs());
    let h = (m as u128 * (1u128 << e.rem_euclid(61))) % HASH_MODULUS as u128;
    Some(finish_hash(h as u64, x < 0.0))
}

// ----- string conversions -----------------------------------------------------------------

/// Zero code points of the Unicode 15.0 decimal digit runs (category Nd), sorted.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// Assigned code point ranges (inclusive) that `str.isprintable()` rejects (Unicode 15.0).
#[rustfmt::skip]
const NON_PRINTABLE: [(u32, u32); 28] = [
    (0x0, 0x1f), (0x7f, 0xa0), (0xad, 0xad), (0x600, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd),
    (0x70f, 0x70f), (0x890, 0x891), (0x8e2, 0x8e2), (0x1680, 0x1680), (0x180e, 0x180e),
    (0x2000, 0x200f), (0x2028, 0x202f), (0x205f, 0x2064), (0x2066, 0x206f), (0x3000, 0x3000),
    (0xe000, 0xf8ff), (0xfeff, 0xfeff), (0xfff9, 0xfffb), (0x110bd, 0x110bd), (0x110cd, 0x110cd),
    (0x13430, 0x1343f), (0x1bca0, 0x1bca3), (0x1d173, 0x1d17a), (0xe0001, 0xe0001),
    (0xe0020, 0xe007f), (0xf0000, 0xffffd), (0x100000, 0x10fffd),
];

fn unicode_decimal(c: char) -> Option<u8> {
    let c = c as u32;
    let zero = DECIMAL_ZEROS[DECIMAL_ZEROS.partition_point(|&z| z <= c).checked_sub(1)?];
    (c - zero < 10).then_some((c - zero) as u8)
}
/// Python's `str.isspace()` for one character.
fn py_isspace(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..=' ' | '\u{85}' | '\u{a0}' | '\u{1680}'
        | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}
/// `str.isprintable()`, except that unassigned code points count as printable unless they are
/// non-characters or lie in the empty planes 4-13.
fn is_printable(c: char) -> bool {
    let c = c as u32;
    let i = NON_PRINTABLE.partition_point(|&(lo, _)| lo <= c);
    !(0x40000..0xe0000).contains(&c)
        && c & 0xfffe != 0xfffe
        && (i == 0 || NON_PRINTABLE[i - 1].1 < c)
}

/// Python's `repr(str)`.
fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        let esc = match c {
            '\\' => "\\\\".to_string(),
            '\n' => "\\n".to_string(),
            '\t' => "\\t".to_string(),
            '\r' => "\\r".to_string(),
            c if c == quote => format!("\\{c}"),
            c if is_printable(c) => c.to_string(),
            c if (c as u32) < 0x100 => format!("\\x{:02x}", c as u32),
            c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
            c => format!("\\U{:08x}", c as u32),
        };
        out.push_str(&esc);
    }
    out.push(quote);
    out
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`; `None` when a character cannot be mapped.
fn to_ascii_number(s: &str) -> Option<Vec<u8>> {
    let map = |c: char| match c {
        _ if (c as u32) < 127 => Some(c as u8),
        _ if py_isspace(c) => Some(b' '),
        _ => unicode_decimal(c).map(|d| b'0' + d),
    };
    s.chars().map(map).collect()
}

/// C's `isspace` in the "C" locale.
fn c_isspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `int(s, base)` for a str; `Err` is CPython's ValueError message (base must be 0 or 2..=36).
pub fn parse_int(s: &str, base: i64) -> Result<Int, String> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let invalid = || {
        let r: String = py_repr_str(s).chars().take(200).collect();
        format!("invalid literal for int() with base {base}: {r}")
    };
    let b = to_ascii_number(s).ok_or_else(invalid)?;
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = b.iter().take_while(|&&c| c_isspace(c)).count();
    let negative = at(i) == b'-';
    i += usize::from(matches!(at(i), b'+' | b'-'));
    let (mut radix, prefix) = (base as u32, at(i + 1).to_ascii_lowercase());
    // Base 0: "0x"/"0o"/"0b" prefixes; other leading zeros only allowed for zero itself.
    let zero_only = radix == 0 && at(i) == b'0' && !matches!(prefix, b'x' | b'o' | b'b');
    if radix == 0 {
        radix = match (at(i), prefix) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((radix, prefix), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2 + usize::from(at(i + 2) == b'_');
    }
    // Digits with single underscores between them, then only whitespace.
    let (mut digits, mut prev) = (Vec::new(), b'_');
    while let Some(&c) = b.get(i) {
        if c == b'_' && prev == b'_' {
            return Err(invalid());
        } else if c != b'_' {
            let Some(d) = (c as char).to_digit(radix) else {
                break;
            };
            digits.push(d as u8);
        }
        (prev, i) = (c, i + 1);
    }
    let rest_blank = b[i.min(b.len())..].iter().all(|&c| c_isspace(c));
    if prev == b'_' || !rest_blank {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(format!("Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit", digits.len()));
    }
    let mag = BigUint::from_radix_be(&digits, radix).ok_or_else(invalid)?;
    if zero_only && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(Int::from_big(neg_if(BigInt::from(mag), negative)))
}

/// `float(s)` for a str; `Err` is CPython's ValueError message.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let err = || format!("could not convert string to float: {}", py_repr_str(s));
    let b = to_ascii_number(s).ok_or_else(err)?;
    // Underscores are allowed only between two digits.
    let mut prev = 0u8;
    for &c in &b {
        if (c == b'_' && !prev.is_ascii_digit()) || (prev == b'_' && !c.is_ascii_digit()) {
            return Err(err());
        }
        prev = c;
    }
    ensure!(prev != b'_', err());
    let b: Vec<u8> = b.into_iter().filter(|&c| c != b'_').collect();
    let start = b.iter().position(|&c| !c_isspace(c)).ok_or_else(err)?;
    let end = b
        .iter()
        .rposition(|&c| !c_isspace(c))
        .map_or(start, |e| e + 1);
    let body = std::str::from_utf8(&b[start..end]).map_err(|_| err())?;
    // Rust's grammar (digits, '.', exponent, inf/infinity/nan in any case, sign) is dtoa's.
    let v: f64 = body.parse().map_err(|_| err())?;
    Ok(v)
}

/// `str(x)` in decimal, honouring CPython's default 4300-digit limit.
pub fn int_to_decimal_string(x: &BigInt) -> Result<String, String> {
    let err = format!("Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    // 2**14300 already has 4305 digits.
    ensure!(x.bits() <= 14300, err);
    let s = x.to_string();
    ensure!(
        s.len() - usize::from(x.is_negative()) <= INT_MAX_STR_DIGITS,
        err
    );
    Ok(s)
}

/// `int.to_bytes(length, byteorder, signed=...)`.
pub fn int_to_bytes(
    x: &BigInt,
    length: usize,
    big_endian: bool,
    signed: bool,
) -> NumResult<Vec<u8>> {
    ensure!(
        signed || !x.is_negative(),
        ov("can't convert negative int to unsigned")
    );
    ensure!(length as u64 <= MAX_INT_BITS / 8, ov(TOO_BIG));
    let mut v = match (x.is_zero(), signed) {
        (true, _) => Vec::new(),
        (false, true) => x.to_signed_bytes_le(),
        (false, false) => x.magnitude().to_bytes_le(),
    };
    ensure!(v.len() <= length, ov("int too big to convert"));
    v.resize(length, if x.is_negative() { 0xff } else { 0 });
    if big_endian {
        v.reverse();
    }
    Ok(v)
}

/// `int.from_bytes(bytes, byteorder, signed=...)`.
pub fn int_from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> BigInt {
    match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(bytes),
        (false, true) => BigInt::from_signed_bytes_le(bytes),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
    }
}

/// `int.bit_length()`.
pub fn int_bit_length(x: &BigInt) -> u64 {
    x.bits()
}
/// `int.bit_count()` (popcount of `abs(x)`).
pub fn int_bit_count(x: &BigInt) -> u64 {
    x.magnitude().count_ones()
}

// ----- math module ------------------------------------------------------------------------

/// `lo * (lo + 1) * ... * (lo + count - 1)` by balanced splitting.
fn range_product(lo: &BigUint, count: u64) -> BigUint {
    if count <= 16 {
        return (0..count).fold(BigUint::one(), |acc, i| acc * (lo + i));
    }
    let h = count / 2;
    range_product(lo, h) * range_product(&(lo + h), count - h)
}

/// P(n, k) for `n >= k`; the cap applies to this (largest) intermediate of comb/perm.
fn falling_factorial(n: &BigInt, k: i64) -> NumResult<BigUint> {
    let (n, k) = (n.magnitude(), k.unsigned_abs());
    ensure!(
        k < 2 || k.saturating_mul(n.bits()) <= MAX_INT_BITS,
        ov(TOO_BIG)
    );
    Ok(range_product(&(n + 1u32 - k), k))
}

/// `math.factorial(n)`.
pub fn math_factorial(n: i64) -> NumResult<BigInt> {
    ensure!(n >= 0, ve("factorial() not defined for negative values"));
    let f = n.max(1) as f64; // log2(n!) ~ n * (log2(n) - log2(e))
    ensure!(f * (f.log2() - LOG2_E) <= MAX_INT_BITS as f64, ov(TOO_BIG));
    Ok(range_product(&BigUint::one(), n.unsigned_abs()).into())
}

/// `math.comb(n, k)`, as `P(n, k) / k!` with `k = min(k, n - k)`.
pub fn math_comb(n: &BigInt, k: &BigInt) -> NumResult<BigInt> {
    ensure!(!n.is_negative(), ve("n must be a non-negative integer"));
    ensure!(!k.is_negative(), ve("k must be a non-negative integer"));
    if k > n {
        return Ok(BigInt::zero());
    }
    let msg = "min(n - k, k) must not exceed 9223372036854775807";
    let k = k.min(&(n - k)).to_i64().ok_or_else(|| ov(msg))?;
    let p = falling_factorial(n, k)?;
    Ok((p / range_product(&BigUint::one(), k.unsigned_abs())).into())
}

/// `math.perm(n, k)`; `k = None` is `math.factorial(n)`.
pub fn math_perm(n: &BigInt, k: Option<&BigInt>) -> NumResult<BigInt> {
    ensure!(!n.is_negative(), ve("n must be a non-negative integer"));
    let Some(k) = k else {
        let msg = "factorial() argument should not exceed 9223372036854775807";
        return math_factorial(n.to_i64().ok_or_else(|| ov(msg))?);
    };
    ensure!(!k.is_negative(), ve("k must be a non-negative integer"));
    if k > n {
        return Ok(BigInt::zero());
    }
    let msg = "k must not exceed 9223372036854775807";
    falling_factorial(n, k.to_i64().ok_or_else(|| ov(msg))?).map(BigInt::from)
}

/// `math.isqrt(n)`.
pub fn math_isqrt(n: &BigInt) -> NumResult<BigInt> {
    ensure!(!n.is_negative(), ve("isqrt() argument must be nonnegative"));
    Ok(n.magnitude().sqrt().into())
}
/// `math.gcd(*args)` (0 for no arguments).
pub fn math_gcd(args: &[BigInt]) -> BigInt {
    args.iter().fold(BigInt::zero(), |g, x| g.gcd(x))
}

/// `math.lcm(*args)` (1 for no arguments).
pub fn math_lcm(args: &[BigInt]) -> BigInt {
    let mut acc = BigInt::one();
    for x in args {
        if acc.is_zero() || x.is_zero() {
            return BigInt::zero();
        }
        acc = (&acc / acc.gcd(x) * x).abs();
    }
    acc
}

/// `math.fsum(xs)`: the correctly rounded sum (Shewchuk partials, CPython's algorithm).
pub fn math_fsum(xs: &[f64]) -> NumResult<f64> {
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &xsave in xs {
        let (mut x, mut i) = (xsave, 0);
        for j in 0..p.len() {
            let (mut hi_in, mut y) = (x, p[j]);
            if hi_in.abs() < y.abs() {
                std::mem::swap(&mut hi_in, &mut y);
            }
            let hi = hi_in + y;
            let lo = y - (hi - hi_in);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 && x.is_finite() {
            p.push(x);
        } else if x != 0.0 {
            // Non-finite: intermediate overflow, or an inf/nan summand.
            ensure!(!xsave.is_finite(), ov("intermediate overflow in fsum"));
            if xsave.is_infinite() {
                inf_sum += xsave;
            }
            special_sum += xsave;
            p.clear();
        }
    }
    if special_sum != 0.0 {
        ensure!(!inf_sum.is_nan(), ve("-inf + inf in fsum"));
        return Ok(special_sum);
    }
    let Some(&last) = p.last() else {
        return Ok(0.0);
    };
    let (mut n, mut hi, mut lo) = (p.len() - 1, last, 0.0f64);
    while n > 0 {
        let x = hi;
        n -= 1;
        hi = x + p[n];
        lo = p[n] - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Make half-even rounding work across multiple partials.
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let (y, x) = (lo * 2.0, hi + lo * 2.0);
        if y == x - hi {
            hi = x;
        }
    }
    Ok(hi)
}

/// An argument of `math.log*`: ints are handled exactly even beyond the float range.
#[derive(Debug, Clone, Copy)]
pub enum LogArg<'a> {
    Int(&'a BigInt),
    Float(f64),
}

/// CPython's `loghelper` with `m_log`/`m_log2`/`m_log10` semantics.
fn log_helper(x: LogArg<'_>, f: fn(f64) -> f64) -> NumResult<f64> {
    match x {
        LogArg::Int(n) if n.is_positive() => Ok(match big_to_f64(n) {
            Ok(v) => f(v),
            Err(_) => {
                let (m, e) = big_frexp(n.magnitude());
                f(m) + f(2.0) * e as f64
            }
        }),
        LogArg::Float(v) if v.is_nan() || v == f64::INFINITY => Ok(v),
        LogArg::Float(v) if v > 0.0 => Ok(f(v)),
        _ => Err(ve(MATH_DOMAIN)),
    }
}

/// `math.log(x[, base])`.
pub fn math_log(x: LogArg<'_>, base: Option<LogArg<'_>>) -> NumResult<f64> {
    let num = log_helper(x, f64::ln)?;
    match base {
        None => Ok(num),
        Some(b) => float_truediv(num, log_helper(b, f64::ln)?),
    }
}

/// `math.log2(x)`.
pub fn math_log2(x: LogArg<'_>) -> NumResult<f64> {
    log_helper(x, f64::log2)
}
/// `math.log10(x)`.
pub fn math_log10(x: LogArg<'_>) -> NumResult<f64> {
    log_helper(x, f64::log10)
}
/// `math.floor(x)` for a float.
pub fn math_floor(x: f64) -> NumResult<Int> {
    f64_to_int(x.floor())
}
/// `math.ceil(x)` for a float.
pub fn math_ceil(x: f64) -> NumResult<Int> {
    f64_to_int(x.ceil())
}

// Expected values below were all produced by CPython 3.12.1.
#[cfg(test)]
#[rustfmt::skip]
#[allow(clippy::approx_constant)] // literal CPython outputs
mod tests {
    use super::*;
    fn b(s: &str) -> BigInt { s.parse().unwrap() }  fn p2(n: u32) -> BigInt { BigInt::one() << n }  fn p10(n: u64) -> BigInt { pow10(n).into() }
    fn sm(v: i64) -> Int { Int::Small(v) }  fn big(v: BigInt) -> Int { Int::Big(v) }  fn li(x: &BigInt) -> LogArg<'_> { LogArg::Int(x) }
    fn e<T: fmt::Debug>(r: NumResult<T>) -> String { r.unwrap_err().to_string() }  fn same(a: f64, b: f64) -> bool { a.to_bits() == b.to_bits() }
    fn fl(r: NumResult<f64>) -> f64 { r.unwrap() }
    fn fp(a: f64, b: f64) -> f64 { match float_pow(a, b).unwrap() { FloatOrComplex::Float(v) => v, c => panic!("{c:?}") } }
    fn rf(x: f64, n: i64) -> f64 { match float_round(x, Some(n)).unwrap() { RoundResult::Float(v) => v, r => panic!("{r:?}") } }
    fn ri(x: f64) -> Int { match float_round(x, None).unwrap() { RoundResult::Int(v) => v, r => panic!("{r:?}") } }
    fn pi(s: &str, base: i64) -> Int { parse_int(s, base).unwrap() }  fn pe(s: &str, base: i64) -> String { parse_int(s, base).unwrap_err() }
    fn pf(s: &str) -> f64 { parse_float(s).unwrap() }  fn pfe(s: &str) -> String { parse_float(s).unwrap_err() }
    const ZD: &str = "integer division or modulo by zero";

    #[test]
    fn int_arith() {
        let dm = |a, b| int_divmod(a, b).unwrap();
        assert_eq!(dm(7, 2), (sm(3), 1)); assert_eq!(dm(-7, 2), (sm(-4), 1)); assert_eq!(dm(7, -2), (sm(-4), -1));
        assert_eq!(dm(-7, -2), (sm(3), -1)); assert_eq!(dm(i64::MIN, -1), (big(p2(63)), 0)); assert_eq!(dm(0, -3), (sm(0), 0));
        assert_eq!(dm(i64::MIN, 1), (sm(i64::MIN), 0)); assert_eq!(dm(i64::MIN, 7), (sm(-1317624576693539402), 6));
        assert_eq!(dm(i64::MAX, -2), (sm(-4611686018427387904), -1)); assert_eq!(int_floordiv(-7, 2), Ok(sm(-4)));
        assert_eq!(int_floordiv(i64::MIN, -1), Ok(big(p2(63)))); assert_eq!(int_mod(-7, 2), Ok(1)); assert_eq!(int_mod(7, -2), Ok(-1));
        assert_eq!(int_mod(i64::MIN, -1), Ok(0)); assert_eq!(e(int_floordiv(1, 0)), ZD); assert_eq!(e(int_divmod(1, 0)), ZD);
        assert_eq!(e(int_mod(1, 0)), "integer modulo by zero"); assert_eq!(int_floordiv(1, 0).unwrap_err().class_name(), "ZeroDivisionError");
        assert_eq!(big_divmod(&-p2(64), &b("3")), Ok((b("-6148914691236517206"), b("2"))));
        assert_eq!(big_divmod(&(p2(64) + 5), &-p2(32)), Ok((b("-4294967297"), b("-4294967291"))));
        assert_eq!(big_floordiv(&b("-7"), &b("2")), Ok(b("-4"))); assert_eq!(big_mod(&b("7"), &b("-2")), Ok(b("-1")));
        assert_eq!(e(big_mod(&b("7"), &b("0"))), "integer modulo by zero"); assert_eq!(e(big_floordiv(&b("7"), &b("0"))), ZD);
        assert_eq!(int_add(i64::MAX, 1), big(p2(63))); assert_eq!(int_sub(i64::MIN, 1), big(-p2(63) - 1));
        assert_eq!(int_mul(i64::MIN, -1), big(p2(63))); assert_eq!(int_mul(-(1 << 32), 1 << 31), sm(i64::MIN));
        assert_eq!(int_neg(i64::MIN), big(p2(63))); assert_eq!(int_abs(i64::MIN), big(p2(63))); assert_eq!(int_neg(5), sm(-5));
        assert_eq!(Int::from_big(-p2(63)), sm(i64::MIN)); assert_eq!(Int::from_big(p2(63)).to_big(), p2(63));
    }

    /// The linear small-quotient division agrees with num-bigint's general
    /// one across signs, sizes around its 64-bit and 62-bit limits, and
    /// divisors whose top bits are all ones or a lone one.
    #[test]
    fn big_division_matches_general_division() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; seed };
        let mut random_big = |bits: u64| {
            let mut x = BigInt::zero();
            for _ in 0..bits.div_ceil(64) { x = (x << 64u32) + next(); }
            x >> (bits.div_ceil(64) * 64 - bits)
        };
        let mut divisors = vec![p2(64), p2(64) - 1, p2(65) - 1, p2(200), p2(200) - 1, p2(127) + 1];
        let mut dividends = vec![p2(126), p2(126) - 1, p2(64) * 3, p2(262) - 1, p2(200) * (p2(62) - 1)];
        for bits in [65, 66, 100, 128, 129, 191, 192, 640] {
            divisors.push(random_big(bits));
            for extra in [0, 1, 30, 61, 62, 63, 64, 200] { dividends.push(random_big(bits + extra)); }
        }
        for d in &divisors {
            for n in &dividends {
                for (x, y) in [(n.clone(), d.clone()), (-n, d.clone()), (n.clone(), -d), (-n, -d), (d * 5u32, d.clone())] {
                    assert_eq!(big_divmod(&x, &y).unwrap(), x.div_mod_floor(&y), "{x} divmod {y}");
                }
            }
        }
    }

    #[test]
    fn int_pow_and_shifts() {
        let ip = |a, b| int_pow(a, b).unwrap();
        assert_eq!(ip(2, 62), IntOrFloat::Int(sm(1 << 62))); assert_eq!(ip(2, 64), IntOrFloat::Int(big(p2(64))));
        assert_eq!(ip(-2, 63), IntOrFloat::Int(sm(i64::MIN))); assert_eq!(ip(3, -2), IntOrFloat::Float(0.1111111111111111));
        assert_eq!(ip(2, -1074), IntOrFloat::Float(5e-324)); assert_eq!(ip(-2, -3), IntOrFloat::Float(-0.125));
        assert_eq!(ip(7, 0), IntOrFloat::Int(sm(1))); assert_eq!(ip(0, 0), IntOrFloat::Int(sm(1)));
        assert_eq!(e(int_pow(0, -1)), "0.0 cannot be raised to a negative power");
        assert_eq!(big_pow(&b("-1"), &(p2(70) + 1)), Ok(IntOrFloat::Int(sm(-1))));
        assert_eq!(big_pow(&b("10"), &b("30")), Ok(IntOrFloat::Int(big(p10(30)))));
        assert_eq!(e(big_pow(&p10(400), &b("-1"))), "int too large to convert to float"); assert_eq!(e(big_pow(&b("2"), &p2(40))), TOO_BIG);
        assert_eq!(pow_mod(&b("3"), &b("-1"), &b("-7")), Ok(b("-2"))); assert_eq!(pow_mod(&b("3"), &b("5"), &b("-7")), Ok(b("-2")));
        assert_eq!(pow_mod(&b("-3"), &b("5"), &b("7")), Ok(b("2"))); assert_eq!(pow_mod(&b("3"), &b("-2"), &b("7")), Ok(b("4")));
        assert_eq!(pow_mod(&b("2"), &b("-1"), &b("1")), Ok(b("0"))); assert_eq!(pow_mod(&b("0"), &b("-1"), &b("1")), Ok(b("0")));
        assert_eq!(e(pow_mod(&b("2"), &b("-1"), &b("4"))), "base is not invertible for the given modulus");
        assert_eq!(e(pow_mod(&b("3"), &b("5"), &b("0"))), "pow() 3rd argument cannot be 0");
        assert_eq!(int_lshift(1, 64), Ok(big(p2(64)))); assert_eq!(int_lshift(-1, 63), Ok(sm(i64::MIN)));
        assert_eq!(int_lshift(3, 62), Ok(big(b("13835058055282163712")))); assert_eq!(int_lshift(0, i64::MAX), Ok(sm(0)));
        assert_eq!(e(int_lshift(1, -1)), "negative shift count"); assert_eq!(e(int_rshift(1, -1)), "negative shift count");
        assert_eq!(e(int_lshift(1, 1 << 40)), TOO_BIG); assert_eq!(int_rshift(-5, 1), Ok(-3)); assert_eq!(int_rshift(-5, 1000), Ok(-1));
        assert_eq!(int_rshift(5, 64), Ok(0)); assert_eq!(big_rshift(&-p2(100), &b("99")), Ok(b("-2")));
        assert_eq!(big_rshift(&(-p2(100) - 1), &b("100")), Ok(b("-2"))); assert_eq!(big_rshift(&-p2(100), &p2(70)), Ok(b("-1")));
        assert_eq!(big_lshift(&b("0"), &p2(100)), Ok(b("0"))); assert_eq!(e(big_lshift(&b("1"), &p2(100))), TOO_BIG);
        assert_eq!(big_lshift(&b("-3"), &b("100")), Ok(b("-3802951800684688204490109616128")));
    }

    #[test]
    fn true_division_and_conversion() {
        assert_eq!(int_truediv((1 << 53) + 1, 1), Ok(9007199254740992.0)); assert_eq!(int_truediv((1 << 53) + 3, 1), Ok(9007199254740996.0));
        assert_eq!(int_truediv(i64::MAX, 3), Ok(3.0744573456182584e18)); assert_eq!(int_truediv(9007199254740993, -1), Ok(-9007199254740992.0));
        assert_eq!(int_truediv(1, 3), Ok(0.3333333333333333)); assert!(same(fl(int_truediv(0, -5)), -0.0));
        assert_eq!(e(int_truediv(1, 0)), "division by zero"); assert_eq!(e(big_truediv(&p2(99), &b("0"))), "division by zero");
        let td = |a: &BigInt, b: &BigInt| big_truediv(a, b).unwrap();
        assert_eq!(td(&b("1"), &p2(1074)), 5e-324); assert_eq!(td(&b("1"), &p2(1075)), 0.0); assert_eq!(td(&b("3"), &p2(1076)), 5e-324);
        assert_eq!(td(&p2(1075), &p2(2149)), 5e-324); let q = p10(400) / 7; assert_eq!(td(&q, &q), 1.0);
        assert_eq!(td(&p10(400), &(p10(399) * 3)), 3.3333333333333335); assert_eq!(td(&-p10(400), &(p10(399) * 3)), -3.3333333333333335);
        assert_eq!(td(&(p2(1024) - p2(971)), &b("1")), f64::MAX); assert_eq!(td(&(p10(400) + 1), &p10(399)), 10.0);
        assert_eq!(td(&b("1"), &p10(400)), 0.0); assert!(same(td(&b("-1"), &p10(400)), -0.0)); assert!(same(td(&b("0"), &-p10(400)), -0.0));
        assert_eq!(td(&p10(399), &p10(400)), 0.1); assert_eq!(td(&p2(64), &(p2(64) + 1)), 1.0); assert_eq!(td(&p10(30), &b("7")), 1.4285714285714285e29);
        let too_large = "integer division result too large for a float";
        assert_eq!(e(big_truediv(&(p2(1024) - p2(970)), &b("1"))), too_large); assert_eq!(e(big_truediv(&p10(400), &b("1"))), too_large);
        assert_eq!(big_to_f64(&(p2(64) + 1)), Ok(1.8446744073709552e19)); assert_eq!(big_to_f64(&-(p2(80) + p2(27))), Ok(-1.2089258196146292e24));
        assert_eq!(big_to_f64(&(p2(80) + p2(27) + 1)), Ok(1.2089258196146294e24)); assert_eq!(big_to_f64(&p10(30)), Ok(1e30));
        assert_eq!(e(big_to_f64(&p10(400))), "int too large to convert to float"); assert_eq!(e(big_to_f64(&(p2(1024) - p2(970)))), "int too large to convert to float");
        assert_eq!(f64_to_int(1e20), Ok(big(p10(20)))); assert_eq!(f64_to_int(-2.5), Ok(sm(-2))); assert_eq!(f64_to_int(-1e19), Ok(big(-p10(19))));
        assert_eq!(f64_to_int(5e-324), Ok(sm(0))); assert_eq!(f64_to_int(9.223372036854776e18), Ok(big(p2(63)))); assert_eq!(f64_to_int(-9.223372036854776e18), Ok(sm(i64::MIN)));
        assert_eq!(e(f64_to_int(f64::INFINITY)), "cannot convert float infinity to integer"); assert_eq!(e(f64_to_int(f64::NAN)), "cannot convert float NaN to integer");
    }

    #[test]
    fn float_arith() {
        let dm = |a, b| float_divmod(a, b).unwrap();
        let s2 = |(a, b): (f64, f64), (c, d): (f64, f64)| same(a, c) && same(b, d);
        assert!(s2(dm(7.0, 2.0), (3.0, 1.0))); assert!(s2(dm(-7.0, 2.0), (-4.0, 1.0))); assert!(s2(dm(7.0, -2.0), (-4.0, -1.0)));
        assert!(s2(dm(-7.0, -2.0), (3.0, -1.0))); assert!(s2(dm(-7.5, 2.0), (-4.0, 0.5))); assert!(s2(dm(-0.0, 1.0), (-0.0, 0.0)));
        assert!(s2(dm(0.0, -1.0), (-0.0, -0.0))); assert!(s2(dm(-0.0, -1.0), (0.0, -0.0))); assert!(s2(dm(1.0, f64::INFINITY), (0.0, 1.0)));
        assert!(s2(dm(-1.0, f64::INFINITY), (-1.0, f64::INFINITY))); assert!(s2(dm(1e-320, -1.0), (-1.0, -1.0)));
        assert!(same(fl(float_mod(-0.0, 1.0)), 0.0)); assert!(same(fl(float_mod(0.0, -1.0)), -0.0)); assert_eq!(float_mod(5.0, -3.0), Ok(-1.0));
        assert_eq!(float_mod(-1e-300, 1.0), Ok(1.0)); assert!(same(fl(float_floordiv(-0.0, 1.0)), -0.0)); assert_eq!(float_floordiv(0.5, -1.0), Ok(-1.0));
        assert_eq!(float_floordiv(1.0, 0.1), Ok(9.0)); assert_eq!(e(float_floordiv(1.0, 0.0)), "float floor division by zero");
        assert_eq!(e(float_mod(1.0, -0.0)), "float modulo"); assert_eq!(e(float_divmod(1.0, 0.0)), "float divmod()");
        assert_eq!(e(float_truediv(1.0, 0.0)), "float division by zero");
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Ok(FloatOrComplex::Complex(1.0000000000000002, 1.7320508075688772)));
        assert_eq!(float_pow(-8.0, 0.5), Ok(FloatOrComplex::Complex(1.7319121124709868e-16, 2.8284271247461903)));
        assert_eq!(fp(-2.0, 3.0), -8.0); assert_eq!(fp(-1.0, f64::INFINITY), 1.0); assert!(same(fp(f64::INFINITY, -1.0), 0.0));
        assert_eq!(fp(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY); assert!(same(fp(f64::NEG_INFINITY, -3.0), -0.0)); assert!(same(fp(0.0, 3.0), 0.0));
        assert!(same(fp(-0.0, 3.0), -0.0)); assert!(same(fp(-0.0, 2.0), 0.0)); assert_eq!(fp(1.0, f64::NAN), 1.0); assert_eq!(fp(f64::NAN, 0.0), 1.0);
        assert_eq!(fp(2.0, 0.5), 1.4142135623730951); assert_eq!(fp(-2.0, -1.0), -0.5); assert_eq!(fp(-0.5, f64::INFINITY), 0.0);
        assert_eq!(fp(2.0, -1075.0), 0.0); assert_eq!(fp(-1.0, 1e300), 1.0); assert_eq!(fp(-1.0, 9007199254740992.0), 1.0); assert_eq!(fp(10.0, 308.0), 1e308);
        let range = "(34, 'Numerical result out of range')"; assert_eq!(e(float_pow(-2.0, 1e300)), range); assert_eq!(e(float_pow(-10.0, 309.0)), range);
        assert_eq!(e(float_pow(-1e300, 1.5)), "complex exponentiation"); assert_eq!(e(float_pow(-0.0, -1.0)), "0.0 cannot be raised to a negative power");
    }

    #[test]
    fn rounding_and_ratios() {
        assert_eq!(rf(2.675, 2), 2.67); assert_eq!(ri(0.5), sm(0)); assert_eq!(ri(1.5), sm(2)); assert_eq!(ri(-2.5), sm(-2));
        assert_eq!(rf(1234.5678, -2), 1200.0); assert_eq!(rf(-1234.5678, -2), -1200.0); assert_eq!(rf(1e300, -300), 1e300);
        assert_eq!(rf(5e-324, 323), 0.0); assert_eq!(rf(0.1, 400), 0.1); assert!(same(rf(-0.1, -400), -0.0)); assert_eq!(rf(123.456, 1), 123.5);
        assert_eq!(e(float_round(f64::MAX, Some(-307))), "rounded value too large to represent"); assert!(float_round(f64::MAX, Some(-308)).is_err());
        assert_eq!(ri(2.5e15 + 0.5), sm(2500000000000000)); assert!(same(rf(-0.0, 2), -0.0)); assert_eq!(rf(0.125, 2), 0.12); assert_eq!(rf(0.375, 2), 0.38);
        assert!(same(rf(-0.4, 0), -0.0)); assert!(same(rf(5.0, -1), 0.0)); assert_eq!(rf(15.0, -1), 20.0); assert_eq!(rf(25.0, -1), 20.0);
        assert_eq!(ri(1e22), big(p10(22))); assert_eq!(ri(0.49999999999999994), sm(0)); assert!(same(rf(-0.5, 0), -0.0));
        assert_eq!(rf(1.0000000000000002, 15), 1.0); assert_eq!(rf(5e-324, 322), 0.0); assert_eq!(rf(2.5, 0), 2.0); assert_eq!(rf(3.5, 0), 4.0);
        assert_eq!(rf(1e16 + 2.0, -1), 1e16); assert_eq!(rf(f64::INFINITY, 2), f64::INFINITY);
        assert_eq!(e(float_round(f64::INFINITY, None)), "cannot convert float infinity to integer"); assert_eq!(e(float_round(f64::NAN, None)), "cannot convert float NaN to integer");
        let ir = |x: i64, n| int_round(&BigInt::from(x), n);
        assert_eq!(ir(12345, -2), b("12300")); assert_eq!(ir(250, -2), b("200")); assert_eq!(ir(-250, -2), b("-200")); assert_eq!(ir(350, -2), b("400"));
        assert_eq!(ir(5, -100), b("0")); assert_eq!(ir(-5, -1), b("0")); assert_eq!(ir(15, -1), b("20")); assert_eq!(ir(-15, -1), b("-20"));
        assert_eq!(ir(12345, 3), b("12345")); assert_eq!(ir(7, i64::MIN), b("0")); assert_eq!(int_round(&p2(64), -19), b("20000000000000000000"));
        assert_eq!(int_round(&(-p10(30) + 5_000_000_000i64), -10), -p10(30)); assert_eq!(ir(5_000_000_000, -10), b("0"));
        let r = |x| float_as_integer_ratio(x).unwrap();
        assert_eq!(r(1.5), (b("3"), b("2"))); assert_eq!(r(-0.75), (b("-3"), b("4"))); assert_eq!(r(0.0), (b("0"), b("1")));
        assert_eq!(r(1e20), (p10(20), b("1"))); assert_eq!(r(5e-324), (b("1"), p2(1074))); assert_eq!(r(0.1), (b("3602879701896397"), b("36028797018963968")));
        assert_eq!(e(float_as_integer_ratio(f64::INFINITY)), "cannot convert Infinity to integer ratio"); assert_eq!(e(float_as_integer_ratio(f64::NAN)), "cannot convert NaN to integer ratio");
        assert!(float_is_integer(1.0) && !float_is_integer(1.5) && !float_is_integer(f64::INFINITY) && float_is_integer(-0.0) && float_is_integer(1e300));
    }

    #[test]
    fn hashes() {
        assert_eq!(hash_i64(-1), -2); assert_eq!(hash_i64(-2), -2); assert_eq!(hash_i64(i64::MIN), -4); assert_eq!(hash_int(&p2(61)), 1);
        assert_eq!(hash_int(&-p2(61)), -2); assert_eq!(hash_int(&(p2(61) - 1)), 0); assert_eq!(hash_int(&p2(64)), 8); assert_eq!(hash_int(&p2(63)), 4);
        assert_eq!(hash_int(&-p2(100)), -549755813888); assert_eq!(hash_int(&(-p2(100) + 1)), -549755813887); assert_eq!(hash_int(&p10(30)), 465258685558744706);
        assert_eq!(hash_int(&-p10(30)), -465258685558744706); assert_eq!(hash_float(1.5), Some(1152921504606846977)); assert_eq!(hash_float(-0.0), Some(0));
        assert_eq!(hash_float(1e300), Some(1224995262755759164)); assert_eq!(hash_float(-1.0), Some(-2)); assert_eq!(hash_float(0.1), Some(230584300921369408));
        assert_eq!(hash_float(-1e-300), Some(-482449582752280463)); assert_eq!(hash_float(5e-324), Some(16777216)); assert_eq!(hash_float(1e308), Some(156575653125701));
        assert_eq!(hash_float(2f64.powi(-61)), Some(1)); assert_eq!(hash_float(123456789.0), Some(123456789)); assert_eq!(hash_float(1e30), Some(465278570183583362));
        assert_eq!(hash_float(f64::INFINITY), Some(314159)); assert_eq!(hash_float(f64::NEG_INFINITY), Some(-314159)); assert_eq!(hash_float(f64::NAN), None);
    }

    #[test]
    fn parse_int_cases() {
        assert_eq!(pi("0x_1f", 0), sm(31)); assert_eq!(pi(" -12 ", 10), sm(-12)); assert_eq!(pi("0b101", 0), sm(5)); assert_eq!(pi("0o17", 0), sm(15));
        assert_eq!(pi("  +0X1F ", 16), sm(31)); assert_eq!(pi("0b1", 16), sm(177)); assert_eq!(pi("zz", 36), sm(1295)); assert_eq!(pi("1_000", 10), sm(1000));
        assert_eq!(pi("00", 0), sm(0)); assert_eq!(pi("0_0", 0), sm(0)); assert_eq!(pi("-0", 0), sm(0)); assert_eq!(pi("\t\n42\x0b\x0c", 10), sm(42));
        assert_eq!(pi("9223372036854775808", 10), big(p2(63))); assert_eq!(pi("-9223372036854775808", 10), sm(i64::MIN));
        assert_eq!(pi(&"1".repeat(30), 2), sm(1073741823)); assert_eq!(pi("١٢٣", 10), sm(123)); assert_eq!(pi("\u{a0}12\u{2003}", 10), sm(12));
        assert_eq!(pi("\u{85}5\u{3000}", 10), sm(5)); assert!(parse_int(&"1".repeat(5000), 16).is_ok()); assert!(parse_int(&"1".repeat(4300), 10).is_ok());
        for s in ["1__0", "_1", "1_", "0x", "", "  ", "- 1", "+-1", "1.0", "é", "٣x"] { assert_eq!(pe(s, 10), format!("invalid literal for int() with base 10: '{s}'")); }
        for (s, base) in [("0b2", 0), ("12", 2), ("0x_", 16), ("0__x1f", 0), ("0_x1f", 0), ("010", 0), ("0_7", 0), ("08", 0), ("x", 0)] {
            assert_eq!(pe(s, base), format!("invalid literal for int() with base {base}: '{s}'")); }
        assert_eq!(pe("it's", 10), "invalid literal for int() with base 10: \"it's\""); assert_eq!(pe("a\nb", 10), r"invalid literal for int() with base 10: 'a\nb'");
        assert_eq!(pe("\x7f", 10), r"invalid literal for int() with base 10: '\x7f'"); assert_eq!(pe("\u{200b}1", 10), r"invalid literal for int() with base 10: '\u200b1'");
        assert_eq!(pe("\x1c5", 10), r"invalid literal for int() with base 10: '\x1c5'"); assert_eq!(pe("1\x002", 10), r"invalid literal for int() with base 10: '1\x002'");
        let base_err = "int() base must be >= 2 and <= 36, or 0";
        assert_eq!(pe("12", 1), base_err); assert_eq!(pe("12", 37), base_err); assert_eq!(pe("12", -1), base_err);
        assert_eq!(pe(&"a".repeat(300), 10), format!("invalid literal for int() with base 10: '{}", "a".repeat(199)));
        assert_eq!(pe(&format!("{}x", "1".repeat(4301)), 10), format!("invalid literal for int() with base 10: '{}", "1".repeat(199)));
        let limit = |n: usize| format!("Exceeds the limit (4300 digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit");
        assert_eq!(pe(&"1".repeat(4301), 10), limit(4301)); assert_eq!(pe(&"1".repeat(5000), 3), limit(5000));
        assert_eq!(pe(&format!("{}1", "1_".repeat(4301)), 10), limit(4302));
        let to_str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(int_to_decimal_string(&p10(4299)).map(|s| s.len()), Ok(4300)); assert_eq!(int_to_decimal_string(&-p10(4300)).unwrap_err(), to_str);
        assert_eq!(int_to_decimal_string(&p2(20000)).unwrap_err(), to_str); assert_eq!(int_to_decimal_string(&b("-123")).unwrap(), "-123");
    }

    #[test]
    fn parse_float_cases() {
        assert_eq!(pf("  1_0.5e-1 "), 1.05); assert!(pf("nan").is_nan()); assert_eq!(pf("-Infinity"), f64::NEG_INFINITY); assert_eq!(pf("+inF"), f64::INFINITY);
        assert_eq!(pf("1E+5"), 1e5); assert_eq!(pf("-.5e-3"), -0.0005); assert_eq!(pf("1e500"), f64::INFINITY); assert_eq!(pf("-1e500"), f64::NEG_INFINITY);
        assert_eq!(pf("1e-400"), 0.0); assert_eq!(pf("١.٥"), 1.5); assert_eq!(pf("\u{3000}1.5\u{3000}"), 1.5); assert_eq!(pf("1.5\n"), 1.5);
        assert_eq!(pf(&"9".repeat(400)), f64::INFINITY); assert_eq!(pf(&format!("0.{}1e400", "0".repeat(400))), 0.1); assert_eq!(pf("1.e5"), 1e5);
        assert_eq!(pf("2.4703282292062328e-324"), 5e-324); assert_eq!(pf("2.4703282292062327e-324"), 0.0); assert_eq!(pf("1.7976931348623158e308"), f64::MAX);
        assert_eq!(pf("1.7976931348623159e308"), f64::INFINITY); assert_eq!(pf(".5"), 0.5); assert_eq!(pf("1e1_0"), 1e10); assert!(pf("-nan").is_sign_negative());
        for s in ["0x10", "1__0", "_1", "1_", "1._5", "1_e5", "in f", "nan1", "1 2", "+", "-", "e5", ".", "", "x", "1e", "infinit", "1_.5"] {
            assert_eq!(pfe(s), format!("could not convert string to float: '{s}'")); }
        assert_eq!(pfe("it's"), "could not convert string to float: \"it's\""); assert_eq!(pfe("\x1c1"), r"could not convert string to float: '\x1c1'");
        assert_eq!(pfe("1\x002"), r"could not convert string to float: '1\x002'");
        assert_eq!(py_repr_str("a'b"), "\"a'b\""); assert_eq!(py_repr_str("a'b\""), r#"'a\'b"'"#); assert_eq!(py_repr_str("\""), "'\"'");
        assert_eq!(py_repr_str("\x00\x1f\x7f\u{85}\u{a0}\u{ad} é\u{200b}\u{feff}\u{1f600}\u{e0001}\u{e000}\n\t\r\\"),
            r"'\x00\x1f\x7f\x85\xa0\xad é\u200b\ufeff😀\U000e0001\ue000\n\t\r\\'");
    }

    #[test]
    fn bytes_and_bits() {
        let tb = |x: BigInt, n, be, s| int_to_bytes(&x, n, be, s);
        assert_eq!(tb(b("1024"), 2, true, false), Ok(vec![4, 0])); assert_eq!(tb(b("1024"), 4, false, false), Ok(vec![0, 4, 0, 0]));
        assert_eq!(tb(b("-1"), 2, true, true), Ok(vec![0xff, 0xff])); assert_eq!(tb(b("-128"), 1, true, true), Ok(vec![0x80]));
        assert_eq!(tb(b("-129"), 2, false, true), Ok(vec![0x7f, 0xff])); assert_eq!(tb(b("127"), 1, true, true), Ok(vec![0x7f]));
        assert_eq!(tb(b("0"), 0, true, true), Ok(vec![])); assert_eq!(tb(b("0"), 3, true, false), Ok(vec![0, 0, 0]));
        assert_eq!(tb(b("255"), 1, true, false), Ok(vec![0xff])); assert_eq!(tb(p2(64), 9, true, false), Ok(vec![1, 0, 0, 0, 0, 0, 0, 0, 0]));
        assert_eq!(e(tb(b("255"), 1, true, true)), "int too big to convert"); assert_eq!(e(tb(b("256"), 1, false, false)), "int too big to convert");
        assert_eq!(e(tb(b("-1"), 1, true, false)), "can't convert negative int to unsigned"); assert_eq!(e(tb(b("0"), usize::MAX, true, false)), TOO_BIG);
        assert_eq!(int_from_bytes(&[0xff, 0], false, true), b("255")); assert_eq!(int_from_bytes(&[0xff, 0], true, true), b("-256"));
        assert_eq!(int_from_bytes(&[], true, true), b("0")); assert_eq!(int_from_bytes(&[0x80], true, true), b("-128"));
        assert_eq!(int_from_bytes(&[0x80], true, false), b("128")); assert_eq!(int_from_bytes(&[1, 0, 0, 0, 0, 0, 0, 0, 0], true, false), p2(64));
        let bl: Vec<u64> = [b("0"), b("1"), b("-1"), b("255"), b("-256"), p2(64), -p2(64) - 1].iter().map(int_bit_length).collect();
        assert_eq!(bl, [0, 1, 1, 8, 9, 65, 65]);
        let bc: Vec<u64> = [b("0"), b("255"), b("-255"), p2(64) - 1, -p2(64)].iter().map(int_bit_count).collect();
        assert_eq!(bc, [0, 8, 8, 64, 1]);
    }

    #[test]
    fn math_functions() {
        let fact: Vec<BigInt> = [0, 1, 5, 20, 21, 25].into_iter().map(|n| math_factorial(n).unwrap()).collect();
        assert_eq!(fact, [b("1"), b("1"), b("120"), b("2432902008176640000"), b("51090942171709440000"), b("15511210043330985984000000")]);
        assert_eq!(e(math_factorial(-1)), "factorial() not defined for negative values"); assert_eq!(e(math_factorial(i64::MAX)), TOO_BIG);
        assert_eq!(math_comb(&b("10"), &b("3")), Ok(b("120"))); assert_eq!(math_comb(&p10(20), &b("3")), Ok(b("166666666666666666661666666666666666666700000000000000000000")));
        assert_eq!(math_comb(&b("5"), &b("7")), Ok(b("0"))); assert_eq!(math_comb(&b("100"), &b("50")), Ok(b("100891344545564193334812497256")));
        assert_eq!(math_comb(&p2(64), &(p2(64) - 2)), Ok(b("170141183460469231722463931679029329920")));
        assert_eq!(e(math_comb(&b("-1"), &b("2"))), "n must be a non-negative integer"); assert_eq!(e(math_comb(&b("5"), &b("-1"))), "k must be a non-negative integer");
        assert_eq!(e(math_comb(&p10(400), &p2(63))), "min(n - k, k) must not exceed 9223372036854775807");
        assert_eq!(math_perm(&b("10"), Some(&b("3"))), Ok(b("720"))); assert_eq!(math_perm(&b("5"), None), Ok(b("120")));
        assert_eq!(math_perm(&b("5"), Some(&b("0"))), Ok(b("1"))); assert_eq!(math_perm(&b("5"), Some(&b("6"))), Ok(b("0")));
        assert_eq!(math_perm(&p2(70), Some(&b("2"))), Ok(b("1393796574908163946344801800419805182820352")));
        assert_eq!(e(math_perm(&b("-1"), Some(&b("2")))), "n must be a non-negative integer"); assert_eq!(e(math_perm(&b("5"), Some(&b("-1")))), "k must be a non-negative integer");
        assert_eq!(e(math_perm(&p10(400), Some(&p2(63)))), "k must not exceed 9223372036854775807");
        assert_eq!(e(math_perm(&p2(64), None)), "factorial() argument should not exceed 9223372036854775807");
        assert_eq!(math_isqrt(&(p10(40) + 1)), Ok(p10(20))); assert_eq!(math_isqrt(&b("0")), Ok(b("0"))); assert_eq!(math_isqrt(&(p2(64) - 1)), Ok(b("4294967295")));
        assert_eq!(e(math_isqrt(&b("-1"))), "isqrt() argument must be nonnegative");
        assert_eq!(math_gcd(&[]), b("0")); assert_eq!(math_gcd(&[b("-12"), b("18")]), b("6")); assert_eq!(math_gcd(&[b("0"), b("-5")]), b("5"));
        assert_eq!(math_gcd(&[p2(100), num_traits::Pow::pow(b("6"), 50u32)]), b("1125899906842624")); assert_eq!(math_lcm(&[]), b("1"));
        assert_eq!(math_lcm(&[b("-4"), b("6")]), b("12")); assert_eq!(math_lcm(&[b("4"), b("0"), b("6")]), b("0")); assert_eq!(math_lcm(&[p2(64), b("3")]), b("55340232221128654848"));
        assert_eq!(math_fsum(&[0.1; 10]), Ok(1.0)); assert_eq!(math_fsum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), Ok(1e-100));
        assert_eq!(math_fsum(&[]), Ok(0.0)); assert!(same(fl(math_fsum(&[-0.0])), 0.0)); assert_eq!(math_fsum(&[1e-16, 1.0, 1e16]), Ok(1.0000000000000002e16));
        assert_eq!(math_fsum(&[f64::INFINITY, 1.0]), Ok(f64::INFINITY)); assert!(fl(math_fsum(&[f64::NAN, 1.0])).is_nan());
        assert_eq!(math_fsum(&[2f64.powi(53), -0.5, -2f64.powi(-54)]), Ok(9007199254740991.0));
        assert_eq!(e(math_fsum(&[f64::INFINITY, f64::NEG_INFINITY])), "-inf + inf in fsum"); assert_eq!(e(math_fsum(&[1e308, 1e308])), "intermediate overflow in fsum");
        assert_eq!(e(math_fsum(&[1e308, 1e308, -1e308])), "intermediate overflow in fsum");
    }

    #[test]
    fn math_logs_and_floor() {
        let (i, f) = (li, LogArg::Float);
        let (n400, n200, n2000, n1100) = (p10(400), p10(200), -p2(2000), p2(1100));
        assert_eq!(math_log(i(&n400), None), Ok(921.0340371976182)); assert_eq!(math_log2(i(&p2(2000))), Ok(2000.0)); assert_eq!(math_log10(i(&p10(500))), Ok(500.0));
        assert_eq!(math_log(i(&b("8")), Some(i(&b("2")))), Ok(3.0)); assert_eq!(math_log(i(&n1100), Some(i(&b("2")))), Ok(1100.0));
        assert_eq!(math_log(i(&b("100")), Some(i(&b("10")))), Ok(2.0)); assert_eq!(math_log(i(&b("1")), None), Ok(0.0)); assert_eq!(math_log(f(0.5), None), Ok(-0.6931471805599453));
        assert_eq!(math_log(i(&b("2")), Some(f(0.5))), Ok(-1.0)); assert!(fl(math_log(f(f64::NAN), None)).is_nan()); assert_eq!(math_log10(f(1000.0)), Ok(3.0));
        assert_eq!(math_log(i(&n400), Some(i(&n200))), Ok(1.9999999999999998)); assert_eq!(math_log(f(f64::INFINITY), None), Ok(f64::INFINITY));
        assert_eq!(e(math_log2(f(-0.0))), MATH_DOMAIN); assert_eq!(e(math_log(f(0.0), Some(i(&b("2"))))), MATH_DOMAIN); assert_eq!(e(math_log(i(&n2000), None)), MATH_DOMAIN);
        assert_eq!(e(math_log(i(&b("0")), None)), MATH_DOMAIN); assert_eq!(e(math_log(f(f64::NEG_INFINITY), None)), MATH_DOMAIN);
        assert_eq!(e(math_log(i(&b("2")), Some(f(1.0)))), "float division by zero");
        assert_eq!(math_floor(-0.5), Ok(sm(-1))); assert_eq!(math_ceil(-0.5), Ok(sm(0))); assert_eq!(math_floor(1e20), Ok(big(p10(20)))); assert_eq!(math_ceil(2.1), Ok(sm(3)));
        assert_eq!(e(math_floor(f64::NAN)), "cannot convert float NaN to integer"); assert_eq!(e(math_ceil(f64::INFINITY)), "cannot convert float infinity to integer");
    }
}
