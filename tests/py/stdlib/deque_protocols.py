# deque: constructor arguments, maxlen handling, rotation, comparisons,
# arithmetic operators, repr, subclassing, copying and reduction.
import collections.abc
import copy
import operator
import weakref
from collections import deque


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


# The constructor rejects bad iterables, bad maxlen values and extra
# arguments, and accepts its two parameters by keyword.
attempt('deque(1)', lambda: deque(1))
attempt('deque(None)', lambda: deque(None))
attempt('maxlen str', lambda: deque([], maxlen='x'))
attempt('maxlen float', lambda: deque([], maxlen=1.5))
attempt('maxlen -1', lambda: deque([], maxlen=-1))
attempt('maxlen True', lambda: deque([1, 2, 3], maxlen=True))
attempt('maxlen None', lambda: deque([1, 2], maxlen=None))
attempt('three args', lambda: deque([], 1, 2))
attempt('bad keyword', lambda: deque([], size=2))
attempt('iterable keyword', lambda: deque(iterable=[1, 2]))
attempt('both keywords', lambda: deque(maxlen=2, iterable='abc'))
attempt('keyword and positional', lambda: deque([1], iterable=[2]))
attempt('from dict', lambda: deque({'a': 1, 'b': 2}))
attempt('from generator', lambda: deque(x * x for x in range(4)))
attempt('from string maxlen', lambda: deque('abcdef', 4))


def failing_gen():
    yield 1
    raise ValueError('boom inside iterable')


attempt('iterable raises', lambda: deque(failing_gen()))

# Calling __init__ again on an existing deque clears it and refills it,
# possibly with a new maxlen.
d = deque([1, 2, 3], maxlen=5)
d.__init__('xy')
print(d, d.maxlen)
d.__init__(range(10), 3)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
attempt('reinit bad', lambda: d.__init__([1], -2))
print(d, d.maxlen)

# maxlen discards from the opposite end on every way of adding items.
m = deque([1, 2, 3], maxlen=3)
m.append(4)
print('append', m)
m.appendleft(0)
print('appendleft', m)
m.extend([5, 6])
print('extend', m)
m.extendleft([7, 8])
print('extendleft', m)
m += [9, 10, 11, 12]
print('iadd', m, m.maxlen)
m *= 2
print('imul', m, m.maxlen)
c = m.copy()
print('copy', c, c.maxlen)
attempt('insert full', lambda: m.insert(1, 'x'))
n = deque([1], maxlen=3)
n.insert(0, 'a')
n.insert(5, 'b')
print('insert not full', n)
attempt('insert now full', lambda: n.insert(1, 'c'))
attempt('maxlen mul', lambda: deque([1, 2], maxlen=3) * 2)
attempt('maxlen add', lambda: deque([1, 2], maxlen=3) + deque([3, 4]))
attempt('add to maxlen', lambda: deque([1, 2]) + deque([3, 4], maxlen=1))

# A deque with maxlen 0 stays empty.
z = deque('abc', maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(5))
z.extendleft(range(5))
z += [1]
z *= 3
print('maxlen 0', z, len(z), bool(z), z.maxlen)
attempt('maxlen 0 insert', lambda: z.insert(0, 1))
attempt('maxlen 0 pop', lambda: z.pop())
z.rotate(3)
print(z)

# rotate moves items right for positive and left for negative counts.
for k in (1, -1, 2, -2, 5, -5, 7, -7, 12, -13, 0, 10 ** 15):
    r = deque('abcde')
    r.rotate(k)
    print('rotate', k, ''.join(r))
e = deque()
e.rotate(3)
e.rotate(-3)
print('rotate empty', e)
r = deque(range(5), maxlen=5)
r.rotate(2)
print('rotate maxlen', r, r.maxlen)
r = deque(range(3), maxlen=10)
r.rotate(-4)
print('rotate maxlen roomy', r)
attempt('rotate huge', lambda: deque([1]).rotate(10 ** 20))
attempt('rotate float', lambda: deque([1]).rotate(1.0))
attempt('rotate two args', lambda: deque([1]).rotate(1, 2))
attempt('rotate keyword', lambda: deque([1]).rotate(n=1))
r = deque([1, 2, 3])
r.rotate(True)
print('rotate bool', r)

