//! The command line: dtrace's options, as far as USDT tracing uses them.
//!
//! Counterpart: `main` of DTrace's `cmd/dtrace/dtrace.c`. Exit statuses
//! are dtrace's: 0, the status given to `exit()`, 1 for a failure to run,
//! 2 for a usage error or a program that cannot be compiled (here: also
//! one that cannot be translated).

use crate::ast::Program;
use crate::consume::AggSort;
use crate::cpp::{preprocess, Pragma};
use crate::elf;
use crate::list;
use crate::parse::parse;
use crate::probes::{usdt_probes, Target};
use crate::run::{self, RunConfig};
use crate::translate::{translate, Setup, TargetKind};
use crate::CompileError;
use clap::{Arg, ArgAction, Command};
use std::path::{Path, PathBuf};

const ABOUT: &str = "Run DTrace's D scripts for USDT probes on Linux, through bpftrace.";

const AFTER_HELP: &str = "\
A D program's clauses are translated into one bpftrace program (see --emit)
and run by bpftrace, which must be installed; tracing needs root. The output
has DTrace's shape: printf with all of D's conversions (%*s included),
printa's layouts, quantize tables, the final newline.

  sudo pyprobe-dtrace -q -s scripts/call_stack.d -c \"pyprobe script.py\"
  sudo pyprobe-dtrace -n 'python$target:::function-entry { @[copyinstr(arg1)] = count(); }' -p PID
  pyprobe-dtrace -l -P python -c pyprobe

Header and object generation (-G, and -h as systemtap-sdt-dev's dtrace
uses it) is not pyprobe-dtrace's job: use that dtrace for them. Here -h
prints this help. What of D works, and what is refused, is in
docs/dtrace.md.";

fn command() -> Command {
    let many = |id: &'static str, short: char, name: &'static str, help: &'static str| {
        Arg::new(id)
            .short(short)
            .value_name(name)
            .action(ArgAction::Append)
            .help(help)
    };
    let flag = |id: &'static str, short: char, help: &'static str| {
        Arg::new(id)
            .short(short)
            .action(ArgAction::SetTrue)
            .help(help)
    };
    Command::new("pyprobe-dtrace")
        .about(ABOUT)
        .after_help(AFTER_HELP)
        .override_usage(
            "pyprobe-dtrace [-CeqlvVwZ] [-c cmd] [-D name[=def]] [-o output] [-p pid]\n       [-s script] [-U name] [-x opt[=val]] [--emit]\n       [-P provider] [-m [provider:]module] [-f [[provider:]module:]func]\n       [-n [[[provider:]module:]func:]name [predicate] [{ actions }]] [args ...]",
        )
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(many("script", 's', "script", "compile the D program in this file"))
        .arg(many("name", 'n', "description", "a probe description with optional predicate and actions, or (with -l) a description to list"))
        .arg(Arg::new("cmd").short('c').value_name("cmd").help("run this command, trace it ($target), exit when it ends"))
        .arg(Arg::new("pid").short('p').value_name("pid").help("trace this running process ($target), exit when it ends"))
        .arg(flag("quiet", 'q', "quiet: only output explicitly traced data"))
        .arg(Arg::new("output").short('o').value_name("output").help("append the trace to this file"))
        .arg(many("opt", 'x', "opt[=val]", "set an option (strsize, quiet, defaultargs, aggsortkey, aggsortrev, ...)"))
        .arg(flag("list", 'l', "list probes (from the ELF notes) instead of tracing"))
        .arg(many("provider", 'P', "provider", "list or enable probes of this provider"))
        .arg(many("module", 'm', "module", "list or enable probes of this module"))
        .arg(many("function", 'f', "func", "list or enable probes of this function"))
        .arg(many("define", 'D', "name[=def]", "define a preprocessor macro"))
        .arg(many("undef", 'U', "name", "undefine a preprocessor macro"))
        .arg(many("include", 'I', "path", "accepted; #include lines are ignored"))
        .arg(flag("cpp", 'C', "accepted: preprocessor lines are always handled"))
        .arg(flag("exit_early", 'e', "exit after compiling, before tracing"))
        .arg(flag("zdefs", 'Z', "permit descriptions that match no probes"))
        .arg(flag("destructive", 'w', "accepted; destructive actions are refused anyway"))
        .arg(flag("verbose", 'v', "accepted"))
        .arg(flag("version", 'V', "report the D version"))
        .arg(flag("header", 'G', "refused: object generation is not pyprobe-dtrace's job"))
        .arg(Arg::new("emit").long("emit").action(ArgAction::SetTrue).help("print the bpftrace program instead of running it"))
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("print this help"))
        .arg(Arg::new("args").num_args(0..).trailing_var_arg(true).allow_hyphen_values(true).value_name("args"))
}

