# Lambda expressions: defaults, closures, immediate calls, sorting keys.

square = lambda x: x * x
print(square(7), square.__name__)

add = lambda a, b=10: a + b
print(add(1), add(1, 2))

varargs = lambda *args, **kw: (args, sorted(kw.items()))
print(varargs(1, 2, z=3, a=4))

kwonly = lambda *, key: key * 2
print(kwonly(key="ab"))

print((lambda: "immediately called")())
print((lambda x, y: x ** y)(2, 10))

pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(max(pairs, key=lambda p: len(p[1])))

words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=lambda w: (w.lower(), w)))

# lambdas returning lambdas
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(1), adder(100)(1))

# conditional expression inside lambda
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-3, 0, 3)])

# lambda in default argument capturing loop variable
funcs = [lambda i=i: i * 10 for i in range(4)]
print([fn() for fn in funcs])

# lambda with map/filter
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 2, range(10))))

# qualname of nested lambdas
def outer():
    return lambda: None
print(outer().__qualname__, square.__qualname__)

# lambdas stored in a dict dispatch table
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in "+-*/":
    print(6, sym, 4, "=", ops[sym](6, 4))
