# super().name and super(C, obj).name, read and called, in every form the
# compiler treats specially and the ones it leaves alone.


class Base:
    kind = 'base kind'

    def __init__(self, x=0):
        self.x = x

    def who(self, tag='-'):
        return 'Base.who', type(self).__name__, tag

    @property
    def prop(self):
        return 'Base.prop of ' + type(self).__name__

    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__

    @staticmethod
    def static(v):
        return 'Base.static', v


class Mid(Base):
    def __init__(self, x):
        super().__init__(x * 10)

    def who(self, tag='-'):
        return ('Mid',) + super().who(tag)


class Leaf(Mid):
    def __init__(self, x):
        super(Leaf, self).__init__(x + 1)

    def who(self, tag='-'):
        return ('Leaf',) + super(Leaf, self).who(tag=tag)

    def reads(self):
        return (super().kind, super().prop, super().make(), super().static(3),
                super(Mid, self).who(), super().who)

    @classmethod
    def make(cls):
        return 'Leaf.make', super().make(), super(Leaf, cls).make()


leaf = Leaf(1)
print(leaf.x, leaf.who(), leaf.who('t'))
r = leaf.reads()
print(r[:5], r[5]())
print(Leaf.make())


# super() with no first argument, or in a function with *args only.
class Odd(Base):
    def star(*args):
        return super().who('star')

    def nested(self):
        def inner():
            return super().who()
        return inner()


for m in (Odd().star, Odd().nested):
    try:
        m()
    except RuntimeError as e:
        print('RuntimeError:', e)


# Errors keep CPython's messages.
class Other:
    def bad(self):
        return super(Base, self).who()


try:
    Other().bad()
except TypeError as e:
    print('TypeError:', e)


class NotAType(Base):
    def bad(self):
        return super(42, self).who()


try:
    NotAType().bad()
except TypeError as e:
    print('TypeError:', e)


class Missing(Base):
    def bad(self):
        return super().nothing()

    def bad_attr(self):
        return super().nothing


for m in (Missing().bad, Missing().bad_attr):
    try:
        m()
    except AttributeError as e:
        print('AttributeError:', e)


# The first argument rebound before super() is what super() uses.
class Rebind(Base):
    def who(self, tag='-'):
        self = Leaf(5)
        return super().who(tag)


try:
    print(Rebind().who())
except TypeError as e:
    print('TypeError:', e)


# super().__class__ is the super object's class, never looked up.
class Cls(Base):
    def c(self):
        return super().__class__.__name__, super(Cls, self).__class__.__name__


print(Cls().c())


# Deep chains of __init__ through super(), many instances.
class A0:
    def __init__(self):
        self.trail = ['A0']


class A1(A0):
    def __init__(self):
        super().__init__()
        self.trail.append('A1')


class A2(A1):
    def __init__(self):
        super(A2, self).__init__()
        self.trail.append('A2')


print([A2().trail for _ in range(3)][-1])


# Where a failed super lookup is reported: the whole attribute, from the
# super call on (also when the name is on a later line).
import traceback


class Loc(Base):
    def a(self):
        return super().nothing

    def b(self):
        return super(Loc, self).nothing

    def c(self):
        return super(
            Loc, self).nothing()

    def d(self):
        return super().missing_method(
            1)


for name in 'abcd':
    try:
        getattr(Loc(), name)()
    except AttributeError:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[-3:-1]))


# A `super` put in builtins is what these calls find: super(C, obj) passes
# both, super() none.
import builtins

_real = builtins.super


def _fake(*args):
    print('fake super with', len(args), 'arguments')
    return _real(UsesFake, u)


class UsesFake(Base):
    def two(self):
        return super(UsesFake, self).who('two')

    def zero(self):
        return super().who('zero')

    def attr(self):
        return super().kind


u = UsesFake()
builtins.super = _fake
try:
    print(u.two(), u.zero(), u.attr())
finally:
    builtins.super = _real
print(UsesFake().zero())
