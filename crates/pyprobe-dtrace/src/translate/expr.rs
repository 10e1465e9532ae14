//! D expressions to bpftrace expressions (kernel side), and to user-space
//! argument plans (`UArg`) for `printf`/`trace`.
//!
//! Built-in variables: `timestamp` is `nsecs`; `walltimestamp` is `nsecs`
//! plus the wall-clock offset measured at start; `vtimestamp` is the
//! thread's `se.sum_exec_runtime` (kernel BTF); `execname` is `comm`;
//! `ppid` is `curtask->real_parent->tgid`; `argN` is read with the size
//! and sign its note declares (`-4@` is `(int32)argN`); `probename` and
//! friends are constants of the probe (`function-entry`).

use super::*;

/// D's integer type names and bpftrace's cast for each.
fn int_cast(name: &str) -> Option<&'static str> {
    let n = name.trim_start_matches("const ").trim();
    if n.ends_with('*') {
        return Some("");
    }
    Some(match n {
        "char" | "signed char" | "int8_t" => "int8",
        "unsigned char" | "uchar_t" | "uint8_t" => "uint8",
        "short" | "signed short" | "int16_t" => "int16",
        "unsigned short" | "uint16_t" => "uint16",
        "int" | "signed" | "signed int" | "int32_t" | "pid_t" | "tid_t" | "id_t" => "int32",
        "unsigned" | "unsigned int" | "uint32_t" | "uid_t" => "uint32",
        "long" | "long long" | "signed long" | "int64_t" | "intptr_t" | "ssize_t" | "hrtime_t" => {
            "int64"
        }
        "unsigned long" | "unsigned long long" | "uint64_t" | "uintptr_t" | "size_t" => "uint64",
        _ => return None,
    })
}

/// Built-in variables that are strings.
const STRING_BUILTINS: &[&str] = &[
    "execname",
    "probeprov",
    "probemod",
    "probefunc",
    "probename",
];

/// Built-in variables that have no meaning or no equivalent here.
const REFUSED_BUILTINS: &[(&str, &str)] = &[
    ("curthread", "kernel thread structures are not available"),
    ("curpsinfo", "kernel process structures are not available"),
    ("curlwpsinfo", "kernel process structures are not available"),
    ("curcpu", "kernel CPU structures are not available"),
    ("caller", "kernel stacks are not available"),
    ("ucaller", "user stacks are not available"),
    ("stackdepth", "kernel stacks are not available"),
    ("ustackdepth", "user stacks are not available"),
    ("errno", "bpftrace has no errno for USDT probes"),
    ("zonename", "zones do not exist on Linux"),
    ("cwd", "bpftrace has no equivalent"),
    ("root", "bpftrace has no equivalent"),
    ("ipl", "bpftrace has no equivalent"),
    ("uregs", "bpftrace has no equivalent"),
    ("epid", "enabled probe IDs do not exist here"),
];

impl<'a> Tr<'a> {
    /// Types and writes of every variable, from declarations and uses.
    pub(crate) fn collect_vars(
        &mut self,
        prog: &'a Program,
        live: &[bool],
    ) -> Result<(), CompileError> {
        for d in &prog.decls {
            let key = match d.scope {
                Scope::Thread => VarKey::Thread(&d.name),
                Scope::Clause => VarKey::Clause(&d.name),
                Scope::Global => VarKey::Global(&d.name),
            };
            self.vars.insert(
                key,
                VarInfo {
                    ty: d.ty,
                    assigned: false,
                    keys: d.keys,
                    declared: true,
                    assigned_str: false,
                },
            );
        }
        // Types flow through assignments (`a = b` after `b = "x"`): a few
        // rounds reach the fixed point for any realistic script.
        let walk = |tr: &mut Self, only_live: bool| {
            for (c, live) in prog.clauses.iter().zip(live) {
                if only_live && !live {
                    continue;
                }
                if let Some(p) = &c.predicate {
                    tr.walk_assignments(p);
                }
                for s in &c.body {
                    tr.walk_stmt(s);
                }
            }
        };
        for _ in 0..4 {
            walk(self, false);
        }
        // Written are the variables that clauses enabling a probe assign.
        for v in self.vars.values_mut() {
            v.assigned = false;
        }
        walk(self, true);
        Ok(())
    }

