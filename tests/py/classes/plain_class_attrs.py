# Reading module globals and class attributes that need no descriptor
# (the direct path), beside the cases that must take the full lookup:
# metaclass attributes, descriptors stored on classes, module __getattr__,
# attributes changed after first use.
import math
import sys
import types


class Direction:
    NONE = 0
    FORWARD = 1
    NAME = 'dir'
    PAIR = (1, 2)


class Strength:
    def __init__(self, v):
        self.v = v


Strength.REQUIRED = Strength(0)


class Desc:
    def __get__(self, obj, owner):
        return ('desc', owner.__name__, obj)


class WithDesc:
    d = Desc()
    __doc__ = 'class doc'


class Meta(type):
    FORWARD = 'meta forward'

    @property
    def NAME(cls):
        return 'meta property'


class Sub(Direction, metaclass=Meta):
    pass


def reads():
    return (Direction.FORWARD, Direction.NAME, Direction.PAIR, Strength.REQUIRED.v,
            WithDesc.d, WithDesc.__doc__, WithDesc.__name__, Direction.__qualname__,
            Sub.FORWARD, Sub.NAME, Sub.PAIR, math.pi, math.sqrt(16.0), sys.maxsize > 0)


for _ in range(3):
    print(reads())
Direction.FORWARD = 'changed'
del Direction.PAIR
print(Direction.FORWARD, hasattr(Direction, 'PAIR'), Sub.FORWARD)
try:
    Direction.PAIR
except AttributeError as e:
    print(e)

mod = types.ModuleType('mod')
mod.x = 5
mod.__getattr__ = lambda name: 'fallback ' + name
print(mod.x, mod.y, mod.x + 1)


try:
    math.nope
except AttributeError as e:
    print(e)
try:
    math.nope(1)
except AttributeError as e:
    print(e)
print(int.__name__, int.from_bytes(b'\x01\x00', 'little'), str.join('-', 'ab'))


# One reading site, several classes, and classes that change.
class A:
    X = 1
class B(A):
    pass
def read_x(c):
    return c.X
print([read_x(c) for c in (A, B, A, B)])
A.X = 2
print([read_x(c) for c in (A, B)])
B.X = 3
print([read_x(c) for c in (A, B)])
del B.X
print([read_x(c) for c in (A, B)])
class M(type):
    pass
class C(metaclass=M):
    X = 'c'
print(read_x(C), read_x(C))
M.X = property(lambda cls: 'meta prop')
print(read_x(C))
def make(i):
    class K:
        X = i
    return K
print([read_x(make(i)) for i in range(5)])
import gc; gc.collect()
print([read_x(make(i)) for i in range(5, 8)])
