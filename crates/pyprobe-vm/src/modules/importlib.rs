//! The `importlib` module (`import_module`, `reload`, `invalidate_caches`)
//! and the import system's bootstrap classes: `ModuleSpec`,
//! `BuiltinImporter`, `SourceFileLoader`, `NamespaceLoader`,
//! `_NamespacePath` and `_init_module_attrs`.
//!
//! CPython counterpart: `Lib/importlib/__init__.py`,
//! `Lib/importlib/_bootstrap.py` (`ModuleSpec`, `_init_module_attrs`,
//! `_gcd_import`, `_sanity_check`, `_resolve_name`, `_exec`) and
//! `_bootstrap_external.py` (the loaders, `cache_from_source`).
//!
//! The bootstrap classes are Python source compiled on first use into the
//! module `_frozen_importlib` (kept in `sys.modules`, as CPython keeps its
//! frozen importlib there), so specs, loaders and their reprs behave as
//! CPython's; finding and loading stay in Rust (`import.rs`). `importlib`
//! itself is a module of the built-in table.

use super::import::{module_dict, Found, Via};
use crate::builtins::args::ArgParser;
use crate::object::{Args, Payload, PyRef};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::cell::RefCell;

/// The bootstrap classes, as in CPython's `_bootstrap.py` and
/// `_bootstrap_external.py` (only what pyprobe's import system uses).
const BOOTSTRAP: &str = r#"
class ModuleSpec:
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        else:
            return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    __module__ = '_frozen_importlib'
    _ORIGIN = "built-in"


class SourceFileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'


class NamespaceLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''


class _NamespacePath:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self._name = name
        self._path = path

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._path)

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._path

    def append(self, item):
        self._path.append(item)


def _spec(name, loader, origin, locations, cached, has_location):
    spec = ModuleSpec(name, loader, origin=origin)
    spec.submodule_search_locations = locations
    spec._cached = cached
    spec._set_fileattr = has_location
    return spec


def _init_module_attrs(spec, module, override):
    if (override or getattr(module, '__name__', None) is None):
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None:
            if spec.submodule_search_locations is not None:
                loader = NamespaceLoader(spec.name, spec.submodule_search_locations)
                spec.loader = loader
                module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module
"#;

/// The `_frozen_importlib` namespace, made on first use.
fn bootstrap(vm: &mut Vm) -> PyResult<PyRef> {
    if let Some(Value::Obj(m)) = vm.lookup_module("_frozen_importlib") {
        if let Payload::Module(md) = &m.payload {
            if dict_of(&md.dict).get_str("_spec").is_some() {
                return Ok(md.dict.clone());
            }
        }
    }
    let m = vm.new_module("_frozen_importlib");
    let d = module_dict(&m);
    dict_of(&d).set_str(Value::str("__builtins__"), Value::Obj(vm.builtins.clone()));
    let code = vm.compile_source(
        BOOTSTRAP,
        "<frozen importlib._bootstrap>",
        pyprobe_compiler::Mode::Exec,
        0,
    )?;
    vm.run_code(code, d.clone(), None)?;
    let modules = vm.modules.clone();
    dict_of(&modules).set_str(Value::str("_frozen_importlib"), Value::Obj(m));
    Ok(d)
}

/// Give the modules that exist before any import (`sys`, `builtins`)
/// their import attributes (`__spec__`, `__loader__`, `__package__`).
pub fn init_builtin_specs(vm: &mut Vm) -> PyResult<()> {
    for name in ["sys", "builtins"] {
        if let Some(m) = vm.lookup_module(name) {
            let spec = builtin_spec(vm, name)?;
            init_module_attrs(vm, &m, &spec, false)?;
        }
    }
    Ok(())
}

/// A name of the bootstrap namespace.
fn boot(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let d = bootstrap(vm)?;
    match dict_of(&d).get_str(name) {
        Some(v) => Ok(v),
        None => Err(vm.new_error("ImportError", format!("importlib bootstrap lacks {name}"))),
    }
}

