//! Python source to pyprobe bytecode.
//!
//! CPython counterparts: `Python/compile.c`, `Python/symtable.c`,
//! `Python/flowgraph.c` (stack depth, exception table), `Python/assemble.c`.
//!
//! Invariants: this crate never creates runtime objects — its output is a
//! [`CodeObject`] of plain data. Only this crate knows the parser's AST;
//! the parser is reached through [`parse`] alone, so it can be swapped.
//! Compile errors are values ([`CompileError`]), never panics.

mod codegen;
mod error;
mod location;
mod parse;
mod symtable;

pub use error::{CompileError, ErrorKind};
pub use pyprobe_bytecode::CodeObject;

/// What the source is: a module, one expression (`eval`), or one
/// interactive statement (whose expression values are echoed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compile options: `optimize` as CPython's `-O` level (1 drops asserts,
/// 2 also docstrings).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub optimize: u8,
}

/// Compile `source` from `filename` into a code object.
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    options: Options,
) -> Result<CodeObject, CompileError> {
    let locator = location::Locator::new(source, filename);
    let module = parse::parse(source, filename, mode, &locator)?;
    codegen::compile_module(&module, mode, options, &locator)
}
