"""Tasks, and the functions that run coroutines together: sleep, gather,
wait, wait_for, as_completed, shield, ensure_future."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks', 'create_eager_task_factory',
           'eager_task_factory', '_register_task', '_unregister_task',
           '_enter_task', '_leave_task')

import contextvars

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .coroutines import _is_generator

_PENDING = futures._PENDING
_Future = futures.Future
_CancelledError = exceptions.CancelledError

# The number of the last automatic task name ('Task-1', 'Task-2', ...).
_task_name_counter = 0

# The task being executed by each running loop.
_current_tasks = {}

# The pending tasks of loops that do not keep their own set.
_other_tasks = set()


def _task_set(loop):
    """Return the set of pending tasks of loop."""
    tasks = getattr(loop, '_asyncio_tasks', None)
    if tasks is None:
        try:
            tasks = loop._asyncio_tasks = set()
        except AttributeError:
            tasks = _other_tasks
    return tasks


class _YieldOnce:
    """An awaitable that suspends the task for one turn of the loop (the
    bare yield that Task answers by scheduling the next step at once)."""

    __slots__ = ()

    def __await__(self):
        yield


_yield_once = _YieldOnce()


class Task(_Future):
    """A coroutine wrapped in a Future: the event loop runs it step by step
    until it returns, and the Task's result is the coroutine's."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None,
                 eager_start=False):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            global _task_name_counter
            _task_name_counter += 1
            self._name = f'Task-{_task_name_counter}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        _task_set(self._loop).add(self)
        if eager_start and self._loop.is_running():
            self._eager_start()
        else:
            self._loop.call_soon(self._step, context=context)

    def _repr_info(self):
        info = [self._state.lower()]
        if self._must_cancel and self._state == _PENDING:
            info[0] = 'cancelling'
        info.append(f'name={self._name!r}')
        info.append(f'coro=<{coroutines._format_coroutine(self._coro, self._state == _PENDING)}>')
        if self._state == futures._FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                import reprlib
                info.append(f'result={reprlib.repr(self._result)}')
        if self._fut_waiter is not None:
            info.append(f'wait_for={self._fut_waiter!r}')
        if self._callbacks:
            info.append(futures._format_callbacks(self._callbacks))
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """Return the frames of the suspended coroutine (not available
        here: always an empty list)."""
        return []

    def print_stack(self, *, limit=None, file=None):
        import sys
        if file is None:
            file = sys.stderr
        if self._state == _PENDING:
            print(f'No stack for {self!r}', file=file)
        elif self._exception is not None:
            import traceback
            print(f'Traceback for {self!r} (most recent call last):',
                  file=file)
            traceback.print_exception(self._exception, file=file)
        else:
            print(f'No stack for {self!r}', file=file)

    def cancel(self, msg=None):
        """Ask the task to stop: a CancelledError is thrown into the
        coroutine at its next step.  Return False if it is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The task wakes up with the waiter's CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the number of pending cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; return how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _eager_start(self):
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            # In the task's context, as every later step runs.
            self._context.run(self._run_step, None)
        finally:
            if previous is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = previous

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, _CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        current = _current_tasks.get(loop)
        if current is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while '
                               f'another task {current!r} is being executed.')
        _current_tasks[loop] = self
        try:
            self._run_step(exc)
        finally:
            del _current_tasks[loop]

    def _run_step(self, exc):
        """Advance the coroutine by one step and act on what it yields."""
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # The task was cancelled while it was finishing.
                self._must_cancel = False
                _Future.cancel(self, msg=self._cancel_message)
            else:
                _Future.set_result(self, stop.value)
        except _CancelledError as cancelled:
            # Keep the exception, to raise it (with its chain) from result().
            self._cancelled_exc = cancelled
            _Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as base:
            _Future.set_exception(self, base)
            _task_set(self._loop).discard(self)
            raise
        except BaseException as error:
            # Drop this frame from the traceback: it only relays the error.
            tb = error.__traceback__
            if tb is not None and tb.tb_frame.f_code.co_name == '_run_step':
                error.__traceback__ = tb.tb_next
            _Future.set_exception(self, error)
        else:
            self._handle_yield(result)
            return
        _task_set(self._loop).discard(self)

    def _handle_yield(self, result):
        loop = self._loop
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} '
                                     f'attached to a different loop')
            elif not blocking:
                error = RuntimeError(f'yield was used instead of yield from '
                                     f'in task {self!r} with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif result is None:
            # A bare yield (sleep(0)): run again on the next turn.
            loop.call_soon(self._step, context=self._context)
            return
        elif _is_generator(result):
            error = RuntimeError(f'yield was used instead of yield from for '
                                 f'generator in task {self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        loop.call_soon(self._step, error, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop; return its Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def current_task(loop=None):
    """Return the Task being run by the loop (default: the running one)."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    tasks = getattr(loop, '_asyncio_tasks', None)
    if tasks is None:
        tasks = _other_tasks
    return {t for t in tasks if t._loop is loop and not t.done()}


