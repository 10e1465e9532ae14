"""Low-level threading primitives: CPython 3.12's _thread, for pyprobe.

pyprobe's interpreter runs Python code on one OS thread only, so a
"thread" here is a call: start_new_thread() runs its function to
completion, synchronously, before it returns, with get_ident() and
get_native_id() answering the new thread's own numbers for the length of
the call.  The threading module builds its Thread class on the same
bookkeeping (the stack of running threads below).

Locks behave exactly as CPython's whenever the program would not deadlock
under that schedule.  An operation that could only succeed if another
thread ran in the meantime (acquiring, with no timeout, a lock that is
already held) raises RuntimeError with a message saying so, instead of
hanging forever; with a timeout it sleeps for the timeout and fails as
CPython would.

Provided: allocate_lock/LockType (the `lock` type), RLock, get_ident,
get_native_id, start_new_thread, exit, interrupt_main, stack_size, _count,
_local (threading.local), _excepthook and _ExceptHookArgs, error,
TIMEOUT_MAX.
"""

import sys as _sys
import time as _time

__all__ = []

error = RuntimeError

# The largest timeout a blocking call accepts, in seconds (CPython's value
# on 64-bit Linux: the largest int64 count of nanoseconds).
TIMEOUT_MAX = 9223372036.0


# ---------------------------------------------------------------------------
# The threads.

class _ThreadState:
    """The bookkeeping of one thread: its numbers, the Thread object that
    stands for it (if any), its contextvars Context and the thread-local
    storage it owns."""

    __slots__ = ('ident', 'native_id', 'thread', 'context', 'locals')

    def __init__(self, ident, native_id, thread=None):
        self.ident = ident
        self.native_id = native_id
        self.thread = thread
        self.context = None
        self.locals = None


def _main_native_id():
    try:
        import posix
        return posix.getpid()
    except (ImportError, AttributeError):
        return 1


# The main thread's identifier imitates a pthread_t as CPython shows one;
# each new thread gets the next slot of 8 MiB plus a guard page, so the
# identifiers of different threads never coincide.
_MAIN_IDENT = 139_637_976_727_360
_IDENT_STEP = 8_392_704
_main_state = _ThreadState(_MAIN_IDENT, _main_native_id())
_threads_made = 0

# The running threads, innermost last: a thread started from another one
# runs inside its starter's call, so the running threads always form a
# stack whose bottom is the main thread.
_states = [_main_state]


def _new_state(thread=None):
    """Make the state of a new thread (not yet running)."""
    global _threads_made
    _threads_made += 1
    return _ThreadState(_MAIN_IDENT + _IDENT_STEP * _threads_made,
                        _main_state.native_id + _threads_made, thread)


def _enter(state):
    """Make state the current thread."""
    _states.append(state)


def _leave(state):
    """Return to the thread that was current before state was entered."""
    if _states[-1] is state:
        _states.pop()
    else:
        _states.remove(state)


def _end(state):
    """Forget the thread-local storage of a thread that has finished."""
    owned = state.locals
    if owned:
        ident = state.ident
        for dicts in owned:
            dicts.pop(ident, None)
    state.locals = None
    state.context = None


def _current_state():
    return _states[-1]


def get_ident():
    """Return a non-zero integer that identifies the current thread."""
    return _states[-1].ident


def get_native_id():
    """Return the native integral thread ID of the current thread."""
    return _states[-1].native_id


def _count():
    """Return the number of threads running besides the main thread."""
    return len(_states) - 1


def daemon_threads_allowed():
    """Return True: daemon threads are allowed."""
    return True


def _is_main_interpreter():
    return True


def _would_block(what, needs):
    """The error raised instead of blocking forever."""
    return RuntimeError(
        "%s would block forever: pyprobe runs each thread to completion "
        "as soon as it is started, so no other thread can %s"
        % (what, needs))


def _wait_timeout(blocking, timeout):
    """Check the (blocking, timeout) arguments of a lock's acquire() and
    return the timeout as a number."""
    if not isinstance(timeout, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(timeout).__name__)
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return timeout


# ---------------------------------------------------------------------------
# Locks.

