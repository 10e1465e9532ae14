# Comprehension scopes: loop variables do not leak; class bodies; name resolution.

x = "outer"
squares = [x for x in range(5)]
print(squares, x)

total = sum(y * 2 for y in range(4))
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

d = {k: v for k, v in [("a", 1), ("b", 2)]}
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
print(d)

# comprehensions can read enclosing function locals
def scale(items, factor):
    return [i * factor for i in items]
print(scale([1, 2, 3], 10))

# in a class body only the first iterable sees class-level names
class K:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    offset = 100
    try:
        shifted = [v + offset for v in base]
    except NameError as e:
        shifted = "NameError: " + str(e)
print(K.doubled)
print(K.shifted)

# nested comprehension: inner loops see outer loop variables
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])

# the iteration variable shadows a global inside the comprehension only
n = 42
print([n for n in range(3)], n)

# comprehension inside a function referencing a later-assigned local
def later():
    fs = [lambda: z for _ in range(2)]
    z = "assigned after"
    return [f() for f in fs]
print(later())

# walrus in a comprehension binds in the containing scope
def walrus():
    data = [1, 5, 2, 8]
    big = [last := v for v in data if v > 1]
    return big, last
print(walrus())

# set and generator comprehension scopes
s = {c for c in "hello"}
print(sorted(s))
g = (c.upper() for c in "abc")
print(list(g), list(g))
