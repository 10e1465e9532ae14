# Coroutines driven by hand: send, throw, close, their results and errors.
import types
import collections.abc


def run(coro):
    """Drive a coroutine that awaits nothing that suspends."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


async def add(a, b):
    return a + b


async def twice(x):
    return await add(x, x) + await add(1, 2)


c = twice(5)
print(type(c).__name__, c.__name__, c.__qualname__)
print(isinstance(c, collections.abc.Coroutine), isinstance(c, collections.abc.Awaitable))
print(isinstance(c, types.CoroutineType), c.cr_running, c.cr_await, c.cr_code.co_name)
print(c.cr_suspended, c.cr_frame is not None)
print(run(c))
print(c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Suspend:
    """An awaitable that suspends once, yielding its tag."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return ("resumed", self.tag, got)


async def steps():
    a = await Suspend("first")
    b = await Suspend("second")
    return [a, b]


c = steps()
print(c.send(None))
print(type(c.cr_await).__name__)
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("returned", e.value)

# throw() lands in the innermost awaitable first.
class Catching:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            return "caught " + repr(e)


async def outer():
    r = await Catching()
    return r + "!"


c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = outer()
c.send(None)
try:
    c.throw(ValueError("not caught"))
except ValueError as e:
    print("ValueError:", e)

# close() runs finally blocks.
async def with_finally():
    try:
        await Suspend("in try")
    finally:
        print("finally ran")


c = with_finally()
c.send(None)
c.close()
print(c.cr_frame)

# Errors.
try:
    twice(1).send(5)
except TypeError as e:
    print("TypeError:", e)

async def raises_stop():
    raise StopIteration(3)

try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

c = twice(2)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    list(c)
except TypeError as e:
    print("TypeError:", e)
c.close()

# __await__ gives an iterator that drives the coroutine.
c = steps()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print(e.value)
