# List comprehensions: basics, expressions, method calls, function calls.

print([x for x in range(10)])
print([x * x for x in range(10)])
print([str(x) + "!" for x in (1, 2, 3)])
print([c.upper() for c in "hello"])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([k + "=" + str(v) for k, v in {"x": 1, "y": 2}.items()])
print([None for _ in range(3)])
print([[] for _ in range(2)])

# the expression can be any expression, including conditionals and lambdas
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([f(3) for f in [lambda x: x + 1, lambda x: x * 2, abs]])
print([x for x in [3, 1, 2] if x] or ["empty"])

# comprehension over a string, a dict, a set (sorted), a generator
print([ord(c) - 96 for c in "abcz"])
print(sorted([k for k in {"b": 1, "a": 2}]))
print(sorted([x * 2 for x in {3, 1, 2}]))
print([x for x in (y * 3 for y in range(4))])

# results are independent list objects
rows = [[0] * 3 for _ in range(3)]
rows[0][0] = 1
print(rows)
shared = [[0] * 3] * 3
shared[0][0] = 1
print(shared)

# unpacking in the target
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points])
print([first for first, *rest in [(1, 2, 3), (4,), (5, 6)]])
print([(a, b, c) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])

# starred expressions inside the element
print([(*p, 0) for p in points])
print([[*range(n)] for n in range(4)])

# comprehension referencing an outer variable
factor = 7
print([factor * i for i in range(4)])

# comprehension in a function default and in a return
def multiples(n, count=[i for i in range(3)]):
    return [n * c for c in count]
print(multiples(5))

# large comprehension sums
print(sum([i for i in range(10000)]), len([i for i in range(1000) if i % 7 == 0]))
