//! The one place that calls the parser: source text to AST, parse errors
//! to CPython-style SyntaxError values. Python 3.12's f-strings are read
//! by [`crate::fstring`] on the way.

use crate::error::CompileError;
use crate::fstring;
use crate::location::Locator;
use crate::parse_error::{convert_error, missing_comma_range, walk_brackets};
use crate::Mode;
use rustpython_parser::ast;
use rustpython_parser::ast::text_size::TextSize;

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
        return Err(locator.syntax_error("too many nested parentheses".into(), TextSize::from(at)));
    }
    match fstring::parse(source, pmode, filename) {
        Ok(ast::Mod::Module(m)) => Ok(Parsed::Module(m.body)),
        Ok(ast::Mod::Interactive(m)) => Ok(Parsed::Module(m.body)),
        Ok(ast::Mod::Expression(e)) => Ok(Parsed::Expression(e.body)),
        Ok(ast::Mod::FunctionType(_)) => {
            Err(locator.syntax_error("invalid syntax".into(), TextSize::default()))
        }
        Err(fstring::Error::Parser(e)) => Err(convert_error(&e, source, locator)),
        Err(fstring::Error::Message { msg, at }) if msg.ends_with("forgot a comma?") => {
            // `at` is the first of the two expressions: underline both.
            Err(locator.syntax_error(msg, missing_comma_range(source, at)))
        }
        Err(fstring::Error::Message { msg, at }) => Err(locator.syntax_error(msg, at)),
    }
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
