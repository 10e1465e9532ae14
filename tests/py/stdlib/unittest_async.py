# IsolatedAsyncioTestCase: the order of the synchronous and asynchronous
# fixtures and cleanups, enterAsyncContext, a fresh event loop per test,
# context variables, failures in each part, skips, expected failures,
# sub-tests, debug(), and the output of TextTestRunner and unittest.main.
import asyncio
import contextlib
import contextvars
import io
import os
import re
import sys
import unittest
import warnings

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
THIS = os.path.basename(__file__)


def clean(text):
    """The runner's output without timings, and with only the traceback
    entries of this file (the library frames differ between
    implementations)."""
    text = re.sub(r'in \d+\.\d+s', 'in Xs', text).replace(HERE, '')
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith('  File "'):
            skipping = not line.startswith('  File "%s"' % THIS)
            if skipping:
                continue
        elif line.startswith('    '):
            if skipping or set(line.strip()) <= set('^~'):
                continue
        else:
            skipping = False
        out.append(line)
    return '\n'.join(out) + '\n'


def run(*classes, **kwargs):
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTest(unittest.TestLoader().loadTestsFromTestCase(cls))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    print(clean(stream.getvalue()), end='')
    print(result, result.wasSuccessful())
    print('-' * 20)
    return result


events = []
var = contextvars.ContextVar('var', default='unset')


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        events.append('aenter ' + self.name)
        return self.name.upper()

    async def __aexit__(self, *exc):
        events.append('aexit ' + self.name)


class Order(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')
        var.set('from setUp')
        self.loop_in_setup = asyncio.get_event_loop()

    async def asyncSetUp(self):
        events.append('asyncSetUp var=%s' % var.get())
        value = await self.enterAsyncContext(Resource('res'))
        events.append('entered ' + value)
        self.addAsyncCleanup(self.acleanup, 'a', key=1)
        self.addCleanup(self.cleanup, 'b')
        self.addAsyncCleanup(self.acleanup, 'c')

    async def acleanup(self, name, key=None):
        await asyncio.sleep(0)
        events.append('async cleanup %s %s var=%s' % (name, key, var.get()))

    def cleanup(self, name):
        events.append('cleanup ' + name)

    async def test_method(self):
        loop = asyncio.get_running_loop()
        events.append('test same loop=%s var=%s' % (loop is self.loop_in_setup, var.get()))
        var.set('from test')
        await asyncio.sleep(0.001)
        events.append('test done')

    async def asyncTearDown(self):
        events.append('asyncTearDown var=%s' % var.get())

    def tearDown(self):
        events.append('tearDown var=%s' % var.get())


run(Order)
print('\n'.join(events))
events.clear()

loops = []


class Loops(unittest.IsolatedAsyncioTestCase):
    async def test_a(self):
        loops.append(asyncio.get_running_loop())
        # A task still pending at the end of the test is cancelled.
        self.pending = asyncio.get_running_loop().create_task(self.forever())

    async def forever(self):
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            events.append('pending task cancelled')
            raise

    async def test_b(self):
        loops.append(asyncio.get_running_loop())

    def test_sync(self):
        # A synchronous test runs outside the loop.
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            events.append('sync test: %s' % e)


run(Loops, verbosity=2)
print(len(loops), loops[0] is not loops[1], [l.is_closed() for l in loops])
print(events)
events.clear()


class Failures(unittest.IsolatedAsyncioTestCase):
    async def test_assert(self):
        await asyncio.sleep(0)
        self.assertEqual([1, 2], [1, 3])

    async def test_error(self):
        await asyncio.sleep(0)
        raise KeyError('async error')

    def test_sync_error(self):
        raise ValueError('sync error')

    async def test_cleanup_error(self):
        async def bad_cleanup():
            raise RuntimeError('cleanup failed')
        self.addAsyncCleanup(bad_cleanup)

    @unittest.skip('not now')
    async def test_skipped(self):
        pass

    async def test_skip_inside(self):
        self.skipTest('skipped inside')

    @unittest.expectedFailure
    async def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    async def test_unexpected_success(self):
        pass

    async def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                await asyncio.sleep(0)
                self.assertNotEqual(i, 1)

    async def test_raises(self):
        async def boom():
            raise ZeroDivisionError('x')
        with self.assertRaises(ZeroDivisionError):
            await boom()

    async def test_timeout(self):
        with self.assertRaises(TimeoutError):
            async with asyncio.timeout(0.001):
                await asyncio.sleep(10)


run(Failures, verbosity=2)


class SetUpFails(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.addAsyncCleanup(self.note, 'cleanup ran')
        raise OSError('asyncSetUp failed')

    async def note(self, text):
        events.append(text)

    async def test_never(self):
        events.append('test ran')


class TearDownFails(unittest.IsolatedAsyncioTestCase):
    async def test_ok(self):
        events.append('test ran')

    async def asyncTearDown(self):
        raise LookupError('asyncTearDown failed')

    def tearDown(self):
        events.append('tearDown not reached')


run(SetUpFails, TearDownFails)
print(events)
events.clear()


class Contexts(unittest.IsolatedAsyncioTestCase):
    async def test_not_async_cm(self):
        try:
            await self.enterAsyncContext(object())
        except TypeError as e:
            events.append('%s: %s' % (type(e).__name__, e))
        with self.assertRaises(TypeError):
            await self.enterAsyncContext(contextlib.ExitStack())

    async def test_async_cm(self):
        async with Resource('inline') as value:
            events.append('inline ' + value)
        events.append(await self.enterAsyncContext(Resource('kept')))
        events.append('test end')


run(Contexts)
print(events)
events.clear()


class Returns(unittest.IsolatedAsyncioTestCase):
    async def test_returns(self):
        return 42


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    run(Returns)
for w in caught:
    print(w.category.__name__, w.message)


class Debugged(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append('debug asyncSetUp')

    async def test_it(self):
        events.append('debug test')
        await asyncio.sleep(0)

    async def test_fails(self):
        raise IndexError('raised by debug')


Debugged('test_it').debug()
try:
    Debugged('test_fails').debug()
except IndexError as e:
    events.append('debug propagated %s' % e)
print(events)
events.clear()

print('IsolatedAsyncioTestCase' in dir(unittest),
      'IsolatedAsyncioTestCase' in unittest.__all__)
print(unittest.IsolatedAsyncioTestCase.__module__,
      issubclass(unittest.IsolatedAsyncioTestCase, unittest.TestCase))
try:
    unittest.NoSuchThing
except AttributeError as e:
    print(type(e).__name__, e)


def main(argv, **kwargs):
    print('>>>', argv, kwargs)
    err = io.StringIO()
    out = io.StringIO()
    code = None
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            unittest.main(argv=['prog'] + argv, testLoader=unittest.TestLoader(),
                          **kwargs)
    except SystemExit as e:
        code = e.code
    print(clean(err.getvalue()), end='')
    if out.getvalue():
        print('[stdout]')
        print(out.getvalue(), end='')
    print('exit code:', code)


main(['-v', 'Order', 'Loops.test_b'], exit=False)
main(['Failures.test_assert', 'Failures.test_error', 'Contexts'])
