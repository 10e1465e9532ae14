//! The `sys` module. CPython counterpart: `Python/sysmodule.c`.

use super::import::module_dict;
use crate::builtins::args::{exact, range};
use crate::builtins::frame::FrameObject;
use crate::object::{Args, Payload, PyObject};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// The command line's `-W` options (after `PYTHONWARNINGS`'s) and `-X`
/// options, for `sys.warnoptions` and `sys._xoptions`.
static OPTIONS: std::sync::OnceLock<(Vec<String>, Vec<String>)> = std::sync::OnceLock::new();

/// Record the `-W` and `-X` options (before the interpreter is made).
pub fn set_options(warn: Vec<String>, x: Vec<String>) {
    let _ = OPTIONS.set((warn, x));
}

pub fn init(vm: &mut Vm) {
    let sys = vm.sys.clone();
    let d = module_dict(&sys);
    crate::builtins::add_functions(
        vm,
        &d,
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("getrefcount", sys_getrefcount),
            ("intern", sys_intern),
            ("audit", sys_audit),
            ("addaudithook", sys_addaudithook),
            ("getsizeof", sys_getsizeof),
            ("set_int_max_str_digits", sys_noop),
            ("get_int_max_str_digits", sys_int_max_str_digits),
            ("getdefaultencoding", sys_encoding),
            ("getfilesystemencoding", sys_encoding),
            ("breakpointhook", sys_breakpointhook),
            ("_getframe", sys_getframe),
            ("excepthook", sys_excepthook),
        ],
    );
    let hook = dict_of(&d).get_str("excepthook").unwrap_or(Value::None);
    dict_of(&d).set_str(Value::str("__excepthook__"), hook);
    let hook = dict_of(&d).get_str("breakpointhook").unwrap_or(Value::None);
    dict_of(&d).set_str(Value::str("__breakpointhook__"), hook);
    let dd = dict_of(&d);
    dd.set_str(Value::str("__name__"), Value::str("sys"));
    dd.set_str(Value::str("maxsize"), Value::Int(i64::MAX));
    dd.set_str(
        Value::str("byteorder"),
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    dd.set_str(Value::str("platform"), Value::str(std::env::consts::OS));
    dd.set_str(
        Value::str("version"),
        Value::str(format!("3.12.0 (pyprobe {})", env!("CARGO_PKG_VERSION"))),
    );
    dd.set_str(Value::str("hexversion"), Value::Int(0x030c00f0));
    let (warn, x) = OPTIONS.get().cloned().unwrap_or_default();
    let warnoptions = vm.new_list(warn.into_iter().map(Value::str).collect());
    dd.set_str(Value::str("warnoptions"), warnoptions);
    // `-X name=value` maps name to value; a bare `-X name` to True.
    let xoptions = vm.new_dict();
    for opt in x {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k.to_string(), Value::str(v)),
            None => (opt, Value::Bool(true)),
        };
        dict_of(&xoptions).set_str(Value::str(k), v);
    }
    dd.set_str(Value::str("_xoptions"), Value::Obj(xoptions));
    dd.set_str(Value::str("maxunicode"), Value::Int(0x10ffff));
    dd.set_str(Value::str("float_repr_style"), Value::str("short"));
    dd.set_str(Value::str("dont_write_bytecode"), Value::Bool(true));
    dd.set_str(Value::str("api_version"), Value::Int(1013));
    dd.set_str(
        Value::str("copyright"),
        Value::str("Copyright (c) pyprobe authors."),
    );
    dd.set_str(
        Value::str("executable"),
        Value::str(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(12),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ]);
    dd.set_str(Value::str("version_info"), vi);
    let imp = vm.new_module("sys.implementation");
    let idict = module_dict(&imp);
    dict_of(&idict).set_str(Value::str("name"), Value::str("pyprobe"));
    let cache = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(12),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ]);
    dict_of(&idict).set_str(Value::str("version"), cache);
    dict_of(&idict).set_str(Value::str("cache_tag"), Value::None);
    dd.set_str(Value::str("implementation"), Value::Obj(imp));
    dd.set_str(Value::str("modules"), Value::Obj(vm.modules.clone()));
    dd.set_str(Value::str("path"), vm.new_list(Vec::new()));
    dd.set_str(Value::str("argv"), vm.new_list(vec![Value::str("")]));
    dd.set_str(Value::str("meta_path"), vm.new_list(Vec::new()));
    dd.set_str(Value::str("path_hooks"), vm.new_list(Vec::new()));
    dd.set_str(Value::str("stdin"), crate::builtins::std_file("<stdin>", 1));
    dd.set_str(
        Value::str("stdout"),
        crate::builtins::std_file("<stdout>", 2),
    );
    dd.set_str(
        Value::str("stderr"),
        crate::builtins::std_file("<stderr>", 3),
    );
    dd.set_str(
        Value::str("__stdout__"),
        dd.get_str("stdout").unwrap_or(Value::None),
    );
    dd.set_str(
        Value::str("__stderr__"),
        dd.get_str("stderr").unwrap_or(Value::None),
    );
    dd.set_str(
        Value::str("__stdin__"),
        dd.get_str("stdin").unwrap_or(Value::None),
    );
    let flags = vm.new_module("sys.flags");
    dd.set_str(Value::str("flags"), Value::Obj(flags));
    dd.intern_keys(vm);
    let modules = vm.modules.clone();
    dict_of(&modules).set_str(Value::str("sys"), Value::Obj(sys));
    dict_of(&modules).set_str(Value::str("builtins"), Value::Obj(vm.builtins.clone()));
}

