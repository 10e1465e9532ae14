# contextlib's asynchronous parts: asynccontextmanager (protocol errors,
# exception rules, decorator use), AbstractAsyncContextManager,
# AsyncContextDecorator, aclosing, nullcontext with async with, and
# AsyncExitStack (callbacks, exception passing and chaining).
import asyncio
import contextlib
import sys
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing,
                        nullcontext, AbstractAsyncContextManager,
                        AsyncContextDecorator)


def show(label, exc):
    print(label, type(exc).__name__, exc)


log = []


@asynccontextmanager
async def tracked(name, value=None):
    """Doc of tracked."""
    log.append('enter ' + name)
    try:
        yield value
    except ValueError as e:
        log.append('caught ValueError %s in %s' % (e, name))
    finally:
        log.append('exit ' + name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def yield_after_throw():
    try:
        yield
    except Exception:
        yield


@asynccontextmanager
async def reraise_other():
    try:
        yield
    except KeyError as e:
        raise TypeError('replaced') from e


@asynccontextmanager
async def passthrough():
    yield 'p'


@asynccontextmanager
async def suppress_all():
    try:
        yield
    except BaseException:
        pass


async def basics():
    async with tracked('a', 42) as v:
        log.append('body %r' % v)
    print(log)
    log.clear()
    async with tracked('b'):
        raise ValueError('boom')
    print(log)
    log.clear()
    try:
        async with tracked('c'):
            raise KeyError('k')
    except KeyError as e:
        show('propagated', e)
    print(log)
    log.clear()
    cm = tracked('d')
    print(cm.__doc__, tracked.__doc__, tracked.__name__)
    print(type(cm).__name__, isinstance(cm, AbstractAsyncContextManager),
          isinstance(cm, AsyncContextDecorator))
    print(hasattr(tracked, '__wrapped__'))
    await cm.__aenter__()
    print(hasattr(cm, 'func'), hasattr(cm, 'args'))
    print(await cm.__aexit__(None, None, None))
    print(log)
    log.clear()


async def protocol_errors():
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        show('no yield:', e)
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        show('two yields:', e)
    try:
        async with yield_after_throw():
            raise ValueError('x')
    except RuntimeError as e:
        show('after throw:', e)
    try:
        async with reraise_other():
            raise KeyError('orig')
    except TypeError as e:
        show('replaced:', e)
        show('  cause:', e.__cause__)
    # StopIteration and StopAsyncIteration raised in the body come out
    # as themselves.
    for exc in (StopIteration('si'), StopAsyncIteration('sai')):
        try:
            async with passthrough():
                raise exc
        except BaseException as e:
            show('body raised', e)
            print('  same object:', e is exc)
    # An exception given as a class only to __aexit__.
    cm = passthrough()
    await cm.__aenter__()
    try:
        await cm.__aexit__(ValueError, None, None)
    except ValueError as e:
        show('class only', e)
    cm = suppress_all()
    await cm.__aenter__()
    print('suppressed:', await cm.__aexit__(KeyError, KeyError('z'), None))
    async with suppress_all():
        raise asyncio.CancelledError()
    print('cancelled error suppressed')
    # Exiting twice.
    cm = passthrough()
    await cm.__aenter__()
    print(await cm.__aexit__(None, None, None))
    try:
        await cm.__aexit__(None, None, None)
    except BaseException as e:
        show('exit twice', e)


async def decorators():
    @tracked('deco', 1)
    async def work(x, *, y=2):
        """Work doc."""
        log.append('work %s %s' % (x, y))
        return x + y
    print(work.__name__, work.__doc__)
    print(await work(1), await work(10, y=5))
    print(log)
    log.clear()

    @tracked('deco2')
    async def bad():
        raise ValueError('swallowed')
    print(await bad())
    print(log)
    log.clear()

    class Timer(AsyncContextDecorator):
        async def __aenter__(self):
            print('  timer enter')
            return self

        async def __aexit__(self, *exc):
            print('  timer exit', exc[0].__name__ if exc[0] else None)
            return False

    @Timer()
    async def timed(n):
        print('  timed', n)
        if n < 0:
            raise ValueError('negative')
        return n * 2
    print(await timed(3))
    try:
        await timed(-1)
    except ValueError as e:
        show('timed', e)


class Resource:
    def __init__(self, name):
        self.name = name

    async def aclose(self):
        print('aclose', self.name)


async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen finalised')


async def closing_and_null():
    async with aclosing(Resource('r1')) as r:
        print('got', r.name)
    try:
        async with aclosing(Resource('r2')):
            raise KeyError('inside')
    except KeyError as e:
        show('aclosing propagated', e)
    async with aclosing(agen()) as g:
        async for i in g:
            if i == 2:
                break
            print('item', i)
    print('after aclosing agen')
    async with nullcontext(5) as v:
        print('nullcontext', v)
    async with nullcontext() as v:
        print('nullcontext', v)
    with nullcontext('sync') as v:
        print('nullcontext', v)
    try:
        async with nullcontext():
            raise IndexError('not suppressed')
    except IndexError as e:
        show('nullcontext', e)


class Plain:
    pass


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print('enter', self.name)
        return self.name

    async def __aexit__(self, typ, exc, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.suppress


class SCM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('sync enter', self.name)
        return self.name.upper()

    def __exit__(self, typ, exc, tb):
        print('sync exit', self.name, typ.__name__ if typ else None)


async def exit_stacks():
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM('one')))
        print(stack.enter_context(SCM('two')))

        async def acb(*args, **kw):
            print('async callback', args, kw)
        print(stack.push_async_callback(acb, 1, key='v') is acb)
        print(stack.callback(print, 'sync callback') is print)

        async def aexit(typ, exc, tb):
            print('push_async_exit fn', typ)
        stack.push_async_exit(aexit)
        stack.push_async_exit(ACM('pushed'))

        def sexit(typ, exc, tb):
            print('push fn', typ)
        stack.push(sexit)
        print(type(stack._exit_callbacks).__name__ if False else 'registered')
    print('-- errors')
    stack = AsyncExitStack()
    try:
        await stack.enter_async_context(Plain())
    except TypeError as e:
        show('enter_async_context', e)
    try:
        await stack.enter_async_context(SCM('s'))
    except TypeError as e:
        show('enter_async_context', e)
    try:
        stack.enter_context(ACM('a'))
    except TypeError as e:
        show('enter_context', e)
    print('-- suppression')
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ACM('outer'))
        await stack.enter_async_context(ACM('suppressor', suppress=True))
        await stack.enter_async_context(ACM('inner'))
        raise KeyError('dropped')
    print('after suppression')
    print('-- chaining')

    async def raiser(exc):
        raise exc
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(raiser, KeyError('first registered'))
            stack.callback(lambda: 1 / 0)
            stack.push_async_callback(raiser, IndexError('last registered'))
            raise ValueError('body')
    except KeyError as e:
        chain = []
        while e is not None:
            chain.append('%s(%s)' % (type(e).__name__, e))
            e = e.__context__
        print(' <- '.join(chain))
    print('-- pop_all and aclose')
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ACM('moved'))
        other = stack.pop_all()
        print(type(other).__name__, len(stack._exit_callbacks))
    print('stack closed')
    await other.aclose()
    await other.aclose()
    print('-- callback wrappers')
    stack = AsyncExitStack()

    async def target():
        pass
    stack.push_async_callback(target)
    print(stack._exit_callbacks[-1][1].__wrapped__ is target)
    await stack.aclose()
    print(isinstance(stack, contextlib.ExitStack),
          isinstance(stack, AbstractAsyncContextManager))
    print('-- suppressed exception inside except block')
    try:
        raise RuntimeError('outer handled')
    except RuntimeError:
        try:
            async with AsyncExitStack() as stack:
                stack.push_async_callback(raiser, KeyError('cb'))
                raise ValueError('body2')
        except KeyError as e:
            print(type(e.__context__).__name__, e.__context__,
                  type(e.__context__.__context__).__name__)


async def abstract():
    class Good(AbstractAsyncContextManager):
        async def __aexit__(self, *exc):
            return None
    g = Good()
    print(await g.__aenter__() is g)

    class Bad(AbstractAsyncContextManager):
        pass
    try:
        Bad()
    except TypeError as e:
        show('abstract', e)

    class Duck:
        async def __aenter__(self):
            pass

        async def __aexit__(self, *exc):
            pass

    class NotDuck:
        async def __aenter__(self):
            pass
        __aexit__ = None
    print(issubclass(Duck, AbstractAsyncContextManager),
          issubclass(NotDuck, AbstractAsyncContextManager),
          issubclass(Plain, AbstractAsyncContextManager),
          issubclass(AsyncExitStack, AbstractAsyncContextManager))
    print(AbstractAsyncContextManager[int])
    print(sorted(n for n in contextlib.__all__ if 'sync' in n or n[0] == 'a'))


async def main():
    await basics()
    await protocol_errors()
    await decorators()
    await closing_and_null()
    await exit_stacks()
    await abstract()


asyncio.run(main())
