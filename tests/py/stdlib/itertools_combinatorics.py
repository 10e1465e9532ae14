# itertools: product, permutations, combinations and
# combinations_with_replacement.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement)
from math import comb, factorial, perm


def show(label, func, /, *args, **kwargs):
    try:
        print(label, repr(list(func(*args, **kwargs))))
    except Exception as e:
        print(label, type(e).__name__, e)


# product.
print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'xy', repeat=2))[:5], len(list(product('ab', 'xy', repeat=2))))
print(list(product()), list(product(repeat=0)), list(product([1, 2], repeat=0)))
print(list(product('ab', [])), list(product([], 'ab')), list(product('a')))
print(list(product(iter([1, 2]), iter('xy'))))
print(len(list(product(range(4), range(5), range(6)))))
p = product(range(3), range(3))
print(next(p), next(p), len(list(p)))
show('product-int', product, 1)
show('product-neg', product, [1], repeat=-1)
show('product-kw', product, [1], foo=1)
show('product-repeat-str', product, [1], repeat='a')
show('product-repeat-float', product, [1], repeat=2.0)

# permutations.
print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([1, 2], None)),
      list(permutations([], 0)), list(permutations('ab', 0)),
      list(permutations([])))
print(list(permutations([1, 1, 2])))
for n in range(6):
    for r in range(n + 2):
        got = list(permutations(range(n), r))
        if len(got) != (perm(n, r) if r <= n else 0) or len(set(got)) != len(got) \
                or got != sorted(got):
            print('permutations mismatch', n, r)
print(list(permutations('abcd', 3))[::5])
show('perm-int', permutations, 1)
show('perm-neg', permutations, [1], -1)
show('perm-str', permutations, [1], 'a')
show('perm-float', permutations, [1], 2.0)

# combinations.
print(list(combinations('abcd', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations([1, 2], 3)), list(combinations([], 0)),
      list(combinations('ab', 0)), list(combinations('abc', 3)))
for n in range(7):
    for r in range(n + 2):
        got = list(combinations(range(n), r))
        if len(got) != comb(n, r) or got != sorted(got):
            print('combinations mismatch', n, r)
show('comb-int', combinations, 1, 2)
show('comb-neg', combinations, [1], -1)
show('comb-str', combinations, [1], 'a')

# combinations_with_replacement.
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 2)),
      list(combinations_with_replacement([], 0)),
      list(combinations_with_replacement('ab', 0)),
      list(combinations_with_replacement('a', 3)))
for n in range(6):
    for r in range(5):
        got = list(combinations_with_replacement(range(n), r))
        expected = comb(n + r - 1, r) if n else (1 if r == 0 else 0)
        if len(got) != expected or got != sorted(got):
            print('cwr mismatch', n, r)
show('cwr-neg', combinations_with_replacement, [1], -1)
show('cwr-str', combinations_with_replacement, [1], 'a')

# Inputs are read eagerly, when the iterator is created.
data = [1, 2, 3]
c = combinations(data, 2)
p = permutations(data)
pr = product(data)
data.append(4)
print(len(list(c)), len(list(p)), len(list(pr)))
it = iter('xyz')
pe = permutations(it, 2)
print(list(it), len(list(pe)))
show('comb-int-neg', combinations, 1, -1)
show('cwr-int-neg', combinations_with_replacement, 1, -1)
show('comb-int-str', combinations, 1, 'a')
show('perm-int-str', permutations, 1, 'a')
