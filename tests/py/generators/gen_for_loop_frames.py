# Generators driven by `for` loops: yields, returns, exceptions, exception
# state, re-entrancy and suspension across loops.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


print(list(count(3)), sum(x for x in count(5)))
total = 0
for v in count(4):
    total += v
print("total", total)


def raises_stop():
    yield 1
    raise StopIteration("inner")


try:
    for v in raises_stop():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def fails():
    yield "a"
    yield 1 / 0


def outer():
    for v in fails():
        print("outer saw", v)


try:
    outer()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def exc_state():
    print("in gen, exc_info:", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("after resume, still handling:", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]


try:
    raise ValueError("outer")
except ValueError:
    for v in exc_state():
        print("loop got", v, "| caller exc_info:", sys.exc_info()[0].__name__)
print("after except:", sys.exc_info()[0])


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = closing()
for v in g:
    print("first", v)
    break
print("suspended, running:", g.gi_running)
g.close()


def self_next():
    yield next(it)


it = self_next()
try:
    for v in it:
        pass
except ValueError as e:
    print("ValueError:", e)


def running():
    yield gen_r.gi_running


gen_r = running()
print("gi_running inside:", list(gen_r))


def nested(n):
    if n == 0:
        yield "leaf"
        return
    for v in nested(n - 1):
        yield v + str(n)


print(list(nested(4)))


def deep(n):
    for v in deep(n + 1):
        yield v
    yield n


try:
    for v in deep(0):
        pass
except RecursionError:
    print("RecursionError")


def delegating():
    r = yield from count(2)
    yield r


print(list(delegating()))

g2 = count(5)
for v in g2:
    if v == 1:
        break
print("resumed by next:", next(g2), "send:", g2.send(None))
for v in g2:
    print("rest", v)


def thrower():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + str(e)


g3 = thrower()
for v in g3:
    print("t", v)
    if v == 1:
        print(g3.throw(KeyError("x")))
