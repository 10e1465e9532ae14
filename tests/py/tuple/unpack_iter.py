# tuple iteration, unpacking, zip and tuple() of generators
pairs = tuple(zip("abc", range(3)))
print(pairs)
for letter, num in pairs:
    print(letter, num)
first, *rest = (1, 2, 3, 4)
print(first, rest, type(rest).__name__)
*init, last = (1, 2, 3)
print(init, last)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
t = tuple(x * x for x in range(5))
print(t, t[2:], sum(t))
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__, len(r))
x, y, z = multi()
print(x, y, z)
print(tuple(enumerate("ab")), tuple(map(str, (1, 2))), tuple(reversed((1, 2, 3))))
it = iter((1, 2))
print(next(it), next(it), next(it, "end"))
print(divmod(17, 5), type(divmod(17, 5)).__name__)
print(tuple(sorted({3: 0, 1: 0})), (1, 2, 3)[::-1], (1, 2, 3)[1:2])
print(list((1, 2)) + [3], tuple([1]) + (2,))
