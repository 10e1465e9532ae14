# enumerate, map, filter, zip (incl. strict)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
print(list(map(str.upper, ["a", "b"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3, 4], [5, 2], [7, 7, 7])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3], (True, False))))
print(dict(zip("xyz", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
m = map(lambda v: print("mapping", v) or v * 10, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(lambda v: print("testing", v) or v > 1, [1, 2, 3])
print("filter created")
print(list(f), list(f))
e = enumerate(["p", "q"])
print(next(e), list(e))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
try:
    map(5, [1])
    print(list(map(5, [1])))
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
