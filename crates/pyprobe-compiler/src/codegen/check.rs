//! The SyntaxWarnings of code generation: code that is valid but almost
//! certainly a mistake (`x is 1`, `assert (x, "msg")`, `5()`, `[1][1.0]`).
//!
//! CPython counterpart: `check_compare`, `check_caller`,
//! `check_subscripter`, `check_index` and `compiler_assert` in
//! `Python/compile.c`. CPython folds constants before these run, so `-1`
//! and `(1, 2)` count as constants here too.

use super::Compiler;
use rustpython_parser::ast::{self, Ranged};

/// The type CPython infers for an expression (`infer_type`): literals and
/// displays; None for anything else.
fn infer_type(e: &ast::Expr) -> Option<&'static str> {
    use ast::Expr::*;
    Some(match e {
        Constant(c) => constant_type(&c.value),
        UnaryOp(u) => match (&u.op, &*u.operand) {
            (ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert, Constant(c))
                if matches!(
                    c.value,
                    ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Complex { .. }
                ) =>
            {
                constant_type(&c.value)
            }
            _ => return None,
        },
        Tuple(_) => "tuple",
        List(_) | ListComp(_) => "list",
        Dict(_) | DictComp(_) => "dict",
        Set(_) | SetComp(_) => "set",
        GeneratorExp(_) => "generator",
        Lambda(_) => "function",
        JoinedStr(_) | FormattedValue(_) => "str",
        _ => return None,
    })
}

fn constant_type(c: &ast::Constant) -> &'static str {
    match c {
        ast::Constant::None => "NoneType",
        ast::Constant::Bool(_) => "bool",
        ast::Constant::Str(_) => "str",
        ast::Constant::Bytes(_) => "bytes",
        ast::Constant::Int(_) => "int",
        ast::Constant::Tuple(_) => "tuple",
        ast::Constant::Float(_) => "float",
        ast::Constant::Complex { .. } => "complex",
        ast::Constant::Ellipsis => "ellipsis",
    }
}

/// A constant once folded: a literal, a sign on a number, a tuple of
/// constants.
fn is_constant(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(_) => infer_type(e).is_some(),
        ast::Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// CPython's `check_is_arg`: fine as an operand of `is` (not a constant,
/// or one of the singletons).
fn fine_with_is(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(c) => matches!(
            c.value,
            ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis
        ),
        _ => !is_constant(e),
    }
}

impl<'a> Compiler<'a> {
    /// Warn at the line where `at` starts.
    fn warn(&mut self, at: &impl Ranged, message: String) {
        let line = self.line_of(at.range().start());
        self.warnings.push(crate::Warning { line, message });
    }

    /// `x is 1`, `"a" is not x`: identity with a literal.
    pub(super) fn check_compare(&mut self, c: &ast::ExprCompare) {
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(&c.comparators) {
            let (l, r) = (fine_with_is(left), fine_with_is(right));
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && !(l && r) {
                let literal = if !l { left } else { right };
                let ty = infer_type(literal).unwrap_or("tuple");
                let message = if matches!(op, ast::CmpOp::Is) {
                    format!("\"is\" with '{ty}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{ty}' literal. Did you mean \"!=\"?")
                };
                self.warn(c, message);
                return;
            }
            left = right;
        }
    }

    /// `assert (x, "msg")`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, a: &ast::StmtAssert) {
        if let ast::Expr::Tuple(t) = &*a.test {
            if !t.elts.is_empty() {
                self.warn(
                    a,
                    "assertion is always true, perhaps remove parentheses?".into(),
                );
            }
        }
    }

    /// `5()`, `"a" "b"()`: a call of a literal or display.
    pub(super) fn check_caller(&mut self, func: &ast::Expr) {
        let callable_shape = matches!(
            func,
            ast::Expr::Constant(_)
                | ast::Expr::Tuple(_)
                | ast::Expr::List(_)
                | ast::Expr::ListComp(_)
                | ast::Expr::Dict(_)
                | ast::Expr::DictComp(_)
                | ast::Expr::Set(_)
                | ast::Expr::SetComp(_)
                | ast::Expr::GeneratorExp(_)
                | ast::Expr::JoinedStr(_)
                | ast::Expr::FormattedValue(_)
        ) || (matches!(func, ast::Expr::UnaryOp(_)) && is_constant(func));
        if let (true, Some(ty)) = (callable_shape, infer_type(func)) {
            self.warn(
                func,
                format!("'{ty}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// `5[0]`, `{1}[0]`: a subscript of something that has none; `[1][1.0]`,
    /// `"ab"["a"]`: a sequence indexed by a literal that is no index.
    pub(super) fn check_subscript(&mut self, value: &ast::Expr, index: &ast::Expr) {
        let unsubscriptable = match value {
            ast::Expr::Constant(c) => matches!(
                c.value,
                ast::Constant::None
                    | ast::Constant::Ellipsis
                    | ast::Constant::Bool(_)
                    | ast::Constant::Int(_)
                    | ast::Constant::Float(_)
                    | ast::Constant::Complex { .. }
            ),
            ast::Expr::UnaryOp(_) => is_constant(value),
            ast::Expr::Set(_)
            | ast::Expr::SetComp(_)
            | ast::Expr::GeneratorExp(_)
            | ast::Expr::Lambda(_) => true,
            _ => false,
        };
        if unsubscriptable {
            if let Some(ty) = infer_type(value) {
                self.warn(
                    value,
                    format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"),
                );
            }
            return;
        }
        let Some(index_type) = infer_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        let sequence = match value {
            ast::Expr::Constant(c) => matches!(
                c.value,
                ast::Constant::Str(_) | ast::Constant::Bytes(_) | ast::Constant::Tuple(_)
            ),
            ast::Expr::Tuple(_)
            | ast::Expr::List(_)
            | ast::Expr::ListComp(_)
            | ast::Expr::JoinedStr(_)
            | ast::Expr::FormattedValue(_) => true,
            _ => false,
        };
        if let (true, Some(ty)) = (sequence, infer_type(value)) {
            self.warn(
                value,
                format!(
                    "{ty} indices must be integers or slices, not {index_type}; \
                     perhaps you missed a comma?"
                ),
            );
        }
    }
}
