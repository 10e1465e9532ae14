//! Link flags of the `pyprobe` binary.
//!
//! With `with-dtrace` on Linux the binary is linked with
//! `-z separate-loadable-segments`: with rust-lld's default layout the page
//! holding the probe semaphores (section `.probes`) can be mapped twice
//! (once read-only as the tail of the preceding segment, once writable),
//! and tracers that attach at exec (`bpftrace -c`, `perf record`) then
//! enable the read-only copy and see nothing. Separate segments give each
//! file page one mapping. See docs/probes.md.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let dtrace = std::env::var_os("CARGO_FEATURE_WITH_DTRACE").is_some();
    if linux && dtrace {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,separate-loadable-segments");
    }
}
