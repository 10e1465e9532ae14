//! The consumer: bpftrace's raw output in, DTrace's output out.
//!
//! Counterpart: libdtrace's `dt_consume.c`. The translated program writes
//! records (`\036ID\037v\037v...\035\n`, see `translate`); between a
//! `PrintaBegin` and `PrintaEnd` record it writes bpftrace's `print(@a)`
//! text, which is parsed back into keys and values here and printed with
//! DTrace's layouts. Records may arrive split across reads; an incomplete
//! record waits for the rest.
//!
//! bpftrace's stdout is shared with the `-c` command, so bytes outside
//! records are the command's own output: they are passed through (to
//! stdout, also when the trace goes to a `-o` file), and lines of a
//! printa capture that are not the aggregation's are passed on too.
//!
//! Invariant: nothing of bpftrace's own formatting reaches the output:
//! everything after the `Done` record (bpftrace's "\n\n" and exit-time
//! map dump) is dropped.

use crate::ast::Ty;
use crate::format::{self, AggValue, Count, Format, Seg, Value};
use crate::translate::{AggFunc, AggInfo, OutputKind, Record, Translation};
use std::collections::HashMap;
use std::io::{self, Write};

const RS: u8 = 0x1e;
const US: u8 = 0x1f;
const GS: u8 = 0x1d;

/// DTrace's `aggsortkey` / `aggsortrev` options.
#[derive(Debug, Clone, Copy, Default)]
pub struct AggSort {
    pub by_key: bool,
    pub reverse: bool,
}

pub struct Consumer<'t, W: Write> {
    tr: &'t Translation,
    out: W,
    /// Where the traced command's own output goes (`None`: to `out`).
    raw: Option<Box<dyn Write + 't>>,
    buf: Vec<u8>,
    /// Values of an output action whose last piece has not arrived.
    pending: Vec<Value>,
    /// The aggregation being captured, its printa format, whether it is
    /// the printing at exit, its text.
    capture: Option<(usize, Option<Format>, bool, Vec<u8>)>,
    normals: HashMap<usize, i64>,
    keeps: HashMap<usize, i64>,
    exit: Option<i64>,
    done: bool,
    heading: bool,
    pub sort: AggSort,
}

impl<'t, W: Write> Consumer<'t, W> {
    pub fn new(tr: &'t Translation, out: W) -> Self {
        Consumer {
            tr,
            out,
            raw: None,
            buf: Vec::new(),
            pending: Vec::new(),
            capture: None,
            normals: HashMap::new(),
            keeps: HashMap::new(),
            exit: None,
            done: false,
            heading: false,
            sort: AggSort::default(),
        }
    }

    /// Send the traced command's output to `raw` instead of the trace.
    pub fn set_raw(&mut self, raw: Box<dyn Write + 't>) {
        self.raw = Some(raw);
    }

    /// The status given to `exit()`, if a clause called it.
    pub fn exit_status(&self) -> Option<i64> {
        self.exit
    }

