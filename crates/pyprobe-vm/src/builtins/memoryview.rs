//! `memoryview`, the buffer protocol's view of bytes objects and
//! bytearrays: construction, the attributes, indexing and slicing
//! (slices share the bytes), item and slice assignment, `cast`, `tobytes`,
//! `tolist`, `hex`, `release` and the context manager, equality, hashing,
//! iteration; and the `__buffer__`/`__release_buffer__` methods (PEP 688)
//! of `bytes`, `bytearray` and `memoryview`.
//!
//! CPython counterpart: `Objects/memoryobject.c` (`memory_subscript`,
//! `memory_ass_sub`, `memory_cast`, `unpack_single`, `pack_single`,
//! `memory_richcompare`, `memory_hash`) and `wrap_buffer`/
//! `wrap_releasebuffer` of `Objects/typeobject.c`.
//!
//! Views are one-dimensional, of the native single-character struct
//! formats (`B b c ? h H i I l L q Q n N f d e P`), over bytes, bytearray
//! and their subclasses (the payload and the export counts are in
//! `object/buffer.rs`). CPython's multi-dimensional shapes, zero-dimensional
//! views and other exporters are not supported: a cast to them raises
//! NotImplementedError. Items are read and written in the machine's byte
//! order with its C sizes, as CPython's native formats are.

use super::args::{exact, ArgParser};
use super::bytes::new_bytes;
use super::set_methods::{descr_error, richcmp_slots, slot_args, wrapper_error};
use crate::object::buffer::exports;
use crate::object::{Args, MemoryViewData, NativeFn, Payload, PyObject, ViewLayout};
use crate::subscript::SliceIdx;
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use num_traits::ToPrimitive;
use pyprobe_bytecode::CmpOp;
use std::cell::RefCell;

const RELEASED: &str = "operation forbidden on released memoryview object";

/// `PyBUF_WRITABLE` and the flags that ask for strides (`PyBUF_STRIDES`)
/// and a format (`PyBUF_FORMAT`), of `__buffer__`'s argument.
const BUF_WRITABLE: i32 = 0x1;
const BUF_FORMAT: i32 = 0x4;
const BUF_ND: i32 = 0x8;
const BUF_STRIDES: i32 = 0x10 | BUF_ND;
const BUF_C_CONTIGUOUS: i32 = 0x20 | BUF_STRIDES;
const BUF_F_CONTIGUOUS: i32 = 0x40 | BUF_STRIDES;
const BUF_ANY_CONTIGUOUS: i32 = 0x80 | BUF_STRIDES;

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    let new = vm.new_native("__new__", "builtins", mv_new);
    typeobj::set_type_attr(
        vm,
        &t,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
    #[rustfmt::skip]
    let methods: &[(&'static str, NativeFn)] = &[
        ("__getitem__", mv_getitem), ("__setitem__", mv_setitem), ("__delitem__", mv_delitem),
        ("__len__", mv_len), ("__iter__", mv_iter), ("__repr__", mv_repr), ("__hash__", mv_hash),
        ("__eq__", mv_eq), ("__ne__", mv_ne), ("__lt__", mv_lt), ("__le__", mv_le),
        ("__gt__", mv_gt), ("__ge__", mv_ge), ("__enter__", mv_enter), ("__exit__", mv_exit),
        ("__buffer__", mv_buffer), ("__release_buffer__", release_buffer),
        ("release", mv_release), ("tobytes", mv_tobytes), ("tolist", mv_tolist), ("hex", mv_hex),
        ("toreadonly", mv_toreadonly), ("cast", mv_cast),
    ];
    typeobj::add_methods(vm, &t, methods);
    typeobj::add_classmethods(vm, &t, &[("_from_flags", mv_from_flags)]);
    typeobj::set_type_attr(
        vm,
        &t,
        "__doc__",
        Value::str("Create a new memoryview object which references the given object."),
    );
    let (bytes, bytearray) = (vm.types.bytes.clone(), vm.types.bytearray.clone());
    typeobj::add_methods(vm, &bytes, &[("__buffer__", bytes_buffer)]);
    typeobj::add_methods(
        vm,
        &bytearray,
        &[
            ("__buffer__", bytes_buffer),
            ("__release_buffer__", release_buffer),
        ],
    );
}

// ----- receivers, errors and making views ---------------------------------------------------------

/// The view of a `memoryview` method's receiver (descriptor check only;
/// the dunders but `__enter__` and `__exit__` are slot wrappers, with
/// their own message).
fn view<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a MemoryViewData> {
    match slf.payload() {
        Some(Payload::MemoryView(m)) => Ok(m),
        _ if name.starts_with("__") && !matches!(name, "__enter__" | "__exit__") => {
            Err(wrapper_error(vm, name, "memoryview", slf))
        }
        _ => Err(descr_error(vm, name, "memoryview", slf)),
    }
}

/// The receiver's view, which must not be released (CPython's
/// `CHECK_RELEASED`).
fn live<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a MemoryViewData> {
    let m = view(vm, slf, name)?;
    check_live(vm, m)?;
    Ok(m)
}

fn check_live(vm: &mut Vm, m: &MemoryViewData) -> PyResult<()> {
    if m.is_released() {
        return Err(vm.value_error(RELEASED));
    }
    Ok(())
}

/// The error of a view whose bytes cannot be read: released (possibly by
/// Python code an argument's conversion ran), or, if the export count
/// were ever bypassed, a base that shrank under it.
fn gone(vm: &mut Vm, m: &MemoryViewData) -> PyErr {
    if m.is_released() {
        vm.value_error(RELEASED)
    } else {
        vm.new_error("BufferError", "memoryview: underlying buffer was resized")
    }
}

/// "memoryview.release() takes no arguments (1 given)" (METH_NOARGS).
fn no_args(vm: &mut Vm, name: &str, a: &Args) -> PyResult<()> {
    exact(vm, &format!("memoryview.{name}"), a, 0).map(|_| ())
}

fn new_view(obj: Value, base: Value, layout: ViewLayout) -> Value {
    Value::Obj(PyObject::bare(Payload::MemoryView(Box::new(
        MemoryViewData::new(obj, base, layout),
    ))))
}

/// Another view with `m`'s exporter and bytes.
fn derived(vm: &mut Vm, m: &MemoryViewData, layout: ViewLayout) -> PyResult<Value> {
    match (m.obj(), m.base()) {
        (Some(obj), Some(base)) => Ok(new_view(obj, base, layout)),
        _ => Err(vm.value_error(RELEASED)),
    }
}

/// The view of `v`'s buffer asked for with `flags` (CPython's
/// `PyMemoryView_FromObjectAndFlags`; `memoryview(v)` asks for a
/// read-only one). A memoryview gives a new view of the same bytes.
fn from_object(vm: &mut Vm, v: &Value, flags: i32) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => {
            check_live(vm, m)?;
            derived(vm, m, m.layout)
        }
        Some(Payload::Bytes(b)) => {
            if flags & BUF_WRITABLE != 0 {
                return Err(vm.new_error("BufferError", "Object is not writable."));
            }
            Ok(new_view(
                v.clone(),
                v.clone(),
                ViewLayout::bytes(b.len(), true),
            ))
        }
        Some(Payload::ByteArray(b)) => {
            let n = b.borrow().len();
            Ok(new_view(v.clone(), v.clone(), ViewLayout::bytes(n, false)))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )))
        }
    }
}

