//! `match` statements. CPython counterpart: `compiler_match` and the
//! `compiler_pattern_*` functions of `Python/compile.c`.
//!
//! Contract of [`Compiler::pattern`]: the value to match is on top of the
//! stack; on success it has been consumed (captures stored) and control
//! falls through; on failure it has been consumed too and control jumps to
//! `fail`. Sub-pattern failures pop what the enclosing pattern pushed
//! through a chain of "pop one more" labels.

use super::{CResult, Compiler, Label, NameCtx};
use pyprobe_bytecode::{CmpOp, Constant, Instruction as I};
use rustpython_parser::ast::{self, Ranged};

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        // CPython's compile-time checks: no unreachable cases, no name bound
        // twice, alternatives binding the same names.
        for (i, case) in m.cases.iter().enumerate() {
            let mut names = Vec::new();
            self.check_pattern(&case.pattern, &mut names)?;
            if i + 1 < m.cases.len() && case.guard.is_none() && irrefutable(&case.pattern) {
                let msg = match &case.pattern {
                    ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. }) => {
                        format!("name capture '{n}' makes remaining patterns unreachable")
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, case.pattern.range().start()));
            }
        }
        self.expr(&m.subject)?;
        let end = self.new_label();
        for (i, case) in m.cases.iter().enumerate() {
            let next = self.new_label();
            let is_last = i + 1 == m.cases.len();
            if is_last && case.guard.is_none() && irrefutable(&case.pattern) {
                // A final catch-all still binds its name, if any.
                self.set_line_of(case.pattern.range().start());
                self.pattern(&case.pattern, next)?;
                self.stmts(&case.body)?;
                self.emit_jump(I::Jump, end);
                self.bind(next);
                // Unreachable in practice; keep the stack shape consistent.
                self.emit(I::PushNull);
                break;
            }
            self.set_line_of(case.pattern.range().start());
            self.emit(I::Copy(1));
            self.pattern(&case.pattern, next)?;
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.emit(I::PopTop);
            self.stmts(&case.body)?;
            self.emit_jump(I::Jump, end);
            self.bind(next);
        }
        self.emit(I::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Labels that pop `k` items then jump to `fail`, for k = 0..=n.
    fn fail_pops(&mut self, n: usize) -> Vec<Label> {
        (0..=n).map(|_| self.new_label()).collect()
    }

    fn emit_fail_pops(&mut self, labels: &[Label], fail: Label) {
        for k in (1..labels.len()).rev() {
            self.bind(labels[k]);
            self.emit(I::PopTop);
        }
        self.bind(labels[0]);
        self.emit_jump(I::Jump, fail);
    }

    pub(super) fn pattern(&mut self, p: &'a ast::Pattern, fail: Label) -> CResult {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(I::CompareOp(CmpOp::Eq));
                self.emit_jump(I::PopJumpIfFalse, fail);
            }
            MatchSingleton(s) => {
                let c = match s.value {
                    ast::Constant::Bool(b) => Constant::Bool(b),
                    _ => Constant::None,
                };
                self.emit_const(c);
                self.emit(I::IsOp(false));
                self.emit_jump(I::PopJumpIfFalse, fail);
            }
            MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(I::PopTop),
                (None, Some(n)) => self.name_op(n, NameCtx::Store)?,
                (Some(sub), name) => {
                    let pops = self.fail_pops(1);
                    let ok = self.new_label();
                    self.emit(I::Copy(1));
                    self.pattern(sub, pops[1])?;
                    match name {
                        Some(n) => self.name_op(n, NameCtx::Store)?,
                        None => self.emit(I::PopTop),
                    }
                    self.emit_jump(I::Jump, ok);
                    self.emit_fail_pops(&pops, fail);
                    self.bind(ok);
                }
            },
            MatchStar(s) => match &s.name {
                Some(n) => self.name_op(n, NameCtx::Store)?,
                None => self.emit(I::PopTop),
            },
            MatchOr(o) => {
                let ok = self.new_label();
                let (last, rest) = o
                    .patterns
                    .split_last()
                    .expect("or-pattern has alternatives");
                for alt in rest {
                    let next = self.new_label();
                    self.emit(I::Copy(1));
                    self.pattern(alt, next)?;
                    self.emit(I::PopTop);
                    self.emit_jump(I::Jump, ok);
                    self.bind(next);
                }
                self.pattern(last, fail)?;
                self.bind(ok);
            }
            MatchSequence(s) => {
                let n = s.patterns.len();
                let star = s.patterns.iter().position(|p| matches!(p, MatchStar(_)));
                let pops = self.fail_pops(n + 1);
                let ok = self.new_label();
                self.emit(I::MatchSequence);
                self.emit_jump(I::PopJumpIfFalse, pops[1]);
                self.emit(I::GetLen);
                match star {
                    Some(_) => {
                        self.emit_const(Constant::Int((n as u32 - 1).into()));
                        self.emit(I::CompareOp(CmpOp::Ge));
                    }
                    None => {
                        self.emit_const(Constant::Int((n as u32).into()));
                        self.emit(I::CompareOp(CmpOp::Eq));
                    }
                }
                self.emit_jump(I::PopJumpIfFalse, pops[1]);
                match star {
                    Some(i) => self.emit(I::UnpackEx {
                        before: i as u16,
                        after: (n - i - 1) as u16,
                    }),
                    None => self.emit(I::UnpackSequence(n as u32)),
                }
                for (i, sub) in s.patterns.iter().enumerate() {
                    self.pattern(sub, pops[n - 1 - i])?;
                }
                self.emit_jump(I::Jump, ok);
                self.emit_fail_pops(&pops, fail);
                self.bind(ok);
            }
            MatchMapping(m) => {
                let k = m.keys.len();
                let pops = self.fail_pops(k + 3);
                let ok = self.new_label();
                self.emit(I::MatchMapping);
                self.emit_jump(I::PopJumpIfFalse, pops[1]);
                if k > 0 {
                    self.emit(I::GetLen);
                    self.emit_const(Constant::Int((k as u32).into()));
                    self.emit(I::CompareOp(CmpOp::Ge));
                    self.emit_jump(I::PopJumpIfFalse, pops[1]);
                }
                for key in &m.keys {
                    self.expr(key)?;
                }
                self.emit(I::BuildTuple(k as u32));
                self.emit(I::MatchKeys);
                self.emit(I::Copy(1));
                self.emit_jump(I::PopJumpIfNone, pops[3]);
                self.emit(I::UnpackSequence(k as u32));
                for (i, sub) in m.patterns.iter().enumerate() {
                    self.pattern(sub, pops[k - 1 - i + 2])?;
                }
                match &m.rest {
                    Some(r) => {
                        self.emit(I::CopyDictWithoutKeys);
                        self.name_op(r, NameCtx::Store)?;
                    }
                    None => {
                        self.emit(I::PopTop);
                        self.emit(I::PopTop);
                    }
                }
                self.emit_jump(I::Jump, ok);
                self.emit_fail_pops(&pops, fail);
                self.bind(ok);
            }
            MatchClass(c) => {
                let n = c.patterns.len() + c.kwd_patterns.len();
                let pops = self.fail_pops(n + 1);
                let ok = self.new_label();
                self.expr(&c.cls)?;
                let names = c
                    .kwd_attrs
                    .iter()
                    .map(|a| Constant::Str(a.to_string()))
                    .collect();
                self.emit_const(Constant::Tuple(names));
                self.emit(I::MatchClass(c.patterns.len() as u32));
                self.emit(I::Copy(1));
                self.emit_jump(I::PopJumpIfNone, pops[1]);
                self.emit(I::UnpackSequence(n as u32));
                for (i, sub) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
                    self.pattern(sub, pops[n - 1 - i])?;
                }
                self.emit_jump(I::Jump, ok);
                self.emit_fail_pops(&pops, fail);
                self.bind(ok);
            }
        }
        Ok(())
    }
}

