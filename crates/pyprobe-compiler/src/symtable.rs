//! Symbol tables: which scope each name belongs to.
//!
//! CPython counterpart: `Python/symtable.c`. Two passes, as there:
//! 1. `SymbolTableBuilder` walks the AST and records, per scope, how each
//!    name is used (assigned, parameter, declared global/nonlocal, read).
//! 2. `analyze` resolves every name to a [`Scope`]: local, cell (local but
//!    captured by an inner function), free (from an enclosing function),
//!    global explicit (`global x`) or global implicit (not bound anywhere
//!    enclosing).
//!
//! Invariants: class bodies never enclose the functions defined in them
//! (methods see module globals, not class attributes); comprehensions and
//! generator expressions are function scopes whose first parameter `.0` is
//! the outermost iterable; walrus targets inside a comprehension bind in the
//! nearest enclosing non-comprehension scope. Scopes are keyed by the source
//! range of the node that creates them, so code generation finds them
//! without relying on walk order.

use crate::error::{CompileError, ErrorKind};
use crate::location::{Locator, Span};
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

/// How a name is used in one scope (bit set).
pub mod usage {
    pub const ASSIGNED: u32 = 1;
    pub const PARAM: u32 = 2;
    pub const GLOBAL: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USED: u32 = 16;
    pub const IMPORTED: u32 = 32;
    /// Bound by a walrus in a comprehension that lives inside this scope.
    pub const COMP_ITER_TARGET: u32 = 64;
}

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: Scope,
    /// Where a `nonlocal` declaration named it (for the error message).
    pub nonlocal_at: Option<ast::text_size::TextRange>,
    /// Where a `global` declaration named it.
    pub global_at: Option<ast::text_size::TextRange>,
    /// When the walk first met it, counted over all scopes: the order of
    /// an inlined comprehension's variables among its function's.
    pub seq: u32,
}

#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub kind: ScopeKind,
    /// The class whose private names (`__x`) this scope mangles: the
    /// innermost enclosing class body, this one included.
    pub private: Option<String>,
    /// Symbols in order of first appearance (parameters first).
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Parameters in declaration order.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// An `async def` function: a coroutine, or an asynchronous generator
    /// when it also yields.
    pub is_coroutine: bool,
    /// A comprehension in an `async def` that awaits or has an
    /// `async for`: it must be compiled into its function's code.
    pub is_async_comprehension: bool,
    /// A list, set or dict comprehension compiled into the code of its
    /// enclosing function (PEP 709): it has no frame, its variables are
    /// slots of that function's frame. Decided by `analyze`.
    pub inlined: bool,
    /// The class body needs a `__class__` cell (a method uses super()).
    pub needs_class_cell: bool,
    pub has_annotations: bool,
    /// Class bodies: names local to the class that its methods also need
    /// from an enclosing function (passed through the class's closure).
    pub extra_free: Vec<String>,
}

impl SymbolTable {
    fn new(kind: ScopeKind, parent: Option<usize>) -> SymbolTable {
        SymbolTable {
            kind,
            private: None,
            symbols: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            parent,
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_comprehension: false,
            inlined: false,
            needs_class_cell: false,
            has_annotations: false,
            extra_free: Vec::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn add(&mut self, name: &str, flag: u32) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: 0,
                    scope: Scope::GlobalImplicit,
                    nonlocal_at: None,
                    global_at: None,
                    seq: u32::MAX,
                });
                self.index.insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        let s = &mut self.symbols[i];
        s.flags |= flag;
        s
    }

    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// Names of cell variables, sorted as CPython sorts `co_cellvars`.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Scope::Cell)
            .map(|s| s.name.clone())
            .collect();
        if self.kind == ScopeKind::Class && self.needs_class_cell {
            v.push("__class__".to_string());
        }
        v.sort();
        v.dedup();
        v
    }

    /// Names of free variables, sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Scope::Free)
            .map(|s| s.name.clone())
            .collect();
        v.extend(self.extra_free.iter().cloned());
        v.sort();
        v.dedup();
        v
    }

    /// Fast locals: parameters first, then other function locals in order.
    pub fn varnames(&self) -> Vec<String> {
        let mut v = self.params.clone();
        if self.is_function_like() {
            for s in &self.symbols {
                if (s.scope == Scope::Local || s.scope == Scope::Cell) && !v.contains(&s.name) {
                    v.push(s.name.clone());
                }
            }
        }
        v
    }
}

