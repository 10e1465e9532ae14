//! PEP 701 f-strings (Python 3.12) read in front of a Python 3.11 parser.
//!
//! CPython counterparts: the f-string modes of `Parser/tokenizer.c` (see
//! [`scan`]), `_PyPegen_joined_str` and `_PyPegen_formatted_value` in
//! `Parser/action_helpers.c` (the nodes built here), and
//! `_PyPegen_decode_string` in `Parser/string_parser.c` (literal pieces).
//!
//! rustpython-parser 0.4 ends an f-string at the first matching quote and
//! refuses backslashes, comments and (in single quotes) newlines inside a
//! field. Parsing a text therefore goes:
//! 1. [`scan::scan`] finds the f-strings as 3.12 reads them. When none needs
//!    that reading, the text goes to the parser untouched (the fast path).
//! 2. Each f-string that does is built here: literal pieces decoded, each
//!    field's expression parsed on its own by this same procedure (so
//!    nested f-strings of any depth work), starting at the field's own
//!    offset.
//! 3. The parser gets the text with each of those f-strings replaced by the
//!    placeholder `f"{_}"`, still a string token, so implicit concatenation
//!    with the strings around it is the parser's as usual.
//! 4. A fold over the tree maps every offset back to the original text and
//!    puts the built pieces where each placeholder's field stands.
//! 5. The formatted values the parser built get the range of their field,
//!    `{` to `}`, as CPython's (rustpython gives them their whole string's),
//!    so an error in formatting one is reported there.
//!
//! When the parser refuses a text whose f-strings all looked lexable, they
//! are all read here once more, so the errors inside them get CPython's
//! wording; the parser's error stands unless one here comes earlier.
//!
//! Invariants: every offset in a tree returned from here is an offset in
//! the original source, so lines (and the scopes keyed by node ranges) are
//! exactly as written; only the parser reads expressions, this module never
//! does; errors are values, never panics.

mod scan;

use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::{TextRange, TextSize};
use rustpython_parser::ast::{self, Expr, Ranged};
use rustpython_parser::lexer::{self, LexicalErrorType};
use rustpython_parser::{Mode, Parse, ParseError, ParseErrorType, Tok};
use scan::{FString, Field, Piece, Scan, ScanError, ScanErrorKind};
use std::convert::Infallible;

/// What stands in for an f-string the parser cannot read, and the offset
/// of the placeholder name `_` within it.
const PLACEHOLDER: &str = "f\"{_}\"";
const PLACEHOLDER_NAME: usize = 3;

/// How many ends of a field's tokens are tried for the longest
/// expression it starts with, when it does not parse.
const MAX_PREFIXES_TRIED: usize = 64;

/// A parse failure, its offset in the original source.
#[derive(Debug)]
pub enum Error {
    /// The parser's own error, for the caller to word.
    Parser(ParseError),
    /// An error already worded as CPython words it.
    Message { msg: String, at: TextSize },
}

impl Error {
    fn offset(&self) -> TextSize {
        match self {
            Error::Parser(e) => e.offset,
            Error::Message { at, .. } => *at,
        }
    }

    fn message(msg: impl Into<String>, at: usize) -> Error {
        Error::Message {
            msg: msg.into(),
            at: size(at),
        }
    }
}

/// Parse `source` with Python 3.12's f-strings.
pub fn parse(source: &str, mode: Mode, path: &str) -> Result<ast::Mod, Error> {
    let cx = Context { source, path };
    cx.parse_text(source, 0, mode)
}

/// The invalid escape sequences of the string literals of `source` (the
/// first of each string, and of each literal piece of an f-string): the
/// offset CPython reports each at, and the SyntaxWarning's message.
pub fn escape_warnings(source: &str) -> Vec<(usize, String)> {
    scan::scan(source).escapes
}

fn size(n: usize) -> TextSize {
    TextSize::from(n as u32)
}

fn range(start: usize, end: usize) -> TextRange {
    TextRange::new(size(start), size(end))
}

/// What every nested parse shares: the whole source (for line numbers in
/// messages) and the file name the parser records.
struct Context<'s> {
    source: &'s str,
    path: &'s str,
}