# Comparisons between deques are lexicographic; a deque never equals a list.
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque([1, 2]) < deque([1, 2, 0]), deque([3]) > deque([2, 9, 9]))
print(deque() == deque(), deque() < deque([0]), deque([0]) <= deque())
print(deque([1, 2]) == [1, 2], deque([1, 2]) != [1, 2], [1, 2] == deque([1, 2]))
print(deque('ab') == ('a', 'b'), deque() == None)
print(deque([1], maxlen=1) == deque([1], maxlen=9))
print(deque([1.0, 2]) == deque([1, 2.0]))
attempt('deque < list', lambda: deque([1]) < [1])
attempt('list >= deque', lambda: [1] >= deque([1]))
attempt('deque > tuple', lambda: deque([1]) > (1,))
attempt('deque <= None', lambda: deque() <= None)
attempt('mixed items', lambda: deque([1, 'a']) < deque([1, 2]))
nan = float('nan')
print(deque([nan]) == deque([nan]), deque([nan, 1]) < deque([nan, 2]))

# Concatenation needs another deque; repetition takes integers.
print(deque([1]) + deque([2, 3]))
attempt('deque + list', lambda: deque([1]) + [2])
attempt('list + deque', lambda: [1] + deque([2]))
attempt('deque + tuple', lambda: deque([1]) + (2,))
attempt('deque + None', lambda: deque() + None)
for k in (0, 1, 3, -1, -100):
    print('mul', k, deque('ab') * k, k * deque('ab'))
w = deque([1, 2])
w *= 0
print('imul 0', w)
w = deque([1, 2])
w *= -3
print('imul negative', w)
w = deque([1, 2])
w *= 1
print('imul 1', w)
w = deque('xy')
w *= 3
print('imul 3', w)
attempt('mul float', lambda: deque([1]) * 2.0)
attempt('mul deque', lambda: deque([1]) * deque([2]))
attempt('mul huge', lambda: deque([1]) * (2 ** 100))


def imul_str():
    x = deque([1])
    x *= 'a'
    return x


attempt('imul str', imul_str)


def iadd_tuple():
    x = deque([1])
    x += (2, 3)
    x += 'ab'
    x += range(2)
    return x


attempt('iadd iterables', iadd_tuple)


def iadd_int():
    x = deque([1])
    x += 5
    return x


attempt('iadd int', iadd_int)
base = deque([1, 2])
alias = base
alias += [3]
print('iadd keeps identity', alias is base, base)
alias *= 2
print('imul keeps identity', alias is base, base)
print('add new object', (base + deque()) is base, (base * 1) is base)

# Membership, truth value and length work as for lists, but deques are
# unhashable.
h = deque([1, [2], 'three'])
print(1 in h, [2] in h, 'three' in h, 3 in h, 'thr' in h, 1.0 in h)
print(bool(deque()), bool(deque([0])), len(deque()), len(deque('abc')))
attempt('hash empty', lambda: hash(deque()))
attempt('hash full', lambda: hash(deque([1])))
print(deque.__hash__ is None, isinstance(deque(), collections.abc.Hashable))

# repr handles empty, nested, recursive and bounded deques and subclasses.
print(repr(deque()), repr(deque(maxlen=0)), repr(deque(maxlen=3)))
print(repr(deque([deque([1]), deque([], 2)])))
print(repr(deque(['a', "b'c", None, 1.5])))
rec = deque([1])
rec.append(rec)
rec.appendleft([rec])
print(repr(rec), str(rec))
rec2 = deque(maxlen=4)
rec2.append(rec2)
print(repr(rec2))
outer = deque()
inner = deque([outer])
outer.append(inner)
print(repr(outer))


class Queue(deque):
    pass


class Named(deque):
    def __repr__(self):
        return 'Named!'


