# Fixtures: setUp/tearDown, setUpClass/tearDownClass, setUpModule/
# tearDownModule, cleanups at every level, enterContext, and how errors in
# each of them are reported.
import contextlib
import io
import os
import re
import sys
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
log = []


def clean(text):
    return re.sub(r'in \d+\.\d+s', 'in Xs', text).replace(HERE, '')


def run(*classes, verbosity=2):
    del log[:]
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(clean(stream.getvalue()), end='')
    print('log:', log)
    print('-' * 20)
    return result


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 2 ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b(self):
        log.append('test_b')
        self.fail('b fails')


run(Order)


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup runs after failed setUp')
        raise ValueError('setUp broke')

    def tearDown(self):
        log.append('tearDown never runs')

    def test_x(self):
        log.append('test never runs')


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError('tearDown broke')

    def test_x(self):
        log.append('test_x ran')


class BrokenCleanups(unittest.TestCase):
    def test_x(self):
        self.addCleanup(log.append, 'last cleanup still runs')
        self.addCleanup(self.fail, 'cleanup failure')
        self.addCleanup(int, 'not a number')

    def test_y(self):
        def cleanup(a, *, b):
            log.append(('cleanup args', a, b))
        self.addCleanup(cleanup, 1, b=2)


run(BrokenSetUp, BrokenTearDown, BrokenCleanups)


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'class cleanup after failed setUpClass')
        raise RuntimeError('setUpClass broke')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass never runs')

    def test_x(self):
        log.append('never runs')


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError('tearDownClass broke')

    def test_x(self):
        log.append('BrokenTearDownClass.test_x')


class BrokenClassCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'other class cleanup')
        cls.addClassCleanup(cls.broken)

    @classmethod
    def broken(cls):
        raise OSError('class cleanup broke')

    def test_x(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('skip the class')

    def test_x(self):
        pass


run(BrokenSetUpClass, BrokenTearDownClass, BrokenClassCleanup, SkipInSetUpClass)


# Module fixtures of another module.
mod = types.ModuleType('fixmod')
sys.modules['fixmod'] = mod


def failing_setup():
    log.append('fixmod setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')
    raise ImportError('module setup broke')


mod.setUpModule = failing_setup


class InModule(unittest.TestCase):
    __module__ = 'fixmod'

    def test_x(self):
        log.append('never runs')


run(InModule, Order)

mod.setUpModule = lambda: log.append('fixmod setUpModule ok')


def failing_teardown():
    log.append('fixmod tearDownModule')
    raise KeyError('module teardown broke')


mod.tearDownModule = failing_teardown
run(InModule)

mod.tearDownModule = lambda: unittest.addModuleCleanup(log.append, 'cleanup from teardown')
run(InModule, Order)


# enterContext and enterClassContext.
@contextlib.contextmanager
def managed(name):
    log.append('enter ' + name)
    yield name.upper()
    log.append('exit ' + name)


class Contexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.value = cls.enterClassContext(managed('class'))

    def setUp(self):
        self.inner = self.enterContext(managed('test'))

    def test_values(self):
        log.append((self.value, self.inner))

    def test_not_a_context(self):
        try:
            self.enterContext(42)
        except TypeError as e:
            log.append(str(e))


run(Contexts)

# doCleanups and the module functions.
t = Order('test_a')
t.addCleanup(log.append, 'direct')
print(t.doCleanups(), log[-1:])
unittest.addModuleCleanup(log.append, 'm1')
unittest.addModuleCleanup(log.append, 'm2')
unittest.doModuleCleanups()
print(log[-2:])


def raise_it(exc):
    raise exc


unittest.addModuleCleanup(raise_it, ValueError('first'))
unittest.addModuleCleanup(raise_it, KeyError('second'))
try:
    unittest.doModuleCleanups()
except Exception as e:
    print('doModuleCleanups raised', type(e).__name__, e)
print(unittest.enterModuleContext(managed('module')))
unittest.doModuleCleanups()
print(log[-2:])


# debug() runs without a result and lets exceptions through.
class Debugged(unittest.TestCase):
    def setUp(self):
        log.append('debug setUp')

    def test_ok(self):
        self.addCleanup(log.append, 'debug cleanup')

    def test_fails(self):
        self.assertEqual(1, 0)

    @unittest.skip('skipped in debug')
    def test_skipped(self):
        pass


del log[:]
Debugged('test_ok').debug()
print(log)
for name in ('test_fails', 'test_skipped'):
    try:
        Debugged(name).debug()
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    unittest.TestSuite([BrokenSetUpClass('test_x')]).debug()
except Exception as e:
    print('suite debug', type(e).__name__, e)
