//! The PEP 701 f-string scanner: finds every f-string in a piece of Python
//! source as CPython 3.12's tokenizer reads it, and splits each one into
//! literal pieces and replacement fields without parsing the expressions.
//!
//! CPython counterpart: the f-string modes of `Parser/tokenizer.c`
//! (`tok_get_fstring_mode`, and `tok_get_normal_mode` inside a field),
//! which since 3.12 read a field's expression with the ordinary tokenizer:
//! strings in a field may reuse the enclosing quote, and fields may hold
//! backslashes, comments, newlines and further f-strings.
//!
//! Invariants: every offset recorded is a byte offset into the scanned
//! text at an ASCII byte (a prefix letter, quote, brace, `!`, `:`, `=`,
//! `#` or line end), so the text can be sliced there. Outside f-strings the scanner only skips
//! comments and other strings; when it meets source it cannot follow (an
//! unterminated plain string) it stops and leaves the rest to the parser.
//! It never panics on malformed input: every problem inside an f-string is
//! a [`ScanError`] worded as CPython words it.

use std::ops::Range;

/// CPython's `MAXFSTRINGLEVEL`: f-strings nested deeper are refused.
const MAX_FSTRING_NESTING: usize = 150;

/// CPython's `MAXLEVEL`: brackets nested deeper are refused.
const MAX_BRACKET_NESTING: usize = 200;

/// One f-string token: prefix, quotes and everything between them.
pub(super) struct FString {
    /// Offset of the first prefix letter.
    pub start: usize,
    /// Offset just past the closing quote.
    pub end: usize,
    /// Whether the prefix holds `r`, so backslashes are literal.
    pub raw: bool,
    pub pieces: Vec<Piece>,
    /// Whether the f-string uses something the Python 3.11 lexer cannot
    /// read: the parser must not see it as it is written.
    pub needs_pep701: bool,
}

/// A literal stretch or a replacement field of an f-string or format spec.
pub(super) enum Piece {
    /// Source text still holding its escapes and doubled braces.
    Literal(Range<usize>),
    Field(Field),
}

/// A replacement field `{expr=!c:spec}`.
pub(super) struct Field {
    /// Offset of the opening `{`.
    pub open: usize,
    /// Offset of the byte that ended the expression (`=`, `!`, `:` or `}`).
    pub expr_end: usize,
    /// For a `=` field, the end of the text echoed before the value: the
    /// expression, the `=` and the whitespace after it.
    pub debug_end: Option<usize>,
    /// Comments inside the expression (nested f-strings' included), left
    /// out of the echoed text.
    pub comments: Vec<Range<usize>>,
    /// The conversion letter after `!`, if any.
    pub conversion: Option<u8>,
    /// The format spec after `:`, itself literal pieces and fields.
    pub spec: Option<Vec<Piece>>,
    /// Offset of the closing `}`.
    pub close: usize,
}

