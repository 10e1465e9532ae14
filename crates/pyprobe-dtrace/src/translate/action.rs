//! Statements and actions: assignments, aggregations, `printf`, `trace`,
//! `printa`, `exit`, `clear`, `trunc`, `normalize`, `denormalize`.
//!
//! Output actions become records (see `mod.rs`). A record's values are
//! split over several bpftrace `printf`s when they would not fit the BPF
//! stack (512 bytes: one string of the default 200-byte size per
//! `printf`); the pieces of one firing stay together in the CPU's buffer.

use super::*;
use crate::format::parse_format;

/// Aggregating functions with no bpftrace equivalent, and why.
const REFUSED_AGGS: &[(&str, &str)] = &[
    ("stddev", "bpftrace has no standard deviation aggregation"),
    ("llquantize", "bpftrace has no log-linear histogram"),
];

/// Actions that DTrace has and this translation refuses, and why.
const REFUSED_ACTIONS: &[(&str, &str)] = &[
    ("stack", "kernel stacks are not supported"),
    ("ustack", "user stacks are not supported"),
    ("jstack", "user stacks are not supported"),
    ("tracemem", "tracemem() is not supported"),
    ("printm", "printm() is not supported"),
    ("printt", "printt() is not supported"),
    ("print", "print() is not supported (use printf())"),
    ("setopt", "changing options at run time is not supported"),
    ("freopen", "redirecting output at run time is not supported"),
    (
        "ftruncate",
        "truncating output at run time is not supported",
    ),
    ("speculate", "speculations are not supported"),
    ("commit", "speculations are not supported"),
    ("discard", "speculations are not supported"),
    ("system", "destructive actions are not supported"),
    ("raise", "destructive actions are not supported"),
    ("stop", "destructive actions are not supported"),
    ("copyout", "destructive actions are not supported"),
    ("copyoutstr", "destructive actions are not supported"),
    ("breakpoint", "destructive actions are not supported"),
    ("panic", "destructive actions are not supported"),
    ("chill", "destructive actions are not supported"),
    ("sym", "symbol lookup is not supported"),
    ("mod", "symbol lookup is not supported"),
    ("func", "symbol lookup is not supported"),
    ("usym", "symbol lookup is not supported"),
    ("umod", "symbol lookup is not supported"),
    ("ufunc", "symbol lookup is not supported"),
    ("uaddr", "symbol lookup is not supported"),
];

impl<'a> Tr<'a> {
    /// Every aggregation the program assigns: its function and keys.
    pub(crate) fn collect_aggs(
        &mut self,
        prog: &Program,
        live: &[bool],
    ) -> Result<(), CompileError> {
        fn walk(tr: &mut Tr, stmts: &[Stmt], live: bool) -> Result<(), CompileError> {
            for s in stmts {
                match s {
                    Stmt::Expr(e) => {
                        if let ExprKind::Assign(op, target, value) = &e.kind {
                            if let Some((name, keys)) = agg_target(target) {
                                if *op != "=" {
                                    return Err(CompileError::new(
                                        e.line,
                                        &format!("operator {op} cannot be applied to aggregation @{name}"),
                                    ));
                                }
                                tr.declare_agg(name, keys, value, e.line)?;
                                if live {
                                    if let Some(a) = tr.aggs.iter_mut().find(|a| a.name == name) {
                                        a.live = true;
                                    }
                                }
                            }
                        }
                    }
                    Stmt::If(_, a, b) => {
                        walk(tr, a, live)?;
                        walk(tr, b, live)?;
                    }
                }
            }
            Ok(())
        }
        for (c, live) in prog.clauses.iter().zip(live) {
            walk(self, &c.body, *live).map_err(|e| e.in_source(c.source))?;
        }
        Ok(())
    }

