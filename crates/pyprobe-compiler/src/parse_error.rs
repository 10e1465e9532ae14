//! Parse errors in CPython's words. rustpython-parser reports the token it
//! stopped at; CPython's PEG parser names the likely mistake ("expected
//! ':'", "Perhaps you forgot a comma?", "Missing parentheses in call to
//! 'print'") and underlines its range. The common cases are recognised
//! here from the token and the source text around it; anything else is
//! "invalid syntax" under the token. CPython's counterparts are the
//! `invalid_*` rules of Grammar/python.gram, `_PyPegen_set_syntax_error`
//! (Parser/pegen_errors.c) and the tokenizer's own errors.
//!
//! Columns follow CPython: the tokenizer's errors count characters, the
//! parser's UTF-8 bytes (`Locator::token_error` and `Locator::error`).
//! Every helper here works on byte offsets into the source and stays
//! inside it, whatever the input.

use crate::error::{CompileError, ErrorKind};
use crate::location::Locator;
use rustpython_parser::ast::text_size::{TextRange, TextSize};
use rustpython_parser::{lexer::LexicalErrorType, ParseError, ParseErrorType, Tok};

/// A parse error as CPython would report it.
pub fn convert_error(e: &ParseError, source: &str, locator: &Locator) -> CompileError {
    let at = (e.offset.to_u32() as usize).min(source.len());
    // After a parse error CPython tokenizes the rest of the file, and an
    // error of the tokenizer (an unterminated string, an unmatched
    // bracket) replaces the parser's. A tokenizer error here is at the
    // point of failure: only what comes before it counts.
    let lexical = matches!(e.error, ParseErrorType::Lexical(_));
    let scan_to = if lexical { at } else { source.len() };
    if let Some(err) = tokenizer_error(source, scan_to, locator) {
        return err;
    }
    if let Some(err) = block_at_eof(e, source, at, locator) {
        return err;
    }
    if let Some(err) = lexical_error(e, source, at, locator) {
        return err;
    }
    let open_here = unclosed_bracket(&source[..at]);
    let open_at_eof = unclosed_bracket(source);
    let line = locator.line(pos(at));
    // A bracket opened on an earlier line and never closed: the tokenizer
    // meets the end of the file inside it before the parser's hints run.
    if let (Some(open), Some(eof)) = (open_here, open_at_eof) {
        if open == eof && locator.line(open.0.into()) < line {
            return never_closed(open, locator);
        }
    }
    if let Some(err) = closing_bracket(e, source, at, locator) {
        return err;
    }
    if let Some(err) = block_errors(e, locator) {
        return err;
    }
    if let ParseErrorType::UnrecognizedToken(tok, expected) = &e.error {
        if matches!(tok, Tok::Dedent) {
            if let Some(err) = dedent_error(source, at, locator) {
                return err;
            }
        }
        // A statement after a `try:` body, at the `try`'s indentation.
        let text = locator.line_text(line).unwrap_or_default();
        let first = at == source[..at].rfind('\n').map_or(0, |n| n + 1) + indent_of(&text);
        if first && open_try(locator, line, indent_of(&text)).is_some() {
            return locator.syntax_error(
                "expected 'except' or 'finally' block".into(),
                range(at, token_end(source, at)),
            );
        }
        if let Some(err) = dict_error(tok, source, at, locator) {
            return err;
        }
        if let Some(err) = token_hint(tok, expected.as_deref(), source, at, locator) {
            return err;
        }
    }
    if let Some(open) = open_here {
        if locator.line(open.0.into()) < line {
            return never_closed(open, locator);
        }
    }
    match &e.error {
        ParseErrorType::Eof => {
            if let Some(open) = open_at_eof {
                return never_closed(open, locator);
            }
            locator.syntax_error("unexpected EOF while parsing".into(), pos(at))
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            // The offset is the width of the indentation, which the
            // printer strips: CPython shows no caret.
            let text = locator.line_text(line).unwrap_or_default();
            let indent = text.len() - text.trim_start().len();
            let mut err = locator.error(
                ErrorKind::IndentationError,
                "unexpected indent".into(),
                pos(at),
            );
            err.offset = text[..indent].chars().count() as u32;
            err.end_offset = -1;
            err
        }
        ParseErrorType::UnrecognizedToken(_, Some(exp)) if exp == "Indent" => locator.error(
            ErrorKind::IndentationError,
            "expected an indented block".into(),
            pos(at),
        ),
        ParseErrorType::UnrecognizedToken(..) | ParseErrorType::InvalidToken => {
            invalid_syntax(source, at, locator)
        }
        _ => locator.syntax_error("invalid syntax".into(), pos(at)),
    }
}

/// A name or a literal: a token that starts an expression and is one
/// whole (the tokens CPython's "Perhaps you forgot a comma?" and missing
/// parentheses hints look at).
pub(crate) fn is_name_or_literal(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::True
            | Tok::False
            | Tok::None
    )
}

fn pos(at: usize) -> TextSize {
    TextSize::from(at as u32)
}

fn range(start: usize, end: usize) -> TextRange {
    TextRange::new(pos(start), pos(end.max(start)))
}

/// "invalid syntax" under the token at `at`.
fn invalid_syntax(source: &str, at: usize, locator: &Locator) -> CompileError {
    let end = token_end(source, at);
    locator.syntax_error("invalid syntax".into(), range(at, end))
}

fn never_closed(open: (u32, char), locator: &Locator) -> CompileError {
    let mut err = locator.token_error(
        ErrorKind::SyntaxError,
        format!("'{}' was never closed", open.1),
        open.0.into(),
    );
    err.end_offset = 0;
    err
}

