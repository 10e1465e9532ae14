//! The methods `bytes` and `bytearray` share (searching, splitting,
//! padding, case mapping, translation, hex). Sequence results have the
//! receiver's type: `bytearray(b"a b").split()` gives bytearrays.
//!
//! CPython counterparts: `Objects/bytes_methods.c`, `Objects/stringlib/`
//! (split, partition, find, ctype, transmogrify), `Python/pystrhex.c`.

use super::args::{exact, no_kwargs, range, ArgParser};
use super::bytes::{buffer, buffer_arg, like, new_bytearray, new_bytes, own_bytes};
use crate::object::{Args, NativeFn, Payload};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use num_traits::{Signed, ToPrimitive};

pub fn init(vm: &mut Vm) {
    #[rustfmt::skip]
    let methods: &[(&'static str, NativeFn)] = &[
        ("count", b_count), ("find", b_find), ("rfind", b_rfind), ("index", b_index), ("rindex", b_rindex),
        ("startswith", b_startswith), ("endswith", b_endswith), ("split", b_split), ("rsplit", b_rsplit),
        ("join", b_join), ("replace", b_replace), ("strip", b_strip), ("lstrip", b_lstrip), ("rstrip", b_rstrip),
        ("upper", b_upper), ("lower", b_lower), ("capitalize", b_capitalize), ("title", b_title),
        ("swapcase", b_swapcase), ("isdigit", b_isdigit), ("isalpha", b_isalpha), ("isalnum", b_isalnum),
        ("isspace", b_isspace), ("isupper", b_isupper), ("islower", b_islower), ("istitle", b_istitle),
        ("isascii", b_isascii), ("center", b_center), ("ljust", b_ljust), ("rjust", b_rjust), ("zfill", b_zfill),
        ("partition", b_partition), ("rpartition", b_rpartition), ("splitlines", b_splitlines),
        ("translate", b_translate), ("removeprefix", b_removeprefix), ("removesuffix", b_removesuffix),
        ("expandtabs", b_expandtabs), ("decode", b_decode), ("hex", b_hex), ("__repr__", b_repr),
    ];
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        typeobj::add_methods(vm, &t, methods);
        typeobj::add_classmethods(vm, &t, &[("fromhex", b_fromhex)]);
        typeobj::add_staticmethods(vm, &t, &[("maketrans", b_maketrans)]);
    }
}

// ----- receivers and arguments -------------------------------------------------------------

fn tname(slf: &Value) -> &'static str {
    match slf.payload() {
        Some(Payload::ByteArray(_)) => "bytearray",
        _ => "bytes",
    }
}

/// `bytes.__repr__` / `bytearray.__repr__` (a slot wrapper: no arguments).
fn b_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    // The payload's own repr, not `repr(slf)`: a subclass's `__repr__`
    // calling this one must not come back to itself.
    let text = match slf.payload() {
        Some(Payload::Bytes(b)) => crate::repr::bytes_repr(b, "b"),
        Some(Payload::ByteArray(b)) => {
            let data = crate::repr::bytearray_data_repr(&b.borrow());
            format!("{}({data})", vm.type_name(slf))
        }
        _ => {
            let tn = vm.type_name(slf);
            return Err(vm.type_error(format!(
                "descriptor '__repr__' requires a 'bytes' object but received a '{tn}'"
            )));
        }
    };
    super::set_methods::slot_args(vm, "__repr__", &args, 0)?;
    Ok(Value::str(text))
}

/// The receiver's bytes, or the descriptor TypeError.
fn me(vm: &mut Vm, slf: &Value, name: &str) -> PyResult<Vec<u8>> {
    match own_bytes(slf) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(slf);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// A method without parameters: its receiver's bytes.
fn me0(vm: &mut Vm, slf: &Value, name: &str, a: &Args) -> PyResult<Vec<u8>> {
    let data = me(vm, slf, name)?;
    let n = a.positional().len();
    if a.has_keywords() {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            tname(slf)
        )));
    }
    if n != 0 {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no arguments ({n} given)",
            tname(slf)
        )));
    }
    Ok(data)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// A slice bound of the find family (`None` allowed), clamped to i64.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let ok = v.to_bigint().is_some()
                || typeobj::lookup_str(vm.class_of(v), "__index__").is_some();
            if !ok {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            let b = super::numbers::index_big(vm, v)?;
            Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            })))
        }
    }
}

