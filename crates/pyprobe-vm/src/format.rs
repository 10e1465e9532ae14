//! Python-compatible text formatting of numbers and strings.
//!
//! This module is pyprobe's counterpart of three pieces of CPython 3.12:
//! `Python/formatter_unicode.c` (the `format()` / `__format__` mini-language for `int`, `float`
//! and `str`), `Python/pystrtod.c` (`PyOS_double_to_string`, which produces `repr(float)` and the
//! `e`/`f`/`g` conversions) and the printf-style `%` operator of `Objects/unicodeobject.c`.  It
//! knows nothing about interpreter objects: callers pass `f64`, `BigInt` and `&str` values and
//! get text or an error message back, so it compiles on its own (std, `num-bigint`, `num-traits`).
//!
//! Invariants:
//! * Nothing here panics, whatever the input.  Sizes are checked before anything is allocated,
//!   and output longer than [`MAX_OUTPUT_LEN`] bytes is refused with CPython's `MemoryError`
//!   (whose message is empty), because CPython would try the allocation and usually fail.
//! * Every `Err(String)` carries CPython's exact message.  Most are `ValueError`s; the few that
//!   are not are listed by [`error_type`], which the caller uses to pick the exception class.
//! * Digits are exact: Rust's `{:e}` gives the shortest round-trip digits (what `repr` needs)
//!   and `{:.N}` / `{:.Ne}` round the exact binary value half-to-even, as David Gay's `dtoa`
//!   does in CPython.  Those digits are then laid out by a transcription of CPython's
//!   `format_float_short`, so padding, exponents and the `#` flag match byte for byte.
//! * The `n` presentation type behaves as in the C locale (no grouping, `.` as the point), which
//!   is what CPython does unless a program changes `LC_NUMERIC`.
//! * `sys.set_int_max_str_digits` is not enforced here; a caller implementing it must check the
//!   size of a base-10 conversion first.
//! * For an empty spec CPython formats exact `int`/`float`/`str` like `str(x)`, which these
//!   functions reproduce; for subclasses (e.g. `bool`) it calls `str(obj)`, so the caller must
//!   handle `format(True, '')` itself.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The longest output (in bytes) this module builds before answering `MemoryError`.
pub const MAX_OUTPUT_LEN: usize = 1 << 30;
/// The message of CPython's `MemoryError`: it is raised without text.
pub const MEMORY_ERROR: &str = "";
const INT_TOO_LARGE: &str = "int too large to convert to float";

/// Names the CPython exception class for a message returned by this module, because the
/// messages alone are what the brief's `Result<_, String>` signatures can carry.
pub fn error_type(message: &str) -> &'static str {
    match message {
        MEMORY_ERROR => "MemoryError",
        INT_TOO_LARGE
        | "%c arg not in range(0x110000)"
        | "Python int too large to convert to C long"
        | "precision too large" => "OverflowError",
        _ => "ValueError",
    }
}

