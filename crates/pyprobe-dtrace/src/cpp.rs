//! The preprocessor lines that D scripts commonly carry.
//!
//! DTrace runs the C preprocessor only with `-C`; scripts written for it
//! still carry `#!` lines and `#pragma D` lines without it. This module
//! handles, with or without `-C`: the `#!` first line; `#pragma D option`
//! (collected for the caller) and the other `#pragma D` forms (ignored, as
//! their only effect is on stability reports); object-like `#define`,
//! `#undef`; `#ifdef`, `#ifndef`, `#if` (integers, `defined`, `!`, `&&`,
//! `||`), `#elif`, `#else`, `#endif`; `#include` and `#line` (ignored:
//! declarations from system headers are not used by USDT scripts, and a
//! use of something only a header defines is an error later); `#error`.
//! A function-like macro is refused.
//!
//! Invariant: the output has exactly the input's lines (directives become
//! empty lines), so every later error names the line of the script file.

use crate::CompileError;
use std::collections::HashMap;

/// A `#pragma D option NAME[=VALUE]` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pragma {
    pub line: u32,
    pub name: String,
    pub value: Option<String>,
}

#[derive(Debug)]
pub struct Preprocessed {
    pub text: String,
    pub options: Vec<Pragma>,
}

/// One level of `#if` nesting: whether its current branch is live, and
/// whether any branch so far was taken.
struct Cond {
    live: bool,
    taken: bool,
    parent_live: bool,
}

pub fn preprocess(text: &str, defines: &[(String, String)]) -> Result<Preprocessed, CompileError> {
    let mut macros: HashMap<String, String> = defines.iter().cloned().collect();
    let mut conds: Vec<Cond> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut options = Vec::new();
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let line = i as u32 + 1;
        let live = conds.last().is_none_or(|c| c.live);
        let trimmed = raw.trim_start();
        if !in_comment && (i == 0 && trimmed.starts_with("#!")) {
            out.push('\n');
            continue;
        }
        if !in_comment && trimmed.starts_with('#') {
            let directive = trimmed[1..].trim_start();
            let (word, rest) = split_word(directive);
            let rest = strip_comment(rest).trim();
            match word {
                "if" | "ifdef" | "ifndef" => {
                    let value = live
                        && match word {
                            "ifdef" => macros.contains_key(rest),
                            "ifndef" => !macros.contains_key(rest),
                            _ => eval_if(rest, &macros, line)? != 0,
                        };
                    conds.push(Cond {
                        live: value,
                        taken: value,
                        parent_live: live,
                    });
                }
                "elif" => {
                    let c = conds
                        .last_mut()
                        .ok_or_else(|| err(line, "#elif without #if"))?;
                    let value = c.parent_live && !c.taken && eval_if(rest, &macros, line)? != 0;
                    c.live = value;
                    c.taken |= value;
                }
                "else" => {
                    let c = conds
                        .last_mut()
                        .ok_or_else(|| err(line, "#else without #if"))?;
                    c.live = c.parent_live && !c.taken;
                    c.taken = true;
                }
                "endif" => {
                    conds.pop().ok_or_else(|| err(line, "#endif without #if"))?;
                }
                _ if !live => {}
                "define" => {
                    let (name, value) = split_word(rest);
                    if name.is_empty() {
                        return Err(err(line, "#define without a name"));
                    }
                    if value.starts_with('(')
                        && !rest[name.len()..].starts_with(char::is_whitespace)
                    {
                        return Err(err(
                            line,
                            &format!("function-like macro {name}() is not supported"),
                        ));
                    }
                    macros.insert(name.to_string(), value.trim().to_string());
                }
                "undef" => {
                    macros.remove(rest);
                }
                "pragma" => pragma(rest, line, &mut options)?,
                "include" | "line" | "ident" => {}
                "error" => return Err(err(line, &format!("#error {rest}"))),
                "" => {}
                other => {
                    return Err(err(
                        line,
                        &format!("preprocessor directive #{other} is not supported"),
                    ))
                }
            }
            out.push('\n');
            continue;
        }
        if live {
            out.push_str(&expand(raw, &macros, &mut in_comment));
        } else {
            track_comments(raw, &mut in_comment);
        }
        out.push('\n');
    }
    if !conds.is_empty() {
        return Err(err(text.lines().count() as u32, "#if without #endif"));
    }
    Ok(Preprocessed { text: out, options })
}

