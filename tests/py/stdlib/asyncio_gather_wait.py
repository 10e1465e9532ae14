# gather, wait, as_completed and wait_for.
import asyncio

async def value(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    # gather keeps the argument order, not the completion order.
    print(await asyncio.gather(value(1, 0.003), value(2, 0.001), value(3, 0.002)))
    print(await asyncio.gather())
    print(await asyncio.gather(value('only')))
    # The same coroutine or future twice runs once.
    c = value('twice')
    print(await asyncio.gather(c, c))
    f = asyncio.ensure_future(value('fut'))
    print(await asyncio.gather(f, f, value('other')))

    # Exceptions.
    print(await asyncio.gather(value(1), fail('bad'), value(3), return_exceptions=True))
    slow = asyncio.create_task(value('slow', 0.01))
    try:
        await asyncio.gather(fail('first'), slow)
    except ValueError as e:
        print('gather raised', e, 'slow done:', slow.done())
    print('slow still finishes:', await slow)

    # Cancelling a child shows up as a CancelledError result.
    child = asyncio.create_task(value('child', 1))
    g = asyncio.gather(child, value('ok'), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel('message')
    print(await g)
    child = asyncio.create_task(value('child', 1))
    g = asyncio.gather(child)
    child.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('child cancelled -> gather raises CancelledError', g.cancelled())

    # Cancelling the gather cancels the children.
    kids = [asyncio.create_task(value(i, 1)) for i in range(3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    print(g.cancel('gather msg'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, [k.cancelled() for k in kids])
    print(g.done(), g.cancel())

    # wait() with every return_when value.
    ts = [asyncio.create_task(value(i, 0.01 * i), name=f't{i}') for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first completed:', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all completed:', names(done), names(pending))
    print(sorted(t.result() for t in done))

    ts = [asyncio.create_task(value(1, 0.001), name='v1'),
          asyncio.create_task(fail('x', 0.002), name='f2'),
          asyncio.create_task(value(3, 1), name='v3')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception:', names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.001)
    print('timeout:', names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print('after cancel:', names(done), [t.cancelled() for t in done])
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    # wait() errors.
    for args, kwargs in [(([],), {}), ((asyncio.ensure_future(value(0)),), {}),
                         ((ts,), {'return_when': 'bogus'})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro = value(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(type(e).__name__, e)
    coro.close()

    # as_completed yields in completion order.
    results = []
    ta = asyncio.create_task(value('a', 0.001))
    tb = asyncio.create_task(value('b', 0.002))
    tc = asyncio.create_task(value('c', 0.003))
    for next_done in asyncio.as_completed([tc, ta, tb]):
        results.append(await next_done)
    print(results)
    results = []
    fast = asyncio.get_running_loop().create_future()
    fast.set_result('fast')
    try:
        for next_done in asyncio.as_completed([fast, value('slow', 1)], timeout=0.01):
            results.append(await next_done)
    except TimeoutError:
        print('as_completed timed out after', results)
    try:
        for x in asyncio.as_completed(asyncio.ensure_future(value(1))):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    # wait_for.
    print(await asyncio.wait_for(value('in time', 0.001), timeout=1))
    print(await asyncio.wait_for(value('no timeout'), None))
    t = asyncio.create_task(value('late', 1))
    try:
        await asyncio.wait_for(t, 0.001)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, t.cancelled())
    try:
        await asyncio.wait_for(value('zero', 0.001), 0)
    except TimeoutError as e:
        print('zero timeout: TimeoutError')
    done_fut = asyncio.get_running_loop().create_future()
    done_fut.set_result('already done')
    print(await asyncio.wait_for(done_fut, 0))
    try:
        await asyncio.wait_for(fail('inner error'), 1)
    except ValueError as e:
        print('ValueError', e)
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
