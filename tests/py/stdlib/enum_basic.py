from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color.RED._name_, Color.RED._value_)
print(Color(1), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(list(Color.__members__))
print(Color.__members__['CRIMSON'])
print(Color.RED in Color, 1 in Color, 5 in Color)
print(Color.RED.describe(), Color.BLUE.lower, Color.default())
print(type(Color.RED), type(Color), isinstance(Color.RED, Color))
print(Color, repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(hash(Color.RED) == hash(Color.RED))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.CRIMSON])
print(f"{Color.RED}", format(Color.GREEN), "{:>12}|".format(Color.BLUE))
print(list(reversed(Color)))
print(EnumMeta is EnumType, type(Color) is EnumType)
print(Color._member_names_)
print(sorted(Color._value2member_map_))

try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PINK']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print(type(e).__name__)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f"{Num.TWO}", format(Num.ONE, '03d'))
print(Num.ONE == 1, Num.TWO < 3, Num.ONE + Num.TWO, sorted([Num.THREE, Num.ONE]))
print(Num(2), isinstance(Num.ONE, int), int(Num.THREE), range(5)[Num.ONE])
print(hash(Num.TWO) == hash(2))


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'


print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE == 'sq', Shape.CIRCLE.upper())
print(f"[{Shape.SQUARE}]", Shape('circle'), len(Shape.SQUARE))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), Auto.D.value)


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


print(Gen.X.value, Gen.Y)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, repr(Planet.MERCURY))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, 'P.X')
    Y = (1, 'P.Y')


print(Coord.Y.value, Coord.Y.label, Coord(0))


class Ordinal(Enum):
    FIRST = 1
    SECOND = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Ordinal('first'), Ordinal('second'))
try:
    Ordinal(3)
except ValueError as e:
    print(type(e).__name__, e)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    def __str__(self):
        return self.value


print(Status.ACTIVE, repr(Status.ACTIVE), f"{Status.INACTIVE}")

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(Pets.DOG, Pets('f'))
Nums = IntEnum('Nums', ['ONE', 'TWO'])
print(repr(Nums.TWO))

match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')

print(Color.RED.__class__.__name__, Color.__name__)
import copy
print(copy.copy(Color.RED) is Color.RED) if False else None
print(bool(Color.RED), bool(Color))
print([m.name for m in Color], dict((m.name, m.value) for m in Num))
