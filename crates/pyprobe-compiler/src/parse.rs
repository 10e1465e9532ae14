//! The one place that calls the parser: source text to AST, parse errors
//! to CPython-style SyntaxError values.

use crate::error::{CompileError, ErrorKind};
use crate::location::Locator;
use crate::Mode;
use rustpython_parser::{ast, lexer::LexicalErrorType, ParseErrorType, Tok};

/// A parsed unit: the statements, or the single expression of `eval` mode.
pub enum Parsed {
    Module(Vec<ast::Stmt>),
    Expression(Box<ast::Expr>),
}

pub fn parse(source: &str, filename: &str, mode: Mode, locator: &Locator) -> Result<Parsed, CompileError> {
    let pmode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
        Mode::Single => rustpython_parser::Mode::Interactive,
    };
    match rustpython_parser::parse(source, pmode, filename) {
        Ok(ast::Mod::Module(m)) => Ok(Parsed::Module(m.body)),
        Ok(ast::Mod::Interactive(m)) => Ok(Parsed::Module(m.body)),
        Ok(ast::Mod::Expression(e)) => Ok(Parsed::Expression(e.body)),
        Ok(ast::Mod::FunctionType(_)) => Err(locator.syntax_error("invalid syntax".into(), Default::default())),
        Err(e) => Err(convert_error(&e, source, locator)),
    }
}

fn convert_error(e: &rustpython_parser::ParseError, source: &str, locator: &Locator) -> CompileError {
    let mut kind = ErrorKind::SyntaxError;
    let msg = match &e.error {
        ParseErrorType::Eof => {
            if let Some(open) = unclosed_bracket(source) {
                let mut err = locator.syntax_error(format!("'{}' was never closed", open.1), open.0.into());
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
                    return locator.syntax_error(format!("'{}' was never closed", open.1), open.0.into());
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

/// The innermost bracket left open at the end of the source (ignoring
/// strings and comments), as CPython reports "'(' was never closed".
fn unclosed_bracket(source: &str) -> Option<(u32, char)> {
    let mut stack: Vec<(u32, char)> = Vec::new();
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
                    if bytes[i] == c && (!triple || (bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c))) {
                        i += step - 1;
                        break;
                    }
                    if !triple && bytes[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => stack.push((i as u32, c as char)),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.first().copied()
}
