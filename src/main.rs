//! The `pyprobe` command line: parses argv like `python` does and hands
//! the program to the interpreter. Nothing else reads argv or the
//! environment.

use clap::{Arg, ArgAction, Command};
use pyprobe_vm::{Interpreter, RunOutcome};
use std::io::Read;

/// Small allocations (vector buffers, boxed payloads, dict tables) come
/// from size-class pools without a header per block, as CPython's
/// pymalloc (see `pyprobe_vm::object::SmallBlocks`).
#[global_allocator]
static ALLOCATOR: pyprobe_vm::object::SmallBlocks = pyprobe_vm::object::SmallBlocks;

fn command() -> Command {
    Command::new("pyprobe")
        .about("A Python-compatible bytecode interpreter with CPython's static tracing markers")
        .disable_version_flag(true)
        .arg(
            Arg::new("command")
                .short('c')
                .value_name("cmd")
                .help("program passed in as string (terminates option list)")
                .num_args(1),
        )
        .arg(
            Arg::new("module")
                .short('m')
                .value_name("mod")
                .help("run library module as a script (terminates option list)")
                .num_args(1),
        )
        .arg(
            Arg::new("optimize")
                .short('O')
                .action(ArgAction::Count)
                .help("remove assert statements; -OO also removes docstrings"),
        )
        .arg(
            Arg::new("quiet")
                .short('q')
                .action(ArgAction::SetTrue)
                .help("don't print version and copyright messages on interactive startup"),
        )
        .arg(
            Arg::new("unbuffered")
                .short('u')
                .action(ArgAction::SetTrue)
                .help("force the stdout and stderr streams to be unbuffered"),
        )
        .arg(
            Arg::new("no_bytecode")
                .short('B')
                .action(ArgAction::SetTrue)
                .help("don't write .pyc files (there are none)"),
        )
        .arg(
            Arg::new("ignore_env")
                .short('E')
                .action(ArgAction::SetTrue)
                .help("ignore PYTHON* environment variables"),
        )
        .arg(
            Arg::new("isolate")
                .short('I')
                .action(ArgAction::SetTrue)
                .help("isolate from the user's environment"),
        )
        .arg(
            Arg::new("inspect")
                .short('i')
                .action(ArgAction::SetTrue)
                .help("inspect interactively after running script"),
        )
        .arg(
            Arg::new("xopt")
                .short('X')
                .num_args(1)
                .action(ArgAction::Append)
                .help("implementation-specific option (accepted)"),
        )
        .arg(
            Arg::new("warn")
                .short('W')
                .num_args(1)
                .action(ArgAction::Append)
                .help("warning control (accepted)"),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::SetTrue)
                .help("print the Python version number and exit"),
        )
        .arg(
            Arg::new("args")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .help("script file ('-' for stdin) and its arguments"),
        )
}

fn main() {
    pyprobe_vm::probes::register();
    // A panic is a bug: its message is printed and the process exits with
    // status 70, whether the build unwinds or (the release profile) aborts.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        std::process::exit(70);
    }));
    // The interpreter runs on a thread with a large stack so that deep
    // (but limited) recursion through Rust never overflows it, and ends
    // the process itself; this thread turns each SIGINT into the flag the
    // interpreter polls (and waits for the interpreter where SIGINT cannot
    // be caught).
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(|| std::process::exit(run()))
        .expect("interpreter thread");
    pyprobe_vm::signals::watch();
    let _ = child.join();
    std::process::exit(70);
}