/// Errors the tokenizer raises, and the checks rustpython-parser makes on
/// argument lists (CPython makes those in its parser, with ranges).
fn lexical_error(
    e: &ParseError,
    source: &str,
    at: usize,
    locator: &Locator,
) -> Option<CompileError> {
    let ParseErrorType::Lexical(lex) = &e.error else {
        return None;
    };
    let line = locator.line(pos(at));
    let syntax = |msg: String, r: TextRange| locator.syntax_error(msg, r);
    Some(match lex {
        LexicalErrorType::IndentationError
        | LexicalErrorType::TabError
        | LexicalErrorType::TabsAfterSpaces => {
            // rustpython-parser's lexer weighs tabs against spaces its own
            // way: where CPython's tokenizer finds an error, its verdict
            // (which error, on which line) stands.
            let tab = !matches!(lex, LexicalErrorType::IndentationError);
            let (line, tab) = cpython_indentation_error(source).unwrap_or((line, tab));
            let text = locator.line_text(line).unwrap_or_default();
            let (kind, msg) = if tab {
                (
                    ErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                )
            } else {
                (
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                )
            };
            let mut err = locator.error(kind, msg.into(), pos(at));
            err.lineno = line;
            err.end_lineno = line;
            err.text = locator.line_text(line);
            if tab {
                err.offset = 1;
                err.end_offset = 0;
            } else {
                // CPython points just past the end of the dedented line,
                // in bytes.
                err.offset = text.len() as u32 + 1;
                err.end_offset = -1;
            }
            err
        }
        LexicalErrorType::DefaultArgumentError => syntax(
            "parameter without a default follows parameter with a default".into(),
            range(at, word_end(source, at)),
        ),
        LexicalErrorType::DuplicateArgumentError(name) => syntax(
            format!("duplicate argument '{name}' in function definition"),
            range(at, word_end(source, at)),
        ),
        LexicalErrorType::DuplicateKeywordArgumentError(name) => syntax(
            format!("keyword argument repeated: {name}"),
            range(at, arg_end(source, at)),
        ),
        LexicalErrorType::PositionalArgumentError => {
            // CPython points at the token after the positional argument.
            let next = skip_blanks(source, expr_end(source, at));
            syntax(
                "positional argument follows keyword argument".into(),
                range(next, token_end(source, next)),
            )
        }
        // CPython points at the `*` alone.
        LexicalErrorType::UnpackedArgumentError => syntax(
            "iterable argument unpacking follows keyword argument unpacking".into(),
            range(at, (at + 1).min(source.len())),
        ),
        LexicalErrorType::NestingError => {
            // The offset is just past the closing bracket.
            let close = at.saturating_sub(1);
            return closing_bracket_at(source, close, locator)
                .or_else(|| Some(invalid_syntax(source, close, locator)));
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            let start = source[..at].rfind(*tok).unwrap_or(at);
            let msg = if tok.is_ascii() {
                "invalid syntax".to_string()
            } else {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            };
            let mut err = locator.token_error(ErrorKind::SyntaxError, msg, pos(start));
            err.end_offset = err.offset as i32 + 1;
            err
        }
        LexicalErrorType::Eof => {
            if let Some(open) = unclosed_bracket(source) {
                return Some(never_closed(open, locator));
            }
            if let Some(err) = continuation_at_eof(source, locator) {
                return Some(err);
            }
            locator.syntax_error("unexpected EOF while parsing".into(), pos(at))
        }
        // CPython's tokenizer reports this one only when the parser asks
        // for the token, as rustpython-parser's lexer does: no scan of the
        // rest of the file finds it.
        LexicalErrorType::LineContinuationError if at < source.len() => {
            continuation_error(at, locator)
        }
        LexicalErrorType::LineContinuationError => continuation_at_eof(source, locator)
            .unwrap_or_else(|| invalid_syntax(source, at, locator)),
        LexicalErrorType::OtherError(text) if text.contains("decimal") => {
            number_error(source, at, locator)?
        }
        _ => invalid_syntax(source, at, locator),
    })
}

/// A dedent where the parser needs more of the block: after a decorator,
/// "unexpected unindent"; closing a `try:` body (and the blocks around
/// it) with no `except` or `finally`, that error. Both are on the line of
/// the next token (the file's last line at its end), the offset the width
/// of that line's indentation, which the printer strips: no caret.
fn dedent_error(source: &str, at: usize, locator: &Locator) -> Option<CompileError> {
    let code_line = |n: u32| {
        let text = locator.line_text(n)?;
        let t = text.trim();
        (!t.is_empty() && !t.starts_with('#')).then_some(text)
    };
    let first = locator.line(pos(at));
    let last = locator.line(pos(source.len().saturating_sub(1)));
    let next = (first..=last).find(|&n| code_line(n).is_some());
    let line = next.unwrap_or(last);
    let depth = next.and_then(code_line).map_or(0, |t| indent_of(&t));
    // The last code line the dedent ends (at the end of the file, the
    // last line may be it).
    let before = if next.is_some() { line - 1 } else { last };
    let (prev, prev_text) = (1..=before).rev().find_map(|n| Some((n, code_line(n)?)))?;
    let (kind, msg) = if prev_text.trim_start().starts_with('@') {
        (ErrorKind::IndentationError, "unexpected unindent")
    } else {
        // The blocks that hold the previous line and end here.
        let mut inner = indent_of(&prev_text);
        let mut unfinished_try = false;
        for n in (1..prev).rev() {
            let Some(text) = code_line(n) else {
                continue;
            };
            let indent = indent_of(&text);
            if indent >= inner {
                continue;
            }
            if indent < depth {
                break;
            }
            if text.split('#').next().unwrap_or("").trim() == "try:" {
                unfinished_try = true;
                break;
            }
            inner = indent;
        }
        if !unfinished_try {
            return None;
        }
        (
            ErrorKind::SyntaxError,
            "expected 'except' or 'finally' block",
        )
    };
    let mut err = locator.error(kind, msg.into(), pos(at));
    err.lineno = line;
    err.end_lineno = line;
    err.offset = depth as u32;
    err.text = locator.line_text(line);
    err.end_offset = -1;
    Some(err)
}

