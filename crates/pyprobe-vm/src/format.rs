//! Python-compatible text formatting of numbers and strings.
//!
//! pyprobe's counterpart of CPython 3.12's `Python/formatter_unicode.c` (the `format()` mini-
//! language for `int`, `float` and `str`), `Python/pystrtod.c` (`PyOS_double_to_string`: float
//! repr and the `e`/`f`/`g` conversions) and the `%` operator of `Objects/unicodeobject.c`.  It
//! knows nothing about interpreter objects: callers pass `f64`, `BigInt` and `&str` and get text
//! or an error message back, so it compiles on its own (std, `num-bigint`, `num-traits`).
//!
//! Invariants:
//! * Nothing here panics, whatever the input.  Output longer than [`MAX_OUTPUT_LEN`] bytes is
//!   refused, before allocating, with CPython's `MemoryError` (whose message is empty).
//! * Every `Err(String)` carries CPython's exact message.  Most are `ValueError`s; the others
//!   are named by [`error_type`], which the caller uses to pick the exception class.
//! * Digits are exact: `{:.N}` / `{:.Ne}` round the exact binary value half-to-even and `{:e}`
//!   gives the shortest round-trip digits, as David Gay's `dtoa` does in CPython (one tie rule
//!   is patched, see `shortest_digits`).  A transcription of CPython's `format_float_short`
//!   then lays them out, so padding, exponents and the `#` flag match byte for byte.
//! * `n` behaves as in the C locale (no grouping), as CPython does unless `LC_NUMERIC` is set.
//! * `sys.set_int_max_str_digits` is not enforced here; callers implementing it check first.
//! * For an empty spec CPython formats exact `int`/`float`/`str` like `str(x)`, as these
//!   functions do; for subclasses (`bool`) it calls `str(obj)`, which is the caller's job.

use std::borrow::Cow;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Formatted text, or CPython's error message (see [`error_type`] for its exception class).
pub type Res = Result<String, String>;

/// The longest output (in bytes) this module builds before answering `MemoryError`.
pub const MAX_OUTPUT_LEN: usize = 1 << 30;
/// The message of CPython's `MemoryError`: it is raised without text.
pub const MEMORY_ERROR: &str = "";
const INT_TOO_LARGE: &str = "int too large to convert to float";
const LONG_TOO_LARGE: &str = "Python int too large to convert to C long";

/// Names the CPython exception class for a message returned by this module, because the
/// messages alone are what the brief's `Result<_, String>` signatures can carry.
pub fn error_type(message: &str) -> &'static str {
    match message {
        MEMORY_ERROR => "MemoryError",
        INT_TOO_LARGE
        | "%c arg not in range(0x110000)"
        | LONG_TOO_LARGE
        | "precision too large" => "OverflowError",
        _ => "ValueError",
    }
}

/// Refuses output that would need more than [`MAX_OUTPUT_LEN`] bytes.
fn check_size(count: usize, unit_bytes: usize) -> Result<(), String> {
    if count.saturating_mul(unit_bytes) > MAX_OUTPUT_LEN {
        return err(MEMORY_ERROR);
    }
    Ok(())
}

/// Shorthand for returning one of CPython's error messages.
fn err<T>(message: &str) -> Result<T, String> {
    Err(message.to_string())
}

/// The first `n` characters of `s`.
fn truncate_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// Alignment of a padded field; `AfterSign` is `=` (padding between sign/prefix and digits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` spec.
///
/// `align: None` means "the type's default" (left for strings, right for numbers, `=` for
/// numbers when `zero_pad` is set), because CPython's parser depends on the object's type for
/// that default.  When `zero_pad` is set the parser has already made `fill` `'0'`.
/// `no_neg_zero` is Python 3.11's `z` option.  `type_name` (e.g. `"bool"`) is used in
/// "Unknown format code" messages; when empty, `int`, `float` or `str` is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    pub type_name: Cow<'static, str>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            type_name: Cow::Borrowed(""),
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    let all = [Align::Left, Align::Right, Align::Center, Align::AfterSign];
    "<>^=".find(c).map(|i| all[i])
}

/// The zero of every run of Unicode decimal digits (category Nd, Unicode 15.0 as in CPython
/// 3.12).  CPython reads widths with `Py_UNICODE_TODECIMAL`, so `format(1, '٣')` pads to 3.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0,
];

fn decimal_value(c: char) -> Option<usize> {
    let cp = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let off = cp - DECIMAL_ZEROS[idx.checked_sub(1)?];
    (off < 10).then_some(off as usize)
}

