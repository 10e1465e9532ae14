//! The functions of the `builtins` module.
//!
//! CPython counterpart: `Python/bltinmodule.c`.

use super::args::{exact, no_kwargs, range, ArgParser};
use crate::iter::{new_iter, Drain, DrainInto};
use crate::object::{Args, IterKind, Payload, PyObject, PyRef};
use crate::typeobj::{self, dict_of, lookup_str};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use pyprobe_bytecode::{BinOp, CmpOp};

pub fn init(vm: &mut Vm) {
    let b = vm.builtins_dict.clone();
    super::add_functions(
        vm,
        &b,
        "builtins",
        &[
            ("__build_class__", typeobj::build_class),
            ("abs", builtin_abs),
            ("all", builtin_all),
            ("any", builtin_any),
            ("ascii", builtin_ascii),
            ("bin", builtin_bin),
            ("breakpoint", builtin_breakpoint),
            ("callable", builtin_callable),
            ("chr", builtin_chr),
            ("compile", builtin_compile),
            ("delattr", builtin_delattr),
            ("dir", builtin_dir),
            ("divmod", builtin_divmod),
            ("eval", builtin_eval),
            ("exec", builtin_exec),
            ("format", builtin_format),
            ("getattr", builtin_getattr),
            ("globals", builtin_globals),
            ("hasattr", builtin_hasattr),
            ("hash", builtin_hash),
            ("hex", builtin_hex),
            ("id", builtin_id),
            ("isinstance", builtin_isinstance),
            ("issubclass", builtin_issubclass),
            ("iter", builtin_iter),
            ("len", builtin_len),
            ("locals", builtin_locals),
            ("max", builtin_max),
            ("min", builtin_min),
            ("next", builtin_next),
            ("oct", builtin_oct),
            ("ord", builtin_ord),
            ("pow", builtin_pow),
            ("repr", builtin_repr),
            ("round", builtin_round),
            ("setattr", builtin_setattr),
            ("sorted", builtin_sorted),
            ("sum", builtin_sum),
            ("vars", builtin_vars),
            ("__import__", builtin_import),
        ],
    );
    // Iterator types constructed by calling them.
    for (t, f) in [
        (
            vm.types.enumerate.clone(),
            enumerate_new as crate::object::NativeFn,
        ),
        (vm.types.zip.clone(), zip_new),
        (vm.types.map.clone(), map_new),
        (vm.types.filter.clone(), filter_new),
        (vm.types.reversed.clone(), reversed_new),
    ] {
        let new = vm.new_native("__new__", "builtins", f);
        typeobj::set_type_attr(
            vm,
            &t,
            "__new__",
            Value::Obj(PyObject::bare(Payload::StaticMethod(
                std::cell::RefCell::new(new),
            ))),
        );
    }
    let mut iter_types = vec![
        vm.types.iterator.clone(),
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.reversed.clone(),
        vm.types.generator.clone(),
    ];
    // The iterator types of `_collections` and `_itertools` get theirs
    // when those modules are first imported (`bind_iterator_methods`).
    iter_types.extend(
        vm.types.iters[..crate::vm::DEQUE_ITERATOR as usize]
            .iter()
            .cloned(),
    );
    for t in iter_types {
        typeobj::add_methods(vm, &t, &[("__iter__", iter_self), ("__next__", iter_next)]);
    }
    // The iterators CPython gives a `__length_hint__`: list, tuple, range,
    // dict views and a reversed list.
    for i in [1, 2, 6, 7, 8, 9, 12] {
        let t = vm.types.iters[i].clone();
        typeobj::add_methods(vm, &t, &[("__length_hint__", iter_length_hint)]);
    }
    let g = vm.types.generator.clone();
    typeobj::add_methods(
        vm,
        &g,
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
        ],
    );
}

/// `it.__length_hint__()`: the items left (CPython's `listiter_len`,
/// `rangeiter_len`, `dictiter_len`, `listreviter_len`); 0 once the
/// iterator is done or its dict changed size.
fn iter_length_hint(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__length_hint__", &args, 0)?;
    let Some(Payload::Iter(k)) = slf.payload() else {
        let tn = vm.type_name(slf);
        return Err(vm.type_error(format!(
            "descriptor '__length_hint__' requires an iterator but received a '{tn}'"
        )));
    };
    let left: i128 = match &*k.borrow() {
        IterKind::Seq { seq, index } => {
            let len = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().len(),
                Some(Payload::Tuple(t)) => t.len(),
                _ => 0,
            };
            len.saturating_sub(*index) as i128
        }
        IterKind::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            if step > 0 && next < stop {
                (stop - next + step - 1) / step
            } else if step < 0 && next > stop {
                (next - stop - step - 1) / -step
            } else {
                0
            }
        }
        IterKind::Dict {
            dict, len, left, ..
        } => match &dict.payload {
            Payload::Dict(d) if d.len() == *len => *left as i128,
            _ => 0,
        },
        IterKind::Reversed { seq, index } => match seq.payload() {
            Some(Payload::List(l)) if *index >= 0 && (*index as usize) < l.borrow().len() => {
                *index as i128 + 1
            }
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

/// Give an iterator type made by a module `__iter__` and `__next__`.
pub(super) fn bind_iterator_methods(vm: &mut Vm, t: &crate::PyRef) {
    typeobj::add_methods(vm, t, &[("__iter__", iter_self), ("__next__", iter_next)]);
}

fn iter_self(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(slf.clone())
}

fn iter_next(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    match vm.next(slf)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
    }
}

