//! The `math` module. CPython counterpart: `Modules/mathmodule.c`.
//!
//! The elementary functions are the platform libm's (what Rust's `f64`
//! methods call), wrapped with CPython's `math_1`/`math_2` error rules: a
//! NaN from non-NaN input is "math domain error" (ValueError), an infinity
//! from finite input "math range error" (OverflowError) or a domain error
//! for singularities. `asinh`/`acosh`/`atanh`, `erf`/`erfc` (which Rust
//! implements differently or not at all) follow glibc's fdlibm-derived
//! code; `gamma`/`lgamma` are CPython's own Lanczos implementations.
//! `cbrt` is glibc's too: Rust ships its own.

#![allow(clippy::excessive_precision)] // constants transcribed from C sources

use super::import::module_dict;
use crate::arith::{as_num, int_value, num_err, Num};
use crate::builtins::args::{exact, ArgParser};
use crate::builtins::float_of;
use crate::numeric::{self, LogArg};
use crate::object::{Args, Payload};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pyprobe_bytecode::BinOp;

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("math");
    let d = module_dict(&m);
    #[rustfmt::skip]
    crate::builtins::add_functions(vm, &d, "math", &[
        ("acos", m_acos), ("acosh", m_acosh), ("asin", m_asin), ("asinh", m_asinh), ("atan", m_atan),
        ("atan2", m_atan2), ("atanh", m_atanh), ("cbrt", m_cbrt), ("ceil", m_ceil), ("comb", m_comb),
        ("copysign", m_copysign), ("cos", m_cos), ("cosh", m_cosh), ("degrees", m_degrees), ("dist", m_dist),
        ("erf", m_erf), ("erfc", m_erfc), ("exp", m_exp), ("exp2", m_exp2), ("expm1", m_expm1), ("fabs", m_fabs),
        ("factorial", m_factorial), ("floor", m_floor), ("fmod", m_fmod), ("frexp", m_frexp), ("fsum", m_fsum),
        ("gamma", m_gamma), ("gcd", m_gcd), ("hypot", m_hypot), ("isclose", m_isclose), ("isfinite", m_isfinite),
        ("isinf", m_isinf), ("isnan", m_isnan), ("isqrt", m_isqrt), ("lcm", m_lcm), ("ldexp", m_ldexp),
        ("lgamma", m_lgamma), ("log", m_log), ("log10", m_log10), ("log1p", m_log1p), ("log2", m_log2),
        ("modf", m_modf), ("nextafter", m_nextafter), ("perm", m_perm), ("pow", m_pow), ("prod", m_prod),
        ("radians", m_radians), ("remainder", m_remainder), ("sin", m_sin), ("sinh", m_sinh), ("sqrt", m_sqrt),
        ("sumprod", m_sumprod), ("tan", m_tan), ("tanh", m_tanh), ("trunc", m_trunc), ("ulp", m_ulp),
    ]);
    let dd = dict_of(&d);
    dd.set_str(Value::str("pi"), Value::Float(std::f64::consts::PI));
    dd.set_str(Value::str("e"), Value::Float(std::f64::consts::E));
    dd.set_str(Value::str("tau"), Value::Float(std::f64::consts::TAU));
    dd.set_str(Value::str("inf"), Value::Float(f64::INFINITY));
    dd.set_str(Value::str("nan"), Value::Float(f64::NAN));
    Ok(m)
}

// ----- argument handling and error rules ------------------------------------------------------

/// The one argument of a METH_O function ("math.sqrt() takes exactly one argument (0 given)").
fn one_arg(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    let pos = a.positional();
    if a.has_keywords() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    Ok(pos[0].clone())
}