/// CPython's `get_integer`: a run of decimal digits, refusing values above `PY_SSIZE_T_MAX`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let (mut acc, start) = (0usize, *pos);
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (isize::MAX as usize - d) / 10 {
            return err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// How CPython prints a presentation type in messages: printable ASCII as itself, else `\xNN`.
fn code_repr(c: char) -> String {
    match c as u32 {
        33..=127 => c.to_string(),
        n => format!("\\x{n:x}"),
    }
}

/// CPython prints type names with `%.200s`; cut at a character boundary at most 200 bytes in.
fn short_name(name: &str) -> &str {
    let mut end = name.len().min(200);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// "Unknown format code" for `spec`'s object, named `default` unless `spec.type_name` is set.
fn unknown_code(c: char, spec: &FormatSpec, default: &str) -> String {
    let name = Some(&*spec.type_name).filter(|n| !n.is_empty());
    let name = name.unwrap_or(default);
    let (code, name) = (code_repr(c), short_name(name));
    format!("Unknown format code '{code}' for object of type '{name}'")
}

fn separator_error(sep: char, ty: char) -> String {
    format!("Cannot specify '{}' with '{}'.", sep, code_repr(ty))
}

/// Parses a format spec as CPython's `parse_internal_render_format_spec` does.
///
/// `type_name` (e.g. `"int"`, `"bool"`) names the object's type in CPython's "Invalid format
/// specifier '...' for object of type '...'" message; it is also stored in the result for later
/// messages.  Checks that depend on the type's default presentation type (`format('x', ',')`)
/// are made by the `format_*` functions.
pub fn parse_spec(
    spec: &str,
    type_name: impl Into<Cow<'static, str>>,
) -> Result<FormatSpec, String> {
    let type_name = type_name.into();
    // The characters, on the stack for the usual short spec.
    let mut buf = ['\0'; 24];
    let heap: Vec<char>;
    let chars: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for c in spec.chars() {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    } else {
        heap = spec.chars().collect();
        &heap
    };
    let end = chars.len();
    let mut out = FormatSpec {
        type_name,
        ..FormatSpec::default()
    };
    let mut pos = 0;
    let mut fill_specified = false;
    if let Some(a) = chars.get(1).and_then(|&c| align_of(c)) {
        out.align = Some(a);
        out.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        out.align = Some(a);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // A '0' before the width means zero padding only when no fill was given; with an explicit
    // fill it is just the first digit of the width ('x<010' is width 10).
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(chars, &mut pos)?;
    // ',' then '_', each optional; mixing them is an error but ",," is left to the type check.
    for sep in [',', '_'] {
        if chars.get(pos) == Some(&sep) {
            if out.grouping.is_some() {
                return err("Cannot specify both ',' and '_'.");
            }
            out.grouping = Some(sep);
            pos += 1;
        }
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return err("Cannot specify both ',' and '_'.");
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = get_integer(chars, &mut pos)?;
        if out.precision.is_none() {
            return err("Format specifier missing precision");
        }
    }
    if end - pos > 1 {
        let name = short_name(&out.type_name);
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{name}'"
        ));
    }
    out.ty = chars.get(pos).copied();
    if let (Some(sep), Some(ty)) = (out.grouping, out.ty) {
        let ok = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !ok {
            return Err(separator_error(sep, ty));
        }
    }
    Ok(out)
}

/// Groups `digits` (ASCII) from the right, zero-extending them to `min_width` characters
/// (separators included) the way CPython's `_PyUnicode_InsertThousandsGrouping` does; this is
/// how `=` alignment with fill `'0'` pads, which is why `format(1234, '08,d')` is `0,001,234`.
/// Without grouping the whole number is one group.  No digits (`'c'`, `inf`) give no output.
fn insert_grouping(digits: &str, min_width: i128, grouping: Option<(usize, char)>) -> String {
    if digits.is_empty() {
        return String::new();
    }
    if grouping.is_none() {
        // One group: the digits after the zeros that make up `min_width`.
        let zeros = (min_width - digits.len() as i128).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        push_n(&mut out, '0', zeros);
        out.push_str(digits);
        return out;
    }
    let (size, sep) = grouping.map_or((i128::MAX, ','), |(n, c)| (n as i128, c));
    let (mut min_width, mut end) = (min_width.max(0), digits.len());
    // Groups are made right to left: zeros, digits, then a separator unless rightmost.
    let mut groups: Vec<String> = Vec::new();
    loop {
        let len = size.min((end as i128).max(min_width).max(1));
        let n_chars = (end as i128).min(len) as usize;
        let mut group = "0".repeat((len - n_chars as i128) as usize);
        group.push_str(&digits[end - n_chars..end]);
        if !groups.is_empty() {
            group.push(sep);
        }
        groups.push(group);
        end -= n_chars;
        min_width -= len;
        if end == 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.iter().rev().map(String::as_str).collect()
}

/// A number to lay out as `[sign][prefix][digits][.][remainder]`: (negative, prefix, digits,
/// has a decimal point, remainder).  Only `digits`, the integer part, is grouped and zero-padded.
struct NumberParts<'a>(bool, &'a str, &'a str, bool, &'a str);

fn layout_number(parts: &NumberParts, spec: &FormatSpec, grouping: Option<(usize, char)>) -> Res {
    let &NumberParts(negative, prefix, digits, decimal, remainder) = parts;
    check_size(spec.width.unwrap_or(0), spec.fill.len_utf8())?;
    let zero_pad_default = spec.zero_pad.then_some(Align::AfterSign);
    let align = spec.align.or(zero_pad_default).unwrap_or(Align::Right);
    let sign = match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let width = spec.width.map_or(-1, |w| w as i128);
    let non_digits = prefix.chars().count() + remainder.chars().count();
    let non_digits = (non_digits + sign.is_some() as usize + decimal as usize) as i128;
    // Zero padding after the sign happens inside the digits, so that it can be grouped.
    let zero_fill = spec.fill == '0' && align == Align::AfterSign;
    let min_width = if zero_fill { width - non_digits } else { 0 };
    let grouped = insert_grouping(digits, min_width, grouping);
    let padding = (width - non_digits - grouped.len() as i128).max(0) as usize;
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::with_capacity(grouped.len() + remainder.len() + padding + 8);
    push_n(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(prefix);
    push_n(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_n(&mut out, spec.fill, right);
    Ok(out)
}

/// Which digits `dtoa` is asked for: mode 0, mode 2 (significant digits) or mode 3 (fixed).
#[derive(Clone, Copy)]
enum DigitMode {
    Shortest,
    Significant(usize),
    Fixed(usize),
}

/// Digits of `|x|` (finite) like Gay's `dtoa`: no leading or trailing zeros, with `decpt` the
/// position of the decimal point; zero (or a value rounding to zero) gives `("0", 1)`.
/// Requested precision is capped because no double has more than 767 significant or 1074
/// fractional decimal digits, so the exact digits are the same and the cost stays bounded.
fn decimal_digits(x: f64, mode: DigitMode) -> (Vec<u8>, i64) {
    let a = x.abs();
    let (mut digits, mut decpt) = match mode {
        DigitMode::Fixed(p) => match exact_fixed_digits(a, p) {
            Some(found) => found,
            None => {
                let s = format!("{:.*}", p.min(1100), a);
                let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
                (int.bytes().chain(frac.bytes()).collect(), int.len() as i64)
            }
        },
        DigitMode::Significant(n) => sci_digits(&format!("{:.*e}", n.clamp(1, 800) - 1, a)),
        DigitMode::Shortest => shortest_digits(a),
    };
    let lead = digits.iter().take_while(|&&b| b == b'0').count();
    if lead == digits.len() {
        return (vec![b'0'], 1);
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// `a >= 0` (finite) as `m * 2**e` with `m` odd (or zero).
fn odd_mantissa(a: f64) -> (u64, i64) {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    if m == 0 {
        return (0, 0);
    }
    let tz = m.trailing_zeros();
    (m >> tz, e + i64::from(tz))
}

/// The digits of `a` with `p` fractional digits when that is `a` exactly
/// (a price, a quarter: no rounding to do), from integer arithmetic. Rust's
/// exact formatting falls back to a slow bignum algorithm on precisely
/// these values; None when rounding is needed or the numbers grow large.
fn exact_fixed_digits(a: f64, p: usize) -> Option<(Vec<u8>, i64)> {
    const POW5: [u128; 23] = {
        let mut t = [1u128; 23];
        let mut i = 1;
        while i < 23 {
            t[i] = t[i - 1] * 5;
            i += 1;
        }
        t
    };
    let (m, e) = odd_mantissa(a);
    // a * 10**p = m * 5**p * 2**(e + p): an integer when e + p >= 0.
    let shift = e.checked_add(i64::try_from(p).ok()?)?;
    if p >= POW5.len() || !(0..=20).contains(&shift) {
        return None;
    }
    let scaled = (u128::from(m) * POW5[p]).checked_shl(shift as u32)?;
    if scaled.leading_zeros() < 4 {
        return None;
    }
    let mut digits = scaled.to_string().into_bytes();
    if digits.len() <= p {
        // Fewer digits than the fraction: zeros before them.
        let mut padded = vec![b'0'; p + 1 - digits.len()];
        padded.append(&mut digits);
        digits = padded;
    }
    let decpt = (digits.len() - p) as i64;
    Some((digits, decpt))
}

/// Splits Rust's `d.ddde[-]N` into digits and decimal-point position.
fn sci_digits(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    (mant.bytes().filter(u8::is_ascii_digit).collect(), exp + 1)
}

/// Shortest round-trip digits of `a >= 0`.  When `a` lies exactly halfway between two equally
/// short candidates, Gay's `dtoa` picks the even one while Rust picks the upper one, so
/// `repr(-820768165975846.25)` must end in `.2`: detect the tie exactly and redo the choice.
fn shortest_digits(a: f64) -> (Vec<u8>, i64) {
    let (digits, decpt) = sci_digits(&format!("{:e}", a));
    let n = digits.len();
    // A tie needs an exact value of n + 1 significant digits (n + 2 when
    // the shortest digits carried into a new power of ten): a value whose
    // exact expansion is longer or no longer cannot be one. The exact
    // expansion of m * 2**e (m odd, e < 0) has -e fractional digits; an
    // integer below 2**53 has at most 16 digits, all in the shortest form.
    let (m, e) = odd_mantissa(a);
    let exact_len = decpt - e;
    if m == 0
        || (e >= 0 && a < 9007199254740992.0)
        || (e < 0 && (exact_len <= n as i64 || exact_len > n as i64 + 2))
    {
        return (digits, decpt);
    }
    tie_to_even(a, digits, decpt)
}

/// The shortest digits of `a`, redone to the even candidate when `a` is
/// exactly halfway between two (the exact check behind `shortest_digits`).
fn tie_to_even(a: f64, digits: Vec<u8>, decpt: i64) -> (Vec<u8>, i64) {
    let n = digits.len();
    let tie = sci_digits(&format!("{:.*e}", n, a));
    // A tie means the exact value is these n+1 digits ending in 5; 800 significant digits are
    // exact for every double, so the comparison is exact too.  Ties are rare: check cheaply first.
    if tie.0.last() != Some(&b'5') || decimal_digits(a, DigitMode::Significant(800)) != tie {
        return (digits, decpt);
    }
    let lower = BigInt::parse_bytes(&tie.0[..n], 10).unwrap_or_default();
    // Round the lower candidate up if it is odd (ASCII digits have the parity of their values).
    let even = (lower + tie.0[n - 1] % 2).to_string();
    let even_decpt = tie.1 + even.len() as i64 - n as i64;
    match format!("0.{even}e{even_decpt}").parse::<f64>() {
        Ok(v) if v == a => (even.into_bytes(), even_decpt),
        _ => (digits, decpt),
    }
}

/// A transcription of CPython's `PyOS_double_to_string` / `format_float_short`.
/// `code` is one of `e E f F g G r`; `dot0` is `Py_DTSF_ADD_DOT_0` (used by repr and the empty
/// presentation type), `alt` is `#`, `no_neg0` is `z`.  A precision above [`MAX_OUTPUT_LEN`]
/// is clamped, since such a string could not be built anyway.
fn double_to_string(
    x: f64,
    code: char,
    prec: usize,
    dot0: bool,
    alt: bool,
    no_neg0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if !x.is_finite() {
        // CPython ignores the sign of a NaN.
        let mut s = if x.is_nan() {
            "nan"
        } else {
            &"-inf"[(x > 0.0) as usize..]
        }
        .to_string();
        if upper {
            s.make_ascii_uppercase();
        }
        return s;
    }
    // 'e' asks dtoa for precision+1 significant digits; 'g' treats precision 0 as 1.
    let prec = match code {
        'e' => prec.min(MAX_OUTPUT_LEN) + 1,
        'g' => prec.clamp(1, MAX_OUTPUT_LEN),
        _ => prec.min(MAX_OUTPUT_LEN),
    };
    let mode = match code {
        'e' | 'g' => DigitMode::Significant(prec),
        'f' => DigitMode::Fixed(prec),
        _ => DigitMode::Shortest,
    };
    let (digits, mut decpt) = decimal_digits(x, mode);
    let negative = x.is_sign_negative() && !(no_neg0 && digits == b"0");
    let (prec, digits_len) = (prec as i64, digits.len() as i64);
    let g_digits = if alt { prec } else { digits_len };
    // Whether to use an exponent, and how many digits (padded with zeros) to show.
    let (use_exp, mut vdigits_end) = match code {
        'e' => (true, prec),
        'f' => (false, decpt + prec),
        // With ADD_DOT_0 the exponent starts one digit earlier: format(1234.0, '.4') is
        // '1.234e+03', not '1234.0'.  '#' keeps trailing zeros.
        'g' => (decpt <= -4 || decpt > prec - dot0 as i64, g_digits),
        // repr switches to exponent notation at 1e16 (CPython's historical choice).
        _ => (decpt <= -4 || decpt > 16, digits_len),
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    vdigits_end = vdigits_end.max(decpt + (!use_exp && dot0) as i64);
    let mut out = String::with_capacity(vdigits_end.clamp(0, 4096) as usize + 8);
    if negative {
        out.push('-');
    }
    let d = std::str::from_utf8(&digits).unwrap_or("0");
    if decpt <= 0 {
        out.push_str("0.");
        push_n(&mut out, '0', decpt.unsigned_abs() as usize);
        out.push_str(d);
    } else if decpt <= digits_len {
        out.push_str(&d[..decpt as usize]);
        out.push('.');
        out.push_str(&d[decpt as usize..]);
    } else {
        out.push_str(d);
        push_n(&mut out, '0', (decpt - digits_len) as usize);
        out.push('.');
    }
    let trailing_zeros = (vdigits_end - digits_len.max(decpt)).max(0);
    push_n(&mut out, '0', trailing_zeros as usize);
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": a sign and at least two digits.
        out.push_str(&format!("{:+03}", exp));
    }
    out
}

/// `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16 on.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, true, false, false)
}

/// C's `'%.*f'` as Python does it.  Output length grows with `precision`; callers must bound it
/// (the `format_*`/`percent_*` functions do, against [`MAX_OUTPUT_LEN`]).
pub fn float_to_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, false, false, false)
}

/// C's `'%.*e'` as Python does it (exponent has a sign and at least two digits).
pub fn float_to_exp(x: f64, precision: usize, upper: bool) -> String {
    let code = if upper { 'E' } else { 'e' };
    double_to_string(x, code, precision, false, false, false)
}

/// C's `'%.*g'` (`'%#.*g'` when `alternate`) as Python does it.
pub fn float_to_general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let code = if upper { 'G' } else { 'g' };
    double_to_string(x, code, precision, false, alternate, false)
}

/// Shared by `format_float` and the float presentation types of `format_int`
/// (CPython's `format_float_internal`).
fn float_internal(x: f64, spec: &FormatSpec) -> Res {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return err("precision too big");
    }
    // No type is like repr() without a precision, otherwise like 'g' keeping at least one
    // digit after the point; '%' is 'f' of x*100.
    let (code, precision, dot0, val) = match (spec.ty, spec.precision) {
        (None, None) => ('r', 0, true, x),
        (None, Some(p)) => ('g', p, true, x),
        (Some('n'), p) => ('g', p.unwrap_or(6), false, x),
        (Some('%'), p) => ('f', p.unwrap_or(6), false, x * 100.0),
        (Some(c), p) => (c, p.unwrap_or(6), false, x),
    };
    check_size(precision, 1)?;
    let (alt, no_neg_zero) = (spec.alternate, spec.no_neg_zero);
    let mut text = double_to_string(val, code, precision, dot0, alt, no_neg_zero);
    if spec.ty == Some('%') {
        text.push('%');
    }
    let body = text.strip_prefix('-');
    let (negative, body) = (body.is_some(), body.unwrap_or(&text));
    // CPython's parse_number: leading digits are grouped, everything after the point is not.
    let (digits, rest) = body.split_at(body.bytes().take_while(u8::is_ascii_digit).count());
    let remainder = rest.strip_prefix('.');
    let (decimal, remainder) = (remainder.is_some(), remainder.unwrap_or(rest));
    // 'n' uses the C locale, which has no grouping.
    let grouping = spec.grouping.filter(|_| spec.ty != Some('n'));
    let parts = NumberParts(negative, "", digits, decimal, remainder);
    layout_number(&parts, spec, grouping.map(|c| (3, c)))
}

