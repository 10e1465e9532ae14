"""IsolatedAsyncioTestCase: a TestCase whose test methods, fixtures and
cleanups may be coroutine functions, as in CPython 3.12's unittest.

Each test runs in an event loop of its own, made by an asyncio.Runner
(in debug mode) when the test starts and closed when it ends; setUp,
asyncSetUp, the test method, asyncTearDown, tearDown and the cleanups
all run in that loop, in one contextvars context.
"""

import asyncio
import contextvars
import functools
import sys
import types
import warnings

from .case import TestCase

# The flag bit of the code of `async def` functions.
_CO_COROUTINE = 0x80


def _iscoroutinefunction(func):
    """inspect.iscoroutinefunction(func), without importing inspect."""
    inspect = sys.modules.get('inspect')
    if inspect is not None:
        return inspect.iscoroutinefunction(func)
    # Until inspect is imported no function can carry the mark of its
    # markcoroutinefunction(), and no AsyncMock exists (it imports
    # inspect), so the code flag of a plain function decides.
    while isinstance(func, types.MethodType):
        func = func.__func__
    while isinstance(func, functools.partial):
        func = func.func
    return (isinstance(func, types.FunctionType)
            and bool(func.__code__.co_flags & _CO_COROUTINE))


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase for asynchronous code: test methods may be `async def`,
    asyncSetUp and asyncTearDown are awaited after setUp and before
    tearDown, and addAsyncCleanup and enterAsyncContext register
    coroutine cleanups."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        # The context in which the fixtures and the test run, so that
        # context variables set in setUp are seen by the test.
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        """Hook awaited after setUp, before the test."""
        pass

    async def asyncTearDown(self):
        """Hook awaited after the test, before tearDown."""
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Register coroutine function func(*args, **kwargs) to be awaited
        after tearDown, in the test's event loop."""
        # Cleanups go through _callCleanup, which awaits coroutine
        # functions, so an ordinary cleanup entry is all it takes.
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter asynchronous context manager cm; its __aexit__ is added
        as a cleanup.  Returns the result of its __aenter__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object "
                            f"does not support the asynchronous context "
                            f"manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        # Create the loop now, so that setUp can use it
        # (asyncio.get_event_loop() inside setUp gives the test's loop).
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not '
                          f'None from a test case ({method})',
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, \
            'asyncio runner is not initialized'
        assert _iscoroutinefunction(func), \
            f'{func!r} is not an async function'
        return self._asyncioRunner.run(func(*args, **kwargs),
                                       context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, \
            'asyncio runner is not initialized'
        if _iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs),
                                           context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, \
            'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner = self._asyncioRunner
        runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
