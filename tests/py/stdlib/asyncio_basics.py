# The event loop: callbacks, timers, futures, run(), Runner.
import asyncio

# A fresh loop, driven by hand.
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
order = []
loop.call_soon(order.append, 'soon1')
h = loop.call_soon(order.append, 'cancelled')
loop.call_soon(order.append, 'soon2')
print(repr(h), h.cancelled())
h.cancel()
print(repr(h), h.cancelled())
now = loop.time()
loop.call_at(now + 0.002, order.append, 'at2')
loop.call_at(now + 0.001, order.append, 'at1')
t = loop.call_later(0.003, order.append, 'later3')
print(type(t).__name__, t.when() > 0, t.cancelled())
loop.call_later(0.004, loop.stop)
loop.run_forever()
print(order)

# A callback that stops the loop from inside.
def stopper(tag):
    order.append(tag)
    loop.stop()

order.clear()
loop.call_soon(stopper, 'a')
loop.call_soon(order.append, 'b')
loop.run_forever()
print(order)

# The time is monotonic.
t1 = loop.time()
t2 = loop.time()
print(t2 >= t1)

# Futures.
f = loop.create_future()
print(repr(f), f.done(), f.cancelled())
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
calls = []
f.add_done_callback(lambda fut: calls.append(('cb1', fut.result())))
def cb2(fut):
    calls.append('cb2')
f.add_done_callback(cb2)
f.add_done_callback(cb2)
print(f.remove_done_callback(cb2))
loop.call_soon(f.set_result, 42)
print(loop.run_until_complete(f), repr(f), calls)
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print('set twice:', e)

f2 = loop.create_future()
f2.set_exception(ValueError('boom'))
print(repr(f2), repr(f2.exception()))
try:
    loop.run_until_complete(f2)
except ValueError as e:
    print('raised', e)

f3 = loop.create_future()
print(f3.cancel('why'), f3.cancel(), repr(f3), f3.cancelled(), f3.done())
try:
    f3.result()
except asyncio.CancelledError as e:
    print('CancelledError', e.args)

f4 = loop.create_future()
for bad in (StopIteration, 1):
    try:
        f4.set_exception(bad)
    except TypeError as e:
        print('TypeError', e)
f4.set_exception(KeyError)
print(repr(f4.exception()))
print(asyncio.isfuture(f4), asyncio.isfuture(1), f4.get_loop() is loop)
f5 = loop.create_future()
f5.set_result([1, 2, 3])
print(repr(f5))

# Coroutines on the loop.
async def add(a, b):
    await asyncio.sleep(0)
    return a + b

print(loop.run_until_complete(add(1, 2)))
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(len))
c = add(1, 1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(add))
print(loop.run_until_complete(c))

# Errors in callbacks go to the exception handler.
def handler(lp, context):
    message = context['message'].split(' at ')[0]
    print('handler:', message, repr(context.get('exception')))

loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
def failing():
    raise RuntimeError('in callback')
loop.call_soon(failing)
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_exception_handler({'message': 'custom'})
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print('TypeError', e)
loop.set_exception_handler(None)
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)

# Closing.
loop.close()
print(loop.is_closed())
loop.close()
for action in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
               lambda: loop.create_future() and loop.call_later(1, print)):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError', e)

# asyncio.run() and the running loop.
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)

async def main(x):
    lp = asyncio.get_running_loop()
    print('running:', lp.is_running(), asyncio.get_event_loop() is lp)
    try:
        lp.run_until_complete(lp.create_future())
    except RuntimeError as e:
        print('RuntimeError', e)
    return x * 10

print(asyncio.run(main(4)))
print(asyncio.run(main(5), debug=True))
try:
    asyncio.run(123)
except ValueError as e:
    print('ValueError', e)

async def nested():
    coro = main(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
asyncio.run(nested())

# Runner.
with asyncio.Runner() as runner:
    print(runner.run(add(2, 3)), runner.run(add(4, 5)))
    lp = runner.get_loop()
    print(lp.is_closed())
print(lp.is_closed())
c = add(1, 2)
try:
    runner.run(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()
r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r.close()

# A new loop set as the current one.
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
print(loop2.run_until_complete(add(10, 20)))
asyncio.set_event_loop(None)
loop2.close()
