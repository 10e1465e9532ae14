//! DTrace's output formatting, done in user space as DTrace's consumer
//! (libdtrace) does: `printf` conversions, `trace`, the `printa` layouts
//! and the `quantize`/`lquantize` tables.
//!
//! Counterparts: `libdtrace/dt_printf.c` (conversions, including `%*s`,
//! `%Y`, `%S` and printa's `%@`) and `dt_consume.c` (`dt_print_datum`:
//! a string key is `  %-50s`, an integer key or value ` %16lld`;
//! `dt_print_quantize`/`dt_print_lquantize`: a `value --- Distribution
//! --- count` table with one zero row on each side of the data).
//!
//! The kernel side only records values; nothing here depends on bpftrace.

use std::fmt::Write;

/// A recorded value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(i64),
    Str(String),
}

/// Where a width or precision comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    /// `*`: the next argument.
    Arg,
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conv {
    pub minus: bool,
    pub zero: bool,
    pub plus: bool,
    pub space: bool,
    pub alt: bool,
    /// printa's `%@`: the aggregation value.
    pub agg: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// Length modifier (`h`, `hh`, `l`, `ll`, ...), only `h`/`hh` truncate.
    pub length: String,
    pub conv: char,
}

impl Conv {
    /// Whether the conversion takes an integer (else a string).
    pub fn wants_int(&self) -> bool {
        !matches!(self.conv, 's' | 'S')
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Lit(String),
    Conv(Conv),
}

/// A parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Format {
    pub segs: Vec<Seg>,
}

impl Format {
    pub fn convs(&self) -> impl Iterator<Item = &Conv> {
        self.segs.iter().filter_map(|s| match s {
            Seg::Conv(c) => Some(c),
            Seg::Lit(_) => None,
        })
    }
}

/// Parse a D format string. Conversions DTrace has but that have no
/// meaning here (floating point, symbols, stacks) are refused by name.
pub fn parse_format(s: &str, printa: bool) -> Result<Format, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut segs = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            lit.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut conv = Conv {
            minus: false,
            zero: false,
            plus: false,
            space: false,
            alt: false,
            agg: false,
            width: None,
            precision: None,
            length: String::new(),
            conv: ' ',
        };
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => conv.minus = true,
                '0' => conv.zero = true,
                '+' => conv.plus = true,
                ' ' => conv.space = true,
                '#' => conv.alt = true,
                '@' => conv.agg = true,
                '\'' | '?' => {}
                _ => break,
            }
            i += 1;
        }
        let count = |i: &mut usize| -> Option<Count> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                return Some(Count::Arg);
            }
            let start = *i;
            while chars.get(*i).is_some_and(char::is_ascii_digit) {
                *i += 1;
            }
            (*i > start).then(|| {
                Count::Fixed(
                    chars[start..*i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                )
            })
        };
        conv.width = count(&mut i);
        if chars.get(i) == Some(&'.') {
            i += 1;
            conv.precision = Some(count(&mut i).unwrap_or(Count::Fixed(0)));
        }
        while let Some(&l) = chars.get(i) {
            if matches!(l, 'h' | 'l' | 'L' | 'j' | 'z' | 't') {
                conv.length.push(l);
                i += 1;
            } else {
                break;
            }
        }
        let Some(&k) = chars.get(i) else {
            return Err(format!("format \"{s}\" ends in the middle of a conversion"));
        };
        i += 1;
        conv.conv = k;
        match k {
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'c' | 's' | 'S' | 'p' | 'Y' => {}
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                return Err(format!("floating-point conversion %{k} is not supported"))
            }
            'a' | 'A' => return Err(format!("symbol conversion %{k} is not supported")),
            'k' => return Err("stack conversion %k is not supported".into()),
            other => return Err(format!("invalid conversion %{other} in \"{s}\"")),
        }
        if conv.agg && !printa {
            return Err("the %@ conversion is valid only in printa()".into());
        }
        if !lit.is_empty() {
            segs.push(Seg::Lit(std::mem::take(&mut lit)));
        }
        segs.push(Seg::Conv(conv));
    }
    if !lit.is_empty() {
        segs.push(Seg::Lit(lit));
    }
    Ok(Format { segs })
}

