# Misuse of the asyncio API, and error reporting through the loop.
import asyncio
import gc

def show(e):
    text = str(e)
    # Drop reprs that hold file names.
    for sep in (': <Task', ' <Task'):
        if sep in text:
            text = text.split(sep)[0] + sep + '...>'
    print(type(e).__name__, text)

async def value(x):
    await asyncio.sleep(0)
    return x

# No running loop.
for func in (asyncio.get_running_loop, asyncio.current_task, asyncio.all_tasks,
             lambda: asyncio.timeout(1)):
    try:
        func()
    except RuntimeError as e:
        show(e)
coro = value(1)
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    show(e)
coro.close()

loop = asyncio.new_event_loop()
for bad in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print),
            lambda: loop.create_task(42), lambda: asyncio.ensure_future(42, loop=loop),
            lambda: asyncio.set_event_loop(42),
            lambda: asyncio.set_event_loop_policy(42)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        show(e)

# The future of another loop.
other = asyncio.new_event_loop()
fut = other.create_future()
try:
    asyncio.ensure_future(fut, loop=loop)
except ValueError as e:
    show(e)
try:
    loop.run_until_complete(fut)
except ValueError as e:
    show(e)

# Stopping the loop before the future is done.
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(loop.create_future())
except RuntimeError as e:
    show(e)

# Tasks do not accept results from outside.
task = loop.create_task(value(1))
for meth, arg in ((task.set_result, 1), (task.set_exception, ValueError())):
    try:
        meth(arg)
    except RuntimeError as e:
        show(e)
print(loop.run_until_complete(task))

# Closing a running loop.
async def close_running():
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        show(e)
    try:
        asyncio.get_running_loop().run_forever()
    except RuntimeError as e:
        show(e)
loop.run_until_complete(close_running())

# A task awaiting itself, and a bad yield.
async def self_await():
    await asyncio.current_task()
try:
    loop.run_until_complete(self_await())
except RuntimeError as e:
    show(e)

class BadAwaitable:
    def __await__(self):
        yield 'not a future'
async def bad_yield():
    await BadAwaitable()
try:
    loop.run_until_complete(bad_yield())
except RuntimeError as e:
    show(e)

# Awaiting something that is not awaitable.
async def await_int():
    await 42
try:
    loop.run_until_complete(await_int())
except TypeError as e:
    show(e)

# Exceptions reach the exception handler.
reports = []
def handler(lp, context):
    exc = context.get('exception')
    reports.append((context['message'].split(' at ')[0].split('\n')[0],
                    type(exc).__name__ if exc else None))
loop.set_exception_handler(handler)

def bad_callback():
    raise ZeroDivisionError('in callback')
loop.call_soon(bad_callback)
loop.call_soon(loop.stop)
loop.run_forever()

async def fails():
    raise KeyError('never retrieved')
task = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0.001))
del task
gc.collect()

fut = loop.create_future()
fut.set_exception(OSError('future error'))
del fut
gc.collect()

# An error raised by the handler itself is reported too (not tested here:
# it goes to the log).
loop.call_exception_handler({'message': 'by hand', 'exception': ValueError()})
for r in reports:
    print(r)

# Exceptions that propagate out of run_until_complete.
async def raises():
    await asyncio.sleep(0)
    raise ValueError('propagated')
try:
    loop.run_until_complete(raises())
except ValueError as e:
    show(e)

# A cancelled main coroutine.
async def cancel_me():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
try:
    loop.run_until_complete(cancel_me())
except asyncio.CancelledError as e:
    print('CancelledError', e.args)

# An uncaught exception in asyncio.run().
async def crash():
    raise LookupError('from run')
try:
    asyncio.run(crash())
except LookupError as e:
    show(e)

# Errors of run_coroutine_threadsafe.
try:
    asyncio.run_coroutine_threadsafe(42, loop)
except TypeError as e:
    show(e)
cfut = asyncio.run_coroutine_threadsafe(value('threadsafe'), loop)
print(loop.run_until_complete(asyncio.wrap_future(cfut, loop=loop)))
print(type(cfut).__module__, cfut.done(), cfut.result())

loop.close()
other.close()

# The current loop after asyncio.run().
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    show(e)

# Exception types.
print(issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print(issubclass(asyncio.InvalidStateError, Exception),
      asyncio.TimeoutError is TimeoutError,
      issubclass(asyncio.QueueEmpty, Exception),
      issubclass(asyncio.BrokenBarrierError, RuntimeError))
e = asyncio.IncompleteReadError(b'ab', 5)
print(e, e.partial, e.expected)
e = asyncio.LimitOverrunError('too long', 3)
print(e, e.consumed)
