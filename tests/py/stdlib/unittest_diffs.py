# assertEqual's type-specific messages: the ndiff of strings, the first
# differing element of lists and tuples, dict and set differences, and the
# truncation of long diffs by maxDiff.
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
        print('--', name)
        print(e)
    except Exception as e:
        print(name, type(e).__name__, e)


# Strings.
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'one\ntwo\nthree\n', 'one\ntoo\nthree\n')
check('assertEqual', 'one\ntwo', 'one\ntwo\nthree')
check('assertEqual', 'same start\n', 'same start')
check('assertMultiLineEqual', 'a\r\nb', 'a\nb')
check('assertMultiLineEqual', 'x', b'x')
check('assertMultiLineEqual', b'x', 'x')
check('assertEqual', 'tab\there', 'tab  here')
check('assertEqual', 'The quick brown fox', 'The quick brown dog', 'animals')
# Lists and tuples.
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1, 2], [1, 2, 3, 4])
check('assertEqual', [], [None])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', (1, 2, 3), (1, 2))
check('assertEqual', [1, 2], (1, 2))
check('assertListEqual', [1], (1,))
check('assertListEqual', (1,), [1])
check('assertTupleEqual', (1,), [1])
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2], (1, 3))
check('assertSequenceEqual', 'abc', 'abd')
check('assertSequenceEqual', 1, [1])
check('assertSequenceEqual', [1], 1)
check('assertSequenceEqual', [1, 2], [1, 3], 'seqs', list)
check('assertEqual', [[1, 2], [3, 4]], [[1, 2], [3, 5]])
check('assertEqual', list(range(30)), list(range(1, 31)))
check('assertEqual', ['x' * 30, 'y' * 30, 'z' * 30], ['x' * 30, 'y' * 31, 'z' * 30])
# Dicts.
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {'a': 1}, {'a': 1, 'c': [1, 2]})
check('assertDictEqual', {}, [])
check('assertDictEqual', [], {})
check('assertEqual', {i: str(i) * 5 for i in range(12)}, {i: str(i) * 5 for i in range(1, 13)})
# Sets.
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', {1}, {1, 2})
check('assertEqual', frozenset({'a'}), frozenset())
check('assertEqual', {1}, frozenset({2}))
check('assertSetEqual', {1}, [1])
check('assertSetEqual', [1], {1})
check('assertSetEqual', {1}, {1})
check('assertSetEqual', set(), {(1, 2)}, 'set msg')
# maxDiff.
long_a = '\n'.join('line %d' % i for i in range(100))
long_b = long_a.replace('line 50', 'LINE 50')
check('assertEqual', long_a, long_b)
t.maxDiff = None
check('assertEqual', '\n'.join('l%d' % i for i in range(8)), '\n'.join('l%d' % i for i in range(1, 9)))
t.maxDiff = 40
check('assertEqual', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11])
check('assertEqual', {'key': 'value'}, {'key': 'other'})
t.maxDiff = 0
check('assertEqual', 'a\nb', 'a\nc')
t.maxDiff = 640


# Custom equality functions.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __repr__(self):
        return 'Point(%r)' % self.x


def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or 'points differ by %d' % (b.x - a.x))


check('assertEqual', Point(1), Point(2))
t.addTypeEqualityFunc(Point, point_equal)
check('assertEqual', Point(1), Point(3))
check('assertEqual', Point(1), Point(3), 'given')
check('assertEqual', Point(1), Point(1))


# Subclasses of the built-in types use the plain comparison.
class MyList(list):
    pass


check('assertEqual', MyList([1]), MyList([2]))
check('assertEqual', MyList([1]), [2])