/// Pad `body` to the conversion's width (zero padding after any sign).
fn pad(out: &mut String, body: &str, width: usize, minus: bool, zero: bool) {
    let len = body.chars().count();
    if len >= width {
        out.push_str(body);
    } else if minus {
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', width - len));
    } else if zero {
        let (sign, digits) = match body.find(|c: char| c.is_ascii_hexdigit()) {
            Some(at) => body.split_at(at),
            None => ("", body),
        };
        out.push_str(sign);
        out.extend(std::iter::repeat_n('0', width - len));
        out.push_str(digits);
    } else {
        out.extend(std::iter::repeat_n(' ', width - len));
        out.push_str(body);
    }
}

/// The integer as the conversion's length modifier sees it.
fn narrowed(v: i64, c: &Conv) -> i64 {
    match c.length.as_str() {
        "hh" => i64::from(v as i8),
        "h" => i64::from(v as i16),
        _ => v,
    }
}

fn unsigned_narrowed(v: i64, c: &Conv) -> u64 {
    match c.length.as_str() {
        "hh" => u64::from(v as u8),
        "h" => u64::from(v as u16),
        _ => v as u64,
    }
}

/// One conversion of one value.
pub fn convert(out: &mut String, c: &Conv, width: Option<i64>, precision: Option<i64>, v: &Value) {
    // A negative `*` width left-justifies, as in C.
    let (width, minus) = match width {
        Some(w) if w < 0 => (w.unsigned_abs() as usize, true),
        Some(w) => (w as usize, c.minus),
        None => (0, c.minus),
    };
    let zero = c.zero && !minus;
    let precision = precision.filter(|p| *p >= 0).map(|p| p as usize);
    let body = match (c.conv, v) {
        ('s', Value::Str(s)) => match precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.clone(),
        },
        ('S', Value::Str(s)) => escape(s),
        ('c', Value::Int(i)) => char::from(*i as u8).to_string(),
        ('d' | 'i', Value::Int(i)) => {
            let i = narrowed(*i, c);
            let mut s = i.unsigned_abs().to_string();
            if let Some(p) = precision {
                while s.len() < p {
                    s.insert(0, '0');
                }
            }
            let sign = if i < 0 {
                "-"
            } else if c.plus {
                "+"
            } else if c.space {
                " "
            } else {
                ""
            };
            format!("{sign}{s}")
        }
        ('u', Value::Int(i)) => unsigned_narrowed(*i, c).to_string(),
        ('o', Value::Int(i)) => {
            let s = format!("{:o}", unsigned_narrowed(*i, c));
            if c.alt && s != "0" {
                format!("0{s}")
            } else {
                s
            }
        }
        ('x', Value::Int(i)) => {
            let s = format!("{:x}", unsigned_narrowed(*i, c));
            if c.alt && *i != 0 {
                format!("0x{s}")
            } else {
                s
            }
        }
        ('X', Value::Int(i)) => {
            let s = format!("{:X}", unsigned_narrowed(*i, c));
            if c.alt && *i != 0 {
                format!("0X{s}")
            } else {
                s
            }
        }
        ('p', Value::Int(i)) => format!("0x{:x}", *i as u64),
        ('Y', Value::Int(i)) => date(*i),
        // The translator checks types; a mismatch here prints the value.
        (_, Value::Int(i)) => i.to_string(),
        (_, Value::Str(s)) => s.clone(),
    };
    pad(out, &body, width, minus, zero && c.conv != 's');
}

