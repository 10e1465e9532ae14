//! Ctrl-C: SIGINT becomes a `KeyboardInterrupt` in the running program.
//!
//! CPython counterpart: `Modules/signalmodule.c` (its default SIGINT
//! handler, `default_int_handler`, and the "eval breaker" the evaluator
//! polls). The signal is caught by `signal-hook` (whose handler only
//! writes to a pipe) and turned into a flag by the thread that calls
//! `watch`: the process's first thread, which has nothing else to do while
//! the interpreter runs on its own thread. The evaluator polls the flag
//! where CPython polls its eval breaker: at backward jumps (every loop
//! iteration) and at Python-to-Python calls; `time.sleep` and the
//! interactive prompt poll it while they wait.
//!
//! Invariants: the flag is only set by `watch` and only cleared by `take`,
//! on the interpreter's thread, which then raises KeyboardInterrupt (or,
//! at the prompt, drops the line being typed).

use std::sync::atomic::{AtomicBool, Ordering};

/// A SIGINT arrived and no one has taken it yet.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Has a SIGINT arrived that no one has taken? One load of a static: the
/// evaluator's poll.
#[inline(always)]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Take the SIGINT that arrived, if one did.
pub fn take() -> bool {
    INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// Catch SIGINT and set the flag for each one that arrives, on the calling
/// thread, forever. Returns (at once) only when SIGINT cannot be caught;
/// then Ctrl-C ends the process as before.
pub fn watch() {
    #[cfg(unix)]
    {
        use signal_hook::consts::SIGINT;
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT]) else {
            return;
        };
        for _ in signals.forever() {
            INTERRUPTED.store(true, Ordering::Relaxed);
        }
    }
}

/// End the process by SIGINT, its default action restored first (CPython's
/// `exit_sigint`, after an uncaught KeyboardInterrupt). Returns 130 (128 +
/// SIGINT, CPython's fallback) where the signal does not end the process.
pub fn exit_by_sigint() -> i32 {
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
    130
}

/// Wait `d`, or less when a SIGINT arrives (left pending for the caller).
pub fn sleep(d: std::time::Duration) {
    const STEP: std::time::Duration = std::time::Duration::from_millis(20);
    let end = std::time::Instant::now() + d;
    loop {
        if pending() {
            return;
        }
        let now = std::time::Instant::now();
        if now >= end {
            return;
        }
        std::thread::sleep((end - now).min(STEP));
    }
}
