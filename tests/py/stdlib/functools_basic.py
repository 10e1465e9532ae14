# functools: reduce, partial, partialmethod, update_wrapper/wraps,
# cmp_to_key and total_ordering.
import functools
from functools import (reduce, partial, partialmethod, update_wrapper, wraps,
                       WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, cmp_to_key,
                       total_ordering)


def show(label, func, /, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(functools.__all__)

# reduce.
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [1, 2, 3], 10))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a, [5]))
print(reduce(lambda a, b: b, [], None))
print(reduce(lambda acc, ch: ch + acc, 'abc', ''))
print(reduce(lambda a, b: a + [b], iter([1, 2]), []))
show('reduce-empty', reduce, lambda a, b: a, [])
show('reduce-noiter', reduce, lambda a, b: a, 1)
show('reduce-0', reduce)
show('reduce-1', reduce, max)
show('reduce-kw', reduce, max, [], initial=1)
show('reduce-raise', reduce, lambda a, b: a / b, [1, 0])


# partial.
def f(*args, **kwargs):
    return args, kwargs


p = partial(f, 1, a=2)
print(p(), p(3), p(3, a=4, b=5))
print(p.func is f, p.args, p.keywords)
print(repr(partial(max, 1, key=abs)) == 'functools.partial(%r, 1, key=%r)'
      % (max, abs))
print(repr(partial(f))[:34])
print(repr(partial(f, 'x', [1], k='v')).split(', ', 1)[1])
show('partial-none', partial)
show('partial-noncallable', partial, 1)
show('partial-kwfunc', partial, func=f)
for attr in ('func', 'args', 'keywords'):
    show('set-' + attr, setattr, p, attr, 1)
    show('del-' + attr, delattr, p, attr)
print(p.__dict__)
p.note = 'hello'
print(p.__dict__, p.note)

# Nested partial objects are flattened unless they carry attributes.
q = partial(partial(f, 1, x=1), 2, y=2)
print(q.func is f, q.args, q.keywords, q())
r = partial(p, 9)
print(r.func is p, r.args, r.keywords)
s = partial(partial(f, k=1), k=2)
print(s.keywords, s())


class MyPartial(partial):
    pass


mp = MyPartial(f, 1)
print(type(mp).__name__, repr(mp).startswith('MyPartial(<function f'),
      mp(2))
mq = MyPartial(partial(f, 1), 2)
print(mq.func is f, mq.args, type(partial(mp, 3)).__name__,
      partial(mp, 3).func is f)
print(isinstance(mp, partial), callable(p))
print(p.__reduce__()[0] is partial, p.__reduce__()[2][1:])
st = partial(f)
st.__setstate__((f, (7,), {'z': 1}, None))
print(st(), st.args, st.keywords)
show('setstate-bad', st.__setstate__, (f, (7,)))
show('setstate-notuple', st.__setstate__, [f, (), {}, None])

# partial objects are not methods: they do not bind as class attributes.


class Holder:
    method = partial(f, 'bound?')


print(Holder().method())
bump = partial(int, base=2)
print(bump('101'), bump('11', base=10))
print(list(map(partial(pow, 2), range(5))))


# partialmethod.
class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value, note=''):
        self.state = (value, note)
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='rip')

    @classmethod
    def make(cls, *args):
        return cls.__name__, args

    make_one = partialmethod(make, 1)

    @staticmethod
    def stat(*args):
        return args

    stat_one = partialmethod(stat, 'one')
    plain = partialmethod(f, 'p')
    nested = partialmethod(set_alive, note='nested')


c = Cell()
print(c.set_alive().state, c.set_dead().state, c.set_alive('x').state)
print(c.nested().state, Cell.set_alive(c).state)
print(Cell.make_one(2), c.make_one(3), Cell.stat_one(4), c.stat_one())
print(c.plain(5)[0][0] is c, c.plain(5)[0][1:])
print(Cell.__dict__['set_dead'].args, Cell.__dict__['set_dead'].keywords)
print(Cell.__dict__['nested'].func is Cell.set_state,
      Cell.__dict__['nested'].args, Cell.__dict__['nested'].keywords)