/// CPython's `ADJUST_INDICES`: `(start, end)` with `end <= len`; `start` may exceed `end`.
fn adjust(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let n = len as i64;
    let fix = |x: i64| {
        if x < 0 {
            (x.saturating_add(n)).max(0)
        } else {
            x
        }
    };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(n)).min(n);
    (s as usize, e as usize)
}

/// First index of `needle` in `hay[start..end]` (absolute), if any.
pub fn find(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    // Scan for the first byte, then compare the rest there.
    let hay = &hay[start..end];
    let (first, rest) = (needle[0], &needle[1..]);
    let last = hay.len() - needle.len();
    let mut i = 0;
    while i <= last {
        i += hay[i..=last].iter().position(|&b| b == first)?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i + start);
        }
        i += 1;
    }
    None
}

/// Last index of `needle` in `hay[start..end]` (absolute), if any.
fn rfind(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    let hay = &hay[start..end];
    let (first, rest) = (needle[0], &needle[1..]);
    let mut stop = hay.len() - needle.len() + 1;
    while stop > 0 {
        let i = hay[..stop].iter().rposition(|&b| b == first)?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i + start);
        }
        stop = i;
    }
    None
}

/// The needle of find/count/index: an int byte or a bytes-like object.
fn needle_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = own_bytes(v) {
        return Ok(b);
    }
    if let Some(r) = super::memoryview::simple_bytes_arg(vm, v) {
        return r;
    }
    let is_int =
        v.to_bigint().is_some() || typeobj::lookup_str(vm.class_of(v), "__index__").is_some();
    if !is_int || matches!(v, Value::Float(_)) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{tn}'"
        )));
    }
    Ok(vec![super::bytes::byte_value(vm, v)?])
}

/// The 1 to 3 positional arguments of the find family ("find() takes at most 3 arguments (4 given)").
fn find_family_args<'a>(vm: &mut Vm, name: &str, a: &Args<'a>) -> PyResult<&'a [Value]> {
    no_kwargs(vm, name, a)?;
    let p = a.positional();
    if p.is_empty() {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if p.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            p.len()
        )));
    }
    Ok(p)
}

fn b_count(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    if with_own(s, |_| ()).is_none() {
        me(vm, s, "count")?;
    }
    let p = find_family_args(vm, "count", &a)?;
    let needle = needle_arg(vm, &p[0])?;
    let st = slice_index(vm, p.get(1))?;
    let en = slice_index(vm, p.get(2))?;
    let n = with_own(s, |data| {
        let (start, end) = adjust(data.len(), st, en);
        if end < start {
            return 0;
        }
        if needle.is_empty() {
            return end - start + 1;
        }
        let (mut n, mut i) = (0, start);
        while let Some(j) = find(data, &needle, i, end) {
            n += 1;
            i = j + needle.len();
        }
        n
    })
    .unwrap_or(0);
    Ok(Value::Int(n as i64))
}

/// Run `f` on the receiver's bytes in place (no copy of a long bytes or
/// bytearray for a search in it).
fn with_own<R>(slf: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match slf.payload() {
        Some(Payload::Bytes(b)) => Some(f(b)),
        Some(Payload::ByteArray(b)) => Some(f(&b.borrow())),
        _ => None,
    }
}