/// `memoryview(object)`.
fn mv_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "memoryview", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let missing =
        |vm: &mut Vm| vm.type_error("memoryview() missing required argument 'object' (pos 1)");
    // CPython's argument parser reports the missing argument before an
    // unknown keyword.
    if rest.positional().is_empty() && !rest.keywords().any(|(k, _)| k == "object") {
        return Err(missing(vm));
    }
    let [obj] = ArgParser::new("memoryview").parse(vm, rest, ["object"])?;
    let Some(obj) = obj else {
        return Err(missing(vm));
    };
    from_object(vm, &obj, 0)
}

/// `memoryview._from_flags(object, flags)`.
fn mv_from_flags(vm: &mut Vm, _cls: &Value, args: Args) -> PyResult<Value> {
    let p = exact(vm, "_from_flags", &args, 2)?;
    let flags = super::index_big(vm, &p[1])?;
    let Some(flags) = flags.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    from_object(vm, &p[0], flags)
}

// ----- the buffer protocol in Python (PEP 688) ----------------------------------------------------

/// The `flags` argument of `__buffer__` (CPython's `wrap_buffer`).
fn buffer_flags(vm: &mut Vm, a: &Args) -> PyResult<i32> {
    if a.has_keywords() {
        return Err(vm.type_error("wrapper __buffer__() takes no keyword arguments"));
    }
    let [flags] = a.positional() else {
        let n = a.positional().len();
        return Err(vm.type_error(format!(" expected 1 argument, got {n}")));
    };
    let flags = super::index_big(vm, flags)?;
    match flags.to_i64() {
        // Flags below INT_MIN are cut to an int, as CPython's downcast does.
        Some(f) if f <= i64::from(i32::MAX) => Ok(f as i32),
        Some(_) => Err(vm.overflow_error("buffer flags too large")),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// `bytes.__buffer__(flags)` and `bytearray.__buffer__(flags)`.
fn bytes_buffer(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    if !matches!(
        slf.payload(),
        Some(Payload::Bytes(_) | Payload::ByteArray(_))
    ) {
        return Err(wrapper_error(vm, "__buffer__", "bytes", slf));
    }
    let flags = buffer_flags(vm, &a)?;
    from_object(vm, slf, flags)
}

/// `memoryview.__buffer__(flags)`: a view whose `obj` is this view, which
/// cannot be released while that view is not (CPython's `memory_getbuf`).
fn mv_buffer(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "__buffer__")?;
    let flags = buffer_flags(vm, &a)?;
    check_live(vm, m)?;
    let l = m.layout;
    let refuse = |vm: &mut Vm, msg: &str| Err(vm.new_error("BufferError", msg.to_string()));
    if flags & BUF_WRITABLE != 0 && l.readonly {
        return refuse(vm, "memoryview: underlying buffer is not writable");
    }
    let contiguous = l.contiguous();
    if flags & BUF_C_CONTIGUOUS == BUF_C_CONTIGUOUS && !contiguous {
        return refuse(vm, "memoryview: underlying buffer is not C-contiguous");
    }
    if flags & BUF_F_CONTIGUOUS == BUF_F_CONTIGUOUS && !contiguous {
        return refuse(
            vm,
            "memoryview: underlying buffer is not Fortran contiguous",
        );
    }
    if flags & BUF_ANY_CONTIGUOUS == BUF_ANY_CONTIGUOUS && !contiguous {
        return refuse(vm, "memoryview: underlying buffer is not contiguous");
    }
    if flags & BUF_STRIDES != BUF_STRIDES && !contiguous {
        return refuse(vm, "memoryview: underlying buffer is not C-contiguous");
    }
    let mut layout = l;
    if flags & BUF_ND == 0 {
        if flags & BUF_FORMAT != 0 {
            return refuse(
                vm,
                "memoryview: cannot cast to unsigned bytes if the format flag is present",
            );
        }
        // Without shape and format the buffer is its bytes.
        layout = ViewLayout {
            start: l.start,
            ..ViewLayout::bytes(l.nbytes(), l.readonly)
        };
    }
    let Some(base) = m.base() else {
        return Err(vm.value_error(RELEASED));
    };
    Ok(new_view(slf.clone(), base, layout))
}

/// `bytearray.__release_buffer__(view)` and
/// `memoryview.__release_buffer__(view)`: release a view of this object
/// (CPython's `wrap_releasebuffer`).
fn release_buffer(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    if !matches!(
        slf.payload(),
        Some(Payload::ByteArray(_) | Payload::MemoryView(_))
    ) {
        return Err(wrapper_error(vm, "__release_buffer__", "bytearray", slf));
    }
    if a.has_keywords() {
        return Err(vm.type_error("wrapper __release_buffer__() takes no keyword arguments"));
    }
    let [arg] = a.positional() else {
        let n = a.positional().len();
        return Err(vm.type_error(format!(" expected 1 argument, got {n}")));
    };
    let Some(Payload::MemoryView(m)) = arg.payload() else {
        return Err(vm.type_error("expected a memoryview object"));
    };
    if slf.as_obj().map(|s| s.id()) != Some(m.obj_id) {
        return Err(vm.value_error("memoryview's buffer is not this object"));
    }
    if m.is_released() {
        return Err(vm.value_error("memoryview's buffer has already been released"));
    }
    release(vm, m)?;
    Ok(Value::None)
}

// ----- bytes-like arguments and resizing -----------------------------------------------------------

/// The bytes of a memoryview argument that a consumer asking for a
/// simple buffer can read: None when `v` is not a memoryview, or is a
/// released or non-contiguous one (CPython's `PyBUF_SIMPLE` request
/// fails; callers give their own "bytes-like" error then).
pub fn simple_bytes(v: &Value) -> Option<Option<Vec<u8>>> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => Some(m.layout.contiguous().then(|| m.to_bytes()).flatten()),
        _ => None,
    }
}

