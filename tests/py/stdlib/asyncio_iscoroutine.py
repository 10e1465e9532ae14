# asyncio.iscoroutinefunction looks through bound methods and partials
# only, so objects that answer any attribute (mocks) are not followed.
import asyncio
import functools
import types
import unittest.mock


async def f():
    pass


class C:
    async def m(self):
        pass

    def plain(self):
        pass


@types.coroutine
def legacy():
    yield


print(asyncio.iscoroutinefunction(unittest.mock.MagicMock()))
print(asyncio.iscoroutinefunction(functools.partial(f)))
print(asyncio.iscoroutinefunction(functools.partial(functools.partial(C().m))))
print(asyncio.iscoroutinefunction(C().m), asyncio.iscoroutinefunction(C().plain))
print(asyncio.iscoroutinefunction(len), asyncio.iscoroutinefunction(legacy))
c = f()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(legacy()), asyncio.iscoroutine(1))
c.close()
