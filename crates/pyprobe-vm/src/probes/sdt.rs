//! Linux SDT notes for the `python` provider: a small emitter modelled on
//! `<sys/sdt.h>` (SystemTap's `_SDT_PROBE` / `_SDT_ASM_BODY`).
//!
//! Each firing site is a single `nop` whose address, together with the
//! provider, the probe name, the probe's semaphore and the argument
//! locations, is recorded in an ELF note of type 3 (`NT_STAPSDT`, owner
//! `stapsdt`) in the non-allocated section `.note.stapsdt`:
//!
//! ```text
//!   .4byte namesz, descsz, 3
//!   .asciz "stapsdt"            (padded to 4)
//!   .8byte <site pc>, _.stapsdt.base, <semaphore address>
//!   .asciz "python"
//!   .asciz "function__entry"
//!   .asciz "8@%rdi 8@%rsi -4@%edx 8@%rcx"   (padded to 4)
//! ```
//!
//! `_.stapsdt.base` (one byte in the allocated section `.stapsdt.base`)
//! lets tools detect prelinking; the semaphores live in section `.probes`,
//! one `u16` per probe name (`python_<name>_semaphore`, as sdt.h names
//! them), shared by every site of that probe. Tracers increment it when
//! they attach (the kernel's uprobe reference counter); every site reads it
//! with a volatile load before building any argument, never a cached copy.
//!
//! Argument sizes follow CPython's notes: `8@` pointers, `-4@` int,
//! `-8@` long. Why not the `usdt` or `probe` crates: see docs/probes.md.
//!
//! This module holds all of the probes' `unsafe` code.

use std::ffi::c_char;

/// Nothing to register: the notes are in the binary, tracers find them.
pub fn register() {}

/// Define the semaphores: one 16-bit counter per probe name in section
/// `.probes` (writable, as sdt.h's), under sdt.h's symbol names
/// (`python_<name>_semaphore`), global but hidden (visible to every object
/// of the link, exported from none).
///
/// They are defined in assembly and read by assembly (`enabled!`) rather
/// than being Rust statics: rustc makes a static that asm references with
/// `sym` externally visible, and the evaluator then reads it through the
/// GOT (two dependent loads per instruction for `line`); a hidden symbol
/// read RIP-relative is one load.
///
/// The evaluator's four come first, from the 8-byte aligned symbol
/// `python_eval_semaphores` on, so that `eval_enabled` tests them all with
/// one compare. `cfunction__entry` and `cfunction__return` share one
/// semaphore (`python_cfunction_semaphore`): the evaluator fires both
/// around a native call when either is enabled.
macro_rules! semaphores {
    ($($sym:ident),* $(,)?) => {
        ::core::arch::global_asm!(
            ".pushsection .probes,\"aw\",\"progbits\"",
            ".balign 8",
            ".globl python_eval_semaphores",
            ".hidden python_eval_semaphores",
            "python_eval_semaphores:",
            $(
                concat!(".globl ", stringify!($sym)),
                concat!(".hidden ", stringify!($sym)),
                concat!(".type ", stringify!($sym), ", \"object\""),
                concat!(".size ", stringify!($sym), ", 2"),
                concat!(stringify!($sym), ": .2byte 0"),
            )*
            ".popsection",
        );
    };
}

semaphores!(
    // The evaluator's (`eval_enabled`): the 8 bytes of python_eval_semaphores.
    python_function__entry_semaphore,
    python_function__return_semaphore,
    python_line_semaphore,
    python_cfunction_semaphore,
    python_gc__start_semaphore,
    python_gc__done_semaphore,
    python_import__find__load__start_semaphore,
    python_import__find__load__done_semaphore,
    python_audit_semaphore,
);