impl Context<'_> {
    /// Parse `text`, whose first byte is at offset `base` of the source
    /// (a field's expression is parsed as `(expr)`, its parentheses
    /// standing where the field's `{` and terminator are).
    fn parse_text(&self, text: &str, base: usize, mode: Mode) -> Result<ast::Mod, Error> {
        let scan = scan::scan(text);
        let parsed = if scan.needs_pep701() {
            self.reparse(text, base, mode, &scan, None)?
        } else {
            match rustpython_parser::parse_starts_at(text, mode, self.path, size(base)) {
                Ok(parsed) => parsed,
                Err(e) if scan.fstrings.is_empty() => return Err(Error::Parser(e)),
                Err(e) => self.reparse(text, base, mode, &scan, Some(e))?,
            }
        };
        if scan.fstrings.is_empty() {
            return Ok(parsed);
        }
        Ok(FieldRanges::new(&scan, base).apply(parsed))
    }

    /// Parse `text` with f-strings built here: those that need it, or all
    /// of them when the parser has already refused the text with
    /// `refused`.
    fn reparse(
        &self,
        text: &str,
        base: usize,
        mode: Mode,
        scan: &Scan,
        refused: Option<ParseError>,
    ) -> Result<ast::Mod, Error> {
        // The text is read up to the first f-string in error, `cut`.
        let mut error = scan.error.as_ref().map(|e| self.scan_error(text, base, e));
        let mut cut = scan.error.as_ref().map_or(text.len(), |e| e.fstring_start);
        let mut built = Vec::new();
        let chosen = scan.fstrings.iter();
        for f in chosen.filter(|f| refused.is_some() || f.needs_pep701) {
            match self.build(text, base, f) {
                Ok(parts) => built.push((f, parts)),
                Err(e) => {
                    error = Some(e);
                    cut = f.start;
                    break;
                }
            }
        }
        if let Some(refused) = refused {
            // An error here comes first if it is before the parser's, or
            // in the same f-string (the parser words those generically).
            let at = refused.offset.to_u32() as usize;
            let inside = scan
                .fstrings
                .iter()
                .find(|f| f.start + base <= at && at < f.end + base);
            let first = inside.map_or(at, |f| f.end + base);
            if let Some(e) = error {
                let ours = (e.offset().to_u32() as usize) < first;
                return Err(if ours { e } else { Error::Parser(refused) });
            }
            let (rewritten, mut splice) = rewrite(text, base, built);
            return match rustpython_parser::parse_starts_at(&rewritten, mode, self.path, size(base))
            {
                Ok(parsed) => Ok(splice.apply(parsed)),
                Err(mut e) => {
                    e.offset = splice.map(e.offset);
                    Err(Error::Parser(e))
                }
            };
        }
        let (rewritten, mut splice) = rewrite(&text[..cut], base, built);
        let parsed = rustpython_parser::parse_starts_at(&rewritten, mode, self.path, size(base));
        match (parsed, error) {
            (Ok(parsed), None) => Ok(splice.apply(parsed)),
            (Ok(_), Some(e)) => Err(e),
            (Err(mut e), error) => {
                e.offset = splice.map(e.offset);
                match error {
                    // What the parser says at the cut only follows from it.
                    Some(error) if e.offset >= size(base + cut) => Err(error),
                    _ => Err(Error::Parser(e)),
                }
            }
        }
    }

    /// The error of a scan, worded. CPython parses the fields read whole
    /// before it met the error, so the first error in one of those comes
    /// first.
    fn scan_error(&self, text: &str, base: usize, e: &ScanError) -> Error {
        let mut first: Option<Error> = None;
        let fields = e.expressions.iter();
        let errors =
            fields.filter_map(|&(open, end)| self.parse_field(text, base, open, end).err());
        let cut = e
            .partial
            .and_then(|(open, end)| self.cut_field(text, base, open, end));
        for error in errors.chain(cut) {
            if first.as_ref().is_none_or(|f| error.offset() < f.offset()) {
                first = Some(error);
            }
        }
        if let Some(error) = first {
            return error;
        }
        let msg = match &e.kind {
            ScanErrorKind::Message(msg) => msg.clone(),
            ScanErrorKind::Unterminated { what, detected } => {
                let line = self.line(base + detected);
                format!("unterminated {what} (detected at line {line})")
            }
            ScanErrorKind::Mismatch {
                close,
                open,
                open_at,
            } => {
                let mut msg = format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    *close as char, *open as char
                );
                let open_line = self.line(base + open_at);
                if open_line != self.line(base + e.at) {
                    msg += &format!(" on line {open_line}");
                }
                msg
            }
        };
        Error::message(msg, base + e.at)
    }

    /// The 1-based line of an offset of the source.
    fn line(&self, at: usize) -> usize {
        let before = self.source.as_bytes().get(..at).unwrap_or_default();
        before.iter().filter(|&&c| c == b'\n').count() + 1
    }

    /// The pieces of an f-string of `text` as nodes: constants and
    /// formatted values, adjacent constants joined.
    fn build(&self, text: &str, base: usize, f: &FString) -> Result<Vec<Expr>, Error> {
        let mut parts = Vec::new();
        self.build_pieces(text, base, f.raw, &f.pieces, &mut parts)?;
        Ok(join_constants(parts))
    }

    fn build_pieces(
        &self,
        text: &str,
        base: usize,
        raw: bool,
        pieces: &[Piece],
        out: &mut Vec<Expr>,
    ) -> Result<(), Error> {
        for piece in pieces {
            match piece {
                Piece::Literal(r) => {
                    let value = decode(&text[r.clone()], raw, true)
                        .map_err(|msg| Error::message(msg, base + r.start))?;
                    out.push(constant(value, range(base + r.start, base + r.end)));
                }
                Piece::Field(field) => self.build_field(text, base, raw, field, out)?,
            }
        }
        Ok(())
    }

    /// A field as CPython builds it: for `=`, the echoed text first; then
    /// the formatted value, whose conversion defaults to `!r` after `=`
    /// unless there is a format spec.
    fn build_field(
        &self,
        text: &str,
        base: usize,
        raw: bool,
        field: &Field,
        out: &mut Vec<Expr>,
    ) -> Result<(), Error> {
        let value = self.parse_field(text, base, field.open, field.expr_end)?;
        if let Some(end) = field.debug_end {
            // CPython decodes the echoed text as it does literal text,
            // escapes and all (but braces are not doubled there).
            let echo = decode(&debug_text(text, field, end), raw, false)
                .map_err(|msg| Error::message(msg, base + field.open + 1))?;
            out.push(constant(echo, range(base + field.open + 1, base + end)));
        }
        let format_spec = match &field.spec {
            Some(spec) => {
                let mut values = Vec::new();
                self.build_pieces(text, base, raw, spec, &mut values)?;
                let values = join_constants(values);
                let r = range(base + field.expr_end, base + field.close);
                Some(Box::new(Expr::JoinedStr(ast::ExprJoinedStr {
                    values,
                    range: r,
                })))
            }
            None => None,
        };
        let conversion = match field.conversion {
            Some(b's') => ast::ConversionFlag::Str,
            Some(b'r') => ast::ConversionFlag::Repr,
            Some(_) => ast::ConversionFlag::Ascii,
            None if field.debug_end.is_some() && format_spec.is_none() => ast::ConversionFlag::Repr,
            None => ast::ConversionFlag::None,
        };
        out.push(Expr::FormattedValue(ast::ExprFormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
            range: range(base + field.open, base + field.close + 1),
        }));
        Ok(())
    }

    /// Parse the expression of the field whose `{` is at `open` as
    /// `(expr)` from there, so newlines inside it are free as in brackets.
    fn parse_field(
        &self,
        text: &str,
        base: usize,
        open: usize,
        expr_end: usize,
    ) -> Result<Expr, Error> {
        let inner = &text[open + 1..expr_end];
        let source = format!("({inner})");
        let at = base + open;
        let expr = match self.parse_text(&source, at, Mode::Expression) {
            Ok(ast::Mod::Expression(e)) => *e.body,
            Ok(_) => return Err(Error::message("invalid syntax", at)),
            Err(Error::Parser(e)) => match self.starred(inner, at) {
                Some(starred) => starred,
                None => return Err(field_error(&source, at, e)),
            },
            Err(e) => return Err(e),
        };
        // The parentheses added above must not make `{x for x in y}` a
        // generator expression: CPython wants `{(x for x in y)}`.
        if let Expr::GeneratorExp(g) = &expr {
            if g.range.start() == size(at) {
                return Err(Error::Message {
                    msg: "f-string: expecting '=', or '!', or ':', or '}'".into(),
                    at: g.elt.range().end(),
                });
            }
        }
        Ok(expr)
    }

    /// The error of the start of a field's expression, cut at `end`,
    /// when the cut does not cause it: it is before the last token there,
    /// which CPython would have read past (meeting the error that made
    /// the cut) before reporting it.
    fn cut_field(&self, text: &str, base: usize, open: usize, end: usize) -> Option<Error> {
        let source = format!("({})", text.get(open + 1..end)?);
        let at = base + open;
        let cut = size(base + end);
        let mut last = cut;
        for token in lexer::lex_starts_at(&source, Mode::Expression, size(at)) {
            match token {
                Ok((_, r)) if r.start() < cut => last = r.start(),
                // A token the lexer refuses before the cut is an error
                // there, whatever follows.
                Err(e) if e.location < cut => {
                    last = cut;
                    break;
                }
                _ => break,
            }
        }
        match self.parse_text(&source, at, Mode::Expression) {
            Err(Error::Parser(e)) if e.offset < last => Some(field_error(&source, at, e)),
            Err(e) if e.offset() < last => Some(e),
            _ => None,
        }
    }

    /// `{*x}` parses in CPython (code generation refuses it), though
    /// `(*x)` does not: the starred expression of `(*x,)`.
    fn starred(&self, inner: &str, at: usize) -> Option<Expr> {
        let parsed = self.parse_text(&format!("({inner},)"), at, Mode::Expression);
        let Ok(ast::Mod::Expression(e)) = parsed else {
            return None;
        };
        match *e.body {
            Expr::Tuple(mut t) if t.elts.len() == 1 && t.elts[0].is_starred_expr() => t.elts.pop(),
            _ => None,
        }
    }
}

