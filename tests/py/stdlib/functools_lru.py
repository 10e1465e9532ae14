# functools.lru_cache, cache and cached_property.
from functools import lru_cache, cache, cached_property


def show(label, func, /, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


calls = []


@lru_cache
def square(n):
    "Square a number."
    calls.append(n)
    return n * n


print(square(3), square(3), square(4), calls)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, isinstance(info, tuple), tuple(info), info[0],
      len(info), info._fields)
print(info == (1, 2, 128, 2), info._asdict())
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)
print(square.cache_parameters(), square.__name__, square.__doc__,
      square.__wrapped__(5), calls)
square.cache_clear()
print(square.cache_info())


# A bounded cache evicts the least recently used entry.
@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x


calls.clear()
ident(1)
ident(2)
ident(1)      # hit: 1 becomes most recent
ident(3)      # evicts 2
ident(1)      # hit
ident(2)      # miss, evicts 3
print(calls, ident.cache_info())
ident(3)
print(calls, ident.cache_info())


# Keyword arguments and argument order make distinct keys.
@lru_cache(maxsize=None)
def kw(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
kw(1, 2)
kw(1, b=2)
kw(a=1, b=2)
kw(b=2, a=1)
kw(1, 2)
kw(1, b=2)
print(calls, kw.cache_info(), kw.cache_parameters())

# 1 and 1.0 share a key unless typed=True.
calls.clear()
kw(1)
kw(1.0)
kw(True)
print(calls, kw.cache_info().hits)


@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), calls,
      typed.cache_info(), typed.cache_parameters())


# maxsize=0 caches nothing; negative sizes act like 0.
@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info(), lru_cache(maxsize=-5)(len).cache_info())


# Recursion with memoization.
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.cache_parameters())


@lru_cache(maxsize=3)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)


print(fib3(30), fib3.cache_info())

# Errors.
show('unhashable', square, [1])
show('bad-maxsize', lru_cache, 'x')
show('float-maxsize', lru_cache, 2.5)
show('noncallable', lru_cache(maxsize=3), 5)


@lru_cache
def failing(x):
    calls.append(x)
    raise ValueError('bad %r' % x)


calls.clear()
show('raise1', failing, 1)
show('raise2', failing, 1)
print(calls, failing.cache_info())

# The typed flag with a callable first argument.
typed_direct = lru_cache(len, typed=True)
print(typed_direct('abc'), typed_direct.cache_parameters())


# Methods: the cached function binds like a function.
class Calc:
    def __init__(self, base):
        self.base = base

    @lru_cache(maxsize=None)
    def add(self, x):
        return self.base + x

    def __hash__(self):
        return hash(self.base)

    def __eq__(self, other):
        return self.base == other.base


c1, c2 = Calc(10), Calc(20)
print(c1.add(1), c1.add(1), c2.add(1), Calc.add(c1, 1), Calc.add.cache_info())

# CacheInfo helpers.
print(info._replace(hits=99))
show('replace-bad', info._replace, nope=1)


# cached_property.
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        "The area, computed once."
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
c.area = 100
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
prop = Circle.area
print(type(prop).__name__, prop.attrname, prop.__doc__, prop.func.__name__)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


show('slots', lambda: Slotted().value)
loose = cached_property(lambda self: 1)
show('no-set-name', loose.__get__, Circle(1), Circle)
print(loose.__get__(None, Circle) is loose)


def twice(self):
    return 2


shared = cached_property(twice)
try:
    class Twice:
        a = shared
        b = shared
except Exception as e:
    print(type(e).__name__, type(e.__cause__).__name__ if e.__cause__
          else None)


class Sub(Circle):
    pass


s = Sub(3)
print(s.area, s.area, s.computed)
