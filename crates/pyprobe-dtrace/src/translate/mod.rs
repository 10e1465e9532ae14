//! D to bpftrace: one bpftrace program for the whole D program, plus the
//! table of records that program emits for the consumer.
//!
//! The split of work is DTrace's own: in the kernel, clauses only compute
//! and *record* values; the consumer (`consume`, `format`) formats them.
//! So every `printf`, `trace`, `printa`, `exit`, `normalize` and `trunc`
//! becomes a record: bpftrace prints `\036ID\037value\037value...\035\n`
//! (ASCII record/unit/group separators) and the record table says what ID
//! means. That is how `%*s`, `%Y`, `basename()`, `dirname()`,
//! `strjoin()` and printa's layouts work although bpftrace lacks them, and
//! why integers are always printed in full 64 bits.
//!
//! Program shape:
//! - Clauses for the same probe run in program order in DTrace, so all D
//!   clauses that enable one bpftrace probe are merged into its body, each
//!   inside `if (predicate) { ... }`. A clause that names several probes
//!   is emitted into each of them.
//! - `self->x` is the map `@self__x[tid]`, a global `x` is `@g__x` (an
//!   associative array `x[k]` is `@g__x[k]`), `this->x` is the scratch
//!   variable `$this__x` (per probe firing, shared by the clauses of that
//!   firing, as in DTrace). A variable read but never assigned anywhere is
//!   its zero value: bpftrace refuses to read a map it never writes.
//! - Aggregations keep their names (`@calls`; the anonymous `@` is `@`).
//! - END ends with a `Finish` record, the aggregations no `printa` prints
//!   (printed as DTrace does at exit), a `Done` record, and `clear()` of
//!   every map so bpftrace's own exit-time dump is empty.
//!
//! Invariant: a construct with no faithful bpftrace equivalent is a
//! `CompileError` naming the construct, never a different trace.

mod action;
mod expr;

use crate::ast::*;
use crate::format::{Format, Value};
use crate::probes::{match_spec, Matched, PidFilter, UsdtProbe};
use crate::CompileError;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::path::PathBuf;

/// The traced process, as given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    None,
    /// `-c`: bpftrace starts it; its pid is bpftrace's `cpid`.
    Command,
    /// `-p PID`.
    Pid(u32),
}

/// Everything the translation needs besides the program.
#[derive(Debug, Clone)]
pub struct Setup {
    /// All USDT probes of the traced binaries.
    pub probes: Vec<UsdtProbe>,
    pub target: TargetKind,
    /// Macro arguments: `$0` (the script name), `$1`, ...
    pub args: Vec<String>,
    pub quiet: bool,
    /// bpftrace's string size (`-x strsize`, at most 200).
    pub strsize: usize,
    /// `-x defaultargs`: missing `$N` are 0 / "".
    pub defaultargs: bool,
    /// `-Z`: descriptions may match no probes.
    pub zdefs: bool,
    /// `walltimestamp - timestamp`, in nanoseconds.
    pub wall_offset: i64,
    /// Values of `$pid`, `$ppid`, `$uid`, `$gid` (of pyprobe-dtrace).
    pub own: [i64; 4],
}

/// A user-space function applied to recorded values (`printf`/`trace`
/// arguments only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UFunc {
    Basename,
    Dirname,
    Strjoin,
    Strlen,
    Lltostr,
    Toupper,
    Tolower,
}

/// How an output argument is computed from the recorded values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UArg {
    /// The n-th recorded value of the action.
    Leaf(usize),
    Const(Value),
    Call(UFunc, Vec<UArg>),
}

impl UArg {
    pub fn eval(&self, leaves: &[Value]) -> Value {
        let s = |v: Value| match v {
            Value::Str(s) => s,
            Value::Int(i) => i.to_string(),
        };
        match self {
            UArg::Leaf(i) => leaves.get(*i).cloned().unwrap_or(Value::Int(0)),
            UArg::Const(v) => v.clone(),
            UArg::Call(f, args) => {
                let mut vals = args.iter().map(|a| a.eval(leaves));
                let a = vals.next().unwrap_or(Value::Int(0));
                match f {
                    UFunc::Basename => Value::Str(basename(&s(a))),
                    UFunc::Dirname => Value::Str(dirname(&s(a))),
                    UFunc::Strjoin => {
                        let b = vals.next().map(s).unwrap_or_default();
                        Value::Str(s(a) + &b)
                    }
                    UFunc::Strlen => Value::Int(s(a).len() as i64),
                    UFunc::Lltostr => Value::Str(s(a)),
                    UFunc::Toupper => Value::Str(s(a).to_uppercase()),
                    UFunc::Tolower => Value::Str(s(a).to_lowercase()),
                }
            }
        }
    }
}

