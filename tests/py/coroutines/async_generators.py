# Asynchronous generators: async for over them, asend, athrow, aclose.
import collections.abc
import types


def run(coro):
    value = None
    while True:
        try:
            got = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  suspended with", got)


class Tick:
    def __await__(self):
        yield "tick"


async def numbers(n):
    try:
        for i in range(n):
            await Tick()
            sent = yield i
            if sent is not None:
                print("sent", sent)
    finally:
        print("numbers cleanup")


async def main():
    out = []
    async for x in numbers(3):
        out.append(x)
    g = numbers(10)
    print(type(g).__name__, g.__name__, isinstance(g, collections.abc.AsyncGenerator))
    print(isinstance(g, types.AsyncGeneratorType), g.ag_running, g.ag_code.co_name)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("ignored?")) if False else "skip")
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    return out


print(run(main()))


async def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "caught %r" % e


async def use_athrow():
    g = catcher()
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    try:
        await g.athrow(ValueError("v"))
    except ValueError as e:
        print("ValueError propagated:", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished")


run(use_athrow())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def use_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(use_stubborn())


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def use_bad():
    try:
        async for x in raises_stop_async():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e)


run(use_bad())


async def early():
    return
    yield


async def use_early():
    async for x in early():
        print("never")
    print("empty loop done")
    g = numbers(2)
    await g.aclose()
    print("aclose of a new generator is quiet")
    a = g.__anext__()
    try:
        await a
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)


run(use_early())
print(repr(numbers(1)).split(" at ")[0])
