# Generator functions: yield, lazy execution, state between yields, return.

def counter(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        print("resumed after", i)
        i += 1
    print("end")

g = counter(3)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"))

# generators are iterators
def squares(n):
    for i in range(n):
        yield i * i
s = squares(5)
print(iter(s) is s, type(s).__name__, list(s), list(s))

# return ends the generator; the value goes into StopIteration
def with_return():
    yield 1
    return "done value"
    yield 2
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

# yield as an expression without send gives None
def echo():
    while True:
        received = yield
        print("received", received)
        if received is None:
            break
e = echo()
next(e)
try:
    next(e)
except StopIteration:
    print("echo finished")

# yield inside try/finally
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("guarded cleanup")
for v in guarded():
    print(v)

# generator attributes
def named():
    yield
gn = named()
print(gn.__name__, gn.__qualname__, gn.gi_running, gn.gi_frame is not None)
list(gn)
print(gn.gi_frame)

# fibonacci generator
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

# generators in expressions
print(sum(squares(10)), max(squares(4)), sorted(squares(4), reverse=True), tuple(squares(3)))