/// The bytes of a memoryview argument for a consumer whose own error is
/// the buffer request's: ValueError for a released view, BufferError for
/// a non-contiguous one. None when `v` is not a memoryview.
pub fn simple_bytes_arg(vm: &mut Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    let Some(Payload::MemoryView(m)) = v.payload() else {
        return None;
    };
    Some(if m.is_released() {
        Err(vm.value_error(RELEASED))
    } else if !m.layout.contiguous() {
        Err(vm.new_error(
            "BufferError",
            "memoryview: underlying buffer is not C-contiguous",
        ))
    } else {
        m.to_bytes().ok_or_else(|| gone(vm, m))
    })
}

/// The items' bytes of any memoryview, in order (`bytes(view)`,
/// `bytearray(view)`: CPython asks for a strided buffer and copies it).
/// None when `v` is not a memoryview.
pub fn full_bytes(vm: &mut Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    let Some(Payload::MemoryView(m)) = v.payload() else {
        return None;
    };
    Some(m.to_bytes().ok_or_else(|| gone(vm, m)))
}

/// Refuse to change the size of a bytearray that has views (CPython's
/// `_canresize`); `v` is the bytearray.
pub fn check_resizable(vm: &mut Vm, v: &Value) -> PyResult<()> {
    match v {
        Value::Obj(o) if exports(o) > 0 => Err(vm.new_error(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        )),
        _ => Ok(()),
    }
}

// ----- items ---------------------------------------------------------------------------------------

/// The size of an item of a native single-character struct format
/// (CPython's `get_native_fmtchar`), None for any other format.
fn native_size(format: u8) -> Option<usize> {
    use std::ffi::{c_int, c_long};
    use std::mem::size_of;
    Some(match format {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' => size_of::<c_int>(),
        b'f' => 4,
        b'l' | b'L' => size_of::<c_long>(),
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' => size_of::<isize>(),
        b'P' => size_of::<usize>(),
        _ => return None,
    })
}

fn is_byte_format(format: u8) -> bool {
    matches!(format, b'b' | b'B' | b'c')
}

/// An unpacked item (CPython's `unpack_single` results).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Item {
    Int(i128),
    Bool(bool),
    Float(f64),
    /// A `c` item: a bytes object of one byte.
    Char(u8),
}

fn unsigned(b: &[u8]) -> u64 {
    if let Ok(a) = <[u8; 8]>::try_from(b) {
        u64::from_ne_bytes(a)
    } else if let Ok(a) = <[u8; 4]>::try_from(b) {
        u64::from(u32::from_ne_bytes(a))
    } else if let Ok(a) = <[u8; 2]>::try_from(b) {
        u64::from(u16::from_ne_bytes(a))
    } else {
        u64::from(b.first().copied().unwrap_or(0))
    }
}

fn signed(b: &[u8]) -> i64 {
    if let Ok(a) = <[u8; 8]>::try_from(b) {
        i64::from_ne_bytes(a)
    } else if let Ok(a) = <[u8; 4]>::try_from(b) {
        i64::from(i32::from_ne_bytes(a))
    } else if let Ok(a) = <[u8; 2]>::try_from(b) {
        i64::from(i16::from_ne_bytes(a))
    } else {
        i64::from(b.first().copied().unwrap_or(0) as i8)
    }
}

/// IEEE 754 half precision to double (CPython's `PyFloat_Unpack2`).
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        0x1f if frac == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        _ => (1024.0 + frac) * 2f64.powi(exp - 25),
    }
}

