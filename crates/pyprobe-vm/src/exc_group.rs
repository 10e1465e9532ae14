//! Exception groups: `BaseExceptionGroup`, `ExceptionGroup` and the
//! matching that `except*` runs.
//!
//! CPython counterparts: the `BaseExceptionGroup` part of
//! `Objects/exceptions.c` (`BaseExceptionGroup_new`, `derive`, `split`,
//! `subgroup`, `exceptiongroup_split_recursive`, `_PyExc_PrepReraiseStar`)
//! and `_PyEval_ExceptionGroupMatch` / `check_except_star_type_valid` of
//! `Python/ceval.c`.
//!
//! Invariants: a group's message (a str) and its exceptions (a non-empty
//! tuple of exception instances) are set once, by `__new__`, in
//! [`ExcData::group`]; they never change afterwards, while `args` keeps the
//! arguments as they were given. An object is a group exactly when that
//! field is set.

use crate::object::{tflags, Args, BaseKind, Payload, PyObject, PyRef, TypeData};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

/// Create `BaseExceptionGroup(BaseException)` and
/// `ExceptionGroup(BaseExceptionGroup, Exception)` in `vm.exc`.
pub fn init_exception_groups(vm: &mut Vm) {
    let base = vm.types.base_exception.clone();
    let beg = builtin_exception_type("BaseExceptionGroup", vec![base.clone()]);
    let mut mro = vec![beg.clone()];
    mro.extend(typeobj::mro(&base));
    set_mro(&beg, mro);
    let exception = vm.exc["Exception"].clone();
    let eg = builtin_exception_type("ExceptionGroup", vec![beg.clone(), exception.clone()]);
    let mut mro = vec![eg.clone(), beg.clone()];
    mro.extend(typeobj::mro(&exception));
    set_mro(&eg, mro);

    typeobj::add_methods(
        vm,
        &beg,
        &[
            ("derive", group_derive),
            ("split", group_split),
            ("subgroup", group_subgroup),
        ],
    );
    typeobj::add_classmethods(vm, &beg, &[("__class_getitem__", group_class_getitem)]);
    let new = vm.new_native("__new__", "BaseExceptionGroup", group_new);
    let sm = Value::Obj(PyObject::bare(Payload::StaticMethod(RefCell::new(new))));
    typeobj::set_type_attr(vm, &beg, "__new__", sm);
    // ExceptionGroup is a heap type in CPython, with `__module__` in its
    // namespace; BaseExceptionGroup is static.
    typeobj::set_type_attr(vm, &eg, "__module__", Value::str("builtins"));
    vm.exc.insert("BaseExceptionGroup", beg);
    vm.exc.insert("ExceptionGroup", eg);
}

fn builtin_exception_type(name: &str, bases: Vec<PyRef>) -> PyRef {
    PyObject::bare(Payload::Type(Box::new(TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict: crate::dict::PyDict::new(),
        base: BaseKind::Exception,
        flags: Cell::new(tflags::BASETYPE),
        builtin: true,
        subclasses: RefCell::new(Vec::new()),
        nslots: Cell::new(0),
        attr_keys: Default::default(),
        hashes_by_value: Cell::new(0),
    })))
}

fn set_mro(t: &PyRef, mro: Vec<PyRef>) {
    if let Some(td) = t.type_data() {
        *td.mro.borrow_mut() = mro;
    }
}

/// The `(message, exceptions)` of a group, None for other objects.
pub fn group_parts(v: &Value) -> Option<(Value, Value)> {
    match v.payload() {
        Some(Payload::Exception(e)) => e.borrow().group.clone(),
        _ => None,
    }
}

fn is_group(v: &Value) -> bool {
    group_parts(v).is_some()
}

