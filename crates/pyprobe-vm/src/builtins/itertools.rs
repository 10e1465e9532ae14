//! The iterators of `itertools` that run in Rust, and the `_itertools`
//! module that makes them (`lib/itertools.py` checks the arguments and
//! calls it).
//!
//! CPython counterpart: `Modules/itertoolsmodule.c`.
//!
//! Invariants:
//! - Each tool is an `IterKind::Tool`; its type is one of `Types::iters`
//!   (`itertools.repeat`, `itertools.product` ...), chosen by `type_index`.
//! - A step that calls back into Python (the next item of an input
//!   iterator, a function) copies what it needs out of the iterator and
//!   lets go of its borrow first, then puts its new state back.
//! - The combinatoric tools hold their pools as vectors read once at the
//!   start, and their index arrays advance as CPython's do, so the order
//!   of the results is CPython's.

use super::args::{exact, ArgParser};
use crate::iter::new_iter;
use crate::object::{Args, IterKind, Payload};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

/// Where a combinatoric tool stands.
#[derive(Clone, Copy, PartialEq)]
pub enum Stage {
    First,
    Running,
    Done,
}

pub enum Tool {
    /// `groupby`: the input, the key function, the key of the group
    /// handed out last, the item read last and its key (None once handed
    /// out), and the number of the group that may still yield.
    GroupBy {
        it: Value,
        keyfunc: Value,
        target: Option<Value>,
        key: Option<Value>,
        value: Option<Value>,
        generation: u64,
    },
    /// One group of a `groupby`: yields while its parent is still at it.
    Grouper {
        parent: Value,
        key: Value,
        generation: u64,
    },
    Count {
        value: Value,
        step: Value,
    },
    Repeat {
        obj: Value,
        /// None: endless.
        left: Option<usize>,
    },
    Cycle {
        /// The input, until it is exhausted.
        it: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    Islice {
        /// The input, until the slice ends.
        it: Option<Value>,
        /// Items read from the input, and the position of the next one
        /// to yield (CPython's `cnt` and `next`).
        count: usize,
        next: usize,
        stop: Option<usize>,
        step: usize,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    Starmap {
        func: Value,
        it: Value,
    },
    ZipLongest {
        /// None for an input that is exhausted.
        its: Vec<Option<Value>>,
        fill: Value,
        active: usize,
    },
    Product {
        pools: Vec<Vec<Value>>,
        indices: Vec<usize>,
        stage: Stage,
    },
    Permutations {
        pool: Vec<Value>,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        stage: Stage,
    },
    Combinations {
        pool: Vec<Value>,
        r: usize,
        indices: Vec<usize>,
        replace: bool,
        stage: Stage,
    },
}

/// How many `Types::iters` from `FIRST_TOOL` on are the tools' types
/// (`vm::ITER_TYPE_NAMES` names them, in `type_index`'s order).
const TOOL_TYPES: usize = 13;

impl Tool {
    /// The tool's type, as an index into `Types::iters`.
    pub fn type_index(&self) -> usize {
        let k = match self {
            Tool::Repeat { .. } => 0,
            Tool::Cycle { .. } => 1,
            Tool::Islice { .. } => 2,
            Tool::Compress { .. } => 3,
            Tool::Starmap { .. } => 4,
            Tool::ZipLongest { .. } => 5,
            Tool::Product { .. } => 6,
            Tool::Permutations { .. } => 7,
            Tool::Combinations { replace: false, .. } => 8,
            Tool::Combinations { .. } => 9,
            Tool::Count { .. } => 10,
            Tool::GroupBy { .. } => 11,
            Tool::Grouper { .. } => 12,
        };
        crate::vm::FIRST_TOOL as usize + k
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Tool::Repeat { obj, .. } => visit(obj),
            Tool::Count { value, step } => {
                visit(value);
                visit(step);
            }
            Tool::GroupBy {
                it,
                keyfunc,
                target,
                key,
                value,
                ..
            } => {
                visit(it);
                visit(keyfunc);
                [target, key, value].into_iter().flatten().for_each(visit);
            }
            Tool::Grouper { parent, key, .. } => {
                visit(parent);
                visit(key);
            }
            Tool::Cycle { it, saved, .. } => {
                if let Some(it) = it {
                    visit(it);
                }
                saved.iter().for_each(visit);
            }
            Tool::Islice { it, .. } => {
                if let Some(it) = it {
                    visit(it);
                }
            }
            Tool::Compress { data, selectors } => {
                visit(data);
                visit(selectors);
            }
            Tool::Starmap { func, it } => {
                visit(func);
                visit(it);
            }
            Tool::ZipLongest { its, fill, .. } => {
                its.iter().flatten().for_each(&mut *visit);
                visit(fill);
            }
            Tool::Product { pools, .. } => pools.iter().flatten().for_each(visit),
            Tool::Permutations { pool, .. } | Tool::Combinations { pool, .. } => {
                pool.iter().for_each(visit)
            }
        }
    }
}

/// The `_itertools` module.
pub fn make_module(vm: &mut Vm) -> PyResult<crate::PyRef> {
    init_types(vm);
    let m = vm.new_module("_itertools");
    let d = crate::modules::module_dict_of(&m);
    super::add_functions(
        vm,
        &d,
        "_itertools",
        &[
            ("cycle", make_cycle),
            ("islice", make_islice),
            ("compress", make_compress),
            ("starmap", make_starmap),
            ("zip_longest", make_zip_longest),
            ("product", make_product),
            ("permutations", make_permutations),
            ("combinations", make_combinations),
            ("groupby", make_groupby),
        ],
    );
    for (name, k) in [("repeat", 0), ("count", 10)] {
        let t = vm.types.iters[crate::vm::FIRST_TOOL as usize + k].clone();
        typeobj::dict_of(&d).set_str(vm.intern(name), Value::Obj(t));
    }
    Ok(m)
}

fn init_types(vm: &mut Vm) {
    let repeat = vm.types.iters[crate::vm::FIRST_TOOL as usize].clone();
    if typeobj::type_dict(&repeat).get_str("__repr__").is_some() {
        return;
    }
    for k in 0..TOOL_TYPES {
        let t = vm.types.iters[crate::vm::FIRST_TOOL as usize + k].clone();
        super::functions::bind_iterator_methods(vm, &t);
        typeobj::set_type_attr(vm, &t, "__module__", Value::str("itertools"));
    }
    super::set_static_new(vm, &repeat, repeat_new);
    let count = vm.types.iters[crate::vm::FIRST_TOOL as usize + 10].clone();
    super::set_static_new(vm, &count, count_new);
    typeobj::add_methods(
        vm,
        &count,
        &[("__repr__", count_repr), ("__reduce__", count_reduce)],
    );
    typeobj::add_methods(
        vm,
        &repeat,
        &[
            ("__repr__", repeat_repr),
            ("__reduce__", repeat_reduce),
            ("__length_hint__", repeat_length_hint),
        ],
    );
}

fn tool(t: Tool) -> Value {
    new_iter(IterKind::Tool(Box::new(t)))
}

/// `repeat(object[, times])`.
fn repeat_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "repeat", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [obj, times] = ArgParser::new("repeat")
        .required(1)
        .parse(vm, rest, ["object", "times"])?;
    let left = match times {
        None => None,
        Some(t) => {
            let n = match t.payload() {
                Some(Payload::BigInt(_)) => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
                _ => vm.index(&t)?,
            };
            Some(n.max(0) as usize)
        }
    };
    Ok(tool(Tool::Repeat {
        obj: obj.unwrap_or(Value::None),
        left,
    }))
}