fn gen_send(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let v = exact(vm, "send", &args, 1)?[0].clone();
    match vm.gen_send(slf, v)? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_throw(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "throw", &args, 1, 3)?;
    let mut exc = a[0].clone();
    if let (Some(Payload::Type(_)), Some(val)) = (exc.payload(), a.get(1)) {
        if !val.is_none() {
            exc = vm.call(&exc, std::slice::from_ref(val))?;
        }
    }
    let err = vm.normalize_exception(exc)?;
    match vm.gen_resume(slf, None, Some(err))? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_close(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    vm.gen_close(slf)?;
    Ok(Value::None)
}

/// `breakpoint(*args, **kws)`: `sys.breakpointhook(*args, **kws)`.
fn builtin_breakpoint(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let sys = Value::Obj(vm.sys.clone());
    let hook = match vm.getattr_str(&sys, "breakpointhook") {
        Ok(h) => h,
        Err(e) if vm.err_is(&e, "AttributeError") => {
            return Err(vm.runtime_error("lost sys.breakpointhook"));
        }
        Err(e) => return Err(e),
    };
    vm.audit("builtins.breakpoint", std::slice::from_ref(&hook))?;
    vm.call_args(&hook, args)
}

fn builtin_abs(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "abs", &args, 1)?[0].clone();
    match &x {
        Value::Int(i) => Ok(crate::arith::int_value(crate::numeric::int_abs(*i))),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if let Some(Payload::BigInt(b)) = x.payload() {
                if x.as_obj().map(|o| o.class.is_none()).unwrap_or(false) {
                    return Ok(Value::from_bigint(num_traits::Signed::abs(b)));
                }
            }
            if let Some(Payload::Complex(r, i)) = x.payload() {
                return Ok(Value::Float(crate::builtins::complex_abs(vm, *r, *i)?));
            }
            match vm.call_dunder(&x, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => match x.to_bigint() {
                    Some(b) => Ok(Value::from_bigint(num_traits::Signed::abs(&b))),
                    None => {
                        let tn = vm.type_name(&x);
                        Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
                    }
                },
            }
        }
    }
}

fn builtin_all(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "all", &args, 1)?[0].clone();
    if super::coroutine::is_plain_generator(&x) {
        let d = vm.drain(&x, Drain::new(DrainInto::Truth(false)))?;
        return Ok(Value::Bool(!d.stopped));
    }
    let it = vm.get_iter(&x)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_any(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "any", &args, 1)?[0].clone();
    if super::coroutine::is_plain_generator(&x) {
        let d = vm.drain(&x, Drain::new(DrainInto::Truth(true)))?;
        return Ok(Value::Bool(d.stopped));
    }
    let it = vm.get_iter(&x)?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_ascii(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "ascii", &args, 1)?[0].clone();
    vm.ascii(&x)
}

fn radix(vm: &mut Vm, x: &Value, base: u32, prefix: &str) -> PyResult<Value> {
    let b = match x.to_bigint() {
        Some(b) => b,
        None => {
            let i = vm.index(x)?;
            num_bigint::BigInt::from(i)
        }
    };
    let digits = crate::format::int_to_radix(&b, base);
    Ok(Value::str(match digits.strip_prefix('-') {
        Some(d) => format!("-{prefix}{d}"),
        None => format!("{prefix}{digits}"),
    }))
}

fn builtin_bin(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "bin", &args, 1)?[0].clone();
    radix(vm, &x, 2, "0b")
}

fn builtin_oct(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "oct", &args, 1)?[0].clone();
    radix(vm, &x, 8, "0o")
}

fn builtin_hex(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "hex", &args, 1)?[0].clone();
    radix(vm, &x, 16, "0x")
}

pub fn is_callable(vm: &Vm, x: &Value) -> bool {
    match x.payload() {
        Some(
            Payload::Function(_, _)
            | Payload::Native(_)
            | Payload::BoundMethod { .. }
            | Payload::Type(_)
            | Payload::MethodDescr(_)
            | Payload::ClassMethodDescr(_)
            | Payload::StaticMethod(_),
        ) => true,
        _ => lookup_str(vm.class_of(x), "__call__").is_some(),
    }
}

fn builtin_callable(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "callable", &args, 1)?[0].clone();
    Ok(Value::Bool(is_callable(vm, &x)))
}

