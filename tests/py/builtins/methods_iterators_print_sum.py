def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("type names", lambda: [type(x).__name__ for x in [enumerate([]), zip(), map(int, []), filter(None, []), reversed([]), reversed(range(1)), iter(range(1)), iter(range(10**20)), iter(""), iter("é"), iter(b""), iter(bytearray()), iter(()), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(frozenset()), reversed({}), reversed({}.items()), reversed({}.values()), iter(lambda: 1, 2)]])
t("print sep none", lambda: print("a", "b", sep=None, end=None))
t("print sep int", lambda: print("a", sep=1))
t("print end int", lambda: print("a", end=1))
t("print file none", lambda: print("x", file=None))
t("print flush", lambda: print("y", flush=True))
t("sum floats", lambda: (sum([1e16, 1.0, -1e16]), sum([0.1] * 10) == 1.0, sum([float("inf"), -float("inf")]), sum([1.5, 2], 0.5)))
t("sum ints then float", lambda: sum([2**70, 1.5]))
t("sum complex", lambda: sum([1j, 2, 0.5]))
t("sum bool", lambda: sum([True, True, False]))
t("sum start list", lambda: sum([[1]], [0]))
t("sum start tuple", lambda: sum([(1,)], ()))
t("sum start none", lambda: sum([1], None))
t("all types", lambda: (all(["a", [1], (0,)]), any([[], {}, ()])))
t("enumerate next", lambda: (lambda e: (next(e), next(e)))(enumerate("ab", 5)))
t("zip exhausted", lambda: (lambda z: (list(z), list(z)))(zip("ab", "cd")))
t("zip strict gen", lambda: list(zip((x for x in range(2)), range(3), strict=True)))
t("zip strict partial", lambda: (lambda out: (out, None))([]) if False else None)
def zip_strict_partial():
    out = []
    try:
        for p in zip("abc", "ab", strict=True):
            out.append(p)
    except ValueError as e:
        return out, str(e)
t("zip strict partial", zip_strict_partial)
t("map stops shortest", lambda: list(map(lambda *a: a, "abc", "de", "f")))
t("map exc", lambda: list(map(int, ["1", "x"])))
t("filter bool", lambda: list(filter(bool, [0, 1, 2])))
t("filter lambda", lambda: list(filter(lambda x: x % 2, range(7))))
t("iter str", lambda: list(iter("ab")))
t("iter dict keys", lambda: list(iter({"a": 1})))
class GI:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
t("iter getitem", lambda: list(iter(GI())))
t("in getitem", lambda: (2 in GI(), 5 in GI()))
class GS:
    def __getitem__(self, i):
        if i > 2: raise StopIteration
        return i
t("iter getitem stop", lambda: list(GS()))
class NI:
    __iter__ = None
t("iter None", lambda: iter(NI()))
class BadIter:
    def __iter__(self): return 5
t("iter bad", lambda: iter(BadIter()))
t("for bad", lambda: [x for x in BadIter()])
t("list bad", lambda: list(BadIter()))
t("next on list iter after end", lambda: (lambda it: (list(it), next(it, "end")))(iter([1])))
t("len of iter", lambda: len(iter([1])))
t("divmod neg zero", lambda: (divmod(-0.0, 1), divmod(0.0, -1), -0.0 // 1, 0.0 % -1))
t("int floordiv float", lambda: (7 // 0.5, -7 // 0.5, 2**70 // 1.0))
t("float mod precision", lambda: (0.3 % 0.1, 1e20 % 3, -1e20 % 3.0))
t("round half even", lambda: [round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -2.5)])
t("round types", lambda: (type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 0)).__name__, type(round(5, -1)).__name__))
t("isinstance abc-like", lambda: (isinstance([], object), isinstance(type, type), isinstance(object, type), issubclass(type, object)))
t("bool arith", lambda: (True / 2, True // 2, True ** 10, -True, True << 3, True % 2))
t("bool repr", lambda: (repr(True), str(False), format(True, ""), f"{True}", f"{True:5}", f"{True:d}", "%s %d %r" % (True, True, False)))
t("int str repr", lambda: (repr(-0), str(+5), format(-0.0), repr(-0.0), str(1e-320)))