/// What `f` reads of the tool `slf`, or the error of a method of the
/// tool's type `owner` applied to something else.
fn state<R>(
    vm: &mut Vm,
    slf: &Value,
    name: &str,
    owner: &str,
    f: impl Fn(&Tool) -> Option<R>,
) -> PyResult<R> {
    if let Some(Payload::Iter(k)) = slf.payload() {
        if let IterKind::Tool(t) = &*k.borrow() {
            if let Some(r) = f(t) {
                return Ok(r);
            }
        }
    }
    let tn = vm.type_name(slf);
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"
    )))
}

fn repeat_state(vm: &mut Vm, slf: &Value, name: &str) -> PyResult<(Value, Option<usize>)> {
    state(vm, slf, name, "itertools.repeat", |t| match t {
        Tool::Repeat { obj, left } => Some((obj.clone(), *left)),
        _ => None,
    })
}

fn repeat_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__repr__", &args, 0)?;
    let (obj, left) = repeat_state(vm, slf, "__repr__")?;
    let r = vm.repr_string(&obj)?;
    Ok(Value::str(match left {
        None => format!("repeat({r})"),
        Some(n) => format!("repeat({r}, {n})"),
    }))
}

fn repeat_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__reduce__", &args, 0)?;
    let (obj, left) = repeat_state(vm, slf, "__reduce__")?;
    let cls = Value::Obj(vm.class_of(slf).clone());
    let ctor = match left {
        None => vm.new_tuple(vec![obj]),
        Some(n) => vm.new_tuple(vec![obj, Value::Int(n as i64)]),
    };
    Ok(vm.new_tuple(vec![cls, ctor]))
}

