//! `types.UnionType`, what `int | str` makes (PEP 604): `type.__or__` and
//! `__ror__`, the union's own operators, repr, equality and hash, and the
//! membership tests `isinstance` and `issubclass` make with one.
//!
//! CPython counterpart: `Objects/unionobject.c`.
//!
//! A union is an object of the built-in class `UnionType` whose
//! `__dict__` holds `__args__` (a tuple of at least two distinct members,
//! `None` stored as `NoneType`, nested unions flattened) and
//! `__parameters__` (always empty: pyprobe has no type variables), as
//! `GenericAlias` keeps its parts.

use super::set_methods::slot_args;
use crate::object::{Args, Payload, PyObject};
use crate::typeobj::{self, dict_of};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use pyprobe_bytecode::CmpOp;

pub fn init(vm: &mut Vm) {
    let or_methods: &[(&'static str, crate::object::NativeFn)] =
        &[("__or__", union_or), ("__ror__", union_ror)];
    let type_ = vm.types.type_.clone();
    typeobj::add_methods(vm, &type_, or_methods);
    let union = vm.types.union_type.clone();
    typeobj::add_methods(vm, &union, or_methods);
    typeobj::add_methods(
        vm,
        &union,
        &[
            ("__repr__", union_repr),
            ("__hash__", union_hash),
            ("__eq__", union_eq),
            ("__ne__", union_ne),
            ("__getitem__", union_getitem),
        ],
    );
    typeobj::set_type_attr(vm, &union, "__module__", Value::str("types"));
}

/// Is `v` a union?
pub fn is_union(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.as_ref().is_some_and(|c| c.is(&vm.types.union_type)))
}

fn is_generic_alias(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.as_ref().is_some_and(|c| c.is(&vm.types.generic_alias)))
}

/// The members of a union (`__args__`).
pub fn union_args(v: &Value) -> Vec<Value> {
    let args = v
        .as_obj()
        .and_then(|o| o.dict())
        .and_then(|d| dict_of(&d).get_str("__args__"));
    args.map(|a| crate::ops::tuple_items(&a))
        .unwrap_or_default()
}

/// What may be a member: None, a class, a `list[int]`, another union
/// (CPython's `is_unionable`).
fn is_unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || matches!(v.payload(), Some(Payload::Type(_)))
        || is_generic_alias(vm, v)
        || is_union(vm, v)
}

/// `a | b` for a class, an alias or a union: the union of both, or
/// NotImplemented (CPython's `_Py_union_type_or`).
fn union_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    // Flattened, None as NoneType, duplicates dropped (aliases by ==,
    // anything else by identity).
    let mut members: Vec<Value> = Vec::new();
    for part in [a, b] {
        let items = if is_union(vm, part) {
            union_args(part)
        } else {
            vec![part.clone()]
        };
        for item in items {
            let item = if item.is_none() {
                Value::Obj(vm.types.none.clone())
            } else {
                item
            };
            let mut dup = false;
            for m in &members {
                dup = if is_generic_alias(vm, m) && is_generic_alias(vm, &item) {
                    alias_eq(vm, m, &item)?
                } else {
                    m.is(&item)
                };
                if dup {
                    break;
                }
            }
            if !dup {
                members.push(item);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.remove(0));
    }
    let args = vm.new_tuple(members);
    let d = vm.new_dict();
    dict_of(&d).set_str(vm.intern("__args__"), args);
    let params = vm.empty_tuple.clone();
    dict_of(&d).set_str(vm.intern("__parameters__"), params);
    Ok(Value::Obj(PyObject::with_class(
        vm.types.union_type.clone(),
        Payload::Instance(Default::default()),
        Some(d),
    )))
}

/// The `|` operator on built-in operands when one side is a class, an
/// alias or a union (the evaluator reaches built-in types' operators here,
/// not through their method descriptors): None when it is not for a union.
pub fn union_binop(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let owner = |v: &Value| {
        matches!(v.payload(), Some(Payload::Type(_))) || is_generic_alias(vm, v) || is_union(vm, v)
    };
    if !owner(a) && !owner(b) {
        return Ok(None);
    }
    let r = union_of(vm, a, b)?;
    Ok((!r.is(&vm.not_implemented)).then_some(r))
}

