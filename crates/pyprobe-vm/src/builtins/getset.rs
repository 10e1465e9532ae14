//! The data attributes of built-in types as descriptors in their types'
//! namespaces (`int.real`, `range.start`, `type.__name__`,
//! `BaseException.args`, `object.__class__`), and the methods of their
//! types, `getset_descriptor` and `member_descriptor`.
//!
//! CPython counterparts: the `PyGetSetDef` and `PyMemberDef` tables of
//! `Objects/*.c` and `Objects/descrobject.c` (`getset_get`, `member_set`,
//! `descr_check`).
//!
//! A descriptor only declares its attribute (name, owner, whether it can be
//! assigned). The values themselves are read by `special_attr` and written
//! by `set_special_attr`/`del_special_attr` (below), which the
//! attribute lookup of a built-in object calls before it looks at its type,
//! so an instance's attribute reads never go through the descriptor; the
//! descriptor serves `dir()`, unbound access (`int.real.__get__(5)`) and
//! assignment, which must find a data descriptor to refuse or forward it.
//! Invariant: every name declared here is one `special_attr` answers for
//! the owner's instances.

use super::args::range as arg_range;
use super::object::super_getattr;
use crate::object::{tflags, Args, GetSetDescr, NativeFn, Payload, PyObject, PyRef};
use crate::typeobj::{self, dict_of, lookup, type_dict};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;
use std::rc::Rc;

/// How an attribute is declared: which descriptor type, and whether it can
/// be assigned.
#[derive(Clone, Copy)]
enum Kind {
    /// A `getset_descriptor` without a setter.
    GetSet,
    /// A `getset_descriptor` with a setter.
    GetSetRw,
    /// A read-only `member_descriptor`.
    Member,
    /// A writable `member_descriptor`.
    MemberRw,
}

const REAL: &str = "the real part of a complex number";
const IMAG: &str = "the imaginary part of a complex number";

/// `code.co_positions()`: each instruction's (line, end line, start
/// column, end column), columns in UTF-8 bytes; None where unknown.
fn code_positions(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    super::args::exact(vm, "co_positions", &args, 0)?;
    let Some(Payload::Code(c)) = slf.payload() else {
        return Err(vm.type_error("descriptor 'co_positions' requires a 'code' object"));
    };
    let code = &c.code;
    let items: Vec<Value> = (0..code.instructions.len())
        .map(|i| {
            let t = match code.position_at(i) {
                Some(p) => vec![
                    Value::Int(p.line as i64),
                    Value::Int(p.end_line as i64),
                    Value::Int(p.col as i64),
                    Value::Int(p.end_col as i64),
                ],
                None => vec![
                    Value::Int(code.line_at(i) as i64),
                    Value::None,
                    Value::None,
                    Value::None,
                ],
            };
            vm.new_tuple(t)
        })
        .collect();
    let list = vm.new_list(items);
    vm.get_iter(&list)
}

