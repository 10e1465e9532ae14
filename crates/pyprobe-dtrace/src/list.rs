//! `-l`: the probes, in dtrace's table (`%5d %10s %17s %33s %s`).
//!
//! Counterpart: `list_probe` of DTrace's `cmd/dtrace/dtrace.c`. The rows
//! are dtrace's own BEGIN, END and ERROR (IDs 1-3), then the USDT probes
//! of the traced binaries from their ELF notes: `-c` names a binary
//! (which is not started), `-p` a process (whose provider instances carry
//! its pid, `python1234`); with neither, every running process whose
//! executable has SDT notes. `-P`, `-m`, `-f` and `-n` select, each a
//! probe description as in dtrace.

use crate::probes::{fields, glob, UsdtProbe};

/// One listed probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: u32,
    pub provider: String,
    pub module: String,
    pub function: String,
    pub name: String,
}

/// The rows for the probes of `probes` (each with the pid of its
/// provider instance, if any).
pub fn rows(probes: &[(UsdtProbe, Option<u32>)]) -> Vec<Row> {
    let mut out: Vec<Row> = ["BEGIN", "END", "ERROR"]
        .iter()
        .enumerate()
        .map(|(i, n)| Row {
            id: i as u32 + 1,
            provider: "dtrace".into(),
            module: String::new(),
            function: String::new(),
            name: n.to_string(),
        })
        .collect();
    for (i, (p, pid)) in probes.iter().enumerate() {
        out.push(Row {
            id: 4 + i as u32,
            provider: match pid {
                Some(pid) => format!("{}{pid}", p.provider),
                None => p.provider.clone(),
            },
            module: p.module.clone(),
            function: p.function.clone(),
            name: p.name.clone(),
        });
    }
    out
}

/// Whether a row matches a probe description.
pub fn matches(row: &Row, desc: &str) -> bool {
    let [prov, module, func, name] = fields(desc);
    let base = row.provider.trim_end_matches(|c: char| c.is_ascii_digit());
    (glob(&prov, &row.provider) || glob(&prov, base))
        && glob(&module, &row.module)
        && glob(&func, &row.function)
        && glob(&name, &row.name)
}

/// The descriptions `-P p`, `-m [p:]m`, `-f [[p:]m:]f` stand for.
pub fn description(option: char, value: &str) -> String {
    let colons = value.matches(':').count();
    match option {
        'P' => format!("{value}:::"),
        'm' => format!("{}{value}::", ":".repeat(1usize.saturating_sub(colons))),
        'f' => format!("{}{value}:", ":".repeat(2usize.saturating_sub(colons))),
        _ => value.to_string(),
    }
}

/// The table: header and the rows that match any description (all rows
/// when there is none).
pub fn table(rows: &[Row], descs: &[String]) -> String {
    let mut out = format!(
        "{:>5} {:>10} {:>17} {:>33} {}\n",
        "ID", "PROVIDER", "MODULE", "FUNCTION", "NAME"
    );
    for r in rows {
        if descs.is_empty() || descs.iter().any(|d| matches(r, d)) {
            out.push_str(&format!(
                "{:>5} {:>10} {:>17} {:>33} {}\n",
                r.id, r.provider, r.module, r.function, r.name
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn probe(name: &str) -> UsdtProbe {
        UsdtProbe {
            path: PathBuf::from("/bin/pyprobe"),
            provider: "python".into(),
            module: "pyprobe".into(),
            function: "pyprobe_vm::eval".into(),
            name: name.into(),
            note_name: name.replace('-', "__"),
            arg_sizes: vec![],
        }
    }

    #[test]
    fn dtrace_table_shape() {
        let rows = rows(&[(probe("function-entry"), None), (probe("line"), Some(42))]);
        let t = table(&rows, &[description('P', "python")]);
        assert_eq!(
            t,
            format!(
                "   ID   PROVIDER            MODULE                          FUNCTION NAME\n{:>5} {:>10} {:>17} {:>33} function-entry\n{:>5} {:>10} {:>17} {:>33} line\n",
                4, "python", "pyprobe", "pyprobe_vm::eval", 5, "python42", "pyprobe", "pyprobe_vm::eval"
            )
        );
        let all = table(&rows, &[]);
        assert_eq!(all.lines().count(), 6);
        assert!(all.contains(
            "    1     dtrace                                                     BEGIN\n"
        ));
        assert_eq!(table(&rows, &["function-entry".into()]).lines().count(), 2);
        assert_eq!(
            table(&rows, &[description('m', "pyprobe")]).lines().count(),
            3
        );
        assert_eq!(
            table(&rows, &[description('f', "python:pyprobe:nope")])
                .lines()
                .count(),
            1
        );
    }
}
