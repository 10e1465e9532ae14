# TaskGroup: waiting for tasks, failures as ExceptionGroup, cancellation.
import asyncio

async def value(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def fail(msg, delay=0, exc=ValueError):
    await asyncio.sleep(delay)
    raise exc(msg)

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = value(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    async with tg as entered:
        print(entered is tg, repr(tg))
        t1 = tg.create_task(value(1, 0.002))
        t2 = tg.create_task(value(2, 0.001), name='second')
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name(), repr(tg))
    coro = value(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)

    # Tasks may add more tasks to their group.
    order = []
    async with asyncio.TaskGroup() as group:
        async def spawner(n):
            order.append(f'spawn {n}')
            if n:
                group.create_task(spawner(n - 1))
        group.create_task(spawner(3))
    print(order)

    # One failure cancels the other tasks.
    try:
        async with asyncio.TaskGroup() as group:
            slow = group.create_task(value('slow', 1))
            group.create_task(fail('first'))
            late = group.create_task(fail('late', 0.01))
    except* ValueError as eg:
        print(type(eg).__name__, eg.message, repr(eg.exceptions))
    print(slow.cancelled(), late.cancelled())

    # Several failures are all collected.
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail('a'))
            group.create_task(fail('b', exc=KeyError))
            group.create_task(fail('c', exc=TypeError))
    except* KeyError as eg:
        print('KeyError part', repr(eg.exceptions))
    except* (ValueError, TypeError) as eg:
        print('rest', sorted(repr(e) for e in eg.exceptions))

    # A failing body cancels the tasks and joins the group's errors.
    try:
        async with asyncio.TaskGroup() as group:
            t = group.create_task(value('never', 1))
            raise LookupError('from body')
    except ExceptionGroup as eg:
        print(repr(eg), t.cancelled())

    # The body's await is cancelled when a task fails.
    reached = []
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail('x'))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                reached.append('body cancelled')
                raise
    except ExceptionGroup as eg:
        print(repr(eg), reached)

    # Cancelling the task that owns the group cancels its tasks.
    cleanup = []
    async def worker(n):
        try:
            await asyncio.sleep(1)
        finally:
            cleanup.append(n)
    async def owner():
        async with asyncio.TaskGroup() as group:
            for n in range(3):
                group.create_task(worker(n))
    task = asyncio.create_task(owner())
    await asyncio.sleep(0.001)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('owner cancelled', task.cancelled(), sorted(cleanup))

    # A timeout around a group.
    try:
        async with asyncio.timeout(0.001):
            async with asyncio.TaskGroup() as group:
                group.create_task(value('slow', 1))
    except TimeoutError:
        print('TimeoutError around a TaskGroup')

    # Results after the group.
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(value(i * i)) for i in range(5)]
    print([t.result() for t in tasks])

    # Nested groups.
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(fail('deep'))
            outer.create_task(inner_group())
    except* ValueError as eg:
        print('nested', repr(eg))

asyncio.run(main())

# SystemExit and KeyboardInterrupt are re-raised as they are, and also
# stop the event loop.
async def exiting():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail('exit', exc=SystemExit))
    except SystemExit as e:
        print('SystemExit in the group:', e)
try:
    asyncio.run(exiting())
except SystemExit as e:
    print('SystemExit out of run():', e)
