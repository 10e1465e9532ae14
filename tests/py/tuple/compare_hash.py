# tuple comparison and use as dict keys
print((1, 2) == (1, 2), (1, 2) == (2, 1), (1, 2) != (1, 2, 3), (1,) == [1], () == ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"), (1, 2) <= (1, 2))
print((1, (2, 3)) < (1, (2, 4)), (1.0, 2) == (1, 2.0), (True, 0) == (1, False))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) < [1]
except TypeError as e:
    print(type(e).__name__, e)
print((1, "x") < (2, 3))
n = float("nan")
print((n,) == (n,), (1, n) < (2, n))
d = {(1, 2): "a", (3,): "b", (): "empty", ((1, 2), 3): "nested", (1, "x", 2.5): "mixed"}
print(d[(1, 2)], d[3,], d[()], d[((1, 2), 3)], d[1, "x", 2.5])
print(d)
d[1, 2] = "updated"
print(d[(1, 2)], len(d))
print(d.get((9, 9), "missing"), (3,) in d, [3] in [[3]])
try:
    d[(1, [2])] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d[(5, 6)])
except KeyError as e:
    print(type(e).__name__, e)
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], sorted(k for k in grid if k[0] == k[1]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (2, 1) in s)
pts = [(3, 1), (1, 2), (1, 1), (2, 5), (3, 0)]
print(sorted(pts), max(pts), min(pts, key=lambda p: p[1]), sorted(pts, key=lambda p: (-p[0], p[1])))
print({(1, 2): 1} == {(1.0, 2.0): 1}, dict([((1, 2), "x")]))
