//! Running programs: scripts, `-c` strings, stdin, the interactive prompt;
//! uncaught exceptions and `SystemExit` turned into output and exit codes.
//!
//! CPython counterpart: `Python/pythonrun.c` (`PyRun_*`, `handle_system_exit`,
//! `print_exception`), `Modules/main.c`.

use crate::frame::Frame;
use crate::object::{Payload, PyCode};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use std::io::{BufRead, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Where CPython's compiler starts counting nesting (against
/// `pyprobe_compiler::NESTING_LIMIT`) for the main script and `-c`, under
/// `compile()`/`exec()`/`eval()`, and in an import.
pub const NESTING_IN_MAIN: u32 = 0;
pub const NESTING_IN_COMPILE: u32 = 6;
pub const NESTING_IN_IMPORT: u32 = 10;

/// `-E` or `-I`: the `PYTHON*` environment variables are not read
/// (`sys.flags.ignore_environment`).
static IGNORE_ENVIRONMENT: AtomicBool = AtomicBool::new(false);

/// Set before the interpreter is made (its `sys.flags` read it).
pub fn set_ignore_environment(on: bool) {
    IGNORE_ENVIRONMENT.store(on, Ordering::Relaxed);
}

pub fn ignore_environment() -> bool {
    IGNORE_ENVIRONMENT.load(Ordering::Relaxed)
}

/// What the binary does with the process after a run.
pub enum RunOutcome {
    Exit(i32),
    /// An uncaught `KeyboardInterrupt` (its traceback printed): the process
    /// ends by SIGINT, as CPython's `exit_sigint`, so that a shell that ran
    /// it sees the user's ^C.
    Interrupted,
}

/// The interpreter as the command line sees it.
pub struct Interpreter {
    pub vm: Vm,
}

impl Interpreter {
    /// `argv` is sys.argv; `path` is sys.path in CPython's order: the
    /// script's directory (the current directory for -m, '' for -c, stdin
    /// and the prompt), then the `PYTHONPATH` entries, then the bundled
    /// library directory. The binary computes it.
    pub fn new(argv: Vec<String>, path: Vec<String>, optimize: u8) -> Interpreter {
        let mut vm = Vm::new();
        vm.optimize = optimize;
        vm.argv = argv.clone();
        crate::modules::sys::set_flags(&mut vm, optimize);
        let argv_v = vm.new_list(argv.into_iter().map(Value::str).collect());
        vm.set_sys_attr("argv", argv_v);
        let path = vm.new_list(path.into_iter().map(Value::str).collect());
        vm.set_sys_attr("path", path);
        let main = vm.new_module("__main__");
        let d = crate::modules::module_dict_of(&main);
        dict_of(&d).set_str(Value::str("__builtins__"), Value::Obj(vm.builtins.clone()));
        let modules = vm.modules.clone();
        dict_of(&modules).set_str(Value::str("__main__"), Value::Obj(main.clone()));
        vm.main_module = Some(main);
        let _ = crate::modules::importlib::init_builtin_specs(&mut vm);
        crate::object::gc::settle_startup();
        Interpreter { vm }
    }

    fn main_dict(&self) -> crate::PyRef {
        crate::modules::module_dict_of(self.vm.main_module.as_ref().expect("main module exists"))
    }

    /// Run source text as `__main__` and report like CPython.
    pub fn run_source(&mut self, source: &str, filename: &str) -> RunOutcome {
        // CPython's startup events (only the audit probe can see them: no
        // hook exists yet).
        let _ = match filename {
            "<string>" => self.vm.audit("cpython.run_command", &[Value::str(source)]),
            "<stdin>" => self.vm.audit("cpython.run_stdin", &[]),
            _ => self.vm.audit("cpython.run_file", &[Value::str(filename)]),
        };
        let d = self.main_dict();
        let is_file = filename != "<string>" && filename != "<stdin>";
        if !is_file {
            crate::exc::register_source(filename, source);
        }
        let loader =
            crate::modules::importlib::main_loader(&mut self.vm, is_file.then_some(filename));
        if let Ok(loader) = loader {
            dict_of(&d).set_str(Value::str("__loader__"), loader);
        }
        if is_file {
            dict_of(&d).set_str(Value::str("__file__"), Value::str(filename));
            dict_of(&d).set_str(Value::str("__cached__"), Value::None);
        }
        let vm = &mut self.vm;
        let (mode, opt) = (pyprobe_compiler::Mode::Exec, vm.optimize);
        let r = vm
            .compile_nested(source, filename, mode, opt, NESTING_IN_MAIN)
            .and_then(|code| vm.run_code(code, d.clone(), None));
        self.finish(r.map(|_| ()))
    }

    /// `-m module` (runpy's `_run_module_as_main`): find the module, set
    /// `sys.argv[0]` to its file and run it as `__main__` with its spec.
    pub fn run_module(&mut self, mod_name: &str) -> RunOutcome {
        let _ = self.vm.audit("cpython.run_module", &[Value::str(mod_name)]);
        let details = crate::modules::importlib::module_details(&mut self.vm, mod_name);
        let details = match details {
            Ok(Ok(d)) => d,
            Ok(Err(msg)) => {
                crate::builtins::flush_std(&mut self.vm);
                let exe = self.vm.sys_attr("executable");
                let exe = exe.as_str().unwrap_or("pyprobe").to_string();
                eprintln!("{exe}: {msg}");
                return RunOutcome::Exit(1);
            }
            Err(e) => {
                let code = self.handle_error(e);
                return RunOutcome::Exit(code);
            }
        };
        let vm = &mut self.vm;
        let argv = vm.sys_attr("argv");
        if let Some(Payload::List(l)) = argv.payload() {
            if let Some(first) = l.borrow_mut().first_mut() {
                *first = Value::str(&details.origin);
            }
        }
        let d = self.main_dict();
        let r = self.run_main_module(&d, &details);
        self.finish(r.map(|_| ()))
    }

    /// The end of a run: report an uncaught exception, run the exit
    /// hooks, flush stdout/stderr; the exit status.
    fn finish(&mut self, r: PyResult<()>) -> RunOutcome {
        let (code, interrupted) = match r {
            Ok(()) => (0, false),
            Err(e) => {
                let interrupted = self.vm.err_is(&e, "KeyboardInterrupt");
                (self.handle_error(e), interrupted)
            }
        };
        self.at_exit();
        crate::builtins::flush_module_files(&mut self.vm);
        crate::builtins::flush_std(&mut self.vm);
        if interrupted {
            return RunOutcome::Interrupted;
        }
        RunOutcome::Exit(code)
    }

    /// runpy's `_run_code`: the `__main__` attributes from the spec, then
    /// `exec` of the code.
    fn run_main_module(
        &mut self,
        d: &crate::PyRef,
        details: &crate::modules::importlib::ModuleDetails,
    ) -> PyResult<Value> {
        let vm = &mut self.vm;
        let spec = &details.spec;
        let cached = vm.getattr_opt(spec, "cached")?.unwrap_or(Value::None);
        let loader = vm.getattr_opt(spec, "loader")?.unwrap_or(Value::None);
        let parent = vm.getattr_opt(spec, "parent")?.unwrap_or(Value::None);
        let dd = dict_of(d);
        dd.set_str(Value::str("__name__"), Value::str("__main__"));
        dd.set_str(Value::str("__file__"), Value::str(&details.origin));
        dd.set_str(Value::str("__cached__"), cached);
        dd.set_str(Value::str("__doc__"), Value::None);
        dd.set_str(Value::str("__loader__"), loader);
        dd.set_str(Value::str("__package__"), parent);
        dd.set_str(Value::str("__spec__"), spec.clone());
        let code = details.code.clone();
        let code_v = Value::Obj(crate::object::PyObject::bare(Payload::Code(code.clone())));
        vm.audit("exec", &[code_v])?;
        vm.run_code(code, d.clone(), None)
    }

    /// Interpreter shutdown: the `atexit` callbacks run, the last
    /// registered first (`weakref.finalize` registers its own there when
    /// the first finalizer is made).
    fn at_exit(&mut self) {
        crate::modules::atexit::run_exitfuncs(&mut self.vm);
    }

    /// Print an uncaught exception (or honour SystemExit): the exit status.
    pub fn handle_error(&mut self, e: PyErr) -> i32 {
        let vm = &mut self.vm;
        crate::builtins::flush_std(vm);
        if vm.err_is(&e, "SystemExit") {
            let code = match &e.exc.payload {
                Payload::Exception(x) => crate::ops::tuple_items(&x.borrow().args.clone()),
                _ => Vec::new(),
            };
            return match code.as_slice() {
                [] => 0,
                [Value::None] => 0,
                [Value::Int(i)] => *i as i32,
                [Value::Bool(b)] => *b as i32,
                [other] => {
                    let s = vm.str_string(other).unwrap_or_default();
                    eprintln!("{s}");
                    1
                }
                _ => {
                    let t = vm.new_tuple(code);
                    let s = vm.str_string(&t).unwrap_or_default();
                    eprintln!("{s}");
                    1
                }
            };
        }
        // CPython's `PyErr_PrintEx`: the exception is kept as sys.last_exc
        // (and the older last_type/last_value/last_traceback), then
        // sys.excepthook prints it.
        let value = Value::Obj(e.exc.clone());
        let ty = Value::Obj(vm.class_of(&value).clone());
        let tb = vm
            .getattr_str(&value, "__traceback__")
            .unwrap_or(Value::None);
        vm.set_sys_attr("last_exc", value.clone());
        vm.set_sys_attr("last_type", ty.clone());
        vm.set_sys_attr("last_value", value.clone());
        vm.set_sys_attr("last_traceback", tb.clone());
        let hook = vm.sys_attr("excepthook");
        let default = vm.sys_attr("__excepthook__");
        if hook.is_none()
            && dict_of(&crate::modules::module_dict_of(&vm.sys))
                .get_str("excepthook")
                .is_none()
        {
            let text = vm.format_exception(&e.exc);
            let _ = std::io::stderr()
                .write_all(format!("sys.excepthook is missing\n{text}").as_bytes());
            return 1;
        }
        if hook.is(&default) {
            let text = vm.format_exception(&e.exc);
            let _ = std::io::stderr().write_all(text.as_bytes());
            return 1;
        }
        if let Err(hook_err) = vm.call(&hook, &[ty, value, tb]) {
            if vm.err_is(&hook_err, "SystemExit") {
                return self.handle_error(hook_err);
            }
            let vm = &mut self.vm;
            crate::builtins::flush_std(vm);
            let hook_text = vm.format_exception(&hook_err.exc);
            let text = vm.format_exception(&e.exc);
            let _ = std::io::stderr().write_all(
                format!("Error in sys.excepthook:\n{hook_text}\nOriginal exception was:\n{text}")
                    .as_bytes(),
            );
        }
        crate::builtins::flush_std(&mut self.vm);
        1
    }

    /// The interactive prompt (`>>> `, `... `).
    pub fn interactive(&mut self, quiet: bool) -> RunOutcome {
        if !quiet {
            eprintln!(
                "Python 3.12.0 (pyprobe {}) [Rust]",
                env!("CARGO_PKG_VERSION")
            );
            eprintln!(
                "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information."
            );
        }
        let d = self.main_dict();
        let mut lines = PromptLines::new();
        // A SIGINT that arrived before the prompt belongs to no statement.
        crate::signals::take();
        'prompt: loop {
            let mut buf = String::new();
            let mut prompt = ">>> ";
            loop {
                eprint!("{prompt}");
                let _ = std::io::stderr().flush();
                let line = match lines.next() {
                    PromptLine::Line(line) => line,
                    PromptLine::Interrupted => {
                        // Ctrl-C at the prompt drops what was typed, as
                        // CPython's prompt does.
                        eprintln!("\nKeyboardInterrupt");
                        continue 'prompt;
                    }
                    PromptLine::End => {
                        eprintln!();
                        crate::builtins::flush_std(&mut self.vm);
                        return RunOutcome::Exit(0);
                    }
                };
                buf.push_str(&line);
                buf.push('\n');
                let complete = line.trim().is_empty()
                    || (prompt == ">>> " && !line.trim_end().ends_with(':') && !opens_block(&buf));
                if complete {
                    break;
                }
                prompt = "... ";
            }
            if buf.trim().is_empty() {
                continue;
            }
            crate::exc::register_source("<stdin>", &buf);
            let vm = &mut self.vm;
            let r = vm
                .compile_source(&buf, "<stdin>", pyprobe_compiler::Mode::Single, vm.optimize)
                .and_then(|code| vm.run_code(code, d.clone(), None));
            if let Err(e) = r {
                if self.vm.err_is(&e, "SystemExit") {
                    let code = self.handle_error(e);
                    return RunOutcome::Exit(code);
                }
                self.handle_error(e);
            }
            crate::builtins::flush_std(&mut self.vm);
        }
    }
}

