# unittest.mock's AsyncMock: calls and awaits, side effects, wraps, the
# assert_awaited* methods and their messages, reset_mock, child mocks, and
# MagicMock's asynchronous magic methods (async with, async for).
import asyncio
import inspect
import os
from unittest import mock
from unittest.mock import (AsyncMock, MagicMock, Mock, NonCallableMock, call,
                           patch, create_autospec, sentinel, DEFAULT, ANY)


def check(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print(label, '->', str(e).replace('\n', ' | '))
    else:
        print(label, '-> ok')


async def collect(aiterable):
    items = []
    async for item in aiterable:
        items.append(item)
    return items


async def double(x):
    return x * 2


def plain(x):
    return x + 1


class Service:
    async def fetch(self, key, default=None):
        return key

    def compute(self, n):
        return n

    @staticmethod
    async def static_fetch():
        pass

    @classmethod
    async def class_fetch(cls):
        pass

    value = 3


async def calls_and_awaits():
    m = AsyncMock(name='am')
    print(inspect.iscoroutinefunction(m), asyncio.iscoroutinefunction(m))
    coro = m(1, a=2)
    print(inspect.isawaitable(coro), inspect.iscoroutine(coro))
    print(m.called, m.call_count, m.await_count, m.await_args, m.await_args_list)
    result = await coro
    print(result is m.return_value, type(result).__name__)
    print(m.await_count, m.await_args, m.await_args_list, m.call_args_list)
    await m(3)
    print(m.await_count, m.await_args_list, m.mock_calls)
    m.reset_mock()
    print(m.called, m.call_count, m.await_count, m.await_args, m.await_args_list)
    print(type(m.child).__name__, type(m.child.grandchild).__name__,
          type(m.__aenter__).__name__, type(m.__enter__).__name__,
          type(m.__str__).__name__, type(m.return_value).__name__)
    print(m.__name__, m.__code__.co_flags & inspect.CO_COROUTINE != 0,
          m.__defaults__, m.__kwdefaults__, m.__annotations__)
    print(isinstance(m.__code__, type(double.__code__)))
    print(inspect.signature(m))
    print(AsyncMock.__mro__[1].__name__, AsyncMock.__mro__[2].__name__,
          issubclass(AsyncMock, MagicMock), issubclass(AsyncMock, Mock),
          isinstance(AsyncMock(), mock.AsyncMockMixin))
    # The call is recorded when made, the await when the coroutine runs.
    m = AsyncMock()
    first = m('first')
    second = m('second')
    await second
    await first
    print(m.call_args_list, m.await_args_list, m.await_args)
    parent = MagicMock()
    parent.method = AsyncMock(return_value='r')
    print(await parent.method(1, 2))
    print(parent.mock_calls, parent.method_calls)


async def side_effects():
    print(await AsyncMock(return_value=7)())
    print(await AsyncMock(side_effect=double)(4))
    print(await AsyncMock(side_effect=plain)(4))
    print(await AsyncMock(side_effect=lambda x: DEFAULT, return_value='dflt')(4))
    seq = AsyncMock(side_effect=[1, KeyError('k'), 3])
    print(await seq())
    try:
        await seq()
    except KeyError as e:
        print('KeyError', e)
    print(await seq())
    try:
        await seq()
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    for effect in (ValueError, ValueError('instance')):
        try:
            await AsyncMock(side_effect=effect)()
        except ValueError as e:
            print('raised', repr(e))
    print(await AsyncMock(wraps=double)(5), await AsyncMock(wraps=plain)(5))
    wrapped = AsyncMock(wraps=double, return_value='wins')
    print(await wrapped(1))
    m = AsyncMock(return_value=sentinel.value)
    print(await m(), m.await_count)
    m.side_effect = [10, 20]
    print(await m(), await m())
    m.reset_mock(side_effect=True, return_value=True)
    print(m.side_effect, type(await m()).__name__, m.await_count)


async def asserts():
    m = AsyncMock(name='am')
    check('assert_awaited', m.assert_awaited)
    check('assert_awaited_once', m.assert_awaited_once)
    check('assert_awaited_with', m.assert_awaited_with, 1)
    check('assert_awaited_once_with', m.assert_awaited_once_with, 1)
    check('assert_any_await', m.assert_any_await, 1)
    check('assert_has_awaits', m.assert_has_awaits, [call(1)])
    check('assert_has_awaits empty', m.assert_has_awaits, [])
    check('assert_not_awaited', m.assert_not_awaited)
    coro = m(0)
    check('called, not awaited', m.assert_awaited)
    check('assert_called', m.assert_called)
    await coro
    await m(1, a=2)
    await m(3)
    check('assert_awaited', m.assert_awaited)
    check('assert_awaited_once', m.assert_awaited_once)
    check('assert_awaited_with', m.assert_awaited_with, 3)
    check('assert_awaited_with wrong', m.assert_awaited_with, 1)
    check('assert_awaited_once_with', m.assert_awaited_once_with, 3)
    check('assert_any_await', m.assert_any_await, 1, a=2)
    check('assert_any_await missing', m.assert_any_await, 5)
    check('assert_any_await ANY', m.assert_any_await, ANY, a=ANY)
    check('assert_has_awaits', m.assert_has_awaits, [call(1, a=2), call(3)])
    check('assert_has_awaits order', m.assert_has_awaits, [call(3), call(1, a=2)])
    check('assert_has_awaits any_order', m.assert_has_awaits,
          [call(3), call(0)], any_order=True)
    check('assert_has_awaits any_order missing', m.assert_has_awaits,
          [call(3), call(9), call(8)], any_order=True)
    check('assert_not_awaited', m.assert_not_awaited)
    unnamed = AsyncMock()
    await unnamed()
    check('unnamed once', unnamed.assert_awaited_once_with, 2)
    check('unnamed not awaited', unnamed.assert_not_awaited)
    try:
        m.assert_awaited_twice
    except AttributeError as e:
        print('AttributeError', e)
    specced = AsyncMock(spec=Service().fetch)
    await specced('k', default=1)
    check('spec signature', specced.assert_awaited_with, 'k', 1)
    check('spec signature bad', specced.assert_awaited_with, 'k', 1, 2)
    try:
        specced.assert_awaited_with(1, 2, 3)
    except AssertionError as e:
        print('cause:', type(e.__cause__).__name__)


async def magic_methods():
    m = MagicMock()
    print(type(m.__aenter__).__name__, type(m.__aexit__).__name__,
          type(m.__anext__).__name__, type(m.__aiter__).__name__)
    print(inspect.iscoroutinefunction(m.__aenter__), inspect.iscoroutinefunction(m))
    async with m as value:
        print('entered', value is m.__aenter__.return_value)
    print(m.__aenter__.await_count, m.__aexit__.await_args)
    m.__aenter__.return_value = 'resource'
    async with m as value:
        print('entered', value)
    try:
        async with m:
            raise KeyError('not suppressed')
    except KeyError as e:
        print('KeyError', e)
    print(m.__aexit__.await_args[0][0].__name__)
    m.__aexit__.return_value = True
    async with m:
        raise KeyError('suppressed')
    print('after suppressed')
    print(m.mock_calls[:3])
    print(await collect(MagicMock()))
    m = MagicMock()
    m.__aiter__.return_value = [1, 2, 3]
    print(await collect(m), await collect(m))
    print(m.__aiter__.return_value, m.__aiter__.call_count)
    m.__aiter__.return_value = iter('ab')
    print(await collect(m), await collect(m))
    m = MagicMock()
    m.__anext__.side_effect = [1, 2]
    print(await m.__anext__(), await anext(m))
    try:
        await anext(m)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    # The magic methods of a non-callable MagicMock are MagicMocks.
    nc = mock.NonCallableMagicMock()
    print(type(nc.__aenter__).__name__)
    try:
        async with nc:
            pass
    except TypeError as e:
        print('TypeError', e)
    am = AsyncMock()
    async with am as value:
        print('AsyncMock as context manager', type(value).__name__)
    plain_mock = Mock()
    try:
        async with plain_mock:
            pass
    except TypeError as e:
        print('TypeError', e)
    m = Mock()
    m.__aenter__ = AsyncMock(return_value='set by hand')
    m.__aexit__ = AsyncMock(return_value=False)
    async with m as value:
        print(value)


async def main():
    await calls_and_awaits()
    await side_effects()
    await asserts()
    await magic_methods()
    print('AsyncMock' in mock.__all__)


asyncio.run(main())
