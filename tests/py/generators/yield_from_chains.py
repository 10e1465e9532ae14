# yield from through several levels, driven by for, list(), next() and
# send(); returns, exceptions, throw() and close() through the chain.
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf", n, got)


def mid(n):
    r = yield from leaf(n)
    s = yield ("mid", r)
    return ("mid-done", s)


def top(n):
    r = yield from mid(n)
    yield ("top", r)
    return "top-done"


print(list(top(3)))
for v in top(2):
    print("for", v)

g = top(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
print(g.send("d"))
try:
    g.send("e")
except StopIteration as e:
    print("stop", e.value)


def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    a = yield from tree(depth - 1)
    b = yield from tree(depth - 1)
    return a + b


t = tree(4)
out = []
while True:
    try:
        out.append(next(t))
    except StopIteration as e:
        print(len(out), "leaves, total", e.value)
        break


def raiser():
    yield 1
    raise KeyError("deep")


def catcher():
    try:
        yield from raiser()
    except KeyError as e:
        yield ("caught", e.args)
    yield "after"


print(list(catcher()))


def stops():
    yield 1
    raise StopIteration("x")


def outer_stops():
    yield from stops()


try:
    list(outer_stops())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield ("inner got", str(e))
    return "thrower-done"


def wrap():
    r = yield from thrower()
    yield ("wrap", r)


w = wrap()
print(next(w))
print(w.throw(ValueError("boom")))
print(next(w))
print(list(w))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")


def wrap2():
    try:
        yield from closer()
    finally:
        print("wrap2 finally")


w2 = wrap2()
print(next(w2))
w2.close()
print("closed")


def selfref():
    yield from gen_holder[0]


gen_holder = [None]
gen_holder[0] = selfref()
try:
    next(gen_holder[0])
except ValueError as e:
    print("ValueError:", e)


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


try:
    print(list(deep(50)))
except RecursionError:
    print("unexpected RecursionError")
try:
    list(deep(5000))
except RecursionError as e:
    print("RecursionError")


def sub_non_gen():
    r = yield from [10, 20]
    yield r


print(list(sub_non_gen()))


def started_twice():
    g = leaf(2)
    next(g)
    r = yield from g
    yield r


print(list(started_twice()))


def gen_with_exc_state():
    try:
        raise TypeError("outer")
    except TypeError:
        yield from leaf(1)
        print("exc_info in outer:", sys.exc_info()[0].__name__)


print(list(gen_with_exc_state()))
print("exc after:", sys.exc_info())


def sum_chain():
    total = 0
    for x in top(4):
        if isinstance(x, int):
            total += x
    return total


print(sum_chain())
