//! The USDT probes of an ELF file: its `.note.stapsdt` notes, and the
//! function symbol that contains each probe site.
//!
//! This is what `readelf -n` shows for SystemTap SDT notes (the format of
//! `<sys/sdt.h>`, which CPython's `--with-dtrace` build and pyprobe's
//! `with-dtrace` build both emit): a note of type 3 owned by `stapsdt`
//! whose descriptor holds the site's address, the link-time address of
//! `.stapsdt.base`, the semaphore's address, then three NUL-terminated
//! strings: provider, probe name, argument specification (`8@%rcx -4@%edi`).
//!
//! Invariants: only 64-bit little-endian ELF files are read (x86_64 and
//! aarch64 Linux); every offset read from the file is bounds-checked, so a
//! truncated or hostile file gives an error, never a panic.

use std::fmt;
use std::path::Path;

/// One probe site: a note of the `.note.stapsdt` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub provider: String,
    /// The name as the note spells it (`function__entry`).
    pub name: String,
    /// The site's address, adjusted for where `.stapsdt.base` really is.
    pub pc: u64,
    pub semaphore: u64,
    /// Argument specifications, e.g. `8@%rcx`, `-4@%edi`.
    pub args: Vec<String>,
    /// The function symbol containing the site (demangled), if any.
    pub function: Option<String>,
}

impl Note {
    /// The size and signedness of argument `n` from its specification:
    /// `-4@...` is a signed 4-byte value, `8@...` an unsigned 8-byte one.
    pub fn arg_size(&self, n: usize) -> Option<i32> {
        let spec = self.args.get(n)?;
        let (size, _) = spec.split_once('@')?;
        size.parse().ok()
    }
}

#[derive(Debug)]
pub struct ElfError(pub String);