/// Is the probe whose semaphore is `$sym` enabled? One 16-bit load (and
/// the caller's test and branch), fresh at every call: the asm is not
/// `pure`, so the compiler neither caches nor merges it.
#[cfg(target_arch = "x86_64")]
macro_rules! enabled {
    ($sym:ident) => {{
        let v: u32;
        // SAFETY: reads the 2-byte semaphore `$sym` defined above (aligned,
        // always mapped, written only by the kernel on behalf of tracers)
        // into a register; touches nothing else, no stack, no flags.
        unsafe {
            ::core::arch::asm!(
                concat!("movzwl ", stringify!($sym), "(%rip), {v:e}"),
                v = out(reg) v,
                options(att_syntax, readonly, nostack, preserves_flags),
            )
        };
        v != 0
    }};
}

#[cfg(target_arch = "aarch64")]
macro_rules! enabled {
    ($sym:ident) => {{
        let v: u32;
        // SAFETY: as on x86_64: one load of the semaphore `$sym` into a
        // register (the page address computed into the same register).
        unsafe {
            ::core::arch::asm!(
                concat!("adrp {v}, ", stringify!($sym)),
                concat!("ldrh {v:w}, [{v}, :lo12:", stringify!($sym), "]"),
                v = out(reg) v,
                options(readonly, nostack, preserves_flags),
            )
        };
        v != 0
    }};
}

/// Is any of the evaluator's probes enabled (function entry and return,
/// line, cfunction entry and return)? One compare of their four
/// semaphores in memory as one 8-byte word, and a never-taken branch.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub fn eval_enabled() -> bool {
    // SAFETY: compares the eight bytes of the four evaluator semaphores
    // defined above from `python_eval_semaphores` on (8-byte aligned,
    // always mapped, written only by the kernel on behalf of tracers) with
    // zero, jumping to the label block when one is set; it writes no
    // memory or register (flags are not preserved) and uses no stack.
    unsafe {
        ::core::arch::asm!(
            "cmpq $0, python_eval_semaphores(%rip)",
            "jne {on}",
            on = label { return true; },
            options(att_syntax, readonly, nostack),
        )
    }
    false
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
pub fn eval_enabled() -> bool {
    enabled!(python_function__entry_semaphore)
        || enabled!(python_function__return_semaphore)
        || enabled!(python_line_semaphore)
        || enabled!(python_cfunction_semaphore)
}

// The `.stapsdt.base` section and its symbol, as sdt.h's `_SDT_ASM_BASE`:
// a weak hidden one-byte symbol in a COMDAT group, so it merges with the
// one of any C object carrying sdt.h probes.
::core::arch::global_asm!(
    ".ifndef _.stapsdt.base",
    ".pushsection .stapsdt.base,\"aGR\",\"progbits\",.stapsdt.base,comdat",
    ".weak _.stapsdt.base",
    ".hidden _.stapsdt.base",
    "_.stapsdt.base: .space 1",
    ".size _.stapsdt.base, 1",
    ".popsection",
    ".endif",
);

/// The argument-location template of one argument: `ptr` (a pointer,
/// `8@`), `i32` (a C int, `-4@`, the 32-bit register name) or `i64` (a C
/// long, `-8@`).
#[cfg(target_arch = "x86_64")]
macro_rules! sdt_arg {
    (ptr, $a:ident) => {
        concat!("8@{", stringify!($a), "}")
    };
    (i32, $a:ident) => {
        concat!("-4@{", stringify!($a), ":e}")
    };
    (i64, $a:ident) => {
        concat!("-8@{", stringify!($a), "}")
    };
}

#[cfg(target_arch = "aarch64")]
macro_rules! sdt_arg {
    (ptr, $a:ident) => {
        concat!("8@{", stringify!($a), "}")
    };
    (i32, $a:ident) => {
        concat!("-4@{", stringify!($a), ":w}")
    };
    (i64, $a:ident) => {
        concat!("-8@{", stringify!($a), "}")
    };
}

