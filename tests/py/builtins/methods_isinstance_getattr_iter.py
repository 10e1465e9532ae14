def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class A: pass
class B(A): pass
class C: pass
t("isinstance tuple", lambda: (isinstance(1, (str, int)), isinstance("a", (int, (float, str))), isinstance(1, ())))
t("isinstance union", lambda: (isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None), isinstance(B(), A | C)))
t("isinstance bool int", lambda: (isinstance(True, int), isinstance(1, bool)))
t("isinstance bad", lambda: isinstance(1, 1))
t("isinstance bad tuple", lambda: isinstance(1, (int, 1)))
t("isinstance bad tuple first", lambda: isinstance(1, (1, int)))
t("isinstance list", lambda: isinstance(1, [int]))
t("issubclass", lambda: (issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(B, B), issubclass(int, object), issubclass(B, A | C)))
t("issubclass non class", lambda: issubclass(1, int))
t("issubclass non class 2", lambda: issubclass(int, 1))
t("issubclass instance", lambda: issubclass(B(), A))
t("union repr", lambda: (repr(int | str), repr(int | None), repr(int | str | int), (int | str) == (str | int)))
t("union args", lambda: (int | str).__args__)
t("union with non type", lambda: int | 1)
t("callable", lambda: (callable(len), callable(A), callable(A()), callable(lambda: 0), callable(1), callable("s".upper), callable(None)))
class Call:
    def __call__(self): return 1
t("callable instance", lambda: callable(Call()))
o = A()
o.x = 5
t("getattr", lambda: (getattr(o, "x"), getattr(o, "y", "dflt"), getattr(o, "y", None)))
t("getattr missing", lambda: getattr(o, "y"))
t("getattr non str", lambda: getattr(o, 1))
t("getattr non str default", lambda: getattr(o, 1, 2))
t("getattr builtin missing", lambda: getattr(5, "nope"))
t("getattr type missing", lambda: getattr(int, "nope"))
t("getattr module missing", lambda: getattr(__builtins__, "nope", "d"))
t("hasattr", lambda: (hasattr(o, "x"), hasattr(o, "y"), hasattr([], "append"), hasattr(A, "__init__")))
t("hasattr non str", lambda: hasattr(o, 1))
class Raises:
    @property
    def p(self): raise ValueError("boom")
    @property
    def q(self): raise AttributeError("inner")
t("hasattr raises", lambda: hasattr(Raises(), "p"))
t("hasattr attrerr", lambda: hasattr(Raises(), "q"))
t("getattr default attrerr", lambda: getattr(Raises(), "q", "dflt"))
t("getattr default other err", lambda: getattr(Raises(), "p", "dflt"))
t("setattr delattr", lambda: (setattr(o, "z", 1), o.z, delattr(o, "z"), hasattr(o, "z")))
t("delattr missing", lambda: delattr(o, "nope"))
t("setattr builtin", lambda: setattr(5, "x", 1))
t("setattr builtin type", lambda: setattr(int, "x", 1))
t("vars", lambda: vars(o))
t("vars class keys", lambda: sorted(k for k in vars(B) if not k.startswith("__")))
t("vars int", lambda: vars(5))
t("vars slots", lambda: vars(type("S", (), {"__slots__": ("a",)})()))
class D:
    cls_attr = 1
    def method(self): pass
    @property
    def prop(self): return 1
    def __init__(self): self.inst = 2
class E(D):
    other = 3
t("dir", lambda: [n for n in dir(E()) if not n.startswith("__")])
t("dir class", lambda: [n for n in dir(E) if not n.startswith("__")])
t("dir sorted", lambda: dir(E()) == sorted(dir(E())))
t("dir custom", lambda: dir(type("X", (), {"__dir__": lambda self: ["b", "a", "c"]})()))
t("dir custom tuple", lambda: dir(type("X", (), {"__dir__": lambda self: ("b", "a")})()))
t("dir custom bad", lambda: dir(type("X", (), {"__dir__": lambda self: 5})()))
t("dir int has", lambda: ("bit_length" in dir(5), "__add__" in dir(int)))
def gen():
    vals = iter([1, 2, 3, 0, 5])
    return list(iter(lambda: next(vals), 0))
t("iter sentinel", gen)
t("iter sentinel not callable", lambda: iter(5, 0))
t("iter not iterable", lambda: iter(5))
t("iter None", lambda: iter(None))
t("next default", lambda: (next(iter([]), "d"), next(iter([1]), "d")))
t("next no default", lambda: next(iter([])))
t("next not iter", lambda: next([1]))
t("next not iter default", lambda: next([1], 0))
def stopval():
    def g():
        return 5
        yield
    try:
        next(g())
    except StopIteration as e:
        return ("stop", e.value, e.args)
t("stop value", stopval)
t("iter callable type", lambda: type(iter(int, 0)).__name__)
t("hash", lambda: (hash(-1), hash(-2), hash(-1.0), hash(0), hash(None) == hash(None), hash(()) == hash(()), hash((-1,)) == hash((-2,))))
t("hash list", lambda: hash([]))
t("hash dict", lambda: hash({}))
class H:
    def __hash__(self): return -1
class H2:
    def __hash__(self): return 2**70
class H3:
    def __hash__(self): return 1.5
class H4:
    __hash__ = None
class H5:
    def __eq__(self, o): return True
t("hash -1 custom", lambda: hash(H()))
t("hash big custom", lambda: hash(H2()))
t("hash float custom", lambda: hash(H3()))
t("hash None", lambda: hash(H4()))
t("hash eq only", lambda: hash(H5()))
t("id type", lambda: type(id(1)).__name__)
t("len", lambda: (len("abc"), len([1]), len({}), len(range(10)), len(b"ab")))
t("len int", lambda: len(5))
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
class L3:
    def __len__(self): return "x"
t("len neg", lambda: len(L()))
t("len big", lambda: len(L2()))
t("len str", lambda: len(L3()))
t("bool len", lambda: bool(L()))
