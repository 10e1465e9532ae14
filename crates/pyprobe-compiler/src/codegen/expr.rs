//! Expressions. CPython counterpart: the `compiler_*` expression functions
//! of `Python/compile.c` (calls, comprehensions, f-strings, comparisons).

use super::stmt::FunctionBody;
use super::{CResult, Compiler, Label, NameCtx};
use crate::symtable::ScopeKind;
use pyprobe_bytecode::{BinOp, CmpOp, Constant, Instruction as I};
use rustpython_parser::ast::{self, Ranged};
use std::rc::Rc;

pub fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDiv,
    }
}

/// CPython's description of an expression in "cannot assign to ..." errors.
pub fn describe(e: &ast::Expr) -> &'static str {
    use ast::Expr::*;
    match e {
        Call(_) => "function call",
        Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        BinOp(_) | UnaryOp(_) => "expression",
        BoolOp(_) => "expression",
        Compare(_) => "comparison",
        Lambda(_) => "lambda",
        IfExp(_) => "conditional expression",
        Dict(_) => "dict literal",
        Set(_) => "set display",
        ListComp(_) => "list comprehension",
        SetComp(_) => "set comprehension",
        DictComp(_) => "dict comprehension",
        GeneratorExp(_) => "generator expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Await(_) => "await expression",
        JoinedStr(_) | FormattedValue(_) => "f-string expression",
        NamedExpr(_) => "named expression",
        _ => "expression",
    }
}