/// One source of the D program.
enum Source {
    Script(String),
    Description(String),
}

impl Source {
    fn failure(&self, e: &CompileError) -> String {
        match self {
            Source::Script(path) => format!("failed to compile script {path}: {e}"),
            Source::Description(d) => format!("invalid probe specifier {d}: {e}"),
        }
    }
}

/// Options from `-x` and `#pragma D option`.
#[derive(Debug, Default)]
struct Options {
    quiet: bool,
    strsize: Option<usize>,
    defaultargs: bool,
    zdefs: bool,
    sort: AggSort,
}

/// DTrace options that tune its buffers and rates: bpftrace manages its
/// own, so they are accepted and have no effect.
const TUNING: &[&str] = &[
    "bufsize",
    "aggsize",
    "dynvarsize",
    "specsize",
    "nspec",
    "switchrate",
    "aggrate",
    "cleanrate",
    "statusrate",
    "bufresize",
    "stackframes",
    "ustackframes",
    "jstackframes",
    "jstackstrsize",
    "destructive",
    "cpp",
    "strip",
    "linkmode",
    "version",
];

impl Options {
    fn set(&mut self, name: &str, value: Option<&str>) -> Result<(), String> {
        match name {
            "quiet" => self.quiet = true,
            "defaultargs" => self.defaultargs = true,
            "zdefs" => self.zdefs = true,
            "aggsortkey" => self.sort.by_key = true,
            "aggsortrev" => self.sort.reverse = true,
            "strsize" => {
                let v = value.ok_or("strsize needs a value")?;
                let n = parse_size(v).ok_or_else(|| format!("invalid strsize {v}"))?;
                self.strsize = Some(n);
            }
            "bufpolicy" if matches!(value, None | Some("switch")) => {}
            n if TUNING.contains(&n) => {}
            "flowindent" | "rawbytes" | "aggpercpu" | "aggzoom" | "aggpack" | "aggsortpos"
            | "aggsortkeypos" | "stackindent" | "bufpolicy" | "grabanon" | "temporal" => {
                return Err(format!("option {name} is not supported"))
            }
            other => return Err(format!("option {other} is not supported")),
        }
        Ok(())
    }
}

/// `256`, `1k`, `2m` ...
fn parse_size(v: &str) -> Option<usize> {
    let v = v.trim().to_ascii_lowercase();
    let (digits, mult) = match v.chars().last()? {
        'k' => (&v[..v.len() - 1], 1 << 10),
        'm' => (&v[..v.len() - 1], 1 << 20),
        'g' => (&v[..v.len() - 1], 1 << 30),
        _ => (v.as_str(), 1),
    };
    digits.parse::<usize>().ok().map(|n| n * mult)
}

fn fail(msg: &str) -> i32 {
    eprintln!("pyprobe-dtrace: {msg}");
    1
}

