//! Source positions: byte offsets from the parser to CPython's 1-based line
//! and column numbers (characters for SyntaxError, UTF-8 bytes for the
//! position table), and the source line text for SyntaxError carets.

use crate::error::{CompileError, ErrorKind};
use pyprobe_bytecode::Position;
use rustpython_parser::ast::text_size::{TextRange, TextSize};

pub struct Locator {
    source: String,
    filename: String,
    /// Byte offset where each line starts.
    line_starts: Vec<u32>,
}

impl Locator {
    pub fn new(source: &str, filename: &str) -> Locator {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Locator {
            source: source.to_string(),
            filename: filename.to_string(),
            line_starts,
        }
    }

    /// The byte at an offset (for small syntax checks the AST cannot answer).
    pub fn byte_at(&self, at: TextSize) -> Option<u8> {
        self.source.as_bytes().get(at.to_u32() as usize).copied()
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, at: TextSize) -> u32 {
        let off = at.to_u32();
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based column (in characters) of a byte offset.
    pub fn column(&self, at: TextSize) -> u32 {
        let line = self.line(at) as usize;
        let start = self.line_starts[line - 1] as usize;
        let end = (at.to_u32() as usize).min(self.source.len());
        self.source
            .get(start..end)
            .map(|s| s.chars().count() as u32 + 1)
            .unwrap_or(1)
    }

    /// The position of a source range as CPython's `co_positions()` gives
    /// it: start and end lines, and 0-based byte columns within them.
    pub fn position(&self, range: TextRange) -> Position {
        let (line, col) = self.line_and_byte_column(range.start());
        let start = self.line_starts[line as usize - 1];
        let end = range.end().to_u32();
        // Most nodes end on the line they start on: no second search.
        let next = self.line_starts.get(line as usize).copied();
        let (end_line, end_col) = match next {
            Some(next) if end >= next => self.line_and_byte_column(range.end()),
            _ => (line, end.saturating_sub(start)),
        };
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    fn line_and_byte_column(&self, at: TextSize) -> (u32, u32) {
        let line = self.line(at);
        let start = self.line_starts[line as usize - 1];
        (line, at.to_u32().saturating_sub(start))
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let i = line.checked_sub(1)? as usize;
        let start = *self.line_starts.get(i)? as usize;
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(self.source.len());
        let text = self.source.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']).to_string())
    }

    pub fn syntax_error(&self, msg: String, at: impl Span) -> CompileError {
        self.error(ErrorKind::SyntaxError, msg, at)
    }

    /// An error about a point or a range of the source: the location is the
    /// range's start, the end its end (CPython underlines the whole node).
    /// Columns count UTF-8 bytes, as CPython's parser and compiler report
    /// tokens and AST nodes of a source file.
    pub fn error(&self, kind: ErrorKind, msg: String, at: impl Span) -> CompileError {
        let range = at.span();
        let (lineno, col) = self.line_and_byte_column(range.start());
        let (end_lineno, end_col) = self.line_and_byte_column(range.end());
        CompileError {
            kind,
            msg,
            filename: self.filename.clone(),
            lineno,
            offset: col + 1,
            text: self.line_text(lineno),
            end_lineno,
            end_offset: end_col as i32 + 1,
        }
    }

    /// An error the tokenizer finds at a point (a bad character, an
    /// unterminated string, an unmatched bracket): CPython counts its
    /// column in characters.
    pub fn token_error(&self, kind: ErrorKind, msg: String, at: TextSize) -> CompileError {
        let mut err = self.error(kind, msg, at);
        err.offset = self.column(at);
        err.end_offset = err.offset as i32;
        err
    }
}

/// Where a compile error points: a single position (one caret) or an AST
/// node's range (carets under all of it).
pub trait Span {
    fn span(self) -> TextRange;
}

impl Span for TextSize {
    fn span(self) -> TextRange {
        TextRange::empty(self)
    }
}

impl Span for TextRange {
    fn span(self) -> TextRange {
        self
    }
}
