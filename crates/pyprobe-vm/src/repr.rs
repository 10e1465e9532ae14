//! `repr()`, `str()`, `ascii()`, `format()` and `%`-formatting.
//!
//! CPython counterparts: the `tp_repr`/`tp_str` slots (`Objects/*.c`),
//! `PyObject_Format` (`Objects/abstract.c`), `unicode_repr`,
//! `PyUnicode_Format` (`Objects/unicodeobject.c`).
//!
//! Invariant: repr of containers goes through `Vm::enter` (so a deeply
//! nested list raises RecursionError) and `repr_stack` (so a list that
//! contains itself prints `[...]`, as Py_ReprEnter does).

use crate::format::{self, PercentPiece};
use crate::object::Payload;
use crate::typeobj::{self, lookup_str};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// What a RecursionError in a container's repr says recursed.
const REPR_CONTEXT: &str = " while getting the repr of an object";

/// CPython's str repr: quotes chosen by content, escapes for controls.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character (CPython's Unicode 15 tables).
pub fn is_printable(c: char) -> bool {
    crate::builtins::is_printable(c)
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    quoted_bytes(b, prefix, false)
}

/// The `b'...'` inside a bytearray's repr: CPython's bytearray repr
/// escapes a single quote even between double quotes.
pub fn bytearray_data_repr(b: &[u8]) -> String {
    quoted_bytes(b, "b", true)
}

fn quoted_bytes(b: &[u8], prefix: &str, escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push_str(prefix);
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote || (escape_single && x == b'\'') => {
                out.push('\\');
                out.push(x as char);
            }
            0x20..=0x7e => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = format::float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        return format!("{}j", fmt(i));
    }
    let im = fmt(i);
    let sign = if i.is_sign_negative() && !i.is_nan() {
        ""
    } else {
        "+"
    };
    let im = if i.is_nan() { "nan".to_string() } else { im };
    format!("({}{}{}j)", fmt(r), sign, im)
}