/// DTrace's `basename()`: the last path component, trailing `/`s ignored.
pub fn basename(path: &str) -> String {
    let t = path.trim_end_matches('/');
    if t.is_empty() {
        return if path.is_empty() {
            ".".into()
        } else {
            "/".into()
        };
    }
    t.rsplit('/').next().unwrap_or(t).to_string()
}

/// DTrace's `dirname()`: all but the last component (`.` for none).
pub fn dirname(path: &str) -> String {
    let t = path.trim_end_matches('/');
    if t.is_empty() {
        return if path.is_empty() {
            ".".into()
        } else {
            "/".into()
        };
    }
    match t.rfind('/') {
        None => ".".into(),
        Some(i) => {
            let d = t[..i].trim_end_matches('/');
            if d.is_empty() {
                "/".into()
            } else {
                d.to_string()
            }
        }
    }
}

/// An output action: what its recorded values become.
#[derive(Debug, Clone)]
pub enum OutputKind {
    Printf(Format, Vec<UArg>),
    Trace(UArg),
}

#[derive(Debug, Clone)]
pub struct OutputAction {
    pub kind: OutputKind,
    /// The types of the recorded values, in order.
    pub leaves: Vec<Ty>,
}

/// The aggregating functions bpftrace has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AggFunc {
    Count,
    Sum,
    Min,
    Max,
    Avg,
    Quantize,
    Lquantize { base: i64, limit: i64, step: i64 },
}

#[derive(Debug, Clone)]
pub struct AggInfo {
    /// The D name without `@` ("" for the anonymous aggregation).
    pub name: String,
    pub func: AggFunc,
    pub keys: Vec<Ty>,
    /// Printed by some `printa`: then not printed again at exit.
    pub printed: bool,
    /// Assigned by a clause that enables some probe (else it stays
    /// empty, and bpftrace does not know the map).
    pub live: bool,
    pub line: u32,
}

impl AggInfo {
    /// The bpftrace map name.
    pub fn map(&self) -> String {
        format!("@{}", self.name)
    }
}

/// What a record ID tells the consumer.
#[derive(Debug, Clone)]
pub enum Record {
    /// Values of output action `action`; the last chunk prints it.
    Values {
        action: usize,
        last: bool,
    },
    /// bpftrace's `print(@agg)` follows, up to `PrintaEnd`. `auto`: the
    /// printing of an unprinted aggregation at exit (no leading newline).
    PrintaBegin {
        agg: usize,
        format: Option<Format>,
        auto: bool,
    },
    PrintaEnd,
    /// `exit(status)`: the status follows.
    Exit,
    /// `normalize(@agg, n)`: n follows.
    Normalize {
        agg: usize,
    },
    Denormalize {
        agg: usize,
    },
    /// `trunc(@agg, n)`: later printings show the top (n > 0) or bottom
    /// (n < 0) |n| entries.
    TruncKeep {
        agg: usize,
        keep: i64,
    },
    /// `trunc(@agg)`: empties it.
    TruncAll {
        agg: usize,
    },
    /// A clause fired (without -q): the CPU follows.
    Fire {
        id: u32,
        label: String,
    },
    FireEnd,
    /// The D END clauses are done: DTrace's final newline.
    Finish,
    /// Everything after this is bpftrace's own exit output.
    Done,
}

/// The translated program and what the consumer needs to read its output.
#[derive(Debug, Clone)]
pub struct Translation {
    pub program: String,
    pub records: Vec<Record>,
    pub actions: Vec<OutputAction>,
    pub aggs: Vec<AggInfo>,
    /// Enabled probes (clause × probe), for DTrace's "matched N probes".
    pub matched: usize,
    pub quiet: bool,
    pub strsize: usize,
    /// Why `strsize` is below the requested size (a map key that holds
    /// several strings must fit the BPF stack), if it is.
    pub lowered_for: Option<String>,
    /// Whether any USDT probe is used (bpftrace then needs the binary).
    pub uses_usdt: bool,
}