fn repeat_length_hint(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__length_hint__", &args, 0)?;
    match repeat_state(vm, slf, "__length_hint__")?.1 {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}

/// Can `v` be counted with (CPython's `count` check): a number, or an
/// object that converts to one.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        _ if matches!(
            v.payload(),
            Some(Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..))
        ) =>
        {
            true
        }
        _ => {
            let cls = vm.class_of(v);
            ["__index__", "__int__", "__float__"]
                .iter()
                .any(|n| typeobj::lookup_str(cls, n).is_some())
        }
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

/// `count(start=0, step=1)`.
fn count_new(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    super::args::need_cls(vm, "count", &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [start, step] = ArgParser::new("count").parse(vm, rest, ["start", "step"])?;
    let mut value = start.unwrap_or(Value::Int(0));
    let mut step = step.unwrap_or(Value::Int(1));
    if !is_number(vm, &value) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    if is_int(&value) && is_int(&step) && step.to_i64() == Some(1) {
        // Counting by one over ints always gives exact ints.
        if let Value::Bool(b) = value {
            value = Value::Int(b as i64);
        }
        step = Value::Int(1);
    }
    Ok(tool(Tool::Count { value, step }))
}

fn count_state(vm: &mut Vm, slf: &Value, name: &str) -> PyResult<(Value, Value)> {
    state(vm, slf, name, "itertools.count", |t| match t {
        Tool::Count { value, step } => Some((value.clone(), step.clone())),
        _ => None,
    })
}

fn count_repr(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__repr__", &args, 0)?;
    let (value, step) = count_state(vm, slf, "__repr__")?;
    let v = vm.repr_string(&value)?;
    if matches!(step, Value::Int(1)) {
        return Ok(Value::str(format!("count({v})")));
    }
    let s = vm.repr_string(&step)?;
    Ok(Value::str(format!("count({v}, {s})")))
}

fn count_reduce(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "__reduce__", &args, 0)?;
    let (value, step) = count_state(vm, slf, "__reduce__")?;
    let cls = Value::Obj(vm.class_of(slf).clone());
    // CPython's count keeps a small int counted by one in a machine word,
    // and reduces only that case to the value alone.
    let ctor = if matches!((&value, &step), (Value::Int(v), Value::Int(1)) if *v < i64::MAX) {
        vm.new_tuple(vec![value])
    } else {
        vm.new_tuple(vec![value, step])
    };
    Ok(vm.new_tuple(vec![cls, ctor]))
}

fn num(v: &Value) -> Option<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Some(*i as usize),
        Value::Bool(b) => Some(*b as usize),
        _ => None,
    }
}

/// `_itertools.cycle(iterator)`.
fn make_cycle(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "cycle", &args, 1)?;
    Ok(tool(Tool::Cycle {
        it: Some(a[0].clone()),
        saved: Vec::new(),
        index: 0,
    }))
}

/// `_itertools.islice(iterator, start, stop or None, step)`, the bounds
/// already checked.
fn make_islice(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "islice", &args, 4)?;
    let (Some(start), Some(step)) = (num(&a[1]), num(&a[3])) else {
        return Err(vm.value_error("islice() bounds must be checked first"));
    };
    Ok(tool(Tool::Islice {
        it: Some(a[0].clone()),
        count: 0,
        next: start,
        stop: num(&a[2]),
        step: step.max(1),
    }))
}

fn make_compress(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "compress", &args, 2)?;
    Ok(tool(Tool::Compress {
        data: a[0].clone(),
        selectors: a[1].clone(),
    }))
}

fn make_starmap(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "starmap", &args, 2)?;
    Ok(tool(Tool::Starmap {
        func: a[0].clone(),
        it: a[1].clone(),
    }))
}

