//! `object`, `type`, `property`, `classmethod`, `staticmethod`, `super`.
//! The data attributes CPython exposes through getset descriptors
//! (`__class__`, `__dict__`, `__name__` ...) are in `getset.rs`.
//!
//! CPython counterparts: `Objects/typeobject.c` (object and type),
//! `Objects/descrobject.c` (property), `Objects/funcobject.c`
//! (classmethod, staticmethod, function attributes).

use super::args::{exact, ArgParser};
use crate::object::{tflags, Args, BaseKind, Payload, Property, PyObject, PyRef};
use crate::typeobj::{self, dict_of, type_dict};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    typeobj::add_methods(
        vm,
        &object,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__dir__", object_dir),
            ("__sizeof__", object_sizeof),
            ("__lt__", object_lt),
            ("__le__", object_le),
            ("__gt__", object_gt),
            ("__ge__", object_ge),
        ],
    );
    let new = vm.new_native("__new__", "object", object_new);
    typeobj::set_type_attr(
        vm,
        &object,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
    typeobj::add_classmethods(
        vm,
        &object,
        &[
            ("__init_subclass__", object_init_subclass),
            ("__subclasshook__", object_subclasshook),
        ],
    );
    // The built-in types CPython makes generic (`list[int]`; `type[int]`
    // is `PyObject_GetItem`'s own case, in subscript.rs).
    let generic = [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.tuple.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.enumerate.clone(),
    ];
    for t in &generic {
        typeobj::add_classmethods(vm, t, &[("__class_getitem__", class_getitem)]);
    }

    // Functions, built-in functions and methods have `__call__` too
    // (CPython's `tp_call` slot wrapper), which calls them.
    for t in [
        vm.types.function.clone(),
        vm.types.builtin_function.clone(),
        vm.types.method.clone(),
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
    ] {
        typeobj::add_methods(vm, &t, &[("__call__", callable_call_method)]);
    }
    let type_ = vm.types.type_.clone();
    typeobj::add_methods(
        vm,
        &type_,
        &[
            ("__call__", type_call_method),
            ("__init__", type_init),
            ("mro", type_mro),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__subclasses__", type_subclasses),
            ("__repr__", object_repr),
        ],
    );
    let new = vm.new_native("__new__", "type", type_new);
    typeobj::set_type_attr(
        vm,
        &type_,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
    let prep = vm.new_native("__prepare__", "type", type_prepare);
    typeobj::set_type_attr(
        vm,
        &type_,
        "__prepare__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(prep)))),
    );

    let property = vm.types.property.clone();
    typeobj::add_methods(
        vm,
        &property,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("__set_name__", property_set_name),
            ("__init__", property_init),
        ],
    );
    let new = vm.new_native("__new__", "property", property_new);
    typeobj::set_type_attr(
        vm,
        &property,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );

    for (t, f) in [
        (
            vm.types.classmethod.clone(),
            classmethod_new as crate::object::NativeFn,
        ),
        (vm.types.staticmethod.clone(), staticmethod_new),
    ] {
        let new = vm.new_native("__new__", "builtins", f);
        typeobj::set_type_attr(
            vm,
            &t,
            "__new__",
            Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
        );
        typeobj::add_methods(
            vm,
            &t,
            &[("__get__", wrapper_get), ("__init__", wrapper_init)],
        );
    }
    let sup = vm.types.super_.clone();
    let new = vm.new_native("__new__", "super", super_new);
    typeobj::set_type_attr(
        vm,
        &sup,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
    let f = vm.types.function.clone();
    typeobj::add_methods(vm, &f, &[("__get__", function_get)]);
    let mp = vm.types.mappingproxy.clone();
    typeobj::add_methods(
        vm,
        &mp,
        &[
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("get", proxy_get),
            ("copy", proxy_copy),
        ],
    );
    let new = vm.new_native("__new__", "mappingproxy", proxy_new);
    typeobj::set_type_attr(
        vm,
        &mp,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
    for (ty, name, new) in [
        (
            vm.types.method.clone(),
            "method",
            method_new as crate::object::NativeFn,
        ),
        (vm.types.cell.clone(), "cell", cell_new),
        (vm.types.function.clone(), "function", function_new),
    ] {
        let new = vm.new_native("__new__", name, new);
        typeobj::set_type_attr(
            vm,
            &ty,
            "__new__",
            Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
        );
    }
    let ga = vm.types.generic_alias.clone();
    let new = vm.new_native("__new__", "GenericAlias", alias_new);
    typeobj::set_type_attr(
        vm,
        &ga,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
    typeobj::add_methods(
        vm,
        &ga,
        &[
            ("__call__", alias_call),
            ("__repr__", alias_repr),
            ("__hash__", alias_hash),
        ],
    );
    typeobj::set_type_attr(vm, &ga, "__module__", Value::str("types"));
    let none = vm.types.none.clone();
    typeobj::add_methods(vm, &none, &[("__bool__", none_bool)]);
    let new = vm.new_native("__new__", "NoneType", none_new);
    typeobj::set_type_attr(
        vm,
        &none,
        "__new__",
        Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new)))),
    );
}