/// The first indentation error of CPython's tokenizer, with its line and
/// whether it is a TabError: each logical line's indentation is measured
/// with tabs to multiples of 8 and, again, with tabs as one column; a
/// dedent must land on an enclosing level by the first measure, and the
/// two measures must order the levels alike.
fn cpython_indentation_error(source: &str) -> Option<(u32, bool)> {
    let bytes = source.as_bytes();
    let mut levels: Vec<(usize, usize)> = vec![(0, 0)];
    let mut depth = 0usize;
    let mut continued = false;
    let mut line = 1u32;
    let mut i = 0;
    while i < bytes.len() {
        let logical = depth == 0 && !continued;
        continued = false;
        let (mut col, mut alt) = (0usize, 0usize);
        while i < bytes.len() {
            match bytes[i] {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            i += 1;
        }
        let blank = matches!(bytes.get(i), None | Some(b'#' | b'\n' | b'\r'));
        if logical && !blank {
            let &(top, top_alt) = levels.last()?;
            if col > top {
                if alt <= top_alt {
                    return Some((line, true));
                }
                levels.push((col, alt));
            } else {
                while levels.len() > 1 && col < levels.last()?.0 {
                    levels.pop();
                }
                let &(top, top_alt) = levels.last()?;
                if col != top {
                    return Some((line, false));
                }
                if alt != top_alt {
                    return Some((line, true));
                }
            }
        }
        // The rest of the line: strings (a triple-quoted one may span
        // lines), brackets, a comment, a final backslash.
        while i < bytes.len() && bytes[i] != b'\n' {
            match bytes[i] {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'\'' | b'"' => {
                    let end = string_end(source, i)?;
                    line += source[i..end].matches('\n').count() as u32;
                    i = end;
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                b'\\' if matches!(bytes.get(i + 1), Some(b'\n' | b'\r')) => continued = true,
                _ => {}
            }
            i += 1;
        }
        i += 1;
        line += 1;
    }
    None
}

/// "unexpected character after line continuation character": the offset
/// is that of the character after the backslash, in bytes.
fn continuation_error(after: usize, locator: &Locator) -> CompileError {
    let mut err = locator.syntax_error(
        "unexpected character after line continuation character".into(),
        pos(after),
    );
    err.end_offset = 0;
    err
}

/// A line continuation that the end of the file follows: "unexpected EOF
/// while parsing" on the backslash's line, just past the backslash (in
/// bytes, as the tokenizer counts).
fn continuation_at_eof(source: &str, locator: &Locator) -> Option<CompileError> {
    let code = source.trim_end_matches(['\n', '\r']);
    // A blank line after the backslash ends the statement instead.
    let line_end = matches!(&source[code.len()..], "" | "\n" | "\r" | "\r\n");
    if !code.ends_with('\\') || !line_end {
        return None;
    }
    let mut err = locator.syntax_error("unexpected EOF while parsing".into(), pos(code.len()));
    err.end_offset = -1;
    // A line of nothing but the backslash holds no token to point at:
    // CPython's offset is 0, and no caret is shown.
    let line_start = code.rfind('\n').map_or(0, |n| n + 1);
    if code[line_start..code.len() - 1].trim().is_empty() {
        err.offset = 0;
    }
    Some(err)
}

/// The first error CPython's tokenizer finds in the source up to `end`:
/// an unterminated string or a closing bracket that closes nothing or the
/// wrong bracket.
fn tokenizer_error(source: &str, end: usize, locator: &Locator) -> Option<CompileError> {
    let mut stack: Vec<(u32, char)> = Vec::new();
    let mut bad_close: Option<u32> = None;
    let unterminated = walk_brackets(source, |at, c| {
        if bad_close.is_some() {
            return;
        }
        if matches!(c, '(' | '[' | '{') {
            stack.push((at, c));
            return;
        }
        let expected = stack.pop().map(|(_, open)| match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        });
        if expected != Some(c) {
            bad_close = Some(at);
        }
    });
    let string_at = unterminated.filter(|&(start, _)| (start as usize) <= end);
    let close_at = bad_close.filter(|&at| (at as usize) < end);
    match (string_at, close_at) {
        (Some((start, triple)), close) if close.is_none_or(|c| start < c) => {
            Some(unterminated_string(source, start, triple, locator))
        }
        (_, Some(close)) => closing_bracket_at(source, close as usize, locator),
        _ => None,
    }
}

/// A block left unfinished at the end of the file: a header (`if x:`)
/// with no body, or a `try:` body with no `except` or `finally`. CPython
/// reports it on the file's last line, blank or not, with no column.
fn block_at_eof(
    e: &ParseError,
    source: &str,
    at: usize,
    locator: &Locator,
) -> Option<CompileError> {
    let eof = match &e.error {
        ParseErrorType::Eof
        | ParseErrorType::Lexical(LexicalErrorType::IndentationError | LexicalErrorType::Eof) => {
            true
        }
        ParseErrorType::UnrecognizedToken(_, expected) => {
            expected.as_deref() == Some("Indent") || at >= source.trim_end().len()
        }
        _ => false,
    };
    let rest_is_blank = source[at..].lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    });
    if !eof || !rest_is_blank {
        return None;
    }
    let last_line = locator.line(pos(source.len().saturating_sub(1)));
    let at_last_line = |kind: ErrorKind, msg: String| {
        let mut err = locator.error(kind, msg, pos(source.len()));
        err.lineno = last_line;
        err.text = locator.line_text(last_line);
        err.offset = 0;
        err.end_offset = -1;
        err
    };
    let (header, text) = last_code_line(locator, last_line)?;
    let code = text.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') {
        let what = match compound_keyword(&text)? {
            "def" => format!("function definition on line {header}"),
            "class" => format!("class definition on line {header}"),
            kw => format!("'{kw}' statement on line {header}"),
        };
        return Some(at_last_line(
            ErrorKind::IndentationError,
            format!("expected an indented block after {what}"),
        ));
    }
    // Every block holding the last line ends with the file: one of them
    // a `try:` is left without its handlers.
    let mut depth = indent_of(&text);
    let mut n = header;
    let unfinished_try = loop {
        let enclosing = (1..n)
            .rev()
            .filter_map(|k| last_code_line(locator, k).filter(|(found, _)| *found == k))
            .find(|(_, t)| indent_of(t) < depth);
        let Some((found, block)) = enclosing else {
            break false;
        };
        if block.split('#').next().unwrap_or("").trim() == "try:" {
            break true;
        }
        depth = indent_of(&block);
        n = found;
    };
    if !unfinished_try {
        return None;
    }
    Some(at_last_line(
        ErrorKind::SyntaxError,
        "expected 'except' or 'finally' block".into(),
    ))
}

