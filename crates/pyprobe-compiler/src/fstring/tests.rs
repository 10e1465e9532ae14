//! Unit tests of the PEP 701 reading: the trees built, their offsets, and
//! the errors.

use super::*;

fn parse_module(src: &str) -> Vec<ast::Stmt> {
    match parse(src, Mode::Module, "t.py") {
        Ok(ast::Mod::Module(m)) => m.body,
        Ok(_) => panic!("not a module"),
        Err(e) => panic!("{src:?} does not parse: {e:?}"),
    }
}

/// The value of the single expression statement of `src`.
fn expr(src: &str) -> Expr {
    match parse_module(src).into_iter().next() {
        Some(ast::Stmt::Expr(e)) => *e.value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

fn values(e: &Expr) -> &[Expr] {
    match e {
        Expr::JoinedStr(j) => &j.values,
        other => panic!("not an f-string: {other:?}"),
    }
}

fn text(e: &Expr) -> &str {
    match e {
        Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(s),
            ..
        }) => s,
        other => panic!("not a str constant: {other:?}"),
    }
}

fn formatted(e: &Expr) -> &ast::ExprFormattedValue {
    match e {
        Expr::FormattedValue(f) => f,
        other => panic!("not a formatted value: {other:?}"),
    }
}

fn error(src: &str) -> String {
    match parse(src, Mode::Module, "t.py") {
        Err(Error::Message { msg, .. }) => msg,
        Err(Error::Parser(e)) => format!("parser: {}", e.error),
        Ok(_) => panic!("{src:?} parses"),
    }
}

#[test]
fn lexable_source_is_parsed_as_it_is() {
    let src = "x = f'{a!r:>{w}}' 'tail'\ndef f():\n    return f\"{x['k']}\"\n";
    let ours = parse(src, Mode::Module, "t.py").expect("parses");
    let theirs = rustpython_parser::parse(src, Mode::Module, "t.py").expect("parses");
    // The parser's tree, but for the ranges of the formatted values.
    let theirs = FieldRanges::new(&scan::scan(src), 0).apply(theirs);
    assert_eq!(ours, theirs);
}

#[test]
fn formatted_values_span_their_fields() {
    let span = |src: &str, f: &ast::ExprFormattedValue| {
        let r = f.range;
        src[r.start().to_usize()..r.end().to_usize()].to_string()
    };
    // Read by the parser: `{` to `}`, nested spec fields too.
    let src = "f'a {x!r:>{w}} b {y}'";
    let e = expr(src);
    let outer = formatted(&values(&e)[1]);
    assert_eq!(span(src, outer), "{x!r:>{w}}");
    let spec = outer.format_spec.as_deref().expect("spec");
    assert_eq!(span(src, formatted(&values(spec)[1])), "{w}");
    assert_eq!(span(src, formatted(&values(&e)[3])), "{y}");
    // Built here (a quote reused in a field).
    let src = "f\"{d[\"k\"]:>3}\"";
    assert_eq!(
        span(src, formatted(&values(&expr(src))[0])),
        "{d[\"k\"]:>3}"
    );
    // An f-string nested in a field keeps its own string's range.
    let src = "f'{f\"{y}\"}'";
    let e = expr(src);
    let outer = formatted(&values(&e)[0]);
    assert_eq!(span(src, outer), "{f\"{y}\"}");
    let inner = formatted(&values(&outer.value)[0]);
    assert_eq!(span(src, inner), "f\"{y}\"");
}

#[test]
fn same_quotes_in_a_field() {
    let src = r#"f"{d["key"]}""#;
    let e = expr(src);
    let v = values(&e);
    assert_eq!(v.len(), 1);
    let Expr::Subscript(sub) = &*formatted(&v[0]).value else {
        panic!("not a subscript");
    };
    // Offsets are those of the original text.
    assert_eq!(sub.range, range(3, 11));
    assert_eq!(sub.slice.range(), range(5, 10));
    assert_eq!(e.range(), range(0, 13));
}

#[test]
fn offsets_after_a_rewritten_fstring_are_unchanged() {
    let src = "a = f'{\n  x[\"k\"]  # note\n}' + f'{y\n}'\nb = 2\n";
    let body = parse_module(src);
    assert_eq!(body.len(), 2);
    let b_at = src.find("b = 2").expect("b");
    assert_eq!(body[1].range(), range(b_at, b_at + 5));
    let ast::Stmt::Assign(a) = &body[0] else {
        panic!("not an assignment");
    };
    let Expr::BinOp(sum) = &*a.value else {
        panic!("not a sum");
    };
    let y_at = src.find("y\n").expect("y");
    let y = &formatted(&values(&sum.right)[0]).value;
    assert_eq!(y.range(), range(y_at, y_at + 1));
}