fn is_exception(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Exception(_)))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let cls = cls.clone();
    if args.has_keywords() {
        let name = typeobj::type_name(&cls);
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &pos[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    let (message, given) = (&rest[0], &rest[1]);
    if message.as_str().is_none() {
        let tn = vm.type_name(message);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
        )));
    }
    if !is_sequence(vm, given) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(given)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc["Exception"].clone();
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !is_exception(e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !typeobj::is_subtype(vm.class_of(e), &exception) {
            nested_base = true;
        }
    }
    let beg = vm.exc["BaseExceptionGroup"].clone();
    let eg = vm.exc["ExceptionGroup"].clone();
    let mut cls = cls;
    if cls.is(&eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls.is(&beg) {
        // All members are Exceptions: the group is an ExceptionGroup.
        if !nested_base {
            cls = eg;
        }
    } else if nested_base && typeobj::is_subtype(&cls, &exception) {
        let name = typeobj::type_name(&cls);
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let builtin = cls.type_data().map(|t| t.builtin).unwrap_or(true);
    let args_tuple = vm.new_tuple(rest.to_vec());
    let e = crate::exc::new_exception(cls, args_tuple);
    if !builtin {
        let d = vm.new_dict();
        drop(e.replace_dict(Some(d)));
    }
    let excs = vm.new_tuple(excs);
    if let Payload::Exception(x) = &e.payload {
        x.borrow_mut().group = Some((message.clone(), excs));
    }
    Ok(Value::Obj(e))
}

/// CPython's `PySequence_Check`: a list, a tuple, or an object with
/// `__getitem__` that is not a dict.
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)) => true,
        Some(Payload::Dict(_) | Payload::Set(_)) => false,
        _ => typeobj::lookup_str(vm.class_of(v), "__getitem__").is_some(),
    }
}

fn group_arg<'a>(vm: &mut Vm, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    match args.positional() {
        [one] if !args.has_keywords() => Ok(one),
        pos => Err(vm.type_error(format!(
            "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

fn message_of(vm: &mut Vm, slf: &Value) -> PyResult<Value> {
    match group_parts(slf) {
        Some((msg, _)) => Ok(msg),
        None => Err(vm.type_error("descriptor requires a 'BaseExceptionGroup' object")),
    }
}

/// `eg.derive(excs)`: a group with the same message (always built by
/// `BaseExceptionGroup`, so subclasses override it to keep their type).
fn group_derive(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let excs = group_arg(vm, "derive", &args)?.clone();
    let msg = message_of(vm, slf)?;
    let beg = Value::Obj(vm.exc["BaseExceptionGroup"].clone());
    vm.call(&beg, &[msg, excs])
}

fn group_split(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let cond = group_arg(vm, "split", &args)?.clone();
    message_of(vm, slf)?;
    let matcher = vm.matcher(cond)?;
    let (m, rest) = vm.split_recursive(slf, &matcher, true)?;
    Ok(vm.new_tuple(vec![m.unwrap_or(Value::None), rest.unwrap_or(Value::None)]))
}

fn group_subgroup(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let cond = group_arg(vm, "subgroup", &args)?.clone();
    message_of(vm, slf)?;
    let matcher = vm.matcher(cond)?;
    let (m, _) = vm.split_recursive(slf, &matcher, false)?;
    Ok(m.unwrap_or(Value::None))
}

fn group_class_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let item = group_arg(vm, "__class_getitem__", &args)?.clone();
    Ok(crate::builtins::generic_alias(vm, slf, &item))
}

/// How `split` decides which leaves go to the match (CPython's
/// `_exceptiongroup_split_matcher_type`).
pub enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A function returning true for matching exceptions.
    Predicate(Value),
    /// The identities of the leaf exceptions to keep (used to rebuild what
    /// `except*` re-raises).
    Ids(HashSet<usize>),
}

/// Whether two exceptions carry the same traceback, cause, context and
/// notes: a clause re-raised (part of) the original group rather than
/// raising something new (CPython's `is_same_exception_metadata`).
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(Payload::Exception(x)), Some(Payload::Exception(y))) = (a.payload(), b.payload())
    else {
        return false;
    };
    let (x, y) = (x.borrow(), y.borrow());
    let same_tb = x.traceback.len() == y.traceback.len()
        && x.traceback.iter().zip(&y.traceback).all(|(p, q)| {
            p.lineno == q.lineno
                && p.name == q.name
                && p.filename == q.filename
                && match (&p.code, &q.code) {
                    (Some(c), Some(d)) => std::rc::Rc::ptr_eq(c, d),
                    (None, None) => true,
                    _ => false,
                }
        });
    same_tb && x.notes.is(&y.notes) && x.cause.is(&y.cause) && x.context.is(&y.context)
}