/// `sys.builtin_module_names`: the sorted names of the built-in table,
/// with `builtins` and `sys` (set once every module is registered).
pub fn set_builtin_module_names(vm: &mut Vm) {
    let mut names: Vec<&str> = vm.builtin_modules.iter().map(|(n, _)| *n).collect();
    names.extend(["builtins", "sys"]);
    names.sort_unstable();
    names.dedup();
    let t = vm.new_tuple(names.into_iter().map(Value::str).collect());
    vm.set_sys_attr("builtin_module_names", t);
}

/// CPython's "struct sequences" (sys.version_info, sys.flags ...): tuples
/// with named fields, defined in Python for brevity.
const STRUCT_SEQ: &str = r#"
def make(name, fields, values):
    module, _, short = name.rpartition(".")
    ns = {"__slots__": (), "n_fields": len(fields), "n_sequence_fields": len(fields),
          "__module__": module or "builtins"}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    def __repr__(self):
        return name + "(" + ", ".join(f + "=" + repr(v) for f, v in zip(fields, self)) + ")"
    ns["__repr__"] = __repr__
    cls = type(short, (tuple,), ns)
    return cls(values)
"#;

fn struct_seq(
    vm: &mut Vm,
    make: &Value,
    name: &str,
    fields: &[&str],
    values: Vec<Value>,
) -> PyResult<Value> {
    let f = vm.new_tuple(fields.iter().map(|s| Value::str(*s)).collect());
    let v = vm.new_tuple(values);
    vm.call(make, &[Value::str(name), f, v])
}

/// `sys.breakpointhook(*args, **kws)`: call the hook `$PYTHONBREAKPOINT`
/// names (`pdb.set_trace` when unset or empty, nothing when "0"), or warn
/// and return None when it cannot be imported.
fn sys_breakpointhook(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let env = if crate::run::ignore_environment() {
        None
    } else {
        std::env::var("PYTHONBREAKPOINT").ok()
    };
    let hookname = match env.as_deref() {
        None | Some("") => "pdb.set_trace",
        Some("0") => return Ok(Value::None),
        Some(name) => name,
    };
    let (module, attr) = hookname.rsplit_once('.').unwrap_or(("builtins", hookname));
    let found = match vm.import_module(module) {
        Ok(m) => vm.getattr_str(&m, attr),
        Err(e) => Err(e),
    };
    let hook = match found {
        Ok(h) => h,
        Err(e) if vm.err_is(&e, "ImportError") || vm.err_is(&e, "AttributeError") => {
            let text = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{hookname}\"");
            vm.warn_at_caller("RuntimeWarning", &text)?;
            return Ok(Value::None);
        }
        Err(e) => return Err(e),
    };
    vm.call_args(&hook, args)
}