/// The last line up to `line` holding code (not blank, not a comment).
fn last_code_line(locator: &Locator, line: u32) -> Option<(u32, String)> {
    (1..=line).rev().find_map(|n| {
        let text = locator.line_text(n)?;
        let t = text.trim();
        (!t.is_empty() && !t.starts_with('#')).then_some((n, text))
    })
}

fn indent_of(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// Whether the lines before `line` end a `try:` body that a statement
/// indented by `indent` leaves without `except` or `finally`: going up,
/// every code line is indented deeper until the `try:` itself.
fn open_try(locator: &Locator, line: u32, indent: usize) -> Option<()> {
    let mut n = line.checked_sub(1)?;
    let mut body = false;
    while n > 0 {
        let (found, text) = last_code_line(locator, n)?;
        if indent_of(&text) > indent {
            body = true;
            n = found - 1;
            continue;
        }
        let code = text.split('#').next().unwrap_or("").trim();
        return (body && indent_of(&text) == indent && code == "try:").then_some(());
    }
    None
}

/// "unterminated string literal (detected at line N)": at the string's
/// start (with its prefix); a triple-quoted one is detected at the end of
/// the file.
fn unterminated_string(source: &str, start: u32, triple: bool, locator: &Locator) -> CompileError {
    let bytes = source.as_bytes();
    let mut begin = start as usize;
    let mut prefix = String::new();
    while begin > 0 && bytes[begin - 1].is_ascii_alphabetic() && prefix.len() < 3 {
        begin -= 1;
        prefix.insert(0, bytes[begin].to_ascii_lowercase() as char);
    }
    let word_before = begin > 0 && is_word_byte(bytes[begin - 1]);
    if word_before || !prefix.chars().all(|c| "rbfu".contains(c)) {
        begin = start as usize;
        prefix.clear();
    }
    let what = if prefix.contains('f') {
        "f-string"
    } else {
        "string"
    };
    let (kind, detected) = if triple {
        // The end of the file belongs to the last line, newline included.
        (
            "triple-quoted ",
            locator.line(pos(source.len().saturating_sub(1))),
        )
    } else {
        ("", locator.line(start.into()))
    };
    locator.token_error(
        ErrorKind::SyntaxError,
        format!("unterminated {kind}{what} literal (detected at line {detected})"),
        pos(begin),
    )
}

/// "invalid decimal literal" (or hexadecimal, octal, binary) for a number
/// running straight into a name: CPython's offset is that of the first
/// letter, counted from 0.
fn number_error(source: &str, at: usize, locator: &Locator) -> Option<CompileError> {
    let bytes = source.as_bytes();
    if at == 0 || at > bytes.len() || !bytes[at - 1].is_ascii_alphanumeric() {
        return None;
    }
    let mut start = at;
    while start > 0 && (is_word_byte(bytes[start - 1]) || bytes[start - 1] == b'.') {
        start -= 1;
    }
    if !bytes
        .get(start)
        .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
    {
        return None;
    }
    let number = &source[start..at];
    let base = match number.get(..2).map(|p| p.to_ascii_lowercase()).as_deref() {
        Some("0x") => "hexadecimal",
        Some("0o") => "octal",
        Some("0b") => "binary",
        _ => "decimal",
    };
    Some(locator.token_error(
        ErrorKind::SyntaxError,
        format!("invalid {base} literal"),
        pos(at - 1),
    ))
}

/// A closing bracket with nothing or the wrong thing open.
fn closing_bracket(
    e: &ParseError,
    source: &str,
    at: usize,
    locator: &Locator,
) -> Option<CompileError> {
    match &e.error {
        ParseErrorType::UnrecognizedToken(Tok::Rpar | Tok::Rsqb | Tok::Rbrace, _) => {
            closing_bracket_at(source, at, locator)
        }
        _ => None,
    }
}

fn closing_bracket_at(source: &str, at: usize, locator: &Locator) -> Option<CompileError> {
    let close = *source.as_bytes().get(at)? as char;
    if !matches!(close, ')' | ']' | '}') {
        return None;
    }
    let msg = match unclosed_bracket(&source[..at]) {
        None => format!("unmatched '{close}'"),
        Some((open_at, open)) => {
            let expected = match open {
                '(' => ')',
                '[' => ']',
                _ => '}',
            };
            if expected == close {
                return None;
            }
            let open_line = locator.line(open_at.into());
            if open_line == locator.line(pos(at)) {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
            } else {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
                )
            }
        }
    };
    Some(locator.token_error(ErrorKind::SyntaxError, msg, pos(at)))
}

