def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("fromkeys", lambda: dict.fromkeys("abc"))
t("fromkeys val", lambda: dict.fromkeys([1, 2], []))
t("fromkeys shared", lambda: (lambda d: (d[1].append(0), d)[1])(dict.fromkeys([1, 2], [])))
t("fromkeys dict", lambda: dict.fromkeys({"x": 1, "y": 2}, 0))
t("fromkeys int", lambda: dict.fromkeys(5))
t("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
class D(dict): pass
t("fromkeys subclass", lambda: (type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1)))
d = {"a": 1}
t("setdefault existing", lambda: d.setdefault("a", 5))
t("setdefault new", lambda: d.setdefault("b", 5))
t("setdefault none", lambda: d.setdefault("c"))
t("setdefault unhashable", lambda: d.setdefault([], 1))
print(d)
t("pop existing", lambda: d.pop("a"))
t("pop missing default", lambda: d.pop("zz", "dflt"))
t("pop missing", lambda: d.pop("zz"))
t("pop missing tuple", lambda: d.pop((1, 2)))
t("pop missing none default", lambda: d.pop("zz", None))
t("pop unhashable", lambda: d.pop([1]))
t("pop noargs", lambda: d.pop())
t("get", lambda: (d.get("b"), d.get("q"), d.get("q", 0)))
t("get unhashable", lambda: d.get({}))
t("getitem missing", lambda: d["nope"])
t("getitem missing int", lambda: {}[0])
t("getitem missing tuple", lambda: {}[(1,)])
t("getitem missing empty tuple", lambda: {}[()])
t("getitem missing none", lambda: {}[None])
t("del missing", lambda: d.__delitem__("nope"))
e = {1: "a", 2: "b", 3: "c"}
e[0] = "z"
del e[2]
e[2] = "B"
for i in range(5):
    t("popitem", lambda: e.popitem())
t("popitem empty", lambda: {}.popitem())
t("clear", lambda: (lambda x: (x.clear(), x)[1])({1: 2}))
t("copy", lambda: (lambda x: (x.copy(), x.copy() is x))({1: [2]}))

# update
def upd(*a, **k):
    x = {"a": 0}
    x.update(*a, **k)
    return x
t("update kw", lambda: upd(b=1, a=2))
t("update dict", lambda: upd({"c": 3}))
t("update pairs", lambda: upd([("x", 1), ["y", 2], "zw"]))
t("update pairs and kw", lambda: upd([("x", 1)], x=9))
t("update bad item int", lambda: upd([1]))
t("update bad item len3", lambda: upd([(1, 2, 3)]))
t("update bad item len1", lambda: upd(["a"]))
t("update bad item second", lambda: upd([(1, 2), (3,)]))
t("update bad int", lambda: upd(5))
t("update two args", lambda: upd({}, {}))
class KeysOnly:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
t("update keys()", lambda: upd(KeysOnly()))
t("dict keys()", lambda: dict(KeysOnly()))
t("dict pairs", lambda: dict([(1, 2), (3, 4)], five=5))
t("dict bad", lambda: dict([1, 2]))
t("dict bad2", lambda: dict(["abc"]))
t("dict bad3", lambda: dict([[1, 2, 3]]))
t("dict zip", lambda: dict(zip("ab", range(2))))
t("dict none", lambda: dict(None))
t("dict str", lambda: dict("ab"))
t("dict two positional", lambda: dict({}, {}))

# | and |=
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
t("or", lambda: a | b)
t("ror", lambda: b | a)
t("or list", lambda: a | [("q", 1)])
t("ror list", lambda: [("q", 1)] | a)
def ior():
    c = dict(a)
    c |= b
    c |= [("w", 0)]
    c |= iter([("x", -1)])
    return c
t("ior", ior)
def ior_bad():
    c = dict(a)
    c |= 5
t("ior bad", ior_bad)
def ior_bad2():
    c = dict(a)
    c |= [1]
t("ior bad2", ior_bad2)
t("or subclass", lambda: type(D(a) | b).__name__)
t("eq", lambda: ({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == []))
t("lt", lambda: {1: 2} < {1: 2})
t("eq nan", lambda: (lambda n: {1: n} == {1: n})(float("nan")))
t("eq order insensitive", lambda: dict(a=1, b=2) == dict(b=2, a=1))
def recursive():
    x = {}
    x["self"] = x
    y = {"l": [x]}
    return repr(x), repr(y), str(x)
t("recursive", recursive)
t("repr", lambda: {1: "a", "b": [1], (1, 2): None, 2.5: {}, None: True})
t("in", lambda: ("x" in a, "q" in a, 1 in {1.0: 0}, True in {1: 0}))
t("in unhashable", lambda: [] in a)
t("len", lambda: len(a))
t("iter mutate", lambda: [a.__setitem__("new" + k, 1) for k in a])
t("hash", lambda: hash({}))
t("bool", lambda: (bool({}), bool({0: 0})))
t("key types merge", lambda: {1: "int", 1.0: "float", True: "bool"})
t("reversed", lambda: list(reversed({"a": 1, "b": 2, "c": 3})))
t("reversed keys", lambda: list(reversed({"a": 1, "b": 2}.keys())))
t("reversed values", lambda: list(reversed({"a": 1, "b": 2}.values())))
t("reversed items", lambda: list(reversed({"a": 1, "b": 2}.items())))
t("reversed empty", lambda: list(reversed({})))
