# functools.singledispatch and singledispatchmethod.
from functools import singledispatch, singledispatchmethod


def show(label, func, /, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


@singledispatch
def describe(obj, suffix=''):
    "Describe an object."
    return 'object' + suffix


@describe.register(int)
def _(obj, suffix=''):
    return 'int %d%s' % (obj, suffix)


@describe.register
def _(obj: str, suffix=''):
    return 'str %r%s' % (obj, suffix)


def describe_list(obj, suffix=''):
    return 'list of %d%s' % (len(obj), suffix)


result = describe.register(list, describe_list)
print(result is describe_list)
print(describe(1), describe('a'), describe([1, 2]), describe(1.5),
      describe(None), describe(3, suffix='!'), describe('b', '?'))
print(describe(True), describe.dispatch(bool) is describe.dispatch(int))
print(describe.__name__, describe.__doc__, describe.__wrapped__(5))
print(describe.dispatch(float) is describe.__wrapped__,
      describe.dispatch(list) is describe_list)
print(sorted(t.__name__ for t in describe.registry))
print(describe.registry[list] is describe_list, object in describe.registry,
      len(describe.registry))


class Base:
    pass


class Child(Base):
    pass


class GrandChild(Child):
    pass


class Other:
    pass


class Mixed(Other, Child):
    pass


describe.register(Base, lambda obj, suffix='': 'base' + suffix)
print(describe(Base()), describe(Child()), describe(GrandChild()),
      describe(Other()), describe(Mixed()))
describe.register(Child, lambda obj, suffix='': 'child' + suffix)
print(describe(Base()), describe(Child()), describe(GrandChild()),
      describe(Mixed()))
describe.register(Other, lambda obj, suffix='': 'other' + suffix)
print(describe(Mixed()), describe(Other()))


class MyInt(int):
    pass


print(describe(MyInt(7)))


# Union types register every member.
@describe.register
def _(obj: float | complex, suffix=''):
    return 'number %r' % (obj,)


print(describe(2.5), describe(1j))
describe.register(dict | set, lambda obj, suffix='': 'container')
print(describe({}), describe(set()), describe(frozenset()))

# Errors.
show('no-args', describe)
show('kw-only', describe, obj=1)
show('bad-register', describe.register, 1)
show('bad-register-func', describe.register, 1, lambda x: x)
show('generic-alias', describe.register, list[int], lambda x: x)


def no_annotations(x):
    return x


try:
    describe.register(no_annotations)
except TypeError as e:
    print('no-annotation', str(e).startswith('Invalid first argument to '
                                             '`register()`: <function'))


def bad_annotation(x: 1):
    return x


show('bad-annotation', describe.register, bad_annotation)


def bad_union(x: int | list[int]):
    return x


show('bad-union', describe.register, bad_union)

# register() without a function returns a decorator.
deco = describe.register(bytes)
print(callable(deco))


@deco
def _(obj, suffix=''):
    return 'bytes'


print(describe(b'x'), describe(bytearray()))


# Forward references in annotations are looked up in the module.
@singledispatch
def kind(x):
    return 'default'


@kind.register
def _(x: 'Base'):
    return 'forward Base'


print(kind(Child()), kind(1))


# singledispatchmethod.
class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + 'other'

    @fmt.register
    def _(self, arg: int):
        return self.prefix + 'int %d' % arg

    @fmt.register(list)
    def _(self, arg):
        return self.prefix + 'list ' + ', '.join(map(self.fmt, arg))

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return cls.__name__ + ' default'

    @make.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + ' from str ' + arg

    @singledispatchmethod
    @staticmethod
    def static(arg):
        return 'static default'

    @static.register(int)
    @staticmethod
    def _(arg):
        return 'static int'


f = Formatter('> ')
print(f.fmt(1), f.fmt('x'), f.fmt([1, 'a']))
print(Formatter.make(1), Formatter.make('s'), f.make('t'))
print(Formatter.static(1), f.static(None))
print(Formatter.fmt.__name__, f.fmt.__name__)
show('sdm-bad', singledispatchmethod, 1)


class SubFormatter(Formatter):
    pass


print(SubFormatter.make('z'), SubFormatter('# ').fmt(2))
