//! The D parser: preprocessed script text to `ast::Program`.
//!
//! Counterpart in DTrace: `libdtrace/dt_lex.l` and `dt_grammar.y`. As in
//! DTrace's lexer, a clause starts in "probe description" mode, where
//! `python$target:::function-entry` is one word (it holds `-`, `*`, `$`
//! and `:`), and switches to expression tokens at the predicate or the
//! action block. Inside a predicate a `/` followed by `{` (or the end of
//! the program) closes it; any other `/` divides.
//!
//! Operator precedence and associativity are C's, with D's `^^` (logical
//! exclusive or) between `&&` and `||`.

use crate::ast::*;
use crate::cpp::parse_c_int;
use crate::CompileError;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Int(i64),
    Str(String),
    Macro(String),
    Agg(String),
    Punct(&'static str),
    Eof,
}

/// Punctuators, longest first so that the lexer takes the longest match.
const PUNCTS: &[&str] = &[
    "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "^^", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "{", "}", "(", ")", "[", "]", ";", ",", ":", "?",
    "/", "*", "+", "-", "%", "&", "|", "^", "!", "~", "=", "<", ">", ".", "`",
];

/// Words that start a declaration at the top level of a program.
const TYPE_WORDS: &[&str] = &[
    "int",
    "char",
    "short",
    "long",
    "signed",
    "unsigned",
    "string",
    "int8_t",
    "int16_t",
    "int32_t",
    "int64_t",
    "uint8_t",
    "uint16_t",
    "uint32_t",
    "uint64_t",
    "intptr_t",
    "uintptr_t",
    "size_t",
    "ssize_t",
    "pid_t",
    "tid_t",
    "uid_t",
    "id_t",
    "void",
    "float",
    "double",
    "struct",
    "union",
    "enum",
    "const",
    "volatile",
    "userland",
    "hrtime_t",
];

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    peeked: Option<(Tok, u32)>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer {
            src: src.as_bytes(),
            pos: 0,
            line: 1,
            peeked: None,
        }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.src.get(at).copied()
    }

    /// Skip whitespace and comments; an unterminated comment is an error.
    fn skip_trivia(&mut self) -> Result<(), CompileError> {
        loop {
            match self.byte(self.pos) {
                Some(b'\n') => {
                    self.line += 1;
                    self.pos += 1;
                }
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.byte(self.pos + 1) == Some(b'*') => {
                    let start = self.line;
                    self.pos += 2;
                    loop {
                        match self.byte(self.pos) {
                            None => return Err(CompileError::new(start, "unterminated comment")),
                            Some(b'*') if self.byte(self.pos + 1) == Some(b'/') => {
                                self.pos += 2;
                                break;
                            }
                            Some(b'\n') => {
                                self.line += 1;
                                self.pos += 1;
                            }
                            Some(_) => self.pos += 1,
                        }
                    }
                }
                Some(b'/') if self.byte(self.pos + 1) == Some(b'/') => {
                    while !matches!(self.byte(self.pos), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    /// The next raw character after trivia, without consuming it.
    fn peek_char(&mut self) -> Result<Option<u8>, CompileError> {
        debug_assert!(self.peeked.is_none());
        self.skip_trivia()?;
        Ok(self.byte(self.pos))
    }

    /// The identifier at the current position (after trivia), if any.
    fn peek_word(&mut self) -> Result<Option<String>, CompileError> {
        self.skip_trivia()?;
        let start = self.pos;
        let mut end = start;
        while self
            .byte(end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            end += 1;
        }
        let word = std::str::from_utf8(&self.src[start..end]).unwrap_or_default();
        Ok((!word.is_empty() && !word.as_bytes()[0].is_ascii_digit()).then(|| word.to_string()))
    }

    /// A probe description: everything up to whitespace, `,`, `/`, `{` or `;`.
    fn probe_spec(&mut self) -> Result<Option<ProbeSpec>, CompileError> {
        self.skip_trivia()?;
        let start = self.pos;
        while let Some(c) = self.byte(self.pos) {
            if c.is_ascii_whitespace() || matches!(c, b',' | b'/' | b'{' | b';' | b'}') {
                break;
            }
            self.pos += 1;
        }
        if self.pos == start {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&self.src[start..self.pos]).into_owned();
        Ok(Some(ProbeSpec {
            text,
            line: self.line,
        }))
    }

    /// Whether what follows the current position (a consumed `/`) is `{`
    /// or the end of the program: then that `/` closed a predicate.
    fn at_predicate_end(&mut self) -> Result<bool, CompileError> {
        let (pos, line) = (self.pos, self.line);
        self.skip_trivia()?;
        let closes = matches!(self.byte(self.pos), None | Some(b'{'));
        self.pos = pos;
        self.line = line;
        Ok(closes)
    }

    fn peek(&mut self) -> Result<&Tok, CompileError> {
        if self.peeked.is_none() {
            let t = self.lex()?;
            self.peeked = Some(t);
        }
        Ok(&self.peeked.as_ref().expect("peeked").0)
    }

    fn next(&mut self) -> Result<(Tok, u32), CompileError> {
        match self.peeked.take() {
            Some(t) => Ok(t),
            None => self.lex(),
        }
    }

    /// The line of the next token.
    fn line(&mut self) -> Result<u32, CompileError> {
        self.peek()?;
        Ok(self.peeked.as_ref().expect("peeked").1)
    }

    fn lex(&mut self) -> Result<(Tok, u32), CompileError> {
        self.skip_trivia()?;
        let line = self.line;
        let Some(c) = self.byte(self.pos) else {
            return Ok((Tok::Eof, line));
        };
        let word = |lx: &mut Self, start: usize| {
            let mut end = start;
            while lx
                .byte(end)
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
            {
                end += 1;
            }
            lx.pos = end;
            String::from_utf8_lossy(&lx.src[start..end]).into_owned()
        };
        if c.is_ascii_alphabetic() || c == b'_' {
            let w = word(self, self.pos);
            return Ok((Tok::Ident(w), line));
        }
        if c.is_ascii_digit() {
            let w = word(self, self.pos);
            let v = parse_c_int(&w)
                .ok_or_else(|| CompileError::new(line, &format!("invalid number {w}")))?;
            return Ok((Tok::Int(v), line));
        }
        match c {
            b'$' => {
                // `$$1` is the string form of `$1`; keep one `$` to mark it.
                let double = self.byte(self.pos + 1) == Some(b'$');
                let w = word(self, self.pos + if double { 2 } else { 1 });
                if w.is_empty() {
                    return Err(CompileError::new(line, "$ without a macro name"));
                }
                Ok((Tok::Macro(if double { format!("${w}") } else { w }), line))
            }
            b'@' => {
                let w = word(self, self.pos + 1);
                Ok((Tok::Agg(w), line))
            }
            b'"' => Ok((Tok::Str(self.string_literal(b'"')?), line)),
            b'\'' => {
                let s = self.string_literal(b'\'')?;
                let mut chars = s.bytes();
                match (chars.next(), chars.next()) {
                    (Some(v), None) => Ok((Tok::Int(i64::from(v)), line)),
                    _ => Err(CompileError::new(line, "invalid character constant")),
                }
            }
            _ => {
                for p in PUNCTS {
                    if self.src[self.pos..].starts_with(p.as_bytes()) {
                        self.pos += p.len();
                        return Ok((Tok::Punct(p), line));
                    }
                }
                Err(CompileError::new(
                    line,
                    &format!("invalid character '{}'", c as char),
                ))
            }
        }
    }

    /// A string or character literal with C escapes.
    fn string_literal(&mut self, quote: u8) -> Result<String, CompileError> {
        let line = self.line;
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.byte(self.pos) else {
                return Err(CompileError::new(line, "unterminated string"));
            };
            self.pos += 1;
            if c == quote {
                break;
            }
            if c == b'\n' {
                return Err(CompileError::new(line, "newline in string"));
            }
            if c != b'\\' {
                out.push(c);
                continue;
            }
            let Some(e) = self.byte(self.pos) else {
                return Err(CompileError::new(line, "unterminated string"));
            };
            self.pos += 1;
            out.push(match e {
                b'n' => b'\n',
                b't' => b'\t',
                b'r' => b'\r',
                b'a' => 7,
                b'b' => 8,
                b'f' => 12,
                b'v' => 11,
                b'0'..=b'7' => {
                    let mut v = u32::from(e - b'0');
                    for _ in 0..2 {
                        match self.byte(self.pos) {
                            Some(d @ b'0'..=b'7') => {
                                v = v * 8 + u32::from(d - b'0');
                                self.pos += 1;
                            }
                            _ => break,
                        }
                    }
                    v as u8
                }
                b'x' => {
                    let mut v = 0u32;
                    while let Some(d) = self.byte(self.pos).filter(u8::is_ascii_hexdigit) {
                        v = v * 16 + (d as char).to_digit(16).unwrap_or(0);
                        self.pos += 1;
                    }
                    v as u8
                }
                other => other,
            });
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}

/// Parse a preprocessed D program.
pub fn parse(text: &str) -> Result<Program, CompileError> {
    let mut p = Parser {
        lx: Lexer::new(text),
        in_predicate: false,
    };
    p.program()
}

struct Parser<'a> {
    lx: Lexer<'a>,
    in_predicate: bool,
}

fn binary_precedence(op: &str) -> Option<u8> {
    Some(match op {
        "||" => 1,
        "^^" => 2,
        "&&" => 3,
        "|" => 4,
        "^" => 5,
        "&" => 6,
        "==" | "!=" => 7,
        "<" | "<=" | ">" | ">=" => 8,
        "<<" | ">>" => 9,
        "+" | "-" => 10,
        "*" | "/" | "%" => 11,
        _ => return None,
    })
}

impl Parser<'_> {
    fn error<T>(&mut self, msg: &str) -> Result<T, CompileError> {
        let line = self.lx.line()?;
        Err(CompileError::new(line, msg))
    }

    fn describe(tok: &Tok) -> String {
        match tok {
            Tok::Ident(s) => format!("'{s}'"),
            Tok::Int(v) => format!("'{v}'"),
            Tok::Str(s) => format!("\"{s}\""),
            Tok::Macro(s) => format!("'${s}'"),
            Tok::Agg(s) => format!("'@{s}'"),
            Tok::Punct(p) => format!("'{p}'"),
            Tok::Eof => "end of input".into(),
        }
    }

    fn expect(&mut self, p: &'static str) -> Result<u32, CompileError> {
        let (tok, line) = self.lx.next()?;
        if tok == Tok::Punct(p) {
            return Ok(line);
        }
        Err(CompileError::new(
            line,
            &format!("syntax error near {}: expected '{p}'", Self::describe(&tok)),
        ))
    }

    fn eat(&mut self, p: &'static str) -> Result<bool, CompileError> {
        if *self.lx.peek()? == Tok::Punct(p) {
            self.lx.next()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn ident(&mut self) -> Result<String, CompileError> {
        match self.lx.next()? {
            (Tok::Ident(s), _) => Ok(s),
            (tok, line) => Err(CompileError::new(
                line,
                &format!(
                    "syntax error near {}: expected a name",
                    Self::describe(&tok)
                ),
            )),
        }
    }

    fn program(&mut self) -> Result<Program, CompileError> {
        let mut prog = Program::default();
        loop {
            let Some(c) = self.lx.peek_char()? else {
                return Ok(prog);
            };
            if c == b';' {
                self.lx.pos += 1;
                continue;
            }
            match self.lx.peek_word()?.as_deref() {
                Some("self") | Some("this") => self.declaration(&mut prog)?,
                Some("inline") => self.inline(&mut prog)?,
                Some(w @ ("typedef" | "translator" | "provider")) => {
                    let w = w.to_string();
                    return self.error(&format!("{w} declarations are not supported"));
                }
                Some(w) if TYPE_WORDS.contains(&w) => self.declaration(&mut prog)?,
                _ => prog.clauses.push(self.clause()?),
            }
        }
    }

    /// The type words of a declaration; `None` for a type we cannot hold.
    fn type_name(&mut self) -> Result<(String, Option<Ty>), CompileError> {
        let mut words = Vec::new();
        loop {
            match self.lx.peek()?.clone() {
                Tok::Ident(w) if TYPE_WORDS.contains(&w.as_str()) => {
                    self.lx.next()?;
                    words.push(w);
                }
                Tok::Punct("*") => {
                    self.lx.next()?;
                    words.push("*".into());
                }
                _ => break,
            }
        }
        let name = words.join(" ");
        let ty = if words.iter().any(|w| w == "struct" || w == "union") {
            None
        } else if words == ["string"] {
            Some(Ty::Str)
        } else if words.iter().any(|w| w == "float" || w == "double") {
            None
        } else {
            Some(Ty::Int)
        };
        Ok((name, ty))
    }

    fn declaration(&mut self, prog: &mut Program) -> Result<(), CompileError> {
        let line = self.lx.line()?;
        let scope = match self.lx.peek()? {
            Tok::Ident(w) if w == "self" => Scope::Thread,
            Tok::Ident(w) if w == "this" => Scope::Clause,
            _ => Scope::Global,
        };
        if scope != Scope::Global {
            self.lx.next()?;
        }
        let (tname, ty) = self.type_name()?;
        loop {
            let name = self.ident()?;
            let mut keys = None;
            if self.eat("[")? {
                let mut n = 1;
                while !self.eat("]")? {
                    if self.eat(",")? {
                        n += 1;
                    } else {
                        self.lx.next()?;
                    }
                }
                keys = Some(n);
            }
            let Some(ty) = ty else {
                return Err(CompileError::new(
                    line,
                    &format!("declaration of {name} with type '{tname}' is not supported"),
                ));
            };
            prog.decls.push(Decl {
                scope,
                ty,
                name,
                keys,
                line,
            });
            if !self.eat(",")? {
                break;
            }
        }
        self.expect(";")?;
        Ok(())
    }

    /// `inline TYPE NAME = EXPR;`
    fn inline(&mut self, prog: &mut Program) -> Result<(), CompileError> {
        self.lx.next()?;
        self.type_name()?;
        let name = self.ident()?;
        self.expect("=")?;
        let value = self.expr()?;
        self.expect(";")?;
        prog.inlines.push((name, value));
        Ok(())
    }

    fn clause(&mut self) -> Result<Clause, CompileError> {
        let mut probes = Vec::new();
        loop {
            match self.lx.probe_spec()? {
                Some(spec) => probes.push(spec),
                None => {
                    let line = self.lx.line;
                    let near = self
                        .lx
                        .byte(self.lx.pos)
                        .map_or("end of input".to_string(), |c| format!("'{}'", c as char));
                    return Err(CompileError::new(
                        line,
                        &format!("syntax error near {near}: expected a probe description"),
                    ));
                }
            }
            if self.lx.peek_char()? == Some(b',') {
                self.lx.pos += 1;
                continue;
            }
            break;
        }
        let line = probes[0].line;
        let mut predicate = None;
        if self.lx.peek_char()? == Some(b'/') {
            self.lx.pos += 1;
            self.in_predicate = true;
            let e = self.expr();
            self.in_predicate = false;
            predicate = Some(e?);
            self.expect("/")?;
        }
        let body = match self.lx.peek_char()? {
            Some(b'{') => {
                self.expect("{")?;
                self.statements()?
            }
            // A description without an action block: the default action.
            None | Some(b';') if predicate.is_none() => Vec::new(),
            _ => return self.error("syntax error: expected '{' to start the clause's actions"),
        };
        Ok(Clause {
            probes,
            predicate,
            body,
            line,
            source: 0,
        })
    }

    /// Statements up to and including the closing `}`.
    fn statements(&mut self) -> Result<Vec<Stmt>, CompileError> {
        let mut out = Vec::new();
        loop {
            match self.lx.peek()?.clone() {
                Tok::Punct("}") => {
                    self.lx.next()?;
                    return Ok(out);
                }
                Tok::Punct(";") => {
                    self.lx.next()?;
                }
                Tok::Eof => return self.error("syntax error: missing '}'"),
                Tok::Ident(w) if w == "if" => out.push(self.if_statement()?),
                _ => {
                    let e = self.expr()?;
                    out.push(Stmt::Expr(e));
                    // The last statement of a block may omit its ';'.
                    if *self.lx.peek()? != Tok::Punct("}") {
                        self.expect(";")?;
                    }
                }
            }
        }
    }

    fn if_statement(&mut self) -> Result<Stmt, CompileError> {
        self.lx.next()?;
        self.expect("(")?;
        let cond = self.expr()?;
        self.expect(")")?;
        let then = self.branch()?;
        let otherwise = match self.lx.peek()? {
            Tok::Ident(w) if w == "else" => {
                self.lx.next()?;
                self.branch()?
            }
            _ => Vec::new(),
        };
        Ok(Stmt::If(cond, then, otherwise))
    }

    /// An `if` branch: a block or a single statement.
    fn branch(&mut self) -> Result<Vec<Stmt>, CompileError> {
        if self.eat("{")? {
            return self.statements();
        }
        if matches!(self.lx.peek()?, Tok::Ident(w) if w == "if") {
            return Ok(vec![self.if_statement()?]);
        }
        let e = self.expr()?;
        self.expect(";")?;
        Ok(vec![Stmt::Expr(e)])
    }

    pub fn expr(&mut self) -> Result<Expr, CompileError> {
        self.assignment()
    }

    fn assignment(&mut self) -> Result<Expr, CompileError> {
        let lhs = self.ternary()?;
        if let Tok::Punct(op) = *self.lx.peek()? {
            if matches!(
                op,
                "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>="
            ) {
                let line = self.lx.line()?;
                self.lx.next()?;
                let rhs = self.assignment()?;
                return Ok(Expr::new(
                    ExprKind::Assign(op, Box::new(lhs), Box::new(rhs)),
                    line,
                ));
            }
        }
        Ok(lhs)
    }

    fn ternary(&mut self) -> Result<Expr, CompileError> {
        let cond = self.binary(1)?;
        if *self.lx.peek()? != Tok::Punct("?") {
            return Ok(cond);
        }
        let line = self.lx.line()?;
        self.lx.next()?;
        let a = self.assignment()?;
        self.expect(":")?;
        let b = self.ternary()?;
        Ok(Expr::new(
            ExprKind::Ternary(Box::new(cond), Box::new(a), Box::new(b)),
            line,
        ))
    }

    fn binary(&mut self, min: u8) -> Result<Expr, CompileError> {
        let mut lhs = self.unary()?;
        loop {
            let Tok::Punct(op) = *self.lx.peek()? else {
                return Ok(lhs);
            };
            let Some(prec) = binary_precedence(op) else {
                return Ok(lhs);
            };
            if prec < min {
                return Ok(lhs);
            }
            // The `/` is the peeked token: the lexer stands just after it.
            if op == "/" && self.in_predicate && self.lx.at_predicate_end()? {
                return Ok(lhs);
            }
            let line = self.lx.line()?;
            self.lx.next()?;
            let rhs = self.binary(prec + 1)?;
            lhs = Expr::new(ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)), line);
        }
    }

    fn unary(&mut self) -> Result<Expr, CompileError> {
        let line = self.lx.line()?;
        match self.lx.peek()?.clone() {
            Tok::Punct(op @ ("!" | "~" | "-" | "+" | "*" | "&")) => {
                self.lx.next()?;
                let e = self.unary()?;
                Ok(Expr::new(ExprKind::Unary(op, Box::new(e)), line))
            }
            Tok::Punct(op @ ("++" | "--")) => {
                self.lx.next()?;
                let e = self.unary()?;
                Ok(Expr::new(
                    ExprKind::IncDec {
                        op,
                        prefix: true,
                        target: Box::new(e),
                    },
                    line,
                ))
            }
            Tok::Ident(w) if matches!(w.as_str(), "sizeof" | "offsetof" | "xlate") => {
                self.lx.next()?;
                self.skip_balanced()?;
                Ok(Expr::new(ExprKind::Unsupported(format!("{w}()")), line))
            }
            Tok::Ident(w) if w == "stringof" => {
                self.lx.next()?;
                let e = self.unary()?;
                Ok(Expr::new(ExprKind::Call(w, vec![e]), line))
            }
            Tok::Punct("(") if self.cast_ahead()? => {
                self.lx.next()?;
                let (name, _) = self.type_name()?;
                self.expect(")")?;
                let e = self.unary()?;
                Ok(Expr::new(ExprKind::Cast(name, Box::new(e)), line))
            }
            _ => self.postfix(),
        }
    }

    /// Skip a parenthesised (or `<...>` then parenthesised) argument list.
    fn skip_balanced(&mut self) -> Result<(), CompileError> {
        let mut depth = 0i32;
        loop {
            match self.lx.next()?.0 {
                Tok::Punct("(") | Tok::Punct("<") => depth += 1,
                Tok::Punct(")") | Tok::Punct(">") => {
                    depth -= 1;
                    if depth == 0 && *self.lx.peek()? != Tok::Punct("(") {
                        return Ok(());
                    }
                }
                Tok::Eof => return self.error("syntax error: unbalanced parentheses"),
                _ if depth == 0 => return Ok(()),
                _ => {}
            }
        }
    }

    /// Whether a `(` at the current token starts a cast: `(type)`.
    fn cast_ahead(&mut self) -> Result<bool, CompileError> {
        // Look at the raw text after the peeked `(`.
        let rest = &self.lx.src[self.lx.pos..];
        let text = std::str::from_utf8(rest).unwrap_or_default().trim_start();
        let word: String = text
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        Ok(TYPE_WORDS.contains(&word.as_str()))
    }

    fn postfix(&mut self) -> Result<Expr, CompileError> {
        let mut e = self.primary()?;
        loop {
            let line = self.lx.line()?;
            match *self.lx.peek()? {
                Tok::Punct("[") => {
                    self.lx.next()?;
                    let mut keys = vec![self.expr()?];
                    while self.eat(",")? {
                        keys.push(self.expr()?);
                    }
                    self.expect("]")?;
                    e = Expr::new(ExprKind::Index(Box::new(e), keys), line);
                }
                Tok::Punct("(") => {
                    let ExprKind::Ident(name) = &e.kind else {
                        return self.error("syntax error: only named functions can be called");
                    };
                    let name = name.clone();
                    self.lx.next()?;
                    let mut args = Vec::new();
                    if !self.eat(")")? {
                        loop {
                            args.push(self.assignment()?);
                            if self.eat(")")? {
                                break;
                            }
                            self.expect(",")?;
                        }
                    }
                    e = Expr::new(ExprKind::Call(name, args), e.line);
                }
                Tok::Punct(op @ ("->" | ".")) => {
                    self.lx.next()?;
                    let member = self.ident()?;
                    e = match (&e.kind, op) {
                        (ExprKind::Ident(s), "->") if s == "self" => {
                            Expr::new(ExprKind::SelfVar(member), e.line)
                        }
                        (ExprKind::Ident(s), "->") if s == "this" => {
                            Expr::new(ExprKind::ThisVar(member), e.line)
                        }
                        _ => {
                            Expr::new(ExprKind::Member(Box::new(e), format!("{op}{member}")), line)
                        }
                    };
                }
                Tok::Punct(op @ ("++" | "--")) => {
                    self.lx.next()?;
                    e = Expr::new(
                        ExprKind::IncDec {
                            op,
                            prefix: false,
                            target: Box::new(e),
                        },
                        line,
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    fn primary(&mut self) -> Result<Expr, CompileError> {
        let (tok, line) = self.lx.next()?;
        let kind = match tok {
            Tok::Int(v) => ExprKind::Int(v),
            Tok::Str(mut s) => {
                // Adjacent string literals concatenate, as in C.
                while let Tok::Str(more) = self.lx.peek()?.clone() {
                    self.lx.next()?;
                    s.push_str(&more);
                }
                ExprKind::Str(s)
            }
            Tok::Ident(w) => ExprKind::Ident(w),
            Tok::Macro(m) => ExprKind::Macro(m),
            Tok::Agg(a) => ExprKind::Agg(a),
            Tok::Punct("(") => {
                let saved = self.in_predicate;
                self.in_predicate = false;
                let e = self.expr();
                self.in_predicate = saved;
                let e = e?;
                self.expect(")")?;
                return Ok(e);
            }
            Tok::Punct("`") => {
                return Err(CompileError::new(
                    line,
                    "kernel symbols (`name) are not supported",
                ))
            }
            other => {
                return Err(CompileError::new(
                    line,
                    &format!("syntax error near {}", Self::describe(&other)),
                ))
            }
        };
        Ok(Expr::new(kind, line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact rendering of an expression for assertions.
    fn show(e: &Expr) -> String {
        match &e.kind {
            ExprKind::Int(v) => v.to_string(),
            ExprKind::Str(s) => format!("{s:?}"),
            ExprKind::Ident(s) => s.clone(),
            ExprKind::SelfVar(s) => format!("self->{s}"),
            ExprKind::ThisVar(s) => format!("this->{s}"),
            ExprKind::Macro(s) => format!("${s}"),
            ExprKind::Agg(s) => format!("@{s}"),
            ExprKind::Call(f, a) => {
                format!("{f}({})", a.iter().map(show).collect::<Vec<_>>().join(", "))
            }
            ExprKind::Index(b, k) => format!(
                "{}[{}]",
                show(b),
                k.iter().map(show).collect::<Vec<_>>().join(", ")
            ),
            ExprKind::Unary(op, a) => format!("({op}{})", show(a)),
            ExprKind::Binary(op, a, b) => format!("({} {op} {})", show(a), show(b)),
            ExprKind::Assign(op, a, b) => format!("({} {op} {})", show(a), show(b)),
            ExprKind::Ternary(c, a, b) => format!("({} ? {} : {})", show(c), show(a), show(b)),
            ExprKind::IncDec { op, prefix, target } => {
                if *prefix {
                    format!("({op}{})", show(target))
                } else {
                    format!("({}{op})", show(target))
                }
            }
            ExprKind::Cast(t, a) => format!("(({t}) {})", show(a)),
            ExprKind::Member(a, m) => format!("{}{m}", show(a)),
            ExprKind::Unsupported(s) => s.clone(),
        }
    }

    #[test]
    fn parses_call_stack_d() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scripts/call_stack.d"
        ))
        .unwrap();
        let pp = crate::cpp::preprocess(&text, &[]).unwrap();
        let prog = parse(&pp.text).unwrap();
        assert_eq!(prog.decls.len(), 1);
        assert_eq!(prog.decls[0].scope, Scope::Thread);
        assert_eq!(prog.decls[0].name, "indent");
        assert_eq!(prog.clauses.len(), 4);
        let c = &prog.clauses[1];
        assert_eq!(c.probes[0].text, "python$target:::function-entry");
        assert_eq!(show(c.predicate.as_ref().unwrap()), "self->trace");
        assert_eq!(c.body.len(), 4);
        let Stmt::Expr(e) = &c.body[0] else { panic!() };
        assert_eq!(show(e), "printf(\"%d\\t%*s:\", timestamp, 15, probename)");
        let Stmt::Expr(e) = &c.body[3] else { panic!() };
        assert_eq!(show(e), "(self->indent++)");
        let c = &prog.clauses[0];
        assert_eq!(
            show(c.predicate.as_ref().unwrap()),
            "(copyinstr(arg1) == \"start\")"
        );
    }

    #[test]
    fn precedence_and_predicates_with_division() {
        let prog =
            parse("a:b:c:d, BEGIN /x / 2 > 1 && y ^^ z || !w/ { q = a ? b : c + 1 * 2; }").unwrap();
        let c = &prog.clauses[0];
        assert_eq!(c.probes.len(), 2);
        assert_eq!(c.probes[1].text, "BEGIN");
        assert_eq!(
            show(c.predicate.as_ref().unwrap()),
            "(((((x / 2) > 1) && y) ^^ z) || (!w))"
        );
        let Stmt::Expr(e) = &c.body[0] else { panic!() };
        assert_eq!(show(e), "(q = (a ? b : (c + (1 * 2))))");
    }

    #[test]
    fn aggregations_macros_casts_and_declarations() {
        let prog = parse(
            "string s; int a[string, int]; this int t;\n\
             python$1:::line /pid == $target/ { @calls[copyinstr(arg0), arg2] = count(); x = (int)arg2; y = $$2; printa(\"%@d\\n\", @calls); @ = sum(1) }\n\
             tick-1s { exit(0) }",
        )
        .unwrap();
        assert_eq!(prog.decls.len(), 3);
        assert_eq!(prog.decls[1].keys, Some(2));
        assert_eq!(prog.decls[2].scope, Scope::Clause);
        let c = &prog.clauses[0];
        assert_eq!(show(c.predicate.as_ref().unwrap()), "(pid == $target)");
        let shown: Vec<String> = c
            .body
            .iter()
            .map(|s| match s {
                Stmt::Expr(e) => show(e),
                Stmt::If(..) => "if".into(),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "(@calls[copyinstr(arg0), arg2] = count())",
                "(x = ((int) arg2))",
                "(y = $$2)",
                "printa(\"%@d\\n\", @calls)",
                "(@ = sum(1))",
            ]
        );
        assert_eq!(prog.clauses[1].probes[0].text, "tick-1s");
    }

    #[test]
    fn if_else_and_default_action() {
        let prog = parse(
            "BEGIN { if (x) { y = 1; } else if (z) y = 2; else { y = 3 } }\npython*:::gc-start",
        )
        .unwrap();
        assert!(
            matches!(&prog.clauses[0].body[0], Stmt::If(_, t, e) if t.len() == 1 && e.len() == 1)
        );
        assert!(prog.clauses[1].body.is_empty());
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("BEGIN\n{\n  x = ;\n}").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.msg.contains("syntax error near ';'"), "{}", e.msg);
        let e = parse("BEGIN { x = \"abc }").unwrap_err();
        assert!(e.msg.contains("unterminated string"));
        let e = parse("typedef int foo_t;").unwrap_err();
        assert!(e.msg.contains("typedef"));
        let e = parse("BEGIN { x = 1; ").unwrap_err();
        assert!(e.msg.contains("missing '}'"), "{}", e.msg);
    }

    #[test]
    fn member_access_and_sizeof_parse_to_be_refused() {
        let prog = parse("BEGIN { x = curthread->t_pri; y = sizeof(int); z = *p; }").unwrap();
        let shown: Vec<String> = prog.clauses[0]
            .body
            .iter()
            .map(|s| match s {
                Stmt::Expr(e) => show(e),
                Stmt::If(..) => "if".into(),
            })
            .collect();
        assert_eq!(
            shown,
            ["(x = curthread->t_pri)", "(y = sizeof())", "(z = (*p))"]
        );
    }
}
