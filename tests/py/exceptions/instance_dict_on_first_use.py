# An exception's __dict__ is made on first use: attributes set in __init__
# or later, vars(), __dict__ assignment, __reduce__ with and without one,
# __slots__ classes, collection of a self-referencing exception.
import gc


class E(Exception):
    kind = "class"

    def __init__(self, *a, **k):
        super().__init__(*a)
        for n, v in k.items():
            setattr(self, n, v)


class P(Exception):
    @property
    def p(self):
        return self.args[0] * 2


e = E(1)
print(vars(e), e.__dict__, hasattr(e, "x"), getattr(e, "x", "dflt"), e.kind)
e.x = 5
print(vars(e), e.x, e.__dict__ is e.__dict__, "x" in dir(e))
del e.x
print(vars(e))
try:
    del e.x
except AttributeError as err:
    print("AttributeError:", err)
try:
    e.nope
except AttributeError as err:
    print("AttributeError:", err)
e.kind = "own"
print(e.kind, E.kind, vars(e))
f = E(2, code=3, msg="m")
print(f.code, f.msg, sorted(vars(f)), f.__reduce__())
print(E(7).__reduce__(), P(4).p, P(4).__dict__)
g = E(3)
g.__dict__ = {"z": 9}
print(g.z, vars(g))
print(gc.is_tracked(E(1)), gc.is_tracked(ValueError(1)))
h = E(4)
h.self_ref = h
del h
print(gc.collect() >= 1)
try:
    raise E("boom", code=42)
except E as err:
    print(err, err.code, err.__dict__)
print(repr(KeyError("k").__dict__), ValueError().__reduce__())
k = E(8)
k.__dict__
print(k.__reduce__())
k2 = E(9)
k2.y = 1
del k2.y
print(k2.__reduce__(), ValueError(2).__reduce__())
v = ValueError(3)
v.__dict__
print(v.__reduce__())


class SE(Exception):
    __slots__ = ("a",)


print(SE(1).__reduce__(), hasattr(SE(), "__dict__"))
