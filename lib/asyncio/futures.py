"""asyncio.Future: a result that will be set later, awaited by tasks."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars

from . import events
from . import exceptions
from . import format_helpers

# The states of a Future.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_copy_context = contextvars.copy_context


def isfuture(obj):
    """Return True if obj is a Future, or an object compatible with one
    (it has the `_asyncio_future_blocking` attribute)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    """Format the done callbacks of a Future's repr: 'cb=[...]'."""
    size = len(callbacks)
    if not size:
        return ''

    def fmt(cb):
        return format_helpers._format_callback_source(cb, ())

    if size == 1:
        text = fmt(callbacks[0][0])
    elif size == 2:
        text = f'{fmt(callbacks[0][0])}, {fmt(callbacks[1][0])}'
    else:
        text = (f'{fmt(callbacks[0][0])}, <{size - 2} more>, '
                f'{fmt(callbacks[-1][0])}')
    return f'cb=[{text}]'


class Future:
    """A result that is not available yet.

    Callbacks registered with add_done_callback() run on the event loop
    (through call_soon) once the future is done; `await future` suspends
    the awaiting task until then and returns the result.
    """

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None

    # True while a task is suspended on this future; also the marker that
    # isfuture() looks for.
    _asyncio_future_blocking = False

    _log_traceback = False

    # The callbacks to call once done: the first registered while there
    # were none, then a list of (callback, context) pairs, as CPython's C
    # Future keeps them. Most futures get one (the task awaiting them, or
    # gather's), which then costs no list and no pair.
    _callback0 = None
    _context0 = None
    _more_callbacks = None

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        # Made here, so that every future holds them in the same place.
        self._callback0 = None
        self._context0 = None

    @property
    def _callbacks(self):
        """The registered (callback, context) pairs, or None."""
        rest = self._more_callbacks
        if self._callback0 is None:
            return rest
        first = [(self._callback0, self._context0)]
        return first + rest if rest else first

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__,
                                ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                import reprlib
                info.append(f'result={reprlib.repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __del__(self):
        if not self._log_traceback:
            return
        exc = self._exception
        context = {
            'message': f'{self.__class__.__name__} exception was never '
                       f'retrieved',
            'exception': exc,
            'future': self,
        }
        try:
            self._loop.call_exception_handler(context)
        except Exception:
            pass

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """Return the CancelledError to raise for a cancelled future."""
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks.

        Return False if the future is already done, else True.
        """
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callback = self._callback0
        if callback is not None:
            ctx = self._context0
            self._callback0 = self._context0 = None
            self._loop.call_soon(callback, self, context=ctx)
        rest = self._more_callbacks
        if rest:
            self._more_callbacks = None
            loop = self._loop
            for callback, ctx in rest:
                loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future is done (finished or cancelled)."""
        return self._state != _PENDING

    def result(self):
        """Return the result; raise the exception or CancelledError of a
        failed or cancelled future, InvalidStateError if it is pending."""
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            exc = self._exception
            if exc is not None:
                raise exc.with_traceback(exc.__traceback__)
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        """Return the exception set on the future, or None."""
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) on the event loop once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = _copy_context()
            if self._callback0 is None and self._more_callbacks is None:
                self._callback0 = fn
                self._context0 = context
            elif self._more_callbacks is None:
                self._more_callbacks = [(fn, context)]
            else:
                self._more_callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        removed = 0
        if self._callback0 is not None and self._callback0 == fn:
            self._callback0 = self._context0 = None
            removed = 1
        rest = self._more_callbacks
        if rest is None:
            return removed
        kept = [entry for entry in rest if entry[0] != fn]
        if len(kept) != len(rest):
            removed += len(rest) - len(kept)
            self._more_callbacks = kept or None
        return removed

    def set_result(self, result):
        """Mark the future done with the given result."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done with the given exception."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self  # Suspend the task until the future is done.
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__  # For `yield from future`.


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


def _set_result_unless_cancelled(fut, result):
    """Set the result of fut unless it was cancelled."""
    if fut._state == _PENDING:
        fut.set_result(result)


def _convert_future_exc(exc):
    """Turn concurrent.futures exceptions into asyncio ones."""
    name = type(exc).__name__
    module = type(exc).__module__ or ''
    if module.startswith('concurrent.futures'):
        if name == 'CancelledError':
            return exceptions.CancelledError(*exc.args)
        if name == 'TimeoutError':
            return exceptions.TimeoutError(*exc.args)
        if name == 'InvalidStateError':
            return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_future_state(source, dest):
    """Copy the state of a done future into dest (an asyncio.Future)."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_future_exc(exc))
    else:
        dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    """Copy the state of an asyncio future into a concurrent one."""
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        concurrent.set_exception(_convert_future_exc(exc))
    else:
        concurrent.set_result(source.result())


def _chain_future(source, destination):
    """Make destination follow source: when source completes, copy its
    state; when destination is cancelled, cancel source.  Either may be an
    asyncio or a concurrent.futures Future."""
    source_is_async = isfuture(source)
    dest_is_async = isfuture(destination)
    source_loop = source.get_loop() if source_is_async else None
    dest_loop = destination.get_loop() if dest_is_async else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and \
                dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio.Future."""
    if isfuture(future):
        return future
    import concurrent.futures
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(
            f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
