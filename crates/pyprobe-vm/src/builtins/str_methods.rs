//! Methods of `str`. CPython counterparts: `Objects/unicodeobject.c`,
//! `Objects/stringlib/` (find, count, split, partition, ...) and
//! `Objects/unicodectype.c` (character predicates and case mappings).
//!
//! Invariants: indices are characters (code points), never bytes; a `PyStr`
//! knows its character count and whether it is ASCII, and ASCII text is
//! indexed by byte directly. Results are exact `str`s, also for subclasses
//! (an unchanged exact `str` is returned as itself, as CPython does). Sizes
//! are checked before allocating: MemoryError past [`MAX_STR_BYTES`].
//! The character database follows Unicode 15.0 as CPython 3.12 does: Rust's
//! own tables (a newer Unicode) are corrected as `str_format::ucd` does.
//! `str.format` and `str.format_map` live in `str_format.rs`.

use super::args::range;
use super::str_format::ucd::{self, is_printable};
use crate::object::{Args, Native, NativeFn, Payload, PyObject, PyStr};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::collections::HashMap;

/// The longest str (in UTF-8 bytes) a method builds before MemoryError.
const MAX_STR_BYTES: usize = 1 << 32;

#[rustfmt::skip]
const METHODS: &[(&str, NativeFn)] = &[
    ("capitalize", str_capitalize), ("casefold", str_casefold), ("center", str_center),
    ("count", str_count), ("encode", str_encode), ("endswith", str_endswith),
    ("expandtabs", str_expandtabs), ("find", str_find), ("format", super::str_format::str_format),
    ("format_map", super::str_format::str_format_map), ("index", str_index),
    ("isalnum", str_isalnum), ("isalpha", str_isalpha), ("isascii", str_isascii),
    ("isdecimal", str_isdecimal), ("isdigit", str_isdigit), ("isidentifier", str_isidentifier),
    ("islower", str_islower), ("isnumeric", str_isnumeric), ("isprintable", str_isprintable),
    ("isspace", str_isspace), ("istitle", str_istitle), ("isupper", str_isupper),
    ("join", str_join), ("ljust", str_ljust), ("lower", str_lower), ("lstrip", str_lstrip),
    ("partition", str_partition), ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix), ("replace", str_replace), ("rfind", str_rfind),
    ("rindex", str_rindex), ("rjust", str_rjust), ("rpartition", str_rpartition),
    ("rsplit", str_rsplit), ("rstrip", str_rstrip), ("split", str_split),
    ("splitlines", str_splitlines), ("startswith", str_startswith), ("strip", str_strip),
    ("swapcase", str_swapcase), ("title", str_title), ("translate", str_translate),
    ("upper", str_upper), ("zfill", str_zfill), ("__len__", str_len), ("__getitem__", str_getitem),
    ("__contains__", str_contains), ("__add__", str_add), ("__mul__", str_mul),
    ("__rmul__", str_rmul), ("__mod__", str_mod), ("__rmod__", str_rmod), ("__eq__", str_eq), ("__ne__", str_ne),
    ("__lt__", str_lt), ("__le__", str_le), ("__gt__", str_gt), ("__ge__", str_ge),
    ("__iter__", str_iter), ("__repr__", str_repr), ("__str__", str_str),
    ("__format__", str_format_dunder),
];

/// Methods that call a shared implementation with fixed extra arguments.
macro_rules! forward {
    ($($name:ident => $imp:ident($($arg:expr),*);)*) => {$(
        fn $name(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
            $imp(vm, slf, args, $($arg),*)
        }
    )*};
}

forward! {
    str_find => find("find", false, false);
    str_rfind => find("rfind", true, false);
    str_index => find("index", false, true);
    str_rindex => find("rindex", true, true);
    str_startswith => starts_ends("startswith", false);
    str_endswith => starts_ends("endswith", true);
    str_partition => partition("partition", false);
    str_rpartition => partition("rpartition", true);
    str_strip => strip("strip", true, true);
    str_lstrip => strip("lstrip", true, false);
    str_rstrip => strip("rstrip", false, true);
    str_center => justify("center", 1);
    str_ljust => justify("ljust", 0);
    str_rjust => justify("rjust", 2);
    str_isalnum => all_chars("isalnum", |c| ucd::is_alpha(c) || ucd::is_numeric(c));
    str_isalpha => all_chars("isalpha", ucd::is_alpha);
    str_isdecimal => all_chars("isdecimal", |c| ucd::decimal(c).is_some());
    str_isdigit => all_chars("isdigit", ucd::is_digit);
    str_isnumeric => all_chars("isnumeric", ucd::is_numeric);
    str_isspace => all_chars("isspace", ucd::is_space);
    str_islower => one_case("islower", false);
    str_isupper => one_case("isupper", true);
    str_mul => mul("__mul__");
    str_rmul => mul("__rmul__");
    str_eq => compare("__eq__", |o| o.is_eq());
    str_ne => compare("__ne__", |o| o.is_ne());
    str_lt => compare("__lt__", |o| o.is_lt());
    str_le => compare("__le__", |o| o.is_le());
    str_gt => compare("__gt__", |o| o.is_gt());
    str_ge => compare("__ge__", |o| o.is_ge());
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    typeobj::add_methods(vm, &t, METHODS);
    typeobj::add_staticmethods(vm, &t, &[("maketrans", str_maketrans)]);
    // `hash()` hashes a subclass instance by its str value itself when
    // the `__hash__` it finds is this one (module "str").
    let m = PyObject::bare(Payload::MethodDescr(Box::new(Native {
        name: "__hash__",
        module: "str",
        func: str_hash,
        slf: Value::Null,
        doc: "",
        needs_frame: false,
    })));
    typeobj::set_type_attr(vm, &t, "__hash__", Value::Obj(m));
}

// ----- arguments ---------------------------------------------------------------------------