    fn declare_agg(
        &mut self,
        name: &str,
        keys: &[Expr],
        value: &Expr,
        line: u32,
    ) -> Result<(), CompileError> {
        if name.starts_with("self__") || name.starts_with("g__") {
            return Err(CompileError::new(
                line,
                &format!("aggregation name @{name} is reserved by pyprobe-dtrace"),
            ));
        }
        let ExprKind::Call(f, args) = &value.kind else {
            return Err(CompileError::new(
                line,
                &format!(
                    "aggregation @{name} must be assigned an aggregating function such as count()"
                ),
            ));
        };
        if let Some((_, why)) = REFUSED_AGGS.iter().find(|(n, _)| n == f) {
            return Err(CompileError::new(
                line,
                &format!("{f}() is not supported: {why}"),
            ));
        }
        let const_arg = |i: usize| -> Result<i64, CompileError> {
            match args.get(i).map(|a| &a.kind) {
                Some(ExprKind::Int(v)) => Ok(*v),
                Some(ExprKind::Unary("-", inner)) => match inner.kind {
                    ExprKind::Int(v) => Ok(-v),
                    _ => Err(CompileError::new(
                        line,
                        "lquantize() bounds must be integer constants",
                    )),
                },
                None if i == 3 => Ok(1),
                _ => Err(CompileError::new(
                    line,
                    "lquantize() bounds must be integer constants",
                )),
            }
        };
        let (func, nargs) = match f.as_str() {
            "count" => (AggFunc::Count, 0..=0),
            "sum" => (AggFunc::Sum, 1..=1),
            "min" => (AggFunc::Min, 1..=1),
            "max" => (AggFunc::Max, 1..=1),
            "avg" => (AggFunc::Avg, 1..=1),
            "quantize" => (AggFunc::Quantize, 1..=1),
            "lquantize" => {
                let (base, limit, step) = (const_arg(1)?, const_arg(2)?, const_arg(3)?);
                if step <= 0 || limit <= base {
                    return Err(CompileError::new(
                        line,
                        "lquantize() needs lower < upper and a positive step",
                    ));
                }
                (AggFunc::Lquantize { base, limit, step }, 3..=4)
            }
            other => {
                return Err(CompileError::new(
                    line,
                    &format!("{other}() is not an aggregating function"),
                ))
            }
        };
        if !nargs.contains(&args.len()) {
            return Err(CompileError::new(
                line,
                &format!("{f}() has the wrong number of arguments"),
            ));
        }
        let key_types: Vec<Ty> = keys.iter().map(|k| self.ty(k)).collect();
        match self.aggs.iter().find(|a| a.name == name) {
            Some(a) if a.func != func || a.keys != key_types => Err(CompileError::new(
                line,
                &format!(
                    "aggregation @{name} is used with a different function or keys here than on line {}",
                    a.line
                ),
            )),
            Some(_) => Ok(()),
            None => {
                self.aggs.push(AggInfo {
                    name: name.to_string(),
                    func,
                    keys: key_types,
                    printed: false,
                    live: false,
                    line,
                });
                Ok(())
            }
        }
    }

    fn agg_index(&self, e: &Expr, what: &str) -> Result<usize, CompileError> {
        let ExprKind::Agg(name) = &e.kind else {
            return Err(CompileError::new(
                e.line,
                &format!("{what} needs an aggregation argument"),
            ));
        };
        self.aggs
            .iter()
            .position(|a| a.name == *name)
            .ok_or_else(|| {
                CompileError::new(e.line, &format!("aggregation @{name} is never assigned"))
            })
    }

    /// A statement list as bpftrace code (one statement per line).
    pub(crate) fn statements(&mut self, stmts: &[Stmt]) -> Result<String, CompileError> {
        let mut out = String::new();
        for (i, s) in stmts.iter().enumerate() {
            match s {
                Stmt::Expr(e) => out.push_str(&self.statement(e, &stmts[i + 1..])?),
                Stmt::If(c, a, b) => {
                    let cond = self.condition(c)?;
                    let _ = writeln!(out, "if ({cond}) {{");
                    out.push_str(&indent(&self.statements(a)?, 1));
                    if b.is_empty() {
                        out.push_str("}\n");
                    } else {
                        out.push_str("} else {\n");
                        out.push_str(&indent(&self.statements(b)?, 1));
                        out.push_str("}\n");
                    }
                }
            }
        }
        Ok(out)
    }