/// CPython's wording for a field whose expression does not parse, where
/// it has its own: a lambda without parentheses, no expression after the
/// `{`, two expressions side by side, or an expression followed by what
/// cannot continue it; otherwise the parser's error.
fn field_error(source: &str, at: usize, e: ParseError) -> Error {
    // The tokens up to the failing one; the first is the added `(`.
    let mut tokens = Vec::new();
    for item in lexer::lex_starts_at(source, Mode::Expression, size(at)) {
        match item {
            Ok((t, r)) if r.start() <= e.offset => tokens.push((t, r.start())),
            _ => break,
        }
    }
    if let Some((Tok::Lambda, lambda_at)) = tokens.get(1) {
        return Error::Message {
            msg: "f-string: lambda expressions are not allowed without parentheses".into(),
            at: *lambda_at,
        };
    }
    // Errors of the tokens themselves (strings, escapes) keep their words.
    let tok = match &e.error {
        ParseErrorType::UnrecognizedToken(tok, _) => Some(tok),
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { .. })
        | ParseErrorType::Eof
        | ParseErrorType::InvalidToken
        | ParseErrorType::ExtraToken(_) => None,
        ParseErrorType::Lexical(_) => return Error::Parser(e),
    };
    let failing = tokens.iter().rposition(|(_, start)| *start == e.offset);
    let before = &tokens[..failing.unwrap_or(tokens.len())];
    if before.len() == 1 {
        return Error::Message {
            msg: "f-string: expecting a valid expression after '{'".into(),
            at: e.offset,
        };
    }
    let starts_expr = tok.is_some_and(crate::parse_error::is_name_or_literal);
    let ends_expr = match before.last() {
        // CPython leaves `name "string"` to its other messages.
        Some((Tok::Name { .. }, _)) => !matches!(tok, Some(Tok::String { .. })),
        Some((last, _)) => {
            crate::parse_error::is_name_or_literal(last)
                || matches!(last, Tok::Rpar | Tok::Rsqb | Tok::Rbrace)
        }
        None => false,
    };
    if let (true, true, Some((_, prev))) = (starts_expr, ends_expr, before.last()) {
        return Error::Message {
            msg: "invalid syntax. Perhaps you forgot a comma?".into(),
            at: *prev,
        };
    }
    // CPython reads the longest expression at the start of the field and
    // then wants one of `=!:}`; when there is none, an expression.
    let ends = tokens.iter().skip(2).rev().take(MAX_PREFIXES_TRIED);
    for (_, end) in ends {
        let prefix = &source[1..end.to_u32() as usize - at];
        // `*x` alone is an expression here, not in parentheses.
        let parses = |text: String| Expr::parse(&text, "<fstring>").is_ok();
        if parses(format!("({prefix})")) || parses(format!("({prefix},)")) {
            return Error::Message {
                msg: "f-string: expecting '=', or '!', or ':', or '}'".into(),
                at: *end,
            };
        }
    }
    if tokens.len() <= MAX_PREFIXES_TRIED + 1 {
        return Error::Message {
            msg: "f-string: expecting a valid expression after '{'".into(),
            at: size(at + 1),
        };
    }
    Error::Parser(e)
}

