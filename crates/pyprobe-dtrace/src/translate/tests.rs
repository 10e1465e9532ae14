//! Golden bpftrace output for each construct, and each refusal's error.

use super::*;
use crate::cpp::preprocess;
use crate::parse::parse;

fn probe(name: &str, sizes: &[i32]) -> UsdtProbe {
    UsdtProbe {
        path: PathBuf::from("/opt/pyprobe"),
        provider: "python".into(),
        module: "pyprobe".into(),
        function: "eval".into(),
        name: crate::probes::dtrace_name(name),
        note_name: name.into(),
        arg_sizes: sizes.to_vec(),
    }
}

fn setup() -> Setup {
    Setup {
        probes: vec![
            probe("function__entry", &[8, 8, -4, 8]),
            probe("function__return", &[8, 8, -4, 8]),
            probe("line", &[8, 8, -4]),
            probe("gc__done", &[-8]),
        ],
        target: TargetKind::Command,
        args: vec!["x.d".into(), "42".into(), "name".into()],
        quiet: true,
        strsize: 200,
        defaultargs: false,
        zdefs: false,
        wall_offset: 1000,
        own: [10, 11, 0, 0],
    }
}

fn tr_with(src: &str, s: &Setup) -> Result<Translation, CompileError> {
    let pp = preprocess(src, &[])?;
    translate(&parse(&pp.text)?, s)
}

fn tr(src: &str) -> Translation {
    tr_with(src, &setup()).unwrap_or_else(|e| panic!("{e}"))
}

fn err(src: &str) -> CompileError {
    match tr_with(src, &setup()) {
        Ok(t) => panic!("translated:\n{}", t.program),
        Err(e) => e,
    }
}

/// The program without its header comment.
fn body(t: &Translation) -> String {
    t.program.lines().skip(1).collect::<Vec<_>>().join("\n") + "\n"
}

#[test]
fn call_stack_d() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scripts/call_stack.d"
    ))
    .unwrap();
    let t = tr(&text);
    assert_eq!(t.matched, 4);
    assert_eq!(
        body(&t),
        r#"
usdt:/opt/pyprobe:python:function__entry
{
	if ((pid == cpid) && ((str(arg1) == "start"))) {
		@self__trace[tid] = 1;
	}
	if ((pid == cpid) && (@self__trace[tid])) {
		printf("\0360\037%lld\035\n", nsecs);
		printf("\0361\037%lld\035\n", @self__indent[tid]);
		printf("\0362\037%s\035\n", str(arg0));
		printf("\0363\037%s\037%lld\035\n", str(arg1), ((int32)arg2));
		@self__indent[tid]++;
	}
}

usdt:/opt/pyprobe:python:function__return
{
	if ((pid == cpid) && (@self__trace[tid])) {
		@self__indent[tid]--;
		printf("\0364\037%lld\035\n", nsecs);
		printf("\0365\037%lld\035\n", @self__indent[tid]);
		printf("\0366\037%s\035\n", str(arg0));
		printf("\0367\037%s\037%lld\035\n", str(arg1), ((int32)arg2));
	}
	if ((pid == cpid) && ((str(arg1) == "start"))) {
		delete(@self__trace[tid]);
	}
}

END
{
	printf("\0368\035\n");
	printf("\0369\035\n");
	clear(@self__indent);
	clear(@self__trace);
}
"#
    );
    // The first printf: timestamp recorded, width and probename constant.
    let OutputKind::Printf(_, args) = &t.actions[0].kind else {
        panic!()
    };
    assert_eq!(
        args,
        &[
            UArg::Leaf(0),
            UArg::Const(Value::Int(15)),
            UArg::Const(Value::Str("function-entry".into()))
        ]
    );
    let OutputKind::Printf(_, args) = &t.actions[2].kind else {
        panic!()
    };
    assert_eq!(args[0], UArg::Call(UFunc::Basename, vec![UArg::Leaf(0)]));
}

