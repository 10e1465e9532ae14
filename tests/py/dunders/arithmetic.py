# Binary arithmetic dunders: every operator, on a small vector class.

class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _map(self, other, fn):
        if isinstance(other, V):
            return V(*[fn(a, b) for a, b in zip(self.c, other.c)])
        return V(*[fn(a, other) for a in self.c])
    def __add__(self, o): return self._map(o, lambda a, b: a + b)
    def __sub__(self, o): return self._map(o, lambda a, b: a - b)
    def __mul__(self, o): return self._map(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._map(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._map(o, lambda a, b: a // b)
    def __mod__(self, o): return self._map(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is None:
            return self._map(o, lambda a, b: a ** b)
        return self._map(o, lambda a, b: pow(a, b, mod))
    def __lshift__(self, o): return self._map(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._map(o, lambda a, b: a >> b)
    def __and__(self, o): return self._map(o, lambda a, b: a & b)
    def __or__(self, o): return self._map(o, lambda a, b: a | b)
    def __xor__(self, o): return self._map(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])

a = V(7, -12, 30)
b = V(2, 5, 4)
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(a ** 2, pow(b, 2), pow(b, 3, 5))
print(a << 1, a >> 1)
print(a & b, a | b, a ^ b)
print(a @ b)
print(divmod(a, b))
print(-a, +a, abs(a), ~b)
print(a + 1, a * 10)

# NotImplemented from both sides gives TypeError with CPython's message
class Plain:
    pass
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval("Plain() " + op + " 1")
    except TypeError as e:
        print(type(e).__name__, e)
for expr in ["-Plain()", "+Plain()", "~Plain()", "abs(Plain())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

# returning NotImplemented explicitly
class Picky:
    def __add__(self, other):
        if isinstance(other, int):
            return "Picky+" + str(other)
        return NotImplemented
print(Picky() + 3)
try:
    Picky() + "s"
except TypeError as e:
    print(type(e).__name__, e)
