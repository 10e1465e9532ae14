//! The `_json` module: the parts of `json` that run in Rust — the scanner
//! behind `json.loads`, `scanstring`, and the two string escapers.
//!
//! CPython counterpart: `Modules/_json.c` (`scanner_call`, `scanstring`,
//! `py_encode_basestring_ascii`, `py_encode_basestring`). `lib/json`
//! uses them when this module is there and keeps its Python versions.
//!
//! Invariants: positions are character indices of the document, as in
//! Python; the document is read as a vector of its characters, so an
//! index costs nothing whatever the text holds. Errors are
//! `json.decoder.JSONDecodeError(msg, doc, pos)` with CPython's messages
//! and positions; "no value here" is `StopIteration(pos)`, which the
//! decoder turns into "Expecting value". Nested arrays and objects count
//! against the recursion limit.

use super::import::module_dict;
use crate::builtins::args::range;
use crate::object::{Args, Native, Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use std::collections::HashMap;

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("_json");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "_json",
        &[
            ("make_scanner", json_make_scanner),
            ("scanstring", json_scanstring),
            ("encode_basestring_ascii", json_encode_basestring_ascii),
            ("encode_basestring", json_encode_basestring),
            ("make_encoder", json_make_encoder),
        ],
    );
    Ok(m)
}

/// The settings a scanner reads from its decoder, in the order its bound
/// tuple holds them.
const SETTINGS: [&str; 6] = [
    "strict",
    "object_hook",
    "object_pairs_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
];

/// `make_scanner(context)`: a callable `scan_once(string, idx)` with the
/// decoder's settings.
fn json_make_scanner(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let ctx = range(vm, "make_scanner", &args, 1, 1)?[0].clone();
    let mut settings = Vec::with_capacity(SETTINGS.len());
    for name in SETTINGS {
        settings.push(vm.getattr_str(&ctx, name)?);
    }
    let slf = vm.new_tuple(settings);
    Ok(Value::Obj(PyObject::bare(Payload::Native(Box::new(
        Native {
            name: "scan_once",
            module: "_json",
            func: scanner_call,
            slf,
            doc: "",
            needs_frame: false,
        },
    )))))
}

/// `scan_once(string, idx)`: (value, end) for the JSON value at `idx`.
fn scanner_call(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "scan_once", &args, 2, 2)?;
    let Some(text) = a[0].as_str() else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let Value::Int(idx) = a[1] else {
        return Err(vm.type_error("second argument must be an integer"));
    };
    let s = crate::ops::tuple_items(slf);
    let chars: Vec<char> = text.chars().collect();
    let mut scanner = Scanner {
        chars: &chars,
        doc: a[0].clone(),
        strict: vm.is_true(&s[0])?,
        object_hook: s[1].clone(),
        object_pairs_hook: s[2].clone(),
        parse_float: s[3].clone(),
        parse_int: s[4].clone(),
        parse_constant: s[5].clone(),
        memo: HashMap::new(),
    };
    if idx < 0 || idx as usize >= chars.len() {
        return Err(vm.stop_iteration(Value::Int(idx)));
    }
    let (v, end) = scanner.value(vm, idx as usize)?;
    Ok(vm.new_tuple(vec![v, Value::Int(end as i64)]))
}

/// A scan of one document.
struct Scanner<'a> {
    chars: &'a [char],
    doc: Value,
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    /// Object keys seen in this scan, so equal keys share one str.
    memo: HashMap<String, Value>,
}

/// What a step of the scan gives: a value and the index after it.
type Step = PyResult<(Value, usize)>;

