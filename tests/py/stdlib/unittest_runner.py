# TextTestRunner's output at verbosity 0, 1 and 2: passes, failures,
# errors, skips, expected failures, unexpected successes, docstring
# descriptions, failfast and buffer.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return re.sub(r'in \d+\.\d+s', 'in Xs', text).replace(HERE, '')


def run(*tests, **kwargs):
    suite = unittest.TestSuite()
    for test in tests:
        if isinstance(test, type):
            suite.addTest(unittest.TestLoader().loadTestsFromTestCase(test))
        else:
            suite.addTest(test)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    print(clean(stream.getvalue()), end='')
    print(result, result.wasSuccessful())
    print('-' * 20)
    return result


def helper(value):
    raise RuntimeError('helper failed with %r' % (value,))


class Outcomes(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        raise KeyError('missing')

    def test_error_nested(self):
        helper(42)

    @unittest.skip('not today')
    def test_skip_decorator(self):
        pass

    def test_skip_call(self):
        self.skipTest('skipped inside')

    @unittest.skipIf(True, 'condition true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'never shown')
    def test_skip_unless_runs(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_fail_message(self):
        self.fail('explicit failure')

    def test_chained(self):
        try:
            raise ValueError('inner')
        except ValueError as e:
            raise TypeError('outer') from e


for verbosity in (0, 1, 2):
    print('verbosity', verbosity)
    run(Outcomes, verbosity=verbosity)


class Described(unittest.TestCase):
    def test_doc(self):
        """First line of the docstring.

        More lines are not shown.
        """

    def test_doc_fail(self):
        """  Indented summary.  """
        self.fail('with a docstring')

    def test_nodoc(self):
        pass


run(Described, verbosity=2)
run(Described, verbosity=2, descriptions=False)


class OnlyPasses(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


run(OnlyPasses)
run(OnlyPasses, verbosity=2)
run()
run(unittest.TestSuite())


class Skips(unittest.TestCase):
    @unittest.skip('reason')
    def test_a(self):
        pass


run(Skips)


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


run(SkippedClass, verbosity=2)


class FailFast(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.fail('first failure')

    def test_3(self):
        self.fail('never run')


run(FailFast, failfast=True)
run(FailFast, failfast=True, verbosity=2)


class Printing(unittest.TestCase):
    def test_prints_pass(self):
        print('quiet output')

    def test_prints_fail(self):
        print('loud output')
        print('to stderr', file=sys.stderr)
        self.fail('failed after printing')

    def test_prints_no_newline(self):
        sys.stdout.write('partial')
        raise ValueError('error after printing')


saved = sys.stdout
saved_err = sys.stderr
sys.stderr = io.StringIO()
r = run(Printing, buffer=True)
mirrored, sys.stderr = sys.stderr, saved_err
print('stdout restored:', sys.stdout is saved)
print('mirrored stderr:', repr(mirrored.getvalue()))


# A function as a test.
def plain_test():
    """Plain function docstring."""


def failing_plain_test():
    raise AssertionError('plain failure')


run(unittest.FunctionTestCase(plain_test), unittest.FunctionTestCase(failing_plain_test),
    unittest.FunctionTestCase(plain_test, description='given description'), verbosity=2)


# Running a test directly with a TestResult.
result = unittest.TestResult()
Outcomes('test_fail')(result)
Outcomes('test_pass').run(result)
Outcomes('test_skip_call').run(result)
print(result, result.testsRun, len(result.failures), result.skipped)
test, text = result.failures[0]
print(test, '|', clean(text).splitlines()[-1])
print(Outcomes('test_pass').run())
print(Outcomes('test_error').run().errors[0][0])

# The result's records.
result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Outcomes).run(result)
print([str(t) for t, _ in result.errors])
print([str(t) for t, _ in result.failures])
print([(str(t), r) for t, r in result.skipped])
print([str(t) for t, _ in result.expectedFailures])
print([str(t) for t in result.unexpectedSuccesses])
print(result.testsRun, result.shouldStop, result.wasSuccessful())
print(clean(result.expectedFailures[0][1]))
result.stop()
print(result.shouldStop)
