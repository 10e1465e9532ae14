# itertools.groupby (groups share the underlying iterator) and tee.
from itertools import groupby, tee, islice, count


def show(label, func, /, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# Basic grouping.
print([(k, list(g)) for k, g in groupby('aaabbcdda')])
print([k for k, g in groupby('aaabbcdda')])
print([(k, ''.join(g)) for k, g in groupby('AaBbbC', key=str.lower)])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7], lambda x: x % 2)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([None, None])])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])

# Advancing the groupby invalidates the previous group.
groups = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aabbbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))

# A partly consumed group: the rest is skipped.
gb = groupby('xxxyyz')
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g), [key for key, _ in gb])

# The group and the groupby share one iterator.
gb = groupby([1, 1, 2, 2, 3])
k, g = next(gb)
print(list(g), next(gb)[0], list(g))

# Exhausting the groupby ends the last group too.
gb = groupby('ab')
k, g = next(gb)
rest = list(gb)
print(k, list(g), [key for key, _ in rest])

# The shared underlying iterator.
it = iter([1, 1, 2, 3, 3])
gb = groupby(it)
k, g = next(gb)
print(k, list(g), next(it), [(key, list(grp)) for key, grp in gb])

# Keys computed once per element.
seen = []


def key(x):
    seen.append(x)
    return x // 10


print([(k, list(g)) for k, g in groupby([1, 2, 11, 12, 21], key)], seen)

# Errors.
show('groupby-int', groupby, 1)


def bad_key(x):
    raise ValueError('bad key %r' % x)


show('groupby-badkey', lambda: list(groupby([1], bad_key)))


class NoEq:
    def __eq__(self, other):
        raise TypeError('no comparisons')


show('groupby-eq', lambda: [k for k, g in groupby([NoEq(), NoEq()])])

# tee.
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee('abc', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1], 1)), len(tee([1], 5)))
it = iter(range(5))
x, y = tee(it)
print(next(x), next(x), next(y), next(it), list(x), list(y))
inf1, inf2 = tee(count())
print(list(islice(inf1, 3)), list(islice(inf2, 5)), next(inf1))
d1, d2 = tee(iter([]))
print(list(d1), list(d2))
t1, t2 = tee([1, 2])
t3, t4 = tee(t1)
print(list(t3), list(t4), list(t2))
show('tee-neg', tee, [1], -1)
show('tee-str', tee, [1], 'a')
show('tee-float', tee, [1], 2.0)
show('tee-int', tee, 1)


def failing():
    yield 1
    raise ValueError('stop')


f1, f2 = tee(failing())
print(next(f1), next(f2))
show('tee-error', next, f1)