/// Double to half precision, rounding half to even; None when too large
/// (CPython's `PyFloat_Pack2` raises OverflowError).
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1023;
    if exp < -26 {
        // Below a quarter of the smallest subnormal half (or zero).
        return Some(sign);
    }
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    // Keep 11 significant bits for a normal half, fewer for a subnormal.
    let (mut e, shift) = if exp >= -14 {
        (exp + 15, 42)
    } else {
        (0, 42 + (-14 - exp))
    };
    let mut m = mant >> shift;
    let rem = mant & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if rem > half || (rem == half && m & 1 == 1) {
        m += 1;
    }
    if e > 0 && m == 1 << 11 {
        m >>= 1;
        e += 1;
    }
    if e >= 31 {
        return None;
    }
    // A subnormal rounded up to 0x400 is the smallest normal: its bit 10
    // is the exponent's 1.
    let e = if e > 0 { (e as u16) << 10 } else { 0 };
    Some(sign | e | (m as u16 & if e > 0 { 0x3ff } else { 0x7ff }))
}

fn unpack(format: u8, b: &[u8]) -> Item {
    match format {
        b'c' => Item::Char(b.first().copied().unwrap_or(0)),
        b'?' => Item::Bool(b.iter().any(|&x| x != 0)),
        b'f' => {
            Item::Float(<[u8; 4]>::try_from(b).map_or(0.0, |a| f64::from(f32::from_ne_bytes(a))))
        }
        b'd' => Item::Float(<[u8; 8]>::try_from(b).map_or(0.0, f64::from_ne_bytes)),
        b'e' => Item::Float(half_to_f64(unsigned(b) as u16)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Item::Int(i128::from(signed(b))),
        _ => Item::Int(i128::from(unsigned(b))),
    }
}

fn item_value(item: Item) -> Value {
    match item {
        Item::Int(i) => match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(num_bigint::BigInt::from(i)),
        },
        Item::Bool(b) => Value::Bool(b),
        Item::Float(f) => Value::Float(f),
        Item::Char(c) => new_bytes(vec![c]),
    }
}

/// `==` of two unpacked items, as Python compares the objects.
fn item_eq(a: Item, b: Item) -> bool {
    let int = |x: Item| match x {
        Item::Int(i) => Some(i),
        Item::Bool(b) => Some(i128::from(b)),
        _ => None,
    };
    match (a, b) {
        (Item::Char(x), Item::Char(y)) => x == y,
        (Item::Char(_), _) | (_, Item::Char(_)) => false,
        (Item::Float(x), Item::Float(y)) => x == y,
        (Item::Float(f), other) | (other, Item::Float(f)) => {
            // Exactly, as int == float: integral and in range.
            let i = int(other).unwrap_or(0);
            f.is_finite() && f.fract() == 0.0 && f.abs() < 2f64.powi(126) && f as i128 == i
        }
        _ => int(a) == int(b),
    }
}

/// Item `i` of the view, if it can be read.
fn read_item(m: &MemoryViewData, i: usize) -> Option<Item> {
    let l = m.layout;
    m.with_bytes(|d| Some(unpack(l.format, d.get(l.item_range(i, d.len())?)?)))?
}

/// The next item of a `memory_iterator` over `seq` at `i`: None when
/// done, the error message when the view was released. `Vm::next` calls
/// it, out of its hot path, for any sequence it does not read inline.
#[cold]
#[inline(never)]
pub fn iter_item(vm: &mut Vm, seq: &Value, i: usize) -> PyResult<Option<Value>> {
    let Some(Payload::MemoryView(m)) = seq.payload() else {
        return Ok(None);
    };
    if i >= m.layout.len {
        return Ok(None);
    }
    match read_item(m, i) {
        Some(item) => Ok(Some(item_value(item))),
        None => Err(vm.value_error(RELEASED)),
    }
}

/// The format as CPython reports it in item errors (without `@`).
fn format_char(m: &MemoryViewData) -> char {
    char::from(m.layout.format)
}

fn invalid_type(vm: &mut Vm, f: char) -> PyErr {
    vm.type_error(format!("memoryview: invalid type for format '{f}'"))
}

fn invalid_value(vm: &mut Vm, f: char) -> PyErr {
    vm.value_error(format!("memoryview: invalid value for format '{f}'"))
}

/// CPython's `fix_error_int`: a conversion's TypeError becomes "invalid
/// type", its ValueError or OverflowError "invalid value".
fn fix_error(vm: &mut Vm, e: PyErr, f: char) -> PyErr {
    if vm.err_is(&e, "TypeError") {
        invalid_type(vm, f)
    } else if vm.err_is(&e, "ValueError") || vm.err_is(&e, "OverflowError") {
        invalid_value(vm, f)
    } else {
        e
    }
}