    fn statement(&mut self, e: &Expr, rest: &[Stmt]) -> Result<String, CompileError> {
        match &e.kind {
            ExprKind::Assign(op, target, value) => {
                if let Some((name, keys)) = agg_target(target) {
                    return self.agg_assign(name, keys, value);
                }
                self.assign(op, target, value, e.line)
            }
            ExprKind::IncDec { op, target, .. } => {
                let lhs = self.lvalue(target)?;
                if self.ty(target) == Ty::Str {
                    return Err(CompileError::new(
                        e.line,
                        &format!("{op} is not supported on strings"),
                    ));
                }
                Ok(format!("{lhs}{op};\n"))
            }
            ExprKind::Call(f, args) => self.action(f, args, e.line, rest),
            // A bare expression traces its value, as in D.
            _ => self.output(OutputKindPlan::Trace(e)),
        }
    }

    /// The bpftrace place a D assignment target names.
    fn lvalue(&mut self, target: &Expr) -> Result<String, CompileError> {
        match &target.kind {
            ExprKind::SelfVar(n) => Ok(format!("@self__{n}[tid]")),
            ExprKind::ThisVar(n) => {
                let ty = self.ty(target);
                self.this_used.insert(n.clone(), ty);
                Ok(format!("$this__{n}"))
            }
            ExprKind::Ident(n) if !self.is_builtin(n) && !self.inlines.contains_key(n.as_str()) => {
                Ok(format!("@g__{n}"))
            }
            ExprKind::Index(base, keys) => match &base.kind {
                ExprKind::Ident(n) if !self.is_builtin(n) => {
                    let ks = keys
                        .iter()
                        .map(|k| self.kexpr(k))
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok(format!("@g__{n}[{}]", ks.join(", ")))
                }
                _ => Err(CompileError::new(
                    target.line,
                    "this expression cannot be assigned to",
                )),
            },
            ExprKind::Ident(n) => Err(CompileError::new(target.line, &format!("{n} is read-only"))),
            _ => Err(CompileError::new(
                target.line,
                "this expression cannot be assigned to",
            )),
        }
    }

    fn assign(
        &mut self,
        op: &str,
        target: &Expr,
        value: &Expr,
        line: u32,
    ) -> Result<String, CompileError> {
        let lhs = self.lvalue(target)?;
        let (tt, tv) = (self.ty(target), self.ty(value));
        if op == "=" {
            // Assigning 0 frees a thread-local or array element in DTrace.
            let frees = matches!(value.kind, ExprKind::Int(0))
                && matches!(target.kind, ExprKind::SelfVar(_) | ExprKind::Index(..));
            if frees {
                return Ok(format!("delete({lhs});\n"));
            }
            if tt != tv {
                return Err(CompileError::new(
                    line,
                    "the assigned value's type (string or integer) differs from the variable's",
                ));
            }
            let rhs = self.kexpr(value)?;
            return Ok(format!("{lhs} = {rhs};\n"));
        }
        if tt == Ty::Str || tv == Ty::Str {
            return Err(CompileError::new(
                line,
                &format!("operator {op} is not supported on strings"),
            ));
        }
        let rhs = self.kexpr(value)?;
        let bin = &op[..op.len() - 1];
        Ok(format!("{lhs} = {lhs} {bin} ({rhs});\n"))
    }

