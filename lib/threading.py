"""Thread objects and synchronization primitives: CPython 3.12's threading
module, for pyprobe's single-threaded interpreter.

pyprobe runs Python code on one OS thread only (one virtual machine per
OS thread, with no objects shared between them), so it cannot run a
Thread's target alongside the code that started it.  Instead:

- Thread.start() runs the thread's run() method, and so its target, to
  completion, synchronously, before it returns.  The thread is alive only
  during that call; join() afterwards returns at once.  Inside the call,
  current_thread() is the Thread (named "Thread-N (target)" as in CPython
  3.12), get_ident() and get_native_id() give its own numbers, and
  threading.local objects show its own attributes.  An exception escaping
  run() goes to threading.excepthook, which prints "Exception in thread
  NAME:" and the traceback on stderr, as CPython does; only
  KeyboardInterrupt propagates out of start(), as an interruption of the
  main thread.
- Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event and Barrier
  behave exactly as in CPython whenever the program would not deadlock
  under that schedule.  A blocking call that only another thread running
  at the same time could satisfy (acquiring a held lock, Event.wait() or
  Condition.wait() without a timeout, Barrier.wait() with more than one
  party, joining a thread that is still running further up the call
  chain) raises RuntimeError explaining the schedule, instead of hanging
  forever.  With a timeout, such a wait sleeps for the timeout and then
  returns what CPython returns when nothing happened (False or None), or
  raises BrokenBarrierError for a barrier.
- Timer.start() sleeps for the interval and then calls the function,
  unless cancel() was called before start().

Also: main_thread, current_thread, enumerate, active_count, get_ident,
get_native_id, excepthook/ExceptHookArgs, settrace/setprofile (stored;
the interpreter has no sys.settrace to install them), stack_size,
TIMEOUT_MAX, ThreadError and the deprecated camelCase aliases.
"""

import sys as _sys
import _thread
from time import monotonic as _time, sleep as _sleep

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_states = _thread._states
_would_block = _thread._would_block

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock
_PyRLock = _thread.RLock
local = _thread._local
stack_size = _thread.stack_size
ExceptHookArgs = _thread._ExceptHookArgs
excepthook = __excepthook__ = _thread._excepthook


