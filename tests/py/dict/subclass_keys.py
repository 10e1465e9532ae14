# Keys that are instances of subclasses of hashable built-ins (namedtuples,
# str/bytes/frozenset subclasses): hashed as their base, unless the class
# chooses another __hash__, also after the class changes.
from collections import namedtuple

P = namedtuple('P', 'x y')
p = P(1, (2, 'a'))
print(hash(p) == hash((1, (2, 'a'))), tuple.__hash__(p) == hash(p))
d = {P(1, 2): 'a', (3, P(4, 5)): 'b'}
print(d[(1, 2)], d[P(1, 2)], d[(3, (4, 5))], (3, 4) in d)


class F(frozenset):
    pass


class S(str):
    pass


class B(bytes):
    pass


print(hash(F([1, 2])) == hash(frozenset([1, 2])),
      frozenset.__hash__(F([3])) == hash(frozenset([3])))
print(hash(S('ab')) == hash('ab'), str.__hash__(S('q')) == hash('q'))
print(hash(B(b'xy')) == hash(b'xy'), bytes.__hash__(b'x') == hash(b'x'))
print({S('k'): 1}['k'], {'k': 2}[S('k')], {B(b'z'): 3}[b'z'])


class T(tuple):
    def __hash__(self):
        return 42


print(hash(T((1,))), {T((1,)): 'seven'}[T((1,))])


class U(tuple):
    __hash__ = object.__hash__


u = U((1,))
print(hash(u) == id(u) >> 4, hash(u) == hash((1,)))


class V(tuple):
    pass


v = V((1, 2))
print(hash(v) == hash((1, 2)))
V.__hash__ = lambda self: 7
print(hash(v))
del V.__hash__
print(hash(v) == hash((1, 2)))
V.__hash__ = None
try:
    hash(v)
except TypeError as e:
    print(e)

for bad in ([1], 'x', (1,)):
    for owner in (tuple, frozenset, bytes):
        try:
            owner.__hash__(bad)
        except TypeError as e:
            print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    hash(P(1, {}))
except TypeError as e:
    print(e)

# Equal keys that are not the same object, some of them subclass instances.
keys = [P(i, (i, str(i))) for i in range(50)]
d = {k: i for i, k in enumerate(keys)}
print(sum(d[P(i, (i, str(i)))] for i in range(50)), d.get((7, (7, '7'))))
s = set(keys) | {(i, (i, str(i))) for i in range(50)}
print(len(s), P(3, (3, '3')) in s, (3, (3, '3')) in s, (3, 3) in s)


class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and other.v == self.v


kd = {(K(1), 2): 'x'}
k = next(iter(kd))
print(kd[k], K.calls)
print(kd[(K(1), 2)], K.calls)
print((K(2), 2) in kd, K.calls)
