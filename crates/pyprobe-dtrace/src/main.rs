//! The `pyprobe-dtrace` binary: see `cli`.

fn main() {
    std::process::exit(pyprobe_dtrace::cli::main());
}
