# An eager task's first step runs in the task's context, as its later steps
# do: what it sets there is not seen by the code that created it.
import asyncio, contextvars
v = contextvars.ContextVar('v', default='outer')
async def child():
    v.set('child')
    await asyncio.sleep(0)
    return v.get()
async def child2():
    v.set('child2')
    return v.get()
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(child())
    print(v.get())
    print(await t, v.get())
    t2 = asyncio.create_task(child2())
    print(t2.done(), v.get(), await t2)
    ctx = contextvars.copy_context()
    t3 = asyncio.create_task(child2(), context=ctx)
    print(ctx.get(v), v.get(), await t3)
asyncio.run(main())
