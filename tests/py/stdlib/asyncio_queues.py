# Queue, LifoQueue, PriorityQueue; producers and consumers.
import asyncio

async def main():
    q = asyncio.Queue()
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize(), q.empty())
    print([q.get_nowait() for _ in range(3)], str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))

    bq = asyncio.Queue(maxsize=2)
    await bq.put('a')
    bq.put_nowait('b')
    print(bq.full(), str(bq))
    try:
        bq.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))

    # A blocked put() waits for a get().
    log = []
    async def putter():
        await bq.put('c')
        log.append('put c done')
    task = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print('putters waiting:', '_putters[1]' in str(bq), log)
    log.append(await bq.get())
    await task
    print(log, [bq.get_nowait() for _ in range(bq.qsize())])

    # A blocked get() waits for a put().
    async def getter(name):
        item = await q.get()
        log.append(f'{name} got {item}')
    log.clear()
    getters = [asyncio.create_task(getter(n)) for n in ('g1', 'g2')]
    await asyncio.sleep(0)
    print('getters waiting:', '_getters[2]' in str(q))
    q.put_nowait('x')
    q.put_nowait('y')
    await asyncio.gather(*getters)
    print(log)

    # Cancelling a waiting get() leaves the queue usable.
    task = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print(task.cancelled(), str(q))
    q.put_nowait('after cancel')
    print(await q.get())

    # LifoQueue and PriorityQueue.
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    got = []
    for _ in range(3):
        got.append(await lq.get())
    print(str(lq), got)
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
        pq.put_nowait(item)
    print(pq.qsize(), [pq.get_nowait() for _ in range(4)])

    # task_done() and join().
    work = asyncio.Queue()
    done = []
    async def worker(name):
        while True:
            item = await work.get()
            await asyncio.sleep(0)
            done.append((name, item))
            work.task_done()
    for i in range(6):
        work.put_nowait(i)
    print(str(work))
    workers = [asyncio.create_task(worker(f'w{n}')) for n in range(2)]
    await work.join()
    print(sorted(item for _, item in done), len(done), str(work))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        work.task_done()
    except ValueError as e:
        print('ValueError', e)
    await work.join()
    print('join on finished queue returns')

    # Producer/consumer with a bounded queue.
    pc = asyncio.Queue(1)
    consumed = []
    async def producer():
        for i in range(5):
            await pc.put(i)
        await pc.put(None)
    async def consumer():
        while (item := await pc.get()) is not None:
            consumed.append(item * item)
    await asyncio.gather(producer(), consumer())
    print(consumed)

    try:
        asyncio.Queue(loop=None)
    except TypeError as e:
        print('TypeError', e)
    print(asyncio.Queue[int])

asyncio.run(main())
