import dataclasses
from dataclasses import dataclass, field, fields, asdict, replace, InitVar, FrozenInstanceError
import typing


@dataclass(frozen=True)
class FBase:
    x: int


try:
    @dataclass
    class NotFrozen(FBase):
        y: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class MBase:
    x: int


try:
    @dataclass(frozen=True)
    class FrozenChild(MBase):
        y: int = 0
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class BadOrder:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(eq=False, order=True)
    class BadOrder2:
        x: int
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass(unsafe_hash=True)
    class BadHash:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class NoAnn:
        x: int
        y = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Parent:
    a: int

    def __post_init__(self):
        self.log = ['parent']


@dataclass
class Kid(Parent):
    b: int = 2

    def __post_init__(self):
        super().__post_init__()
        self.log.append('kid')


k = Kid(1)
print(k, k.log, k == Kid(1, 2), k == Parent(1))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(frozen=True)
class FrozenHash:
    x: int
    y: tuple = ()


print(hash(FrozenHash(1)) == hash(FrozenHash(1)), {FrozenHash(1): 'a'}[FrozenHash(1)])
f = FrozenHash(1)
try:
    f.z = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass
class Cyclic:
    name: str
    other: object = None


c = Cyclic('c')
c.other = c
print(c)


@dataclass
class WithDoc:
    """My doc."""
    x: int


@dataclass
class NoDoc:
    x: int
    y: str = 'a'


print(WithDoc.__doc__, NoDoc.__doc__)


@dataclass
class Defaults:
    a: int = 1
    b: list = field(default_factory=lambda: [1, 2])
    c: str = field(default='c', init=False)


d = Defaults()
print(d, Defaults.a, Defaults.c, hasattr(Defaults, 'b'))
print(replace(d, a=5), asdict(d, dict_factory=lambda items: sorted(items)))


@dataclass
class IV:
    x: int
    mult: InitVar[int]

    def __post_init__(self, mult):
        self.x *= mult


try:
    replace(IV(1, 2))
except ValueError as e:
    print(type(e).__name__, e)
print(replace(IV(1, 2), mult=3))
print(repr(dataclasses.fields(IV)[0].type), dataclasses.InitVar[int])


@dataclass(slots=True, frozen=True)
class SF:
    x: int
    y: int = 2


sf = SF(1)
print(sf, sf == SF(1, 2), hash(sf) == hash(SF(1)), SF.__slots__)
try:
    sf.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)

print(dataclasses.is_dataclass(SF), [f.name for f in fields(SF)])


@dataclass
class Sub(SF.__mro__[0] if False else object):
    v: typing.Optional[int] = None
    w: 'typing.ClassVar[int]' = 3


print(Sub(), Sub.w, list(Sub.__dataclass_fields__))
fld = field(default=3, repr=False, metadata={'a': 1})
print(fld.default, fld.repr, fld.metadata['a'], fld.compare, fld.hash, fld.init, fld.kw_only is dataclasses.MISSING)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = [Card(3, 'h'), Card(1, 's'), Card(2, 'd')]
print(sorted(cards), max(cards), Card(1, 'a') == Card(1, 'b'))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()))