print(repr(Queue()), repr(Queue('ab')), repr(Queue([1], 4)))
print(repr(deque([Named([1])])), repr(Queue([Queue()])))
qrec = Queue()
qrec.append(qrec)
print(repr(qrec))


# Subclasses with extra attributes and their own __init__.
class Tagged(deque):
    def __init__(self, iterable=(), maxlen=None, tag='none'):
        super().__init__(iterable, maxlen)
        self.tag = tag


t = Tagged([1, 2, 3], 5, tag='hello')
t.extra = [1]
print(t, t.tag, t.maxlen, t.__dict__)
tc = t.copy()
print(type(tc).__name__, tc, tc.maxlen, tc.__dict__)
tc2 = copy.copy(t)
print(type(tc2).__name__, tc2, tc2.maxlen, tc2.__dict__)
td = copy.deepcopy(t)
print(type(td).__name__, td, td.maxlen, td.__dict__,
      getattr(td, 'extra', None) is t.extra)
print(type(t + t).__name__, (t + t).maxlen, type(t * 2).__name__)
print(isinstance(t, deque), issubclass(Tagged, collections.abc.MutableSequence))
t2 = Tagged('ab')
print(t2.tag, t2.__dict__, t2 == deque('ab'))


attempt('plain deque attr', lambda: setattr(deque(), 'attr', 1))

# copy.copy and copy.deepcopy of plain deques keep maxlen.
src = deque([[1], [2]], maxlen=4)
sc = copy.copy(src)
sd = copy.deepcopy(src)
print(sc, sc.maxlen, sc[0] is src[0], sd, sd.maxlen, sd[0] is src[0])
print(copy.copy(deque()), copy.deepcopy(deque([], 0)).maxlen)
selfref = deque()
selfref.append(selfref)
dc = copy.deepcopy(selfref)
print(dc[0] is dc, dc is not selfref)

# __reduce__ and __reduce_ex__ give the class, the arguments and the state.
for obj in (deque(), deque([1, 2]), deque([1, 2], maxlen=3), Queue([1]),
            Tagged([1], tag='t')):
    red = obj.__reduce__()
    print(type(obj).__name__, len(red), red[0].__name__, red[1], red[2],
          list(red[3]) if len(red) > 3 else '-')
    rex = obj.__reduce_ex__(2)
    print('  ex', rex[0].__name__, rex[1], rex[2],
          list(rex[3]) if len(rex) > 3 else '-')

# deque supports generic aliases and weak references, and its maxlen
# attribute is read-only.
alias = deque[int]
print(alias, alias.__origin__ is deque, alias.__args__, deque[int, str])
print(type(alias).__name__, alias() == deque(), alias([1]))
wr = weakref.ref(d)
print(wr() is d)
dd = deque([1])
wr2 = weakref.ref(dd)
del dd
print(wr2())
attempt('set maxlen', lambda: setattr(deque(), 'maxlen', 3))
attempt('del maxlen', lambda: delattr(deque([], 2), 'maxlen'))
print(type(deque.maxlen).__name__)
print(deque.maxlen.__get__(deque([], 7)))

# deque is registered as a MutableSequence but not a list.
print(isinstance(deque(), collections.abc.MutableSequence),
      isinstance(deque(), collections.abc.Sequence),
      isinstance(deque(), collections.abc.Reversible),
      isinstance(deque(), list), issubclass(deque, object))
print(deque.__name__, deque.__module__, deque.__qualname__)

# Deque iterators report their remaining length to operator.length_hint.
li = deque(range(5))
it = iter(li)
print(operator.length_hint(it))
attempt('method', lambda: it.__length_hint__())
next(it)
next(it)
print(operator.length_hint(it))
rit = reversed(li)
next(rit)
print(operator.length_hint(rit), list(rit), operator.length_hint(rit))
print(operator.length_hint(iter(deque())), type(it).__name__, type(rit).__name__)
ex = iter(deque([1]))
print(list(ex), list(ex), next(ex, 'done'))