/// `_itertools.zip_longest(list of iterators, fillvalue)`.
fn make_zip_longest(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "zip_longest", &args, 2)?;
    let its: Vec<Option<Value>> = vm.collect(&a[0])?.into_iter().map(Some).collect();
    let active = its.len();
    Ok(tool(Tool::ZipLongest {
        its,
        fill: a[1].clone(),
        active,
    }))
}

/// `_itertools.product(list of tuples)`, the pools already repeated.
fn make_product(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "product", &args, 1)?;
    let mut pools = Vec::new();
    for p in vm.collect(&a[0])? {
        pools.push(vm.collect(&p)?);
    }
    let n = pools.len();
    Ok(tool(Tool::Product {
        pools,
        indices: vec![0; n],
        stage: Stage::First,
    }))
}

/// `_itertools.permutations(tuple, r)`.
fn make_permutations(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "permutations", &args, 2)?;
    let pool = vm.collect(&a[0])?;
    let r = num(&a[1]).unwrap_or(0);
    let n = pool.len();
    Ok(tool(Tool::Permutations {
        indices: (0..n).collect(),
        cycles: (0..r.min(n)).map(|i| n - i).collect(),
        stage: if r > n { Stage::Done } else { Stage::First },
        pool,
        r,
    }))
}

/// `_itertools.groupby(iterator, key or None)`.
fn make_groupby(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "groupby", &args, 2)?;
    Ok(tool(Tool::GroupBy {
        it: a[0].clone(),
        keyfunc: a[1].clone(),
        target: None,
        key: None,
        value: None,
        generation: 0,
    }))
}

/// The `GroupBy` in the iterator object `v`.
fn groupby_cell(v: &Value) -> Option<&RefCell<IterKind>> {
    match v.payload() {
        Some(Payload::Iter(k)) if matches!(&*k.borrow(), IterKind::Tool(t) if matches!(**t, Tool::GroupBy { .. })) => {
            Some(k)
        }
        _ => None,
    }
}

/// Read the next item of a groupby's input and its key (CPython's
/// `groupby_step`); false at the end of the input.
fn groupby_step(vm: &mut Vm, k: &RefCell<IterKind>) -> PyResult<bool> {
    let Some((it, keyfunc)) = with_tool(k, |t| match t {
        Tool::GroupBy { it, keyfunc, .. } => Some((it.clone(), keyfunc.clone())),
        _ => None,
    })
    .flatten() else {
        return Ok(false);
    };
    let Some(item) = vm.next(&it)? else {
        return Ok(false);
    };
    let item_key = if keyfunc.is_none() {
        item.clone()
    } else {
        vm.call(&keyfunc, std::slice::from_ref(&item))?
    };
    with_tool(k, |t| {
        if let Tool::GroupBy { key, value, .. } = t {
            *key = Some(item_key);
            *value = Some(item);
        }
    });
    Ok(true)
}

/// The group keys a groupby compares: the one handed out last and the
/// one read last.
fn groupby_keys(k: &RefCell<IterKind>) -> (Option<Value>, Option<Value>) {
    with_tool(k, |t| match t {
        Tool::GroupBy { target, key, .. } => (target.clone(), key.clone()),
        _ => (None, None),
    })
    .unwrap_or((None, None))
}

/// The next `(key, group)` of a groupby (CPython's `groupby_next`): the
/// group handed out last ends, what is left of it is skipped, and a group
/// starts at the next key.
fn groupby_next(vm: &mut Vm, k: &RefCell<IterKind>, me: &Value) -> PyResult<Option<Value>> {
    with_tool(k, |t| {
        if let Tool::GroupBy { generation, .. } = t {
            *generation += 1;
        }
    });
    loop {
        match groupby_keys(k) {
            (_, None) => {}
            (None, Some(_)) => break,
            (Some(target), Some(key)) => {
                if !super::set_methods::eq_bool(vm, &target, &key)? {
                    break;
                }
            }
        }
        if !groupby_step(vm, k)? {
            return Ok(None);
        }
    }
    let made = with_tool(k, |t| match t {
        Tool::GroupBy {
            target,
            key: Some(key),
            generation,
            ..
        } => {
            *target = Some(key.clone());
            Some((key.clone(), *generation))
        }
        _ => None,
    })
    .flatten();
    let Some((key, generation)) = made else {
        return Ok(None);
    };
    let grouper = tool(Tool::Grouper {
        parent: me.clone(),
        key: key.clone(),
        generation,
    });
    Ok(Some(vm.new_tuple(vec![key, grouper])))
}