/// A str's text, character count and ASCII-ness.
#[derive(Clone, Copy)]
struct Text<'a> {
    s: &'a str,
    n: usize,
    ascii: bool,
}

impl<'a> Text<'a> {
    fn of(v: &'a Value) -> Option<Text<'a>> {
        match v.payload() {
            Some(Payload::Str(p)) => Some(Text {
                s: p.as_str(),
                n: p.char_len(),
                ascii: p.is_ascii(),
            }),
            _ => None,
        }
    }

    /// Byte offset of character `i` (the end for `i >= n`).
    fn byte(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.s.len())
        } else if i >= self.n {
            self.s.len()
        } else {
            crate::object::char_offset(self.s, i)
        }
    }
}

/// The receiver's text (methods are only bound to str instances).
fn this(v: &Value) -> Text<'_> {
    Text::of(v).unwrap_or(Text {
        s: "",
        n: 0,
        ascii: true,
    })
}

/// The receiver itself when it is an exact str, else an exact copy.
fn unchanged(slf: &Value) -> Value {
    match slf {
        Value::Obj(o) if o.class.is_none() => slf.clone(),
        _ => Value::str(this(slf).s),
    }
}

/// An empty String able to hold `bytes` bytes, or MemoryError.
fn alloc(vm: &mut Vm, bytes: Option<usize>) -> PyResult<String> {
    let bytes = bytes
        .filter(|&b| b <= MAX_STR_BYTES)
        .ok_or_else(|| vm.memory_error())?;
    let mut s = String::new();
    s.try_reserve(bytes).map_err(|_| vm.memory_error())?;
    Ok(s)
}

fn kw_error(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// METH_NOARGS: "str.upper() takes no arguments (1 given)".
fn noargs(vm: &mut Vm, name: &str, args: &Args) -> PyResult<()> {
    kw_error(vm, name, args)?;
    match args.positional().len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("str.{name}() takes no arguments ({n} given)"))),
    }
}

/// METH_O: "str.join() takes exactly one argument (0 given)".
pub(super) fn onearg<'a>(vm: &mut Vm, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    kw_error(vm, name, args)?;
    match args.positional() {
        [x] => Ok(x),
        p => Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

/// Positional-only clinic: "center expected at least 1 argument, got 0".
fn posargs<'a>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    kw_error(vm, name, args)?;
    range(vm, name, args, min, max)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// METH_VARARGS ("O|OO:find"): "find() takes at least 1 argument (0 given)".
fn varargs<'a>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    kw_error(vm, name, args)?;
    let p = args.positional();
    if p.len() < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({} given)",
            plural(min),
            p.len()
        )));
    }
    if p.len() > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({} given)",
            plural(max),
            p.len()
        )));
    }
    Ok(p)
}

/// Clinic with keywords (all optional): CPython 3.12's messages.
fn kwargs<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let p = args.positional();
    let total = p.len() + args.kwnames.len();
    if total > N {
        let kw = if p.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} {kw}argument{} ({total} given)",
            plural(N)
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| p.get(i).cloned());
    if let Some(i) = (0..p.len()).find(|&i| args.keywords().any(|(k, _)| k == names[i])) {
        let msg = format!(
            "argument for {name}() given by name ('{}') and position ({})",
            names[i],
            i + 1
        );
        return Err(vm.type_error(msg));
    }
    for (k, v) in args.keywords() {
        match names.iter().position(|n| *n == k) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    Ok(out)
}

/// A str argument, or TypeError "{what}, not {type}".
fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<Text<'a>> {
    Text::of(v).ok_or_else(|| not_str(vm, v, what))
}

/// The TypeError for `v` where a str was wanted: "{what}, not {type}".
fn not_str(vm: &mut Vm, v: &Value, what: &str) -> crate::PyErr {
    let tn = vm.type_name(v);
    vm.type_error(format!("{what}, not {tn}"))
}

/// A `Py_ssize_t` argument (through `__index__`).
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    vm.index(v)
}

/// A slice bound of find/count/startswith (`_PyEval_SliceIndex`): None is
/// the default, huge ints clamp.
fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if let Some(Payload::BigInt(b)) = v.payload() {
                return Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                }));
            }
            match vm.index(v) {
                Ok(i) => Ok(Some(i)),
                Err(e) if vm.err_is(&e, "TypeError") => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
                Err(e) => Err(e),
            }
        }
    }
}

