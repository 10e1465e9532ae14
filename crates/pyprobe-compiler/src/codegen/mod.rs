//! Code generation: AST to instructions, one [`Unit`] per code object.
//!
//! CPython counterparts: `Python/compile.c` (statements and expressions),
//! `Python/flowgraph.c` (stack depth) and `Python/assemble.c` (exception
//! table). Split by AST kind: `stmt.rs`, `expr.rs`, `pattern.rs`.
//!
//! Invariants:
//! - Jump operands hold label ids until [`Unit::finish`] resolves them to
//!   instruction indices.
//! - Every emitted instruction records the innermost active exception
//!   handler; `finish` turns those into exception-table ranges and computes
//!   each handler's stack depth by flow analysis, as CPython does.
//! - `return`/`break`/`continue` run the pending `finally` bodies, `with`
//!   exits and handler cleanups inline (the "frame blocks" stack), so the vm
//!   needs no block stack.
//! - Every instruction gets the source position current when it is emitted
//!   ([`Loc`]): the node being compiled, set for each statement and each
//!   expression and restored after it, with CPython's exceptions (an
//!   attribute named on a later line than its object, augmented assignment,
//!   tests, decorators). A position's start line is the instruction's line.

mod check;
mod expr;
mod pattern;
mod stmt;

use crate::error::CompileError;
use crate::location::{Locator, Span};
use crate::parse::Parsed;
use crate::symtable::{self, Scope, ScopeKind, SymbolTables};
use crate::{Mode, Options};
use pyprobe_bytecode::{
    flags, CodeObject, Constant, ExceptionTableEntry, Instruction, Position, PositionTable,
    ProbeStrings,
};
use rustpython_parser::ast::{self, text_size::TextRange, text_size::TextSize};
use std::collections::HashMap;

pub type CResult<T = ()> = Result<T, CompileError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(u32);

/// An exception handler active while its protected code is emitted.
#[derive(Debug, Clone, Copy)]
struct Handler {
    label: Label,
    push_lasti: bool,
    /// Instruction index where the handler was set up; the stack depth
    /// there is the depth the vm unwinds to.
    setup_at: u32,
}

/// The source location instructions are emitted with: the line (for the
/// line table) and, when known, the full position (for the position table),
/// whose start line is that line. CPython's `location`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Loc {
    line: u32,
    pos: Option<Position>,
}

/// What `return`, `break` and `continue` must unwind through.
#[derive(Debug, Clone)]
enum FBlock<'a> {
    /// A `for` loop: the iterator is on the stack.
    ForLoop {
        start: Label,
        end: Label,
    },
    WhileLoop {
        start: Label,
        end: Label,
    },
    /// The protected body of `try: ... finally:` (the finally body is re-emitted).
    FinallyTry {
        body: &'a [ast::Stmt],
    },
    /// A finally body running on the exception path (`lasti prev exc` on the stack).
    FinallyEnd,
    /// Inside `with` or `async with`: the exit method is on the stack.
    With {
        is_async: bool,
    },
    /// Inside an except handler: previous exception on the stack, and the
    /// bound name (if any) to clear.
    HandlerCleanup {
        name: Option<String>,
    },
    /// Inside `except` after the handler's exception was pushed.
    ExceptionHandler,
    /// The clauses of `try: ... except* ...`: nothing may jump out of them
    /// (CPython's `EXCEPTION_GROUP_HANDLER`).
    ExceptionGroupHandler,
}

/// A code object under construction.
pub struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    instructions: Vec<Instruction>,
    lines: Vec<u32>,
    positions: Vec<Option<Position>>,
    handler_of: Vec<Option<u16>>,
    handlers: Vec<Handler>,
    handler_stack: Vec<u16>,
    labels: Vec<Option<u32>>,
    constants: Vec<Constant>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    /// Handler-stack height when each frame block was pushed.
    fblock_handlers: Vec<usize>,
    loc: Loc,
    name: String,
    qualname: String,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    docstring: Option<String>,
    /// The variables of each comprehension inlined into this unit (by
    /// scope): their slots, and whether the slot may hold a value of its
    /// own when the comprehension starts (a variable of the function, or
    /// of an enclosing inlined comprehension), saved and put back then.
    comp_vars: HashMap<usize, Vec<CompVar>>,
    /// The inlined comprehensions being compiled, innermost last: names
    /// resolve through them before the unit's own scope.
    inlined: Vec<usize>,
}

/// A variable of an inlined comprehension: its fast slot in the unit.
#[derive(Debug, Clone, Copy)]
struct CompVar {
    slot: u32,
    saved: bool,
}

pub struct Compiler<'a> {
    tables: SymbolTables,
    locator: &'a Locator,
    units: Vec<Unit<'a>>,
    options: Options,
    mode: Mode,
    filename: String,
    /// The SyntaxWarnings found so far (`check.rs`).
    warnings: Vec<crate::Warning>,
    /// The module's `from __future__` features.
    futures: crate::future::Futures,
}

