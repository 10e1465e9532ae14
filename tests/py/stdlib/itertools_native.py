# The itertools tools that run in the interpreter: every small case of
# the combinatoric ones, islice's bounds and how far it reads its input,
# zip_longest, cycle, compress and starmap over iterators that run out
# or raise, and repeat's repr, length hint, reduction and arguments.
import copy
import operator
from itertools import (combinations, combinations_with_replacement, compress, cycle,
                       islice, permutations, product, repeat, starmap, zip_longest)


def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


for n in range(5):
    pool = 'abcd'[:n]
    for r in range(6):
        print(n, r, len(list(permutations(pool, r))), list(combinations(pool, r)),
              len(list(combinations_with_replacement(pool, r))))
    print(n, list(permutations(pool))[:4], list(product(pool, repeat=2))[:5])
print(list(product()), list(product('ab', [])), list(product('ab', 'xy', [1, 2])))
print(list(product(range(2), repeat=3)), list(product('a', repeat=0)))
print(list(combinations_with_replacement('abc', 2)), list(permutations(range(3), 2)))


def consumed(*args):
    it = iter(range(12))
    return list(islice(it, *args)), next(it, 'end')


for args in [(0,), (3,), (20,), (2, 5), (5, 2), (5, 3, 1), (0, 10, 3), (1, None),
             (None, 4), (4, None, 2), (0, 0), (3, 3), (11, 12), (0, 12, 5)]:
    print('islice', args, consumed(*args))
attempt('islice step 0', lambda: islice('abc', 0, 2, 0))
attempt('islice negative', lambda: islice('abc', -1))
attempt('islice float', lambda: islice('abc', 1.5))
it = islice(iter('abcdef'), 1, None, 2)
print(next(it), list(it), list(it))

print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()), list(zip_longest('ab')))
print(list(zip_longest('a', 'bcd', (x for x in 'ef'))))
z = zip_longest('ab', 'c')
print(next(z), next(z), next(z, 'done'), next(z, 'done'))

c = cycle('ab')
print([next(c) for _ in range(5)], list(islice(cycle([]), 3)))


def gen():
    yield 1
    yield 2
    raise ValueError('inside')


c = cycle(gen())
attempt('cycle raising', lambda: [next(c) for _ in range(4)])
print(list(compress('abcdef', [1, 0, 1, 0, 1])), list(compress('ab', [1, 1, 1, 1])))
print(list(compress(range(10), cycle([0, 1]))))
print(list(starmap(operator.add, [(1, 2), (3, 4)])), list(starmap(pow, [[2, 3], (3, 2)])))
attempt('starmap bad args', lambda: list(starmap(operator.add, [1])))

r = repeat('x', 3)
print(repr(r), operator.length_hint(r), next(r), repr(r), r.__reduce__()[1])
print(repr(repeat(1)), repeat(1).__reduce__()[1], repr(repeat(None, -4)), list(repeat(7, 2)))
attempt('repeat hint', lambda: repeat(1).__length_hint__())
attempt('repeat no args', lambda: repeat())
attempt('repeat times str', lambda: repeat(1, 'x'))
print(repr(repeat(object=5, times=2)), type(repeat(1)).__name__, type(repeat(1)).__module__)
print(list(map(pow, range(4), repeat(2))), copy.copy(repeat('a', 2)).__reduce__()[1])
print(type(product('a')).__name__, type(islice('a', 1)).__name__, type(cycle('a')).__name__)

# count over ints (past the machine word), floats, complex numbers and
# fractions, its repr and reduction, and what it refuses.
from fractions import Fraction
from itertools import count
for args in [(), (5,), (5, 2), (1.5,), (0, 0.5), (True,), (True, True), (2**70,),
             (2**63 - 2, 1), (1j, 1j), (Fraction(1, 3), Fraction(1, 2))]:
    c = count(*args)
    print(args, repr(c), [next(c) for _ in range(3)], repr(c), repr(copy.copy(c)))
for bad in ['a', None, []]:
    attempt('count bad', lambda: count(bad))
attempt('count bad step', lambda: count(1, 'x'))
print(repr(count(step=3)), repr(count(start=2, step=-1)), isinstance(count(), count))
print(list(islice(count(), 100000))[-1], list(zip(count(10, -3), 'abc')))

# groupby: groups end when the groupby moves on, a group read halfway
# leaves the rest to be skipped, keys are compared with ==, and errors of
# the key function or the input come through.
from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabccdaa')])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2], key=None)])
pairs = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in pairs])
it = groupby('aaabbc')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), [k for k, _ in it])
it = groupby(range(10), key=lambda x: x // 3)
k, g = next(it)
print(k, next(g), next(g))
print([(k, list(g)) for k, g in it])
print(list(groupby([])), list(groupby('', key=len)))


def bad_key(x):
    if x == 3:
        raise KeyError('no key for 3')
    return x // 2


it = groupby(range(6), key=bad_key)
attempt('key raising', lambda: [(k, list(g)) for k, g in it])
attempt('after error', lambda: [(k, list(g)) for k, g in it])
print(type(groupby('a')).__name__, type(next(groupby('a'))[1]).__name__)