/// Two positional arguments ("atan2 expected 2 arguments, got 1").
fn two_args(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(Value, Value)> {
    let p = exact(vm, name, a, 2)?;
    Ok((p[0].clone(), p[1].clone()))
}

fn domain(vm: &mut Vm) -> crate::PyErr {
    vm.value_error("math domain error")
}

fn range_err(vm: &mut Vm) -> crate::PyErr {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: NaN from non-NaN is a domain error; an infinity from
/// a finite input a range error (`can_overflow`) or a domain error.
fn math_1(
    vm: &mut Vm,
    a: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one_arg(vm, name, &a)?;
    let x = float_of(vm, &v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_1a` for functions reporting C errno (EDOM/ERANGE).
fn math_1a(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    let v = one_arg(vm, name, &a)?;
    let x = float_of(vm, &v)?;
    let (r, e) = f(x);
    check_errno(vm, r, e)?;
    Ok(Value::Float(r))
}

/// C's errno after a libm-style call.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

/// CPython's `is_error`: ERANGE only counts as overflow for results >= 1.5.
fn check_errno(vm: &mut Vm, r: f64, e: Errno) -> PyResult<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(domain(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(()),
        Errno::Range => Err(range_err(vm)),
    }
}

/// CPython's `math_2`.
fn math_2(vm: &mut Vm, a: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (xv, yv) = two_args(vm, name, &a)?;
    let x = float_of(vm, &xv)?;
    let y = float_of(vm, &yv)?;
    let r = f(x, y);
    let e = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Errno::Dom
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    check_errno(vm, r, e)?;
    Ok(Value::Float(r))
}

/// Defines METH_O wrappers over `math_1`: `name: function, can_overflow`.
macro_rules! math1 {
    ($($f:ident: $name:literal, $func:expr, $ov:expr;)*) => {
        $(fn $f(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
            math_1(vm, a, $name, $func, $ov)
        })*
    };
}

math1! {
    m_acos: "acos", f64::acos, false;
    m_acosh: "acosh", acosh, false;
    m_asin: "asin", f64::asin, false;
    m_asinh: "asinh", asinh, false;
    m_atan: "atan", f64::atan, false;
    m_atanh: "atanh", atanh, false;
    m_cbrt: "cbrt", cbrt, false;
    m_cos: "cos", f64::cos, false;
    m_cosh: "cosh", f64::cosh, true;
    m_exp: "exp", f64::exp, true;
    m_exp2: "exp2", f64::exp2, true;
    m_expm1: "expm1", f64::exp_m1, true;
    m_fabs: "fabs", f64::abs, false;
    m_log1p: "log1p", f64::ln_1p, false;
    m_sin: "sin", f64::sin, false;
    m_sinh: "sinh", f64::sinh, true;
    m_sqrt: "sqrt", f64::sqrt, false;
    m_tan: "tan", f64::tan, false;
    m_tanh: "tanh", f64::tanh, false;
}

fn m_erf(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    math_1a(vm, a, "erf", |x| (erf(x), Errno::Ok))
}

fn m_erfc(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    math_1a(vm, a, "erfc", |x| {
        let r = erfc(x);
        (
            r,
            if r == 0.0 && x > 0.0 && x.is_finite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        )
    })
}

fn m_gamma(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    math_1a(vm, a, "gamma", tgamma)
}

fn m_lgamma(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    math_1a(vm, a, "lgamma", lgamma)
}

fn m_atan2(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    math_2(vm, a, "atan2", atan2)
}

fn m_copysign(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    math_2(vm, a, "copysign", f64::copysign)
}

fn m_remainder(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    math_2(vm, a, "remainder", remainder)
}

// ----- glibc/fdlibm functions Rust does not call from libm --------------------------------------

const LN2: f64 = std::f64::consts::LN_2;

fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// fdlibm `s_asinh.c`.
fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        return x; // |x| < 2**-28
    }
    let xa = x.abs();
    let w = if ix > 0x41b0_0000 {
        xa.ln() + LN2
    } else if ix > 0x4000_0000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// fdlibm `e_acosh.c`.
fn acosh(x: f64) -> f64 {
    let hx = high_word(x);
    if (hx as i32) < 0x3ff0_0000 {
        return f64::NAN; // x < 1
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// glibc `s_cbrt.c` (Rust's own `cbrt` rounds differently).
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// glibc `e_atanh.c`.
fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// CPython's `m_atan2`: IEEE special cases first, then libm.
fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// CPython's `m_remainder`: IEEE 754 remainder, exact.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

#[rustfmt::skip]
mod erf_consts {
    pub const ERX: f64 = 8.45062911510467529297e-01;
    pub const EFX: f64 = 1.28379167095512586316e-01;
    pub const PP: [f64; 5] = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
    pub const QQ: [f64; 6] = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
    pub const PA: [f64; 7] = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
    pub const QA: [f64; 7] = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
    pub const RA: [f64; 8] = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
    pub const SA: [f64; 9] = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
    pub const RB: [f64; 7] = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
    pub const SB: [f64; 8] = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];
}

/// `erf(x) - x` over `x` for |x| < 0.84375 (the rational function of `z = x*x`).
fn erf_small(z: f64) -> f64 {
    use erf_consts::{PP, QQ};
    let (z2, z4) = (z * z, z * z * (z * z));
    let r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
    let s = (1.0 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
    r / s
}

/// `P/Q` of erf near 1 (`s = |x| - 1`).
fn erf_near_one(s: f64) -> f64 {
    use erf_consts::{PA, QA};
    let (s2, s4) = (s * s, s * s * (s * s));
    let s6 = s4 * s2;
    let p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
    let q = (1.0 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
    p / q
}

/// `erfc(x) * x` for 1.25 <= x < 28 (`ix` is the high word of |x|).
fn erfc_tail(x: f64, ix: u32) -> f64 {
    use erf_consts::{RA, RB, SA, SB};
    let s = 1.0 / (x * x);
    let (s2, s4) = (s * s, s * s * (s * s));
    let s6 = s4 * s2;
    let (r, q) = if ix < 0x4006_db6e {
        let s8 = s4 * s4;
        let r = (RA[0] + s * RA[1])
            + s2 * (RA[2] + s * RA[3])
            + s4 * (RA[4] + s * RA[5])
            + s6 * (RA[6] + s * RA[7]);
        let q = (1.0 + s * SA[1])
            + s2 * (SA[2] + s * SA[3])
            + s4 * (SA[4] + s * SA[5])
            + s6 * (SA[6] + s * SA[7])
            + s8 * SA[8];
        (r, q)
    } else {
        let r =
            (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
        let q = (1.0 + s * SB[1])
            + s2 * (SB[2] + s * SB[3])
            + s4 * (SB[4] + s * SB[5])
            + s6 * (SB[6] + s * SB[7]);
        (r, q)
    };
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / q).exp()
}

/// glibc's `s_erf.c` erf.
pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let neg = (hx as i32) < 0;
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() { x } else { 1.0f64.copysign(x) };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * erf_consts::EFX) * x);
            }
            return x + erf_consts::EFX * x;
        }
        return x + x * erf_small(x * x);
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_near_one(x.abs() - 1.0);
        return if neg {
            -erf_consts::ERX - pq
        } else {
            erf_consts::ERX + pq
        };
    }
    if ix >= 0x4018_0000 {
        return if neg { -1.0 } else { 1.0 };
    }
    let ax = x.abs();
    let r = erfc_tail(ax, ix);
    if neg {
        r / ax - 1.0
    } else {
        1.0 - r / ax
    }
}

/// glibc's `s_erf.c` erfc.
pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let neg = (hx as i32) < 0;
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() {
            x
        } else if neg {
            2.0
        } else {
            0.0
        };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = erf_small(x * x);
        if (hx as i32) < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_near_one(x.abs() - 1.0);
        return if neg {
            1.0 + (erf_consts::ERX + pq)
        } else {
            (1.0 - erf_consts::ERX) - pq
        };
    }
    if ix < 0x403c_0000 {
        if neg && ix >= 0x4018_0000 {
            return 2.0;
        }
        let ax = x.abs();
        let r = erfc_tail(ax, ix);
        return if neg { 2.0 - r / ax } else { r / ax };
    }
    if neg {
        2.0
    } else {
        0.0
    }
}

// ----- gamma (CPython's Lanczos approximation) --------------------------------------------------

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[rustfmt::skip]
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
    1124000727777607680000.0,
];
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate near integers (finite x).
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// CPython's `m_tgamma`.
fn tgamma(x: f64) -> (f64, Errno) {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

/// CPython's `m_lgamma`.
fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

// ----- rounding and float decomposition ------------------------------------------------------------

/// `math.floor`/`math.ceil`: exact floats directly, else `__floor__`/`__ceil__`, else via float.
fn floor_ceil(
    vm: &mut Vm,
    a: Args,
    name: &str,
    dunder: &'static str,
    f: fn(f64) -> numeric::NumResult<numeric::Int>,
) -> PyResult<Value> {
    let v = one_arg(vm, name, &a)?;
    let x = match v {
        Value::Float(x) => x,
        _ => {
            if let Some(r) = vm.call_dunder(&v, dunder, &[])? {
                return Ok(r);
            }
            float_of(vm, &v)?
        }
    };
    f(x).map(int_value).map_err(|e| num_err(vm, e))
}

fn m_floor(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    floor_ceil(vm, a, "floor", "__floor__", numeric::math_floor)
}

fn m_ceil(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    floor_ceil(vm, a, "ceil", "__ceil__", numeric::math_ceil)
}

fn m_trunc(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "trunc", &a)?;
    if let Value::Float(x) = v {
        return numeric::f64_to_int(x)
            .map(int_value)
            .map_err(|e| num_err(vm, e));
    }
    match vm.call_dunder(&v, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
        }
    }
}

fn m_frexp(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "frexp", &a)?;
    let x = float_of(vm, &v)?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// C's `ldexp` for |e| within the float range: `x * 2**e`, one rounding.
fn ldexp(x: f64, e: i64) -> f64 {
    let e = e.clamp(-2200, 2200);
    let (mut x, mut e) = (x, e);
    while e > 1000 {
        x *= f64::from_bits(2023 << 52);
        e -= 1000;
    }
    while e < -1000 {
        x *= f64::from_bits(23 << 52);
        e += 1000;
    }
    let half = e / 2;
    x * f64::from_bits(((half + 1023) as u64) << 52)
        * f64::from_bits(((e - half + 1023) as u64) << 52)
}

/// C's `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1` (`(x, 0)` for 0, inf, nan).
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn m_ldexp(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let (xv, iv) = two_args(vm, "ldexp", &a)?;
    let x = float_of(vm, &xv)?;
    let Some(i) = iv.to_bigint() else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = if e > i32::MAX as i64 {
        f64::INFINITY.copysign(x)
    } else if e < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        ldexp(x, e)
    };
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn m_modf(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "modf", &a)?;
    let x = float_of(vm, &v)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn m_fmod(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let (xv, yv) = two_args(vm, "fmod", &a)?;
    let x = float_of(vm, &xv)?;
    let y = float_of(vm, &yv)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn m_pow(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let (xv, yv) = two_args(vm, "pow", &a)?;
    let x = float_of(vm, &xv)?;
    let y = float_of(vm, &yv)?;
    let (r, e) = if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        (r, Errno::Ok)
    } else {
        let r = x.powf(y);
        let e = if r.is_nan() {
            Errno::Dom
        } else if r.is_infinite() {
            if x == 0.0 {
                Errno::Dom
            } else {
                Errno::Range
            }
        } else {
            Errno::Ok
        };
        (r, e)
    };
    check_errno(vm, r, e)?;
    Ok(Value::Float(r))
}

fn m_degrees(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "degrees", &a)?;
    let x = float_of(vm, &v)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "radians", &a)?;
    let x = float_of(vm, &v)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn predicate(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let v = one_arg(vm, name, &a)?;
    let x = float_of(vm, &v)?;
    Ok(Value::Bool(f(x)))
}

fn m_isfinite(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    predicate(vm, a, "isfinite", f64::is_finite)
}

fn m_isinf(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    predicate(vm, a, "isinf", f64::is_infinite)
}

fn m_isnan(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    predicate(vm, a, "isnan", f64::is_nan)
}

fn m_isclose(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let n = a.positional().len();
    if n > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let [av, bv, rel, abs] =
        ArgParser::new("isclose")
            .required(2)
            .parse(vm, a, ["a", "b", "rel_tol", "abs_tol"])?;
    let x = float_of(vm, &av.unwrap_or(Value::None))?;
    let y = float_of(vm, &bv.unwrap_or(Value::None))?;
    let rel = match rel {
        Some(v) => float_of(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => float_of(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn m_nextafter(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let n = a.positional().len();
    if n > 2 {
        return Err(vm.type_error(format!(
            "nextafter() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let [xv, yv, steps] =
        ArgParser::new("nextafter")
            .required(2)
            .parse(vm, a, ["x", "y", "steps"])?;
    let x = float_of(vm, &xv.unwrap_or(Value::None))?;
    let y = float_of(vm, &yv.unwrap_or(Value::None))?;
    let steps = match steps.filter(|s| !s.is_none()) {
        None => return Ok(Value::Float(nextafter(x, y))),
        Some(s) => {
            let b = index(vm, &s)?;
            if b.is_negative() {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            b.to_u64().unwrap_or(u64::MAX)
        }
    };
    if steps == 0 || x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return Ok(Value::Float(x));
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    let r = if (ux ^ uy) & SIGN != 0 {
        if ax + ay <= steps {
            uy
        } else if ax < steps {
            (uy & SIGN) | (steps - ax)
        } else {
            ux - steps
        }
    } else if ax > ay {
        if ax - ay >= steps {
            ux - steps
        } else {
            uy
        }
    } else if ay - ax >= steps {
        ux + steps
    } else {
        uy
    };
    Ok(Value::Float(f64::from_bits(r)))
}

/// C's `nextafter`.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "ulp", &a)?;
    let x = float_of(vm, &v)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::Float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

// ----- logarithms -----------------------------------------------------------------------------------

/// A `math.log*` argument: ints stay exact (so huge ints work), the rest become floats.
fn log_arg(vm: &mut Vm, v: &Value) -> PyResult<Result<BigInt, f64>> {
    match v.to_bigint() {
        Some(b) => Ok(Ok(b)),
        None => Ok(Err(float_of(vm, v)?)),
    }
}

fn to_log(a: &Result<BigInt, f64>) -> LogArg<'_> {
    match a {
        Ok(b) => LogArg::Int(b),
        Err(f) => LogArg::Float(*f),
    }
}

fn m_log(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "log", &a)?;
    let p = crate::builtins::args::range(vm, "log", &a, 1, 2)?;
    let x = log_arg(vm, &p[0])?;
    let base = match p.get(1) {
        Some(b) => Some(log_arg(vm, b)?),
        None => None,
    };
    let r = numeric::math_log(to_log(&x), base.as_ref().map(to_log)).map_err(|e| num_err(vm, e))?;
    Ok(Value::Float(r))
}

fn m_log2(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "log2", &a)?;
    let x = log_arg(vm, &v)?;
    numeric::math_log2(to_log(&x))
        .map(Value::Float)
        .map_err(|e| num_err(vm, e))
}

fn m_log10(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "log10", &a)?;
    let x = log_arg(vm, &v)?;
    numeric::math_log10(to_log(&x))
        .map(Value::Float)
        .map_err(|e| num_err(vm, e))
}

// ----- sums, products, norms ----------------------------------------------------------------------------

fn m_fsum(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "fsum", &a)?;
    let it = vm.get_iter(&v)?;
    let mut xs = Vec::new();
    while let Some(x) = vm.next(&it)? {
        xs.push(float_of(vm, &x)?);
    }
    numeric::math_fsum(&xs)
        .map(Value::Float)
        .map_err(|e| num_err(vm, e))
}

fn m_prod(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let n = a.positional().len();
    if n != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({n} given)"
        )));
    }
    let [iterable, start] = ArgParser::new("prod")
        .posonly(1)
        .parse(vm, a, ["", "start"])?;
    let it = vm.get_iter(&iterable.unwrap_or(Value::None))?;
    let mut acc = start.unwrap_or(Value::Int(1));
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Float(p), Value::Float(q)) => Value::Float(p * q),
            _ => vm.binary_op(&acc, &x, BinOp::Mul)?,
        };
    }
    Ok(acc)
}

/// The Euclidean norm of non-negative values (CPython 3.12's `vector_norm`).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s_hi, s_lo) = dl_fast_sum(csum, hi);
        csum = s_hi;
        frac1 += lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s_hi, s_lo) = dl_fast_sum(csum, hi);
    csum = s_hi;
    frac1 += lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

fn dl_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// Triple-length accumulator of `sumprod` (hi, lo, tiny).
fn tl_fma(x: f64, y: f64, t: (f64, f64, f64)) -> (f64, f64, f64) {
    let (pr_hi, pr_lo) = dl_mul(x, y);
    let (sm_hi, sm_lo) = dl_sum(t.0, pr_hi);
    let (r1_hi, r1_lo) = dl_sum(t.1, pr_lo);
    let (r2_hi, r2_lo) = dl_sum(r1_hi, sm_lo);
    (sm_hi, r2_hi, t.2 + r1_lo + r2_lo)
}

fn tl_to_d(t: (f64, f64, f64)) -> f64 {
    let (hi, lo) = dl_sum(t.1, t.0);
    t.2 + lo + hi
}

fn m_hypot(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "hypot", &a)?;
    let mut coords = Vec::with_capacity(a.positional().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a.positional() {
        let x = float_of(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let (pv, qv) = two_args(vm, "dist", &a)?;
    let p = vm.collect(&pv)?;
    let q = vm.collect(&qv)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(q.iter()) {
        let px = float_of(vm, x)?;
        let qx = float_of(vm, y)?;
        let d = (px - qx).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

/// The exact float value of a plain int or float operand of sumprod's float path.
fn sumprod_float(x: &Value) -> Option<f64> {
    match x {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Obj(o) if o.class.is_none() => match &o.payload {
            Payload::BigInt(b) => numeric::big_to_f64(b).ok(),
            _ => None,
        },
        _ => None,
    }
}

fn m_sumprod(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let (pv, qv) = two_args(vm, "sumprod", &a)?;
    let p_it = vm.get_iter(&pv)?;
    let q_it = vm.get_iter(&qv)?;
    let mut total = Value::Int(0);
    let (mut int_ok, mut int_total, mut int_used) = (true, 0i64, false);
    let (mut flt_ok, mut flt_total, mut flt_used) = (true, (0.0, 0.0, 0.0), false);
    loop {
        let p = vm.next(&p_it)?;
        let q = vm.next(&q_it)?;
        if p.is_some() != q.is_some() {
            return Err(vm.value_error("Inputs are not the same length"));
        }
        let finished = p.is_none();
        let (pi, qi) = (p.unwrap_or(Value::None), q.unwrap_or(Value::None));
        if int_ok {
            if let (false, Value::Int(x), Value::Int(y)) = (finished, &pi, &qi) {
                if let Some(s) = x.checked_mul(*y).and_then(|m| int_total.checked_add(m)) {
                    int_total = s;
                    int_used = true;
                    continue;
                }
            }
            int_ok = false;
            if int_used {
                total = vm.binary_op(&total, &Value::Int(int_total), BinOp::Add)?;
                int_used = false;
            }
        }
        if flt_ok {
            if !finished {
                let pair = match (&pi, &qi) {
                    (Value::Float(x), Value::Float(y)) => Some((*x, *y)),
                    (Value::Float(x), other) | (other, Value::Float(x))
                        if matches!(as_num(other), Some(Num::Int(_) | Num::Big(_))) =>
                    {
                        sumprod_float(other).map(|o| {
                            if matches!(pi, Value::Float(_)) {
                                (*x, o)
                            } else {
                                (o, *x)
                            }
                        })
                    }
                    _ => None,
                };
                if let Some((x, y)) = pair {
                    let t = tl_fma(x, y, flt_total);
                    if t.0.is_finite() {
                        flt_total = t;
                        flt_used = true;
                        continue;
                    }
                }
            }
            flt_ok = false;
            if flt_used {
                total = vm.binary_op(&total, &Value::Float(tl_to_d(flt_total)), BinOp::Add)?;
                flt_used = false;
            }
        }
        if finished {
            return Ok(total);
        }
        let term = vm.binary_op(&pi, &qi, BinOp::Mul)?;
        total = vm.binary_op(&total, &term, BinOp::Add)?;
    }
}

// ----- integer functions --------------------------------------------------------------------------------

/// `operator.index(v)` without a size limit.
fn index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
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

fn m_factorial(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "factorial", &a)?;
    let n = index(vm, &v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    numeric::math_factorial(n)
        .map(Value::from_bigint)
        .map_err(|e| num_err(vm, e))
}

fn m_gcd(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "gcd", &a)?;
    let mut xs = Vec::with_capacity(a.positional().len());
    for v in a.positional() {
        xs.push(index(vm, v)?);
    }
    Ok(Value::from_bigint(numeric::math_gcd(&xs)))
}

fn m_lcm(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "lcm", &a)?;
    let mut xs = Vec::with_capacity(a.positional().len());
    for v in a.positional() {
        xs.push(index(vm, v)?);
    }
    if xs.len() == 1 {
        return Ok(Value::from_bigint(xs[0].abs()));
    }
    Ok(Value::from_bigint(numeric::math_lcm(&xs)))
}

fn m_isqrt(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let v = one_arg(vm, "isqrt", &a)?;
    let n = index(vm, &v)?;
    numeric::math_isqrt(&n)
        .map(Value::from_bigint)
        .map_err(|e| num_err(vm, e))
}

fn m_comb(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let (nv, kv) = two_args(vm, "comb", &a)?;
    let n = index(vm, &nv)?;
    let k = index(vm, &kv)?;
    numeric::math_comb(&n, &k)
        .map(Value::from_bigint)
        .map_err(|e| num_err(vm, e))
}

fn m_perm(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "perm", &a)?;
    let p = crate::builtins::args::range(vm, "perm", &a, 1, 2)?;
    let n = index(vm, &p[0])?;
    let k = match p.get(1).filter(|k| !k.is_none()) {
        Some(k) => Some(index(vm, k)?),
        None => None,
    };
    if k.is_none() && n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    numeric::math_perm(&n, k.as_ref())
        .map(Value::from_bigint)
        .map_err(|e| num_err(vm, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-0.75), (-0.75, 0));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(f64::MAX).1, 1024);
    }

    #[test]
    fn special_functions() {
        assert_eq!(erf(1.0), 0.8427007929497149);
        assert_eq!(tgamma(5.0).0, 24.0);
        assert_eq!(lgamma(1.0).0, 0.0);
        assert_eq!(remainder(5.0, 3.0), -1.0);
    }
}