/// CPython's ADJUST_INDICES: start may end up past `len` or past `end`.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The (start, end) slice of find-like methods, from `args[1..3]`.
fn bounds(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<(i64, i64)> {
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    Ok(adjust(start, end, len))
}

// ----- searching ---------------------------------------------------------------------------

/// Evaluate `$body` with `$p` the pattern to search for `$pat` (a `&str`)
/// with: a one-byte ASCII pattern as its `char`, which `str`'s searcher
/// finds with `memchr` (the general substring searcher is several times
/// slower at a single byte: `split("|")`, `find(",")`); anything else as
/// the `&str`.
macro_rules! with_pattern {
    ($pat:expr, |$p:ident| $body:expr) => {{
        let pat: &str = $pat;
        match pat.as_bytes() {
            [b] if b.is_ascii() => {
                let $p = *b as char;
                $body
            }
            _ => {
                let $p = pat;
                $body
            }
        }
    }};
}

/// `find`/`rfind` core: the character index of `sub` in `hay[start:end]`.
fn find_in(hay: Text, sub: Text, (start, end): (i64, i64), reverse: bool) -> Option<usize> {
    if end - start < sub.n as i64 {
        return None;
    }
    let (bs, be) = (hay.byte(start as usize), hay.byte(end as usize));
    let region = &hay.s[bs..be];
    let found = with_pattern!(sub.s, |p| if reverse {
        region.rfind(p)
    } else {
        region.find(p)
    })?;
    Some(
        start as usize
            + if hay.ascii {
                found
            } else {
                region[..found].chars().count()
            },
    )
}

/// find/rfind (-1 when absent) and index/rindex (ValueError when absent).
fn find(
    vm: &mut Vm,
    slf: &Value,
    args: Args,
    name: &str,
    reverse: bool,
    raise: bool,
) -> PyResult<Value> {
    let a = varargs(vm, name, &args, 1, 3)?;
    let hay = this(slf);
    let se = bounds(vm, a, hay.n)?;
    let sub = str_arg(vm, &a[0], "must be str")?;
    match find_in(hay, sub, se, reverse) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_count(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = varargs(vm, "count", &args, 1, 3)?;
    let hay = this(slf);
    let (start, end) = bounds(vm, a, hay.n)?;
    let sub = str_arg(vm, &a[0], "must be str")?;
    if end - start < sub.n as i64 {
        return Ok(Value::Int(0));
    }
    if sub.n == 0 {
        return Ok(Value::Int(end - start + 1));
    }
    let region = &hay.s[hay.byte(start as usize)..hay.byte(end as usize)];
    Ok(Value::Int(
        with_pattern!(sub.s, |p| region.matches(p).count()) as i64,
    ))
}

/// CPython's `tailmatch`: does `sub` start (or end) `hay[start:end]`?
fn tailmatch(hay: Text, sub: Text, (start, end): (i64, i64), at_end: bool) -> bool {
    let end = end - sub.n as i64;
    if end < start {
        return false;
    }
    if sub.n == 0 {
        return true;
    }
    let from = if at_end { end } else { start } as usize;
    let b = hay.byte(from);
    let bytes = &hay.s.as_bytes()[b..];
    bytes.len() >= sub.s.len() && &bytes[..sub.s.len()] == sub.s.as_bytes()
}

fn starts_ends(vm: &mut Vm, slf: &Value, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let a = varargs(vm, name, &args, 1, 3)?;
    let hay = this(slf);
    let se = bounds(vm, a, hay.n)?;
    if let Some(Payload::Tuple(items)) = a[0].payload() {
        for it in items.iter() {
            let Some(sub) = Text::of(it) else {
                let what = format!("tuple for {name} must only contain str");
                return Err(not_str(vm, it, &what));
            };
            if tailmatch(hay, sub, se, at_end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let Some(sub) = Text::of(&a[0]) else {
        let what = format!("{name} first arg must be str or a tuple of str");
        return Err(not_str(vm, &a[0], &what));
    };
    Ok(Value::Bool(tailmatch(hay, sub, se, at_end)))
}

fn partition(vm: &mut Vm, slf: &Value, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let sep = onearg(vm, name, &args)?;
    let s = this(slf).s;
    let sep_t = str_arg(vm, sep, "must be str")?;
    if sep_t.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = with_pattern!(sep_t.s, |p| if reverse { s.rfind(p) } else { s.find(p) });
    let parts = match found {
        // As CPython: the separator and an unsplit receiver are returned as they are.
        Some(i) => vec![
            Value::str(&s[..i]),
            sep.clone(),
            Value::str(&s[i + sep_t.s.len()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), slf.clone()],
        None => vec![slf.clone(), Value::str(""), Value::str("")],
    };
    Ok(vm.new_tuple(parts))
}

fn str_removeprefix(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let p = onearg(vm, "removeprefix", &args)?;
    let p = str_arg(vm, p, "removeprefix() argument must be str")?;
    match this(slf).s.strip_prefix(p.s) {
        Some(rest) if !p.s.is_empty() => Ok(Value::str(rest)),
        _ => Ok(unchanged(slf)),
    }
}

fn str_removesuffix(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let p = onearg(vm, "removesuffix", &args)?;
    let p = str_arg(vm, p, "removesuffix() argument must be str")?;
    match this(slf).s.strip_suffix(p.s) {
        Some(rest) if !p.s.is_empty() => Ok(Value::str(rest)),
        _ => Ok(unchanged(slf)),
    }
}

fn str_replace(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = posargs(vm, "replace", &args, 2, 3)?;
    let old = str_arg(vm, &a[0], "replace() argument 1 must be str")?;
    let new = str_arg(vm, &a[1], "replace() argument 2 must be str")?;
    let count = match a.get(2) {
        Some(c) => ssize(vm, c)?,
        None => -1,
    };
    let t = this(slf);
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let found = if old.s.is_empty() {
        t.n + 1
    } else {
        with_pattern!(old.s, |p| t.s.matches(p).take(limit).count())
    };
    let n = found.min(limit);
    if n == 0 {
        return Ok(unchanged(slf));
    }
    let size = n
        .checked_mul(new.s.len())
        .and_then(|g| (t.s.len() - n * old.s.len()).checked_add(g));
    let mut out = alloc(vm, size)?;
    with_pattern!(old.s, |p| {
        let mut last = 0;
        for (i, _) in t.s.match_indices(p).take(n) {
            out.push_str(&t.s[last..i]);
            out.push_str(new.s);
            last = i + old.s.len();
        }
        out.push_str(&t.s[last..]);
    });
    Ok(Value::str(out))
}

// ----- splitting and joining ---------------------------------------------------------------

fn split_args(vm: &mut Vm, name: &str, args: Args) -> PyResult<(Option<Value>, usize)> {
    let [sep, maxsplit] = kwargs(vm, name, &args, ["sep", "maxsplit"])?;
    let sep = match sep {
        Some(Value::None) | None => None,
        Some(s) if s.as_str().is_some() => Some(s),
        Some(s) => {
            let tn = vm.type_name(&s);
            return Err(vm.type_error(format!("must be str or None, not {tn}")));
        }
    };
    let max = match maxsplit {
        Some(m) => ssize(vm, &m)?,
        None => -1,
    };
    if sep.as_ref().and_then(|s| s.as_str()) == Some("") {
        return Err(vm.value_error("empty separator"));
    }
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

/// Whitespace split as CPython's `split_whitespace`: (byte start, byte end) pieces.
fn split_ws(s: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut left = max;
    loop {
        while it.next_if(|&(_, c)| ucd::is_space(c)).is_some() {}
        let Some(&(j, _)) = it.peek() else { break };
        if left == 0 {
            out.push((j, s.len()));
            break;
        }
        left -= 1;
        while it.next_if(|&(_, c)| !ucd::is_space(c)).is_some() {}
        out.push((j, it.peek().map_or(s.len(), |&(i, _)| i)));
    }
    out
}

/// Whitespace rsplit as CPython's `rsplit_whitespace`, pieces in reverse.
fn rsplit_ws(s: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = s.char_indices().rev().peekable();
    let mut left = max;
    loop {
        while it.next_if(|&(_, c)| ucd::is_space(c)).is_some() {}
        let Some(&(i, c)) = it.peek() else { break };
        let end = i + c.len_utf8();
        if left == 0 {
            out.push((0, end));
            break;
        }
        left -= 1;
        while it.next_if(|&(_, c)| !ucd::is_space(c)).is_some() {}
        out.push((it.peek().map_or(0, |&(i, c)| i + c.len_utf8()), end));
    }
    out.reverse();
    out
}

/// A split into at least this many pieces shares one str among equal
/// short pieces (see [`pieces_list`]).
const SHARED_PIECES_FROM: usize = 32;
/// At most this many slots in the table of shared pieces.
const SHARED_SLOTS_MAX: usize = 1 << 16;

/// The list of the pieces `s[a..b]` of `slf`. In a long split, equal short
/// pieces are one str object: a table indexed by the text's hash holds the
/// last piece made for each slot, and a piece equal to it is that object
/// again. Splitting text of many words from a small vocabulary (a log, a
/// document) then costs one object per distinct word, not per word; the
/// hash computed for the table stays in the str, for the dict or set the
/// words go to next. (Which equal strs are one object is the
/// implementation's choice in Python, as CPython's own interning shows.)
fn pieces_list(vm: &mut Vm, slf: &Value, s: &str, pieces: Vec<(usize, usize)>) -> Value {
    let slots = if pieces.len() >= SHARED_PIECES_FROM {
        (pieces.len() / 8).next_power_of_two().min(SHARED_SLOTS_MAX)
    } else {
        0
    };
    let mut shared: Vec<Option<crate::object::PyRef>> = vec![None; slots];
    let items = pieces
        .into_iter()
        .map(|(a, b)| {
            let t = &s[a..b];
            if a == 0 && b == s.len() {
                return unchanged(slf);
            }
            if slots == 0 || t.len() > crate::object::INLINE_CAPACITY {
                return Value::str(t);
            }
            let h = crate::ops::hash_str(t);
            let slot = &mut shared[h as usize & (slots - 1)];
            if let Some(o) = slot {
                if matches!(&o.payload, Payload::Str(p) if p.as_str() == t) {
                    return Value::Obj(o.clone());
                }
            }
            let o = PyObject::new_short_str(t);
            if let Payload::Str(p) = &o.payload {
                p.set_hash(h);
            }
            *slot = Some(o.clone());
            Value::Obj(o)
        })
        .collect();
    vm.new_list(items)
}

fn str_split(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(vm, "split", args)?;
    let s = this(slf).s;
    let pieces = match sep.as_ref().and_then(|v| v.as_str()) {
        None => split_ws(s, max),
        Some(sep) => {
            let mut out = Vec::new();
            let mut start = 0;
            with_pattern!(sep, |p| for (i, _) in s.match_indices(p).take(max) {
                out.push((start, i));
                start = i + sep.len();
            });
            out.push((start, s.len()));
            out
        }
    };
    Ok(pieces_list(vm, slf, s, pieces))
}

fn str_rsplit(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(vm, "rsplit", args)?;
    let s = this(slf).s;
    let pieces = match sep.as_ref().and_then(|v| v.as_str()) {
        None => rsplit_ws(s, max),
        Some(sep) => {
            let mut out = Vec::new();
            let mut end = s.len();
            with_pattern!(sep, |p| for (i, _) in s.rmatch_indices(p).take(max) {
                out.push((i + sep.len(), end));
                end = i;
            });
            out.push((0, end));
            out.reverse();
            out
        }
    };
    Ok(pieces_list(vm, slf, s, pieces))
}

/// The line boundaries of `str.splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let [keepends] = kwargs(vm, "splitlines", &args, ["keepends"])?;
    let keep = match keepends {
        Some(k) => vm.is_true(&k)?,
        None => false,
    };
    let s = this(slf).s;
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && it.next_if(|&(_, d)| d == '\n').is_some() {
            next += 1;
        }
        pieces.push((start, if keep { next } else { i }));
        start = next;
    }
    if start < s.len() {
        pieces.push((start, s.len()));
    }
    Ok(pieces_list(vm, slf, s, pieces))
}

fn str_join(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let it = onearg(vm, "join", &args)?;
    let exact = it.as_obj().is_some_and(|o| o.class.is_none());
    // An exact list or tuple is read where it is (nothing below runs
    // Python code, so the list cannot change under the borrow).
    let list;
    let collected;
    let items: &[Value] = match it.payload() {
        Some(Payload::List(l)) if exact => {
            list = l.borrow();
            &list
        }
        Some(Payload::Tuple(t)) if exact => t,
        // CPython makes a list of any other iterable first: a generator
        // is drained in one run of its frame.
        Some(Payload::Generator(_)) if super::coroutine::is_plain_generator(it) => {
            collected = vm.collect(it)?;
            &collected
        }
        _ => {
            let iter = match vm.get_iter(it) {
                Ok(i) => i,
                Err(e) if vm.err_is(&e, "TypeError") => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = vm.next(&iter)? {
                v.push(x);
            }
            collected = v;
            &collected
        }
    };
    let sep = this(slf);
    let mut total = sep.s.len().checked_mul(items.len().saturating_sub(1));
    let mut ascii = sep.ascii;
    for (i, x) in items.iter().enumerate() {
        match Text::of(x) {
            Some(t) => {
                total = total.and_then(|n| n.checked_add(t.s.len()));
                ascii &= t.ascii;
            }
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    if let [one] = items {
        return Ok(unchanged(one));
    }
    let total = total
        .filter(|&n| n <= MAX_STR_BYTES)
        .ok_or_else(|| vm.memory_error())?;
    let parts = items.iter().map(|x| x.as_str().unwrap_or(""));
    match PyStr::joined(sep.s, parts, total, ascii) {
        Some(s) => Ok(Value::Obj(PyObject::bare(Payload::Str(s)))),
        None => Err(vm.memory_error()),
    }
}

// ----- stripping and padding ---------------------------------------------------------------

fn strip(
    vm: &mut Vm,
    slf: &Value,
    args: Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let a = posargs(vm, name, &args, 0, 1)?;
    let s = this(slf).s;
    let out = match a.first() {
        None | Some(Value::None) => {
            let s = if left {
                s.trim_start_matches(ucd::is_space)
            } else {
                s
            };
            if right {
                s.trim_end_matches(ucd::is_space)
            } else {
                s
            }
        }
        Some(chars) => {
            let Some(set) = chars.as_str() else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            let pat = |c: char| set.contains(c);
            let s = if left { s.trim_start_matches(pat) } else { s };
            if right {
                s.trim_end_matches(pat)
            } else {
                s
            }
        }
    };
    Ok(if out.len() == this(slf).s.len() {
        unchanged(slf)
    } else {
        Value::str(out)
    })
}

/// `s` with `left` and `right` copies of `fill` around it.
fn padded(vm: &mut Vm, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()));
    let mut out = alloc(vm, size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::str(out))
}

/// center/ljust/rjust: `how` is 0 (left-justify), 1 (center), 2 (right-justify).
fn justify(vm: &mut Vm, slf: &Value, args: Args, name: &str, how: u8) -> PyResult<Value> {
    let a = posargs(vm, name, &args, 1, 2)?;
    let width = ssize(vm, &a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(f) => match Text::of(f) {
            Some(t) if t.n == 1 => t.s.chars().next().unwrap_or(' '),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {tn}"
                )));
            }
        },
    };
    let t = this(slf);
    if width <= t.n as i64 {
        return Ok(unchanged(slf));
    }
    let marg = (width - t.n as i64) as usize;
    let left = match how {
        0 => 0,
        1 => marg / 2 + (marg & width as usize & 1),
        _ => marg,
    };
    padded(vm, t.s, left, marg - left, fill)
}

fn str_zfill(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let w = onearg(vm, "zfill", &args)?;
    let width = ssize(vm, w)?;
    let t = this(slf);
    if width <= t.n as i64 {
        return Ok(unchanged(slf));
    }
    let fill = (width - t.n as i64) as usize;
    let (sign, rest) = match t.s.as_bytes().first() {
        Some(b'+' | b'-') => t.s.split_at(1),
        _ => ("", t.s),
    };
    let mut out = alloc(vm, fill.checked_add(t.s.len()))?;
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::str(out))
}

fn str_expandtabs(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let [tabsize] = kwargs(vm, "expandtabs", &args, ["tabsize"])?;
    let tab = match tabsize {
        Some(v) => {
            let n = match v.payload() {
                Some(Payload::BigInt(_)) => None,
                _ => Some(vm.index(&v)?),
            };
            match n.and_then(|n| i32::try_from(n).ok()) {
                Some(n) => n as i64,
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
        None => 8,
    };
    let s = this(slf).s;
    if !s.contains('\t') {
        return Ok(unchanged(slf));
    }
    // First pass: the size, as CPython computes it.
    let (mut size, mut col) = (0usize, 0i64);
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                size = size.saturating_add(incr as usize);
            }
        } else {
            col += 1;
            size = size.saturating_add(c.len_utf8());
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    if size > isize::MAX as usize {
        return Err(vm.overflow_error("new string is too long"));
    }
    let mut out = alloc(vm, Some(size))?;
    col = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Value::str(out))
}

// ----- case mapping ------------------------------------------------------------------------

/// Maps every character of the receiver (an ASCII mapping for ASCII text).
fn map_chars(
    slf: &Value,
    ascii: fn(&str) -> String,
    f: impl Fn(&ucd::Lower, usize, char, &mut String),
) -> Value {
    let t = this(slf);
    if t.ascii {
        return Value::str(ascii(t.s));
    }
    let lw = ucd::Lower::new(t.s);
    let mut out = String::with_capacity(t.s.len());
    for (i, c) in t.s.char_indices() {
        f(&lw, i, c, &mut out);
    }
    Value::str(out)
}

fn str_lower(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "lower", &args)?;
    Ok(map_chars(slf, str::to_ascii_lowercase, |lw, i, c, out| {
        lw.push(i, c, out)
    }))
}

