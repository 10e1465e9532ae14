//! Statements. CPython counterpart: the `compiler_*` statement functions
//! of `Python/compile.c` (the try/with layouts follow CPython 3.12's).

use super::{docstring, CResult, Compiler, FBlock, Label, NameCtx};
use crate::symtable::{FunctionParts, ScopeKind};
use crate::Mode;
use pyprobe_bytecode::{flags, CodeObject, Constant, Instruction as I};
use rustpython_parser::ast::{self, text_size::TextRange, text_size::TextSize, Ranged};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [ast::Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> CResult {
        self.set_loc(s.range());
        use ast::Stmt::*;
        match s {
            FunctionDef(_) | AsyncFunctionDef(_) => match crate::symtable::function_parts(s) {
                Some((parts, range, _)) => self.function_def(parts, range),
                None => Ok(()),
            },
            ClassDef(c) => self.class_def(c),
            Return(r) => {
                if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Lambda) {
                    return Err(self.error("'return' outside function", r.range));
                }
                match &r.value {
                    Some(v) if self.unit_ref().flags & flags::ASYNC_GENERATOR != 0 => {
                        return Err(self.error("'return' with value in async generator", v.range()))
                    }
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Constant::None),
                }
                self.unwind_fblocks(true, None, r.range.start())?;
                self.set_loc(r.range);
                self.emit(I::ReturnValue);
                Ok(())
            }
            Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Assign(a) => {
                for t in &a.targets {
                    if let ast::Expr::Constant(c) = t {
                        if matches!(
                            c.value,
                            ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis
                        ) {
                            return Err(self.error(
                                format!("cannot assign to {}", super::expr::describe(t)),
                                t.range(),
                            ));
                        }
                    }
                    if !matches!(
                        t,
                        ast::Expr::Name(_)
                            | ast::Expr::Attribute(_)
                            | ast::Expr::Subscript(_)
                            | ast::Expr::Tuple(_)
                            | ast::Expr::List(_)
                            | ast::Expr::Starred(_)
                    ) {
                        // CPython's invalid_named_expression rule suggests
                        // `==` for `target = value` alone, both sides plain
                        // operands (bitwise_or); invalid_assignment words
                        // the rest without the hint.
                        let hint = a.targets.len() == 1
                            && is_bitwise_or(t)
                            && first_operand_is_bitwise_or(&a.value);
                        let msg = if hint {
                            " here. Maybe you meant '==' instead of '='?"
                        } else {
                            ""
                        };
                        return Err(self.error(
                            format!("cannot assign to {}{msg}", super::expr::describe(t)),
                            t.range(),
                        ));
                    }
                }
                // `a, b = x, y` (two or three names each side, none starred)
                // swaps the values on the stack instead of building and
                // unpacking a tuple, as CPython's optimizer does.
                if let ([ast::Expr::Tuple(ast::ExprTuple { elts: ts, .. })], ast::Expr::Tuple(v)) =
                    (&a.targets[..], &*a.value)
                {
                    let plain =
                        |e: &[ast::Expr]| !e.iter().any(|x| matches!(x, ast::Expr::Starred(_)));
                    if (2..=3).contains(&ts.len())
                        && v.elts.len() == ts.len()
                        && plain(ts)
                        && plain(&v.elts)
                    {
                        for e in &v.elts {
                            self.expr(e)?;
                        }
                        self.emit(I::Swap(ts.len() as u32));
                        for t in ts {
                            self.store_target(t)?;
                        }
                        return Ok(());
                    }
                }
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(I::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            AugAssign(a) => self.aug_assign(a),
            AnnAssign(a) => self.ann_assign(a),
            For(f) => self.for_stmt(f),
            While(w) => self.while_stmt(w),
            If(i) => {
                let end = self.new_label();
                let else_ = self.new_label();
                self.jump_if(&i.test, false, else_)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.emit_jump(I::Jump, end);
                }
                self.bind(else_);
                self.stmts(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            With(w) => self.with_stmt(&w.items, &w.body, w.range, false),
            AsyncWith(w) => self.with_stmt(&w.items, &w.body, w.range, true),
            AsyncFor(f) => self.async_for_stmt(f),
            Match(m) => self.match_stmt(m),
            Raise(r) => {
                let n = match (&r.exc, &r.cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        2
                    }
                };
                self.set_loc(r.range);
                self.emit(I::Raise(n));
                Ok(())
            }
            Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, false)
                }
            }
            TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.try_star_except(&t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, true)
                }
            }
            Assert(a) => {
                self.check_assert(a);
                if self.options.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(I::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.emit(I::PushNull);
                    self.expr(m)?;
                    self.emit(I::Call(1));
                }
                self.set_loc(a.range);
                self.emit(I::Raise(1));
                self.bind(end);
                Ok(())
            }
            Import(i) => {
                for alias in &i.names {
                    self.emit_const(Constant::Int(0.into()));
                    self.emit_const(Constant::None);
                    let idx = self.name_index(&alias.name);
                    self.emit(I::ImportName(idx));
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule c.
                            let parts: Vec<&str> = alias.name.split('.').collect();
                            if parts.len() > 1 {
                                for part in &parts[1..] {
                                    let idx = self.name_index(part);
                                    self.emit(I::ImportFrom(idx));
                                    self.emit(I::Swap(2));
                                    self.emit(I::PopTop);
                                }
                            }
                            self.name_op(asname, NameCtx::Store)?;
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or("");
                            self.name_op(top, NameCtx::Store)?;
                        }
                    }
                }
                Ok(())
            }
            ImportFrom(i) => {
                if crate::future::is_future_import(i)
                    && self.line_of(i.range.start()) > self.futures.lineno
                {
                    return Err(crate::future::misplaced(self.locator, i));
                }
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
                self.emit_const(Constant::Int(level.into()));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(a.name.to_string()))
                    .collect();
                self.emit_const(Constant::Tuple(names));
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let idx = self.name_index(&module);
                self.emit(I::ImportName(idx));
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(I::ImportStar);
                    return Ok(());
                }
                for alias in &i.names {
                    let idx = self.name_index(&alias.name);
                    self.emit(I::ImportFrom(idx));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.name_op(bound, NameCtx::Store)?;
                }
                self.emit(I::PopTop);
                Ok(())
            }
            Global(_) | Nonlocal(_) => Ok(()),
            Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(I::PrintExpr);
                } else if matches!(&*e.value, ast::Expr::Constant(_)) {
                    // A bare constant (e.g. a stray string) has no effect,
                    // but its line still gets an event.
                    self.emit(I::Nop);
                } else {
                    self.expr(&e.value)?;
                    self.emit(I::PopTop);
                }
                Ok(())
            }
            Pass(_) => {
                self.emit(I::Nop);
                Ok(())
            }
            Break(b) => {
                let Some((_, end)) = self.innermost_loop() else {
                    return Err(self.error("'break' outside loop", b.range));
                };
                self.unwind_fblocks(false, Some(LoopExit::Break), b.range.start())?;
                self.set_loc(b.range);
                self.emit_jump(I::Jump, end);
                Ok(())
            }
            Continue(c) => {
                let Some((start, _)) = self.innermost_loop() else {
                    return Err(self.error("'continue' not properly in loop", c.range));
                };
                self.unwind_fblocks(false, Some(LoopExit::Continue), c.range.start())?;
                self.set_loc(c.range);
                self.emit_jump(I::Jump, start);
                Ok(())
            }
            TypeAlias(_) => {
                Err(self.error("this statement is not supported by pyprobe", s.range()))
            }
        }
    }

    fn innermost_loop(&self) -> Option<(Label, Label)> {
        for b in self.unit_ref().fblocks.iter().rev() {
            match b {
                FBlock::ForLoop { start, end } | FBlock::WhileLoop { start, end } => {
                    return Some((*start, *end))
                }
                _ => {}
            }
        }
        None
    }

    /// Emit the cleanup of every frame block between here and the target
    /// (the function for `return`, the innermost loop for break/continue).
    /// `preserve_tos`: a return value is on top of the stack and must stay.
    /// `at` locates the statement, for the error of leaving an `except*` body.
    fn unwind_fblocks(
        &mut self,
        preserve_tos: bool,
        loop_exit: Option<LoopExit>,
        at: TextSize,
    ) -> CResult {
        let blocks = self.unit_ref().fblocks.clone();
        let block_handlers = self.unit_ref().fblock_handlers.clone();
        let saved_handlers = self.unit_ref().handler_stack.clone();
        let mut i = blocks.len();
        while i > 0 {
            i -= 1;
            let b = blocks[i].clone();
            // Cleanup code of a block is not protected by the block's own
            // handler (pushed just before the block).
            let outside = block_handlers[i].saturating_sub(1);
            match b {
                FBlock::ForLoop { .. } => {
                    if loop_exit.is_some() {
                        if loop_exit == Some(LoopExit::Break) {
                            self.emit(I::PopTop);
                        }
                        break;
                    }
                    if preserve_tos {
                        self.emit(I::Swap(2));
                    }
                    self.emit(I::PopTop);
                }
                FBlock::WhileLoop { .. } => {
                    if loop_exit.is_some() {
                        break;
                    }
                }
                FBlock::FinallyTry { body } => {
                    // Run the finally body outside its own protection.
                    self.unit().fblocks.truncate(i);
                    self.unit().fblock_handlers.truncate(i);
                    self.unit().handler_stack.truncate(outside);
                    self.stmts(body)?;
                    self.unit().fblocks = blocks.clone();
                    self.unit().fblock_handlers = block_handlers.clone();
                }
                FBlock::FinallyEnd => {
                    // Stack: lasti prev exc. Drop exc, restore prev, drop lasti.
                    if preserve_tos {
                        self.emit(I::Swap(2));
                    }
                    self.emit(I::PopTop);
                    if preserve_tos {
                        self.emit(I::Swap(2));
                    }
                    self.emit(I::PopExcept);
                    if preserve_tos {
                        self.emit(I::Swap(2));
                    }
                    self.emit(I::PopTop);
                    self.unit().handler_stack.truncate(outside);
                }
                FBlock::With { is_async } => {
                    self.unit().handler_stack.truncate(outside);
                    if preserve_tos {
                        self.emit(I::Swap(2));
                    }
                    self.emit(I::PushNull);
                    self.emit_const(Constant::None);
                    self.emit_const(Constant::None);
                    self.emit_const(Constant::None);
                    self.emit(I::Call(3));
                    if is_async {
                        self.emit_await(2);
                    }
                    self.emit(I::PopTop);
                }
                FBlock::HandlerCleanup { name } => {
                    self.unit().handler_stack.truncate(outside);
                    if preserve_tos {
                        self.emit(I::Swap(2));
                    }
                    self.emit(I::PopExcept);
                    if let Some(n) = name {
                        self.emit_const(Constant::None);
                        self.name_op(&n, NameCtx::Store)?;
                        self.name_op(&n, NameCtx::Del)?;
                    }
                }
                FBlock::ExceptionHandler => {}
                FBlock::ExceptionGroupHandler => {
                    return Err(self.error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        at,
                    ));
                }
            }
        }
        self.unit().handler_stack = saved_handlers;
        Ok(())
    }

    fn push_fblock(&mut self, b: FBlock<'a>) {
        let u = self.unit();
        u.fblocks.push(b);
        u.fblock_handlers.push(u.handler_stack.len());
    }

    fn pop_fblock(&mut self) {
        let u = self.unit();
        u.fblocks.pop();
        u.fblock_handlers.pop();
    }

    fn function_def(
        &mut self,
        (decorators, name, args, returns, body): FunctionParts<'a>,
        range: TextRange,
    ) -> CResult {
        for d in decorators {
            self.expr(d)?;
            self.emit(I::PushNull);
        }
        // CPython's co_firstlineno of a decorated function is the first
        // decorator's line.
        let firstline = match decorators.first() {
            Some(d) => self.line_of(d.range().start()),
            None => self.line_of(range.start()),
        };
        self.set_loc(range);
        let scope = self
            .tables
            .scope_of(range)
            .ok_or_else(|| self.error("internal error: no scope for function", range))?;
        let qualname = self.qualname_for(name);
        self.make_function(
            scope,
            name,
            &qualname,
            args,
            firstline,
            FunctionBody::Stmts(body),
        )?;
        self.function_annotations(args, returns)?;
        self.apply_decorators(decorators);
        self.name_op(name, NameCtx::Store)
    }

    /// Call the decorators on the new function or class, innermost first,
    /// each call at its decorator (CPython's `compiler_apply_decorators`).
    fn apply_decorators(&mut self, decorators: &[ast::Expr]) {
        let saved = self.loc();
        for d in decorators.iter().rev() {
            self.set_loc(d.range());
            self.emit(I::Call(1));
        }
        self.restore_loc(saved);
    }

    /// An annotation's value: the expression, or under `from __future__
    /// import annotations` its text.
    fn annotation(&mut self, ann: &'a ast::Expr) -> CResult {
        if self.futures.annotations {
            self.emit_const(Constant::Str(crate::future::annotation_text(ann)));
            return Ok(());
        }
        self.expr(ann)
    }

    /// `func.__annotations__ = {name: annotation, ...}` with the new function
    /// on top of the stack (kept there). CPython passes the annotations to
    /// MAKE_FUNCTION; they are evaluated after the defaults either way.
    fn function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> CResult {
        let anns = crate::symtable::annotations(args, returns);
        if anns.is_empty() {
            return Ok(());
        }
        self.emit(I::Copy(1));
        for (name, ann) in &anns {
            self.emit_const(Constant::Str(name.to_string()));
            self.annotation(ann)?;
        }
        self.emit(I::BuildMap(anns.len() as u32));
        self.emit(I::Swap(2));
        let idx = self.name_index("__annotations__");
        self.emit(I::StoreAttr(idx));
        Ok(())
    }

    /// Emit defaults, closure and the code object, then `MakeFunction`.
    pub(super) fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        args: &'a ast::Arguments,
        firstline: u32,
        body: FunctionBody<'a>,
    ) -> CResult {
        let mut fflags = 0;
        let defaults: Vec<&ast::Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(I::BuildTuple(defaults.len() as u32));
            fflags |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let n = self.mangle(n).into_owned();
                self.emit_const(Constant::Str(n));
                self.expr(d)?;
            }
            self.emit(I::BuildMap(kwdefaults.len() as u32));
            fflags |= 2;
        }
        if self.load_closure(scope) {
            fflags |= 8;
        }
        let kind = self.tables.tables[scope].kind;
        self.push_unit(scope, kind, name, qualname, firstline);
        {
            let u = self.unit();
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
            if args.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if args.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
            if self.units.len() > 2 {
                self.unit().flags |= flags::NESTED;
            }
        }
        match body {
            FunctionBody::Stmts(stmts) => {
                let doc = docstring(stmts);
                let rest = if doc.is_some() { &stmts[1..] } else { stmts };
                if self.options.optimize < 2 {
                    self.unit().docstring = doc;
                }
                self.stmts(rest)?;
                if !ends_with_return(rest) {
                    self.emit_const(Constant::None);
                    self.emit(I::ReturnValue);
                }
            }
            FunctionBody::Expr(e) => {
                self.set_loc(e.range());
                self.expr(e)?;
                self.emit(I::ReturnValue);
            }
        }
        let code = self.pop_unit();
        self.emit_const(Constant::Code(Rc::new(code)));
        self.emit(I::MakeFunction(fflags));
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
            self.emit(I::PushNull);
        }
        self.set_loc(c.range);
        let scope = self
            .tables
            .scope_of(c.range)
            .ok_or_else(|| self.error("internal error: no scope for class", c.range))?;
        let qualname = self.qualname_for(&c.name);
        self.emit(I::LoadBuildClass);
        self.emit(I::PushNull);
        let has_closure = self.load_closure(scope);
        let firstline = match c.decorator_list.first() {
            Some(d) => self.line_of(d.range().start()),
            None => self.line_of(c.range.start()),
        };
        self.push_unit(scope, ScopeKind::Class, &c.name, &qualname, firstline);
        // Class body prologue: __module__, __qualname__, __doc__.
        let n = self.name_index("__name__");
        self.emit(I::LoadName(n));
        let m = self.name_index("__module__");
        self.emit(I::StoreName(m));
        self.emit_const(Constant::Str(qualname.clone()));
        let q = self.name_index("__qualname__");
        self.emit(I::StoreName(q));
        let doc = docstring(&c.body);
        if let Some(d) = &doc {
            if self.options.optimize < 2 {
                self.emit_const(Constant::Str(d.clone()));
                let di = self.name_index("__doc__");
                self.emit(I::StoreName(di));
            }
        }
        if self.tables.tables[scope].has_annotations {
            self.emit(I::SetupAnnotations);
        }
        let rest = if doc.is_some() {
            &c.body[1..]
        } else {
            &c.body[..]
        };
        self.stmts(rest)?;
        if self.tables.tables[scope].needs_class_cell {
            let idx = self.deref_index("__class__").unwrap_or(0);
            self.emit(I::LoadClosure(idx));
            let cc = self.name_index("__classcell__");
            self.emit(I::StoreName(cc));
        }
        self.emit_const(Constant::None);
        self.emit(I::ReturnValue);
        let code = self.pop_unit();
        self.emit_const(Constant::Code(Rc::new(code)));
        self.emit(I::MakeFunction(if has_closure { 8 } else { 0 }));
        self.emit_const(Constant::Str(c.name.to_string()));
        self.call_args(&c.bases, &c.keywords, 2)?;
        self.apply_decorators(&c.decorator_list);
        self.name_op(&c.name, NameCtx::Store)
    }

    /// `target op= value`. As CPython's `compiler_augassign`, reading and
    /// writing the target are at the target, the operation at the whole
    /// statement.
    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::expr::binop(a.op).inplace();
        let stmt = self.loc();
        let target = a.target.range();
        match &*a.target {
            ast::Expr::Name(n) => {
                self.set_loc(target);
                self.name_op(&n.id, NameCtx::Load)?;
                self.expr(&a.value)?;
                self.restore_loc(stmt);
                self.emit(I::BinaryOp(op));
                self.set_loc(target);
                self.name_op(&n.id, NameCtx::Store)
            }
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.set_loc(target);
                self.emit(I::Copy(1));
                let idx = self.attr_index(&at.attr);
                let attr = self.attr_loc(target, at);
                self.restore_loc(attr);
                self.emit(I::LoadAttr(idx));
                self.expr(&a.value)?;
                self.restore_loc(stmt);
                self.emit(I::BinaryOp(op));
                self.restore_loc(attr);
                self.emit(I::Swap(2));
                self.emit(I::StoreAttr(idx));
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_loc(target);
                self.emit(I::Copy(2));
                self.emit(I::Copy(2));
                self.emit(I::BinarySubscr);
                self.expr(&a.value)?;
                self.restore_loc(stmt);
                self.emit(I::BinaryOp(op));
                self.set_loc(target);
                self.emit(I::Swap(3));
                self.emit(I::Swap(2));
                self.emit(I::StoreSubscr);
                Ok(())
            }
            other => {
                let what = match other {
                    ast::Expr::Tuple(_) => "tuple",
                    ast::Expr::List(_) => "list",
                    _ => super::expr::describe(other),
                };
                Err(self.error(
                    format!("'{what}' is an illegal expression for augmented assignment"),
                    other.range(),
                ))
            }
        }
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        // CPython's checks of the target (`_PyPegen` invalid_ann_assign_target).
        let bad = match &*a.target {
            ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => None,
            ast::Expr::Tuple(_) => Some("only single target (not tuple) can be annotated"),
            ast::Expr::List(_) => Some("only single target (not list) can be annotated"),
            _ => Some("illegal target for annotation"),
        };
        if let Some(msg) = bad {
            return Err(self.error(msg, a.target.range()));
        }
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        if let ast::Expr::Name(n) = &*a.target {
            if a.simple && matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
                // __annotations__[name] = annotation
                self.annotation(&a.annotation)?;
                let ann = self.name_index("__annotations__");
                self.emit(I::LoadName(ann));
                let key = self.mangle(&n.id).into_owned();
                self.emit_const(Constant::Str(key));
                self.emit(I::StoreSubscr);
            }
        }
        Ok(())
    }

    /// ```text
    ///     iter GET_ITER  JUMP next
    /// body:  store target  body
    /// next:  FOR_ITER body      (exhausted: falls through, the iterator popped)
    ///     orelse
    /// end:
    /// ```
    /// The test at the bottom, as `while`'s: one dispatch per iteration, not
    /// a `FOR_ITER` and a `JUMP` back to it.
    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        let next = self.new_label();
        let body = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(I::GetIter);
        self.set_loc(f.range);
        self.emit_jump(I::Jump, next);
        self.bind(body);
        self.push_fblock(FBlock::ForLoop { start: next, end });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.bind(next);
        self.set_loc(f.range);
        self.emit_jump(I::ForIter, body);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// ```text
    ///     iter GET_AITER
    /// next:  <handler: end_>  GET_ANEXT  await  </handler>
    ///     store target   body   JUMP next
    /// end_:  [aiter exc]  END_ASYNC_FOR   orelse
    /// ```
    fn async_for_stmt(&mut self, f: &'a ast::StmtAsyncFor) -> CResult {
        let next = self.new_label();
        let stop = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(f.range);
        self.emit(I::GetAIter);
        self.bind(next);
        self.set_loc(f.range);
        self.push_handler(stop, false);
        self.emit(I::GetANext);
        self.emit_await(3);
        self.pop_handler();
        self.push_fblock(FBlock::ForLoop { start: next, end });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.set_loc(f.range);
        self.emit_jump(I::Jump, next);
        self.bind(stop);
        self.emit(I::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let forever = super::expr::constant_truth(&w.test) == Some(true);
        if forever {
            // `while True:` tests nothing: its line is a `NOP` before the
            // loop, which starts at the body (CPython's layout).
            self.emit_nop();
            self.bind(start);
        } else {
            self.bind(start);
            self.jump_if(&w.test, false, orelse)?;
        }
        let body = self.new_label();
        self.bind(body);
        self.push_fblock(FBlock::WhileLoop { start, end });
        self.stmts(&w.body)?;
        self.set_loc(w.range);
        if forever {
            self.emit_jump(I::Jump, start);
        } else {
            // The test again at the bottom, jumping back into the body while
            // it holds (CPython's layout): one jump per iteration, not two.
            self.jump_if(&w.test, true, body)?;
        }
        self.pop_fblock();
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// ```text
    ///     <handler: except_>  body  </handler>  orelse  JUMP end
    /// except_:  [exc]  <handler: cleanup, lasti>  PUSH_EXC_INFO  [prev exc]
    ///     for each clause: type CHECK_EXC_MATCH POP_JUMP_IF_FALSE next
    ///         store name | POP_TOP   body   POP_EXCEPT   JUMP end
    ///     RERAISE 0
    /// cleanup:  [prev lasti exc2]  COPY 3  POP_EXCEPT  RERAISE 1
    /// ```
    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        self.try_except_parts(&t.body, &t.handlers, &t.orelse)
    }

    fn try_except_parts(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(except, false);
        self.emit_nop();
        self.push_fblock(FBlock::ExceptionHandler);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(I::Jump, end);

        self.bind(except);
        self.push_handler(cleanup, true);
        self.emit(I::PushExcInfo);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(I::CheckExcMatch);
                    self.emit_jump(I::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.error("default 'except:' must be last", h.range));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, NameCtx::Store)?;
                    // The handler body is protected so the name is cleared
                    // even when it raises.
                    let cleanup_named = self.new_label();
                    self.push_handler(cleanup_named, true);
                    self.emit_nop();
                    self.push_fblock(FBlock::HandlerCleanup {
                        name: Some(name.to_string()),
                    });
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.emit(I::PopExcept);
                    self.emit_const(Constant::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                    self.emit_jump(I::Jump, end);
                    // Exception inside a named handler: clear the name, re-raise.
                    self.bind(cleanup_named);
                    self.emit_const(Constant::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                    self.emit(I::Reraise(1));
                }
                None => {
                    self.emit(I::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(I::PopExcept);
                    self.emit_jump(I::Jump, end);
                }
            }
            self.bind(next);
        }
        self.emit(I::Reraise(0));
        self.pop_handler();
        self.bind(cleanup);
        self.emit(I::Copy(3));
        self.emit(I::PopExcept);
        self.emit(I::Reraise(1));
        self.bind(end);
        Ok(())
    }

    /// `try: ... except* T as n: ...` (CPython's `compiler_try_star_except`).
    /// `res` collects what the clauses raise; each clause matches against
    /// what the clauses before it left unhandled (`rest`).
    /// ```text
    ///     <handler: except_>  body  </handler>  orelse  JUMP end
    /// except_:  [exc]  <handler: cleanup, lasti>  PUSH_EXC_INFO  [prev orig]
    ///     BUILD_LIST 0  COPY 2                          [prev orig res exc]
    ///     for each clause:  type  CHECK_EG_MATCH        [... rest match]
    ///         COPY 1  POP_JUMP_IF_NONE no_match
    ///         store name | POP_TOP   <handler: raised, lasti> body </handler>
    ///         clear name   JUMP next
    ///     raised:  [... rest lasti exc2]  clear name  LIST_APPEND 3  POP_TOP
    ///         JUMP next
    ///     no_match:  POP_TOP
    ///     next:  (after the last clause) LIST_APPEND 1  [prev orig res]
    ///     PREP_RERAISE_STAR  COPY 1  POP_JUMP_IF_NOT_NONE reraise  </handler>
    ///     POP_TOP  POP_EXCEPT  JUMP end
    /// reraise:  [prev exc]  SWAP 2  POP_EXCEPT  RERAISE 0
    /// cleanup:  [prev lasti exc2]  COPY 3  POP_EXCEPT  RERAISE 1
    /// ```
    fn try_star_except(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        self.push_handler(except, false);
        self.emit_nop();
        self.push_fblock(FBlock::ExceptionHandler);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(I::Jump, end);

        self.bind(except);
        self.push_handler(cleanup, true);
        self.emit(I::PushExcInfo);
        // `return`, `break` and `continue` may not leave a clause body.
        self.push_fblock(FBlock::ExceptionGroupHandler);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if i == 0 {
                self.emit(I::BuildList(0));
                self.emit(I::Copy(2));
            }
            let next = self.new_label();
            let no_match = self.new_label();
            let raised = self.new_label();
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.expr(ty)?;
            self.emit(I::CheckEgMatch);
            self.emit(I::Copy(1));
            self.emit_jump(I::PopJumpIfNone, no_match);
            match &h.name {
                Some(name) => self.name_op(name, NameCtx::Store)?,
                None => self.emit(I::PopTop),
            }
            self.push_handler(raised, true);
            self.emit_nop();
            self.stmts(&h.body)?;
            self.pop_handler();
            self.clear_handler_name(h.name.as_deref())?;
            self.emit_jump(I::Jump, next);
            // The clause raised: keep the exception for PREP_RERAISE_STAR.
            self.bind(raised);
            self.clear_handler_name(h.name.as_deref())?;
            self.emit(I::ListAppend(3));
            self.emit(I::PopTop);
            self.emit_jump(I::Jump, next);
            self.bind(no_match);
            self.emit(I::PopTop);
            self.bind(next);
        }
        self.pop_fblock();
        // The unhandled rest (or None) joins what the clauses raised.
        self.emit(I::ListAppend(1));
        self.emit(I::PrepReraiseStar);
        self.emit(I::Copy(1));
        self.emit_jump(I::PopJumpIfNotNone, reraise);
        self.pop_handler();
        self.emit(I::PopTop);
        self.emit(I::PopExcept);
        self.emit_jump(I::Jump, end);
        self.bind(reraise);
        self.emit(I::Swap(2));
        self.emit(I::PopExcept);
        self.emit(I::Reraise(0));
        self.bind(cleanup);
        self.emit(I::Copy(3));
        self.emit(I::PopExcept);
        self.emit(I::Reraise(1));
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` clause.
    fn clear_handler_name(&mut self, name: Option<&str>) -> CResult {
        if let Some(n) = name {
            self.emit_const(Constant::None);
            self.name_op(n, NameCtx::Store)?;
            self.name_op(n, NameCtx::Del)?;
        }
        Ok(())
    }

    /// ```text
    ///     <handler: exc_path, lasti>  try-body (maybe with excepts)  </handler>
    ///     finalbody   JUMP end
    /// exc_path: [lasti exc] <handler: cleanup, lasti> PUSH_EXC_INFO [lasti prev exc]
    ///     finalbody   RERAISE 0
    /// cleanup: [lasti prev lasti2 exc2]  COPY 3  POP_EXCEPT  RERAISE 1
    /// ```
    fn try_finally(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        finalbody: &'a [ast::Stmt],
        star: bool,
    ) -> CResult {
        let exc_path = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_handler(exc_path, true);
        self.emit_nop();
        self.push_fblock(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except_parts(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.emit_jump(I::Jump, end);

        self.bind(exc_path);
        self.push_handler(cleanup, true);
        self.emit(I::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(I::Reraise(0));
        self.pop_handler();
        self.bind(cleanup);
        self.emit(I::Copy(3));
        self.emit(I::PopExcept);
        self.emit(I::Reraise(1));
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`;
    /// `async with` awaits what `__aenter__` and `__aexit__` return.
    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        at: TextRange,
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc_path = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.set_loc(at);
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(I::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(I::BeforeWith);
        }
        // Stack: exit enter_result. The handler unwinds to [exit].
        self.push_handler(exc_path, true);
        // The setup point must see the depth of [exit] only: record it at
        // the store/pop of enter_result's successor.
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(I::PopTop),
        }
        self.fix_handler_setup();
        self.push_fblock(FBlock::With { is_async });
        self.with_stmt(rest, body, at, is_async)?;
        self.pop_fblock();
        self.pop_handler();
        self.set_loc(at);
        self.emit(I::PushNull);
        self.emit_const(Constant::None);
        self.emit_const(Constant::None);
        self.emit_const(Constant::None);
        self.emit(I::Call(3));
        if is_async {
            self.emit_await(2);
        }
        self.emit(I::PopTop);
        self.emit_jump(I::Jump, end);

        // [exit lasti exc]
        self.bind(exc_path);
        self.push_handler(cleanup, true);
        self.emit(I::PushExcInfo);
        self.emit(I::WithExceptStart);
        if is_async {
            self.emit_await(2);
        }
        self.emit_jump(I::PopJumpIfTrue, suppress);
        self.emit(I::Reraise(2));
        self.bind(suppress);
        self.emit(I::PopTop);
        self.emit(I::PopExcept);
        self.emit(I::PopTop);
        self.emit(I::PopTop);
        self.pop_handler();
        self.emit_jump(I::Jump, end);
        self.bind(cleanup);
        self.emit(I::Copy(3));
        self.emit(I::PopExcept);
        self.emit(I::Reraise(1));
        self.bind(end);
        Ok(())
    }

    /// Move the innermost handler's setup point to the next instruction to
    /// be emitted (its depth is then measured after what was just emitted).
    fn fix_handler_setup(&mut self) {
        let u = self.unit();
        let at = u.instructions.len() as u32;
        if let Some(&h) = u.handler_stack.last() {
            u.handlers[h as usize].setup_at = at;
        }
        self.emit_nop();
    }

    /// Store the top of the stack into `t`; the store is at the target, as
    /// an expression's instructions are at the expression.
    pub(super) fn store_target(&mut self, t: &'a ast::Expr) -> CResult {
        let saved = self.loc();
        self.set_loc(t.range());
        let r = self.store_target_here(t);
        self.restore_loc(saved);
        r
    }

    fn store_target_here(&mut self, t: &'a ast::Expr) -> CResult {
        match t {
            ast::Expr::Name(n) => self.name_op(&n.id, NameCtx::Store),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.attr_index(&a.attr);
                let loc = self.attr_loc(a.range, a);
                self.restore_loc(loc);
                self.emit(I::StoreAttr(idx));
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if self.slice_bounds(&s.slice)? {
                    self.emit(I::StoreSlice);
                } else {
                    self.expr(&s.slice)?;
                    self.emit(I::StoreSubscr);
                }
                Ok(())
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => self.unpack_into(elts, t.range()),
            ast::Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.error(
                format!("cannot assign to {}", super::expr::describe(other)),
                other.range(),
            )),
        }
    }

    fn unpack_into(&mut self, elts: &'a [ast::Expr], at: TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        match star {
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, ast::Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(self.error("multiple starred expressions in assignment", at));
                }
                self.emit(I::UnpackEx {
                    before: i as u16,
                    after: (elts.len() - i - 1) as u16,
                });
            }
            None => self.emit(I::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    /// `del t`, at the target.
    fn delete_target(&mut self, t: &'a ast::Expr) -> CResult {
        let saved = self.loc();
        self.set_loc(t.range());
        let r = self.delete_target_here(t);
        self.restore_loc(saved);
        r
    }

    fn delete_target_here(&mut self, t: &'a ast::Expr) -> CResult {
        match t {
            ast::Expr::Name(n) => self.name_op(&n.id, NameCtx::Del),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.attr_index(&a.attr);
                let loc = self.attr_loc(a.range, a);
                self.restore_loc(loc);
                self.emit(I::DeleteAttr(idx));
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(I::DeleteSubscr);
                Ok(())
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => Err(self.error(
                format!("cannot delete {}", super::expr::describe(other)),
                other.range(),
            )),
        }
    }

    /// Build a code object for a comprehension or lambda (used by expr.rs).
    pub(super) fn finish_nested(&mut self) -> CodeObject {
        self.pop_unit()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LoopExit {
    Break,
    Continue,
}

pub(super) enum FunctionBody<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

fn ends_with_return(body: &[ast::Stmt]) -> bool {
    matches!(body.last(), Some(ast::Stmt::Return(_)))
}

/// Whether an expression parses as CPython's `bitwise_or`: an operand of
/// a comparison (not itself a comparison, `not`, `and`/`or`, conditional,
/// lambda, or walrus).
fn is_bitwise_or(e: &ast::Expr) -> bool {
    !matches!(
        e,
        ast::Expr::Compare(_)
            | ast::Expr::BoolOp(_)
            | ast::Expr::UnaryOp(ast::ExprUnaryOp {
                op: ast::UnaryOp::Not,
                ..
            })
            | ast::Expr::IfExp(_)
            | ast::Expr::Lambda(_)
            | ast::Expr::NamedExpr(_)
            | ast::Expr::Starred(_)
            | ast::Expr::Yield(_)
            | ast::Expr::YieldFrom(_)
    )
}

/// Whether an assigned value starts with a `bitwise_or` (the first item of
/// an unparenthesized tuple counts).
fn first_operand_is_bitwise_or(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Tuple(t) => t.elts.first().is_some_and(is_bitwise_or),
        other => is_bitwise_or(other),
    }
}
