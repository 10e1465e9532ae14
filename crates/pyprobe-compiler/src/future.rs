//! `from __future__ import ...` statements: the features a module's
//! leading ones turn on, and the errors for unknown or misplaced ones.
//!
//! CPython counterpart: `Python/future.c`, and the misplacement check of
//! `compiler_from_import`.

use crate::error::CompileError;
use crate::location::Locator;
use rustpython_parser::ast::{self, Ranged};

/// The features of a module (CPython's `ff_features`) and the line of its
/// last leading future statement (`ff_lineno`; 0 when there is none): a
/// future statement on a later line is misplaced.
#[derive(Debug, Clone, Copy, Default)]
pub struct Futures {
    /// `from __future__ import annotations` (PEP 563): annotations are
    /// kept as their source text, not evaluated.
    pub annotations: bool,
    pub lineno: u32,
}

/// Features that are the language's standard behaviour now: accepted,
/// with nothing to do. `barry_as_FLUFL` is accepted without its `<>`.
const STANDARD: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
];

/// Whether `stmt` is a `from __future__ import ...`.
pub fn is_future_import(stmt: &ast::StmtImportFrom) -> bool {
    stmt.module
        .as_ref()
        .is_some_and(|m| m.as_str() == "__future__")
        && stmt.level.map_or(0, |l| l.to_u32()) == 0
}

/// The future statements at the start of `body` (after a docstring),
/// as `future_parse` reads them.
pub fn scan(body: &[ast::Stmt], locator: &Locator) -> Result<Futures, CompileError> {
    let mut futures = Futures::default();
    let mut docstring = false;
    let mut done = false;
    let mut prev_line = 0;
    for stmt in body {
        let line = locator.line(stmt.range().start());
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match stmt {
            ast::Stmt::ImportFrom(i) if is_future_import(i) => {
                if done {
                    return Err(misplaced(locator, stmt));
                }
                for alias in &i.names {
                    match alias.name.as_str() {
                        "annotations" => futures.annotations = true,
                        "braces" => {
                            return Err(locator.syntax_error("not a chance".into(), stmt.range()))
                        }
                        name if STANDARD.contains(&name) => {}
                        name => {
                            return Err(locator.syntax_error(
                                format!("future feature {name} is not defined"),
                                stmt.range(),
                            ))
                        }
                    }
                }
                futures.lineno = line;
            }
            ast::Stmt::Expr(e) if !docstring && is_str_constant(&e.value) => docstring = true,
            _ => done = true,
        }
    }
    Ok(futures)
}

/// The error for a future statement after the module's start.
pub fn misplaced(locator: &Locator, stmt: &impl Ranged) -> CompileError {
    locator.syntax_error(
        "from __future__ imports must occur at the beginning of the file".into(),
        stmt.range(),
    )
}

fn is_str_constant(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_)))
}

/// The text CPython keeps for an annotation under `annotations`: the
/// expression unparsed (`_PyAST_ExprAsUnicode`), not its source text.
pub fn annotation_text(e: &ast::Expr) -> String {
    e.to_string()
}

#[cfg(test)]
mod tests {
    use crate::{compile, Mode, Options};
    use pyprobe_bytecode::Constant;

    fn strs(src: &str) -> Vec<String> {
        let code = compile(src, "<t>", Mode::Exec, Options::default()).expect("compiles");
        code.constants
            .iter()
            .filter_map(|c| match c {
                Constant::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }

    fn error(src: &str) -> (String, u32) {
        let e = compile(src, "<t>", Mode::Exec, Options::default()).expect_err("refused");
        (e.msg, e.lineno)
    }

    #[test]
    fn annotations_become_their_unparsed_text() {
        let src = "'''doc'''\nfrom __future__ import annotations\nx: List[ int ] = 1\n";
        assert!(strs(src).contains(&"List[int]".to_string()));
        // Without the future statement the annotation is an expression.
        assert!(!strs("x: List[ int ] = 1\n").contains(&"List[int]".to_string()));
    }

    #[test]
    fn unknown_and_misplaced_features_are_refused() {
        let unknown = error("from __future__ import nonsense\n");
        assert_eq!(
            unknown,
            ("future feature nonsense is not defined".into(), 1)
        );
        assert_eq!(error("from __future__ import braces\n").0, "not a chance");
        let late = error("import os\nfrom __future__ import annotations\n");
        let msg = "from __future__ imports must occur at the beginning of the file";
        assert_eq!(late, (msg.into(), 2));
        let walrus = error("from __future__ import annotations\nx: (y := 1)\n");
        assert_eq!(
            walrus.0,
            "named expression cannot be used within an annotation"
        );
    }
}