    fn agg_assign(
        &mut self,
        name: &str,
        keys: &[Expr],
        value: &Expr,
    ) -> Result<String, CompileError> {
        let ExprKind::Call(f, args) = &value.kind else {
            unreachable!("collect_aggs checked the value");
        };
        let ks = keys
            .iter()
            .map(|k| self.kexpr(k))
            .collect::<Result<Vec<_>, _>>()?;
        let map = if ks.is_empty() {
            format!("@{name}")
        } else {
            format!("@{name}[{}]", ks.join(", "))
        };
        let value = match args.first() {
            Some(a) if self.ty(a) == Ty::Str => {
                return Err(CompileError::new(
                    a.line,
                    &format!("{f}() of a string is not supported"),
                ));
            }
            Some(a) => self.kexpr(a)?,
            None => String::new(),
        };
        let call = match f.as_str() {
            "count" => "count()".to_string(),
            "sum" | "min" | "max" | "avg" => format!("{f}({value})"),
            "quantize" => format!("hist({value})"),
            _ => {
                let Some(AggFunc::Lquantize { base, limit, step }) =
                    self.aggs.iter().find(|a| a.name == name).map(|a| a.func)
                else {
                    unreachable!("collect_aggs declared it");
                };
                format!("lhist({value}, {base}, {limit}, {step})")
            }
        };
        Ok(format!("{map} = {call};\n"))
    }

    fn action(
        &mut self,
        f: &str,
        args: &[Expr],
        line: u32,
        rest: &[Stmt],
    ) -> Result<String, CompileError> {
        if let Some((_, why)) = REFUSED_ACTIONS.iter().find(|(n, _)| *n == f) {
            return Err(CompileError::new(
                line,
                &format!("{f}() is not supported: {why}"),
            ));
        }
        match f {
            "printf" => self.printf(args, line),
            "trace" => match args {
                [a] => self.output(OutputKindPlan::Trace(a)),
                _ => Err(CompileError::new(line, "trace() takes 1 argument")),
            },
            "printa" => self.printa(args, line),
            "exit" => {
                let [status] = args else {
                    return Err(CompileError::new(line, "exit() takes 1 argument"));
                };
                if self.ty(status) != Ty::Int {
                    return Err(CompileError::new(line, "exit() needs an integer status"));
                }
                let v = self.kexpr(status)?;
                let rec = self.record(Record::Exit);
                let mut out = emit_record(rec, &[(v, Ty::Int)]);
                // bpftrace's exit() ends the probe: the firing's line ends here.
                if !self.setup.quiet {
                    let end = self.record(Record::FireEnd);
                    out.push_str(&emit_record(end, &[]));
                }
                out.push_str("exit();\n");
                Ok(out)
            }
            "clear" => {
                let [a] = args else {
                    return Err(CompileError::new(line, "clear() takes 1 argument"));
                };
                let i = self.agg_index(a, "clear()")?;
                // DTrace's clear() keeps the keys with zero values.
                Ok(format!("zero({});\n", self.aggs[i].map()))
            }
            "trunc" => self.trunc(args, line, rest),
            "normalize" => {
                let [a, n] = args else {
                    return Err(CompileError::new(line, "normalize() takes 2 arguments"));
                };
                let agg = self.agg_index(a, "normalize()")?;
                let v = self.kexpr(n)?;
                let rec = self.record(Record::Normalize { agg });
                Ok(emit_record(rec, &[(v, Ty::Int)]))
            }
            "denormalize" => {
                let [a] = args else {
                    return Err(CompileError::new(line, "denormalize() takes 1 argument"));
                };
                let agg = self.agg_index(a, "denormalize()")?;
                let rec = self.record(Record::Denormalize { agg });
                Ok(emit_record(rec, &[]))
            }
            _ => {
                // A function call as a statement traces its value.
                let e = Expr::new(ExprKind::Call(f.to_string(), args.to_vec()), line);
                self.output(OutputKindPlan::Trace(&e))
            }
        }
    }