/// Emit one probe site: a `nop` plus its note. Arguments are passed in
/// registers (`in(reg)`), which the note's argument string names.
macro_rules! sdt_probe {
    ($name:literal, $sem:ident; $k0:ident $a0:ident = $v0:expr $(, $k:ident $a:ident = $v:expr)* $(,)?) => {
        // SAFETY: the asm executes a single `nop`, reads and writes no
        // register or memory, and leaves the stack and flags alone
        // (`nostack`, `preserves_flags`). It is `readonly` rather than
        // `nomem` so the compiler completes every store a tracer may read
        // through the argument pointers before the site. The directives
        // only add data to the non-allocated `.note.stapsdt` section and
        // return to the current one with `.popsection`.
        unsafe {
            sdt_asm!(
                "990: nop",
                ".pushsection .note.stapsdt,\"\",\"note\"",
                ".balign 4",
                ".4byte 992f-991f, 994f-993f, 3",
                "991: .asciz \"stapsdt\"",
                "992: .balign 4",
                "993: .8byte 990b",
                ".8byte _.stapsdt.base",
                concat!(".8byte ", stringify!($sem)),
                ".asciz \"python\"",
                concat!(".asciz \"", $name, "\""),
                concat!(".asciz \"", sdt_arg!($k0, $a0) $(, " ", sdt_arg!($k, $a))*, "\""),
                "994: .balign 4",
                ".popsection";
                $a0 = in(reg) $v0,
                $($a = in(reg) $v,)*
            )
        }
    };
}

#[cfg(target_arch = "x86_64")]
macro_rules! sdt_asm {
    ($($t:expr),*; $($ops:tt)*) => {
        ::core::arch::asm!($($t),*, $($ops)* options(att_syntax, readonly, nostack, preserves_flags))
    };
}

#[cfg(target_arch = "aarch64")]
macro_rules! sdt_asm {
    ($($t:expr),*; $($ops:tt)*) => {
        ::core::arch::asm!($($t),*, $($ops)* options(readonly, nostack, preserves_flags))
    };
}

/// The probes: `NAME_enabled()` reads the semaphore; `NAME(args)` is the
/// firing site. Callers check the first before building arguments for the
/// second; firing functions are inlined into one cold function per probe
/// (see `probes/mod.rs`), so each probe has one site.
/// Run `$body` when the probe whose semaphore is `$sym` is enabled: on
/// x86_64 a single compare of the semaphore in memory and a conditional
/// jump to `$body` (asm goto), so the disabled path costs one load and one
/// never-taken branch, and nothing is computed for `$body` beforehand.
#[cfg(target_arch = "x86_64")]
macro_rules! if_enabled {
    ($sym:ident, $body:block) => {
        // SAFETY: compares the 2-byte semaphore `$sym` defined above
        // (aligned, always mapped, written only by the kernel on behalf of
        // tracers) with zero and jumps to the label block when it is not;
        // it writes no memory or register (flags are not preserved) and
        // uses no stack. Not `pure`: read anew every time.
        unsafe {
            ::core::arch::asm!(
                concat!("cmpw $0, ", stringify!($sym), "(%rip)"),
                "jne {on}",
                on = label $body,
                options(att_syntax, readonly, nostack),
            )
        }
    };
}

#[cfg(target_arch = "aarch64")]
macro_rules! if_enabled {
    ($sym:ident, $body:block) => {
        if enabled!($sym) $body
    };
}

