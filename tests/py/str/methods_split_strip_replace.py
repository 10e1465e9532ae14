def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm\r\r\n"
t("splitlines", lambda: s.splitlines())
t("splitlines keep", lambda: s.splitlines(True))
t("splitlines keep kw", lambda: s.splitlines(keepends=True))
t("splitlines empty", lambda: "".splitlines())
t("splitlines nl", lambda: "\n".splitlines())
t("splitlines nl keep", lambda: "\n".splitlines(True))
t("splitlines no end", lambda: "abc".splitlines(True))
t("splitlines int keep", lambda: "a\nb".splitlines(2))
t("splitlines str arg", lambda: "a\nb".splitlines("x"))
t("bytes splitlines", lambda: b"a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h".splitlines())
t("bytes splitlines keep", lambda: b"a\nb\r\nc\r".splitlines(True))

for s in ["a b  c   d", "  lead and trail  ", "", "   ", "a,b,,c,", ",a,", "one\ttwo\nthree\x0bfour\x1cfive\u3000six\x85seven"]:
    for sep in [None, ",", ",,", " "]:
        for m in [-1, 0, 1, 2, 10]:
            t("split %r %r %d" % (s, sep, m), lambda: s.split(sep, m))
            t("rsplit %r %r %d" % (s, sep, m), lambda: s.rsplit(sep, m))
t("split empty sep", lambda: "abc".split(""))
t("rsplit empty sep", lambda: "abc".rsplit(""))
t("split kw", lambda: "a b c".split(maxsplit=1))
t("rsplit kw", lambda: "a-b-c".rsplit(sep="-", maxsplit=1))
t("split int", lambda: "a b".split(1))
t("split maxsplit str", lambda: "a b".split(None, "1"))
t("split big maxsplit", lambda: "a b".split(None, 10**30))
t("split neg big", lambda: "a b".split(None, -10**30))

# join
t("join", lambda: "-".join(["a", "b", "c"]))
t("join gen", lambda: ",".join(str(i) for i in range(5)))
t("join int", lambda: "-".join(["a", 1, "c"]))
t("join bytes", lambda: "-".join([b"a"]))
t("join notiter", lambda: "-".join(5))
t("join dict", lambda: "-".join({"x": 1, "y": 2}))
t("join empty", lambda: "-".join([]))
t("join one", lambda: "-".join(["only"]))

# strip family
for s in ["  xx  ", "xxhixx", "\t\n hi \x0b\x0c\x1c", "\u3000hi\u00a0", ""]:
    for c in [None, "x", "xh", "", " \t"]:
        t("strip %r %r" % (s, c), lambda: (s.strip(c), s.lstrip(c), s.rstrip(c)))
t("strip int", lambda: "abc".strip(1))

# replace
for s in ["aaaa", "abcabc", "", "a"]:
    for old, new in [("a", "b"), ("aa", "x"), ("", "-"), ("abc", ""), ("z", "q")]:
        for c in [-1, 0, 1, 2, 100]:
            t("replace %r %r %r %d" % (s, old, new, c), lambda: s.replace(old, new, c))
t("replace kw count", lambda: "aaa".replace("a", "b", count=2))
t("replace float", lambda: "aaa".replace("a", "b", 1.5))
t("replace int", lambda: "aaa".replace(1, "b"))
