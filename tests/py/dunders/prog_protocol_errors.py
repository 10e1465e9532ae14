def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2 ** 70
class StrLen:
    def __len__(self): return "3"
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadIter:
    def __iter__(self): return [1, 2]
class BadInit:
    def __init__(self): return 5
class BadIndex:
    def __index__(self): return 1.5
class BadHash:
    def __hash__(self): return "x"
class EqOnly:
    def __eq__(self, o): return True
class NoEq:
    pass
class BadNext:
    def __iter__(self): return self
class Fmt:
    def __format__(self, spec): return 42
class GetItemOnly:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
class LenGetItem:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
class BadFloat:
    def __float__(self): return "1.0"
class BadInt:
    def __int__(self): return 2.5
class BadContains:
    def __contains__(self, x): return []

t("bool", lambda: bool(BadBool()))
t("if", lambda: 1 if BadBool() else 0)
t("len neg", lambda: len(BadLen()))
t("len big", lambda: len(BigLen()))
t("len str", lambda: len(StrLen()))
t("bool via len", lambda: bool(BadLen()))
t("repr", lambda: repr(BadRepr()))
t("str", lambda: str(BadStr()))
t("print-ish", lambda: f"{BadStr()}")
t("iter", lambda: iter(BadIter()))
t("for", lambda: [x for x in BadIter()])
t("init", lambda: BadInit())
t("index", lambda: [1, 2][BadIndex()])
t("hash", lambda: hash(BadHash()))
t("hash eqonly", lambda: hash(EqOnly()))
t("eqonly hash attr", lambda: EqOnly.__hash__)
t("noeq compare", lambda: (NoEq() == NoEq(), NoEq() != NoEq()))
t("noeq lt", lambda: NoEq() < NoEq())
t("next missing", lambda: next(BadNext()))
t("for badnext", lambda: list(BadNext()))
t("format", lambda: format(Fmt(), "x"))
t("getitem iter", lambda: list(GetItemOnly()))
t("getitem in", lambda: (20 in GetItemOnly(), 5 in GetItemOnly()))
t("reversed lgi", lambda: list(reversed(LenGetItem())))
t("reversed gi", lambda: reversed(GetItemOnly()))
t("float", lambda: float(BadFloat()))
t("int", lambda: int(BadInt()))
t("contains", lambda: 1 in BadContains())
t("sorted none", lambda: sorted([3, None, 1]))
t("sorted key none", lambda: sorted([(1, None), (1, 2)]))
t("max mixed", lambda: max([1, "2"]))
t("abs obj", lambda: abs(NoEq()))
t("neg obj", lambda: -NoEq())
t("invert float", lambda: ~1.5)
t("add obj", lambda: NoEq() + 1)
t("radd obj", lambda: 1 + NoEq())
t("iadd list int", lambda: [].__iadd__(5))
t("mul obj", lambda: [1] * NoEq())
t("pow obj", lambda: pow(NoEq(), 2))
t("pow 3 float", lambda: pow(2.0, 3, 5))
t("matmul", lambda: 1 @ 2)
t("lshift neg", lambda: 1 << -1)
t("rshift float", lambda: 1 >> 1.0)
t("and float", lambda: 1.0 & 1)
t("truediv zero", lambda: 1 / 0)
t("floordiv zero", lambda: 1 // 0)
t("mod zero", lambda: 1 % 0)
t("float truediv zero", lambda: 1.0 / 0)
t("float floordiv zero", lambda: 1.0 // 0.0)
t("float mod zero", lambda: 1.0 % 0)
t("divmod float zero", lambda: divmod(1.0, 0))
t("int pow overflow", lambda: 10.0 ** 400)
t("float int inf", lambda: int(float("inf")))
t("float int nan", lambda: int(float("nan")))
t("round inf", lambda: round(float("inf")))
t("neg pow zero", lambda: 0 ** -1)
t("float neg pow zero", lambda: 0.0 ** -1)
t("complex cmp", lambda: 1j < 2j)
t("callable obj", lambda: NoEq()())
t("getattr non-str", lambda: getattr(NoEq(), 5))
t("setattr int", lambda: setattr(5, "x", 1))
t("setattr object", lambda: setattr(NoEq, "x", 1))
t("delattr missing", lambda: delattr(NoEq(), "x"))
t("super bad", lambda: super(int, "x"))
t("type 2 args", lambda: type("X", (object,)))
t("object args", lambda: object(1))
t("NoEq args", lambda: NoEq(1))
t("int subclass", lambda: type("B", (bool,), {}))