/// All scopes of a module; index 0 is the module.
#[derive(Debug)]
pub struct SymbolTables {
    pub tables: Vec<SymbolTable>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTables {
    /// The scope created by the node with this source range.
    pub fn scope_of(&self, range: ast::text_size::TextRange) -> Option<usize> {
        self.by_range
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }
}

/// The scopes of a module; statements and expressions nested deeper than
/// `NESTING_LIMIT` (counting from `nesting_start`) are a RecursionError,
/// found here, before any pass recurses that deep.
pub fn build(
    body: &[ast::Stmt],
    locator: &Locator,
    nesting_start: u32,
    future_annotations: bool,
) -> Result<SymbolTables, CompileError> {
    let mut b = SymbolTableBuilder {
        future_annotations,
        in_annotation: false,
        tables: vec![SymbolTable::new(ScopeKind::Module, None)],
        by_range: HashMap::new(),
        current: 0,
        locator,
        depth: nesting_start,
        seq: 0,
    };
    b.stmts(body)?;
    let mut tables = SymbolTables {
        tables: b.tables,
        by_range: b.by_range,
    };
    analyze(&mut tables, locator)?;
    Ok(tables)
}

struct SymbolTableBuilder<'a> {
    tables: Vec<SymbolTable>,
    by_range: HashMap<(u32, u32), usize>,
    current: usize,
    locator: &'a Locator,
    /// Statements and expressions being visited, plus the start depth.
    depth: u32,
    /// Symbols met so far (`Symbol::seq`).
    seq: u32,
    /// `from __future__ import annotations`: annotations bind no names.
    future_annotations: bool,
    /// Walking such an annotation.
    in_annotation: bool,
}

type R = Result<(), CompileError>;

/// What `def` and `async def` share: decorators, name, parameters,
/// return annotation and body.
pub(crate) type FunctionParts<'t> = (
    &'t [ast::Expr],
    &'t str,
    &'t ast::Arguments,
    Option<&'t ast::Expr>,
    &'t [ast::Stmt],
);

/// The parts of a `def` or `async def` statement, its range, and whether
/// it is `async`; None for other statements.
pub(crate) fn function_parts(
    s: &ast::Stmt,
) -> Option<(FunctionParts<'_>, ast::text_size::TextRange, bool)> {
    match s {
        ast::Stmt::FunctionDef(f) => Some((
            (
                &f.decorator_list,
                &f.name,
                &f.args,
                f.returns.as_deref(),
                &f.body,
            ),
            f.range,
            false,
        )),
        ast::Stmt::AsyncFunctionDef(f) => Some((
            (
                &f.decorator_list,
                &f.name,
                &f.args,
                f.returns.as_deref(),
                &f.body,
            ),
            f.range,
            true,
        )),
        _ => None,
    }
}

