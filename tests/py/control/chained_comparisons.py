# Chained comparisons, identity and membership operators.

x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4 < 5)

calls = []
def v(n):
    calls.append(n)
    return n

print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print("short-circuited:", calls)

# is / is not
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))

# in / not in
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "z" in "hello")
print("a" in {"a": 1}, 1 in {"a": 1}, 3 in range(5), (1, 2) in [(1, 2)])
print(1 < 2 in [2], 1 < 2 in [3])

# comparisons between numeric types
print(1 == 1.0, 1 == True, 0 == False, 2 > 1.5, -1 < 0.0 < 1)
print(10 ** 20 > 10 ** 19, 10 ** 30 == 10.0 ** 30, 2 ** 53 + 1 == float(2 ** 53 + 1))

# sequence comparisons are lexicographic
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), "abc" < "abd", "Z" < "a")
print([] < [0], () == (), "" < "a", [1, [2, 3]] == [1, [2, 3]])

# comparing incompatible types raises TypeError
for left, right in [(1, "a"), ([1], (1,)), (None, 0), ("x", 1.5)]:
    try:
        print(left < right)
    except TypeError as e:
        print(type(e).__name__, e)

# equality between incompatible types is just False
print(1 == "1", [1] == (1,), None == 0, {} == [])

# NaN compares unequal to everything
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan])
