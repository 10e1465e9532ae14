# collections.abc: isinstance/issubclass for built-ins, registration,
# structural checks and the mixin methods of user subclasses.
import collections.abc as cabc
from collections.abc import (
    Callable, Collection, Container, Generator, Hashable, ItemsView, Iterable,
    Iterator, KeysView, Mapping, MappingView, MutableMapping, MutableSequence,
    MutableSet, Reversible, Sequence, Set, Sized, ValuesView)
from collections import OrderedDict, deque, Counter, defaultdict


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


def gen():
    yield 1

samples = [
    ('dict', {}), ('list', []), ('tuple', ()), ('str', ''), ('bytes', b''),
    ('set', set()), ('frozenset', frozenset()),
    ('range', range(3)), ('int', 1), ('None', None), ('keys', {}.keys()),
    ('values', {}.values()), ('items', {}.items()), ('list_iter', iter([])),
    ('generator', gen()), ('function', len), ('lambda', lambda: 0),
    ('deque', deque()), ('OrderedDict', OrderedDict()), ('Counter', Counter()),
    ('defaultdict', defaultdict()), ('memoryview', memoryview(b'')),
    ('odict_keys', OrderedDict().keys()), ('type', int),
]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
        Callable, Collection, Sequence, MutableSequence, Set, MutableSet,
        Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView]
for name, obj in samples:
    flags = ''.join('1' if isinstance(obj, cls) else '.' for cls in abcs)
    print(f'{name:12} {flags}')
print(' '.join(cls.__name__ for cls in abcs))
print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(str, MutableSequence))
print(issubclass(tuple, Hashable), issubclass(list, Hashable), issubclass(bool, Hashable))
attempt('issubclass non-class', lambda: issubclass(3, Iterable))

# Structural ("one-trick pony") checks.
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])

class OnlyLen:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def __contains__(self, item):
        return False

class NoHash:
    __hash__ = None

class CallMe:
    def __call__(self):
        return 1

print(isinstance(OnlyIter(), Iterable), isinstance(OnlyIter(), Iterator), isinstance(OnlyIter(), Collection))
print(isinstance(OnlyLen(), Sized), isinstance(Full(), Collection), isinstance(Full(), Sequence))
print(isinstance(NoHash(), Hashable), isinstance(CallMe(), Callable), isinstance(CallMe, Callable))

class IterWithNone(OnlyIter):
    __iter__ = None

print(isinstance(IterWithNone(), Iterable))

# Registration.
class Registered:
    pass

print(isinstance(Registered(), Sequence))
print(Sequence.register(Registered) is Registered)
print(isinstance(Registered(), Sequence), issubclass(Registered, Collection), issubclass(Registered, Iterable))
print(issubclass(Registered, MutableSequence))

@MutableMapping.register
class Decorated:
    pass

print(Decorated.__name__, isinstance(Decorated(), Mapping), isinstance(Decorated(), Sized))
attempt('register non-class', lambda: Sequence.register(3))

# Abstract classes cannot be instantiated while incomplete.
attempt('Mapping()', lambda: Mapping())
attempt('Sized()', lambda: Sized())

class HalfMapping(Mapping):
    def __getitem__(self, key):
        raise KeyError(key)

attempt('half', lambda: HalfMapping())
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(Set.__abstractmethods__), sorted(Generator.__abstractmethods__))

# Mapping mixins.
class Squares(Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, key):
        if isinstance(key, int) and 0 <= key < self.n:
            return key * key
        raise KeyError(key)
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n

sq = Squares(4)
print(sq[3], 3 in sq, 9 in sq, sq.get(2), sq.get(7), sq.get(7, 'none'))
print(list(sq.keys()), list(sq.values()), list(sq.items()), dict(sq))
print(repr(sq.keys()).startswith('KeysView(<__main__.Squares object'), repr(sq.values())[:11])
print(sq == {0: 0, 1: 1, 2: 4, 3: 9}, sq == Squares(4), sq != Squares(3), sq == [1])
print(sorted(sq.keys() & {1, 2, 10}), sorted(sq.keys() | {10}), sorted(sq.keys() - {0}), (1, 1) in sq.items(), 4 in sq.values())
print(len(sq.keys()), isinstance(sq.keys(), Set), sq.keys() == {0, 1, 2, 3}, sq.items() <= {(0, 0), (1, 1), (2, 4), (3, 9)})
try:
    reversed(sq)
except TypeError:
    print('not reversible')
print(Squares.__reversed__)

# MutableMapping mixins.
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, key):
        return self._d[key]
    def __setitem__(self, key, value):
        self._d[key] = value
    def __delitem__(self, key):
        del self._d[key]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f'Store({self._d})'