/// Refuses output that would need more than [`MAX_OUTPUT_LEN`] bytes.
fn check_size(count: usize, unit_bytes: usize) -> Result<(), String> {
    if count.saturating_mul(unit_bytes) > MAX_OUTPUT_LEN {
        Err(MEMORY_ERROR.to_string())
    } else {
        Ok(())
    }
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

// ---------------------------------------------------------------------------------------------
// The format-spec mini-language
// ---------------------------------------------------------------------------------------------

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
    pub type_name: String,
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
            type_name: String::new(),
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
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
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// How CPython prints a presentation type in messages: printable ASCII as itself, else `\xNN`.
fn code_repr(c: char) -> String {
    if (33..128).contains(&(c as u32)) {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
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

fn spec_type_name<'a>(spec: &'a FormatSpec, default: &'a str) -> &'a str {
    short_name(if spec.type_name.is_empty() {
        default
    } else {
        &spec.type_name
    })
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(c),
        type_name
    )
}

fn separator_error(sep: char, ty: char) -> String {
    format!("Cannot specify '{}' with '{}'.", sep, code_repr(ty))
}

/// Parses a format spec as CPython's `parse_internal_render_format_spec` does.
///
/// Deviation from the brief's signature: `type_name` (e.g. `"int"`, `"bool"`) is needed because
/// CPython's "Invalid format specifier '...' for object of type '...'" message names the type;
/// it is also stored in the result for later messages.  Checks that depend on the type's
/// default presentation type (`format('x', ',')`) are made by the `format_*` functions.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut out = FormatSpec {
        type_name: type_name.to_string(),
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
    out.width = get_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            short_name(type_name)
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

// ---------------------------------------------------------------------------------------------
// Number layout: CPython's calc_number_widths + fill_number + _PyUnicode_InsertThousandsGrouping
// ---------------------------------------------------------------------------------------------

/// Groups `digits` (ASCII) from the right, zero-extending them to `min_width` characters
/// (separators included) the way CPython's `_PyUnicode_InsertThousandsGrouping` does; this is
/// how `=` alignment with fill `'0'` pads, which is why `format(1234, '08,d')` is `0,001,234`.
fn insert_grouping(digits: &str, min_width: i128, grouping: Option<(usize, char)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i128;
    let mut end = digits.len();
    // Chunks are collected right to left as (zeros, digit slice, separator after the chunk).
    let mut chunks: Vec<(usize, &str, bool)> = Vec::new();
    let mut use_sep = false;
    let mut finished = false;
    if let Some((size, _)) = grouping {
        loop {
            let len = (size as i128).min(remaining.max(min_width).max(1));
            let zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0) as usize;
            chunks.push((zeros as usize, &digits[end - n_chars..end], use_sep));
            end -= n_chars;
            use_sep = true;
            remaining -= n_chars as i128;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0) as usize;
        chunks.push((zeros as usize, &digits[end - n_chars..end], use_sep));
    }
    let sep = grouping.map_or(',', |g| g.1);
    let mut out = String::new();
    for &(zeros, part, sep_after) in chunks.iter().rev() {
        push_n(&mut out, '0', zeros);
        out.push_str(part);
        if sep_after {
            out.push(sep);
        }
    }
    out
}

/// The pieces of a number to lay out: `[sign][prefix][digits][.][remainder]`; only `digits`
/// (the integer part) is grouped and zero-padded.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

fn layout_number(
    p: &NumberParts,
    spec: &FormatSpec,
    grouping: Option<(usize, char)>,
) -> Result<String, String> {
    check_size(spec.width.unwrap_or(0), spec.fill.len_utf8())?;
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let width = spec.width.map_or(-1, |w| w as i128);
    let non_digits = sign.is_some() as i128
        + p.prefix.chars().count() as i128
        + p.decimal as i128
        + p.remainder.chars().count() as i128;
    let min_width = if spec.fill == '0' && align == Align::AfterSign {
        width - non_digits
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(p.digits, min_width, grouping)
    };
    let padding = (width - non_digits - grouped.len() as i128).max(0) as usize;
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::with_capacity(grouped.len() + p.remainder.len() + padding + 8);
    push_n(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(p.prefix);
    push_n(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_n(&mut out, spec.fill, right);
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Floats: digit generation and CPython's format_float_short
// ---------------------------------------------------------------------------------------------

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
    let (mut digits, mut decpt): (Vec<u8>, i64) = match mode {
        DigitMode::Fixed(p) => {
            let s = format!("{:.*}", p.min(1100), a);
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            (int.bytes().chain(frac.bytes()).collect(), int.len() as i64)
        }
        DigitMode::Shortest | DigitMode::Significant(_) => {
            let s = match mode {
                DigitMode::Significant(n) => format!("{:.*e}", n.clamp(1, 800) - 1, a),
                _ => format!("{:e}", a),
            };
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            (mant.bytes().filter(u8::is_ascii_digit).collect(), exp + 1)
        }
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

/// A transcription of CPython's `PyOS_double_to_string` / `format_float_short`.
/// `code` is one of `e E f F g G r`; `add_dot_0` is `Py_DTSF_ADD_DOT_0` (used by repr and the
/// empty presentation type), `alt` is `#`, `no_neg_zero` is `z`.
fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    add_dot_0: bool,
    alt: bool,
    no_neg_zero: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        // CPython ignores the sign of a NaN.
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{s}")
        } else {
            s.to_string()
        };
    }
    // 'e' asks dtoa for precision+1 significant digits; 'g' treats precision 0 as 1.
    let precision = match code {
        'e' => precision.saturating_add(1),
        'g' => precision.max(1),
        _ => precision,
    };
    let mode = match code {
        'e' | 'g' => DigitMode::Significant(precision),
        'f' => DigitMode::Fixed(precision),
        _ => DigitMode::Shortest,
    };
    let (digits, mut decpt) = decimal_digits(x, mode);
    let negative = x.is_sign_negative() && !(no_neg_zero && digits == b"0");
    let prec = precision.min(i64::MAX as usize / 2) as i64;
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = prec;
        }
        'f' => vdigits_end = decpt + prec,
        'g' => {
            // With ADD_DOT_0 the switch to exponent happens one digit earlier, so that
            // format(1234.0, '.4') is '1.234e+03' rather than '1234.0'.
            use_exp = decpt <= -4 || decpt > if add_dot_0 { prec - 1 } else { prec };
            if alt {
                vdigits_end = prec;
            }
        }
        // repr switches to exponent notation at 1e16 (CPython's historical choice).
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let mut out = String::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    if negative {
        out.push('-');
    }
    let digit_str = std::str::from_utf8(&digits).unwrap_or("0");
    if decpt <= 0 {
        push_n(&mut out, '0', (decpt - vdigits_start) as usize);
        out.push('.');
        push_n(&mut out, '0', (-decpt) as usize);
    } else {
        push_n(&mut out, '0', (-vdigits_start) as usize);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digit_str[..decpt as usize]);
        out.push('.');
        out.push_str(&digit_str[decpt as usize..]);
    } else {
        out.push_str(digit_str);
    }
    if digits_len < decpt {
        push_n(&mut out, '0', (decpt - digits_len) as usize);
        out.push('.');
        push_n(&mut out, '0', (vdigits_end - decpt) as usize);
    } else {
        push_n(&mut out, '0', (vdigits_end - digits_len) as usize);
    }
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
    double_to_string(
        x,
        if upper { 'E' } else { 'e' },
        precision,
        false,
        false,
        false,
    )
}

