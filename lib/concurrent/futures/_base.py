"""The core of concurrent.futures: Future, Executor, wait() and
as_completed(), with CPython 3.12's states, reprs and errors.

pyprobe runs every call of an executor synchronously (see the package
documentation), so a Future is normally finished by the time anyone sees
it.  A future that is still pending can only be finished by the program
itself calling set_result()/set_exception(); waiting for it with a
timeout sleeps for the timeout and then reports the timeout as CPython
does, and waiting without one raises RuntimeError explaining that nothing
else can ever finish it, instead of hanging forever.
"""

import time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'InvalidStateError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'DoneAndNotDoneFutures', 'Error', 'LOGGER']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
# A future cancelled by its owner, before its executor has noticed it.
CANCELLED = 'CANCELLED'
# A cancelled future whose executor has noticed it: it counts as done.
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class _Logger:
    """Stands for the "concurrent.futures" logger, importing logging only
    when something is logged."""

    def __getattr__(self, name):
        import logging
        global LOGGER
        LOGGER = logging.getLogger("concurrent.futures")
        return getattr(LOGGER, name)


LOGGER = _Logger()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe
    failure."""


def _would_block(what):
    return RuntimeError(
        "%s would block forever: pyprobe runs the calls of an executor "
        "synchronously, so no other thread can finish a pending future"
        % what)


def _sleep_for(timeout):
    if timeout > 0:
        time.sleep(timeout)


class Future:
    """The result of a call: pending, running, cancelled or finished with
    a value or an exception."""

    def __init__(self):
        """Initialize the future; executors create futures, not clients."""
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        state = self._state
        if state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self),
            _STATE_TO_DESCRIPTION_MAP[state])

    def cancel(self):
        """Cancel the future unless it is running or finished; return
        whether it is cancelled."""
        state = self._state
        if state == RUNNING or state == FINISHED:
            return False
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return whether the future was cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return whether the call is running."""
        return self._state == RUNNING

    def done(self):
        """Return whether the future was cancelled or has finished."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # Do not keep the exception in this frame's locals.
                self = None
        return self._result

    def _wait(self, timeout, what):
        """Wait for a future that is not done: nothing can finish it, so
        sleep out the timeout, or refuse to wait forever."""
        if timeout is None:
            raise _would_block(what)
        _sleep_for(timeout)

    def add_done_callback(self, fn):
        """Arrange for fn(future) to be called when the future is done (at
        once if it is done already)."""
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """Return the call's result, or raise its exception.

        Raise CancelledError if the future was cancelled, and TimeoutError
        if it is not done within timeout seconds.
        """
        try:
            state = self._state
            if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
                raise CancelledError()
            if state == FINISHED:
                return self.__get_result()
            self._wait(timeout, "Future.result() on a %s future"
                       % _STATE_TO_DESCRIPTION_MAP[state])
            state = self._state
            if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
                raise CancelledError()
            if state == FINISHED:
                return self.__get_result()
            raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception the call raised, or None.

        Raise CancelledError if the future was cancelled, and TimeoutError
        if it is not done within timeout seconds.
        """
        state = self._state
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if state == FINISHED:
            return self._exception
        self._wait(timeout, "Future.exception() on a %s future"
                   % _STATE_TO_DESCRIPTION_MAP[state])
        state = self._state
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if state == FINISHED:
            return self._exception
        raise TimeoutError()

    # The methods below are for executors and tests.

    def set_running_or_notify_cancel(self):
        """Mark the future running, or acknowledge its cancellation.

        Return False if it was cancelled (it is now done), True if it is
        now running; raise RuntimeError in any other state.
        """
        state = self._state
        if state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            for waiter in self._waiters:
                waiter.add_cancelled(self)
            return False
        if state == PENDING:
            self._state = RUNNING
            return True
        LOGGER.critical('Future %s in unexpected state: %s',
                        id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish the future with a result."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        for waiter in self._waiters:
            waiter.add_result(self)
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Finish the future with an exception."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        for waiter in self._waiters:
            waiter.add_exception(self)
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class DoneAndNotDoneFutures(tuple):
    """DoneAndNotDoneFutures(done, not_done): the named pair of sets that
    wait() returns."""

    __slots__ = ()
    _fields = ('done', 'not_done')
    __match_args__ = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0], doc='Alias for field number 0')
    not_done = property(lambda self: self[1], doc='Alias for field number 1')

    def __repr__(self):
        return '%s(done=%r, not_done=%r)' % (type(self).__name__, self[0],
                                              self[1])

    def _asdict(self):
        return {'done': self[0], 'not_done': self[1]}

    def _replace(self, **changes):
        done = changes.pop('done', self[0])
        not_done = changes.pop('not_done', self[1])
        if changes:
            raise ValueError('Got unexpected field names: %r'
                             % list(changes))
        return type(self)(done, not_done)

    def __getnewargs__(self):
        return tuple(self)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; return a named 2-tuple of sets, the
    futures that are done and those that are not.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    Nothing else runs meanwhile under pyprobe's schedule: when the
    condition does not hold at once, wait sleeps out the timeout (or
    raises RuntimeError without one) and returns the sets as they are.
    """
    fs = set(fs)
    done = set(f for f in fs if f._state in _DONE_STATES)
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and done:
        if any(f for f in done
               if not f.cancelled() and f.exception() is not None):
            return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)
    if timeout is None:
        raise _would_block("wait() on futures that are still pending")
    _sleep_for(timeout)
    done = set(f for f in fs if f._state in _DONE_STATES)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they finish: first those already done,
    then others as the caller finishes them.

    Raise TimeoutError if some are still pending when the timeout has
    run out, and RuntimeError if some are pending with no timeout (nothing
    else can finish them under pyprobe's schedule).
    """
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    pending = fs
    while True:
        finished = [f for f in pending if f._state in _DONE_STATES]
        if finished:
            pending = pending - set(finished)
            for f in finished:
                yield f
            continue
        if not pending:
            return
        # Only the code consuming this generator could finish the rest,
        # and it is waiting on us.
        if timeout is None:
            raise _would_block("as_completed() on futures that are still "
                               "pending")
        remaining = end_time - time.monotonic()
        if remaining > 0:
            time.sleep(remaining)
        raise TimeoutError('%d (of %d) futures unfinished'
                           % (len(pending), total))


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        # Break the reference cycle through the traceback.
        del fut


class Executor:
    """The base class of executors: objects that run calls and return
    Futures for them."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Return an iterator of fn applied to the items of the iterables,
        like map(fn, *iterables); all the calls are submitted at once.

        Raise TimeoutError from the iterator if a result is not ready
        within timeout seconds of the call to map().
        """
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                # Pop the futures from the end, so that the iterator holds
                # no reference to a result it has yielded.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(
                            fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; it accepts no calls afterwards."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