/// The echoed text of a `=` field: as written, comments left out, line
/// ends made `\n`.
fn debug_text(text: &str, field: &Field, end: usize) -> String {
    let mut echo = String::new();
    let mut from = field.open + 1;
    for comment in &field.comments {
        echo.push_str(&text[from..comment.start]);
        from = comment.end;
    }
    echo.push_str(&text[from..end]);
    echo.replace("\r\n", "\n")
}

fn constant(value: String, range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant {
        value: ast::Constant::Str(value),
        kind: None,
        range,
    })
}

/// Join adjacent string constants and drop empty ones, as the parser
/// does for the pieces of concatenated strings.
fn join_constants(values: Vec<Expr>) -> Vec<Expr> {
    let mut out: Vec<Expr> = Vec::with_capacity(values.len());
    for v in values {
        if let Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(s),
            range: r,
            ..
        }) = &v
        {
            if s.is_empty() {
                continue;
            }
            if let Some(Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(prev),
                range: prev_range,
                ..
            })) = out.last_mut()
            {
                prev.push_str(s);
                *prev_range = prev_range.cover(*r);
                continue;
            }
        }
        out.push(v);
    }
    out
}

/// A literal piece's value: escapes decoded (none in a raw f-string),
/// doubled braces halved if `braces`, line ends made `\n`. Errors are
/// CPython's unicode-escape messages.
fn decode(piece: &str, raw: bool, braces: bool) -> Result<String, String> {
    let chars: Vec<char> = piece.chars().collect();
    let mut out = String::with_capacity(piece.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '{' | '}' if braces => {
                out.push(c);
                if chars.get(i) == Some(&c) {
                    i += 1;
                }
            }
            '\r' => {
                out.push('\n');
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                }
            }
            '\\' if !raw => i = decode_escape(&chars, i, &mut out)?,
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Decode the escape whose backslash is just before `chars[i]`, pushing
/// its value; the index after it.
fn decode_escape(chars: &[char], i: usize, out: &mut String) -> Result<usize, String> {
    let Some(&c) = chars.get(i) else {
        // A backslash just before a field stays a backslash.
        out.push('\\');
        return Ok(i);
    };
    let simple = match c {
        '\n' => Some(None),
        '\\' => Some(Some('\\')),
        '\'' => Some(Some('\'')),
        '"' => Some(Some('"')),
        'a' => Some(Some('\x07')),
        'b' => Some(Some('\x08')),
        'f' => Some(Some('\x0c')),
        'n' => Some(Some('\n')),
        'r' => Some(Some('\r')),
        't' => Some(Some('\t')),
        'v' => Some(Some('\x0b')),
        _ => None,
    };
    if let Some(value) = simple {
        out.extend(value);
        return Ok(i + 1);
    }
    let error = |end: usize, reason: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {reason}",
            i - 1,
            end.saturating_sub(1).max(i)
        )
    };
    match c {
        '\r' => Ok(if chars.get(i + 1) == Some(&'\n') {
            i + 2
        } else {
            i + 1
        }),
        '0'..='7' => {
            let digits = chars[i..]
                .iter()
                .take(3)
                .take_while(|d| matches!(d, '0'..='7'))
                .count();
            let text: String = chars[i..i + digits].iter().collect();
            let value = u32::from_str_radix(&text, 8).unwrap_or(0);
            out.push(char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER));
            Ok(i + digits)
        }
        'x' | 'u' | 'U' => {
            let (len, what) = match c {
                'x' => (2, "truncated \\xXX escape"),
                'u' => (4, "truncated \\uXXXX escape"),
                _ => (8, "truncated \\UXXXXXXXX escape"),
            };
            let digits: String = chars[i + 1..].iter().take(len).collect();
            let valid = digits.len() == len && digits.chars().all(|d| d.is_ascii_hexdigit());
            let value = u32::from_str_radix(&digits, 16).ok().filter(|_| valid);
            let Some(value) = value else {
                return Err(error(i + 1 + digits.len(), what));
            };
            match char::from_u32(value) {
                Some(ch) => out.push(ch),
                // Surrogates cannot be held in a Rust string.
                None if (0xD800..0xE000).contains(&value) => out.push(char::REPLACEMENT_CHARACTER),
                None => return Err(error(i + 1 + len, "illegal Unicode character")),
            }
            Ok(i + 1 + len)
        }
        'N' => {
            let close = chars[i..].iter().position(|&d| d == '}');
            let name: Option<String> = match (chars.get(i + 1), close) {
                (Some('{'), Some(close)) => Some(chars[i + 2..i + close].iter().collect()),
                _ => None,
            };
            let Some(name) = name else {
                return Err(error(i + 1, "malformed \\N character escape"));
            };
            let end = i + name.chars().count() + 3;
            match char_named(&name) {
                Some(ch) => out.push(ch),
                None => return Err(error(end, "unknown Unicode character name")),
            }
            Ok(end)
        }
        // `\{` is a backslash, then the brace as it would be.
        _ => {
            out.push('\\');
            Ok(i)
        }
    }
}

