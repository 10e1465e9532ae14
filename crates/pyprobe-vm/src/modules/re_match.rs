//! `re.Match`: the result of a successful match of the `_re` engine.
//!
//! CPython counterpart: `Modules/_sre/sre.c` (`MatchObject`).
//!
//! Invariants: a match keeps its pattern, the subject as given
//! (`string`) and as the exact str the engine matched (`plain`: a bytes
//! subject decoded as Latin-1, so its groups are sliced back into bytes),
//! and the marks `[start, end, start 1, end 1, ...]` (-1 for a group that
//! did not match). Group names are read from the pattern
//! (`_groupindex`, `_names`) when asked for.

use crate::builtins::args::exact;
use crate::object::{Args, Payload, PyObject};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub struct MatchData {
    pub pattern: Value,
    pub string: Value,
    pub plain: Value,
    pub bytes: bool,
    pub marks: Box<[i64]>,
    pub lastindex: i64,
    pub pos: i64,
    pub endpos: i64,
}

impl MatchData {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.string);
        visit(&self.plain);
    }

    fn ngroups(&self) -> usize {
        self.marks.len() / 2 - 1
    }
}

/// A new match object.
pub fn new_match(vm: &Vm, data: MatchData) -> Value {
    let t = vm.types.re_match.clone();
    Value::Obj(PyObject::with_class(
        t,
        Payload::RegexMatch(Box::new(data)),
        None,
    ))
}

/// Give `re.Match` its methods (once).
pub fn init_type(vm: &mut Vm) {
    let t = vm.types.re_match.clone();
    if typeobj::type_dict(&t).get_str("group").is_some() {
        return;
    }
    typeobj::add_methods(
        vm,
        &t,
        &[
            ("group", match_group),
            ("__getitem__", match_getitem),
            ("groups", match_groups),
            ("groupdict", match_groupdict),
            ("start", match_start),
            ("end", match_end),
            ("span", match_span),
            ("expand", match_expand),
            ("__repr__", match_repr),
            ("__copy__", match_copy),
            ("__deepcopy__", match_deepcopy),
        ],
    );
    crate::builtins::set_static_new(vm, &t, match_new);
    typeobj::add_classmethods(vm, &t, &[("__class_getitem__", class_getitem)]);
    typeobj::set_type_attr(vm, &t, "__module__", Value::str("re"));
    typeobj::set_type_attr(
        vm,
        &t,
        "__doc__",
        Value::str("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."),
    );
    crate::builtins::declare_read_only_attrs(
        vm,
        &t,
        &[
            "re",
            "string",
            "pos",
            "endpos",
            "lastindex",
            "lastgroup",
            "regs",
        ],
    );
}

fn data<'a>(vm: &mut Vm, slf: &'a Value, name: &str) -> PyResult<&'a MatchData> {
    match slf.payload() {
        Some(Payload::RegexMatch(m)) => Ok(m),
        _ => {
            let tn = vm.type_name(slf);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 're.Match' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// The text of group `g`, or `default` when it did not match.
fn group_value(vm: &mut Vm, m: &MatchData, g: usize, default: &Value) -> Value {
    let (s, e) = (m.marks[2 * g], m.marks[2 * g + 1]);
    if e < 0 || s < 0 {
        return default.clone();
    }
    let (s, e) = (s as usize, e as usize);
    let Some(Payload::Str(ps)) = m.plain.payload() else {
        return Value::None;
    };
    let text = ps.as_str();
    if m.bytes {
        let b: Vec<u8> = text
            .chars()
            .skip(s)
            .take(e - s)
            .map(|c| c as u32 as u8)
            .collect();
        return Value::Obj(PyObject::bare(Payload::Bytes(b.into_boxed_slice())));
    }
    if ps.is_ascii() {
        return Value::str(&text[s..e]);
    }
    let plain = m.plain.clone();
    vm.binary_slice(&plain, &Value::Int(s as i64), &Value::Int(e as i64))
        .unwrap_or(Value::None)
}

/// The index of a group given by number or name (`Match._index`).
fn group_index(vm: &mut Vm, m: &MatchData, g: &Value) -> PyResult<usize> {
    let n = m.ngroups();
    let found = match g {
        Value::Int(i) => (*i >= 0 && *i as usize <= n).then_some(*i as usize),
        Value::Bool(b) => Some(*b as usize),
        _ if matches!(g.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) => {
            let index = vm.getattr_str(&m.pattern, "_groupindex")?;
            match index.payload() {
                Some(Payload::Dict(d)) => match d.get(vm, g)? {
                    Some(Value::Int(i)) if i >= 0 && i as usize <= n => Some(i as usize),
                    _ => None,
                },
                _ => None,
            }
        }
        _ if matches!(g.payload(), Some(Payload::BigInt(_))) => None,
        _ => match vm.getattr_opt(g, "__index__")? {
            Some(f) => match vm.call(&f, &[]) {
                Ok(Value::Int(i)) if i >= 0 && i as usize <= n => Some(i as usize),
                Ok(_) => None,
                Err(e) if vm.err_is(&e, "TypeError") => None,
                Err(e) => return Err(e),
            },
            None => None,
        },
    };
    found.ok_or_else(|| vm.index_error("no such group"))
}

fn match_group(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "group")?;
    super::super::builtins::args::no_kwargs(vm, "group", &args)?;
    let pos = args.positional();
    match pos {
        [] => Ok(group_value(vm, m, 0, &Value::None)),
        [g] => {
            let i = group_index(vm, m, g)?;
            Ok(group_value(vm, m, i, &Value::None))
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for g in many {
                let i = group_index(vm, m, g)?;
                out.push(group_value(vm, m, i, &Value::None));
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "__getitem__")?;
    let g = exact(vm, "__getitem__", &args, 1)?[0].clone();
    let i = group_index(vm, m, &g)?;
    Ok(group_value(vm, m, i, &Value::None))
}

/// The `default` argument of `groups()`/`groupdict()`.
fn default_arg(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    let [d] = crate::builtins::ArgParser::new(name).parse(vm, args, ["default"])?;
    Ok(d.unwrap_or(Value::None))
}

fn match_groups(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "groups")?;
    let default = default_arg(vm, "groups", args)?;
    let items = (1..=m.ngroups())
        .map(|g| group_value(vm, m, g, &default))
        .collect();
    Ok(vm.new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "groupdict")?;
    let default = default_arg(vm, "groupdict", args)?;
    let index = vm.getattr_str(&m.pattern, "_groupindex")?;
    let out = vm.new_dict();
    if let Some(Payload::Dict(d)) = index.payload() {
        for (name, gid) in d.items() {
            let v = match gid {
                Value::Int(i) if i >= 0 && (i as usize) <= m.ngroups() => {
                    group_value(vm, m, i as usize, &default)
                }
                _ => default.clone(),
            };
            typeobj::dict_of(&out).set(vm, name, v)?;
        }
    }
    Ok(Value::Obj(out))
}

fn group_arg(vm: &mut Vm, m: &MatchData, name: &str, args: Args) -> PyResult<usize> {
    let a = crate::builtins::args::range(vm, name, &args, 0, 1)?;
    match a.first() {
        Some(g) => group_index(vm, m, g),
        None => Ok(0),
    }
}

fn match_start(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "start")?;
    let g = group_arg(vm, m, "start", args)?;
    Ok(Value::Int(m.marks[2 * g]))
}

fn match_end(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "end")?;
    let g = group_arg(vm, m, "end", args)?;
    Ok(Value::Int(m.marks[2 * g + 1]))
}