fn make_spec(
    vm: &mut Vm,
    name: &str,
    loader: Value,
    origin: Value,
    locations: Value,
    cached: Value,
    has_location: bool,
) -> PyResult<Value> {
    let f = boot(vm, "_spec")?;
    vm.call(
        &f,
        &[
            Value::str(name),
            loader,
            origin,
            locations,
            cached,
            Value::Bool(has_location),
        ],
    )
}

/// `ModuleSpec(name, BuiltinImporter, origin='built-in')`.
pub(crate) fn builtin_spec(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let loader = boot(vm, "BuiltinImporter")?;
    make_spec(
        vm,
        name,
        loader,
        Value::str("built-in"),
        Value::None,
        Value::None,
        false,
    )
}

/// The spec of a source file (a package's `__init__.py` when
/// `locations` is its directory).
pub(crate) fn source_spec(
    vm: &mut Vm,
    name: &str,
    origin: &str,
    locations: Option<&str>,
) -> PyResult<Value> {
    let cls = boot(vm, "SourceFileLoader")?;
    let loader = vm.call(&cls, &[Value::str(name), Value::str(origin)])?;
    let locations = match locations {
        Some(dir) => vm.new_list(vec![Value::str(dir)]),
        None => Value::None,
    };
    let cached = Value::str(cache_from_source(origin, vm.optimize));
    make_spec(
        vm,
        name,
        loader,
        Value::str(origin),
        locations,
        cached,
        true,
    )
}

/// The spec of a namespace package: no loader yet, no origin, a
/// `_NamespacePath` of its portions.
pub(crate) fn namespace_spec(vm: &mut Vm, name: &str, portions: &[String]) -> PyResult<Value> {
    let cls = boot(vm, "_NamespacePath")?;
    let list = vm.new_list(portions.iter().map(Value::str).collect());
    let path = vm.call(&cls, &[Value::str(name), list])?;
    make_spec(vm, name, Value::None, Value::None, path, Value::None, false)
}

/// `_bootstrap._init_module_attrs(spec, module, override)`.
pub(crate) fn init_module_attrs(
    vm: &mut Vm,
    module: &Value,
    spec: &Value,
    override_: bool,
) -> PyResult<()> {
    let f = boot(vm, "_init_module_attrs")?;
    vm.call(&f, &[spec.clone(), module.clone(), Value::Bool(override_)])?;
    Ok(())
}

/// `importlib.util.cache_from_source` with CPython 3.12's cache tag (the
/// value CPython gives `__cached__`; pyprobe writes no bytecode files).
fn cache_from_source(path: &str, optimize: u8) -> String {
    let (head, tail) = match path.rfind('/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    };
    let (base, sep, rest) = match tail.rfind('.') {
        Some(i) => (&tail[..i], ".", &tail[i + 1..]),
        None => ("", "", tail),
    };
    let stem = if base.is_empty() { rest } else { base };
    let opt = if optimize > 0 {
        format!(".opt-{optimize}")
    } else {
        String::new()
    };
    let file = format!("{stem}{sep}cpython-312{opt}.pyc");
    if head.is_empty() {
        format!("__pycache__/{file}")
    } else {
        format!("{head}/__pycache__/{file}")
    }
}

pub fn make(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("importlib");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "importlib",
        &[
            ("import_module", import_module),
            ("reload", reload),
            ("invalidate_caches", invalidate_caches),
        ],
    );
    dict_of(&d).set_str(
        Value::str("__doc__"),
        Value::str("A pure Python implementation of import."),
    );
    Ok(m)
}

