# __slots__: restricted attributes, no __dict__, inheritance with slots.

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))

del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.y)

# slot descriptors live on the class
print(type(Point.__dict__["x"]).__name__, Point.__slots__)

# subclass without __slots__ gets a __dict__
class Point3(Point):
    pass
q = Point3(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"), sorted(q.__dict__))

# subclass with additional slots
class Named(Point):
    __slots__ = ("name",)
n = Named(0, 0)
n.name = "origin"
print(n.name, n.x)
try:
    n.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

# __dict__ in slots re-enables dynamic attributes
class Flexible:
    __slots__ = ("a", "__dict__")
f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.b, f.__dict__)

# a single string as __slots__
class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only)

# unset slot has no value
class Empty:
    __slots__ = ("v",)
try:
    Empty().v
except AttributeError as e:
    print(type(e).__name__, e)

# conflict between a slot and a class attribute
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