/// The character of a `\N{...}` name, looked up by the parser's own
/// string reader.
fn char_named(name: &str) -> Option<char> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " -".contains(c))
    {
        return None;
    }
    let literal = format!("'\\N{{{name}}}'");
    match Expr::parse(&literal, "<fstring>") {
        Ok(Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(s),
            ..
        })) => s.chars().next(),
        _ => None,
    }
}

/// Where a placeholder stands in the text given to the parser, and the
/// f-string it replaces, as offsets from the start of the text.
struct Span {
    new_start: usize,
    new_end: usize,
    start: usize,
    end: usize,
}

/// `text` with each built f-string replaced by the placeholder, and the
/// splice that undoes it in the parsed tree.
fn rewrite(text: &str, base: usize, built: Vec<(&FString, Vec<Expr>)>) -> (String, Splice) {
    let mut out = String::with_capacity(text.len());
    let mut spans = Vec::with_capacity(built.len());
    let mut parts = Vec::with_capacity(built.len());
    let mut copied = 0;
    for (f, pieces) in built {
        out.push_str(&text[copied..f.start]);
        let new_start = out.len();
        out.push_str(PLACEHOLDER);
        spans.push(Span {
            new_start,
            new_end: out.len(),
            start: f.start,
            end: f.end,
        });
        parts.push(pieces);
        copied = f.end;
    }
    out.push_str(&text[copied..]);
    (out, Splice { base, spans, parts })
}

