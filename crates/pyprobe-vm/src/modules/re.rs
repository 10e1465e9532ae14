//! The `_re` module: the matching engine behind `lib/re`.
//!
//! CPython counterpart: `Modules/_sre/sre.c` (the matcher; pyprobe's own
//! `re._parser` and `re._compiler.prepare` make the pattern tree it is
//! compiled from).
//!
//! `_re.compile(tree, ngroups, ascii_icase, is_bytes)` turns a prepared pattern tree
//! (the node tuples documented in `lib/re/_parser.py`, plus `STR` runs)
//! into a `Program`: instructions of a backtracking machine that finds
//! matches as `re._compiler`'s closures do, in the same state-list layout
//! (`[last group, forbid, required end, start and end of each group]`).
//! Its methods do whole operations of `re.Pattern` on a subject str (a
//! bytes subject comes decoded as Latin-1): `match` (search, match and
//! fullmatch, as an `re.Match`), `matches` (finditer), `scan` (the
//! states of every match), `findall`, `split`, and `sub` with a literal
//! replacement.
//!
//! Invariants:
//! - Matching never recurses on the Rust stack except into the body of a
//!   look-around or atomic group (as deep as the pattern nests them).
//! - Every write to the state goes through `Machine::set`, which records
//!   the old value on the backtrack stack; backtracking to a choice point
//!   undoes all writes made after it. A look-around or atomic body that
//!   succeeds drops its choice points and leaves a snapshot of the state
//!   from before it to be restored on backtracking.
//! - Character classes, case folding and `\w`/`\d`/`\s` follow
//!   `re._compiler` (the same folding sets, the same fallbacks for
//!   non-ASCII characters) and the interpreter's own `str` predicates.

use super::import::module_dict;
use crate::builtins::args::exact;
use crate::builtins::str_format::ucd;
use crate::object::{Args, Payload, PyObject, PyRef};
use crate::typeobj;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// A compiled pattern.
pub struct Program {
    insts: Vec<Inst>,
    /// Size of the state list (groups, their pending starts, counters).
    nslots: usize,
    ngroups: usize,
    /// Case-insensitive back references compare ASCII lowercase only.
    ascii_icase: bool,
    /// A bytes pattern: its subjects come decoded as Latin-1, and what it
    /// finds is sliced back into bytes.
    is_bytes: bool,
    /// Every match starts at index 0 (`\A`, or `^` without MULTILINE).
    anchored: bool,
    /// A test the first character of any match passes, if known.
    first: Option<Test>,
    /// The literal text every match starts with (two characters or more),
    /// checked before the machine runs at a place.
    prefix: Box<[u32]>,
    /// The code points of the last non-ASCII subject, with the str (kept
    /// alive so that its identity stays valid): repeated searches of one
    /// string (`finditer`, `sub`) decode it once.
    cache: RefCell<Option<(PyRef, Rc<[char]>)>>,
}

impl Program {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(c) = self.cache.try_borrow() {
            if let Some((s, _)) = &*c {
                visit(&Value::Obj(s.clone()));
            }
        }
    }
}

/// A set of characters: a bitmap of ASCII and a sorted list of the rest.
#[derive(Clone, Default)]
struct CharSet {
    ascii: u128,
    more: Vec<u32>,
}

impl CharSet {
    fn from_chars(chars: impl IntoIterator<Item = u32>) -> CharSet {
        let mut s = CharSet::default();
        for c in chars {
            s.insert(c);
        }
        s.more.sort_unstable();
        s.more.dedup();
        s
    }

    fn insert(&mut self, c: u32) {
        if c < 128 {
            self.ascii |= 1 << c;
        } else {
            self.more.push(c);
        }
    }

    #[inline]
    fn has(&self, c: u32) -> bool {
        if c < 128 {
            self.ascii >> c & 1 != 0
        } else {
            self.more.binary_search(&c).is_ok()
        }
    }

    fn chars(&self) -> Vec<u32> {
        let mut out: Vec<u32> = (0..128).filter(|&c| self.ascii >> c & 1 != 0).collect();
        out.extend(&self.more);
        out
    }

    fn len(&self) -> usize {
        self.ascii.count_ones() as usize + self.more.len()
    }
}

/// The `\d`, `\w`, `\s` classes and their complements.
#[derive(Clone, Copy)]
enum Cat {
    /// Not in an ASCII class (`\D`, `\W`, `\S` under ASCII).
    NotAscii(u8),
    Uni(u8),
}

impl Cat {
    fn test(self, c: u32) -> bool {
        match self {
            Cat::NotAscii(k) => !ascii_class(k).has(c),
            Cat::Uni(k) if c < 128 => {
                let b = c as u8;
                let yes = match k.to_ascii_lowercase() {
                    b'd' => b.is_ascii_digit(),
                    b'w' => b == b'_' || b.is_ascii_alphanumeric(),
                    // str.isspace of the ASCII characters.
                    _ => matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f),
                };
                yes == k.is_ascii_lowercase()
            }
            Cat::Uni(k) => {
                let ch = char::from_u32(c).unwrap_or('\0');
                match k {
                    b'd' => ucd::decimal(ch).is_some(),
                    b'D' => ucd::decimal(ch).is_none(),
                    b'w' => uni_word(ch),
                    b'W' => !uni_word(ch),
                    b's' => ucd::is_space(ch),
                    _ => !ucd::is_space(ch),
                }
            }
        }
    }
}

fn uni_word(c: char) -> bool {
    c == '_' || ucd::is_alpha(c) || ucd::is_numeric(c)
}

fn ascii_class(kind: u8) -> CharSet {
    let chars: &str = match kind.to_ascii_lowercase() {
        b'd' => "0123456789",
        b'w' => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
        _ => " \t\n\r\x0c\x0b",
    };
    CharSet::from_chars(chars.chars().map(|c| c as u32))
}

/// A class that needs more than a set: ranges, categories, or case
/// folding of non-ASCII characters.
#[derive(Clone)]
struct Class {
    set: CharSet,
    ranges: Vec<(u32, u32)>,
    cats: Vec<Cat>,
    negated: bool,
    fold: bool,
    /// With `fold`: the uppercase of each character of the ranges, so
    /// that a character whose uppercase is one of them matches (`s` in a
    /// range holding `ſ`, as CPython's case-equivalence table has it).
    uppers: CharSet,
}

impl Class {
    fn base(&self, c: u32) -> bool {
        self.set.has(c)
            || self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
            || self.cats.iter().any(|k| k.test(c))
    }

    fn test(&self, c: u32) -> bool {
        let mut r = self.base(c);
        if !r && self.fold && c > 0x40 {
            let up = upper1(c);
            r = self.base(lower1(c)) || self.base(up) || self.uppers.has(up);
        }
        r != self.negated
    }
}

/// A test of one character (`re._compiler.char_test`).
#[derive(Clone)]
enum Test {
    Eq(u32),
    Set(CharSet),
    NotSet(CharSet),
    Any,
    NotNewline,
    /// A case-insensitive literal that non-ASCII characters may fold to.
    Fold(CharSet),
    /// A class of one category alone (`\w`, `[\D]`).
    Cat(Cat),
    Class(Box<Class>),
}

