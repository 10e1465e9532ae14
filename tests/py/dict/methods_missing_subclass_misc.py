def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class M(dict):
    def __missing__(self, k):
        return k * 2
m = M(a=1)
t("missing", lambda: (m["a"], m["zz"], m.get("zz"), "zz" in m, len(m)))
class M2(dict):
    __missing__ = None
t("missing None", lambda: M2()["x"])
class M3(dict):
    def __missing__(self, k):
        raise KeyError("custom " + k)
t("missing raises", lambda: M3()["x"])
t("subclass repr", lambda: (repr(M(a=1)), str(M())))
class M4(dict):
    def __repr__(self): return "M4!"
t("subclass repr custom in list", lambda: [M4()])
def reinit():
    d = {"a": 1}
    d.__init__({"b": 2}, c=3)
    return d
t("reinit", reinit)
t("dict eq non dict", lambda: ({} == 0, {} != None))
t("dict lt", lambda: {} < {})
t("dict generic", lambda: repr(dict[str, int]))
t("dict order after del", lambda: (lambda d: (d.pop("b"), d.__setitem__("b", 9), list(d))[2])({"a": 1, "b": 2, "c": 3}))
t("dict keys in dict order", lambda: list({3: 0, 1: 0, 2: 0}))
t("dict update self", lambda: (lambda d: (d.update(d), d)[1])({1: 2}))
t("dict nested eq", lambda: {"a": [1, {"b": 2}]} == {"a": [1, {"b": 2}]})
t("dict eq raising", lambda: {1: type("E", (), {"__eq__": lambda s, o: 1 / 0})()} == {1: 0})
t("dict key hash raising", lambda: {type("E", (), {"__hash__": lambda s: 1 / 0})(): 1})
t("dict values equality", lambda: {1: 2}.values() == {1: 2}.values())
t("dict sizeof ok", lambda: type({}.__sizeof__()).__name__)
t("dict fromkeys big", lambda: len(dict.fromkeys(range(1000))))
t("dict copy subclass", lambda: type(M(a=1).copy()).__name__)
t("dict or subclass", lambda: type(M(a=1) | {}).__name__)
t("dict ror subclass", lambda: type({} | M(a=1)).__name__)
t("dict init kw only", lambda: dict(a=1, b=2))
t("dict init iter of str", lambda: dict(["ab", "cd"]))
t("dict init iter of sets", lambda: dict([{1}]) )
t("set init twice", lambda: (lambda s: (s.__init__([9]), s)[1])({1, 2}))
t("frozenset init twice", lambda: (lambda s: (s.__init__([9]), sorted(s))[1])(frozenset([1, 2])))
t("list init twice", lambda: (lambda s: (s.__init__([9]), s)[1])([1, 2]))
t("list init noarg", lambda: (lambda s: (s.__init__(), s)[1])([1, 2]))
t("tuple repr big", lambda: repr(tuple(range(3))))
t("nested containers repr", lambda: repr([{1: (2, {3})}, frozenset([(4,)])]))
t("set repr order ints", lambda: repr(set([10, 3, 7, 1])))
t("frozenset repr", lambda: repr(frozenset([10, 3, 7, 1])))
t("set pop order", lambda: (lambda s: [s.pop() for _ in range(len(s))])(set([10, 3, 7, 1, 64, 33])))
t("set remove during", lambda: sorted(set(range(20)) - set(range(0, 20, 3))))
t("list repr float", lambda: [0.1, 1e16, 1e-5, -0.0, 1.0, 123456789.123456789, 2.5e-310])
t("float str", lambda: (str(1e16), str(1e15), str(0.0001), str(0.00001), str(1/3), str(2**0.5), str(-1e-7)))
t("float repr ints", lambda: (repr(1e22), repr(1e23), repr(9007199254740993.0), repr(float(2**63))))