fn err(line: u32, msg: &str) -> CompileError {
    CompileError::new(line, msg)
}

fn split_word(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    (&s[..end], &s[end..])
}

/// A directive's text without a trailing `/* ... */` or `// ...` comment.
fn strip_comment(s: &str) -> &str {
    let cut = [s.find("/*"), s.find("//")].into_iter().flatten().min();
    cut.map_or(s, |i| &s[..i])
}

/// `#pragma D option name[=value]`; other `#pragma D` lines are ignored.
fn pragma(rest: &str, line: u32, options: &mut Vec<Pragma>) -> Result<(), CompileError> {
    let mut words = rest.split_whitespace();
    if words.next() != Some("D") {
        return Ok(());
    }
    match words.next() {
        Some("option") => {
            let opt = words
                .next()
                .ok_or_else(|| err(line, "#pragma D option without an option"))?;
            let (name, value) = match opt.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (opt.to_string(), None),
            };
            options.push(Pragma { line, name, value });
            Ok(())
        }
        // attributes, binding, depends_on: stability and library metadata.
        _ => Ok(()),
    }
}

/// `#if` expressions: integers, macros, `defined(X)`, `!`, `&&`, `||`,
/// `==`, `!=` and parentheses.
fn eval_if(expr: &str, macros: &HashMap<String, String>, line: u32) -> Result<i64, CompileError> {
    let mut toks = Vec::new();
    let chars: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            toks.push(chars[start..i].iter().collect::<String>());
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            if ["&&", "||", "==", "!="].contains(&two.as_str()) {
                toks.push(two);
                i += 2;
            } else {
                toks.push(c.to_string());
                i += 1;
            }
        }
    }
    let mut p = IfParser {
        toks,
        pos: 0,
        macros,
        line,
    };
    let v = p.or()?;
    if p.pos != p.toks.len() {
        return Err(err(line, &format!("cannot evaluate #if {expr}")));
    }
    Ok(v)
}

struct IfParser<'a> {
    toks: Vec<String>,
    pos: usize,
    macros: &'a HashMap<String, String>,
    line: u32,
}

impl IfParser<'_> {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.pos).map(String::as_str)
    }

    fn or(&mut self) -> Result<i64, CompileError> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.pos += 1;
            let r = self.and()?;
            v = i64::from(v != 0 || r != 0);
        }
        Ok(v)
    }

    fn and(&mut self) -> Result<i64, CompileError> {
        let mut v = self.eq()?;
        while self.peek() == Some("&&") {
            self.pos += 1;
            let r = self.eq()?;
            v = i64::from(v != 0 && r != 0);
        }
        Ok(v)
    }

    fn eq(&mut self) -> Result<i64, CompileError> {
        let mut v = self.unary()?;
        while let Some(op @ ("==" | "!=")) = self.peek() {
            let eq = op == "==";
            self.pos += 1;
            let r = self.unary()?;
            v = i64::from((v == r) == eq);
        }
        Ok(v)
    }

    fn unary(&mut self) -> Result<i64, CompileError> {
        let Some(tok) = self.peek().map(str::to_string) else {
            return Err(err(self.line, "incomplete #if expression"));
        };
        self.pos += 1;
        match tok.as_str() {
            "!" => Ok(i64::from(self.unary()? == 0)),
            "(" => {
                let v = self.or()?;
                if self.peek() != Some(")") {
                    return Err(err(self.line, "missing ) in #if"));
                }
                self.pos += 1;
                Ok(v)
            }
            "defined" => {
                let paren = self.peek() == Some("(");
                if paren {
                    self.pos += 1;
                }
                let name = self.peek().unwrap_or_default().to_string();
                self.pos += 1;
                if paren {
                    if self.peek() != Some(")") {
                        return Err(err(self.line, "missing ) after defined"));
                    }
                    self.pos += 1;
                }
                Ok(i64::from(self.macros.contains_key(&name)))
            }
            t if t.starts_with(|c: char| c.is_ascii_digit()) => {
                parse_c_int(t).ok_or_else(|| err(self.line, &format!("bad number {t} in #if")))
            }
            t if t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') => Ok(self
                .macros
                .get(t)
                .and_then(|v| parse_c_int(v.trim()))
                .unwrap_or(0)),
            t => Err(err(self.line, &format!("unexpected {t} in #if"))),
        }
    }
}