impl Test {
    /// The end of the run of characters from `from` (up to `limit`) that
    /// pass the test: the common tests as tight loops.
    fn span<T: Copy + Into<u32>>(&self, s: &[T], from: usize, limit: usize) -> usize {
        let run = &s[from..limit];
        let stop = match self {
            Test::Any => None,
            Test::NotNewline => run.iter().position(|&c| c.into() == 10),
            Test::Eq(x) => run.iter().position(|&c| c.into() != *x),
            _ => run.iter().position(|&c| !self.test(c.into())),
        };
        stop.map_or(limit, |k| from + k)
    }

    #[inline]
    fn test(&self, c: u32) -> bool {
        match self {
            Test::Eq(x) => c == *x,
            Test::Set(s) => s.has(c),
            Test::NotSet(s) => !s.has(c),
            Test::Any => true,
            Test::NotNewline => c != 10,
            Test::Fold(s) => s.has(c) || (c > 0x7f && (s.has(lower1(c)) || s.has(upper1(c)))),
            Test::Cat(k) => k.test(c),
            Test::Class(k) => k.test(c),
        }
    }
}

/// The one-character case mapping `re._compiler` uses: the first
/// character of the lowercase of `c` (`_lower1`), or the uppercase of `c`
/// when that is one character, else `c` (`_upper1`).
fn case1(c: u32, upper: bool) -> u32 {
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    if ch.is_ascii() {
        let mapped = if upper {
            ch.to_ascii_uppercase()
        } else {
            ch.to_ascii_lowercase()
        };
        return mapped as u32;
    }
    let mut s = String::new();
    if upper {
        ucd::push_upper(ch, &mut s);
    } else {
        ucd::push_lower(ch, &mut s);
    }
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(x), None) => x as u32,
        (Some(x), Some(_)) if !upper => x as u32,
        _ => c,
    }
}

fn lower1(c: u32) -> u32 {
    case1(c, false)
}

fn upper1(c: u32) -> u32 {
    case1(c, true)
}

fn swap_ascii(c: u32) -> u32 {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii_lowercase() => ch.to_ascii_uppercase() as u32,
        Some(ch) if ch.is_ascii_uppercase() => ch.to_ascii_lowercase() as u32,
        _ => c,
    }
}

/// The characters a literal matches when case is ignored (`fold_set`).
fn fold_set(c: u32, ascii: bool) -> Vec<u32> {
    if ascii {
        return vec![c, swap_ascii(c)];
    }
    let (low, up) = (lower1(c), upper1(c));
    vec![c, low, up, lower1(up), upper1(low)]
}

#[derive(Clone, Copy, PartialEq)]
enum At {
    Bol,
    BolMulti,
    Eol,
    EolMulti,
    Start,
    End,
    Boundary { ascii: bool, yes: bool },
}

enum Inst {
    Char(Test),
    /// A run of case-sensitive literals.
    Str(Box<[u32]>),
    /// Go on at the next instruction; on backtracking, at `alt`.
    Split(usize),
    Jmp(usize),
    GroupStart(usize),
    GroupEnd(usize),
    Assert(At),
    Ref {
        gid: usize,
        icase: bool,
    },
    /// A look-around whose body follows (ending in `SubEnd`); the pattern
    /// goes on at `next`.
    Look {
        behind: bool,
        negated: bool,
        width: usize,
        keep: bool,
        next: usize,
    },
    Atomic {
        keep: bool,
        next: usize,
    },
    SubEnd,
    /// Go on if group `gid` has matched, else at `no`.
    Cond {
        gid: usize,
        no: usize,
    },
    RepInit {
        count: usize,
    },
    /// The check after each iteration of a general repeat (the body
    /// follows; `exit` is what comes after the repeat, `lazy` where a lazy
    /// repeat goes to take one more iteration).
    RepUntil {
        count: usize,
        min: usize,
        max: Option<usize>,
        greedy: bool,
        exit: usize,
        lazy: usize,
        body: usize,
    },
    RepLazy {
        count: usize,
        max: Option<usize>,
        body: usize,
    },
    GreedyChar {
        test: Test,
        min: usize,
        max: Option<usize>,
        /// The literal character the pattern must match right after the
        /// repeat, when it has one: the repeat gives back characters only
        /// to places where that character stands (sre's REPEAT_ONE check
        /// of a following LITERAL).
        follow: Option<u32>,
    },
    LazyChar {
        test: Test,
        min: usize,
        max: Option<usize>,
    },
    Match,
}

// ----- compiling ---------------------------------------------------------

struct Compiler {
    insts: Vec<Inst>,
    nslots: usize,
    ngroups: usize,
    ascii_icase: bool,
}

/// Why a tree cannot be compiled (an unknown node: `re` then keeps its
/// Python matcher).
fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    vm.value_error(format!("unsupported pattern node: {what}"))
}

fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => crate::ops::tuple_items(v),
    }
}

fn flag(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        _ => false,
    }
}

fn int(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        Value::Bool(b) => Ok(*b as usize),
        _ => Err(unsupported(vm, "count")),
    }
}

fn one_char(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let s = v.as_str().map(|s| s.to_string()).unwrap_or_default();
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(unsupported(vm, "character")),
    }
}

fn literal_test(c: u32, icase: bool, ascii: bool) -> Test {
    if !icase {
        return Test::Eq(c);
    }
    let folded = CharSet::from_chars(fold_set(c, ascii));
    let plain_ascii = c < 128 && !matches!(lower1(c), 0x6b | 0x73);
    if ascii || plain_ascii {
        if folded.len() == 1 {
            return Test::Eq(c);
        }
        return Test::Set(folded);
    }
    Test::Fold(folded)
}

/// `re._compiler._class_test` of ('IN', negated, items, icase, ascii).
fn class_test(vm: &mut Vm, node: &[Value]) -> PyResult<Test> {
    let negated = flag(&node[1]);
    let icase = flag(&node[3]);
    let ascii = flag(&node[4]);
    let mut chars: Vec<u32> = Vec::new();
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    let mut cats: Vec<Cat> = Vec::new();
    for item in items(&node[2]) {
        let parts = crate::ops::tuple_items(&item);
        let kind = parts
            .first()
            .and_then(|k| k.as_str())
            .unwrap_or("")
            .to_string();
        match (kind.as_str(), parts.len()) {
            ("c", 2) => chars.push(one_char(vm, &parts[1])?),
            ("r", 3) => {
                let (lo, hi) = (one_char(vm, &parts[1])?, one_char(vm, &parts[2])?);
                if hi.wrapping_sub(lo) < 256 {
                    chars.extend(lo..=hi);
                } else {
                    ranges.push((lo, hi));
                }
            }
            ("k", 2) => {
                let name = one_char(vm, &parts[1])? as u8;
                if ascii {
                    if name.is_ascii_lowercase() {
                        chars.extend(ascii_class(name).chars());
                    } else {
                        cats.push(Cat::NotAscii(name));
                    }
                } else {
                    cats.push(Cat::Uni(name));
                }
            }
            _ => return Err(unsupported(vm, "class item")),
        }
    }
    if icase {
        if ascii {
            let swapped: Vec<u32> = chars.iter().map(|&c| swap_ascii(c)).collect();
            chars.extend(swapped);
            let letter = |c: u32| char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic());
            let extra: Vec<(u32, u32)> = ranges
                .iter()
                .filter(|&&(lo, hi)| letter(lo) && letter(hi))
                .map(|&(lo, hi)| (swap_ascii(lo), swap_ascii(hi)))
                .collect();
            ranges.extend(extra);
        } else {
            let extra: Vec<u32> = chars.iter().flat_map(|&c| fold_set(c, false)).collect();
            chars.extend(extra);
        }
    }
    let set = CharSet::from_chars(chars);
    let fold = icase && !ascii;
    if ranges.is_empty() && cats.is_empty() && !fold {
        if negated {
            return Ok(Test::NotSet(set));
        }
        if set.len() == 1 {
            return Ok(Test::Eq(set.chars()[0]));
        }
        return Ok(Test::Set(set));
    }
    if let ([cat], true, 0, false, false) = (&cats[..], ranges.is_empty(), set.len(), negated, fold)
    {
        return Ok(Test::Cat(*cat));
    }
    // The uppercase forms of the ranges' characters, for ranges small
    // enough to list (CPython lists the BMP part of a range in a map).
    let mut uppers = CharSet::default();
    if fold {
        for &(lo, hi) in &ranges {
            if hi - lo <= 0x3000 {
                for x in lo..=hi {
                    let up = upper1(x);
                    if up != x {
                        uppers.insert(up);
                    }
                }
            }
        }
        uppers.more.sort_unstable();
        uppers.more.dedup();
    }
    Ok(Test::Class(Box::new(Class {
        set,
        ranges,
        cats,
        negated,
        fold,
        uppers,
    })))
}

