def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

s = "abracadabra"
args = [(), (0,), (1,), (-1,), (-4,), (3, 8), (-8, -2), (5, 2), (100,), (-100,), (None,), (None, None), (2, None), (None, -3), (0, 100), (11,), (12,)]
for sub in ["a", "bra", "", "abracadabra", "x", "ra", "aa"]:
    for a in args:
        t("count %r %r" % (sub, a), lambda: s.count(sub, *a))
        t("find %r %r" % (sub, a), lambda: s.find(sub, *a))
        t("rfind %r %r" % (sub, a), lambda: s.rfind(sub, *a))
        t("index %r %r" % (sub, a), lambda: s.index(sub, *a))
        t("rindex %r %r" % (sub, a), lambda: s.rindex(sub, *a))
t("find int", lambda: s.find(1))
t("count int", lambda: s.count(None))
t("find float", lambda: s.find("a", 1.0))
t("find bool", lambda: s.find("a", True))
t("index noarg", lambda: s.index())
t("find huge", lambda: s.find("a", 10**30))
t("find neg huge", lambda: s.find("a", -10**30))
t("count empty empty", lambda: "".count(""))
t("find empty at end", lambda: "abc".find("", 3))
t("find empty past end", lambda: "abc".find("", 4))
t("rfind empty past end", lambda: "abc".rfind("", 4))
t("count unicode", lambda: "ééé€€".count("é€"))
t("find unicode", lambda: "日本語日本".rfind("日本", 1))
class Idx:
    def __index__(self): return 2
t("find __index__", lambda: s.find("a", Idx()))
t("startswith tuple", lambda: s.startswith(("x", "ab")))
t("startswith start", lambda: s.startswith("ra", 2))
t("endswith start end", lambda: s.endswith("ca", 0, 5))
t("endswith neg", lambda: s.endswith("ab", -100, -2))
t("startswith empty tuple", lambda: s.startswith(()))
t("startswith bad", lambda: s.startswith(["a"]))
t("endswith bad tuple item", lambda: s.endswith(("a", 1)))
t("startswith empty past end", lambda: s.startswith("", 12))
t("startswith empty at end", lambda: s.startswith("", 11))
