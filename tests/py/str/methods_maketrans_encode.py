def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("maketrans dict", lambda: sorted(str.maketrans({"a": "1", "b": None, 99: "xyz", "d": 100}).items()))
t("maketrans 2", lambda: sorted(str.maketrans("abc", "xyz").items()))
t("maketrans 3", lambda: sorted(str.maketrans("abc", "xyz", "hello").items()))
t("maketrans 2 unequal", lambda: str.maketrans("abc", "xy"))
t("maketrans dict longkey", lambda: str.maketrans({"ab": "x"}))
t("maketrans dict badkey", lambda: str.maketrans({1.5: "x"}))
t("maketrans one str", lambda: str.maketrans("abc"))
t("maketrans 2 nonstr", lambda: str.maketrans(1, 2))
t("maketrans 3 nonstr", lambda: str.maketrans("a", "b", 3))
t("maketrans none", lambda: str.maketrans())
t("maketrans empty", lambda: str.maketrans("", ""))
t("maketrans dup", lambda: sorted(str.maketrans("aa", "xy").items()))
t("maketrans instance", lambda: "q".maketrans("a", "b"))

tbl = str.maketrans({"a": "1", "b": None, "c": "CC", "d": 0x1F40D})
t("translate", lambda: "abcdabcd".translate(tbl))
t("translate list", lambda: "abc".translate(["x", "y", "z"] * 40))
t("translate bad value", lambda: "abc".translate({97: 1.5}))
t("translate bad value2", lambda: "abc".translate({97: b"x"}))
t("translate too big", lambda: "abc".translate({97: 0x110000}))
t("translate neg", lambda: "abc".translate({97: -1}))
class M:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        if k == 99:
            raise IndexError
        return chr(k).upper() * 2
t("translate custom", lambda: "abcd".translate(M()))
class M2:
    def __getitem__(self, k):
        raise ValueError("boom %d" % k)
t("translate raise", lambda: "abcd".translate(M2()))
t("translate none", lambda: "abc".translate(None))
t("translate unicode", lambda: "héllo wörld".translate(str.maketrans("éö", "eo", " ")))

# encode
for s in ["abc", "héllo", "日本", "🐍", "\x80\xff"]:
    for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF8", "Latin1", "iso-8859-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            t("encode %r %s %s" % (s, enc, err), lambda: s.encode(enc, err))
t("encode default", lambda: "héllo".encode())
t("encode kw", lambda: "héllo".encode(encoding="ascii", errors="replace"))
t("encode unknown", lambda: "x".encode("nope"))
t("encode unknown errors", lambda: "é".encode("ascii", "nope"))
t("encode unknown errors ok", lambda: "e".encode("ascii", "nope"))