/// The test of a single-character node, or None for other nodes.
fn char_test(vm: &mut Vm, node: &[Value]) -> PyResult<Option<Test>> {
    let kind = node
        .first()
        .and_then(|k| k.as_str())
        .unwrap_or("")
        .to_string();
    Ok(match kind.as_str() {
        "LIT" if node.len() == 4 => Some(literal_test(
            one_char(vm, &node[1])?,
            flag(&node[2]),
            flag(&node[3]),
        )),
        "ANY" if node.len() == 2 => Some(if flag(&node[1]) {
            Test::Any
        } else {
            Test::NotNewline
        }),
        "IN" if node.len() == 5 => Some(class_test(vm, node)?),
        _ => None,
    })
}

fn has_groups(node: &[Value]) -> bool {
    let kind = node.first().and_then(|k| k.as_str()).unwrap_or("");
    let sub = |v: &Value| has_groups(&crate::ops::tuple_items(v));
    match kind {
        "GRP" => true,
        "SEQ" | "ALT" => node.get(1).is_some_and(|l| items(l).iter().any(sub)),
        "REP" => node.get(4).is_some_and(sub),
        "LOOK" => node.get(3).is_some_and(sub),
        "ATOM" => node.get(1).is_some_and(sub),
        "COND" => {
            node.get(2).is_some_and(sub) || node.get(3).is_some_and(|n| !n.is_none() && sub(n))
        }
        _ => false,
    }
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn here(&self) -> usize {
        self.insts.len()
    }

    fn alloc(&mut self, n: usize) -> usize {
        let at = self.nslots;
        self.nslots += n;
        at
    }

    fn gid(&mut self, vm: &mut Vm, v: &Value) -> PyResult<usize> {
        let g = int(vm, v)?;
        if g == 0 || g > self.ngroups {
            return Err(unsupported(vm, "group"));
        }
        Ok(g)
    }

    fn node(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let node = crate::ops::tuple_items(v);
        let kind = node
            .first()
            .and_then(|k| k.as_str())
            .unwrap_or("")
            .to_string();
        if let Some(t) = char_test(vm, &node)? {
            self.emit(Inst::Char(t));
            return Ok(());
        }
        match (kind.as_str(), node.len()) {
            ("STR", 2) => {
                let text = node[1].as_str().map(|s| s.to_string()).unwrap_or_default();
                let chars: Box<[u32]> = text.chars().map(|c| c as u32).collect();
                self.emit(Inst::Str(chars));
            }
            ("SEQ", 2) => {
                for item in items(&node[1]) {
                    self.node(vm, &item)?;
                }
            }
            ("ALT", 2) => {
                let branches = items(&node[1]);
                let mut jumps = Vec::new();
                for (k, b) in branches.iter().enumerate() {
                    if k + 1 < branches.len() {
                        let split = self.emit(Inst::Split(0));
                        self.node(vm, b)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.here();
                        self.insts[split] = Inst::Split(next);
                    } else {
                        self.node(vm, b)?;
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            ("GRP", 3) => {
                let g = self.gid(vm, &node[1])?;
                self.emit(Inst::GroupStart(g));
                self.node(vm, &node[2])?;
                self.emit(Inst::GroupEnd(g));
            }
            ("REF", 3) => {
                let gid = self.gid(vm, &node[1])?;
                self.emit(Inst::Ref {
                    gid,
                    icase: flag(&node[2]),
                });
            }
            ("AT", 3) => {
                let k = node[1].as_str().unwrap_or("").to_string();
                let f = flag(&node[2]);
                let at = match k.as_str() {
                    "bol" if f => At::BolMulti,
                    "bol" => At::Bol,
                    "eol" if f => At::EolMulti,
                    "eol" => At::Eol,
                    "A" => At::Start,
                    "Z" => At::End,
                    "b" => At::Boundary {
                        ascii: f,
                        yes: true,
                    },
                    "B" => At::Boundary {
                        ascii: f,
                        yes: false,
                    },
                    _ => return Err(unsupported(vm, "anchor")),
                };
                self.emit(Inst::Assert(at));
            }
            ("LOOK", 5) => {
                let width = match &node[4] {
                    Value::None => 0,
                    w => int(vm, w)?,
                };
                let at = self.emit(Inst::SubEnd);
                self.node(vm, &node[3])?;
                self.emit(Inst::SubEnd);
                let next = self.here();
                self.insts[at] = Inst::Look {
                    behind: flag(&node[1]),
                    negated: flag(&node[2]),
                    width,
                    keep: has_groups(&crate::ops::tuple_items(&node[3])),
                    next,
                };
            }
            ("ATOM", 2) => self.atomic(vm, &node[1])?,
            ("COND", 4) => {
                let gid = self.gid(vm, &node[1])?;
                let at = self.emit(Inst::Cond { gid, no: 0 });
                self.node(vm, &node[2])?;
                if node[3].is_none() {
                    let end = self.here();
                    self.insts[at] = Inst::Cond { gid, no: end };
                } else {
                    let jump = self.emit(Inst::Jmp(0));
                    let no = self.here();
                    self.node(vm, &node[3])?;
                    let end = self.here();
                    self.insts[at] = Inst::Cond { gid, no };
                    self.insts[jump] = Inst::Jmp(end);
                }
            }
            ("REP", 5) => self.repeat(vm, &node)?,
            _ => return Err(unsupported(vm, &kind)),
        }
        Ok(())
    }

    fn atomic(&mut self, vm: &mut Vm, body: &Value) -> PyResult<()> {
        let at = self.emit(Inst::SubEnd);
        self.node(vm, body)?;
        self.emit(Inst::SubEnd);
        let next = self.here();
        self.insts[at] = Inst::Atomic {
            keep: has_groups(&crate::ops::tuple_items(body)),
            next,
        };
        Ok(())
    }

    fn repeat(&mut self, vm: &mut Vm, node: &[Value]) -> PyResult<()> {
        let min = int(vm, &node[1])?;
        let max = match &node[2] {
            Value::None => None,
            m => Some(int(vm, m)?),
        };
        let mode = node[3].as_str().unwrap_or("g").to_string();
        let item = &node[4];
        if max == Some(0) {
            return Ok(());
        }
        if mode == "p" {
            let inner = vm.new_tuple(vec![
                Value::str("REP"),
                node[1].clone(),
                node[2].clone(),
                Value::str("g"),
                item.clone(),
            ]);
            return self.atomic(vm, &inner);
        }
        let greedy = mode == "g";
        if let Some(test) = char_test(vm, &crate::ops::tuple_items(item))? {
            self.emit(if greedy {
                Inst::GreedyChar {
                    test,
                    min,
                    max,
                    follow: None,
                }
            } else {
                Inst::LazyChar { test, min, max }
            });
            return Ok(());
        }
        if min == 1 && max == Some(1) {
            return self.node(vm, item);
        }
        // count, then the start of the last iteration.
        let count = self.alloc(2);
        self.emit(Inst::RepInit { count });
        let until = self.emit(Inst::Match);
        let body = self.here();
        self.node(vm, item)?;
        self.emit(Inst::Jmp(until));
        let lazy = self.emit(Inst::RepLazy { count, max, body });
        let exit = self.here();
        self.insts[until] = Inst::RepUntil {
            count,
            min,
            max,
            greedy,
            exit,
            lazy,
            body,
        };
        Ok(())
    }
}

/// Fill in each greedy single-character repeat's `follow`: the literal
/// the instructions after it (group marks aside) match first.
fn set_follows(insts: &mut [Inst]) {
    for k in 0..insts.len() {
        if !matches!(insts[k], Inst::GreedyChar { .. }) {
            continue;
        }
        let lit = insts[k + 1..]
            .iter()
            .find(|i| !matches!(i, Inst::GroupStart(_) | Inst::GroupEnd(_)))
            .and_then(|i| match i {
                Inst::Str(s) => s.first().copied(),
                Inst::Char(Test::Eq(c)) => Some(*c),
                _ => None,
            });
        if let Inst::GreedyChar { follow, .. } = &mut insts[k] {
            *follow = lit;
        }
    }
}

/// The characters a match starting at instruction `at` can begin with,
/// when they are literals: through alternatives (`Python|Perl`) and group
/// marks, `depth` branches deep. None when any character may start it.
fn first_chars(insts: &[Inst], at: usize, depth: u32) -> Option<Vec<u32>> {
    match insts.get(at)? {
        Inst::GroupStart(_) | Inst::GroupEnd(_) => first_chars(insts, at + 1, depth),
        Inst::Str(s) => s.first().map(|&c| vec![c]),
        Inst::Char(Test::Eq(c)) => Some(vec![*c]),
        Inst::Jmp(to) if depth > 0 => first_chars(insts, *to, depth - 1),
        Inst::Split(alt) if depth > 0 => {
            let mut chars = first_chars(insts, at + 1, depth - 1)?;
            chars.extend(first_chars(insts, *alt, depth - 1)?);
            Some(chars)
        }
        _ => None,
    }
}

/// The test every match's first character passes, when the program
/// starts with one.
fn first_test(insts: &[Inst]) -> Option<Test> {
    for inst in insts {
        match inst {
            Inst::GroupStart(_) => continue,
            Inst::Char(t) => return Some(t.clone()),
            Inst::Str(s) => return s.first().map(|&c| Test::Eq(c)),
            Inst::GreedyChar { test, min, .. } | Inst::LazyChar { test, min, .. } if *min > 0 => {
                return Some(test.clone())
            }
            _ => return None,
        }
    }
    None
}

// ----- matching ----------------------------------------------------------

enum Bt {
    /// Resume at `pc` with the position `i`.
    Choice { pc: usize, i: usize },
    /// Put back an overwritten state slot.
    Undo { slot: usize, old: i64 },
    /// Put back the whole state (from before a look-around or atomic
    /// group that matched).
    Restore(Vec<i64>),
    /// A greedy single-character repeat that can give back characters
    /// down to `least`.
    Greedy { pc: usize, least: usize, j: usize },
    /// A lazy single-character repeat that can take one more character
    /// up to `limit` (its test is the instruction at `pc - 1`).
    Lazy { pc: usize, j: usize, limit: usize },
}

struct Machine<'a, T> {
    insts: &'a [Inst],
    s: &'a [T],
    c: Vec<i64>,
    bt: Vec<Bt>,
    ngroups: usize,
    ascii_icase: bool,
    steps: u32,
}

/// Lowercase of a run of characters: `str.lower` (or ASCII only).
fn lower_text(chars: impl Iterator<Item = u32>, ascii: bool) -> String {
    let s: String = chars.filter_map(char::from_u32).collect();
    if ascii {
        return s.to_ascii_lowercase();
    }
    let lw = ucd::Lower::new(&s);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        lw.push(i, c, &mut out);
    }
    out
}

impl<'a, T: Copy + Into<u32>> Machine<'a, T> {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.s[i].into()
    }

    /// The last position in `from..to` (below the subject's end) where
    /// character `c` stands.
    fn last_at(&self, c: u32, from: usize, to: usize) -> Option<usize> {
        let to = to.min(self.s.len());
        if from >= to {
            return None;
        }
        self.s[from..to]
            .iter()
            .rposition(|&x| x.into() == c)
            .map(|k| from + k)
    }

    #[inline]
    fn set(&mut self, slot: usize, v: i64) {
        let old = self.c[slot];
        if old != v {
            self.bt.push(Bt::Undo { slot, old });
            self.c[slot] = v;
        }
    }

    fn is_word(&self, i: usize, ascii: bool) -> bool {
        let c = self.at(i);
        if ascii {
            c < 128 && (c as u8 == b'_' || (c as u8).is_ascii_alphanumeric())
        } else {
            char::from_u32(c).is_some_and(uni_word)
        }
    }

    fn assert(&self, at: At, i: usize) -> bool {
        let n = self.s.len();
        match at {
            At::Bol | At::Start => i == 0,
            At::BolMulti => i == 0 || self.at(i - 1) == 10,
            At::EolMulti => i == n || self.at(i) == 10,
            At::Eol => i == n || (i + 1 == n && self.at(i) == 10),
            At::End => i == n,
            At::Boundary { ascii, yes } => {
                if n == 0 && !yes {
                    return false;
                }
                let before = i > 0 && self.is_word(i - 1, ascii);
                let after = i < n && self.is_word(i, ascii);
                (before != after) == yes
            }
        }
    }

    fn backref(&self, gid: usize, icase: bool, i: usize) -> Option<usize> {
        let slot = 1 + 2 * gid;
        let (start, end) = (self.c[slot], self.c[slot + 1]);
        if end < 0 || start < 0 {
            return None;
        }
        let (start, end) = (start as usize, end as usize);
        let size = end - start;
        if i + size > self.s.len() {
            return None;
        }
        let same = (0..size).all(|k| self.at(i + k) == self.at(start + k));
        if same {
            return Some(i + size);
        }
        if !icase {
            return None;
        }
        let a = lower_text((i..i + size).map(|k| self.at(k)), self.ascii_icase);
        let b = lower_text((start..end).map(|k| self.at(k)), self.ascii_icase);
        (a == b).then_some(i + size)
    }

    /// Run from `pc` at `i` until `Match` or `SubEnd`; the end position, or
    /// None when every way fails (the state is then as it was).
    fn run(&mut self, vm: &mut Vm, pc: usize, i: usize) -> PyResult<Option<usize>> {
        let base = self.bt.len();
        let (mut pc, mut i) = (pc, i);
        let n = self.s.len();
        loop {
            let ok = match &self.insts[pc] {
                Inst::Char(t) => {
                    if i < n && t.test(self.at(i)) {
                        i += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Str(chars) => {
                    let k = chars.len();
                    if i + k <= n && (0..k).all(|x| self.at(i + x) == chars[x]) {
                        i += k;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(alt) => {
                    self.bt.push(Bt::Choice { pc: *alt, i });
                    pc += 1;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::GroupStart(g) => {
                    let pending = 3 + 2 * self.ngroups + g - 1;
                    self.set(pending, i as i64);
                    pc += 1;
                    true
                }
                Inst::GroupEnd(g) => {
                    let g = *g;
                    let pending = 3 + 2 * self.ngroups + g - 1;
                    let slot = 1 + 2 * g;
                    self.set(slot, self.c[pending]);
                    self.set(slot + 1, i as i64);
                    self.set(0, g as i64);
                    pc += 1;
                    true
                }
                Inst::Assert(at) => {
                    if self.assert(*at, i) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Ref { gid, icase } => match self.backref(*gid, *icase, i) {
                    Some(j) => {
                        i = j;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::Look {
                    behind,
                    negated,
                    width,
                    keep,
                    next,
                } => {
                    let (behind, negated, width, keep, next) =
                        (*behind, *negated, *width, *keep, *next);
                    let saved = keep.then(|| self.c.clone());
                    let found = if behind && i < width {
                        None
                    } else {
                        let from = if behind { i - width } else { i };
                        self.run(vm, pc + 1, from)?
                    };
                    match (found.is_some(), negated) {
                        (true, false) => {
                            if let Some(s) = saved {
                                self.bt.push(Bt::Restore(s));
                            }
                            pc = next;
                            true
                        }
                        (false, true) => {
                            pc = next;
                            true
                        }
                        (true, true) => {
                            if let Some(s) = saved {
                                self.c = s;
                            }
                            false
                        }
                        (false, false) => false,
                    }
                }
                Inst::Atomic { keep, next } => {
                    let (keep, next) = (*keep, *next);
                    let saved = keep.then(|| self.c.clone());
                    match self.run(vm, pc + 1, i)? {
                        Some(j) => {
                            if let Some(s) = saved {
                                self.bt.push(Bt::Restore(s));
                            }
                            i = j;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::SubEnd => {
                    // The body matched: drop its choice points, keep its
                    // captures (the caller can restore them).
                    self.bt.truncate(base);
                    return Ok(Some(i));
                }
                Inst::Match => {
                    if i as i64 == self.c[1] || (self.c[2] >= 0 && i as i64 != self.c[2]) {
                        false
                    } else {
                        return Ok(Some(i));
                    }
                }
                Inst::Cond { gid, no } => {
                    if self.c[2 + 2 * gid] >= 0 {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
                Inst::RepInit { count } => {
                    let count = *count;
                    self.set(count, -1);
                    self.set(count + 1, -1);
                    pc += 1;
                    true
                }
                Inst::RepUntil {
                    count,
                    min,
                    max,
                    greedy,
                    exit,
                    lazy,
                    body,
                } => {
                    let (count, min, max, greedy, exit, lazy, body) =
                        (*count, *min, *max, *greedy, *exit, *lazy, *body);
                    let k = self.c[count] + 1;
                    if (k as usize) < min {
                        self.set(count, k);
                        pc = body;
                    } else if greedy {
                        let more = max.is_none_or(|m| (k as usize) < m);
                        if more && i as i64 != self.c[count + 1] {
                            self.bt.push(Bt::Choice { pc: exit, i });
                            self.set(count, k);
                            self.set(count + 1, i as i64);
                            pc = body;
                        } else {
                            pc = exit;
                        }
                    } else {
                        self.bt.push(Bt::Choice { pc: lazy, i });
                        pc = exit;
                    }
                    true
                }
                Inst::RepLazy { count, max, body } => {
                    let (count, max, body) = (*count, *max, *body);
                    let k = self.c[count] + 1;
                    if max.is_some_and(|m| k as usize >= m) || i as i64 == self.c[count + 1] {
                        false
                    } else {
                        self.set(count, k);
                        self.set(count + 1, i as i64);
                        pc = body;
                        true
                    }
                }
                Inst::GreedyChar {
                    test,
                    min,
                    max,
                    follow,
                } => {
                    let limit = max.map_or(n, |m| n.min(i.saturating_add(m)));
                    let mut j = test.span(self.s, i, limit);
                    let least = i + *min;
                    // Only where the next literal stands can the rest match.
                    let stands = match follow {
                        Some(c) if j >= least => self.last_at(*c, least, j + 1).inspect(|&k| j = k),
                        _ => Some(j),
                    };
                    if j < least || stands.is_none() {
                        false
                    } else {
                        if j > least {
                            self.bt.push(Bt::Greedy {
                                pc: pc + 1,
                                least,
                                j,
                            });
                        }
                        i = j;
                        pc += 1;
                        true
                    }
                }
                Inst::LazyChar { test, min, max } => {
                    let j = i + *min;
                    if j > n || !(i..j).all(|x| test.test(self.at(x))) {
                        false
                    } else {
                        let limit = max.map_or(n, |m| n.min(i.saturating_add(m)));
                        if j < limit {
                            self.bt.push(Bt::Lazy {
                                pc: pc + 1,
                                j,
                                limit,
                            });
                        }
                        i = j;
                        pc += 1;
                        true
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the last choice point of this run.
            self.steps = self.steps.wrapping_add(1);
            if self.steps & 0xffff == 0 && crate::signals::pending() {
                vm.check_interrupt()?;
            }
            loop {
                if self.bt.len() <= base {
                    return Ok(None);
                }
                match self.bt.pop() {
                    Some(Bt::Undo { slot, old }) => self.c[slot] = old,
                    Some(Bt::Restore(s)) => self.c = s,
                    Some(Bt::Choice { pc: p, i: j }) => {
                        pc = p;
                        i = j;
                        break;
                    }
                    Some(Bt::Greedy { pc: p, least, j }) => {
                        let mut nj = j - 1;
                        if let Inst::GreedyChar {
                            follow: Some(c), ..
                        } = &self.insts[p - 1]
                        {
                            match self.last_at(*c, least, j) {
                                Some(k) => nj = k,
                                None => continue,
                            }
                        }
                        if nj > least {
                            self.bt.push(Bt::Greedy {
                                pc: p,
                                least,
                                j: nj,
                            });
                        }
                        pc = p;
                        i = nj;
                        break;
                    }
                    Some(Bt::Lazy { pc: p, j, limit }) => {
                        let Inst::LazyChar { test, .. } = &self.insts[p - 1] else {
                            continue;
                        };
                        if !test.test(self.at(j)) {
                            continue;
                        }
                        let nj = j + 1;
                        if nj < limit {
                            self.bt.push(Bt::Lazy {
                                pc: p,
                                j: nj,
                                limit,
                            });
                        }
                        pc = p;
                        i = nj;
                        break;
                    }
                    None => return Ok(None),
                }
            }
        }
    }
}

/// Search `s` (cut at its end) from `pos`; `how` 0 search, 1 match, 2
/// fullmatch; an empty match may not start at `forbid`.
fn search<T: Copy + Into<u32>>(
    vm: &mut Vm,
    prog: &Program,
    s: &[T],
    pos: usize,
    how: i64,
    forbid: i64,
) -> PyResult<Option<(Vec<i64>, usize, usize)>> {
    let n = s.len();
    let mut m = Machine {
        insts: &prog.insts,
        s,
        c: vec![-1; prog.nslots],
        bt: Vec::new(),
        ngroups: prog.ngroups,
        ascii_icase: prog.ascii_icase,
        steps: 0,
    };
    if how == 2 {
        m.c[2] = n as i64;
    }
    // One place for match and fullmatch (and an anchored search);
    // every place from `pos` for a search.
    let once = how != 0 || prog.anchored;
    if how == 0 && prog.anchored && pos != 0 {
        return Ok(None);
    }
    let mut start = pos;
    while start <= n {
        if !once {
            // Go straight to the next place where a match could start.
            if let Some(t) = &prog.first {
                match s[start..].iter().position(|&c| t.test(c.into())) {
                    Some(k) => start += k,
                    None => return Ok(None),
                }
            }
            // The literal prefix (empty: nothing to check) must be here.
            let p = &prog.prefix;
            let here = s.len() - start >= p.len()
                && s[start..start + p.len()]
                    .iter()
                    .zip(p.iter())
                    .all(|(&a, &b)| a.into() == b);
            if !here {
                start += 1;
                continue;
            }
        }
        m.c[1] = if forbid == start as i64 { forbid } else { -1 };
        m.bt.clear();
        if let Some(end) = m.run(vm, 0, start)? {
            return Ok(Some((m.c, start, end)));
        }
        if once {
            break;
        }
        start += 1;
    }
    Ok(None)
}

pub fn make(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("_re");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "_re",
        &[("compile", re_compile), ("new_match", re_new_match)],
    );
    let t = vm.types.re_program.clone();
    if typeobj::type_dict(&t).get_str("scan").is_none() {
        typeobj::add_methods(
            vm,
            &t,
            &[
                ("scan", program_scan),
                ("findall", program_findall),
                ("sub", program_sub),
                ("split", program_split),
                ("match", program_match),
                ("matches", program_matches),
            ],
        );
    }
    super::re_match::init_type(vm);
    let mt = vm.types.re_match.clone();
    typeobj::dict_of(&d).set_str(vm.intern("Match"), Value::Obj(mt));
    Ok(m)
}

/// `_re.compile(tree, ngroups, ascii_icase, is_bytes)`: a Program, or ValueError for
/// a tree it does not know.
fn re_compile(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "compile", &args, 4)?;
    let ngroups = int(vm, &a[1])?;
    let mut c = Compiler {
        insts: Vec::new(),
        nslots: 3 + 3 * ngroups,
        ngroups,
        ascii_icase: flag(&a[2]),
    };
    vm.enter()?;
    let r = c.node(vm, &a[0]);
    vm.leave();
    r?;
    c.emit(Inst::Match);
    set_follows(&mut c.insts);
    let anchored = matches!(
        c.insts.iter().find(|i| !matches!(i, Inst::GroupStart(_))),
        Some(Inst::Assert(At::Start | At::Bol))
    );
    let first = first_test(&c.insts).or_else(|| {
        let chars = first_chars(&c.insts, 0, 8)?;
        (chars.len() <= 64).then(|| Test::Set(CharSet::from_chars(chars)))
    });
    let prefix = match c.insts.iter().find(|i| !matches!(i, Inst::GroupStart(_))) {
        Some(Inst::Str(s)) if s.len() > 1 => s.clone(),
        _ => Box::default(),
    };
    let prog = Program {
        prefix,
        nslots: c.nslots,
        ngroups,
        ascii_icase: c.ascii_icase,
        is_bytes: flag(&a[3]),
        anchored,
        first,
        insts: c.insts,
        cache: RefCell::new(None),
    };
    let t = vm.types.re_program.clone();
    Ok(Value::Obj(PyObject::with_class(
        t,
        Payload::Regex(Box::new(prog)),
        None,
    )))
}

/// The program and subject of a bulk operation: `(text, pos, endpos, ...)`.
fn bulk_args<'a>(
    vm: &mut Vm,
    slf: &'a Value,
    args: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a Program, &'a [Value])> {
    let Some(Payload::Regex(prog)) = slf.payload() else {
        return Err(vm.type_error(format!("{name}() needs a compiled program")));
    };
    let a = exact(vm, name, args, n)?;
    if !matches!(a[0].payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!("{name}() needs a str subject")));
    }
    Ok((prog, a))
}

fn num(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => i64::MAX,
    }
}

/// Run `f` over the subject's characters (ASCII bytes, or the code
/// points of a non-ASCII str), cut at `endpos`.
fn with_subject<R>(
    prog: &Program,
    text: &Value,
    endpos: i64,
    f: &mut dyn FnMut(Subject) -> R,
) -> R {
    let Some(Payload::Str(ps)) = text.payload() else {
        return f(Subject::Ascii(&[]));
    };
    if ps.is_ascii() {
        let bytes = ps.as_str().as_bytes();
        let end = clamp(endpos, bytes.len());
        f(Subject::Ascii(&bytes[..end]))
    } else {
        let chars = subject_chars(prog, text.as_obj());
        let end = clamp(endpos, chars.len());
        f(Subject::Chars(&chars[..end]))
    }
}

#[derive(Clone, Copy)]
enum Subject<'a> {
    Ascii(&'a [u8]),
    Chars(&'a [char]),
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Ascii(b) => b.len(),
            Subject::Chars(c) => c.len(),
        }
    }

    /// Characters `start..end` as a str, or as bytes (a Latin-1 subject).
    fn slice(&self, start: usize, end: usize, bytes: bool) -> Value {
        match (self, bytes) {
            (Subject::Ascii(b), false) => {
                Value::str(std::str::from_utf8(&b[start..end]).unwrap_or_default())
            }
            (Subject::Ascii(b), true) => Value::Obj(PyObject::bare(Payload::Bytes(
                b[start..end].to_vec().into_boxed_slice(),
            ))),
            (Subject::Chars(c), false) => Value::str(c[start..end].iter().collect::<String>()),
            (Subject::Chars(c), true) => Value::Obj(PyObject::bare(Payload::Bytes(
                c[start..end].iter().map(|&x| x as u32 as u8).collect(),
            ))),
        }
    }

    fn find(
        &self,
        vm: &mut Vm,
        prog: &Program,
        pos: usize,
        how: i64,
        forbid: i64,
    ) -> PyResult<Option<(Vec<i64>, usize, usize)>> {
        match self {
            Subject::Ascii(b) => search(vm, prog, b, pos, how, forbid),
            Subject::Chars(c) => search(vm, prog, c, pos, how, forbid),
        }
    }

    /// Every match from `pos` on, as `re`'s `_iterate`: an empty match
    /// may not start where the previous match ended if that was empty
    /// too; at most `limit` (0: all).
    fn each(
        &self,
        vm: &mut Vm,
        prog: &Program,
        pos: i64,
        limit: usize,
        f: &mut dyn FnMut(&mut Vm, &[i64], usize, usize) -> PyResult<()>,
    ) -> PyResult<usize> {
        let n = self.len();
        if pos > n as i64 {
            return Ok(0);
        }
        let mut pos = clamp(pos, n);
        let mut forbid = -1;
        let mut count = 0;
        while pos <= n {
            let Some((c, start, end)) = self.find(vm, prog, pos, 0, forbid)? else {
                break;
            };
            f(vm, &c, start, end)?;
            count += 1;
            if limit != 0 && count >= limit {
                break;
            }
            forbid = if start == end { end as i64 } else { -1 };
            pos = end;
        }
        Ok(count)
    }
}

/// `program.scan(text, pos, endpos, limit)`: the list of `(state, start,
/// end)` of every match (`search`'s results, in order).
fn program_scan(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (prog, a) = bulk_args(vm, slf, &args, "scan", 4)?;
    let (pos, endpos, limit) = (num(&a[1]), num(&a[2]), num(&a[3]).max(0) as usize);
    let width = 3 + 2 * prog.ngroups;
    let mut out = Vec::new();
    with_subject(prog, &a[0], endpos, &mut |subj| {
        subj.each(vm, prog, pos, limit, &mut |vm, c, start, end| {
            let state: Vec<Value> = c[..width].iter().map(|&x| Value::Int(x)).collect();
            let state = vm.new_list(state);
            out.push(vm.new_tuple(vec![
                state,
                Value::Int(start as i64),
                Value::Int(end as i64),
            ]));
            Ok(())
        })
    })?;
    Ok(vm.new_list(out))
}

/// `program.findall(text, pos, endpos, as_bytes)`: `Pattern.findall`'s
/// list (the matches, the one group, or tuples of the groups; an
/// unmatched group is empty).
fn program_findall(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (prog, a) = bulk_args(vm, slf, &args, "findall", 4)?;
    let (pos, endpos, bytes) = (num(&a[1]), num(&a[2]), flag(&a[3]));
    let ngroups = prog.ngroups;
    let mut out = Vec::new();
    with_subject(prog, &a[0], endpos, &mut |subj| {
        subj.each(vm, prog, pos, 0, &mut |vm, c, start, end| {
            let group = |g: usize| {
                let (s, e) = (c[1 + 2 * g], c[2 + 2 * g]);
                if e < 0 {
                    subj.slice(0, 0, bytes)
                } else {
                    subj.slice(s as usize, e as usize, bytes)
                }
            };
            let v = match ngroups {
                0 => subj.slice(start, end, bytes),
                1 => group(1),
                _ => {
                    let items = (1..=ngroups).map(group).collect();
                    vm.new_tuple(items)
                }
            };
            out.push(v);
            Ok(())
        })
    })?;
    Ok(vm.new_list(out))
}

/// `program.sub(text, repl, count, as_bytes)` for a literal replacement
/// (a str or bytes without backslashes): `(pieces, n)`, the pieces to
/// join.
fn program_sub(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (prog, a) = bulk_args(vm, slf, &args, "sub", 4)?;
    let (repl, count, bytes) = (a[1].clone(), num(&a[2]).max(0) as usize, flag(&a[3]));
    let empty = match repl.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => false,
    };
    let mut pieces = Vec::new();
    let n = with_subject(prog, &a[0], i64::MAX, &mut |subj| {
        let mut last = 0;
        let n = subj.each(vm, prog, 0, count, &mut |_vm, _c, start, end| {
            if start > last {
                pieces.push(subj.slice(last, start, bytes));
            }
            if !empty {
                pieces.push(repl.clone());
            }
            last = end;
            Ok(())
        })?;
        if last < subj.len() {
            pieces.push(subj.slice(last, subj.len(), bytes));
        }
        Ok::<usize, PyErr>(n)
    })?;
    let list = vm.new_list(pieces);
    Ok(vm.new_tuple(vec![list, Value::Int(n as i64)]))
}

/// A match object for a result of `search` on the subject of `a`:
/// `(pattern, string, plain, pos, endpos, ...)`; the match's `pos` and
/// `endpos` are the ones asked for, within the subject.
fn match_object(
    vm: &Vm,
    prog: &Program,
    a: &[Value],
    n: usize,
    found: (&[i64], usize, usize),
    bytes: bool,
) -> Value {
    let (c, start, end) = found;
    let mut marks = Vec::with_capacity(2 + 2 * prog.ngroups);
    marks.push(start as i64);
    marks.push(end as i64);
    marks.extend_from_slice(&c[3..3 + 2 * prog.ngroups]);
    super::re_match::new_match(
        vm,
        super::re_match::MatchData {
            pattern: a[0].clone(),
            string: a[1].clone(),
            plain: a[2].clone(),
            bytes,
            marks: marks.into_boxed_slice(),
            lastindex: c[0],
            pos: num(&a[3]).clamp(0, n as i64),
            endpos: num(&a[4]).clamp(0, n as i64),
        },
    )
}

/// The arguments of `match`/`matches`: `(pattern, string, plain, pos,
/// endpos, how or limit)`, the plain subject an exact str.
fn match_args<'a>(
    vm: &mut Vm,
    slf: &'a Value,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Program, &'a [Value], bool)> {
    let Some(Payload::Regex(prog)) = slf.payload() else {
        return Err(vm.type_error(format!("{name}() needs a compiled program")));
    };
    let a = exact(vm, name, args, 6)?;
    if !matches!(a[2].payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!("{name}() needs a str subject")));
    }
    Ok((prog, a, prog.is_bytes))
}

/// `program.match(pattern, string, plain, pos, endpos, how)`: `Pattern`'s
/// `search` (how 0), `match` (1) or `fullmatch` (2) as a Match or None.
fn program_match(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (prog, a, bytes) = match_args(vm, slf, &args, "match")?;
    let (pos, endpos, how) = (num(&a[3]), num(&a[4]), num(&a[5]));
    let plain = a[2].clone();
    let mut n = 0;
    let found = with_subject(prog, &plain, i64::MAX, &mut |subj| {
        n = subj.len();
        let pos = clamp(pos, n);
        if endpos < pos as i64 {
            return Ok(None);
        }
        let end = clamp(endpos, n);
        match subj {
            Subject::Ascii(b) => search(vm, prog, &b[..end], pos, how, -1),
            Subject::Chars(c) => search(vm, prog, &c[..end], pos, how, -1),
        }
    })?;
    Ok(match found {
        Some((c, start, end)) => match_object(vm, prog, a, n, (&c, start, end), bytes),
        None => Value::None,
    })
}

/// `program.matches(pattern, string, plain, pos, endpos, limit)`: the
/// list of Match objects of `finditer` (at most `limit`, 0 for all).
fn program_matches(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let (prog, a, bytes) = match_args(vm, slf, &args, "matches")?;
    let (pos, endpos, limit) = (num(&a[3]), num(&a[4]), num(&a[5]).max(0) as usize);
    let plain = a[2].clone();
    let mut full = 0;
    with_subject(prog, &plain, i64::MAX, &mut |subj| {
        full = subj.len();
    });
    let mut out = Vec::new();
    with_subject(prog, &plain, endpos, &mut |subj| {
        subj.each(vm, prog, pos, limit, &mut |vm, c, start, end| {
            out.push(match_object(vm, prog, a, full, (c, start, end), bytes));
            Ok(())
        })
    })?;
    Ok(vm.new_list(out))
}

/// `program.split(text, maxsplit, as_bytes)`: `Pattern.split`'s list
/// (the pieces between matches, with each match's groups between them).
fn program_split(vm: &mut Vm, slf: &Value, args: Args) -> PyResult<Value> {
    let Some(Payload::Regex(prog)) = slf.payload() else {
        return Err(vm.type_error("split() needs a compiled program"));
    };
    let a = exact(vm, "split", &args, 3)?;
    if !matches!(a[0].payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("split() needs a str subject"));
    }
    let (maxsplit, bytes) = (num(&a[1]), flag(&a[2]));
    let ngroups = prog.ngroups;
    let mut out = Vec::new();
    with_subject(prog, &a[0], i64::MAX, &mut |subj| {
        if maxsplit < 0 {
            out.push(subj.slice(0, subj.len(), bytes));
            return Ok(());
        }
        let mut last = 0;
        subj.each(vm, prog, 0, maxsplit as usize, &mut |_vm, c, start, end| {
            out.push(subj.slice(last, start, bytes));
            for g in 1..=ngroups {
                let (s, e) = (c[1 + 2 * g], c[2 + 2 * g]);
                out.push(if e < 0 {
                    Value::None
                } else {
                    subj.slice(s as usize, e as usize, bytes)
                });
            }
            last = end;
            Ok(())
        })?;
        out.push(subj.slice(last, subj.len(), bytes));
        Ok::<(), PyErr>(())
    })?;
    Ok(vm.new_list(out))
}

/// `_re.new_match(pattern, string, plain, marks, lastindex, pos,
/// endpos)`: a Match of `re`'s own matcher.
fn re_new_match(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "new_match", &args, 7)?;
    let marks: Vec<i64> = crate::ops::tuple_items(&vm.new_tuple(items(&a[3])))
        .iter()
        .map(num)
        .collect();
    if marks.len() < 2 || !marks.len().is_multiple_of(2) {
        return Err(vm.value_error("new_match() needs pairs of marks"));
    }
    let bytes = vm.getattr_str(&a[0], "_is_bytes")?;
    Ok(super::re_match::new_match(
        vm,
        super::re_match::MatchData {
            pattern: a[0].clone(),
            string: a[1].clone(),
            plain: a[2].clone(),
            bytes: flag(&bytes),
            marks: marks.into_boxed_slice(),
            lastindex: num(&a[4]),
            pos: num(&a[5]),
            endpos: num(&a[6]),
        },
    ))
}

fn clamp(v: i64, n: usize) -> usize {
    v.clamp(0, n as i64) as usize
}

/// The code points of a non-ASCII subject, decoded once per string.
fn subject_chars(prog: &Program, s: Option<&PyRef>) -> Rc<[char]> {
    let Some(s) = s else {
        return Rc::from(Vec::new());
    };
    if let Some((held, chars)) = &*prog.cache.borrow() {
        if held.is(s) {
            return chars.clone();
        }
    }
    let chars: Rc<[char]> = match &s.payload {
        Payload::Str(ps) => ps.as_str().chars().collect(),
        _ => Rc::from(Vec::new()),
    };
    *prog.cache.borrow_mut() = Some((s.clone(), chars.clone()));
    chars
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(vm: &mut Vm, kind: &str, mut rest: Vec<Value>) -> Value {
        rest.insert(0, Value::str(kind));
        vm.new_tuple(rest)
    }

    fn lit(vm: &mut Vm, c: &str) -> Value {
        node(
            vm,
            "LIT",
            vec![Value::str(c), Value::Bool(false), Value::Bool(false)],
        )
    }

    fn seq(vm: &mut Vm, items: Vec<Value>) -> Value {
        let l = vm.new_list(items);
        node(vm, "SEQ", vec![l])
    }

    fn rep(vm: &mut Vm, min: i64, mode: &str, item: Value) -> Value {
        node(
            vm,
            "REP",
            vec![Value::Int(min), Value::None, Value::str(mode), item],
        )
    }

    fn compile(vm: &mut Vm, tree: Value, ngroups: i64) -> Value {
        let f = vm.new_native("compile", "_re", re_compile);
        vm.call(
            &f,
            &[
                tree,
                Value::Int(ngroups),
                Value::Bool(false),
                Value::Bool(false),
            ],
        )
        .unwrap_or_else(|_| panic!("compile failed"))
    }

    fn find(vm: &mut Vm, prog: &Value, text: &str, how: i64) -> Option<(usize, usize)> {
        let Some(Payload::Regex(p)) = prog.payload() else {
            return None;
        };
        let chars: Vec<char> = text.chars().collect();
        search(vm, p, &chars[..], 0, how, -1)
            .ok()
            .flatten()
            .map(|(_, s, e)| (s, e))
    }

    /// `a.*b` or `a.*?b`.
    fn a_any_b(vm: &mut Vm, mode: &str) -> Value {
        let (a, b) = (lit(vm, "a"), lit(vm, "b"));
        let any = node(vm, "ANY", vec![Value::Bool(false)]);
        let star = rep(vm, 0, mode, any);
        let tree = seq(vm, vec![a, star, b]);
        compile(vm, tree, 0)
    }

    #[test]
    fn greedy_and_lazy_repeats_backtrack() {
        let mut vm = Vm::new();
        let greedy = a_any_b(&mut vm, "g");
        assert_eq!(find(&mut vm, &greedy, "zaxbxb", 0), Some((1, 6)));
        let lazy = a_any_b(&mut vm, "l");
        assert_eq!(find(&mut vm, &lazy, "zaxbxé", 0), Some((1, 4)));
        assert_eq!(find(&mut vm, &lazy, "zaxbxb", 1), None);
    }

    #[test]
    fn search_shortcuts_keep_the_leftmost_match() {
        let mut vm = Vm::new();
        // `a.*b`: the repeat gives back only to a `b`, and searching skips
        // to each `a`.
        let greedy = a_any_b(&mut vm, "g");
        let Some(Payload::Regex(p)) = greedy.payload() else {
            panic!("not a program");
        };
        assert!(p.insts.iter().any(|i| matches!(
            i,
            Inst::GreedyChar {
                follow: Some(98),
                ..
            }
        )));
        assert_eq!(find(&mut vm, &greedy, "xxaxxbxxa", 0), Some((2, 6)));
        assert_eq!(find(&mut vm, &greedy, "xxaxxxx", 0), None);
        // `ab|ba`: a match starts at an `a` or a `b` only.
        let ab = node(&mut vm, "STR", vec![Value::str("ab")]);
        let ba = node(&mut vm, "STR", vec![Value::str("ba")]);
        let branches = vm.new_list(vec![ab, ba]);
        let alt = node(&mut vm, "ALT", vec![branches]);
        let p = compile(&mut vm, alt, 0);
        let Some(Payload::Regex(prog)) = p.payload() else {
            panic!("not a program");
        };
        assert!(matches!(&prog.first, Some(Test::Set(s)) if s.has(97) && s.has(98) && !s.has(120)));
        assert_eq!(find(&mut vm, &p, "xxbxba", 0), Some((4, 6)));
    }

    #[test]
    fn general_repeat_stops_after_an_empty_iteration() {
        let mut vm = Vm::new();
        // (a|)* over "aab": the empty branch ends the loop.
        let a = lit(&mut vm, "a");
        let empty = seq(&mut vm, vec![]);
        let branches = vm.new_list(vec![a, empty]);
        let alt = node(&mut vm, "ALT", vec![branches]);
        let grp = node(&mut vm, "GRP", vec![Value::Int(1), alt]);
        let tree = rep(&mut vm, 0, "g", grp);
        let p = compile(&mut vm, tree, 1);
        assert_eq!(find(&mut vm, &p, "aab", 1), Some((0, 2)));
    }

    #[test]
    fn program_traverse_sees_the_cached_subject() {
        let mut vm = Vm::new();
        let tree = lit(&mut vm, "é");
        let p = compile(&mut vm, tree, 0);
        let Some(Payload::Regex(prog)) = p.payload() else {
            panic!("not a program");
        };
        let s = PyObject::new_str("xé".to_string());
        subject_chars(prog, Some(&s));
        let mut seen = false;
        prog.traverse(&mut |v| seen |= v.as_obj().is_some_and(|o| o.is(&s)));
        assert!(seen);
    }
}
