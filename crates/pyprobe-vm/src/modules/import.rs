//! The import system: the `import` statement, `__import__`, finding and
//! loading modules, `from m import x` and `from m import *`.
//!
//! CPython counterpart: `Python/import.c` (`PyImport_ImportModuleLevelObject`,
//! `resolve_name`, `import_find_and_load`), `Python/ceval.c` (`import_name`,
//! `import_from`, `import_all_from`) and the parts of
//! `Lib/importlib/_bootstrap.py` they call (`_find_and_load`,
//! `_find_and_load_unlocked`, `_load_unlocked`, `_handle_fromlist`) and of
//! `_bootstrap_external.py` (`PathFinder`, `FileFinder`,
//! `SourceLoader.exec_module`), written in Rust under the same names.
//!
//! Invariants:
//! - `sys.modules` (`Vm::modules`) is the only cache: a module is looked up
//!   there first, inserted before its body runs (so circular imports see the
//!   partially initialised module) and removed again when its body raises.
//! - Finding: the built-in table (top-level names only), then each `str`
//!   entry of `sys.path` (or of the parent package's `__path__`) as CPython's
//!   `FileFinder` does: `name/__init__.py`, then `name.py`, then a directory
//!   `name/` without `__init__.py` as a portion of a namespace package.
//! - An import reached through the import statement or `__import__` (CPython's
//!   C path, `import_find_and_load`) raises the `import` audit event and fires
//!   `import__find__load__start`/`done` around finding and loading; one
//!   reached through `importlib.import_module` (CPython's pure-Python
//!   `_gcd_import`) does neither, as in CPython. Parents of a dotted name are
//!   imported inside the child's find-and-load, so the probes nest as
//!   CPython's do.
//! - Module specs, loaders and `_NamespacePath` are small Python classes of
//!   `importlib.rs`'s bootstrap (`_frozen_importlib`); the loading itself is
//!   Rust. A spec's `_initializing` is true while its module body runs.

use crate::object::{Payload, PyRef};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};

/// What the finder found for a module name.
pub(crate) enum Found {
    /// A module of the built-in table, made by this function.
    Builtin(fn(&mut Vm) -> PyResult<PyRef>),
    /// A source file; `locations` is the package directory for a package.
    Source {
        origin: String,
        locations: Option<String>,
    },
    /// A namespace package: the directories of its portions.
    Namespace(Vec<String>),
}

/// Who asked for a find-and-load: the import statement and `__import__`
/// (CPython's C `import_find_and_load`: audit event and probes) or
/// `importlib.import_module` (`_gcd_import`: neither).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    Statement,
    Importlib,
}

/// `O_RDONLY | O_CLOEXEC`: the flags of the `open` audit event CPython's
/// source loader raises (`io.open_code`).
const OPEN_CODE_FLAGS: i64 = 0o2000000;

impl Vm {
    /// `IMPORT_NAME` (CPython's `import_name` in ceval.c): the top package
    /// for `import a.b`, the module itself when there is a fromlist. A
    /// replaced `builtins.__import__` is called instead of the machinery.
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn import_name(
        &mut self,
        name: &Value,
        fromlist: &Value,
        level: &Value,
        globals: &PyRef,
        locals: Option<&PyRef>,
        builtins: &PyRef,
    ) -> PyResult<Value> {
        let Some(import_func) = dict_of(builtins).get_str("__import__") else {
            return Err(self.new_error("ImportError", "__import__ not found"));
        };
        let locals_v = locals.map_or(Value::None, |l| Value::Obj(l.clone()));
        let original = matches!(
            import_func.payload(),
            Some(Payload::Native(n)) if n.name == "__import__" && n.module == "builtins"
        );
        if !original {
            let args = [
                name.clone(),
                Value::Obj(globals.clone()),
                locals_v,
                fromlist.clone(),
                level.clone(),
            ];
            return self.call(&import_func, &args);
        }
        let level = match level {
            Value::Int(l) => *l,
            Value::Bool(b) => *b as i64,
            _ => 0,
        };
        self.import_module_level(name, Some(&Value::Obj(globals.clone())), fromlist, level)
    }