fn str_upper(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "upper", &args)?;
    Ok(map_chars(slf, str::to_ascii_uppercase, |_, _, c, out| {
        ucd::push_upper(c, out)
    }))
}

fn str_casefold(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "casefold", &args)?;
    Ok(map_chars(slf, str::to_ascii_lowercase, |_, _, c, out| {
        ucd::push_casefold(c, out)
    }))
}

fn str_swapcase(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "swapcase", &args)?;
    let ascii = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    };
    Ok(map_chars(slf, ascii, |lw, i, c, out| {
        if ucd::is_upper(c) {
            lw.push(i, c, out)
        } else if ucd::is_lower(c) {
            ucd::push_upper(c, out)
        } else {
            out.push(c)
        }
    }))
}

fn ascii_title(s: &str) -> String {
    let mut prev = false;
    s.chars()
        .map(|c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn str_title(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "title", &args)?;
    let prev = std::cell::Cell::new(false);
    Ok(map_chars(slf, ascii_title, |lw, i, c, out| {
        if prev.get() {
            lw.push(i, c, out)
        } else {
            ucd::push_title(c, out)
        }
        prev.set(ucd::is_cased(c));
    }))
}

fn str_capitalize(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "capitalize", &args)?;
    let ascii = |s: &str| {
        let mut out = s.to_ascii_lowercase();
        out[..s.len().min(1)].make_ascii_uppercase();
        out
    };
    Ok(map_chars(slf, ascii, |lw, i, c, out| {
        if i == 0 {
            ucd::push_title(c, out)
        } else {
            lw.push(i, c, out)
        }
    }))
}

