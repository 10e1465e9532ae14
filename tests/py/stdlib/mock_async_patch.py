# unittest.mock with coroutine functions: specs whose coroutine functions
# become AsyncMocks, create_autospec, patch choosing AsyncMock, and patch,
# patch.dict and patch.multiple decorating coroutine functions.
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


async def specs():
    m = MagicMock(spec=Service)
    print(sorted(m._spec_asyncs))
    print(type(m.fetch).__name__, type(m.compute).__name__,
          type(m.static_fetch).__name__, type(m.class_fetch).__name__)
    print(await m.fetch('x') is m.fetch.return_value)
    m.fetch.assert_awaited_once_with('x')
    print(type(Mock(spec=Service).fetch).__name__)
    am = AsyncMock(spec=Service)
    print(type(am.fetch).__name__, type(am.compute).__name__, isinstance(am, Service))
    try:
        am.missing
    except AttributeError as e:
        print('AttributeError', e)
    am = AsyncMock(spec=['a', 'b'])
    print(type(am.a).__name__)
    for klass in (Mock, MagicMock, NonCallableMock):
        made = klass(spec=double)
        print(klass.__name__, type(made).__name__,
              isinstance(made, mock.AsyncMockMixin),
              inspect.iscoroutinefunction(made))
    specced = Mock(spec=double)
    print(await specced(1) is specced.return_value, specced.await_count)
    specced = Mock(spec_set=double)
    print(isinstance(specced, mock.AsyncMockMixin))
    print(isinstance(Mock(spec=plain), mock.AsyncMockMixin))


async def autospec():
    f = create_autospec(double)
    print(type(f).__name__, type(f.mock).__name__,
          inspect.iscoroutinefunction(f), asyncio.iscoroutinefunction(f))
    print(type(await f(1)).__name__)
    f.assert_awaited_once_with(1)
    f.assert_awaited_with(x=1)
    print(f.await_count, f.await_args, f.mock.await_count)
    check('autospec awaited', f.assert_awaited_once_with, 2)
    check('autospec not awaited', f.assert_not_awaited)
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
    f.return_value = 'rv'
    print(await f(2))
    S = create_autospec(Service)
    inst = S()
    print(type(inst.fetch).__name__, type(inst.compute).__name__,
          type(S.static_fetch).__name__)
    await inst.fetch('k')
    inst.fetch.assert_awaited_once_with('k')
    try:
        inst.fetch()
    except TypeError as e:
        print('TypeError', e)
    print(inst.compute(1) is not None)


async def patching():
    here = __name__
    with patch(here + '.double') as p:
        print('patch async function', type(p).__name__, double is p)
        print(await double(3) is p.return_value)
    print(await double(3))
    with patch(here + '.plain') as p:
        print('patch plain function', type(p).__name__)
    with patch.object(Service, 'fetch') as p:
        print('patch.object async method', type(p).__name__)
    with patch.object(Service, 'compute') as p:
        print('patch.object method', type(p).__name__)
    with patch.object(Service, 'compute', spec=double) as p:
        print('spec=async', type(p).__name__)
    with patch(here + '.double', spec=True) as p:
        print('spec=True', type(p).__name__)
    with patch(here + '.double', autospec=True) as p:
        print('autospec', type(p).__name__, type(p.mock).__name__)
        print(await double(1) is p.mock.return_value)
        p.assert_awaited_once_with(1)
    with patch(here + '.double', new_callable=MagicMock) as p:
        print('new_callable', type(p).__name__)
    with patch(here + '.double', new=plain):
        print('new', await asyncio.sleep(0, double(1)))

    @patch(here + '.double')
    async def decorated(x, mocked):
        print('  inside', type(mocked).__name__, double is mocked)
        return await double(x)
    print(inspect.iscoroutinefunction(decorated), decorated.__name__)
    coro = decorated(5)
    print('patched yet?', type(double).__name__)
    print(type(await coro).__name__, type(double).__name__)

    @patch(here + '.plain')
    @patch.object(Service, 'fetch')
    async def stacked(fetch, plain_mock):
        return type(fetch).__name__, type(plain_mock).__name__
    print(await stacked(), len(stacked.patchings))

    @patch.dict(os.environ, {'MOCK_ASYNC_VAR': 'set'})
    async def with_env():
        await asyncio.sleep(0)
        return os.environ.get('MOCK_ASYNC_VAR')
    print(inspect.iscoroutinefunction(with_env), await with_env(),
          os.environ.get('MOCK_ASYNC_VAR'))

    @patch.multiple(here, double=DEFAULT, plain=DEFAULT)
    async def multiple(double, plain):
        return type(double).__name__, type(plain).__name__
    print(await multiple())

    @patch(here + '.plain', new=sentinel.replacement)
    async def no_extra_argument():
        return plain
    print(await no_extra_argument())

    async def fails(mocked):
        raise KeyError('inside patched')
    try:
        await patch(here + '.plain')(fails)()
    except KeyError as e:
        print('KeyError', e, type(plain).__name__)


async def main():
    await specs()
    await autospec()
    await patching()


asyncio.run(main())