/// Entry point: the exit status.
pub fn main() -> i32 {
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                _ => 2,
            };
        }
    };
    let strings = |id: &str| -> Vec<String> {
        matches
            .get_many::<String>(id)
            .map(|v| v.cloned().collect())
            .unwrap_or_default()
    };
    if matches.get_flag("version") {
        println!(
            "pyprobe-dtrace: Sun D 1.13 (pyprobe-dtrace {}, translating to bpftrace)",
            env!("CARGO_PKG_VERSION")
        );
        return 0;
    }
    if matches.get_flag("header") {
        eprintln!("pyprobe-dtrace: -G (object and header generation) is not pyprobe-dtrace's job: use systemtap-sdt-dev's dtrace");
        return 2;
    }
    let listing = matches.get_flag("list");
    let scripts = strings("script");
    let descs = strings("name");
    if scripts.is_empty() && descs.is_empty() && !listing {
        eprintln!("pyprobe-dtrace: no probes specified (use -s, -n or -l; -h for help)");
        return 2;
    }

    // The traced process or binary.
    let command = matches.get_one::<String>("cmd").cloned();
    let pid = match matches.get_one::<String>("pid").map(|p| p.parse::<u32>()) {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(_)) => return fail("invalid pid"),
    };
    let mut cmd_line = None;
    let mut targets: Vec<(Target, Option<u32>)> = Vec::new();
    if let Some(c) = &command {
        let mut words = c.split_whitespace();
        let Some(prog) = words.next() else {
            return fail("-c needs a command");
        };
        let Some(path) = run::find_program(prog) else {
            return fail(&format!(
                "failed to execute {prog}: No such file or directory"
            ));
        };
        let rest: Vec<&str> = words.collect();
        cmd_line = Some(
            std::iter::once(path.display().to_string())
                .chain(rest.iter().map(|s| s.to_string()))
                .collect::<Vec<_>>()
                .join(" "),
        );
        targets.push((target_of(&path), None));
    }
    if let Some(p) = pid {
        match process_targets(p) {
            Ok(ts) => targets.extend(ts.into_iter().map(|t| (t, Some(p)))),
            Err(e) => return fail(&e),
        }
    }

    let mut defines: Vec<(String, String)> = strings("define")
        .iter()
        .map(|d| match d.split_once('=') {
            Some((n, v)) => (n.to_string(), v.to_string()),
            None => (d.clone(), "1".to_string()),
        })
        .collect();
    for u in strings("undef") {
        defines.retain(|(n, _)| *n != u);
    }

    // Sources: -s files, then -n descriptions (with -l and no actions, -n
    // only selects what to list).
    let mut sources = Vec::new();
    let mut texts = Vec::new();
    for s in &scripts {
        match std::fs::read_to_string(s) {
            Ok(t) => {
                sources.push(Source::Script(s.clone()));
                texts.push(t);
            }
            Err(e) => return fail(&format!("failed to open {s}: {e}")),
        }
    }
    let mut list_descs: Vec<String> = Vec::new();
    for d in &descs {
        if listing && !d.contains(['{', '/']) {
            list_descs.push(d.clone());
        } else {
            sources.push(Source::Description(d.clone()));
            texts.push(d.clone());
        }
    }
    for (opt, id) in [('P', "provider"), ('m', "module"), ('f', "function")] {
        for v in strings(id) {
            if listing {
                list_descs.push(list::description(opt, &v));
            } else {
                sources.push(Source::Description(list::description(opt, &v)));
                texts.push(list::description(opt, &v));
            }
        }
    }

    let mut opts = Options {
        quiet: matches.get_flag("quiet"),
        zdefs: matches.get_flag("zdefs"),
        ..Options::default()
    };
    let mut program = Program::default();
    for (i, (text, source)) in texts.iter().zip(&sources).enumerate() {
        let parsed = preprocess(text, &defines).and_then(|pp| {
            for Pragma { line, name, value } in &pp.options {
                opts.set(name, value.as_deref())
                    .map_err(|e| CompileError::new(*line, &e))?;
            }
            parse(&pp.text)
        });
        match parsed {
            Ok(mut p) => {
                for c in &mut p.clauses {
                    c.source = i;
                }
                program.clauses.extend(p.clauses);
                program.decls.extend(p.decls);
                program.inlines.extend(p.inlines);
            }
            Err(e) => {
                eprintln!("pyprobe-dtrace: {}", source.failure(&e));
                return 2;
            }
        }
    }
    for x in strings("opt") {
        let (n, v) = match x.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (x.clone(), None),
        };
        if let Err(e) = opts.set(&n, v.as_deref()) {
            eprintln!("pyprobe-dtrace: failed to set -x {x}: {e}");
            return 2;
        }
    }

    if listing {
        return list_probes(
            &targets,
            &program,
            &list_descs,
            command.is_some() || pid.is_some(),
        );
    }

    let strsize = match opts.strsize {
        Some(n) if n > 200 => {
            if !opts.quiet {
                eprintln!("pyprobe-dtrace: strsize lowered to 200 (bpftrace's maximum)");
            }
            200
        }
        Some(n) => n.max(1),
        None => 200,
    };
    let mut args = vec![scripts
        .first()
        .cloned()
        .unwrap_or_else(|| "pyprobe-dtrace".into())];
    args.extend(strings("args"));
    let all: Vec<_> = targets.iter().map(|(t, _)| t.clone()).collect();
    let setup = Setup {
        probes: usdt_probes(&all),
        target: match (&command, pid) {
            (_, Some(p)) => TargetKind::Pid(p),
            (Some(_), None) => TargetKind::Command,
            (None, None) => TargetKind::None,
        },
        args,
        quiet: opts.quiet,
        strsize,
        defaultargs: opts.defaultargs,
        zdefs: opts.zdefs,
        wall_offset: run::wall_offset(),
        own: own_ids(),
    };
    let translation = match translate(&program, &setup) {
        Ok(t) => t,
        Err(e) => {
            let source = sources.get(e.source).unwrap_or(&sources[0]);
            eprintln!("pyprobe-dtrace: {}", source.failure(&e));
            return 2;
        }
    };
    if let Some(why) = &translation.lowered_for {
        eprintln!(
            "pyprobe-dtrace: strsize lowered to {}: {why}",
            translation.strsize
        );
    }
    if matches.get_flag("emit") {
        print!("{}", translation.program);
        return 0;
    }
    if matches.get_flag("exit_early") {
        return 0;
    }
    if run::find_program("bpftrace").is_none() {
        return fail("bpftrace is not installed; pyprobe-dtrace runs D programs through it (apt-get install bpftrace)");
    }
    if !run::is_root() {
        return fail("tracing needs root privileges (run pyprobe-dtrace with sudo)");
    }
    // Runs this program again with SIGINT ignored (see run.rs): what
    // comes after happens once.
    run::ignore_sigint();
    if !opts.quiet {
        let (kind, name) = match &sources[0] {
            Source::Script(s) => ("script", s.clone()),
            // dtrace names a description by its probe part.
            Source::Description(d) => (
                "description",
                d.split(['{', '/', ';']).next().unwrap_or(d).to_string(),
            ),
        };
        let n = translation.matched;
        eprintln!(
            "pyprobe-dtrace: {kind} '{name}' matched {n} probe{}",
            if n == 1 { "" } else { "s" }
        );
    }
    run::run(&RunConfig {
        translation: &translation,
        command: cmd_line,
        pid,
        output: matches.get_one::<String>("output").map(PathBuf::from),
        sort: opts.sort,
    })
}