impl<'a> Compiler<'a> {
    /// Collect the names a pattern binds, rejecting CPython's errors.
    fn check_pattern(&self, p: &ast::Pattern, names: &mut Vec<String>) -> CResult {
        use ast::Pattern::*;
        let bind = |n: &str, at, names: &mut Vec<String>| -> CResult {
            if names.iter().any(|x| x == n) {
                return Err(
                    self.error(format!("multiple assignments to name '{n}' in pattern"), at)
                );
            }
            names.push(n.to_string());
            Ok(())
        };
        match p {
            MatchValue(_) | MatchSingleton(_) => Ok(()),
            MatchSequence(s) => {
                if s.patterns
                    .iter()
                    .filter(|p| matches!(p, MatchStar(_)))
                    .count()
                    > 1
                {
                    return Err(self.error(
                        "multiple starred names in sequence pattern",
                        s.range.start(),
                    ));
                }
                for x in &s.patterns {
                    self.check_pattern(x, names)?;
                }
                Ok(())
            }
            MatchMapping(m) => {
                let mut seen: Vec<&ast::Constant> = Vec::new();
                for k in &m.keys {
                    if let ast::Expr::Constant(c) = k {
                        if seen.iter().any(|s| **s == c.value) {
                            let shown = match &c.value {
                                ast::Constant::Str(s) => format!("'{s}'"),
                                ast::Constant::Int(i) => i.to_string(),
                                other => format!("{other:?}"),
                            };
                            return Err(self.error(
                                format!("mapping pattern checks duplicate key ({shown})"),
                                k.range().start(),
                            ));
                        }
                        seen.push(&c.value);
                    }
                }
                for x in &m.patterns {
                    self.check_pattern(x, names)?;
                }
                if let Some(r) = &m.rest {
                    bind(r, m.range.start(), names)?;
                }
                Ok(())
            }
            MatchClass(c) => {
                for x in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.check_pattern(x, names)?;
                }
                Ok(())
            }
            MatchStar(s) => match &s.name {
                Some(n) => bind(n, s.range.start(), names),
                None => Ok(()),
            },
            MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.check_pattern(sub, names)?;
                }
                match &a.name {
                    Some(n) => bind(n, a.range.start(), names),
                    None => Ok(()),
                }
            }
            MatchOr(o) => {
                let mut first: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < o.patterns.len() && irrefutable(alt) {
                        let msg = match alt {
                            MatchAs(ast::PatternMatchAs { name: Some(n), .. }) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            _ => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, alt.range().start()));
                    }
                    let mut alt_names = Vec::new();
                    self.check_pattern(alt, &mut alt_names)?;
                    alt_names.sort();
                    match &first {
                        None => first = Some(alt_names),
                        Some(f) if *f != alt_names => {
                            return Err(self.error(
                                "alternative patterns bind different names",
                                alt.range().start(),
                            ));
                        }
                        _ => {}
                    }
                }
                for n in first.unwrap_or_default() {
                    bind(&n, o.range.start(), names)?;
                }
                Ok(())
            }
        }
    }
}

fn irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.is_none(),
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(irrefutable),
        _ => false,
    }
}