/// The bytes of `v` as an item of `m` (CPython's `pack_single`).
fn pack(vm: &mut Vm, m: &MemoryViewData, v: &Value) -> PyResult<Vec<u8>> {
    let (format, n) = (m.layout.format, m.layout.itemsize);
    let f = format_char(m);
    let out = match format {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b.to_vec(),
            Some(Payload::Bytes(_)) => return Err(invalid_value(vm, f)),
            _ => return Err(invalid_type(vm, f)),
        },
        b'?' => {
            let t = vm.is_true(v).map_err(|e| fix_error(vm, e, f))?;
            vec![u8::from(t)]
        }
        b'f' | b'd' | b'e' => {
            let x = super::float_of(vm, v).map_err(|e| fix_error(vm, e, f))?;
            match format {
                b'f' => (x as f32).to_ne_bytes().to_vec(),
                b'd' => x.to_ne_bytes().to_vec(),
                _ => match f64_to_half(x) {
                    Some(h) => h.to_ne_bytes().to_vec(),
                    None => return Err(invalid_value(vm, f)),
                },
            }
        }
        _ => {
            // `P` takes ints only (`PyLong_AsVoidPtr`), negative ones as
            // their two's complement; the others any `__index__`.
            let x = if format == b'P' {
                match v.to_bigint() {
                    Some(x) => x,
                    None => return Err(invalid_type(vm, f)),
                }
            } else {
                super::index_big(vm, v).map_err(|e| fix_error(vm, e, f))?
            };
            let bits = 8 * n as u32;
            let (lo, hi): (i128, i128) = match format {
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                }
                b'P' => (-(1i128 << (bits - 1)), (1i128 << bits) - 1),
                _ => (0, (1i128 << bits) - 1),
            };
            let x = match x.to_i128() {
                Some(x) if (lo..=hi).contains(&x) => x,
                _ => return Err(invalid_value(vm, f)),
            };
            match n {
                1 => vec![x as u8],
                2 => (x as u16).to_ne_bytes().to_vec(),
                4 => (x as u32).to_ne_bytes().to_vec(),
                _ => (x as u64).to_ne_bytes().to_vec(),
            }
        }
    };
    Ok(out)
}

/// Write `bytes` (one item) as item `i` of the view.
fn write_item(vm: &mut Vm, m: &MemoryViewData, i: usize, bytes: &[u8]) -> PyResult<()> {
    let l = m.layout;
    let done = m.with_bytes_mut(|d| {
        let r = l.item_range(i, d.len())?;
        d.get_mut(r)?.copy_from_slice(bytes);
        Some(())
    });
    match done.flatten() {
        Some(()) => Ok(()),
        None => Err(gone(vm, m)),
    }
}

// ----- indexing ------------------------------------------------------------------------------------

/// Does `k` have `__index__` (CPython's `_PyIndex_Check`)?
fn is_index(vm: &Vm, k: &Value) -> bool {
    k.to_bigint().is_some() || typeobj::lookup_str(vm.class_of(k), "__index__").is_some()
}