/// A C integer literal: decimal, `0x` hex or `0` octal, with `u`/`l` suffixes.
pub fn parse_c_int(s: &str) -> Option<i64> {
    let s = s.trim_end_matches(['u', 'U', 'l', 'L']);
    let v = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        u64::from_str_radix(h, 16).ok()?
    } else if s.len() > 1 && s.starts_with('0') {
        u64::from_str_radix(&s[1..], 8).ok()?
    } else {
        s.parse::<u64>().ok()?
    };
    Some(v as i64)
}

/// Track whether a line leaves us inside a `/* ... */` comment.
fn track_comments(line: &str, in_comment: &mut bool) {
    let _ = expand(line, &HashMap::new(), in_comment);
}

/// Replace macro names in `line` (outside strings and comments).
fn expand(line: &str, macros: &HashMap<String, String>, in_comment: &mut bool) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if *in_comment {
            out.push(c);
            if c == '*' && chars.get(i + 1) == Some(&'/') {
                out.push('/');
                i += 1;
                *in_comment = false;
            }
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            *in_comment = true;
            out.push_str("/*");
            i += 2;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            out.extend(&chars[i..]);
            break;
        } else if c == '"' || c == '\'' {
            // A string or character literal, copied as is.
            out.push(c);
            i += 1;
            while i < chars.len() {
                out.push(chars[i]);
                if chars[i] == '\\' && i + 1 < chars.len() {
                    out.push(chars[i + 1]);
                    i += 2;
                    continue;
                }
                i += 1;
                if chars[i - 1] == c {
                    break;
                }
            }
        } else if (c.is_ascii_alphabetic() || c == '_')
            && (i == 0 || !(chars[i - 1] == '$' || chars[i - 1] == '@'))
        {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            out.push_str(&expand_word(&word, macros, 0));
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn expand_word(word: &str, macros: &HashMap<String, String>, depth: usize) -> String {
    match macros.get(word) {
        Some(v) if depth < 32 => {
            let mut in_comment = false;
            let mut inner = macros.clone();
            inner.remove(word);
            let _ = depth;
            expand(v, &inner, &mut in_comment)
        }
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pp(text: &str) -> Preprocessed {
        preprocess(text, &[]).unwrap()
    }

    #[test]
    fn keeps_lines_and_collects_options() {
        let p = pp("#!/usr/sbin/dtrace -s\n#pragma D option quiet\n#pragma D option strsize=1024\n#pragma D attributes Evolving provider python\nBEGIN {}\n");
        assert_eq!(p.text, "\n\n\n\nBEGIN {}\n");
        assert_eq!(
            p.options,
            [
                Pragma {
                    line: 2,
                    name: "quiet".into(),
                    value: None
                },
                Pragma {
                    line: 3,
                    name: "strsize".into(),
                    value: Some("1024".into())
                }
            ]
        );
    }

    #[test]
    fn defines_and_conditionals() {
        let p = pp("#define DEPTH 5\n#define NAME \"x\"\n#ifdef DEPTH\na = DEPTH; /* DEPTH */ s = \"DEPTH\" NAME;\n#else\nb = 1;\n#endif\n#if 0\nc\n#elif defined(NAME) && !defined(NOPE)\nd\n#endif\n");
        assert_eq!(
            p.text,
            "\n\n\na = 5; /* DEPTH */ s = \"DEPTH\" \"x\";\n\n\n\n\n\n\nd\n\n"
        );
    }

    #[test]
    fn refuses_function_like_macros_and_unbalanced_ifs() {
        let e = preprocess("#define F(x) x\n", &[]).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.msg.contains("function-like macro F()"), "{}", e.msg);
        assert!(preprocess("#if 1\nx\n", &[]).is_err());
        assert!(preprocess("#endif\n", &[]).is_err());
    }

    #[test]
    fn command_line_defines_and_comments() {
        let p = preprocess(
            "/*\n#define X 2\n*/\nX\n",
            &[("X".to_string(), "7".to_string())],
        )
        .unwrap();
        assert_eq!(p.text, "/*\n#define X 2\n*/\n7\n");
    }
}