/// CPython's hints for an unexpected token (the `invalid_*` rules).
fn token_hint(
    tok: &Tok,
    expected: Option<&str>,
    source: &str,
    at: usize,
    locator: &Locator,
) -> Option<CompileError> {
    let bytes = source.as_bytes();
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = source[line_start..at].trim();
    let syntax = |msg: &str, r: TextRange| Some(locator.syntax_error(msg.into(), r));
    // `x if y` with no `else`: the range is the body and the condition.
    if expected == Some("\"else\"") {
        let if_at = source[..at].rfind(" if ").map(|i| i + 1)?;
        let start = expr_start(source, if_at);
        return syntax(
            "expected 'else' after 'if' expression",
            range(start, trim_end(source, at)),
        );
    }
    let atom = is_name_or_literal(tok) || matches!(tok, Tok::Lbrace);
    let prev = trim_end(source, at);
    let prev_word = word_before(source, prev);
    // What precedes the word before the token, blanks skipped.
    let word_start = prev - prev_word.len();
    let before_word = bytes[..trim_end(source, word_start)].last();
    // An opening bracket never closed: the parser's second pass reads into
    // it and meets the end of the file.
    if let Some(open) = unclosed_bracket(source) {
        if open.0 as usize == at {
            return Some(never_closed(open, locator));
        }
    }
    // Python 2's `print x` (and `exec x`): from the name to the end of
    // the statement.
    let legacy_place = matches!(
        before_word,
        None | Some(b'\n' | b'=' | b'(' | b',' | b';' | b':')
    );
    if atom && matches!(prev_word, "print" | "exec") && legacy_place && !matches!(tok, Tok::Lbrace)
    {
        let msg =
            format!("Missing parentheses in call to '{prev_word}'. Did you mean {prev_word}(...)?");
        return syntax(&msg, range(word_start, statement_end(source, at)));
    }
    // A number running into a name or keyword: `1abc`, `1if`.
    if bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
        if let Some(err) = number_error(source, at, locator) {
            return Some(err);
        }
    }
    // `a if b c`: a conditional expression that never meets its `else`.
    if atom
        && prev > 0
        && ends_atom(source, prev)
        && !matches!(tok, Tok::Name { name } if name == "else")
    {
        let cond = expr_start(source, prev);
        if word_before(source, trim_end(source, cond)) == "if" {
            let if_at = trim_end(source, cond) - 2;
            let body = expr_start(source, if_at);
            if body < trim_end(source, if_at) {
                return syntax("expected 'else' after 'if' expression", range(body, prev));
            }
        }
    }
    let in_brackets = unclosed_bracket(&source[..at]).is_some();
    // `[a b]`: two expressions in a row inside brackets.
    if atom && in_brackets && prev > 0 && ends_atom(source, prev) {
        let name_then_string = matches!(tok, Tok::String { .. }) && !prev_word.is_empty();
        if !is_keyword(prev_word) && !name_then_string {
            let start = expr_start(source, prev);
            return syntax(
                "invalid syntax. Perhaps you forgot a comma?",
                range(start, expr_end(source, at)),
            );
        }
    }
    if matches!(tok, Tok::Equal) && bytes.get(at + 1) != Some(&b'=') {
        let value = skip_blanks(source, at + 1);
        let end = expr_end(source, value);
        let plain_name =
            !prev_word.is_empty() && !is_keyword(prev_word) && before_word != Some(&b'.');
        // `if x = 1:` or `[y = 2]`: a name, `=` and a value where an
        // expression was expected.
        let header = matches!(
            before.split_whitespace().next(),
            Some("if" | "elif" | "while")
        ) && before.split_whitespace().count() == 2;
        let chained = bytes.get(skip_blanks(source, end)) == Some(&b'=');
        if plain_name && (header || in_brackets) && end > value && !chained {
            return syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                range(word_start, end),
            );
        }
        // `f(a.b=1)`: an expression where a keyword argument's name goes.
        let in_call = unclosed_bracket(&source[..at]).is_some_and(|(open, c)| {
            c == '(' && open > 0 && ends_atom(source, trim_end(source, open as usize))
        });
        if in_call && !plain_name && ends_atom(source, prev) {
            return syntax(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                range(expr_start(source, prev), at + 1),
            );
        }
    }
    // `def f x`, `try x`: what the header's keyword needs next.
    let words: Vec<&str> = before.split_whitespace().collect();
    let name = |w: &str| !w.is_empty() && w.bytes().all(is_word_byte);
    let wanted = match words.as_slice() {
        ["def", n] if name(n) => "'('",
        ["def", ..] if before.ends_with(')') && unclosed_bracket(before).is_none() => "':'",
        ["try" | "finally" | "else"] => "':'",
        _ => return None,
    };
    syntax(
        &format!("expected {wanted}"),
        range(at, token_end(source, at)),
    )
}