/// `format(x, spec)` for a float (CPython's `_PyFloat_FormatAdvancedWriter`).
pub fn format_float(x: f64, spec: &FormatSpec) -> Res {
    match spec.ty {
        Some(c) if !"eEfFgGn%".contains(c) => Err(unknown_code(c, spec, "float")),
        _ => float_internal(x, spec),
    }
}

/// Digits of `x` in `radix` (2..=36, lowercase), with `-` for negatives; any other radix gives
/// an empty string rather than panicking.
pub fn int_to_radix(x: &BigInt, radix: u32) -> String {
    match radix {
        2..=36 => x.to_str_radix(radix),
        _ => String::new(),
    }
}

/// `float(x)` for an int, correctly rounded (half to even) as CPython's `PyLong_AsDouble`;
/// `Err` is its OverflowError message.  The top 64 bits are converted with a sticky bit for
/// everything below them, which rounds exactly like the full value would.
pub fn int_to_f64(x: &BigInt) -> Result<f64, String> {
    let mag = x.magnitude();
    let bits = mag.bits();
    let v = if bits <= 64 {
        mag.to_u64().unwrap_or(u64::MAX) as f64
    } else if bits > 1024 {
        f64::INFINITY
    } else {
        let shift = bits - 64;
        let mut top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        // 2^shift is exact because shift <= 960.
        top as f64 * f64::from_bits((shift + 1023) << 52)
    };
    if v.is_infinite() {
        return Err(INT_TOO_LARGE.to_string());
    }
    Ok(if x.sign() == Sign::Minus { -v } else { v })
}

