//! The one place that calls the parser: source text to AST, parse errors
//! to CPython-style SyntaxError values. Python 3.12's f-strings are read
//! by [`crate::fstring`] on the way.

use crate::error::{CompileError, ErrorKind};
use crate::fstring;
use crate::location::Locator;
use crate::Mode;
use rustpython_parser::{ast, lexer::LexicalErrorType, ParseErrorType, Tok};

/// A parsed unit: the statements, or the single expression of `eval` mode.
pub enum Parsed {
    Module(Vec<ast::Stmt>),
    Expression(Box<ast::Expr>),
}

pub fn parse(
    source: &str,
    filename: &str,
    mode: Mode,
    locator: &Locator,
) -> Result<Parsed, CompileError> {
    let pmode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
        Mode::Single => rustpython_parser::Mode::Interactive,
    };
    if let Some(at) = too_deep(source) {
        return Err(locator.syntax_error("too many nested parentheses".into(), at.into()));
    }
    match fstring::parse(source, pmode, filename) {
        Ok(ast::Mod::Module(m)) => Ok(Parsed::Module(m.body)),
        Ok(ast::Mod::Interactive(m)) => Ok(Parsed::Module(m.body)),
        Ok(ast::Mod::Expression(e)) => Ok(Parsed::Expression(e.body)),
        Ok(ast::Mod::FunctionType(_)) => {
            Err(locator.syntax_error("invalid syntax".into(), Default::default()))
        }
        Err(fstring::Error::Parser(e)) => Err(convert_error(&e, source, locator)),
        Err(fstring::Error::Message { msg, at }) => Err(locator.syntax_error(msg, at)),
    }
}

fn convert_error(
    e: &rustpython_parser::ParseError,
    source: &str,
    locator: &Locator,
) -> CompileError {
    // CPython reports an unclosed bracket opened on an earlier line than
    // the error instead of the error itself.
    let offset = e.offset.to_u32() as usize;
    if let Some((at, c)) =
        unclosed_bracket(source.get(..offset.min(source.len())).unwrap_or(source))
    {
        if locator.line(at.into()) < locator.line(e.offset) {
            return locator.syntax_error(format!("'{c}' was never closed"), at.into());
        }
    }
    if let Some(err) = block_errors(e, locator) {
        return err;
    }
    let mut kind = ErrorKind::SyntaxError;
    let msg = match &e.error {
        ParseErrorType::Eof => {
            if let Some(open) = unclosed_bracket(source) {
                let mut err =
                    locator.syntax_error(format!("'{}' was never closed", open.1), open.0.into());
                err.offset = locator.column(open.0.into());
                return err;
            }
            "unexpected EOF while parsing".to_string()
        }
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            if *tok == Tok::Indent {
                kind = ErrorKind::IndentationError;
                "unexpected indent".to_string()
            } else if expected.as_deref() == Some("Indent") {
                kind = ErrorKind::IndentationError;
                "expected an indented block".to_string()
            } else {
                "invalid syntax".to_string()
            }
        }
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                kind = ErrorKind::IndentationError;
                "unindent does not match any outer indentation level".to_string()
            }
            LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
                kind = ErrorKind::TabError;
                "inconsistent use of tabs and spaces in indentation".to_string()
            }
            LexicalErrorType::DefaultArgumentError => {
                "non-default argument follows default argument".to_string()
            }
            LexicalErrorType::DuplicateArgumentError(name) => {
                format!("duplicate argument '{name}' in function definition")
            }
            LexicalErrorType::PositionalArgumentError => {
                "positional argument follows keyword argument".to_string()
            }
            LexicalErrorType::UnpackedArgumentError => {
                "iterable argument unpacking follows keyword argument unpacking".to_string()
            }
            LexicalErrorType::DuplicateKeywordArgumentError(name) => {
                format!("keyword argument repeated: {name}")
            }
            LexicalErrorType::Eof => {
                if let Some(open) = unclosed_bracket(source) {
                    return locator
                        .syntax_error(format!("'{}' was never closed", open.1), open.0.into());
                }
                "unexpected EOF while parsing".to_string()
            }
            other => {
                let text = other.to_string();
                if text.contains("unterminated") || text.contains("EOL") {
                    "unterminated string literal".to_string()
                } else {
                    "invalid syntax".to_string()
                }
            }
        },
        _ => "invalid syntax".to_string(),
    };
    locator.error(kind, msg, e.offset)
}

