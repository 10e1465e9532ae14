# Class patterns: positional via __match_args__, keyword attributes, builtins.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "on y axis at %r" % y
        case Point(x=0):
            return "unreachable"
        case Point(x, y=0):
            return "on x axis at %r" % x
        case Point(x, y) if x == y:
            return "diagonal %r" % x
        case Point():
            return "some point"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return "big circle at %r,%r" % (cx, cy)
        case Circle(radius=r):
            return "circle r=%r" % r
        case _:
            return "unknown"

for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
          Circle(Point(1, 2), 20), Circle(Point(1, 2), 1), "text"]:
    print(where(o))

# builtin types match their own value positionally
def typed(v):
    match v:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case float(f):
            return "float %r" % f
        case str(s) if s:
            return "non-empty str " + s
        case str():
            return "empty str"
        case list([x, *_]):
            return "list starting with %r" % x
        case dict():
            return "dict"
        case _:
            return "other"
for v in [True, 3, 2.5, "hi", "", [7, 8], [], {}, None]:
    print(repr(v), "->", typed(v))

# too many positional sub-patterns
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# __match_args__ must be a tuple
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# a non-class in a class pattern
notaclass = 5
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print(type(e).__name__, e)

# keyword attribute that does not exist simply fails to match
match Point(1, 2):
    case Point(z=1):
        print("no")
    case Point(x=1, y=2):
        print("keyword match")

# subclass instances match the base class pattern
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
match Point3(1, 2, 3):
    case Point(a, b):
        print("as Point", a, b)
match Point3(1, 2, 3):
    case Point3(_, _, z):
        print("as Point3 z =", z)
