# range with bounds or lengths beyond 64 bits.
B = 10 ** 20
r = range(-B, B, 3)
print(r, r.start, r.stop, r.step, bool(r), bool(range(B, -B)))
print(r[0], r[-1], r[12345678901234567890], r[-B // 3])
print(r[::B], r[5:2], r[-3:], r[::-1], r[1:-1:2][3])
print(range(B)[:10], list(range(B)[:5]), list(range(B, B + 3)), list(reversed(range(B, B + 3))))
print(list(reversed(range(-B, B, B // 2))))
print(0 in range(-B, B), -B in r, B in r, (-B + 3) in r, (-B + 4) in r, True in range(B), 2.0 in range(B + 1, B + 5) )
print(r.index(-B + 30), r.count(-B + 30), r.count(5), range(B - 2, B + 3).count(float(B)))
for bad in [lambda: r.index(4), lambda: r[B], lambda: r[-B], lambda: len(r), lambda: r["x"], lambda: r[::0], lambda: r[1.5:]]:
    try:
        print(bad())
    except (IndexError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(range(B) == range(0, B, 1), range(B, B) == range(0), range(B, B + 1, 5) == range(B, B + 2, 7), range(B) != range(B + 1))
print(hash(range(B)) == hash(range(0, B)), hash(range(0)) == hash(range(B, 1)), {range(B, B + 1): 1}[range(B, B + 1, 99)])
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)], range(3) == range(0, 3, 1))
it = iter(range(B, B + 2))
print(type(it).__name__, next(it), next(it), next(it, "end"), type(it).__name__)
print(type(iter(range(3))).__name__, type(reversed(range(B, B + 1))).__name__)
wide = range(-2 ** 63, 2 ** 63 - 1)
print(wide[-1], wide[2 ** 63], len(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)))
try:
    len(wide)
except OverflowError as e:
    print("OverflowError", e)
print(sum(range(B, B + 4)), max(range(B, B + 4)), sorted(range(B + 2, B, -1)))
print(range(2 ** 62, 2 ** 63 - 1, 2 ** 61)[1:], range(10)[2 ** 70:], range(10)[-2 ** 70:3])
print(range(0, 10)[True], range(5)[False:True])
