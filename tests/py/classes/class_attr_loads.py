# Functions, staticmethods and built-in methods read from classes at one
# site while classes come and go and change: each read is the uncached one.


class S:
    __slots__ = ('a',)


def make(cls):
    return object.__new__(cls)


print([type(make(c)).__name__ for c in (S, S, object, S)])


class C:
    def f(self):
        return 'C.f'

    @staticmethod
    def sm(x):
        return ('C.sm', x)

    @classmethod
    def cm(cls):
        return ('cm', cls.__name__)


class D(C):
    pass


def call_f(cls, inst):
    return cls.f(inst)


def call_sm(cls):
    return cls.sm(1)


def read_f(cls):
    return cls.f


for _ in range(2):
    print(call_f(C, C()), call_f(D, D()), call_sm(C), call_sm(D))
print(read_f(C) is C.__dict__['f'], read_f(D) is C.__dict__['f'])
D.f = lambda self: 'D.f'
D.sm = staticmethod(lambda x: ('D.sm', x))
print(call_f(C, C()), call_f(D, D()), call_sm(C), call_sm(D))
del D.f
print(call_f(D, D()))
C.f = lambda self: 'new C.f'
print(call_f(C, C()), call_f(D, D()))
print(C.cm(), D.cm(), C.cm is not C.cm)

# Built-in methods through their classes.
print(str.join(',', ['a', 'b']), list.append.__qualname__, dict.fromkeys('ab'))
print(int.from_bytes(b'\x01\x00', 'little'), float.fromhex('0x1p1'))


# Names the metaclass `type` defines as data descriptors win over the
# class's own entry; other names of `type` lose to it.
class Fake:
    __name__ = 'not the name'
    __qualname__ = 'Fake'
    mro = 'class value'

    def __init_subclass__(cls):
        pass


print(Fake.__name__, Fake.mro, Fake.__dict__['__name__'])
print(type.mro(Fake) == [Fake, object])


# A metaclass with its own attributes.
class Meta(type):
    @property
    def prop(cls):
        return 'meta property'

    def meth(cls):
        return 'meta method'


class M(metaclass=Meta):
    prop = 'class prop'
    meth = 'class meth'


def read_prop(c):
    return c.prop


def read_meth(c):
    return c.meth


print(read_prop(M), read_meth(M), read_prop(C) if hasattr(C, 'prop') else '-')


# Classes made and dropped in a loop, read at one site: a new class may
# take a freed one's place in memory.
def fresh(i):
    class K:
        def f(self):
            return i

        @staticmethod
        def s():
            return -i
    return K


def use(K):
    return K.f(None), K.s()


print([use(fresh(i)) for i in range(6)])