/// Set `sys.flags`, `sys.version_info`, `sys.float_info` once the
/// command line is known.
pub fn set_flags(vm: &mut Vm, optimize: u8) {
    let ns = vm.new_dict();
    dict_of(&ns).set_str(Value::str("__builtins__"), Value::Obj(vm.builtins.clone()));
    let Ok(code) = vm.compile_source(STRUCT_SEQ, "<sys>", pyprobe_compiler::Mode::Exec, 0) else {
        return;
    };
    if vm.run_code(code, ns.clone(), None).is_err() {
        return;
    }
    let Some(make) = dict_of(&ns).get_str("make") else {
        return;
    };
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let values = flag_names
        .iter()
        .map(|n| match *n {
            "optimize" => Value::Int(optimize as i64),
            "ignore_environment" => Value::Int(crate::run::ignore_environment() as i64),
            "dev_mode" | "safe_path" => Value::Bool(false),
            "int_max_str_digits" => Value::Int(-1),
            _ => Value::Int(0),
        })
        .collect();
    if let Ok(flags) = struct_seq(vm, &make, "sys.flags", &flag_names, values) {
        vm.set_sys_attr("flags", flags);
    }
    let vi = vec![
        Value::Int(3),
        Value::Int(12),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ];
    if let Ok(v) = struct_seq(
        vm,
        &make,
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vi,
    ) {
        vm.set_sys_attr("version_info", v);
    }
    let fi = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(308),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(-307),
        Value::Int(15),
        Value::Int(53),
        Value::Float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ];
    let names = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    if let Ok(v) = struct_seq(vm, &make, "sys.float_info", &names, fi) {
        vm.set_sys_attr("float_info", v);
    }
    let hi = vec![
        Value::Int(64),
        Value::Int(2305843009213693951),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        Value::str("fnv1a"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    let hnames = [
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let ii = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(4300),
        Value::Int(640),
    ];
    if let Ok(v) = struct_seq(
        vm,
        &make,
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        ii,
    ) {
        vm.set_sys_attr("int_info", v);
    }
    if let Ok(v) = struct_seq(vm, &make, "sys.hash_info", &hnames, hi) {
        vm.set_sys_attr("hash_info", v);
    }
}

fn sys_exit(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "exit", &args, 0, 1)?;
    let ty = vm.exc["SystemExit"].clone();
    let targs = match a.first() {
        Some(v) => vm.new_tuple(vec![v.clone()]),
        None => vm.empty_tuple.clone(),
    };
    Err(crate::PyErr::new(crate::exc::new_exception(ty, targs)))
}

fn sys_getrecursionlimit(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let n = exact(vm, "setrecursionlimit", &args, 1)?[0].clone();
    let n = match n {
        Value::Int(n) => n,
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        other => vm.index(&other)?,
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if n as usize <= vm.depth {
        return Err(vm.new_error("RecursionError", format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth)));
    }
    // The interpreter thread's stack holds this many nested frames safely.
    vm.recursion_limit = (n as usize).min(200_000);
    Ok(Value::None)
}

/// `sys._getframe(depth=0)`: the calling frame, or the one `depth` calls
/// below it. A frame object here is a snapshot taken at the call: its
/// `f_locals` (a new dict for a function's frame, as CPython 3.12's is)
/// and `f_lineno` do not follow the running frame, and its `f_back` chain
/// ends where the current run of the evaluator began (a function called
/// back from a built-in such as `map` or `sorted` sees no frames below
/// that built-in's caller). The frames below are frame objects only once
/// `f_back` is read (`builtins::frame`).
fn sys_getframe(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let pos = range(vm, "_getframe", &args, 0, 1)?;
    let depth = match pos.first() {
        None => 0,
        Some(Value::Float(_)) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        Some(v) => vm.index(v)?,
    };
    let Some(mut top) = vm.frame_snapshot.take() else {
        return Err(vm.value_error("call stack is not deep enough"));
    };
    // Innermost first.
    let mut callers = std::mem::take(&mut top.callers);
    let depth = depth.max(0) as usize;
    if depth > callers.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    // The frame `depth` calls below; those above it are dropped.
    let snap = match callers.drain(..depth).next_back() {
        Some(caller) => caller,
        None => *top,
    };
    callers.reverse();
    let frame = crate::builtins::frame::frame_value(FrameObject::new(snap, callers));
    vm.audit("sys._getframe", std::slice::from_ref(&frame))?;
    Ok(frame)
}

fn sys_exc_info(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.class_of(&e).clone());
    let tb = vm.traceback_of(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn sys_exception(vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(vm.exc_info.clone())
}

fn sys_getrefcount(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let v = exact(vm, "getrefcount", &args, 1)?[0].clone();
    Ok(Value::Int(match &v {
        Value::Obj(o) => o.refcount() as i64 - 1,
        _ => 1 << 30,
    }))
}

fn sys_intern(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let v = exact(vm, "intern", &args, 1)?[0].clone();
    match v.as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
    }
}