/// The fold that turns a tree parsed from rewritten text into the tree of
/// the original: offsets mapped back, placeholders replaced.
struct Splice {
    base: usize,
    spans: Vec<Span>,
    /// The built pieces of each span's f-string, taken when spliced.
    parts: Vec<Vec<Expr>>,
}

impl Splice {
    fn apply(&mut self, parsed: ast::Mod) -> ast::Mod {
        match self.fold_mod(parsed) {
            Ok(m) => m,
            Err(never) => match never {},
        }
    }

    /// The original offset of an offset in the rewritten text. Offsets
    /// inside a placeholder go to the start of its f-string.
    fn map(&self, at: TextSize) -> TextSize {
        let local = (at.to_u32() as usize).saturating_sub(self.base);
        let before = self.spans.partition_point(|s| s.new_start <= local);
        let mapped = match before.checked_sub(1).map(|i| &self.spans[i]) {
            None => local,
            Some(s) if local >= s.new_end => s.end + (local - s.new_end),
            Some(s) => s.start,
        };
        size(self.base + mapped)
    }

    /// The span whose placeholder field `value` is.
    fn placeholder(&self, value: &Expr) -> Option<usize> {
        let Expr::FormattedValue(f) = value else {
            return None;
        };
        let Expr::Name(name) = &*f.value else {
            return None;
        };
        let local = (name.range.start().to_u32() as usize).checked_sub(self.base)?;
        let i = self
            .spans
            .binary_search_by_key(&local, |s| s.new_start + PLACEHOLDER_NAME)
            .ok()?;
        Some(i)
    }
}