impl Vm {
    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Int(i) = v {
            return Ok(int_str(*i));
        }
        let s = self.repr_string(v)?;
        Ok(Value::str(s))
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None | Value::Null => return Ok("None".into()),
            Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(format::float_repr(*f)),
            Value::Obj(o) => {
                if o.class.is_some()
                    && !self
                        .class_of(v)
                        .type_data()
                        .map(|t| t.builtin)
                        .unwrap_or(true)
                {
                    let cls = self.class_of(v).clone();
                    if let Some(f) = lookup_str(&cls, "__repr__") {
                        // A built-in type's `__repr__` is done below without a
                        // call; a native one a class of the runtime defines
                        // (`exit`'s `Quitter`) is called like a Python one.
                        let builtin = matches!(f.payload(), Some(Payload::MethodDescr(_)))
                            && crate::typeobj::defined_on_builtin(&cls, "__repr__");
                        if !builtin {
                            self.enter()?;
                            let r = self.call_dunder(v, "__repr__", &[]);
                            self.leave();
                            let r = r?.unwrap_or(Value::None);
                            return match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => {
                                    let tn = self.type_name(&r);
                                    Err(self.type_error(format!(
                                        "__repr__ returned non-string (type {tn})"
                                    )))
                                }
                            };
                        }
                    }
                }
            }
        }
        self.builtin_repr(v)
    }

    fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        let Value::Obj(o) = v else {
            return Ok(String::new());
        };
        let id = o.id();
        Ok(match &o.payload {
            Payload::WeakRef(_) => match crate::object::gc::weakref_target(o) {
                Some(t) => {
                    let name = self.type_name(&Value::Obj(t.clone()));
                    format!("<weakref at {id:#x}; to '{name}' at {:#x}>", t.id())
                }
                None => format!("<weakref at {id:#x}; dead>"),
            },
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::BigInt(b) => format::int_to_radix(b, 10),
            Payload::Float(f) => format::float_repr(*f),
            Payload::Complex(r, i) => complex_repr(*r, *i),
            Payload::Bytes(b) => bytes_repr(b, "b"),
            Payload::MemoryView(m) => crate::builtins::memoryview_repr(m, id),
            Payload::RegexMatch(_) => {
                let r = self.call_dunder(v, "__repr__", &[])?.unwrap_or(Value::None);
                r.as_str().unwrap_or_default().to_string()
            }
            Payload::Partial(p) => {
                let r = crate::builtins::partial::repr_of(self, v, p)?;
                r.as_str().unwrap_or_default().to_string()
            }
            Payload::Deque(d) => {
                let r = crate::builtins::deque::repr_of(self, v, d)?;
                r.as_str().unwrap_or_default().to_string()
            }
            // A subclass instance shows its class's name (CPython's
            // bytearray_repr uses Py_TYPE(self)->tp_name).
            Payload::ByteArray(b) => {
                let data = bytearray_data_repr(&b.borrow());
                format!("{}({data})", self.type_name(v))
            }
            Payload::Tuple(t) => {
                let items = t.to_vec();
                if items.is_empty() {
                    return Ok("()".into());
                }
                let parts = self.repr_items(id, &items)?;
                match parts {
                    None => "(...)".into(),
                    Some(p) if p.len() == 1 => format!("({},)", p[0]),
                    Some(p) => format!("({})", p.join(", ")),
                }
            }
            Payload::List(l) => {
                let items = l.borrow().clone();
                match self.repr_items(id, &items)? {
                    None => "[...]".into(),
                    Some(p) => format!("[{}]", p.join(", ")),
                }
            }
            Payload::Dict(d) => {
                let items = d.items();
                if items.is_empty() {
                    return Ok("{}".into());
                }
                if self.repr_stack.contains(&id) {
                    return Ok("{...}".into());
                }
                self.enter_for(REPR_CONTEXT)?;
                self.repr_stack.push(id);
                let mut parts = Vec::with_capacity(items.len());
                let mut result = Ok(());
                for (k, val) in &items {
                    match self
                        .repr_string(k)
                        .and_then(|ks| Ok((ks, self.repr_string(val)?)))
                    {
                        Ok((ks, vs)) => parts.push(format!("{ks}: {vs}")),
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                self.repr_stack.pop();
                self.leave();
                result?;
                format!("{{{}}}", parts.join(", "))
            }
            Payload::Set(s) | Payload::FrozenSet(s) => {
                let frozen = matches!(o.payload, Payload::FrozenSet(_));
                let items = s.items();
                let name = self.type_name(v);
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                match self.repr_items(id, &items)? {
                    None => format!("{name}(...)"),
                    Some(p) => {
                        if frozen || o.class.is_some() {
                            format!("{name}({{{}}})", p.join(", "))
                        } else {
                            format!("{{{}}}", p.join(", "))
                        }
                    }
                }
            }
            Payload::BigRange(b) => {
                let [start, stop, step] = &**b;
                if num_traits::One::is_one(step) {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::Slice(s) => {
                let s = s.clone();
                let a = self.repr_string(&s[0])?;
                let b = self.repr_string(&s[1])?;
                let c = self.repr_string(&s[2])?;
                format!("slice({a}, {b}, {c})")
            }
            Payload::Function(f, _) => format!("<function {} at {:#x}>", f.qualname.borrow(), id),
            Payload::Native(n) => {
                if n.slf.is_null() || matches!(n.slf.payload(), Some(Payload::Module(_))) {
                    format!("<built-in function {}>", n.name)
                } else {
                    let tn = self.type_name(&n.slf);
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        n.name,
                        tn,
                        n.slf.as_obj().map(|o| o.id()).unwrap_or(0)
                    )
                }
            }
            Payload::MethodDescr(n) => format!("<method '{}' of '{}' objects>", n.name, n.module),
            Payload::ClassMethodDescr(n) => {
                format!("<method '{}' of '{}' objects>", n.name, n.module)
            }
            Payload::BoundMethod { func, slf } => {
                let (func, slf) = (func.clone(), slf.clone());
                let name = match func.payload() {
                    Some(Payload::Function(f, _)) => f.qualname.borrow().clone(),
                    _ => "?".into(),
                };
                let sr = self.repr_string(&slf)?;
                format!("<bound method {name} of {sr}>")
            }
            Payload::Type(_) => {
                let module = typeobj::type_dict(o).get_str("__module__");
                let qual = o
                    .type_data()
                    .map(|t| t.qualname.borrow().clone())
                    .unwrap_or_default();
                match module.as_ref().and_then(|m| m.as_str()) {
                    Some(m) if m != "builtins" => format!("<class '{m}.{qual}'>"),
                    _ => format!("<class '{qual}'>"),
                }
            }
            Payload::Module(_) => self.module_repr(o)?,
            Payload::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name, id, c.code.filename, c.code.firstlineno
            ),
            Payload::Cell(c) => {
                let inner = c.borrow().clone();
                if inner.is_null() {
                    format!("<cell at {id:#x}: empty>")
                } else {
                    let tn = self.type_name(&inner);
                    format!(
                        "<cell at {id:#x}: {tn} object at {:#x}>",
                        inner.as_obj().map(|o| o.id()).unwrap_or(0)
                    )
                }
            }
            Payload::Generator(g) => {
                let kind = self.type_name(v);
                format!(
                    "<{kind} object {} at {:#x}>",
                    g.borrow().code.code.qualname,
                    id
                )
            }
            Payload::Exception(e) => {
                let args = crate::ops::tuple_items(&e.borrow().args.clone());
                let name = self.type_name(v);
                match args.len() {
                    1 => {
                        let a = self.repr_string(&args[0])?;
                        format!("{name}({a})")
                    }
                    _ => {
                        let t = self.new_tuple(args);
                        let a = self.repr_string(&t)?;
                        if a == "()" {
                            format!("{name}()")
                        } else {
                            format!(
                                "{name}{}",
                                a.trim_end_matches(",)").to_string()
                                    + if a.ends_with(",)") { ")" } else { "" }
                            )
                        }
                    }
                }
            }
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::View { of, kind } => {
                let of = of.clone();
                let name = match kind {
                    0 => "dict_keys",
                    1 => "dict_values",
                    2 => "dict_items",
                    _ => "mappingproxy",
                };
                let items = match kind {
                    0 => match of.payload() {
                        Some(Payload::Dict(d)) => d.keys(),
                        _ => vec![],
                    },
                    1 => match of.payload() {
                        Some(Payload::Dict(d)) => d.values(),
                        _ => vec![],
                    },
                    2 => match of.payload() {
                        Some(Payload::Dict(d)) => d
                            .items()
                            .into_iter()
                            .map(|(k, v)| self.new_pair(k, v))
                            .collect(),
                        _ => vec![],
                    },
                    _ => {
                        let r = self.repr_string(&of)?;
                        return Ok(format!("mappingproxy({r})"));
                    }
                };
                let l = self.new_list(items);
                let r = self.repr_string(&l)?;
                format!("{name}({r})")
            }
            Payload::File(f) => {
                let f = f.borrow();
                if f.binary {
                    let kind = match (f.readable, f.writable) {
                        (true, true) => "Random",
                        (false, true) => "Writer",
                        _ => "Reader",
                    };
                    let name = match f.std {
                        1 => "<stdin>",
                        2 => "<stdout>",
                        3 => "<stderr>",
                        _ => &f.name,
                    };
                    format!("<_io.Buffered{kind} name='{name}'>")
                } else {
                    format!(
                        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                        f.name, f.mode
                    )
                }
            }
            Payload::Property(_) => format!("<property object at {id:#x}>"),
            Payload::ClassMethod(_) => format!("<classmethod object at {id:#x}>"),
            Payload::StaticMethod(_) => format!("<staticmethod object at {id:#x}>"),
            Payload::Super { ty, .. } => format!(
                "<super: <class '{}'>, <{} object>>",
                typeobj::type_name(ty),
                "?"
            ),
            Payload::Iter(k)
                if matches!(
                    &*k.borrow(),
                    crate::object::IterKind::Tool(t)
                        if matches!(
                            **t,
                            crate::builtins::itertools::Tool::Repeat { .. }
                                | crate::builtins::itertools::Tool::Count { .. }
                        )
                ) =>
            {
                let r = self.call_dunder(v, "__repr__", &[])?.unwrap_or(Value::None);
                r.as_str().unwrap_or_default().to_string()
            }
            Payload::Iter(_) | Payload::Regex(_) => {
                let tn = self.type_name(v);
                format!("<{tn} object at {id:#x}>")
            }
            Payload::Traceback(_) => format!("<traceback object at {id:#x}>"),
            Payload::Frame(f) => crate::builtins::frame::frame_repr(f, id),
            Payload::Member(m) => format!(
                "<member '{}' of '{}' objects>",
                m.0.as_str().unwrap_or(""),
                typeobj::type_name(&m.1)
            ),
            Payload::GetSet(g) => format!(
                "<{} '{}' of '{}' objects>",
                if g.member { "member" } else { "attribute" },
                g.name.as_str().unwrap_or(""),
                typeobj::type_name(&g.owner)
            ),
            Payload::Instance(_) | Payload::Slotted(_) => {
                let cls = self.class_of(v).clone();
                if cls.is(&self.types.generic_alias) || cls.is(&self.types.union_type) {
                    let r = self.call_dunder(v, "__repr__", &[])?.unwrap_or(Value::None);
                    return Ok(r.as_str().unwrap_or("").to_string());
                }
                let module = typeobj::type_dict(&cls).get_str("__module__");
                let qual = cls
                    .type_data()
                    .map(|t| t.qualname.borrow().clone())
                    .unwrap_or_default();
                match module.as_ref().and_then(|m| m.as_str()) {
                    Some(m) if m != "builtins" => format!("<{m}.{qual} object at {id:#x}>"),
                    _ => format!("<{qual} object at {id:#x}>"),
                }
            }
        })
    }

    /// Reprs of container items, or None when the container is already
    /// being printed (a self-reference).
    fn repr_items(&mut self, id: usize, items: &[Value]) -> PyResult<Option<Vec<String>>> {
        if self.repr_stack.contains(&id) {
            return Ok(None);
        }
        self.enter_for(REPR_CONTEXT)?;
        self.repr_stack.push(id);
        let mut out = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for it in items {
            match self.repr_string(it) {
                Ok(s) => out.push(s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_stack.pop();
        self.leave();
        result?;
        Ok(Some(out))
    }

    /// `str()` of a SyntaxError (CPython's `SyntaxError_str`): its
    /// message, with "(file, line N)" (the file's base name) as known.
    fn syntax_error_str(&mut self, exc: &Value) -> PyResult<String> {
        let msg = self.getattr(exc, &Value::str("msg"))?;
        let msg = self.str_string(&msg)?;
        let filename = self.getattr(exc, &Value::str("filename"))?;
        let filename = filename
            .as_str()
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let lineno = match self.getattr(exc, &Value::str("lineno"))? {
            Value::Int(i) => Some(i),
            _ => None,
        };
        Ok(match (filename, lineno) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        })
    }

    /// `str()` of an OSError (CPython's `OSError_str`): with a filename
    /// "[Errno 2] msg: 'f'" (and " -> 'f2'" with a second), else
    /// "[Errno 2] msg" when `__init__` parsed an errno (2 to 5 arguments);
    /// None leaves it to the plain exception str.
    fn os_error_str(&mut self, exc: &Value, nargs: usize) -> PyResult<Option<String>> {
        let get = |vm: &mut Vm, n: &str| vm.getattr(exc, &Value::str(n));
        let errno = get(self, "errno")?;
        let errno = self.str_string(&errno)?;
        let msg = get(self, "strerror")?;
        let msg = self.str_string(&msg)?;
        let filename = get(self, "filename")?;
        if !filename.is_none() {
            let f = self.repr_string(&filename)?;
            let f2 = get(self, "filename2")?;
            if !f2.is_none() {
                let f2 = self.repr_string(&f2)?;
                return Ok(Some(format!("[Errno {errno}] {msg}: {f} -> {f2}")));
            }
            return Ok(Some(format!("[Errno {errno}] {msg}: {f}")));
        }
        if (2..=5).contains(&nargs) {
            return Ok(Some(format!("[Errno {errno}] {msg}")));
        }
        Ok(None)
    }

    /// `str(v)` as a str value.
    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Int(i) = v {
            return Ok(int_str(*i));
        }
        if let Value::Obj(o) = v {
            if let Payload::Str(_) = &o.payload {
                if o.class.is_none() {
                    return Ok(v.clone());
                }
            }
            let cls = self.class_of(v).clone();
            if !cls.type_data().map(|t| t.builtin).unwrap_or(true) {
                if let Some(f) = lookup_str(&cls, "__str__") {
                    if !matches!(f.payload(), Some(Payload::MethodDescr(_))) {
                        self.enter()?;
                        let r = self.call_dunder(v, "__str__", &[]);
                        self.leave();
                        let r = r?.unwrap_or(Value::None);
                        if r.as_str().is_none() {
                            let tn = self.type_name(&r);
                            return Err(
                                self.type_error(format!("__str__ returned non-string (type {tn})"))
                            );
                        }
                        return Ok(r);
                    }
                }
            }
            match &o.payload {
                Payload::Str(s) => return Ok(Value::str(s.as_str())),
                Payload::Exception(e) => {
                    let group = e.borrow().group.clone();
                    if let Some((msg, excs)) = group {
                        let s = crate::exc_group::group_str(self, &msg, &excs)?;
                        return Ok(Value::str(s));
                    }
                    let args = crate::ops::tuple_items(&e.borrow().args.clone());
                    // KeyError shows the repr of its single argument.
                    let is_key_error = typeobj::is_subtype(&cls, &self.exc["KeyError"]);
                    if args.len() == 5 && typeobj::is_subtype(&cls, &self.exc["UnicodeError"]) {
                        if let Some(s) = unicode_error_str(&args) {
                            return Ok(Value::str(s));
                        }
                    }
                    if args.len() == 4
                        && typeobj::is_subtype(&cls, &self.exc["UnicodeTranslateError"])
                    {
                        if let Some(s) = translate_error_str(&args) {
                            return Ok(Value::str(s));
                        }
                    }
                    if typeobj::is_subtype(&cls, &self.exc["SyntaxError"]) {
                        let s = self.syntax_error_str(v)?;
                        return Ok(Value::str(s));
                    }
                    // OSError(errno, strerror[, filename[, _, filename2]]).
                    if typeobj::is_subtype(&cls, &self.exc["OSError"]) {
                        if let Some(s) = self.os_error_str(v, args.len())? {
                            return Ok(Value::str(s));
                        }
                    }
                    return match args.len() {
                        0 => Ok(Value::str("")),
                        1 if is_key_error => self.repr(&args[0]),
                        1 => self.str(&args[0]),
                        _ => {
                            let t = self.new_tuple(args);
                            self.repr(&t)
                        }
                    };
                }
                // A mappingproxy shows its mapping's str.
                Payload::View { of, kind: 3 } => {
                    let of = of.clone();
                    return self.str(&of);
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let s = self.str(v)?;
        Ok(s.as_str().unwrap_or("").to_string())
    }

    /// `ascii(v)`: repr with non-ASCII escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n <= 0xff {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n <= 0xffff {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(Value::str(out))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        // The common f-string field: an int with no spec is its str.
        if let (Value::Int(i), Some("")) = (v, spec.as_str()) {
            return Ok(Value::str(i.to_string()));
        }
        let spec_s = spec.as_str().unwrap_or("");
        let cls = self.class_of(v).clone();
        let builtin = cls.type_data().map(|t| t.builtin).unwrap_or(true);
        if !builtin {
            // A subclass of int, str or complex formats with no spec as its
            // str() (which its own `__str__`/`__repr__` may change).
            if spec_s.is_empty()
                && matches!(
                    v.payload(),
                    Some(Payload::BigInt(_) | Payload::Str(_) | Payload::Complex(..))
                )
                && lookup_str(&cls, "__format__")
                    .is_some_and(|f| matches!(f.payload(), Some(Payload::MethodDescr(_))))
            {
                return self.str(v);
            }
            if let Some(f) = lookup_str(&cls, "__format__") {
                if !matches!(f.payload(), Some(Payload::MethodDescr(_))) {
                    let r = self
                        .call_dunder(v, "__format__", std::slice::from_ref(spec))?
                        .unwrap_or(Value::None);
                    if r.as_str().is_none() {
                        let tn = self.type_name(&r);
                        return Err(
                            self.type_error(format!("__format__ must return a str, not {tn}"))
                        );
                    }
                    return Ok(r);
                }
            }
        }
        // The type's name for the spec's messages: a built-in type's without
        // copying it.
        let tn = || -> std::borrow::Cow<'static, str> {
            let name = match v {
                Value::Int(_) => Some("int"),
                Value::Bool(_) => Some("bool"),
                Value::Float(_) => Some("float"),
                Value::Obj(o) => match &o.payload {
                    Payload::BigInt(_) => Some("int"),
                    Payload::Str(_) => Some("str"),
                    Payload::Float(_) => Some("float"),
                    _ => None,
                },
                _ => None,
            };
            match name {
                Some(n) if builtin => n.into(),
                _ => crate::typeobj::type_name(&cls).into(),
            }
        };
        let result = match v {
            Value::Bool(b) if spec_s.is_empty() => {
                return Ok(Value::str(if *b { "True" } else { "False" }))
            }
            Value::Int(i) => {
                let sp = format::parse_spec(spec_s, tn()).map_err(|e| self.format_err(e))?;
                format::format_small_int(*i, &sp)
            }
            Value::Bool(_) => {
                let b = v.to_bigint().unwrap_or_default();
                let sp = format::parse_spec(spec_s, tn()).map_err(|e| self.format_err(e))?;
                format::format_int(&b, &sp)
            }
            Value::Float(f) => {
                let sp = format::parse_spec(spec_s, tn()).map_err(|e| self.format_err(e))?;
                format::format_float(*f, &sp)
            }
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => {
                    let sp = format::parse_spec(spec_s, tn()).map_err(|e| self.format_err(e))?;
                    format::format_int(b, &sp)
                }
                Payload::Str(s) => {
                    let sp = format::parse_spec(spec_s, tn()).map_err(|e| self.format_err(e))?;
                    format::format_str(s.as_str(), &sp)
                }
                Payload::Float(f) if !spec_s.is_empty() => {
                    let sp = format::parse_spec(spec_s, tn()).map_err(|e| self.format_err(e))?;
                    format::format_float(*f, &sp)
                }
                Payload::Complex(r, i) if spec_s.is_empty() => Ok(complex_repr(*r, *i)),
                Payload::Complex(r, i) => crate::builtins::format_complex(*r, *i, spec_s),
                _ => {
                    if spec_s.is_empty() {
                        return self.str(v);
                    }
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    )));
                }
            },
            Value::None | Value::Null => {
                if spec_s.is_empty() {
                    Ok("None".into())
                } else {
                    return Err(
                        self.type_error("unsupported format string passed to NoneType.__format__")
                    );
                }
            }
        };
        match result {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => Err(self.format_err(e)),
        }
    }

    fn format_err(&mut self, msg: String) -> crate::PyErr {
        let kind = format::error_type(&msg);
        if kind == "MemoryError" {
            return self.memory_error();
        }
        self.new_error(kind, msg)
    }

    /// `fmt % args` for str.
    pub fn percent_format_str(&mut self, fmt: &str, args: &Value) -> PyResult<Value> {
        let pieces = format::parse_percent_cached(fmt);
        // CPython's `PyMapping_Check`: anything subscriptable but a tuple
        // or a str (a list too: `"abc" % []` is "abc").
        let is_mapping = match args {
            Value::Obj(o) if o.class.is_none() => match &o.payload {
                Payload::Tuple(_) | Payload::Str(_) | Payload::BigInt(_) => false,
                Payload::Dict(_) | Payload::List(_) => true,
                _ => crate::typeobj::lookup_str(self.class_of(args), "__getitem__").is_some(),
            },
            Value::Obj(_) => {
                !matches!(args.payload(), Some(Payload::Tuple(_) | Payload::Str(_)))
                    && crate::typeobj::lookup_str(self.class_of(args), "__getitem__").is_some()
            }
            // Ints, floats, bools and None have no `__getitem__`.
            _ => false,
        };
        // CPython's `unicode_format_getnextarg` state: a tuple hands out its
        // items; any other value (and the value a `%(key)` spec looked up)
        // is one argument, handed out once.
        let mut cur = args.clone();
        let (mut arglen, mut argidx): (isize, isize) = match args.payload() {
            Some(Payload::Tuple(t)) => (t.len() as isize, 0),
            _ => (-1, -2),
        };
        let mut out = String::new();
        for piece in pieces.iter() {
            match piece {
                PercentPiece::Literal(s) => out.push_str(s),
                PercentPiece::Error(e) => {
                    if e.wants_mapping && !is_mapping {
                        return Err(self.type_error("format requires a mapping"));
                    }
                    return Err(self.value_error(e.message.clone()));
                }
                PercentPiece::Spec(spec) => {
                    if let Some(k) = &spec.key {
                        if !is_mapping {
                            return Err(self.type_error("format requires a mapping"));
                        }
                        cur = self.getitem(args, &Value::str(k.clone()))?;
                        (arglen, argidx) = (-1, -2);
                    }
                    let mut take = |vm: &mut Vm| -> PyResult<Value> {
                        if argidx < arglen {
                            argidx += 1;
                            if arglen < 0 {
                                return Ok(cur.clone());
                            }
                            if let Some(Payload::Tuple(t)) = cur.payload() {
                                return Ok(t[(argidx - 1) as usize].clone());
                            }
                        }
                        Err(vm.type_error("not enough arguments for format string"))
                    };
                    let width = match spec.width {
                        Some(format::Count::Star) => {
                            let w = take(self)?;
                            match w {
                                Value::Int(i) => Some(i as isize),
                                _ => return Err(self.type_error("* wants int")),
                            }
                        }
                        Some(format::Count::Fixed(n)) => Some(n as isize),
                        None => None,
                    };
                    let prec = match spec.precision {
                        Some(format::Count::Star) => {
                            let w = take(self)?;
                            match w {
                                Value::Int(i) => Some(i as isize),
                                _ => return Err(self.type_error("* wants int")),
                            }
                        }
                        Some(format::Count::Fixed(n)) => Some(n as isize),
                        None => None,
                    };
                    let val = take(self)?;
                    let text = self.percent_one(spec, &val, width, prec)?;
                    out.push_str(&text);
                }
            }
        }
        if argidx < arglen && !is_mapping {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(Value::str(out))
    }

    fn percent_one(
        &mut self,
        spec: &format::PercentSpec,
        val: &Value,
        w: Option<isize>,
        p: Option<isize>,
    ) -> PyResult<String> {
        let r = match spec.conversion {
            's' => {
                let s = self.str_string(val)?;
                format::percent_str(&s, spec, w, p)
            }
            'r' => {
                let s = self.repr_string(val)?;
                format::percent_str(&s, spec, w, p)
            }
            'a' => {
                let s = self.ascii(val)?;
                format::percent_str(s.as_str().unwrap_or(""), spec, w, p)
            }
            'c' => {
                // CPython's `formatchar`: a one-character str, or an integer
                // (through `__index__`) below 0x110000.
                let code = match val.as_str() {
                    Some(s) if s.chars().count() == 1 => None,
                    Some(_) => return Err(self.type_error("%c requires int or char")),
                    None => match val.to_bigint() {
                        Some(b) => Some(b),
                        None => match self.call_dunder(val, "__index__", &[])? {
                            Some(r) => r.to_bigint(),
                            None => return Err(self.type_error("%c requires int or char")),
                        },
                    },
                };
                let s = match code {
                    None => val.as_str().unwrap_or("").to_string(),
                    Some(b) => match u32::try_from(&b).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => return Err(self.overflow_error("%c arg not in range(0x110000)")),
                    },
                };
                format::percent_str(&s, spec, w, p)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = self.percent_int_arg(val, spec.conversion)?;
                format::percent_int(&b, spec, w, p)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                // Anything `float()` takes numerically (`__float__`,
                // `__index__`).
                let f = match val {
                    Value::Float(f) => *f,
                    _ => crate::builtins::float_of(self, val)?,
                };
                format::percent_float(f, spec, w, p)
            }
            _ => {
                Err(format::percent_conversion_error(spec)
                    .unwrap_or_else(|| "bad format".to_string()))
            }
        };
        r.map_err(|e| self.format_err(e))
    }

    /// The integer a `%d`/`%i`/`%u`/`%o`/`%x`/`%X` conversion formats:
    /// `%x` takes integers (`__index__`), `%d` anything `int()` converts
    /// numerically (floats, `__int__`, `__index__`, `__trunc__`), as
    /// CPython's `mainformatlong`.
    pub fn percent_int_arg(
        &mut self,
        val: &Value,
        conversion: char,
    ) -> PyResult<num_bigint::BigInt> {
        let hex_like = matches!(conversion, 'o' | 'x' | 'X');
        if let Value::Float(f) = val {
            if !hex_like {
                return crate::numeric::f64_to_int(*f)
                    .map(|i| i.to_big())
                    .map_err(|e| crate::arith::num_err(self, e));
            }
        }
        if let Some(b) = val.to_bigint() {
            return Ok(b);
        }
        let methods: &[&str] = if hex_like {
            &["__index__"]
        } else {
            &["__int__", "__index__", "__trunc__"]
        };
        for m in methods {
            if let Some(r) = self.call_dunder(val, m, &[])? {
                if let Some(b) = r.to_bigint() {
                    return Ok(b);
                }
                let tn = self.type_name(&r);
                return Err(self.type_error(format!("{m} returned non-int (type {tn})")));
            }
        }
        let tn = self.type_name(val);
        let what = if hex_like {
            "an integer"
        } else {
            "a real number"
        };
        Err(self.type_error(format!(
            "%{conversion} format: {what} is required, not {tn}"
        )))
    }

    /// `fmt % args` for bytes.
    pub fn percent_format_bytes(&mut self, fmt: &[u8], args: &Value) -> PyResult<Value> {
        let bytes = crate::builtins::bytes_percent_format(self, fmt, args)?;
        Ok(Value::Obj(crate::object::PyObject::bare(Payload::Bytes(
            bytes.into_boxed_slice(),
        ))))
    }
}