impl Scanner<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    }

    fn error(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        decode_error(vm, msg, &self.doc, pos)
    }

    /// The value at `i` (which is inside the document), or
    /// StopIteration(i) when none starts there.
    fn value(&mut self, vm: &mut Vm, i: usize) -> Step {
        let c = self.chars;
        let word = |w: &str| {
            let n = w.chars().count();
            i + n <= c.len() && c[i..i + n].iter().copied().eq(w.chars())
        };
        match self.at(i) {
            Some('"') => {
                let (s, end) = scan_string(vm, self.chars, &self.doc, i + 1, self.strict)?;
                Ok((Value::str(s), end))
            }
            Some('{') => {
                vm.enter()?;
                let r = self.object(vm, i + 1);
                vm.leave();
                r
            }
            Some('[') => {
                vm.enter()?;
                let r = self.array(vm, i + 1);
                vm.leave();
                r
            }
            Some('n') if word("null") => Ok((Value::None, i + 4)),
            Some('t') if word("true") => Ok((Value::Bool(true), i + 4)),
            Some('f') if word("false") => Ok((Value::Bool(false), i + 5)),
            Some('N') if word("NaN") => self.constant(vm, "NaN", i + 3),
            Some('I') if word("Infinity") => self.constant(vm, "Infinity", i + 8),
            Some('-') if word("-Infinity") => self.constant(vm, "-Infinity", i + 9),
            Some('-' | '0'..='9') => self.number(vm, i),
            _ => Err(vm.stop_iteration(Value::Int(i as i64))),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, end: usize) -> Step {
        let v = vm.call(&self.parse_constant, &[Value::str(name)])?;
        Ok((v, end))
    }

    fn number(&self, vm: &mut Vm, start: usize) -> Step {
        let c = self.chars;
        let digit = |i: usize| c.get(i).is_some_and(|ch| ch.is_ascii_digit());
        let mut i = start;
        if c[i] == '-' {
            i += 1;
        }
        match self.at(i) {
            Some('1'..='9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some('0') => i += 1,
            _ => return Err(vm.stop_iteration(Value::Int(start as i64))),
        }
        let mut is_float = false;
        if self.at(i) == Some('.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(self.at(i), Some('e' | 'E')) {
            // The exponent counts only with a digit after it.
            let mut j = i + 1;
            if matches!(self.at(j), Some('+' | '-')) {
                j += 1;
            }
            if digit(j) {
                is_float = true;
                i = j + 1;
                while digit(i) {
                    i += 1;
                }
            }
        }
        let text: String = c[start..i].iter().collect();
        let v = if is_float {
            if self.parse_float.is(&Value::Obj(vm.types.float.clone())) {
                Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call(&self.parse_float, &[Value::str(text)])?
            }
        } else {
            match text.parse::<i64>() {
                Ok(n) if self.parse_int.is(&Value::Obj(vm.types.int.clone())) => Value::Int(n),
                _ => vm.call(&self.parse_int, &[Value::str(text)])?,
            }
        };
        Ok((v, i))
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Step {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some('}') {
            loop {
                if self.at(i) != Some('"') {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, end) = scan_string(vm, self.chars, &self.doc, i + 1, self.strict)?;
                let key = match self.memo.get(&key) {
                    Some(k) => k.clone(),
                    None => {
                        let k = Value::str(key.as_str());
                        self.memo.insert(key, k.clone());
                        k
                    }
                };
                i = self.skip_ws(end);
                if self.at(i) != Some(':') {
                    return Err(self.error(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, end) = self.item(vm, i)?;
                pairs.push((key, value));
                i = self.skip_ws(end);
                if self.at(i) == Some('}') {
                    break;
                }
                if self.at(i) != Some(',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if !self.object_pairs_hook.is_none() {
            let items = pairs
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            let list = vm.new_list(items);
            return Ok((vm.call(&self.object_pairs_hook, &[list])?, end));
        }
        let d = vm.new_dict();
        if let Payload::Dict(dict) = &d.payload {
            for (k, v) in pairs {
                dict.set_str(k, v);
            }
        }
        let obj = Value::Obj(d);
        if !self.object_hook.is_none() {
            return Ok((vm.call(&self.object_hook, &[obj])?, end));
        }
        Ok((obj, end))
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Step {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(']') {
            loop {
                let (value, end) = self.item(vm, i)?;
                items.push(value);
                i = self.skip_ws(end);
                if self.at(i) == Some(']') {
                    break;
                }
                if self.at(i) != Some(',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((vm.new_list(items), i + 1))
    }

    /// A value inside an array or object: none there is "Expecting value".
    fn item(&mut self, vm: &mut Vm, i: usize) -> Step {
        if i >= self.chars.len() {
            return Err(self.error(vm, "Expecting value", i));
        }
        match self.value(vm, i) {
            Err(e) if vm.err_is(&e, "StopIteration") => {
                let pos = match crate::exc::stop_iteration_value(&e) {
                    Value::Int(p) => p.max(0) as usize,
                    _ => i,
                };
                Err(self.error(vm, "Expecting value", pos))
            }
            r => r,
        }
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let cls = match vm.import_module("json.decoder") {
        Ok(m) => vm.getattr_str(&m, "JSONDecodeError"),
        Err(e) => Err(e),
    };
    let made =
        cls.and_then(|c| vm.call(&c, &[Value::str(msg), doc.clone(), Value::Int(pos as i64)]));
    match made {
        Ok(Value::Obj(o)) => PyErr::new(o),
        Ok(_) => vm.value_error(msg.to_string()),
        Err(e) => e,
    }
}

/// The four hex digits at `i` as a number.
fn hex4(c: &[char], i: usize) -> Option<u32> {
    let digits = c.get(i..i + 4)?;
    digits
        .iter()
        .try_fold(0u32, |n, d| d.to_digit(16).map(|v| n * 16 + v))
}

/// Decode the JSON string whose body starts at `end` (just past its
/// quote): the text and the index past the closing quote.
fn scan_string(
    vm: &mut Vm,
    c: &[char],
    doc: &Value,
    end: usize,
    strict: bool,
) -> PyResult<(String, usize)> {
    let begin = end.saturating_sub(1);
    let mut out = String::new();
    let mut i = end;
    loop {
        let Some(&ch) = c.get(i) else {
            return Err(decode_error(
                vm,
                "Unterminated string starting at",
                doc,
                begin,
            ));
        };
        match ch {
            '"' => return Ok((out, i + 1)),
            '\\' => {
                let Some(&esc) = c.get(i + 1) else {
                    return Err(decode_error(
                        vm,
                        "Unterminated string starting at",
                        doc,
                        begin,
                    ));
                };
                let simple = match esc {
                    '"' => Some('"'),
                    '\\' => Some('\\'),
                    '/' => Some('/'),
                    'b' => Some('\u{8}'),
                    'f' => Some('\u{c}'),
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'u' => None,
                    _ => return Err(decode_error(vm, "Invalid \\escape", doc, i)),
                };
                if let Some(s) = simple {
                    out.push(s);
                    i += 2;
                    continue;
                }
                let Some(mut code) = hex4(c, i + 2) else {
                    return Err(decode_error(vm, "Invalid \\uXXXX escape", doc, i + 1));
                };
                i += 6;
                // A high surrogate and an escaped low one are one character.
                if (0xD800..=0xDBFF).contains(&code)
                    && c.get(i) == Some(&'\\')
                    && c.get(i + 1) == Some(&'u')
                {
                    let Some(low) = hex4(c, i + 2) else {
                        return Err(decode_error(vm, "Invalid \\uXXXX escape", doc, i + 1));
                    };
                    if (0xDC00..=0xDFFF).contains(&low) {
                        code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00));
                        i += 6;
                    }
                }
                // A lone surrogate cannot be held by a str here: U+FFFD.
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            c0 if strict && (c0 as u32) < 0x20 => {
                return Err(decode_error(vm, "Invalid control character at", doc, i));
            }
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
}

/// `scanstring(string, end, strict=True)`: (text, end) for the JSON string
/// whose body starts at `end`.
fn json_scanstring(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "scanstring", &args, 2, 3)?;
    let Some(text) = a[0].as_str() else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let end = match a[1] {
        Value::Int(n) => n,
        _ => return Err(vm.type_error("end must be an integer")),
    };
    let strict = match a.get(2) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let chars: Vec<char> = text.chars().collect();
    if end < 0 || end as usize > chars.len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let (s, end) = scan_string(vm, &chars, &a[0], end as usize, strict)?;
    Ok(vm.new_tuple(vec![Value::str(s), Value::Int(end as i64)]))
}

/// The escape of `ch` both string styles share, if it has one.
fn short_escape(ch: char) -> Option<&'static str> {
    Some(match ch {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        _ => return None,
    })
}

/// A JSON string literal for `s`: escapes for quotes, backslashes and
/// control characters, and, when `ascii`, `\uXXXX` for everything past
/// ASCII (a surrogate pair past the BMP).
pub fn encode_string(s: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        if let Some(e) = short_escape(ch) {
            out.push_str(e);
        } else if (ch as u32) < 0x20 || (ascii && (ch as u32) > 0x7e) {
            let n = ch as u32;
            if n >= 0x10000 {
                let m = n - 0x10000;
                out.push_str(&format!(
                    "\\u{:04x}\\u{:04x}",
                    0xD800 | (m >> 10),
                    0xDC00 | (m & 0x3FF)
                ));
            } else {
                out.push_str(&format!("\\u{n:04x}"));
            }
        } else {
            out.push(ch);
        }
    }
    out.push('"');
    out
}

fn string_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Value> {
    let v = range(vm, name, args, 1, 1)?[0].clone();
    if v.as_str().is_none() {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    }
    Ok(v)
}

fn json_encode_basestring_ascii(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let v = string_arg(vm, "encode_basestring_ascii", &args)?;
    Ok(Value::str(encode_string(
        v.as_str().unwrap_or_default(),
        true,
    )))
}

fn json_encode_basestring(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let v = string_arg(vm, "encode_basestring", &args)?;
    Ok(Value::str(encode_string(
        v.as_str().unwrap_or_default(),
        false,
    )))
}

/// The settings of an encoder, in the order its bound tuple holds them
/// (`make_encoder`'s arguments).
struct EncoderSettings {
    markers: Value,
    default: Value,
    encoder: Value,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// `encoder` is this module's `encode_basestring_ascii` (Some(true))
    /// or `encode_basestring` (Some(false)): strings are escaped here.
    native_strings: Option<bool>,
}

/// `make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: a callable
/// `encode(o, level)` giving the JSON text of `o` as a tuple of one str
/// (for `JSONEncoder.iterencode(o, _one_shot=True)` without an indent).
fn json_make_encoder(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "make_encoder", &args, 9, 9)?;
    if !a[3].is_none() {
        return Err(vm.value_error("make_encoder() encodes without an indent"));
    }
    let slf = vm.new_tuple(a.to_vec());
    Ok(Value::Obj(PyObject::bare(Payload::Native(Box::new(
        Native {
            name: "encode",
            module: "_json",
            func: encoder_call,
            slf,
            doc: "",
            needs_frame: false,
        },
    )))))
}

fn encoder_call(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "encode", &args, 2, 2)?;
    let s = crate::ops::tuple_items(slf);
    let separator = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<String> {
        match v.as_str() {
            Some(t) => Ok(t.to_string()),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!(
                    "make_encoder() argument {what} must be str, not {tn}"
                )))
            }
        }
    };
    let native_strings = match s[2].payload() {
        Some(Payload::Native(n)) if n.module == "_json" => match n.name {
            "encode_basestring_ascii" => Some(true),
            "encode_basestring" => Some(false),
            _ => None,
        },
        _ => None,
    };
    let settings = EncoderSettings {
        markers: s[0].clone(),
        default: s[1].clone(),
        encoder: s[2].clone(),
        key_separator: separator(vm, &s[4], "5")?,
        item_separator: separator(vm, &s[5], "6")?,
        sort_keys: vm.is_true(&s[6])?,
        skipkeys: vm.is_true(&s[7])?,
        allow_nan: vm.is_true(&s[8])?,
        native_strings,
    };
    let mut out = String::new();
    encode_value(vm, &settings, &a[0], &mut out)?;
    Ok(vm.new_tuple(vec![Value::str(out)]))
}

/// The JSON text of a str, through the encoder's string escaper.
fn encode_str(vm: &mut Vm, st: &EncoderSettings, v: &Value, out: &mut String) -> PyResult<()> {
    if let (Some(ascii), Some(text)) = (st.native_strings, v.as_str()) {
        out.push_str(&encode_string(text, ascii));
        return Ok(());
    }
    let r = vm.call(&st.encoder, std::slice::from_ref(v))?;
    match r.as_str() {
        Some(t) => {
            out.push_str(t);
            Ok(())
        }
        None => {
            let tn = vm.type_name(&r);
            Err(vm.type_error(format!("encoder() must return a string, not {tn}")))
        }
    }
}

/// `float.__repr__` of a finite float, or the JSON word for NaN and the
/// infinities (an error without `allow_nan`).
fn float_text(vm: &mut Vm, st: &EncoderSettings, f: f64, v: &Value) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::format::float_repr(f));
    }
    if !st.allow_nan {
        let r = vm.repr_string(v)?;
        return Err(vm.value_error(format!(
            "Out of range float values are not JSON compliant: {r}"
        )));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// A scalar's JSON text (str, None, bool, int, float and their
/// subclasses), or None for anything else.
fn scalar_text(vm: &mut Vm, st: &EncoderSettings, v: &Value, out: &mut String) -> PyResult<bool> {
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&float_text(vm, st, *f, v)?),
        Value::Obj(o) => match &o.payload {
            Payload::Str(_) => encode_str(vm, st, v, out)?,
            Payload::BigInt(b) => out.push_str(&b.to_string()),
            Payload::Float(f) => out.push_str(&float_text(vm, st, *f, v)?),
            _ => return Ok(false),
        },
        _ => return Ok(false),
    }
    Ok(true)
}

/// Remember container `v` while it is encoded (a circular reference is
/// an error); the key to forget it by.
fn enter_marker(vm: &mut Vm, st: &EncoderSettings, v: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Dict(markers)) = st.markers.payload() else {
        return Ok(None);
    };
    let id = Value::Int(v.as_obj().map(|o| o.id()).unwrap_or(0) as i64);
    if markers.get(vm, &id)?.is_some() {
        return Err(vm.value_error("Circular reference detected"));
    }
    markers.set(vm, id.clone(), v.clone())?;
    Ok(Some(id))
}