/// `format(x, spec)` for an int (CPython's `_PyLong_FormatAdvancedWriter` and
/// `format_long_internal`).  Float presentation types convert to float first.
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Res {
    format_integer(IntArg::Big(x), spec)
}

/// `format(i, spec)` for an int that fits a machine word (no big int made).
pub fn format_small_int(x: i64, spec: &FormatSpec) -> Res {
    format_integer(IntArg::Small(x), spec)
}

/// An int to format, as the evaluator holds it.
#[derive(Clone, Copy)]
enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn to_f64(self) -> Result<f64, String> {
        match self {
            // Rounded to nearest, ties to even, as CPython's PyLong_AsDouble.
            IntArg::Small(i) => Ok(i as f64),
            IntArg::Big(b) => int_to_f64(b),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntArg::Small(i) => Some(i),
            IntArg::Big(b) => b.to_i64(),
        }
    }

    fn is_negative(self) -> bool {
        match self {
            IntArg::Small(i) => i < 0,
            IntArg::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// The digits of the magnitude in `radix` (2, 8, 10 or 16), lowercase.
    fn magnitude_digits(self, radix: u32) -> String {
        match self {
            IntArg::Small(i) => {
                let m = i.unsigned_abs();
                match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntArg::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }
}

fn format_integer(x: IntArg, spec: &FormatSpec) -> Res {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return float_internal(x.to_f64()?, spec),
        c => return Err(unknown_code(c, spec, "int")),
    }
    if spec.precision.is_some() {
        return err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        // CPython goes through PyLong_AsLong (a 64-bit C long) before the range check.
        let v = x.to_i64().ok_or(LONG_TOO_LARGE)?;
        let c = u32::try_from(v).ok().and_then(char::from_u32);
        // Lone surrogates are valid in Python strings but not in Rust ones; U+FFFD stands in.
        let c = match c {
            Some(c) => c,
            None if (0..0x110000).contains(&v) => '\u{FFFD}',
            None => return err("%c arg not in range(0x110000)"),
        };
        let text = c.to_string();
        let parts = NumberParts(false, "", "", false, &text);
        return layout_number(&parts, spec, None);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude_digits(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    // Underscores group bin/oct/hex digits by four (PEP 515); 'n' uses the C locale.
    let grouping = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        ('b' | 'o' | 'x' | 'X', Some(c)) => Some((4, c)),
        (_, Some(c)) => Some((3, c)),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let parts = NumberParts(x.is_negative(), prefix, &digits, false, "");
    layout_number(&parts, spec, grouping)
}

/// `format(s, spec)` for a str (CPython's `format_string_internal`).
pub fn format_str(s: &str, spec: &FormatSpec) -> Res {
    // The default type of str is 's', which CPython's parser rejects with a separator.
    if let (Some(sep), None) = (spec.grouping, spec.ty) {
        return Err(separator_error(sep, 's'));
    }
    if let Some(c) = spec.ty.filter(|&c| c != 's') {
        return Err(unknown_code(c, spec, "str"));
    }
    match spec.sign {
        Some(' ') => return err("Space not allowed in string format specifier"),
        Some(_) => return err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return err("Alternate form (#) not allowed in string format specifier");
    }
    let align = spec.align.unwrap_or(Align::Left);
    if align == Align::AfterSign {
        return err("'=' alignment not allowed in string format specifier");
    }
    check_size(spec.width.unwrap_or(0), spec.fill.len_utf8())?;
    let text = spec.precision.map_or(s, |p| truncate_chars(s, p));
    let len = text.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + padding * spec.fill.len_utf8());
    push_n(&mut out, spec.fill, left);
    out.push_str(text);
    push_n(&mut out, spec.fill, padding - left);
    Ok(out)
}

/// The flag characters `- + space # 0` of a `%` specifier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub alt: bool,
    pub zero: bool,
}

/// A width or precision: `*` (taken from the arguments) or literal digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Star,
    Fixed(usize),
}

/// One `%` specifier.  `conversion` may be any character: CPython fetches the argument before
/// rejecting an unknown one, so the caller does the same and then asks
/// [`percent_conversion_error`].  `index` is the conversion's character index, for that message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    pub conversion: char,
    pub index: usize,
}