fn builtin_chr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "chr", &args, 1)?[0].clone();
    let i = match &x {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        _ => vm.index(&x).map_err(|e| {
            if vm.err_is(&e, "IndexError") {
                vm.overflow_error("Python int too large to convert to C int")
            } else {
                e
            }
        })?,
    };
    match u32::try_from(i).ok().filter(|n| *n < 0x110000) {
        Some(n) => Ok(Value::str(
            char::from_u32(n).unwrap_or('\u{fffd}').to_string(),
        )),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "ord", &args, 1)?[0].clone();
    match x.payload() {
        Some(Payload::Str(s)) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => {
            Ok(Value::Int(b.borrow()[0] as i64))
        }
        Some(Payload::ByteArray(b)) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.borrow().len()
        ))),
        Some(Payload::Bytes(b)) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        _ => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn builtin_compile(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [source, filename, mode, _flags, _dont_inherit, optimize] =
        ArgParser::new("compile").required(3).parse(
            vm,
            args,
            [
                "source",
                "filename",
                "mode",
                "flags",
                "dont_inherit",
                "optimize",
            ],
        )?;
    let source = source.unwrap_or(Value::None);
    let src = match source.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(Payload::Code(_)) => return Ok(source),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let filename = filename
        .and_then(|f| f.as_str().map(|s| s.to_string()))
        .unwrap_or_default();
    let mode = match mode.as_ref().and_then(|m| m.as_str()) {
        Some("exec") => pyprobe_compiler::Mode::Exec,
        Some("eval") => pyprobe_compiler::Mode::Eval,
        Some("single") => pyprobe_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let opt = match optimize {
        Some(Value::Int(o)) if o >= 0 => o as u8,
        _ => vm.optimize,
    };
    vm.audit_compile(&src, &filename)?;
    let code = vm.compile_source(&src, &filename, mode, opt)?;
    Ok(Value::Obj(PyObject::bare(Payload::Code(code))))
}

fn builtin_delattr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "delattr", &args, 2)?;
    check_attr_name(vm, &a[1])?;
    vm.delattr(&a[0], &a[1])?;
    Ok(Value::None)
}

fn check_attr_name(vm: &mut Vm, name: &Value) -> PyResult<()> {
    if name.as_str().is_none() {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    Ok(())
}

fn builtin_dir(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "dir", &args, 0, 1)?;
    let Some(x) = a.first() else {
        return builtin_locals(vm, &Value::Null, Args::new(&[])).and_then(|l| {
            let mut keys = vm.collect(&l)?;
            let mut names: Vec<String> = keys
                .drain(..)
                .filter_map(|k| k.as_str().map(|s| s.to_string()))
                .collect();
            names.sort();
            Ok(vm.new_list(names.into_iter().map(Value::str).collect()))
        });
    };
    let r = match vm.call_dunder(x, "__dir__", &[])? {
        Some(r) => r,
        None => vm.new_list(Vec::new()),
    };
    let mut items = vm.collect(&r)?;
    let mut names: Vec<String> = items
        .drain(..)
        .filter_map(|k| k.as_str().map(|s| s.to_string()))
        .collect();
    names.sort();
    Ok(vm.new_list(names.into_iter().map(Value::str).collect()))
}

fn builtin_divmod(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "divmod", &args, 2)?;
    let (x, y) = (a[0].clone(), a[1].clone());
    if let (Some(_), Some(_)) = (crate::arith::as_num(&x), crate::arith::as_num(&y)) {
        if let (Value::Float(_), _) | (_, Value::Float(_)) = (&x, &y) {
            let fx = float_of(vm, &x)?;
            let fy = float_of(vm, &y)?;
            let (q, r) =
                crate::numeric::float_divmod(fx, fy).map_err(|e| crate::arith::num_err(vm, e))?;
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        if x.to_bigint().is_some() && y.to_bigint().is_some() {
            let q = vm.binary_op(&x, &y, BinOp::FloorDiv)?;
            let r = vm.binary_op(&x, &y, BinOp::Mod)?;
            return Ok(vm.new_pair(q, r));
        }
    }
    if let Some(r) = vm.call_dunder(&x, "__divmod__", std::slice::from_ref(&y))? {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_dunder(&y, "__rdivmod__", std::slice::from_ref(&x))? {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    let (xn, yn) = (vm.type_name(&x), vm.type_name(&y));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{xn}' and '{yn}'"
    )))
}

pub fn float_of(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match crate::arith::as_num(x) {
        Some(crate::arith::Num::Int(i)) => Ok(i as f64),
        Some(crate::arith::Num::Big(b)) => {
            crate::numeric::big_to_f64(b).map_err(|e| crate::arith::num_err(vm, e))
        }
        Some(crate::arith::Num::Float(f)) => Ok(f),
        _ => {
            if let Some(Value::Float(f)) = vm.call_dunder(x, "__float__", &[])? {
                return Ok(f);
            }
            if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
                return float_of(vm, &r);
            }
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

/// The globals/locals of `eval`/`exec`, defaulting to the caller's.
fn namespaces(
    vm: &mut Vm,
    globals: Option<Value>,
    locals: Option<Value>,
    fname: &str,
) -> PyResult<(crate::PyRef, Option<crate::PyRef>)> {
    let explicit_globals = matches!(&globals, Some(g) if !g.is_none());
    let g = match globals {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g,
        Some(Value::None) | None => vm.current_globals(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("{fname}() globals must be a dict, not {tn}")));
        }
    };
    if dict_of(&g).get_str("__builtins__").is_none() {
        dict_of(&g).set_str(Value::str("__builtins__"), Value::Obj(vm.builtins.clone()));
    }
    let l = match locals {
        Some(Value::Obj(l)) => Some(l),
        // No namespaces given: the caller's locals (a snapshot dict for a
        // function frame), as CPython's eval/exec use.
        _ if explicit_globals => None,
        _ => match vm.current_locals() {
            Value::Obj(l) if !l.is(&g) => Some(l),
            _ => None,
        },
    };
    Ok((g, l))
}