def _register_task(task):
    _task_set(task._loop).add(task)


def _unregister_task(task):
    _task_set(task._loop).discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the '
                           f'current task {current!r}.')
    del _current_tasks[loop]


def eager_task_factory(loop, coro, *, name=None, context=None):
    """A task factory that runs each coroutine's first step at once."""
    return Task(coro, loop=loop, name=name, context=context, eager_start=True)


def create_eager_task_factory(custom_task_constructor):
    """Return a task factory that builds eagerly started tasks with
    custom_task_constructor."""
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name,
                                       context=context, eager_start=True)
    return factory


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for the argument: a Future as it is, a coroutine or
    other awaitable wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    should_close = True
    if not coroutines.iscoroutine(obj):
        if getattr(type(obj), '__await__', None) is None:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
        obj = _wrap_awaitable(obj)
        should_close = False
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if should_close:
            obj.close()
        raise


async def sleep(delay, result=None):
    """Suspend the task for delay seconds; return result."""
    if delay <= 0:
        await _yield_once
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled,
                             future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it is really done."""
    waiter = fut.get_loop().create_future()

    def release(f):
        _release_waiter(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Wait for the awaitable fut to complete, for at most timeout seconds;
    on timeout, cancel it and raise TimeoutError."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except _CancelledError as exc:
            raise TimeoutError from exc
    from . import timeouts
    async with timeouts.timeout(timeout):
        return await fut


# The values of wait()'s return_when.
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in fs; return (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    for f in fs:
        if coroutines.iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks '
                            'explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Return an iterator of coroutines; awaiting each gives the next
    result in the order the awaitables finish."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(
            f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)  # A None in the queue means time out.
        todo.clear()

    def on_completion(f):
        if not todo:
            return  # on_timeout() was here first.
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _GatheringFuture(_Future):
    """The Future that gather() returns: cancelling it cancels the
    children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            # A child may ignore the cancellation: only then does the
            # gathering future end up with a CancelledError.
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; return a Future of the list of
    their results, in argument order.

    Without return_exceptions the first exception is propagated at once
    (the others keep running); with it, exceptions are results too."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    outer = None
    nfinished = 0

    def done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = _CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child._result
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    finished = []
    loop = None
    for arg in coros_or_futures:
        fut = arg_to_fut.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[arg] = fut
            # A child already done (an eager task that finished at once)
            # is counted below, once the outer future exists, rather than
            # through a callback on the next turn of the loop.
            if fut.done():
                finished.append(fut)
            else:
                fut.add_done_callback(done_callback)
        children.append(fut)
    nfuts = len(arg_to_fut)
    outer = _GatheringFuture(children, loop=loop)
    # When every child finished eagerly, the last of these calls completes
    # the gather before it is returned.
    for fut in finished:
        done_callback(fut)
    return outer


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned
    future does not cancel the inner task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # Mark it retrieved.
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to the loop; return a concurrent.futures.Future
    of its outcome."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
