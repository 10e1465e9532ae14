# Generators resumed by `for`, `yield from`, next() and send() in turn,
# with values on their stacks across yields, calls made from inside them,
# exceptions crossing them, and locals() and tracebacks read from them.
import sys


def helper(n):
    total = 0
    for i in range(n):
        total += i
    return total


def mid_expression(n):
    # Values wait on the generator's stack while it is suspended.
    for i in range(n):
        got = [i, (yield i * 10), helper(i), (yield -i)]
        print("list built", got)


def calls_inside(n):
    for i in range(n):
        yield helper(i) + sum(x for x in range(i))


def leaf(depth):
    if depth == 0:
        yield "leaf"
        raise KeyError("bottom")
    yield depth
    yield from leaf(depth - 1)


def tree(depth):
    result = yield from leaf(depth)
    yield result


def mixed_drivers():
    g = calls_inside(8)
    for v in g:
        print("for", v)
        if v > 5:
            break
    print("next", next(g))
    for v in g:
        print("for again", v)
    print("exhausted", list(g))


def with_locals(n):
    a = n
    for b in range(n):
        c = a + b
        yield sorted(locals().items())


def raises_in_callee():
    def bad(x):
        return 10 // x

    def gen():
        for x in (2, 1, 0, 5):
            yield bad(x)

    try:
        for v in gen():
            print("got", v)
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
        names = []
        tb = e.__traceback__
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)


def nested_loops():
    def inner(k):
        for j in range(k):
            yield j

    def outer(n):
        for i in range(n):
            for j in inner(i):
                yield i, j

    return [p for p in outer(4)]


def send_and_for():
    def acc():
        total = 0
        while True:
            got = yield total
            if got is None:
                return total
            total += got

    g = acc()
    next(g)
    for k in (1, 2, 3):
        print("send", g.send(k))
    try:
        g.send(None)
    except StopIteration as e:
        print("returned", e.value)


def deep(n):
    if n == 0:
        yield 0
        return
    for v in deep(n - 1):
        yield v + 1


g = mid_expression(2)
print(next(g))
for v in g:
    print("mid", v)
mixed_drivers()
for item in with_locals(3):
    print(item)
raises_in_callee()
print(nested_loops())
send_and_for()
try:
    for v in tree(4):
        print("tree", v)
except KeyError as e:
    print("tree raised", repr(e))
print(list(deep(50))[-1])
sys.setrecursionlimit(120)
try:
    print(list(deep(200))[-1])
except RecursionError as e:
    print("RecursionError", e)


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def noisy(n):
    for i in range(n):
        yield Noisy(i)


def loop_variable_replaced():
    for q in noisy(3):
        print("got", q.n)
    print("loop done")


loop_variable_replaced()
print("after")