/// What the prompt waits for.
enum PromptLine {
    Line(String),
    /// A SIGINT arrived while waiting (taken).
    Interrupted,
    /// End of input, or it cannot be read.
    End,
}

/// The prompt's lines, read from stdin by a thread of their own so that
/// the prompt can see a SIGINT while it waits (a read in progress would
/// not end for one). One line is read per request, so stdin is read only
/// while the prompt waits; a request that a SIGINT cut short stays open,
/// and the next line typed answers it.
struct PromptLines {
    ask: std::sync::mpsc::Sender<()>,
    answers: std::sync::mpsc::Receiver<Option<String>>,
    /// A line was asked for and has not arrived.
    waiting: bool,
}

impl PromptLines {
    fn new() -> PromptLines {
        let (ask, asked) = std::sync::mpsc::channel::<()>();
        let (answer, answers) = std::sync::mpsc::channel();
        let reader = move || {
            while asked.recv().is_ok() {
                let mut line = String::new();
                let got = match std::io::stdin().lock().read_line(&mut line) {
                    Ok(0) | Err(_) => None,
                    Ok(_) => {
                        if line.ends_with('\n') {
                            line.pop();
                            if line.ends_with('\r') {
                                line.pop();
                            }
                        }
                        Some(line)
                    }
                };
                let end = got.is_none();
                if answer.send(got).is_err() || end {
                    break;
                }
            }
        };
        // Without the thread the prompt reads nothing (as at end of input).
        let _ = std::thread::Builder::new()
            .name("prompt".into())
            .spawn(reader);
        PromptLines {
            ask,
            answers,
            waiting: false,
        }
    }