/// The notes of one binary (none when it cannot be read as ELF).
fn target_of(path: &Path) -> Target {
    Target {
        path: path.to_path_buf(),
        notes: elf::read_file_notes(path).unwrap_or_default(),
    }
}

/// The executable of process `pid` and the mapped files with SDT notes.
fn process_targets(pid: u32) -> Result<Vec<Target>, String> {
    let exe = std::fs::read_link(format!("/proc/{pid}/exe"))
        .map_err(|e| format!("failed to grab pid {pid}: {e}"))?;
    let mut out = vec![target_of(&exe)];
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
    let mut seen = vec![exe];
    for line in maps.lines() {
        let Some(path) = line.split_whitespace().nth(5) else {
            continue;
        };
        let path = PathBuf::from(path);
        if !path.is_absolute() || seen.contains(&path) {
            continue;
        }
        seen.push(path.clone());
        let t = target_of(&path);
        if !t.notes.is_empty() {
            out.push(t);
        }
    }
    Ok(out)
}

/// Running processes whose executables carry SDT notes.
fn running_targets() -> Vec<(Target, Option<u32>)> {
    let mut out = Vec::new();
    let mut cache: Vec<(PathBuf, Target)> = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    let mut pids: Vec<u32> = dir
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    pids.sort();
    for pid in pids {
        let Ok(exe) = std::fs::read_link(format!("/proc/{pid}/exe")) else {
            continue;
        };
        let t = match cache.iter().find(|(p, _)| *p == exe) {
            Some((_, t)) => t.clone(),
            None => {
                let big = std::fs::metadata(&exe).map_or(true, |m| m.len() > 512 << 20);
                let t = if big {
                    Target {
                        path: exe.clone(),
                        notes: Vec::new(),
                    }
                } else {
                    target_of(&exe)
                };
                cache.push((exe, t.clone()));
                t
            }
        };
        if !t.notes.is_empty() {
            out.push((t, Some(pid)));
        }
    }
    out
}

