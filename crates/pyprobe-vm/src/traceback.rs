//! One traceback entry's source line and, under it, the carets marking the
//! failing expression (PEP 657):
//!
//! ```text
//!   File "t.py", line 3, in <module>
//!     x = a / b + c
//!         ~~^~~
//! ```
//!
//! CPython counterpart: `tb_displayline`, `display_source_line_with_margin`,
//! `extract_anchors_from_line` and `print_error_location_carets` of
//! `Python/traceback.c`, with `_PyPegen_byte_offset_to_character_offset` and
//! `_PyPegen_calculate_display_width` of `Parser/pegen.c`, as in 3.12.1 (the
//! C printer of uncaught exceptions, not `Lib/traceback.py`, whose rules
//! differ in details).
//!
//! Invariants:
//! - Runs only when a traceback is printed: positions are decoded from the
//!   code object's position table at the entry's instruction then, never
//!   while the program runs.
//! - Every shortfall (no source line, a `<...>` file name, unknown columns,
//!   a segment that does not parse) prints less, as in CPython, and never
//!   raises.
//! - CPython 3.12.1's rules are kept, quirks included: carets are left out
//!   when they would cover the whole line after its indentation (trailing
//!   whitespace counts as part of the line) unless a binary operation or
//!   subscript has anchors; a position spanning lines is underlined to the
//!   end of its first line, found by scanning the line's UTF-8 bytes
//!   backwards from its length in characters; columns are turned into
//!   characters, then into display columns (East Asian wide and full-width
//!   characters take two).

use crate::exc::source_line;
use crate::object::TbEntry;
use pyprobe_bytecode::Position;
use std::sync::atomic::{AtomicBool, Ordering};

/// CPython's `_TRACEBACK_SOURCE_LINE_INDENT`.
const SOURCE_LINE_INDENT: i64 = 4;

/// `-X no_debug_ranges` / `PYTHONNODEBUGRANGES`: tracebacks draw no
/// carets (CPython compiles code without the column table they need).
static NO_DEBUG_RANGES: AtomicBool = AtomicBool::new(false);

/// Leave the caret lines out of tracebacks (or draw them again).
pub fn set_no_debug_ranges(on: bool) {
    NO_DEBUG_RANGES.store(on, Ordering::Relaxed);
}

/// Append an entry's source line, indented by four spaces, and the caret
/// line under it where CPython 3.12 draws one; each line starts with
/// `margin` (an exception group's `| `).
pub fn display_source_line(out: &mut String, margin: &str, entry: &TbEntry) {
    // CPython does not try to open `<string>`, `<stdin>` and the like.
    if entry.filename.starts_with('<') && entry.filename.ends_with('>') {
        return;
    }
    let Some(line) = source_line(&entry.filename, entry.lineno) else {
        return;
    };
    // The indentation removed is spaces, tabs and form feeds only (one
    // byte each).
    let indent = line.bytes().take_while(|&b| is_space(b)).count();
    out.push_str(margin);
    out.push_str("    ");
    out.push_str(&line[indent..]);
    out.push('\n');
    if NO_DEBUG_RANGES.load(Ordering::Relaxed) {
        return;
    }
    let position = entry
        .code
        .as_ref()
        .and_then(|code| code.code.position_at(entry.lasti as usize));
    if let Some(carets) = position.and_then(|p| caret_line(&line, indent, p)) {
        out.push_str(margin);
        out.push_str(&carets);
        out.push('\n');
    }
}

/// CPython's `IS_WHITESPACE`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// The caret line for `position` under `line` (printed without its first
/// `indent` characters after four spaces), or `None` where CPython prints
/// none. The leading spaces are part of the result.
fn caret_line(line: &str, indent: usize, position: Position) -> Option<String> {
    let line_len = line.chars().count() as i64;
    let truncation = indent as i64 - SOURCE_LINE_INDENT;
    let start = char_offset(line, position.col as usize) as i64;
    let mut end = char_offset(line, position.end_col as usize) as i64;
    let mut anchors = None;
    if position.line == position.end_line {
        anchors = line_anchors(line, start, end);
    } else {
        // To the last non-whitespace character of the first line, which
        // CPython looks for among the UTF-8 bytes, from the index of the
        // line's length in characters down.
        let bytes = line.as_bytes();
        let mut i = line_len - 1;
        while i >= 0 && is_space(bytes[i as usize]) {
            i -= 1;
        }
        end = i + 1;
    }
    // Nothing to point at when the expression is the whole line.
    let stripped_len = line_len - indent as i64;
    if end - start == stripped_len && anchors.is_none() {
        return None;
    }
    let start = display_width(line, start);
    let end = display_width(line, end);
    let anchors = anchors.map(|(left_end, right_start, primary, secondary)| {
        let left_end = display_width(line, left_end);
        (
            left_end,
            display_width(line, right_start),
            primary,
            secondary,
        )
    });
    let mut out = String::new();
    for offset in truncation + 1..=end {
        out.push(match anchors {
            _ if offset <= start => ' ',
            Some((left_end, right_start, _, secondary))
                if left_end < offset && offset <= right_start =>
            {
                secondary
            }
            Some((_, _, primary, _)) => primary,
            None => '^',
        });
    }
    Some(out)
}