fn builtin_eval(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [source, globals, locals] =
        ArgParser::new("eval")
            .required(1)
            .posonly(1)
            .parse(vm, args, ["", "globals", "locals"])?;
    let source = source.unwrap_or(Value::None);
    let (g, l) = namespaces(vm, globals, locals, "eval")?;
    let code = match source.payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(s)) => {
            let src = s.as_str().trim_start_matches([' ', '\t']).to_string();
            vm.audit_compile(&src, "<string>")?;
            vm.compile_source(&src, "<string>", pyprobe_compiler::Mode::Eval, vm.optimize)?
        }
        Some(Payload::Bytes(b)) => {
            let src = String::from_utf8_lossy(b)
                .trim_start_matches([' ', '\t'])
                .to_string();
            vm.audit_compile(&src, "<string>")?;
            vm.compile_source(&src, "<string>", pyprobe_compiler::Mode::Eval, vm.optimize)?
        }
        _ => return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object")),
    };
    vm.audit(
        "exec",
        &[Value::Obj(PyObject::bare(Payload::Code(code.clone())))],
    )?;
    vm.run_code(code, g, l)
}

fn builtin_exec(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [source, globals, locals] =
        ArgParser::new("exec")
            .required(1)
            .posonly(1)
            .parse(vm, args, ["", "globals", "locals"])?;
    let source = source.unwrap_or(Value::None);
    let (g, l) = namespaces(vm, globals, locals, "exec")?;
    let code = match source.payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(s)) => {
            let src = s.as_str().to_string();
            vm.audit_compile(&src, "<string>")?;
            vm.compile_source(&src, "<string>", pyprobe_compiler::Mode::Exec, vm.optimize)?
        }
        Some(Payload::Bytes(b)) => {
            let src = String::from_utf8_lossy(b).into_owned();
            vm.audit_compile(&src, "<string>")?;
            vm.compile_source(&src, "<string>", pyprobe_compiler::Mode::Exec, vm.optimize)?
        }
        _ => return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object")),
    };
    vm.audit(
        "exec",
        &[Value::Obj(PyObject::bare(Payload::Code(code.clone())))],
    )?;
    vm.run_code(code, g, l)?;
    Ok(Value::None)
}

fn builtin_format(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "format", &args, 1, 2)?;
    let spec = a.get(1).cloned().unwrap_or_else(|| Value::str(""));
    if spec.as_str().is_none() {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
    }
    vm.format(&a[0], &spec)
}

fn builtin_getattr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "getattr", &args, 2, 3)?;
    check_attr_name(vm, &a[1])?;
    if a.len() == 3 {
        return Ok(vm
            .lookup_attr(&a[0], &a[1])?
            .unwrap_or_else(|| a[2].clone()));
    }
    vm.getattr(&a[0], &a[1])
}

fn builtin_globals(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.current_globals()))
}

fn builtin_locals(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(vm.current_locals())
}

fn builtin_hasattr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "hasattr", &args, 2)?;
    check_attr_name(vm, &a[1])?;
    Ok(Value::Bool(vm.lookup_attr(&a[0], &a[1])?.is_some()))
}

fn builtin_hash(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "hash", &args, 1)?[0].clone();
    Ok(Value::Int(vm.hash(&x)?))
}

fn builtin_id(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "id", &args, 1)?[0].clone();
    let id = Value::Int(match &x {
        Value::Obj(o) => o.id() as i64,
        Value::None => 0x1000,
        Value::Bool(b) => 0x2000 + *b as i64,
        Value::Int(i) => 0x1_0000_0000_0000 ^ *i,
        Value::Float(f) => (f.to_bits() >> 1) as i64,
        Value::Null => 0,
    });
    // CPython's event argument is the id itself.
    vm.audit("builtins.id", std::slice::from_ref(&id))?;
    Ok(id)
}