/// The range CPython underlines for "Perhaps you forgot a comma?" when the
/// token at `at` ends the first of two expressions in a row: from that
/// expression's start to the end of the next one.
pub fn missing_comma_range(source: &str, at: TextSize) -> TextRange {
    let at = (at.to_u32() as usize).min(source.len());
    let first_end = token_end(source, at);
    let second = skip_blanks(source, first_end);
    range(expr_start(source, first_end), expr_end(source, second))
}

/// "expected ':'" and "expected an indented block after ..." as CPython
/// words them.
fn block_errors(e: &ParseError, locator: &Locator) -> Option<CompileError> {
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
        let text = locator.line_text(line_no).unwrap_or_default();
        let word = text
            .trim_start()
            .split([' ', '(', ':'])
            .next()
            .unwrap_or("");
        let end = e.offset + TextSize::from(word.len().max(1) as u32);
        let mut err = locator.error(
            ErrorKind::IndentationError,
            format!("expected an indented block after {what}"),
            TextRange::new(e.offset, end),
        );
        err.lineno = line_no;
        err.text = locator.line_text(line_no);
        return Some(err);
    }
    // A header running into its end of line without the colon.
    if !matches!(&e.error, ParseErrorType::UnrecognizedToken(Tok::Newline, _)) {
        return None;
    }
    let text = locator.line_text(line_no)?;
    let code = text.split('#').next().unwrap_or("").trim_end();
    // `try`, `else` and `finally` stand alone; the others need more.
    let words = match compound_keyword(&text) {
        Some("try" | "else" | "finally") => 1,
        Some(_) => 2,
        None => return None,
    };
    if code.split_whitespace().count() >= words && !code.ends_with(':') && !code.contains(':') {
        let end = e.offset + TextSize::from(1);
        return Some(
            locator.syntax_error("expected ':'".to_string(), TextRange::new(e.offset, end)),
        );
    }
    None
}

/// The first keyword of a compound statement on a line, if any.
fn compound_keyword(line: &str) -> Option<&'static str> {
    let t = line.trim_start();
    [
        "if", "elif", "else", "while", "for", "def", "class", "try", "except", "finally", "with",
        "async", "match", "case",
    ]
    .into_iter()
    .find(|kw| {
        t.strip_prefix(kw)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '(', '\t']))
    })
}

/// Call `f(offset, bracket)` for every bracket outside strings and
/// comments; the start of the first string left unterminated (and whether
/// it is triple-quoted), if any: scanning stops there.
pub fn walk_brackets(source: &str, mut f: impl FnMut(u32, char)) -> Option<(u32, bool)> {
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
                let start = i;
                let triple = bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c);
                let step = if triple { 3 } else { 1 };
                i += step;
                let mut closed = false;
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
                        closed = true;
                        break;
                    }
                    if !triple && bytes[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                if !closed {
                    return Some((start as u32, triple));
                }
            }
            b'(' | b'[' | b'{' | b')' | b']' | b'}' => f(i as u32, c as char),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The innermost bracket left open at the end of the source (ignoring
/// strings and comments), as CPython reports "'(' was never closed".
pub fn unclosed_bracket(source: &str) -> Option<(u32, char)> {
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

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "del"
            | "elif"
            | "else"
            | "for"
            | "from"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "not"
            | "or"
            | "return"
            | "while"
            | "with"
            | "yield"
    )
}

/// The end of the identifier or number starting at `at`.
fn word_end(source: &str, at: usize) -> usize {
    let bytes = source.as_bytes();
    let mut i = at;
    while i < bytes.len() && is_word_byte(bytes[i]) {
        i += 1;
    }
    i.max((at + 1).min(bytes.len()))
}

/// The identifier or keyword ending at `end`, or "".
fn word_before(source: &str, end: usize) -> &str {
    let bytes = source.as_bytes();
    let mut i = end;
    while i > 0 && is_word_byte(bytes[i - 1]) {
        i -= 1;
    }
    &source[i..end]
}

/// The end of the token starting at `at`: a name or number, a string, or
/// an operator of up to three characters.
fn token_end(source: &str, at: usize) -> usize {
    let bytes = source.as_bytes();
    let Some(&c) = bytes.get(at) else {
        return at;
    };
    if is_word_byte(c) {
        return word_end(source, at);
    }
    if c == b'\n' {
        return at + 1;
    }
    for op in [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "**", "//", "<<",
        ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    ] {
        if source[at..].starts_with(op) {
            return at + op.len();
        }
    }
    at + source[at..].chars().next().map_or(1, char::len_utf8)
}

fn skip_blanks(source: &str, at: usize) -> usize {
    let bytes = source.as_bytes();
    let mut i = at.min(bytes.len());
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    i
}

/// `at` moved back over blanks: the end of what precedes it.
fn trim_end(source: &str, at: usize) -> usize {
    let bytes = source.as_bytes();
    let mut i = at.min(bytes.len());
    while i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\x0c') {
        i -= 1;
    }
    i
}

/// Whether the text ending at `end` can end an expression.
fn ends_atom(source: &str, end: usize) -> bool {
    source.as_bytes()[..end]
        .last()
        .is_some_and(|&b| is_word_byte(b) || matches!(b, b')' | b']' | b'}' | b'\'' | b'"'))
}