    /// Whether the END code ran to its end.
    pub fn is_done(&self) -> bool {
        self.done
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    /// Take more of bpftrace's output.
    pub fn feed(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buf.extend_from_slice(bytes);
        self.process(false)?;
        self.out.flush()
    }

    /// The end of bpftrace's output: anything left is written as it is.
    pub fn finish(&mut self) -> io::Result<()> {
        self.process(true)?;
        let rest = std::mem::take(&mut self.buf);
        self.text(&rest)?;
        self.out.flush()
    }

    /// Handle the complete records in the buffer and the text between
    /// them; keep an incomplete record for later.
    fn process(&mut self, eof: bool) -> io::Result<()> {
        let mut at = 0;
        loop {
            let Some(rs) = find(&self.buf, at, RS) else {
                let text = self.buf[at..].to_vec();
                self.text(&text)?;
                at = self.buf.len();
                break;
            };
            if rs > at {
                let text = self.buf[at..rs].to_vec();
                self.text(&text)?;
            }
            at = rs;
            let Some(gs) = find(&self.buf, rs, GS) else {
                break;
            };
            // Records end in a newline so that line-buffered output
            // flushes them; it is not part of the record.
            let mut end = gs + 1;
            if self.buf.get(end) == Some(&b'\n') {
                end += 1;
            } else if end == self.buf.len() && !eof {
                break;
            }
            let rec = self.buf[rs + 1..gs].to_vec();
            at = end;
            self.record(&rec)?;
        }
        self.buf.drain(..at);
        Ok(())
    }

    fn text(&mut self, bytes: &[u8]) -> io::Result<()> {
        if let Some((_, _, _, captured)) = &mut self.capture {
            captured.extend_from_slice(bytes);
        } else if !self.done {
            self.passthrough(bytes)?;
        }
        Ok(())
    }

    fn passthrough(&mut self, bytes: &[u8]) -> io::Result<()> {
        match &mut self.raw {
            Some(raw) => {
                raw.write_all(bytes)?;
                raw.flush()
            }
            None => self.out.write_all(bytes),
        }
    }

    fn record(&mut self, rec: &[u8]) -> io::Result<()> {
        if self.done {
            return Ok(());
        }
        let mut fields = rec.split(|&b| b == US);
        let id: Option<usize> = fields
            .next()
            .and_then(|f| std::str::from_utf8(f).ok())
            .and_then(|s| s.parse().ok());
        let Some(record) = id.and_then(|i| self.tr.records.get(i)) else {
            // Not one of ours: pass it through unchanged.
            let mut raw = vec![RS];
            raw.extend_from_slice(rec);
            raw.push(GS);
            return self.text(&raw);
        };
        let raw: Vec<&[u8]> = fields.collect();
        let int = |i: usize| -> i64 {
            raw.get(i)
                .and_then(|f| std::str::from_utf8(f).ok())
                .and_then(|s| s.trim().parse().ok())
                .unwrap_or(0)
        };
        match record {
            Record::Values { action, last } => {
                let action = &self.tr.actions[*action];
                for f in &raw {
                    let ty = action
                        .leaves
                        .get(self.pending.len())
                        .copied()
                        .unwrap_or(Ty::Int);
                    self.pending.push(match ty {
                        Ty::Str => Value::Str(String::from_utf8_lossy(f).into_owned()),
                        Ty::Int => Value::Int(
                            std::str::from_utf8(f)
                                .ok()
                                .and_then(|s| s.trim().parse().ok())
                                .unwrap_or(0),
                        ),
                    });
                }
                if *last {
                    let values = std::mem::take(&mut self.pending);
                    let text = match &action.kind {
                        OutputKind::Printf(fmt, args) => {
                            let vals: Vec<Value> = args.iter().map(|a| a.eval(&values)).collect();
                            format::printf(fmt, &vals, None)
                        }
                        OutputKind::Trace(arg) => format::trace(&arg.eval(&values), self.tr.quiet),
                    };
                    self.out.write_all(text.as_bytes())?;
                }
            }
            Record::PrintaBegin { agg, format, auto } => {
                self.capture = Some((*agg, format.clone(), *auto, Vec::new()));
            }
            Record::PrintaEnd => {
                if let Some((agg, format, auto, text)) = self.capture.take() {
                    let text = String::from_utf8_lossy(&text).into_owned();
                    let (out, other) = self.printa(agg, format.as_ref(), auto, &text);
                    self.passthrough(other.as_bytes())?;
                    self.out.write_all(out.as_bytes())?;
                }
            }
            Record::Exit => self.exit = Some(int(0)),
            Record::Normalize { agg } => {
                self.normals.insert(*agg, int(0));
            }
            Record::Denormalize { agg } => {
                self.normals.remove(agg);
            }
            Record::TruncKeep { agg, keep } => {
                self.keeps.insert(*agg, *keep);
            }
            Record::TruncAll { agg } => {
                self.keeps.remove(agg);
            }
            Record::Fire { id, label } => {
                if !self.heading {
                    self.heading = true;
                    writeln!(self.out, "{:>3} {:>6} {:>32}", "CPU", "ID", "FUNCTION:NAME")?;
                }
                write!(self.out, "{:>3} {:>6} {:>32} ", int(0), id, label)?;
            }
            Record::FireEnd => self.out.write_all(b"\n")?,
            Record::Finish => self.out.write_all(b"\n")?,
            Record::Done => self.done = true,
        }
        Ok(())
    }

    /// One printa: parse bpftrace's text, sort and trim as DTrace does,
    /// and format the rows; also the captured lines that were not the
    /// aggregation's (the traced command's output).
    fn printa(
        &self,
        agg: usize,
        format: Option<&Format>,
        auto: bool,
        text: &str,
    ) -> (String, String) {
        let info = &self.tr.aggs[agg];
        let (mut rows, other) = parse_print(info, text);
        rows.sort_by(|a, b| {
            let by_value = a.1.sort_value().cmp(&b.1.sort_value());
            let by_key = compare_keys(&a.0, &b.0);
            if self.sort.by_key {
                by_key.then(by_value)
            } else {
                by_value.then(by_key)
            }
        });
        if let Some(&keep) = self.keeps.get(&agg) {
            let n = keep.unsigned_abs() as usize;
            // Top n by value (the end of the sorted rows), or bottom n.
            let mut by_value = rows.clone();
            by_value.sort_by_key(|r| r.1.sort_value());
            let kept: Vec<Vec<Value>> = if keep >= 0 {
                by_value.iter().rev().take(n).map(|r| r.0.clone()).collect()
            } else {
                by_value.iter().take(n).map(|r| r.0.clone()).collect()
            };
            rows.retain(|r| kept.contains(&r.0));
        }
        if self.sort.reverse {
            rows.reverse();
        }
        let normal = self.normals.get(&agg).copied().unwrap_or(1).max(1);
        let mut out = String::new();
        match format {
            None => {
                // printa() starts with a newline; the printing at exit
                // follows DTrace's own final newline instead.
                if !auto {
                    out.push('\n');
                }
                for (keys, value) in &rows {
                    out.push_str(&format::default_row(keys, value, normal));
                }
            }
            Some(f) => {
                for (keys, value) in &rows {
                    out.push_str(&printa_row(f, keys, value, normal));
                }
            }
        }
        (out, other)
    }
}

/// printa with a format: keys fill the conversions in order, `%@` is the
/// value (a distribution prints its table).
fn printa_row(f: &Format, keys: &[Value], value: &AggValue, normal: i64) -> String {
    let mut out = String::new();
    let mut keys = keys.iter();
    for seg in &f.segs {
        match seg {
            Seg::Lit(s) => out.push_str(s),
            Seg::Conv(c) if c.agg => match value {
                AggValue::Scalar(v) => {
                    let width = match c.width {
                        Some(Count::Fixed(w)) => Some(w as i64),
                        _ => None,
                    };
                    let precision = match c.precision {
                        Some(Count::Fixed(p)) => Some(p as i64),
                        _ => None,
                    };
                    format::convert(&mut out, c, width, precision, &Value::Int(v / normal));
                }
                AggValue::Quantize(b) => out.push_str(&format::quantize_table(b, normal)),
                AggValue::Lquantize {
                    base,
                    limit,
                    step,
                    buckets,
                } => out.push_str(&format::lquantize_table(
                    *base, *limit, *step, buckets, normal,
                )),
            },
            Seg::Conv(c) => {
                let v = keys.next().cloned().unwrap_or(Value::Int(0));
                let width = match c.width {
                    Some(Count::Fixed(w)) => Some(w as i64),
                    _ => None,
                };
                let precision = match c.precision {
                    Some(Count::Fixed(p)) => Some(p as i64),
                    _ => None,
                };
                format::convert(&mut out, c, width, precision, &v);
            }
        }
    }
    out
}

fn find(buf: &[u8], from: usize, byte: u8) -> Option<usize> {
    buf[from..]
        .iter()
        .position(|&b| b == byte)
        .map(|i| from + i)
}

fn compare_keys(a: &[Value], b: &[Value]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let o = match (x, y) {
            (Value::Int(x), Value::Int(y)) => x.cmp(y),
            (Value::Str(x), Value::Str(y)) => x.cmp(y),
            (Value::Int(_), Value::Str(_)) => std::cmp::Ordering::Less,
            (Value::Str(_), Value::Int(_)) => std::cmp::Ordering::Greater,
        };
        if o.is_ne() {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

/// bpftrace's `print(@a)` text as (keys, value) rows, and the lines that
/// are not part of it.
///
/// Lines are `@a[k1, k2]: 5`, `@a: 5`, or for histograms `@a[k]:`
/// followed by bucket lines (`[4, 8)   3 |@@@|`) and an empty line. Keys
/// are split at `, `; a string key that itself holds `, ` is rejoined
/// when the aggregation has one string key.
pub fn parse_print(info: &AggInfo, text: &str) -> (Vec<(Vec<Value>, AggValue)>, String) {
    let map = info.map();
    let mut rows = Vec::new();
    let mut other = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix(map.as_str()) else {
            if !line.is_empty() {
                other.push_str(line);
                other.push('\n');
            }
            continue;
        };
        let (keys, value) = if let Some(inner) = rest.strip_prefix('[') {
            let Some(close) = inner.rfind("]:") else {
                continue;
            };
            (
                split_keys(&inner[..close], &info.keys),
                inner[close + 2..].trim(),
            )
        } else if let Some(v) = rest.strip_prefix(':') {
            (Vec::new(), v.trim())
        } else {
            other.push_str(line);
            other.push('\n');
            continue;
        };
        let value = match info.func {
            AggFunc::Quantize | AggFunc::Lquantize { .. } => {
                let mut buckets = Vec::new();
                while let Some(l) = lines.peek() {
                    if l.trim().is_empty() || l.starts_with('@') {
                        break;
                    }
                    if let Some(b) = parse_bucket(l, info.func) {
                        buckets.push(b);
                    }
                    lines.next();
                }
                match info.func {
                    AggFunc::Lquantize { base, limit, step } => AggValue::Lquantize {
                        base,
                        limit,
                        step,
                        buckets,
                    },
                    _ => AggValue::Quantize(buckets),
                }
            }
            _ => AggValue::Scalar(value.parse().unwrap_or(0)),
        };
        rows.push((keys, value));
    }
    (rows, other)
}

fn split_keys(text: &str, types: &[Ty]) -> Vec<Value> {
    let mut parts: Vec<&str> = text.split(", ").collect();
    if parts.len() > types.len() && types.iter().filter(|t| **t == Ty::Str).count() >= 1 {
        // Rejoin the surplus into the first string key.
        let first_str = types.iter().position(|t| *t == Ty::Str).unwrap_or(0);
        let surplus = parts.len() - types.len();
        let joined = parts[first_str..=first_str + surplus].join(", ");
        parts.splice(first_str..=first_str + surplus, [joined.as_str()]);
        return to_values(&parts, types);
    }
    to_values(&parts, types)
}

fn to_values(parts: &[&str], types: &[Ty]) -> Vec<Value> {
    parts
        .iter()
        .zip(types)
        .map(|(p, t)| match t {
            Ty::Str => Value::Str(p.to_string()),
            Ty::Int => Value::Int(p.trim().parse().unwrap_or(0)),
        })
        .collect()
}

/// A number as bpftrace's histogram labels print it (`1K` is 1024).
fn label_number(s: &str) -> Option<i64> {
    let s = s.trim();
    let (digits, mult) = match s.char_indices().last()? {
        (i, 'K') => (&s[..i], 1i64 << 10),
        (i, 'M') => (&s[..i], 1 << 20),
        (i, 'G') => (&s[..i], 1 << 30),
        (i, 'T') => (&s[..i], 1 << 40),
        (i, 'P') => (&s[..i], 1 << 50),
        (i, 'E') => (&s[..i], 1 << 60),
        _ => (s, 1),
    };
    digits.parse::<i64>().ok().map(|v| v.saturating_mul(mult))
}

/// One histogram bucket line: (DTrace bucket, count). For quantize the
/// bucket is its lower bound (`i64::MIN` for bpftrace's single negative
/// bucket); for lquantize it is DTrace's bucket index.
fn parse_bucket(line: &str, func: AggFunc) -> Option<(i64, i64)> {
    let end = line.find([']', ')'])?;
    let label = &line[..=end];
    let count: i64 = line[end + 1..].split_whitespace().next()?.parse().ok()?;
    let inner = &label[1..label.len() - 1];
    let lower = if label.starts_with("(...") {
        None
    } else {
        Some(label_number(inner.split(',').next()?)?)
    };
    let bucket = match func {
        AggFunc::Lquantize { base, limit, step } => match lower {
            None => 0,
            Some(lo) if inner.ends_with("...") => {
                let _ = lo;
                (limit - base) / step + 1
            }
            Some(lo) => (lo - base) / step + 1,
        },
        _ => lower.unwrap_or(i64::MIN),
    };
    Some((bucket, count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translate::{OutputAction, UArg};

    fn translation(
        aggs: Vec<AggInfo>,
        records: Vec<Record>,
        actions: Vec<OutputAction>,
    ) -> Translation {
        Translation {
            program: String::new(),
            records,
            actions,
            aggs,
            matched: 1,
            quiet: true,
            strsize: 200,
            lowered_for: None,
            uses_usdt: false,
        }
    }

    fn agg(name: &str, func: AggFunc, keys: Vec<Ty>) -> AggInfo {
        AggInfo {
            name: name.into(),
            func,
            keys,
            printed: true,
            live: true,
            line: 1,
        }
    }

    #[test]
    fn printf_records_split_across_reads_and_pieces() {
        let fmt = format::parse_format("%d\t%*s:%s\n", false).unwrap();
        let tr = translation(
            vec![],
            vec![
                Record::Values {
                    action: 0,
                    last: false,
                },
                Record::Values {
                    action: 0,
                    last: true,
                },
            ],
            vec![OutputAction {
                kind: OutputKind::Printf(
                    fmt,
                    vec![
                        UArg::Leaf(0),
                        UArg::Const(Value::Int(15)),
                        UArg::Const(Value::Str("function-entry".into())),
                        UArg::Call(crate::translate::UFunc::Basename, vec![UArg::Leaf(1)]),
                    ],
                ),
                leaves: vec![Ty::Int, Ty::Str],
            }],
        );
        let mut c = Consumer::new(&tr, Vec::new());
        let stream = b"\x1e0\x1f123\x1d\n\x1e1\x1f/a/b/x.py\x1d\n";
        for piece in stream.chunks(3) {
            c.feed(piece).unwrap();
        }
        c.finish().unwrap();
        assert_eq!(
            String::from_utf8(c.into_inner()).unwrap(),
            "123\t function-entry:x.py\n"
        );
    }

    #[test]
    fn printa_default_layout_sorted_by_value() {
        let tr = translation(
            vec![agg("calls", AggFunc::Count, vec![Ty::Str])],
            vec![
                Record::PrintaBegin {
                    agg: 0,
                    format: None,
                    auto: false,
                },
                Record::PrintaEnd,
                Record::Finish,
                Record::Done,
            ],
            vec![],
        );
        let mut c = Consumer::new(&tr, Vec::new());
        c.feed(b"\x1e0\x1d\n@calls[b, c]: 3\n@calls[a]: 1\nchild output\n@calls[z]: 1\n\x1e1\x1d\n\x1e2\x1d\n\x1e3\x1d\n\n\n@calls[a]: 1\n")
            .unwrap();
        let out = String::from_utf8(c.into_inner()).unwrap();
        let row = |k: &str, v: i64| format!("  {k:<50} {v:>16}\n");
        assert_eq!(
            out,
            format!(
                "child output\n\n{}{}{}\n",
                row("a", 1),
                row("z", 1),
                row("b, c", 3)
            )
        );
    }

    #[test]
    fn printa_with_format_trunc_and_normalize() {
        let fmt = format::parse_format("%-4s %@3d|\n", true).unwrap();
        let tr = translation(
            vec![agg("", AggFunc::Sum, vec![Ty::Str, Ty::Int])],
            vec![
                Record::TruncKeep { agg: 0, keep: 2 },
                Record::Normalize { agg: 0 },
                Record::PrintaBegin {
                    agg: 0,
                    format: Some(fmt),
                    auto: false,
                },
                Record::PrintaEnd,
            ],
            vec![],
        );
        let mut c = Consumer::new(&tr, Vec::new());
        c.feed(b"\x1e0\x1d\n\x1e1\x1f2\x1d\n\x1e2\x1d\n@[x, 1]: 10\n@[y, 2]: 40\n@[z, 3]: 20\n\x1e3\x1d\n").unwrap();
        assert_eq!(
            String::from_utf8(c.into_inner()).unwrap(),
            "z     10|\ny     20|\n"
        );
    }

    #[test]
    fn quantize_and_lquantize_from_bpftrace_histograms() {
        let q = agg("q", AggFunc::Quantize, vec![]);
        let rows = parse_print(
            &q,
            "@q: \n[1]                    2 |@@@@|\n[2, 4)                 0 |    |\n[4, 8)                 2 |@@@@|\n[1K, 2K)               1 |@@|\n\n",
        );
        assert_eq!(
            rows.0,
            vec![(
                vec![],
                AggValue::Quantize(vec![(1, 2), (2, 0), (4, 2), (1024, 1)])
            )]
        );
        let l = agg(
            "l",
            AggFunc::Lquantize {
                base: 0,
                limit: 100,
                step: 10,
            },
            vec![Ty::Str],
        );
        let rows = parse_print(
            &l,
            "@l[z]: \n(..., 0)               1 |@|\n[0, 10)                1 |@|\n[100, ...)             1 |@|\n\n",
        );
        assert_eq!(
            rows.0,
            vec![(
                vec![Value::Str("z".into())],
                AggValue::Lquantize {
                    base: 0,
                    limit: 100,
                    step: 10,
                    buckets: vec![(0, 1), (1, 1), (11, 1)]
                }
            )]
        );
    }

    #[test]
    fn exit_status_and_text_after_done_is_dropped() {
        let tr = translation(vec![], vec![Record::Exit, Record::Done], vec![]);
        let mut c = Consumer::new(&tr, Vec::new());
        c.feed(b"\x1e0\x1f3\x1d\n\x1e1\x1d\n\n\n@leftover: 1\n")
            .unwrap();
        c.finish().unwrap();
        assert_eq!(c.exit_status(), Some(3));
        assert!(c.into_inner().is_empty());
    }
}
