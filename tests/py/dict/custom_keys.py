# user objects with __hash__/__eq__ as keys; 1 == 1.0 == True merging
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d, d)
d[Point(1, 2)] = "A"
print(d, len(d))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
c = {Collide(i): i for i in range(5)}
print(c, c[Collide(3)], Collide(9) in c)
del c[Collide(2)]
print(c, c.get(Collide(2), "gone"))
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, len(m))
m2 = {True: "bool", 1: "int", 1.0: "float", 0: "zero", False: "false", 0.0: "fz", 2: "two"}
print(m2)
print({1.0: "x"}[1], {0: "z"}[False], {True: 1}.get(1.0), 1 in {True: 0}, 2.0 in {2: 0})
s = {1, 1.0, True}
print(s, len(s))
print({0.5: "half"}[0.5], {-0.0: "negzero"}[0.0], {2 ** 70: "big"}[2.0 ** 70])
class Identity:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
i1, i2 = Identity("i1"), Identity("i1")
di = {i1: 1, i2: 2}
print(len(di), di[i1], di[i2])
