//! Code objects and the instruction set of pyprobe.
//!
//! CPython counterparts: `Include/cpython/code.h` (the code object),
//! `Lib/opcode.py` (the opcodes), `Objects/exception_handling_notes.txt`
//! (the exception table), `Objects/lnotab_notes.txt` (the line table) and
//! `Objects/locations.md` (the position table).
//!
//! Invariants:
//! - This crate knows nothing of runtime objects: constants are plain data
//!   ([`Constant`]) that the vm turns into values once per code object.
//! - Every instruction has exactly one source line (`CodeObject::lines`
//!   has the same length as `CodeObject::instructions`); the position
//!   table adds its end line and columns ([`PositionTable`]).
//! - Jump targets are absolute instruction indices.
//! - Unwinding is driven by the exception table alone: there is no block
//!   stack at run time.

mod dis;
mod instruction;
mod position;

pub use dis::disassemble;
pub use instruction::{BinOp, CmpOp, Instruction, UnaryOp};
pub use position::{Position, PositionTable};

use num_bigint::BigInt;
use std::ffi::CString;
use std::rc::Rc;

/// Code flags, as CPython's `co_flags` bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    /// A generator function `types.coroutine` made awaitable.
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// A call of the code makes a generator, coroutine or asynchronous
    /// generator object instead of running it.
    pub const SUSPENDABLE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
    /// A list/set/dict comprehension: CPython 3.12 inlines these (PEP 709),
    /// so they fire no function probes and appear in tracebacks as the
    /// enclosing function.
    pub const INLINED_COMPREHENSION: u32 = 0x1000_0000;
}

/// A compile-time constant. The vm converts each to a runtime value once.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

/// One row of the exception table: instructions in `start..end` that raise
/// unwind the value stack to `depth`, push the offending instruction's
/// index first when `push_lasti`, push the exception, and jump to `handler`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Strings handed to the tracing probes, prepared once at compile time so a
/// firing probe builds nothing. `None` where the text cannot be a C string
/// (it contains a NUL), which the probes pass on as NULL, as CPython does.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeStrings {
    pub filename: Option<CString>,
    pub funcname: Option<CString>,
}

impl ProbeStrings {
    pub fn new(filename: &str, funcname: &str) -> ProbeStrings {
        ProbeStrings {
            filename: CString::new(filename).ok(),
            funcname: CString::new(funcname).ok(),
        }
    }
}

/// A compiled unit: module body, function, class body, lambda, comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    pub instructions: Vec<Instruction>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    /// End line and columns of each instruction, for tracebacks.
    pub positions: PositionTable,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub constants: Vec<Constant>,
    /// Attribute, global and (in module/class bodies) local names.
    pub names: Vec<String>,
    /// Fast locals: arguments first, then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes (stored in cells).
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes (cells passed in the closure).
    pub freevars: Vec<String>,
    /// For each cellvar, the argument index it is initialised from.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub max_stackdepth: u32,
    pub docstring: Option<String>,
    pub probe: ProbeStrings,
}

impl CodeObject {
    /// The source line of the instruction at `index` (the first line for an
    /// index past the end).
    pub fn line_at(&self, index: usize) -> u32 {
        self.lines.get(index).copied().unwrap_or(self.firstlineno)
    }

    /// The source position of the instruction at `index` (CPython's
    /// `co_positions()`), `None` when its columns are unknown.
    pub fn position_at(&self, index: usize) -> Option<Position> {
        let line = *self.lines.get(index)?;
        self.positions.get(index, line)
    }

    /// The handler covering instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        // Inner handlers are emitted after the entries covering them, but the
        // ranges never overlap once the table is built (each instruction maps
        // to its innermost handler), so the first match is the right one.
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// Number of fast-local slots: varnames, then cells, then free vars.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Total arguments including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(lines: Vec<u32>, table: Vec<ExceptionTableEntry>) -> CodeObject {
        CodeObject {
            instructions: vec![Instruction::Nop; lines.len()],
            positions: PositionTable::new(&vec![None; lines.len()]),
            lines,
            exception_table: table,
            constants: vec![],
            names: vec![],
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            cell2arg: vec![],
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            name: "f".into(),
            qualname: "f".into(),
            filename: "x.py".into(),
            firstlineno: 1,
            max_stackdepth: 0,
            docstring: None,
            probe: ProbeStrings::new("x.py", "f"),
        }
    }

    #[test]
    fn line_table_maps_each_instruction() {
        let c = code(vec![1, 1, 2, 5], vec![]);
        assert_eq!(c.line_at(0), 1);
        assert_eq!(c.line_at(2), 2);
        assert_eq!(c.line_at(3), 5);
        assert_eq!(c.line_at(99), 1);
    }

    #[test]
    fn position_starts_on_the_instruction_line() {
        let mut c = code(vec![1, 3], vec![]);
        let p = |line, end_line, col, end_col| Position {
            line,
            end_line,
            col,
            end_col,
        };
        c.positions = PositionTable::new(&[Some(p(1, 1, 0, 5)), Some(p(3, 4, 2, 1))]);
        assert_eq!(c.position_at(0), Some(p(1, 1, 0, 5)));
        assert_eq!(c.position_at(1), Some(p(3, 4, 2, 1)));
        assert_eq!(c.position_at(2), None);
    }

    #[test]
    fn exception_table_finds_covering_handler() {
        let e = ExceptionTableEntry {
            start: 1,
            end: 3,
            handler: 7,
            depth: 0,
            push_lasti: false,
        };
        let c = code(vec![1; 8], vec![e]);
        assert!(c.handler_for(0).is_none());
        assert_eq!(c.handler_for(1).map(|e| e.handler), Some(7));
        assert_eq!(c.handler_for(2).map(|e| e.handler), Some(7));
        assert!(c.handler_for(3).is_none());
    }

    #[test]
    fn probe_strings_reject_nul() {
        let p = ProbeStrings::new("a\0b", "f");
        assert!(p.filename.is_none());
        assert_eq!(
            p.funcname.as_deref().and_then(|s| s.to_str().ok()),
            Some("f")
        );
    }
}
