# Rich comparisons: all six operators, reflection, NotImplemented, defaults.

verbose = True

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if verbose:
            print("eq", self, o)
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        if verbose:
            print("lt", self, o)
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts

a, b = Version("1.2"), Version("1.10")
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
# (the order of comparisons inside sort is an implementation detail)
verbose = False
print(sorted([Version("2.0"), Version("1.5"), Version("1.5.1"), Version("0.9")]))
verbose = True
print(max(a, b), min(a, b))

# reflected comparisons: x < y tries y > x when x returns NotImplemented
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("OnlyGt.__gt__", self.v, getattr(o, "v", o))
        return self.v > (o.v if isinstance(o, OnlyGt) else o)
print(5 < OnlyGt(10))
print(OnlyGt(1) < OnlyGt(2))

# __ne__ defaults to the inverse of __eq__
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v
print(E(1) != E(1), E(1) != E(2), E(1) == 1)

# default equality is identity; ordering is unsupported
class P:
    pass
p = P()
print(p == p, p == P(), p != P())
try:
    p < P()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p >= 3
except TypeError as e:
    print(type(e).__name__, e)

# comparison methods may return non-bool values
class Sym:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return "(" + self.n + " < " + o.n + ")"
    def __eq__(self, o):
        return "(" + self.n + " == " + o.n + ")"
print(Sym("x") < Sym("y"), Sym("x") == Sym("y"))
print(Sym("a") < Sym("b") < Sym("c"))

# == falls back to identity when both return NotImplemented
class NI:
    def __eq__(self, o):
        return NotImplemented
n = NI()
print(n == n, n == NI(), n != n)

# subclass priority for reflected comparison
class Base:
    def __eq__(self, o):
        return "Base.__eq__"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.__eq__"
print(Base() == Derived(), Derived() == Base())

# list comparisons use element __eq__/__lt__
print([E(1), E(2)] == [E(1), E(2)], [E(1)] == [E(3)])