/// A malformed specifier.  CPython only notices it when formatting reaches it, after the
/// earlier specifiers consumed their arguments, and after doing part of its own work, which the
/// caller must replay in order: if `wants_mapping`, raise TypeError("format requires a mapping")
/// when the arguments are not a mapping; look up `key` if present (KeyError); fetch `stars`
/// arguments for `*` fields (TypeError "not enough arguments for format string" / "* wants
/// int"); then raise ValueError(`message`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentError {
    pub wants_mapping: bool,
    pub key: Option<String>,
    pub stars: usize,
    pub message: String,
}

/// A parsed `%` format string: literals (with `%%` already turned into `%`), specifiers, and at
/// most one error, always last.
///
/// Deviation from the brief: parsing never fails as a whole; a trailing `Error` piece keeps
/// CPython's ordering of errors (e.g. `'%d %y' % ('a',)` is a TypeError about `%d`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
    Error(PercentError),
}

/// Format strings parsed lately, by slot of their text's address and length
/// (a `%` format is nearly always a constant of the code, formatted again
/// and again); an entry answers only for the same text.
const PERCENT_CACHE_SIZE: usize = 64;

type PercentCache = Vec<Option<(Box<str>, std::rc::Rc<[PercentPiece]>)>>;

thread_local! {
    static PERCENT_CACHE: std::cell::RefCell<PercentCache> =
        std::cell::RefCell::new(vec![None; PERCENT_CACHE_SIZE]);
}

/// [`parse_percent`] through a small cache of recent format strings.
pub fn parse_percent_cached(fmt: &str) -> std::rc::Rc<[PercentPiece]> {
    let h = (fmt.as_ptr() as u64 ^ fmt.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let slot = (h >> 58) as usize % PERCENT_CACHE_SIZE;
    PERCENT_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((text, pieces)) = &c[slot] {
            if &**text == fmt {
                return pieces.clone();
            }
        }
        let pieces: std::rc::Rc<[PercentPiece]> = parse_percent(fmt).into();
        c[slot] = Some((fmt.into(), pieces.clone()));
        pieces
    })
}

/// Parses a `%` format string once, following CPython's `unicode_format_arg_parse`.
pub fn parse_percent(fmt: &str) -> Vec<PercentPiece> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' || chars.get(i + 1) == Some(&'%') {
            // "%%" is a literal '%' only when nothing stands between the two.
            literal.push(chars[i]);
            i += if chars[i] == '%' { 2 } else { 1 };
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        let mut spec = PercentSpec::default();
        let mut cur = Cursor {
            chars: &chars,
            pos: i + 1,
            ch: '\0',
            exhausted: false,
        };
        match parse_one_percent(&mut cur, &mut spec) {
            Ok(()) => pieces.push(PercentPiece::Spec(spec)),
            Err(message) => {
                let stars = [spec.width, spec.precision];
                pieces.push(PercentPiece::Error(PercentError {
                    wants_mapping: spec.key.is_some() || message == "incomplete format key",
                    key: spec.key,
                    stars: stars.iter().filter(|&&c| c == Some(Count::Star)).count(),
                    message,
                }));
                return pieces;
            }
        }
        i = cur.pos;
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    pieces
}

/// Reads characters the way CPython's `--fmtcnt >= 0` loops do: once the string is exhausted,
/// `ch` keeps the last character read and every later read fails.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    ch: char,
    exhausted: bool,
}

impl Cursor<'_> {
    fn advance(&mut self) -> bool {
        match self.chars.get(self.pos).filter(|_| !self.exhausted) {
            Some(&c) => {
                self.ch = c;
                self.pos += 1;
            }
            None => self.exhausted = true,
        }
        !self.exhausted
    }

    /// A count whose first digit is in `ch`, refusing values above `limit` like CPython.
    fn count(&mut self, limit: usize, message: &str) -> Result<Option<Count>, String> {
        if self.ch == '*' {
            self.advance();
            return Ok(Some(Count::Star));
        }
        if !self.ch.is_ascii_digit() {
            return Ok(None);
        }
        let mut value = self.ch as usize - '0' as usize;
        while self.advance() && self.ch.is_ascii_digit() {
            let d = self.ch as usize - '0' as usize;
            if value > (limit - d) / 10 {
                return err(message);
            }
            value = value * 10 + d;
        }
        Ok(Some(Count::Fixed(value)))
    }
}