/// `%S`: a string with its non-printable characters escaped.
fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\{:03o}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// `%Y`: nanoseconds since the epoch as DTrace prints them
/// (`2024 Jan  5 10:11:12`), in UTC.
pub fn date(ns: i64) -> String {
    let secs = ns.div_euclid(1_000_000_000);
    let days = secs.div_euclid(86400);
    let tod = secs.rem_euclid(86400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{year} {} {day:2} {:02}:{:02}:{:02}",
        MONTHS[(month - 1) as usize],
        tod / 3600,
        tod / 60 % 60,
        tod % 60
    )
}

/// Format `args` (widths and precisions from `*` included, in order) with
/// a printf format. `agg` is printa's value for `%@` conversions.
pub fn printf(fmt: &Format, args: &[Value], agg: Option<&Value>) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let int = |v: Option<&Value>| match v {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    for seg in &fmt.segs {
        match seg {
            Seg::Lit(s) => out.push_str(s),
            Seg::Conv(c) => {
                let width = match c.width {
                    Some(Count::Arg) => Some(int(args.next())),
                    Some(Count::Fixed(w)) => Some(w as i64),
                    None => None,
                };
                let precision = match c.precision {
                    Some(Count::Arg) => Some(int(args.next())),
                    Some(Count::Fixed(p)) => Some(p as i64),
                    None => None,
                };
                let v = if c.agg {
                    agg.cloned()
                } else {
                    args.next().cloned()
                };
                let v = v.unwrap_or(if c.wants_int() {
                    Value::Int(0)
                } else {
                    Value::Str(String::new())
                });
                convert(&mut out, c, width, precision, &v);
            }
        }
    }
    out
}

/// `trace(value)`: quiet mode prints the bare value; otherwise DTrace's
/// columns (` %16lld` for integers, `  %-33s` for strings).
pub fn trace(v: &Value, quiet: bool) -> String {
    match (v, quiet) {
        (Value::Int(i), true) => i.to_string(),
        (Value::Int(i), false) => format!(" {i:16}"),
        (Value::Str(s), true) => s.clone(),
        (Value::Str(s), false) => format!("  {s:<33}"),
    }
}

/// An aggregation's value for one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AggValue {
    Scalar(i64),
    /// `quantize`: (bucket lower bound, count), ascending; bucket
    /// `i64::MIN` collects the negative values bpftrace does not split.
    Quantize(Vec<(i64, i64)>),
    /// `lquantize(lo, hi, step)`: (bucket index, count), index 0 is
    /// `< lo`, levels+1 is `>= hi`.
    Lquantize {
        base: i64,
        limit: i64,
        step: i64,
        buckets: Vec<(i64, i64)>,
    },
}

impl AggValue {
    /// The number printa sorts by and `%@d` prints for a distribution:
    /// the sum of its counts.
    pub fn sort_value(&self) -> i64 {
        match self {
            AggValue::Scalar(v) => *v,
            AggValue::Quantize(b) => b.iter().map(|(_, c)| c).sum(),
            AggValue::Lquantize { buckets, .. } => buckets.iter().map(|(_, c)| c).sum(),
        }
    }
}

/// One aggregation key column as DTrace's default layout prints it.
pub fn key_column(v: &Value) -> String {
    match v {
        Value::Str(s) => format!("  {s:<50}"),
        Value::Int(i) => format!(" {i:16}"),
    }
}

/// One row of printa's default layout: the keys, then the value (or the
/// distribution table), then a newline.
pub fn default_row(keys: &[Value], value: &AggValue, normal: i64) -> String {
    let mut out: String = keys.iter().map(key_column).collect();
    match value {
        AggValue::Scalar(v) => {
            let _ = write!(out, " {:16}", v / normal.max(1));
        }
        AggValue::Quantize(b) => out.push_str(&quantize_table(b, normal)),
        AggValue::Lquantize {
            base,
            limit,
            step,
            buckets,
        } => out.push_str(&lquantize_table(*base, *limit, *step, buckets, normal)),
    }
    out.push('\n');
    out
}

const DIST_HEADER: &str = "------------- Distribution -------------";

