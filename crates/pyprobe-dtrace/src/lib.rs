//! `pyprobe-dtrace`: DTrace's command line on Linux for USDT probes.
//!
//! A D script (`-s`, `-n`) is preprocessed (`cpp`), parsed (`parse`,
//! `ast`), its probe descriptions are matched against the SDT notes of the
//! traced binary (`elf`, `probes`), and it is translated into one bpftrace
//! program (`translate`) plus a table of the records that program emits.
//! `run` starts bpftrace and `consume` turns its raw records into DTrace's
//! output (`format`: printf, printa, quantize). `list` is `-l`.
//!
//! The crate stands alone: it reads ELF files and D, never the vm.

pub mod ast;
pub mod cli;
pub mod consume;
pub mod cpp;
pub mod elf;
pub mod format;
pub mod list;
pub mod parse;
pub mod probes;
pub mod run;
pub mod translate;

use std::fmt;

/// An error in a D program: its line and what is wrong. The caller adds
/// the script's name (`failed to compile script x.d: line 3: ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub line: u32,
    pub msg: String,
    /// Which of the program's sources (`-s` files, `-n` descriptions).
    pub source: usize,
}

impl CompileError {
    pub fn new(line: u32, msg: &str) -> CompileError {
        CompileError {
            line,
            msg: msg.to_string(),
            source: 0,
        }
    }

    /// The same error, in source `source`.
    pub fn in_source(mut self, source: usize) -> CompileError {
        self.source = source;
        self
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}
