//! Python source to pyprobe bytecode.
//!
//! CPython counterparts: `Python/compile.c`, `Python/symtable.c`,
//! `Python/flowgraph.c` (stack depth, exception table), `Python/assemble.c`.
//!
//! Invariants: this crate never creates runtime objects — its output is a
//! [`CodeObject`] of plain data. Only this crate knows the parser's AST;
//! the parser is reached through [`parse`] alone, so it can be swapped.
//! Compile errors are values ([`CompileError`]), never panics.

mod anchors;
mod codegen;
mod error;
mod fstring;
mod future;
mod location;
mod parse;
mod parse_error;
mod symtable;

pub use anchors::{caret_anchors, CaretAnchors};
pub use error::{CompileError, ErrorKind};
pub use pyprobe_bytecode::CodeObject;

/// What the source is: a module, one expression (`eval`), or one
/// interactive statement (whose expression values are echoed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compile options: `optimize` as CPython's `-O` level (1 drops asserts,
/// 2 also docstrings); `nesting_start` as the depth CPython's compiler
/// starts counting from, which depends on who compiles (see
/// [`NESTING_LIMIT`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub optimize: u8,
    pub nesting_start: u32,
}

/// How deeply statements and expressions may nest, counted from
/// `Options::nesting_start`: one more gives CPython's "maximum recursion
/// depth exceeded during compilation" (a RecursionError). CPython 3.12
/// counts in its AST validator, starting from the C calls its caller has
/// made (times three): 0 for the main script, 6 under `compile()`,
/// `exec()` and `eval()`, 10 in an import (as measured in a fresh
/// process; CPython's own count drifts after deep compiles).
pub const NESTING_LIMIT: u32 = 3000;

/// Compile `source` from `filename` into a code object.
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    options: Options,
) -> Result<CodeObject, CompileError> {
    compile_warned(source, filename, mode, options).map(|(code, _)| code)
}

/// A SyntaxWarning the compiler found: the line it is reported at and its
/// message (CPython 3.12's wording).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub line: u32,
    pub message: String,
}

/// [`compile`], with the SyntaxWarnings CPython 3.12 issues while
/// compiling, in its order: those of the string literals (invalid escape
/// sequences, found as the source is read), then those of code generation
/// (`x is 1`, `assert (x, msg)`, `5()`, `[1][1.0]` ...).
pub fn compile_warned(
    source: &str,
    filename: &str,
    mode: Mode,
    options: Options,
) -> Result<(CodeObject, Vec<Warning>), CompileError> {
    let locator = location::Locator::new(source, filename);
    let module = parse::parse(source, filename, mode, &locator)?;
    let mut warnings: Vec<Warning> = fstring::escape_warnings(source)
        .into_iter()
        .map(|(at, message)| Warning {
            line: locator.line(ast_size(at)),
            message,
        })
        .collect();
    let (code, more) = codegen::compile_module(&module, mode, options, &locator)?;
    warnings.extend(more);
    Ok((code, warnings))
}

