//! Probe sites of the `python` provider (`probes/python.d`): the call-site
//! API the evaluator, the runtime and the modules use.
//!
//! CPython counterpart: `Include/pydtrace.h` and the `PyDTrace_*` calls in
//! `Python/ceval.c`, `Modules/gcmodule.c`, `Python/import.c`,
//! `Python/sysmodule.c`.
//!
//! - Without the `with-dtrace` feature (or on a platform without an
//!   emitter) every function here is an empty `#[inline(always)]` function
//!   (`off.rs`): no notes, no semaphores, no code at the call sites.
//! - With it on Linux (x86_64, aarch64), `sites.rs` guards each site with
//!   the probe's semaphore (one volatile load and a branch) and builds the
//!   arguments in a cold, never-inlined function per probe that fires the
//!   SDT site emitted by `sdt.rs`. Each probe therefore has exactly one
//!   site in the binary, whatever the number of call sites here.
//!
//! The semantics of each probe (which frames fire, which line numbers)
//! are documented in docs/probes.md.

// Backends: `sdt` (our SDT-note emitter: Linux x86_64/aarch64), `usdt`
// (the `usdt` crate: DTrace on macOS, illumos, FreeBSD), both driven by the
// same `sites`; `off` without `with-dtrace`.
#[cfg(all(
    feature = "with-dtrace",
    not(feature = "usdt"),
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
mod sdt;
#[cfg(all(feature = "with-dtrace", feature = "usdt"))]
#[path = "usdt.rs"]
mod sdt;

#[cfg(any(
    all(feature = "with-dtrace", feature = "usdt"),
    all(
        feature = "with-dtrace",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    )
))]
mod sites;
#[cfg(any(
    all(feature = "with-dtrace", feature = "usdt"),
    all(
        feature = "with-dtrace",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    )
))]
pub use sites::*;

#[cfg(not(any(
    all(feature = "with-dtrace", feature = "usdt"),
    all(
        feature = "with-dtrace",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    )
)))]
mod off;
#[cfg(not(any(
    all(feature = "with-dtrace", feature = "usdt"),
    all(
        feature = "with-dtrace",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    )
)))]
pub use off::*;

/// Whether this build carries the probes (`with-dtrace` on a supported
/// platform).
pub const ENABLED_IN_BUILD: bool = cfg!(any(
    all(feature = "with-dtrace", feature = "usdt"),
    all(
        feature = "with-dtrace",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    )
));

/// The name a frame of an inlined comprehension reports: CPython 3.12
/// inlines list/set/dict comprehensions into the enclosing function
/// (PEP 709), so `f.<locals>.<listcomp>` is `f`, and a module-level one is
/// `<module>`.
pub fn enclosing_name(qualname: &str) -> &str {
    let mut q = qualname;
    // Nested comprehensions: strip every trailing comprehension scope.
    while let Some((outer, _)) = q.rsplit_once(".<locals>.") {
        q = outer;
        let last = q.rsplit('.').next().unwrap_or(q);
        if !matches!(last, "<listcomp>" | "<setcomp>" | "<dictcomp>") {
            return last;
        }
    }
    "<module>"
}

#[cfg(test)]
mod tests {
    use super::enclosing_name;

    #[test]
    fn comprehension_reports_enclosing_function() {
        assert_eq!(enclosing_name("<listcomp>"), "<module>");
        assert_eq!(enclosing_name("f.<locals>.<listcomp>"), "f");
        assert_eq!(enclosing_name("C.m.<locals>.<dictcomp>"), "m");
        assert_eq!(
            enclosing_name("f.<locals>.<listcomp>.<locals>.<setcomp>"),
            "f"
        );
        assert_eq!(enclosing_name("<listcomp>.<locals>.<listcomp>"), "<module>");
    }
}