impl fmt::Display for ElfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A read-only view of the file's bytes with checked little-endian reads.
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn slice(&self, off: u64, len: u64) -> Result<&'a [u8], ElfError> {
        let start = usize::try_from(off).map_err(|_| truncated())?;
        let len = usize::try_from(len).map_err(|_| truncated())?;
        let end = start.checked_add(len).ok_or_else(truncated)?;
        self.0.get(start..end).ok_or_else(truncated)
    }

    fn u16(&self, off: u64) -> Result<u16, ElfError> {
        let b = self.slice(off, 2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&self, off: u64) -> Result<u32, ElfError> {
        let b = self.slice(off, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&self, off: u64) -> Result<u64, ElfError> {
        let b = self.slice(off, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
}

fn truncated() -> ElfError {
    ElfError("truncated or malformed ELF file".into())
}

/// One section header (the fields we use).
#[derive(Debug, Clone)]
struct Section {
    name: String,
    kind: u32,
    addr: u64,
    offset: u64,
    size: u64,
    link: u32,
}

const SHT_SYMTAB: u32 = 2;
const SHT_NOTE: u32 = 7;
const SHT_DYNSYM: u32 = 11;
const NT_STAPSDT: u32 = 3;
const STT_FUNC: u8 = 2;

fn sections(b: &Bytes) -> Result<Vec<Section>, ElfError> {
    let shoff = b.u64(0x28)?;
    let shentsize = u64::from(b.u16(0x3a)?);
    let shnum = u64::from(b.u16(0x3c)?);
    let shstrndx = u64::from(b.u16(0x3e)?);
    if shoff == 0 || shnum == 0 {
        return Ok(Vec::new());
    }
    if shentsize < 64 {
        return Err(truncated());
    }
    let mut raw = Vec::new();
    for i in 0..shnum {
        let h = shoff + i * shentsize;
        raw.push((
            b.u32(h)?,
            b.u32(h + 4)?,
            b.u64(h + 16)?,
            b.u64(h + 24)?,
            b.u64(h + 32)?,
            b.u32(h + 40)?,
        ));
    }
    let strtab = raw.get(shstrndx as usize).ok_or_else(truncated)?;
    let names = b.slice(strtab.3, strtab.4)?;
    Ok(raw
        .iter()
        .map(|&(name, kind, addr, offset, size, link)| Section {
            name: c_str(names, name as usize),
            kind,
            addr,
            offset,
            size,
            link,
        })
        .collect())
}

/// The NUL-terminated string at `off` of `table` (empty when out of range).
fn c_str(table: &[u8], off: usize) -> String {
    let Some(rest) = table.get(off..) else {
        return String::new();
    };
    let end = rest.iter().position(|&c| c == 0).unwrap_or(rest.len());
    String::from_utf8_lossy(&rest[..end]).into_owned()
}

/// Function symbols of the file, sorted by address: (start, size, name).
fn functions(b: &Bytes, secs: &[Section]) -> Result<Vec<(u64, u64, String)>, ElfError> {
    // Prefer the full symbol table; a stripped binary has only .dynsym.
    let table = secs
        .iter()
        .find(|s| s.kind == SHT_SYMTAB)
        .or_else(|| secs.iter().find(|s| s.kind == SHT_DYNSYM));
    let Some(table) = table else {
        return Ok(Vec::new());
    };
    let strings = secs.get(table.link as usize).ok_or_else(truncated)?;
    let strings = b.slice(strings.offset, strings.size)?;
    let data = b.slice(table.offset, table.size)?;
    let mut funcs = Vec::new();
    for sym in data.chunks_exact(24) {
        let s = Bytes(sym);
        let info = sym[4];
        let value = s.u64(8)?;
        let size = s.u64(16)?;
        if info & 0xf == STT_FUNC && value != 0 {
            funcs.push((value, size, c_str(strings, s.u32(0)? as usize)));
        }
    }
    funcs.sort();
    Ok(funcs)
}

/// The function containing `pc`, demangled.
fn function_at(funcs: &[(u64, u64, String)], pc: u64) -> Option<String> {
    let i = funcs.partition_point(|f| f.0 <= pc);
    let (start, size, name) = funcs.get(i.checked_sub(1)?)?;
    (pc < start + (*size).max(1)).then(|| demangle(name))
}

/// The SDT notes of the ELF image `data`.
pub fn parse_notes(data: &[u8]) -> Result<Vec<Note>, ElfError> {
    let b = Bytes(data);
    if data.get(..4) != Some(b"\x7fELF") {
        return Err(ElfError("not an ELF file".into()));
    }
    if data.get(4) != Some(&2) || data.get(5) != Some(&1) {
        return Err(ElfError(
            "only 64-bit little-endian ELF files are supported".into(),
        ));
    }
    let secs = sections(&b)?;
    let base_addr = secs
        .iter()
        .find(|s| s.name == ".stapsdt.base")
        .map(|s| s.addr);
    let mut notes = Vec::new();
    for sec in secs
        .iter()
        .filter(|s| s.kind == SHT_NOTE && s.name == ".note.stapsdt")
    {
        let body = b.slice(sec.offset, sec.size)?;
        read_notes(body, base_addr, &mut notes)?;
    }
    if !notes.is_empty() {
        let funcs = functions(&b, &secs)?;
        for n in &mut notes {
            n.function = function_at(&funcs, n.pc);
        }
    }
    Ok(notes)
}

fn align4(n: u64) -> u64 {
    (n + 3) & !3
}

fn read_notes(body: &[u8], base_addr: Option<u64>, out: &mut Vec<Note>) -> Result<(), ElfError> {
    let b = Bytes(body);
    let mut off = 0u64;
    while off + 12 <= body.len() as u64 {
        let namesz = u64::from(b.u32(off)?);
        let descsz = u64::from(b.u32(off + 4)?);
        let kind = b.u32(off + 8)?;
        let owner = b.slice(off + 12, namesz)?;
        let desc_off = off + 12 + align4(namesz);
        let desc = b.slice(desc_off, descsz)?;
        off = desc_off + align4(descsz);
        if kind != NT_STAPSDT || owner.strip_suffix(b"\0").unwrap_or(owner) != b"stapsdt" {
            continue;
        }
        let d = Bytes(desc);
        let (pc, base, semaphore) = (d.u64(0)?, d.u64(8)?, d.u64(16)?);
        let strings = desc.get(24..).ok_or_else(truncated)?;
        let mut parts = strings.split(|&c| c == 0).map(String::from_utf8_lossy);
        let provider = parts.next().unwrap_or_default().into_owned();
        let name = parts.next().unwrap_or_default().into_owned();
        let args = parts.next().unwrap_or_default();
        // Prelink may move .stapsdt.base; the note records where it was.
        let pc = match base_addr {
            Some(actual) if base != 0 => pc.wrapping_add(actual).wrapping_sub(base),
            _ => pc,
        };
        out.push(Note {
            provider,
            name,
            pc,
            semaphore,
            args: args.split_whitespace().map(str::to_string).collect(),
            function: None,
        });
    }
    Ok(())
}

/// The SDT notes of the file at `path`.
pub fn read_file_notes(path: &Path) -> Result<Vec<Note>, ElfError> {
    let data = std::fs::read(path)
        .map_err(|e| ElfError(format!("cannot read {}: {e}", path.display())))?;
    parse_notes(&data)
}

/// Rust's legacy symbol mangling (`_ZN3foo3bar17h0123456789abcdefE`) made
/// readable (`foo::bar`); other names are returned unchanged.
pub fn demangle(name: &str) -> String {
    let Some(mut rest) = name.strip_prefix("_ZN") else {
        return name.to_string();
    };
    let mut parts = Vec::new();
    while !rest.starts_with('E') {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(len) = rest[..digits].parse::<usize>() else {
            return name.to_string();
        };
        let Some(part) = rest.get(digits..digits + len) else {
            return name.to_string();
        };
        parts.push(part);
        rest = &rest[digits + len..];
    }
    if parts
        .last()
        .is_some_and(|h| h.len() == 17 && h.starts_with('h'))
    {
        parts.pop();
    }
    let mut out = parts.join("::");
    for (from, to) in [
        ("$LT$", "<"),
        ("$GT$", ">"),
        ("$RF$", "&"),
        ("$BP$", "*"),
        ("$C$", ","),
        ("$SP$", "@"),
        ("$LP$", "("),
        ("$RP$", ")"),
        ("$u20$", " "),
        ("$u27$", "'"),
        ("$u5b$", "["),
        ("$u5d$", "]"),
        ("$u7b$", "{"),
        ("$u7d$", "}"),
        ("$u7e$", "~"),
        ("..", "::"),
    ] {
        out = out.replace(from, to);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal ELF64 image: a section-name table, a `.note.stapsdt`
    /// section with the given notes, and a symbol table.
    fn image(notes: &[(&str, &str, u64, &str)], funcs: &[(u64, u64, &str)]) -> Vec<u8> {
        let shstr = b"\0.shstrtab\0.note.stapsdt\0.symtab\0.strtab\0".to_vec();
        let mut note = Vec::new();
        for (prov, name, pc, args) in notes {
            let mut desc = Vec::new();
            desc.extend(pc.to_le_bytes());
            desc.extend(0u64.to_le_bytes());
            desc.extend(0x1000u64.to_le_bytes());
            for s in [prov, name, args] {
                desc.extend(s.as_bytes());
                desc.push(0);
            }
            note.extend(8u32.to_le_bytes());
            note.extend((desc.len() as u32).to_le_bytes());
            note.extend(3u32.to_le_bytes());
            note.extend(b"stapsdt\0");
            while desc.len() % 4 != 0 {
                desc.push(0);
            }
            note.extend(desc);
        }
        let mut strtab = vec![0u8];
        let mut symtab = vec![0u8; 24];
        for (value, size, name) in funcs {
            let mut sym = Vec::new();
            sym.extend((strtab.len() as u32).to_le_bytes());
            sym.push(STT_FUNC | 0x10);
            sym.push(0);
            sym.extend(1u16.to_le_bytes());
            sym.extend(value.to_le_bytes());
            sym.extend(size.to_le_bytes());
            symtab.extend(sym);
            strtab.extend(name.as_bytes());
            strtab.push(0);
        }
        let mut out = vec![0u8; 64];
        out[..4].copy_from_slice(b"\x7fELF");
        out[4] = 2;
        out[5] = 1;
        let place = |bytes: &[u8], out: &mut Vec<u8>| {
            let off = out.len() as u64;
            out.extend(bytes);
            off
        };
        let o_shstr = place(&shstr, &mut out);
        let o_note = place(&note, &mut out);
        let o_sym = place(&symtab, &mut out);
        let o_str = place(&strtab, &mut out);
        let shoff = out.len() as u64;
        let headers: [(u32, u32, u64, u64, u32); 5] = [
            (0, 0, 0, 0, 0),
            (1, 3, o_shstr, shstr.len() as u64, 0),
            (11, SHT_NOTE, o_note, note.len() as u64, 0),
            (25, SHT_SYMTAB, o_sym, symtab.len() as u64, 4),
            (33, 3, o_str, strtab.len() as u64, 0),
        ];
        for (name, kind, off, size, link) in headers {
            let mut h = vec![0u8; 64];
            h[0..4].copy_from_slice(&name.to_le_bytes());
            h[4..8].copy_from_slice(&kind.to_le_bytes());
            h[24..32].copy_from_slice(&off.to_le_bytes());
            h[32..40].copy_from_slice(&size.to_le_bytes());
            h[40..44].copy_from_slice(&link.to_le_bytes());
            out.extend(h);
        }
        out[0x28..0x30].copy_from_slice(&shoff.to_le_bytes());
        out[0x3a..0x3c].copy_from_slice(&64u16.to_le_bytes());
        out[0x3c..0x3e].copy_from_slice(&5u16.to_le_bytes());
        out[0x3e..0x40].copy_from_slice(&1u16.to_le_bytes());
        out
    }

    #[test]
    fn reads_notes_and_containing_functions() {
        let img = image(
            &[
                ("python", "function__entry", 0x2010, "8@%rcx 8@%rsi -4@%edi"),
                ("python", "gc__done", 0x3000, "-8@%rax"),
            ],
            &[
                (
                    0x2000,
                    0x100,
                    "_ZN10pyprobe_vm4eval9eval_loop17h0123456789abcdefE",
                ),
                (0x2fff, 0x10, "collect"),
            ],
        );
        let notes = parse_notes(&img).unwrap();
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[0].provider, "python");
        assert_eq!(notes[0].name, "function__entry");
        assert_eq!(notes[0].args, ["8@%rcx", "8@%rsi", "-4@%edi"]);
        assert_eq!(notes[0].arg_size(2), Some(-4));
        assert_eq!(notes[0].semaphore, 0x1000);
        assert_eq!(
            notes[0].function.as_deref(),
            Some("pyprobe_vm::eval::eval_loop")
        );
        assert_eq!(notes[1].function.as_deref(), Some("collect"));
        assert_eq!(notes[1].arg_size(0), Some(-8));
    }

    #[test]
    fn refuses_what_is_not_elf64_and_survives_truncation() {
        assert!(parse_notes(b"#!/bin/sh\n").is_err());
        let img = image(&[("python", "line", 0x10, "8@%rdx")], &[]);
        for len in [0, 10, 63, 64, 100, img.len() - 1] {
            let _ = parse_notes(&img[..len]);
        }
        assert_eq!(parse_notes(&img).unwrap()[0].function, None);
    }

    #[test]
    fn demangles_rust_legacy_names() {
        assert_eq!(
            demangle("_ZN4core3ptr40drop_in_place$LT$std..rt..lang_start$GT$17h1111111111111111E"),
            "core::ptr::drop_in_place<std::rt::lang_start>"
        );
        assert_eq!(
            demangle("_PyEval_EvalFrameDefault"),
            "_PyEval_EvalFrameDefault"
        );
        assert_eq!(demangle("_ZN3fooE"), "foo");
    }
}