/// What went wrong inside an f-string.
pub(super) enum ScanErrorKind {
    /// A message used as it is.
    Message(String),
    /// "unterminated {what} (detected at line N)": the line of the offset
    /// where the end of the text or line was met.
    Unterminated { what: &'static str, detected: usize },
    /// A closing bracket that does not match the one open at `open_at`
    /// (CPython names that one's line when it is another).
    Mismatch { close: u8, open: u8, open_at: usize },
}

pub(super) struct ScanError {
    pub kind: ScanErrorKind,
    /// Where the error points.
    pub at: usize,
    /// Start of the outermost f-string holding the error.
    pub fstring_start: usize,
    /// `(open, expr_end)` of the fields of that f-string (nested ones
    /// included) read whole before the error: CPython parses them before
    /// it reads further.
    pub expressions: Vec<(usize, usize)>,
    /// `(open, error)` when the error was met in a field's expression
    /// (not in a string inside it), whose start CPython parses too.
    pub partial: Option<(usize, usize)>,
}

/// The f-strings of a text, in source order, up to the first error.
pub(super) struct Scan {
    pub fstrings: Vec<FString>,
    pub error: Option<ScanError>,
    /// `Scanner::escapes`, in source order.
    pub escapes: Vec<(usize, String)>,
}

impl Scan {
    /// Whether anything here needs the PEP 701 reading (or its errors).
    pub fn needs_pep701(&self) -> bool {
        self.error.is_some() || self.fstrings.iter().any(|f| f.needs_pep701)
    }
}

/// Find the f-strings of `text`.
pub(super) fn scan(text: &str) -> Scan {
    let mut s = Scanner {
        src: text.as_bytes(),
        pos: 0,
        enclosing: Vec::new(),
        level: 0,
        needs: false,
        comments: Vec::new(),
        expressions: Vec::new(),
        open_fields: Vec::new(),
        escapes: Vec::new(),
    };
    let mut fstrings = Vec::new();
    let mut error = None;
    while let Some(&c) = s.src.get(s.pos) {
        let start = s.pos;
        match c {
            b'#' => s.skip_comment(),
            b'\\' => s.pos += 2,
            b'\'' | b'"' => {
                if s.skip_plain_string(false, false).is_err() {
                    break;
                }
            }
            c if is_ident_byte(c) => {
                let prefix = s.ident_run();
                let Some(flags) = string_prefix(prefix, s.src.get(s.pos)) else {
                    continue;
                };
                if !flags.format {
                    if s.skip_plain_string(flags.raw, flags.bytes).is_err() {
                        break;
                    }
                    continue;
                }
                s.needs = false;
                s.expressions.clear();
                s.open_fields.clear();
                s.comments.clear();
                match s.fstring(start, flags.raw) {
                    Ok(mut f) => {
                        let quote_at = start + prefix.len();
                        f.needs_pep701 = s.needs || end_311(s.src, quote_at) != Some(f.end);
                        fstrings.push(f);
                    }
                    Err((kind, at)) => {
                        // An error met right in a field's expression (not
                        // in a string inside it) cuts that expression short.
                        let depth = s.enclosing.len();
                        let last = s.open_fields.last();
                        let partial = last.filter(|f| f.1 == depth).map(|f| f.0);
                        error = Some(ScanError {
                            kind,
                            at,
                            fstring_start: start,
                            expressions: std::mem::take(&mut s.expressions),
                            partial: partial.map(|open| (open, at.min(s.pos))),
                        });
                        break;
                    }
                }
            }
            _ => s.pos += 1,
        }
    }
    Scan {
        fstrings,
        error,
        escapes: s.escapes,
    }
}

/// The SyntaxWarning for the escape sequence whose backslash is at `at`
/// in a string that is not raw (CPython's `warn_invalid_escape_sequence`);
/// None for a valid one.
fn invalid_escape(src: &[u8], at: usize, bytes: bool) -> Option<String> {
    let c = *src.get(at + 1)?;
    match c {
        b'\n' | b'\r' | b'\\' | b'\'' | b'"' | b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v'
        | b'x' => None,
        b'N' | b'u' | b'U' if !bytes => None,
        b'0'..=b'7' => {
            let digits: Vec<u8> = src[at + 1..]
                .iter()
                .take(3)
                .take_while(|d| (b'0'..=b'7').contains(d))
                .copied()
                .collect();
            let value = digits.iter().fold(0u32, |v, d| v * 8 + u32::from(d - b'0'));
            (value > 0o377).then(|| {
                let digits = String::from_utf8_lossy(&digits);
                format!("invalid octal escape sequence '\\{digits}'")
            })
        }
        _ => {
            let rest = std::str::from_utf8(&src[at + 1..]).ok().or_else(|| {
                let end = (at + 5).min(src.len());
                std::str::from_utf8(&src[at + 1..end]).ok()
            });
            let ch = rest.and_then(|r| r.chars().next()).unwrap_or(char::from(c));
            Some(format!("invalid escape sequence '\\{ch}'"))
        }
    }
}

/// An error inside an f-string: what, and where.
type Fail = (ScanErrorKind, usize);

fn fail<T>(msg: impl Into<String>, at: usize) -> Result<T, Fail> {
    Err((ScanErrorKind::Message(msg.into()), at))
}

struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
    /// Quote byte and triple-ness of each f-string being read, outermost
    /// first.
    enclosing: Vec<(u8, bool)>,
    /// Brackets (field braces included) open inside the f-strings being
    /// read.
    level: usize,
    /// Set when the outermost f-string being read uses a PEP 701 form.
    needs: bool,
    /// Comments met in fields, nested ones included, in source order.
    comments: Vec<Range<usize>>,
    /// `(open, expr_end)` of each field of the outermost f-string being
    /// read (nested ones included) whose expression has been read whole.
    expressions: Vec<(usize, usize)>,
    /// The `{` of each field whose expression is being read, with the
    /// number of f-strings it is in.
    open_fields: Vec<(usize, usize)>,
    /// The first invalid escape sequence of each string token and each
    /// literal piece of an f-string: where CPython reports it (a token's
    /// start, a piece's end) and the SyntaxWarning's message.
    escapes: Vec<(usize, String)>,
}

