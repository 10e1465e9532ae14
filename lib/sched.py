"""A general-purpose event scheduler: CPython 3.12's sched module.

A scheduler keeps a queue of events, each an action to call at a given
time with a priority.  It is built on two functions given to it: timefunc,
which tells the time (time.monotonic by default), and delayfunc, which
waits for a number of time units (time.sleep by default).  run() calls
the actions in order of (time, priority, sequence), waiting with
delayfunc until each one is due and calling delayfunc(0) after each
action, as CPython does.  Any numbers work as times provided timefunc
and delayfunc agree on them, so a simulated clock can drive a scheduler.
"""

import heapq
import time
from collections import namedtuple

__all__ = ["scheduler"]

# A scheduled call.  Events compare as tuples: by time, then priority, then
# the sequence number that tells apart events entered with equal ones.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, '
                   'kwargs')
Event.__module__ = __name__

# The default of enter()'s kwargs: a fresh dict for each event.
_sentinel = object()


class scheduler:
    """A queue of timed events, run by run()."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the absolute time; among
        events due at the same time, lower priorities go first.

        Return the event, which cancel() accepts.
        """
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, self._sequence, action, argument,
                      kwargs)
        self._sequence += 1
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now (see enterabs)."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue; ValueError if it is not there."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        """Return whether the queue is empty."""
        return not self._queue

    def run(self, blocking=True):
        """Run the events as they come due, until the queue is empty.

        With blocking false, run only the events already due and return
        the time left until the next one (None if there is none).
        Actions may schedule or cancel events.  An exception from an
        action propagates, leaving the later events in the queue.
        """
        queue = self._queue
        timefunc = self.timefunc
        delayfunc = self.delayfunc
        pop = heapq.heappop
        while queue:
            event = queue[0]
            now = timefunc()
            if event.time > now:
                if not blocking:
                    return event.time - now
                delayfunc(event.time - now)
            else:
                pop(queue)
                event.action(*event.argument, **event.kwargs)
                # Let other threads run, as CPython does.
                delayfunc(0)
        return None

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