/// One specifier after its '%'; on error `spec` holds what CPython had already acted on.
fn parse_one_percent(cur: &mut Cursor, spec: &mut PercentSpec) -> Result<(), String> {
    if cur.chars.get(cur.pos) == Some(&'(') {
        let start = cur.pos + 1;
        let mut depth = 1;
        cur.pos += 1;
        while depth > 0 && cur.advance() {
            match cur.ch {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
        }
        if depth > 0 {
            return err("incomplete format key");
        }
        spec.key = Some(cur.chars[start..cur.pos - 1].iter().collect());
    }
    while cur.advance() {
        match cur.ch {
            '-' => spec.flags.minus = true,
            '+' => spec.flags.plus = true,
            ' ' => spec.flags.space = true,
            '#' => spec.flags.alt = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
    }
    spec.width = cur.count(isize::MAX as usize, "width too big")?;
    if cur.ch == '.' {
        spec.precision = Some(Count::Fixed(0));
        cur.advance();
        if let Some(p) = cur.count(i32::MAX as usize, "precision too big")? {
            spec.precision = Some(p);
        }
    }
    // C length modifiers are accepted and ignored ("%ld" is "%d").
    if !cur.exhausted && matches!(cur.ch, 'h' | 'l' | 'L') {
        cur.advance();
    }
    if cur.exhausted {
        return err("incomplete format");
    }
    spec.conversion = cur.ch;
    spec.index = cur.pos - 1;
    Ok(())
}

/// The message for a conversion character `%` formatting does not know, or `None`.
pub fn percent_conversion_error(spec: &PercentSpec) -> Option<String> {
    let c = spec.conversion;
    if "sracdiuoxXeEfFgG".contains(c) {
        return None;
    }
    // CPython shows the character itself only when it is printable ASCII (or 0x1f).
    let shown = Some(c)
        .filter(|c| ('\x1f'..='~').contains(c))
        .unwrap_or('?');
    let (code, index) = (c as u32, spec.index);
    Some(format!(
        "unsupported format character '{shown}' (0x{code:x}) at index {index}"
    ))
}

/// CPython's `unicode_format_arg_output`: `[sign][prefix][body]` padded to the width `w`, which
/// counts the sign and prefix; a negative `*` width left-justifies.  `negative` is `Some` for
/// numbers only: they take the `+`/space flags and `0` fill, which goes after sign and prefix.
fn percent_output(
    spec: &PercentSpec,
    negative: Option<bool>,
    prefix: &str,
    body: &str,
    w: Option<isize>,
) -> Res {
    let flags = spec.flags;
    let minus = flags.minus || w.is_some_and(|w| w < 0);
    let width = w.map_or(0, isize::unsigned_abs);
    check_size(width, 1)?;
    let sign = match negative {
        Some(true) => Some('-'),
        Some(false) if flags.plus => Some('+'),
        Some(false) if flags.space => Some(' '),
        _ => None,
    };
    let fill = if negative.is_some() && flags.zero {
        '0'
    } else {
        ' '
    };
    let used = body.chars().count() + sign.is_some() as usize + prefix.len();
    let padding = width.saturating_sub(used);
    let mut out = String::with_capacity(body.len() + padding + 4);
    if fill == '0' {
        out.extend(sign);
        out.push_str(prefix);
    }
    if !minus {
        push_n(&mut out, fill, padding);
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    out.push_str(body);
    if minus {
        push_n(&mut out, ' ', padding);
    }
    Ok(out)
}

/// `%d %i %u %o %x %X` of an int (CPython's `_PyUnicode_FormatLong` plus the output step).
///
/// Deviation from the brief: the width `w` and precision `p` are signed, because they are either
/// the literal counts or the `*` arguments, and CPython left-justifies on a negative `*` width
/// and treats a negative `*` precision as 0.  The caller converts `*` arguments with CPython's
/// messages ("* wants int"; OverflowError "Python int too large to convert to C ssize_t" for a
/// width, "... to C int" for a precision).  A float argument must be truncated to int first.
pub fn percent_int(x: &BigInt, spec: &PercentSpec, w: Option<isize>, p: Option<isize>) -> Res {
    let precision = p.map_or(0, |p| p.max(0) as usize);
    if precision > i32::MAX as usize - 3 {
        return err("precision too large");
    }
    check_size(precision, 1)?;
    let (radix, prefix) = match spec.conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = x.magnitude().to_str_radix(radix);
    let mut body = String::with_capacity(digits.len().max(precision));
    push_n(&mut body, '0', precision.saturating_sub(digits.len()));
    body.push_str(&digits);
    if spec.conversion == 'X' {
        body.make_ascii_uppercase();
    }
    let prefix = if spec.flags.alt { prefix } else { "" };
    percent_output(spec, Some(x.sign() == Sign::Minus), prefix, &body, w)
}

/// `%e %E %f %F %g %G` of a float; `w` and `p` as for [`percent_int`] (default precision 6).
/// Returns `Result` (a deviation) because huge widths or precisions are a MemoryError.
pub fn percent_float(x: f64, spec: &PercentSpec, w: Option<isize>, p: Option<isize>) -> Res {
    let precision = p.map_or(6, |p| p.max(0) as usize);
    check_size(precision, 1)?;
    let text = double_to_string(x, spec.conversion, precision, false, spec.flags.alt, false);
    let body = text.strip_prefix('-');
    percent_output(spec, Some(body.is_some()), "", body.unwrap_or(&text), w)
}

/// `%s %r %a %c` once the caller has produced the text (`str()`, `repr()`, `ascii()` or the
/// character); the precision truncates for `s r a` only, and `0` never pads text with zeros.
/// Returns `Result` (a deviation) because a huge width is a MemoryError.
pub fn percent_str(s: &str, spec: &PercentSpec, w: Option<isize>, p: Option<isize>) -> Res {
    let body = match p {
        Some(p) if spec.conversion != 'c' => truncate_chars(s, p.max(0) as usize),
        _ => s,
    };
    percent_output(spec, None, "", body, w)
}

#[cfg(test)]
mod tests {
    use super::*;
    /// The integer-arithmetic shortcuts agree with the exact formatting
    /// they skip: fixed digits of exactly representable values, and the
    /// tie check of shortest digits.
    #[test]
    fn digit_shortcuts_match_exact_formatting() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut values = vec![
            0.0,
            0.5,
            0.25,
            307.5,
            30.75,
            1e-5,
            0.1,
            5e-324,
            2.5,
            1e22,
            9007199254740993.0,
            1.5e300,
            820768165975846.0 + 0.25,
        ];
        for i in 0..4000u64 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            values.push(f64::from_bits(seed >> 1));
            values.push((seed % 100_000) as f64 / 2f64.powi((i % 12) as i32));
            values.push((seed % 1_000_000_007) as f64 * 2f64.powi((i % 80) as i32 - 40));
        }
        for &a in values.iter().filter(|v| v.is_finite()) {
            let a = a.abs();
            for p in 0..24 {
                if let Some((digits, decpt)) = exact_fixed_digits(a, p) {
                    let s = format!("{:.*}", p, a);
                    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
                    let want: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
                    assert_eq!(
                        (digits, decpt),
                        (want, int.len() as i64),
                        "{a} to {p} places"
                    );
                }
            }
            let (digits, decpt) = sci_digits(&format!("{:e}", a));
            assert_eq!(shortest_digits(a), tie_to_even(a, digits, decpt), "{a:e}");
        }
        // Fixed digits of quarters take the shortcut.
        assert_eq!(exact_fixed_digits(307.5, 1), Some((b"3075".to_vec(), 3)));
        assert_eq!(exact_fixed_digits(0.1, 1), None);
    }

    /// Text, or the error message (prefixed by its class unless a ValueError); every expected
    /// value below is what CPython 3.12 gives.
    fn show(r: Res) -> String {
        r.unwrap_or_else(|m| match error_type(&m) {
            "ValueError" => m,
            kind => format!("{kind}: {m}"),
        })
    }

    #[test]
    fn format_builtin_matches_cpython() {
        #[rustfmt::skip]
        let cases = [
            ("f", "1234567.891", ",.2f", "1,234,567.89"), ("f", "-0.0", "", "-0.0"),
            ("f", "1e+16", "", "1e+16"), ("f", "0.1", ".17g", "0.10000000000000001"),
            ("f", "1e-07", "g", "1e-07"), ("f", "nan", ">6", "   nan"),
            ("f", "3.0", "%", "300.000000%"), ("f", "1e+16", "#", "1.e+16"),
            ("f", "1234.0", ".4", "1.234e+03"), ("f", "1234.5", "012,.2f", "0,001,234.50"),
            ("f", "inf", "010", "0000000inf"), ("f", "-inf", "=10", "-      inf"),
            ("f", "nan", "+010", "+000000nan"), ("f", "-0.0", "z", "0.0"),
            ("f", "-0.04", "z.1f", "0.0"), ("f", "-0.04", ".1f", "-0.0"),
            ("f", "1e+308", "%", "inf%"), ("f", "1.5", "#.0f", "2."), ("f", "2.5", ".0f", "2"),
            ("f", "0.125", ".2f", "0.12"), ("f", "2.675", ".2f", "2.67"),
            ("f", "5e-324", ".3e", "4.941e-324"), ("f", "123.456", "+.2e", "+1.23e+02"),
            ("f", "-1.5", "^+10.1f", "   -1.5   "), ("f", "1e-05", ".3", "1e-05"),
            ("f", "123456789.0", "n", "1.23457e+08"), ("f", "1234.5", "_.1f", "1_234.5"),
            ("f", "1e+100", "G", "1E+100"), ("f", "inf", "F", "INF"),
            ("f", "1.0", "d", "Unknown format code 'd' for object of type 'float'"),
            ("f", "0.5", ".0%", "50%"), ("f", "12345.6789", "*^20,.2f", "*****12,345.68******"),
            ("f", "1.0", ".3000000000f", "precision too big"), ("f", "100.0", "#g", "100.000"),
            ("f", "9.5", ".0e", "1e+01"), ("f", "12.0", "#.3", "12.0"),
            ("f", "1.0", ".", "Format specifier missing precision"), ("r", "0.1", "", "0.1"),
            ("r", "1e-05", "", "1e-05"), ("r", "123456789012345.0", "", "123456789012345.0"),
            ("r", "1.2345678901234568e+16", "", "1.2345678901234568e+16"),
            ("r", "5e-324", "", "5e-324"),
            ("r", "1.7976931348623157e+308", "", "1.7976931348623157e+308"),
            ("r", "-820768165975846.2", "", "-820768165975846.2"), ("r", "1e+22", "", "1e+22"),
            ("r", "0.6666666666666666", "", "0.6666666666666666"), ("r", "100.0", "", "100.0"),
            ("i", "255", "#010x", "0x000000ff"), ("i", "123", "+08,d", "+000,123"),
            ("i", "1234", "08,d", "0,001,234"), ("i", "255", "#012_x", "0x0_0000_00ff"),
            ("i", "-12345678", "#_b", "-0b1011_1100_0110_0001_0100_1110"),
            ("i", "12345678", "_o", "5706_0516"), ("i", "1", "x<010", "1xxxxxxxxx"),
            ("i", "5", "<05", "50000"), ("i", "-5", "^+9", "   -5    "),
            ("i", "65", "05c", "0000A"),
            ("i", "1114112", "c", "OverflowError: %c arg not in range(0x110000)"),
            ("i", "65", "+c", "Sign not allowed with integer format specifier 'c'"),
            ("i", "1", ".2", "Precision not allowed in integer format specifier"),
            ("i", "1", "z", "Negative zero coercion (z) not allowed in integer format specifier"),
            ("i", "1", ",x", "Cannot specify ',' with 'x'."),
            ("i", "1", "_,", "Cannot specify both ',' and '_'."),
            ("i", "1", ",,", "Cannot specify ',' with ','."),
            ("i", "18446744073709551616", ",", "18,446,744,073,709,551,616"),
            ("i", "100000000000000000000", "e", "1.000000e+20"), ("i", "7", "%", "700.000000%"),
            ("i", "-255", "X", "-FF"), ("i", "255", "#X", "0XFF"),
            ("i", "1", "10.2fx", "Invalid format specifier '10.2fx' for object of type 'int'"),
            ("i", "1", "\u{e9}", "Unknown format code '\\xe9' for object of type 'int'"),
            ("i", "1", "\u{663}", "  1"),
            ("i", "1", "99999999999999999999", "Too many decimal digits in format string"),
            ("i", "3", "*=+6", "+****3"), ("i", "-3", " 05", "-0003"),
            ("i", "1234", ",.1f", "1,234.0"), ("s", "ab", "05", "ab000"),
            ("s", "abc", ",", "Cannot specify ',' with 's'."),
            ("s", "a", " ", "Space not allowed in string format specifier"),
            ("s", "a", "+", "Sign not allowed in string format specifier"),
            ("s", "a", "=5", "'=' alignment not allowed in string format specifier"),
            ("s", "a", "d", "Unknown format code 'd' for object of type 'str'"),
            ("s", "abcdef", ".3", "abc"), ("s", "\u{e9}\u{20ac}", "*>5", "***\u{e9}\u{20ac}"),
            ("s", "x", "\u{20ac}^4", "\u{20ac}x\u{20ac}\u{20ac}"), ("s", "a", ".0", ""),
        ];
        for (kind, value, spec, want) in cases {
            let (x, n): (f64, BigInt) = (
                value.parse().unwrap_or(0.0),
                value.parse().unwrap_or_default(),
            );
            let got = match kind {
                "r" => Ok(float_repr(x)),
                "f" => parse_spec(spec, "float").and_then(|s| format_float(x, &s)),
                "i" => parse_spec(spec, "int").and_then(|s| format_int(&n, &s)),
                _ => parse_spec(spec, "str").and_then(|s| format_str(value, &s)),
            };
            assert_eq!(show(got), want, "format({kind} {value}, {spec:?})");
        }
    }

    enum Arg {
        I(i64),
        F(f64),
        S(&'static str),
    }
    use Arg::*;

    /// The `%` operator over positional arguments, driven the way the interpreter drives it.
    fn percent(fmt: &str, args: &[Arg]) -> Res {
        let (mut args, mut out) = (args.iter(), String::new());
        for piece in parse_percent(fmt) {
            let spec = match piece {
                PercentPiece::Literal(text) => {
                    out.push_str(&text);
                    continue;
                }
                PercentPiece::Error(e) => return Err(e.message),
                PercentPiece::Spec(spec) => spec,
            };
            let mut count = |c| match c {
                Some(Count::Star) => args
                    .next()
                    .map(|a| if let I(n) = a { *n as isize } else { 0 }),
                Some(Count::Fixed(n)) => Some(n as isize),
                None => None,
            };
            let (w, p) = (count(spec.width), count(spec.precision));
            let arg = args.next();
            if let Some(message) = percent_conversion_error(&spec) {
                return Err(message);
            }
            out += &match (spec.conversion, arg) {
                ('c', Some(I(n))) => percent_str(&char::from(*n as u8).to_string(), &spec, w, p),
                (_, Some(S(s))) => percent_str(s, &spec, w, p),
                (_, Some(I(n))) => percent_int(&BigInt::from(*n), &spec, w, p),
                (_, Some(F(x))) => percent_float(*x, &spec, w, p),
                _ => panic!("not enough arguments in {fmt:?}"),
            }?;
        }
        Ok(out)
    }

    #[test]
    fn percent_operator_matches_cpython() {
        #[rustfmt::skip]
        let cases: [(&str, &[Arg], &str); 41] = [
            ("%5.1f", &[F(2.25)], "  2.2"), ("%-6d|", &[I(42)], "42    |"),
            ("%#o", &[I(8)], "0o10"), ("%+.3e", &[F(12345.678)], "+1.235e+04"),
            ("%x", &[I(-255)], "-ff"), ("%#08o", &[I(8)], "0o000010"),
            ("%#08x", &[I(8)], "0x000008"), ("%#8x", &[I(-8)], "    -0x8"),
            ("%#08X", &[I(-8)], "-0X00008"), ("%.5d", &[I(-8)], "-00008"),
            ("%#.5x", &[I(-8)], "-0x00008"), ("%+05d", &[I(8)], "+0008"),
            ("% 05d", &[I(8)], " 0008"), ("%-05d|", &[I(8)], "8    |"),
            ("%010.3f", &[F(-1.23456)], "-00001.235"), ("%06f", &[F(f64::INFINITY)], "000inf"),
            ("%+f", &[F(f64::NAN)], "+nan"), ("%#.0f", &[F(5.0)], "5."),
            ("%#g", &[F(5.0)], "5.00000"), ("%.3s|", &[S("abcdef")], "abc|"),
            ("%05s|", &[S("ab")], "   ab|"), ("%*d", &[I(-5), I(3)], "3    "),
            ("%.*f", &[I(-5), F(1.23456)], "1"), ("%ld", &[I(5)], "5"), ("%s %%", &[S("a")], "a %"),
            ("%*.*f|", &[I(-12), I(2), F(1.23456)], "1.23        |"),
            ("%", &[], "incomplete format"),
            ("%y", &[I(1)], "unsupported format character 'y' (0x79) at index 1"),
            ("%5%", &[I(1)], "unsupported format character '%' (0x25) at index 2"),
            ("%*", &[I(1)], "incomplete format"),
            ("%99999999999999999999d", &[I(1)], "width too big"),
            ("%.99999999999d", &[I(1)], "precision too big"),
            ("%.2147483645d", &[I(1)], "OverflowError: precision too large"),
            ("%\u{1234}", &[I(1)], "unsupported format character '?' (0x1234) at index 1"),
            ("%0-8.2f|", &[F(-1.5)], "-1.50   |"), ("%#0+10x", &[I(-255)], "-0x00000ff"),
            ("%-4c|", &[S("\u{20ac}")], "\u{20ac}   |"),
            ("%10.4s|", &[S("\u{20ac}uro\u{20ac}uro")], "      \u{20ac}uro|"),
            ("%F", &[F(f64::NEG_INFINITY)], "-INF"), ("%.0g", &[F(0.5)], "0.5"),
            ("%c", &[I(65)], "A"),
        ];
        for (fmt, args, want) in cases {
            assert_eq!(show(percent(fmt, args)), want, "{fmt:?}");
        }
    }

    #[test]
    fn helpers_limits_and_percent_pieces() {
        // CPython: '%.3f' % 2.0005, '%.2E' % 1e100, '%g' % 1e-5, '%#.3g' % 1.0, format(-255, 'x').
        assert_eq!(float_to_fixed(2.0005, 3), "2.001");
        assert_eq!(float_to_exp(1e100, 2, true), "1.00E+100");
        assert_eq!(float_to_general(1e-5, 6, false, false), "1e-05");
        assert_eq!(float_to_general(1.0, 3, false, true), "1.00");
        assert_eq!(int_to_radix(&BigInt::from(-255), 16), "-ff");
        // float(2**1024 - 2**970) overflows (it rounds to 2**1024); one less is the largest double.
        let top = (BigInt::from(1) << 1024u32) - (BigInt::from(1) << 970u32);
        assert_eq!(int_to_f64(&top), Err(INT_TOO_LARGE.to_string()));
        assert_eq!(int_to_f64(&(&top - 1u8)), Ok(f64::MAX));
        let c = parse_spec("c", "int").unwrap();
        assert_eq!(format_int(&top, &c), Err(LONG_TOO_LARGE.to_string()));
        // CPython tries to allocate a 10**12-character string; pyprobe refuses up front.
        let huge = parse_spec("999999999999", "int").unwrap();
        assert_eq!(show(format_int(&BigInt::from(1), &huge)), "MemoryError: ");
        // A trailing error piece carries what CPython does before raising it: two '*' fetches.
        let pieces = parse_percent("%(a)-*.3x%% %*.*");
        let [PercentPiece::Spec(spec), PercentPiece::Literal(text), PercentPiece::Error(error)] =
            &pieces[..]
        else {
            panic!("{pieces:?}")
        };
        assert_eq!(
            (spec.key.as_deref(), spec.flags.minus, spec.conversion),
            (Some("a"), true, 'x')
        );
        assert_eq!(
            (spec.width, spec.precision),
            (Some(Count::Star), Some(Count::Fixed(3)))
        );
        assert_eq!((spec.index, text.as_str(), error.stars), (8, "% ", 2));
        assert_eq!(
            (error.key.as_deref(), error.message.as_str()),
            (None, "incomplete format")
        );
    }
}
