"""Asynchronous I/O framework: CPython 3.12's asyncio, for pyprobe.

A single-threaded event loop runs callbacks, timers and tasks
(coroutines wrapped in Futures).  Provided: run() and Runner; the loop
(run_until_complete, run_forever, stop, close, call_soon, call_later,
call_at, create_task, create_future, exception handlers, debug flag);
Future and Task; sleep, gather, wait, wait_for, as_completed, shield,
ensure_future, timeout/timeout_at, TaskGroup; Queue, PriorityQueue,
LifoQueue; Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier;
to_thread and run_coroutine_threadsafe (run synchronously: there is one
thread).

There is no I/O: no sockets, streams, subprocesses or signal handlers
(the Protocol and Transport base classes exist, for programs that define
their own).
When no callback is ready the loop sleeps until the next timer; a loop
with nothing ready and no timer raises RuntimeError rather than blocking
forever.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *

from .base_events import SelectorEventLoop, DefaultEventLoopPolicy

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy'))
