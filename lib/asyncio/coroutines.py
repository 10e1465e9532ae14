"""Coroutine tests: iscoroutine() and iscoroutinefunction()."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import functools as _functools
from types import MethodType as _MethodType

# The flag bit of code objects that marks `async def` functions.
_CO_COROUTINE = 0x80

# The marker that asyncio puts on functions that return coroutines
# without being `async def` functions themselves.
_is_coroutine = object()


async def _probe():
    pass


def _coroutine_type():
    """Return the type of native coroutine objects."""
    coro = _probe()
    coro.close()
    return type(coro)


CoroutineType = _coroutine_type()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`
    function, a method or partial of one, or a function marked as such)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    # Look through bound methods and functools.partial objects (only
    # those: any object may answer `func` or `__func__`).
    while True:
        if isinstance(func, _MethodType):
            func = func.__func__
        elif isinstance(func, _functools.partial):
            func = func.func
        else:
            break
        if getattr(func, '_is_coroutine', None) is _is_coroutine:
            return True
    code = getattr(func, '__code__', None)
    if code is None:
        return False
    try:
        return bool(code.co_flags & _CO_COROUTINE)
    except (AttributeError, TypeError):
        return False


# Types already known to be (or not to be) coroutine types.
_coro_type_cache = {CoroutineType: True}


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    tp = type(obj)
    known = _coro_type_cache.get(tp)
    if known is None:
        # Any class that provides the Coroutine interface counts.
        known = all(hasattr(tp, name) for name in
                    ('send', 'throw', 'close', '__await__'))
        if len(_coro_type_cache) < 100:
            _coro_type_cache[tp] = known
    return known


def _is_generator(obj):
    """Return True for generator objects."""
    return type(obj).__name__ == 'generator' and hasattr(obj, 'gi_code')


def _format_coroutine(coro, running):
    """Return the `name() running at file:line` text of Task's repr.

    The line is the current one where the coroutine's frame is available,
    else the first line of its function."""
    name = getattr(coro, '__qualname__', None) or \
        getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return f'{name}()'
    filename = code.co_filename
    lineno = code.co_firstlineno
    if running:
        frame = getattr(coro, 'cr_frame', None)
        if frame is None:
            frame = getattr(coro, 'gi_frame', None)
        frame_line = getattr(frame, 'f_lineno', None)
        if isinstance(frame_line, int):
            lineno = frame_line
        return f'{name}() running at {filename}:{lineno}'
    return f'{name}() done, defined at {filename}:{lineno}'