/// The prefix of a string literal, decoded.
struct Prefix {
    raw: bool,
    format: bool,
    bytes: bool,
}

/// Whether `run`, followed by `next`, is the prefix of a string literal.
fn string_prefix(run: &[u8], next: Option<&u8>) -> Option<Prefix> {
    if !matches!(next, Some(b'\'' | b'"')) || run.len() > 2 {
        return None;
    }
    let lower: Vec<u8> = run.iter().map(u8::to_ascii_lowercase).collect();
    let ok = matches!(
        lower.as_slice(),
        b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    );
    ok.then(|| Prefix {
        raw: lower.contains(&b'r'),
        format: lower.contains(&b'f'),
        bytes: lower.contains(&b'b'),
    })
}

/// Bytes of names and numbers (every byte of a non-ASCII character too).
fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Where the Python 3.11 lexer ends the string whose opening quote is at
/// `quote_at`: at the first matching quote not escaped by a backslash.
/// `None` when it finds no end (a newline in a single-quoted string).
fn end_311(src: &[u8], quote_at: usize) -> Option<usize> {
    let quote = *src.get(quote_at)?;
    let triple = src.get(quote_at + 1) == Some(&quote) && src.get(quote_at + 2) == Some(&quote);
    let mut i = quote_at + if triple { 3 } else { 1 };
    loop {
        let c = *src.get(i)?;
        if c == b'\\' {
            i += 2;
        } else if c == b'\n' && !triple {
            return None;
        } else if closes(src, i, quote, triple) {
            return Some(i + if triple { 3 } else { 1 });
        } else {
            i += 1;
        }
    }
}

/// Whether the closing quote(s) of a string start at `i`.
fn closes(src: &[u8], i: usize, quote: u8, triple: bool) -> bool {
    src.get(i) == Some(&quote)
        && (!triple || (src.get(i + 1) == Some(&quote) && src.get(i + 2) == Some(&quote)))
}