/// `isinstance(obj, cls)` for one class (honours `__instancecheck__`).
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Tuple(t)) => {
            for c in t.iter() {
                if isinstance(vm, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Type(_)) => {
            // The object's class first, by reference (no counts touched).
            if let Value::Obj(t) = cls {
                let oc = vm.class_of(obj);
                if typeobj::is_subtype(oc, t) {
                    return Ok(true);
                }
            }
            let meta = vm.class_of(cls).clone();
            if !meta.is(&vm.types.type_) {
                if let Some(f) = lookup_str(&meta, "__instancecheck__") {
                    if !matches!(f.payload(), Some(Payload::MethodDescr(_))) {
                        let r = vm.call(&f, &[cls.clone(), obj.clone()])?;
                        return vm.is_true(&r);
                    }
                }
            }
            // An instance whose class defines `__class__` (a proxy, a
            // mock with a spec) is also an instance of what that says.
            let custom = vm
                .class_of(obj)
                .type_data()
                .is_some_and(|td| td.flags.get() & crate::object::tflags::CUSTOM_CLASS != 0);
            if custom {
                let oc = vm.class_of(obj).clone();
                if let Some(Value::Obj(icls)) = vm.getattr_opt(obj, "__class__")? {
                    if let (Value::Obj(t), true) = (cls, icls.type_data().is_some()) {
                        if !icls.is(&oc) {
                            return Ok(typeobj::is_subtype(&icls, t));
                        }
                    }
                }
            }
            Ok(false)
        }
        _ if super::is_union(vm, cls) => {
            for c in super::union::check_members(vm, cls, "isinstance")? {
                if isinstance(vm, obj, &c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            match instance_check_hook(vm, cls, "__instancecheck__", obj)? {
                Some(r) => Ok(r),
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
    }
}

/// `isinstance`/`issubclass` against an object that is not a class: its
/// type's `__instancecheck__`/`__subclasscheck__`, when it has one (as
/// `typing.List` has), decides.
fn instance_check_hook(
    vm: &mut Vm,
    cls: &Value,
    hook: &'static str,
    arg: &Value,
) -> PyResult<Option<bool>> {
    let meta = vm.class_of(cls).clone();
    match lookup_str(&meta, hook) {
        Some(f) if !matches!(f.payload(), Some(Payload::MethodDescr(_))) => {
            let r = vm.call(&f, &[cls.clone(), arg.clone()])?;
            Ok(Some(vm.is_true(&r)?))
        }
        _ => Ok(None),
    }
}

fn builtin_isinstance(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "isinstance", &args, 2)?;
    Ok(Value::Bool(isinstance(vm, &a[0], &a[1])?))
}

fn issubclass(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Tuple(t)) => {
            for c in t.iter() {
                if issubclass(vm, sub, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Type(_)) => {
            let Some(s) = sub.as_obj().filter(|s| s.type_data().is_some()) else {
                return Err(vm.type_error("issubclass() arg 1 must be a class"));
            };
            let meta = vm.class_of(cls).clone();
            if !meta.is(&vm.types.type_) {
                if let Some(f) = lookup_str(&meta, "__subclasscheck__") {
                    if !matches!(f.payload(), Some(Payload::MethodDescr(_))) {
                        let r = vm.call(&f, &[cls.clone(), sub.clone()])?;
                        return vm.is_true(&r);
                    }
                }
            }
            Ok(typeobj::is_subtype(s, cls.as_obj().expect("type")))
        }
        _ if super::is_union(vm, cls) => {
            for c in super::union::check_members(vm, cls, "issubclass")? {
                if issubclass(vm, sub, &c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match instance_check_hook(vm, cls, "__subclasscheck__", sub)? {
            Some(r) => Ok(r),
            None => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        },
    }
}

fn builtin_issubclass(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "issubclass", &args, 2)?;
    Ok(Value::Bool(issubclass(vm, &a[0], &a[1])?))
}

fn builtin_iter(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "iter", &args, 1, 2)?;
    if a.len() == 2 {
        if !is_callable(vm, &a[0]) {
            return Err(vm.type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(new_iter(IterKind::Callable {
            func: a[0].clone(),
            sentinel: a[1].clone(),
        }));
    }
    vm.get_iter(&a[0])
}

fn builtin_len(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "len", &args, 1)?;
    Ok(Value::Int(vm.len(&x[0])? as i64))
}

fn minmax(vm: &mut Vm, args: Args, op: CmpOp, fname: &str) -> PyResult<Value> {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in args.keywords() {
        match k {
            "key" => key = if v.is_none() { None } else { Some(v.clone()) },
            "default" => default = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    let mut state = MinMaxState {
        key,
        op,
        best: None,
    };
    match pos.len() {
        0 => return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        // One iterable: each item taken and compared in turn (a generator's
        // in one run of its frame).
        1 if super::coroutine::is_plain_generator(&pos[0]) => {
            let into = DrainInto::MinMax(state);
            match vm.drain(&pos[0], Drain::new(into))?.into {
                DrainInto::MinMax(s) => state = s,
                _ => return Err(vm.runtime_error("generator drain lost its values")),
            }
        }
        1 => {
            let it = vm.get_iter(&pos[0])?;
            while let Some(x) = vm.next(&it)? {
                state.add(vm, x)?;
            }
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {fname}() with multiple positional arguments"
                )));
            }
            for x in pos {
                state.add(vm, x.clone())?;
            }
        }
    }
    let best = state.best;
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{fname}() iterable argument is empty"))),
        },
    }
}

fn builtin_max(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    minmax(vm, args, CmpOp::Gt, "max")
}

fn builtin_min(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    minmax(vm, args, CmpOp::Lt, "min")
}

fn builtin_next(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "next", &args, 1, 2)?;
    let cls = vm.class_of(&a[0]).clone();
    if lookup_str(&cls, "__next__").is_none()
        && !matches!(
            a[0].payload(),
            Some(Payload::Iter(_) | Payload::Generator(_))
        )
    {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => {
                vm.take_stop_value();
                Ok(d.clone())
            }
            None => {
                let v = vm.take_stop_value();
                Err(vm.stop_iteration(v))
            }
        },
    }
}

