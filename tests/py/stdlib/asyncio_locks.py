# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
import asyncio

def state(obj):
    # The bracketed part of the repr (the rest holds an address).
    return repr(obj).rsplit(' [', 1)[1]

async def main():
    # Lock.
    lock = asyncio.Lock()
    print(lock.locked(), state(lock))
    print(await lock.acquire(), lock.locked(), state(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    log = []
    async def critical(name, n):
        async with lock as value:
            log.append(f'{name} in ({value})')
            for _ in range(n):
                await asyncio.sleep(0)
            log.append(f'{name} out')
    await asyncio.gather(critical('a', 2), critical('b', 1), critical('c', 0))
    print(log)
    print(lock.locked())

    # A waiter cancelled while waiting does not get the lock.
    await lock.acquire()
    t1 = asyncio.create_task(lock.acquire())
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    t1.cancel()
    lock.release()
    print(await t2, t1.cancelled(), lock.locked())
    lock.release()

    # Event.
    event = asyncio.Event()
    print(event.is_set(), state(event))
    log.clear()
    async def waiter(name):
        log.append(f'{name} waiting')
        result = await event.wait()
        log.append(f'{name} woke {result}')
    tasks = [asyncio.create_task(waiter(n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    print(state(event))
    event.set()
    await asyncio.gather(*tasks)
    print(log, event.is_set(), await event.wait())
    event.clear()
    print(event.is_set(), state(event))

    # Condition.
    cond = asyncio.Condition()
    print(cond.locked(), state(cond))
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    items = []
    log.clear()
    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f'{name} took {items.pop(0)}')
    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(log)
    async def wait_once():
        async with cond:
            return await cond.wait(), cond.locked()
    waits = asyncio.create_task(wait_once())
    await asyncio.sleep(0)
    async with cond:
        print('wait released the lock')
        cond.notify(5)
    print(await waits, cond.locked())
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print('condition shares its lock:', shared.locked())

    # Semaphore.
    sem = asyncio.Semaphore(2)
    print(sem.locked(), state(sem))
    running = 0
    peak = 0
    async def limited(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0)
            running -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), 'peak', peak)
    await sem.acquire()
    await sem.acquire()
    print(sem.locked(), state(sem))
    sem.release()
    sem.release()
    sem.release()
    print('unbounded release:', state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print('bounded locked:', bsem.locked())
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError', e)
    zero = asyncio.Semaphore(0)
    t = asyncio.create_task(zero.acquire())
    await asyncio.sleep(0)
    print(t.done(), state(zero))
    zero.release()
    print(await t, state(zero))

    # Barrier.
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken, state(barrier))
    log.clear()
    async def party(name):
        index = await barrier.wait()
        log.append(name)
        return index
    ts = [asyncio.create_task(party(f'p{i}')) for i in range(2)]
    await asyncio.sleep(0)
    print(barrier.n_waiting, state(barrier), log)
    ts.append(asyncio.create_task(party('p2')))
    print(sorted(await asyncio.gather(*ts)), sorted(log))
    print(state(barrier))
    async with asyncio.Barrier(1) as pos:
        print('async with a barrier gives the index', pos)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', repr(e), b2.broken, state(b2))
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    await b2.reset()
    print(b2.broken, state(b2))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
