# gather() over children that are already done (eager tasks that finished
# at once, finished futures): they are counted when gather returns, so the
# outer future can be done before the loop turns, as in CPython 3.12.
import asyncio

log = []


async def leaf(i):
    log.append(('leaf', i))
    return i * i


async def sleeper(i):
    await asyncio.sleep(0)
    log.append(('sleeper', i))
    return -i


async def failing():
    raise ValueError('boom')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    g = asyncio.gather(leaf(1), leaf(2), leaf(3))
    print('eager gather done at once:', g.done(), log)
    print(await g)
    log.clear()
    g = asyncio.gather(leaf(4), sleeper(5), leaf(6))
    print('mixed gather done at once:', g.done(), log)
    print(await g, log)
    f = loop.create_future()
    f.set_result('ready')
    g = asyncio.gather(f, leaf(7), f)
    print('finished future:', g.done(), await g)
    g = asyncio.gather(leaf(8), failing(), return_exceptions=True)
    print('return_exceptions:', g.done(), [repr(r) for r in await g])
    g = asyncio.gather(leaf(9), failing())
    print('error at once:', g.done())
    try:
        await g
    except ValueError as e:
        print('raised', repr(e))
    loop.set_task_factory(None)
    log.clear()
    g = asyncio.gather(leaf(10), leaf(11))
    print('lazy gather done at once:', g.done(), log)
    print(await g, log)


asyncio.run(main())