impl Fold<TextRange> for Splice {
    type TargetU = TextRange;
    type Error = Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _range: &TextRange) {}

    fn map_user(&mut self, r: TextRange, _context: ()) -> Result<TextRange, Infallible> {
        Ok(TextRange::new(self.map(r.start()), self.map(r.end())))
    }

    fn fold_expr(&mut self, node: Expr) -> Result<Expr, Infallible> {
        let Expr::JoinedStr(joined) = node else {
            return fold::fold_expr(self, node);
        };
        if !joined.values.iter().any(|v| self.placeholder(v).is_some()) {
            return fold::fold_expr(self, Expr::JoinedStr(joined));
        }
        let mut values = Vec::with_capacity(joined.values.len());
        for v in joined.values {
            match self.placeholder(&v) {
                // The built pieces already have original offsets.
                Some(i) => values.append(&mut self.parts[i]),
                None => values.push(self.fold_expr(v)?),
            }
        }
        Ok(Expr::JoinedStr(ast::ExprJoinedStr {
            values: join_constants(values),
            range: self.map_user(joined.range, ())?,
        }))
    }
}

/// The fold that gives each formatted value the parser built (whose range
/// is its whole f-string's) the range of its field, `{` to `}`, as CPython
/// 3.12's `_PyPegen_formatted_value` does. Those built here have it
/// already; those of f-strings nested in a field's expression, which the
/// scan does not list, keep their string's.
struct FieldRanges {
    /// `(open, end)` of every field of the scanned f-strings and of their
    /// format specs, sorted by `open`: the offset of the `{` and just past
    /// the `}`.
    fields: Vec<(usize, usize)>,
}

impl FieldRanges {
    fn new(scan: &Scan, base: usize) -> FieldRanges {
        fn collect(pieces: &[Piece], base: usize, out: &mut Vec<(usize, usize)>) {
            for piece in pieces {
                if let Piece::Field(field) = piece {
                    out.push((base + field.open, base + field.close + 1));
                    if let Some(spec) = &field.spec {
                        collect(spec, base, out);
                    }
                }
            }
        }
        let mut fields = Vec::new();
        for f in &scan.fstrings {
            collect(&f.pieces, base, &mut fields);
        }
        fields.sort_unstable();
        FieldRanges { fields }
    }

    fn apply(&mut self, parsed: ast::Mod) -> ast::Mod {
        match self.fold_mod(parsed) {
            Ok(m) => m,
            Err(never) => match never {},
        }
    }

    /// Whether a field opens in `r`: only then can a node hold a
    /// formatted value to fix (the others are left as they are, unvisited).
    fn holds_field(&self, r: TextRange) -> bool {
        let start = r.start().to_u32() as usize;
        let first = self.fields.partition_point(|&(open, _)| open < start);
        self.fields
            .get(first)
            .is_some_and(|&(open, _)| open < r.end().to_u32() as usize)
    }

    /// The field of a formatted value: the last one opened between the
    /// start of the value's current range and its expression, and still
    /// open there.
    fn field_of(&self, f: &ast::ExprFormattedValue) -> Option<TextRange> {
        let value = f.value.range().start().to_u32() as usize;
        let from = f.range.start().to_u32() as usize;
        let before = self.fields.partition_point(|&(open, _)| open < value);
        let &(open, end) = self.fields[..before].last()?;
        (open >= from && end > value).then(|| range(open, end))
    }
}

impl Fold<TextRange> for FieldRanges {
    type TargetU = TextRange;
    type Error = Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _range: &TextRange) {}

    fn map_user(&mut self, r: TextRange, _context: ()) -> Result<TextRange, Infallible> {
        Ok(r)
    }

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Infallible> {
        if !self.holds_field(node.range()) {
            return Ok(node);
        }
        fold::fold_stmt(self, node)
    }

    fn fold_expr(&mut self, node: Expr) -> Result<Expr, Infallible> {
        if !self.holds_field(node.range()) {
            return Ok(node);
        }
        let mut node = fold::fold_expr(self, node)?;
        if let Expr::FormattedValue(f) = &mut node {
            if let Some(r) = self.field_of(f) {
                f.range = r;
            }
        }
        Ok(node)
    }
}

#[cfg(test)]
mod tests;