/// `importlib.import_module(name, package=None)`: `_gcd_import`, which
/// neither raises the `import` audit event nor fires the import probes.
fn import_module(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("import_module() missing 1 required positional argument: 'name'"));
    }
    let [name, package] =
        ArgParser::new("import_module")
            .required(1)
            .parse(vm, args, ["name", "package"])?;
    let name = name.unwrap_or(Value::None);
    let package = package.unwrap_or(Value::None);
    let Some(s) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(&name);
        return Err(vm.attribute_error(format!("'{tn}' object has no attribute 'startswith'")));
    };
    let mut level = 0;
    if s.starts_with('.') {
        if package.is_none() || !vm.is_true(&package)? {
            let r = vm.str_repr(&s);
            return Err(vm.type_error(format!(
                "the 'package' argument is required to perform a relative import for {r}"
            )));
        }
        level = s.chars().take_while(|c| *c == '.').count();
    }
    let name = &s[level..];
    // _sanity_check
    let package_str = if level > 0 {
        let Some(p) = package.as_str() else {
            return Err(vm.type_error("__package__ not set to a string"));
        };
        if p.is_empty() {
            return Err(vm.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        p.to_string()
    } else {
        String::new()
    };
    if name.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let abs = if level > 0 {
        // _resolve_name: package.rsplit('.', level - 1)
        let bits: Vec<&str> = package_str.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(vm.new_error(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        let base = bits.last().copied().unwrap_or("");
        if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        }
    } else {
        name.to_string()
    };
    vm.bootstrap_find_and_load(&abs, Via::Importlib)
}

thread_local! {
    /// `importlib._RELOADING`: modules being reloaded, so that a reload
    /// from inside the module's own body returns the module. Never dropped
    /// (see `object/ptr.rs`'s FINALIZE).
    static RELOADING: std::mem::ManuallyDrop<RefCell<Vec<(String, Value)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
}

/// `importlib.reload(module)`: find the module's spec again and re-run it
/// in the same namespace.
fn reload(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("reload() missing 1 required positional argument: 'module'"));
    }
    let [module] = ArgParser::new("reload")
        .required(1)
        .parse(vm, args, ["module"])?;
    let module = module.unwrap_or(Value::None);
    let spec_name = match vm.getattr_opt(&module, "__spec__")? {
        Some(spec) => vm.getattr_opt(&spec, "name")?,
        None => None,
    };
    let name = match spec_name {
        Some(n) => n,
        None => match vm.getattr_opt(&module, "__name__")? {
            Some(n) => n,
            None => return Err(vm.type_error("reload() argument must be a module")),
        },
    };
    let name = vm.str_string(&name)?;
    let current = vm.lookup_module(&name);
    if !current.is_some_and(|m| m.is(&module)) {
        return Err(vm.import_error(
            "ImportError",
            format!("module {name} not in sys.modules"),
            Some(&name),
            None,
        ));
    }
    let pending = RELOADING.with(|r| {
        r.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| m.clone())
    });
    if let Some(m) = pending {
        return Ok(m);
    }
    RELOADING.with(|r| r.borrow_mut().push((name.clone(), module.clone())));
    let result = reload_unlocked(vm, &name, &module);
    RELOADING.with(|r| r.borrow_mut().retain(|(n, _)| *n != name));
    result
}

fn reload_unlocked(vm: &mut Vm, name: &str, module: &Value) -> PyResult<Value> {
    let pkgpath = match name.rfind('.') {
        Some(dot) => {
            let parent_name = &name[..dot];
            let Some(parent) = vm.lookup_module(parent_name) else {
                let r = vm.str_repr(parent_name);
                return Err(vm.import_error(
                    "ImportError",
                    format!("parent {r} not in sys.modules"),
                    Some(parent_name),
                    None,
                ));
            };
            Some(vm.getattr_str(&parent, "__path__")?)
        }
        None => None,
    };
    let found = vm.find_spec(name, pkgpath.as_ref())?;
    let spec = match &found {
        Some(Found::Builtin(_)) => builtin_spec(vm, name)?,
        Some(Found::Source { origin, locations }) => {
            source_spec(vm, name, origin, locations.as_deref())?
        }
        Some(Found::Namespace(portions)) => namespace_spec(vm, name, portions)?,
        None => {
            vm.setattr(module, &Value::str("__spec__"), Value::None)?;
            let r = vm.str_repr(name);
            return Err(vm.import_error(
                "ModuleNotFoundError",
                format!("spec not found for the module {r}"),
                Some(name),
                None,
            ));
        }
    };
    vm.setattr(module, &Value::str("__spec__"), spec.clone())?;
    // _bootstrap._exec
    let current = vm.lookup_module(name);
    if !current.is_some_and(|m| m.is(module)) {
        let r = vm.str_repr(name);
        return Err(vm.import_error(
            "ImportError",
            format!("module {r} not in sys.modules"),
            Some(name),
            None,
        ));
    }
    let ran = init_module_attrs(vm, module, &spec, true).and_then(|()| match &found {
        Some(Found::Source { origin, .. }) => vm.exec_source(module, origin),
        _ => Ok(()),
    });
    // Move the module to the end of sys.modules, also after a failure.
    let modules = vm.modules.clone();
    let key = Value::str(name);
    let moved = match dict_of(&modules).remove(vm, &key)? {
        Some(m) => {
            dict_of(&modules).set_str(key.clone(), m);
            Ok(())
        }
        None => Err(vm.key_error(key.clone())),
    };
    ran?;
    moved?;
    match vm.lookup_module(name) {
        Some(m) => Ok(m),
        None => Err(vm.key_error(key)),
    }
}

