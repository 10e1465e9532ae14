//! The D program as parsed: clauses (probe descriptions, predicate,
//! statements), declarations and options. Every node carries the source
//! line so that a construct that cannot be translated is reported where it
//! is written.
//!
//! Counterpart in DTrace: the parse tree of `libdtrace/dt_grammar.y`
//! (`dt_node_t`), reduced to what USDT scripts use. The parser accepts
//! more than the translator supports (member access, pointer dereference,
//! `sizeof`, ...), so that each unsupported construct is named in an error
//! instead of being a syntax error.

/// A D program: the clauses in order, declarations, `#pragma D option`s.
#[derive(Debug, Clone, Default)]
pub struct Program {
    pub clauses: Vec<Clause>,
    pub decls: Vec<Decl>,
    /// `inline TYPE NAME = EXPR;` definitions.
    pub inlines: Vec<(String, Expr)>,
}

/// `probe-description[, ...] [/predicate/] { statements }`.
#[derive(Debug, Clone)]
pub struct Clause {
    pub probes: Vec<ProbeSpec>,
    pub predicate: Option<Expr>,
    pub body: Vec<Stmt>,
    pub line: u32,
    /// Which source (`-s` file or `-n` description) it comes from.
    pub source: usize,
}

/// One probe description as written (`python$target:::function-entry`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeSpec {
    pub text: String,
    pub line: u32,
}

/// The scope of a declared variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Global,
    /// `self`: one value per thread.
    Thread,
    /// `this`: one value per probe firing.
    Clause,
}

/// The two kinds of values a USDT script computes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Int,
    Str,
}

/// `[self|this] TYPE NAME [ '[' key types ']' ];`
#[derive(Debug, Clone)]
pub struct Decl {
    pub scope: Scope,
    pub ty: Ty,
    pub name: String,
    /// Key count of an associative array.
    pub keys: Option<usize>,
    pub line: u32,
}

#[derive(Debug, Clone)]
pub enum Stmt {
    Expr(Expr),
    /// `if (cond) { ... } else { ... }` (illumos D).
    If(Expr, Vec<Stmt>, Vec<Stmt>),
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(i64),
    Str(String),
    /// A built-in variable (`timestamp`, `arg0`), a global variable, or a
    /// function name when called.
    Ident(String),
    /// `self->name`
    SelfVar(String),
    /// `this->name`
    ThisVar(String),
    /// `$target`, `$pid`, `$1`, `$$1` (the text after the first `$`).
    Macro(String),
    /// `@name` (`@` alone is the anonymous aggregation, name "").
    Agg(String),
    Call(String, Vec<Expr>),
    /// `base[keys]`: associative arrays, `args[n]`, aggregation keys.
    Index(Box<Expr>, Vec<Expr>),
    Unary(&'static str, Box<Expr>),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    /// `=`, `+=`, ... with the target first.
    Assign(&'static str, Box<Expr>, Box<Expr>),
    Ternary(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `++`/`--`, prefix or postfix.
    IncDec {
        op: &'static str,
        prefix: bool,
        target: Box<Expr>,
    },
    /// `(type) expr`
    Cast(String, Box<Expr>),
    /// `expr.name` or `expr->name` (other than `self->`/`this->`).
    Member(Box<Expr>, String),
    /// `sizeof(...)`, `offsetof(...)`, `xlate<...>(...)`: parsed to be refused.
    Unsupported(String),
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32) -> Expr {
        Expr { kind, line }
    }
}
