//! Print the bytecode of a Python file: `cargo run -p pyprobe-compiler --example dis -- file.py`.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    match pyprobe_compiler::compile(
        &source,
        &path,
        pyprobe_compiler::Mode::Exec,
        Default::default(),
    ) {
        Ok(code) => print!("{}", pyprobe_bytecode::disassemble(&code)),
        Err(e) => eprintln!("{e}"),
    }
}
