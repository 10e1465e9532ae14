"""Run calls asynchronously, in threads or processes: CPython 3.12's
concurrent.futures, for pyprobe.

pyprobe's interpreter runs Python code on one OS thread and cannot start
processes that share work with it, so both executors keep CPython's API
but run each call synchronously, inside submit(), and return a Future
that is already finished (with the result, or with the exception the call
raised).  Executor.map() submits every call when it is called, as CPython
does, and yields the results in order.

- ThreadPoolExecutor runs calls in its worker threads, threading.Thread
  objects that threading runs one at a time (see the threading module).
- ProcessPoolExecutor runs calls in the current process: the functions
  and arguments are not pickled, and a call's side effects (on globals,
  for one) are visible to the caller, unlike in CPython's worker
  processes.

Future, wait(), as_completed(), the FIRST_COMPLETED, FIRST_EXCEPTION and
ALL_COMPLETED conditions and the CancelledError, TimeoutError,
InvalidStateError and BrokenExecutor exceptions follow CPython 3.12.
Waiting without a timeout for a future that is still pending (one made
by hand with Future()) raises RuntimeError instead of hanging forever,
as nothing else can finish it.
"""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                    CancelledError, TimeoutError, InvalidStateError,
                    BrokenExecutor, Future, Executor, wait, as_completed)
from .thread import ThreadPoolExecutor
from .process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

