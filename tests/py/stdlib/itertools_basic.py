# itertools: infinite iterators and iterators that stop on the shortest
# input.
import itertools
from itertools import (count, cycle, repeat, accumulate, batched, chain,
                       compress, dropwhile, filterfalse, islice, pairwise,
                       starmap, takewhile, zip_longest)
import operator


def show(label, func, /, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        if not isinstance(result, (count, repeat)) and hasattr(result,
                                                              '__next__'):
            result = list(result)
        print(label, repr(result))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(n for n in dir(itertools) if not n.startswith('_')))

# count.
c = count()
print(repr(c), next(c), next(c), repr(c), iter(c) is c)
print(list(islice(count(5), 3)), list(islice(count(10, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(1j, 1j), 2)))
for args in [(), (5,), (5, 2), (5, 1.0), (5.0,), (1.5, 0.5), (0, 1),
             (1, -1), (2 ** 70,), (True,), (1, True), (3j,)]:
    print(args, repr(count(*args)))
print(repr(count(step=3)), repr(count(start=2, step=-1)))
c2 = count(1, 0.5)
next(c2)
print(repr(c2), next(c2), repr(c2))
c3 = count(True)
print(next(c3), next(c3))
show('count-str', count, 'a')
show('count-step-str', count, 1, 'a')
print(type(count()).__name__, isinstance(count(), count))
print(count(3).__reduce__()[1], count(3, 2).__reduce__()[1])

# cycle.
print(list(islice(cycle('ab'), 5)), list(cycle([])))
it = iter([1, 2])
cy = cycle(it)
print(next(cy), next(cy), next(cy), list(it))
show('cycle-int', cycle, 1)

# repeat.
r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(repr(repeat(1)), repr(repeat(1, -3)), repr(repeat('a', times=2)),
      repr(repeat(object=5, times=2)), repr(repeat(None, True)))
print(list(repeat([1], 2)), list(islice(repeat(7), 3)))
print(list(map(pow, range(4), repeat(2))))
print(repeat(1, 3).__length_hint__(), operator.length_hint(repeat(1, 5)))
show('repeat-unsized', repeat(1).__length_hint__)
show('repeat-str', repeat, 1, 'a')
show('repeat-float', repeat, 1, 2.0)
show('repeat-overflow', repeat, 1, 2 ** 70)
print(repeat(1, 2).__reduce__()[1], repeat('z').__reduce__()[1])

# accumulate.
print(list(accumulate([1, 2, 3, 4])), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=100)))
print(list(accumulate([1, 2, 3], None, initial=None)), list(accumulate([])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b)))
show('accumulate-int', accumulate, 1)
show('accumulate-bad-add', accumulate, [1, 'a'])

# batched.
print(list(batched('abcdefg', 3)), list(batched(range(4), 2)),
      list(batched([], 5)), list(batched('ab', 5)))
show('batched-zero', batched, [1], 0)
show('batched-neg', batched, [1], -1)
show('batched-str', batched, [1], 'a')
show('batched-float', batched, [1], 2.0)
show('batched-int', batched, 1, 2)

# chain.
print(list(chain('ab', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd'])), list(chain.from_iterable([])))
gen = (range(n) for n in range(4))
print(list(chain.from_iterable(gen)))
lazy = chain([1], 5)
print(next(lazy))
show('chain-bad', list, lazy)
show('from-iterable-int', chain.from_iterable, 1)
show('from-iterable-inner', chain.from_iterable, [1])

# compress.
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(compress(range(10), cycle([True, False]))))
show('compress-int', compress, 1, [1])

# dropwhile / takewhile.
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
      list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [1, 1])), list(takewhile(bool, [])))
it = iter([1, 2, 3, 10, 4])
print(list(takewhile(lambda x: x < 3, it)), list(it))
show('dropwhile-int', dropwhile, None, 1)

# filterfalse.
print(list(filterfalse(lambda x: x % 2, range(10))),
      list(filterfalse(None, [0, 1, '', 'a', None, []])))
show('filterfalse-int', filterfalse, None, 1)

# islice.
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)),
      list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 2, 8, 3)),
      list(islice(range(10), None, None, 3)), list(islice(range(3), 10)))
print(list(islice(count(), 3)), list(islice(count(), 5, 10, 2)))


class Two:
    def __index__(self):
        return 2


print(list(islice(range(5), Two())), list(islice(range(5), Two(), None)))
for args in [(), ([1],), ([1], -1), ([1], 'a'), ([1], 1.0), ([1], 1, -1),
             ([1], -1, 2), ([1], 0, 2, 0), ([1], 0, 2, -1), ([1], 0, 2, 'a'),
             ([1], 'a', 'b'), ([1], 'a', 2, 0), ([1], 0, -5), ([1], -5, 'x'),
             (range(5), 2 ** 100), (1, 2), (1, -1), ([1], 1, 2, 3, 4)]:
    show('islice%r' % (args,), islice, *args)
show('islice-kw', islice, [1], stop=2)


def consumed(*args):
    # Shows how far islice advances the underlying iterator.
    it = iter(range(10))
    return list(islice(it, *args)), next(it, 'end')


print(consumed(5, 3 if False else 3), consumed(5, 3, 1), consumed(0, 5, 3),
      consumed(0), consumed(1, 5, 10), consumed(2, 2), consumed(3),
      consumed(20))

# pairwise.
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
show('pairwise-int', pairwise, 1)

# starmap.
print(list(starmap(pow, [(2, 3), [3, 2], range(2, 4)])),
      list(starmap(operator.add, zip('ab', 'cd'))))
show('starmap-int', starmap, len, [1])

# zip_longest.
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest('ab')))
it1, it2 = iter([1, 2, 3]), iter('a')
print(list(zip_longest(it1, it2, fillvalue=0)))
show('zip_longest-kw', zip_longest, [1], fillvalue=2, x=3)
show('zip_longest-int', zip_longest, [1], 1)
