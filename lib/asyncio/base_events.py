"""The event loop: a single-threaded scheduler of callbacks and timers.

There is no I/O to wait for, so one turn of the loop runs every callback
that is ready; when none is ready it sleeps (time.sleep) until the
earliest timer is due.  A loop with nothing ready and no timer could only
wait forever, so it raises RuntimeError instead.
"""

__all__ = ('BaseEventLoop', 'Server')

import heapq
import time as _time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

_heappush = heapq.heappush
_heappop = heapq.heappop
_monotonic = _time.monotonic
_sleep = _time.sleep

# Clean the timer heap when more than this many timers are cancelled and
# they make up more than half of it.
_MIN_CANCELLED_TIMERS = 100


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The exception propagates out of the loop by itself.
            return
    fut.get_loop().stop()


class Server(events.AbstractServer):
    """Servers cannot be created: there is no network I/O."""


class BaseEventLoop(events.AbstractEventLoop):
    """An event loop with callbacks and timers but no I/O."""

    def __init__(self):
        self._ready = []
        # A heap of (when, sequence number, TimerHandle).
        self._scheduled = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._default_executor = None
        self._clock_resolution = 1e-09
        self.slow_callback_duration = 0.1
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # Futures and tasks.

    def create_future(self):
        """Create a Future attached to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine as a Task and return the Task."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                task.set_name(name)
            except AttributeError:
                pass
        return task

    def set_task_factory(self, factory):
        """Set the factory that create_task() uses (None: Task)."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # Running and stopping.

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done;
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # Mark the exception retrieved: it propagates from here.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop the loop after the callbacks that are ready now have run."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Close the loop, dropping every pending callback."""
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators still open (none are tracked
        here)."""
        self._asyncgens_shutdown_called = True
        return

    async def shutdown_default_executor(self, timeout=None):
        """Shut the default executor down."""
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=True)
        return

    # Scheduling callbacks.

    def time(self):
        """Return the loop's time: time.monotonic()."""
        return _monotonic()

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or \
                coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the next turn of the loop."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(); there is only one thread."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at the loop time when."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        _heappush(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _clean_cancelled_timers(self):
        kept = []
        for entry in self._scheduled:
            if entry[2]._cancelled:
                entry[2]._scheduled = False
            else:
                kept.append(entry)
        heapq.heapify(kept)
        self._scheduled = kept
        self._timer_cancelled_count = 0

    def _run_once(self):
        """Run one turn of the loop: wait for the first timer if nothing is
        ready, move due timers to the ready list, run the ready list."""
        scheduled = self._scheduled
        if (self._timer_cancelled_count > _MIN_CANCELLED_TIMERS and
                self._timer_cancelled_count * 2 > len(scheduled)):
            self._clean_cancelled_timers()
            scheduled = self._scheduled
        while scheduled and scheduled[0][2]._cancelled:
            _heappop(scheduled)[2]._scheduled = False
            self._timer_cancelled_count -= 1
        if not self._ready and not self._stopping:
            if not scheduled:
                raise RuntimeError(
                    'Event loop has nothing to run and no timer to wait '
                    'for: it would block forever')
            delay = scheduled[0][0] - _monotonic()
            if delay > 0:
                _sleep(delay)
        if scheduled:
            end_time = _monotonic() + self._clock_resolution
            ready = self._ready
            while scheduled and scheduled[0][0] < end_time:
                handle = _heappop(scheduled)[2]
                handle._scheduled = False
                if handle._cancelled:
                    self._timer_cancelled_count -= 1
                else:
                    ready.append(handle)
        ready = self._ready
        if not ready:
            return
        self._ready = []
        for handle in ready:
            if not handle._cancelled:
                handle._run()

    # Executors: functions run synchronously, as there are no threads.

    def run_in_executor(self, executor, func, *args):
        """Call func(*args) and return a Future with its outcome.

        With an executor, the function is submitted to it; without, it
        runs at once in this thread."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
        if executor is not None:
            return futures.wrap_future(executor.submit(func, *args),
                                       loop=self)
        future = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    # Error handling.

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set the handler called as handler(loop, context) for errors."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the error described by context on the 'asyncio' logger."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        from .log import logger
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass an error context to the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                from .log import logger
                logger.error('Exception in default exception handler',
                             exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    from .log import logger
                    logger.error('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler',
                                 exc_info=True)

    # Debug mode.

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop (named as CPython's on Unix)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The default event loop policy (named as CPython's on Unix)."""

    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
