//! Probes as DTrace names them, and the matching of probe descriptions.
//!
//! A USDT probe in DTrace is `provider<pid>:module:function:name`: the
//! provider instance carries the process id (`python1234`), the module is
//! the object file's base name, the function is the one containing the
//! probe site, and the name has DTrace's `-` where the ELF note has `__`
//! (`function__entry` is `function-entry`). One DTrace probe covers all
//! sites of one name within one function.
//!
//! Besides USDT probes, D scripts use `BEGIN`, `END` (provider `dtrace`),
//! `tick-N<unit>` and `profile-N<unit>` (provider `profile`). Other
//! providers (`syscall`, `fbt`, `pid`, ...) are refused by name.
//!
//! Matching follows DTrace: a description has up to four fields, filled
//! from the right (`function-entry` is a name, `a:b` is function:name);
//! an empty field matches everything; `*`, `?` and `[...]` are wildcards.

use crate::elf::Note;
use std::path::PathBuf;

/// An object file with SDT notes, as found for the traced process.
#[derive(Debug, Clone)]
pub struct Target {
    pub path: PathBuf,
    pub notes: Vec<Note>,
}

impl Target {
    /// The module name DTrace shows: the file's base name.
    pub fn module(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// One DTrace probe of a USDT provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsdtProbe {
    pub path: PathBuf,
    pub provider: String,
    pub module: String,
    /// The function containing the sites ("" when the file has no symbols).
    pub function: String,
    /// DTrace's form of the name (`function-entry`).
    pub name: String,
    /// The note's form (`function__entry`), which bpftrace attaches to.
    pub note_name: String,
    /// Argument sizes from the notes (`-4` is a signed 4-byte int).
    pub arg_sizes: Vec<i32>,
}

/// DTrace's spelling of an SDT note name: `__` becomes `-`.
pub fn dtrace_name(note_name: &str) -> String {
    note_name.replace("__", "-")
}

/// All DTrace probes of the targets, in note order, one per
/// (provider, name, function).
pub fn usdt_probes(targets: &[Target]) -> Vec<UsdtProbe> {
    let mut out: Vec<UsdtProbe> = Vec::new();
    for t in targets {
        let module = t.module();
        for n in &t.notes {
            let function = n.function.clone().unwrap_or_default();
            let exists = out.iter().any(|p| {
                p.path == t.path
                    && p.provider == n.provider
                    && p.note_name == n.name
                    && p.function == function
            });
            if exists {
                continue;
            }
            out.push(UsdtProbe {
                path: t.path.clone(),
                provider: n.provider.clone(),
                module: module.clone(),
                function,
                name: dtrace_name(&n.name),
                note_name: n.name.clone(),
                arg_sizes: (0..n.args.len()).filter_map(|i| n.arg_size(i)).collect(),
            });
        }
    }
    out
}

/// Which processes a USDT clause applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PidFilter {
    /// Every process (`python*`).
    Any,
    /// The process of `-c` or `-p` (`python$target`).
    Target,
    /// One process id written in the description (`python1234`).
    Pid(u32),
}