/// `code.replace(**changes)`: a copy with other `co_flags`, `co_name`,
/// `co_qualname` or `co_filename`; CPython's other fields describe its
/// bytecode, not pyprobe's, and cannot be replaced (TypeError).
fn code_replace(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let Some(Payload::Code(c)) = slf.payload() else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    if args.args.len() > args.kwnames.len() {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut code = c.code.clone();
    let values = &args.args[args.args.len() - args.kwnames.len()..];
    for (name, value) in args.kwnames.iter().zip(values) {
        let name = name.as_str().unwrap_or_default();
        match name {
            "co_flags" => match value {
                Value::Int(n) if *n >= 0 && *n <= u32::MAX as i64 => {
                    // The interpreter's own flags above CPython's stay.
                    code.flags = (code.flags & !0xffff) | (*n as u32 & 0xffff);
                }
                _ => {
                    let tn = vm.type_name(value);
                    return Err(
                        vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                    );
                }
            },
            "co_name" | "co_qualname" | "co_filename" => {
                let Some(text) = value.as_str() else {
                    let tn = vm.type_name(value);
                    return Err(
                        vm.type_error(format!("replace() argument '{name}' must be str, not {tn}"))
                    );
                };
                let field = match name {
                    "co_name" => &mut code.name,
                    "co_qualname" => &mut code.qualname,
                    _ => &mut code.filename,
                };
                *field = text.to_string();
            }
            // CPython's other fields: pyprobe's code is its own bytecode.
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_firstlineno" | "co_code" | "co_consts" | "co_names"
            | "co_varnames" | "co_freevars" | "co_cellvars" | "co_linetable"
            | "co_exceptiontable" => {
                return Err(
                    vm.type_error(format!("replace() of '{name}' is not supported by pyprobe"))
                )
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    let code = vm.make_code(code);
    Ok(Value::Obj(PyObject::bare(Payload::Code(code))))
}

/// `code.co_lines()`: (start, end, line) for each run of instructions on
/// one line, as offsets of two bytes per instruction (as `tb_lasti`).
fn code_lines(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    super::args::exact(vm, "co_lines", &args, 0)?;
    let Some(Payload::Code(c)) = slf.payload() else {
        return Err(vm.type_error("descriptor 'co_lines' requires a 'code' object"));
    };
    let code = &c.code;
    let n = code.instructions.len();
    let mut items = Vec::new();
    let mut start = 0;
    while start < n {
        let line = code.line_at(start);
        let mut end = start + 1;
        while end < n && code.line_at(end) == line {
            end += 1;
        }
        items.push(vm.new_tuple(vec![
            Value::Int(2 * start as i64),
            Value::Int(2 * end as i64),
            Value::Int(line as i64),
        ]));
        start = end;
    }
    let list = vm.new_list(items);
    vm.get_iter(&list)
}

pub fn init(vm: &mut Vm) {
    use Kind::*;
    let code_type = vm.types.code.clone();
    typeobj::add_methods(
        vm,
        &code_type,
        &[
            ("co_positions", code_positions),
            ("co_lines", code_lines),
            ("replace", code_replace),
        ],
    );
    let t = &vm.types;
    let (object, type_, int, float, complex) = (
        t.object.clone(),
        t.type_.clone(),
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
    );
    let (range, slice, base_exception) =
        (t.range.clone(), t.slice.clone(), t.base_exception.clone());
    let descriptor_types = [t.getset_descriptor.clone(), t.member_descriptor.clone()];
    declare(
        vm,
        &object,
        &[("__class__", GetSetRw, "the object's class")],
    );
    let code_attrs: Vec<(&str, Kind, &str)> = [
        "co_argcount",
        "co_cellvars",
        "co_consts",
        "co_filename",
        "co_firstlineno",
        "co_flags",
        "co_freevars",
        "co_kwonlyargcount",
        "co_name",
        "co_names",
        "co_nlocals",
        "co_posonlyargcount",
        "co_qualname",
        "co_stacksize",
        "co_varnames",
    ]
    .into_iter()
    .map(|n| (n, Member, ""))
    .collect();
    declare(vm, &code_type, &code_attrs);
    let numbers: [(&str, Kind, &str); 4] = [
        ("real", GetSet, REAL),
        ("imag", GetSet, IMAG),
        (
            "numerator",
            GetSet,
            "the numerator of a rational number in lowest terms",
        ),
        (
            "denominator",
            GetSet,
            "the denominator of a rational number in lowest terms",
        ),
    ];
    declare(vm, &int, &numbers);
    declare(vm, &float, &numbers[..2]);
    declare(
        vm,
        &complex,
        &[("real", Member, REAL), ("imag", Member, IMAG)],
    );
    for ty in [&range, &slice] {
        declare(
            vm,
            ty,
            &[
                ("start", Member, ""),
                ("stop", Member, ""),
                ("step", Member, ""),
            ],
        );
    }
    declare(
        vm,
        &type_,
        &[
            ("__name__", GetSetRw, ""),
            ("__qualname__", GetSetRw, ""),
            ("__bases__", GetSetRw, ""),
            ("__mro__", GetSet, ""),
            ("__base__", Member, ""),
            ("__module__", GetSetRw, ""),
            ("__abstractmethods__", GetSetRw, ""),
            ("__dict__", GetSet, ""),
            ("__annotations__", GetSetRw, ""),
            ("__type_params__", GetSetRw, ""),
        ],
    );
    declare(
        vm,
        &base_exception,
        &[
            ("__suppress_context__", MemberRw, ""),
            ("__dict__", GetSetRw, ""),
            ("args", GetSetRw, ""),
            ("__traceback__", GetSetRw, ""),
            ("__context__", GetSetRw, "exception context"),
            ("__cause__", GetSetRw, "exception cause"),
        ],
    );
    let frame = vm.types.frame.clone();
    let frame_attrs: Vec<(&str, Kind, &'static str)> = super::frame::ATTRIBUTES
        .iter()
        .map(|&(n, rw)| match (n, rw) {
            ("f_trace_lines" | "f_trace_opcodes", _) => (n, MemberRw, ""),
            (_, true) => (n, GetSetRw, ""),
            _ => (n, GetSet, ""),
        })
        .collect();
    declare(vm, &frame, &frame_attrs);
    let memoryview = vm.types.memoryview.clone();
    let view_attrs: Vec<(&str, Kind, &'static str)> = super::memoryview::ATTRIBUTES
        .iter()
        .map(|&n| (n, GetSet, ""))
        .collect();
    declare(vm, &memoryview, &view_attrs);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__get__", descr_get),
        ("__set__", descr_set),
        ("__delete__", descr_delete),
    ];
    for ty in &descriptor_types {
        typeobj::add_methods(vm, ty, methods);
        declare(
            vm,
            ty,
            &[
                ("__objclass__", Member, ""),
                ("__name__", Member, ""),
                ("__doc__", GetSet, ""),
                ("__qualname__", GetSet, ""),
            ],
        );
    }
}

/// Declare a read-only data attribute of a built-in type made by a module
/// (`deque.maxlen`); `special_attr` answers for it.
pub(super) fn declare_read_only(vm: &mut Vm, ty: &PyRef, name: &str, doc: &'static str) {
    declare(vm, ty, &[(name, Kind::GetSet, doc)]);
}

/// Declare read-only data attributes of a built-in type made by a module
/// (`re.Match.string`); `special_attr` answers for them.
pub fn declare_read_only_attrs(vm: &mut Vm, ty: &PyRef, names: &[&str]) {
    for &name in names {
        declare(vm, ty, &[(name, Kind::Member, "")]);
    }
}

/// Declare read-only members of a built-in type made by a module
/// (`partial.func`); `special_attr` answers for them.
pub(super) fn declare_members(vm: &mut Vm, ty: &PyRef, names: &[(&str, &'static str)]) {
    for &(name, doc) in names {
        declare(vm, ty, &[(name, Kind::Member, doc)]);
    }
}

/// Put a descriptor for each attribute in `ty`'s namespace.
fn declare(vm: &mut Vm, ty: &PyRef, attrs: &[(&str, Kind, &'static str)]) {
    for &(name, kind, doc) in attrs {
        let d = GetSetDescr {
            name: vm.intern(name),
            owner: ty.clone(),
            member: matches!(kind, Kind::Member | Kind::MemberRw),
            writable: matches!(kind, Kind::GetSetRw | Kind::MemberRw),
            doc,
        };
        let v = Value::Obj(PyObject::bare(Payload::GetSet(Box::new(d))));
        typeobj::set_type_attr(vm, ty, name, v);
    }
}

/// CPython's `descr_check`: the descriptor applies to instances of its
/// owner only.
fn check(vm: &mut Vm, d: &GetSetDescr, obj: &Value) -> PyResult<()> {
    let cls = vm.class_of(obj).clone();
    if typeobj::is_subtype(&cls, &d.owner) {
        return Ok(());
    }
    let tn = vm.type_name(obj);
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{tn}' object",
        d.name.as_str().unwrap_or(""),
        typeobj::type_name(&d.owner)
    )))
}

/// The attribute `d` of `obj` (`getset_get`, `member_get`).
pub fn getset_get(vm: &mut Vm, d: &GetSetDescr, obj: &Value) -> PyResult<Value> {
    check(vm, d, obj)?;
    match super::special_attr(vm, obj, &d.name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, &d.name)),
    }
}

/// Assign (`Some`) or delete (`None`) the attribute `d` of `obj`
/// (`getset_set`, `member_set`).
pub fn getset_set(vm: &mut Vm, d: &GetSetDescr, obj: &Value, value: Option<Value>) -> PyResult<()> {
    check(vm, d, obj)?;
    let name = d.name.as_str().unwrap_or("");
    if !d.writable {
        return Err(if d.member {
            vm.attribute_error("readonly attribute")
        } else {
            let owner = typeobj::type_name(&d.owner);
            vm.attribute_error(format!(
                "attribute '{name}' of '{owner}' objects is not writable"
            ))
        });
    }
    let done = match &value {
        Some(v) => super::set_special_attr(vm, obj, &d.name, v)?,
        None => super::del_special_attr(vm, obj, &d.name)?,
    };
    match done {
        Some(()) => Ok(()),
        None => Err(vm.no_attribute(obj, &d.name)),
    }
}

/// The descriptor of a `getset_descriptor` or `member_descriptor` method's
/// receiver; None for a `__slots__` member (`Payload::Member`).
fn descr_of(slf: &Value) -> Option<&GetSetDescr> {
    match slf.payload() {
        Some(Payload::GetSet(d)) => Some(d),
        _ => None,
    }
}

/// `descr.__get__(instance, owner=None)`, CPython's `wrap_descr_get`.
fn descr_get(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    // CPython unpacks the arguments under an empty name.
    let a = arg_range(vm, "", &args, 1, 2)?;
    let owner = a.get(1).filter(|o| !o.is_none());
    if a[0].is_none() {
        if owner.is_none() {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(slf.clone());
    }
    match descr_of(slf) {
        Some(d) => getset_get(vm, d, &a[0]),
        None => {
            let cls = vm.class_of(&a[0]).clone();
            vm.builtin_descr_get(slf, &a[0], &cls)
        }
    }
}

/// `descr.__set__(instance, value)`.
fn descr_set(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::set_methods::slot_args(vm, "__set__", &args, 2)?;
    match descr_of(slf) {
        Some(d) => getset_set(vm, d, &a[0], Some(a[1].clone()))?,
        None => {
            let cls = vm.class_of(&a[0]).clone();
            let name = match slf.payload() {
                Some(Payload::Member(m)) => m.0.clone(),
                _ => Value::str(""),
            };
            vm.generic_setattr(&a[0], &cls, &name, a[1].clone())?
        }
    }
    Ok(Value::None)
}

/// `descr.__delete__(instance)`.
fn descr_delete(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::set_methods::slot_args(vm, "__delete__", &args, 1)?;
    match descr_of(slf) {
        Some(d) => getset_set(vm, d, &a[0], None)?,
        None => {
            let cls = vm.class_of(&a[0]).clone();
            let name = match slf.payload() {
                Some(Payload::Member(m)) => m.0.clone(),
                _ => Value::str(""),
            };
            vm.generic_delattr(&a[0], &cls, &name)?
        }
    }
    Ok(Value::None)
}

/// The attributes of a descriptor itself (`__name__`, `__objclass__` ...),
/// for `special_attr`.
pub fn descr_attr(d: &GetSetDescr, name: &str) -> Option<Value> {
    match name {
        "__name__" => Some(d.name.clone()),
        "__qualname__" => Some(Value::str(format!(
            "{}.{}",
            typeobj::type_name(&d.owner),
            d.name.as_str().unwrap_or("")
        ))),
        "__objclass__" => Some(Value::Obj(d.owner.clone())),
        "__doc__" => Some(if d.doc.is_empty() {
            Value::None
        } else {
            Value::str(d.doc)
        }),
        _ => None,
    }
}

// ----- the values: CPython's getters and setters, by payload -----

/// Attributes CPython provides through getset descriptors; None when not
/// one of them.
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(n) = name.as_str() else {
        return Ok(None);
    };
    if let Some(Payload::Super {
        ty,
        obj: bound,
        obj_type,
    }) = obj.payload()
    {
        let (ty, bound, obj_type) = (ty.clone(), bound.clone(), obj_type.clone());
        if let Some(v) = super_getattr(vm, obj, name)? {
            return Ok(Some(v));
        }
        // The super object's own members, found when no class after
        // `__thisclass__` has the name.
        match n {
            "__thisclass__" => return Ok(Some(Value::Obj(ty))),
            "__self__" => return Ok(Some(bound)),
            "__self_class__" => return Ok(Some(Value::Obj(obj_type))),
            _ => {}
        }
    }
    if n == "__class__" {
        return Ok(Some(Value::Obj(vm.class_of(obj).clone())));
    }
    let Value::Obj(o) = obj else {
        return Ok(number_attr(obj, n));
    };
    // CPython raises `object.__getattr__` for reads of these attributes
    // (its READ_RESTRICTED members and audited getters).
    let audited = match &o.payload {
        Payload::Function(_, _) => matches!(n, "__code__" | "__defaults__" | "__kwdefaults__"),
        Payload::Generator(_) => n == "gi_frame",
        Payload::Traceback(_) => n == "tb_frame",
        _ => false,
    };
    if audited {
        vm.audit("object.__getattr__", &[obj.clone(), name.clone()])?;
    }
    if n == "__dict__" {
        if let Some(d) = o.instance_dict() {
            d.gc_materialize_dict();
            return Ok(Some(Value::Obj(d)));
        }
        if let Payload::Exception(_) | Payload::Function(..) = &o.payload {
            // A built-in exception's or a function's `__dict__` is made on
            // first use.
            let d = vm.new_dict();
            o.set_instance_dict(d.clone());
            return Ok(Some(Value::Obj(d)));
        }
        if let Payload::Type(_) = &o.payload {
            // A read-only view of the class namespace.
            let d = vm.new_dict();
            for (k, v) in type_dict(o).items() {
                dict_of(&d).set_str(k, v);
            }
            return Ok(Some(Value::Obj(PyObject::bare(Payload::View {
                of: Value::Obj(d),
                kind: 3,
            }))));
        }
    }
    let r = match &o.payload {
        Payload::Type(td) => match n {
            // A built-in type's `tp_name` may carry its module in front.
            "__name__" if td.builtin => Some(Value::str(
                td.name
                    .borrow()
                    .rsplit('.')
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            )),
            "__name__" => Some(Value::str(td.name.borrow().clone())),
            "__qualname__" => Some(Value::str(td.qualname.borrow().clone())),
            "__mro__" => {
                Some(vm.new_tuple(td.mro.borrow().iter().cloned().map(Value::Obj).collect()))
            }
            "__bases__" => {
                Some(vm.new_tuple(td.bases.borrow().iter().cloned().map(Value::Obj).collect()))
            }
            "__base__" => Some(
                td.bases
                    .borrow()
                    .first()
                    .cloned()
                    .map(Value::Obj)
                    .unwrap_or(Value::None),
            ),
            // CPython's `type_module`: a built-in type's is "builtins"
            // unless its namespace says otherwise.
            "__module__" => match td.dict.get_str("__module__") {
                // `type`'s own dict holds the descriptor itself.
                Some(m) if !matches!(m.payload(), Some(Payload::GetSet(_))) => Some(m),
                _ if td.builtin => Some(Value::str("builtins")),
                _ => return Err(vm.attribute_error("__module__")),
            },
            "__doc__" => Some(Value::None),
            "__annotations__" => match td.dict.get_str("__annotations__") {
                Some(a) => Some(a),
                None if td.builtin => return Ok(None),
                None => {
                    let d = vm.new_dict();
                    td.dict
                        .set_str(vm.intern("__annotations__"), Value::Obj(d.clone()));
                    typeobj::bump_epoch();
                    Some(Value::Obj(d))
                }
            },
            // `type` itself has none (its namespace holds the descriptor).
            "__abstractmethods__" => match td.dict.get_str(n) {
                Some(a) if !o.is(&vm.types.type_) => Some(a),
                _ => return Err(vm.attribute_error("__abstractmethods__")),
            },
            "__type_params__" => Some(td.dict.get_str(n).unwrap_or_else(|| vm.empty_tuple.clone())),
            _ => None,
        },
        Payload::GetSet(d) => descr_attr(d, n),
        Payload::Deque(d) if n == "maxlen" => Some(super::deque::maxlen_of(d)),
        Payload::RegexMatch(m) => crate::modules::re_match::attr(vm, m, n)?,
        Payload::Partial(p) if matches!(n, "func" | "args" | "keywords") => {
            super::partial::member(p, n)
        }
        Payload::Function(f, _) => match n {
            "__name__" => Some(Value::str(&**f.name.borrow())),
            "__qualname__" => Some(Value::str(&**f.qualname.borrow())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__code__" => Some(Value::Obj(PyObject::bare(Payload::Code(f.code.clone())))),
            "__defaults__" => Some(match &*f.defaults.borrow() {
                Some(d) => vm.new_tuple(d.clone()),
                None => Value::None,
            }),
            "__kwdefaults__" => Some(
                f.kwdefaults
                    .borrow()
                    .clone()
                    .map(Value::Obj)
                    .unwrap_or(Value::None),
            ),
            "__closure__" => Some(match &f.closure {
                Some(c) => vm.new_tuple(c.iter().cloned().map(Value::Obj).collect()),
                None => Value::None,
            }),
            "__annotations__" => {
                let cur = f.annotations.borrow().clone();
                Some(if cur.is_none() {
                    let d = Value::Obj(vm.new_dict());
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    cur
                })
            }
            "__wrapped__" => None,
            _ => None,
        },
        Payload::Native(f) | Payload::MethodDescr(f) | Payload::ClassMethodDescr(f) => match n {
            "__name__" => Some(Value::str(f.name)),
            // A method descriptor (`str.upper`) is qualified by its type.
            "__qualname__" if !matches!(o.payload, Payload::Native(_)) && f.slf.is_null() => {
                Some(Value::str(format!("{}.{}", f.module, f.name)))
            }
            "__qualname__" => Some(Value::str(
                if f.slf.is_null() || matches!(f.slf.payload(), Some(Payload::Module(_))) {
                    f.name.to_string()
                } else {
                    format!("{}.{}", f.module, f.name)
                },
            )),
            "__doc__" => Some(if f.doc.is_empty() {
                Value::None
            } else {
                Value::str(f.doc)
            }),
            // A method descriptor (`str.join`) has no `__module__`.
            "__module__" if matches!(o.payload, Payload::MethodDescr(_)) => None,
            "__module__" => Some(if f.slf.is_null() {
                Value::str(f.module)
            } else {
                Value::None
            }),
            "__self__" => Some(if f.slf.is_null() {
                Value::None
            } else {
                f.slf.clone()
            }),
            _ => None,
        },
        Payload::BoundMethod { func, slf } => match n {
            "__self__" => Some(slf.clone()),
            "__func__" => Some(func.clone()),
            _ => {
                let func = func.clone();
                return vm.getattr_opt(&func, n);
            }
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match n {
            "__func__" | "__wrapped__" => Some(f.borrow().clone()),
            // Copied from the callable by CPython's `__init__`
            // (`functools.update_wrapper`'s names); read through here.
            "__doc__" | "__name__" | "__qualname__" | "__module__" | "__annotations__" => {
                let f = f.borrow().clone();
                return vm.getattr_opt(&f, n);
            }
            "__isabstractmethod__" => {
                let f = f.borrow().clone();
                return is_abstract(vm, &[f]).map(Some);
            }
            _ => None,
        },
        Payload::Property(p) => match n {
            "fget" => Some(p.fget.borrow().clone()),
            "fset" => Some(p.fset.borrow().clone()),
            "fdel" => Some(p.fdel.borrow().clone()),
            "__doc__" => Some(p.doc.borrow().clone()),
            "__isabstractmethod__" => {
                let parts = [
                    p.fget.borrow().clone(),
                    p.fset.borrow().clone(),
                    p.fdel.borrow().clone(),
                ];
                return is_abstract(vm, &parts).map(Some);
            }
            _ => None,
        },
        Payload::Exception(e) => {
            let e = e.borrow();
            match n {
                "args" => Some(e.args.clone()),
                "__cause__" => Some(e.cause.clone()),
                "__context__" => Some(e.context.clone()),
                "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                "__traceback__" => {
                    drop(e);
                    Some(vm.traceback_of(obj))
                }
                "__notes__" if !e.notes.is_none() => Some(e.notes.clone()),
                "message" | "exceptions" if e.group.is_some() => e
                    .group
                    .clone()
                    .map(|(msg, excs)| if n == "message" { msg } else { excs }),
                "value" if vm.err_is(&crate::PyErr::new(o.clone()), "StopIteration") => Some(
                    crate::ops::tuple_items(&e.args)
                        .into_iter()
                        .next()
                        .unwrap_or(Value::None),
                ),
                "code" if vm.err_is(&crate::PyErr::new(o.clone()), "SystemExit") => {
                    let a = crate::ops::tuple_items(&e.args);
                    Some(match a.len() {
                        0 => Value::None,
                        1 => a[0].clone(),
                        _ => vm.new_tuple(a),
                    })
                }
                // Set by `__init__` (or the runtime, or assigned): in the
                // instance's `__dict__` when set, else from `args` or None.
                "errno"
                | "strerror"
                | "filename"
                | "filename2"
                | "name"
                | "obj"
                | "path"
                | "name_from"
                | "msg"
                | "lineno"
                | "offset"
                | "text"
                | "end_lineno"
                | "end_offset"
                | "print_file_and_line"
                    if o.dict().and_then(|d| dict_of(&d).get_str(n)).is_some() =>
                {
                    o.dict().and_then(|d| dict_of(&d).get_str(n))
                }
                // SyntaxError(msg, (filename, lineno, offset, text[,
                // end_lineno, end_offset])).
                "msg"
                | "filename"
                | "lineno"
                | "offset"
                | "text"
                | "end_lineno"
                | "end_offset"
                | "print_file_and_line"
                    if vm.err_is(&crate::PyErr::new(o.clone()), "SyntaxError") =>
                {
                    let a = crate::ops::tuple_items(&e.args);
                    let info = match a.get(1) {
                        Some(i) if a.len() == 2 => crate::ops::tuple_items(i),
                        _ => Vec::new(),
                    };
                    let at = |i: usize| {
                        if (4..=6).contains(&info.len()) {
                            info.get(i).cloned()
                        } else {
                            None
                        }
                    };
                    Some(
                        match n {
                            "msg" => a.first().cloned(),
                            "filename" => at(0),
                            "lineno" => at(1),
                            "offset" => at(2),
                            "text" => at(3),
                            "end_lineno" => at(4),
                            "end_offset" => at(5),
                            _ => None,
                        }
                        .unwrap_or(Value::None),
                    )
                }
                // UnicodeError(encoding, object, start, end, reason).
                "encoding" | "object" | "start" | "end" | "reason"
                    if vm.err_is(&crate::PyErr::new(o.clone()), "UnicodeError") =>
                {
                    let a = crate::ops::tuple_items(&e.args);
                    let i = ["encoding", "object", "start", "end", "reason"]
                        .iter()
                        .position(|k| *k == n)
                        .unwrap_or(0);
                    let translate =
                        vm.err_is(&crate::PyErr::new(o.clone()), "UnicodeTranslateError");
                    match a.len() {
                        5 => a.get(i).cloned(),
                        // UnicodeTranslateError(object, start, end, reason).
                        4 if translate => Some(match i {
                            0 => Value::None,
                            _ => a[i - 1].clone(),
                        }),
                        _ => None,
                    }
                }
                "errno" | "strerror" | "filename" | "filename2"
                    if vm.err_is(&crate::PyErr::new(o.clone()), "OSError") =>
                {
                    let a = crate::ops::tuple_items(&e.args);
                    let parsed = (2..=5).contains(&a.len());
                    Some(match n {
                        "errno" if parsed => a[0].clone(),
                        "strerror" if parsed => a[1].clone(),
                        _ => Value::None,
                    })
                }
                "name"
                    if ["NameError", "AttributeError", "ImportError"]
                        .iter()
                        .any(|k| vm.err_is(&crate::PyErr::new(o.clone()), k)) =>
                {
                    Some(Value::None)
                }
                "obj" if vm.err_is(&crate::PyErr::new(o.clone()), "AttributeError") => {
                    Some(Value::None)
                }
                "path" | "name_from" if vm.err_is(&crate::PyErr::new(o.clone()), "ImportError") => {
                    Some(Value::None)
                }
                // ImportError's message: its only argument.
                "msg" if vm.err_is(&crate::PyErr::new(o.clone()), "ImportError") => {
                    let a = crate::ops::tuple_items(&e.args);
                    Some(if a.len() == 1 {
                        a[0].clone()
                    } else {
                        Value::None
                    })
                }
                _ => None,
            }
        }
        Payload::Module(_) => None,
        Payload::File(f) => super::io::file_attr(obj, &f.borrow(), n),
        Payload::Frame(f) => super::frame::frame_attr(vm, f, n),
        Payload::Traceback(t) => match n {
            "tb_lineno" => t.first().map(|e| Value::Int(e.lineno as i64)),
            "tb_lasti" => t.first().map(|e| Value::Int(e.lasti as i64 * 2)),
            "tb_next" => Some(if t.len() > 1 {
                Value::Obj(PyObject::bare(Payload::Traceback(t[1..].to_vec())))
            } else {
                Value::None
            }),
            "tb_frame" => t.first().map(|e| {
                // A module's frame has its globals as locals; a function's
                // locals are not kept past the frame.
                let is_module = e
                    .code
                    .as_ref()
                    .is_some_and(|c| c.code.flags & pyprobe_bytecode::flags::OPTIMIZED == 0);
                let locals = match &e.globals {
                    Some(g) if is_module => {
                        Some(super::frame::Locals::Mapping(Value::Obj(g.clone())))
                    }
                    _ => None,
                };
                let mut f = super::frame::FrameObject::bare(
                    e.code.clone(),
                    e.globals.clone(),
                    e.lasti as usize,
                );
                f.lineno = e.lineno;
                f.locals = RefCell::new(locals);
                super::frame::frame_value(f)
            }),
            _ => None,
        },
        Payload::Slice(s) => match n {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        Payload::Range { start, stop, step } => match n {
            "start" => Some(Value::Int(*start)),
            "stop" => Some(Value::Int(*stop)),
            "step" => Some(Value::Int(*step)),
            _ => None,
        },
        Payload::BigRange(b) => match n {
            "start" => Some(Value::from_bigint(b[0].clone())),
            "stop" => Some(Value::from_bigint(b[1].clone())),
            "step" => Some(Value::from_bigint(b[2].clone())),
            _ => None,
        },
        Payload::Complex(r, i) => match n {
            "real" => Some(Value::Float(*r)),
            "imag" => Some(Value::Float(*i)),
            _ => None,
        },
        Payload::BigInt(_) => number_attr(obj, n),
        Payload::Float(f) => number_attr(&Value::Float(*f), n),
        Payload::Cell(c) => match n {
            "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return Err(vm.new_error("ValueError", "Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Payload::Code(c) => match n {
            "co_name" => Some(Value::str(c.code.name.clone())),
            "co_qualname" => Some(Value::str(c.code.qualname.clone())),
            "co_filename" => Some(Value::str(c.code.filename.clone())),
            "co_firstlineno" => Some(Value::Int(c.code.firstlineno as i64)),
            "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.code.posonlyargcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.code.kwonlyargcount as i64)),
            "co_flags" => Some(Value::Int(c.code.flags as i64 & 0xffff)),
            "co_stacksize" => Some(Value::Int(c.code.max_stackdepth as i64)),
            "co_varnames" => Some(
                vm.new_tuple(
                    c.code
                        .varnames
                        .iter()
                        .map(|s| Value::str(s.clone()))
                        .collect(),
                ),
            ),
            "co_cellvars" => Some(
                vm.new_tuple(
                    c.code
                        .cellvars
                        .iter()
                        .map(|s| Value::str(s.clone()))
                        .collect(),
                ),
            ),
            "co_freevars" => Some(
                vm.new_tuple(
                    c.code
                        .freevars
                        .iter()
                        .map(|s| Value::str(s.clone()))
                        .collect(),
                ),
            ),
            "co_names" => {
                Some(vm.new_tuple(c.code.names.iter().map(|s| Value::str(s.clone())).collect()))
            }
            "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
            "co_consts" => Some(vm.new_tuple(c.consts.clone())),
            _ => None,
        },
        Payload::Generator(g) => {
            // `gi_*` of a generator, `cr_*` of a coroutine, `ag_*` of an
            // asynchronous generator.
            let prefix = match super::coroutine::kind_name(obj) {
                "coroutine" => "cr_",
                "async generator" => "ag_",
                _ => "gi_",
            };
            match n.strip_prefix(prefix).unwrap_or(n) {
                "__name__" => Some(Value::str(g.borrow().code.code.name.as_str())),
                "__qualname__" => Some(Value::str(g.borrow().code.code.qualname.as_str())),
                _ if !n.starts_with(prefix) => None,
                "running" => Some(Value::Bool(g.borrow().running)),
                "code" => Some(Value::Obj(PyObject::bare(Payload::Code(
                    g.borrow().code.clone(),
                )))),
                // Started, not finished and not running: paused at a yield.
                "suspended" => Some(Value::Bool({
                    let g = g.borrow();
                    !g.running && g.frame.as_ref().is_some_and(|f| f.lasti > 0 || f.ip > 0)
                })),
                "frame" => {
                    // Taken out of the generator while it is made, so that
                    // no borrow is held while objects are created.
                    let taken = g.borrow_mut().frame.take();
                    Some(match taken {
                        Some(mut fr) => {
                            let v = crate::eval::suspended_frame_object(&mut fr);
                            g.borrow_mut().frame = Some(fr);
                            v
                        }
                        None => Value::None,
                    })
                }
                // What a suspended `yield from` or `await` delegates to.
                "yieldfrom" | "await" => Some(super::coroutine::delegate_of(obj)),
                "origin" if prefix == "cr_" => Some(Value::None),
                _ => None,
            }
        }
        Payload::MemoryView(m) => super::memoryview::attr(vm, m, n)?,
        // `d.keys().mapping`: a read-only view of the dict itself.
        Payload::View { of, kind: 0..=2 } if n == "mapping" => {
            Some(Value::Obj(PyObject::bare(Payload::View {
                of: of.clone(),
                kind: 3,
            })))
        }
        _ => None,
    };
    if r.is_some() {
        return Ok(r);
    }
    if n == "__doc__" {
        // A partial's own docstring is an entry of its `__dict__`.
        if let Payload::Partial(_) = &o.payload {
            if let Some(doc) = o.dict().and_then(|d| dict_of(&d).get_str(n)) {
                return Ok(Some(doc));
            }
        }
        let cls = vm.class_of(obj).clone();
        return Ok(Some(lookup(&cls, name).unwrap_or(Value::None)));
    }
    if n == "__module__" && matches!(o.payload, Payload::Instance(_) | Payload::Slotted(_)) {
        let cls = vm.class_of(obj).clone();
        return Ok(typeobj::lookup_str(&cls, "__module__"));
    }
    Ok(None)
}

fn number_attr(v: &Value, n: &str) -> Option<Value> {
    match (v, n) {
        (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(Value::Int(match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => 0,
        })),
        (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Obj(_), "real" | "numerator") => Some(Value::from_bigint(v.to_bigint()?)),
        (Value::Obj(_), "imag") => Some(Value::Int(0)),
        (Value::Obj(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(f), "real") => Some(Value::Float(*f)),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        _ => None,
    }
}

/// Settable special attributes; Some(()) when handled.
pub fn set_special_attr(
    vm: &mut Vm,
    obj: &Value,
    name: &Value,
    value: &Value,
) -> PyResult<Option<()>> {
    let Some(n) = name.as_str() else {
        return Ok(None);
    };
    if n == "__class__" {
        return Err(class_assignment_error(vm, obj, value));
    }
    let Value::Obj(o) = obj else { return Ok(None) };
    match &o.payload {
        Payload::Frame(f) => super::frame::set_frame_attr(vm, f, n, value),
        Payload::Function(f, _) => match n {
            "__name__" | "__qualname__" if value.as_str().is_none() => {
                Err(vm.type_error(format!("{n} must be set to a string object")))
            }
            "__defaults__"
                if !value.is_none() && !matches!(value.payload(), Some(Payload::Tuple(_))) =>
            {
                Err(vm.type_error("__defaults__ must be set to a tuple object"))
            }
            "__kwdefaults__"
                if !value.is_none() && !matches!(value.payload(), Some(Payload::Dict(_))) =>
            {
                Err(vm.type_error("__kwdefaults__ must be set to a dict object"))
            }
            "__code__" => match value.payload() {
                Some(Payload::Code(c)) if Rc::ptr_eq(c, &f.code) => Ok(Some(())),
                // A function's code is fixed when it is made (its frames and
                // call shape come from it): another is refused, not ignored.
                Some(Payload::Code(_)) => Err(vm.type_error(
                    "assigning another code object to __code__ is not supported by pyprobe",
                )),
                _ => Err(vm.type_error("__code__ must be set to a code object")),
            },
            "__dict__" => replace_dict(vm, o, value).map(Some),
            "__name__" => {
                *f.name.borrow_mut() = Rc::from(value.as_str().unwrap_or(""));
                Ok(Some(()))
            }
            "__qualname__" => {
                *f.qualname.borrow_mut() = Rc::from(value.as_str().unwrap_or(""));
                Ok(Some(()))
            }
            "__doc__" => {
                *f.doc.borrow_mut() = value.clone();
                Ok(Some(()))
            }
            "__module__" => {
                *f.module.borrow_mut() = value.clone();
                Ok(Some(()))
            }
            "__defaults__" => {
                vm.audit(
                    "object.__setattr__",
                    &[obj.clone(), name.clone(), value.clone()],
                )?;
                *f.defaults.borrow_mut() = if value.is_none() {
                    None
                } else {
                    Some(crate::ops::tuple_items(value))
                };
                Ok(Some(()))
            }
            "__annotations__" => {
                if !value.is_none() && !matches!(value.payload(), Some(Payload::Dict(_))) {
                    return Err(vm.type_error("__annotations__ must be set to a dict object"));
                }
                *f.annotations.borrow_mut() = value.clone();
                Ok(Some(()))
            }
            "__kwdefaults__" => {
                vm.audit(
                    "object.__setattr__",
                    &[obj.clone(), name.clone(), value.clone()],
                )?;
                *f.kwdefaults.borrow_mut() = value.as_obj().cloned();
                Ok(Some(()))
            }
            _ => {
                // Function attributes live in a lazily made __dict__.
                let d = match o.instance_dict() {
                    Some(d) => d,
                    None => {
                        let d = vm.new_dict();
                        o.set_instance_dict(d.clone());
                        d
                    }
                };
                dict_of(&d).set_str(name.clone(), value.clone());
                Ok(Some(()))
            }
        },
        // A property's docstring can be replaced (CPython's `__doc__` is a
        // writable member of property objects).
        Payload::Property(p) if n == "__doc__" => {
            *p.doc.borrow_mut() = value.clone();
            Ok(Some(()))
        }
        Payload::Exception(e) => match n {
            "message" | "exceptions" if e.borrow().group.is_some() => {
                Err(vm.new_error("AttributeError", "readonly attribute"))
            }
            "__cause__" => {
                if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) {
                    return Err(
                        vm.type_error("exception cause must be None or derive from BaseException")
                    );
                }
                let mut e = e.borrow_mut();
                e.cause = value.clone();
                e.suppress_context = true;
                Ok(Some(()))
            }
            "__context__" => {
                if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) {
                    return Err(vm.type_error(
                        "exception context must be None or derive from BaseException",
                    ));
                }
                e.borrow_mut().context = value.clone();
                Ok(Some(()))
            }
            "__suppress_context__" => {
                // A `T_BOOL` member: exactly a bool.
                let Value::Bool(b) = value else {
                    return Err(vm.type_error("attribute value type must be bool"));
                };
                e.borrow_mut().suppress_context = *b;
                Ok(Some(()))
            }
            "__dict__" => replace_dict(vm, o, value).map(Some),
            "args" => {
                let items = vm.collect(value)?;
                let t = vm.new_tuple(items);
                e.borrow_mut().args = t;
                Ok(Some(()))
            }
            "__traceback__" => {
                match value.payload() {
                    Some(Payload::Traceback(t)) => {
                        let mut inner_first = t.clone();
                        inner_first.reverse();
                        e.borrow_mut().traceback = inner_first;
                    }
                    _ if value.is_none() => e.borrow_mut().traceback.clear(),
                    _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
                }
                Ok(Some(()))
            }
            _ => {
                // Other attributes live in the instance dict (made on first use
                // for built-in exception instances).
                let d = match o.instance_dict() {
                    Some(d) => d,
                    None => {
                        let d = vm.new_dict();
                        o.set_instance_dict(d.clone());
                        d
                    }
                };
                dict_of(&d).set_str(name.clone(), value.clone());
                Ok(Some(()))
            }
        },
        Payload::Type(td) if matches!(n, "__name__" | "__qualname__") => {
            let Some(s) = value.as_str() else {
                let tn = vm.type_name(value);
                return Err(vm.type_error(format!(
                    "can only assign string to {}.{n}, not '{tn}'",
                    td.name.borrow()
                )));
            };
            if n == "__qualname__" {
                *td.qualname.borrow_mut() = s.to_string();
            } else if s.contains('\0') {
                return Err(vm.value_error("type name must not contain null characters"));
            } else {
                *td.name.borrow_mut() = s.to_string();
            }
            Ok(Some(()))
        }
        // Kept in the class namespace, as CPython keeps them.
        Payload::Type(td)
            if matches!(
                n,
                "__module__" | "__abstractmethods__" | "__annotations__" | "__type_params__"
            ) =>
        {
            if n == "__abstractmethods__" {
                // `type_set_abstractmethods`: the flag that refuses instances.
                let abstract_ = vm.is_true(value)?;
                let f = td.flags.get() & !tflags::ABSTRACT;
                td.flags
                    .set(if abstract_ { f | tflags::ABSTRACT } else { f });
            }
            td.dict.set_str(vm.intern(n), value.clone());
            typeobj::update_flags(o);
            Ok(Some(()))
        }
        Payload::Type(td) if n == "__bases__" && !td.builtin => {
            let bases: Vec<PyRef> = match value.payload() {
                Some(Payload::Tuple(t)) if !t.is_empty() => {
                    let mut bases = Vec::with_capacity(t.len());
                    for b in t.iter() {
                        let Some(b) = b.as_obj().filter(|b| b.type_data().is_some()) else {
                            let tn = vm.type_name(b);
                            return Err(vm.type_error(format!(
                                "{}.__bases__ must be tuple of classes, not '{tn}'",
                                td.name.borrow()
                            )));
                        };
                        if typeobj::is_subtype(b, o) {
                            return Err(
                                vm.type_error("a __bases__ item causes an inheritance cycle")
                            );
                        }
                        bases.push(b.clone());
                    }
                    bases
                }
                Some(Payload::Tuple(_)) => {
                    return Err(vm.type_error(format!(
                        "can only assign non-empty tuple to {}.__bases__, not ()",
                        td.name.borrow()
                    )));
                }
                _ => {
                    let tn = vm.type_name(value);
                    return Err(vm.type_error(format!(
                        "can only assign tuple to {}.__bases__, not {tn}",
                        td.name.borrow()
                    )));
                }
            };
            let mro = typeobj::compute_mro(vm, o, &bases)?;
            *td.bases.borrow_mut() = bases;
            *td.mro.borrow_mut() = mro;
            // A new `__bases__` tuple, tracked again.
            td.flags
                .set(td.flags.get() & !crate::object::tflags::BASES_UNTRACKED);
            typeobj::update_flags(o);
            Ok(Some(()))
        }
        _ => Ok(None),
    }
}

/// Why `obj.__class__ = value` fails: CPython's checks of the value and of
/// built-in objects, and for instances of classes the limit of pyprobe,
/// where an object's class cannot change.
fn class_assignment_error(vm: &mut Vm, obj: &Value, value: &Value) -> crate::PyErr {
    if !matches!(value.payload(), Some(Payload::Type(_))) {
        let tn = vm.type_name(value);
        return vm.type_error(format!(
            "__class__ must be set to a class, not '{tn}' object"
        ));
    }
    let heap = vm
        .class_of(obj)
        .type_data()
        .is_some_and(|t| t.flags.get() & tflags::HEAPTYPE != 0);
    if heap {
        vm.type_error("__class__ assignment is not supported")
    } else {
        vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        )
    }
}

/// Delete a data attribute of a built-in object (a descriptor with a
/// setter was found for it); Some(()) when handled. CPython's setters
/// called with NULL.
pub fn del_special_attr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<()>> {
    let Some(n) = name.as_str() else {
        return Ok(None);
    };
    if n == "__class__" {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    let Value::Obj(o) = obj else { return Ok(None) };
    match &o.payload {
        Payload::Exception(_) => Err(match n {
            "__suppress_context__" => vm.type_error("can't delete numeric/char attribute"),
            "__dict__" => vm.type_error("cannot delete __dict__"),
            _ => vm.type_error(format!("{n} may not be deleted")),
        }),
        Payload::Type(td) => {
            if td.builtin {
                let tn = td.name.borrow().clone();
                return Err(vm.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{tn}'"
                )));
            }
            if !matches!(n, "__abstractmethods__" | "__annotations__") {
                let tn = td.name.borrow().clone();
                return Err(vm.type_error(format!(
                    "cannot delete '{n}' attribute of immutable type '{tn}'"
                )));
            }
            if td.dict.remove(vm, name)?.is_none() {
                return Err(vm.attribute_error(n.to_string()));
            }
            if n == "__abstractmethods__" {
                td.flags.set(td.flags.get() & !tflags::ABSTRACT);
            }
            typeobj::update_flags(o);
            Ok(Some(()))
        }
        _ => Ok(None),
    }
}

/// `__isabstractmethod__` of a property or a class/static method: whether
/// any of the functions it wraps is marked abstract.
fn is_abstract(vm: &mut Vm, funcs: &[Value]) -> PyResult<Value> {
    for f in funcs.iter().filter(|f| !f.is_none()) {
        if let Some(v) = vm.getattr_opt(f, "__isabstractmethod__")? {
            if vm.is_true(&v)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

/// `obj.__dict__ = value` for objects whose `__dict__` is made on first
/// use (functions, exceptions): only a dict.
fn replace_dict(vm: &mut Vm, o: &PyRef, value: &Value) -> PyResult<()> {
    let Some(d) = value
        .as_obj()
        .filter(|d| matches!(d.payload, Payload::Dict(_)))
    else {
        let tn = vm.type_name(value);
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{tn}'"
        )));
    };
    o.set_instance_dict(d.clone());
    Ok(())
}