impl SymbolTableBuilder<'_> {
    fn cur(&mut self) -> &mut SymbolTable {
        &mut self.tables[self.current]
    }

    fn err(&self, msg: String, at: impl Span) -> CompileError {
        self.locator.syntax_error(msg, at)
    }

    /// `SymbolTable::add` to table `table`, stamping a new symbol with when
    /// the walk met it.
    fn add_to(&mut self, table: usize, name: &str, flag: u32) -> &mut Symbol {
        let sym = self.tables[table].add(name, flag);
        if sym.seq == u32::MAX {
            sym.seq = self.seq;
            self.seq += 1;
        }
        sym
    }

    fn enter(&mut self, kind: ScopeKind, range: ast::text_size::TextRange) -> usize {
        let id = self.tables.len();
        let mut table = SymbolTable::new(kind, Some(self.current));
        table.private = self.tables[self.current].private.clone();
        self.tables.push(table);
        self.tables[self.current].children.push(id);
        self.by_range
            .insert((range.start().to_u32(), range.end().to_u32()), id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn add(&mut self, name: &str, flag: u32, at: ast::text_size::TextRange) -> R {
        if self.in_annotation {
            // An annotation kept as text names nothing.
            return Ok(());
        }
        let cur = self.current;
        let mangled = mangle(self.tables[cur].private.as_deref(), name);
        let name = mangled.as_ref();
        let existing = self.tables[cur].lookup(name).map(|s| s.flags).unwrap_or(0);
        if flag & (usage::GLOBAL | usage::NONLOCAL) != 0 {
            let what = if flag & usage::GLOBAL != 0 {
                "global"
            } else {
                "nonlocal"
            };
            if existing & usage::PARAM != 0 {
                return Err(self.err(format!("name '{name}' is parameter and {what}"), at));
            }
            if existing & usage::USED != 0 {
                return Err(self.err(
                    format!("name '{name}' is used prior to {what} declaration"),
                    at,
                ));
            }
            if existing & usage::ASSIGNED != 0 {
                return Err(self.err(
                    format!("name '{name}' is assigned to before {what} declaration"),
                    at,
                ));
            }
            // CPython reports the earlier of the two declarations.
            let sym = self.tables[cur].lookup(name);
            if flag & usage::GLOBAL != 0 && existing & usage::NONLOCAL != 0 {
                let first = sym.and_then(|s| s.nonlocal_at).unwrap_or(at);
                return Err(self.err(format!("name '{name}' is nonlocal and global"), first));
            }
            if flag & usage::NONLOCAL != 0 && existing & usage::GLOBAL != 0 {
                let first = sym.and_then(|s| s.global_at).unwrap_or(at);
                return Err(self.err(format!("name '{name}' is nonlocal and global"), first));
            }
        }
        let sym = self.add_to(cur, name, flag);
        if flag & usage::NONLOCAL != 0 && sym.nonlocal_at.is_none() {
            sym.nonlocal_at = Some(at);
        }
        if flag & usage::GLOBAL != 0 && sym.global_at.is_none() {
            sym.global_at = Some(at);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Count one more level of nesting around `visit`.
    fn nested(&mut self, at: impl Span, visit: impl FnOnce(&mut Self) -> R) -> R {
        if self.depth >= crate::NESTING_LIMIT {
            let msg = "maximum recursion depth exceeded during compilation".to_string();
            return Err(self.locator.error(ErrorKind::RecursionError, msg, at));
        }
        self.depth += 1;
        let r = visit(self);
        self.depth -= 1;
        r
    }

    fn stmt(&mut self, s: &ast::Stmt) -> R {
        self.nested(s.range(), |b| b.stmt_kind(s))
    }

    fn stmt_kind(&mut self, s: &ast::Stmt) -> R {
        use ast::Stmt::*;
        match s {
            FunctionDef(_) | AsyncFunctionDef(_) => {
                if let Some((parts, range, is_async)) = function_parts(s) {
                    self.function(parts, range, is_async)?;
                }
            }
            ClassDef(c) => {
                self.exprs(&c.decorator_list)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.add(&c.name, usage::ASSIGNED, c.range)?;
                let prev = self.enter(ScopeKind::Class, c.range);
                self.cur().private = Some(c.name.to_string());
                self.stmts(&c.body)?;
                self.current = prev;
            }
            Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            TypeAlias(t) => return Err(self.err("type aliases are not supported".into(), t.range)),
            AugAssign(a) => {
                self.expr(&a.value)?;
                if let ast::Expr::Name(n) = &*a.target {
                    self.add(&n.id, usage::ASSIGNED | usage::USED, n.range)?;
                } else {
                    self.expr(&a.target)?;
                }
            }
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if let ast::Expr::Name(n) = &*a.target {
                    // `x: int` alone still makes x local to the scope.
                    self.add(&n.id, usage::ASSIGNED, n.range)?;
                    if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) && a.simple {
                        self.cur().has_annotations = true;
                        self.annotation(&a.annotation)?;
                    } else if self.future_annotations {
                        self.annotation(&a.annotation)?;
                    }
                } else {
                    self.target(&a.target)?;
                    if self.future_annotations {
                        self.annotation(&a.annotation)?;
                    }
                }
            }
            For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            AsyncFor(f) => {
                self.require_async("'async for' outside async function", f.range)?;
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            AsyncWith(w) => {
                self.require_async("'async with' outside async function", w.range)?;
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Try(ast::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | TryStar(ast::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => {
                self.stmts(body)?;
                for h in handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, usage::ASSIGNED, h.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.to_string(),
                        None => alias.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, usage::ASSIGNED | usage::IMPORTED, alias.range)?;
                }
            }
            ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self
                                .err("import * only allowed at module level".into(), alias.range));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    self.add(&bound, usage::ASSIGNED | usage::IMPORTED, alias.range)?;
                }
            }
            Global(g) => {
                for n in &g.names {
                    self.add(n, usage::GLOBAL, g.range)?;
                }
            }
            Nonlocal(n) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err(
                        "nonlocal declaration not allowed at module level".into(),
                        n.range,
                    ));
                }
                for name in &n.names {
                    self.add(name, usage::NONLOCAL, n.range)?;
                }
            }
            Expr(e) => self.expr(&e.value)?,
            Pass(_) | Break(_) | Continue(_) => {}
        }
        Ok(())
    }

    fn arg_defaults(&mut self, args: &ast::Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) -> R {
        // CPython orders co_varnames: positional, keyword-only, *args, **kwargs.
        let mut ordered: Vec<&ast::Arg> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            ordered.push(&a.def);
        }
        for a in &args.kwonlyargs {
            ordered.push(&a.def);
        }
        if let Some(v) = &args.vararg {
            ordered.push(v);
        }
        if let Some(k) = &args.kwarg {
            ordered.push(k);
        }
        for a in ordered {
            if self.cur().params.iter().any(|p| p == a.arg.as_str()) {
                return Err(self.err(
                    format!("duplicate argument '{}' in function definition", a.arg),
                    a.range,
                ));
            }
            let name = mangle(self.cur().private.as_deref(), &a.arg).into_owned();
            self.cur().params.push(name);
            self.add(&a.arg, usage::PARAM, a.range)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[ast::Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    /// An assignment target: names bound here; attribute/subscript targets
    /// only read their parts.
    fn target(&mut self, e: &ast::Expr) -> R {
        match e {
            ast::Expr::Name(n) => self.add(&n.id, usage::ASSIGNED, n.range),
            ast::Expr::Tuple(t) => {
                for x in &t.elts {
                    self.target(x)?;
                }
                Ok(())
            }
            ast::Expr::List(t) => {
                for x in &t.elts {
                    self.target(x)?;
                }
                Ok(())
            }
            ast::Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn expr(&mut self, e: &ast::Expr) -> R {
        self.nested(e.range(), |b| b.expr_kind(e))
    }

    fn expr_kind(&mut self, e: &ast::Expr) -> R {
        use ast::Expr::*;
        match e {
            BoolOp(b) => self.exprs(&b.values)?,
            NamedExpr(n) => {
                self.refuse_in_annotation("named expression", n.range)?;
                self.expr(&n.value)?;
                if let Name(name) = &*n.target {
                    // Walrus in a comprehension binds in the enclosing
                    // non-comprehension scope.
                    let mut scope = self.current;
                    if self.tables[scope].kind == ScopeKind::Comprehension {
                        while self.tables[scope].kind == ScopeKind::Comprehension {
                            let flags = self.tables[scope]
                                .lookup(&name.id)
                                .map(|s| s.flags)
                                .unwrap_or(0);
                            if flags & usage::COMP_ITER_TARGET != 0 {
                                return Err(self.err(
                                    format!("assignment expression cannot rebind comprehension iteration variable '{}'", name.id),
                                    name.range,
                                ));
                            }
                            self.add_to(scope, &name.id, usage::NONLOCAL);
                            scope = self.tables[scope].parent.unwrap_or(0);
                        }
                        if self.tables[scope].kind == ScopeKind::Class {
                            return Err(self.err(
                                "assignment expression within a comprehension cannot be used in a class body".into(),
                                name.range,
                            ));
                        }
                        self.add_to(scope, &name.id, usage::ASSIGNED);
                        if self.tables[scope].kind == ScopeKind::Module {
                            // Make the comprehension treat it as global.
                            let mut s = self.current;
                            while self.tables[s].kind == ScopeKind::Comprehension {
                                let sym = self.add_to(s, &name.id, 0);
                                sym.flags &= !usage::NONLOCAL;
                                sym.flags |= usage::GLOBAL;
                                s = self.tables[s].parent.unwrap_or(0);
                            }
                        }
                    } else {
                        self.add(&name.id, usage::ASSIGNED, name.range)?;
                    }
                }
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            UnaryOp(u) => self.expr(&u.operand)?,
            Lambda(l) => {
                self.arg_defaults(&l.args)?;
                let prev = self.enter(ScopeKind::Lambda, l.range);
                self.params(&l.args)?;
                self.expr(&l.body)?;
                self.current = prev;
            }
            IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(&d.values)?;
            }
            Set(s) => self.exprs(&s.elts)?,
            ListComp(c) => self.comprehension("<listcomp>", c.range, &c.generators, &[&c.elt])?,
            SetComp(c) => self.comprehension("<setcomp>", c.range, &c.generators, &[&c.elt])?,
            DictComp(c) => {
                self.comprehension("<dictcomp>", c.range, &c.generators, &[&c.key, &c.value])?
            }
            GeneratorExp(c) => {
                self.comprehension("<genexpr>", c.range, &c.generators, &[&c.elt])?
            }
            Await(a) => {
                self.refuse_in_annotation("await expression", a.range)?;
                if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) {
                    return Err(self.err("'await' outside function".into(), a.range));
                }
                // A generator expression that awaits is an asynchronous
                // generator, anywhere; another comprehension only in an
                // `async def`.
                let genexpr =
                    self.cur().kind == ScopeKind::Comprehension && self.cur().is_generator;
                if genexpr
                    || (self.cur().kind == ScopeKind::Comprehension && self.in_async_function())
                {
                    self.cur().is_async_comprehension = true;
                } else {
                    self.require_async("'await' outside async function", a.range)?;
                }
                self.expr(&a.value)?;
            }
            Yield(y) => {
                self.refuse_in_annotation("yield expression", y.range)?;
                self.mark_generator(y.range)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            YieldFrom(y) => {
                self.refuse_in_annotation("yield expression", y.range)?;
                if self.cur().is_coroutine {
                    return Err(self.err("'yield from' inside async function".into(), y.range));
                }
                self.mark_generator(y.range)?;
                self.expr(&y.value)?;
            }
            Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)?;
            }
            Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            JoinedStr(j) => self.exprs(&j.values)?,
            Constant(_) => {}
            Attribute(a) => self.expr(&a.value)?,
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Starred(s) => self.expr(&s.value)?,
            Name(n) => {
                if matches!(n.ctx, ast::ExprContext::Load) {
                    self.add(&n.id, usage::USED, n.range)?;
                    if n.id.as_str() == "super" {
                        self.mark_class_cell();
                    }
                } else {
                    self.add(&n.id, usage::ASSIGNED, n.range)?;
                }
                if n.id.as_str() == "__class__" {
                    self.mark_class_cell();
                }
            }
            List(l) => self.exprs(&l.elts)?,
            Tuple(t) => self.exprs(&t.elts)?,
            Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    /// An annotation, evaluated where it stands unless the module has
    /// `from __future__ import annotations` (then it is only text).
    /// Under it, the expression is still walked for what CPython's
    /// annotation block refuses (a walrus, `yield`, `await`), binding no
    /// names.
    fn annotation(&mut self, a: &ast::Expr) -> R {
        if !self.future_annotations {
            return self.expr(a);
        }
        let outer = std::mem::replace(&mut self.in_annotation, true);
        let r = self.expr(a);
        self.in_annotation = outer;
        r
    }

    /// The error for `what` in an annotation kept as text.
    /// (A lambda in it is a function of its own; in a comprehension, the
    /// comprehension's own error for `yield` comes first.)
    fn refuse_in_annotation(&mut self, what: &str, at: ast::text_size::TextRange) -> R {
        let own_scope = matches!(self.cur().kind, ScopeKind::Lambda)
            || (what == "yield expression" && self.cur().kind == ScopeKind::Comprehension);
        if self.in_annotation && !own_scope {
            return Err(self.err(format!("{what} cannot be used within an annotation"), at));
        }
        Ok(())
    }

    /// A function definition: its decorators, defaults and annotations
    /// in the enclosing scope, its parameters and body in its own
    /// (`async def` marks it a coroutine).
    fn function(
        &mut self,
        (decorators, name, args, returns, body): FunctionParts,
        range: ast::text_size::TextRange,
        is_async: bool,
    ) -> R {
        self.exprs(decorators)?;
        self.arg_defaults(args)?;
        // Annotations are evaluated in the enclosing scope.
        for (_, a) in annotations(args, returns) {
            self.annotation(a)?;
        }
        self.add(name, usage::ASSIGNED, range)?;
        let prev = self.enter(ScopeKind::Function, range);
        self.cur().is_coroutine = is_async;
        self.params(args)?;
        self.stmts(body)?;
        self.current = prev;
        Ok(())
    }

    /// Is the innermost function scope (a comprehension's enclosing
    /// function included) an `async def`?
    fn in_async_function(&self) -> bool {
        let mut s = self.current;
        loop {
            let t = &self.tables[s];
            match t.kind {
                ScopeKind::Comprehension => match t.parent {
                    Some(p) => s = p,
                    None => return false,
                },
                _ => return t.is_coroutine,
            }
        }
    }

    /// `await`, `async for` and `async with` belong in an `async def`.
    fn require_async(&mut self, message: &str, at: ast::text_size::TextRange) -> R {
        if self.cur().is_coroutine {
            Ok(())
        } else {
            Err(self.err(message.into(), at))
        }
    }

    fn mark_generator(&mut self, at: ast::text_size::TextRange) -> R {
        match self.cur().kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                self.cur().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                Err(self.err("'yield' inside list comprehension".into(), at))
            }
            _ => Err(self.err("'yield' outside function".into(), at)),
        }
    }

    /// A use of `super` or `__class__` inside a method: the function gets
    /// `__class__` as a free variable and the nearest class a cell for it.
    fn mark_class_cell(&mut self) {
        let mut s = self.current;
        if !self.tables[s].is_function_like() {
            return;
        }
        loop {
            let Some(parent) = self.tables[s].parent else {
                return;
            };
            if self.tables[parent].kind == ScopeKind::Class {
                self.tables[parent].needs_class_cell = true;
                self.add_to(self.current, "__class__", usage::USED);
                return;
            }
            s = parent;
        }
    }

    fn comprehension(
        &mut self,
        name: &str,
        range: ast::text_size::TextRange,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) -> R {
        // The outermost iterable is evaluated in the enclosing scope.
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        let prev = self.enter(ScopeKind::Comprehension, range);
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        self.cur().params.push(".0".to_string());
        self.add(".0", usage::PARAM, range)?;
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                if name != "<genexpr>" && !self.in_async_function() && !self.in_annotation {
                    return Err(self.err(
                        "asynchronous comprehension outside of an asynchronous function".into(),
                        range.start(),
                    ));
                }
                self.cur().is_async_comprehension = true;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for e in elts {
            self.expr(e)?;
        }
        if name == "<genexpr>" && self.cur().is_async_comprehension {
            self.cur().is_coroutine = true;
        }
        self.current = prev;
        Ok(())
    }

    fn comp_target(&mut self, e: &ast::Expr) -> R {
        match e {
            ast::Expr::Name(n) => {
                self.add(&n.id, usage::ASSIGNED | usage::COMP_ITER_TARGET, n.range)
            }
            ast::Expr::Tuple(t) => {
                for x in &t.elts {
                    self.comp_target(x)?;
                }
                Ok(())
            }
            ast::Expr::List(t) => {
                for x in &t.elts {
                    self.comp_target(x)?;
                }
                Ok(())
            }
            ast::Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) -> R {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => self.expr(&v.value),
            MatchSingleton(_) => Ok(()),
            MatchSequence(s) => {
                for x in &s.patterns {
                    self.pattern(x)?;
                }
                Ok(())
            }
            MatchMapping(m) => {
                self.exprs(&m.keys)?;
                for x in &m.patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = &m.rest {
                    self.add(r, usage::ASSIGNED, m.range)?;
                }
                Ok(())
            }
            MatchClass(c) => {
                self.expr(&c.cls)?;
                for x in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(x)?;
                }
                Ok(())
            }
            MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n, usage::ASSIGNED, s.range)?;
                }
                Ok(())
            }
            MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add(n, usage::ASSIGNED, a.range)?;
                }
                Ok(())
            }
            MatchOr(o) => {
                for x in &o.patterns {
                    self.pattern(x)?;
                }
                Ok(())
            }
        }
    }
}