/// C's `'%.*g'` (`'%#.*g'` when `alternate`) as Python does it.
pub fn float_to_general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    double_to_string(
        x,
        if upper { 'G' } else { 'g' },
        precision,
        false,
        alternate,
        false,
    )
}

/// Shared by `format_float` and the float presentation types of `format_int`
/// (CPython's `format_float_internal`).
fn format_float_internal(x: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    // No type is like repr() without a precision, otherwise like 'g' keeping at least one
    // digit after the point; '%' is 'f' of x*100.
    let (mut code, default_precision, add_dot_0, val) = match spec.ty {
        None => ('r', 0, true, x),
        Some('n') => ('g', 6, false, x),
        Some('%') => ('f', 6, false, x * 100.0),
        Some(c) => (c, 6, false, x),
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    check_size(precision, 1)?;
    let mut text = double_to_string(
        val,
        code,
        precision,
        add_dot_0,
        spec.alternate,
        spec.no_neg_zero,
    );
    if spec.ty == Some('%') {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    // CPython's parse_number: leading digits are grouped, everything after the point is not.
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.map(|c| (3, c))
    };
    layout_number(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        },
        spec,
        grouping,
    )
}

/// `format(x, spec)` for a float (CPython's `_PyFloat_FormatAdvancedWriter`).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec)
        }
        Some(c) => Err(unknown_code(c, spec_type_name(spec, "float"))),
    }
}

// ---------------------------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------------------------

/// Digits of `x` in `radix` (2..=36, lowercase), with `-` for negatives; any other radix gives
/// an empty string rather than panicking.
pub fn int_to_radix(x: &BigInt, radix: u32) -> String {
    if (2..=36).contains(&radix) {
        x.to_str_radix(radix)
    } else {
        String::new()
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
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_internal(int_to_f64(x)?, spec)
        }
        c => return Err(unknown_code(c, spec_type_name(spec, "int"))),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        // CPython goes through PyLong_AsLong (a 64-bit C long) before the range check.
        let v = x
            .to_i64()
            .ok_or("Python int too large to convert to C long")?;
        let c = u32::try_from(v).ok().and_then(char::from_u32);
        // Lone surrogates are valid in Python strings but not in Rust ones; U+FFFD stands in.
        let c = match c {
            Some(c) => c,
            None if (0..0x110000).contains(&v) => '\u{FFFD}',
            None => return Err("%c arg not in range(0x110000)".to_string()),
        };
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &text,
        };
        return layout_number(&parts, spec, None);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    // Underscores group bin/oct/hex digits by four (PEP 515); 'n' uses the C locale.
    let grouping = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        ('b' | 'o' | 'x' | 'X', Some(c)) => Some((4, c)),
        (_, Some(c)) => Some((3, c)),
    };
    let parts = NumberParts {
        negative: x.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, grouping)
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

