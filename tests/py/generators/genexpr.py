# Generator expressions: laziness, scoping, single use, nesting, conditions.

g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))

# lazy evaluation: side effects happen on demand
def noisy(n):
    print("producing", n)
    return n
g = (noisy(i) for i in range(3))
print("generator made")
print(next(g))
print(sum(g))

# the first iterable is evaluated immediately, others lazily
try:
    g = (x for x in undefined_name)
except NameError as e:
    print("immediate:", type(e).__name__, e)
g = (x + y for x in range(2) for y in undefined_later)
try:
    next(g)
except NameError as e:
    print("lazy:", type(e).__name__, e)

# conditions and nesting
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((a, b) for a in range(3) for b in range(3) if a != b))
print(list(list(c for c in w) for w in ["ab", "cd"]))

# as the sole argument to a function, parentheses can be dropped
print(sum(i for i in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print("-".join(str(i) for i in range(5)), sorted((c for c in "hello"), reverse=True))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(dict((k, k * 2) for k in "ab"), tuple(i for i in range(3)))

# generator expression with a closure over a loop variable of the enclosing function
def make():
    base = 10
    return (base + i for i in range(3))
print(list(make()))

# short-circuiting consumers stop the generator early
consumed = []
def track(xs):
    for x in xs:
        consumed.append(x)
        yield x
print(any(x > 2 for x in track(range(10))), consumed)

# generator expressions are closed when exhausted
g = (i for i in range(2))
print(list(g), g.gi_frame)

# unpacking a generator
a, b, c = (i * 2 for i in range(3))
print(a, b, c)
try:
    a, b = (i for i in range(3))
except ValueError as e:
    print(type(e).__name__, e)

# a generator expression must be parenthesized when not the sole argument
try:
    compile("f(x for x in y, 1)", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
