# Instances of subclasses of float: a float value with a class and a
# __dict__; float's methods and operators see the value, results of
# arithmetic are plain floats.
import math


class Meters(float):
    unit = "m"

    def __repr__(self):
        return f"Meters({float(self)!r})"

    def double(self):
        return Meters(self * 2)


class Plain(float):
    pass


class Scaled(float):
    def __new__(cls, v, k=10):
        return super().__new__(cls, v * k)


m = Meters(1.5)
p = Plain("2.25")
print(type(m).__name__, m, repr(m), str(p), repr(p))
print(m.double(), type(m.double()).__name__, m.unit)
print(isinstance(m, float), issubclass(Meters, float), type(m) is Meters)
print(m + 1, type(m + 1).__name__, 1 + m, m * p, p / 2, -p, abs(Plain(-3.5)))
print(type(m * p).__name__, type(-p).__name__, type(abs(p)).__name__)
print(m == 1.5, m < p, p >= 2.25, m != p, sorted([p, m, 0.5, 3]))
print(hash(m) == hash(1.5), {m: "a"}[1.5], 1.5 in {m}, len({m, 1.5, p}))
print(int(p), round(p), round(p, 1), math.floor(p), math.ceil(p), math.sqrt(Plain(16.0)))
print(float(p), type(float(p)).__name__, bool(Plain(0.0)), bool(p))
print(f"{p:.3f}", f"{m:>8}", format(p, "e"), str(Plain(1e20)), repr(Plain(0.1)))
print(p.is_integer(), Plain(4.0).is_integer(), p.as_integer_ratio(), p.hex())
print(p.real, p.imag, p.conjugate(), type(p.conjugate()).__name__)
print(divmod(p, 1), p // 1, p % 1, p ** 2, pow(p, 0.5))
p.note = "x"
print(p.note, vars(p), hasattr(m, "__dict__"))
s = Scaled(1.5)
print(type(s).__name__, s, Scaled(2, k=3))
print(Plain(float("inf")), Plain("nan") != Plain("nan"), Plain(-0.0))
print(max(Plain(1.0), Plain(2.0)), type(max(Plain(1.0), Plain(2.0))).__name__)
print(sum([Plain(0.5), Plain(0.25)]), [Plain(x) for x in range(3)])
try:
    Plain("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    Plain(1.0, 2.0)
except TypeError as e:
    print("TypeError:", e)