#[test]
fn aggregations_and_printa() {
    let t = tr("python*:::function-entry { @calls[copyinstr(arg1)] = count(); @t[copyinstr(arg0), arg2] = sum(arg2); @q = quantize(arg2); @l = lquantize(arg2, 0, 100, 10); @mn = min(arg2); @mx = max(arg2); @av = avg(arg2); }\nEND { printa(\"%-20s %@d\\n\", @calls); printa(@t); }");
    let b = body(&t);
    for line in [
        "\t@calls[str(arg1)] = count();\n",
        "\t@t[str(arg0), ((int32)arg2)] = sum(((int32)arg2));\n",
        "\t@q = hist(((int32)arg2));\n",
        "\t@l = lhist(((int32)arg2), 0, 100, 10);\n",
        "\t@mn = min(((int32)arg2));\n",
        "\t@av = avg(((int32)arg2));\n",
        "\tprint(@calls);\n",
        "\tprint(@t);\n",
        "\tprint(@q);\n",
        "\tclear(@calls);\n",
    ] {
        assert!(b.contains(line), "missing {line:?} in\n{b}");
    }
    // python* has no pid filter.
    assert!(!b.contains("cpid"), "{b}");
    assert!(t.aggs[0].printed && t.aggs[1].printed && !t.aggs[2].printed);
    assert_eq!(t.aggs[1].keys, [Ty::Str, Ty::Int]);
    assert_eq!(
        t.aggs[3].func,
        AggFunc::Lquantize {
            base: 0,
            limit: 100,
            step: 10
        }
    );
}

#[test]
fn ticks_clear_trunc_normalize_exit() {
    let t = tr("python$target:::line { @n[copyinstr(arg0)] = count(); }\ntick-1s { normalize(@n, 2); trunc(@n, 5); printa(@n); trunc(@n); clear(@n); }\nprofile-97 { x++; }\ntick-500ms /x > 3/ { exit(1); }");
    let b = body(&t);
    for line in [
        "interval:s:1\n",
        "\tclear(@n);\n",
        "\tzero(@n);\n",
        "profile:hz:97\n",
        "\t@g__x++;\n",
        "interval:ms:500\n",
        "\tif (((@g__x > 3))) {\n",
        "\t\texit();\n",
    ] {
        assert!(b.contains(line), "missing {line:?} in\n{b}");
    }
    assert!(t
        .records
        .iter()
        .any(|r| matches!(r, Record::TruncKeep { keep: 5, .. })));
    assert!(t
        .records
        .iter()
        .any(|r| matches!(r, Record::Normalize { .. })));
}

#[test]
fn variables_macros_and_builtins() {
    let t = tr("self string f; int a[string];\nBEGIN { y = $1 + 1; s = $$2; z = $target; p = $pid; }\npython$target:::function-entry { this->n = arg2; self->f = copyinstr(arg0); a[self->f] += this->n; w = walltimestamp; e = execname; q = probename; r = probefunc; m = probemod; c = (unsigned int)arg2 >> 1; }\n");
    let b = body(&t);
    for line in [
        "\t@g__y = (42 + 1);\n",
        "\t@g__s = \"name\";\n",
        "\t@g__z = cpid;\n",
        "\t@g__p = 10;\n",
        "\t$this__n = 0;\n",
        "\t\t$this__n = ((int32)arg2);\n",
        "\t\t@self__f[tid] = str(arg0);\n",
        "\t\t@g__a[@self__f[tid]] = @g__a[@self__f[tid]] + ($this__n);\n",
        "\t\t@g__w = (nsecs + 1000);\n",
        "\t\t@g__e = comm;\n",
        "\t\t@g__q = \"function-entry\";\n",
        "\t\t@g__r = \"eval\";\n",
        "\t\t@g__m = \"pyprobe\";\n",
        "\t\t@g__c = (((uint32)((int32)arg2)) >> 1);\n",
    ] {
        assert!(b.contains(line), "missing {line:?} in\n{b}");
    }
}

#[test]
fn never_assigned_variables_read_as_zero() {
    let t = tr("self string s;\nBEGIN { printf(\"%d %s %d\\n\", self->x, self->s, g); }");
    assert!(
        body(&t).contains("printf(\"\\0360\\037%lld\\037%s\\037%lld\\035\\n\", 0, \"\", 0);"),
        "{}",
        body(&t)
    );
}