/// Add the identities of the leaves of `exc` to `ids`.
fn collect_leaf_ids(vm: &mut Vm, exc: &Value, ids: &mut HashSet<usize>) -> PyResult<()> {
    match group_parts(exc) {
        None => {
            if let Value::Obj(o) = exc {
                ids.insert(o.id());
            }
            Ok(())
        }
        Some((_, excs)) => {
            vm.enter()?;
            let mut r = Ok(());
            for e in crate::ops::tuple_items(&excs) {
                r = collect_leaf_ids(vm, &e, ids);
                if r.is_err() {
                    break;
                }
            }
            vm.leave();
            r
        }
    }
}

impl Vm {
    /// The matcher for `split(cond)` / `subgroup(cond)`.
    fn matcher(&mut self, cond: Value) -> PyResult<Matcher> {
        let base = self.types.base_exception.clone();
        let is_exc_class = |v: &Value| match v.payload() {
            Some(Payload::Type(_)) => v.as_obj().is_some_and(|t| typeobj::is_subtype(t, &base)),
            _ => false,
        };
        if is_exc_class(&cond) {
            return Ok(Matcher::Type(cond));
        }
        if let Some(Payload::Tuple(items)) = cond.payload() {
            if items.iter().all(is_exc_class) {
                return Ok(Matcher::Type(cond));
            }
        }
        // CPython 3.12 takes Python functions only, not other callables.
        if matches!(cond.payload(), Some(Payload::Function(_, _))) {
            return Ok(Matcher::Predicate(cond));
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn split_matches(&mut self, exc: &Value, matcher: &Matcher) -> PyResult<bool> {
        match matcher {
            Matcher::Type(t) => self.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = self.call(f, std::slice::from_ref(exc))?;
                self.is_true(&r)
            }
            Matcher::Ids(ids) => {
                Ok(!is_group(exc) && exc.as_obj().is_some_and(|o| ids.contains(&o.id())))
            }
        }
    }

    /// Split `exc` into the part that matches and (with `construct_rest`)
    /// the part that does not, each None when empty, keeping the nesting
    /// of groups (CPython's `exceptiongroup_split_recursive`).
    pub fn split_recursive(
        &mut self,
        exc: &Value,
        matcher: &Matcher,
        construct_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.split_matches(exc, matcher)? {
            return Ok((Some(exc.clone()), None));
        }
        let Some((_, excs)) = group_parts(exc) else {
            return Ok((None, construct_rest.then(|| exc.clone())));
        };
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in crate::ops::tuple_items(&excs) {
            self.enter()?;
            let r = self.split_recursive(&e, matcher, construct_rest);
            self.leave();
            let (m, r) = r?;
            matched.extend(m);
            rest.extend(r);
        }
        let m = self.group_subset(exc, matched)?;
        let r = if construct_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok((m, r))
    }

    /// A group of `excs` made by `orig.derive`, with the traceback, cause,
    /// context and notes of `orig`; None when `excs` is empty (CPython's
    /// `exceptiongroup_subset`).
    fn group_subset(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let list = self.new_list(excs);
        let derive = self.getattr(orig, &Value::str("derive"))?;
        let eg = self.call(&derive, &[list])?;
        if !is_group(&eg) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        // Share the traceback object so `__traceback__` is the same one.
        self.traceback_of(orig);
        let (Some(Payload::Exception(src)), Some(Payload::Exception(dst))) =
            (orig.payload(), eg.payload())
        else {
            return Ok(Some(eg));
        };
        let notes = src.borrow().notes.clone();
        let notes = match notes.payload() {
            Some(Payload::List(l)) => {
                let items = l.borrow().clone();
                self.new_list(items)
            }
            Some(Payload::Tuple(_)) => {
                let items = crate::ops::tuple_items(&notes);
                self.new_list(items)
            }
            _ => Value::None,
        };
        if !orig.is(&eg) {
            let s = src.borrow();
            let mut d = dst.borrow_mut();
            if !s.traceback.is_empty() {
                d.traceback = s.traceback.clone();
                d.tb_obj = s.tb_obj.clone();
            }
            d.context = s.context.clone();
            d.cause = s.cause.clone();
            // PyException_SetCause also sets __suppress_context__.
            d.suppress_context = true;
            if !notes.is_none() {
                d.notes = notes;
            }
        }
        Ok(Some(eg))
    }

    /// Split the exception an `except* ty` clause sees into `(rest, match)`
    /// (CPython's `check_except_star_type_valid` and
    /// `_PyEval_ExceptionGroupMatch`). A bare exception that matches is
    /// wrapped in a group without a traceback, as in CPython 3.12.
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn exception_group_match(&mut self, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
        self.check_except_star_type(ty)?;
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        if self.exception_matches(exc, ty)? {
            if is_group(exc) {
                return Ok((Value::None, exc.clone()));
            }
            let beg = Value::Obj(self.exc["BaseExceptionGroup"].clone());
            let excs = self.new_tuple(vec![exc.clone()]);
            let wrapped = self.call(&beg, &[Value::str(""), excs])?;
            return Ok((Value::None, wrapped));
        }
        if is_group(exc) {
            let split = self.getattr(exc, &Value::str("split"))?;
            let pair = self.call(&split, std::slice::from_ref(ty))?;
            let tn = self.type_name(exc);
            let Some(Payload::Tuple(items)) = pair.payload() else {
                let pn = self.type_name(&pair);
                return Err(self.type_error(format!("{tn}.split must return a tuple, not {pn}")));
            };
            if items.len() != 2 {
                return Err(self.type_error(format!(
                    "{tn}.split must return a 2-tuple, got tuple of size {}",
                    items.len()
                )));
            }
            return Ok((items[1].clone(), items[0].clone()));
        }
        Ok((exc.clone(), Value::None))
    }

    /// `except*` takes exception classes, but no exception group classes.
    fn check_except_star_type(&mut self, ty: &Value) -> PyResult<()> {
        let base = self.types.base_exception.clone();
        let beg = self.exc["BaseExceptionGroup"].clone();
        let items = match ty.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![ty.clone()],
        };
        let mut is_group_class = false;
        for t in &items {
            let Some(cls) = t.as_obj().filter(|o| o.type_data().is_some()) else {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            };
            if !typeobj::is_subtype(cls, &base) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            is_group_class |= typeobj::is_subtype(cls, &beg);
        }
        if is_group_class {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// What a `try`/`except*` statement re-raises: the parts of `orig` the
    /// clauses re-raised or left unhandled, keeping its nesting, and beside
    /// them in a new group whatever the clauses raised; None when nothing
    /// is left (CPython's `_PyExc_PrepReraiseStar`).
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let excs = match excs.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        let Some(first) = excs.first() else {
            return Ok(Value::None);
        };
        if !is_group(orig) {
            // A bare exception was wrapped: only one clause ran.
            return Ok(first.clone());
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in excs.into_iter().filter(|e| !e.is_none()) {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut ids = HashSet::new();
        for e in &reraised {
            collect_leaf_ids(self, e, &mut ids)?;
        }
        let (projection, _) = self.split_recursive(orig, &Matcher::Ids(ids), false)?;
        if raised.is_empty() {
            return Ok(projection.unwrap_or(Value::None));
        }
        raised.extend(projection);
        if raised.len() == 1 {
            return Ok(raised.remove(0));
        }
        let beg = Value::Obj(self.exc["BaseExceptionGroup"].clone());
        let list = self.new_list(raised);
        self.call(&beg, &[Value::str(""), list])
    }
}

/// `str(eg)`: `message (n sub-exceptions)`.
pub fn group_str(vm: &mut Vm, msg: &Value, excs: &Value) -> PyResult<String> {
    let n = crate::ops::tuple_items(excs).len();
    let m = vm.str_string(msg)?;
    Ok(format!(
        "{m} ({n} sub-exception{})",
        if n > 1 { "s" } else { "" }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::ExcData;

    fn exc_data() -> ExcData {
        ExcData::new(Value::None)
    }

    #[test]
    fn metadata_compares_cause_and_context_by_identity() {
        let a = Value::Obj(PyObject::bare(Payload::Exception(Box::new(RefCell::new(
            exc_data(),
        )))));
        let b = Value::Obj(PyObject::bare(Payload::Exception(Box::new(RefCell::new(
            exc_data(),
        )))));
        assert!(same_metadata(&a, &b));
        if let Some(Payload::Exception(x)) = b.payload() {
            x.borrow_mut().context = a.clone();
        }
        assert!(!same_metadata(&a, &b));
        assert!(!same_metadata(&a, &Value::None));
    }
}