/// The decimal text of `i` as a str, written on the stack from its last
/// digit back (no `String` on the way; `i64::MIN` takes all 20 bytes).
pub fn int_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    match std::str::from_utf8(&buf[at..]) {
        Ok(t) => Value::Obj(crate::object::PyObject::new_short_str(t)),
        Err(_) => Value::str(i.to_string()),
    }
}

/// `str()` of a UnicodeTranslateError made from (object, start, end,
/// reason): "can't translate character '\x62' in position 1: reason".
fn translate_error_str(args: &[Value]) -> Option<String> {
    let (text, reason) = (args[0].as_str()?, args[3].as_str()?);
    let (Value::Int(start), Value::Int(end)) = (&args[1], &args[2]) else {
        return None;
    };
    let (start, end) = (*start, *end);
    let c = text.chars().nth(usize::try_from(start).ok()?);
    Some(match c {
        Some(c) if end == start + 1 => {
            let n = c as u32;
            let esc = match n {
                0..=0xff => format!("\\x{n:02x}"),
                0x100..=0xffff => format!("\\u{n:04x}"),
                _ => format!("\\U{n:08x}"),
            };
            format!("can't translate character '{esc}' in position {start}: {reason}")
        }
        _ => format!(
            "can't translate characters in position {start}-{}: {reason}",
            end - 1
        ),
    })
}

