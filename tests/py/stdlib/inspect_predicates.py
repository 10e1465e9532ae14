# Type predicates of the inspect module.
import inspect
import sys
import abc
import functools


def plain(a, b=1):
    return a


def gen():
    yield 1


class Base:
    """A base class."""
    slot_free = 1

    def method(self):
        pass

    @classmethod
    def cmethod(cls):
        pass

    @staticmethod
    def smethod():
        pass

    @property
    def prop(self):
        return 1


class Slotted:
    __slots__ = ('x',)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        return 1


class Desc:
    def __get__(self, obj, owner=None):
        return 1


class DataDesc(Desc):
    def __set__(self, obj, value):
        pass


class DelDesc:
    def __delete__(self, obj):
        pass


class Awaitable:
    def __await__(self):
        return iter(())


try:
    raise ValueError('x')
except ValueError as exc:
    tb = exc.__traceback__

frame = sys._getframe()
g = gen()
objects = [
    ('module', inspect), ('class', Base), ('function', plain),
    ('lambda', lambda: 0), ('generator function', gen), ('generator', g),
    ('bound method', Base().method), ('class method', Base.cmethod),
    ('static method', Base.smethod), ('plain int', 3), ('builtin', len),
    ('builtin method', [].append), ('code', plain.__code__),
    ('frame', frame), ('traceback', tb), ('property', Base.__dict__['prop']),
    ('slot', Slotted.__dict__['x']), ('partial', functools.partial(plain, 1)),
    ('descriptor', Desc()), ('data descriptor', DataDesc()),
    ('delete descriptor', DelDesc()), ('str.join', str.join),
    ('type', type), ('None', None),
]
predicates = ['ismodule', 'isclass', 'ismethod', 'isfunction',
              'isgeneratorfunction', 'isgenerator', 'iscoroutinefunction',
              'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable',
              'istraceback', 'isframe', 'iscode', 'isbuiltin', 'isroutine',
              'isabstract', 'ismethoddescriptor', 'isdatadescriptor',
              'ismemberdescriptor']
for label, obj in objects:
    true = [name for name in predicates if getattr(inspect, name)(obj)]
    print(label, true)

print('awaitable', inspect.isawaitable(Awaitable()))
print('abstract', inspect.isabstract(Abstract), inspect.isabstract(Concrete),
      inspect.isabstract(Abstract()) if False else inspect.isabstract(3))
print('getmro', [c.__name__ for c in inspect.getmro(Concrete)])
print('getmro bool', [c.__name__ for c in inspect.getmro(bool)])


def genpartial():
    yield


print('partial gen', inspect.isgeneratorfunction(functools.partial(genpartial)))
print('method gen', inspect.isgeneratorfunction(Base().method))


def to_mark():
    return 1


marked = inspect.markcoroutinefunction(to_mark)
print('marked', marked is to_mark, inspect.iscoroutinefunction(to_mark),
      inspect.iscoroutinefunction(plain))
print('partial of marked',
      inspect.iscoroutinefunction(functools.partial(to_mark)))

print('flags', inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_VARARGS,
      inspect.CO_VARKEYWORDS, inspect.CO_NESTED, inspect.CO_GENERATOR,
      inspect.CO_NOFREE, inspect.CO_COROUTINE, inspect.CO_ITERABLE_COROUTINE,
      inspect.CO_ASYNC_GENERATOR, inspect.TPFLAGS_IS_ABSTRACT)


def va(*args, **kwargs):
    pass


flags = va.__code__.co_flags
print('varargs flags', bool(flags & inspect.CO_VARARGS),
      bool(flags & inspect.CO_VARKEYWORDS), bool(flags & inspect.CO_GENERATOR))
print('gen flags', bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
print('states', inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED,
      inspect.GEN_CLOSED, inspect.CORO_CREATED, inspect.CORO_CLOSED)


class Callable:
    def __call__(self):
        pass


print('callable instance', inspect.isroutine(Callable()),
      inspect.isfunction(Callable()))
print('getset', inspect.isgetsetdescriptor(type.__dict__['__mro__']),
      inspect.isgetsetdescriptor(Base.__dict__['prop']))
print('memberdesc', inspect.ismemberdescriptor(Slotted.__dict__['x']),
      inspect.isdatadescriptor(Slotted.__dict__['x']))
print('class is not descriptor', inspect.ismethoddescriptor(Desc),
      inspect.isdatadescriptor(DataDesc))

flags = inspect.BufferFlags
print(flags.FULL_RO, repr(flags.STRIDES), flags.READ | flags.WRITE,
      [m.name for m in flags], flags.CONTIG == flags.ND | flags.WRITABLE)
