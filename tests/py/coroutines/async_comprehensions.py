# Comprehensions in async functions: await in the element and the
# conditions, and async for clauses over asynchronous iterators.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def double(x):
    await Tick()
    return 2 * x


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


async def is_even(x):
    await Tick()
    return x % 2 == 0


async def main():
    x = "outer x"
    a = [await double(x) for x in range(4)]
    b = [y async for y in agen(5)]
    c = {y: await double(y) async for y in agen(3)}
    d = {await double(y) for y in range(3) if await is_even(y)}
    e = [(i, j) async for i in agen(3) for j in range(i) if j != 1]
    f = [[await double(k) for k in range(j)] async for j in agen(3)]
    g = [y async for y in agen(6) if y % 3]
    print(x)
    return a, b, c, sorted(d), e, f, g


print(run(main()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from __anext__")


async def failing():
    try:
        return [v async for v in Failing()]
    except KeyError as e:
        return "KeyError " + str(e)


print(run(failing()))


# Asynchronous generator expressions, in async functions and elsewhere.
def sync_maker(src):
    return (x * 10 async for x in src)


async def genexprs():
    g = (x async for x in agen(4) if x != 2)
    print(type(g).__name__, g.__name__)
    out = [y async for y in g]
    h = (await double(x) for x in range(3))
    out2 = [y async for y in h]
    out3 = [z async for z in sync_maker(agen(3))]
    nested = [[w async for w in agen(i)] for i in range(3)]
    return out, out2, out3, nested


print(run(genexprs()))