/// Resolve every symbol's scope. Top-down we carry the names bound in
/// enclosing function scopes; bottom-up a child's free names turn the
/// binding scope's local into a cell and pass through the scopes between.
///
/// A list, set or dict comprehension directly inside a function (or a
/// lambda, or another comprehension) is inlined into it, as CPython 3.12
/// does (PEP 709), unless one of its own variables is captured by a scope
/// inside it (it would need cells of its own). The names an inlined
/// comprehension reads from the function stay plain locals there; only
/// those that a scope inside it captures become cells.
fn analyze(t: &mut SymbolTables, locator: &Locator) -> Result<(), CompileError> {
    analyze_scope(&mut t.tables, 0, &[], locator)?;
    Ok(())
}

/// The free names a scope needs from its enclosing scopes, and those of
/// them that a closure below it captures (a scope that is not inlined).
struct Needs {
    free: Vec<String>,
    captured: Vec<String>,
}

/// Returns the free names this scope needs from its enclosing scopes.
fn analyze_scope(
    tables: &mut [SymbolTable],
    id: usize,
    enclosing_bound: &[String],
    locator: &Locator,
) -> Result<Needs, CompileError> {
    let kind = tables[id].kind;
    let function_like = tables[id].is_function_like();
    // First resolve this scope's own names.
    for sym in tables[id].symbols.iter_mut() {
        let f = sym.flags;
        sym.scope = if f & usage::GLOBAL != 0 {
            Scope::GlobalExplicit
        } else if f & usage::NONLOCAL != 0 {
            if !enclosing_bound.contains(&sym.name) {
                return Err(locator.syntax_error(
                    format!("no binding for nonlocal '{}' found", sym.name),
                    sym.nonlocal_at.unwrap_or_default(),
                ));
            }
            Scope::Free
        } else if f & (usage::ASSIGNED | usage::PARAM) != 0 {
            Scope::Local
        } else if (function_like || kind == ScopeKind::Class) && enclosing_bound.contains(&sym.name)
        {
            Scope::Free
        } else {
            Scope::GlobalImplicit
        };
    }
    // `__class__` referenced by a method is always free (the class makes it).
    if let Some(i) = tables[id].index.get("__class__").copied() {
        if function_like && tables[id].symbols[i].flags & (usage::ASSIGNED | usage::PARAM) == 0 {
            tables[id].symbols[i].scope = Scope::Free;
        }
    }
    // Names visible to children as enclosing bindings.
    let mut child_bound: Vec<String> = enclosing_bound.to_vec();
    if function_like {
        for sym in &tables[id].symbols {
            if matches!(sym.scope, Scope::Local | Scope::Free) && !child_bound.contains(&sym.name) {
                child_bound.push(sym.name.clone());
            }
        }
    }
    if kind == ScopeKind::Class && tables[id].needs_class_cell {
        child_bound.push("__class__".to_string());
    }
    // Global declarations hide enclosing bindings from children.
    for sym in &tables[id].symbols {
        if sym.scope == Scope::GlobalExplicit {
            child_bound.retain(|n| n != &sym.name);
        }
    }
    let children = tables[id].children.clone();
    let mut free_needed: Vec<String> = Vec::new();
    let mut captured: Vec<String> = Vec::new();
    for c in children {
        let needs = analyze_scope(tables, c, &child_bound, locator)?;
        let child = &tables[c];
        let inlined = function_like
            && child.kind == ScopeKind::Comprehension
            && !child.is_generator
            && !child.symbols.iter().any(|s| s.scope == Scope::Cell);
        tables[c].inlined = inlined;
        for name in needs.free {
            if kind == ScopeKind::Class && name == "__class__" && tables[id].needs_class_cell {
                continue;
            }
            // Read by the inlined comprehension's own code only: a plain
            // local of this scope serves it.
            let by_closure = !inlined || needs.captured.contains(&name);
            let own = tables[id].index.get(&name).copied();
            match own {
                Some(i)
                    if function_like
                        && matches!(tables[id].symbols[i].scope, Scope::Local | Scope::Cell) =>
                {
                    if by_closure {
                        tables[id].symbols[i].scope = Scope::Cell;
                    }
                }
                Some(i) if tables[id].symbols[i].scope == Scope::Free => {
                    if by_closure && !captured.contains(&name) {
                        captured.push(name.clone());
                    }
                    if !free_needed.contains(&name) {
                        free_needed.push(name);
                    }
                }
                _ => {
                    // Not bound here: pass through (functions and classes
                    // both forward free names of their children).
                    if kind != ScopeKind::Module {
                        let sym = tables[id].add(&name, 0);
                        if sym.scope == Scope::Local {
                            tables[id].extra_free.push(name.clone());
                        } else {
                            sym.scope = Scope::Free;
                        }
                        if by_closure && !captured.contains(&name) {
                            captured.push(name.clone());
                        }
                        if !free_needed.contains(&name) {
                            free_needed.push(name);
                        }
                    }
                }
            }
        }
    }
    for sym in &tables[id].symbols {
        if sym.scope == Scope::Free && !free_needed.contains(&sym.name) {
            free_needed.push(sym.name.clone());
        }
    }
    Ok(Needs {
        free: free_needed,
        captured,
    })
}

