# Comprehension evaluation details: evaluation order, the first iterable, exceptions.

order = []
def it(name, values):
    order.append("iter " + name)
    return values
def pred(name, x):
    order.append("pred %s %r" % (name, x))
    return True

result = [(a, b) for a in it("A", [1, 2]) if pred("a", a) for b in it("B", "xy") if pred("b", b)]
print(result)
print(order)

# the first iterable is evaluated before the comprehension starts
def numbers():
    print("numbers() called")
    return [1, 2]
gen = (n for n in numbers())
print("generator created")
print(list(gen))

# exceptions inside comprehensions propagate normally
try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)

# modifying the iterated list during a comprehension
src = [1, 2, 3]
out = [src.append(x) or x for x in src[:]]
print(out, src)

# iterating a dict while building from it is fine when not mutating
d = {"a": 1, "b": 2}
print({k * 2: v for k, v in d.items()})
try:
    [d.update({k + k: 0}) for k in d]
except RuntimeError as e:
    print(type(e).__name__, e)

# comprehension variables are local even when named like a global
x = "global x"
print([x for x in "ab"], x)

# nested function inside comprehension capturing the loop variable
fs = [(lambda: i) for i in range(3)]
print([f() for f in fs])
fs = [(lambda i=i: i) for i in range(3)]
print([f() for f in fs])

# yield is not allowed in comprehensions
try:
    compile("[(yield x) for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# async comprehension outside async function
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