fn find_impl(
    vm: &mut Vm,
    s: &Value,
    a: Args,
    name: &str,
    reverse: bool,
    raise: bool,
) -> PyResult<Value> {
    if with_own(s, |_| ()).is_none() {
        me(vm, s, name)?;
    }
    let p = find_family_args(vm, name, &a)?;
    let needle = needle_arg(vm, &p[0])?;
    let st = slice_index(vm, p.get(1))?;
    let en = slice_index(vm, p.get(2))?;
    let r = with_own(s, |data| {
        let (start, end) = adjust(data.len(), st, en);
        if reverse {
            rfind(data, &needle, start, end)
        } else {
            find(data, &needle, start, end)
        }
    })
    .flatten();
    match r {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn b_find(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    find_impl(vm, s, a, "find", false, false)
}

fn b_rfind(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    find_impl(vm, s, a, "rfind", true, false)
}

fn b_index(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    find_impl(vm, s, a, "index", false, true)
}

fn b_rindex(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    find_impl(vm, s, a, "rindex", true, true)
}

/// startswith/endswith (CPython's `_Py_bytes_tailmatch`).
fn tailmatch(vm: &mut Vm, s: &Value, a: Args, name: &str, end_side: bool) -> PyResult<Value> {
    if with_own(s, |_| ()).is_none() {
        me(vm, s, name)?;
    }
    let p = find_family_args(vm, name, &a)?;
    let st = slice_index(vm, p.get(1))?;
    let en = slice_index(vm, p.get(2))?;
    let subs: Vec<Value> = match p[0].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::MemoryView(_)) => vec![p[0].clone()],
        _ if buffer(&p[0]).is_some() => vec![p[0].clone()],
        _ => {
            let tn = vm.type_name(&p[0]);
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {tn}"
            )));
        }
    };
    for sub in subs {
        let sub = buffer_arg(vm, &sub)?;
        let hit = with_own(s, |data| tail_hit(data, &sub, st, en, end_side));
        if hit == Some(true) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// Whether `sub` is at the start (or end) of `data[st:en]`.
fn tail_hit(data: &[u8], sub: &[u8], st: Option<i64>, en: Option<i64>, end_side: bool) -> bool {
    let len = data.len() as i64;
    {
        let (start, end) = adjust(data.len(), st, en);
        let (mut start, end, slen) = (start as i64, end as i64, sub.len() as i64);
        if end_side {
            if end - start < slen || start > len {
                return false;
            }
            if end - slen > start {
                start = end - slen;
            }
        } else if start > len - slen {
            return false;
        }
        if end - start < slen {
            return false;
        }
        data[start as usize..(start + slen) as usize] == sub[..]
    }
}

fn b_startswith(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    tailmatch(vm, s, a, "startswith", false)
}

fn b_endswith(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    tailmatch(vm, s, a, "endswith", true)
}

// ----- splitting and joining ---------------------------------------------------------------

/// `(data, sep, maxsplit)` of split/rsplit.
fn split_args(
    vm: &mut Vm,
    s: &Value,
    a: Args,
    name: &str,
) -> PyResult<(Vec<u8>, Option<Vec<u8>>, i64)> {
    let data = me(vm, s, name)?;
    let [sep, maxsplit] = ArgParser::new(name).parse(vm, a, ["sep", "maxsplit"])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let b = buffer_arg(vm, &v)?;
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
    };
    let max = match maxsplit {
        None => -1,
        Some(v) => {
            let b = super::numbers::index_big(vm, &v)?;
            b.to_i64()
                .unwrap_or(if b.is_negative() { -1 } else { i64::MAX })
        }
    };
    Ok((data, sep, if max < 0 { i64::MAX } else { max }))
}