fn closing_bracket(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

impl<'a> Scanner<'a> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        self.src.get(self.pos + ahead).copied()
    }

    /// Skip a comment up to (not past) the end of its line.
    fn skip_comment(&mut self) {
        while self.pos < self.src.len() && self.src[self.pos] != b'\n' {
            self.pos += 1;
        }
    }

    /// The run of name bytes at the position, consumed.
    fn ident_run(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.pos < self.src.len() && is_ident_byte(self.src[self.pos]) {
            self.pos += 1;
        }
        &self.src[start..self.pos]
    }

    /// The quote byte at the position and whether it opens a triple quote.
    fn open_quote(&self) -> (u8, bool) {
        let quote = self.src[self.pos];
        (
            quote,
            self.peek(1) == Some(quote) && self.peek(2) == Some(quote),
        )
    }

    /// Skip a string that is not an f-string, from its opening quote.
    /// `Err` holds how it was left unterminated.
    fn skip_plain_string(&mut self, raw: bool, bytes: bool) -> Result<(), Fail> {
        let start = self.pos;
        let (quote, triple) = self.open_quote();
        self.pos += if triple { 3 } else { 1 };
        let mut warned = raw;
        loop {
            let Some(c) = self.peek(0) else {
                return Err(self.unterminated_string(start, quote, triple));
            };
            if c == b'\\' {
                if !self.enclosing.is_empty() {
                    self.needs = true;
                }
                if !warned {
                    if let Some(msg) = invalid_escape(self.src, self.pos, bytes) {
                        self.escapes.push((start, msg));
                        warned = true;
                    }
                }
                self.pos += 2;
            } else if c == b'\n' && !triple {
                return Err(self.unterminated_string(start, quote, triple));
            } else if closes(self.src, self.pos, quote, triple) {
                self.pos += if triple { 3 } else { 1 };
                return Ok(());
            } else {
                self.pos += 1;
            }
        }
    }

    /// The error for a string inside a field left open at the position.
    /// One that opened with the quotes of the f-string around it was
    /// meant to close that f-string, whose field lacks its `}`.
    fn unterminated_string(&self, start: usize, quote: u8, triple: bool) -> Fail {
        if self.enclosing.last() == Some(&(quote, triple)) {
            return (
                ScanErrorKind::Message("f-string: expecting '}'".into()),
                start,
            );
        }
        let what = if triple {
            "triple-quoted string literal"
        } else {
            "string literal"
        };
        let detected = self.detected_at();
        (ScanErrorKind::Unterminated { what, detected }, start)
    }

    /// Read an f-string whose prefix starts at `start`, the position being
    /// at its opening quote.
    fn fstring(&mut self, start: usize, raw: bool) -> Result<FString, Fail> {
        if self.enclosing.len() >= MAX_FSTRING_NESTING {
            return fail("too many nested f-strings", start);
        }
        let (quote, triple) = self.open_quote();
        self.pos += if triple { 3 } else { 1 };
        self.enclosing.push((quote, triple));
        let pieces = self.pieces(start, raw, 0)?;
        self.enclosing.pop();
        self.pos += if triple { 3 } else { 1 };
        Ok(FString {
            start,
            end: self.pos,
            raw,
            pieces,
            needs_pep701: false,
        })
    }

    /// Literal text and fields up to the closing quote of the innermost
    /// f-string (or, in a format spec, up to the `}` ending it, which is
    /// left unread). `start` is where the f-string's prefix starts.
    fn pieces(&mut self, start: usize, raw: bool, spec_depth: usize) -> Result<Vec<Piece>, Fail> {
        let (quote, triple) = self.enclosing.last().copied().unwrap_or((b'"', false));
        let in_spec = spec_depth > 0;
        let mut pieces = Vec::new();
        let mut literal = self.pos;
        // The first invalid escape of the literal piece being read.
        let mut escape: Option<String> = None;
        loop {
            let Some(c) = self.peek(0) else {
                if in_spec {
                    return fail("f-string: expecting '}'", self.pos);
                }
                return Err(self.unterminated_fstring(start, triple));
            };
            if closes(self.src, self.pos, quote, triple) || (c == b'\n' && !triple) {
                if in_spec {
                    // CPython finds a newline here at the start of the next line.
                    let at = self.pos + usize::from(c == b'\n');
                    return fail("f-string: expecting '}', or format specs", at);
                }
                if c == b'\n' {
                    return Err(self.unterminated_fstring(start, triple));
                }
                self.piece_escape(&mut escape);
                push_literal(&mut pieces, literal..self.pos);
                return Ok(pieces);
            }
            match c {
                b'\\' => {
                    if !raw && escape.is_none() {
                        escape = invalid_escape(self.src, self.pos, false);
                    }
                    self.skip_escape(raw, quote, triple)
                }
                b'{' if !in_spec && self.peek(1) == Some(b'{') => self.pos += 2,
                b'{' => {
                    self.piece_escape(&mut escape);
                    push_literal(&mut pieces, literal..self.pos);
                    let field = self.field(start, raw, spec_depth)?;
                    pieces.push(Piece::Field(field));
                    literal = self.pos;
                }
                b'}' if in_spec => {
                    self.piece_escape(&mut escape);
                    push_literal(&mut pieces, literal..self.pos);
                    return Ok(pieces);
                }
                b'}' if self.peek(1) == Some(b'}') => self.pos += 2,
                b'}' => return fail("f-string: single '}' is not allowed", self.pos),
                _ => self.pos += 1,
            }
        }
    }

    /// Record the invalid escape of a literal piece ending here (CPython
    /// reports it at the end of the piece's token).
    fn piece_escape(&mut self, escape: &mut Option<String>) {
        if let Some(msg) = escape.take() {
            self.escapes.push((self.pos, msg));
        }
    }

    /// Where the tokenizer noticed an unterminated string: here, or at the
    /// end of the file, which belongs to the last line (its newline too).
    fn detected_at(&self) -> usize {
        if self.pos >= self.src.len() {
            self.src.len().saturating_sub(1)
        } else {
            self.pos
        }
    }

    fn unterminated_fstring(&self, start: usize, triple: bool) -> Fail {
        let what = if triple {
            "triple-quoted f-string literal"
        } else {
            "f-string literal"
        };
        let detected = self.detected_at();
        (ScanErrorKind::Unterminated { what, detected }, start)
    }

    /// Skip a backslash escape in literal text. A brace after the
    /// backslash is not escaped (`\{` is a backslash, then a field);
    /// `\N{...}` names a character, so its braces are no field.
    fn skip_escape(&mut self, raw: bool, quote: u8, triple: bool) {
        // In an f-string nested in a field, the backslash is in the
        // enclosing f-string's expression, which 3.11 refuses.
        if self.enclosing.len() > 1 {
            self.needs = true;
        }
        match self.peek(1) {
            Some(b'{' | b'}') => self.pos += 1,
            Some(b'N') if !raw && self.peek(2) == Some(b'{') => {
                self.pos += 3;
                while let Some(c) = self.peek(0) {
                    if c == b'}' {
                        self.pos += 1;
                        break;
                    }
                    if c == b'\n' || closes(self.src, self.pos, quote, triple) {
                        break;
                    }
                    self.pos += 1;
                }
            }
            Some(b'\r') if self.peek(2) == Some(b'\n') => self.pos += 3,
            Some(_) => self.pos += 2,
            None => self.pos += 1,
        }
    }

    /// Read a replacement field, the position being at its `{`.
    fn field(&mut self, start: usize, raw: bool, spec_depth: usize) -> Result<Field, Fail> {
        let open = self.pos;
        let triple = self.enclosing.last().is_some_and(|&(_, t)| t);
        if spec_depth >= 2 {
            // rustpython-parser refuses a field in a spec in a spec.
            self.needs = true;
        }
        self.pos += 1;
        self.enter_bracket(open)?;
        self.open_fields.push((open, self.enclosing.len()));
        let first_comment = self.comments.len();
        // The open brackets of the expression and where they are.
        let mut brackets: Vec<(u8, usize)> = Vec::new();
        let mut has_expr = false;
        let terminator = loop {
            let Some(c) = self.peek(0) else {
                if self.comments.len() > first_comment {
                    // A comment ran past where the field should have ended.
                    let (b, at) = brackets.last().copied().unwrap_or((b'{', open));
                    return fail(format!("'{}' was never closed", b as char), at);
                }
                return fail("f-string: expecting '}'", self.pos);
            };
            match c {
                b' ' | b'\t' | b'\x0c' | b'\r' => self.pos += 1,
                b'\n' => {
                    self.needs |= !triple;
                    self.pos += 1;
                }
                b'#' => {
                    self.needs = true;
                    let from = self.pos;
                    self.skip_comment();
                    self.comments.push(from..self.pos);
                }
                b'\\' => {
                    self.needs = true;
                    match (self.peek(1), self.peek(2)) {
                        (Some(b'\n'), _) => self.pos += 2,
                        (Some(b'\r'), Some(b'\n')) => self.pos += 3,
                        _ => {
                            return fail(
                                "unexpected character after line continuation character",
                                self.pos + 1,
                            )
                        }
                    }
                }
                b'\'' | b'"' => {
                    has_expr = true;
                    self.nested_string(self.pos, false, false, false)?;
                }
                c if is_ident_byte(c) => {
                    has_expr = true;
                    let from = self.pos;
                    let run = self.ident_run();
                    if let Some(flags) = string_prefix(run, self.src.get(self.pos)) {
                        self.nested_string(from, flags.raw, flags.format, flags.bytes)?;
                    } else if run == b"for" && brackets.is_empty() {
                        // A generator without parentheses, which the 3.11
                        // parser takes and CPython 3.12 refuses.
                        self.needs = true;
                    }
                }
                b'(' | b'[' | b'{' => {
                    has_expr = true;
                    self.enter_bracket(self.pos)?;
                    brackets.push((c, self.pos));
                    self.pos += 1;
                }
                b')' | b']' | b'}' => match brackets.pop() {
                    None if c == b'}' => break c,
                    None => return fail(format!("f-string: unmatched '{}'", c as char), self.pos),
                    Some((o, _)) if closing_bracket(o) == c => {
                        self.level -= 1;
                        self.pos += 1;
                    }
                    Some((open, open_at)) => {
                        let kind = ScanErrorKind::Mismatch {
                            close: c,
                            open,
                            open_at,
                        };
                        return Err((kind, self.pos));
                    }
                },
                // Comparisons and augmented assignments are one token.
                b'!' | b'=' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&'
                | b'|' | b'^'
                    if self.peek(1) == Some(b'=') =>
                {
                    has_expr = true;
                    self.pos += 2;
                }
                b'!' | b'=' | b':' if brackets.is_empty() => break c,
                _ => {
                    has_expr = true;
                    self.pos += 1;
                }
            }
        };
        let expr_end = self.pos;
        self.open_fields.pop();
        self.expressions.push((open, expr_end));
        // CPython leaves every comment of the expression out of a `=`
        // field's echo, those in f-strings nested in it too.
        let comments = self.comments[first_comment..].to_vec();
        if !has_expr {
            let msg = format!(
                "f-string: valid expression required before '{}'",
                terminator as char
            );
            return fail(msg, self.pos);
        }
        let mut debug_end = None;
        if terminator == b'=' {
            self.pos += 1;
            self.skip_field_space(triple);
            debug_end = Some(self.pos);
            if !matches!(self.peek(0), Some(b'!' | b':' | b'}')) {
                return fail("f-string: expecting '!', or ':', or '}'", self.pos);
            }
        }
        let conversion = if self.peek(0) == Some(b'!') {
            Some(self.conversion(triple)?)
        } else {
            None
        };
        let mut spec = None;
        if self.peek(0) == Some(b':') {
            if spec_depth >= 2 {
                return fail("f-string: expressions nested too deeply", self.pos);
            }
            self.pos += 1;
            spec = Some(self.pieces(start, raw, spec_depth + 1)?);
        }
        // `pieces` and the loop above both stop only at the closing brace.
        let close = self.pos;
        self.pos += 1;
        self.level -= 1;
        Ok(Field {
            open,
            expr_end,
            debug_end,
            comments,
            conversion,
            spec,
            close,
        })
    }

    /// Whether the position is at the closing quote of the innermost
    /// f-string.
    fn at_closing_quote(&self) -> bool {
        let (quote, triple) = self.enclosing.last().copied().unwrap_or((b'"', false));
        closes(self.src, self.pos, quote, triple)
    }

    /// Count an opening bracket inside an f-string.
    fn enter_bracket(&mut self, at: usize) -> Result<(), Fail> {
        self.level += 1;
        if self.level > MAX_BRACKET_NESTING {
            return fail("too many nested parentheses", at);
        }
        Ok(())
    }

    /// Skip whitespace between the parts of a field.
    fn skip_field_space(&mut self, triple: bool) {
        while let Some(c) = self.peek(0) {
            match c {
                b' ' | b'\t' | b'\x0c' | b'\r' => {}
                b'\n' => self.needs |= !triple,
                _ => break,
            }
            self.pos += 1;
        }
    }

    /// Read `!c` and the whitespace after it; the conversion letter.
    fn conversion(&mut self, triple: bool) -> Result<u8, Fail> {
        self.pos += 1;
        match self.peek(0) {
            None | Some(b'}' | b':') => {
                return fail("f-string: missing conversion character", self.pos)
            }
            Some(b' ' | b'\t' | b'\x0c' | b'\r' | b'\n') => {
                return fail(
                    "f-string: conversion type must come right after the exclamanation mark",
                    self.pos,
                )
            }
            Some(b'\\') => {
                return fail(
                    "unexpected character after line continuation character",
                    self.pos + 1,
                )
            }
            _ => {}
        }
        let at = self.pos;
        let name = self.ident_run();
        let letter = match name {
            [c @ (b's' | b'r' | b'a')] => *c,
            [] => return fail("f-string: invalid conversion character", at),
            _ => {
                let msg = format!(
                    "f-string: invalid conversion character '{}': expected 's', 'r', or 'a'",
                    String::from_utf8_lossy(name)
                );
                return fail(msg, at);
            }
        };
        self.skip_field_space(triple);
        match self.peek(0) {
            Some(b':' | b'}') => Ok(letter),
            Some(_) if !self.at_closing_quote() => fail("f-string: expecting ':' or '}'", self.pos),
            _ => fail("f-string: expecting '}'", self.pos),
        }
    }

    /// Read a string literal inside a field, from its opening quote;
    /// `start` is where its prefix starts.
    fn nested_string(
        &mut self,
        start: usize,
        raw: bool,
        format: bool,
        bytes: bool,
    ) -> Result<(), Fail> {
        let (quote, triple) = self.open_quote();
        // rustpython-parser's f-string reader ends a nested string at the
        // next quote of its kind: a triple-quoted one, or one reusing an
        // enclosing quote, must be read here.
        if triple || self.enclosing.iter().any(|&(q, _)| q == quote) {
            self.needs = true;
        }
        if format {
            self.fstring(start, raw)?;
            Ok(())
        } else {
            self.skip_plain_string(raw, bytes)
        }
    }
}