/// CPython's tokenizer refuses more than 200 nested brackets (MAXLEVEL);
/// the offset of the first bracket past that depth. This also keeps the
/// recursive compiler passes shallow.
fn too_deep(source: &str) -> Option<u32> {
    const MAXLEVEL: usize = 200;
    let mut depth = 0usize;
    let mut deepest = None;
    walk_brackets(source, |at, c| {
        if matches!(c, '(' | '[' | '{') {
            depth += 1;
            if depth > MAXLEVEL && deepest.is_none() {
                deepest = Some(at);
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    });
    deepest
}

/// Call `f(offset, bracket)` for every bracket outside strings and comments.
fn walk_brackets(source: &str, mut f: impl FnMut(u32, char)) {
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let triple = bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c);
                let step = if triple { 3 } else { 1 };
                i += step;
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == c
                        && (!triple
                            || (bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c)))
                    {
                        i += step - 1;
                        break;
                    }
                    if !triple && bytes[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' | b')' | b']' | b'}' => f(i as u32, c as char),
            _ => {}
        }
        i += 1;
    }
}

/// The first keyword of a compound statement on a line, if any.
fn compound_keyword(line: &str) -> Option<&'static str> {
    let t = line.trim_start();
    for kw in [
        "if", "elif", "else", "while", "for", "def", "class", "try", "except", "finally", "with",
        "async", "match", "case",
    ] {
        if let Some(rest) = t.strip_prefix(kw) {
            if rest.is_empty() || rest.starts_with([' ', ':', '(', '\t']) {
                return Some(match kw {
                    "if" => "if",
                    "elif" => "elif",
                    "else" => "else",
                    "while" => "while",
                    "for" => "for",
                    "def" => "def",
                    "class" => "class",
                    "try" => "try",
                    "except" => "except",
                    "finally" => "finally",
                    "with" => "with",
                    "match" => "match",
                    "case" => "case",
                    _ => "async",
                });
            }
        }
    }
    None
}

/// "expected ':'" and "expected an indented block after ..." as CPython
/// words them.
fn block_errors(e: &rustpython_parser::ParseError, locator: &Locator) -> Option<CompileError> {
    let line_no = locator.line(e.offset);
    let expected_indent =
        matches!(&e.error, ParseErrorType::UnrecognizedToken(_, Some(exp)) if exp == "Indent");
    if expected_indent {
        // The block header is the last non-blank line before the error.
        let mut n = line_no.saturating_sub(1);
        while n > 0 {
            let text = locator.line_text(n).unwrap_or_default();
            if !text.trim().is_empty() && !text.trim_start().starts_with('#') {
                break;
            }
            n -= 1;
        }
        let header = locator.line_text(n).unwrap_or_default();
        let what = match compound_keyword(&header)? {
            "def" => format!("function definition on line {n}"),
            "class" => format!("class definition on line {n}"),
            kw => format!("'{kw}' statement on line {n}"),
        };
        let mut err = locator.error(
            ErrorKind::IndentationError,
            format!("expected an indented block after {what}"),
            e.offset,
        );
        err.lineno = line_no;
        err.text = locator.line_text(line_no);
        return Some(err);
    }
    let text = locator.line_text(line_no)?;
    let code = text.split('#').next().unwrap_or("").trim_end();
    if compound_keyword(&text).is_some()
        && code.split_whitespace().count() >= 2
        && !code.ends_with(':')
        && !code.contains(':')
    {
        let at: rustpython_parser::ast::text_size::TextSize = (e.offset.to_u32()).into();
        let mut err = locator.syntax_error("expected ':'".to_string(), at);
        err.lineno = line_no;
        return Some(err);
    }
    None
}

/// The innermost bracket left open at the end of the source (ignoring
/// strings and comments), as CPython reports "'(' was never closed".
fn unclosed_bracket(source: &str) -> Option<(u32, char)> {
    let mut stack: Vec<(u32, char)> = Vec::new();
    walk_brackets(source, |at, c| {
        if matches!(c, '(' | '[' | '{') {
            stack.push((at, c));
        } else {
            stack.pop();
        }
    });
    stack.last().copied()
}