#[test]
fn nested_fstrings_four_deep() {
    let e = expr(r#"f"{f"{f"{f"{x!r}"}"}"}""#);
    let mut level = &e;
    for _ in 0..4 {
        level = &formatted(&values(level)[0]).value;
    }
    assert!(matches!(level, Expr::Name(n) if n.id.as_str() == "x"));
}

#[test]
fn backslashes_in_a_field() {
    let e = expr(r#"f"{'\n'.join(xs)}|{"\"q\""}""#);
    let v = values(&e);
    let Expr::Call(call) = &*formatted(&v[0]).value else {
        panic!("not a call");
    };
    let Expr::Attribute(attr) = &*call.func else {
        panic!("not a method");
    };
    assert_eq!(text(&attr.value), "\n");
    assert_eq!(text(&v[1]), "|");
    assert_eq!(text(&formatted(&v[2]).value), "\"q\"");
}

#[test]
fn debug_text_is_kept_as_written() {
    let e = expr(r#"f"{d["k"] = }""#);
    let v = values(&e);
    assert_eq!(text(&v[0]), "d[\"k\"] = ");
    assert_eq!(formatted(&v[1]).conversion, ast::ConversionFlag::Repr);
    // The echoed text is decoded as literal text is, except in raw f-strings.
    assert_eq!(text(&values(&expr(r"f'{'\n' = }'"))[0]), "'\n' = ");
    assert_eq!(text(&values(&expr(r"rf'{'\n' = }'"))[0]), r"'\n' = ");
    // A format spec leaves the conversion alone; comments are dropped.
    let e = expr("f'''{x # c\n=:>4}'''");
    let v = values(&e);
    assert_eq!(text(&v[0]), "x \n=");
    assert_eq!(formatted(&v[1]).conversion, ast::ConversionFlag::None);
}

#[test]
fn format_specs_with_nested_fields() {
    let e = expr("f'{x:{y:{z}}}'");
    let spec = formatted(&values(&e)[0]).format_spec.as_deref();
    let inner = formatted(&values(spec.expect("spec"))[0]);
    let inner_spec = inner.format_spec.as_deref().expect("inner spec");
    assert!(matches!(
        &*formatted(&values(inner_spec)[0]).value,
        Expr::Name(_)
    ));
}

#[test]
fn concatenation_joins_constants() {
    let e = expr(r#""a" f"b{d["k"]}c" "d""#);
    let v = values(&e);
    assert_eq!(v.len(), 3);
    assert_eq!(text(&v[0]), "ab");
    assert_eq!(text(&v[2]), "cd");
}

#[test]
fn literal_pieces_are_decoded() {
    assert_eq!(
        decode(r"a\tb\x41\u00e9\N{DIGIT ONE}\101{{}}", false, true),
        Ok("a\tbAé1A{}".into())
    );
    assert_eq!(decode(r"a\tb{{", true, true), Ok(r"a\tb{".into()));
    assert_eq!(decode(r"{{\n}}", false, false), Ok("{{\n}}".into()));
    assert_eq!(decode(r"\d\", false, true), Ok(r"\d\".into()));
    assert_eq!(decode("a\\\nb\r\nc", false, true), Ok("ab\nc".into()));
    let truncated = decode(r"\x4", false, true);
    assert!(truncated.is_err_and(|m| m.ends_with("truncated \\xXX escape")));
    let unknown = decode(r"\N{NO SUCH NAME}", false, true);
    assert!(unknown.is_err_and(|m| m.ends_with("unknown Unicode character name")));
}

#[test]
fn field_errors_use_cpython_wording() {
    assert_eq!(
        error("f'{a b}'"),
        "invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        error("f'{,}'"),
        "f-string: expecting a valid expression after '{'"
    );
    assert_eq!(
        error("f'{lambda x: 1}'"),
        "f-string: lambda expressions are not allowed without parentheses"
    );
    assert_eq!(
        error("f'{x for x in y}'"),
        "f-string: expecting '=', or '!', or ':', or '}'"
    );
    assert_eq!(
        error("f'{}'"),
        "f-string: valid expression required before '}'"
    );
    assert_eq!(error("x = 1\nf'''\n{x'''"), "f-string: expecting '}'");
    assert_eq!(
        error("s = f'abc\n"),
        "unterminated f-string literal (detected at line 1)"
    );
    // The same errors inside a nested f-string.
    assert_eq!(
        error("f'{f\"{a b}\"}'"),
        "invalid syntax. Perhaps you forgot a comma?"
    );
}

#[test]
fn the_first_error_is_reported() {
    // A syntax error before the f-string wins over the f-string's.
    let before = parse("x = = 1\ny = f'{}'\n", Mode::Module, "t.py");
    assert!(matches!(before, Err(Error::Parser(e)) if e.offset == size(4)));
    assert_eq!(
        error("y = f'{}'\nx = = 1\n"),
        "f-string: valid expression required before '}'"
    );
    // Likewise for one found while building the f-strings.
    let before = parse("x = = 1\ny = f'{\"a\" \"b\" c}'\n", Mode::Module, "t.py");
    assert!(matches!(before, Err(Error::Parser(e)) if e.offset == size(4)));
}

#[test]
fn errors_come_in_cpython_order() {
    // A field read whole before a later error is parsed first...
    assert_eq!(
        error("f'{a b}{x)}'"),
        "invalid syntax. Perhaps you forgot a comma?"
    );
    // ...and so is the start of the field holding the error, unless
    // CPython had to read on to the error to report it.
    assert_eq!(
        error("f'{(!r:{x}}'"),
        "f-string: expecting a valid expression after '{'"
    );
    assert_eq!(error("f'{x y)}'"), "f-string: unmatched ')'");
    assert_eq!(
        error("f'''{\n(\n}'''"),
        "closing parenthesis '}' does not match opening parenthesis '(' on line 2"
    );
    assert_eq!(
        error("f'{  # c\nlambda:1  # c\n = }'"),
        "f-string: lambda expressions are not allowed without parentheses"
    );
}

#[test]
fn errors_never_panic() {
    let sources = [
        "f'{",
        "f'{x",
        "f'{x!",
        "f'{x:",
        "f'{x:{",
        "f'{x=",
        "f\"{\"",
        "f'''{\n",
        "f'\\",
        "f'{x:\\",
        "f'\\N{",
        "f'{'\\",
        "rf'{x}\\'",
        "f'{)}'",
        "f'{(]}'",
        "f'{#}'",
        "f'{x}}'",
        "f'{{'",
        "f'{{}'",
        "f'\\N{DASH'",
        "f'{f'{f'{",
        "(f'{x\n",
    ];
    for src in sources {
        let _ = parse(src, Mode::Module, "t.py");
        let _ = parse(src, Mode::Expression, "t.py");
    }
}
