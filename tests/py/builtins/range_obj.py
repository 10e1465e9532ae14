# range: len, indexing, slicing, reversed, repr, containment, negative steps
r = range(10)
print(r, repr(range(1, 5)), range(0, 10, 2), range(5, 0, -1), range(0), str(range(-3, 3)))
print(len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(range(-5, 5, 100)))
print(r[0], r[-1], r[5], range(1, 10, 3)[2], range(10, 0, -3)[-1])
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
print(r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 3)[1::2], range(10, 0, -2)[1:3], r[5:100])
print(list(r[::-3]), list(range(0, 20, 3)[::-1]), list(range(5)[10:]))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r, "2" in r, 2.5 in r)
print(range(0, 10, 2).index(6), range(10, 0, -1).index(3), range(5).count(3), range(5).count(7))
try:
    range(5).index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(range(0, 10, 3).start, range(0, 10, 3).stop, range(0, 10, 3).step, range(5).step)
print(range(0) == range(5, 2), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(list(range(-5, -1)), list(range(5, -5, -3)), list(range(0, -10, -4)), list(range(3, 3)))
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range("3"), lambda: range()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(sum(range(1, 101)), max(range(7)), list(range(3)) * 2, tuple(range(2)), [x for x in range(3, 0, -1)])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "stop"))
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
print(bool(range(0)), bool(range(1)), range(2, 8, 3)[0:1], range(5)[:0])