/// `cls[item]` of a generic built-in type: a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let item = match args.positional() {
        [one] if !args.has_keywords() => one.clone(),
        pos => {
            let tn = vm.type_name(slf);
            let tn = match slf.as_obj() {
                Some(t) if t.type_data().is_some() => typeobj::type_name(t),
                _ => tn,
            };
            return Err(vm.type_error(format!(
                "{tn}.__class_getitem__() takes exactly one argument ({} given)",
                pos.len()
            )));
        }
    };
    Ok(generic_alias(vm, slf, &item))
}

fn function_get(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::args::range(vm, "__get__", &args, 1, 2)?;
    if a[0].is_none() {
        return Ok(slf.clone());
    }
    Ok(crate::attr::bound(slf.clone(), a[0].clone()))
}

/// `mappingproxy(mapping)`: a read-only view of a mapping (not of a list
/// or tuple, which are subscriptable but no mappings).
fn proxy_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    if args.positional().len() < 2 && !args.has_keywords() {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    }
    let a = super::args::exact(vm, "mappingproxy", &args, 2)?;
    let mapping = a[1].clone();
    let is_mapping = match mapping.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => false,
        Some(Payload::Dict(_)) => true,
        _ => vm.is_mapping(&mapping),
    };
    if !is_mapping {
        let tn = vm.type_name(&mapping);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {tn}"
        )));
    }
    Ok(Value::Obj(PyObject::bare(Payload::View {
        of: mapping,
        kind: 3,
    })))
}

