//! Where a traceback's underline changes character: the operator of a
//! binary operation (`a / b` gives `~~^~~`) or the brackets of a subscript
//! (`d["k"]` gives `~^^^^^`).
//!
//! CPython counterpart: `extract_anchors_from_expr` and
//! `extract_anchors_from_line` in `Python/traceback.c` (3.12), which parse
//! the source segment an instruction's position covers and look at its
//! tree. The vm's traceback printer hands the segment here because only
//! this crate sees the parser.
//!
//! Invariants: offsets are UTF-8 byte offsets into the segment, as CPython's
//! AST columns; anything but a segment that parses to exactly one
//! expression statement, a binary operation or a subscript, gives `None`.
//! CPython's quirks are kept: only space, tab and form feed count as
//! whitespace, a `)` closing the left operand is stepped over, and the
//! character after a one-character operator is taken into it unless it is
//! whitespace (`a+(b)` marks `+(`).

use crate::location::Locator;
use crate::parse::{self, Parsed};
use crate::Mode;
use rustpython_parser::ast::{self, Ranged};

/// The secondary range of an underline: characters in
/// `left_end..right_start` (byte offsets into the segment) are drawn with
/// `secondary`, the rest of the expression with `primary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaretAnchors {
    pub left_end: usize,
    pub right_start: usize,
    pub primary: char,
    pub secondary: char,
}

/// The anchors of a one-line source segment, if it is a binary operation
/// or a subscript.
pub fn caret_anchors(segment: &str) -> Option<CaretAnchors> {
    let locator = Locator::new(segment, "<traceback>");
    let Ok(Parsed::Module(body)) = parse::parse(segment, "<traceback>", Mode::Exec, &locator)
    else {
        return None;
    };
    let [ast::Stmt::Expr(stmt)] = &body[..] else {
        return None;
    };
    let text = segment.as_bytes();
    match &*stmt.value {
        ast::Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            binop_anchors(text, left_end, right_start)
        }
        ast::Expr::Subscript(s) => {
            let value_end = s.value.range().end().to_usize();
            let slice_end = s.slice.range().end().to_usize();
            Some(subscript_anchors(text, value_end, slice_end))
        }
        _ => None,
    }
}

/// CPython's `IS_WHITESPACE`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// The operator between the operands: the first character after the left
/// operand that is neither whitespace nor a `)` followed by more, plus the
/// next one if that is not whitespace (a two-character operator).
fn binop_anchors(text: &[u8], left_end: usize, right_start: usize) -> Option<CaretAnchors> {
    let mut found = None;
    let (mut primary, mut secondary) = ('^', '^');
    for i in left_end..right_start.min(text.len()) {
        if is_space(text[i]) {
            continue;
        }
        let mut right = i + 1;
        if i + 1 < right_start && !is_space(text[i + 1]) {
            right += 1;
        }
        found = Some((i, right));
        if i + 1 < right_start && text[i] == b')' {
            continue;
        }
        (primary, secondary) = ('~', '^');
        break;
    }
    let (left_end, right_start) = found?;
    Some(CaretAnchors {
        left_end,
        right_start,
        primary,
        secondary,
    })
}

/// The brackets: from the first `[` after the value to just past the first
/// `]` after the slice's end plus one.
fn subscript_anchors(text: &[u8], value_end: usize, slice_end: usize) -> CaretAnchors {
    let mut left = value_end;
    while left < text.len() && text[left] != b'[' {
        left += 1;
    }
    let mut right = slice_end + 1;
    while right < text.len() && text[right] != b']' {
        right += 1;
    }
    if right < text.len() {
        right += 1;
    }
    CaretAnchors {
        left_end: left,
        right_start: right,
        primary: '~',
        secondary: '^',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchors(segment: &str) -> Option<(usize, usize, char, char)> {
        caret_anchors(segment).map(|a| (a.left_end, a.right_start, a.primary, a.secondary))
    }

    #[test]
    fn binary_operators() {
        assert_eq!(anchors("a / b"), Some((2, 3, '~', '^')));
        assert_eq!(anchors("a // b"), Some((2, 4, '~', '^')));
        assert_eq!(anchors("(a)  /  (b)"), Some((5, 6, '~', '^')));
        // CPython takes the `(` after a one-character operator into it.
        assert_eq!(anchors("a+(b)"), Some((1, 3, '~', '^')));
        assert_eq!(anchors("a + b + c"), Some((6, 7, '~', '^')));
    }

    #[test]
    fn subscripts() {
        assert_eq!(anchors("d[\"k\"]"), Some((1, 6, '~', '^')));
        assert_eq!(anchors("x[1][2]"), Some((4, 7, '~', '^')));
        assert_eq!(anchors("(d) [ \"k\" ]"), Some((4, 11, '~', '^')));
    }

    #[test]
    fn other_segments_have_none() {
        assert_eq!(anchors("f(1)"), None);
        assert_eq!(anchors("x.y"), None);
        assert_eq!(anchors("a < b"), None);
        assert_eq!(anchors("a = b + c"), None);
        assert_eq!(anchors("a + b; c"), None);
        assert_eq!(anchors("(a +"), None);
        assert_eq!(anchors(""), None);
    }
}