macro_rules! probes {
    ($(
        $(#[$doc:meta])*
        fn $fire:ident / $enabled:ident / $when:ident = $name:literal, $sem:ident ($($k:ident $a:ident : $t:ty),*);
    )*) => {
        $(
            /// Is the probe enabled (a tracer attached)?
            #[inline(always)]
            #[allow(dead_code)]
            pub fn $enabled() -> bool {
                enabled!($sem)
            }

            /// Call `f` when the probe is enabled; the disabled path is one
            /// compare of the semaphore and a never-taken branch.
            #[inline(always)]
            pub fn $when(f: impl FnOnce()) {
                if_enabled!($sem, { f() });
            }

            $(#[$doc])*
            #[inline(always)]
            pub fn $fire($($a: $t),*) {
                sdt_probe!($name, $sem; $($k $a = $a),*);
            }
        )*

        /// Every probe with its argument sizes as the notes state them
        /// (`8`, `-4`, `-8`), checked against `probes/python.d`.
        #[cfg(test)]
        pub const NOTES: &[(&str, &[&str])] = &[$(($name, &[$(size_of_kind!($k)),*])),*];
    };
}

#[cfg(test)]
macro_rules! size_of_kind {
    (ptr) => {
        "8"
    };
    (i32) => {
        "-4"
    };
    (i64) => {
        "-8"
    };
}

probes! {
    /// `function__entry(const char *filename, const char *funcname, int lineno, const char *modname)`
    fn function_entry / function_entry_enabled / on_function_entry = "function__entry", python_function__entry_semaphore
        (ptr filename: *const c_char, ptr funcname: *const c_char, i32 lineno: i32, ptr modname: *const c_char);
    /// `function__return(const char *filename, const char *funcname, int lineno, const char *modname)`
    fn function_return / function_return_enabled / on_function_return = "function__return", python_function__return_semaphore
        (ptr filename: *const c_char, ptr funcname: *const c_char, i32 lineno: i32, ptr modname: *const c_char);
    /// `line(const char *filename, const char *funcname, int lineno)`
    fn line / line_enabled / on_line = "line", python_line_semaphore
        (ptr filename: *const c_char, ptr funcname: *const c_char, i32 lineno: i32);
    /// `gc__start(int generation)`
    fn gc_start / gc_start_enabled / on_gc_start = "gc__start", python_gc__start_semaphore
        (i32 generation: i32);
    /// `gc__done(long collected)`
    fn gc_done / gc_done_enabled / on_gc_done = "gc__done", python_gc__done_semaphore
        (i64 collected: i64);
    /// `import__find__load__start(const char *modname)`
    fn import_find_load_start / import_find_load_start_enabled / on_import_find_load_start = "import__find__load__start",
        python_import__find__load__start_semaphore
        (ptr modname: *const c_char);
    /// `import__find__load__done(const char *modname, int found)`
    fn import_find_load_done / import_find_load_done_enabled / on_import_find_load_done = "import__find__load__done",
        python_import__find__load__done_semaphore
        (ptr modname: *const c_char, i32 found: i32);
    /// `audit(const char *event, void *args)`
    fn audit / audit_enabled / on_audit = "audit", python_audit_semaphore
        (ptr event: *const c_char, ptr args: *const ());
    /// `cfunction__entry(const char *filename, const char *funcname, int lineno, const char *modname)`
    fn cfunction_entry / cfunction_entry_enabled / on_cfunction_entry = "cfunction__entry", python_cfunction_semaphore
        (ptr filename: *const c_char, ptr funcname: *const c_char, i32 lineno: i32, ptr modname: *const c_char);
    /// `cfunction__return(const char *filename, const char *funcname, int lineno, const char *modname)`
    fn cfunction_return / cfunction_return_enabled / on_cfunction_return = "cfunction__return", python_cfunction_semaphore
        (ptr filename: *const c_char, ptr funcname: *const c_char, i32 lineno: i32, ptr modname: *const c_char);
}

#[cfg(test)]
mod tests {
    use super::NOTES;

    /// The note sizes of probes/python.d's C types, as CPython's notes.
    fn size_of_c_type(t: &str) -> &'static str {
        match t.trim() {
            "int" => "-4",
            "long" => "-8",
            t if t.ends_with('*') => "8",
            t => panic!("probes/python.d: unknown argument type {t:?}"),
        }
    }

    #[test]
    fn notes_match_provider_definition() {
        let d = include_str!("../../../../probes/python.d");
        let mut want = Vec::new();
        for line in d.lines() {
            let line = line.trim();
            let Some(rest) = line.strip_prefix("probe ") else {
                continue;
            };
            let (name, args) = rest.split_once('(').expect("probe NAME(...)");
            let args = args.trim_end_matches(';').trim_end_matches(')');
            let sizes: Vec<&str> = args
                .split(',')
                .filter(|a| !a.trim().is_empty())
                .map(size_of_c_type)
                .collect();
            want.push((name.trim().to_string(), sizes));
        }
        let have: Vec<(String, Vec<&str>)> = NOTES
            .iter()
            .map(|(n, s)| (n.to_string(), s.to_vec()))
            .collect();
        assert_eq!(have, want);
    }
}