/// Do two aliases have the same origin and arguments (`list[int]` twice)?
fn alias_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let part = |v: &Value, name: &str| {
        v.as_obj()
            .and_then(|o| o.dict())
            .and_then(|d| dict_of(&d).get_str(name))
            .unwrap_or(Value::None)
    };
    if !part(a, "__origin__").is(&part(b, "__origin__")) {
        return Ok(false);
    }
    vm.eq(&part(a, "__args__"), &part(b, "__args__"))
}

/// `type.__or__` and `UnionType.__or__`: `self | other`.
fn union_or(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let other = slot_args(vm, "__or__", &args, 1)?[0].clone();
    union_of(vm, slf, &other)
}

/// `type.__ror__` and `UnionType.__ror__`: `other | self`.
fn union_ror(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let other = slot_args(vm, "__ror__", &args, 1)?[0].clone();
    union_of(vm, &other, slf)
}

/// `int | str | None`: a class by its module and qualified name (none for
/// builtins), NoneType as `None`, anything else by its repr.
fn union_repr(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let mut parts = Vec::new();
    for m in union_args(slf) {
        if m.as_obj().is_some_and(|o| o.is(&vm.types.none)) {
            parts.push("None".to_string());
            continue;
        }
        if matches!(m.payload(), Some(Payload::Type(_))) {
            let qual = vm.getattr_str(&m, "__qualname__")?;
            let module = vm.getattr_str(&m, "__module__")?;
            let qual = qual.as_str().unwrap_or("").to_string();
            match module.as_str() {
                Some("builtins") => parts.push(qual),
                Some(module) => parts.push(format!("{module}.{qual}")),
                None => parts.push(vm.repr_string(&m)?),
            }
            continue;
        }
        parts.push(vm.repr_string(&m)?);
    }
    Ok(Value::str(parts.join(" | ")))
}

/// The members as a frozenset, which equality and hashing go by.
fn member_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let l = vm.new_list(union_args(v));
    super::frozen_copy(vm, &l)
}

fn union_hash(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    slot_args(vm, "__hash__", &args, 0)?;
    let s = member_set(vm, slf)?;
    vm.hash(&s).map(Value::Int)
}

/// Unions are equal when they have the same members in any order; `==`
/// comes here through `ops::builtin_compare`.
pub fn union_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if !is_union(vm, b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let (sa, sb) = (member_set(vm, a)?, member_set(vm, b)?);
    let eq = vm.eq(&sa, &sb)?;
    Ok(Some(eq == (op == CmpOp::Eq)))
}

fn union_richcompare(vm: &mut Vm, slf: &Value, args: Args, op: CmpOp) -> PyResult<Value> {
    let other = slot_args(vm, op.dunder(), &args, 1)?[0].clone();
    match union_compare(vm, slf, &other, op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn union_eq(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    union_richcompare(vm, slf, args, CmpOp::Eq)
}

fn union_ne(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    union_richcompare(vm, slf, args, CmpOp::Ne)
}

/// `(int | str)[...]`: only a union of type variables can be subscripted,
/// and pyprobe has none.
fn union_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    slot_args(vm, "__getitem__", &args, 1)?;
    let r = vm.repr_string(slf)?;
    Err(vm.type_error(format!("{r} is not a generic class")))
}

/// The members `isinstance(x, u)` and `issubclass(c, u)` try, refusing
/// parameterized generics as CPython does.
pub fn check_members(vm: &mut Vm, u: &Value, func: &str) -> PyResult<Vec<Value>> {
    let args = union_args(u);
    if args.iter().any(|a| is_generic_alias(vm, a)) {
        return Err(vm.type_error(format!(
            "{func}() argument 2 cannot be a parameterized generic"
        )));
    }
    Ok(args)
}
