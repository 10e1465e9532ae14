# The numeric tower: registrations, subclass relations and abstract methods.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for value in [1, True, 1.5, 2j, "x", None, [1]]:
    print(repr(value), [isinstance(value, c) for c in (Number, Complex, Real, Rational, Integral)])

for cls in (int, bool, float, complex, str):
    print(cls.__name__, [issubclass(cls, c) for c in (Number, Complex, Real, Rational, Integral)])

print(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Complex), issubclass(Complex, Number))
print(issubclass(Number, Integral))
print(sorted(numbers.__all__))
print(Number.__hash__)

for cls in (Complex, Real, Rational, Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))
    try:
        cls()
    except TypeError as e:
        print("TypeError", str(e).split(" with")[0])

# A minimal concrete Integral built on int.
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return "MyInt(%d)" % self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return b ** self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return o << self.v
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return o >> self.v
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return o & self.v
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return o ^ self.v
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return o | self.v
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return o + self.v
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return o * self.v
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return o / self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)

m = MyInt(7)
print(isinstance(m, Rational), float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(complex(m), m - 2, 10 - m, divmod(m, 2), divmod(20, m), bool(m), bool(MyInt(0)))
print([10, 20, 30, 40, 50, 60, 70, 80][m], m.__index__())

class Half(Real):
    pass
print(sorted(Half.__abstractmethods__)[:5])
print(Complex.register(str) is str, isinstance("s", Number))
