//! `match` statements. CPython counterpart: `compiler_match` and the
//! `compiler_pattern_*` functions of `Python/compile.c`.
//!
//! Contract of [`Compiler::pattern`]: the value to match is on top of the
//! stack and is consumed whether the pattern matches or not. Captured values
//! are not stored as they are found: like CPython, each one is rotated down
//! the stack beneath the items enclosing patterns still need (`on_top`) and
//! beneath the captures found before it, and its name is recorded in
//! [`PatternCtx::stores`]. Only once the whole pattern of a `case` has
//! matched are the names stored, so a pattern that fails half-way binds
//! nothing. A failing sub-pattern jumps to `fail_pop[k]`, where `k` counts
//! everything it leaves above the case's base (items on top plus pending
//! captures); the chain of labels emitted by [`Compiler::emit_and_reset_fail_pop`]
//! pops one item each and falls through to the next case.

use super::{CResult, Compiler, Label, NameCtx};
use pyprobe_bytecode::{CmpOp, Constant, Instruction as I};
use rustpython_parser::ast::{self, Ranged};

/// CPython's `pattern_context`: the state threaded through one `case`.
#[derive(Default)]
struct PatternCtx {
    /// Names of the captures waiting on the stack; the first is nearest the
    /// top, so storing them in order pops them in order.
    stores: Vec<String>,
    /// How many items enclosing patterns keep above the pending captures.
    on_top: usize,
    /// `fail_pop[k]` pops `k` items, then continues to the failure target.
    fail_pop: Vec<Label>,
}