/// The next item of a group (CPython's `_grouper_next`): none once its
/// groupby has moved on, or at an item of another key.
fn grouper_next(
    vm: &mut Vm,
    parent: &Value,
    group_key: &Value,
    generation: u64,
) -> PyResult<Option<Value>> {
    let Some(k) = groupby_cell(parent) else {
        return Ok(None);
    };
    let state = with_tool(k, |t| match t {
        Tool::GroupBy {
            generation: g,
            value,
            ..
        } => Some((*g == generation, value.is_none())),
        _ => None,
    })
    .flatten();
    let Some((true, needs_item)) = state else {
        return Ok(None);
    };
    if needs_item && !groupby_step(vm, k)? {
        return Ok(None);
    }
    let Some(key) = groupby_keys(k).1 else {
        return Ok(None);
    };
    if !super::set_methods::eq_bool(vm, group_key, &key)? {
        return Ok(None);
    }
    Ok(with_tool(k, |t| match t {
        Tool::GroupBy { value, .. } => value.take(),
        _ => None,
    })
    .flatten())
}

/// `_itertools.combinations(tuple, r, with_replacement)`.
fn make_combinations(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "combinations", &args, 3)?;
    let pool = vm.collect(&a[0])?;
    let r = num(&a[1]).unwrap_or(0);
    let replace = matches!(a[2], Value::Bool(true));
    let n = pool.len();
    let done = if replace { n == 0 && r > 0 } else { r > n };
    Ok(tool(Tool::Combinations {
        indices: if replace {
            vec![0; r]
        } else {
            (0..r).collect()
        },
        stage: if done { Stage::Done } else { Stage::First },
        pool,
        r,
        replace,
    }))
}

/// The tool stored in `k` (after a call back into Python it may have
/// been cleared by the collector: then None).
fn with_tool<R>(k: &RefCell<IterKind>, f: impl FnOnce(&mut Tool) -> R) -> Option<R> {
    match &mut *k.borrow_mut() {
        IterKind::Tool(t) => Some(f(t)),
        _ => None,
    }
}

