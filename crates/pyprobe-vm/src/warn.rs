//! Warnings the runtime itself issues, shown as CPython's `warnings`
//! module shows them under its default filters.
//!
//! CPython counterpart: `Python/_warnings.c` (`warn_explicit`,
//! `show_warning`). pyprobe has no `warnings` module: no filters to set,
//! no `showwarning` to replace. What is kept is the default action for the
//! categories the runtime issues ("default": once per location, recorded
//! in the module's `__warningregistry__`) and the text written to
//! `sys.stderr`: `file:line: Category: message` and the source line.

use crate::object::Payload;
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

impl Vm {
    /// Warn with the built-in category `category` (e.g. "RuntimeWarning")
    /// at the Python frame that called the running native function.
    pub fn warn_at_caller(&mut self, category: &str, text: &str) -> PyResult<()> {
        let (filename, lineno) = self
            .caller_position()
            .unwrap_or_else(|| ("sys".to_string(), 0));
        let Some(cls) = self.exc.get(category).cloned() else {
            return Ok(());
        };
        // The registry of the warning's module: a location warns once.
        let globals = self.current_globals();
        let g = dict_of(&globals);
        let registry = match g.get_str("__warningregistry__") {
            Some(r) if matches!(r.payload(), Some(Payload::Dict(_))) => r,
            _ => {
                let r = self.new_dict();
                dict_of(&r).set_str(Value::str("version"), Value::Int(0));
                let r = Value::Obj(r);
                g.set_str(self.intern("__warningregistry__"), r.clone());
                r
            }
        };
        let key = self.new_tuple(vec![
            Value::str(text),
            Value::Obj(cls),
            Value::Int(lineno as i64),
        ]);
        let Some(Payload::Dict(d)) = registry.payload() else {
            return Ok(());
        };
        if let Some(seen) = d.get(self, &key)? {
            if self.is_true(&seen)? {
                return Ok(());
            }
        }
        d.set(self, key, Value::Bool(true))?;
        self.warn_explicit(category, text, &filename, lineno)
    }

    /// "coroutine 'name' was never awaited", a RuntimeWarning where the
    /// evaluator is (CPython's `_PyErr_WarnUnawaitedCoroutine`), with
    /// CPython's note that tracemalloc would tell where the coroutine was
    /// made. Unlike CPython's, it shows at every occurrence (no registry).
    pub fn warn_never_awaited(&mut self, name: &str) {
        let (filename, lineno) = match &self.finalizing_at {
            Some((code, at)) => (code.code.filename.clone(), code.code.line_at(*at)),
            None => ("sys".to_string(), 1),
        };
        let text = format!("coroutine '{name}' was never awaited");
        if self
            .warn_explicit("RuntimeWarning", &text, &filename, lineno)
            .is_ok()
        {
            let stderr = self.sys_attr("stderr");
            if let Ok(write) = self.getattr_str(&stderr, "write") {
                let note =
                    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
                let _ = self.call(&write, &[Value::str(note)]);
            }
        }
    }

    /// Warn with the built-in category `category` at `filename:lineno`,
    /// with no registry: every call shows (CPython's compiler warns so,
    /// `PyErr_WarnExplicitObject` with no module and no registry). It is
    /// written to `sys.stderr` as CPython's `showwarning` writes it:
    /// `file:line: Category: message`, then the source line.
    pub fn warn_explicit(
        &mut self,
        category: &str,
        text: &str,
        filename: &str,
        lineno: u32,
    ) -> PyResult<()> {
        let mut shown = format!("{filename}:{lineno}: {category}: {text}\n");
        // As in tracebacks, `<string>`, `<stdin>` and the like show no line
        // (CPython's `linecache` does not read them).
        let pseudo = filename.starts_with('<') && filename.ends_with('>');
        if let Some(line) = crate::exc::source_line(filename, lineno).filter(|_| !pseudo) {
            shown.push_str(&format!("  {}\n", line.trim()));
        }
        let stderr = self.sys_attr("stderr");
        if stderr.is_none() {
            return Ok(());
        }
        let write = self.getattr_str(&stderr, "write")?;
        self.call(&write, &[Value::str(shown)])?;
        Ok(())
    }
}