/// What a probe description denotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matched {
    Begin,
    End,
    /// `tick-N<unit>`: (bpftrace unit, count).
    Tick(&'static str, u64),
    /// `profile-N<unit>`.
    Profile(&'static str, u64),
    Usdt(Vec<UsdtProbe>, PidFilter),
}

/// The four fields of a description, filled from the right.
pub fn fields(spec: &str) -> [String; 4] {
    let parts: Vec<&str> = spec.split(':').collect();
    let mut f: [String; 4] = Default::default();
    let skip = 4usize.saturating_sub(parts.len());
    for (i, p) in parts.iter().rev().take(4).rev().enumerate() {
        f[skip + i] = p.to_string();
    }
    f
}

/// `tick-1s`, `profile-97`, `tick-100ms` ...: bpftrace's unit and count.
fn rate(spec: &str) -> Option<(&'static str, u64)> {
    let digits = spec.bytes().take_while(u8::is_ascii_digit).count();
    let n: u64 = spec[..digits].parse().ok()?;
    let unit = match &spec[digits..] {
        "" | "hz" => "hz",
        "ns" | "nsec" => "ns",
        "us" | "usec" => "us",
        "ms" | "msec" => "ms",
        "s" | "sec" => "s",
        "m" | "min" => return Some(("s", n * 60)),
        "h" | "hour" => return Some(("s", n * 3600)),
        "d" | "day" => return Some(("s", n * 86400)),
        _ => return None,
    };
    Some((unit, n))
}

/// Match one description (macros already substituted, `$target` kept).
/// `pid` is the `-p` process, if any (for `python*` patterns that name it).
pub fn match_spec(spec: &str, probes: &[UsdtProbe], have_target: bool) -> Result<Matched, String> {
    let [prov, module, func, name] = fields(spec);
    let special = module.is_empty() && func.is_empty();
    if special && (prov.is_empty() || prov == "dtrace") {
        match name.as_str() {
            "BEGIN" => return Ok(Matched::Begin),
            "END" => return Ok(Matched::End),
            "ERROR" => return Err("the ERROR probe is not supported".into()),
            _ => {}
        }
    }
    if special && (prov.is_empty() || prov == "profile") {
        if let Some(r) = name.strip_prefix("tick-") {
            let (unit, n) = rate(r).ok_or_else(|| format!("invalid tick rate in {spec}"))?;
            return Ok(Matched::Tick(unit, n));
        }
        if let Some(r) = name.strip_prefix("profile-") {
            let (unit, n) = rate(r).ok_or_else(|| format!("invalid profile rate in {spec}"))?;
            return Ok(Matched::Profile(unit, n));
        }
    }
    for refused in [
        "syscall",
        "fbt",
        "pid",
        "proc",
        "sched",
        "io",
        "lockstat",
        "sdt",
        "fasttrap",
        "plockstat",
        "vminfo",
        "sysinfo",
        "mib",
        "ip",
        "tcp",
        "udp",
    ] {
        let base = prov.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
        let base = base.strip_suffix("$target").unwrap_or(base);
        if base == refused {
            return Err(format!(
                "provider {prov} is not supported (pyprobe-dtrace translates USDT providers, BEGIN, END, tick-* and profile-*)"
            ));
        }
    }
    if prov.is_empty() {
        // `:::name` with an empty provider: only USDT probes can match here.
    }
    let (base, pid) = provider_pattern(&prov, probes);
    if pid == PidFilter::Target && !have_target {
        return Err(format!(
            "{spec} uses $target, but no process was given (use -c or -p)"
        ));
    }
    let matched: Vec<UsdtProbe> = probes
        .iter()
        .filter(|p| {
            glob(&base, &p.provider)
                && glob(&module, &p.module)
                && glob(&func, &p.function)
                && glob(&name, &p.name)
        })
        .cloned()
        .collect();
    Ok(Matched::Usdt(matched, pid))
}

/// Split a provider field into the provider-name pattern and the process
/// it names: `python$target`, `python1234`, `python*`.
fn provider_pattern(prov: &str, probes: &[UsdtProbe]) -> (String, PidFilter) {
    for m in ["$target", "$pid"] {
        if let Some(base) = prov.strip_suffix(m) {
            return (base.to_string(), PidFilter::Target);
        }
    }
    // A provider whose own name ends in digits is taken as it is.
    if probes.iter().any(|p| p.provider == prov) {
        return (prov.to_string(), PidFilter::Any);
    }
    let digits = prov.len() - prov.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && digits < prov.len() {
        let (base, pid) = prov.split_at(prov.len() - digits);
        if let Ok(pid) = pid.parse() {
            return (base.to_string(), PidFilter::Pid(pid));
        }
    }
    (prov.to_string(), PidFilter::Any)
}

/// DTrace's probe-description wildcards: `*`, `?`, `[set]`, `\c`. An
/// empty pattern matches everything.
pub fn glob(pattern: &str, text: &str) -> bool {
    if pattern.is_empty() {
        return true;
    }
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    glob_at(&p, &t)
}

fn glob_at(p: &[char], t: &[char]) -> bool {
    match p.first() {
        None => t.is_empty(),
        Some('*') => (0..=t.len()).any(|i| glob_at(&p[1..], &t[i..])),
        Some('?') => !t.is_empty() && glob_at(&p[1..], &t[1..]),
        Some('[') => {
            let Some(end) = p.iter().skip(1).position(|&c| c == ']').map(|i| i + 1) else {
                return t.first() == Some(&'[') && glob_at(&p[1..], &t[1..]);
            };
            let Some(&c) = t.first() else {
                return false;
            };
            let set = &p[1..end];
            let (negate, set) = match set.first() {
                Some('!') | Some('^') => (true, &set[1..]),
                _ => (false, set),
            };
            let mut hit = false;
            let mut i = 0;
            while i < set.len() {
                if i + 2 < set.len() && set[i + 1] == '-' {
                    hit |= set[i] <= c && c <= set[i + 2];
                    i += 3;
                } else {
                    hit |= set[i] == c;
                    i += 1;
                }
            }
            hit != negate && glob_at(&p[end + 1..], &t[1..])
        }
        Some('\\') if p.len() > 1 => t.first() == Some(&p[1]) && glob_at(&p[2..], &t[1..]),
        Some(&c) => t.first() == Some(&c) && glob_at(&p[1..], &t[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(name: &str, function: &str) -> UsdtProbe {
        UsdtProbe {
            path: PathBuf::from("/usr/bin/pyprobe"),
            provider: "python".into(),
            module: "pyprobe".into(),
            function: function.into(),
            name: dtrace_name(name),
            note_name: name.into(),
            arg_sizes: vec![8, 8, -4, 8],
        }
    }

    fn names(m: Matched) -> Vec<String> {
        match m {
            Matched::Usdt(ps, _) => ps.into_iter().map(|p| p.name).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fields_fill_from_the_right() {
        assert_eq!(fields("function-entry"), ["", "", "", "function-entry"]);
        assert_eq!(fields("a:b"), ["", "", "a", "b"]);
        assert_eq!(
            fields("python$target:::line"),
            ["python$target", "", "", "line"]
        );
    }

    #[test]
    fn usdt_descriptions() {
        let ps = vec![
            probe("function__entry", "eval"),
            probe("function__return", "eval"),
            probe("line", "eval"),
            probe("gc__start", "collect"),
        ];
        assert_eq!(
            match_spec("python$target:::function-entry", &ps, true),
            Ok(Matched::Usdt(vec![ps[0].clone()], PidFilter::Target))
        );
        assert_eq!(
            names(match_spec("python*:::function-*", &ps, false).unwrap()),
            ["function-entry", "function-return"]
        );
        assert_eq!(
            names(match_spec("python*:::", &ps, false).unwrap()).len(),
            4
        );
        assert_eq!(
            names(match_spec(":::gc-start", &ps, false).unwrap()),
            ["gc-start"]
        );
        assert_eq!(
            names(match_spec("python*:pyprobe:collect:", &ps, false).unwrap()),
            ["gc-start"]
        );
        assert!(names(match_spec("python*:::function__entry", &ps, false).unwrap()).is_empty());
        assert_eq!(
            match_spec("python1234:::line", &ps, false),
            Ok(Matched::Usdt(vec![ps[2].clone()], PidFilter::Pid(1234)))
        );
        let e = match_spec("python$target:::line", &ps, false).unwrap_err();
        assert!(e.contains("no process was given"), "{e}");
    }

    #[test]
    fn special_probes_and_refused_providers() {
        assert_eq!(match_spec("BEGIN", &[], false), Ok(Matched::Begin));
        assert_eq!(match_spec("dtrace:::END", &[], false), Ok(Matched::End));
        assert_eq!(match_spec("tick-1s", &[], false), Ok(Matched::Tick("s", 1)));
        assert_eq!(
            match_spec("tick-5min", &[], false),
            Ok(Matched::Tick("s", 300))
        );
        assert_eq!(
            match_spec("profile:::profile-97", &[], false),
            Ok(Matched::Profile("hz", 97))
        );
        assert_eq!(
            match_spec("tick-100ms", &[], false),
            Ok(Matched::Tick("ms", 100))
        );
        assert!(match_spec("tick-1fortnight", &[], false).is_err());
        let e = match_spec("syscall::read:entry", &[], false).unwrap_err();
        assert!(e.contains("provider syscall is not supported"), "{e}");
        assert!(match_spec("pid$target::malloc:entry", &[], true).is_err());
        assert!(match_spec("ERROR", &[], false).is_err());
    }

    #[test]
    fn wildcards() {
        assert!(glob("", "anything"));
        assert!(glob("py*", "python"));
        assert!(glob("function-?ntry", "function-entry"));
        assert!(glob("[a-f]unction*", "function-entry"));
        assert!(!glob("[!f]unction*", "function-entry"));
        assert!(glob("a\\*b", "a*b"));
        assert!(!glob("python", "python3"));
    }
}