/// `format(s, spec)` for a str (CPython's `format_string_internal`).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    // The default type of str is 's', which CPython's parser rejects with a separator.
    if let (Some(sep), None) = (spec.grouping, spec.ty) {
        return Err(separator_error(sep, 's'));
    }
    if let Some(c) = spec.ty.filter(|&c| c != 's') {
        return Err(unknown_code(c, spec_type_name(spec, "str")));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align.unwrap_or(Align::Left);
    if align == Align::AfterSign {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    check_size(spec.width.unwrap_or(0), spec.fill.len_utf8())?;
    let text = match spec.precision {
        Some(p) => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        None => s,
    };
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

// ---------------------------------------------------------------------------------------------
// printf-style '%' formatting
// ---------------------------------------------------------------------------------------------

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
#[derive(Clone, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// Parses a `%` format string once, following CPython's `unicode_format_arg_parse`.
pub fn parse_percent(fmt: &str) -> Vec<PercentPiece> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            literal.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            literal.push('%');
            i += 1;
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        match parse_one_percent(&chars, &mut i) {
            Ok(spec) => pieces.push(PercentPiece::Spec(spec)),
            Err(e) => {
                pieces.push(PercentPiece::Error(e));
                return pieces;
            }
        }
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
        if self.exhausted || self.pos >= self.chars.len() {
            self.exhausted = true;
            return false;
        }
        self.ch = self.chars[self.pos];
        self.pos += 1;
        true
    }

    /// Digits after the first one (already in `ch`), refusing values above `limit`.
    fn digits(&mut self, limit: usize, message: &str) -> Result<usize, String> {
        let mut value = self.ch as usize - '0' as usize;
        while self.advance() && self.ch.is_ascii_digit() {
            let d = self.ch as usize - '0' as usize;
            if value > (limit - d) / 10 {
                return Err(message.to_string());
            }
            value = value * 10 + d;
        }
        Ok(value)
    }
}

fn parse_one_percent(chars: &[char], i: &mut usize) -> Result<PercentSpec, PercentError> {
    let mut err = PercentError {
        wants_mapping: false,
        key: None,
        stars: 0,
        message: String::new(),
    };
    let mut spec = PercentSpec {
        key: None,
        flags: PercentFlags::default(),
        width: None,
        precision: None,
        conversion: '\0',
        index: 0,
    };
    let mut cur = Cursor {
        chars,
        pos: *i,
        ch: '\0',
        exhausted: false,
    };
    if chars.get(cur.pos) == Some(&'(') {
        err.wants_mapping = true;
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
            err.message = "incomplete format key".to_string();
            return Err(err);
        }
        let key: String = chars[start..cur.pos - 1].iter().collect();
        err.key = Some(key.clone());
        spec.key = Some(key);
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
    let fail = |mut err: PercentError, message: String, i: &mut usize, pos: usize| {
        *i = pos;
        err.message = message;
        Err(err)
    };
    if cur.ch == '*' {
        spec.width = Some(Count::Star);
        err.stars += 1;
        cur.advance();
    } else if cur.ch.is_ascii_digit() {
        match cur.digits(isize::MAX as usize, "width too big") {
            Ok(w) => spec.width = Some(Count::Fixed(w)),
            Err(m) => return fail(err, m, i, cur.pos),
        }
    }
    if cur.ch == '.' {
        spec.precision = Some(Count::Fixed(0));
        cur.advance();
        if cur.ch == '*' {
            spec.precision = Some(Count::Star);
            err.stars += 1;
            cur.advance();
        } else if cur.ch.is_ascii_digit() {
            match cur.digits(i32::MAX as usize, "precision too big") {
                Ok(p) => spec.precision = Some(Count::Fixed(p)),
                Err(m) => return fail(err, m, i, cur.pos),
            }
        }
    }
    // C length modifiers are accepted and ignored ("%ld" is "%d").
    if !cur.exhausted && matches!(cur.ch, 'h' | 'l' | 'L') {
        cur.advance();
    }
    if cur.exhausted {
        return fail(err, "incomplete format".to_string(), i, cur.pos);
    }
    spec.conversion = cur.ch;
    spec.index = cur.pos - 1;
    *i = cur.pos;
    Ok(spec)
}

