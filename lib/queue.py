"""Synchronized queues: CPython 3.12's queue, for a single thread.

`Queue` (FIFO), `LifoQueue`, `PriorityQueue` and `SimpleQueue` have
CPython's API and behaviour: `maxsize`, blocking and non-blocking
`put`/`get` with timeouts, `task_done`/`join`, and the `_init`/`_qsize`/
`_put`/`_get` hooks for subclasses. pyprobe runs one thread, so nothing
can change a queue while a call waits on it: a `get` with a timeout on an
empty queue sleeps for the timeout and raises `Empty`. A wait with no
timeout could only be ended by another thread, which never runs (see
`threading`): it raises RuntimeError instead of hanging.
"""

import time
from collections import deque
from heapq import heappush, heappop

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


class _Lock:
    """A lock for a single thread: acquiring always succeeds at once."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc_info):
        pass


class _Condition(_Lock):
    """A condition variable for a single thread: notify has no waiter."""

    def __init__(self, lock):
        self._lock = lock

    def wait(self, timeout=None):
        # No other thread can signal: sleep out the timeout.
        _sleep(timeout)
        return False

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


def _sleep(timeout):
    """Sleep for timeout seconds; with none, refuse to wait forever."""
    if timeout is None:
        raise RuntimeError(
            "queue: this wait could only end by another thread, and pyprobe "
            "runs one thread at a time (a thread's work runs to completion "
            "when it starts)")
    if timeout > 0:
        time.sleep(timeout)


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue holding at most maxsize items.

    A maxsize of zero or less means that the queue is unbounded.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _Lock()
        self.not_empty = _Condition(self.mutex)
        self.not_full = _Condition(self.mutex)
        self.all_tasks_done = _Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item got from the queue as processed (for join())."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put in the queue has been processed."""
        while self.unfinished_tasks:
            self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items in the queue."""
        return self._qsize()

    def empty(self):
        """Whether the queue is empty."""
        return not self._qsize()

    def full(self):
        """Whether the queue holds maxsize items."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue, waiting for a free slot if block is true.

        With a timeout, Full is raised if no slot frees up in time; with
        block false, it is raised at once when the queue is full.
        """
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            _check_timeout(timeout)
            self.not_full.wait(timeout)
            if self._qsize() >= self.maxsize:
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block is true.

        With a timeout, Empty is raised if none arrives in time; with
        block false, it is raised at once when the queue is empty.
        """
        if not self._qsize():
            if not block:
                raise Empty
            _check_timeout(timeout)
            self.not_empty.wait(timeout)
            if not self._qsize():
                raise Empty
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage, for subclasses to override.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class PriorityQueue(Queue):
    """A queue that returns the lowest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue; it never blocks (the arguments are
        only for compatibility with Queue.put)."""
        self._queue.append(item)

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block is true."""
        if not self._queue:
            if not block:
                raise Empty
            _check_timeout(timeout)
            _sleep(timeout)
            if not self._queue:
                raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Whether the queue is empty."""
        return not self._queue

    def qsize(self):
        """The approximate number of items in the queue."""
        return len(self._queue)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