pub fn compile_module<'a>(
    parsed: &'a Parsed,
    mode: Mode,
    options: Options,
    locator: &'a Locator,
) -> CResult<(CodeObject, Vec<crate::Warning>)> {
    let futures = match parsed {
        Parsed::Module(body) => crate::future::scan(body, locator)?,
        Parsed::Expression(_) => Default::default(),
    };
    let tables = match parsed {
        Parsed::Module(body) => {
            symtable::build(body, locator, options.nesting_start, futures.annotations)?
        }
        Parsed::Expression(e) => {
            // An eval expression may hold lambdas and comprehensions: give
            // them scopes by wrapping it as an expression statement.
            let stmt = ast::Stmt::Expr(ast::StmtExpr {
                range: Default::default(),
                value: e.clone(),
            });
            // CPython counts no statement around it.
            let start = options.nesting_start.saturating_sub(1);
            symtable::build(std::slice::from_ref(&stmt), locator, start, false)?
        }
    };
    let filename = locator_filename(locator);
    let mut c = Compiler {
        tables,
        locator,
        units: Vec::new(),
        options,
        mode,
        filename,
        warnings: Vec::new(),
        futures,
    };
    c.push_unit(0, ScopeKind::Module, "<module>", "<module>", 1);
    match parsed {
        Parsed::Module(body) => {
            if mode == Mode::Exec {
                if let Some(doc) = docstring(body) {
                    if options.optimize < 2 {
                        c.set_loc(body[0].range());
                        c.emit_const(Constant::Str(doc));
                        let idx = c.name_index("__doc__");
                        c.emit(Instruction::StoreName(idx));
                    }
                }
            }
            if c.tables.tables[0].has_annotations {
                c.emit(Instruction::SetupAnnotations);
            }
            let skip_doc = mode == Mode::Exec && docstring(body).is_some();
            let stmts = if skip_doc { &body[1..] } else { &body[..] };
            c.stmts(stmts)?;
            c.emit_const(Constant::None);
            c.emit(Instruction::ReturnValue);
        }
        Parsed::Expression(e) => {
            c.set_loc(e.range());
            c.expr(e)?;
            c.emit(Instruction::ReturnValue);
        }
    }
    let unit = c.units.pop().expect("module unit");
    Ok((unit.finish(&c.filename), c.warnings))
}

fn locator_filename(l: &Locator) -> String {
    l.syntax_error(String::new(), TextSize::default()).filename
}

/// The docstring of a body: its first statement when that is a string literal.
pub fn docstring(body: &[ast::Stmt]) -> Option<String> {
    if let Some(ast::Stmt::Expr(e)) = body.first() {
        if let ast::Expr::Constant(c) = &*e.value {
            if let ast::Constant::Str(s) = &c.value {
                return Some(s.clone());
            }
        }
    }
    None
}