/// The next item of the tool in `k` (`iter.rs` calls this for
/// `IterKind::Tool`).
pub fn next(vm: &mut Vm, k: &RefCell<IterKind>, me: &Value) -> PyResult<Option<Value>> {
    enum Step {
        Done(Option<Value>),
        Count(Value, Value),
        GroupBy,
        Grouper(Value, Value, u64),
        Cycle(Value),
        Islice(Value),
        Compress(Value, Value),
        Starmap(Value, Value),
        ZipLongest(Vec<Option<Value>>),
    }
    let step = {
        let mut kind = k.borrow_mut();
        let IterKind::Tool(t) = &mut *kind else {
            return Ok(None);
        };
        match &mut **t {
            Tool::GroupBy { .. } => Step::GroupBy,
            Tool::Grouper {
                parent,
                key,
                generation,
            } => Step::Grouper(parent.clone(), key.clone(), *generation),
            Tool::Count { value, step } => match (&*value, &*step) {
                (Value::Int(v), Value::Int(s)) if v.checked_add(*s).is_some() => {
                    let old = Value::Int(*v);
                    *value = Value::Int(v + s);
                    Step::Done(Some(old))
                }
                _ => Step::Count(value.clone(), step.clone()),
            },
            Tool::Repeat { obj, left } => Step::Done(match left {
                None => Some(obj.clone()),
                Some(0) => None,
                Some(n) => {
                    *n -= 1;
                    Some(obj.clone())
                }
            }),
            Tool::Cycle { it: Some(it), .. } => Step::Cycle(it.clone()),
            Tool::Cycle { saved, index, .. } => {
                if saved.is_empty() {
                    Step::Done(None)
                } else {
                    let v = saved[*index % saved.len()].clone();
                    *index = (*index + 1) % saved.len();
                    Step::Done(Some(v))
                }
            }
            Tool::Islice { it: None, .. } => Step::Done(None),
            Tool::Islice { it: Some(it), .. } => Step::Islice(it.clone()),
            Tool::Compress { data, selectors } => Step::Compress(data.clone(), selectors.clone()),
            Tool::Starmap { func, it } => Step::Starmap(func.clone(), it.clone()),
            Tool::ZipLongest { its, active, .. } => {
                if *active == 0 {
                    Step::Done(None)
                } else {
                    Step::ZipLongest(its.clone())
                }
            }
            Tool::Product {
                pools,
                indices,
                stage,
            } => Step::Done(product_step(vm, pools, indices, stage)),
            Tool::Permutations {
                pool,
                r,
                indices,
                cycles,
                stage,
            } => Step::Done(permutations_step(vm, pool, *r, indices, cycles, stage)),
            Tool::Combinations {
                pool,
                r,
                indices,
                replace,
                stage,
            } => Step::Done(combinations_step(vm, pool, *r, indices, *replace, stage)),
        }
    };
    match step {
        Step::Done(v) => Ok(v),
        Step::GroupBy => groupby_next(vm, k, me),
        Step::Grouper(parent, key, generation) => grouper_next(vm, &parent, &key, generation),
        Step::Count(value, step) => {
            let next = vm.binary_op(&value, &step, pyprobe_bytecode::BinOp::Add)?;
            with_tool(k, |t| {
                if let Tool::Count { value, .. } = t {
                    *value = next;
                }
            });
            Ok(Some(value))
        }
        Step::Cycle(it) => match vm.next(&it)? {
            Some(v) => {
                with_tool(k, |t| {
                    if let Tool::Cycle { saved, .. } = t {
                        saved.push(v.clone());
                    }
                });
                Ok(Some(v))
            }
            None => {
                let first = with_tool(k, |t| match t {
                    Tool::Cycle {
                        it, saved, index, ..
                    } => {
                        *it = None;
                        *index = 0;
                        saved.first().cloned().inspect(|_| *index = 1 % saved.len())
                    }
                    _ => None,
                });
                Ok(first.flatten())
            }
        },
        Step::Islice(it) => {
            // CPython's `islice_next`: skip to `next` (even past `stop`),
            // end at `stop`, else take one item and move `next` on by
            // `step`.
            let end = |k: &RefCell<IterKind>| {
                with_tool(k, |t| {
                    if let Tool::Islice { it, .. } = t {
                        *it = None;
                    }
                });
            };
            loop {
                let (count, next, stop) = match with_tool(k, |t| match t {
                    Tool::Islice {
                        count, next, stop, ..
                    } => Some((*count, *next, *stop)),
                    _ => None,
                })
                .flatten()
                {
                    Some(state) => state,
                    None => return Ok(None),
                };
                if count >= next && stop.is_some_and(|s| count >= s) {
                    end(k);
                    return Ok(None);
                }
                let Some(v) = vm.next(&it)? else {
                    end(k);
                    return Ok(None);
                };
                let take = count >= next;
                with_tool(k, |t| {
                    if let Tool::Islice {
                        count,
                        next,
                        stop,
                        step,
                        ..
                    } = t
                    {
                        *count += 1;
                        if take {
                            *next = next.saturating_add(*step);
                            if let Some(s) = *stop {
                                *next = (*next).min(s);
                            }
                        }
                    }
                });
                if take {
                    return Ok(Some(v));
                }
            }
        }
        Step::Compress(data, selectors) => loop {
            let Some(d) = vm.next(&data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&selectors)? else {
                return Ok(None);
            };
            if vm.is_true(&s)? {
                return Ok(Some(d));
            }
        },
        Step::Starmap(func, it) => {
            let Some(args) = vm.next(&it)? else {
                return Ok(None);
            };
            let items = match args.payload() {
                Some(Payload::Tuple(t)) if args.as_obj().is_some_and(|o| o.class.is_none()) => {
                    t.to_vec()
                }
                _ => vm.collect(&args)?,
            };
            vm.call(&func, &items).map(Some)
        }
        Step::ZipLongest(its) => {
            let fill = match &*k.borrow() {
                IterKind::Tool(t) => match &**t {
                    Tool::ZipLongest { fill, .. } => fill.clone(),
                    _ => Value::None,
                },
                _ => Value::None,
            };
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                let Some(it) = it else {
                    items.push(fill.clone());
                    continue;
                };
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        let left = with_tool(k, |t| match t {
                            Tool::ZipLongest { its, active, .. } => {
                                its[i] = None;
                                *active -= 1;
                                *active
                            }
                            _ => 0,
                        });
                        if left.unwrap_or(0) == 0 {
                            return Ok(None);
                        }
                        items.push(fill.clone());
                    }
                }
            }
            Ok(Some(vm.new_tuple(items)))
        }
    }
}