/// The anchors of the segment `start..end` (in characters) of `line`, in
/// characters of the line (CPython's `extract_anchors_from_line`).
fn line_anchors(line: &str, start: i64, end: i64) -> Option<(i64, i64, char, char)> {
    // `PyUnicode_Substring`: empty when the start is past the end.
    let segment: String = line
        .chars()
        .skip(start as usize)
        .take((end - start).max(0) as usize)
        .collect();
    let a = pyprobe_compiler::caret_anchors(&segment)?;
    let left_end = char_offset(&segment, a.left_end) as i64 + start;
    let right_start = char_offset(&segment, a.right_start) as i64 + start;
    Some((left_end, right_start, a.primary, a.secondary))
}

/// The characters in the first `byte_offset` bytes of `s`: a character cut
/// in two counts as one, and an offset past the end counts the terminating
/// NUL too (`_PyPegen_byte_offset_to_character_offset` decodes that many
/// bytes of the C string with "replace").
fn char_offset(s: &str, byte_offset: usize) -> usize {
    let offset = byte_offset.min(s.len() + 1);
    let whole = s.char_indices().take_while(|&(i, _)| i < offset).count();
    whole + usize::from(offset > s.len())
}

/// The display width of the first `offset` characters of `line`: two
/// columns for an East Asian wide or full-width character, one for any
/// other (`_PyPegen_calculate_display_width`, which returns the offset
/// itself for ASCII).
fn display_width(line: &str, offset: i64) -> i64 {
    let prefix = line.chars().take(offset.max(0) as usize);
    if prefix.clone().all(|c| c.is_ascii()) {
        return offset;
    }
    prefix.map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Whether `unicodedata.east_asian_width(c)` is `W` or `F` (Unicode 15.0,
/// CPython 3.12's database).
fn is_wide(c: char) -> bool {
    let c = u32::from(c);
    WIDE.binary_search_by(|&(lo, hi)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// The code point ranges whose East Asian Width is W or F, generated from
/// CPython 3.12's `unicodedata` (Unicode 15.0.0; unassigned code points of
/// the wide blocks included, as CPython reports them).
#[rustfmt::skip]
const WIDE: &[(u32, u32)] = &[
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
    (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
    (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
    (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x2FF0, 0x2FFB), (0x3000, 0x303E),
    (0x3041, 0x3096), (0x3099, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E), (0x3190, 0x31E3),
    (0x31F0, 0x321E), (0x3220, 0x3247), (0x3250, 0x4DBF), (0x4E00, 0xA48C), (0xA490, 0xA4C6),
    (0xA960, 0xA97C), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE52),
    (0xFE54, 0xFE66), (0xFE68, 0xFE6B), (0xFF01, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF1), (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B132, 0x1B132), (0x1B150, 0x1B152),
    (0x1B155, 0x1B155), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248),
    (0x1F250, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4),
    (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E),
    (0x1F550, 0x1F567), (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF),
    (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA88), (0x1FA90, 0x1FABD),
    (0x1FABF, 0x1FAC5), (0x1FACE, 0x1FADB), (0x1FAE0, 0x1FAE8), (0x1FAF0, 0x1FAF8), (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(col: u32, end_col: u32) -> Position {
        Position {
            line: 1,
            end_line: 1,
            col,
            end_col,
        }
    }

    fn carets(line: &str, p: Position) -> Option<String> {
        let indent = line.bytes().take_while(|&b| is_space(b)).count();
        caret_line(line, indent, p)
    }

    #[test]
    fn binary_operation_gets_anchors() {
        let line = "x = a / b + c";
        assert_eq!(carets(line, pos(4, 9)).as_deref(), Some("        ~~^~~"));
        // A whole line still gets its anchors.
        assert_eq!(carets("    a / b", pos(4, 9)).as_deref(), Some("    ~~^~~"));
    }

    #[test]
    fn whole_line_gets_no_carets() {
        assert_eq!(carets("    f(1)", pos(4, 8)), None);
        // Trailing whitespace counts as part of the line, as in CPython.
        assert_eq!(carets("f(1)  ", pos(0, 4)).as_deref(), Some("    ^^^^"));
    }

    #[test]
    fn multi_line_positions_run_to_the_end_of_the_first_line() {
        let p = Position {
            line: 1,
            end_line: 2,
            col: 4,
            end_col: 2,
        };
        assert_eq!(carets("x = (a +  ", p).as_deref(), Some("        ^^^^"));
        // The whole line after its indentation: nothing to point at.
        assert_eq!(carets("  for x in y:", Position { col: 2, ..p }), None);
    }

    #[test]
    fn columns_are_bytes_turned_into_display_columns() {
        // `"漢字" + 1`: the wide characters take two columns each.
        let line = "x = \"漢字\" + 1";
        let end = line.len() as u32;
        assert_eq!(
            carets(line, pos(4, end)).as_deref(),
            Some("        ~~~~~~~^~~")
        );
        assert_eq!(char_offset("é", 1), 1);
        assert_eq!(char_offset("é", 2), 1);
        assert_eq!(char_offset("ab", 9), 3);
        assert!(is_wide('漢') && is_wide('\u{1F40D}') && !is_wide('é'));
    }
}
