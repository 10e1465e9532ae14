//! The DTrace backend of the probe sites (macOS, illumos, FreeBSD): the
//! `usdt` crate registers the provider of `probes/python-usdt.d` (the
//! `usdt` parser's dialect of `probes/python.d`), and DTrace shows the
//! probes under its own names (`python$target:::function-entry`).
//!
//! Same interface as `sdt.rs`, so `sites.rs` drives either. Differences,
//! because the `usdt` crate exposes no is-enabled test of its own:
//! - `on_*` run their argument-building closure at every site; the probe
//!   macro then fires only when DTrace has the probe enabled;
//! - `line_enabled` is always true, so the evaluator dispatches on its
//!   `TraceLine` table (a per-instruction line check, as before the Linux
//!   backend moved it off that path).
//!
//! These platforms cannot be run where pyprobe is developed; tests/probes.rs
//! checks that this backend compiles (`--features with-dtrace,usdt` on
//! Linux, where the crate emits notes of its own).

use std::ffi::{c_char, CStr};

/// Register the provider with the kernel (once, at start-up).
pub fn register() {
    // A failure (no DTrace helper device, no privileges) leaves the
    // probes unregistered; the program runs untraced as without them.
    let _ = usdt::register_probes();
}

/// A probe string argument: the C string at `p`, or "" for NULL.
fn text<'a>(p: *const c_char) -> &'a str {
    if p.is_null() {
        return "";
    }
    // SAFETY: `sites.rs` passes pointers to C strings that it owns (code
    // objects' probe strings, or CStrings built for the firing) and that
    // outlive this call; NULL is handled above.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap_or("")
}

macro_rules! usdt_probes {
    ($(fn $fire:ident / $enabled:ident / $when:ident = $probe:ident ($($a:ident : $t:ty => $conv:expr),*);)*) => {
        $(
            #[inline(always)]
            #[allow(dead_code)]
            pub fn $enabled() -> bool {
                true
            }

            #[inline(always)]
            pub fn $when(f: impl FnOnce()) {
                f()
            }

            #[inline(always)]
            pub fn $fire($($a: $t),*) {
                crate::python::$probe!(|| ($($conv($a)),*));
            }
        )*
    };
}

/// Any of the evaluator's probes may be enabled (there is no test): the
/// evaluator runs its traced copy.
#[inline(always)]
pub fn eval_enabled() -> bool {
    true
}

fn int(v: i32) -> i32 {
    v
}

usdt_probes! {
    fn function_entry / function_entry_enabled / on_function_entry = function__entry
        (filename: *const c_char => text, funcname: *const c_char => text, lineno: i32 => int, modname: *const c_char => text);
    fn function_return / function_return_enabled / on_function_return = function__return
        (filename: *const c_char => text, funcname: *const c_char => text, lineno: i32 => int, modname: *const c_char => text);
    fn line / line_enabled / on_line = line
        (filename: *const c_char => text, funcname: *const c_char => text, lineno: i32 => int);
    fn gc_start / gc_start_enabled / on_gc_start = gc__start (generation: i32 => int);
    fn gc_done / gc_done_enabled / on_gc_done = gc__done (collected: i64 => i64::from);
    fn import_find_load_start / import_find_load_start_enabled / on_import_find_load_start = import__find__load__start
        (modname: *const c_char => text);
    fn import_find_load_done / import_find_load_done_enabled / on_import_find_load_done = import__find__load__done
        (modname: *const c_char => text, found: i32 => int);
    fn audit / audit_enabled / on_audit = audit
        (event: *const c_char => text, args: *const () => address);
    fn cfunction_entry / cfunction_entry_enabled / on_cfunction_entry = cfunction__entry
        (filename: *const c_char => text, funcname: *const c_char => text, lineno: i32 => int, modname: *const c_char => text);
    fn cfunction_return / cfunction_return_enabled / on_cfunction_return = cfunction__return
        (filename: *const c_char => text, funcname: *const c_char => text, lineno: i32 => int, modname: *const c_char => text);
}

fn address(p: *const ()) -> u64 {
    p as usize as u64
}