/// A bpftrace probe and what D sees in it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum BpfProbe {
    Begin,
    End,
    Interval(&'static str, u64),
    Profile(&'static str, u64),
    Usdt {
        path: PathBuf,
        provider: String,
        note_name: String,
    },
}

impl BpfProbe {
    fn header(&self) -> String {
        match self {
            BpfProbe::Begin => "BEGIN".into(),
            BpfProbe::End => "END".into(),
            BpfProbe::Interval(u, n) => format!("interval:{u}:{n}"),
            BpfProbe::Profile(u, n) => format!("profile:{u}:{n}"),
            BpfProbe::Usdt {
                path,
                provider,
                note_name,
            } => format!("usdt:{}:{provider}:{note_name}", path.display()),
        }
    }
}

/// What the built-in variables of a clause are in one probe.
#[derive(Debug, Clone)]
pub(crate) struct ProbeCtx {
    pub provider: String,
    pub module: String,
    /// The functions of the probe's sites (several: `probefunc` is refused).
    pub functions: Vec<String>,
    pub name: String,
    pub arg_sizes: Vec<i32>,
    pub usdt: bool,
    pub is_end: bool,
    pub id: u32,
}

/// A variable as the program uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum VarKey<'a> {
    Thread(&'a str),
    Clause(&'a str),
    Global(&'a str),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct VarInfo {
    pub ty: Ty,
    pub assigned: bool,
    /// Key count for an associative array.
    pub keys: Option<usize>,
    /// Declared with a type (else typed by its assignments).
    pub declared: bool,
    /// Some assignment stores a string.
    pub assigned_str: bool,
}

/// One bpftrace probe body under construction.
struct Body {
    probe: BpfProbe,
    code: String,
    /// `this->` variables used in it: declared first.
    this_vars: BTreeMap<String, Ty>,
}

pub(crate) struct Tr<'a> {
    pub setup: &'a Setup,
    pub vars: HashMap<VarKey<'a>, VarInfo>,
    pub inlines: HashMap<&'a str, &'a Expr>,
    pub aggs: Vec<AggInfo>,
    pub records: Vec<Record>,
    pub actions: Vec<OutputAction>,
    pub ctx: ProbeCtx,
    /// `this->` variables the current clause uses.
    pub this_used: BTreeMap<String, Ty>,
}

/// Translate `prog` for the probes and process of `setup`.
pub fn translate(prog: &Program, setup: &Setup) -> Result<Translation, CompileError> {
    let mut tr = Tr {
        setup,
        vars: HashMap::new(),
        inlines: prog.inlines.iter().map(|(n, e)| (n.as_str(), e)).collect(),
        aggs: Vec::new(),
        records: Vec::new(),
        actions: Vec::new(),
        ctx: ProbeCtx {
            provider: String::new(),
            module: String::new(),
            functions: Vec::new(),
            name: String::new(),
            arg_sizes: Vec::new(),
            usdt: false,
            is_end: false,
            id: 0,
        },
        this_used: BTreeMap::new(),
    };
    // With -Z a clause may enable no probe: what only it assigns is
    // never written, so it is neither read, printed nor cleared.
    let mut live = Vec::new();
    for c in &prog.clauses {
        live.push(!tr.expand(c).map_err(|e| e.in_source(c.source))?.is_empty());
    }
    tr.collect_vars(prog, &live)?;
    tr.collect_aggs(prog, &live)?;

    let mut bodies: Vec<Body> = Vec::new();
    let mut matched = 0;
    let mut uses_usdt = false;
    for clause in &prog.clauses {
        let src = clause.source;
        for (probe, ctx, filter) in tr.expand(clause).map_err(|e| e.in_source(src))? {
            matched += 1;
            uses_usdt |= matches!(probe, BpfProbe::Usdt { .. });
            tr.ctx = ctx;
            tr.this_used.clear();
            let code = tr
                .clause_code(clause, filter)
                .map_err(|e| e.in_source(src))?;
            let at = match bodies.iter().position(|b| b.probe == probe) {
                Some(i) => i,
                None => {
                    bodies.push(Body {
                        probe,
                        code: String::new(),
                        this_vars: BTreeMap::new(),
                    });
                    bodies.len() - 1
                }
            };
            bodies[at].code.push_str(&code);
            let used = std::mem::take(&mut tr.this_used);
            bodies[at].this_vars.extend(used);
        }
    }
    if matched == 0 && !setup.zdefs {
        let first = prog.clauses.first();
        return Err(
            CompileError::new(first.map_or(1, |c| c.line), "no probes matched")
                .in_source(first.map_or(0, |c| c.source)),
        );
    }
    let end_code = tr.finish_code();
    let program = assemble(&bodies, &end_code);
    let (strsize, lowered_for) = tr.stack_strsize();
    Ok(Translation {
        program,
        records: tr.records,
        actions: tr.actions,
        aggs: tr.aggs,
        matched,
        quiet: setup.quiet,
        strsize,
        lowered_for,
        uses_usdt,
    })
}

/// The bpftrace program text: BEGIN first, END last (with the finishing
/// code), the other probes in order of first use.
fn assemble(bodies: &[Body], end_code: &str) -> String {
    let mut out = String::from("// Generated by pyprobe-dtrace from a D program.\n");
    let mut ordered: Vec<&Body> = bodies
        .iter()
        .filter(|b| b.probe == BpfProbe::Begin)
        .collect();
    ordered.extend(
        bodies
            .iter()
            .filter(|b| b.probe != BpfProbe::Begin && b.probe != BpfProbe::End),
    );
    for b in ordered {
        let _ = writeln!(out, "\n{}\n{{", b.probe.header());
        out.push_str(&this_declarations(&b.this_vars));
        out.push_str(&b.code);
        out.push_str("}\n");
    }
    let _ = writeln!(out, "\nEND\n{{");
    if let Some(b) = bodies.iter().find(|b| b.probe == BpfProbe::End) {
        out.push_str(&this_declarations(&b.this_vars));
        out.push_str(&b.code);
    }
    out.push_str(end_code);
    out.push_str("}\n");
    out
}

fn this_declarations(vars: &BTreeMap<String, Ty>) -> String {
    vars.iter()
        .map(|(name, ty)| {
            let zero = if *ty == Ty::Str { "\"\"" } else { "0" };
            format!("\t$this__{name} = {zero};\n")
        })
        .collect()
}

impl<'a> Tr<'a> {
    /// The bpftrace probes one clause enables, with their contexts.
    fn expand(
        &self,
        clause: &Clause,
    ) -> Result<Vec<(BpfProbe, ProbeCtx, PidFilter)>, CompileError> {
        let mut out: Vec<(BpfProbe, ProbeCtx, PidFilter)> = Vec::new();
        let special = |name: &str, provider: &str, id: u32, is_end: bool| ProbeCtx {
            provider: provider.into(),
            module: String::new(),
            functions: vec![String::new()],
            name: name.into(),
            arg_sizes: Vec::new(),
            usdt: false,
            is_end,
            id,
        };
        let nprobes = self.setup.probes.len() as u32;
        for spec in &clause.probes {
            let text = self.substitute_spec(&spec.text, spec.line)?;
            let have_target = self.setup.target != TargetKind::None;
            let m = match_spec(&text, &self.setup.probes, have_target)
                .map_err(|e| CompileError::new(spec.line, &e))?;
            let mut add = |probe: BpfProbe, ctx: ProbeCtx, f: PidFilter| {
                if !out.iter().any(|(p, _, _)| *p == probe) {
                    out.push((probe, ctx, f));
                }
            };
            match m {
                Matched::Begin => add(
                    BpfProbe::Begin,
                    special("BEGIN", "dtrace", 1, false),
                    PidFilter::Any,
                ),
                Matched::End => add(
                    BpfProbe::End,
                    special("END", "dtrace", 2, true),
                    PidFilter::Any,
                ),
                Matched::Tick(u, n) => add(
                    BpfProbe::Interval(u, n),
                    special(&tick_name("tick", u, n), "profile", 4 + nprobes, false),
                    PidFilter::Any,
                ),
                Matched::Profile(u, n) => add(
                    BpfProbe::Profile(u, n),
                    special(&tick_name("profile", u, n), "profile", 5 + nprobes, false),
                    PidFilter::Any,
                ),
                Matched::Usdt(probes, filter) => {
                    if probes.is_empty() && !self.setup.zdefs {
                        let why = if self.setup.probes.is_empty() {
                            if self.setup.target == TargetKind::None {
                                " (no process was given: use -c or -p)"
                            } else {
                                " (the traced program has no USDT probes)"
                            }
                        } else {
                            ""
                        };
                        return Err(CompileError::new(
                            spec.line,
                            &format!("probe description {text} does not match any probes{why}"),
                        ));
                    }
                    for p in &probes {
                        let all: Vec<&UsdtProbe> = self
                            .setup
                            .probes
                            .iter()
                            .filter(|q| {
                                q.path == p.path
                                    && q.provider == p.provider
                                    && q.note_name == p.note_name
                            })
                            .collect();
                        if all.iter().any(|q| !probes.contains(q)) {
                            return Err(CompileError::new(
                                spec.line,
                                &format!(
                                    "probe description {text} selects some of the functions of probe {}:::{}; bpftrace enables all sites of a probe name",
                                    p.provider, p.name
                                ),
                            ));
                        }
                        let id =
                            4 + self.setup.probes.iter().position(|q| q == p).unwrap_or(0) as u32;
                        add(
                            BpfProbe::Usdt {
                                path: p.path.clone(),
                                provider: p.provider.clone(),
                                note_name: p.note_name.clone(),
                            },
                            ProbeCtx {
                                provider: p.provider.clone(),
                                module: p.module.clone(),
                                functions: all.iter().map(|q| q.function.clone()).collect(),
                                name: p.name.clone(),
                                arg_sizes: p.arg_sizes.clone(),
                                usdt: true,
                                is_end: false,
                                id,
                            },
                            filter,
                        );
                    }
                }
            }
        }
        Ok(out)
    }

    /// A probe description with `$1`.. and `$pid`-like macros replaced;
    /// `$target` is kept (it becomes a pid filter).
    fn substitute_spec(&self, spec: &str, line: u32) -> Result<String, CompileError> {
        let mut out = String::new();
        let mut rest = spec;
        while let Some(i) = rest.find('$') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let after = after.strip_prefix('$').unwrap_or(after);
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            let name = &after[..len];
            if name == "target" {
                if let TargetKind::Pid(p) = self.setup.target {
                    let _ = write!(out, "{p}");
                } else {
                    out.push_str("$target");
                }
            } else {
                match self.macro_value(name, line)? {
                    Value::Int(v) => {
                        let _ = write!(out, "{v}");
                    }
                    Value::Str(s) => out.push_str(&s),
                }
            }
            rest = &after[len..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// The value of `$name` other than `$target`.
    pub(crate) fn macro_value(&self, name: &str, line: u32) -> Result<Value, CompileError> {
        let s = self.setup;
        match name {
            "pid" => return Ok(Value::Int(s.own[0])),
            "ppid" => return Ok(Value::Int(s.own[1])),
            "uid" => return Ok(Value::Int(s.own[2])),
            "gid" => return Ok(Value::Int(s.own[3])),
            _ => {}
        }
        let Ok(n) = name.parse::<usize>() else {
            return Err(CompileError::new(
                line,
                &format!("macro variable ${name} is not supported"),
            ));
        };
        match s.args.get(n) {
            Some(v) => Ok(match v.parse::<i64>() {
                Ok(i) if n > 0 => Value::Int(i),
                _ => Value::Str(v.clone()),
            }),
            None if s.defaultargs => Ok(Value::Int(0)),
            None => Err(CompileError::new(
                line,
                &format!(
                    "macro argument ${n} is not defined (the script was given {} arguments)",
                    s.args.len().saturating_sub(1)
                ),
            )),
        }
    }

    /// One clause's code in one probe body.
    fn clause_code(&mut self, clause: &Clause, filter: PidFilter) -> Result<String, CompileError> {
        let mut conds = Vec::new();
        if self.ctx.usdt {
            match (filter, self.setup.target) {
                (PidFilter::Target, TargetKind::Command) => conds.push("pid == cpid".to_string()),
                (PidFilter::Target, TargetKind::Pid(p)) | (PidFilter::Pid(p), _) => {
                    conds.push(format!("pid == {p}"))
                }
                _ => {}
            }
        }
        if let Some(pred) = &clause.predicate {
            conds.push(self.condition(pred)?);
        }
        let mut body = String::new();
        if !self.setup.quiet {
            let function = self.ctx.functions.first().cloned().unwrap_or_default();
            let rec = self.record(Record::Fire {
                id: self.ctx.id,
                label: format!("{function}:{}", self.ctx.name),
            });
            body.push_str(&emit_record(rec, &[("cpu".into(), Ty::Int)]));
        }
        body.push_str(&self.statements(&clause.body)?);
        if !self.setup.quiet {
            let rec = self.record(Record::FireEnd);
            body.push_str(&emit_record(rec, &[]));
        }
        let _ = clause.line;
        Ok(if conds.is_empty() {
            indent(&body, 1)
        } else {
            let cond = conds
                .iter()
                .map(|c| format!("({c})"))
                .collect::<Vec<_>>()
                .join(" && ");
            format!("\tif ({cond}) {{\n{}\t}}\n", indent(&body, 2))
        })
    }

    pub(crate) fn record(&mut self, r: Record) -> usize {
        self.records.push(r);
        self.records.len() - 1
    }

    /// END's tail: the final newline, unprinted aggregations, cleanup.
    fn finish_code(&mut self) -> String {
        let mut out = String::new();
        let finish = self.record(Record::Finish);
        out.push_str(&indent(&emit_record(finish, &[]), 1));
        for i in 0..self.aggs.len() {
            if self.aggs[i].printed || !self.aggs[i].live {
                continue;
            }
            out.push_str(&indent(&self.printa_code(i, None, true), 1));
        }
        let done = self.record(Record::Done);
        out.push_str(&indent(&emit_record(done, &[]), 1));
        let mut maps: Vec<String> = self
            .aggs
            .iter()
            .filter(|a| a.live)
            .map(AggInfo::map)
            .collect();
        let mut vars: Vec<(&VarKey, &VarInfo)> = self.vars.iter().collect();
        vars.sort_by_key(|(k, _)| **k);
        for (k, v) in vars {
            if !v.assigned {
                continue;
            }
            match k {
                VarKey::Thread(n) => maps.push(format!("@self__{n}")),
                VarKey::Global(n) => maps.push(format!("@g__{n}")),
                VarKey::Clause(_) => {}
            }
        }
        for m in maps {
            let _ = writeln!(out, "\tclear({m});");
        }
        out
    }
}

/// The bytes of BPF stack that the strings of one map key may take:
/// bpftrace 0.17 builds the key on the 512-byte stack.
const KEY_STRING_BUDGET: usize = 320;

impl Tr<'_> {
    /// The string size the program can use: a key with k strings needs
    /// k × strsize bytes of stack.
    fn stack_strsize(&self) -> (usize, Option<String>) {
        let widest = self
            .aggs
            .iter()
            .map(|a| {
                (
                    a.keys.iter().filter(|t| **t == Ty::Str).count(),
                    format!("a key of @{}", a.name),
                )
            })
            .max_by_key(|(n, _)| *n);
        match widest {
            Some((n, what)) if n >= 2 && self.setup.strsize * n > KEY_STRING_BUDGET => (
                KEY_STRING_BUDGET / n,
                Some(format!(
                    "{what} holds {n} strings, and bpftrace builds keys on the 512-byte BPF stack"
                )),
            ),
            _ => (self.setup.strsize, None),
        }
    }
}

fn tick_name(kind: &str, unit: &str, n: u64) -> String {
    match unit {
        "hz" => format!("{kind}-{n}"),
        u => format!("{kind}-{n}{u}"),
    }
}

/// Indent every line of `code` by `levels` tabs.
fn indent(code: &str, levels: usize) -> String {
    let tabs = "\t".repeat(levels);
    code.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{tabs}{l}\n")
            }
        })
        .collect()
}

/// A bpftrace string literal for `s`.
pub(crate) fn bpf_string(s: &str) -> String {
    let mut out = String::from("\"");
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\{b:03o}");
            }
        }
    }
    out.push('"');
    out
}

/// `printf` of one record: its ID, then each value.
pub(crate) fn emit_record(id: usize, values: &[(String, Ty)]) -> String {
    let mut fmt = format!("\\036{id}");
    let mut args = String::new();
    for (e, ty) in values {
        fmt.push_str(if *ty == Ty::Str {
            "\\037%s"
        } else {
            "\\037%lld"
        });
        let _ = write!(args, ", {e}");
    }
    fmt.push_str("\\035\\n");
    format!("printf(\"{fmt}\"{args});\n")
}

#[cfg(test)]
mod tests;
