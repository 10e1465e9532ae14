# Class attributes read at one site through classes whose metaclass is not
# `type`: the metaclass's data descriptors win, its other attributes lose
# to the class's, and changes to either are seen at once.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


def red():
    return Color.RED


print([red() is Color.RED for _ in range(3)], Color.RED.describe(), Color.GREEN.value)


class Meta(type):
    def hello(cls):
        return 'meta hello'


class A(metaclass=Meta):
    value = 'class value'

    def hello(self):
        return 'class hello'


def read_value(c):
    return c.value


def read_hello(c):
    return c.hello


for _ in range(2):
    print(read_value(A), read_hello(A)(None))

# A data descriptor put on the metaclass later wins over the class's value.
Meta.value = property(lambda cls: 'meta property')
print(read_value(A))
del Meta.value
print(read_value(A))


# A metaclass with __getattr__ answers only for names the class lacks;
# one with __getattribute__ answers for all.
class GetattrMeta(type):
    def __getattr__(cls, name):
        return 'meta getattr ' + name


class GA(metaclass=GetattrMeta):
    value = 'own'


class GetattributeMeta(type):
    def __getattribute__(cls, name):
        if name == 'value':
            return 'meta getattribute'
        return super().__getattribute__(name)


class GB(metaclass=GetattributeMeta):
    value = 'own'


for c in (A, GA, GB, A):
    print(type(c).__name__, read_value(c))


def read_missing(c):
    return c.missing


print(read_missing(GA))
try:
    read_missing(A)
except AttributeError as e:
    print('AttributeError:', e)

# A class's method called through the class at one site, across metaclasses.


def call_hello(c):
    return c.hello(None)


print([call_hello(c) for c in (A, A)])
A.hello = lambda self: 'replaced'
print(call_hello(A))
del A.hello
print(call_hello.__name__, read_hello(A)())
