# timeout(), timeout_at(), Timeout, and cancellation bookkeeping.
import asyncio

async def main():
    loop = asyncio.get_running_loop()

    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    async with t as entered:
        print(entered is t, repr(t), t.expired())
        await asyncio.sleep(0)
    print(repr(t))

    # Expiry turns the cancellation into TimeoutError.
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(1)
        print('not reached')
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, repr(cm), cm.expired())
    print('cancelling after timeout:', asyncio.current_task().cancelling())

    # A body that finishes in time.
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print('in time', cm.expired(), repr(cm))

    # A deadline already in the past still needs an await to fire.
    async with asyncio.timeout(-1) as cm:
        pass
    print('no await:', cm.expired())
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print('zero delay: TimeoutError')

    # timeout_at() and reschedule().
    try:
        async with asyncio.timeout_at(loop.time() + 10) as cm:
            cm.reschedule(loop.time() + 0.001)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled deadline hit')
    async with asyncio.timeout(0.001) as cm:
        cm.reschedule(None)
        print(cm.when())
        await asyncio.sleep(0.002)
    print('reschedule(None) disables it:', cm.expired())

    # Misuse.
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError', e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(repr(asyncio.Timeout(None)), asyncio.Timeout(5).when())

    # Other exceptions pass through a timeout untouched.
    try:
        async with asyncio.timeout(1):
            raise KeyError('key')
    except KeyError as e:
        print('KeyError', e)

    # Nested timeouts: the inner one fires first.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.001):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timed out')
            await asyncio.sleep(0)
            print('outer still running')
    except TimeoutError:
        print('outer timed out (wrong)')

    # A real cancellation during a timeout stays a cancellation.
    async def victim():
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
        except TimeoutError:
            return 'timeout'
    task = asyncio.create_task(victim())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('victim cancelled', task.cancelled())

    # A cancellation that is caught and handled.
    async def handles():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print('handled', e.args, asyncio.current_task().cancelling())
            raise
        finally:
            print('finally ran')
    task = asyncio.create_task(handles())
    await asyncio.sleep(0)
    task.cancel('reason')
    await asyncio.wait([task])
    print(task.cancelled())

    # Cancelling a task that waits on a future cancels the future.
    fut = loop.create_future()
    async def waiter():
        return await fut
    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print('future cancelled:', fut.cancelled(), task.cancelled())

    # wait_for keeps the inner exception.
    async def slow_fail():
        await asyncio.sleep(0.001)
        raise ValueError('late failure')
    try:
        await asyncio.wait_for(slow_fail(), timeout=1)
    except ValueError as e:
        print('ValueError', e)

    # Cancellation of a shielded wait.
    inner = asyncio.create_task(asyncio.sleep(0.002, 'shielded result'))
    async def shielded():
        return await asyncio.shield(inner)
    outer = asyncio.create_task(shielded())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner:', await inner)

asyncio.run(main())