/// The start of the expression ending at `end`: back over balanced
/// brackets and operators to a separator (`,`, `=`, `:`, an open bracket,
/// a statement keyword, the start of the line).
fn expr_start(source: &str, end: usize) -> usize {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = end.min(bytes.len());
    while i > 0 {
        let c = bytes[i - 1];
        match c {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth == 0 => break,
            b'(' | b'[' | b'{' => depth -= 1,
            b'\n' | b';' if depth == 0 => break,
            b',' | b':' if depth == 0 => break,
            b'\'' | b'"' => {
                // Back over a string on this line to its opening quote.
                let line_start = source[..i - 1].rfind('\n').map_or(0, |n| n + 1);
                if let Some(open) = source[line_start..i - 1].rfind(c as char) {
                    i = line_start + open + 1;
                }
            }
            b'=' if depth == 0 => {
                let op = i >= 2 && matches!(bytes[i - 2], b'=' | b'!' | b'<' | b'>');
                if !op {
                    break;
                }
                i -= 1;
            }
            _ if depth == 0 && is_word_byte(c) => {
                let word = word_before(source, i);
                let before = i - word.len();
                let separate = before == 0 || !is_word_byte(bytes[before - 1]);
                if separate
                    && !matches!(
                        word,
                        "and" | "or" | "not" | "is" | "None" | "True" | "False"
                    )
                    && is_keyword(word)
                {
                    break;
                }
                i = before + 1;
            }
            _ => {}
        }
        i -= 1;
    }
    skip_blanks(source, i)
}

/// The end of the expression starting at `at`: forward over balanced
/// brackets to a separator, or to a blank followed by another operand.
fn expr_end(source: &str, at: usize) -> usize {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = at.min(bytes.len());
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => break,
            b')' | b']' | b'}' => depth -= 1,
            b'\'' | b'"' => {
                // Skip a string on this line.
                let close = source[i + 1..]
                    .find(c as char)
                    .map_or(bytes.len(), |j| i + 2 + j);
                i = close;
                continue;
            }
            b'\n' | b';' | b'#' | b',' | b':' if depth == 0 => break,
            b'=' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => {
                let op = i > 0 && matches!(bytes[i - 1], b'=' | b'!' | b'<' | b'>');
                if !op {
                    break;
                }
            }
            b' ' | b'\t' if depth == 0 => {
                let next = skip_blanks(source, i);
                let word = &source[next..word_end(source, next).min(bytes.len())];
                let operand = bytes.get(next).is_some_and(|&b| {
                    is_word_byte(b) || matches!(b, b'\'' | b'"' | b'(' | b'[' | b'{')
                });
                let operator_word = matches!(word, "and" | "or" | "not" | "in" | "is");
                let prev = trim_end(source, i);
                if operand && !operator_word && prev > at && ends_atom(source, prev) {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    trim_end(source, i.min(bytes.len()))
}

/// The end of the call argument starting at `at` (`name=value` included):
/// the next `,` or closing bracket outside brackets.
fn arg_end(source: &str, at: usize) -> usize {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = at.min(bytes.len());
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' | b',' if depth == 0 => break,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    trim_end(source, i)
}

/// The end of the simple statement holding `at`: the end of its line
/// without a trailing comment or blanks.
fn statement_end(source: &str, at: usize) -> usize {
    let bytes = source.as_bytes();
    let mut i = at;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) if c == b'\\' => i += 1,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quote = Some(c),
            None if c == b'#' || c == b'\n' || c == b';' => break,
            None => {}
        }
        i += 1;
    }
    trim_end(source, i.min(bytes.len()))
}

/// A dictionary display with an item that is not `key: value` (CPython's
/// `invalid_double_starred_kvpairs` and `invalid_kvpair`). Once a display
/// has begun with `key: value` or `**mapping`, an item that is an
/// expression with no `:` after it is "':' expected after dictionary
/// key", the caret on the expression's last character (its line that of
/// the expression's start); a key and `:` with nothing after it, first
/// or after such items, is "expression expected after dictionary key and
/// ':'", at the colon.
fn dict_error(tok: &Tok, source: &str, at: usize, locator: &Locator) -> Option<CompileError> {
    let (open, '{') = unclosed_bracket(&source[..at])? else {
        return None;
    };
    // A number running into a name is the tokenizer's error, met first.
    let glued = source
        .as_bytes()
        .get(at)
        .is_some_and(u8::is_ascii_alphabetic);
    if glued && number_error(source, at, locator).is_some() {
        return None;
    }
    let items = display_items(source, open as usize, at)?;
    let (last, earlier) = items.split_last()?;
    let dict = earlier
        .first()
        .is_none_or(|first| first.colon.is_some() || source[first.start..].starts_with("**"));
    if !dict || earlier.iter().any(|item| item.comprehension) {
        return None;
    }
    if let Some(colon) = last.colon {
        let bare = last.end == colon + 1 && colon > last.start;
        if bare && matches!(tok, Tok::Rbrace | Tok::Comma) {
            return Some(locator.syntax_error(
                "expression expected after dictionary key and ':'".into(),
                range(colon, colon + 1),
            ));
        }
        return None;
    }
    if earlier.is_empty() {
        return None;
    }
    if source[last.start..].starts_with('*') {
        return None;
    }
    let end = longest_expression(source, last.start, last.end);
    if end <= last.start || !ends_atom(source, end) || is_keyword(word_before(source, end)) {
        return None;
    }
    let end = without_parentheses(source, last.start, end);
    let mut err = locator.syntax_error("':' expected after dictionary key".into(), pos(end - 1));
    err.end_lineno = err.lineno;
    err.lineno = locator.line(pos(last.start));
    err.text = locator.line_text(err.lineno);
    err.end_offset = 0;
    Some(err)
}