    fn next(&mut self) -> PromptLine {
        use std::sync::mpsc::RecvTimeoutError;
        if !self.waiting {
            if self.ask.send(()).is_err() {
                return PromptLine::End;
            }
            self.waiting = true;
        }
        loop {
            if crate::signals::take() {
                return PromptLine::Interrupted;
            }
            match self
                .answers
                .recv_timeout(std::time::Duration::from_millis(50))
            {
                Ok(Some(line)) => {
                    self.waiting = false;
                    return PromptLine::Line(line);
                }
                Ok(None) | Err(RecvTimeoutError::Disconnected) => return PromptLine::End,
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }
}

/// Does the buffer end inside an open bracket or string (needs more lines)?
fn opens_block(buf: &str) -> bool {
    let mut depth = 0i32;
    for c in buf.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

impl Vm {
    /// Compile source to a runtime code object (SyntaxError on failure).
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: pyprobe_compiler::Mode,
        optimize: u8,
    ) -> PyResult<Rc<PyCode>> {
        self.compile_nested(source, filename, mode, optimize, NESTING_IN_COMPILE)
    }

    /// As [`Vm::compile_source`], the nesting limit counted from
    /// `nesting_start` (`pyprobe_compiler::NESTING_LIMIT`).
    pub fn compile_nested(
        &mut self,
        source: &str,
        filename: &str,
        mode: pyprobe_compiler::Mode,
        optimize: u8,
        nesting_start: u32,
    ) -> PyResult<Rc<PyCode>> {
        let options = pyprobe_compiler::Options {
            optimize,
            nesting_start,
        };
        match pyprobe_compiler::compile_warned(source, filename, mode, options) {
            Ok((code, warnings)) => {
                for w in &warnings {
                    self.warn_explicit("SyntaxWarning", &w.message, filename, w.line)?;
                }
                Ok(self.make_code(code))
            }
            Err(e) => Err(self.syntax_error(&e)),
        }
    }

    /// Run a module-level code object with the given namespaces.
    pub fn run_code(
        &mut self,
        code: Rc<PyCode>,
        globals: crate::PyRef,
        locals: Option<crate::PyRef>,
    ) -> PyResult<Value> {
        let builtins = self.builtins_of(&globals);
        let locals = Some(locals.unwrap_or_else(|| globals.clone()));
        let frame = Box::new(Frame::new(code, globals, locals, builtins));
        let (_, r) = self.run_frame(frame);
        match r? {
            crate::eval::Exit::Return(v) | crate::eval::Exit::Yield(v) => Ok(v),
        }
    }

    /// Globals of the calling Python frame (or `__main__`'s).
    pub fn current_globals(&mut self) -> crate::PyRef {
        if let Some(snap) = &self.frame_snapshot {
            return snap.globals.clone();
        }
        match &self.main_module {
            Some(m) => crate::modules::module_dict_of(m),
            None => self.new_dict(),
        }
    }

    /// Locals of the calling Python frame, as a dict.
    pub fn current_locals(&mut self) -> Value {
        if let Some(snap) = &self.frame_snapshot {
            return snap.locals.mapping();
        }
        Value::Obj(self.current_globals())
    }

    /// File name and line of the calling Python frame, as a warning
    /// reports them (`None` outside a frame).
    pub fn caller_position(&self) -> Option<(String, u32)> {
        let snap = self.frame_snapshot.as_ref()?;
        let code = &snap.code.code;
        Some((code.filename.clone(), code.line_at(snap.lasti)))
    }

    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        crate::builtins::write_stdout_text(self, s)
    }

    /// `with` entry: (bound __exit__, result of __enter__).
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(mgr).clone();
        let Some(enter) = crate::typeobj::lookup_str(&cls, "__enter__") else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the context manager protocol"
            )));
        };
        let Some(exit) = crate::typeobj::lookup_str(&cls, "__exit__") else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!("'{tn}' object does not support the context manager protocol (missed __exit__ method)")));
        };
        let exit = self.descr_get(&exit, mgr, &cls)?;
        let enter = self.descr_get(&enter, mgr, &cls)?;
        let r = self.call(&enter, &[])?;
        Ok((exit, r))
    }

    pub fn is_mapping(&self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Dict(_)) => true,
            Some(Payload::View { kind: 3, .. }) => true,
            Some(Payload::Instance(_) | Payload::Slotted(_)) => {
                let cls = self.class_of(v);
                crate::typeobj::lookup_str(cls, "keys").is_some()
                    && crate::typeobj::lookup_str(cls, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    pub fn is_sequence(&self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. } | Payload::BigRange(_),
            ) => true,
            Some(
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_),
            ) => false,
            Some(Payload::Instance(_) | Payload::Slotted(_)) => {
                let cls = self.class_of(v);
                crate::typeobj::lookup_str(cls, "__getitem__").is_some()
                    && crate::typeobj::lookup_str(cls, "__len__").is_some()
                    && crate::typeobj::lookup_str(cls, "keys").is_none()
            }
            _ => false,
        }
    }

    /// Values of `keys` in a mapping subject, or None if any is missing.
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = crate::ops::tuple_items(keys);
        let mut out = Vec::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            if keys[..i].iter().any(|p| p.is(k)) {
                let r = self.repr_string(k)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            let v = match subject.payload() {
                Some(Payload::Dict(d)) => d.get(self, k)?,
                _ => {
                    let get = self.getattr_str(subject, "get")?;
                    let marker = Value::Obj(self.new_dict());
                    let v = self.call(&get, &[k.clone(), marker.clone()])?;
                    if v.is(&marker) {
                        None
                    } else {
                        Some(v)
                    }
                }
            };
            match v {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// Class pattern: the attributes for the sub-patterns, or None.
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        if !matches!(cls.payload(), Some(Payload::Type(_))) {
            return Err(self.type_error("called match pattern must be a class"));
        }
        if !crate::builtins::isinstance(self, subject, cls)? {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let match_args = self.getattr_opt(cls, "__match_args__")?;
            let self_match = matches!(
                cls.as_obj().map(|c| self.base_kind(c)),
                Some(
                    crate::object::BaseKind::Int
                        | crate::object::BaseKind::Float
                        | crate::object::BaseKind::Str
                        | crate::object::BaseKind::Bytes
                        | crate::object::BaseKind::List
                        | crate::object::BaseKind::Tuple
                        | crate::object::BaseKind::Dict
                        | crate::object::BaseKind::Set
                        | crate::object::BaseKind::FrozenSet
                        | crate::object::BaseKind::Bool
                        | crate::object::BaseKind::ByteArray
                )
            );
            match match_args {
                Some(ma) => {
                    let items = match ma.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ => {
                            let tn = self.type_name(&ma);
                            return Err(self.type_error(format!(
                                "{}.__match_args__ must be a tuple (got {tn})",
                                crate::typeobj::type_name(cls.as_obj().expect("class"))
                            )));
                        }
                    };
                    if npos > items.len() {
                        let cn = crate::typeobj::type_name(cls.as_obj().expect("class"));
                        return Err(self.type_error(format!(
                            "{cn}() accepts {} positional sub-pattern{} ({npos} given)",
                            items.len(),
                            if items.len() == 1 { "" } else { "s" }
                        )));
                    }
                    for name in &items[..npos] {
                        match self.getattr(subject, name) {
                            Ok(v) => out.push(v),
                            Err(e) if self.err_is(&e, "AttributeError") => return Ok(Value::None),
                            Err(e) => return Err(e),
                        }
                    }
                }
                None if self_match && npos == 1 => out.push(subject.clone()),
                None => {
                    let cn = crate::typeobj::type_name(cls.as_obj().expect("class"));
                    return Err(self.type_error(format!(
                        "{cn}() accepts 0 positional sub-patterns ({npos} given)"
                    )));
                }
            }
        }
        for name in crate::ops::tuple_items(names) {
            match self.getattr(subject, &name) {
                Ok(v) => out.push(v),
                Err(e) if self.err_is(&e, "AttributeError") => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// `{**rest}` of a mapping pattern: a dict copy without `keys`.
    pub fn copy_without_keys(&mut self, mapping: &Value, keys: &Value) -> PyResult<Value> {
        let d = self.new_dict();
        let dv = Value::Obj(d.clone());
        self.dict_update_from(&dv, mapping, false, None)?;
        for k in crate::ops::tuple_items(keys) {
            crate::typeobj::dict_of(&d).remove(self, &k)?;
        }
        Ok(dv)
    }
}