fn builtin_pow(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [base, exp, m] =
        ArgParser::new("pow")
            .required(2)
            .parse(vm, args, ["base", "exp", "mod"])?;
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    match m {
        Some(m) if !m.is_none() => {
            let (Some(b), Some(e), Some(md)) = (base.to_bigint(), exp.to_bigint(), m.to_bigint())
            else {
                if let Some(r) = vm.call_dunder(&base, "__pow__", &[exp.clone(), m.clone()])? {
                    if !r.is(&vm.not_implemented) {
                        return Ok(r);
                    }
                }
                if crate::arith::as_num(&base).is_some()
                    && crate::arith::as_num(&exp).is_some()
                    && crate::arith::as_num(&m).is_some()
                {
                    return Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                let (bn, en, mn) = (vm.type_name(&base), vm.type_name(&exp), vm.type_name(&m));
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{bn}', '{en}', '{mn}'"
                )));
            };
            let r =
                crate::numeric::pow_mod(&b, &e, &md).map_err(|e| crate::arith::num_err(vm, e))?;
            Ok(Value::from_bigint(r))
        }
        _ => vm.binary_op(&base, &exp, BinOp::Pow),
    }
}

fn builtin_repr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let x = exact(vm, "repr", &args, 1)?[0].clone();
    vm.repr(&x)
}

fn builtin_round(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [number, ndigits] =
        ArgParser::new("round")
            .required(1)
            .parse(vm, args, ["number", "ndigits"])?;
    let x = number.unwrap_or(Value::None);
    // Any other object's `__round__` gets ndigits as it was given.
    let builtin_number = matches!(x, Value::Float(_) | Value::Int(_) | Value::Bool(_))
        || matches!(&x, Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::BigInt(_)));
    if !builtin_number {
        let extra: Vec<Value> = match ndigits {
            Some(Value::None) | None => Vec::new(),
            Some(v) => vec![v],
        };
        return match vm.call_dunder(&x, "__round__", &extra)? {
            Some(r) => Ok(r),
            None => {
                let tn = vm.type_name(&x);
                Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
            }
        };
    }
    // A huge ndigits is clamped, as CPython's `PyNumber_AsSsize_t(o,
    // NULL)` does (`round(1.5, 10**30)` is 1.5).
    let nd = match ndigits {
        Some(Value::None) | None => None,
        Some(v) => {
            use num_traits::{Signed, ToPrimitive};
            let b = super::numbers::index_big(vm, &v)?;
            Some(
                b.to_i64()
                    .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
            )
        }
    };
    match &x {
        Value::Float(f) => {
            match crate::numeric::float_round(*f, nd).map_err(|e| crate::arith::num_err(vm, e))? {
                crate::numeric::RoundResult::Int(i) => Ok(crate::arith::int_value(i)),
                crate::numeric::RoundResult::Float(f) => Ok(Value::Float(f)),
            }
        }
        Value::Int(_) | Value::Bool(_) => match nd {
            None => Ok(Value::Int(match x {
                Value::Bool(b) => b as i64,
                Value::Int(i) => i,
                _ => 0,
            })),
            Some(n) => Ok(Value::from_bigint(crate::numeric::int_round(
                &x.to_bigint().unwrap_or_default(),
                n,
            ))),
        },
        _ => {
            if let Some(Payload::BigInt(b)) = x.payload() {
                return Ok(Value::from_bigint(crate::numeric::int_round(
                    b,
                    nd.unwrap_or(0),
                )));
            }
            let extra: Vec<Value> = nd.map(|n| vec![Value::Int(n)]).unwrap_or_default();
            match vm.call_dunder(&x, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => {
                    let tn = vm.type_name(&x);
                    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
                }
            }
        }
    }
}