fn run() -> i32 {
    // `-c cmd` and `-m mod` end the option list: everything after is argv.
    let raw: Vec<String> = std::env::args().collect();
    let mut cut = raw.len();
    let mut takes_value = false;
    for (i, a) in raw.iter().enumerate().skip(1) {
        // The value of `-X opt` / `-W arg` is not the script.
        if std::mem::take(&mut takes_value) {
            continue;
        }
        if a == "-X" || a == "-W" {
            takes_value = true;
            continue;
        }
        if a == "-c" || a == "-m" {
            cut = (i + 2).min(raw.len());
            break;
        }
        if (a.starts_with("-c") || a.starts_with("-m")) && a.len() > 2 {
            cut = i + 1;
            break;
        }
        if !a.starts_with('-') || a == "-" {
            cut = i;
            break;
        }
    }
    let (opts, rest) = raw.split_at(cut);
    let matches = match command().try_get_matches_from(opts) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    if matches.get_flag("version") {
        println!("Python 3.12.0 (pyprobe {})", env!("CARGO_PKG_VERSION"));
        return 0;
    }
    let optimize = matches.get_count("optimize").min(2);
    let mut positional: Vec<String> = matches
        .get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    positional.extend(rest.iter().cloned());
    let isolated = matches.get_flag("isolate");
    let ignore_env = isolated || matches.get_flag("ignore_env");
    pyprobe_vm::run::set_ignore_environment(ignore_env);
    // `-u`, or PYTHONUNBUFFERED set to a non-empty string: stdout is
    // written through, as CPython's.
    let unbuffered_env =
        !ignore_env && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    pyprobe_vm::builtins::set_unbuffered(matches.get_flag("unbuffered") || unbuffered_env);
    // `-X no_debug_ranges`, or PYTHONNODEBUGRANGES set (non-empty): no
    // carets under traceback lines.
    let no_ranges_opt = matches
        .get_many::<String>("xopt")
        .is_some_and(|mut x| x.any(|o| o == "no_debug_ranges"));
    let no_ranges_env =
        !ignore_env && std::env::var_os("PYTHONNODEBUGRANGES").is_some_and(|v| !v.is_empty());
    pyprobe_vm::traceback::set_no_debug_ranges(no_ranges_opt || no_ranges_env);
    // sys.warnoptions: PYTHONWARNINGS's comma-separated filters, then -W's.
    let mut warn: Vec<String> = Vec::new();
    if !ignore_env {
        if let Ok(w) = std::env::var("PYTHONWARNINGS") {
            warn.extend(
                w.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
    }
    if let Some(w) = matches.get_many::<String>("warn") {
        warn.extend(w.cloned());
    }
    let xopts = matches
        .get_many::<String>("xopt")
        .map(|x| x.cloned().collect())
        .unwrap_or_default();
    pyprobe_vm::modules::sys::set_options(warn, xopts);
    // sys.path after its first entry: PYTHONPATH, then the bundled library.
    let mut path_rest = Vec::new();
    if !ignore_env {
        if let Some(pp) = std::env::var_os("PYTHONPATH") {
            let pp = pp.to_string_lossy().into_owned();
            path_rest.extend(pp.split(':').filter(|p| !p.is_empty()).map(String::from));
        }
    }
    path_rest.push(library_dir());
    // `-I` leaves the script's directory (or the current one) out.
    let sys_path = |first: String| -> Vec<String> {
        let mut path = if isolated { Vec::new() } else { vec![first] };
        path.extend(path_rest.iter().cloned());
        path
    };
    if let Some(cmd) = matches.get_one::<String>("command") {
        let mut argv = vec!["-c".to_string()];
        argv.extend(positional);
        let mut interp = Interpreter::new(argv, sys_path(String::new()), optimize);
        return outcome(interp.run_source(cmd, "<string>"));
    }
    if let Some(module) = matches.get_one::<String>("module") {
        // As CPython: sys.argv[0] is '-m' until the module is found, then
        // its file; sys.path[0] is the current directory.
        let mut argv = vec!["-m".to_string()];
        argv.extend(positional);
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut interp = Interpreter::new(argv, sys_path(cwd), optimize);
        let r = interp.run_module(module);
        if matches.get_flag("inspect") {
            return outcome(interp.interactive(true));
        }
        return outcome(r);
    }
    match positional.first().cloned() {
        Some(path) if path != "-" => {
            let source = match std::fs::read(&path) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(e) => {
                    let (errno, msg) = match e.kind() {
                        std::io::ErrorKind::NotFound => (2, "No such file or directory"),
                        std::io::ErrorKind::PermissionDenied => (13, "Permission denied"),
                        _ => (e.raw_os_error().unwrap_or(5), "Input/output error"),
                    };
                    let abs = std::fs::canonicalize(".")
                        .map(|d| d.join(&path))
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or(path.clone());
                    eprintln!(
                        "{}: can't open file '{}': [Errno {errno}] {msg}",
                        raw[0].rsplit('/').next().unwrap_or("pyprobe"),
                        abs
                    );
                    return 2;
                }
            };
            let dir = std::path::Path::new(&path)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            let dir = if dir.is_empty() {
                std::env::current_dir()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default()
            } else {
                std::fs::canonicalize(&dir)
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or(dir)
            };
            let mut interp = Interpreter::new(positional, sys_path(dir), optimize);
            // `__file__` and the code's file name are absolute, as CPython's.
            let file = std::path::absolute(&path)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(path);
            let r = interp.run_source(&source, &file);
            if matches.get_flag("inspect") {
                return outcome(interp.interactive(true));
            }
            outcome(r)
        }
        Some(_) => {
            let mut source = String::new();
            let _ = std::io::stdin().read_to_string(&mut source);
            let mut interp = Interpreter::new(positional, sys_path(String::new()), optimize);
            outcome(interp.run_source(&source, "<stdin>"))
        }
        None => {
            let mut interp =
                Interpreter::new(vec![String::new()], sys_path(String::new()), optimize);
            outcome(interp.interactive(matches.get_flag("quiet")))
        }
    }
}

/// The bundled library directory, the last sys.path entry (CPython's
/// `lib/python3.12`): `PYPROBE_LIBDIR` at build time, else the
/// repository's `lib/` directory. A directory that does not exist is
/// skipped by the finder, as CPython skips its missing zip entry.
fn library_dir() -> String {
    option_env!("PYPROBE_LIBDIR")
        .unwrap_or(concat!(env!("CARGO_MANIFEST_DIR"), "/lib"))
        .to_string()
}

fn outcome(o: RunOutcome) -> i32 {
    match o {
        RunOutcome::Exit(code) => code,
        RunOutcome::Interrupted => pyprobe_vm::signals::exit_by_sigint(),
    }
}