#[test]
fn non_quiet_mode_records_each_firing() {
    let mut s = setup();
    s.quiet = false;
    let t = tr_with("python$target:::gc-done { trace(arg0); }", &s).unwrap();
    assert!(
        body(&t).contains("printf(\"\\0360\\037%lld\\035\\n\", cpu);"),
        "{}",
        body(&t)
    );
    assert!(matches!(&t.records[0], Record::Fire { id: 7, label } if label == "eval:gc-done"));
    assert!(
        body(&t).contains("printf(\"\\0361\\037%lld\\035\\n\", ((int64)arg0));"),
        "{}",
        body(&t)
    );
}

#[test]
fn printf_pieces_fit_the_bpf_stack() {
    let t = tr("python$target:::function-entry { printf(\"%s %s %d %s\\n\", copyinstr(arg0), copyinstr(arg1), arg2, copyinstr(arg3)); }");
    let n = body(&t).matches("printf(").count();
    assert_eq!(n, 3 + 2, "{}", body(&t));
    let mut s = setup();
    s.strsize = 64;
    let t = tr_with("python$target:::function-entry { printf(\"%s %s %d %s\\n\", copyinstr(arg0), copyinstr(arg1), arg2, copyinstr(arg3)); }", &s).unwrap();
    assert_eq!(body(&t).matches("printf(").count(), 1 + 2, "{}", body(&t));
}

#[test]
fn several_descriptions_and_wildcards() {
    let t = tr("python$target:::function-entry, python$target:::function-return { @[probename] = count(); }");
    let b = body(&t);
    assert!(b.contains("\t\t@[\"function-entry\"] = count();\n"), "{b}");
    assert!(b.contains("\t\t@[\"function-return\"] = count();\n"), "{b}");
    assert_eq!(tr("python*:::function-* { }").matched, 2);
    assert!(tr("python$1:::line { }").program.contains("pid == 42"));
}

#[test]
fn refused_constructs_name_themselves_and_their_line() {
    let cases: &[(&str, u32, &str)] = &[
        (
            "BEGIN\n{\n  @s = stddev(1);\n}",
            3,
            "stddev() is not supported",
        ),
        (
            "BEGIN { @s = llquantize(1, 10, 0, 6, 20); }",
            1,
            "llquantize() is not supported",
        ),
        ("BEGIN {\n stack(); }", 2, "stack() is not supported"),
        ("BEGIN { ustack(); }", 1, "ustack() is not supported"),
        (
            "BEGIN { system(\"ls\"); }",
            1,
            "system() is not supported: destructive",
        ),
        (
            "BEGIN { speculate(1); }",
            1,
            "speculations are not supported",
        ),
        (
            "BEGIN { x = curthread->t_pri; }",
            1,
            "member access (->t_pri)",
        ),
        ("BEGIN { x = curthread; }", 1, "curthread is not supported"),
        ("BEGIN { x = y->z; }", 1, "member access (->z)"),
        ("BEGIN { x = *p; }", 1, "pointer dereference"),
        ("BEGIN { x = sizeof(int); }", 1, "sizeof() is not supported"),
        (
            "BEGIN { printf(\"%f\", 1); }",
            1,
            "floating-point conversion %f",
        ),
        ("BEGIN { printf(\"%a\", 1); }", 1, "symbol conversion %a"),
        ("BEGIN { printf(\"%d\"); }", 1, "needs 1 arguments, 0 given"),
        (
            "BEGIN { printf(\"%d\", \"s\"); }",
            1,
            "argument #2 is incompatible with conversion %d",
        ),
        (
            "BEGIN { x = basename(\"a/b\"); }",
            1,
            "basename() is supported only in printf() and trace()",
        ),
        (
            "BEGIN { x = \"a\" < \"b\"; }",
            1,
            "operator < is not supported on strings",
        ),
        (
            "syscall::read:entry { }",
            1,
            "provider syscall is not supported",
        ),
        (
            "pid$target::malloc:entry { }",
            1,
            "provider pid$target is not supported",
        ),
        ("ERROR { }", 1, "the ERROR probe is not supported"),
        (
            "python$target:::nothing { }",
            1,
            "does not match any probes",
        ),
        (
            "BEGIN { @a = count(); }\nEND { trunc(@a, 3); }\ntick-1s { trunc(@a, 3); printa(@a); }",
            3,
            "trunc(@a, 3) is supported only in END",
        ),
        (
            "BEGIN { @a = count(); @a = sum(1); }",
            1,
            "different function or keys",
        ),
        ("BEGIN { printa(@nope); }", 1, "@nope is never assigned"),
        ("BEGIN { x = $7; }", 1, "macro argument $7 is not defined"),
        ("BEGIN { x = count(); }", 1, "aggregating function count()"),
        (
            "BEGIN { tracemem(a, 10); }",
            1,
            "tracemem() is not supported",
        ),
        (
            "BEGIN { printa(\"%s %s %@d\", @a); @a[1] = count(); }",
            1,
            "does not match the type of its key",
        ),
        (
            "python$target:::line { x = probeprov == \"python\"; }",
            1,
            "printf",
        ),
        (
            "BEGIN { x = vtimestamp; y = errno; }",
            1,
            "errno is not supported",
        ),
        (
            "BEGIN { x = rand(); }",
            1,
            "function rand() is not supported",
        ),
        ("tick-1fortnight { }", 1, "invalid tick rate"),
    ];
    for (src, line, want) in cases {
        let e = err(src);
        assert!(e.msg.contains(want), "{src}: {} (wanted {want})", e.msg);
        assert_eq!(e.line, *line, "{src}: {}", e.msg);
    }
}