/// The message for a conversion character `%` formatting does not know, or `None`.
pub fn percent_conversion_error(spec: &PercentSpec) -> Option<String> {
    let c = spec.conversion;
    if "sracdiuoxXeEfFgG".contains(c) {
        return None;
    }
    let shown = if (31..=126).contains(&(c as u32)) {
        c
    } else {
        '?'
    };
    Some(format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, c as u32, spec.index
    ))
}

/// Resolves `*` values as CPython does: a negative width left-justifies, a negative precision
/// is zero.
fn resolve(
    flags: PercentFlags,
    width: Option<isize>,
    precision: Option<isize>,
) -> (bool, usize, Option<usize>) {
    let minus = flags.minus || width.is_some_and(|w| w < 0);
    (
        minus,
        width.map_or(0, isize::unsigned_abs),
        precision.map(|p| p.max(0) as usize),
    )
}

/// CPython's `unicode_format_arg_output`: `[sign][prefix][body]` padded to `width`, which
/// counts the sign and prefix.  With `0` fill (numbers only) the sign and prefix come first.
fn percent_output(
    sign: Option<char>,
    prefix: &str,
    body: &str,
    fill: char,
    minus: bool,
    width: usize,
) -> Result<String, String> {
    check_size(width, 1)?;
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

/// The sign a number gets under the `+` and space flags.
fn percent_sign(negative: bool, flags: PercentFlags) -> Option<char> {
    if negative {
        Some('-')
    } else if flags.plus {
        Some('+')
    } else {
        flags.space.then_some(' ')
    }
}

/// `%d %i %u %o %x %X` of an int (CPython's `_PyUnicode_FormatLong` plus the output step).
///
/// Deviation from the brief: `width` and `precision` are signed, because they are either the
/// literal counts or the `*` arguments, and CPython left-justifies on a negative `*` width and
/// treats a negative `*` precision as 0.  The caller converts `*` arguments with CPython's
/// messages ("* wants int"; OverflowError "Python int too large to convert to C ssize_t" for a
/// width, "... to C int" for a precision).  A float argument must be truncated to int first.
pub fn percent_int(
    x: &BigInt,
    spec: &PercentSpec,
    width: Option<isize>,
    precision: Option<isize>,
) -> Result<String, String> {
    let (minus, width, precision) = resolve(spec.flags, width, precision);
    let precision = precision.unwrap_or(0);
    if precision > i32::MAX as usize - 3 {
        return Err("precision too large".to_string());
    }
    check_size(precision, 1)?;
    let conv = spec.conversion;
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = x.magnitude().to_str_radix(radix);
    let mut body = String::with_capacity(digits.len().max(precision));
    push_n(&mut body, '0', precision.saturating_sub(digits.len()));
    body.push_str(&digits);
    if conv == 'X' {
        body.make_ascii_uppercase();
    }
    let prefix = if spec.flags.alt { prefix } else { "" };
    let fill = if spec.flags.zero { '0' } else { ' ' };
    percent_output(
        percent_sign(x.sign() == Sign::Minus, spec.flags),
        prefix,
        &body,
        fill,
        minus,
        width,
    )
}

/// `%e %E %f %F %g %G` of a float; arguments as for [`percent_int`] (default precision 6).
/// Returns `Result` (a deviation) because huge widths or precisions are a MemoryError.
pub fn percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<isize>,
    precision: Option<isize>,
) -> Result<String, String> {
    let (minus, width, precision) = resolve(spec.flags, width, precision);
    let precision = precision.unwrap_or(6);
    check_size(precision, 1)?;
    let text = double_to_string(x, spec.conversion, precision, false, spec.flags.alt, false);
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let fill = if spec.flags.zero { '0' } else { ' ' };
    percent_output(
        percent_sign(negative, spec.flags),
        "",
        body,
        fill,
        minus,
        width,
    )
}

/// `%s %r %a %c` once the caller has produced the text (`str()`, `repr()`, `ascii()` or the
/// character); the precision truncates for `s r a` only, and `0` never pads text with zeros.
/// Returns `Result` (a deviation) because a huge width is a MemoryError.
pub fn percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<isize>,
    precision: Option<isize>,
) -> Result<String, String> {
    let (minus, width, precision) = resolve(spec.flags, width, precision);
    let body = match precision {
        Some(p) if spec.conversion != 'c' => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        _ => s,
    };
    percent_output(None, "", body, ' ', minus, width)
}
