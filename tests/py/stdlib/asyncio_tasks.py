# Tasks: creation, names, results, cancellation, current_task, shield.
import asyncio
import contextvars

log = []

async def work(name, delay, result=None):
    log.append(f'start {name}')
    await asyncio.sleep(delay)
    log.append(f'end {name}')
    return result if result is not None else name.upper()

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    me = asyncio.current_task()
    print('main task:', me.get_name(), me.get_coro().__name__, me.done())
    t1 = asyncio.create_task(work('a', 0.002))
    t2 = asyncio.create_task(work('b', 0), name='custom')
    print(t1.get_name(), t2.get_name(), t1.done())
    print(repr(t2).startswith("<Task pending name='custom' coro=<work()"))
    print(await t1, await t2, t1.done(), t1.result())
    print(log)
    log.clear()
    t2.set_name(99)
    print(repr(t2.get_name()))
    print(repr(t2).split(' coro=')[0])

    # A task's exception.
    t3 = asyncio.create_task(fail('oops'))
    try:
        await t3
    except ValueError as e:
        print('caught', e, repr(t3.exception()))
    print(repr(t3).endswith("exception=ValueError('oops')>"))

    # Tasks run in creation order; sleep(0) yields to the others.
    order = []
    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)
    ts = [asyncio.create_task(step(n)) for n in range(3)]
    for t in ts:
        await t
    print(order)

    # sleep() returns its result.
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.001, 'tiny'))

    # Cancelling a sleeping task.
    t4 = asyncio.create_task(work('c', 10))
    await asyncio.sleep(0)
    print(t4.cancel('stop it'), t4.cancelling(), t4.cancel(), t4.cancelling())
    try:
        await t4
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
    print(t4.cancelled(), t4.done(), t4.cancel(), repr(t4).split(' coro=')[0])
    try:
        t4.result()
    except asyncio.CancelledError as e:
        print('result() raises CancelledError', e.args)
    print(log)
    log.clear()

    # Cancelling before the first step.
    t5 = asyncio.create_task(work('d', 0))
    t5.cancel()
    try:
        await t5
    except asyncio.CancelledError as e:
        print('never started', e.args, log, t5.cancelling())
    print(t5.uncancel(), t5.uncancel())

    # A coroutine that catches its cancellation and returns.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print('caught cancel, cancelling =', task.cancelling())
            task.uncancel()
            return 'survived'
    t6 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t6.cancel()
    print(await t6, t6.cancelled())

    # all_tasks() holds the pending tasks.
    t7 = asyncio.create_task(work('e', 0.001))
    print(len(asyncio.all_tasks()), t7 in asyncio.all_tasks(), me in asyncio.all_tasks())
    await t7

    # ensure_future() on coroutines, futures and awaitables.
    f = asyncio.ensure_future(work('f', 0))
    print(type(f).__name__, await f)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaited'
    f2 = asyncio.ensure_future(Awaitable())
    print(type(f2).__name__, await f2, await Awaitable())

    # shield() protects the inner task from cancellation.
    inner = asyncio.create_task(work('g', 0.005, 'inner result'))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    print(outer.cancel(), outer.cancelled(), inner.cancelled())
    print(await inner)
    print(asyncio.shield(inner) is inner)
    log.clear()

    # Tasks run in a copy of the context they were created in.
    var = contextvars.ContextVar('var', default='default')
    var.set('main')
    async def reader(value):
        before = var.get()
        var.set(value)
        await asyncio.sleep(0)
        return before, var.get()
    print(await asyncio.create_task(reader('task1')), var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'ctx')
    print(await asyncio.create_task(reader('task2'), context=ctx), ctx[var])
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(var.get()))
    loop.call_soon(lambda: seen.append(var.get()), context=ctx)
    await asyncio.sleep(0)
    print(seen)

    # A task awaiting a future set by a callback.
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 'from timer')
    print(await fut)
    # to_thread() and run_in_executor() run the function.
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    print(await loop.run_in_executor(None, max, 4, 9, 2))
    return 'main done'

print(asyncio.run(main()))

# Task factories and eager tasks.
async def factory_main():
    loop = asyncio.get_running_loop()
    made = []
    def factory(lp, coro, **kwargs):
        made.append(coro.__name__)
        return asyncio.Task(coro, loop=lp, **kwargs)
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(work('h', 0), name='named')
    print(await t, t.get_name(), made)
    loop.set_task_factory(asyncio.eager_task_factory)
    log.clear()
    t = asyncio.create_task(work('i', 0))
    print(log, t.done())
    await t
    async def quick():
        return 'eager result'
    t = asyncio.create_task(quick())
    print(t.done(), t.result())
    loop.set_task_factory(None)

asyncio.run(factory_main())

# Tasks still pending when run() ends are cancelled.
async def leaves_task():
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('cleanup ran')
            raise
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return 'returned'
print(asyncio.run(leaves_task()))