fn pick(vm: &Vm, pool: &[Value], indices: &[usize]) -> Value {
    vm.new_tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

/// The next tuple of a cartesian product (an odometer over the pools).
fn product_step(
    vm: &Vm,
    pools: &[Vec<Value>],
    indices: &mut [usize],
    stage: &mut Stage,
) -> Option<Value> {
    match *stage {
        Stage::Done => return None,
        Stage::First => {
            if pools.iter().any(|p| p.is_empty()) {
                *stage = Stage::Done;
                return None;
            }
            *stage = Stage::Running;
        }
        Stage::Running => {
            let mut i = pools.len();
            loop {
                if i == 0 {
                    *stage = Stage::Done;
                    return None;
                }
                i -= 1;
                indices[i] += 1;
                if indices[i] < pools[i].len() {
                    break;
                }
                indices[i] = 0;
            }
        }
    }
    let items = pools
        .iter()
        .zip(indices.iter())
        .map(|(p, &i)| p[i].clone())
        .collect();
    Some(vm.new_tuple(items))
}

/// The next permutation (CPython's index and cycle arrays).
fn permutations_step(
    vm: &Vm,
    pool: &[Value],
    r: usize,
    indices: &mut [usize],
    cycles: &mut [usize],
    stage: &mut Stage,
) -> Option<Value> {
    let n = pool.len();
    match *stage {
        Stage::Done => return None,
        Stage::First => *stage = Stage::Running,
        Stage::Running => {
            if n == 0 {
                *stage = Stage::Done;
                return None;
            }
            let mut i = r;
            loop {
                if i == 0 {
                    *stage = Stage::Done;
                    return None;
                }
                i -= 1;
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    // Move index i to the end, shifting the rest left.
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    indices.swap(i, n - j);
                    break;
                }
            }
        }
    }
    Some(pick(vm, pool, &indices[..r]))
}

/// The next combination (with or without replacement).
fn combinations_step(
    vm: &Vm,
    pool: &[Value],
    r: usize,
    indices: &mut [usize],
    replace: bool,
    stage: &mut Stage,
) -> Option<Value> {
    let n = pool.len();
    match *stage {
        Stage::Done => return None,
        Stage::First => *stage = Stage::Running,
        Stage::Running => {
            // The rightmost index that can still move up.
            let mut i = r;
            loop {
                if i == 0 {
                    *stage = Stage::Done;
                    return None;
                }
                i -= 1;
                let top = if replace { n - 1 } else { i + n - r };
                if indices[i] != top {
                    break;
                }
            }
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = if replace {
                    indices[i]
                } else {
                    indices[j - 1] + 1
                };
            }
        }
    }
    Some(pick(vm, pool, indices))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::PyObject;

    #[test]
    fn tools_traverse_what_they_hold() {
        let held = Value::Obj(PyObject::new_list(vec![]));
        let tools = [
            Tool::Cycle {
                it: None,
                saved: vec![held.clone()],
                index: 0,
            },
            Tool::Product {
                pools: vec![vec![Value::Int(1), held.clone()]],
                indices: vec![0],
                stage: Stage::First,
            },
            Tool::ZipLongest {
                its: vec![None, Some(held.clone())],
                fill: Value::None,
                active: 1,
            },
        ];
        for t in &tools {
            let mut seen = false;
            t.traverse(&mut |v| seen |= v.is(&held));
            assert!(seen);
        }
    }

    #[test]
    fn combinations_advance_in_lexicographic_order() {
        let vm = Vm::new();
        let pool: Vec<Value> = (0..4).map(Value::Int).collect();
        let mut indices: Vec<usize> = (0..2).collect();
        let mut stage = Stage::First;
        let mut seen = Vec::new();
        while let Some(t) = combinations_step(&vm, &pool, 2, &mut indices, false, &mut stage) {
            let items = crate::ops::tuple_items(&t);
            seen.push((items[0].clone().to_i64(), items[1].clone().to_i64()));
        }
        assert_eq!(seen.len(), 6);
        assert_eq!(seen[0], (Some(0), Some(1)));
        assert_eq!(seen[5], (Some(2), Some(3)));
    }
}
