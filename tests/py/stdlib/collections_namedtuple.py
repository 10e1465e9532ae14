# namedtuple: construction, field access, helpers and error messages.
from collections import namedtuple


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], len(p))
print(p.x + p.y, sum(p), list(p), tuple(p))
print(isinstance(p, tuple), type(p).__name__, Point.__name__)
print(p == (11, 22), p == Point(11, 22), hash(p) == hash(Point(11, 22)))
x, y = p
print(x, y)
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point.__doc__)
print(Point.__new__.__doc__)
print(Point._make.__doc__)
print(Point.x.__doc__, Point.y.__doc__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=100), p)
print(Point._make([1, 2]), Point._make(iter((3, 4))))
print(p.__getnewargs__())
print(p.__slots__)
print(p[:1], p[::-1], p + (1,), p * 2)
print(p.count(11), p.index(22))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))

# Field names as one string, with commas and/or spaces.
for spec in ['a b c', 'a,b,c', 'a, b ,c', '  a   b  c ', ('a', 'b', 'c'), iter(['a', 'b', 'c'])]:
    T = namedtuple('T', spec)
    print(T._fields, T(1, 2, 3))

# Defaults apply to the rightmost fields.
P3 = namedtuple('P3', 'a b c', defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3(a=5), P3._field_defaults)
print(P3.__new__.__defaults__)
P4 = namedtuple('P4', 'a b', defaults=iter([9]))
print(P4(0), P4._field_defaults)
P5 = namedtuple('P5', 'a b', defaults=())
print(P5._field_defaults, P5.__new__.__defaults__)

# Renaming of invalid field names.
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y', 'ok'], rename=True)
print(R._fields)
print(R(*range(7)))

# Empty and single-field tuples.
E = namedtuple('E', '')
print(E(), E._fields, len(E()), E._make([]))
S = namedtuple('S', 'only')
print(S(5), S(5).only, S._make([7]), S(only=3)._replace(only=4))
S2 = namedtuple('S2', ['only'], defaults=[1])
print(S2(), S2(2))

# Module name.
M = namedtuple('M', 'a', module='some.module')
print(M.__module__)

# Names that shadow tuple methods are allowed.
C = namedtuple('C', 'count index')
c = C(1, 2)
print(c.count, c.index, c)

# Soft keywords are fine as names.
K = namedtuple('match', 'case type')
print(K(1, 2))

# Subclassing.
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return f'<{self.x}, {self.y}>'

v = Vec(3, 4)
print(v, repr(v), v.norm2, v._replace(x=0), Vec._make([1, 1]))
print(type(v._replace(x=1)).__name__)

# Pattern matching through __match_args__.
match Point(1, 2):
    case Point(a, b):
        print('matched', a, b)

match Point(0, 5):
    case Point(x=0, y=yy):
        print('on the y axis at', yy)

# Errors.
attempt('too many', lambda: Point(1, 2, 3))
attempt('too few', lambda: Point(1))
attempt('unknown kw', lambda: Point(1, z=2))
attempt('dup kw', lambda: Point(1, x=2))
attempt('make short', lambda: Point._make([1]))
attempt('make long', lambda: Point._make([1, 2, 3]))
attempt('replace bad', lambda: p._replace(z=3))
attempt('replace bad2', lambda: p._replace(z=3, w=4))
attempt('keyword', lambda: namedtuple('T', 'a class'))
attempt('keyword type', lambda: namedtuple('def', 'a'))
attempt('underscore', lambda: namedtuple('T', 'a _b'))
attempt('duplicate', lambda: namedtuple('T', 'a b a'))
attempt('identifier', lambda: namedtuple('T', 'a 1b'))
attempt('identifier type', lambda: namedtuple('1T', 'a'))
attempt('non-string', lambda: namedtuple('T', ['a', 3]))
attempt('dash', lambda: namedtuple('T', 'a-b'))
attempt('defaults', lambda: namedtuple('T', 'a', defaults=[1, 2]))
attempt('setattr', lambda: setattr(p, 'x', 5))
attempt('newattr', lambda: setattr(p, 'z', 5))
attempt('item assign', lambda: p.__setitem__(0, 1))
attempt('typename underscore ok', lambda: namedtuple('_T', 'a')(1))
attempt('delattr', lambda: delattr(p, 'x'))
print({Point(1, 2): 'a'}[Point(1, 2)])