print(repr(Cell.__dict__['set_dead']).split(',', 1)[1])
show('pm-bad', partialmethod, 1)
print(type(c.set_alive).__name__, c.set_alive.func.__self__ is c)

# update_wrapper and wraps.
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def original(a: int, b: str = 'x') -> list:
    "Original docstring."
    return [a, b]


original.extra = 'attr'


def wrapper(*args, **kwargs):
    return original(*args, **kwargs)


result = update_wrapper(wrapper, original)
print(result is wrapper, wrapper.__name__, wrapper.__qualname__,
      wrapper.__doc__, wrapper.__wrapped__ is original, wrapper.extra)
print(wrapper.__annotations__)


def deco(func):
    @wraps(func)
    def inner(*args, **kwargs):
        return ('wrapped', func(*args, **kwargs))
    return inner


@deco
def greet(name):
    "Say hello."
    return 'hello ' + name


print(greet('bob'), greet.__name__, greet.__doc__,
      greet.__wrapped__('amy'))


@deco
@deco
def twice():
    return 1


print(twice(), twice.__wrapped__(), twice.__wrapped__.__wrapped__())
print(twice.__name__, twice.__wrapped__.__name__)


class Callable:
    def __call__(self):
        return 'called'


obj = Callable()
w = update_wrapper(lambda: 0, obj)
print(w.__name__, w.__wrapped__ is obj)


def limited():
    pass


update_wrapper(limited, original, assigned=('__doc__',), updated=())
print(limited.__name__, limited.__doc__, hasattr(limited, 'extra'))
show('update-missing', update_wrapper, limited, original, (), ('nope',))

# cmp_to_key.


def numeric(a, b):
    return (a > b) - (a < b)


def reverse_len(a, b):
    return len(b) - len(a)


print(sorted([3, 1, 2], key=cmp_to_key(numeric)))
print(sorted(['aa', 'b', 'cccc', 'ddd'], key=cmp_to_key(reverse_len)))
print(min([5, 3, 8], key=cmp_to_key(numeric)))
K = cmp_to_key(numeric)
print(K(1) < K(2), K(1) <= K(1), K(2) > K(1), K(2) >= K(3), K(1) == K(1),
      K(1) != K(1), K(5).obj)
show('key-cmp-int', lambda: K(1) < 2)
try:
    hash(K(1))
except TypeError as e:
    print('key-hash TypeError', 'unhashable' in str(e))
print(type(K).__name__, type(K(1)).__name__)
show('key-bad-cmp', lambda: cmp_to_key(1)(2) < cmp_to_key(1)(3))


# total_ordering.
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


v1, v2, v3 = Version(1), Version(2), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 <= v3, v2 >= v3, v2 > v3)
print(Version.__gt__.__name__, Version.__le__.__name__)
show('lt-other', lambda: v1 < 5)
show('ge-other', lambda: v1 >= 5)
print(sorted([Version(3), v1, v2], key=lambda v: v).__len__())


@total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Desc(1) < Desc(2), Desc(1) <= Desc(1), Desc(3) >= Desc(2),
      Desc(2) > Desc(1))


@total_ordering
class ByLe:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __le__(self, other):
        return self.n <= other.n


print(ByLe(1) < ByLe(2), ByLe(2) < ByLe(2), ByLe(3) > ByLe(2),
      ByLe(2) >= ByLe(2))


@total_ordering
class ByGe:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(ByGe(1) < ByGe(2), ByGe(2) <= ByGe(2), ByGe(3) > ByGe(3),
      ByGe(1) > ByGe(0))


@total_ordering
class Both:
    def __lt__(self, other):
        return 'custom lt'

    def __gt__(self, other):
        return 'custom gt'


print(Both() < Both(), Both() > Both(), Both.__le__.__name__)
show('no-ordering', total_ordering, type('Plain', (), {}))
