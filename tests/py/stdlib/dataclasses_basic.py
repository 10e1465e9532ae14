from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, InitVar, KW_ONLY,
                         MISSING, make_dataclass)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__init__.__name__, Point.__match_args__, list(Point.__dataclass_fields__))
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(is_dataclass(int), Point.__hash__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p < Point(2, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)


v1, v2 = Version(1, 2), Version(1, 10, 'beta')
print(v1 < v2, v1 <= v2, v2 > v1, sorted([v2, v1]), v1 == Version(1, 2, 'x'))
print(hash(v1) == hash(Version(1, 2)), len({v1, Version(1, 2)}))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(v1, minor=7))
try:
    v1 < (1, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', init=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'kg'})
    total: ClassVar[int] = 0

    def __post_init__(self):
        Inventory.total += 1
        self.secret = self.name.upper()


a = Inventory('a')
b = Inventory('b', ['x'])
a.items.append('y')
print(a, b, Inventory.total, a.secret)
print(fields(Inventory)[4].metadata['unit'], 'total' in Inventory.__dataclass_fields__)
print(asdict(b))
print(fields(Inventory)[0].default is MISSING, fields(Inventory)[1].default_factory)

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad3:
        x: int = field(default=1, default_factory=int)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10


print(Child(), Child(1, 'x', 2.0), [f.name for f in fields(Child)])


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale


w = WithInit(3)
print(w, WithInit(3, 5), [f.name for f in fields(w)])


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(KW(1, c=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0


print(AllKW(x=1), AllKW.__match_args__)


@dataclass
class MixedKW:
    x: int = field(kw_only=True)
    y: int


print(MixedKW(1, x=2))


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: list = field(default=None, hash=False)


print(hash(Hashed(1)) == hash(Hashed(1, [2])))


@dataclass(repr=False)
class NoRepr:
    x: int


print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict
    t: tuple


n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)}, (Point(7, 8), 1))
print(asdict(n))
print(astuple(n))

match Point(1, 5):
    case Point(1, y):
        print('matched y =', y)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 3


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 4
except AttributeError as e:
    print(type(e).__name__)

print(MISSING is fields(Point)[0].default)
try:
    replace(a, secret='x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Point)
except TypeError as e:
    print(type(e).__name__, e)

Pt3 = make_dataclass('Pt3', ['x', ('y', int), ('z', int, field(default=0))])
print(Pt3(1, 2), [f.type for f in fields(Pt3)])


@dataclass
class Recursive:
    name: str
    children: list = field(default_factory=list)

    def total(self):
        return 1 + sum(c.total() for c in self.children)


r = Recursive('root', [Recursive('a'), Recursive('b', [Recursive('c')])])
print(r.total(), r)


@dataclass(frozen=True)
class FrozenPost:
    x: int
    y: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'y', self.x * 2)


print(FrozenPost(4))


@dataclass(match_args=False, init=False)
class Custom:
    x: int = 4


print(Custom(), hasattr(Custom, '__match_args__'))


@dataclass
class StrAnn:
    x: 'int'
    y: 'ClassVar[int]' = 5


print(StrAnn(1), [f.name for f in fields(StrAnn)])