/// The loader of `__main__`: a `SourceFileLoader` for a script file, the
/// built-in importer for `-c`, stdin and the prompt (as CPython).
pub fn main_loader(vm: &mut Vm, path: Option<&str>) -> PyResult<Value> {
    match path {
        Some(p) => {
            let cls = boot(vm, "SourceFileLoader")?;
            vm.call(&cls, &[Value::str("__main__"), Value::str(p)])
        }
        None => boot(vm, "BuiltinImporter"),
    }
}

/// What `-m` runs: the spec, the file and the code of a module.
pub struct ModuleDetails {
    pub spec: Value,
    pub origin: String,
    pub code: std::rc::Rc<crate::object::PyCode>,
}

/// runpy's `_get_module_details`: import the parent package, find the
/// module's spec (`importlib.util.find_spec`), descend into
/// `pkg.__main__` for a package, and compile the source. `Ok(Err(msg))`
/// is runpy's `_Error` (printed as `<executable>: msg`, exit status 1).
pub fn module_details(vm: &mut Vm, mod_name: &str) -> PyResult<Result<ModuleDetails, String>> {
    if mod_name.starts_with('.') {
        return Ok(Err("Relative module names not supported".into()));
    }
    let pkg_name = mod_name.rfind('.').map_or("", |d| &mod_name[..d]);
    if !pkg_name.is_empty() {
        match vm.import_module_level(&Value::str(pkg_name), None, &Value::None, 0) {
            Ok(_) => {}
            Err(e) if vm.err_is(&e, "ImportError") => {
                let exc = Value::Obj(e.exc.clone());
                let ename = vm.getattr_opt(&exc, "name")?.unwrap_or(Value::None);
                let missing_ancestor = match ename.as_str() {
                    Some(n) => n == pkg_name || pkg_name.starts_with(&format!("{n}.")),
                    None => false,
                };
                if !missing_ancestor {
                    return Err(e);
                }
            }
            Err(e) => return Err(e),
        }
    }
    let spec = match util_find_spec(vm, mod_name) {
        Ok(s) => s,
        Err(e)
            if ["ImportError", "AttributeError", "TypeError", "ValueError"]
                .iter()
                .any(|k| vm.err_is(&e, k)) =>
        {
            let exc = Value::Obj(e.exc.clone());
            let tn = vm.type_name(&exc);
            let text = vm.str_string(&exc)?;
            let r = vm.str_repr(mod_name);
            let mut msg =
                format!("Error while finding module specification for {r} ({tn}: {text})");
            if let Some(stem) = mod_name.strip_suffix(".py") {
                msg += &format!(". Try using '{stem}' instead of '{mod_name}' as the module name.");
            }
            return Ok(Err(msg));
        }
        Err(e) => return Err(e),
    };
    let Some(spec) = spec else {
        return Ok(Err(format!("No module named {mod_name}")));
    };
    let locations = vm.getattr_opt(&spec, "submodule_search_locations")?;
    if locations.is_some_and(|l| !l.is_none()) {
        if mod_name == "__main__" || mod_name.ends_with(".__main__") {
            return Ok(Err("Cannot use package as __main__ module".into()));
        }
        let pkg_main = format!("{mod_name}.__main__");
        return match module_details(vm, &pkg_main)? {
            Ok(d) => Ok(Ok(d)),
            Err(msg) if vm.lookup_module(mod_name).is_none() => Ok(Err(msg)),
            Err(msg) => {
                let r = vm.str_repr(mod_name);
                Ok(Err(format!(
                    "{msg}; {r} is a package and cannot be directly executed"
                )))
            }
        };
    }
    let loader = vm.getattr_opt(&spec, "loader")?.unwrap_or(Value::None);
    if loader.is_none() {
        let r = vm.str_repr(mod_name);
        return Ok(Err(format!(
            "{r} is a namespace package and cannot be executed"
        )));
    }
    let cls = vm.class_of(&loader).clone();
    let origin = match crate::typeobj::type_name(&cls).as_str() {
        "SourceFileLoader" => vm.getattr_str(&loader, "path")?,
        _ => Value::None,
    };
    let Some(origin) = origin.as_str().map(str::to_string) else {
        return Ok(Err(format!("No code object available for {mod_name}")));
    };
    let code = match vm.source_code(&origin) {
        Ok(c) => c,
        Err(e) if vm.err_is(&e, "ImportError") => {
            let exc = Value::Obj(e.exc.clone());
            return Ok(Err(vm.str_string(&exc)?));
        }
        Err(e) => return Err(e),
    };
    Ok(Ok(ModuleDetails { spec, origin, code }))
}