    /// `trunc(@a)` empties the aggregation. `trunc(@a, n)` keeps the top
    /// n entries in DTrace; bpftrace cannot delete by rank, so it is
    /// accepted where the difference cannot show: in END, or when the
    /// same statement list later empties the aggregation with `trunc(@a)`
    /// (the top-n is then applied to the printings in between).
    fn trunc(&mut self, args: &[Expr], line: u32, rest: &[Stmt]) -> Result<String, CompileError> {
        let (a, n) = match args {
            [a] => (a, None),
            [a, n] => (a, Some(n)),
            _ => return Err(CompileError::new(line, "trunc() takes 1 or 2 arguments")),
        };
        let agg = self.agg_index(a, "trunc()")?;
        let Some(n) = n else {
            let rec = self.record(Record::TruncAll { agg });
            return Ok(emit_record(rec, &[]) + &format!("clear({});\n", self.aggs[agg].map()));
        };
        let keep = match &n.kind {
            ExprKind::Int(v) => *v,
            ExprKind::Unary("-", inner) => match inner.kind {
                ExprKind::Int(v) => -v,
                _ => return Err(CompileError::new(line, "trunc() needs a constant count")),
            },
            _ => return Err(CompileError::new(line, "trunc() needs a constant count")),
        };
        let emptied_later = rest.iter().any(|s| {
            matches!(s, Stmt::Expr(Expr { kind: ExprKind::Call(f, args), .. })
                if f == "trunc" && args.len() == 1
                    && matches!(&args[0].kind, ExprKind::Agg(n) if *n == self.aggs[agg].name))
        });
        if !self.ctx.is_end && !emptied_later {
            return Err(CompileError::new(
                line,
                &format!(
                    "trunc(@{}, {keep}) is supported only in END, or when the same clause later empties the aggregation with trunc(@{}): bpftrace cannot drop entries by rank",
                    self.aggs[agg].name, self.aggs[agg].name
                ),
            ));
        }
        let rec = self.record(Record::TruncKeep { agg, keep });
        Ok(emit_record(rec, &[]))
    }

    fn printa(&mut self, args: &[Expr], line: u32) -> Result<String, CompileError> {
        let (format, aggs) = match args.first().map(|a| &a.kind) {
            Some(ExprKind::Str(s)) => {
                let f = parse_format(s, true).map_err(|e| CompileError::new(line, &e))?;
                (Some(f), &args[1..])
            }
            _ => (None, args),
        };
        let [agg] = aggs else {
            return Err(CompileError::new(
                line,
                if aggs.is_empty() {
                    "printa() needs an aggregation"
                } else {
                    "printa() of several aggregations at once is not supported"
                },
            ));
        };
        let agg = self.agg_index(agg, "printa()")?;
        if let Some(f) = &format {
            let keys = self.aggs[agg].keys.clone();
            let mut k = 0;
            for c in f.convs() {
                if c.width == Some(crate::format::Count::Arg)
                    || c.precision == Some(crate::format::Count::Arg)
                {
                    return Err(CompileError::new(
                        line,
                        "printa() formats cannot take * widths",
                    ));
                }
                let want = if c.agg {
                    Ty::Int
                } else {
                    let Some(t) = keys.get(k) else {
                        return Err(CompileError::new(
                            line,
                            &format!(
                                "printa() format has more conversions than @{} has keys",
                                self.aggs[agg].name
                            ),
                        ));
                    };
                    k += 1;
                    *t
                };
                if c.wants_int() != (want == Ty::Int) {
                    return Err(CompileError::new(
                        line,
                        &format!(
                            "printa() conversion %{} does not match the type of its key",
                            c.conv
                        ),
                    ));
                }
            }
        }
        self.aggs[agg].printed = true;
        Ok(self.printa_code(agg, format, false))
    }

    pub(crate) fn printa_code(&mut self, agg: usize, format: Option<Format>, auto: bool) -> String {
        let begin = self.record(Record::PrintaBegin { agg, format, auto });
        let end = self.record(Record::PrintaEnd);
        // An aggregation no enabled clause assigns is printed empty.
        let print = if self.aggs[agg].live {
            format!("print({});\n", self.aggs[agg].map())
        } else {
            String::new()
        };
        format!(
            "{}{print}{}",
            emit_record(begin, &[]),
            emit_record(end, &[])
        )
    }

