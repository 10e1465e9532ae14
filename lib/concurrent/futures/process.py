"""ProcessPoolExecutor: CPython 3.12's process pool, run synchronously.

pyprobe cannot hand work to other processes, so submit() calls the
function at once, in the current process and thread, and returns a
finished Future.  Nothing is pickled: any callable and arguments work
(CPython needs picklable ones), and the side effects of the calls are
visible to the caller.  The initializer runs once, before the first call;
if it raises, the pool is broken, as in CPython.  The constructor and
map() check their arguments as CPython does; mp_context is accepted and
ignored.
"""

from . import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process pool cannot be used any more (in CPython, when
    one of its processes ended abruptly)."""


class ProcessPoolExecutor(_base.Executor):
    """An executor for calls that CPython runs in worker processes (run
    synchronously in the current process under pyprobe)."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Make a pool of at most max_workers processes (os.cpu_count()
        by default), each running initializer(*initargs) first."""
        if max_workers is None:
            import os
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._initialized = initializer is None
        self._broken = False
        self._shutdown_thread = False

    def submit(self, fn, /, *args, **kwargs):
        """Call fn(*args, **kwargs) now; return the finished Future of the
        call."""
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = _base.Future()
        if not self._initialized:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:',
                                      exc_info=True)
                self._broken = ('A child process terminated abruptly, the '
                                'process pool is not usable anymore')
                future.set_exception(BrokenProcessPool(
                    'A process in the process pool was terminated abruptly '
                    'while the future was running or pending.'))
                return future
        future.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Return an iterator of fn applied to the items of the iterables,
        as Executor.map(); chunksize must be at least 1."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop the pool; it accepts no calls afterwards."""
        self._shutdown_thread = True
