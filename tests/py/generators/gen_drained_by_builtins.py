# Generators consumed whole by list(), tuple(), sorted(): values, returns,
# errors, yield from, re-entrancy and exception state.
import sys
def g(n):
    for i in range(n):
        x = yield i
        assert x is None
    return "r"
print(list(g(4)), tuple(g(3)), sorted(g(5), reverse=True))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
def boom():
    yield 1
    1/0
try:
    list(boom())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def inner():
    yield "a"; yield "b"
def outer():
    yield from inner()
    yield list(inner())
    for v in inner():
        yield v + "!"
print(list(outer()))
gg = g(3)
print(next(gg), list(gg), list(gg))
def selfref():
    yield list(it)
it = selfref()
try:
    list(it)
except ValueError as e:
    print("ValueError", e)
def excinfo():
    yield sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(list(excinfo()))
print(list(x * 2 for x in range(5)), set(x % 3 for x in range(10)))