/// The bar and count of one bucket (`dt_print_quantline` for values that
/// are all positive).
fn quant_line(out: &mut String, label: &str, count: i64, total: i64, normal: i64) {
    let depth = if total > 0 {
        ((count.unsigned_abs() as f64 * 40.0) / total as f64 + 0.5) as usize
    } else {
        0
    };
    let depth = depth.min(40);
    let _ = writeln!(
        out,
        "{label:>16} |{}{} {:<9}",
        "@".repeat(depth),
        " ".repeat(40 - depth),
        count / normal.max(1)
    );
}

/// The next quantize bucket after `v`: ..., -2, -1, 0, 1, 2, 4, ...
fn next_pow2(v: i64) -> i64 {
    match v {
        i64::MIN => 0,
        -0x7fff_ffff_ffff_ffff..=-1 => v / 2,
        0 => 1,
        _ => v.saturating_mul(2),
    }
}

fn prev_pow2(v: i64) -> i64 {
    match v {
        2.. => v / 2,
        1 => 0,
        0 => -1,
        _ => v.saturating_mul(2),
    }
}

/// `quantize()`'s table: the buckets with data, one zero bucket on each
/// side, and the header line.
pub fn quantize_table(buckets: &[(i64, i64)], normal: i64) -> String {
    let mut out = format!("\n{:>16} {:>41} {:<9}\n", "value", DIST_HEADER, "count");
    let nonzero: Vec<i64> = buckets
        .iter()
        .filter(|(_, c)| *c != 0)
        .map(|b| b.0)
        .collect();
    let (start, end) = match (nonzero.first(), nonzero.last()) {
        (Some(&f), Some(&l)) => (if f == i64::MIN { f } else { prev_pow2(f) }, next_pow2(l)),
        // No data: DTrace prints the buckets around 0.
        _ => (-1, 1),
    };
    let total: i64 = buckets.iter().map(|(_, c)| c.abs()).sum();
    let mut v = start;
    loop {
        let count = buckets.iter().find(|(b, _)| *b == v).map_or(0, |(_, c)| *c);
        let label = if v == i64::MIN {
            "< 0".to_string()
        } else {
            v.to_string()
        };
        quant_line(&mut out, &label, count, total, normal);
        if v >= end {
            break;
        }
        v = next_pow2(v);
    }
    out
}

