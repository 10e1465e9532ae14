# The failure messages of the simple assert methods, with and without a
# custom msg and longMessage.
import re
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print(name, 'AssertionError:', re.sub(r'0x[0-9a-f]+', '0x...', str(e)))
    except Exception as e:
        print(name, type(e).__name__, e)


class Unrepr:
    def __repr__(self):
        raise ValueError('no repr')


check('assertTrue', 0)
check('assertTrue', [1])
check('assertTrue', '', 'custom')
check('assertFalse', 'x')
check('assertFalse', None)
check('assertEqual', 1, 2)
check('assertEqual', 1, 1.0)
check('assertEqual', 'a', b'a')
check('assertEqual', None, 0, msg='nothing')
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 4)
check('assertIs', [], [])
check('assertIs', None, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertNotIsInstance', 1, int)
check('assertIn', 3, [1, 2])
check('assertIn', 'z', 'abc', 'letters')
check('assertNotIn', 1, {1: 2})
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 'a', 1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=0)
check('assertAlmostEqual', 1.0, 1.1, places=1)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.2, delta=0.25)
check('assertAlmostEqual', 1.0, 1.2, places=1, delta=0.25)
check('assertAlmostEqual', 10, 11, 0, 'ints')
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.0)
check('assertNotAlmostEqual', 1.0, 1.1)
check('assertNotAlmostEqual', 1.0, 1.1, delta=0.5)
check('assertNotAlmostEqual', 1.0, 1.1, delta=0.01)
check('assertNotAlmostEqual', 1.0, 1.1, places=1, delta=0.01)
check('assertRegex', 'hello world', r'w.r')
check('assertRegex', 'hello world', r'^w')
check('assertRegex', 'hello', '')
check('assertNotRegex', 'hello world', r'o w')
check('assertNotRegex', 'hello world', r'xyz')
check('assertRegex', b'bytes', rb'y')
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 2])
check('assertCountEqual', [1, 2, 2, 3], [3, 1, 1, 4])
check('assertCountEqual', 'abcc', 'abbd')
check('assertCountEqual', [[1], [2], [2]], [[2], [1], [3]])
check('assertCountEqual', [{}, 1], [1, {}])
check('assertIs', Unrepr(), None)
check('assertTrue', Unrepr())
try:
    t.fail()
except AssertionError as e:
    print('fail()', repr(e))
try:
    t.fail('boom')
except AssertionError as e:
    print('fail(msg)', repr(e))

t.longMessage = False
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'only custom')
check('assertIn', 1, [], 'only custom')
check('assertAlmostEqual', 1, 2, msg='short')
t.longMessage = True


class MyError(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyError

    def runTest(self):
        pass


try:
    Custom().assertEqual(1, 2)
except MyError as e:
    print('custom failureException', type(e).__name__, e)
try:
    Custom().assertRaises(KeyError, lambda: None)
except MyError as e:
    print('custom failureException', type(e).__name__, e)

# Long reprs are shortened around what differs.
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', 'a' * 50 + 'b' * 50, 'a' * 50 + 'c' * 50)
check('assertEqual', 10 ** 90, 10 ** 90 + 1)
check('assertEqual', list(range(40)), list(range(39)) + [0])
check('assertEqual', ('q' * 85,), ('q' * 84 + 'r',))
check('assertNotEqual', 'z' * 100, 'z' * 100)
check('assertIn', 'x', 'y' * 100)
check('assertIsNone', 'w' * 120)