/// The item index `k` of `m` (`lookup_dimension`), made non-negative.
fn item_index(vm: &mut Vm, m: &MemoryViewData, k: &Value) -> PyResult<usize> {
    let i = vm.index(k)?;
    let n = m.layout.len as i64;
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// The layout of `m[slice]`: the same bytes, every `step`th item.
fn slice_layout(l: ViewLayout, idx: SliceIdx) -> ViewLayout {
    let first = (idx.start as isize)
        .checked_mul(l.stride)
        .and_then(|o| (l.start as isize).checked_add(o))
        .and_then(|s| usize::try_from(s).ok());
    ViewLayout {
        // An empty slice reads nothing; where it starts does not matter.
        start: first.filter(|_| idx.len > 0).unwrap_or(l.start),
        len: idx.len,
        stride: l.stride.wrapping_mul(idx.step as isize),
        ..l
    }
}

/// `m[k]` for a tuple key: `m[(i,)]` is `m[i]`; other tuples are the
/// multi-dimensional indexing one dimension does not have.
fn tuple_key_error(vm: &mut Vm, items: &[Value], assign: bool) -> Option<PyErr> {
    if items.iter().all(|x| is_index(vm, x)) {
        return match items.len() {
            0 => Some(vm.new_error("NotImplementedError", "sub-views are not implemented")),
            1 => None,
            n => Some(vm.type_error(format!(
                "cannot index 1-dimension view with {n}-element tuple"
            ))),
        };
    }
    if !items.is_empty()
        && items
            .iter()
            .all(|x| matches!(x.payload(), Some(Payload::Slice(_))))
    {
        let msg = if assign {
            "memoryview slice assignments are currently restricted to ndim = 1"
        } else {
            "multi-dimensional slicing is not implemented"
        };
        return Some(vm.new_error("NotImplementedError", msg));
    }
    Some(vm.type_error("memoryview: invalid slice key"))
}

fn mv_getitem(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let k = slot_args(vm, "__getitem__", &a, 1)?[0].clone();
    let m = live(vm, slf, "__getitem__")?;
    let k = match k.payload() {
        Some(Payload::Tuple(t)) => {
            let items = t.to_vec();
            if let Some(e) = tuple_key_error(vm, &items, false) {
                return Err(e);
            }
            items.into_iter().next().unwrap_or(Value::None)
        }
        _ => k,
    };
    if is_index(vm, &k) {
        let i = item_index(vm, m, &k)?;
        return match read_item(m, i) {
            Some(item) => Ok(item_value(item)),
            None => Err(gone(vm, m)),
        };
    }
    if let Some(Payload::Slice(s)) = k.payload() {
        let s = (**s).clone();
        let idx = vm.slice_indices(&s, m.layout.len)?;
        return derived(vm, m, slice_layout(m.layout, idx));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// The buffer assigned to a slice: its format, item size, item count and
/// bytes in order (CPython asks for a strided buffer: any memoryview).
fn source_buffer(vm: &mut Vm, v: &Value) -> PyResult<(u8, usize, usize, Vec<u8>)> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => {
            check_live(vm, m)?;
            let l = m.layout;
            match m.to_bytes() {
                Some(b) => Ok((l.format, l.itemsize, l.len, b)),
                None => Err(gone(vm, m)),
            }
        }
        _ => match super::bytes::own_bytes(v) {
            Some(b) => Ok((b'B', 1, b.len(), b)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
        },
    }
}

fn mv_setitem(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let p = slot_args(vm, "__setitem__", &a, 2)?;
    let (k, v) = (p[0].clone(), p[1].clone());
    let m = live(vm, slf, "__setitem__")?;
    if m.layout.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if let Some(Payload::Slice(s)) = k.payload() {
        let s = (**s).clone();
        let (format, itemsize, n, bytes) = source_buffer(vm, &v)?;
        let idx = vm.slice_indices(&s, m.layout.len)?;
        let dest = slice_layout(m.layout, idx);
        if format != dest.format || itemsize != dest.itemsize || n != dest.len {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        check_live(vm, m)?;
        // The source was copied first, so overlapping views are safe.
        let done = m.with_bytes_mut(|d| {
            for (i, item) in bytes.chunks(itemsize).enumerate() {
                let r = dest.item_range(i, d.len())?;
                d.get_mut(r)?.copy_from_slice(item);
            }
            Some(())
        });
        return match done.flatten() {
            Some(()) => Ok(Value::None),
            None => Err(gone(vm, m)),
        };
    }
    let k = match k.payload() {
        Some(Payload::Tuple(t)) => {
            let items = t.to_vec();
            if let Some(e) = tuple_key_error(vm, &items, true) {
                return Err(e);
            }
            items.into_iter().next().unwrap_or(Value::None)
        }
        _ => k,
    };
    if !is_index(vm, &k) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = item_index(vm, m, &k)?;
    let bytes = pack(vm, m, &v)?;
    // Converting the value may have run Python code that released the view.
    check_live(vm, m)?;
    write_item(vm, m, i, &bytes)?;
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__delitem__", &a, 1)?;
    let m = live(vm, slf, "__delitem__")?;
    if m.layout.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

/// `bool(view)`, for `Vm::is_true`: whether it has items; a released
/// view raises.
#[cold]
#[inline(never)]
pub fn is_true(vm: &mut Vm, slf: &Value) -> PyResult<bool> {
    let m = live(vm, slf, "__len__")?;
    Ok(m.layout.len > 0)
}

fn mv_len(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__len__", &a, 0)?;
    let m = live(vm, slf, "__len__")?;
    Ok(Value::Int(m.layout.len as i64))
}

fn mv_iter(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    slot_args(vm, "__iter__", &a, 0)?;
    live(vm, slf, "__iter__")?;
    Ok(crate::iter::new_iter(crate::object::IterKind::Seq {
        seq: slf.clone(),
        index: 0,
    }))
}

// ----- attributes ------------------------------------------------------------------------------------

/// The names `getset.rs` declares for memoryview.
pub const ATTRIBUTES: [&str; 12] = [
    "obj",
    "nbytes",
    "readonly",
    "itemsize",
    "format",
    "ndim",
    "shape",
    "strides",
    "suboffsets",
    "c_contiguous",
    "f_contiguous",
    "contiguous",
];

/// A view's attribute (`special_attr`); None when `name` is not one.
pub fn attr(vm: &mut Vm, m: &MemoryViewData, name: &str) -> PyResult<Option<Value>> {
    if !ATTRIBUTES.contains(&name) {
        return Ok(None);
    }
    let Some(obj) = m.obj() else {
        return Err(vm.value_error(RELEASED));
    };
    let l = m.layout;
    Ok(Some(match name {
        "obj" => obj,
        "nbytes" => Value::Int(l.nbytes() as i64),
        "readonly" => Value::Bool(l.readonly),
        "itemsize" => Value::Int(l.itemsize as i64),
        "format" => {
            let f = char::from(l.format);
            Value::str(if l.at { format!("@{f}") } else { f.to_string() })
        }
        "ndim" => Value::Int(1),
        "shape" => vm.new_tuple(vec![Value::Int(l.len as i64)]),
        "strides" => vm.new_tuple(vec![Value::Int(l.stride as i64)]),
        "suboffsets" => vm.empty_tuple.clone(),
        _ => Value::Bool(l.contiguous()),
    }))
}

// ----- comparison and hashing ------------------------------------------------------------------------

/// What a comparison reads of one side: format, item size, item count
/// and bytes in order.
type Side = (u8, usize, usize, Vec<u8>);

fn side(v: &Value) -> Option<Result<Side, ()>> {
    match v.payload()? {
        Payload::MemoryView(m) => {
            let l = m.layout;
            Some(
                m.to_bytes()
                    .map(|b| (l.format, l.itemsize, l.len, b))
                    .ok_or(()),
            )
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let b = super::bytes::own_bytes(v)?;
            Some(Ok((b'B', 1, b.len(), b)))
        }
        _ => None,
    }
}

/// `a == b` where either is a memoryview (CPython's `memory_richcompare`):
/// None when the other side has no buffer (NotImplemented). A released
/// view equals only itself; otherwise the shapes must match and the
/// items compare as the objects they unpack to.
fn views_equal(a: &Value, b: &Value) -> Option<bool> {
    let (v, w) = if matches!(a.payload(), Some(Payload::MemoryView(_))) {
        (a, b)
    } else {
        (b, a)
    };
    let Ok(x) = side(v)? else {
        return Some(a.is(b));
    };
    let Ok(y) = side(w)? else {
        return Some(a.is(b));
    };
    let ((fx, sx, nx, bx), (fy, sy, ny, by)) = (x, y);
    if nx != ny {
        return Some(false);
    }
    // Same format without floats: equal bytes are equal items.
    if fx == fy && sx == sy && !matches!(fx, b'f' | b'd' | b'e') {
        return Some(bx == by);
    }
    let xs = bx.chunks(sx.max(1)).map(|c| unpack(fx, c));
    let ys = by.chunks(sy.max(1)).map(|c| unpack(fy, c));
    Some(xs.zip(ys).all(|(p, q)| item_eq(p, q)))
}

/// Rich comparison where `a` or `b` is a memoryview, for `ops.rs`: None
/// when neither side's comparison applies. A bytearray compares its
/// bytes with a contiguous view's (its comparison accepts any simple
/// buffer, and is tried first on its side or reflected); a view compares
/// only for equality.
#[cold]
#[inline(never)]
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let bytes_of = |x: &Value| match x.payload() {
        Some(Payload::ByteArray(_)) => super::bytes::own_bytes(x),
        _ => simple_bytes(x).flatten(),
    };
    let a_array = matches!(a.payload(), Some(Payload::ByteArray(_)));
    let b_array = matches!(b.payload(), Some(Payload::ByteArray(_)));
    let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
    if a_array || (b_array && ordering) {
        if let (Some(x), Some(y)) = (bytes_of(a), bytes_of(b)) {
            return Some(crate::ops::cmp_ord(x.cmp(&y), op));
        }
    }
    if ordering {
        return None;
    }
    let eq = views_equal(a, b)?;
    Some(eq == (op == CmpOp::Eq))
}

fn richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    if !matches!(slf.payload(), Some(Payload::MemoryView(_))) {
        return Err(wrapper_error(vm, op.dunder(), "memoryview", slf));
    }
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if let Some(eq) = views_equal(slf, &other) {
            return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
        }
    }
    Ok(vm.not_implemented.clone())
}

richcmp_slots!(richcompare: mv_eq => Eq, mv_ne => Ne, mv_lt => Lt, mv_le => Le, mv_gt => Gt, mv_ge => Ge);

/// `hash(view)`: only of a read-only view of a byte format, the hash of
/// its bytes (and so of the equal bytes object); the exporter must be
/// hashable. Kept once computed (CPython's `memory_hash`).
#[cold]
#[inline(never)]
pub fn hash(vm: &mut Vm, slf: &Value) -> PyResult<i64> {
    let Some(Payload::MemoryView(m)) = slf.payload() else {
        return Err(wrapper_error(vm, "__hash__", "memoryview", slf));
    };
    if let Some(h) = m.hash.get() {
        return Ok(h);
    }
    check_live(vm, m)?;
    if !m.layout.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.layout.format) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    if let Some(obj) = m.obj() {
        vm.hash(&obj)?;
    }
    let Some(bytes) = m.to_bytes() else {
        return Err(gone(vm, m));
    };
    let h = crate::ops::hash_bytes(&bytes);
    m.hash.set(Some(h));
    Ok(h)
}

