"""ThreadPoolExecutor: CPython 3.12's thread pool, run synchronously.

pyprobe runs Python code on one OS thread, so submit() calls the function
at once, inside one of the pool's worker threads (threading.Thread
objects named "ThreadPoolExecutor-N_M", alive until shutdown, so that
current_thread() and threading.local behave as in a worker), and returns
a finished Future.  Like CPython when calls are submitted faster than
they finish, the pool starts a new worker for each of the first
max_workers submissions (running the initializer in each), then hands
the calls to its workers in turn.
"""

import threading
import weakref

from . import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed
    initializing."""


class _WorkItem:
    """A call to make, and the future for its result."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the reference cycle through the exception.
            self = None
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _Worker(threading.Thread):
    """A worker thread of a pool: started once, then entered for each call
    handed to it, and stopped by the pool's shutdown."""

    def __init__(self, name):
        threading.Thread.__init__(self, name=name)

    def call(self, fn, *args):
        """Run fn(*args) as this thread."""
        state = self._thread_state
        threading._states.append(state)
        try:
            return fn(*args)
        finally:
            threading._thread._leave(state)


def _stop_workers(threads):
    for worker in threads:
        if worker.is_alive():
            worker._finish()


# Weak references to the pools, whose callbacks stop the workers of a pool
# that is collected without having been shut down.
_pool_refs = set()


def _stopper(threads):
    def stop(ref):
        _pool_refs.discard(ref)
        _stop_workers(threads)
    return stop


class ThreadPoolExecutor(_base.Executor):
    """An executor whose calls run in worker threads (synchronously, under
    pyprobe's schedule)."""

    # The number of pools named after the class so far.
    _pools_named = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Make a pool of at most max_workers threads (by default
        min(32, os.cpu_count() + 4)), named with thread_name_prefix,
        each running initializer(*initargs) when it starts."""
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._threads = []
        self._next_worker = 0
        self._broken = False
        self._shutdown = False
        if not thread_name_prefix:
            thread_name_prefix = ("ThreadPoolExecutor-%d"
                                  % ThreadPoolExecutor._pools_named)
            ThreadPoolExecutor._pools_named += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        # The workers end when the pool is shut down or collected, as
        # CPython's do.
        _pool_refs.add(weakref.ref(self, _stopper(self._threads)))

    def submit(self, fn, /, *args, **kwargs):
        """Call fn(*args, **kwargs) in a worker thread; return the finished
        Future of the call."""
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = _base.Future()
        item = _WorkItem(future, fn, args, kwargs)
        worker = self._pick_worker()
        if worker is None:
            future.set_exception(BrokenThreadPool(self._broken))
        else:
            worker.call(item.run)
        return future

    def _pick_worker(self):
        """Return the worker for the next call, starting a new one while
        there are fewer than max_workers (None if its initializer fails)."""
        threads = self._threads
        if len(threads) < self._max_workers:
            worker = _Worker('%s_%d' % (self._thread_name_prefix,
                                        len(threads)))
            worker._begin()
            if self._initializer is not None:
                try:
                    worker.call(self._initializer, *self._initargs)
                except BaseException:
                    _base.LOGGER.critical('Exception in initializer:',
                                          exc_info=True)
                    worker._finish()
                    self._broken = ('A thread initializer failed, the '
                                    'thread pool is not usable anymore')
                    return None
            threads.append(worker)
            return worker
        worker = threads[self._next_worker % len(threads)]
        self._next_worker += 1
        return worker

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop the workers; the pool accepts no calls afterwards.  No call
        is ever pending, so there is nothing to wait for or cancel."""
        self._shutdown = True
        _stop_workers(self._threads)