fn split_whitespace(data: &[u8], max: i64, reverse: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if !reverse {
        let (mut i, mut n) = (0, 0);
        let len = data.len();
        while i < len {
            while i < len && is_space(data[i]) {
                i += 1;
            }
            if i == len {
                break;
            }
            if n == max {
                out.push(data[i..].to_vec());
                break;
            }
            let j = i;
            while i < len && !is_space(data[i]) {
                i += 1;
            }
            out.push(data[j..i].to_vec());
            n += 1;
        }
    } else {
        let (mut i, mut n) = (data.len(), 0);
        while i > 0 {
            while i > 0 && is_space(data[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if n == max {
                out.push(data[..i].to_vec());
                break;
            }
            let j = i;
            while i > 0 && !is_space(data[i - 1]) {
                i -= 1;
            }
            out.push(data[i..j].to_vec());
            n += 1;
        }
        out.reverse();
    }
    out
}

fn split_sep(data: &[u8], sep: &[u8], max: i64, reverse: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut n = 0;
    if !reverse {
        let mut i = 0;
        while n < max {
            match find(data, sep, i, data.len()) {
                Some(j) => {
                    out.push(data[i..j].to_vec());
                    i = j + sep.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.push(data[i..].to_vec());
    } else {
        let mut end = data.len();
        while n < max {
            match rfind(data, sep, 0, end) {
                Some(j) => {
                    out.push(data[j + sep.len()..end].to_vec());
                    end = j;
                    n += 1;
                }
                None => break,
            }
        }
        out.push(data[..end].to_vec());
        out.reverse();
    }
    out
}

fn split_impl(vm: &mut Vm, s: &Value, a: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (data, sep, max) = split_args(vm, s, a, name)?;
    let parts = match sep {
        None => split_whitespace(&data, max, reverse),
        Some(sep) => split_sep(&data, &sep, max, reverse),
    };
    let items = parts.into_iter().map(|p| like(s, p)).collect();
    Ok(vm.new_list(items))
}

fn b_split(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    split_impl(vm, s, a, "split", false)
}

fn b_rsplit(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    split_impl(vm, s, a, "rsplit", true)
}

fn b_join(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let sep = me(vm, s, "join")?;
    let it = exact(vm, "join", &a, 1)?[0].clone();
    let items = vm.collect(&it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = buffer(x) else {
            let tn = vm.type_name(x);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(s, out))
}

fn b_splitlines(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let data = me(vm, s, "splitlines")?;
    let [keep] = ArgParser::new("splitlines").parse(vm, a, ["keepends"])?;
    let keep = match keep {
        Some(k) => vm.is_true(&k)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut i, len) = (0, data.len());
    while i < len {
        let start = i;
        while i < len && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < len {
            i += if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keep {
                eol = i;
            }
        }
        out.push(like(s, data[start..eol].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn partition_impl(vm: &mut Vm, s: &Value, a: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let data = me(vm, s, name)?;
    let sep_obj = exact(vm, name, &a, 1)?[0].clone();
    // bytearray's copies its separator into a bytearray: any view will do.
    let sep = match super::memoryview::full_bytes(vm, &sep_obj) {
        Some(b) if matches!(s.payload(), Some(Payload::ByteArray(_))) => b?,
        _ => buffer_arg(vm, &sep_obj)?,
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        rfind(&data, &sep, 0, data.len())
    } else {
        find(&data, &sep, 0, data.len())
    };
    let parts = match found {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if reverse => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    let mut items: Vec<Value> = parts.into_iter().map(|p| like(s, p)).collect();
    // bytes gives back the separator object it found (CPython's
    // `stringlib_partition` of `sep->obj`); bytearray a copy.
    if found.is_some() && matches!(s.payload(), Some(Payload::Bytes(_))) {
        items[1] = sep_obj;
    }
    Ok(vm.new_tuple(items))
}

fn b_partition(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    partition_impl(vm, s, a, "partition", false)
}

fn b_rpartition(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    partition_impl(vm, s, a, "rpartition", true)
}

fn b_replace(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let data = me(vm, s, "replace")?;
    no_kwargs(vm, "replace", &a)?;
    let p = range(vm, "replace", &a, 2, 3)?;
    let old = buffer_arg(vm, &p[0])?;
    let new = buffer_arg(vm, &p[1])?;
    let max = match p.get(2) {
        Some(v) => {
            let b = super::numbers::index_big(vm, v)?;
            b.to_i64()
                .unwrap_or(if b.is_negative() { -1 } else { i64::MAX })
        }
        None => -1,
    };
    let mut max = if max < 0 { i64::MAX } else { max };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &c) in data.iter().enumerate() {
            if max > 0 {
                out.extend_from_slice(&new);
                max -= 1;
            }
            out.push(c);
            if i + 1 == data.len() && max > 0 {
                out.extend_from_slice(&new);
            }
        }
        if data.is_empty() && max > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(like(s, out));
    }
    let mut i = 0;
    while max > 0 {
        match find(&data, &old, i, data.len()) {
            Some(j) => {
                out.extend_from_slice(&data[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                max -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(like(s, out))
}

// ----- stripping and padding ---------------------------------------------------------------

fn strip_impl(
    vm: &mut Vm,
    s: &Value,
    a: Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let data = me(vm, s, name)?;
    no_kwargs(vm, name, &a)?;
    let p = range(vm, name, &a, 0, 1)?;
    let chars = match p.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let (mut i, mut j) = (0, data.len());
    if left {
        while i < j && strip(data[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(data[j - 1]) {
            j -= 1;
        }
    }
    Ok(like(s, data[i..j].to_vec()))
}

fn b_strip(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    strip_impl(vm, s, a, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    strip_impl(vm, s, a, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    strip_impl(vm, s, a, "rstrip", false, true)
}

/// A width argument (negative widths pad nothing).
fn width_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let b = super::numbers::index_big(vm, v)?;
    if b.is_negative() {
        return Ok(0);
    }
    match b.to_usize() {
        Some(n) if n <= 1 << 34 => Ok(n),
        _ => Err(vm.memory_error()),
    }
}

/// `(data, width, fill)` for center/ljust/rjust.
fn pad_args(vm: &mut Vm, s: &Value, a: &Args, name: &str) -> PyResult<(Vec<u8>, usize, u8)> {
    let data = me(vm, s, name)?;
    no_kwargs(vm, name, a)?;
    let p = range(vm, name, a, 1, 2)?;
    let width = width_arg(vm, &p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(f) => match own_bytes(f) {
            Some(b)
                if b.len() == 1
                    && matches!(f.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) =>
            {
                b[0]
            }
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    Ok((data, width, fill))
}

fn pad(data: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    out
}

fn b_center(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let (data, width, fill) = pad_args(vm, s, &a, "center")?;
    if width <= data.len() {
        return Ok(like(s, data));
    }
    let marg = width - data.len();
    let left = marg / 2 + (marg & width & 1);
    Ok(like(s, pad(&data, left, marg - left, fill)))
}

fn b_ljust(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let (data, width, fill) = pad_args(vm, s, &a, "ljust")?;
    let extra = width.saturating_sub(data.len());
    Ok(like(s, pad(&data, 0, extra, fill)))
}

fn b_rjust(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let (data, width, fill) = pad_args(vm, s, &a, "rjust")?;
    let extra = width.saturating_sub(data.len());
    Ok(like(s, pad(&data, extra, 0, fill)))
}

fn b_zfill(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let data = me(vm, s, "zfill")?;
    let w = exact(vm, "zfill", &a, 1)?[0].clone();
    let width = width_arg(vm, &w)?;
    if width <= data.len() {
        return Ok(like(s, data));
    }
    let mut out = pad(&data, width - data.len(), 0, b'0');
    let fill = width - data.len();
    if matches!(out.get(fill), Some(b'+' | b'-')) {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok(like(s, out))
}

fn b_expandtabs(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let data = me(vm, s, "expandtabs")?;
    let [tabsize] = ArgParser::new("expandtabs").parse(vm, a, ["tabsize"])?;
    let tab = match tabsize {
        Some(v) => {
            let b = super::numbers::index_big(vm, &v)?;
            b.to_i64()
                .unwrap_or(if b.is_negative() { 0 } else { i64::MAX })
        }
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for &c in &data {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    if out.len() as i64 + n > 1 << 34 {
                        return Err(vm.overflow_error("result too long"));
                    }
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(like(s, out))
}

fn removefix(vm: &mut Vm, s: &Value, a: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let data = me(vm, s, name)?;
    let x = exact(vm, name, &a, 1)?[0].clone();
    let fix = buffer_arg(vm, &x)?;
    let out = if prefix {
        data.strip_prefix(&fix[..]).map(<[u8]>::to_vec)
    } else {
        data.strip_suffix(&fix[..]).map(<[u8]>::to_vec)
    };
    Ok(like(s, out.unwrap_or(data)))
}

fn b_removeprefix(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    removefix(vm, s, a, "removeprefix", true)
}

fn b_removesuffix(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    removefix(vm, s, a, "removesuffix", false)
}

// ----- case and classification -------------------------------------------------------------

fn b_upper(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let d = me0(vm, s, "upper", &a)?;
    Ok(like(s, d.to_ascii_uppercase()))
}

fn b_lower(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let d = me0(vm, s, "lower", &a)?;
    Ok(like(s, d.to_ascii_lowercase()))
}

fn b_swapcase(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let d = me0(vm, s, "swapcase", &a)?;
    let out = d
        .iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect();
    Ok(like(s, out))
}

fn b_capitalize(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let d = me0(vm, s, "capitalize", &a)?;
    let out = d
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(like(s, out))
}

fn b_title(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let d = me0(vm, s, "title", &a)?;
    let mut prev_cased = false;
    let mut out = Vec::with_capacity(d.len());
    for &c in &d {
        let r = if c.is_ascii_alphabetic() {
            if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        } else {
            c
        };
        prev_cased = c.is_ascii_alphabetic();
        out.push(r);
    }
    Ok(like(s, out))
}

fn classify(vm: &mut Vm, s: &Value, a: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let d = me0(vm, s, name, &a)?;
    Ok(Value::Bool(f(&d)))
}

fn b_isdigit(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn b_isalpha(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn b_isalnum(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn b_isspace(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&c| is_space(c))
    })
}

fn b_isupper(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn b_islower(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn b_isascii(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "isascii", <[u8]>::is_ascii)
}

fn b_istitle(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    classify(vm, s, a, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ----- translation, decoding, hex ----------------------------------------------------------

fn b_translate(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let data = me(vm, s, "translate")?;
    let [table, delete] =
        ArgParser::new("translate")
            .posonly(1)
            .required(1)
            .parse(vm, a, ["", "delete"])?;
    let table = match table {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = buffer_arg(vm, &t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(d) => buffer_arg(vm, &d)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(like(s, out))
}

fn b_maketrans(vm: &mut Vm, _s: &Value, a: Args) -> PyResult<Value> {
    let p = exact(vm, "maketrans", &a, 2)?;
    let from = buffer_arg(vm, &p[0])?;
    let to = buffer_arg(vm, &p[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn b_decode(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let data = me(vm, s, "decode")?;
    let [enc, errors] = ArgParser::new("decode").parse(vm, a, ["encoding", "errors"])?;
    for (what, v) in [("encoding", &enc), ("errors", &errors)] {
        if let Some(v) = v.as_ref().filter(|v| v.as_str().is_none()) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("decode() argument '{what}' must be str, not {tn}")));
        }
    }
    let text = super::bytes::decode(vm, &data, enc.as_ref(), errors.as_ref())?;
    Ok(Value::str(text))
}

/// `bytes.hex(sep, bytes_per_sep)` (CPython's `_Py_strhex_impl`).
pub fn hex_string(data: &[u8], sep: Option<char>, per: i64) -> String {
    let hex: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !data.is_empty()) else {
        return hex.concat();
    };
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups are counted from the right.
        let first = data.len() % n;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        groups.extend(hex[first..].chunks(n).map(|c| c.concat()));
    } else {
        groups.extend(hex.chunks(n).map(|c| c.concat()));
    }
    groups.join(&sep.to_string())
}

fn b_hex(vm: &mut Vm, s: &Value, a: Args) -> PyResult<Value> {
    let data = me(vm, s, "hex")?;
    let (sep, per) = hex_args(vm, a)?;
    Ok(Value::str(hex_string(&data, sep, per)))
}

/// The `sep` and `bytes_per_sep` arguments of `hex()` (bytes, bytearray
/// and memoryview).
pub fn hex_args(vm: &mut Vm, a: Args) -> PyResult<(Option<char>, i64)> {
    let [sep, per] = ArgParser::new("hex").parse(vm, a, ["sep", "bytes_per_sep"])?;
    let sep = match sep {
        None => None,
        // CPython's `_Py_strhex_impl`: the length first, then the type.
        Some(v) => {
            if vm.len(&v)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = if let Some(t) = v.as_str() {
                t.chars().next().unwrap_or(' ')
            } else if let Some(Payload::Bytes(b)) = v.payload() {
                char::from(b.first().copied().unwrap_or(b' '))
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if !c.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c)
        }
    };
    let per = match per {
        None => 1,
        Some(v) => {
            let b = super::numbers::index_big(vm, &v)?;
            match b.to_i32() {
                Some(x) => x as i64,
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
    };
    Ok((sep, per))
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace between pairs.
pub fn from_hex(s: &str) -> Result<Vec<u8>, String> {
    let err = |i: usize| format!("non-hexadecimal number found in fromhex() arg at position {i}");
    if let Some(i) = s.chars().position(|c| !c.is_ascii()) {
        return Err(err(i));
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = (b[i] as char).to_digit(16) else {
            return Err(err(i));
        };
        let Some(lo) = b.get(i + 1).and_then(|&c| (c as char).to_digit(16)) else {
            return Err(err(i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn b_fromhex(vm: &mut Vm, cls: &Value, a: Args) -> PyResult<Value> {
    let x = exact(vm, "fromhex", &a, 1)?[0].clone();
    let Some(text) = x.as_str() else {
        let tn = vm.type_name(&x);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let data = from_hex(text).map_err(|m| vm.value_error(m))?;
    let Some(c) = cls.as_obj() else {
        return Ok(new_bytes(data));
    };
    if c.is(&vm.types.bytes) {
        Ok(new_bytes(data))
    } else if c.is(&vm.types.bytearray) {
        Ok(new_bytearray(data))
    } else {
        let base = if typeobj::is_subtype(c, &vm.types.bytearray) {
            new_bytearray(data)
        } else {
            new_bytes(data)
        };
        vm.call(cls, &[base])
    }
}
