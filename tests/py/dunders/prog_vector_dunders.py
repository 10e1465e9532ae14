class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        if isinstance(o, Vector):
            return Vector(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __format__(self, spec):
        if spec:
            return f"({format(self.x, spec)}, {format(self.y, spec)})"
        return str(self)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

a, b = Vector(1, 2), Vector(3, 4)
print(a, repr(b), a + b, b - a, a * 3, 3 * a, b / 2, -a, abs(b))
print(a @ b, a == Vector(1, 2), a != b, bool(Vector()), bool(a), len(a), a[1], a[-1])
print(list(a), tuple(b), [*a, *b], dict([a, b]), sum([a, b, Vector(1, 1)]))
print(f"{a:.2f}", f"{b}", format(a, "03d"), "{:>5}".format(Vector(7, 8)))
print(len({a, Vector(1, 2), b}), a in [b, Vector(1, 2)])
c = a
c += b
print(a, c is a)
try:
    a.z = 5
except AttributeError as e:
    print("slots:", e)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    1 + a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
print(hasattr(a, "__dict__"), Vector.__slots__, sorted(x for x in dir(a) if not x.startswith("_")))
x, y = Vector(5, 6)
print(x, y, a[0:1], a[::-1])

class Temperature:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __le__(self, o):
        return self.c <= o.c
    def __repr__(self):
        return f"T({self.c})"
ts = [Temperature(c) for c in (30, 10, 20, 10)]
print(sorted(ts), min(ts), max(ts), Temperature(1) > Temperature(0), Temperature(1) >= Temperature(2))
try:
    hash(ts[0])
except TypeError as e:
    print(e)

class Callable:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return f"called with {args} {sorted(kw.items())}"
cc = Callable()
print(cc(1, 2, z=3), cc(), cc.calls, callable(cc), callable(5))

class Container:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        print(f"set {k!r}")
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        print(f"del {k!r}")
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
    def __missing__(self, k):
        return "never"
cn = Container()
cn["a"] = 1
cn[1:2] = "slice"
cn[1, 2] = "tuple"
print(cn["a"], cn[1:2], cn[1, 2], "a" in cn, "b" in cn)
del cn["a"]
print(sorted(map(repr, cn.data)))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), len(d))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 100
    def __float__(self): return 0.5
print(bin(Num(5)), [0, 1, 2, 3, 4, 5, 6][Num(2)], int(Num(1)), float(Num(1)), range(Num(3)), hex(Num(255)))