fn mv_hash(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    if !matches!(slf.payload(), Some(Payload::MemoryView(_))) {
        return Err(wrapper_error(vm, "__hash__", "memoryview", slf));
    }
    slot_args(vm, "__hash__", &a, 0)?;
    Ok(Value::Int(hash(vm, slf)?))
}

fn mv_repr(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    if !matches!(slf.payload(), Some(Payload::MemoryView(_))) {
        return Err(wrapper_error(vm, "__repr__", "memoryview", slf));
    }
    slot_args(vm, "__repr__", &a, 0)?;
    vm.repr(slf)
}

/// `<memory at 0x...>`, or `<released memory at 0x...>`.
pub fn repr(m: &MemoryViewData, id: usize) -> String {
    let released = if m.is_released() { "released " } else { "" };
    format!("<{released}memory at {id:#x}>")
}

// ----- methods -------------------------------------------------------------------------------------

/// Release `m` (CPython's `_memory_release`): refused while views made
/// by its `__buffer__` are not released.
fn release(vm: &mut Vm, m: &MemoryViewData) -> PyResult<()> {
    let n = m.exports.get();
    if n > 0 && !m.is_released() {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.new_error(
            "BufferError",
            format!("memoryview has {n} exported buffer{s}"),
        ));
    }
    drop(m.release());
    Ok(())
}

fn mv_release(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "release")?;
    no_args(vm, "release", &a)?;
    release(vm, m)?;
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "__enter__")?;
    no_args(vm, "__enter__", &a)?;
    check_live(vm, m)?;
    Ok(slf.clone())
}

/// `__exit__(*args)`: release.
fn mv_exit(vm: &mut Vm, slf: &Value, _a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "__exit__")?;
    release(vm, m)?;
    Ok(Value::None)
}

fn mv_tobytes(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "tobytes")?;
    let [order] = ArgParser::new("tobytes").parse(vm, a, ["order"])?;
    let order = match &order {
        None | Some(Value::None) => None,
        Some(o) => match o.as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                let tn = vm.type_name(o);
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {tn}"
                )));
            }
        },
    };
    check_live(vm, m)?;
    if order.is_some_and(|o| !matches!(o.as_str(), "C" | "F" | "A")) {
        return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
    }
    match m.to_bytes() {
        Some(b) => Ok(new_bytes(b)),
        None => Err(gone(vm, m)),
    }
}

fn mv_tolist(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "tolist")?;
    no_args(vm, "tolist", &a)?;
    check_live(vm, m)?;
    let mut items = Vec::with_capacity(m.layout.len);
    for i in 0..m.layout.len {
        match read_item(m, i) {
            Some(item) => items.push(item_value(item)),
            None => return Err(gone(vm, m)),
        }
    }
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "hex")?;
    let (sep, per) = super::bytes_methods::hex_args(vm, a)?;
    check_live(vm, m)?;
    match m.to_bytes() {
        Some(b) => Ok(Value::str(super::bytes_methods::hex_string(&b, sep, per))),
        None => Err(gone(vm, m)),
    }
}

