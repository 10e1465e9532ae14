# Nested unpacking targets in assignments and loops.

(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = "x", "yz"
print(a, b, c)
((a, b), (c, d)), e = ((1, 2), (3, 4)), 5
print(a, b, c, d, e)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)

records = [("ann", (31, "paris")), ("bob", (25, "rome"))]
for name, (age, city) in records:
    print(name, age, city)

for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)

# length mismatches in nested targets
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, (b, c) = 1, 2
except TypeError as e:
    print(type(e).__name__, e)

# chained assignment with unpacking
x = (p, q) = (1, 2)
print(x, p, q)
a = b = c = [0]
a.append(1)
print(b, c, a is c)
m, n = o = 3, 4
print(m, n, o)

# assignment order: targets are assigned left to right
order = []
class Recorder:
    def __setitem__(self, k, v):
        order.append((k, v))
r = Recorder()
r["first"], r["second"] = 1, 2
print(order)

# the right side is fully evaluated before any assignment
a, b = 1, 2
a, b = b, a + b
print(a, b)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, "changed"
print(i, lst)

# unpacking strings, dicts, sets (sorted)
a, b, c = "xyz"
print(a, b, c)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
s1, s2 = sorted({3, 1})
print(s1, s2)

# errors: too many values and non-iterables
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
