# __hash__ and __eq__ for dict keys and set members.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)

d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
d[Point(1, 2)] = "replaced"
print(d, len(d))

s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))

# defining __eq__ without __hash__ makes instances unhashable
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)

# explicitly unhashable
class NoHash:
    __hash__ = None
try:
    set([NoHash()])
except TypeError as e:
    print(type(e).__name__, e)

# default hash and eq are identity based
class Plain:
    pass
p = Plain()
print({p: 1}[p], Plain() in {p: 1}, hash(p) == hash(p))

# hash collisions are resolved with __eq__
# (the order of the __eq__ calls depends on the probe sequence, so only
# whether they happened is printed)
eq_calls = []
class Colliding:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        eq_calls.append((self.v, o.v))
        return self.v == o.v
cd = {}
for v in "abc":
    cd[Colliding(v)] = v
print(len(cd), cd[Colliding("b")], len(eq_calls) >= 3, ("b", "b") in eq_calls or ("b", "b")[::-1] in eq_calls)
print(Colliding("z") in cd, [k.v for k in cd])

# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

# large hash values are reduced
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

# numeric keys that compare equal collide on purpose
nums = {1: "int", 1.0: "float", True: "bool"}
print(nums)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0.5))

# subclass that inherits __hash__ but overrides __eq__ loses hashing
class Base:
    def __hash__(self):
        return 1
class Child(Base):
    def __eq__(self, o):
        return False
print(Child.__hash__, Base.__hash__ is not None)
