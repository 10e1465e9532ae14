# Reflected operators: __radd__ and friends, subclass priority.

class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(" + repr(self.v) + ")"
    def __radd__(self, o): return R(("radd", o, self.v))
    def __rsub__(self, o): return R(("rsub", o, self.v))
    def __rmul__(self, o): return R(("rmul", o, self.v))
    def __rtruediv__(self, o): return R(("rtruediv", o, self.v))
    def __rfloordiv__(self, o): return R(("rfloordiv", o, self.v))
    def __rmod__(self, o): return R(("rmod", o, self.v))
    def __rpow__(self, o): return R(("rpow", o, self.v))
    def __rlshift__(self, o): return R(("rlshift", o, self.v))
    def __rrshift__(self, o): return R(("rrshift", o, self.v))
    def __rand__(self, o): return R(("rand", o, self.v))
    def __ror__(self, o): return R(("ror", o, self.v))
    def __rxor__(self, o): return R(("rxor", o, self.v))
    def __rmatmul__(self, o): return R(("rmatmul", o, self.v))
    def __rdivmod__(self, o): return R(("rdivmod", o, self.v))

r = R(1)
print(1 + r)
print(2 - r)
print(3 * r)
print(4 / r)
print(5 // r)
print(6 % r)
print(7 ** r)
print(8 << r)
print(9 >> r)
print(10 & r)
print(11 | r)
print(12 ^ r)
print([1] @ r)
print(divmod(13, r))
print("s" + r, [0] * r if False else "skip")

# sum() uses radd starting from 0
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return "Money(%d)" % self.cents
print(sum([Money(5), Money(10), Money(20)]))

# a subclass's reflected method is tried first when it overrides it
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
print(Base() + Sub())
print(Sub() + Base())
print(Base() + Base())

# both sides return NotImplemented
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(type(e).__name__, e)

# reflected with builtins: int + R falls back after int.__add__ returns NotImplemented
print((1).__add__(r), (1.5).__mul__("x"))
# __rpow__ is not tried for three-argument pow
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)