// ----- predicates --------------------------------------------------------------------------

/// A predicate true when every character passes and there is at least one.
fn all_chars(
    vm: &mut Vm,
    slf: &Value,
    args: Args,
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    noargs(vm, name, &args)?;
    let s = this(slf).s;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn str_isascii(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "isascii", &args)?;
    Ok(Value::Bool(this(slf).ascii))
}

fn str_isprintable(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "isprintable", &args)?;
    Ok(Value::Bool(this(slf).s.chars().all(is_printable)))
}

fn str_isidentifier(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "isidentifier", &args)?;
    let mut it = this(slf).s.chars();
    let ok = it.next().is_some_and(ucd::is_xid_start) && it.all(ucd::is_xid_continue);
    Ok(Value::Bool(ok))
}

/// islower/isupper: no character of the other case (or titlecase), and one cased.
fn one_case(vm: &mut Vm, slf: &Value, args: Args, name: &str, upper: bool) -> PyResult<Value> {
    noargs(vm, name, &args)?;
    let mut cased = false;
    for c in this(slf).s.chars() {
        let (same, other) = if upper {
            (ucd::is_upper(c), ucd::is_lower(c))
        } else {
            (ucd::is_lower(c), ucd::is_upper(c))
        };
        if other || ucd::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= same;
    }
    Ok(Value::Bool(cased))
}