/// Record a literal stretch unless it is empty.
fn push_literal(pieces: &mut Vec<Piece>, range: Range<usize>) {
    if !range.is_empty() {
        pieces.push(Piece::Literal(range));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one f-string of `src`, which must scan without error.
    fn one(src: &str) -> FString {
        let scan = scan(src);
        assert!(scan.error.is_none(), "unexpected error in {src:?}");
        assert_eq!(scan.fstrings.len(), 1, "one f-string in {src:?}");
        scan.fstrings.into_iter().next().expect("one f-string")
    }

    /// The message of the error in `src`.
    fn error(src: &str) -> String {
        match scan(src).error.map(|e| e.kind) {
            Some(ScanErrorKind::Message(m)) => m,
            Some(ScanErrorKind::Unterminated { what, .. }) => format!("unterminated {what}"),
            Some(ScanErrorKind::Mismatch { close, open, .. }) => {
                format!("mismatch {} {}", open as char, close as char)
            }
            None => panic!("no error in {src:?}"),
        }
    }

    fn field(piece: &Piece) -> &Field {
        match piece {
            Piece::Field(f) => f,
            Piece::Literal(r) => panic!("literal {r:?} where a field was expected"),
        }
    }

    #[test]
    fn plain_source_has_no_fstrings() {
        let scan = scan("x = 'a' + \"b\" # f'{'\nif x: pass\n");
        assert!(scan.fstrings.is_empty() && scan.error.is_none());
    }

    #[test]
    fn lexable_fstring_needs_nothing() {
        let f = one("print(f'{x!r:>{w}} and {{braces}}', y)");
        assert!(!f.needs_pep701);
        assert_eq!((f.start, f.end), (6, 34));
        assert_eq!(f.pieces.len(), 2);
        let x = field(&f.pieces[0]);
        assert_eq!((x.open, x.expr_end, x.close), (8, 10, 17));
        assert_eq!(x.conversion, Some(b'r'));
        assert_eq!(x.spec.as_ref().map(Vec::len), Some(2));
    }

    #[test]
    fn same_quotes_inside_a_field() {
        let src = r#"f"{d["key"]}" + f"{", ".join(xs)}""#;
        let scan = scan(src);
        assert!(scan.error.is_none());
        let ends: Vec<_> = scan.fstrings.iter().map(|f| (f.start, f.end)).collect();
        assert_eq!(ends, [(0, 13), (16, 34)]);
        assert!(scan.fstrings.iter().all(|f| f.needs_pep701));
    }

    #[test]
    fn nested_fstrings_with_one_quote() {
        let f = one(r#"f"{f"{f"{f"{x}"}"}"}""#);
        assert!(f.needs_pep701);
        assert_eq!(f.end, 21);
        assert_eq!(f.pieces.len(), 1);
    }

    #[test]
    fn backslashes_comments_and_newlines_in_fields() {
        assert!(one(r#"f"{'\n'.join(x)}""#).needs_pep701);
        assert!(one(r#"f'''{f"\n"}'''"#).needs_pep701);
        assert!(one("f'''{x # note\n}'''").needs_pep701);
        assert!(one("f'{x\n}'").needs_pep701);
        assert!(!one("f'''{x\n}'''").needs_pep701);
        let f = one("f'''{x # note\n=}'''");
        assert_eq!(field(&f.pieces[0]).comments.first(), Some(&(7..13)));
        assert_eq!(field(&f.pieces[0]).debug_end, Some(15));
    }

    #[test]
    fn deep_spec_needs_pep701() {
        assert!(!one("f'{x:{y}}'").needs_pep701);
        assert!(one("f'{x:{y:{z}}}'").needs_pep701);
        assert_eq!(
            error("f'{x:{y:{z:{w}}}}'"),
            "f-string: expressions nested too deeply"
        );
    }

    #[test]
    fn operators_are_not_field_ends() {
        let f = one("f'{a != b} {a == b} {a <= b} {(x := 1)} {d[1:2]} {x = }'");
        let ends: Vec<_> = f
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Field(x) => Some(x.debug_end.is_some()),
                Piece::Literal(_) => None,
            })
            .collect();
        assert_eq!(ends, [false, false, false, false, false, true]);
    }

    #[test]
    fn escapes_in_literals() {
        // `\N{...}` is no field; `\{` is a backslash before a field.
        let f = one(r"f'\N{DASH} \{x} \' {y}'");
        let fields = f
            .pieces
            .iter()
            .filter(|p| matches!(p, Piece::Field(_)))
            .count();
        assert_eq!(fields, 2);
    }

    #[test]
    fn prefixes() {
        assert!(one("rf'{x}'").raw && one("Rf'{x}'").raw && one("fR'{x}'").raw);
        assert!(!one("F'{x}'").raw);
        assert!(scan("b'{' + rb'{' + u'{' + br'}'").fstrings.is_empty());
        assert!(scan("elif'{'").fstrings.is_empty());
    }

    #[test]
    fn cpython_error_messages() {
        assert_eq!(
            error("f'{}'"),
            "f-string: valid expression required before '}'"
        );
        assert_eq!(
            error("f'{!r}'"),
            "f-string: valid expression required before '!'"
        );
        assert_eq!(error("f'{'"), "f-string: expecting '}'");
        assert_eq!(error("f'}'"), "f-string: single '}' is not allowed");
        assert_eq!(error(r#"f"{x"#), "f-string: expecting '}'");
        assert_eq!(
            error("f'{1!x}'"),
            "f-string: invalid conversion character 'x': expected 's', 'r', or 'a'"
        );
        assert_eq!(error("f'{x!}'"), "f-string: missing conversion character");
        assert_eq!(error("f'{x!r!s}'"), "f-string: expecting ':' or '}'");
        assert_eq!(
            error("f'{x= y}'"),
            "f-string: expecting '!', or ':', or '}'"
        );
        assert_eq!(error("f'{x)}'"), "f-string: unmatched ')'");
        assert_eq!(error("f'{(x]}'"), "mismatch ( ]");
        assert_eq!(error("f'{[x # c}'\n"), "'[' was never closed");
        assert_eq!(error("f'abc"), "unterminated f-string literal");
        assert_eq!(
            error("f'''abc\n"),
            "unterminated triple-quoted f-string literal"
        );
        assert_eq!(
            error("f'{x:abc'"),
            "f-string: expecting '}', or format specs"
        );
        let deep = "f'{".repeat(151) + &"}'".repeat(151);
        assert_eq!(error(&deep), "too many nested f-strings");
    }

    #[test]
    fn unterminated_plain_string_stops_the_scan() {
        let scan = scan("f'{x}' 'abc\nf'{y}'");
        assert_eq!(scan.fstrings.len(), 1);
        assert!(scan.error.is_none());
    }
}
