# async with and async for: the protocols, early exits, and their errors.


def run(coro):
    """Drive a coroutine to its end, printing what it suspends with."""
    value = None
    while True:
        try:
            got = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  suspended with", got)
        value = got


class Tick:
    """An awaitable that suspends once."""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        return (yield self.name)


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Tick("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Tick("exit " + self.name)
        return self.suppress


async def managers():
    async with Manager("a") as x, Manager("b") as y:
        print("body", x, y)
    async with Manager("c", suppress=True):
        raise KeyError("suppressed")
    try:
        async with Manager("d"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return await early_return()


async def early_return():
    async with Manager("r"):
        return "returned from inside"


print(run(managers()))


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        await Tick("item %d" % self.i)
        return self.i


async def loops():
    out = []
    async for x in Counter(2):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(6):
        if x % 2:
            continue
        if x > 4:
            break
        out.append(x)
    else:
        out.append("no else after break")
    async for a, b in Pairs():
        out.append(a + b)
    return out


class Pairs:
    def __aiter__(self):
        self.items = [(1, 2), (3, 4)]
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


print(run(loops()))


# Errors of the protocols.
class NoAexit:
    async def __aenter__(self):
        return 1


class PlainEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return False


class NotAsyncIterable:
    pass


class BadAiter:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class RaisingAnext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from __anext__")


async def use_with(obj):
    async with obj:
        pass


async def use_for(obj):
    async for x in obj:
        pass


for maker, obj in [(use_with, NoAexit()), (use_with, PlainEnter()), (use_with, object()),
                   (use_for, NotAsyncIterable()), (use_for, BadAiter()),
                   (use_for, BadAnext()), (use_for, RaisingAnext()), (use_for, [1, 2])]:
    try:
        run(maker(obj))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class AwaitReturnsCoroutine:
    def __await__(self):
        return early_return()


class AwaitReturnsInt:
    def __await__(self):
        return 7


async def await_it(obj):
    return await obj


for obj in [3, AwaitReturnsInt(), AwaitReturnsCoroutine(), None]:
    try:
        run(await_it(obj))
    except TypeError as e:
        print("TypeError:", e)