st = Store()
st.update({'a': 1}, b=2)
st.update([('c', 3)])
print(st, st.setdefault('a', 9), st.setdefault('d', 4), st)
print(st.pop('a'), st.pop('zz', 'dflt'), st.popitem(), st)
attempt('pop missing', lambda: st.pop('zz'))
st.clear()
print(st, len(st))
attempt('popitem empty', lambda: st.popitem())

class WithKeys:
    def keys(self):
        return ['k']
    def __getitem__(self, key):
        return key.upper()

st.update(WithKeys())
print(st)

# Sequence mixins.
class Letters(Sequence):
    def __init__(self, text):
        self.text = text
    def __getitem__(self, index):
        return self.text[index]
    def __len__(self):
        return len(self.text)

le = Letters('abcab')
print(list(le), 'c' in le, 'z' in le, list(reversed(le)), le.index('b'), le.index('b', 2), le.count('a'))
print(le.index('a', -2), le.index('b', 0, 2))
attempt('index missing', lambda: le.index('z'))
attempt('index stop', lambda: le.index('c', 0, 2))
print(isinstance(le, Reversible), isinstance(le, Collection), isinstance(le, MutableSequence))

# MutableSequence mixins.
class Box(MutableSequence):
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, index):
        return self.items[index]
    def __setitem__(self, index, value):
        self.items[index] = value
    def __delitem__(self, index):
        del self.items[index]
    def __len__(self):
        return len(self.items)
    def insert(self, index, value):
        self.items.insert(index, value)
    def __repr__(self):
        return f'Box{tuple(self.items)}'

bx = Box(1, 2, 3)
bx.append(4); bx.extend([5, 6]); print(bx)
bx.reverse(); print(bx)
print(bx.pop(), bx.pop(0), bx)
bx.remove(3); print(bx)
bx += [7, 8]; print(bx)
bx.extend(bx); print(bx)
bx.clear(); print(bx)
attempt('pop empty', lambda: bx.pop())
attempt('remove missing', lambda: bx.remove(1))

# Set mixins.
class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            if item not in self.items:
                self.items.append(item)
    def __contains__(self, item):
        return item in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f'ListSet({self.items})'

s1 = ListSet([1, 2, 3])
s2 = ListSet([2, 3, 4])
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 & [3, 9], s1 | [9])
print(s1 == ListSet([3, 2, 1]), s1 == {1, 2, 3}, s1 <= {1, 2, 3, 4}, s1 < s1, s1 >= ListSet([1]), s1 > ListSet([1]))
print(s1.isdisjoint([7, 8]), s1.isdisjoint([1]), s1 == [1, 2, 3])
print([9, 1] - s1 if False else s1 - [1], {2, 3} & s1, {1, 2} == s1)
print(s1._hash() == ListSet([3, 1, 2])._hash(), s1._hash() == hash(frozenset({1, 2, 3})))

class ListMutableSet(ListSet, MutableSet):
    def add(self, item):
        if item not in self.items:
            self.items.append(item)
    def discard(self, item):
        if item in self.items:
            self.items.remove(item)

ms = ListMutableSet([1, 2, 3])
ms.add(4); ms.discard(1); ms.discard(99); print(ms)
ms.remove(2); print(ms)
attempt('remove missing', lambda: ms.remove(99))
ms |= [5, 6]; print(ms)
ms &= [3, 5, 6, 7]; print(ms)
ms ^= [6, 8]; print(ms)
ms -= [3]; print(ms)
print(ms.pop(), ms)
ms.clear(); print(ms)
attempt('pop empty', lambda: ms.pop())

# Iterator and Generator mixins.
class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

cd = Countdown(3)
print(iter(cd) is cd, list(cd))

class Echo(Generator):
    def __init__(self):
        self.last = None
    def send(self, value):
        if value == 'stop':
            raise StopIteration
        self.last = value
        return value
    def throw(self, typ, val=None, tb=None):
        raise typ

e = Echo()
print(next(e), e.send(5), e.last)
e.close()
print('closed')
print(isinstance(e, Iterator), isinstance(gen(), Generator))

# Generic aliases.
print(Iterable[int], Mapping[str, int], Sequence[int].__origin__ is Sequence)
print(sorted(name for name in cabc.__all__ if not name.startswith('Async'))[:6])
print(deque[int], OrderedDict[str, int], Counter[str], Callable[[int], str].__origin__ is Callable)
print(isinstance(bytearray(), MutableSequence), isinstance(bytearray(), Sequence), isinstance(bytearray(), Iterable))
