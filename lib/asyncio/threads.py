"""asyncio.to_thread(): run a blocking function.

pyprobe runs Python code on one thread, so the function runs at once, in
the calling task, with the caller's contextvars context.
"""

__all__ = ('to_thread',)

import contextvars

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) and return its result."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    future = loop.run_in_executor(None, lambda: ctx.run(func, *args,
                                                        **kwargs))
    return await future