    fn printf(&mut self, args: &[Expr], line: u32) -> Result<String, CompileError> {
        let Some(ExprKind::Str(fmt)) = args.first().map(|a| &a.kind) else {
            return Err(CompileError::new(
                line,
                "printf() needs a format string constant",
            ));
        };
        let format = parse_format(fmt, false).map_err(|e| CompileError::new(line, &e))?;
        let mut want = Vec::new();
        for c in format.convs() {
            if c.width == Some(crate::format::Count::Arg) {
                want.push((Ty::Int, "*".to_string()));
            }
            if c.precision == Some(crate::format::Count::Arg) {
                want.push((Ty::Int, ".*".to_string()));
            }
            let t = if c.wants_int() { Ty::Int } else { Ty::Str };
            want.push((t, format!("%{}", c.conv)));
        }
        let given = &args[1..];
        if given.len() != want.len() {
            return Err(CompileError::new(
                line,
                &format!(
                    "printf() format \"{}\" needs {} arguments, {} given",
                    fmt.escape_debug(),
                    want.len(),
                    given.len()
                ),
            ));
        }
        for (i, (a, (t, conv))) in given.iter().zip(&want).enumerate() {
            if self.uarg_ty(a) != *t {
                return Err(CompileError::new(
                    a.line,
                    &format!(
                        "printf() argument #{} is incompatible with conversion {conv}: it is {}",
                        i + 2,
                        if *t == Ty::Int {
                            "a string"
                        } else {
                            "an integer"
                        }
                    ),
                ));
            }
        }
        self.output(OutputKindPlan::Printf(format, given))
    }

    /// Record an output action's values, in as many pieces as the BPF
    /// stack needs.
    fn output(&mut self, plan: OutputKindPlan) -> Result<String, CompileError> {
        let mut leaves = Vec::new();
        let kind = match plan {
            OutputKindPlan::Printf(format, args) => {
                let mut uargs = Vec::new();
                for a in args {
                    uargs.push(self.uarg(a, &mut leaves)?);
                }
                OutputKind::Printf(format, uargs)
            }
            OutputKindPlan::Trace(e) => OutputKind::Trace(self.uarg(e, &mut leaves)?),
        };
        let action = self.actions.len();
        self.actions.push(OutputAction {
            kind,
            leaves: leaves.iter().map(|(_, t)| *t).collect(),
        });
        let chunks = chunk(&leaves, self.setup.strsize);
        let mut out = String::new();
        let n = chunks.len();
        for (i, c) in chunks.into_iter().enumerate() {
            let rec = self.record(Record::Values {
                action,
                last: i + 1 == n,
            });
            out.push_str(&emit_record(rec, c));
        }
        Ok(out)
    }
}

pub(crate) enum OutputKindPlan<'e> {
    Printf(Format, &'e [Expr]),
    Trace(&'e Expr),
}

/// Split recorded values into pieces that fit the BPF stack: strings take
/// `strsize` bytes each, integers 8; at least one value per piece and
/// always at least one piece.
fn chunk(leaves: &[(String, Ty)], strsize: usize) -> Vec<&[(String, Ty)]> {
    const BUDGET: usize = 320;
    let mut out = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (i, (_, t)) in leaves.iter().enumerate() {
        let size = if *t == Ty::Str { strsize } else { 8 };
        if i > start && (used + size > BUDGET || i - start >= 8) {
            out.push(&leaves[start..i]);
            start = i;
            used = 0;
        }
        used += size;
    }
    out.push(&leaves[start..]);
    out
}

/// `@name[keys]` or `@name` as an assignment target.
fn agg_target(target: &Expr) -> Option<(&str, &[Expr])> {
    match &target.kind {
        ExprKind::Agg(name) => Some((name, &[])),
        ExprKind::Index(base, keys) => match &base.kind {
            ExprKind::Agg(name) => Some((name, keys)),
            _ => None,
        },
        _ => None,
    }
}