fn match_span(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "span")?;
    let g = group_arg(vm, m, "span", args)?;
    Ok(vm.new_tuple(vec![
        Value::Int(m.marks[2 * g]),
        Value::Int(m.marks[2 * g + 1]),
    ]))
}

/// `expand(template)`: `re`'s template expansion (`re._match_expand`).
fn match_expand(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    data(vm, slf, "expand")?;
    let t = exact(vm, "expand", &args, 1)?[0].clone();
    let re = vm.import_module("re")?;
    let f = vm.getattr_str(&re, "_match_expand")?;
    vm.call(&f, &[slf.clone(), t])
}

fn match_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let m = data(vm, slf, "__repr__")?;
    exact(vm, "__repr__", &args, 0)?;
    let g = group_value(vm, m, 0, &Value::None);
    let r = vm.repr_string(&g)?;
    Ok(Value::str(format!(
        "<re.Match object; span=({}, {}), match={r}>",
        m.marks[0], m.marks[1]
    )))
}

fn match_copy(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    data(vm, slf, "__copy__")?;
    exact(vm, "__copy__", &args, 0)?;
    Ok(slf.clone())
}

fn match_deepcopy(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    data(vm, slf, "__deepcopy__")?;
    exact(vm, "__deepcopy__", &args, 1)?;
    Ok(slf.clone())
}

fn class_getitem(vm: &mut Vm, cls: &Value, args: Args) -> PyResult<Value> {
    let item = exact(vm, "Match.__class_getitem__", &args, 1)?[0].clone();
    Ok(crate::builtins::generic_alias(vm, cls, &item))
}

/// The attributes of a match (answered by `getset::special_attr`).
pub fn attr(vm: &mut Vm, m: &MatchData, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "re" => m.pattern.clone(),
        "string" => m.string.clone(),
        "pos" => Value::Int(m.pos),
        "endpos" => Value::Int(m.endpos),
        "lastindex" if m.lastindex > 0 => Value::Int(m.lastindex),
        "lastindex" => Value::None,
        "lastgroup" => {
            if m.lastindex <= 0 {
                return Ok(Some(Value::None));
            }
            let names = vm.getattr_str(&m.pattern, "_names")?;
            match names.payload() {
                Some(Payload::Dict(d)) => {
                    d.get(vm, &Value::Int(m.lastindex))?.unwrap_or(Value::None)
                }
                _ => Value::None,
            }
        }
        "regs" => {
            let pairs = (0..=m.ngroups())
                .map(|g| {
                    vm.new_tuple(vec![
                        Value::Int(m.marks[2 * g]),
                        Value::Int(m.marks[2 * g + 1]),
                    ])
                })
                .collect();
            vm.new_tuple(pairs)
        }
        _ => return Ok(None),
    }))
}

/// `re.Match()`: not made from Python.
fn match_new(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Match' instances"))
}