fn builtin_setattr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "setattr", &args, 3)?;
    check_attr_name(vm, &a[1])?;
    vm.setattr(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

fn builtin_sorted(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let list = vm.new_list(items);
    // `list.sort` itself, given the keyword arguments.
    let keywords = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    crate::builtins::list_methods::list_sort(vm, &list, keywords)?;
    Ok(list)
}

fn builtin_sum(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [iterable, start] =
        ArgParser::new("sum")
            .required(1)
            .posonly(1)
            .parse(vm, args, ["", "start"])?;
    let acc = start.unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(acc.payload(), Some(Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if matches!(acc.payload(), Some(Payload::ByteArray(_))) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let iterable = iterable.unwrap_or(Value::None);
    let mut sum = SumState::new(acc);
    if super::coroutine::is_plain_generator(&iterable) {
        // Each value added as it is yielded, in one run of the frame.
        let into = DrainInto::Sum(sum);
        return match vm.drain(&iterable, Drain::new(into))?.into {
            DrainInto::Sum(sum) => Ok(sum.finish()),
            _ => Ok(Value::None),
        };
    }
    let it = vm.get_iter(&iterable)?;
    while let Some(x) = vm.next(&it)? {
        sum.add(vm, x)?;
    }
    Ok(sum.finish())
}

/// The best item so far of `min()`/`max()` (and its key).
pub struct MinMaxState {
    key: Option<Value>,
    op: CmpOp,
    best: Option<(Value, Value)>,
}

impl MinMaxState {
    pub fn add(&mut self, vm: &mut Vm, x: Value) -> PyResult<()> {
        let k = match &self.key {
            Some(f) => vm.call(f, std::slice::from_ref(&x))?,
            None => x.clone(),
        };
        match &self.best {
            None => self.best = Some((k, x)),
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, self.op)?;
                if vm.is_true(&r)? {
                    self.best = Some((k, x));
                }
            }
        }
        Ok(())
    }
}

/// The running total of `sum()`. Runs of floats are added with Neumaier's
/// compensated summation, as CPython 3.12 does (so sum([0.1] * 10) ==
/// 1.0).
pub struct SumState {
    acc: Value,
    comp: f64,
    in_float: bool,
}

impl SumState {
    fn new(start: Value) -> SumState {
        SumState {
            acc: start,
            comp: 0.0,
            in_float: false,
        }
    }

    pub fn add(&mut self, vm: &mut Vm, x: Value) -> PyResult<()> {
        // An int (or bool) joins a float total uncompensated, as in
        // CPython 3.12.1's float loop.
        if let Value::Float(a) = self.acc {
            let plain = match &x {
                Value::Int(i) => Some(*i as f64),
                Value::Bool(b) => Some(*b as i64 as f64),
                _ => None,
            };
            if let Some(b) = plain {
                self.acc = Value::Float(a + b);
                self.in_float = true;
                return Ok(());
            }
        }
        let xf = match &x {
            Value::Float(f) => Some(*f),
            _ => None,
        };
        if let (Value::Float(a), Some(b)) = (&self.acc, xf) {
            let a = *a;
            let t = a + b;
            if t.is_finite() {
                self.comp += if a.abs() >= b.abs() {
                    (a - t) + b
                } else {
                    (b - t) + a
                };
            }
            self.acc = Value::Float(t);
            self.in_float = true;
            return Ok(());
        }
        if self.in_float {
            self.acc = finish_float_sum(&self.acc, self.comp);
            self.comp = 0.0;
            self.in_float = false;
        }
        self.acc = match (&self.acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&self.acc, &x, BinOp::Add)?,
            },
            _ => vm.binary_op(&self.acc, &x, BinOp::Add)?,
        };
        if matches!(self.acc, Value::Float(_)) {
            self.in_float = true;
        }
        Ok(())
    }

    fn finish(self) -> Value {
        if self.in_float {
            finish_float_sum(&self.acc, self.comp)
        } else {
            self.acc
        }
    }
}

fn builtin_vars(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "vars", &args, 0, 1)?;
    match a.first() {
        None => Ok(vm.current_locals()),
        Some(x) => match vm.getattr_opt(x, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn builtin_import(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = ArgParser::new("__import__")
        .required(1)
        .parse(vm, args, ["name", "globals", "locals", "fromlist", "level"])?;
    let name = name.unwrap_or(Value::None);
    let fromlist = fromlist.unwrap_or(Value::None);
    // `level` is a C int in CPython.
    let level = match level {
        None => 0,
        Some(Value::Float(_)) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        Some(l) => match vm.index(&l) {
            Ok(n) if i32::try_from(n).is_ok() => n,
            Err(e) if !vm.err_is(&e, "IndexError") && !vm.err_is(&e, "OverflowError") => {
                return Err(e)
            }
            _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
        },
    };
    vm.import_module_level(&name, globals.as_ref(), &fromlist, level)
}

fn enumerate_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "enumerate", &args)?;
    // CPython's `enumerate_vectorcall`: `iterable` and `start` by
    // position or by name, checked in this order, with its messages.
    let given = &args.args[1..];
    let names: Vec<&str> = args
        .kwnames
        .iter()
        .map(|k| k.as_str().unwrap_or(""))
        .collect();
    let invalid = |vm: &mut Vm, k: &str| {
        vm.type_error(format!(
            "'{k}' is an invalid keyword argument for enumerate()"
        ))
    };
    let (iterable, start) = match (given.len(), names.as_slice()) {
        (2, []) | (2, ["start"]) | (2, ["iterable", "start"]) => (&given[0], Some(&given[1])),
        (2, ["start", "iterable"]) => (&given[1], Some(&given[0])),
        (2, ["start", k] | ["iterable", k] | [k, _] | [k]) => return Err(invalid(vm, k)),
        (1, []) | (1, ["iterable"]) => (&given[0], None),
        (1, [k]) => return Err(invalid(vm, k)),
        (n, names) if n == names.len() => {
            return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
        }
        (n, _) => {
            return Err(vm.type_error(format!("enumerate() takes at most 2 arguments ({n} given)")))
        }
    };
    let it = vm.get_iter(iterable)?;
    let count = start.cloned().unwrap_or(Value::Int(0));
    if count.to_bigint().is_none() {
        let tn = vm.type_name(&count);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    Ok(new_iter(IterKind::Enumerate {
        it,
        count,
        result: None,
    }))
}

fn zip_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "zip", &args)?;
    let pos = &args.positional()[1..];
    let mut strict = false;
    for (k, v) in args.keywords() {
        if k == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for zip()")));
        }
    }
    let mut its = Vec::with_capacity(pos.len());
    for (i, p) in pos.iter().enumerate() {
        match vm.get_iter(p) {
            Ok(it) => its.push(it),
            Err(e) if vm.err_is(&e, "TypeError") => {
                let tn = vm.type_name(p);
                let _ = i;
                return Err(vm.type_error(format!("'{tn}' object is not iterable")));
            }
            Err(e) => return Err(e),
        }
    }
    // Without iterables the zip is empty from the start.
    Ok(new_iter(IterKind::Zip {
        its,
        strict,
        result: None,
    }))
}

