# Subclasses of classmethod, staticmethod and property: their instances,
# their __init__, their class attributes; what the wrappers copy from the
# callable they wrap.
class S(classmethod):
    x = 7
def f(cls): return cls.__name__
s = S(f)
print(type(s).__name__, s.x, isinstance(s, classmethod))
class A:
    m = S(f)
    n = staticmethod(len)
print(A.m(), A().m(), A.n("abc"))
class Tagged(staticmethod):
    def __init__(self, func, tag):
        super().__init__(func)
        self.tag = tag
class B:
    g = Tagged(lambda x: x * 2, "double")
print(B.g(4), B.__dict__["g"].tag)
class P(property):
    __isabstractmethod__ = True
p = P(lambda s: 0)
print(p.__isabstractmethod__, type(p).__name__)
class cached(property):
    def __init__(self, fget, note="n"):
        super().__init__(fget)
        self.note = note
class C:
    @cached
    def v(self):
        "the v"
        return 42
    w = cached(lambda s: 1, "given")
print(C().v, C.__dict__["v"].note, C.__dict__["w"].note, C().w, C.__dict__["v"].__doc__)
class NoInit(property):
    pass
class D:
    v = NoInit(lambda s: 5, doc="d")
print(D().v, D.__dict__["v"].__doc__)
try:
    classmethod(f, 2)
except TypeError as e:
    print(e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
pp = property(lambda s: 1)
pp.__init__(lambda s: 2)
class E:
    q = pp
print(E().q)
def ann(x: int) -> str:
    "doc of ann"
for w in (classmethod(ann), staticmethod(ann)):
    print(w.__annotations__, w.__module__, w.__name__, w.__qualname__, w.__doc__, w.__wrapped__ is ann)