    fn walk_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::Expr(e) => self.walk_assignments(e),
            Stmt::If(c, a, b) => {
                self.walk_assignments(c);
                for s in a.iter().chain(b) {
                    self.walk_stmt(s);
                }
            }
        }
    }

    fn walk_assignments(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Assign(op, target, value) => {
                self.walk_assignments(value);
                let ty = if *op == "=" { self.ty(value) } else { Ty::Int };
                self.note_write(target, ty);
            }
            ExprKind::IncDec { target, .. } => self.note_write(target, Ty::Int),
            ExprKind::Call(_, args) => args.iter().for_each(|a| self.walk_assignments(a)),
            ExprKind::Binary(_, a, b) => {
                self.walk_assignments(a);
                self.walk_assignments(b);
            }
            ExprKind::Ternary(c, a, b) => {
                self.walk_assignments(c);
                self.walk_assignments(a);
                self.walk_assignments(b);
            }
            ExprKind::Unary(_, a) | ExprKind::Cast(_, a) => self.walk_assignments(a),
            _ => {}
        }
    }

    fn note_write(&mut self, target: &'a Expr, ty: Ty) {
        let (key, keys) = match &target.kind {
            ExprKind::SelfVar(n) => (VarKey::Thread(n), None),
            ExprKind::ThisVar(n) => (VarKey::Clause(n), None),
            ExprKind::Ident(n) if !self.is_builtin(n) => (VarKey::Global(n), None),
            ExprKind::Index(base, k) => match &base.kind {
                ExprKind::Ident(n) if !self.is_builtin(n) => (VarKey::Global(n), Some(k.len())),
                _ => return,
            },
            _ => return,
        };
        let v = self.vars.entry(key).or_insert(VarInfo {
            ty,
            assigned: false,
            keys: None,
            declared: false,
            assigned_str: false,
        });
        v.assigned = true;
        if v.keys.is_none() {
            v.keys = keys;
        }
        // An undeclared variable takes its type from its assignments; a
        // string assignment wins over `= 0` (which frees it in DTrace).
        if !v.declared && (ty == Ty::Str || !v.assigned_str) {
            v.ty = ty;
        }
        v.assigned_str |= ty == Ty::Str;
    }

    pub(crate) fn is_builtin(&self, name: &str) -> bool {
        matches!(
            name,
            "timestamp"
                | "vtimestamp"
                | "walltimestamp"
                | "pid"
                | "tid"
                | "ppid"
                | "uid"
                | "gid"
                | "cpu"
                | "id"
                | "args"
                | "self"
                | "this"
                | "NULL"
        ) || STRING_BUILTINS.contains(&name)
            || REFUSED_BUILTINS.iter().any(|(n, _)| *n == name)
            || arg_index(name).is_some()
    }

    /// The type of an expression.
    pub(crate) fn ty(&self, e: &Expr) -> Ty {
        match &e.kind {
            ExprKind::Str(_) => Ty::Str,
            ExprKind::Ident(n) if STRING_BUILTINS.contains(&n.as_str()) => Ty::Str,
            ExprKind::Ident(n) => match self.inlines.get(n.as_str()) {
                Some(v) => self.ty(v),
                None => self.var_ty(VarKey::Global(n)),
            },
            ExprKind::SelfVar(n) => self.var_ty(VarKey::Thread(n)),
            ExprKind::ThisVar(n) => self.var_ty(VarKey::Clause(n)),
            ExprKind::Index(base, _) => match &base.kind {
                ExprKind::Ident(n) if n != "args" => self.var_ty(VarKey::Global(n)),
                _ => Ty::Int,
            },
            ExprKind::Macro(m) => match m.strip_prefix('$') {
                Some(_) => Ty::Str,
                None => match self.macro_value(m, e.line) {
                    Ok(Value::Str(_)) => Ty::Str,
                    _ => Ty::Int,
                },
            },
            ExprKind::Call(f, args) => match f.as_str() {
                "copyinstr" | "basename" | "dirname" | "strjoin" | "lltostr" | "toupper"
                | "tolower" => Ty::Str,
                "stringof" => Ty::Str,
                _ => {
                    let _ = args;
                    Ty::Int
                }
            },
            ExprKind::Ternary(_, a, _) => self.ty(a),
            ExprKind::Cast(t, _) if t == "string" => Ty::Str,
            ExprKind::Assign(_, t, _) => self.ty(t),
            _ => Ty::Int,
        }
    }

    fn var_ty(&self, key: VarKey) -> Ty {
        self.vars.get(&key).map_or(Ty::Int, |v| v.ty)
    }

    /// A predicate or `if` condition.
    pub(crate) fn condition(&mut self, e: &Expr) -> Result<String, CompileError> {
        if self.ty(e) == Ty::Str {
            return Err(CompileError::new(
                e.line,
                "a string used as a condition is not supported (compare it with == or !=)",
            ));
        }
        self.kexpr(e)
    }

    /// A D expression as a bpftrace expression.
    pub(crate) fn kexpr(&mut self, e: &Expr) -> Result<String, CompileError> {
        let line = e.line;
        let err = |msg: String| Err(CompileError::new(line, &msg));
        match &e.kind {
            ExprKind::Int(v) => Ok(if *v < 0 { format!("({v})") } else { v.to_string() }),
            ExprKind::Str(s) => Ok(bpf_string(s)),
            ExprKind::Ident(n) => self.ident(n, line),
            ExprKind::SelfVar(n) => Ok(self.var_read(VarKey::Thread(n), &format!("@self__{n}[tid]"))),
            ExprKind::ThisVar(n) => {
                let ty = self.var_ty(VarKey::Clause(n));
                self.this_used.insert(n.clone(), ty);
                Ok(format!("$this__{n}"))
            }
            ExprKind::Macro(m) => self.macro_expr(m, line),
            ExprKind::Agg(a) => err(format!(
                "aggregation @{a} cannot be used as a value (use printa())"
            )),
            ExprKind::Index(base, keys) => match &base.kind {
                ExprKind::Ident(n) if n == "args" => {
                    let [k] = keys.as_slice() else {
                        return err("args[] takes one index".into());
                    };
                    match k.kind {
                        ExprKind::Int(i) if (0..10).contains(&i) => self.arg(i as usize),
                        _ => err("args[] needs a constant index from 0 to 9".into()),
                    }
                }
                ExprKind::Ident(n) if !self.is_builtin(n) => {
                    let ks = keys
                        .iter()
                        .map(|k| self.kexpr(k))
                        .collect::<Result<Vec<_>, _>>()?;
                    let map = format!("@g__{n}[{}]", ks.join(", "));
                    Ok(self.var_read(VarKey::Global(n), &map))
                }
                ExprKind::Agg(a) => err(format!(
                    "aggregation @{a} cannot be used as a value (use printa())"
                )),
                _ => err("indexing this expression is not supported".into()),
            },
            ExprKind::Call(f, args) => self.call(f, args, line),
            ExprKind::Unary(op, a) => match *op {
                "!" | "~" | "-" | "+" => {
                    self.need_int(a, op)?;
                    Ok(format!("({op}{})", self.kexpr(a)?))
                }
                "*" => err("pointer dereference (*expr) is not supported: use copyin()/copyinstr() on user addresses".into()),
                _ => err("the address-of operator (&expr) is not supported".into()),
            },
            ExprKind::Binary(op, a, b) => self.binary(op, a, b, line),
            ExprKind::Assign(..) => err(
                "an assignment inside an expression is not supported (write it as its own statement)".into(),
            ),
            ExprKind::IncDec { op, .. } => err(format!(
                "{op} inside an expression is not supported (write it as its own statement)"
            )),
            ExprKind::Ternary(c, a, b) => {
                if self.ty(a) != self.ty(b) {
                    return err("the branches of ?: have different types".into());
                }
                Ok(format!(
                    "({} ? {} : {})",
                    self.condition(c)?,
                    self.kexpr(a)?,
                    self.kexpr(b)?
                ))
            }
            ExprKind::Cast(t, a) => {
                if t == "string" {
                    if self.ty(a) != Ty::Str {
                        return err("a cast of an integer to string is not supported".into());
                    }
                    return self.kexpr(a);
                }
                let Some(cast) = int_cast(t) else {
                    return err(format!("a cast to '{t}' is not supported"));
                };
                self.need_int(a, &format!("({t})"))?;
                let inner = self.kexpr(a)?;
                Ok(if cast.is_empty() {
                    inner
                } else {
                    format!("(({cast}){inner})")
                })
            }
            ExprKind::Member(_, m) => err(format!(
                "member access ({m}) is not supported: no kernel or user type information"
            )),
            ExprKind::Unsupported(what) => err(format!("{what} is not supported")),
        }
    }

    fn need_int(&self, e: &Expr, op: &str) -> Result<(), CompileError> {
        if self.ty(e) == Ty::Str {
            return Err(CompileError::new(
                e.line,
                &format!("operator {op} is not supported on strings"),
            ));
        }
        Ok(())
    }

    /// A map read, or the zero value when nothing ever writes the map.
    fn var_read(&self, key: VarKey, map: &str) -> String {
        match self.vars.get(&key) {
            Some(v) if v.assigned => map.to_string(),
            Some(v) if v.ty == Ty::Str => "\"\"".into(),
            _ => "0".into(),
        }
    }

    fn ident(&mut self, n: &str, line: u32) -> Result<String, CompileError> {
        if let Some(v) = self.inlines.get(n).copied() {
            return self.kexpr(v);
        }
        if let Some(i) = arg_index(n) {
            return self.arg(i);
        }
        if let Some((_, why)) = REFUSED_BUILTINS.iter().find(|(b, _)| *b == n) {
            return Err(CompileError::new(
                line,
                &format!("{n} is not supported: {why}"),
            ));
        }
        Ok(match n {
            "timestamp" => "nsecs".into(),
            "walltimestamp" => format!("(nsecs + {})", self.setup.wall_offset),
            "vtimestamp" => "curtask->se.sum_exec_runtime".into(),
            "pid" | "tid" | "uid" | "gid" | "cpu" => n.into(),
            "ppid" => "curtask->real_parent->tgid".into(),
            "execname" => "comm".into(),
            "id" => self.ctx.id.to_string(),
            "NULL" => "0".into(),
            "probename" => bpf_string(&self.ctx.name),
            "probemod" => bpf_string(&self.ctx.module),
            "probefunc" => bpf_string(&self.probefunc(line)?),
            "probeprov" => {
                if self.ctx.usdt {
                    return Err(CompileError::new(
                        line,
                        "probeprov of a USDT probe (provider and pid) is supported only in printf() and trace() arguments",
                    ));
                }
                bpf_string(&self.ctx.provider)
            }
            "self" | "this" | "args" => {
                return Err(CompileError::new(
                    line,
                    &format!("{n} cannot be used as a value"),
                ))
            }
            global => {
                let map = format!("@g__{global}");
                if self
                    .vars
                    .get(&VarKey::Global(global))
                    .and_then(|v| v.keys)
                    .is_some()
                {
                    return Err(CompileError::new(
                        line,
                        &format!("associative array {global} used without keys"),
                    ));
                }
                self.var_read(VarKey::Global(global), &map)
            }
        })
    }

    pub(crate) fn probefunc(&self, line: u32) -> Result<String, CompileError> {
        let mut fs = self.ctx.functions.clone();
        fs.dedup();
        match fs.as_slice() {
            [f] => Ok(f.clone()),
            _ => Err(CompileError::new(
                line,
                &format!(
                    "probefunc of probe {} is ambiguous: its sites are in {} functions",
                    self.ctx.name,
                    fs.len()
                ),
            )),
        }
    }

    /// `argN`: the note's size and sign; 0 outside USDT probes (as the
    /// arguments of BEGIN, END and tick are in DTrace).
    fn arg(&self, i: usize) -> Result<String, CompileError> {
        if !self.ctx.usdt {
            return Ok("0".into());
        }
        Ok(match self.ctx.arg_sizes.get(i) {
            None => "0".into(),
            Some(-1) => format!("((int8)arg{i})"),
            Some(1) => format!("((uint8)arg{i})"),
            Some(-2) => format!("((int16)arg{i})"),
            Some(2) => format!("((uint16)arg{i})"),
            Some(-4) => format!("((int32)arg{i})"),
            Some(4) => format!("((uint32)arg{i})"),
            Some(-8) => format!("((int64)arg{i})"),
            Some(_) => format!("arg{i}"),
        })
    }

    fn macro_expr(&self, m: &str, line: u32) -> Result<String, CompileError> {
        if let Some(n) = m.strip_prefix('$') {
            return Ok(bpf_string(&match self.macro_value(n, line)? {
                Value::Int(i) => i.to_string(),
                Value::Str(s) => s,
            }));
        }
        if m == "target" {
            return match self.setup.target {
                TargetKind::Command => Ok("cpid".into()),
                TargetKind::Pid(p) => Ok(p.to_string()),
                TargetKind::None => Err(CompileError::new(
                    line,
                    "$target is not defined: no process was given (use -c or -p)",
                )),
            };
        }
        Ok(match self.macro_value(m, line)? {
            Value::Int(i) => i.to_string(),
            Value::Str(s) => bpf_string(&s),
        })
    }

    fn binary(&mut self, op: &str, a: &Expr, b: &Expr, line: u32) -> Result<String, CompileError> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        if ta != tb && !matches!(op, "&&" | "||" | "^^") {
            return Err(CompileError::new(
                line,
                &format!("operator {op} has operands of different types (string and integer)"),
            ));
        }
        if ta == Ty::Str && !matches!(op, "==" | "!=") {
            return Err(CompileError::new(
                line,
                &format!("operator {op} is not supported on strings (only == and != are)"),
            ));
        }
        let (x, y) = (self.kexpr(a)?, self.kexpr(b)?);
        Ok(match op {
            "^^" => format!("(({x} != 0) != ({y} != 0))"),
            _ => format!("({x} {op} {y})"),
        })
    }

    /// Calls that compute a value in the kernel.
    fn call(&mut self, f: &str, args: &[Expr], line: u32) -> Result<String, CompileError> {
        let err = |msg: String| Err(CompileError::new(line, &msg));
        match f {
            "copyinstr" => {
                let (p, n) = match args {
                    [p] => (p, None),
                    [p, n] => (p, Some(n)),
                    _ => return err("copyinstr() takes 1 or 2 arguments".into()),
                };
                self.need_int(p, "copyinstr()")?;
                let p = self.kexpr(p)?;
                Ok(match n {
                    Some(n) => format!("str({p}, {})", self.kexpr(n)?),
                    None => format!("str({p})"),
                })
            }
            "stringof" => match args {
                [a] if self.ty(a) == Ty::Str => self.kexpr(a),
                [_] => err("stringof() of an integer is supported only in printf() and trace() arguments".into()),
                _ => err("stringof() takes 1 argument".into()),
            },
            "basename" | "dirname" | "strjoin" | "strlen" | "lltostr" | "toupper" | "tolower" => err(format!(
                "{f}() is supported only in printf() and trace() arguments (bpftrace cannot compute it in the kernel)"
            )),
            "count" | "sum" | "min" | "max" | "avg" | "quantize" | "lquantize" | "llquantize"
            | "stddev" => err(format!(
                "aggregating function {f}() can only be assigned to an aggregation (@a[...] = {f}(...))"
            )),
            "progenyof" | "rand" | "copyin" | "alloca" | "bcopy" | "strstr" | "strchr"
            | "strrchr" | "index" | "rindex" | "substr" | "strtok" | "htons" | "htonl" | "ntohs"
            | "ntohl" | "inet_ntoa" | "inet_ntop" | "getmajor" | "getminor" | "mutex_owned"
            | "rw_read_held" | "speculation" | "cleanpath" | "ddi_pathname" | "json" | "strtoll" => {
                err(format!("function {f}() is not supported"))
            }
            _ => err(format!("{f}() is not supported here")),
        }
    }

    /// An output argument: constants and string functions are computed in
    /// user space; everything else is recorded (appended to `leaves`).
    pub(crate) fn uarg(
        &mut self,
        e: &Expr,
        leaves: &mut Vec<(String, Ty)>,
    ) -> Result<UArg, CompileError> {
        let line = e.line;
        let leaf = |tr: &mut Self,
                    leaves: &mut Vec<(String, Ty)>,
                    e: &Expr|
         -> Result<UArg, CompileError> {
            let ty = tr.ty(e);
            let code = tr.kexpr(e)?;
            leaves.push((code, ty));
            Ok(UArg::Leaf(leaves.len() - 1))
        };
        match &e.kind {
            ExprKind::Int(v) => Ok(UArg::Const(Value::Int(*v))),
            ExprKind::Str(s) => Ok(UArg::Const(Value::Str(s.clone()))),
            ExprKind::Ident(n) => match n.as_str() {
                "probename" => Ok(UArg::Const(Value::Str(self.ctx.name.clone()))),
                "probemod" => Ok(UArg::Const(Value::Str(self.ctx.module.clone()))),
                "probefunc" => Ok(UArg::Const(Value::Str(self.probefunc(line)?))),
                "probeprov" if self.ctx.usdt => {
                    leaves.push(("pid".into(), Ty::Int));
                    Ok(UArg::Call(
                        UFunc::Strjoin,
                        vec![
                            UArg::Const(Value::Str(self.ctx.provider.clone())),
                            UArg::Call(UFunc::Lltostr, vec![UArg::Leaf(leaves.len() - 1)]),
                        ],
                    ))
                }
                "probeprov" => Ok(UArg::Const(Value::Str(self.ctx.provider.clone()))),
                _ => leaf(self, leaves, e),
            },
            ExprKind::Macro(m) if m != "target" => {
                let v = match m.strip_prefix('$') {
                    Some(n) => match self.macro_value(n, line)? {
                        Value::Int(i) => Value::Str(i.to_string()),
                        s => s,
                    },
                    None => self.macro_value(m, line)?,
                };
                Ok(UArg::Const(v))
            }
            ExprKind::Call(f, args) => {
                let func = match f.as_str() {
                    "basename" => UFunc::Basename,
                    "dirname" => UFunc::Dirname,
                    "strjoin" => UFunc::Strjoin,
                    "strlen" => UFunc::Strlen,
                    "lltostr" => UFunc::Lltostr,
                    "toupper" => UFunc::Toupper,
                    "tolower" => UFunc::Tolower,
                    "stringof" => {
                        let [a] = args.as_slice() else {
                            return Err(CompileError::new(line, "stringof() takes 1 argument"));
                        };
                        let inner = self.uarg(a, leaves)?;
                        return Ok(UArg::Call(UFunc::Lltostr, vec![inner]));
                    }
                    _ => return leaf(self, leaves, e),
                };
                let want: &[Ty] = match func {
                    UFunc::Strjoin => &[Ty::Str, Ty::Str],
                    UFunc::Lltostr => &[Ty::Int],
                    _ => &[Ty::Str],
                };
                if args.len() != want.len() {
                    return Err(CompileError::new(
                        line,
                        &format!("{f}() takes {} argument(s)", want.len()),
                    ));
                }
                let mut out = Vec::new();
                for (a, t) in args.iter().zip(want) {
                    if self.ty(a) != *t {
                        return Err(CompileError::new(
                            a.line,
                            &format!("{f}() argument has the wrong type"),
                        ));
                    }
                    out.push(self.uarg(a, leaves)?);
                }
                Ok(UArg::Call(func, out))
            }
            _ => leaf(self, leaves, e),
        }
    }

    /// The type an output argument produces (string functions included).
    pub(crate) fn uarg_ty(&self, e: &Expr) -> Ty {
        match &e.kind {
            ExprKind::Call(f, _) if f == "strlen" => Ty::Int,
            _ => self.ty(e),
        }
    }
}

/// `arg0`..`arg9`.
pub(crate) fn arg_index(name: &str) -> Option<usize> {
    let d = name.strip_prefix("arg")?;
    (d.len() == 1).then(|| d.parse().ok()).flatten()
}
