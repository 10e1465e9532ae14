# subTest: reporting of failing, erroring and skipped sub-tests with their
# messages and parameters, nesting, failfast, and expected failures.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def run(cls, **kwargs):
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()).replace(HERE, '')
    print(text, end='')
    print(result)
    print('-' * 20)
    return result


class Subs(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, square=i * i):
                self.assertNotEqual(i % 2, 1)

    def test_message(self):
        with self.subTest('first case'):
            self.assertEqual('a', 'b')
        with self.subTest('second case', value=[1]):
            raise ValueError('error in subtest')
        with self.subTest():
            self.fail('no description')

    def test_nested(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.fail('nested')
            with self.subTest(outer=3, c='x'):
                self.fail('overridden')

    def test_all_pass(self):
        for x in 'abc':
            with self.subTest(x=x):
                pass

    def test_skip(self):
        with self.subTest(k=1):
            self.skipTest('skipped sub-test')
        with self.subTest(k=2):
            pass

    def test_after_subtests_fails(self):
        with self.subTest(n=1):
            pass
        self.fail('failure outside the subtest')

    @unittest.expectedFailure
    def test_expected(self):
        with self.subTest(e=1):
            self.fail('expected')
        raise RuntimeError('not reached')


for verbosity in (1, 2):
    run(Subs, verbosity=verbosity)


class FailFast(unittest.TestCase):
    def test_a(self):
        for i in range(3):
            with self.subTest(i=i):
                self.fail('stop here')

    def test_b(self):
        pass


run(FailFast, failfast=True, verbosity=2)

# Sub-tests seen by a plain TestResult.
result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Subs).run(result)
for test, text in result.failures + result.errors:
    print(type(test).__name__, test.id(), '|', test.params.maps if hasattr(test, 'params') else '',
          '|', test.shortDescription())
print(result.testsRun, len(result.failures), len(result.errors), result.skipped)


# A result without addSubTest runs the sub-test bodies directly.
class Plain:
    shouldStop = False
    failfast = False

    def __init__(self):
        self.events = []

    def startTest(self, test):
        self.events.append('start')

    def stopTest(self, test):
        self.events.append('stop')

    def addSuccess(self, test):
        self.events.append('success')

    def addDuration(self, test, elapsed):
        self.events.append('duration')

    def addFailure(self, test, err):
        self.events.append(('failure', str(err[1])))

    def addError(self, test, err):
        self.events.append(('error', str(err[1])))


plain = Plain()
Subs('test_params').run(plain)
print(plain.events)
plain = Plain()
Subs('test_all_pass').run(plain)
print(plain.events)

# A sub-test cannot run on its own.
sub = unittest.case._SubTest(Subs('test_params'), 'msg', {'a': 1})
print(sub.id(), '|', str(sub))
try:
    sub.runTest()
except NotImplementedError as e:
    print('NotImplementedError', e)
