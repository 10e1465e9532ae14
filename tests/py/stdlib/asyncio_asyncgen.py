# Async generators and async iteration driven by the event loop.
import asyncio

async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        print('echo closed with', received)
        raise

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    total = []
    async for i in ticker(4):
        total.append(i)
    print(total)
    async for i in Countdown(3):
        print('countdown', i)

    # Two generators interleave on the loop.
    log = []
    async def consume(name, n):
        async for i in ticker(n):
            log.append((name, i))
    await asyncio.gather(consume('a', 3), consume('b', 2))
    print(log)

    # anext(), asend(), athrow(), aclose().
    gen = ticker(2)
    print(await anext(gen), await gen.__anext__())
    try:
        await anext(gen)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(gen, 'default'))
    e = echo()
    print(await e.asend(None), await e.asend('x'), await e.asend('y'))
    await e.aclose()
    async def thrower():
        try:
            yield 1
        except ValueError as exc:
            yield f'caught {exc}'
    t = thrower()
    print(await anext(t), await t.athrow(ValueError('boom')))
    await t.aclose()

    # A generator feeding a queue, with a timeout around the loop.
    q = asyncio.Queue()
    async def producer():
        async for i in ticker(3):
            await q.put(i)
        await q.put(None)
    asyncio.create_task(producer())
    items = []
    async with asyncio.timeout(1):
        while (item := await q.get()) is not None:
            items.append(item)
    print(items)

    # Breaking out of async for, then closing the generator.
    gen = ticker(10)
    async for i in gen:
        if i == 2:
            break
    await gen.aclose()
    print('stopped at', i)

    # An async generator that is cancelled while suspended.
    async def slow_gen():
        try:
            yield 'first'
            await asyncio.sleep(1)
            yield 'never'
        finally:
            print('slow_gen cleanup')
    async def reader():
        async for item in slow_gen():
            print('read', item)
    task = asyncio.create_task(reader())
    await asyncio.sleep(0.001)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('reader cancelled')

asyncio.run(main())