fn map_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "map", &args)?;
    no_kwargs(vm, "map", &args)?;
    let pos = &args.positional()[1..];
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for p in &pos[1..] {
        its.push(vm.get_iter(p)?);
    }
    Ok(new_iter(IterKind::Map {
        func: pos[0].clone(),
        its,
    }))
}

fn filter_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "filter", &args)?;
    no_kwargs(vm, "filter", &args)?;
    let pos = &args.positional()[1..];
    if pos.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let it = vm.get_iter(&pos[1])?;
    Ok(new_iter(IterKind::Filter {
        func: pos[0].clone(),
        it,
    }))
}

/// The native `__new__` of a built-in type whose construction is that
/// alone (its `__init__` is object's), for `type_call` to call directly
/// when `cls` is exactly that type: what the general path would find, with
/// no lookups by name.
pub fn exact_new(vm: &Vm, cls: &PyRef) -> Option<NativeNew> {
    let t = &vm.types;
    let new: NativeNew = if cls.is(&t.range) {
        super::containers::range_new
    } else if cls.is(&t.reversed) {
        reversed_new
    } else if cls.is(&t.enumerate) {
        enumerate_new
    } else if cls.is(&t.zip) {
        zip_new
    } else if cls.is(&t.map) {
        map_new
    } else if cls.is(&t.filter) {
        filter_new
    } else {
        return None;
    };
    Some(new)
}

/// A native `__new__`: the class, then the call's arguments.
pub type NativeNew = fn(&mut Vm, &Value, Args) -> PyResult<Value>;

fn reversed_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "reversed", &args)?;
    no_kwargs(vm, "reversed", &args)?;
    let pos = &args.positional()[1..];
    if pos.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = pos[0].clone();
    // An exact range (no `__reversed__` of a subclass to find) goes
    // straight to its iterator below.
    let exact_range = seq
        .as_obj()
        .is_some_and(|o| o.class.is_none() && matches!(o.payload, Payload::Range { .. }));
    if !exact_range {
        // `__reversed__ = None` declares the object not reversible.
        let cls = vm.class_of(&seq).clone();
        if let Some(Value::None) = typeobj::lookup_str(&cls, "__reversed__") {
            let tn = vm.type_name(&seq);
            return Err(vm.type_error(format!("'{tn}' object is not reversible")));
        }
        if let Some(r) = vm.call_dunder(&seq, "__reversed__", &[])? {
            return Ok(r);
        }
    }
    match seq.payload() {
        Some(Payload::Range { start, stop, step }) => {
            let n = crate::iter::range_len(*start, *stop, *step);
            let last = start + (n - 1) * step;
            return Ok(new_iter(IterKind::Range {
                next: last,
                stop: start - step,
                step: -step,
            }));
        }
        Some(Payload::BigRange(_)) => return vm.range_reversed(&seq),
        Some(Payload::Dict(d)) => {
            let mut keys = d.keys();
            keys.reverse();
            let l = vm.new_list(keys);
            return Ok(new_iter(IterKind::Seq { seq: l, index: 0 }));
        }
        Some(Payload::View { of, kind }) if *kind <= 2 => {
            let of = of.clone();
            let kind = *kind;
            let mut items = match of.payload() {
                Some(Payload::Dict(d)) => match kind {
                    0 => d.keys(),
                    1 => d.values(),
                    _ => d
                        .items()
                        .into_iter()
                        .map(|(k, v)| vm.new_pair(k, v))
                        .collect(),
                },
                _ => vec![],
            };
            items.reverse();
            let l = vm.new_list(items);
            return Ok(new_iter(IterKind::Seq { seq: l, index: 0 }));
        }
        _ => {}
    }
    let builtin_seq = matches!(
        seq.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    );
    let cls = vm.class_of(&seq).clone();
    if !builtin_seq
        && (lookup_str(&cls, "__getitem__").is_none()
            || matches!(
                seq.payload(),
                Some(Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_))
            ))
    {
        let tn = vm.type_name(&seq);
        return Err(vm.type_error(format!("'{tn}' object is not reversible")));
    }
    let n = vm.len(&seq)? as isize;
    Ok(new_iter(IterKind::Reversed { seq, index: n - 1 }))
}

/// Add the compensation of a float run (when it is finite).
fn finish_float_sum(acc: &Value, comp: f64) -> Value {
    match acc {
        Value::Float(f) if comp != 0.0 && comp.is_finite() => Value::Float(f + comp),
        other => other.clone(),
    }
}