/// `str()` of a UnicodeDecodeError or UnicodeEncodeError made from
/// (encoding, object, start, end, reason), as CPython words it: one bad
/// byte or character named, a range by its positions.
fn unicode_error_str(args: &[Value]) -> Option<String> {
    let (encoding, reason) = (args[0].as_str()?, args[4].as_str()?);
    let (Value::Int(start), Value::Int(end)) = (&args[2], &args[3]) else {
        return None;
    };
    let (start, end) = (*start, *end);
    let one = end == start + 1;
    match args[1].payload() {
        Some(Payload::Bytes(b)) => {
            let pos = match b.get(usize::try_from(start).ok()?) {
                Some(byte) if one => format!("byte 0x{byte:02x} in position {start}"),
                _ => format!("bytes in position {start}-{}", end - 1),
            };
            Some(format!("'{encoding}' codec can't decode {pos}: {reason}"))
        }
        Some(Payload::Str(s)) => {
            let c = s.as_str().chars().nth(usize::try_from(start).ok()?);
            let what = match c {
                Some(c) if one => {
                    let n = c as u32;
                    let esc = match n {
                        0..=0xff => format!("\\x{n:02x}"),
                        0x100..=0xffff => format!("\\u{n:04x}"),
                        _ => format!("\\U{n:08x}"),
                    };
                    format!("character '{esc}' in position {start}")
                }
                _ => format!("characters in position {start}-{}", end - 1),
            };
            Some(format!("'{encoding}' codec can't encode {what}: {reason}"))
        }
        _ => None,
    }
}