fn leave_marker(vm: &mut Vm, st: &EncoderSettings, id: Option<Value>) -> PyResult<()> {
    if let (Some(id), Some(Payload::Dict(markers))) = (id, st.markers.payload()) {
        markers.remove(vm, &id)?;
    }
    Ok(())
}

fn encode_value(vm: &mut Vm, st: &EncoderSettings, v: &Value, out: &mut String) -> PyResult<()> {
    if scalar_text(vm, st, v, out)? {
        return Ok(());
    }
    vm.enter()?;
    let r = encode_container(vm, st, v, out);
    vm.leave();
    r
}

fn encode_container(
    vm: &mut Vm,
    st: &EncoderSettings,
    v: &Value,
    out: &mut String,
) -> PyResult<()> {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => {
            let items = match v.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                _ => crate::ops::tuple_items(v),
            };
            if items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            let marker = enter_marker(vm, st, v)?;
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push_str(&st.item_separator);
                }
                encode_value(vm, st, item, out)?;
            }
            out.push(']');
            leave_marker(vm, st, marker)
        }
        Some(Payload::Dict(d)) => {
            let exact = v.as_obj().is_some_and(|o| o.class.is_none());
            let mut items = if exact {
                d.items()
            } else {
                let method = vm.getattr_str(v, "items")?;
                let it = vm.call(&method, &[])?;
                let mut pairs = Vec::new();
                for pair in vm.collect(&it)? {
                    let kv = vm.unpack(&pair, 2, None)?;
                    pairs.push((kv[0].clone(), kv[1].clone()));
                }
                pairs
            };
            if items.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            if st.sort_keys {
                let list: Vec<Value> = items
                    .iter()
                    .map(|(k, v)| vm.new_tuple(vec![k.clone(), v.clone()]))
                    .collect();
                let list = vm.new_list(list);
                let sort = vm.getattr_str(&list, "sort")?;
                vm.call(&sort, &[])?;
                let sorted = list;
                items = Vec::new();
                for pair in vm.collect(&sorted)? {
                    let kv = crate::ops::tuple_items(&pair);
                    items.push((kv[0].clone(), kv[1].clone()));
                }
            }
            let marker = enter_marker(vm, st, v)?;
            out.push('{');
            let mut first = true;
            for (key, value) in items {
                let mut key_text = String::new();
                let key_str = match &key {
                    k if k.as_str().is_some() => Some(k.clone()),
                    Value::Float(_) | Value::None | Value::Bool(_) | Value::Int(_) => {
                        scalar_text(vm, st, &key, &mut key_text)?;
                        Some(Value::str(key_text.as_str()))
                    }
                    Value::Obj(o)
                        if matches!(o.payload, Payload::BigInt(_) | Payload::Float(_)) =>
                    {
                        scalar_text(vm, st, &key, &mut key_text)?;
                        Some(Value::str(key_text.as_str()))
                    }
                    _ if st.skipkeys => None,
                    _ => {
                        let tn = vm.type_name(&key);
                        return Err(vm.type_error(format!(
                            "keys must be str, int, float, bool or None, not {tn}"
                        )));
                    }
                };
                let Some(key_str) = key_str else {
                    continue;
                };
                if !first {
                    out.push_str(&st.item_separator);
                }
                first = false;
                encode_str(vm, st, &key_str, out)?;
                out.push_str(&st.key_separator);
                encode_value(vm, st, &value, out)?;
            }
            out.push('}');
            leave_marker(vm, st, marker)
        }
        _ => {
            let marker = enter_marker(vm, st, v)?;
            let replaced = vm.call(&st.default, std::slice::from_ref(v))?;
            encode_value(vm, st, &replaced, out)?;
            leave_marker(vm, st, marker)
        }
    }
}