/// A function's annotations as `(name, expression)`, in the order of
/// CPython's `compiler_visit_annotations`: regular parameters, then
/// positional-only ones, `*args`, keyword-only ones, `**kwargs`, `return`.
pub fn annotations<'a>(
    args: &'a ast::Arguments,
    returns: Option<&'a ast::Expr>,
) -> Vec<(&'a str, &'a ast::Expr)> {
    let mut out = Vec::new();
    for a in args.args.iter().chain(&args.posonlyargs) {
        if let Some(ann) = &a.def.annotation {
            out.push((a.def.arg.as_str(), &**ann));
        }
    }
    if let Some(v) = &args.vararg {
        if let Some(ann) = &v.annotation {
            out.push((v.arg.as_str(), &**ann));
        }
    }
    for a in &args.kwonlyargs {
        if let Some(ann) = &a.def.annotation {
            out.push((a.def.arg.as_str(), &**ann));
        }
    }
    if let Some(k) = &args.kwarg {
        if let Some(ann) = &k.annotation {
            out.push((k.arg.as_str(), &**ann));
        }
    }
    if let Some(r) = returns {
        out.push(("return", r));
    }
    out
}

/// A name as the class `private` sees it (CPython's `_Py_Mangle`): inside
/// a class body and what it encloses, `__x` (two leading underscores, not
/// two trailing, no dot) becomes `_Class__x`, the class name's leading
/// underscores dropped; a class named only with underscores mangles
/// nothing.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    use std::borrow::Cow;
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn private_names_are_mangled_as_cpython_does() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__Q"), "__g"), "_Q__g");
        // Dunders, dotted names, single underscores and no class: as they are.
        assert_eq!(mangle(Some("C"), "__init__"), "__init__");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(None, "__x"), "__x");
        // A class named only with underscores mangles nothing.
        assert_eq!(mangle(Some("___"), "__m"), "__m");
    }
}