fn mv_toreadonly(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "toreadonly")?;
    no_args(vm, "toreadonly", &a)?;
    check_live(vm, m)?;
    let layout = ViewLayout {
        readonly: true,
        ..m.layout
    };
    derived(vm, m, layout)
}

/// The `shape` argument of `cast`: its elements' product (the bytes the
/// shape covers, with `itemsize`) and its number of dimensions
/// (CPython's `copy_shape`).
fn cast_shape(vm: &mut Vm, shape: &Value, itemsize: usize) -> PyResult<(usize, usize)> {
    let dims = match shape.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("shape must be a list or a tuple")),
    };
    let mut len = itemsize;
    for d in &dims {
        let Some(x) = d.to_bigint() else {
            return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
        };
        let Some(x) = x.to_i64() else {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        };
        if x <= 0 {
            return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        match len
            .checked_mul(x as usize)
            .filter(|&l| l <= isize::MAX as usize)
        {
            Some(l) => len = l,
            None => return Err(vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX")),
        }
    }
    Ok((len, dims.len()))
}

/// `cast(format, shape=None)`: the same bytes as items of another native
/// format, one of the two a byte format (CPython's `memory_cast`).
fn mv_cast(vm: &mut Vm, slf: &Value, a: Args) -> PyResult<Value> {
    let m = view(vm, slf, "cast")?;
    let [format, shape] = ArgParser::new("cast")
        .required(1)
        .parse(vm, a, ["format", "shape"])?;
    let format = format.unwrap_or(Value::None);
    let Some(text) = format.as_str().map(str::to_string) else {
        let tn = vm.type_name(&format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {tn}")));
    };
    check_live(vm, m)?;
    let l = m.layout;
    if !l.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = shape.filter(|s| !s.is_none());
    if shape.is_some() && l.len == 0 {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    if let Some(s) = &shape {
        let ndim = match s.payload() {
            Some(Payload::List(l)) => l.borrow().len(),
            Some(Payload::Tuple(t)) => t.len(),
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        };
        if ndim > 64 {
            return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
        }
    }
    if !text.is_ascii() {
        // CPython encodes the format as ASCII first.
        super::str_methods::encode(vm, &text, Some(&Value::str("ascii")), None)?;
    }
    // A C string: a NUL ends it.
    let text = text.split('\0').next().unwrap_or("");
    let (at, code) = match text.strip_prefix('@') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let dest = match code.as_bytes() {
        [c] => native_size(*c).map(|n| (*c, n)),
        _ => None,
    };
    let Some((dest, itemsize)) = dest else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(l.format) && !is_byte_format(dest) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = l.nbytes();
    if nbytes % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(s) = &shape {
        let (len, ndim) = cast_shape(vm, s, itemsize)?;
        if len != nbytes {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        if ndim != 1 {
            return Err(vm.new_error(
                "NotImplementedError",
                "memoryview: only casts to one dimension are supported",
            ));
        }
    }
    check_live(vm, m)?;
    let layout = ViewLayout {
        start: l.start,
        len: nbytes / itemsize,
        stride: itemsize as isize,
        format: dest,
        at,
        itemsize,
        readonly: l.readonly,
    };
    derived(vm, m, layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip_and_round_to_even() {
        for x in [
            0.0,
            1.0,
            -2.5,
            65504.0,
            6.103515625e-05,
            5.960464477539063e-08,
            0.5,
        ] {
            let h = f64_to_half(x).unwrap_or(0);
            assert_eq!(half_to_f64(h), x, "{x}");
        }
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(1e10), None);
        assert_eq!(f64_to_half(65519.0).map(half_to_f64), Some(65504.0));
        // Halfway between 1 and the next half (1 + 2^-10) rounds to even.
        assert_eq!(
            f64_to_half(1.0 + 2f64.powi(-11)).map(half_to_f64),
            Some(1.0)
        );
        assert_eq!(f64_to_half(1e-8).map(half_to_f64), Some(0.0));
        assert!(half_to_f64(0x7e00).is_nan());
        assert_eq!(half_to_f64(0xfc00), f64::NEG_INFINITY);
        // The largest subnormal rounds up into the smallest normal.
        assert_eq!(f64_to_half(6.1035e-05), Some(0x0400));
    }

    #[test]
    fn items_compare_as_python_objects() {
        assert!(item_eq(Item::Int(1), Item::Bool(true)));
        assert!(item_eq(Item::Float(2.0), Item::Int(2)));
        assert!(!item_eq(Item::Float(2.5), Item::Int(2)));
        assert!(!item_eq(Item::Float(f64::NAN), Item::Float(f64::NAN)));
        assert!(!item_eq(Item::Char(97), Item::Int(97)));
        assert!(item_eq(Item::Int(-1), Item::Int(-1)));
    }

    #[test]
    fn items_unpack_in_native_order() {
        let b = 0x0102u16.to_ne_bytes();
        assert_eq!(unpack(b'H', &b), Item::Int(0x0102));
        assert_eq!(unpack(b'b', &[0xff]), Item::Int(-1));
        assert_eq!(unpack(b'B', &[0xff]), Item::Int(255));
        assert_eq!(unpack(b'Q', &[0xff; 8]), Item::Int(i128::from(u64::MAX)));
        assert_eq!(unpack(b'q', &[0xff; 8]), Item::Int(-1));
        assert_eq!(unpack(b'?', &[2]), Item::Bool(true));
        // A short slice never panics.
        assert_eq!(unpack(b'd', &[1, 2]), Item::Float(0.0));
    }
}