/// `types.MethodType(function, instance)`: a bound method.
fn method_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let a = super::args::exact(vm, "method", &args, 3)?;
    if !super::functions::is_callable(vm, &a[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if a[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(crate::attr::bound(a[1].clone(), a[2].clone()))
}

/// `types.CellType([contents])`: a cell, empty without an argument.
fn cell_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    let a = super::args::range(vm, "cell", &args, 1, 2)?;
    let contents = a.get(1).cloned().unwrap_or(Value::Null);
    Ok(Value::Obj(PyObject::bare(Payload::Cell(RefCell::new(
        contents,
    )))))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None,
/// closure=None, kwdefaults=None)`.
fn function_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let params = [
        "code",
        "globals",
        "name",
        "argdefs",
        "closure",
        "kwdefaults",
    ];
    let pos = args.positional();
    let mut vals: [Value; 6] = std::array::from_fn(|_| Value::Null);
    if pos.len() > 7 {
        return Err(vm.type_error(format!(
            "function() takes at most 6 arguments ({} given)",
            pos.len() - 1
        )));
    }
    for (i, v) in pos.iter().skip(1).enumerate() {
        vals[i] = v.clone();
    }
    for (k, v) in args.keywords() {
        match params.iter().position(|p| *p == k) {
            Some(i) if vals[i].is_null() => vals[i] = v.clone(),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for function() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "function() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let [code, globals, name, argdefs, closure, kwdefaults] = vals;
    for (i, missing) in [&code, &globals].iter().enumerate() {
        if missing.is_null() {
            return Err(vm.type_error(format!(
                "function() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
    }
    let Some(Payload::Code(c)) = code.payload() else {
        let tn = vm.type_name(&code);
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {tn}")));
    };
    let c = c.clone();
    let Some(g) = globals
        .as_obj()
        .filter(|g| matches!(g.payload, Payload::Dict(_)))
    else {
        let tn = vm.type_name(&globals);
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {tn}"
        )));
    };
    let g = g.clone();
    if !name.is_null() && !name.is_none() && name.as_str().is_none() {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = match argdefs.payload() {
        _ if argdefs.is_null() || argdefs.is_none() => None,
        Some(Payload::Tuple(_)) => Some(argdefs.clone()),
        _ => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let nfree = c.code.freevars.len();
    let closure = match closure.payload() {
        _ if closure.is_null() || closure.is_none() => None,
        Some(Payload::Tuple(t)) => {
            if t.iter()
                .any(|x| !matches!(x.payload(), Some(Payload::Cell(_))))
            {
                let bad = t
                    .iter()
                    .find(|x| !matches!(x.payload(), Some(Payload::Cell(_))))
                    .cloned()
                    .unwrap_or(Value::None);
                let tn = vm.type_name(&bad);
                return Err(vm.type_error(format!("arg 5 (closure) expected cell, found {tn}")));
            }
            Some(closure.clone())
        }
        _ => return Err(vm.type_error("arg 5 (closure) must be tuple")),
    };
    let given = closure
        .as_ref()
        .map_or(0, |t| crate::ops::tuple_items(t).len());
    if nfree == 0 && given > 0 {
        return Err(vm.type_error("arg 5 (closure) must be None or tuple"));
    }
    if nfree > 0 && closure.is_none() {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    if nfree != given {
        let code_name = c.code.name.clone();
        return Err(vm.value_error(format!(
            "{code_name} requires closure of length {nfree}, not {given}"
        )));
    }
    let kwdefaults = match kwdefaults.payload() {
        _ if kwdefaults.is_null() || kwdefaults.is_none() => None,
        Some(Payload::Dict(_)) => Some(kwdefaults.clone()),
        _ => return Err(vm.type_error("arg 6 (kwdefaults) must be None or dict")),
    };
    let builtins = vm.builtins_of(&g);
    let f = vm.new_function(c, g, builtins, defaults, kwdefaults, closure);
    if let (Some(n), Some(Payload::Function(func, _))) = (name.as_str(), f.payload()) {
        *func.name.borrow_mut() = std::rc::Rc::from(n);
    }
    Ok(f)
}

/// `types.GenericAlias(origin, args)`, as `origin[args]` makes it.
fn alias_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let a = super::args::exact(vm, "GenericAlias", &args, 3)?;
    Ok(generic_alias(vm, &a[1], &a[2]))
}

/// mappingproxy methods: forwarded to the dict it wraps.
fn proxy_forward(vm: &mut Vm, slf: &Value, args: Args, name: &str) -> PyResult<Value> {
    let Some(Payload::View { of, .. }) = slf.payload() else {
        return Ok(Value::None);
    };
    let of = of.clone();
    let m = vm.getattr_str(&of, name)?;
    vm.call_args(&m, args)
}

fn proxy_keys(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    proxy_forward(vm, slf, args, "keys")
}

fn proxy_values(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    proxy_forward(vm, slf, args, "values")
}

fn proxy_items(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    proxy_forward(vm, slf, args, "items")
}

fn proxy_get(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    proxy_forward(vm, slf, args, "get")
}

fn proxy_copy(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    proxy_forward(vm, slf, args, "copy")
}

fn none_new(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `None.__bool__()`: False.
fn none_bool(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::exact(vm, "__bool__", &args, 0)?;
    Ok(Value::Bool(false))
}

/// `object.__new__(cls)`: a new instance with the payload its layout needs.
fn object_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(first) = pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(cls) = first.as_obj().filter(|c| c.type_data().is_some()) else {
        let tn = vm.type_name(first);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({tn})")));
    };
    let Some(td) = cls.type_data() else {
        let tn = vm.type_name(&pos[0]);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({tn})")));
    };
    if pos.len() > 1 || args.has_keywords() {
        // Arguments beyond the class are an error unless the class has its
        // own `__init__` and not its own `__new__` (CPython's object_new).
        if !inherits_object(vm, cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_object(vm, cls, "__init__") {
            let tn = typeobj::type_name(cls);
            return Err(vm.type_error(format!("{tn}() takes no arguments")));
        }
    }
    if td.flags.get() & tflags::ABSTRACT != 0 {
        return Err(abstract_error(vm, cls));
    }
    match td.base {
        // A bare `object()` has no `__dict__` and takes no attributes.
        BaseKind::Object if cls.is(&vm.types.object) => Ok(Value::Obj(PyObject::with_class(
            cls.clone(),
            Payload::Slotted(RefCell::new(Vec::new())),
            None,
        ))),
        BaseKind::Object | BaseKind::Other => Ok(Value::Obj(PyObject::new_instance(cls))),
        // Its `__dict__` is made on first use, as `BaseException.__new__`'s.
        BaseKind::Exception => Ok(Value::Obj(crate::exc::new_exception(
            cls.clone(),
            vm.empty_tuple.clone(),
        ))),
        _ => {
            let tn = typeobj::type_name(cls);
            Err(vm.type_error(format!(
                "object.__new__({tn}) is not safe, use {tn}.__new__()"
            )))
        }
    }
}

/// CPython's refusal to instantiate a class whose `__abstractmethods__`
/// is not empty, naming the methods in sorted order.
fn abstract_error(vm: &mut Vm, cls: &PyRef) -> crate::PyErr {
    let tn = typeobj::type_name(cls);
    let methods = type_dict(cls).get_str("__abstractmethods__");
    let mut names = match methods {
        Some(m) => match vm.collect(&m) {
            Ok(items) => items,
            Err(e) => return e,
        },
        None => Vec::new(),
    };
    let mut text: Vec<String> = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        match vm.str(&n) {
            Ok(s) => text.push(format!("'{}'", s.as_str().unwrap_or(""))),
            Err(e) => return e,
        }
    }
    text.sort();
    let s = if text.len() > 1 { "s" } else { "" };
    vm.type_error(format!(
        "Can't instantiate abstract class {tn} without an implementation for abstract method{s} {}",
        text.join(", ")
    ))
}

/// Whether `cls` finds `object`'s own `name` (`__new__`, `__init__`).
fn inherits_object(vm: &Vm, cls: &PyRef, name: &'static str) -> bool {
    match (
        typeobj::lookup_str(cls, name),
        typeobj::lookup_str(&vm.types.object, name),
    ) {
        (Some(a), Some(b)) => a.is(&b),
        _ => true,
    }
}

/// `object.__init__(self)`: arguments beyond the instance are an error
/// when the class has its own `__init__`, or neither its own `__new__`
/// (CPython's object_init).
fn object_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if !args.positional().is_empty() || args.has_keywords() {
        let cls = vm.class_of(slf).clone();
        if !inherits_object(vm, &cls, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if inherits_object(vm, &cls, "__new__") {
            let tn = typeobj::type_name(&cls);
            return Err(vm.type_error(format!(
                "{tn}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(Value::None)
}

fn object_init_subclass(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    if !args.args.is_empty() {
        let name = slf
            .as_obj()
            .and_then(|o| o.type_data().map(|t| t.qualname.borrow().clone()))
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn object_repr(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    // The default repr, bypassing any user __repr__.
    let cls = vm.class_of(slf).clone();
    if let Some(Payload::Type(_)) = slf.payload() {
        let s = vm.repr_string(slf)?;
        return Ok(Value::str(s));
    }
    let module = type_dict(&cls)
        .get_str("__module__")
        .and_then(|m| m.as_str().map(|s| s.to_string()));
    let qual = cls
        .type_data()
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    let id = slf.as_obj().map(|o| o.id()).unwrap_or(0);
    Ok(Value::str(match module.as_deref() {
        Some(m) if m != "builtins" => format!("<{m}.{qual} object at {id:#x}>"),
        _ => format!("<{qual} object at {id:#x}>"),
    }))
}

fn object_str(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    vm.repr(slf)
}

fn object_eq(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let other = exact(vm, "__eq__", &args, 1)?[0].clone();
    Ok(if slf.is(&other) {
        Value::Bool(true)
    } else {
        vm.not_implemented.clone()
    })
}

/// `object.__ne__`: the inverse of the class's `__eq__`, or NotImplemented
/// when that is (CPython's `object_richcompare`).
fn object_ne(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let other = exact(vm, "__ne__", &args, 1)?[0].clone();
    let cls = vm.class_of(slf).clone();
    let Some(eq) = typeobj::lookup_str(&cls, "__eq__") else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match vm.bind_descriptor(&eq, slf, &cls)? {
        Some(bound) => vm.call(&bound, &[other])?,
        None => vm.call(&eq, &[slf.clone(), other])?,
    };
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    let t = vm.is_true(&r)?;
    Ok(Value::Bool(!t))
}

fn object_hash(_vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        slf.as_obj().map(|o| (o.id() >> 4) as i64).unwrap_or(0),
    ))
}

fn object_getattribute(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let name = exact(vm, "__getattribute__", &args, 1)?[0].clone();
    if name.as_str().is_none() {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    let cls = vm.class_of(slf).clone();
    match vm.generic_getattr(slf, &cls, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(slf, &name)),
    }
}

fn object_setattr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "__setattr__", &args, 2)?;
    let cls = vm.class_of(slf).clone();
    vm.generic_setattr(slf, &cls, &a[0], a[1].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "__delattr__", &args, 1)?;
    let cls = vm.class_of(slf).clone();
    vm.generic_delattr(slf, &cls, &a[0])?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let spec = exact(vm, "__format__", &args, 1)?[0].clone();
    if spec.as_str().map(|s| !s.is_empty()).unwrap_or(false) {
        let tn = vm.type_name(slf);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.str(slf)
}

fn object_dir(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    if let Some(d) = slf.as_obj().and_then(|o| o.instance_dict()) {
        for k in dict_of(&d).keys() {
            if let Some(s) = k.as_str() {
                names.push(s.to_string());
            }
        }
    }
    let cls = match slf.payload() {
        Some(Payload::Type(_)) => slf
            .as_obj()
            .cloned()
            .unwrap_or_else(|| vm.types.object.clone()),
        _ => vm.class_of(slf).clone(),
    };
    for c in typeobj::mro(&cls) {
        for k in type_dict(&c).keys() {
            if let Some(s) = k.as_str() {
                names.push(s.to_string());
            }
        }
    }
    if let Some(Payload::Module(m)) = slf.payload() {
        names = dict_of(&m.dict)
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(|s| s.to_string()))
            .collect();
    }
    names.sort();
    names.dedup();
    Ok(vm.new_list(names.into_iter().map(Value::str).collect()))
}

fn object_sizeof(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(16))
}

/// `object.__lt__` and the other orderings: NotImplemented, so that the
/// other operand is asked (CPython's `object_richcompare`).
fn object_order(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    super::set_methods::slot_args(vm, name, &args, 1)?;
    Ok(vm.not_implemented.clone())
}

fn object_lt(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    object_order(vm, args, "__lt__")
}

fn object_le(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    object_order(vm, args, "__le__")
}

fn object_gt(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    object_order(vm, args, "__gt__")
}

fn object_ge(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    object_order(vm, args, "__ge__")
}

/// `type.__call__` when reached as a method (metaclass `super().__call__`).
fn callable_call_method(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    vm.call_args(slf, args)
}

fn type_call_method(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    match slf {
        Value::Obj(o) if o.type_data().is_some() => vm.type_call(o, args),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_init(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__new__(meta, name, bases, ns)` or `type(x)`.
/// A base given to `type(name, bases, ns)` that is not a class: refused
/// as CPython's `type_new` refuses it (PEP 560 resolution is for class
/// statements, then the metaclass calculation, then the type check).
fn check_base(vm: &mut Vm, meta: &PyRef, base: &Value) -> PyResult<()> {
    if base.as_obj().is_some_and(|o| o.type_data().is_some()) {
        return Ok(());
    }
    if vm.getattr_opt(base, "__mro_entries__")?.is_some() {
        return Err(
            vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()")
        );
    }
    let cls = vm.class_of(base).clone();
    if !typeobj::is_subtype(meta, &cls) && !typeobj::is_subtype(&cls, meta) {
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Err(vm.type_error("bases must be types"))
}

fn type_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(Value::Obj(meta)) = pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    if pos.len() == 2 {
        return Ok(Value::Obj(vm.class_of(&pos[1]).clone()));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = pos[1].as_str().map(|s| s.to_string()) else {
        let tn = vm.type_name(&pos[1]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
    };
    let bases: Vec<PyRef> = match pos[2].payload() {
        Some(Payload::Tuple(t)) => {
            for b in t.iter() {
                check_base(vm, meta, b)?;
            }
            t.iter().filter_map(|b| b.as_obj().cloned()).collect()
        }
        _ => {
            let tn = vm.type_name(&pos[2]);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
        }
    };
    let Value::Obj(ns) = &pos[3] else {
        let tn = vm.type_name(&pos[3]);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
    };
    if !matches!(ns.payload, Payload::Dict(_)) && !vm.is_mapping(&pos[3]) {
        let tn = vm.type_name(&pos[3]);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
    }
    let ns = if matches!(ns.payload, Payload::Dict(_)) {
        ns.clone()
    } else {
        // A custom mapping from __prepare__: copy into a dict.
        let d = vm.new_dict();
        let keys = vm.collect(&pos[3])?;
        for k in keys {
            let v = vm.getitem(&pos[3], &k)?;
            dict_of(&d).set(vm, k, v)?;
        }
        d
    };
    if dict_of(&ns).get_str("__module__").is_none() {
        dict_of(&ns).set_str(Value::str("__module__"), Value::str("__main__"));
    }
    let cls = typeobj::new_class(vm, meta, &name, bases, &ns)?;
    // __init_subclass__ of the parent, with the class keywords.
    let kwnames: Vec<Value> = args.kwnames.to_vec();
    let kwvalues: Vec<Value> = args.args[args.args.len() - kwnames.len()..].to_vec();
    let parent_mro = typeobj::mro(&cls);
    if let Some(parent) = parent_mro.get(1) {
        let sup = super_object(vm, parent_mro[0].clone(), Value::Obj(cls.clone()))?;
        let _ = parent;
        let isc = vm.getattr_str(&sup, "__init_subclass__")?;
        vm.call_kw(&isc, &kwvalues, &kwnames)?;
    }
    Ok(Value::Obj(cls))
}

fn type_prepare(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_mro(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let m = slf.as_obj().map(typeobj::mro).unwrap_or_default();
    Ok(vm.new_list(m.into_iter().map(Value::Obj).collect()))
}

fn type_instancecheck(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let obj = exact(vm, "__instancecheck__", &args, 1)?[0].clone();
    let cls = vm.class_of(&obj).clone();
    Ok(Value::Bool(
        slf.as_obj()
            .map(|t| typeobj::is_subtype(&cls, t))
            .unwrap_or(false),
    ))
}

fn type_subclasscheck(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let sub = exact(vm, "__subclasscheck__", &args, 1)?[0].clone();
    Ok(Value::Bool(match (sub.as_obj(), slf.as_obj()) {
        (Some(a), Some(b)) => typeobj::is_subtype(a, b),
        _ => false,
    }))
}

fn type_subclasses(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let subs = slf
        .as_obj()
        .and_then(|o| o.type_data().map(|t| t.live_subclasses()))
        .unwrap_or_default();
    Ok(vm.new_list(subs.into_iter().map(Value::Obj).collect()))
}

// ----- property -----

fn property_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "property", &args)?;
    let pos = args.positional();
    let cls = pos.first().and_then(|c| c.as_obj().cloned());
    let empty = || Property {
        fget: RefCell::new(Value::None),
        fset: RefCell::new(Value::None),
        fdel: RefCell::new(Value::None),
        doc: RefCell::new(Value::None),
        name: RefCell::new(Value::None),
    };
    match cls {
        // A subclass is made empty, whatever its arguments (CPython's
        // `PyType_GenericNew`); `property.__init__` fills it in, called
        // by the subclass's own `__init__` or in its place.
        Some(c) if !c.is(&vm.types.property) => Ok(Value::Obj(PyObject::with_class(
            c,
            Payload::Property(Box::new(empty())),
            Some(vm.new_dict()),
        ))),
        _ => {
            let obj = Value::Obj(PyObject::bare(Payload::Property(Box::new(empty()))));
            let rest = Args {
                args: &args.args[1..],
                kwnames: args.kwnames,
            };
            property_fill(vm, &obj, rest)?;
            Ok(obj)
        }
    }
}

/// `property.__init__(fget=None, fset=None, fdel=None, doc=None)`.
fn property_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    property_fill(vm, slf, args)?;
    Ok(Value::None)
}

/// Set the accessors and doc of the property `obj` from the arguments of
/// `property(...)`; without a doc, the getter's docstring is the doc.
fn property_fill(vm: &mut Vm, obj: &Value, args: Args) -> PyResult<()> {
    let [fget, fset, fdel, doc] =
        ArgParser::new("property").parse(vm, args, ["fget", "fset", "fdel", "doc"])?;
    let Some(Payload::Property(p)) = obj.payload() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'property' object"));
    };
    let fget = fget.unwrap_or(Value::None);
    let doc = match doc {
        Some(d) if !d.is_none() => d,
        _ => match fget.payload() {
            Some(Payload::Function(f, _)) => f.doc.borrow().clone(),
            _ => Value::None,
        },
    };
    *p.fget.borrow_mut() = fget;
    *p.fset.borrow_mut() = fset.unwrap_or(Value::None);
    *p.fdel.borrow_mut() = fdel.unwrap_or(Value::None);
    *p.doc.borrow_mut() = doc.clone();
    // A subclass's instance keeps its doc in its `__dict__` too, where the
    // class's own `__doc__` does not shadow it (as CPython's does).
    if let Some(d) = obj.as_obj().and_then(|o| o.instance_dict()) {
        dict_of(&d).set_str(Value::str("__doc__"), doc);
    }
    Ok(())
}

fn property_copy(vm: &mut Vm, slf: &Value, which: usize, f: Value) -> PyResult<Value> {
    let Some(Payload::Property(p)) = slf.payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let func_doc = |f: &Value| match f.payload() {
        Some(Payload::Function(func, _)) => func.doc.borrow().clone(),
        _ => Value::None,
    };
    // A doc taken from the getter follows the getter (CPython's
    // `getter_doc`); one given explicitly stays.
    let old_doc = func_doc(&p.fget.borrow());
    let getter_doc =
        p.doc.borrow().is_none() || (!old_doc.is_none() && p.doc.borrow().is(&old_doc));
    let mut parts = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    let doc = if getter_doc {
        func_doc(&fget)
    } else {
        p.doc.borrow().clone()
    };
    let np = Property {
        fget: RefCell::new(fget),
        fset: RefCell::new(fset),
        fdel: RefCell::new(fdel),
        doc: RefCell::new(doc),
        name: RefCell::new(p.name.borrow().clone()),
    };
    let cls = slf.as_obj().and_then(|o| o.class.clone());
    Ok(Value::Obj(match cls {
        Some(c) => PyObject::with_class(c, Payload::Property(Box::new(np)), Some(vm.new_dict())),
        None => PyObject::bare(Payload::Property(Box::new(np))),
    }))
}

fn property_getter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let f = exact(vm, "getter", &args, 1)?[0].clone();
    property_copy(vm, slf, 0, f)
}

fn property_setter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let f = exact(vm, "setter", &args, 1)?[0].clone();
    property_copy(vm, slf, 1, f)
}

fn property_deleter(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let f = exact(vm, "deleter", &args, 1)?[0].clone();
    property_copy(vm, slf, 2, f)
}

fn property_get(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::args::range(vm, "__get__", &args, 1, 2)?;
    if a[0].is_none() {
        return Ok(slf.clone());
    }
    let cls = vm.class_of(&a[0]).clone();
    vm.builtin_descr_get(slf, &a[0], &cls)
}

fn property_set(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "__set__", &args, 2)?;
    if let Some(Payload::Property(p)) = slf.payload() {
        if p.fset.borrow().is_none() {
            return Err(vm.missing_accessor(p, &a[0], "setter"));
        }
        let f = p.fset.borrow().clone();
        vm.call(&f, &[a[0].clone(), a[1].clone()])?;
    }
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "__delete__", &args, 1)?;
    if let Some(Payload::Property(p)) = slf.payload() {
        if p.fdel.borrow().is_none() {
            return Err(vm.missing_accessor(p, &a[0], "deleter"));
        }
        let f = p.fdel.borrow().clone();
        vm.call(&f, &[a[0].clone()])?;
    }
    Ok(Value::None)
}

fn property_set_name(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "__set_name__", &args, 2)?;
    if let Some(Payload::Property(p)) = slf.payload() {
        *p.name.borrow_mut() = a[1].clone();
    }
    Ok(Value::None)
}

fn classmethod_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, "classmethod", |f| {
        Payload::ClassMethod(RefCell::new(f))
    })
}

fn staticmethod_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, "staticmethod", |f| {
        Payload::StaticMethod(RefCell::new(f))
    })
}

/// `classmethod(f)` / `staticmethod(f)`. A subclass's instance has its
/// class and a `__dict__`; its own `__init__` may take other arguments
/// (the callable is then the first, or None until `__init__` of the
/// base sets it).
fn wrapper_new(vm: &mut Vm, args: Args, name: &str, make: fn(Value) -> Payload) -> PyResult<Value> {
    let pos = args.positional();
    let cls = pos.first().and_then(|c| c.as_obj().cloned());
    let base = match name {
        "classmethod" => vm.types.classmethod.clone(),
        _ => vm.types.staticmethod.clone(),
    };
    if let Some(c) = cls.filter(|c| !c.is(&base)) {
        let f = pos.get(1).cloned().unwrap_or(Value::None);
        return Ok(Value::Obj(PyObject::with_class(
            c,
            make(f),
            Some(vm.new_dict()),
        )));
    }
    if pos.len() != 2 || args.has_keywords() {
        if args.has_keywords() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(Value::Obj(PyObject::bare(make(pos[1].clone()))))
}

/// `classmethod.__init__(f)` / `staticmethod.__init__(f)`: (re)sets the
/// wrapped callable.
fn wrapper_init(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 1 || args.has_keywords() {
        let name = match slf.payload() {
            Some(Payload::ClassMethod(_)) => "classmethod",
            _ => "staticmethod",
        };
        if args.has_keywords() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!("{name} expected 1 argument, got {}", pos.len())));
    }
    if let Some(Payload::ClassMethod(f) | Payload::StaticMethod(f)) = slf.payload() {
        *f.borrow_mut() = pos[0].clone();
    }
    Ok(Value::None)
}

fn wrapper_get(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let a = super::args::range(vm, "__get__", &args, 1, 2)?;
    let owner = match a.get(1) {
        Some(Value::Obj(o)) => o.clone(),
        _ => vm.class_of(&a[0]).clone(),
    };
    vm.builtin_descr_get(slf, &a[0], &owner)
}

// ----- super -----

pub fn super_object(vm: &mut Vm, ty: PyRef, obj: Value) -> PyResult<Value> {
    let obj_type = match obj.payload() {
        Some(Payload::Type(_))
            if obj
                .as_obj()
                .map(|o| typeobj::is_subtype(o, &ty))
                .unwrap_or(false) =>
        {
            obj.as_obj().cloned().unwrap_or_else(|| ty.clone())
        }
        _ => {
            let c = vm.class_of(&obj).clone();
            if !typeobj::is_subtype(&c, &ty) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            c
        }
    };
    Ok(Value::Obj(PyObject::bare(Payload::Super {
        ty,
        obj,
        obj_type,
    })))
}

fn super_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    match pos.len() {
        3 => {
            let Value::Obj(ty) = &pos[1] else {
                let tn = vm.type_name(&pos[1]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            };
            if ty.type_data().is_none() {
                let tn = vm.type_name(&pos[1]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            }
            super_object(vm, ty.clone(), pos[2].clone())
        }
        _ => Err(vm.runtime_error("super(): no arguments")),
    }
}

/// `super().name` for a call, when it is a Python function found after
/// `ty` on the MRO of an instance's type: the function and the instance,
/// to be called without a bound method (CPython's `LOAD_SUPER_ATTR_METHOD`).
/// None in every other case, which `super_getattr` answers.
pub fn super_method(sup: &Value, name: &Value) -> Option<(Value, Value)> {
    let Some(Payload::Super { ty, obj, obj_type }) = sup.payload() else {
        return None;
    };
    if matches!(obj.payload(), Some(Payload::Type(_))) || name.as_str() == Some("__class__") {
        return None;
    }
    function_after(ty, obj_type, name).map(|f| (f, obj.clone()))
}

/// The Python function `name` found after `ty` on the MRO of `obj_type`,
/// if that is what is found there.
fn function_after(ty: &PyRef, obj_type: &PyRef, name: &Value) -> Option<Value> {
    let mro = obj_type.type_data()?.mro.borrow();
    let start = mro.iter().position(|c| c.is(ty))? + 1;
    let found = mro[start..]
        .iter()
        .find_map(|cls| type_dict(cls).get_name(name))?;
    matches!(found.payload(), Some(Payload::Function(_, _))).then_some(found)
}

impl Vm {
    /// `super()` in a method: the built-in `super` given `cls` and `obj`
    /// (`__class__` and the first argument), any other `super` called
    /// without arguments (`CallSuper`).
    pub fn call_super(&mut self, [sup, cls, obj]: [Value; 3]) -> PyResult<Value> {
        if sup.as_obj().is_some_and(|s| s.is(&self.types.super_)) {
            construct_super(self, Args::new(&[cls, obj]))
        } else {
            self.call(&sup, &[])
        }
    }

    /// `LoadSuperAttr`/`LoadSuperMethod`: `super(cls, obj).name`, and for
    /// a method call the `(callable, self or NULL)` pair `LoadMethod`
    /// gives. With the built-in `super`, a Python function found after
    /// `cls` on the MRO of an instance's type is the answer without a
    /// super object (CPython's `LOAD_SUPER_ATTR_METHOD`); anything else
    /// makes the super object (calling whatever `super` names, with the
    /// class and object when `two_args` wrote them out, else with none)
    /// and asks it.
    pub fn load_super(
        &mut self,
        [sup, cls, obj]: [Value; 3],
        two_args: bool,
        name: &Value,
        method: bool,
    ) -> PyResult<(Value, Value)> {
        let builtin = sup.as_obj().is_some_and(|s| s.is(&self.types.super_));
        if builtin && method && !matches!(obj.payload(), Some(Payload::Type(_))) {
            if let Value::Obj(ty) = &cls {
                let obj_type = self.class_of(&obj).clone();
                if ty.type_data().is_some() && typeobj::is_subtype(&obj_type, ty) {
                    if let Some(f) = function_after(ty, &obj_type, name) {
                        return Ok((f, obj));
                    }
                }
            }
        }
        let s = if two_args && !builtin {
            self.call(&sup, &[cls, obj])?
        } else {
            self.call_super([sup, cls, obj])?
        };
        if method {
            self.load_method(s, name)
        } else {
            Ok((self.getattr(&s, name)?, Value::Null))
        }
    }
}

/// `super(type, obj)` called as the exact built-in `super` (the compiler
/// passes `__class__` and the first argument for `super()`), without the
/// `__new__`/`__init__` lookups of a class call.
pub fn construct_super(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sup = Value::Obj(vm.types.super_.clone());
    let mut all = Vec::with_capacity(args.args.len() + 1);
    all.push(sup);
    all.extend_from_slice(args.args);
    super_new(vm, &Value::None, Args::new(&all))
}

/// Attribute lookup through a super object: the MRO of the object's type,
/// after `ty`.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Super { ty, obj, obj_type }) = sup.payload() else {
        return Ok(None);
    };
    if name.as_str() == Some("__class__") {
        return Ok(None);
    }
    let mro = typeobj::mro(obj_type);
    let start = mro
        .iter()
        .position(|c| c.is(ty))
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    for cls in &mro[start..] {
        if let Some(v) = type_dict(cls).get_name(name) {
            let bind_to = if obj.is(&Value::Obj(obj_type.clone()))
                && matches!(obj.payload(), Some(Payload::Type(_)))
            {
                // super(C, C).method: class-level binding.
                match v.payload() {
                    Some(Payload::Function(_, _)) | Some(Payload::MethodDescr(_)) => {
                        return Ok(Some(v))
                    }
                    _ => obj.clone(),
                }
            } else {
                obj.clone()
            };
            let (obj_type, v) = (obj_type.clone(), v);
            if let Some(Payload::StaticMethod(f)) = v.payload() {
                return Ok(Some(f.borrow().clone()));
            }
            if let Some(Payload::Native(_)) = v.payload() {
                return Ok(Some(v));
            }
            return vm.descr_get(&v, &bind_to, &obj_type).map(Some);
        }
    }
    Ok(None)
}

/// `list[int]`: a `types.GenericAlias` holding `__origin__` and `__args__`.
pub fn generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> Value {
    let args = match args.payload() {
        Some(Payload::Tuple(_)) => args.clone(),
        _ => vm.new_tuple(vec![args.clone()]),
    };
    let d = vm.new_dict();
    dict_of(&d).set_str(Value::str("__origin__"), origin.clone());
    dict_of(&d).set_str(Value::str("__args__"), args);
    Value::Obj(PyObject::with_class(
        vm.types.generic_alias.clone(),
        Payload::Instance(Default::default()),
        Some(d),
    ))
}

fn alias_part(vm: &mut Vm, v: &Value, name: &str) -> Value {
    v.as_obj()
        .and_then(|o| o.instance_dict())
        .and_then(|d| dict_of(&d).get_str(name))
        .unwrap_or_else(|| {
            let _ = vm;
            Value::None
        })
}

/// `(__origin__, __args__)` of a `types.GenericAlias`.
pub fn alias_parts(vm: &mut Vm, v: &Value) -> Option<(Value, Value)> {
    let o = v.as_obj()?;
    if !o
        .class
        .as_ref()
        .is_some_and(|c| c.is(&vm.types.generic_alias))
    {
        return None;
    }
    Some((
        alias_part(vm, v, "__origin__"),
        alias_part(vm, v, "__args__"),
    ))
}

/// `hash(list[int])`: of its origin and arguments, as CPython's `ga_hash`.
fn alias_hash(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let origin = alias_part(vm, slf, "__origin__");
    let args = alias_part(vm, slf, "__args__");
    let h = vm.hash(&origin)? ^ vm.hash(&args)?;
    Ok(Value::Int(h))
}

/// Calling an alias instantiates its origin (`list[int]([1, 2])`).
fn alias_call(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let origin = alias_part(vm, slf, "__origin__");
    vm.call_args(&origin, args)
}

/// `list[int]`, `dict[str, list[int]]`, `tuple[int, ...]`.
fn alias_repr(vm: &mut Vm, slf: &Value, _args: Args) -> PyResult<Value> {
    let origin = alias_part(vm, slf, "__origin__");
    let args = alias_part(vm, slf, "__args__");
    // CPython's `ga_repr_item`: a class by module and qualified name.
    let name = |vm: &mut Vm, v: &Value| -> PyResult<String> {
        match v.payload() {
            Some(Payload::Type(t)) => {
                let qual = t.qualname.borrow().clone();
                let module = vm.getattr_str(v, "__module__")?;
                Ok(match module.as_str() {
                    Some("builtins") | None => qual,
                    Some(m) => format!("{m}.{qual}"),
                })
            }
            Some(Payload::Ellipsis) => Ok("...".to_string()),
            _ => vm.repr_string(v),
        }
    };
    let mut parts = Vec::new();
    for a in crate::ops::tuple_items(&args) {
        parts.push(name(vm, &a)?);
    }
    let o = name(vm, &origin)?;
    Ok(Value::str(format!("{o}[{}]", parts.join(", "))))
}
