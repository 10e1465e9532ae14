# set operators on small ints
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a, b, len(a), type(a).__name__)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3), [2, 3]), a.difference({1}, [2]), a.union())
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9, 10}), set().issubset(a))
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set(), set([3, 1, 2, 3, 1]), set(range(5)), set((1, 1)), set({1: "a", 2: "b"}), {0, False}, {1, True, 1.0})
print(3 in a, 9 in a, 9 not in a, [] == [] and set() == set(), set() == frozenset())
print(sorted(a | b, reverse=True), sum(a), max(b), min(b), len(a ^ b))
e = {-5, -1, 0, 100, 7}
print(sorted(e), sorted(e - {100}), 0 in e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 in {1: 1}.keys() and [1] in a
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")), len(set("mississippi")))
primes = set(range(2, 30))
for p in range(2, 6):
    primes -= set(range(p * p, 30, p))
print(primes, sorted(primes))
print(a | b | {0}, (a - b) | (b - a) == a ^ b, a & b & {4, 99})