class LockType:
    """A primitive lock: at most one thread holds it; any thread may
    release it."""

    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; return whether it was acquired.

        Without blocking, or when the timeout runs out, return False if
        the lock is held.  Waiting with no timeout for a held lock raises
        RuntimeError, as only another thread could release it.
        """
        if timeout != -1:
            timeout = _wait_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            raise _would_block("acquiring a held lock", "release it")
        if timeout > 0:
            _time.sleep(timeout)
        return False

    acquire_lock = acquire

    def release(self):
        """Release the lock, which must be held (by any thread)."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        """Return whether the lock is held."""
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s %s.%s object at %#x>" % (
            "locked" if self._locked else "unlocked",
            type(self).__module__, type(self).__qualname__, id(self))


LockType.__name__ = LockType.__qualname__ = 'lock'


def allocate_lock():
    """Return a new, unlocked lock object."""
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the thread holding it may acquire it again, and
    must release it as many times."""

    __slots__ = ('_owner', '_count', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, or increase its count if this thread holds it.

        Waiting with no timeout for a lock another thread holds raises
        RuntimeError, as that thread can no longer run.
        """
        if timeout != -1:
            timeout = _wait_timeout(blocking, timeout)
        me = _states[-1].ident
        if self._count == 0:
            self._owner = me
            self._count = 1
            return True
        if self._owner == me:
            self._count += 1
            return True
        if not blocking:
            return False
        if timeout == -1:
            raise _would_block("acquiring an RLock held by another thread",
                               "release it")
        if timeout > 0:
            _time.sleep(timeout)
        return False

    def release(self):
        """Release the lock once; the current thread must hold it."""
        if self._count == 0 or self._owner != _states[-1].ident:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == _states[-1].ident

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _release_save(self):
        """Release the lock completely, for Condition.wait()."""
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked",
            type(self).__module__, type(self).__qualname__,
            self._owner, self._count, id(self))


# ---------------------------------------------------------------------------
# Starting threads.

def _report_unraisable(function, exc):
    """Report an exception that escaped a thread of start_new_thread()."""
    stderr = _sys.stderr
    if stderr is None:
        return
    stderr.write("Exception ignored in thread started by: %r\n" % (function,))
    tb = exc.__traceback__
    # The first entry is this module's call of the function.
    if tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    try:
        import traceback
        traceback.print_exception(type(exc), exc, tb, file=stderr)
    except ImportError:
        stderr.write("%s: %s\n" % (type(exc).__name__, exc))
    try:
        stderr.flush()
    except Exception:
        pass


_pending_interrupt = False


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) in a new thread and return its
    identifier.

    The call runs to completion before start_new_thread returns.  When it
    raises SystemExit the thread ends quietly; any other exception is
    reported on stderr and the thread ends.
    """
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    state = _new_state()
    _states.append(state)
    try:
        if kwargs:
            function(*args, **kwargs)
        else:
            function(*args)
    except SystemExit:
        pass
    except BaseException as exc:
        _report_unraisable(function, exc)
    finally:
        _leave(state)
        _end(state)
    _check_interrupt()
    return state.ident


start_new = start_new_thread


def _check_interrupt():
    """Raise the KeyboardInterrupt interrupt_main() left for the main
    thread, once it runs again."""
    global _pending_interrupt
    if _pending_interrupt and len(_states) == 1:
        _pending_interrupt = False
        raise KeyboardInterrupt


def interrupt_main(signum=2):
    """Raise KeyboardInterrupt in the main thread: at once when called from
    it, else as soon as control returns to it."""
    global _pending_interrupt
    if not 1 <= signum < 65:
        raise ValueError("signal number out of range")
    if signum != 2:
        raise NotImplementedError("pyprobe's interrupt_main() only "
                                  "simulates SIGINT")
    _pending_interrupt = True
    _check_interrupt()


def exit():
    """Exit the current thread by raising SystemExit."""
    raise SystemExit


exit_thread = exit

_stack_size = 0


def stack_size(size=0, /):
    """Return the stack size used for new threads; set it to size if given
    (0 means the platform default, else at least 32 KiB)."""
    global _stack_size
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(size).__name__)
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old = _stack_size
    _stack_size = size
    return old


def _set_sentinel():
    """Return a lock standing for the end of the current thread."""
    return LockType()


# ---------------------------------------------------------------------------
# Thread-local data.

class _local:
    """Thread-local data: each thread sees its own attributes.

    Subclasses may define __init__; it runs again, with the arguments given
    at creation, the first time each thread touches the object.
    """

    __slots__ = ('_local__impl', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        # impl holds the dicts of all threads, by identifier, and the
        # arguments for __init__.
        impl = ({}, args, kwargs)
        object.__setattr__(self, '_local__impl', impl)
        _attach(self, impl, _states[-1])
        return self

    def __getattribute__(self, name):
        _select(self)
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is _local:
                raise AttributeError("'_thread._local' object has no "
                                     "attribute %r" % (name,)) from None
            raise

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % _type_name(self))
        _select(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % _type_name(self))
        _select(self)
        try:
            object.__delattr__(self, name)
        except AttributeError:
            if type(self) is _local:
                raise AttributeError("'_thread._local' object has no "
                                     "attribute %r" % (name,)) from None
            raise


def _type_name(obj):
    # Errors name the type as CPython's do: '_thread._local' for the base.
    if type(obj) is _local:
        return '_thread._local'
    return type(obj).__name__


def _attach(self, impl, state):
    """Give the thread of state a fresh dict in the local object self."""
    dicts = impl[0]
    d = {}
    dicts[state.ident] = d
    object.__setattr__(self, '__dict__', d)
    if state is not _main_state:
        if state.locals is None:
            state.locals = []
        state.locals.append(dicts)
    return d


def _select(self):
    """Make self's __dict__ the current thread's dict, creating it (and
    running __init__) on the thread's first use."""
    impl = object.__getattribute__(self, '_local__impl')
    state = _states[-1]
    d = impl[0].get(state.ident)
    if d is None:
        _attach(self, impl, state)
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *impl[1], **impl[2])
    elif object.__getattribute__(self, '__dict__') is not d:
        object.__setattr__(self, '__dict__', d)


# ---------------------------------------------------------------------------
# The hook for exceptions escaping a thread.

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: exc_type, exc_value,
    exc_traceback and thread."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0
    __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        fields = tuple(sequence)
        if len(fields) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(fields))
        return tuple.__new__(cls, fields)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _excepthook(args, /):
    """Print an exception that escaped a thread, as
    "Exception in thread NAME:" followed by its traceback, on stderr.
    SystemExit is ignored."""
    if not isinstance(args, _ExceptHookArgs):
        raise TypeError("_thread._excepthook argument type must be "
                        "ExceptHookArgs")
    exc_type, exc_value, exc_tb, thread = args
    if exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        stderr = getattr(thread, '_stderr', None)
        if stderr is None:
            return
    if thread is not None:
        name = getattr(thread, 'name', None)
    else:
        name = None
    if name is None:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % (name,))
    try:
        import traceback
        traceback.print_exception(exc_type, exc_value, exc_tb, file=stderr)
    except ImportError:
        stderr.write("%s: %s\n" % (exc_type.__name__, exc_value))
    try:
        stderr.flush()
    except Exception:
        pass