/// One item of a brace display, between top-level commas.
struct DisplayItem {
    /// The first byte of code in the item.
    start: usize,
    /// Just past the last byte of code (comments and blanks left out).
    end: usize,
    /// The item's own `:` (not a walrus's, not a lambda's).
    colon: Option<usize>,
    /// Whether a `for` makes the item a comprehension.
    comprehension: bool,
}

/// The items of the brace display whose `{` is at `open`, up to `at`:
/// commas, colons and words count only outside nested brackets, strings
/// and comments. None when a string runs past `at`.
fn display_items(source: &str, open: usize, at: usize) -> Option<Vec<DisplayItem>> {
    let bytes = source.as_bytes();
    let at = at.min(bytes.len());
    let mut items = Vec::new();
    let mut item = DisplayItem {
        start: at,
        end: at,
        colon: None,
        comprehension: false,
    };
    let mut depth = 0usize;
    let mut lambdas = 0usize;
    let mut i = open + 1;
    while i < at {
        let c = bytes[i];
        let mut next = i + 1;
        match c {
            b'#' => {
                while next < at && bytes[next] != b'\n' {
                    next += 1;
                }
                i = next;
                continue;
            }
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'\\' => {
                i = next;
                continue;
            }
            b'\'' | b'"' => next = string_end(source, i).filter(|&e| e <= at)?,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                items.push(std::mem::replace(
                    &mut item,
                    DisplayItem {
                        start: at,
                        end: at,
                        colon: None,
                        comprehension: false,
                    },
                ));
                lambdas = 0;
                i = next;
                continue;
            }
            b':' if depth == 0 && bytes.get(next) != Some(&b'=') => {
                if lambdas > 0 {
                    lambdas -= 1;
                } else if item.colon.is_none() {
                    item.colon = Some(i);
                }
            }
            _ if is_word_byte(c) => {
                next = word_end(source, i).min(at);
                match source.get(i..next) {
                    Some("lambda") if depth == 0 => lambdas += 1,
                    Some("for") if depth == 0 => item.comprehension = true,
                    _ => {}
                }
            }
            _ => {}
        }
        if item.start == at {
            item.start = i;
        }
        item.end = next;
        i = next;
    }
    items.push(item);
    Some(items)
}

/// Just past the string literal whose opening quote is at `at`, or None
/// when it is not closed.
fn string_end(source: &str, at: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let q = *bytes.get(at)?;
    let triple = bytes.get(at + 1) == Some(&q) && bytes.get(at + 2) == Some(&q);
    let step = if triple { 3 } else { 1 };
    let mut i = at + step;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return None,
            c if c == q && (!triple || source[i..].starts_with(&source[at..at + 3])) => {
                return Some(i + step)
            }
            _ => i += 1,
        }
    }
    None
}

/// The end of the longest expression starting at `start` and ending by
/// `end`, as the PEG parser's `expression` takes it from the front of a
/// dictionary item: trailing operators and keywords are dropped, and so
/// is an `if` that never meets its `else`.
fn longest_expression(source: &str, start: usize, end: usize) -> usize {
    let bytes = source.as_bytes();
    let mut end = end.min(bytes.len());
    loop {
        end = trim_end(source, end).max(start);
        if end == start {
            return end;
        }
        let word = word_before(source, end);
        if matches!(
            word,
            "and" | "or" | "not" | "is" | "in" | "if" | "else" | "lambda" | "await"
        ) && end - word.len() >= start
        {
            end -= word.len();
            continue;
        }
        if word.is_empty() && b"+-*/%@&|^~<>=!.".contains(&bytes[end - 1]) {
            end -= 1;
            continue;
        }
        // `a if b` with no `else`: the expression is `a`.
        match open_conditional(source, start, end) {
            Some(if_at) => end = if_at,
            None => return end,
        }
    }
}

/// The end of the expression in `start..end` without the parentheses
/// around all of it: the AST node of `(a)` is `a`'s (a tuple's and a
/// generator's own brackets stay, and so do those of an operand: the node
/// of `(a) + (b)` ends with its last token).
fn without_parentheses(source: &str, mut start: usize, mut end: usize) -> usize {
    let bytes = source.as_bytes();
    while end > start && bytes.get(start) == Some(&b'(') && bytes.get(end - 1) == Some(&b')') {
        if group_start(source, start, end - 1) != Some(start) {
            break;
        }
        let Some(items) = display_items(source, start, end - 1) else {
            break;
        };
        match items.as_slice() {
            [only] if only.start < only.end && !only.comprehension => {
                start = only.start;
                end = only.end;
            }
            _ => break,
        }
    }
    end
}

/// The `(` that the `)` at `close` closes, scanning from `start` (outside
/// strings and comments).
fn group_start(source: &str, start: usize, close: usize) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut found = None;
    walk_brackets(source.get(start..=close)?, |at, _| {
        let at = start + at as usize;
        match source.as_bytes()[at] {
            b'(' | b'[' | b'{' => open.push(at),
            _ => {
                let opened = open.pop();
                if at == close {
                    found = opened;
                }
            }
        }
    });
    found
}

/// The `if` of a conditional expression in `start..end` (outside
/// brackets and strings) that no `else` follows.
fn open_conditional(source: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut ifs: Vec<usize> = Vec::new();
    let mut i = start;
    while i < end {
        let c = bytes[i];
        let mut next = i + 1;
        match c {
            b'\'' | b'"' => next = string_end(source, i)?.min(end),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ if is_word_byte(c) => {
                next = word_end(source, i).min(end);
                match source.get(i..next).unwrap_or_default() {
                    "if" if depth == 0 => ifs.push(i),
                    "else" if depth == 0 => {
                        ifs.pop();
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i = next;
    }
    ifs.first().copied()
}