use rustpython_parser::ast::Ranged;

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn push_unit(
        &mut self,
        scope: usize,
        kind: ScopeKind,
        name: &str,
        qualname: &str,
        firstlineno: u32,
    ) {
        let table = &self.tables.tables[scope];
        let mut varnames = table.varnames();
        let comp_vars = inlined_comp_vars(&self.tables, scope, &mut varnames);
        let cellvars = table.cellvars();
        let freevars = table.freevars();
        let mut flags_ = 0;
        if table.is_function_like() {
            flags_ |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        flags_ |= match (table.is_coroutine, table.is_generator) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::COROUTINE,
            (false, true) => flags::GENERATOR,
            (false, false) => 0,
        };
        if freevars.is_empty() && cellvars.is_empty() {
            flags_ |= flags::NOFREE;
        }
        let loc = Loc {
            line: firstlineno,
            pos: None,
        };
        self.units.push(Unit {
            scope,
            kind,
            instructions: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            handler_of: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            labels: Vec::new(),
            constants: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            fblock_handlers: Vec::new(),
            loc,
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: flags_,
            docstring: None,
            comp_vars,
            inlined: Vec::new(),
        });
    }

    /// Qualified name of a new scope named `name` inside the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emit what follows with the position of `range` (a node's).
    fn set_loc(&mut self, range: TextRange) {
        let pos = self.locator.position(range);
        self.unit().loc = Loc {
            line: pos.line,
            pos: Some(pos),
        };
    }

    /// The current location, to restore after a nested node.
    fn loc(&self) -> Loc {
        self.unit_ref().loc
    }

    fn restore_loc(&mut self, loc: Loc) {
        self.unit().loc = loc;
    }

    /// CPython's `update_start_location_to_match_attr`: when the attribute's
    /// name is on a later line than where `range` starts (`obj\n.name`), the
    /// location starts at the name, on its line, so a traceback shows that
    /// line. Like CPython, the name's length is counted in characters.
    fn attr_loc(&self, range: TextRange, attr: &ast::ExprAttribute) -> Loc {
        let mut pos = self.locator.position(range);
        let attr_pos = self.locator.position(attr.range);
        if pos.line == attr_pos.end_line {
            return Loc {
                line: pos.line,
                pos: Some(pos),
            };
        }
        pos.line = attr_pos.end_line;
        let len = attr.attr.as_str().chars().count() as u32;
        let Some(col) = attr_pos.end_col.checked_sub(len) else {
            // A name longer than its line: CPython drops the columns.
            return Loc {
                line: pos.line,
                pos: None,
            };
        };
        pos.col = col;
        pos.end_line = pos.end_line.max(pos.line);
        if pos.line == pos.end_line {
            pos.end_col = pos.end_col.max(pos.col);
        }
        Loc {
            line: pos.line,
            pos: Some(pos),
        }
    }

    fn line_of(&self, at: TextSize) -> u32 {
        self.locator.line(at)
    }

    fn error(&self, msg: impl Into<String>, at: impl Span) -> CompileError {
        self.locator.syntax_error(msg.into(), at)
    }

    fn emit(&mut self, ins: Instruction) {
        let u = self.unit();
        u.instructions.push(ins);
        u.lines.push(u.loc.line);
        u.positions.push(u.loc.pos);
        let h = u.handler_stack.last().copied();
        u.handler_of.push(h);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.instructions.len() as u32);
    }

    fn emit_jump(&mut self, make: fn(u32) -> Instruction, l: Label) {
        self.emit(make(l.0));
    }

    fn emit_const(&mut self, c: Constant) {
        let i = self.const_index(c);
        self.emit(Instruction::LoadConst(i));
    }

    fn const_index(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        // Only simple constants are shared; floats compare by bits so that
        // 0.0 and -0.0 stay distinct.
        let same = |a: &Constant, b: &Constant| match (a, b) {
            (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
            (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
            (Constant::Int(_), Constant::Bool(_)) | (Constant::Bool(_), Constant::Int(_)) => false,
            _ => a == b && std::mem::discriminant(a) == std::mem::discriminant(b),
        };
        if let Some(i) = u.constants.iter().position(|x| same(x, &c)) {
            return i as u32;
        }
        u.constants.push(c);
        u.constants.len() as u32 - 1
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|n| n == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        u.names.len() as u32 - 1
    }

    /// Start protecting the following instructions with a handler at `label`.
    /// Await the value on top of the stack: `GET_AWAITABLE kind`,
    /// `LOAD_CONST None`, then `YieldFrom` until it returns (CPython's
    /// `SEND` loop); `kind` as `GetAwaitable`'s.
    fn emit_await(&mut self, kind: u8) {
        self.emit(Instruction::GetAwaitable(kind));
        self.emit_const(pyprobe_bytecode::Constant::None);
        self.emit(Instruction::YieldFrom);
    }

    fn push_handler(&mut self, label: Label, push_lasti: bool) {
        let u = self.unit();
        let setup_at = u.instructions.len() as u32;
        u.handlers.push(Handler {
            label,
            push_lasti,
            setup_at,
        });
        let id = (u.handlers.len() - 1) as u16;
        u.handler_stack.push(id);
    }

    fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    /// Emit a `Nop` so a handler set up just before has an instruction at
    /// its setup point (for depth analysis) even if the body is empty.
    fn emit_nop(&mut self) {
        self.emit(Instruction::Nop);
    }

    fn scope_kind(&self) -> ScopeKind {
        self.unit_ref().kind
    }

    /// The fast slot of `name` when it is a variable of an inlined
    /// comprehension being compiled; the global scope when such a
    /// comprehension reads it as a global. None when it resolves in the
    /// unit's own scope (the comprehensions read it from the function).
    fn resolve_inlined(&self, name: &str) -> Option<Result<u32, Scope>> {
        let u = self.unit_ref();
        for &comp in u.inlined.iter().rev() {
            match self.tables.tables[comp].lookup(name).map(|s| s.scope) {
                Some(Scope::Local) => {
                    let var = u.comp_vars.get(&comp).and_then(|vars| {
                        let table = &self.tables.tables[comp];
                        comp_locals(table)
                            .position(|n| n == name)
                            .and_then(|i| vars.get(i))
                    })?;
                    return Some(Ok(var.slot));
                }
                Some(scope @ (Scope::GlobalExplicit | Scope::GlobalImplicit)) => {
                    return Some(Err(scope))
                }
                _ => {}
            }
        }
        None
    }

    /// How a name resolves in the current unit.
    fn resolve(&self, name: &str) -> Scope {
        let u = self.unit_ref();
        let table = &self.tables.tables[u.scope];
        match table.lookup(name) {
            Some(s) => s.scope,
            None => {
                if name == "__class__" && u.freevars.iter().any(|n| n == name) {
                    Scope::Free
                } else {
                    Scope::GlobalImplicit
                }
            }
        }
    }

    /// Slot of a cell or free variable: cells, then free vars, after varnames.
    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        let base = u.varnames.len();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some((base + i) as u32);
        }
        if let Some(i) = u.freevars.iter().position(|n| n == name) {
            return Some((base + u.cellvars.len() + i) as u32);
        }
        None
    }

    fn varname_index(&self, name: &str) -> Option<u32> {
        self.unit_ref()
            .varnames
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    /// `name` as the current scope's class sees it (private names
    /// mangled, see `symtable::mangle`).
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let private = self.tables.tables[self.unit_ref().scope].private.as_deref();
        crate::symtable::mangle(private, name)
    }

    /// The name-table index of attribute `attr` (mangled when private).
    fn attr_index(&mut self, attr: &str) -> u32 {
        let name = self.mangle(attr).into_owned();
        self.name_index(&name)
    }

    /// Emit a load, store or delete of a plain name.
    fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult {
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let scope = match self.resolve_inlined(name) {
            Some(Ok(slot)) => {
                self.emit(match ctx {
                    NameCtx::Load => Instruction::LoadFast(slot),
                    NameCtx::Store => Instruction::StoreFast(slot),
                    NameCtx::Del => Instruction::DeleteFast(slot),
                });
                return Ok(());
            }
            Some(Err(scope)) => scope,
            None => self.resolve(name),
        };
        let kind = self.scope_kind();
        let function_like = matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        let ins = match scope {
            Scope::Local if function_like => {
                let Some(i) = self.varname_index(name) else {
                    let idx = self.name_index(name);
                    return self.plain_name_op(idx, ctx);
                };
                match ctx {
                    NameCtx::Load => Instruction::LoadFast(i),
                    NameCtx::Store => Instruction::StoreFast(i),
                    NameCtx::Del => Instruction::DeleteFast(i),
                }
            }
            Scope::Cell | Scope::Free => {
                let i = match self.deref_index(name) {
                    Some(i) => i,
                    None => {
                        let idx = self.name_index(name);
                        return self.plain_name_op(idx, ctx);
                    }
                };
                match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Instruction::LoadClassDeref(i),
                    NameCtx::Load => Instruction::LoadDeref(i),
                    NameCtx::Store => Instruction::StoreDeref(i),
                    NameCtx::Del => Instruction::DeleteDeref(i),
                }
            }
            Scope::GlobalExplicit => {
                let idx = self.name_index(name);
                match ctx {
                    NameCtx::Load => Instruction::LoadGlobal(idx),
                    NameCtx::Store => Instruction::StoreGlobal(idx),
                    NameCtx::Del => Instruction::DeleteGlobal(idx),
                }
            }
            Scope::GlobalImplicit if function_like => {
                let idx = self.name_index(name);
                match ctx {
                    NameCtx::Load => Instruction::LoadGlobal(idx),
                    NameCtx::Store => Instruction::StoreGlobal(idx),
                    NameCtx::Del => Instruction::DeleteGlobal(idx),
                }
            }
            _ => {
                let idx = self.name_index(name);
                return self.plain_name_op(idx, ctx);
            }
        };
        self.emit(ins);
        Ok(())
    }

    fn plain_name_op(&mut self, idx: u32, ctx: NameCtx) -> CResult {
        self.emit(match ctx {
            NameCtx::Load => Instruction::LoadName(idx),
            NameCtx::Store => Instruction::StoreName(idx),
            NameCtx::Del => Instruction::DeleteName(idx),
        });
        Ok(())
    }

    /// Push the closure cells a new code object for `scope` needs and
    /// return whether there were any (then a tuple is on the stack).
    fn load_closure(&mut self, scope: usize) -> bool {
        let free = self.tables.tables[scope].freevars();
        if free.is_empty() {
            return false;
        }
        for name in &free {
            // A class-body cell for `__class__` or a local captured from the
            // enclosing function.
            let idx = self.deref_index(name).unwrap_or(0);
            self.emit(Instruction::LoadClosure(idx));
        }
        self.emit(Instruction::BuildTuple(free.len() as u32));
        true
    }

    /// Finish the current unit and return its code object.
    fn pop_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("unit to pop");
        unit.finish(&self.filename)
    }
}