/// `sys.audit(event, *args)`.
fn sys_audit(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("sys.audit() takes no keyword arguments"));
    }
    let pos = args.positional();
    let Some(event) = pos.first() else {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    let Some(event) = event.as_str().map(str::to_string) else {
        let tn = vm.type_name(event);
        return Err(vm.type_error(format!("expected str for argument 'event', not {tn}")));
    };
    vm.audit(&event, &pos[1..])?;
    Ok(Value::None)
}

/// `sys.addaudithook(hook)`: raises `sys.addaudithook` first; a hook that
/// refuses with an Exception (the documentation says RuntimeError; the code
/// catches every Exception) silently keeps the new hook out, a
/// BaseException propagates (CPython's `sys_addaudithook_impl`).
fn sys_addaudithook(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let [hook] = crate::builtins::args::ArgParser::new("addaudithook")
        .required(1)
        .parse(vm, args, ["hook"])?;
    let hook = hook.unwrap_or(Value::None);
    match vm.audit("sys.addaudithook", &[]) {
        Ok(()) => {}
        Err(e) if vm.err_is(&e, "Exception") => return Ok(Value::None),
        Err(e) => return Err(e),
    }
    vm.audit_hooks.push(hook);
    Ok(Value::None)
}

fn sys_getsizeof(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let v = range(vm, "getsizeof", &args, 1, 2)?[0].clone();
    let n = match v.payload() {
        Some(Payload::List(l)) => 56 + 8 * l.borrow().len(),
        Some(Payload::Tuple(t)) => 40 + 8 * t.len(),
        Some(Payload::Str(s)) => 49 + s.as_str().len(),
        _ => 28,
    };
    Ok(Value::Int(n as i64))
}

fn sys_noop(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn sys_int_max_str_digits(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(4300))
}

/// `sys.excepthook(type, value, traceback)`: print the exception and its
/// traceback to stderr, as an uncaught exception is.
fn sys_excepthook(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "excepthook", &args, 3)?;
    crate::builtins::flush_std(vm);
    let text = match &a[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => vm.format_exception(o),
        other => {
            // Not an exception: CPython prints "TypeError: print_exception():
            // Exception expected for value, <type> found".
            let tn = vm.type_name(other);
            format!("TypeError: print_exception(): Exception expected for value, {tn} found\n")
        }
    };
    let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
    Ok(Value::None)
}

fn sys_encoding(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

impl Vm {
    /// An attribute of the sys module (None when missing).
    pub fn sys_attr(&self, name: &str) -> Value {
        let d = module_dict(&self.sys);
        dict_of(&d).get_str(name).unwrap_or(Value::None)
    }

    pub fn set_sys_attr(&mut self, name: &str, v: Value) {
        let d = module_dict(&self.sys);
        dict_of(&d).set_str(Value::str(name), v);
    }

    /// Would an audit event be seen (a Python hook, or a tracer on the
    /// `audit` probe)? Callers skip building costly arguments otherwise.
    pub fn audit_active(&self) -> bool {
        !self.audit_hooks.is_empty() || crate::probes::audit_enabled()
    }

    /// The `compile` event: the source as UTF-8 bytes and the file name
    /// (CPython's `"yO"` arguments), built only when someone listens.
    pub fn audit_compile(&mut self, source: &str, filename: &str) -> PyResult<()> {
        if !self.audit_active() {
            return Ok(());
        }
        let b = PyObject::bare(Payload::Bytes(source.as_bytes().into()));
        self.audit("compile", &[Value::Obj(b), Value::str(filename)])
    }

    /// Raise an audit event: the `audit` probe, then each Python hook.
    pub fn audit(&mut self, event: &str, args: &[Value]) -> PyResult<()> {
        if !self.audit_active() {
            return Ok(());
        }
        let t = self.new_tuple(args.to_vec());
        crate::probes::audit(event, &t);
        for hook in self.audit_hooks.clone() {
            self.call(&hook, &[Value::str(event), t.clone()])?;
        }
        Ok(())
    }
}

pub fn make_stub(vm: &mut Vm, name: &str) -> crate::PyRef {
    let m = vm.new_module(name);
    let _ = PyObject::new_str(String::new());
    m
}