fn str_istitle(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    noargs(vm, "istitle", &args)?;
    let (mut cased, mut prev) = (false, false);
    for c in this(slf).s.chars() {
        if ucd::is_upper(c) || ucd::is_title(c) {
            if prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else if ucd::is_lower(c) {
            if !prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ----- translate ---------------------------------------------------------------------------

fn str_maketrans(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = posargs(vm, "maketrans", &args, 1, 3)?;
    let y = match a.get(1) {
        Some(y) => Some(str_arg(vm, y, "maketrans() argument 2 must be str")?),
        None => None,
    };
    let z = match a.get(2) {
        Some(z) => Some(str_arg(vm, z, "maketrans() argument 3 must be str")?),
        None => None,
    };
    let out = vm.new_dict();
    let d = typeobj::dict_of(&out);
    let ord = |c: char| Value::Int(c as i64);
    match y {
        Some(y) => {
            let Some(x) = Text::of(&a[0]) else {
                return Err(vm.type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            if x.n != y.n {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (p, q) in x.s.chars().zip(y.s.chars()) {
                d.set(vm, ord(p), ord(q))?;
            }
            for c in z.map_or("", |z| z.s).chars() {
                d.set(vm, ord(c), Value::None)?;
            }
        }
        None => {
            let Some(Payload::Dict(src)) = a[0].payload() else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for (k, v) in src.items() {
                let key =
                    match (&k, Text::of(&k)) {
                        (_, Some(t)) if t.n == 1 => ord(t.s.chars().next().unwrap_or('\0')),
                        (_, Some(_)) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        (Value::Int(_) | Value::Bool(_), _) => k.clone(),
                        (Value::Obj(o), _) if matches!(o.payload, Payload::BigInt(_)) => k.clone(),
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                d.set(vm, key, v)?;
            }
        }
    }
    Ok(Value::Obj(out))
}

fn str_translate(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let table = onearg(vm, "translate", &args)?;
    let s = this(slf).s;
    let mut cache: HashMap<char, Option<String>> = HashMap::new();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(r) = cache.get(&c) {
            out.push_str(r.as_deref().unwrap_or(""));
            continue;
        }
        let r = match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => translation(vm, &v)?,
            Err(e) if vm.err_is(&e, "LookupError") => Some(c.to_string()),
            Err(e) => return Err(e),
        };
        out.push_str(r.as_deref().unwrap_or(""));
        if out.len() > MAX_STR_BYTES {
            return Err(vm.memory_error());
        }
        cache.insert(c, r);
    }
    Ok(Value::str(out))
}

/// What a translate table entry stands for: None deletes.
fn translation(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let code = match v {
        Value::None => return Ok(None),
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => match v.payload() {
            Some(Payload::Str(p)) => return Ok(Some(p.as_str().to_string())),
            Some(Payload::BigInt(_)) => None,
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        },
    };
    match code
        .and_then(|i| u32::try_from(i).ok())
        .filter(|&i| i < 0x110000)
    {
        Some(i) => Ok(Some(char::from_u32(i).unwrap_or('\u{fffd}').to_string())),
        None => Err(vm.value_error("character mapping must be in range(0x110000)")),
    }
}

// ----- encode ------------------------------------------------------------------------------

fn str_encode(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let [encoding, errors] = kwargs(vm, "encode", &args, ["encoding", "errors"])?;
    for (v, name) in [(&encoding, "encoding"), (&errors, "errors")] {
        if let Some(v) = v.as_ref().filter(|v| v.as_str().is_none()) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("encode() argument '{name}' must be str, not {tn}")));
        }
    }
    let b = encode(vm, this(slf).s, encoding.as_ref(), errors.as_ref())?;
    Ok(Value::Obj(PyObject::bare(Payload::Bytes(
        b.into_boxed_slice(),
    ))))
}

/// `str.encode(encoding, errors)` as bytes: UTF-8, ASCII, Latin-1, UTF-16
/// and UTF-32 (with CPython's aliases) and the standard error handlers.
pub fn encode(
    vm: &mut Vm,
    s: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let name = encoding.and_then(|e| e.as_str()).unwrap_or("utf-8");
    let errors = errors.and_then(|e| e.as_str()).unwrap_or("strict");
    let norm = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    let wide = |bom: bool, width: u8, big: bool| -> Vec<u8> {
        let mut out = Vec::new();
        let mut put = |u: u32| match (width, big) {
            (2, false) => out.extend_from_slice(&(u as u16).to_le_bytes()),
            (2, true) => out.extend_from_slice(&(u as u16).to_be_bytes()),
            (_, false) => out.extend_from_slice(&u.to_le_bytes()),
            (_, true) => out.extend_from_slice(&u.to_be_bytes()),
        };
        if bom {
            put(0xfeff);
        }
        for c in s.chars() {
            if width == 2 {
                let mut buf = [0u16; 2];
                c.encode_utf16(&mut buf).iter().for_each(|&u| put(u as u32));
            } else {
                put(c as u32);
            }
        }
        out
    };
    let (codec, limit) = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => {
            return Ok(s.as_bytes().to_vec())
        }
        "utf_8_sig" | "utf8_sig" => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        "utf_16" | "utf16" | "u16" => return Ok(wide(true, 2, false)),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => return Ok(wide(false, 2, false)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => return Ok(wide(false, 2, true)),
        "utf_32" | "utf32" | "u32" => return Ok(wide(true, 4, false)),
        "utf_32_le" | "utf_32le" => return Ok(wide(false, 4, false)),
        "utf_32_be" | "utf_32be" => return Ok(wide(false, 4, true)),
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "iso_646.irv:1991" => ("ascii", 0x80),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1:1987" => ("latin-1", 0x100),
        "cp1252" | "windows_1252" | "1252" => ("charmap", 0),
        _ => {
            let out = super::bytes::registry_codec(vm, name, Value::str(s), errors, true)?;
            return Ok(match out.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                _ => Vec::new(),
            });
        }
    };
    // The byte of a character, None when the codec has none for it.
    let byte_of = |c: char| -> Option<u8> {
        let n = c as u32;
        if limit == 0 {
            return super::bytes::cp1252_byte(c);
        }
        (n < limit).then_some(n as u8)
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte_of(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| byte_of(c).is_none())
            .count();
        for &c in &chars[i..end] {
            match errors {
                "ignore" => {}
                "replace" => out.push(b'?'),
                "backslashreplace" => out.extend_from_slice(escape(c).as_bytes()),
                "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
                "strict" | "surrogateescape" | "surrogatepass" => {
                    return Err(crate::exc::unicode_error(
                        vm,
                        "UnicodeEncodeError",
                        codec,
                        Value::str(s),
                        (i, end),
                        &if limit == 0 {
                            "character maps to <undefined>".to_string()
                        } else {
                            format!("ordinal not in range({limit})")
                        },
                    ));
                }
                other => {
                    return Err(vm.new_error(
                        "LookupError",
                        format!("unknown error handler name '{other}'"),
                    ))
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as backslashreplace writes a character.
fn escape(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

// ----- dunders -----------------------------------------------------------------------------

/// Slot-wrapper arity: "expected 1 argument, got 0".
fn dunder_args<'a>(vm: &mut Vm, name: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let p = args.positional();
    if p.len() != n {
        // CPython's sequence-repeat wrappers print a stray leading space.
        let pad = if name.ends_with("mul__") { " " } else { "" };
        return Err(vm.type_error(format!(
            "{pad}expected {n} argument{}, got {}",
            plural(n),
            p.len()
        )));
    }
    Ok(p)
}

fn str_len(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dunder_args(vm, "__len__", &args, 0)?;
    Ok(Value::Int(this(slf).n as i64))
}

fn str_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let k = &dunder_args(vm, "__getitem__", &args, 1)?[0];
    let plain = unchanged(slf);
    vm.getitem(&plain, k)
}

fn str_contains(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = &dunder_args(vm, "__contains__", &args, 1)?[0];
    let sub = str_arg(vm, x, "'in <string>' requires string as left operand")?;
    Ok(Value::Bool(this(slf).s.contains(sub.s)))
}

fn str_add(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = &dunder_args(vm, "__add__", &args, 1)?[0];
    let Some(other) = x.as_str() else {
        let tn = vm.type_name(x);
        return Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")));
    };
    let s = this(slf).s;
    let mut out = alloc(vm, s.len().checked_add(other.len()))?;
    out.push_str(s);
    out.push_str(other);
    Ok(Value::str(out))
}

/// `__mul__` and `__rmul__` (the operators repeat natively, in arith.rs).
fn mul(vm: &mut Vm, slf: &Value, args: Args, name: &str) -> PyResult<Value> {
    let x = &dunder_args(vm, name, &args, 1)?[0];
    let n = match x {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match x.payload() {
            Some(Payload::BigInt(_)) => match x.to_i64() {
                Some(i) => i,
                None => {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            },
            _ => vm.index(x)?,
        },
    };
    let s = this(slf).s;
    if n <= 0 || s.is_empty() {
        return Ok(Value::str(""));
    }
    if n == 1 {
        return Ok(unchanged(slf));
    }
    let Some(size) = s
        .len()
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize)
    else {
        return Err(vm.overflow_error("repeated string is too long"));
    };
    let mut out = alloc(vm, Some(size))?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(Value::str(out))
}

fn str_mod(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = &dunder_args(vm, "__mod__", &args, 1)?[0];
    let fmt = this(slf).s.to_string();
    vm.percent_format_str(&fmt, x)
}

/// `str.__rmod__(self, other)`: `other % self` when `other` is a str
/// (CPython's `unicode_mod` with the operands swapped), else
/// NotImplemented.
fn str_rmod(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let x = dunder_args(vm, "__rmod__", &args, 1)?[0].clone();
    match x.as_str() {
        Some(fmt) => {
            let fmt = fmt.to_string();
            vm.percent_format_str(&fmt, slf)
        }
        None => Ok(vm.not_implemented.clone()),
    }
}

fn compare(
    vm: &mut Vm,
    slf: &Value,
    args: Args,
    name: &str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let x = &dunder_args(vm, name, &args, 1)?[0];
    match x.as_str() {
        Some(other) => Ok(Value::Bool(f(this(slf).s.cmp(other)))),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn str_hash(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dunder_args(vm, "__hash__", &args, 0)?;
    match slf.payload() {
        Some(Payload::Str(p)) => Ok(Value::Int(p.hash())),
        _ => Ok(Value::Int(0)),
    }
}

fn str_iter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dunder_args(vm, "__iter__", &args, 0)?;
    match slf {
        Value::Obj(o) => Ok(crate::iter::new_iter(crate::object::IterKind::Str {
            s: o.clone(),
            offset: 0,
        })),
        _ => vm.get_iter(slf),
    }
}

fn str_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dunder_args(vm, "__repr__", &args, 0)?;
    Ok(Value::str(crate::repr::str_repr(this(slf).s)))
}

fn str_str(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    dunder_args(vm, "__str__", &args, 0)?;
    Ok(unchanged(slf))
}

fn str_format_dunder(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let spec = &dunder_args(vm, "__format__", &args, 1)?[0];
    if spec.as_str().is_none() {
        let tn = vm.type_name(spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    }
    if spec.as_str() == Some("") && !matches!(slf, Value::Obj(o) if o.class.is_none()) {
        // An empty spec is str(self), which a subclass may define.
        return vm.str(slf);
    }
    let plain = unchanged(slf);
    vm.format(&plain, spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text<'_> {
        Text {
            s,
            n: s.chars().count(),
            ascii: s.is_ascii(),
        }
    }

    #[test]
    fn adjust_indices() {
        assert_eq!(adjust(None, None, 5), (0, 5));
        assert_eq!(adjust(Some(-2), Some(-1), 5), (3, 4));
        assert_eq!(adjust(Some(-9), Some(9), 5), (0, 5));
        assert_eq!(adjust(Some(7), Some(i64::MIN), 5), (7, 0));
    }

    #[test]
    fn find_and_tailmatch_count_characters() {
        let hay = text("héllo wörld");
        assert_eq!(find_in(hay, text("ö"), (0, 11), false), Some(7));
        assert_eq!(find_in(hay, text("l"), (0, 11), true), Some(9));
        assert_eq!(find_in(hay, text("l"), (0, 3), false), Some(2));
        assert_eq!(find_in(hay, text(""), (12, 11), false), None);
        assert!(tailmatch(hay, text("llo"), (2, 5), false));
        assert!(tailmatch(hay, text("wö"), (0, 8), true));
        assert!(!tailmatch(hay, text(""), (12, 11), false));
        assert_eq!(hay.byte(2), 3);
    }

    #[test]
    fn whitespace_splits() {
        let s = "  a b\u{3000}c  ";
        let pieces =
            |v: Vec<(usize, usize)>| v.into_iter().map(|(a, b)| &s[a..b]).collect::<Vec<_>>();
        assert_eq!(pieces(split_ws(s, usize::MAX)), ["a", "b", "c"]);
        assert_eq!(pieces(split_ws(s, 1)), ["a", "b\u{3000}c  "]);
        assert_eq!(pieces(rsplit_ws(s, 1)), ["  a b", "c"]);
        assert_eq!(pieces(rsplit_ws(s, 0)), ["  a b\u{3000}c"]);
        assert!(split_ws(" \x1c\u{85} ", 3).is_empty());
    }

    #[test]
    fn long_splits_share_equal_short_pieces() {
        let mut vm = Vm::new();
        let ids = |v: &Value| -> Vec<usize> {
            match v.payload() {
                Some(Payload::List(l)) => l
                    .borrow()
                    .iter()
                    .map(|x| x.as_obj().unwrap().id())
                    .collect(),
                _ => panic!("not a list"),
            }
        };
        let long = Value::str("ab cd ".repeat(40) + &"x".repeat(30) + " " + &"x".repeat(30));
        let split = |vm: &mut Vm, v: &Value| {
            str_split(
                vm,
                v,
                Args {
                    args: &[],
                    kwnames: &[],
                },
            )
            .unwrap()
        };
        let got = ids(&split(&mut vm, &long));
        assert_eq!(got.len(), 82);
        // Equal short pieces are one object, different ones are not.
        assert!(got[..80].iter().step_by(2).all(|&i| i == got[0]));
        assert!(got[1..80].iter().step_by(2).all(|&i| i == got[1]));
        assert_ne!(got[0], got[1]);
        // Pieces longer than an inline str are not looked up.
        assert_ne!(got[80], got[81]);
        // A short split makes a str per piece, as CPython.
        let short = ids(&split(&mut vm, &Value::str("ab cd ab")));
        assert_ne!(short[0], short[2]);
    }

    #[test]
    fn escapes() {
        assert_eq!(
            (escape('é'), escape('€'), escape('😀')),
            ("\\xe9".into(), "\\u20ac".into(), "\\U0001f600".into())
        );
        assert!(is_linebreak('\u{2029}') && is_linebreak('\x1e') && !is_linebreak('\x1f'));
    }
}