fn list_probes(
    targets: &[(Target, Option<u32>)],
    program: &Program,
    descs: &[String],
    have_process: bool,
) -> i32 {
    let targets = if have_process {
        targets.to_vec()
    } else {
        running_targets()
    };
    let mut probes = Vec::new();
    for (t, pid) in &targets {
        for p in usdt_probes(std::slice::from_ref(t)) {
            probes.push((p, *pid));
        }
    }
    let rows = list::rows(&probes);
    let mut descs = descs.to_vec();
    for c in &program.clauses {
        descs.extend(c.probes.iter().map(|p| p.text.clone()));
    }
    print!("{}", list::table(&rows, &descs));
    0
}

/// `$pid`, `$ppid`, `$uid`, `$gid` of this process.
fn own_ids() -> [i64; 4] {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| -> i64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    [
        i64::from(std::process::id()),
        field("PPid:"),
        field("Uid:"),
        field("Gid:"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_accept_tuning_and_refuse_what_changes_output() {
        let mut o = Options::default();
        assert!(o.set("quiet", None).is_ok());
        assert!(o.quiet);
        assert!(o.set("strsize", Some("1k")).is_ok());
        assert_eq!(o.strsize, Some(1024));
        assert!(o.set("bufsize", Some("4m")).is_ok());
        assert!(o.set("switchrate", Some("10hz")).is_ok());
        assert!(o
            .set("flowindent", None)
            .unwrap_err()
            .contains("flowindent"));
        assert!(o.set("bufpolicy", Some("fill")).is_err());
        assert!(o.set("nonsense", None).is_err());
    }

    #[test]
    fn command_line_shape() {
        command().debug_assert();
        let m = command()
            .try_get_matches_from([
                "pyprobe-dtrace",
                "-qs",
                "x.d",
                "-c",
                "pyprobe a.py",
                "arg1",
                "-5",
            ])
            .unwrap();
        assert!(m.get_flag("quiet"));
        assert_eq!(
            m.get_many::<String>("script").unwrap().collect::<Vec<_>>(),
            ["x.d"]
        );
        assert_eq!(
            m.get_many::<String>("args").unwrap().collect::<Vec<_>>(),
            ["arg1", "-5"]
        );
    }
}