fn ast_size(at: usize) -> rustpython_parser::ast::text_size::TextSize {
    rustpython_parser::ast::text_size::TextSize::from(at as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyprobe_bytecode::{flags, BinOp, Constant, Instruction};

    fn code(src: &str) -> CodeObject {
        compile(src, "t.py", Mode::Exec, Options::default()).expect("compiles")
    }

    fn inner<'a>(c: &'a CodeObject, name: &str) -> &'a CodeObject {
        c.constants
            .iter()
            .find_map(|k| match k {
                Constant::Code(c) if c.name == name => Some(&**c),
                _ => None,
            })
            .expect("nested code object")
    }

    /// Every code object in `c`, nested ones included.
    fn all_code(c: &CodeObject, out: &mut Vec<CodeObject>) {
        out.push(c.clone());
        for k in &c.constants {
            if let Constant::Code(inner) = k {
                all_code(inner, out);
            }
        }
    }

    #[test]
    fn only_polling_jumps_go_backward() {
        // The evaluator polls the line probe at backward jumps, which must
        // therefore all be `Jump`, `PopJumpIfTrue` or `PopJumpIfFalse` (a
        // `while` loop's test at the bottom jumps back into its body), or a
        // `for` loop's test, at its bottom, which always jumps back.
        let src = "\
def f(xs, n):
    a = [x for x in xs if x if x > 1 and x < n or not x]
    b = {x: y for x in xs for y in xs if x != y}
    c = sum(x for x in xs if x % 2)
    while n and (n > 1 or xs):
        n -= 1
        if n == 3:
            continue
        for x in xs:
            if x is None:
                break
        else:
            pass
    try:
        while True:
            if n:
                break
    finally:
        n = 0
    match xs:
        case [1, *rest] if rest:
            pass
        case {'k': v} if v or n:
            pass
    return a, b, c, n
";
        let mut codes = Vec::new();
        all_code(&code(src), &mut codes);
        // The module, f and the generator expression (the list and dict
        // comprehensions are inlined into f).
        assert!(codes.len() >= 3);
        for c in &codes {
            for (i, ins) in c.instructions.iter().enumerate() {
                if let Some(t) = ins.jump_target() {
                    if matches!(
                        ins,
                        Instruction::ForIter(_) | Instruction::ForIterStoreFast(..)
                    ) {
                        assert!(
                            (t as usize) < i,
                            "{}: {ins:?} at {i} jumps forward to {t}",
                            c.name
                        );
                    } else if !matches!(
                        ins,
                        Instruction::Jump(_)
                            | Instruction::PopJumpIfTrue(_)
                            | Instruction::PopJumpIfFalse(_)
                    ) {
                        assert!(
                            t as usize > i,
                            "{}: {ins:?} at {i} jumps back to {t}",
                            c.name
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn fused_runs_keep_their_plain_instructions() {
        // A fused instruction replaces only the first of its run; the rest
        // stays in place for the fallback and for jumps into the run, and a
        // run never spans lines or handlers.
        let src = "\
def f(n, m):
    if n < 2:
        return n
    x = n - 1
    y = n + m
    try:
        z = x * y
    except TypeError:
        z = 0
    if n is None:
        n.m(x.attr)
        a, b = m, n
        c = a
        return c + b
    if m:
        return None
    for k in m:
        c = k
    for p, q in m:
        m[p] += q
    x.attr = (n + m) * 2
    m[n] = m[x]
    x(n)
    if n % 7 == 0:
        return n
    if x.attr is not None:
        return x
    return g(x) + (n
        + 1)
";
        let c = code(src);
        let f = inner(&c, "f");
        let ins = &f.instructions;
        let width = |i: &Instruction| match i {
            Instruction::BinaryOpFastConst(..)
            | Instruction::BinaryOpFastFast(..)
            | Instruction::CompareFastConst(..)
            | Instruction::CompareFastFast(..)
            | Instruction::IsFastConst(..)
            | Instruction::CopySubscr
            | Instruction::SwapStoreSubscr
            | Instruction::UnpackStoreFast(..)
            | Instruction::BinarySubscrFastFast(..)
            | Instruction::StoreSubscrFastFast(..) => 3,
            Instruction::LoadFastLoadFast(..)
            | Instruction::LoadFastLoadConst(..)
            | Instruction::LoadGlobalNull(_)
            | Instruction::LoadFastAttr(..)
            | Instruction::LoadFastMethod(..)
            | Instruction::StoreFastStoreFast(..)
            | Instruction::ReturnConst(_)
            | Instruction::ReturnFast(_)
            | Instruction::StoreAttrFast(..)
            | Instruction::CallFast(..)
            | Instruction::BinaryOpConst(..)
            | Instruction::CompareConst(..)
            | Instruction::IsConst(..)
            | Instruction::LoadFastNull(_) => 2,
            _ => 1,
        };
        let mut kinds = Vec::new();
        for (i, x) in ins.iter().enumerate() {
            if let Instruction::ForIterStoreFast(a, t) = *x {
                // Fused with the `StoreFast` it jumps back to, on its line.
                let t = t as usize;
                assert!(matches!(ins[t], Instruction::StoreFast(m) if m == a as u32));
                assert_eq!(f.line_at(t), f.line_at(i));
                kinds.push(std::mem::discriminant(x));
            }
            let w = width(x);
            if w == 1 {
                continue;
            }
            kinds.push(std::mem::discriminant(x));
            for k in i + 1..i + w {
                assert_eq!(f.line_at(k), f.line_at(i), "{x:?} at {i} spans lines");
                assert_eq!(
                    f.handler_for(k as u32).map(|h| h.handler),
                    f.handler_for(i as u32).map(|h| h.handler),
                    "{x:?} at {i} spans handlers"
                );
            }
            let rest: Vec<&Instruction> = ins[i + 1..i + w].iter().collect();
            match x {
                Instruction::BinaryOpFastConst(_, b, op) => assert!(matches!(
                    rest[..],
                    [Instruction::LoadConst(c), Instruction::BinaryOp(o)] if *c == *b as u32 && o == op
                )),
                Instruction::BinaryOpFastFast(_, b, op) => assert!(matches!(
                    rest[..],
                    [Instruction::LoadFast(c), Instruction::BinaryOp(o)] if *c == *b as u32 && o == op
                )),
                Instruction::CompareFastConst(_, b, op) => assert!(matches!(
                    rest[..],
                    [Instruction::LoadConst(c), Instruction::CompareOp(o)] if *c == *b as u32 && o == op
                )),
                Instruction::LoadGlobalNull(_) => {
                    assert!(matches!(rest[..], [Instruction::PushNull]))
                }
                Instruction::IsFastConst(_, b, inv) => assert!(matches!(
                    rest[..],
                    [Instruction::LoadConst(c), Instruction::IsOp(v)] if *c == *b as u32 && v == inv
                )),
                Instruction::LoadFastAttr(_, n) => {
                    assert!(matches!(rest[..], [Instruction::LoadAttr(m)] if m == n))
                }
                Instruction::LoadFastMethod(_, n) => {
                    assert!(matches!(rest[..], [Instruction::LoadMethod(m)] if m == n))
                }
                Instruction::StoreFastStoreFast(_, b) => {
                    assert!(matches!(rest[..], [Instruction::StoreFast(m)] if *m == *b as u32))
                }
                Instruction::ReturnConst(_) | Instruction::ReturnFast(_) => {
                    assert!(matches!(rest[..], [Instruction::ReturnValue]))
                }
                Instruction::StoreAttrFast(_, n) => {
                    assert!(matches!(rest[..], [Instruction::StoreAttr(m)] if m == n))
                }
                Instruction::CallFast(_, n) => {
                    assert!(matches!(rest[..], [Instruction::Call(m)] if *m == *n as u32))
                }
                Instruction::BinaryOpConst(_, op) => {
                    assert!(matches!(rest[..], [Instruction::BinaryOp(o)] if o == op))
                }
                Instruction::CompareConst(_, op) => {
                    assert!(matches!(rest[..], [Instruction::CompareOp(o)] if o == op))
                }
                Instruction::IsConst(_, inv) => {
                    assert!(matches!(rest[..], [Instruction::IsOp(v)] if v == inv))
                }
                Instruction::LoadFastNull(_) => {
                    assert!(matches!(rest[..], [Instruction::PushNull]))
                }
                Instruction::BinarySubscrFastFast(_, b) => assert!(matches!(
                    rest[..],
                    [Instruction::LoadFast(m), Instruction::BinarySubscr] if *m == *b as u32
                )),
                Instruction::StoreSubscrFastFast(_, b) => assert!(matches!(
                    rest[..],
                    [Instruction::LoadFast(m), Instruction::StoreSubscr] if *m == *b as u32
                )),
                Instruction::CopySubscr => assert!(matches!(
                    rest[..],
                    [Instruction::Copy(2), Instruction::BinarySubscr]
                )),
                Instruction::SwapStoreSubscr => assert!(matches!(
                    rest[..],
                    [Instruction::Swap(2), Instruction::StoreSubscr]
                )),
                Instruction::UnpackStoreFast(a, b) => assert!(matches!(
                    rest[..],
                    [Instruction::StoreFast(m), Instruction::StoreFast(n)]
                        if *m == *a as u32 && *n == *b as u32
                )),
                _ => {}
            }
        }
        // `n < 2`, `n - 1`, `n + m`, `x * y`, `g(...)`, `n is None`, `n.m`,
        // `x.attr`, `a, b = ...`, `return None`, `for p, q in m`,
        // `m[p] += q`, `return n`, `x.attr = ...`, `g(x)`, `(...) * 2`,
        // `m[n] = m[x]`, `x(n)`, `n % 7 == 0`, `x.attr is not None`; `n + 1` spans two lines and stays
        // unfused.
        use Instruction as I;
        for want in [
            I::CompareFastConst(0, 0, pyprobe_bytecode::CmpOp::Lt),
            I::BinaryOpFastConst(0, 0, pyprobe_bytecode::BinOp::Sub),
            I::BinaryOpFastFast(0, 0, pyprobe_bytecode::BinOp::Add),
            I::LoadGlobalNull(0),
            I::IsFastConst(0, 0, false),
            I::LoadFastAttr(0, 0),
            I::LoadFastMethod(0, 0),
            I::StoreFastStoreFast(0, 0),
            I::ReturnConst(0),
            I::ForIterStoreFast(0, 0),
            I::CopySubscr,
            I::SwapStoreSubscr,
            I::UnpackStoreFast(0, 0),
            I::ReturnFast(0),
            I::StoreAttrFast(0, 0),
            I::CallFast(0, 0),
            I::BinaryOpConst(0, pyprobe_bytecode::BinOp::Add),
            I::CompareConst(0, pyprobe_bytecode::CmpOp::Eq),
            I::IsConst(0, false),
            I::LoadFastNull(0),
            I::BinarySubscrFastFast(0, 0),
            I::StoreSubscrFastFast(0, 0),
        ] {
            assert!(
                kinds.contains(&std::mem::discriminant(&want)),
                "{want:?} not fused"
            );
        }
        let unfused_add = ins.windows(3).any(|w| {
            matches!(
                w,
                [
                    I::LoadFast(0),
                    I::LoadConst(_),
                    I::BinaryOp(pyprobe_bytecode::BinOp::Add)
                ]
            )
        });
        assert!(
            unfused_add,
            "the two-line `n + 1` keeps its plain LoadConst/BinaryOp"
        );
    }

    #[test]
    fn constant_conditions_are_decided_at_compile_time() {
        let c = code("def f(n):\n    while True:\n        n += 1\n        if 0:\n            n = 2\n    while 1:\n        pass\n");
        let f = inner(&c, "f");
        let tests = f
            .instructions
            .iter()
            .filter(|i| {
                matches!(
                    i,
                    Instruction::PopJumpIfFalse(_) | Instruction::PopJumpIfTrue(_)
                )
            })
            .count();
        assert_eq!(tests, 0, "{:?}", f.instructions);
        // `while True:` loops back to its body, past the `NOP` of its line.
        let jumps: Vec<u32> = f
            .instructions
            .iter()
            .filter_map(|i| match i {
                Instruction::Jump(t) => Some(*t),
                _ => None,
            })
            .collect();
        assert_eq!(f.instructions[0], Instruction::Nop);
        assert!(jumps.contains(&1), "{:?}", f.instructions);
    }

    #[test]
    fn closures_get_cells_and_free_variables() {
        let c =
            code("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
        let outer = inner(&c, "outer");
        assert_eq!(outer.cellvars, vec!["x".to_string()]);
        let f = inner(outer, "inner");
        assert_eq!(f.freevars, vec!["x".to_string()]);
        assert!(f
            .instructions
            .iter()
            .any(|i| matches!(i, Instruction::LoadDeref(_))));
    }

    #[test]
    fn class_bodies_do_not_enclose_methods() {
        let c = code("class C:\n    y = 1\n    def m(self):\n        return y\n");
        let m = inner(inner(&c, "C"), "m");
        assert!(m.freevars.is_empty());
        assert!(m
            .instructions
            .iter()
            .any(|i| matches!(i, Instruction::LoadGlobal(_))));
    }

    #[test]
    fn comprehensions_have_their_own_scope() {
        // At module level a comprehension has its own code, run on `.0`.
        let c = code("xs = [1]\nys = [x * 2 for x in xs]\n");
        let comp = inner(&c, "<listcomp>");
        assert_eq!(comp.varnames[0], ".0");
        assert!(comp.flags & flags::INLINED_COMPREHENSION != 0);
        assert!(!c.varnames.contains(&"x".to_string()));
    }

    #[test]
    fn syntax_warnings_in_cpython_order() {
        let src = "x = 1\nif x is 2: pass\ns = '\\d\\w' + r'\\d'\nt = f'{x}\\q{x}'\n";
        let (_, warnings) =
            compile_warned(src, "t.py", Mode::Exec, Options::default()).expect("compiles");
        let got: Vec<(u32, &str)> = warnings
            .iter()
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (3, "invalid escape sequence '\\d'"),
                (4, "invalid escape sequence '\\q'"),
                (2, "\"is\" with 'int' literal. Did you mean \"==\"?"),
            ]
        );
    }

    #[test]
    fn comprehensions_in_functions_are_inlined() {
        let has_code = |c: &CodeObject, name: &str| {
            c.constants
                .iter()
                .any(|k| matches!(k, Constant::Code(code) if code.name == name))
        };
        // Its variable is a slot of f, saved and put back where f has its
        // own `x`; the local it reads stays a plain local.
        let c = code("def f(xs, x):\n    k = 2\n    return [x * k for x in xs]\n");
        let f = inner(&c, "f");
        assert!(!has_code(f, "<listcomp>"));
        assert_eq!(f.varnames, ["xs", "x", "k"]);
        assert!(f.cellvars.is_empty());
        assert!(f
            .instructions
            .iter()
            .any(|i| matches!(i, Instruction::LoadFastAndClear(1))));
        // A name only the comprehension binds is unset when it ends.
        let c = code("def f(xs):\n    return {y: 1 for y in xs}\n");
        let f = inner(&c, "f");
        assert_eq!(f.varnames, ["xs", "y"]);
        assert!(f
            .instructions
            .iter()
            .any(|i| matches!(i, Instruction::ClearFast(1))));
        // A variable captured by a lambda inside needs the comprehension's
        // own cells: not inlined.
        let c = code("def f(xs):\n    return [lambda: x for x in xs]\n");
        assert!(has_code(inner(&c, "f"), "<listcomp>"));
        // Generator expressions keep their frame.
        let c = code("def f(xs):\n    return list(x for x in xs)\n");
        assert!(has_code(inner(&c, "f"), "<genexpr>"));
    }

    #[test]
    fn generators_are_flagged() {
        let c = code("def g():\n    yield 1\n");
        assert!(inner(&c, "g").flags & flags::GENERATOR != 0);
    }

    #[test]
    fn global_and_nonlocal_errors() {
        let e = compile(
            "def f():\n    x = 1\n    global x\n",
            "t.py",
            Mode::Exec,
            Options::default(),
        )
        .unwrap_err();
        assert_eq!(e.msg, "name 'x' is assigned to before global declaration");
        assert_eq!(e.lineno, 3);
        let e = compile(
            "def f():\n    nonlocal q\n",
            "t.py",
            Mode::Exec,
            Options::default(),
        )
        .unwrap_err();
        assert_eq!(e.msg, "no binding for nonlocal 'q' found");
    }

    #[test]
    fn line_table_follows_statements() {
        let c = code("a = 1\n\nb = 2\n");
        let lines: Vec<u32> = c.lines.clone();
        assert_eq!(lines.len(), c.instructions.len());
        assert_eq!(lines[0], 1);
        assert!(lines.contains(&3));
        assert!(!lines.contains(&2));
    }

    /// The source text a position covers (on one line).
    fn covered(src: &str, c: &CodeObject, i: usize) -> String {
        let p = c.position_at(i).expect("a position");
        assert_eq!(p.line, p.end_line, "one line");
        let line = src.lines().nth(p.line as usize - 1).expect("line");
        line[p.col as usize..p.end_col as usize].to_string()
    }

    fn index_of(c: &CodeObject, want: impl Fn(&Instruction) -> bool) -> usize {
        c.instructions.iter().position(want).expect("instruction")
    }

    #[test]
    fn positions_follow_expressions() {
        // Each instruction is at the node it computes (CPython's
        // co_positions), with byte columns.
        let src = "x = a / b + c\ny = dé[\"k\"].f(1)\n";
        let c = code(src);
        let div = index_of(&c, |i| matches!(i, Instruction::BinaryOp(BinOp::TrueDiv)));
        assert_eq!(covered(src, &c, div), "a / b");
        assert_eq!(covered(src, &c, div + 2), "a / b + c");
        assert_eq!(covered(src, &c, div + 3), "x");
        let subscr = index_of(&c, |i| matches!(i, Instruction::BinarySubscr));
        assert_eq!(covered(src, &c, subscr), "dé[\"k\"]");
        assert_eq!(covered(src, &c, subscr + 1), "dé[\"k\"].f");
        let call = index_of(&c, |i| matches!(i, Instruction::Call(1)));
        assert_eq!(covered(src, &c, call), "dé[\"k\"].f(1)");
        for i in 0..c.instructions.len() {
            assert_eq!(c.position_at(i).map(|p| p.line), Some(c.line_at(i)));
        }
    }

    #[test]
    fn an_attribute_on_a_later_line_starts_at_its_name() {
        // CPython's update_start_location_to_match_attr.
        let c = code("y = (c\n  .missing)\n");
        let attr = index_of(&c, |i| matches!(i, Instruction::LoadAttr(_)));
        let p = c.position_at(attr).expect("a position");
        assert_eq!((p.line, p.col, p.end_line, p.end_col), (2, 3, 2, 10));
        assert_eq!(c.line_at(attr), 2);
    }

    #[test]
    fn augmented_assignment_operates_at_the_statement() {
        let src = "d[k] += 1\n";
        let c = code(src);
        let add = index_of(&c, |i| matches!(i, Instruction::BinaryOp(_)));
        assert_eq!(covered(src, &c, add), "d[k] += 1");
        let subscr = index_of(&c, |i| matches!(i, Instruction::BinarySubscr));
        assert_eq!(covered(src, &c, subscr), "d[k]");
        let store = index_of(&c, |i| matches!(i, Instruction::StoreSubscr));
        assert_eq!(covered(src, &c, store), "d[k]");
    }

    #[test]
    fn fused_runs_keep_the_positions_of_their_steps() {
        // `self.a` fuses `LoadFast self` + `LoadAttr a`; the vm reports an
        // attribute error at the second index, whose position is `self.a`.
        let src = "def f(self):\n    return self.a\n";
        let module = code(src);
        let f = inner(&module, "f");
        assert!(matches!(f.instructions[0], Instruction::LoadFastAttr(..)));
        assert_eq!(covered(src, f, 0), "self");
        assert_eq!(covered(src, f, 1), "self.a");
    }

    #[test]
    fn try_builds_an_exception_table() {
        let c = code("try:\n    x = 1\nexcept ValueError:\n    pass\n");
        assert!(!c.exception_table.is_empty());
        let e = c.exception_table[0];
        assert!(e.start < e.end && e.handler >= e.end);
    }

    #[test]
    fn asserts_vanish_under_optimize() {
        let c = compile(
            "assert x\n",
            "t.py",
            Mode::Exec,
            Options {
                optimize: 1,
                ..Options::default()
            },
        )
        .unwrap();
        assert!(!c
            .instructions
            .iter()
            .any(|i| matches!(i, Instruction::LoadAssertionError)));
    }

    #[test]
    fn syntax_errors_have_cpython_wording() {
        let e = compile("if x\n    pass\n", "t.py", Mode::Exec, Options::default()).unwrap_err();
        assert_eq!(e.msg, "expected ':'");
        let e = compile("x = [1,\n", "t.py", Mode::Exec, Options::default()).unwrap_err();
        assert_eq!(e.msg, "'[' was never closed");
        let deep = format!("x = {}1{}\n", "(".repeat(300), ")".repeat(300));
        let e = compile(&deep, "t.py", Mode::Exec, Options::default()).unwrap_err();
        assert_eq!(e.msg, "too many nested parentheses");
    }

    #[test]
    fn dictionary_items_without_a_value_are_named() {
        let err = |src: &str| compile(src, "t.py", Mode::Exec, Options::default()).unwrap_err();
        let e = err("d = {1: 2, (3\n+4)}\n");
        assert_eq!(e.msg, "':' expected after dictionary key");
        // The line of the key's start, the column of its last character.
        assert_eq!(
            (e.lineno, e.offset, e.end_lineno, e.end_offset),
            (1, 2, 2, 0)
        );
        let e = err("d = {1: 2, 3 if x}\n");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("':' expected after dictionary key", 12)
        );
        let e = err("d = {1:, 2: 3}\n");
        assert_eq!(e.msg, "expression expected after dictionary key and ':'");
        // A set, or a comprehension, before the item: no dictionary.
        assert_eq!(err("d = {1, 2: 3}\n").msg, "invalid syntax");
        assert_eq!(err("d = {k: v for k in x, 3}\n").msg, "invalid syntax");
    }

    #[test]
    fn line_continuations_are_checked_as_cpython() {
        let err = |src: &str| compile(src, "t.py", Mode::Exec, Options::default()).unwrap_err();
        let e = err("x = \"\u{e9}\" \\ 2\n");
        assert_eq!(
            e.msg,
            "unexpected character after line continuation character"
        );
        // Just past the backslash, in bytes.
        assert_eq!((e.lineno, e.offset, e.end_offset), (1, 11, 0));
        let e = err("x = 1\ny = 2 + \\\n");
        assert_eq!(e.msg, "unexpected EOF while parsing");
        assert_eq!((e.lineno, e.offset, e.end_offset), (2, 10, -1));
        // A backslash alone on its line: no offset.
        assert_eq!(err("x = 1\n  \\\n").offset, 0);
        // A blank line after the backslash ends the statement.
        assert!(compile("x = 1 \\\n\n", "t.py", Mode::Exec, Options::default()).is_ok());
    }

    #[test]
    fn dedents_the_parser_cannot_take_are_named() {
        let err = |src: &str| compile(src, "t.py", Mode::Exec, Options::default()).unwrap_err();
        let e = err("if x:\n    if y:\n        @dec\n    z = 1\n");
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ErrorKind::IndentationError, "unexpected unindent")
        );
        // The offset is the indentation of the line after the dedent.
        assert_eq!((e.lineno, e.offset, e.end_offset), (4, 4, -1));
        // At the end of the file: its last line, blank or not.
        let e = err("class A:\n    @dec\n\n\n");
        assert_eq!(
            (e.msg.as_str(), e.lineno, e.offset),
            ("unexpected unindent", 4, 0)
        );
        let e = err("if x:\n    try:\n        y\nz\n");
        assert_eq!((e.kind, e.lineno), (ErrorKind::SyntaxError, 4));
        assert_eq!(e.msg, "expected 'except' or 'finally' block");
    }

    #[test]
    fn indentation_is_measured_as_cpython() {
        let err = |src: &str| compile(src, "t.py", Mode::Exec, Options::default()).unwrap_err();
        // A tab is 8 columns: 2 spaces land on no level.
        let e = err("if x:\n\ta = 1\n  b = 2\n");
        assert_eq!((e.kind, e.lineno), (ErrorKind::IndentationError, 3));
        // Deeper by 8-column tabs, not by one-column ones.
        let e = err("if x:\n  \ta = 1\n\t  b = 2\n");
        assert_eq!((e.kind, e.lineno), (ErrorKind::TabError, 3));
        let e = err("if x:\n    a = 1\n\tb = 2\n");
        assert_eq!((e.kind, e.lineno, e.offset), (ErrorKind::TabError, 3, 1));
    }

    #[test]
    fn nops_stay_only_where_they_carry_a_line() {
        let nops = |c: &CodeObject| -> Vec<u32> {
            (0..c.instructions.len())
                .filter(|&i| c.instructions[i] == Instruction::Nop)
                .map(|i| c.line_at(i))
                .collect()
        };
        // `pass` beside what follows it on its line costs no dispatch;
        // at the end of its line it stays (CPython's NOP there too).
        let c = code("def f(t):\n    for x in t: pass\n    if t: pass\n    return t\n");
        assert_eq!(nops(inner(&c, "f")), vec![3]);
        // Alone on its line it stays, as does the line of `try:`; an
        // `except` body of `pass` goes (its `PopExcept` has the line).
        let src =
            "def f(t):\n    for x in t:\n        pass\n    try:\n        g()\n    except E: pass\n";
        let f = code(src);
        let f = inner(&f, "f");
        assert_eq!(nops(f), vec![3, 4]);
        // Jumps still land where they did: the `while` test loops back
        // onto its body, now the `Jump` after the removed `pass`.
        let c = code("def f(x):\n    while x: pass\n    return x\n");
        let f = inner(&c, "f");
        assert_eq!(nops(f), Vec::<u32>::new());
        assert!(f.instructions.iter().all(|i| match i.jump_target() {
            Some(t) => (t as usize) < f.instructions.len(),
            None => true,
        }));
    }

    /// The kind of error compiling `src` gives, on a thread with the
    /// interpreter's large stack (the parser's tree of a deep source is
    /// deep too).
    fn error_kind(src: String, nesting_start: u32) -> Option<ErrorKind> {
        let options = Options {
            nesting_start,
            ..Options::default()
        };
        let run = move || {
            compile(&src, "t.py", Mode::Exec, options)
                .err()
                .map(|e| e.kind)
        };
        let thread = std::thread::Builder::new().stack_size(1 << 30).spawn(run);
        thread.expect("thread").join().expect("no panic")
    }

    #[test]
    fn nesting_past_the_limit_is_a_recursion_error() {
        // `x = ` counts one statement, each `-` one expression, `1` one.
        let deep = |n: usize| format!("x = {}1\n", "-".repeat(n));
        assert_eq!(error_kind(deep(2998), 0), None);
        assert_eq!(error_kind(deep(2999), 0), Some(ErrorKind::RecursionError));
        assert_eq!(error_kind(deep(2992), 6), None);
        assert_eq!(error_kind(deep(2993), 6), Some(ErrorKind::RecursionError));
        // Far past the limit, the error comes before any pass recurses
        // that deep.
        let huge = deep(200_000);
        assert_eq!(error_kind(huge, 0), Some(ErrorKind::RecursionError));
    }
}
