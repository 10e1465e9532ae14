from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member, nonmember, FlagBoundary, CONFORM, EJECT, verify, UNIQUE, CONTINUOUS


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    @classmethod
    def from_name(cls, name):
        return cls[name.upper()]

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    @staticmethod
    def helper():
        return 'static'


print(Weekday.from_name('tue'), Weekday.WED.next(), Weekday.helper(), Weekday.MON.helper())
print(sorted(Weekday, key=lambda m: -m.value), max(Weekday, key=lambda m: m.value))
print({m: m.value for m in Weekday}, Weekday.MON in {Weekday.MON})


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    BadMissing(5)
except TypeError as e:
    print(type(e).__name__, e)


class Const(Enum):
    X = member(lambda: 1)
    Y = nonmember(5)
    Z = 3


print(list(Const.__members__), Const.Y, Const.X.value())


class C(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(C(7)), repr(C(4)))


class E(Flag, boundary=EJECT):
    A = 1
    B = 2


print(E(7), type(E(7)).__name__, repr(E(3)))

try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        C = 3
except ValueError as e:
    print(type(e).__name__, e)


@verify(UNIQUE)
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Mood(StrEnum):
    HAPPY = auto()
    SAD = auto()


print(list(Mood), Mood.HAPPY + '!', Mood('sad'), '-'.join(Mood))


class Level(IntEnum):
    LOW = 10
    HIGH = 20


print(Level.LOW < Level.HIGH, Level.HIGH * 2, Level(20), max(Level), Level.LOW in [10])
print(f"{Level.HIGH:x}", '%d' % Level.LOW, Level.LOW.real, Level['HIGH'])


class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()


print(list(Perm), repr(Perm.R | Perm.X), Perm.R | Perm.W | Perm.X == 7, ~Perm.R)
print(bool(Perm.R & Perm.W), repr(Perm(0)), Perm(3).name)

Colors = Enum('Colors', 'RED GREEN', start=10)
print(list(Colors), Colors.RED.value)
Status = StrEnum('Status', ['OK', 'FAIL'])
print(list(Status), Status.OK == 'ok')


class WithInit(Enum):
    SMALL = 1, 'small'
    LARGE = 2, 'large'

    def __init__(self, num, label):
        self.num = num
        self.label = label


print(WithInit.SMALL.value, WithInit.LARGE.label, WithInit((1, 'small')))
print(WithInit.SMALL.__class__.__mro__[1:])
print(isinstance(Weekday.MON, Enum), issubclass(Level, int), issubclass(Perm, Flag))
try:
    Weekday()
except TypeError as e:
    print(type(e).__name__)
print(Weekday.MON.__eq__(Weekday.MON), Weekday.MON != Weekday.TUE, Weekday.MON.__hash__() == hash(Weekday.MON))
print(Weekday.__len__(), Weekday._member_map_['TUE'], getattr(Weekday, 'WED'))
