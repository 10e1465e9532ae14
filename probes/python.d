/*
 * The `python` provider of pyprobe: the single source of truth for probe
 * names, argument order and C types.
 *
 * Names, order and types are CPython's (Include/pydtrace.d), so the
 * existing DTrace, SystemTap, bpftrace, BCC and perf tooling reads them
 * unchanged. Two additions follow CPython's development branch (3.15):
 * function__entry/return carry a 4th argument, the module's __name__, and
 * cfunction__entry/return fire for calls of built-in functions.
 *
 * On Linux the ELF notes carry these names exactly (`function__entry`);
 * DTrace shows them as `function-entry`.
 *
 * The Rust side (crates/pyprobe-vm/src/probes/) is checked against this
 * file by a unit test, and tests/probes.rs checks the notes of the built
 * binary against it. Keep one probe per line, in the form
 *     probe NAME(TYPE, TYPE, ...);
 *
 * CPython's file also declares instance__new__start/done and
 * instance__delete__start/done; no CPython release ever fires them (its
 * binaries carry no notes for them), so they are left out here.
 */

provider python {
    probe function__entry(const char *, const char *, int, const char *);
    probe function__return(const char *, const char *, int, const char *);
    probe line(const char *, const char *, int);
    probe gc__start(int);
    probe gc__done(long);
    probe import__find__load__start(const char *);
    probe import__find__load__done(const char *, int);
    probe audit(const char *, void *);
    probe cfunction__entry(const char *, const char *, int, const char *);
    probe cfunction__return(const char *, const char *, int, const char *);
};

#pragma D attributes Evolving/Evolving/Common provider python provider
#pragma D attributes Evolving/Evolving/Common provider python module
#pragma D attributes Evolving/Evolving/Common provider python function
#pragma D attributes Evolving/Evolving/Common provider python name
#pragma D attributes Evolving/Evolving/Common provider python args