def _deprecated(old, new):
    import warnings
    warnings.warn('%s is deprecated, %s' % (old, new),
                  DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Tracing and profiling hooks.

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set the trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set the trace function for new threads and the current one."""
    settrace(func)
    if hasattr(_sys, 'settrace'):
        _sys.settrace(func)


def gettrace():
    """Return the trace function set by settrace()."""
    return _trace_hook


def setprofile(func):
    """Set the profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set the profile function for new threads and the current one."""
    setprofile(func)
    if hasattr(_sys, 'setprofile'):
        _sys.setprofile(func)


def getprofile():
    """Return the profile function set by setprofile()."""
    return _profile_hook


# ---------------------------------------------------------------------------
# Synchronization primitives.

def RLock(*args, **kwargs):
    """Return a new reentrant lock: the thread that holds it may acquire
    it again, and must release it once per acquisition."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable: lets threads wait until another notifies them.

    The underlying lock (a new RLock by default) must be held to wait or
    notify.  Under pyprobe's schedule nothing can notify a waiting thread,
    so wait() with a timeout sleeps it out and returns False, and wait()
    without one raises RuntimeError.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own save/restore/ownership methods when it has
        # them (RLock does), and the generic ones below otherwise.
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: it counts as owned when it
        # is held at all.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until the timeout runs out; return False
        when the timeout ran out (always, under pyprobe's schedule)."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            raise _would_block("Condition.wait() without a timeout",
                               "notify the condition")
        saved = self._release_save()
        try:
            if timeout > 0:
                _sleep(timeout)
        finally:
            self._acquire_restore(saved)
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or the timeout runs out; return
        the last value of predicate()."""
        result = predicate()
        if result:
            return result
        if timeout is None:
            if not self._is_owned():
                raise RuntimeError("cannot wait on un-acquired lock")
            raise _would_block("Condition.wait_for() without a timeout",
                               "make the predicate true")
        # Nothing can notify the condition, so a single wait uses up the
        # whole timeout.
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        """Wake up to n threads waiting on the condition (there are none
        under pyprobe's schedule)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        del waiters[:n]

    def notify_all(self):
        """Wake up all threads waiting on the condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on the condition (deprecated alias
        of notify_all)."""
        _deprecated('notifyAll()', 'use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter of free resources: acquire() takes one, release() gives
    them back.  Acquiring from an exhausted semaphore with no timeout
    raises RuntimeError under pyprobe's schedule."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%d>" % (
            cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter; return whether it could be done."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            raise _would_block("acquiring an exhausted semaphore",
                               "release it")
        if timeout > 0:
            _sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that cannot be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self._value,
            self._initial_value)

    def release(self, n=1):
        """Increment the counter by n, not beyond the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that threads can set, clear and wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: %s>" % (
            cls.__module__, cls.__qualname__, id(self),
            "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        """Return whether the flag is set."""
        return self._flag

    def isSet(self):
        """Return whether the flag is set (deprecated alias of is_set)."""
        _deprecated('isSet()', 'use is_set() instead')
        return self._flag

    def set(self):
        """Set the flag."""
        self._flag = True

    def clear(self):
        """Clear the flag."""
        self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set or the timeout runs out; return the
        flag."""
        if self._flag:
            return True
        if timeout is None:
            raise _would_block("Event.wait() on an unset event without a "
                               "timeout", "set the event")
        if timeout > 0:
            _sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for a fixed number of threads: each wait() blocks until
    `parties` threads are waiting, then all go on together.

    Under pyprobe's schedule a waiting thread can never be joined by
    another, so only a barrier of one party can be passed; for more
    parties wait() raises RuntimeError, or with a timeout sleeps, breaks
    the barrier and raises BrokenBarrierError as CPython does.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0     # 0 filling, -2 broken
        self._count = 0

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return "<%s.%s at %#x: broken>" % (
                cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self.n_waiting,
            self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's index among
        them (0 to parties - 1)."""
        if timeout is None:
            timeout = self._timeout
        if self._state == -2:
            raise BrokenBarrierError
        index = self._count
        if index + 1 >= self._parties:
            # The last party arrives: run the action and let all pass.
            if self._action:
                try:
                    self._action()
                except BaseException:
                    self._state = -2
                    raise
            self._count = 0
            return index
        if timeout is None:
            raise _would_block(
                "Barrier.wait() with %d parties" % self._parties,
                "arrive at the barrier")
        if timeout > 0:
            _sleep(timeout)
        self._state = -2
        raise BrokenBarrierError

    def reset(self):
        """Return the barrier to its empty, unbroken state."""
        self._state = 0
        self._count = 0

    def abort(self):
        """Put the barrier into the broken state."""
        self._state = -2

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting at the barrier."""
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state == -2


# ---------------------------------------------------------------------------
# Threads.

# The threads that are alive, by identifier, oldest first.
_active = {}
_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control: run() (by default, target(*args, **kwargs))
    executed by start().

    Under pyprobe's schedule start() runs the thread to completion before
    returning; see the module documentation.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = bool(daemon)
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._thread_state = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: under pyprobe's schedule, run it to the end.

        A thread can be started only once.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._begin()
        state = self._thread_state
        _states.append(state)
        try:
            try:
                self.run()
            except KeyboardInterrupt:
                # Ctrl-C reaches the main thread in CPython; here the
                # thread runs on it, so the interruption goes on.
                raise
            except BaseException as exc:
                self._invoke_excepthook(exc)
        finally:
            _thread._leave(state)
            self._finish()
        _thread._check_interrupt()

    def _begin(self):
        """Give the thread its identity and mark it started (alive)."""
        state = _thread._new_state(self)
        self._thread_state = state
        self._ident = state.ident
        self._native_id = state.native_id
        _active[state.ident] = self
        self._started.set()

    def _finish(self):
        """Mark the thread stopped and drop its thread-local data."""
        self._is_stopped = True
        _active.pop(self._ident, None)
        _thread._end(self._thread_state)

    def _invoke_excepthook(self, exc):
        hook = excepthook
        args = ExceptHookArgs([type(exc), exc, exc.__traceback__, self])
        try:
            hook(args)
        except Exception as hook_exc:
            hook_exc.__suppress_context__ = True
            sys_hook = getattr(_sys, 'excepthook', None)
            if sys_hook is None:
                raise
            sys_hook(type(hook_exc), hook_exc, hook_exc.__traceback__)
        finally:
            args = None

    def run(self):
        """The thread's activity: call the target with the arguments.
        Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, as a finished thread keeps none.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread ends.  A started thread has already ended
        under pyprobe's schedule, unless it is still running further up
        the call chain: then joining it raises RuntimeError, or with a
        timeout sleeps for the timeout."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            raise RuntimeError(
                "cannot join thread %s: it is still running further up the "
                "call chain (pyprobe runs each thread to completion as soon "
                "as it is started), so it cannot end while this thread waits "
                "for it" % self._name)
        if timeout > 0:
            _sleep(timeout)

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier, or None before it is started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The thread's native ID, or None before it is started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is running: from the start of run()
        to its end."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Whether the thread is a daemon thread (inherited from the
        creating thread by default)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return the daemon flag (deprecated: use the daemon attribute)."""
        _deprecated('isDaemon()', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set the daemon flag (deprecated: use the daemon attribute)."""
        _deprecated('setDaemon()', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Return the name (deprecated: use the name attribute)."""
        _deprecated('getName()', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the name (deprecated: use the name attribute)."""
        _deprecated('setName()', 'set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval
    seconds, unless cancelled first.

    Under pyprobe's schedule start() sleeps for the interval and then
    makes the call; cancel() only has an effect before start().
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not run yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            if self.interval > 0:
                _sleep(self.interval)
            if not self.finished.is_set():
                self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        state = _thread._main_state
        state.thread = self
        self._thread_state = state
        self._ident = state.ident
        self._native_id = state.native_id
        self._started.set()
        _active[state.ident] = self


class _DummyThread(Thread):
    """Stands for a thread started by _thread.start_new_thread()."""

    def __init__(self, state):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        state.thread = self
        self._thread_state = state
        self._ident = state.ident
        self._native_id = state.native_id
        self._started.set()

    def is_alive(self):
        return self._thread_state in _states

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    """Return the Thread object of the running thread."""
    state = _states[-1]
    thread = state.thread
    if thread is None:
        thread = _DummyThread(state)
    return thread


def currentThread():
    """Return the current Thread object (deprecated alias of
    current_thread)."""
    _deprecated('currentThread()', 'use current_thread() instead')
    return current_thread()


def main_thread():
    """Return the main Thread object."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    return len(_active) + sum(1 for state in _states
                              if state.ident not in _active)


def activeCount():
    """Return the number of live threads (deprecated alias of
    active_count)."""
    _deprecated('activeCount()', 'use active_count() instead')
    return active_count()


def enumerate():
    """Return a list of the Thread objects currently alive."""
    threads = list(_active.values())
    # Threads of _thread.start_new_thread() are alive but not in _active.
    for state in _states:
        if state.ident not in _active:
            threads.append(state.thread or _DummyThread(state))
    return threads


_enumerate = enumerate


def _shutdown():
    """Mark the main thread stopped, as the interpreter ends."""
    _main_thread._is_stopped = True


def _register_atexit(func, *args, **kwargs):
    """Accept a function to call at shutdown (pyprobe has no atexit hook,
    so it is not called)."""


_main_thread = _MainThread()
