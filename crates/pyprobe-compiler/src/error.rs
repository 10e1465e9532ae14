//! Compile errors are values; the vm turns them into SyntaxError (or its
//! subclasses) with CPython's attributes: filename, lineno, offset, text,
//! end_lineno, end_offset. A source nested too deeply to compile is a
//! RecursionError, which has only its message.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// "maximum recursion depth exceeded during compilation".
    RecursionError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column of the caret.
    pub offset: u32,
    /// The source line, when known.
    pub text: Option<String>,
    /// 1-based line where the offending range ends (0 when unknown: the
    /// attribute is then None).
    pub end_lineno: u32,
    /// 1-based column just past the range (CPython's `end_offset`); equal
    /// to `offset` for an error at a point, which prints one caret.
    pub end_offset: i32,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}
