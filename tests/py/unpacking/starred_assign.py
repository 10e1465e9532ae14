# Starred assignment targets.

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = {"k": 1, "j": 2}
print(everything)
head, *tail = [0]
print(head, tail, type(tail).__name__)

# starred target always produces a list, even from a tuple or string
_, *t = (9, 8, 7)
print(t, type(t).__name__)

# in for loops
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)

# not enough values for the mandatory targets
try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    *a, b, c = "x"
except ValueError as e:
    print(type(e).__name__, e)

# unpacking an iterator and a generator
it = iter([10, 20, 30, 40])
p, *q = it
print(p, q)
g = (i * i for i in range(5))
*sq, big = g
print(sq, big)

# syntax errors
for src in ["*a = [1, 2]", "a, *b, *c = [1, 2, 3]", "*a, *b = 1, 2"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# starred in nested targets
(a, *b), c = [1, 2, 3], 4
print(a, b, c)

# starred with attributes and subscripts as targets
class NS:
    pass
ns = NS()
d = {}
ns.first, *d["rest"] = "abc"
print(ns.first, d)