/// Whether a pattern is the wildcard `_` (CPython's `WILDCARD_CHECK`).
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(
        p,
        ast::Pattern::MatchAs(ast::PatternMatchAs {
            pattern: None,
            name: None,
            ..
        })
    )
}

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
                return Err(self.error(msg, case.pattern.range()));
            }
        }
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        // A trailing `case _:` needs neither a copy of the subject nor a
        // pattern: the case before it consumes the subject.
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let matched = cases - usize::from(has_default);
        for (i, case) in m.cases[..matched].iter().enumerate() {
            let last = i + 1 == matched;
            self.set_loc(case.pattern.range());
            // Only copy the subject if this is not the last case to try.
            if !last {
                self.emit(I::Copy(1));
            }
            let mut pc = PatternCtx::default();
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // It's a match: store the captured names (they are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, NameCtx::Store)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(g, false, pc.fail_pop[0])?;
            }
            // Done with the subject.
            if !last {
                self.emit(I::PopTop);
            }
            self.stmts(&case.body)?;
            self.emit_jump(I::Jump, end);
            // The cleanup of a failed pattern belongs to the pattern's line.
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            if let Some(case) = m.cases.last() {
                self.set_loc(case.pattern.range());
                self.emit(I::Nop);
                if let Some(g) = &case.guard {
                    self.jump_if(g, false, end)?;
                }
                self.stmts(&case.body)?;
            }
        }
        self.bind(end);
        Ok(())
    }

    /// Make sure `pc.fail_pop[n]` exists (CPython's `ensure_fail_pop`).
    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jump with `make` to the label popping everything the pattern holds
    /// on the stack (CPython's `jump_to_fail_pop`).
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, make: fn(u32) -> I) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(make, pc.fail_pop[pops]);
    }

    /// Emit the chain of failure labels, each popping one item, ending where
    /// control continues after a failed match.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for k in (1..labels.len()).rev() {
            self.bind(labels[k]);
            self.emit(I::PopTop);
        }
        if let Some(&first) = labels.first() {
            self.bind(first);
        }
    }

    /// Move the top of the stack down to depth `count`, keeping the order
    /// of the items it passes (CPython's `pattern_helper_rotate`).
    fn rotate(&mut self, mut count: u32) {
        while count > 1 {
            self.emit(I::Swap(count));
            count -= 1;
        }
    }

    /// Record a capture: rotate the value beneath the items still needed on
    /// top and beneath the earlier captures (CPython's
    /// `pattern_helper_store_name`). Without a name the value is dropped.
    fn store_capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternCtx) {
        let Some(n) = name else {
            self.emit(I::PopTop);
            return;
        };
        self.rotate((pc.on_top + pc.stores.len() + 1) as u32);
        pc.stores.push(n.to_string());
    }

    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(I::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
            }
            MatchSingleton(s) => {
                let c = match s.value {
                    ast::Constant::Bool(b) => Constant::Bool(b),
                    _ => Constant::None,
                };
                self.emit_const(c);
                self.emit(I::IsOp(false));
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
            }
            MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    // Keep a copy for storing once the sub-pattern matched.
                    pc.on_top += 1;
                    self.emit(I::Copy(1));
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                }
                self.store_capture(a.name.as_ref(), pc);
            }
            MatchStar(s) => self.store_capture(s.name.as_ref(), pc),
            MatchOr(o) => self.pattern_or(o, pc)?,
            MatchSequence(s) => {
                let n = s.patterns.len();
                let star = s.patterns.iter().position(|p| matches!(p, MatchStar(_)));
                // The subject stays on top during the type and length checks.
                pc.on_top += 1;
                self.emit(I::MatchSequence);
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
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
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
                pc.on_top -= 1;
                match star {
                    Some(i) => self.emit(I::UnpackEx {
                        before: i as u16,
                        after: (n - i - 1) as u16,
                    }),
                    None => self.emit(I::UnpackSequence(n as u32)),
                }
                self.subpatterns(s.patterns.iter(), n, pc)?;
            }
            MatchMapping(m) => {
                let k = m.keys.len();
                pc.on_top += 1;
                self.emit(I::MatchMapping);
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
                if k > 0 {
                    self.emit(I::GetLen);
                    self.emit_const(Constant::Int((k as u32).into()));
                    self.emit(I::CompareOp(CmpOp::Ge));
                    self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
                }
                for key in &m.keys {
                    self.expr(key)?;
                }
                self.emit(I::BuildTuple(k as u32));
                self.emit(I::MatchKeys);
                // A tuple of keys and a tuple of values (or None) now sit on
                // the subject.
                pc.on_top += 2;
                self.emit(I::Copy(1));
                self.jump_to_fail_pop(pc, I::PopJumpIfNone);
                pc.on_top -= 1;
                self.emit(I::UnpackSequence(k as u32));
                self.subpatterns(m.patterns.iter(), k, pc)?;
                // A match: what follows consumes the keys and the subject.
                pc.on_top -= 2;
                match &m.rest {
                    Some(r) => {
                        self.emit(I::CopyDictWithoutKeys);
                        self.store_capture(Some(r), pc);
                    }
                    None => {
                        self.emit(I::PopTop);
                        self.emit(I::PopTop);
                    }
                }
            }
            MatchClass(c) => {
                let n = c.patterns.len() + c.kwd_patterns.len();
                self.expr(&c.cls)?;
                let names = c
                    .kwd_attrs
                    .iter()
                    .map(|a| Constant::Str(a.to_string()))
                    .collect();
                self.emit_const(Constant::Tuple(names));
                self.emit(I::MatchClass(c.patterns.len() as u32));
                pc.on_top += 1;
                self.emit(I::Copy(1));
                self.jump_to_fail_pop(pc, I::PopJumpIfNone);
                pc.on_top -= 1;
                self.emit(I::UnpackSequence(n as u32));
                self.subpatterns(c.patterns.iter().chain(&c.kwd_patterns), n, pc)?;
            }
        }
        Ok(())
    }

    /// Match `n` unpacked subjects, the first on top, against `patterns`;
    /// each remaining subject counts as kept on top while an earlier one is
    /// matched (CPython's `pattern_helper_sequence_unpack`).
    fn subpatterns(
        &mut self,
        patterns: impl Iterator<Item = &'a ast::Pattern>,
        n: usize,
        pc: &mut PatternCtx,
    ) -> CResult {
        pc.on_top += n;
        for sub in patterns {
            pc.on_top -= 1;
            self.pattern(sub, pc)?;
        }
        Ok(())
    }

    /// An or-pattern (CPython's `compiler_pattern_or`). Each alternative
    /// matches a copy of the subject with its own captures; the first
    /// alternative's capture order is the control that the others are
    /// rotated into, so that all of them leave the same stack at `end`.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let mut control: Option<Vec<String>> = None;
        for alt in &o.patterns {
            let mut alt_pc = PatternCtx::default();
            self.emit(I::Copy(1));
            self.pattern(alt, &mut alt_pc)?;
            let stores = &mut alt_pc.stores;
            match &control {
                None => control = Some(stores.clone()),
                Some(ctl) => {
                    // `check_pattern` made sure every alternative binds the
                    // same names; only their order may differ.
                    let n = stores.len();
                    if n != ctl.len() {
                        return Err(
                            self.error("alternative patterns bind different names", alt.range())
                        );
                    }
                    for icontrol in (0..n).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = stores.iter().position(|s| s == name) else {
                            return Err(self
                                .error("alternative patterns bind different names", alt.range()));
                        };
                        if icontrol != istores {
                            // Move stores[..=istores] to sit just before
                            // position icontrol, on the stack as in the list.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate((icontrol + 1) as u32);
                            }
                        }
                    }
                }
            }
            self.emit_jump(I::Jump, end);
            self.emit_and_reset_fail_pop(&mut alt_pc);
        }
        // No alternative matched: pop the subject and fail.
        self.emit(I::PopTop);
        self.jump_to_fail_pop(pc, I::Jump);
        self.bind(end);
        // Between the new captures and their place lie the subject, the
        // items kept on top and the earlier captures.
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots as u32);
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(I::PopTop);
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
                    return Err(self.error("multiple starred names in sequence pattern", s.range));
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
                                k.range(),
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
                        return Err(self.error(msg, alt.range()));
                    }
                    let mut alt_names = Vec::new();
                    self.check_pattern(alt, &mut alt_names)?;
                    alt_names.sort();
                    match &first {
                        None => first = Some(alt_names),
                        Some(f) if *f != alt_names => {
                            return Err(self
                                .error("alternative patterns bind different names", alt.range()));
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
