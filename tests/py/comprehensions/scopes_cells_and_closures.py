# Comprehensions and generator expressions with closures, cells of their
# own, nesting, class bodies, and errors raised inside them.


def outer(k):
    scale = k * 10
    squares = [x * scale for x in range(3)]
    evens = {x: x % k for x in range(4)}
    gen = (x + scale for x in range(2))
    return squares, evens, list(gen), sum(y * k for y in range(3))


print(outer(2))

# the loop variable captured by lambdas: a cell of the comprehension
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
gs = list((lambda: x * 2) for x in range(3))
print([g() for g in gs])


def counter():
    n = 0

    def bump(v):
        nonlocal n
        n += v
        return n

    return [bump(i) for i in range(4)], n


print(counter())

# nested comprehensions, the inner ones closing over outer loop variables
print([[i * j for j in range(i)] for i in range(4)])
print({i: {j for j in range(i) if j % 2} for i in range(5)})
print(list(((i, j) for i in range(2) for j in range(i, 3))))


class Config:
    base = 5
    table = [n * 2 for n in range(3)]
    firsts = [base + n for n in range(2)] if False else None
    try:
        broken = [base + n for n in range(2)]
    except NameError as e:
        error = str(e)


print(Config.table, Config.firsts, Config.error)

g = (x for x in range(3))
print(g.__name__, g.__qualname__, type(g).__name__)


def named():
    return (c for c in "ab")


print(named().__qualname__, list(named()))


def fails(items):
    return [1 / x for x in items]


try:
    fails([1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

try:
    [x for x in 5]
except TypeError as e:
    print("TypeError:", e)

try:
    list(x for x in None)
except TypeError as e:
    print("TypeError:", e)


def deep(n):
    return [deep(n - 1) for _ in range(1)] if n else []


try:
    deep(10000)
except RecursionError:
    print("RecursionError")

# the outermost iterable is evaluated once, before the comprehension runs
calls = []


def source():
    calls.append("source")
    return [1, 2]


r = [calls.append(v) or v for v in source()]
print(r, calls)

# a walrus inside a comprehension binds in the enclosing scope
total = 0
vals = [total := total + v for v in range(4)]
print(vals, total)
