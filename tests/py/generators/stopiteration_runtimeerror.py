# PEP 479: StopIteration raised inside a generator becomes RuntimeError.

def leaks():
    yield 1
    raise StopIteration("leaked")

g = leaks()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

# next() on an exhausted iterator inside a generator
def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2, 3]))))
except RuntimeError as e:
    print(type(e).__name__, e)

# the correct way: catch StopIteration and return
def safe(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v
print(list(safe(iter([1, 2, 3]))))

# subclasses of StopIteration are converted too
class MyStop(StopIteration):
    pass
def sub():
    yield 0
    raise MyStop
try:
    list(sub())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# StopIteration in a plain function called by a for loop body just propagates
def plain():
    raise StopIteration("from plain function")
try:
    for i in range(1):
        plain()
except StopIteration as e:
    print("plain function:", type(e).__name__, e)

# generator expressions follow the same rule
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print("genexpr:", type(e).__name__, e)

# list comprehensions do not convert (they are not generators)
try:
    print([stopper(x) for x in range(5)])
except StopIteration as e:
    print("listcomp:", type(e).__name__)

# return in a generator is a normal StopIteration for the caller
def returns():
    yield 1
    return 2
it = returns()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("return value", e.value)
