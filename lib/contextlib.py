"""Utilities for with-statement contexts, as in CPython 3.12's contextlib.

This provides contextmanager and asynccontextmanager (context managers
written as generators and asynchronous generators), ContextDecorator and
AsyncContextDecorator, AbstractContextManager and
AbstractAsyncContextManager, suppress, redirect_stdout, redirect_stderr,
closing, aclosing, nullcontext (usable with `with` and `async with`),
chdir, ExitStack and AsyncExitStack.
"""

import abc
import os
import sys
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _has_methods(C, *names):
    """Tell whether every name is defined, and not None, along C's MRO."""
    mro = C.__mro__
    for name in names:
        for base in mro:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    __class_getitem__ = classmethod(GenericAlias)

    __slots__ = ()

    def __enter__(self):
        """Return self upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    __class_getitem__ = classmethod(GenericAlias)

    __slots__ = ()

    async def __aenter__(self):
        """Return self upon entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """A base class that lets a context manager also be used as a function
    decorator: the decorated function runs inside the context."""

    def _recreate_cm(self):
        """Return the context manager to use for one call (self, unless a
        subclass makes a fresh one)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """A base class that lets an asynchronous context manager also be used
    as a decorator of coroutine functions: each call's coroutine runs
    inside the context."""

    def _recreate_cm(self):
        """Return the context manager to use for one call (self, unless a
        subclass makes a fresh one)."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the managers made by contextmanager and asynccontextmanager
    share: the generator, and the means to make it anew."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # Show the generator function's docstring on instances.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager, ContextDecorator):
    """The context manager made by a @contextmanager function."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager, which a
        # manager in use never does.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # The exception was given as a class only.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # A generator that returns after the throw suppresses the
            # exception, unless what stopped it is the exception itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration raised in the body comes back as the
            # RuntimeError made from it (PEP 479): report the original.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The asynchronous context manager made by an @asynccontextmanager
    function."""

    async def __aenter__(self):
        # As for the synchronous manager, the arguments are not needed
        # any more.
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            # The exception was given as a class only.
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            # The generator returned: the exception is suppressed, unless
            # it is what stopped the generator.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration or StopAsyncIteration raised in the body is
            # turned into a RuntimeError by the generator: report the
            # original.
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator turning a generator function into a context manager
    factory.  The generator must yield exactly once; the yielded value is
    bound by `as`, and an exception from the with block is raised at the
    yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Decorator turning an asynchronous generator function into a factory
    of asynchronous context managers, for `async with`.  The generator
    must yield exactly once; the yielded value is bound by `as`, and an
    exception from the block is raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager that calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Asynchronous context manager that awaits thing.aclose() at the end
    of the block (for asynchronous generators, say)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of saved streams, so that one instance can be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager that temporarily replaces sys.stdout."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager that temporarily replaces sys.stderr."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that silences the given exception types raised in
    its block; the block stops at the exception and execution continues
    after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does nothing, for `with` and `async with`;
    `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Context manager that changes the current working directory to path
    and changes it back on exit; it can be re-entered."""

    def __init__(self, path):
        self.path = path
        # A stack of saved directories, so that one instance can be
        # re-entered.
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Make old_exc the context of the end of new_exc's context chain
    that was created inside the exit callbacks (the chain is cut at
    frame_exc, the exception handled around the with statement)."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class _BaseExitStack:
    """The registration methods that ExitStack and AsyncExitStack share."""

    def __init__(self):
        # (is_sync, callback) pairs, run from the end.
        self._exit_callbacks = []

    def pop_all(self):
        """Move the registered callbacks to a new stack of the same type
        and return it; this stack is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an exit callback: a context manager's __exit__ method
        or any callable taking (exc_type, exc, traceback).  Returns it."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # A plain callable.
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enter a context manager, register its __exit__ and return the
        result of its __enter__."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context "
                            "manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; returns
        callback, so this can be used as a decorator."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        # The original is kept for introspection.
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager combining other context managers and cleanup
    callbacks, which run in reverse order of registration on exit.

    An exception raised by one callback is passed to the next ones, with
    its __context__ chained to the exception that was being handled."""

    def close(self):
        """Run the callbacks now, with no exception."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception being handled around the with statement, at which
        # context chains made inside the callbacks are cut.
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            exc = exc_details[1]
            # Raising sets __context__ again; keep the fixed one.
            fixed_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_context
                raise
        return received_exc and suppressed


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Asynchronous context manager combining other context managers,
    asynchronous or not, and cleanup callbacks, plain functions or
    coroutine functions; they run in reverse order of registration when
    the `async with` block ends or aclose() is awaited.

    Exceptions pass from one callback to the next as in ExitStack."""

    async def enter_async_context(self, cm):
        """Enter an asynchronous context manager, register its __aexit__
        and return the result of its __aenter__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the "
                            "asynchronous context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(exit, cm)))
        return result

    def push_async_exit(self, exit):
        """Register an asynchronous exit callback: an asynchronous context
        manager's __aexit__ method or a coroutine function taking
        (exc_type, exc, traceback).  Returns it."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__aexit__
        except AttributeError:
            # A plain coroutine function.
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register coroutine function callback(*args, **kwds) to be
        awaited on exit; returns callback."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        # The original is kept for introspection.
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        """Run the callbacks now, with no exception."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # As in ExitStack.__exit__.
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            exc = exc_details[1]
            # Raising sets __context__ again; keep the fixed one.
            fixed_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_context
                raise
        return received_exc and suppressed