fn constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Tuple(t) => Constant::Tuple(t.iter().map(constant).collect()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

impl<'a> Compiler<'a> {
    /// Compile `e`; its instructions carry its position (CPython's
    /// `compiler_visit_expr` with `LOC(e)`), the enclosing one is restored.
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> CResult {
        let saved = self.loc();
        self.set_loc(e.range());
        let r = self.expr_inner(e);
        self.restore_loc(saved);
        r
    }

    fn expr_inner(&mut self, e: &'a ast::Expr) -> CResult {
        use ast::Expr::*;
        match e {
            BoolOp(b) => {
                let end = self.new_label();
                let jump = match b.op {
                    ast::BoolOp::And => I::JumpIfFalseOrPop as fn(u32) -> I,
                    ast::BoolOp::Or => I::JumpIfTrueOrPop,
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(I::Copy(1));
                match &*n.target {
                    Name(name) => self.name_op(&name.id, NameCtx::Store)?,
                    other => {
                        return Err(self.error(
                            "cannot use assignment expressions with this target",
                            other.range(),
                        ))
                    }
                }
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(I::BinaryOp(binop(b.op)));
            }
            UnaryOp(u) => {
                // Fold negative numeric literals as CPython's optimizer does.
                if let (ast::UnaryOp::USub, Constant(c)) = (u.op, &*u.operand) {
                    match &c.value {
                        ast::Constant::Int(i) => {
                            self.emit_const(pyprobe_bytecode::Constant::Int(-i.clone()));
                            return Ok(());
                        }
                        ast::Constant::Float(f) => {
                            self.emit_const(pyprobe_bytecode::Constant::Float(-f));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.expr(&u.operand)?;
                self.emit(I::UnaryOp(match u.op {
                    ast::UnaryOp::Invert => pyprobe_bytecode::UnaryOp::Invert,
                    ast::UnaryOp::Not => pyprobe_bytecode::UnaryOp::Not,
                    ast::UnaryOp::UAdd => pyprobe_bytecode::UnaryOp::Pos,
                    ast::UnaryOp::USub => pyprobe_bytecode::UnaryOp::Neg,
                }));
            }
            Lambda(l) => {
                let scope = self.scope_for(e)?;
                let qualname = self.qualname_for("<lambda>");
                let line = self.line_of(l.range.start());
                self.make_function(
                    scope,
                    "<lambda>",
                    &qualname,
                    &l.args,
                    line,
                    FunctionBody::Expr(&l.body),
                )?;
            }
            IfExp(i) => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_)?;
                self.expr(&i.body)?;
                self.emit_jump(I::Jump, end);
                self.bind(else_);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Dict(d) => self.dict_display(&d.keys, &d.values)?,
            Set(s) => self.sequence_display(&s.elts, Display::Set)?,
            ListComp(c) => {
                self.comprehension(e, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            SetComp(c) => {
                self.comprehension(e, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            DictComp(c) => self.comprehension(
                e,
                "<dictcomp>",
                &c.generators,
                CompKind::Dict(&c.key, &c.value),
            )?,
            GeneratorExp(c) => {
                self.comprehension(e, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?
            }
            Await(a) => {
                self.expr(&a.value)?;
                self.set_loc(e.range());
                self.emit_await(0);
            }
            Yield(y) => {
                self.check_yield_allowed(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(pyprobe_bytecode::Constant::None),
                }
                if self.unit_ref().flags & pyprobe_bytecode::flags::ASYNC_GENERATOR != 0 {
                    self.emit(I::AsyncGenWrap);
                }
                self.emit(I::YieldValue);
            }
            YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                self.expr(&y.value)?;
                self.emit(I::GetYieldFromIter);
                self.emit_const(pyprobe_bytecode::Constant::None);
                self.emit(I::YieldFrom);
            }
            Compare(c) => self.compare(c)?,
            Call(c) => self.call(c)?,
            FormattedValue(f) => self.formatted_value(f)?,
            JoinedStr(j) => {
                if j.values.is_empty() {
                    self.emit_const(pyprobe_bytecode::Constant::Str(String::new()));
                    return Ok(());
                }
                for v in &j.values {
                    match v {
                        Constant(c) => self.emit_const(constant(&c.value)),
                        // A formatted value, on the line of its `{` as in
                        // CPython: a format spec that raises is reported
                        // there in a multi-line f-string.
                        other => self.expr(other)?,
                    }
                }
                if j.values.len() > 1 {
                    self.emit(I::BuildString(j.values.len() as u32));
                } else if matches!(j.values[0], Constant(_)) {
                    // A lone literal piece is already a str.
                } else {
                    // A lone formatted value is already a str too.
                }
            }
            Constant(c) => self.emit_const(constant(&c.value)),
            Attribute(a) => {
                if let Some(two_args) = self.super_operands(a)? {
                    // (At the whole attribute, even when the name is on a
                    // later line, as CPython places it.)
                    let idx = self.attr_index(&a.attr);
                    self.set_loc(a.range);
                    self.emit(I::LoadSuperAttr(idx, two_args));
                    return Ok(());
                }
                self.expr(&a.value)?;
                let idx = self.attr_index(&a.attr);
                let loc = self.attr_loc(a.range, a);
                self.restore_loc(loc);
                self.emit(I::LoadAttr(idx));
            }
            Subscript(s) => {
                self.check_subscript(&s.value, &s.slice);
                self.expr(&s.value)?;
                if self.slice_bounds(&s.slice)? {
                    self.emit(I::BinarySlice);
                } else {
                    self.expr(&s.slice)?;
                    self.emit(I::BinarySubscr);
                }
            }
            Starred(s) => return Err(self.error("can't use starred expression here", s.range)),
            Name(n) => self.name_op(&n.id, NameCtx::Load)?,
            List(l) => self.sequence_display(&l.elts, Display::List)?,
            Tuple(t) => {
                if let Some(c) = constant_tuple(&t.elts) {
                    self.emit_const(c);
                } else {
                    self.sequence_display(&t.elts, Display::Tuple)?;
                }
            }
            Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit_const(pyprobe_bytecode::Constant::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(I::BuildSlice(n));
            }
        }
        Ok(())
    }

    fn check_yield_allowed(&self, at: ast::text_size::TextRange) -> CResult {
        match self.scope_kind() {
            ScopeKind::Function | ScopeKind::Lambda => Ok(()),
            ScopeKind::Comprehension => Err(self.error("'yield' inside list comprehension", at)),
            _ => Err(self.error("'yield' outside function", at)),
        }
    }

    fn scope_for(&self, e: &ast::Expr) -> CResult<usize> {
        self.tables
            .scope_of(e.range())
            .ok_or_else(|| self.error("internal error: expression has no scope", e.range()))
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult {
        self.expr(&f.value)?;
        let conversion = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        let has_spec = match &f.format_spec {
            Some(spec) => {
                self.expr(spec)?;
                true
            }
            None => false,
        };
        self.emit(I::FormatValue {
            conversion,
            has_spec,
        });
        Ok(())
    }

    /// Jump to `target` when `e`'s truth equals `when`, without building
    /// booleans for `not`, `and`, `or`.
    pub(super) fn jump_if(&mut self, e: &'a ast::Expr, when: bool, target: Label) -> CResult {
        self.jump_if_in(e, when, target, false)
    }

    /// `jump_if` for a comprehension's filter. A filter's jump on another
    /// line than the comprehension's stays on the comprehension's line: the
    /// jump that closes the loop carries the loop's line and so reports no
    /// line (see the `line` probe), and this jump's line event stands for
    /// the one CPython's loop jump reports on the element's line. (An error
    /// in the filter's truth is then reported there too.)
    fn jump_if_filter(&mut self, e: &'a ast::Expr, when: bool, target: Label) -> CResult {
        self.jump_if_in(e, when, target, true)
    }

    fn jump_if_in(&mut self, e: &'a ast::Expr, when: bool, target: Label, filter: bool) -> CResult {
        if let Some(truth) = constant_truth(e) {
            // Decided here, as CPython's compiler does: the test becomes a
            // jump or a `NOP` that keeps its line.
            if truth == when {
                self.emit_jump(I::Jump, target);
            } else {
                self.emit_nop();
            }
            return Ok(());
        }
        match e {
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if_in(&u.operand, !when, target, filter)
            }
            ast::Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps when false if any is false; when true only if all are.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if_in(v, when, target, filter)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = b.values.split_last().expect("bool op has values");
                    for v in rest {
                        self.jump_if_in(v, !when, skip, filter)?;
                    }
                    self.jump_if_in(last, when, target, filter)?;
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                // The test's truth is taken at the jump: an error there is
                // the test's (CPython's `compiler_jump_if`).
                let saved = self.loc();
                if !filter || self.line_of(e.range().start()) == saved.line {
                    self.set_loc(e.range());
                }
                self.emit_jump(
                    if when {
                        I::PopJumpIfTrue
                    } else {
                        I::PopJumpIfFalse
                    },
                    target,
                );
                self.restore_loc(saved);
                Ok(())
            }
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.check_compare(c);
        self.expr(&c.left)?;
        if c.ops.len() == 1 {
            self.expr(&c.comparators[0])?;
            self.emit_cmp(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        let n = c.ops.len();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(I::Swap(2));
                self.emit(I::Copy(2));
                self.emit_cmp(*op);
                self.emit_jump(I::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit_cmp(*op);
            }
        }
        self.emit_jump(I::Jump, end);
        self.bind(cleanup);
        self.emit(I::Swap(2));
        self.emit(I::PopTop);
        self.bind(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp::*;
        self.emit(match op {
            Eq => I::CompareOp(CmpOp::Eq),
            NotEq => I::CompareOp(CmpOp::Ne),
            Lt => I::CompareOp(CmpOp::Lt),
            LtE => I::CompareOp(CmpOp::Le),
            Gt => I::CompareOp(CmpOp::Gt),
            GtE => I::CompareOp(CmpOp::Ge),
            Is => I::IsOp(false),
            IsNot => I::IsOp(true),
            In => I::ContainsOp(false),
            NotIn => I::ContainsOp(true),
        });
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        // `f(x for x in y, z)`: a generator argument must be parenthesized
        // unless it is the only argument.
        if c.args.len() + c.keywords.len() > 1 {
            for a in &c.args {
                if let ast::Expr::GeneratorExp(g) = a {
                    if self.locator.byte_at(g.range.start()) != Some(b'(') {
                        return Err(
                            self.error("Generator expression must be parenthesized", g.range)
                        );
                    }
                }
            }
        }
        if self.zero_arg_super(c)? {
            return Ok(());
        }
        let simple = !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            && !c.keywords.iter().any(|k| k.arg.is_none());
        match &*c.func {
            ast::Expr::Attribute(a) if simple => {
                // CPython's `maybe_optimize_method_call`: the method is
                // looked up at the attribute, the call made at the whole
                // call, each starting at the name if it is on a later line.
                // CPython makes a plain call of an attribute of a name a
                // module-level import binds (`mod.f(...)`), whose call does
                // not move to the name.
                let call = self.loc();
                let sup = self.super_operands(a)?;
                if sup.is_none() {
                    self.expr(&a.value)?;
                }
                let idx = self.attr_index(&a.attr);
                match sup {
                    Some(_) => self.set_loc(a.range),
                    None => {
                        let loc = self.attr_loc(a.range, a);
                        self.restore_loc(loc);
                    }
                }
                self.emit(match sup {
                    Some(two_args) => I::LoadSuperMethod(idx, two_args),
                    None => I::LoadMethod(idx),
                });
                let loc = if self.is_import_originated(&a.value) {
                    call
                } else {
                    self.attr_loc(c.range, a)
                };
                self.restore_loc(loc);
            }
            f => {
                self.check_caller(f);
                self.expr(f)?;
                self.emit(I::PushNull);
            }
        }
        self.call_args(&c.args, &c.keywords, 0)
    }

    /// Whether the module binds `name` (assigns, deletes or imports it)
    /// anywhere at its top level: CPython then leaves `super` calls alone.
    fn module_binds(&self, name: &str) -> bool {
        use crate::symtable::usage::{ASSIGNED, IMPORTED};
        self.tables.tables[0]
            .lookup(name)
            .is_some_and(|s| s.flags & (ASSIGNED | IMPORTED) != 0)
    }

    /// Whether `e` is a name that an import binds at module level
    /// (CPython's `is_import_originated`, which looks at the top scope
    /// only).
    fn is_import_originated(&self, e: &ast::Expr) -> bool {
        let ast::Expr::Name(n) = e else {
            return false;
        };
        let top = &self.tables.tables[0];
        top.lookup(&n.id)
            .is_some_and(|s| s.flags & crate::symtable::usage::IMPORTED != 0)
    }

    /// For `super().name` or `super(C, obj).name` (CPython's
    /// `can_optimize_super_call`: `super` an implicit global, no keywords
    /// or starred arguments, two arguments or none in a method with a
    /// first parameter; the name not `__class__`): push `super`, the class
    /// and the object, for `LoadSuperAttr`/`LoadSuperMethod`, and say
    /// whether the two were written out (`super(C, obj)`).
    fn super_operands(&mut self, a: &'a ast::ExprAttribute) -> CResult<Option<bool>> {
        let ast::Expr::Call(c) = &*a.value else {
            return Ok(None);
        };
        let ast::Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        if n.id.as_str() != "super"
            || a.attr.as_str() == "__class__"
            || !c.keywords.is_empty()
            || c.args.iter().any(|x| matches!(x, ast::Expr::Starred(_)))
            || !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Lambda)
            || self.resolve_inlined("super").is_some()
            || self.resolve("super") != crate::symtable::Scope::GlobalImplicit
            || self.module_binds("super")
        {
            return Ok(None);
        }
        match c.args.len() {
            2 => {
                self.expr(&c.func)?;
                self.expr(&c.args[0])?;
                self.expr(&c.args[1])?;
                Ok(Some(true))
            }
            0 => {
                let first = {
                    let u = self.unit_ref();
                    if u.argcount == 0 {
                        return Ok(None);
                    }
                    u.varnames.first().cloned()
                };
                let Some(first) = first else { return Ok(None) };
                if self.deref_index("__class__").is_none() {
                    return Ok(None);
                }
                let at = self.loc();
                self.set_loc(c.range);
                self.name_op("super", NameCtx::Load)?;
                self.name_op("__class__", NameCtx::Load)?;
                self.name_op(&first, NameCtx::Load)?;
                self.restore_loc(at);
                Ok(Some(false))
            }
            _ => Ok(None),
        }
    }

    /// `super()` inside a method is `super(__class__, <first argument>)`
    /// when `super` is the built-in (`CallSuper`), as CPython's runtime
    /// computes it from the frame.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let ast::Expr::Name(n) = &*c.func else {
            return Ok(false);
        };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return Ok(false);
        }
        if self.deref_index("__class__").is_none()
            || !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Lambda)
        {
            return Ok(false);
        }
        // (Without a positional parameter, `super()` is called as it is
        // and refuses: "super(): no arguments", as CPython's does.)
        let first = {
            let u = self.unit_ref();
            if u.argcount == 0 {
                return Ok(false);
            }
            u.varnames.first().cloned()
        };
        let Some(first) = first else { return Ok(false) };
        self.name_op("super", NameCtx::Load)?;
        self.name_op("__class__", NameCtx::Load)?;
        self.name_op(&first, NameCtx::Load)?;
        self.emit(I::CallSuper);
        Ok(true)
    }

    /// Arguments of a call whose callable and self/NULL slot are pushed;
    /// `already` positional arguments are on the stack too.
    pub(super) fn call_args(
        &mut self,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
        already: u32,
    ) -> CResult {
        let starred = args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        let double = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !double {
            for a in args {
                self.expr(a)?;
            }
            let n = already + args.len() as u32;
            if keywords.is_empty() {
                self.emit(I::Call(n));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Constant::Str(
                        k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                    ));
                }
                self.emit_const(Constant::Tuple(names));
                self.emit(I::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        // General form: a positional tuple and a keyword dict. A lone
        // `*iterable` is passed as it is (`CallEx` makes a tuple of what is
        // not one, naming the function when it is not iterable, as
        // CPython's `CALL_FUNCTION_EX`).
        if let ([ast::Expr::Starred(s)], 0) = (args, already) {
            self.expr(&s.value)?;
            return self.call_ex_keywords(keywords);
        }
        self.emit(I::BuildList(already));
        for a in args {
            match a {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(I::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(I::ListAppend(1));
                }
            }
        }
        self.emit(I::ListToTuple);
        self.call_ex_keywords(keywords)
    }

    /// The keyword arguments of a call by `CallEx`, whose positional
    /// arguments are on the stack, and the call.
    fn call_ex_keywords(&mut self, keywords: &'a [ast::Keyword]) -> CResult {
        if keywords.is_empty() {
            self.emit(I::CallEx { has_kwargs: false });
            return Ok(());
        }
        self.emit(I::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.emit(I::BuildMap(0));
                    self.emit_const(Constant::Str(name.to_string()));
                    self.expr(&k.value)?;
                    self.emit(I::MapAdd(1));
                    self.emit(I::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(I::DictMerge(1));
                }
            }
        }
        self.emit(I::CallEx { has_kwargs: true });
        Ok(())
    }

    fn sequence_display(&mut self, elts: &'a [ast::Expr], kind: Display) -> CResult {
        let starred = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Display::List => I::BuildList(n),
                Display::Tuple => I::BuildTuple(n),
                Display::Set => I::BuildSet(n),
            });
            return Ok(());
        }
        let set = kind == Display::Set;
        self.emit(if set { I::BuildSet(0) } else { I::BuildList(0) });
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if set {
                        I::SetUpdate(1)
                    } else {
                        I::ListExtend(1)
                    });
                }
                other => {
                    self.expr(other)?;
                    self.emit(if set { I::SetAdd(1) } else { I::ListAppend(1) });
                }
            }
        }
        if kind == Display::Tuple {
            self.emit(I::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<ast::Expr>], values: &'a [ast::Expr]) -> CResult {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(I::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(I::BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(I::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(I::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    /// For a slice without a step (`a[i:j]`), push its two bounds (None
    /// for a missing one) and answer true: the subscript is then a
    /// `BinarySlice`/`StoreSlice`, as CPython 3.12 compiles it.
    pub(super) fn slice_bounds(&mut self, slice: &'a ast::Expr) -> CResult<bool> {
        let ast::Expr::Slice(s) = slice else {
            return Ok(false);
        };
        if s.step.is_some() {
            return Ok(false);
        }
        let saved = self.loc();
        self.set_loc(s.range);
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.emit_const(pyprobe_bytecode::Constant::None),
            }
        }
        self.restore_loc(saved);
        Ok(true)
    }

    /// A comprehension is a nested code object run on the outermost
    /// iterator as its only argument (`.0`), by `CallComprehension`; or,
    /// inlined (see `symtable::analyze`), code of the function itself.
    fn comprehension(
        &mut self,
        e: &'a ast::Expr,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let scope = self.scope_for(e)?;
        if self.tables.tables[scope].inlined {
            return self.inlined_comprehension(e, scope, generators, kind);
        }
        // An asynchronous comprehension suspends its coroutine, so it must
        // run in the coroutine's own frame.
        if self.tables.tables[scope].is_async_comprehension && !matches!(kind, CompKind::Gen(_)) {
            return Err(self.error(
                "asynchronous comprehensions whose variables a closure captures are not supported by pyprobe",
                e.range(),
            ));
        }
        let qualname = self.qualname_for(name);
        let closure = self.load_closure(scope);
        let line = self.line_of(e.range().start());
        self.push_unit(scope, ScopeKind::Comprehension, name, &qualname, line);
        // The loop itself is at the whole comprehension (CPython 3.12).
        self.set_loc(e.range());
        self.unit().argcount = 1;
        if !matches!(kind, CompKind::Gen(_)) {
            self.unit().flags |= pyprobe_bytecode::flags::INLINED_COMPREHENSION;
        }
        match kind {
            CompKind::List(_) => self.emit(I::BuildList(0)),
            CompKind::Set(_) => self.emit(I::BuildSet(0)),
            CompKind::Dict(..) => self.emit(I::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.emit_const(Constant::None);
        }
        self.emit(I::ReturnValue);
        let code = self.finish_nested();
        let code = self.const_index(Constant::Code(Rc::new(code)));
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async {
            I::GetAIter
        } else {
            I::GetIter
        });
        self.emit(I::CallComprehension { code, closure });
        Ok(())
    }

    /// A list, set or dict comprehension as code of the enclosing function
    /// (CPython 3.12's, PEP 709): the outermost iterator stays on the
    /// stack, the comprehension's variables are slots of the function's
    /// frame. A slot that may hold a value when the comprehension starts
    /// is saved on the stack below the new container and put back after
    /// it; the others are unset. An exception out of the loop does the
    /// same before it goes on.
    ///
    /// `iter` -> `[saved...] container iter` -> the loop ->
    /// `[saved...] container` -> `container`.
    fn inlined_comprehension(
        &mut self,
        e: &'a ast::Expr,
        scope: usize,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        self.expr(&generators[0].iter)?;
        let saved_loc = self.loc();
        self.set_loc(e.range());
        self.emit(if generators[0].is_async {
            I::GetAIter
        } else {
            I::GetIter
        });
        let vars = self
            .unit_ref()
            .comp_vars
            .get(&scope)
            .cloned()
            .unwrap_or_default();
        let saved: Vec<u32> = vars.iter().filter(|v| v.saved).map(|v| v.slot).collect();
        let cleared: Vec<u32> = vars.iter().filter(|v| !v.saved).map(|v| v.slot).collect();
        for &slot in &saved {
            self.emit(I::LoadFastAndClear(slot));
        }
        if !saved.is_empty() {
            // `iter s1..sk` -> `sk s1..s(k-1) iter`.
            self.emit(I::Swap(saved.len() as u32 + 1));
        }
        match kind {
            CompKind::List(_) => self.emit(I::BuildList(0)),
            CompKind::Set(_) => self.emit(I::BuildSet(0)),
            CompKind::Dict(..) => self.emit(I::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.emit(I::Swap(2));
        let cleanup = self.new_label();
        self.push_handler(cleanup, false);
        self.unit().inlined.push(scope);
        let r = self.comp_generator(generators, 0, kind);
        self.unit().inlined.pop();
        r?;
        self.pop_handler();
        let end = self.new_label();
        self.restore_comp_vars(&saved, &cleared);
        self.emit_jump(I::Jump, end);
        // `[saved...] container iter exc`: the saved values go back, the
        // exception goes on.
        self.bind(cleanup);
        self.emit(I::Swap(2));
        self.emit(I::PopTop);
        self.emit(I::Swap(2));
        self.emit(I::PopTop);
        self.restore_comp_vars(&saved, &cleared);
        self.emit(I::Reraise(0));
        self.bind(end);
        self.restore_loc(saved_loc);
        Ok(())
    }

    /// `sk s1..s(k-1) top` -> `top`, each saved value back in its slot,
    /// and the slots of `cleared` unset.
    fn restore_comp_vars(&mut self, saved: &[u32], cleared: &[u32]) {
        if let Some((&last, rest)) = saved.split_last() {
            self.emit(I::Swap(saved.len() as u32 + 1));
            self.emit(I::StoreFast(last));
            for &slot in rest.iter().rev() {
                self.emit(I::StoreFast(slot));
            }
        }
        for &slot in cleared {
            self.emit(I::ClearFast(slot));
        }
    }

    fn comp_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let g = &generators[i];
        let next = self.new_label();
        let body = self.new_label();
        if i == 0 {
            // A comprehension's own code gets the iterator as `.0`; an
            // inlined one finds it on the stack.
            if self.unit_ref().inlined.is_empty() {
                self.emit(I::LoadFast(0));
            }
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { I::GetAIter } else { I::GetIter });
        }
        let at = self.loc();
        let stop = self.new_label();
        if g.is_async {
            // As `async for`: the next item awaited at the top, the
            // loop ended by the StopAsyncIteration that gives none.
            self.bind(next);
            self.push_handler(stop, false);
            self.emit(I::GetANext);
            self.emit_await(3);
            self.pop_handler();
        } else {
            // The `ForIter` at the bottom (as a `for` statement's): a failed
            // filter jumps forward to it.
            self.emit_jump(I::Jump, next);
            self.bind(body);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if_filter(cond, false, next)?;
        }
        if i + 1 < generators.len() {
            self.comp_generator(generators, i + 1, kind)?;
        } else {
            // The container sits below one iterator per generator.
            // Adding the element is at the element (`k: v` for a dict), as
            // in CPython.
            let depth = generators.len() as u32 + 1;
            let saved = self.loc();
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(I::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.set_loc(elt.range());
                    self.emit(I::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.set_loc(k.range().cover(v.range()));
                    self.emit(I::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.set_loc(elt.range());
                    if self.unit_ref().flags & pyprobe_bytecode::flags::ASYNC_GENERATOR != 0 {
                        self.emit(I::AsyncGenWrap);
                    }
                    self.emit(I::YieldValue);
                    self.emit(I::PopTop);
                }
            }
            self.restore_loc(saved);
        }
        self.restore_loc(at);
        if g.is_async {
            self.emit_jump(I::Jump, next);
            self.bind(stop);
            self.emit(I::EndAsyncFor);
        } else {
            self.bind(next);
            self.emit_jump(I::ForIter, body);
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Display {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
    Gen(&'a ast::Expr),
}

/// A tuple display of constants only becomes one constant.
fn constant_tuple(elts: &[ast::Expr]) -> Option<Constant> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        match e {
            ast::Expr::Constant(c) => out.push(constant(&c.value)),
            _ => return None,
        }
    }
    Some(Constant::Tuple(out))
}

/// The truth of a constant condition (`True`, `0`, `"x"`, `None`, ...), or
/// `None` when `e` is not a constant.
pub(super) fn constant_truth(e: &ast::Expr) -> Option<bool> {
    let ast::Expr::Constant(c) = e else {
        return None;
    };
    Some(match &c.value {
        ast::Constant::None => false,
        ast::Constant::Bool(b) => *b,
        ast::Constant::Str(s) => !s.is_empty(),
        ast::Constant::Bytes(b) => !b.is_empty(),
        ast::Constant::Int(i) => *i != 0.into(),
        ast::Constant::Float(x) => *x != 0.0,
        ast::Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        ast::Constant::Tuple(t) => !t.is_empty(),
        ast::Constant::Ellipsis => true,
    })
}