/// The variables of an inlined comprehension that get slots: its locals
/// but the iterator parameter `.0`, which stays on the stack.
fn comp_locals(table: &symtable::SymbolTable) -> impl Iterator<Item = &str> {
    table
        .symbols
        .iter()
        .filter(|s| s.scope == Scope::Local && s.name != ".0")
        .map(|s| s.name.as_str())
}

/// The slots of the comprehensions inlined into the unit of `scope`, at any
/// depth (an inlined one's inlined ones), with `varnames` extended by the
/// new ones. One slot per name: a variable of the function is shared (and
/// saved around the comprehension, CPython's `LOAD_FAST_AND_CLEAR`); a name
/// only comprehensions bind gets a slot of its own, saved only where an
/// enclosing inlined comprehension binds it too. After the parameters, the
/// names are in the order the walk met them, as CPython numbers them.
fn inlined_comp_vars(
    tables: &SymbolTables,
    scope: usize,
    varnames: &mut Vec<String>,
) -> HashMap<usize, Vec<CompVar>> {
    /// The inlined comprehensions under `scope` in walk order, each with
    /// whether an enclosing inlined one binds each of its variables.
    fn walk<'t>(
        tables: &'t SymbolTables,
        scope: usize,
        enclosing: &mut Vec<&'t str>,
        out: &mut Vec<(usize, Vec<(&'t str, bool)>)>,
    ) {
        for &c in &tables.tables[scope].children {
            let table = &tables.tables[c];
            if !table.inlined {
                continue;
            }
            let vars: Vec<(&str, bool)> = comp_locals(table)
                .map(|n| (n, enclosing.contains(&n)))
                .collect();
            let depth = enclosing.len();
            enclosing.extend(vars.iter().map(|v| v.0));
            out.push((c, vars));
            walk(tables, c, enclosing, out);
            enclosing.truncate(depth);
        }
    }
    let table = &tables.tables[scope];
    let mut comps = Vec::new();
    if table.is_function_like() {
        walk(tables, scope, &mut Vec::new(), &mut comps);
    }
    if comps.is_empty() {
        return HashMap::new();
    }
    // Each name after the parameters with the first time the walk met it,
    // in the function or in one of its inlined comprehensions.
    let nparams = table.params.len().min(varnames.len());
    let seq_in = |t: usize, name: &str| tables.tables[t].lookup(name).map_or(u32::MAX, |s| s.seq);
    let mut named: Vec<(u32, String)> = varnames[nparams..]
        .iter()
        .map(|n| (seq_in(scope, n), n.clone()))
        .collect();
    for (c, vars) in &comps {
        for &(name, _) in vars {
            let seq = seq_in(*c, name);
            if varnames[..nparams].iter().any(|n| n == name) {
                continue;
            }
            match named.iter_mut().find(|(_, n)| n == name) {
                Some(entry) => entry.0 = entry.0.min(seq),
                None => named.push((seq, name.to_string())),
            }
        }
    }
    let own: Vec<String> = varnames.clone();
    named.sort_by_key(|(seq, _)| *seq);
    varnames.truncate(nparams);
    varnames.extend(named.into_iter().map(|(_, n)| n));
    let slot_of = |name: &str| varnames.iter().position(|n| n == name).unwrap_or(0) as u32;
    comps
        .into_iter()
        .map(|(c, vars)| {
            let vars = vars
                .into_iter()
                .map(|(name, enclosed)| CompVar {
                    slot: slot_of(name),
                    saved: enclosed || own.iter().any(|n| n == name),
                })
                .collect();
            (c, vars)
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

impl Unit<'_> {
    /// Remove each `Nop` (a `pass`, a bare constant, an empty handler's
    /// body) whose line the next instruction also has: that instruction
    /// reports the line, so the `Nop` would only cost a dispatch
    /// (CPython's `remove_redundant_nops`). A handler's setup point stays,
    /// its depth is measured there. Labels and setup points move with the
    /// instructions; one that named a removed `Nop` names what followed it.
    fn drop_redundant_nops(&mut self) {
        let n = self.instructions.len();
        let setups: Vec<u32> = self.handlers.iter().map(|h| h.setup_at).collect();
        let redundant = |i: usize| {
            self.instructions[i] == Instruction::Nop
                && i + 1 < n
                && self.lines[i + 1] == self.lines[i]
                && !setups.contains(&(i as u32))
        };
        let drop: Vec<bool> = (0..n).map(redundant).collect();
        if !drop.contains(&true) {
            return;
        }
        // new_index[i]: where old instruction i (or, if removed, the next
        // kept one) ends up; new_index[n] is the new length.
        let mut new_index = Vec::with_capacity(n + 1);
        let mut kept = 0u32;
        for &d in &drop {
            new_index.push(kept);
            kept += u32::from(!d);
        }
        new_index.push(kept);
        for l in self.labels.iter_mut().flatten() {
            *l = new_index[*l as usize];
        }
        for h in &mut self.handlers {
            h.setup_at = new_index[h.setup_at as usize];
        }
        remove_marked(&mut self.instructions, &drop);
        remove_marked(&mut self.lines, &drop);
        remove_marked(&mut self.positions, &drop);
        remove_marked(&mut self.handler_of, &drop);
    }

    /// Resolve labels, build the exception table and compute stack depths.
    fn finish(mut self, filename: &str) -> CodeObject {
        self.drop_redundant_nops();
        let labels = self.labels.clone();
        let resolve = |l: u32| labels.get(l as usize).copied().flatten().unwrap_or(0);
        for ins in self.instructions.iter_mut() {
            if let Some(t) = ins.jump_target() {
                ins.set_jump_target(resolve(t));
            }
        }
        if self.instructions.is_empty() {
            self.instructions.push(Instruction::Nop);
            self.lines.push(self.loc.line);
            self.positions.push(self.loc.pos);
            self.handler_of.push(None);
        }
        let handler_targets: Vec<u32> = self.handlers.iter().map(|h| resolve(h.label.0)).collect();
        // Depths come from the unfused code: a fused instruction does what
        // its run of plain ones does, and a jump may enter the run after its
        // first instruction, which then runs unfused.
        let (depths, max_depth) = stack_depths(
            &self.instructions,
            &self.handler_of,
            &self.handlers,
            &handler_targets,
        );
        fuse_superinstructions(&mut self.instructions, &self.lines, &self.handler_of);
        let mut table: Vec<ExceptionTableEntry> = Vec::new();
        for (i, h) in self.handler_of.iter().enumerate() {
            let Some(h) = *h else { continue };
            let handler = self.handlers[h as usize];
            let depth = depths
                .get(handler.setup_at as usize)
                .copied()
                .flatten()
                .unwrap_or(0);
            let target = handler_targets[h as usize];
            if let Some(last) = table.last_mut() {
                if last.end == i as u32 && last.handler == target && last.depth == depth as u32 {
                    last.end += 1;
                    continue;
                }
            }
            table.push(ExceptionTableEntry {
                start: i as u32,
                end: i as u32 + 1,
                handler: target,
                depth: depth as u32,
                push_lasti: handler.push_lasti,
            });
        }
        let probe = ProbeStrings::new(filename, &self.name);
        CodeObject {
            instructions: self.instructions,
            positions: PositionTable::new(&self.positions),
            lines: self.lines,
            exception_table: table,
            constants: self.constants,
            names: self.names,
            cell2arg: self
                .cellvars
                .iter()
                .map(|c| {
                    self.varnames
                        .iter()
                        .take(arg_slots(self.argcount, self.kwonlyargcount, self.flags))
                        .position(|v| v == c)
                        .map(|i| i as u32)
                })
                .collect(),
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            name: self.name,
            qualname: self.qualname,
            filename: filename.to_string(),
            firstlineno: self.firstlineno,
            max_stackdepth: max_depth as u32,
            docstring: self.docstring,
            probe,
        }
    }
}

/// Peephole: runs of instructions on one line and under one handler become
/// one fused instruction: `LoadFast` + `LoadFast`/`LoadConst` + `BinaryOp`/
/// `CompareOp` (a local and a constant or two locals operated on, the
/// commonest operands), `LoadConst` + `BinaryOp`/`CompareOp`/`IsOp`, `LoadFast` + `LoadConst` + `IsOp`, else the pair of
/// loads alone, `LoadFast` + `LoadAttr`/`LoadMethod` (`self.x`, `self.m()`),
/// `LoadGlobal` + `PushNull` (a call of a global), `StoreFast` +
/// `StoreFast` and `LoadConst` + `ReturnValue`; also a `for` loop's `ForIter`
/// and the `StoreFast` it jumps back to (`for x in ...:`), not adjacent.
/// The rest of the run stays where it is
/// (the fused instruction skips it), so no index, jump or table entry moves,
/// and a jump into the run executes its plain instructions.
/// Remove the items of `v` whose place `marked` sets.
fn remove_marked<T>(v: &mut Vec<T>, marked: &[bool]) {
    let mut marks = marked.iter();
    v.retain(|_| !marks.next().copied().unwrap_or(false));
}

fn fuse_superinstructions(code: &mut [Instruction], lines: &[u32], handler_of: &[Option<u16>]) {
    use Instruction::*;
    let len = code.len();
    let same = |i: usize, n: usize| {
        i + n <= len
            && (i + 1..i + n).all(|k| lines[k] == lines[i] && handler_of[k] == handler_of[i])
    };
    let small = |a: u32| u16::try_from(a).ok();
    // A `for` loop's test and the `StoreFast` of its variable at the top
    // of the body it jumps back to (first: that `StoreFast` stays plain,
    // for the test's general path).
    for i in 0..len {
        if let ForIter(t) = code[i] {
            let t = t as usize;
            if let Some(&StoreFast(a)) = code.get(t) {
                if lines[t] == lines[i] && handler_of[t] == handler_of[i] {
                    if let Some(a) = small(a) {
                        code[i] = ForIterStoreFast(a, t as u32);
                    }
                }
            }
        }
    }
    let run3 = |code: &[Instruction], i: usize| -> Option<Instruction> {
        if !same(i, 3) {
            return None;
        }
        match (code[i], code[i + 1], code[i + 2]) {
            (LoadFast(a), LoadConst(b), BinaryOp(op)) => small(a)
                .zip(small(b))
                .map(|(a, b)| BinaryOpFastConst(a, b, op)),
            (LoadFast(a), LoadFast(b), BinaryOp(op)) => small(a)
                .zip(small(b))
                .map(|(a, b)| BinaryOpFastFast(a, b, op)),
            (LoadFast(a), LoadConst(b), CompareOp(op)) => small(a)
                .zip(small(b))
                .map(|(a, b)| CompareFastConst(a, b, op)),
            (LoadFast(a), LoadFast(b), CompareOp(op)) => small(a)
                .zip(small(b))
                .map(|(a, b)| CompareFastFast(a, b, op)),
            (LoadFast(a), LoadConst(b), IsOp(invert)) => small(a)
                .zip(small(b))
                .map(|(a, b)| IsFastConst(a, b, invert)),
            (LoadFast(a), LoadFast(b), BinarySubscr) => small(a)
                .zip(small(b))
                .map(|(a, b)| BinarySubscrFastFast(a, b)),
            (LoadFast(a), LoadFast(b), StoreSubscr) => small(a)
                .zip(small(b))
                .map(|(a, b)| StoreSubscrFastFast(a, b)),
            (Copy(2), Copy(2), BinarySubscr) => Some(CopySubscr),
            (Swap(3), Swap(2), StoreSubscr) => Some(SwapStoreSubscr),
            (UnpackSequence(2), StoreFast(a), StoreFast(b)) => {
                small(a).zip(small(b)).map(|(a, b)| UnpackStoreFast(a, b))
            }
            _ => None,
        }
    };
    let run2 = |code: &[Instruction], i: usize| -> Option<Instruction> {
        if !same(i, 2) {
            return None;
        }
        match (code[i], code[i + 1]) {
            (LoadFast(a), LoadFast(b)) => {
                small(a).zip(small(b)).map(|(a, b)| LoadFastLoadFast(a, b))
            }
            (LoadFast(a), LoadConst(b)) => {
                small(a).zip(small(b)).map(|(a, b)| LoadFastLoadConst(a, b))
            }
            (LoadGlobal(a), PushNull) => Some(LoadGlobalNull(a)),
            (LoadFast(a), LoadAttr(i)) => small(a).map(|a| LoadFastAttr(a, i)),
            (LoadFast(a), LoadMethod(i)) => small(a).map(|a| LoadFastMethod(a, i)),
            (StoreFast(a), StoreFast(b)) => small(a)
                .zip(small(b))
                .map(|(a, b)| StoreFastStoreFast(a, b)),
            (LoadConst(i), ReturnValue) => Some(ReturnConst(i)),
            (LoadFast(i), ReturnValue) => Some(ReturnFast(i)),
            (LoadFast(a), Call(n)) => small(a).zip(small(n)).map(|(a, n)| CallFast(a, n)),
            (LoadConst(c), BinaryOp(op)) => small(c).map(|c| BinaryOpConst(c, op)),
            (LoadConst(c), CompareOp(op)) => small(c).map(|c| CompareConst(c, op)),
            (LoadConst(c), IsOp(invert)) => small(c).map(|c| IsConst(c, invert)),
            (LoadFast(a), PushNull) => small(a).map(LoadFastNull),
            (LoadFast(a), StoreAttr(i)) => small(a).map(|a| StoreAttrFast(a, i)),
            _ => None,
        }
    };
    let mut i = 0;
    while i + 1 < code.len() {
        if let Some(f) = run3(code, i) {
            code[i] = f;
            i += 3;
            continue;
        }
        // A pair whose second instruction starts a run of three stays
        // plain: the run saves two dispatches, the pair one (`t`, then
        // `perm[j] = ` in `perm[j] = t`).
        if let Some(f) = run2(code, i) {
            if run3(code, i + 1).is_none() {
                code[i] = f;
                i += 2;
                continue;
            }
        }
        i += 1;
    }
}

fn arg_slots(argcount: u32, kwonly: u32, flags_: u32) -> usize {
    let mut n = (argcount + kwonly) as usize;
    if flags_ & flags::VARARGS != 0 {
        n += 1;
    }
    if flags_ & flags::VARKEYWORDS != 0 {
        n += 1;
    }
    n
}

/// Stack effect of an instruction: (effect when falling through, effect
/// when jumping).
fn stack_effect(ins: &Instruction) -> (i32, i32) {
    use Instruction::*;
    let e = match *ins {
        Nop | TraceLine => 0,
        PopTop => -1,
        Copy(_) => 1,
        Swap(_) => 0,
        PushNull => 1,
        // Fused after the depths are computed (see `finish`): the net
        // effect of the fused run, for completeness.
        LoadFastLoadFast(..) | LoadFastLoadConst(..) => return (2, 2),
        BinaryOpFastConst(..)
        | BinaryOpFastFast(..)
        | CompareFastConst(..)
        | CompareFastFast(..)
        | IsFastConst(..)
        | LoadFastAttr(..) => 1,
        LoadFastMethod(..) => 2,
        StoreFastStoreFast(..) => -2,
        CopySubscr => 1,
        SwapStoreSubscr => -3,
        UnpackStoreFast(..) => -1,
        StoreAttrFast(..) => -1,
        ReturnFast(_) => 0,
        BinaryOpConst(..) | CompareConst(..) | IsConst(..) => 0,
        BinarySubscrFastFast(..) => 1,
        StoreSubscrFastFast(..) => -1,
        LoadFastNull(_) => 2,
        CallFast(_, n) => -(n as i32),
        ForIterStoreFast(..) => return (-1, 0),
        ReturnConst(_) => 0,
        LoadGlobalNull(_) => 2,
        LoadConst(_) | LoadFast(_) | LoadName(_) | LoadGlobal(_) | LoadDeref(_)
        | LoadClassDeref(_) | LoadClosure(_) | LoadBuildClass | LoadAssertionError => 1,
        StoreFast(_) | StoreName(_) | StoreGlobal(_) | StoreDeref(_) => -1,
        DeleteFast(_) | DeleteName(_) | DeleteGlobal(_) | DeleteDeref(_) | ClearFast(_) => 0,
        LoadFastAndClear(_) => 1,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        LoadSuperAttr(..) => -2,
        LoadSuperMethod(..) => -1,
        CallSuper => -2,
        BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        UnaryOp(_) => 0,
        BinarySubscr => -1,
        StoreSubscr => -3,
        BinarySlice => -2,
        StoreSlice => -4,
        DeleteSubscr => -2,
        BuildSlice(n) => 1 - n as i32,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        BuildConstKeyMap(n) => -(n as i32),
        ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => {
            -1
        }
        MapAdd(_) => -2,
        ListToTuple => 0,
        FormatValue { has_spec, .. } => {
            if has_spec {
                -1
            } else {
                0
            }
        }
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx { before, after } => before as i32 + after as i32,
        Jump(_) => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => return (-1, 0),
        GetIter => 0,
        ForIter(_) => return (-1, 1),
        Call(n) => -(n as i32) - 1,
        CallKw(n) => -(n as i32) - 2,
        CallComprehension { closure, .. } => -(closure as i32),
        CallEx { has_kwargs } => {
            if has_kwargs {
                -3
            } else {
                -2
            }
        }
        MakeFunction(f) => -((f & 1 != 0) as i32) - ((f & 2 != 0) as i32) - ((f & 8 != 0) as i32),
        ReturnValue => -1,
        YieldValue => 0,
        GetYieldFromIter => 0,
        YieldFrom => -1,
        GetAwaitable(_) | GetAIter | AsyncGenWrap => 0,
        BeforeAsyncWith | GetANext => 1,
        EndAsyncFor => -2,
        Raise(n) => -(n as i32),
        Reraise(_) => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        CheckExcMatch => 0,
        BeforeWith => 1,
        WithExceptStart => 1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
        SetupAnnotations => 0,
        PrintExpr => -1,
        GetLen => 1,
        MatchMapping | MatchSequence => 1,
        MatchKeys => 1,
        MatchClass(_) => -2,
        CopyDictWithoutKeys => -1,
        CheckEgMatch => 0,
        PrepReraiseStar => -1,
    };
    (e, e)
}

/// Depth of the value stack before each instruction (None if unreachable)
/// and the maximum depth, by a worklist over the control-flow graph.
fn stack_depths(
    code: &[Instruction],
    handler_of: &[Option<u16>],
    handlers: &[Handler],
    handler_targets: &[u32],
) -> (Vec<Option<i32>>, i32) {
    let mut depth: Vec<Option<i32>> = vec![None; code.len()];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0;
    while let Some((start, d)) = work.pop() {
        let mut i = start;
        let mut d = d;
        loop {
            if i >= code.len() {
                break;
            }
            if depth[i].is_some() {
                break;
            }
            depth[i] = Some(d);
            max = max.max(d);
            if let Some(h) = handler_of[i] {
                let handler = handlers[h as usize];
                let base = depth
                    .get(handler.setup_at as usize)
                    .copied()
                    .flatten()
                    .unwrap_or(d);
                let hd = base + handler.push_lasti as i32 + 1;
                work.push((handler_targets[h as usize] as usize, hd));
            }
            let ins = code[i];
            let (fall, jump) = stack_effect(&ins);
            if let Some(t) = ins.jump_target() {
                work.push((t as usize, d + jump));
            }
            d += fall;
            max = max.max(d);
            match ins {
                Instruction::Jump(_)
                | Instruction::ReturnValue
                | Instruction::Raise(_)
                | Instruction::Reraise(_) => break,
                _ => {}
            }
            i += 1;
        }
    }
    (depth, max + 2)
}
