"""Control-C handling for test runs: installHandler makes the first
Control-C stop the registered results after the current test.  pyprobe has
no signal module, so installHandler only records that it was asked for."""

import weakref
import functools

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def registerResult(result):
    """Remember a result, to be stopped on Control-C."""
    _results[result] = 1


def removeResult(result):
    """Forget a registered result; True if it was registered."""
    return bool(_results.pop(result, None))


def installHandler():
    """Install the Control-C handler (a no-op without signals)."""
    global _interrupt_handler
    _interrupt_handler = True


def removeHandler(method=None):
    """Remove the Control-C handler; as a decorator, run the function
    without it."""
    global _interrupt_handler
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            global _interrupt_handler
            saved = _interrupt_handler
            _interrupt_handler = None
            try:
                return method(*args, **kwargs)
            finally:
                _interrupt_handler = saved
        return inner
    _interrupt_handler = None