    /// CPython's `PyImport_ImportModuleLevelObject`: `__import__`'s body.
    pub fn import_module_level(
        &mut self,
        name: &Value,
        globals: Option<&Value>,
        fromlist: &Value,
        level: i64,
    ) -> PyResult<Value> {
        let Some(name) = name.as_str().map(str::to_string) else {
            return Err(self.type_error("module name must be a string"));
        };
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let abs_name = if level > 0 {
            self.resolve_name(&name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.clone()
        };
        let module = match self.lookup_module(&abs_name) {
            Some(m) if !m.is_none() => m,
            _ => self.find_and_load(&abs_name)?,
        };
        let has_from = !fromlist.is_none() && self.is_true(fromlist)?;
        if !has_from {
            if level == 0 || !name.is_empty() {
                let Some(dot) = name.find('.') else {
                    return Ok(module);
                };
                if level == 0 {
                    let front = Value::str(&name[..dot]);
                    return self.import_module_level(&front, None, &Value::None, 0);
                }
                let cut_off = name.len() - dot;
                let to_return = &abs_name[..abs_name.len() - cut_off];
                return match self.lookup_module(to_return) {
                    Some(m) => Ok(m),
                    None => {
                        let r = self.repr_string(&Value::str(to_return))?;
                        Err(self
                            .new_error("KeyError", format!("{r} not in sys.modules as expected")))
                    }
                };
            }
            return Ok(module);
        }
        if self.getattr_opt(&module, "__path__")?.is_some() {
            self.handle_fromlist(&module, fromlist, false)?;
        }
        Ok(module)
    }

    /// CPython's `resolve_name` (import.c): the absolute name of a relative
    /// import from the package of `globals`.
    fn resolve_name(
        &mut self,
        name: &str,
        globals: Option<&Value>,
        level: i64,
    ) -> PyResult<String> {
        let Some(globals) = globals.filter(|g| !g.is_none()) else {
            return Err(self.new_error("KeyError", "'__name__' not in globals"));
        };
        let Some(globals) = globals
            .as_obj()
            .filter(|g| matches!(g.payload, Payload::Dict(_)))
        else {
            return Err(self.type_error("globals must be a dict"));
        };
        let g = dict_of(globals);
        let package = g.get_str("__package__").filter(|p| !p.is_none());
        let spec = g.get_str("__spec__").filter(|s| !s.is_none());
        let package: String = if let Some(p) = package {
            match p.as_str() {
                Some(s) => s.to_string(),
                None => return Err(self.type_error("package must be a string")),
            }
        } else if let Some(spec) = spec {
            let parent = self.getattr_str(&spec, "parent")?;
            match parent.as_str() {
                Some(s) => s.to_string(),
                None => return Err(self.type_error("__spec__.parent must be a string")),
            }
        } else {
            let Some(n) = g.get_str("__name__") else {
                return Err(self.new_error("KeyError", "'__name__' not in globals"));
            };
            let Some(n) = n.as_str().map(str::to_string) else {
                return Err(self.type_error("__name__ must be a string"));
            };
            if g.get_str("__path__").is_some() {
                n
            } else {
                match n.rfind('.') {
                    Some(dot) => n[..dot].to_string(),
                    None => return Err(self.no_parent_error()),
                }
            }
        };
        if package.is_empty() {
            return Err(self.no_parent_error());
        }
        let mut last_dot = package.len();
        for _ in 1..level {
            match package[..last_dot].rfind('.') {
                Some(d) => last_dot = d,
                None => {
                    return Err(self.new_error(
                        "ImportError",
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        let base = &package[..last_dot];
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    fn no_parent_error(&mut self) -> PyErr {
        self.new_error(
            "ImportError",
            "attempted relative import with no known parent package",
        )
    }

    /// `sys.modules[name]`, if present (a `None` entry is returned as None).
    pub fn lookup_module(&mut self, name: &str) -> Option<Value> {
        let modules = self.modules.clone();
        dict_of(&modules).get_str(name)
    }

    /// Import a module by absolute dotted name, as the import statement
    /// does (`import name`), and return that module (not its top package).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        match self.lookup_module(name) {
            Some(m) if !m.is_none() => Ok(m),
            _ => self.find_and_load(name),
        }
    }

    /// CPython's `import_find_and_load`: the `import` audit event, then
    /// `_find_and_load` between the two probes.
    fn find_and_load(&mut self, name: &str) -> PyResult<Value> {
        let path = self.sys_attr("path");
        let meta_path = self.sys_attr("meta_path");
        let path_hooks = self.sys_attr("path_hooks");
        self.audit(
            "import",
            &[Value::str(name), Value::None, path, meta_path, path_hooks],
        )?;
        crate::probes::import_find_load_start(name);
        let r = self.bootstrap_find_and_load(name, Via::Statement);
        crate::probes::import_find_load_done(name, r.is_ok());
        r
    }

    /// `_bootstrap._find_and_load`: sys.modules, else find and load.
    pub(crate) fn bootstrap_find_and_load(&mut self, name: &str, via: Via) -> PyResult<Value> {
        match self.lookup_module(name) {
            None => self.find_and_load_unlocked(name, via),
            Some(m) if m.is_none() => Err(self.import_error(
                "ModuleNotFoundError",
                format!("import of {name} halted; None in sys.modules"),
                Some(name),
                None,
            )),
            Some(m) => Ok(m),
        }
    }

    /// `_bootstrap._find_and_load_unlocked`: the parent first, then the
    /// spec, the load, and the binding on the parent.
    fn find_and_load_unlocked(&mut self, name: &str, via: Via) -> PyResult<Value> {
        let (parent, child) = match name.rfind('.') {
            Some(dot) => (&name[..dot], &name[dot + 1..]),
            None => ("", name),
        };
        let mut path = None;
        let mut parent_spec = None;
        if !parent.is_empty() {
            if self.lookup_module(parent).is_none() {
                match via {
                    Via::Statement => {
                        self.import_module_level(&Value::str(parent), None, &Value::None, 0)?;
                    }
                    Via::Importlib => {
                        self.bootstrap_find_and_load(parent, via)?;
                    }
                }
            }
            if let Some(m) = self.lookup_module(name) {
                return Ok(m);
            }
            let parent_module = self.sys_modules_item(parent)?;
            match self.getattr_opt(&parent_module, "__path__")? {
                Some(p) => path = Some(p),
                None => {
                    let (rn, rp) = (self.str_repr(name), self.str_repr(parent));
                    return Err(self.import_error(
                        "ModuleNotFoundError",
                        format!("No module named {rn}; {rp} is not a package"),
                        Some(name),
                        None,
                    ));
                }
            }
            parent_spec = self.getattr_opt(&parent_module, "__spec__")?;
        }
        let Some(found) = self.find_spec(name, path.as_ref())? else {
            let rn = self.str_repr(name);
            return Err(self.import_error(
                "ModuleNotFoundError",
                format!("No module named {rn}"),
                Some(name),
                None,
            ));
        };
        // Track the child while it loads, for the "cannot access submodule"
        // message of a circular import.
        let pending = match &parent_spec {
            Some(s) if !s.is_none() => self.getattr_opt(s, "_uninitialized_submodules")?,
            _ => None,
        };
        if let Some(list) = &pending {
            if let Some(Payload::List(l)) = list.payload() {
                l.borrow_mut().push(Value::str(child));
            }
        }
        let loaded = self.load_unlocked(name, found);
        if let Some(list) = &pending {
            if let Some(Payload::List(l)) = list.payload() {
                l.borrow_mut().pop();
            }
        }
        let module = loaded?;
        if !parent.is_empty() {
            let parent_module = self.sys_modules_item(parent)?;
            match self.setattr(&parent_module, &Value::str(child), module.clone()) {
                Ok(()) => {}
                Err(e) if self.err_is(&e, "AttributeError") => {}
                Err(e) => return Err(e),
            }
        }
        Ok(module)
    }

    /// `sys.modules[name]`, KeyError when missing.
    fn sys_modules_item(&mut self, name: &str) -> PyResult<Value> {
        match self.lookup_module(name) {
            Some(m) => Ok(m),
            None => Err(self.key_error(Value::str(name))),
        }
    }

    /// A str's repr (CPython's `{name!r}`).
    pub(crate) fn str_repr(&mut self, s: &str) -> String {
        self.repr_string(&Value::str(s))
            .unwrap_or_else(|_| format!("'{s}'"))
    }

    /// An ImportError (or subclass) with its `name` and `path` attributes.
    pub(crate) fn import_error(
        &mut self,
        kind: &str,
        msg: String,
        name: Option<&str>,
        path: Option<&str>,
    ) -> PyErr {
        let e = self.new_error(kind, msg);
        let exc = Value::Obj(e.exc.clone());
        let name = name.map_or(Value::None, Value::str);
        let path = path.map_or(Value::None, Value::str);
        let _ = self.setattr(&exc, &Value::str("name"), name);
        let _ = self.setattr(&exc, &Value::str("path"), path);
        e
    }

    /// `_bootstrap._find_spec` with the built-in importer and the path
    /// finder: `path` is the parent's `__path__`, None for a top-level name.
    pub(crate) fn find_spec(
        &mut self,
        name: &str,
        path: Option<&Value>,
    ) -> PyResult<Option<Found>> {
        let entries = match path {
            None => {
                if let Some(make) = self.builtin_module(name) {
                    return Ok(Some(Found::Builtin(make)));
                }
                let p = self.sys_attr("path");
                self.collect(&p)?
            }
            Some(p) => self.collect(p)?,
        };
        let tail = name.rsplit('.').next().unwrap_or(name);
        if tail.is_empty() || tail == "." || tail == ".." || tail.contains(['/', '\0']) {
            return Ok(None);
        }
        let mut portions = Vec::new();
        for entry in entries {
            let Some(entry) = entry.as_str() else {
                continue;
            };
            let Some(dir) = finder_path(entry) else {
                continue;
            };
            if !std::path::Path::new(&dir).is_dir() {
                continue;
            }
            let base = path_join(&dir, tail);
            let mut is_namespace = false;
            if std::path::Path::new(&base).is_dir() {
                let init = path_join(&base, "__init__.py");
                if std::path::Path::new(&init).is_file() {
                    return Ok(Some(Found::Source {
                        origin: init,
                        locations: Some(base),
                    }));
                }
                is_namespace = true;
            }
            let file = path_join(&dir, &format!("{tail}.py"));
            if std::path::Path::new(&file).is_file() {
                return Ok(Some(Found::Source {
                    origin: file,
                    locations: None,
                }));
            }
            if is_namespace {
                portions.push(base);
            }
        }
        Ok((!portions.is_empty()).then_some(Found::Namespace(portions)))
    }

    /// The maker of a module in the built-in table.
    fn builtin_module(&self, name: &str) -> Option<fn(&mut Vm) -> PyResult<PyRef>> {
        // `sys` and `builtins` exist from the start; finding them again
        // (after `del sys.modules['sys']`, or for a reload) gives the same
        // objects, as CPython's single-phase built-in modules do.
        match name {
            "sys" => return Some(|vm| Ok(vm.sys.clone())),
            "builtins" => return Some(|vm| Ok(vm.builtins.clone())),
            _ => {}
        }
        self.builtin_modules
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, make)| *make)
    }

    /// `_bootstrap._load_unlocked`: make the module, set its import
    /// attributes, put it in sys.modules and run it; on failure take it out
    /// again. Returns what sys.modules holds afterwards (a module may
    /// replace itself there).
    fn load_unlocked(&mut self, name: &str, found: Found) -> PyResult<Value> {
        let (module, spec) = match &found {
            Found::Builtin(make) => {
                let m = make(self)?;
                if let Payload::Module(md) = &m.payload {
                    dict_of(&md.dict).intern_keys(self);
                }
                let m = Value::Obj(m);
                let spec = super::importlib::builtin_spec(self, name)?;
                (m, spec)
            }
            Found::Source { origin, locations } => {
                let m = Value::Obj(self.new_module(name));
                let spec = super::importlib::source_spec(self, name, origin, locations.as_deref())?;
                (m, spec)
            }
            Found::Namespace(portions) => {
                let m = Value::Obj(self.new_module(name));
                let spec = super::importlib::namespace_spec(self, name, portions)?;
                (m, spec)
            }
        };
        super::importlib::init_module_attrs(self, &module, &spec, true)?;
        let initializing = Value::str("_initializing");
        self.setattr(&spec, &initializing, Value::Bool(true))?;
        let r = self.exec_new_module(name, &module, &found);
        let _ = self.setattr(&spec, &initializing, Value::Bool(false));
        r
    }

    fn exec_new_module(&mut self, name: &str, module: &Value, found: &Found) -> PyResult<Value> {
        let modules = self.modules.clone();
        dict_of(&modules).set_str(Value::str(name), module.clone());
        if let Found::Source { origin, .. } = found {
            if let Err(e) = self.exec_source(module, origin) {
                let _ = dict_of(&modules).remove(self, &Value::str(name));
                return Err(e);
            }
        }
        // Move the module to the end of sys.modules.
        let key = Value::str(name);
        match dict_of(&modules).remove(self, &key)? {
            Some(m) => {
                dict_of(&modules).set_str(key, m.clone());
                Ok(m)
            }
            None => Err(self.key_error(key)),
        }
    }

    /// `SourceLoader.exec_module`: read (`open` event), compile (`compile`
    /// event) and run (`exec` event) a source file in the module's
    /// namespace.
    pub(crate) fn exec_source(&mut self, module: &Value, origin: &str) -> PyResult<()> {
        let code = self.source_code(origin)?;
        let Some(m) = module.as_obj() else {
            return Ok(());
        };
        let d = module_dict(m);
        if dict_of(&d).get_str("__builtins__").is_none() {
            dict_of(&d).set_str(
                Value::str("__builtins__"),
                Value::Obj(self.builtins.clone()),
            );
        }
        let code_v = Value::Obj(crate::object::PyObject::bare(Payload::Code(code.clone())));
        self.audit("exec", &[code_v])?;
        self.run_code(code, d, None)?;
        Ok(())
    }

    /// `SourceLoader.get_code`: the compiled code of a source file.
    pub(crate) fn source_code(
        &mut self,
        origin: &str,
    ) -> PyResult<std::rc::Rc<crate::object::PyCode>> {
        self.audit(
            "open",
            &[
                Value::str(origin),
                Value::str("r"),
                Value::Int(OPEN_CODE_FLAGS),
            ],
        )?;
        let bytes =
            std::fs::read(origin).map_err(|e| crate::builtins::os_error(self, &e, origin))?;
        if self.audit_active() {
            let b = crate::object::PyObject::bare(Payload::Bytes(bytes.clone().into()));
            self.audit("compile", &[Value::Obj(b), Value::str(origin)])?;
        }
        let source = String::from_utf8_lossy(&bytes).into_owned();
        crate::exc::register_source(origin, &source);
        let (mode, opt) = (pyprobe_compiler::Mode::Exec, self.optimize);
        self.compile_nested(&source, origin, mode, opt, crate::run::NESTING_IN_IMPORT)
    }

    /// `_bootstrap._handle_fromlist`: import the submodules a fromlist
    /// names that the package does not have yet (`*` means `__all__`).
    fn handle_fromlist(
        &mut self,
        module: &Value,
        fromlist: &Value,
        recursive: bool,
    ) -> PyResult<()> {
        for x in self.collect(fromlist)? {
            let Some(s) = x.as_str().map(str::to_string) else {
                let where_ = if recursive {
                    let n = self.getattr_str(module, "__name__")?;
                    let n = self.str_string(&n)?;
                    format!("{n}.__all__")
                } else {
                    "``from list''".to_string()
                };
                let tn = self.type_name(&x);
                return Err(self.type_error(format!("Item in {where_} must be str, not {tn}")));
            };
            if s == "*" {
                if !recursive {
                    if let Some(all) = self.getattr_opt(module, "__all__")? {
                        self.handle_fromlist(module, &all, true)?;
                    }
                }
                continue;
            }
            if self.getattr_opt(module, &s)?.is_some() {
                continue;
            }
            let modname = self.getattr_str(module, "__name__")?;
            let modname = self.str_string(&modname)?;
            let from_name = format!("{modname}.{s}");
            match self.import_module_level(&Value::str(&from_name), None, &Value::None, 0) {
                Ok(_) => {}
                Err(e) if self.err_is(&e, "ModuleNotFoundError") => {
                    let exc = Value::Obj(e.exc.clone());
                    let ename = self.getattr_opt(&exc, "name")?.unwrap_or(Value::None);
                    let halted = matches!(self.lookup_module(&from_name), Some(v) if v.is_none());
                    if ename.as_str() == Some(from_name.as_str()) && !halted {
                        continue;
                    }
                    return Err(e);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// `IMPORT_FROM` (CPython's `import_from`): an attribute of the module,
    /// else the submodule from sys.modules, else ImportError.
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        let n = name.as_str().unwrap_or("").to_string();
        if let Some(v) = self.getattr_opt(module, &n)? {
            return Ok(v);
        }
        let pkgname = match self.getattr_opt(module, "__name__") {
            Ok(Some(p)) if p.as_str().is_some() => p.as_str().map(str::to_string),
            _ => None,
        };
        if let Some(p) = &pkgname {
            if let Some(m) = self.lookup_module(&format!("{p}.{n}")) {
                return Ok(m);
            }
        }
        let pkgpath = match module.payload() {
            Some(Payload::Module(md)) => dict_of(&md.dict)
                .get_str("__file__")
                .and_then(|f| f.as_str().map(str::to_string)),
            _ => None,
        };
        let rn = self.str_repr(&n);
        let rp = match &pkgname {
            Some(p) => self.str_repr(p),
            None => "'<unknown module name>'".to_string(),
        };
        let msg = match &pkgpath {
            None => format!("cannot import name {rn} from {rp} (unknown location)"),
            Some(path) => {
                let spec = self.getattr_opt(module, "__spec__").ok().flatten();
                if self.spec_is_initializing(spec.as_ref()) {
                    format!(
                        "cannot import name {rn} from partially initialized module {rp} (most likely due to a circular import) ({path})"
                    )
                } else {
                    format!("cannot import name {rn} from {rp} ({path})")
                }
            }
        };
        Err(self.import_error("ImportError", msg, pkgname.as_deref(), pkgpath.as_deref()))
    }

    /// `_PyModuleSpec_IsInitializing`: is `spec._initializing` true?
    pub(crate) fn spec_is_initializing(&mut self, spec: Option<&Value>) -> bool {
        let Some(spec) = spec.filter(|s| !s.is_none()) else {
            return false;
        };
        match self.getattr_opt(spec, "_initializing") {
            Ok(Some(v)) => self.is_true(&v).unwrap_or(false),
            _ => false,
        }
    }

    /// The AttributeError of a missing module attribute, with CPython's
    /// circular-import wordings (`module_getattro`).
    pub(crate) fn module_attribute_error(&mut self, module: &PyRef, name: &str) -> PyErr {
        let d = module_dict(module);
        let modname = dict_of(&d)
            .get_str("__name__")
            .and_then(|n| n.as_str().map(str::to_string));
        let Some(modname) = modname else {
            return self.attribute_error(format!("module has no attribute '{name}'"));
        };
        let spec = dict_of(&d).get_str("__spec__");
        if self.spec_is_initializing(spec.as_ref()) {
            return self.attribute_error(format!(
                "partially initialized module '{modname}' has no attribute '{name}' (most likely due to a circular import)"
            ));
        }
        if let Some(spec) = spec.filter(|s| !s.is_none()) {
            if let Ok(Some(list)) = self.getattr_opt(&spec, "_uninitialized_submodules") {
                let pending = matches!(list.payload(), Some(Payload::List(l))
                    if l.borrow().iter().any(|v| v.as_str() == Some(name)));
                if pending {
                    return self.attribute_error(format!(
                        "cannot access submodule '{name}' of module '{modname}' (most likely due to a circular import)"
                    ));
                }
            }
        }
        self.attribute_error(format!("module '{modname}' has no attribute '{name}'"))
    }

    /// A module's repr (`_bootstrap._module_repr`): from its spec when it
    /// has one, else from `__file__` and `__loader__`.
    pub fn module_repr(&mut self, module: &PyRef) -> PyResult<String> {
        let d = module_dict(module);
        let name = match dict_of(&d).get_str("__name__") {
            Some(n) if n.as_str().is_some() => self.repr_string(&n)?,
            _ => "'?'".to_string(),
        };
        let loader = dict_of(&d).get_str("__loader__").unwrap_or(Value::None);
        let spec = dict_of(&d).get_str("__spec__").unwrap_or(Value::None);
        if !spec.is_none() && self.is_true(&spec)? {
            let name = match self.getattr_opt(&spec, "name")? {
                Some(n) if !n.is_none() => self.repr_string(&n)?,
                _ => "'?'".to_string(),
            };
            let origin = self.getattr_opt(&spec, "origin")?.unwrap_or(Value::None);
            if origin.is_none() {
                let loader = self.getattr_opt(&spec, "loader")?.unwrap_or(Value::None);
                if loader.is_none() {
                    return Ok(format!("<module {name}>"));
                }
                let cls = self.class_of(&loader).clone();
                if crate::typeobj::type_name(&cls) == "NamespaceLoader" {
                    let path = self.getattr_str(&loader, "_path")?;
                    let items = self.collect(&path)?;
                    let list = self.new_list(items);
                    let list = self.repr_string(&list)?;
                    return Ok(format!("<module {name} (namespace) from {list}>"));
                }
                let l = self.repr_string(&loader)?;
                return Ok(format!("<module {name} ({l})>"));
            }
            let has_location = match self.getattr_opt(&spec, "has_location")? {
                Some(v) => self.is_true(&v)?,
                None => false,
            };
            return Ok(if has_location {
                let o = self.repr_string(&origin)?;
                format!("<module {name} from {o}>")
            } else {
                let o = self.str_string(&origin)?;
                format!("<module {name} ({o})>")
            });
        }
        let is_builtin = matches!(&module.payload, Payload::Module(m)
            if m.name == "sys" || m.name == "builtins" || self.builtin_module(&m.name).is_some());
        match dict_of(&d).get_str("__file__") {
            Some(f) => {
                let f = self.repr_string(&f)?;
                Ok(format!("<module {name} from {f}>"))
            }
            None if is_builtin => Ok(format!("<module {name} (built-in)>")),
            None if loader.is_none() => Ok(format!("<module {name}>")),
            None => {
                let l = self.repr_string(&loader)?;
                Ok(format!("<module {name} ({l})>"))
            }
        }
    }

    /// `from m import *` (CPython's `import_all_from`): `__all__`, else the
    /// public names of `__dict__`.
    // Kept out of the dispatch loop: rare, and large when inlined.
    #[inline(never)]
    pub fn import_star(&mut self, module: &Value, target: &PyRef) -> PyResult<()> {
        let (names, skip_private) = match self.getattr_opt(module, "__all__")? {
            Some(all) => (self.collect(&all)?, false),
            None => {
                let Some(d) = self.getattr_opt(module, "__dict__")? else {
                    return Err(self.new_error(
                        "ImportError",
                        "from-import-* object has no __dict__ and no __all__",
                    ));
                };
                let keys = match d.payload() {
                    Some(Payload::Dict(dd)) => dd.keys(),
                    _ => {
                        let keys = self.getattr_str(&d, "keys")?;
                        let keys = self.call(&keys, &[])?;
                        self.collect(&keys)?
                    }
                };
                (keys, true)
            }
        };
        for n in names {
            let Some(s) = n.as_str() else {
                let modname = self.getattr_str(module, "__name__")?;
                let msg = match modname.as_str() {
                    Some(m) => format!(
                        "{} in {m}.{} must be str, not {}",
                        if skip_private { "Key" } else { "Item" },
                        if skip_private { "__dict__" } else { "__all__" },
                        self.type_name(&n)
                    ),
                    None => format!(
                        "module __name__ must be a string, not {}",
                        self.type_name(&modname)
                    ),
                };
                return Err(self.type_error(msg));
            };
            if skip_private && s.starts_with('_') {
                continue;
            }
            let v = self.getattr(module, &n)?;
            self.store_to_mapping(target, n, v)?;
        }
        Ok(())
    }
}

/// Make `type(sys)` (`types.ModuleType`) callable: `module(name, doc=None)`.
pub(crate) fn init_module_type(vm: &mut Vm) {
    let t = vm.types.module.clone();
    let new = vm.new_native("__new__", "builtins", module_new);
    let sm = crate::object::PyObject::bare(Payload::StaticMethod(std::cell::RefCell::new(new)));
    crate::typeobj::set_type_attr(vm, &t, "__new__", Value::Obj(sm));
}

/// `module.__new__(cls, name, doc=None)` with `module.__init__`'s checks.
fn module_new(vm: &mut Vm, _slf: &Value, args: crate::object::Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(cls) = pos.first().and_then(Value::as_obj).cloned() else {
        return Err(vm.type_error("module.__new__(): not enough arguments"));
    };
    let rest = crate::object::Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [name, doc] = crate::builtins::args::ArgParser::new("module")
        .required(1)
        .parse(vm, rest, ["name", "doc"])?;
    let name = name.unwrap_or(Value::None);
    let Some(n) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
    };
    if !cls.is(&vm.types.module) {
        return Err(vm.type_error("subclasses of module are not supported"));
    }
    let m = vm.new_module(&n);
    if let Some(doc) = doc {
        dict_of(&module_dict(&m)).set_str(Value::str("__doc__"), doc);
    }
    Ok(Value::Obj(m))
}

/// The directory a `sys.path` entry stands for (CPython's `FileFinder`):
/// '' and '.' are the current directory, relative entries are joined to it.
fn finder_path(entry: &str) -> Option<String> {
    if entry.contains('\0') {
        return None;
    }
    if entry.is_empty() || entry == "." {
        return std::env::current_dir()
            .ok()
            .map(|d| d.to_string_lossy().into_owned());
    }
    if entry.starts_with('/') {
        return Some(entry.to_string());
    }
    let cwd = std::env::current_dir().ok()?;
    Some(path_join(&cwd.to_string_lossy(), entry))
}

/// `_bootstrap_external._path_join`: parts joined by '/', trailing
/// separators of each part dropped.
pub(crate) fn path_join(a: &str, b: &str) -> String {
    let a = a.trim_end_matches('/');
    format!("{a}/{b}")
}

/// The namespace dict of a module object.
pub fn module_dict(m: &PyRef) -> PyRef {
    match &m.payload {
        Payload::Module(md) => md.dict.clone(),
        _ => m.instance_dict().unwrap_or_else(|| m.clone()),
    }
}