/// `lquantize()`'s table (`dt_print_lquantize`).
pub fn lquantize_table(
    base: i64,
    limit: i64,
    step: i64,
    buckets: &[(i64, i64)],
    normal: i64,
) -> String {
    let mut out = format!("\n{:>16} {:>41} {:<9}\n", "value", DIST_HEADER, "count");
    let step = step.max(1);
    let levels = (limit - base) / step;
    let count_at = |i: i64| buckets.iter().find(|(b, _)| *b == i).map_or(0, |(_, c)| *c);
    let nonzero: Vec<i64> = (0..=levels + 1).filter(|&i| count_at(i) != 0).collect();
    let (first, last) = match (nonzero.first(), nonzero.last()) {
        (Some(&f), Some(&l)) => ((f - 1).max(0), (l + 1).min(levels + 1)),
        _ => (0, 2.min(levels + 1)),
    };
    let total: i64 = (first..=last).map(|i| count_at(i).abs()).sum();
    for i in first..=last {
        let label = if i == 0 {
            format!("< {}", base / normal.max(1))
        } else if i == levels + 1 {
            format!(">= {}", base + levels * step)
        } else {
            (base + (i - 1) * step).to_string()
        };
        quant_line(&mut out, &label, count_at(i), total, normal);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(fmt: &str, args: &[Value]) -> String {
        printf(&parse_format(fmt, false).unwrap(), args, None)
    }

    fn s(v: &str) -> Value {
        Value::Str(v.into())
    }

    #[test]
    fn call_stack_d_conversions() {
        assert_eq!(
            f(
                "%d\t%*s:",
                &[
                    Value::Int(156641360502280),
                    Value::Int(15),
                    s("function-entry")
                ]
            ),
            "156641360502280\t function-entry:"
        );
        assert_eq!(f("%*s", &[Value::Int(3), s("")]), "   ");
        assert_eq!(f("%*s", &[Value::Int(-3), s("a")]), "a  ");
        assert_eq!(
            f(
                "%s:%s:%d\n",
                &[s("call_stack.py"), s("start"), Value::Int(23)]
            ),
            "call_stack.py:start:23\n"
        );
    }

    #[test]
    fn integer_and_string_conversions() {
        assert_eq!(
            f(
                "[%5d|%-5d|%05d|%+d|%x|%#X|%o]",
                &[
                    Value::Int(42),
                    Value::Int(42),
                    Value::Int(-42),
                    Value::Int(7),
                    Value::Int(255),
                    Value::Int(255),
                    Value::Int(8)
                ]
            ),
            "[   42|42   |-0042|+7|ff|0XFF|10]"
        );
        assert_eq!(
            f(
                "%u %hd %c",
                &[Value::Int(-1), Value::Int(65537), Value::Int(65)]
            ),
            "18446744073709551615 1 A"
        );
        assert_eq!(
            f("%.3s|%10.2s|%S", &[s("abcdef"), s("xyz"), s("a\nb")]),
            "abc|        xy|a\\nb"
        );
        assert_eq!(
            f(
                "%lld %llu %ld 100%%",
                &[Value::Int(-5), Value::Int(5), Value::Int(6)]
            ),
            "-5 5 6 100%"
        );
        assert_eq!(f("%p", &[Value::Int(4096)]), "0x1000");
    }

    #[test]
    fn refused_conversions() {
        assert!(parse_format("%f", false)
            .unwrap_err()
            .contains("floating-point"));
        assert!(parse_format("%a", false).unwrap_err().contains("symbol"));
        assert!(parse_format("%@d", false).is_err());
        assert!(parse_format("%@d", true).is_ok());
        assert!(parse_format("%", false).is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970 Jan  1 00:00:00");
        assert_eq!(
            date(1_704_067_200_000_000_000 + 3_723_000_000_000),
            "2024 Jan  1 01:02:03"
        );
        assert_eq!(date(951_782_400_000_000_000), "2000 Feb 29 00:00:00");
    }

    #[test]
    fn printa_default_rows() {
        assert_eq!(
            default_row(&[s("start")], &AggValue::Scalar(3), 1),
            format!("  start{} {:>16}\n", " ".repeat(45), 3)
        );
        assert_eq!(
            default_row(&[], &AggValue::Scalar(12), 1),
            format!(" {:>16}\n", 12)
        );
        assert_eq!(
            default_row(&[Value::Int(7)], &AggValue::Scalar(10), 2),
            format!(" {:>16} {:>16}\n", 7, 5)
        );
    }

    #[test]
    fn quantize_tables() {
        let t = quantize_table(&[(1, 2), (4, 2)], 1);
        let want = [
            "",
            "           value  ------------- Distribution ------------- count    ",
            "               0 |                                         0        ",
            "               1 |@@@@@@@@@@@@@@@@@@@@                     2        ",
            "               2 |                                         0        ",
            "               4 |@@@@@@@@@@@@@@@@@@@@                     2        ",
            "               8 |                                         0        ",
            "",
        ];
        assert_eq!(t, want.join("\n"));
        let t = lquantize_table(0, 100, 10, &[(1, 1), (11, 1)], 1);
        assert!(
            t.contains("\n               0 |@@@@@@@@@@@@@@@@@@@@                     1        \n"),
            "{t}"
        );
        assert!(
            t.contains("\n          >= 100 |@@@@@@@@@@@@@@@@@@@@                     1        \n"),
            "{t}"
        );
        assert!(t.contains("\n             < 0 |"), "{t}");
    }
}