#[test]
fn target_needs_a_process() {
    let mut s = setup();
    s.target = TargetKind::None;
    let e = tr_with("python$target:::line { }", &s).unwrap_err();
    assert!(e.msg.contains("no process was given"), "{}", e.msg);
    let mut s = setup();
    s.target = TargetKind::Pid(77);
    let t = tr_with("python$target:::line { x = $target; }", &s).unwrap();
    assert!(t.program.contains("(pid == 77)"), "{}", t.program);
    assert!(t.program.contains("@g__x = 77;"), "{}", t.program);
}

#[test]
fn user_space_string_functions() {
    let plan = |src: &str| -> Vec<UArg> {
        let t = tr(src);
        match &t.actions[0].kind {
            OutputKind::Printf(_, a) => a.clone(),
            OutputKind::Trace(a) => vec![a.clone()],
        }
    };
    let a = plan("python$target:::line { printf(\"%s %s %d %s\", dirname(copyinstr(arg0)), strjoin(\"<\", copyinstr(arg1)), strlen(copyinstr(arg1)), probeprov); }");
    let leaves = [
        Value::Str("/a/b/c.py".into()),
        Value::Str("f".into()),
        Value::Str("f".into()),
        Value::Int(9),
    ];
    let vals: Vec<Value> = a.iter().map(|x| x.eval(&leaves)).collect();
    assert_eq!(
        vals,
        [
            Value::Str("/a/b".into()),
            Value::Str("<f".into()),
            Value::Int(1),
            Value::Str("python9".into())
        ]
    );
    assert_eq!(basename("/a/b/"), "b");
    assert_eq!(basename("/"), "/");
    assert_eq!(dirname("a"), ".");
    assert_eq!(dirname("/a"), "/");
    assert_eq!(dirname("/a//b"), "/a");
}

#[test]
fn zdefs_drops_clauses_without_probes_and_their_maps() {
    let mut s = setup();
    s.zdefs = true;
    let t = tr_with(
        "python$target:::gc-start { self->ts = timestamp; @n = count(); }\npython$target:::gc-done /self->ts/ { @t = quantize(timestamp - self->ts); }\nEND { printa(@n); }",
        &s,
    )
    .unwrap();
    let b = body(&t);
    assert!(!b.contains("gc__start"), "{b}");
    assert!(b.contains("if ((pid == cpid) && (0)) {"), "{b}");
    assert!(!b.contains("@n") && !b.contains("@self__ts"), "{b}");
    assert!(b.contains("\tprint(@t);\n"), "{b}");
}