/// `importlib.util.find_spec(name)`: the spec of a module in sys.modules,
/// else a fresh one from the finders (importing the parent first).
fn util_find_spec(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if let Some(m) = vm.lookup_module(name) {
        if m.is_none() {
            return Ok(None);
        }
        return match vm.getattr_opt(&m, "__spec__")? {
            None => Err(vm.value_error(format!("{name}.__spec__ is not set"))),
            Some(s) if s.is_none() => Err(vm.value_error(format!("{name}.__spec__ is None"))),
            Some(s) => Ok(Some(s)),
        };
    }
    let parent_path = match name.rfind('.') {
        Some(dot) => {
            let parent_name = &name[..dot];
            let parent = vm.import_module(parent_name)?;
            match vm.getattr_opt(&parent, "__path__")? {
                Some(p) => Some(p),
                None => {
                    let (rp, rn) = (vm.str_repr(parent_name), vm.str_repr(name));
                    return Err(vm.import_error(
                        "ModuleNotFoundError",
                        format!("__path__ attribute not found on {rp} while trying to find {rn}"),
                        Some(name),
                        None,
                    ));
                }
            }
        }
        None => None,
    };
    let spec = match vm.find_spec(name, parent_path.as_ref())? {
        None => return Ok(None),
        Some(Found::Builtin(_)) => builtin_spec(vm, name)?,
        Some(Found::Source { origin, locations }) => {
            source_spec(vm, name, &origin, locations.as_deref())?
        }
        Some(Found::Namespace(portions)) => namespace_spec(vm, name, &portions)?,
    };
    Ok(Some(spec))
}

fn invalidate_caches(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::cache_from_source;

    #[test]
    fn cached_paths_are_cpythons() {
        assert_eq!(
            cache_from_source("/a/pkg/__init__.py", 0),
            "/a/pkg/__pycache__/__init__.cpython-312.pyc"
        );
        assert_eq!(
            cache_from_source("/a/m.py", 1),
            "/a/__pycache__/m.cpython-312.opt-1.pyc"
        );
        // No suffix: CPython joins name and tag without a dot.
        assert_eq!(cache_from_source("m", 0), "__pycache__/mcpython-312.pyc");
    }
}
