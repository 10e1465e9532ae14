def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# expandtabs
for s in ["a\tb\tc", "\t", "ab\tcd\n\tx", "abcdefgh\tx", "a\r\tb", "\t\t", "日本\tx"]:
    for ts in [None, 0, 1, 2, 4, 8, -1]:
        if ts is None:
            t("expandtabs %r" % s, lambda: s.expandtabs())
        else:
            t("expandtabs %r %d" % (s, ts), lambda: s.expandtabs(ts))
t("expandtabs kw", lambda: "a\tb".expandtabs(tabsize=3))
t("expandtabs str", lambda: "a\tb".expandtabs("3"))

# format_map
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
t("format_map", lambda: "{a} {b}".format_map({"a": 1, "b": 2}))
t("format_map missing", lambda: "{a} {b}".format_map(D(a=1)))
t("format_map keyerror", lambda: "{a} {b}".format_map({"a": 1}))
t("format_map positional", lambda: "{0}".format_map({}))
t("format_map attr", lambda: "{a.real}".format_map({"a": 3}))
t("format_map index", lambda: "{a[1]}".format_map({"a": "xyz"}))
t("format_map notmap", lambda: "{a}".format_map(5))
t("format_map spec", lambda: "{a:>5}|{b:.2f}".format_map({"a": "x", "b": 2.5}))

# isidentifier, isprintable, isdecimal, isnumeric, isdigit, isalpha, isalnum, isspace, isascii
samples = ["abc", "_a1", "1abc", "", "a b", "été", "日本", "a-b", "class", "ℕ", "x²", "²", "½", "١٢٣", "٣", "Ⅷ", "一", "0", "12", "1.5", "-1",
           "\t", " \n", "\x1f", "\x7f", "a\u00a0", "\u00a0", "\u2028", "\u200b", "\ufeff", "🐍", "\U0001D7CE", "ⅷ", "𝟘", "০", "\u0301", "a\u0301",
           "\u3000", "\x85", "\x1c", "ǅ", "ABC", "Ab", "ab", "\u00ad"]
for s in samples:
    print(repr(s), s.isidentifier(), s.isprintable(), s.isdecimal(), s.isnumeric(), s.isdigit(),
          s.isalpha(), s.isalnum(), s.isspace(), s.isascii(), s.isupper(), s.islower(), s.istitle())

# partition/rpartition
for s in ["a,b,c", ",", "abc", "", ",,", "a,,b"]:
    for sep in [",", ",,", "b", "abc"]:
        t("partition %r %r" % (s, sep), lambda: s.partition(sep))
        t("rpartition %r %r" % (s, sep), lambda: s.rpartition(sep))
t("partition empty", lambda: "abc".partition(""))
t("rpartition empty", lambda: "abc".rpartition(""))
t("partition int", lambda: "abc".partition(1))
t("partition None", lambda: "abc".partition(None))

# removeprefix/removesuffix
for s in ["prefix_body_suffix", "", "abc", "aaa"]:
    for a in ["prefix_", "_suffix", "", "abc", "a", "aaaa"]:
        t("removeprefix %r %r" % (s, a), lambda: s.removeprefix(a))
        t("removesuffix %r %r" % (s, a), lambda: s.removesuffix(a))
t("removeprefix int", lambda: "abc".removeprefix(1))
t("removesuffix tuple", lambda: "abc".removesuffix(("c",)))
