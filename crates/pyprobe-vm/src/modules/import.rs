//! The import statement: `import_name`, `import_from`, `import *`.
//!
//! CPython counterpart: `Python/import.c` (`PyImport_ImportModuleLevelObject`,
//! `resolve_name`, `import_find_and_load`, `_bootstrap._handle_fromlist`).
//! Finding: built-in modules from the table, then `sys.path` entries with
//! `name.py` or `name/__init__.py`.

use crate::object::{Payload, PyRef};
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    /// `IMPORT_NAME`: returns the top package for `import a.b`, or the
    /// module itself when there is a fromlist.
    pub fn import_name(
        &mut self,
        name: &Value,
        fromlist: &Value,
        level: &Value,
        globals: &PyRef,
    ) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(l) => *l,
            _ => 0,
        };
        let absolute = if level > 0 {
            self.resolve_name(&name, level, globals)?
        } else {
            name.clone()
        };
        if absolute.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let module = self.import_module(&absolute)?;
        let has_fromlist = !fromlist.is_none() && self.is_true(fromlist)?;
        if has_fromlist {
            // Submodules named in the fromlist are imported too.
            if let Some(Value::Obj(m)) = Some(&module) {
                if dict_of(&module_dict(m)).get_str("__path__").is_some() {
                    for item in crate::ops::tuple_items(fromlist) {
                        if let Some(s) = item.as_str() {
                            if s != "*" && dict_of(&module_dict(m)).get_str(s).is_none() {
                                let sub = format!("{absolute}.{s}");
                                match self.import_module(&sub) {
                                    Ok(_) => {}
                                    Err(e) if self.err_is(&e, "ModuleNotFoundError") => {}
                                    Err(e) => return Err(e),
                                }
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = absolute.split('.').next().unwrap_or("");
            return self.lookup_module(top).ok_or_else(|| {
                self.new_error("ModuleNotFoundError", format!("No module named '{top}'"))
            });
        }
        // `from . import x` form without fromlist does not happen; relative
        // `import` statements are a syntax error.
        Ok(module)
    }

    fn resolve_name(&mut self, name: &str, level: i64, globals: &PyRef) -> PyResult<String> {
        let g = dict_of(globals);
        let package = match g.get_str("__package__") {
            Some(p) if p.as_str().is_some() => p.as_str().unwrap_or("").to_string(),
            _ => {
                let modname = g
                    .get_str("__name__")
                    .and_then(|n| n.as_str().map(|s| s.to_string()))
                    .unwrap_or_default();
                if g.get_str("__path__").is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if (level as usize) > parts.len() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() + 1 - level as usize].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    pub fn lookup_module(&mut self, name: &str) -> Option<Value> {
        let modules = self.modules.clone();
        dict_of(&modules).get_str(name)
    }

    /// Import a module by absolute dotted name (parents first).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.lookup_module(name) {
            return Ok(m);
        }
        let (parent, short) = match name.rsplit_once('.') {
            Some((p, s)) => (Some(p.to_string()), s.to_string()),
            None => (None, name.to_string()),
        };
        let mut search: Vec<String> = Vec::new();
        if let Some(p) = &parent {
            let pm = self.import_module(p)?;
            if let Some(m) = self.lookup_module(name) {
                return Ok(m);
            }
            match pm
                .as_obj()
                .map(module_dict)
                .and_then(|d| dict_of(&d).get_str("__path__"))
            {
                Some(path) => {
                    for entry in self.collect(&path)? {
                        if let Some(s) = entry.as_str() {
                            search.push(s.to_string());
                        }
                    }
                }
                None => {
                    return Err(self.new_error(
                        "ModuleNotFoundError",
                        format!("No module named '{name}'; '{p}' is not a package"),
                    ));
                }
            }
        } else {
            if let Some((_, make)) = self
                .builtin_modules
                .iter()
                .find(|(n, _)| *n == name)
                .copied()
            {
                self.audit(
                    "import",
                    &[
                        Value::str(name),
                        Value::None,
                        Value::None,
                        Value::None,
                        Value::None,
                    ],
                )?;
                let m = make(self)?;
                let modules = self.modules.clone();
                dict_of(&modules).set_str(Value::str(name), Value::Obj(m.clone()));
                return Ok(Value::Obj(m));
            }
            let path = self.sys_attr("path");
            for entry in self.collect(&path)? {
                if let Some(s) = entry.as_str() {
                    search.push(s.to_string());
                }
            }
        }
        for dir in search {
            let base = if dir.is_empty() {
                std::path::PathBuf::from(".")
            } else {
                std::path::PathBuf::from(&dir)
            };
            let pkg = base.join(&short);
            let init = pkg.join("__init__.py");
            let file = base.join(format!("{short}.py"));
            let display = |p: &std::path::Path| -> String {
                if dir.is_empty() {
                    p.strip_prefix(".")
                        .unwrap_or(p)
                        .to_string_lossy()
                        .into_owned()
                } else {
                    p.to_string_lossy().into_owned()
                }
            };
            if init.is_file() {
                let path_list = self.new_list(vec![Value::str(display(&pkg))]);
                return self.load_source_module(name, &display(&init), Some(path_list));
            }
            if file.is_file() {
                return self.load_source_module(name, &display(&file), None);
            }
        }
        Err(self.new_error("ModuleNotFoundError", format!("No module named '{name}'")))
    }

    fn load_source_module(
        &mut self,
        name: &str,
        path: &str,
        pkg_path: Option<Value>,
    ) -> PyResult<Value> {
        let source =
            std::fs::read_to_string(path).map_err(|e| crate::builtins::os_error(self, &e, path))?;
        let module = self.new_module(name);
        let d = module_dict(&module);
        let dd = dict_of(&d);
        dd.set_str(Value::str("__file__"), Value::str(path));
        dd.set_str(
            Value::str("__builtins__"),
            Value::Obj(self.builtins.clone()),
        );
        let package = match &pkg_path {
            Some(p) => {
                dd.set_str(Value::str("__path__"), p.clone());
                name.to_string()
            }
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        dd.set_str(Value::str("__package__"), Value::str(package));
        self.audit(
            "import",
            &[
                Value::str(name),
                Value::str(path),
                Value::None,
                Value::None,
                Value::None,
            ],
        )?;
        let modules = self.modules.clone();
        dict_of(&modules).set_str(Value::str(name), Value::Obj(module.clone()));
        let code =
            match self.compile_source(&source, path, pyprobe_compiler::Mode::Exec, self.optimize) {
                Ok(c) => c,
                Err(e) => {
                    let _ = dict_of(&modules).remove(self, &Value::str(name));
                    return Err(e);
                }
            };
        if let Err(e) = self.run_code(code, d, None) {
            let _ = dict_of(&modules).remove(self, &Value::str(name));
            return Err(e);
        }
        // Bind the submodule on its parent.
        if let Some((parent, short)) = name.rsplit_once('.') {
            if let Some(p) = self.lookup_module(parent) {
                self.setattr(&p, &Value::str(short), Value::Obj(module.clone()))?;
            }
        }
        Ok(self.lookup_module(name).unwrap_or(Value::Obj(module)))
    }

    /// `IMPORT_FROM`: an attribute of the module, else its submodule.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, "AttributeError") => {
                let n = name.as_str().unwrap_or("").to_string();
                let modname = match module.payload() {
                    Some(Payload::Module(m)) => m.name.clone(),
                    _ => String::new(),
                };
                let full = format!("{modname}.{n}");
                if let Some(m) = self.lookup_module(&full) {
                    return Ok(m);
                }
                let file = module
                    .as_obj()
                    .map(module_dict)
                    .and_then(|d| dict_of(&d).get_str("__file__"));
                let location = match file.and_then(|f| f.as_str().map(|s| s.to_string())) {
                    Some(f) => format!(" ({f})"),
                    None => " (unknown location)".to_string(),
                };
                Err(self.new_error(
                    "ImportError",
                    format!("cannot import name '{n}' from '{modname}'{location}"),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// `from m import *`: `__all__`, else public names.
    pub fn import_star(&mut self, module: &Value, target: &PyRef) -> PyResult<()> {
        let Some(m) = module.as_obj() else {
            return Ok(());
        };
        let d = module_dict(m);
        let names: Vec<Value> = match dict_of(&d).get_str("__all__") {
            Some(all) => self.collect(&all)?,
            None => dict_of(&d)
                .keys()
                .into_iter()
                .filter(|k| k.as_str().map(|s| !s.starts_with('_')).unwrap_or(false))
                .collect(),
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            self.store_to_mapping(target, n, v)?;
        }
        Ok(())
    }
}

/// The namespace dict of a module object.
pub fn module_dict(m: &PyRef) -> PyRef {
    match &m.payload {
        Payload::Module(md) => md.dict.clone(),
        _ => m.instance_dict().unwrap_or_else(|| m.clone()),
    }
}
