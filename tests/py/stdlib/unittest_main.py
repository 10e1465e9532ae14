# unittest.main: argument parsing (-v, -q, -f, -b, -k, test names),
# exit=False and the exit status through SystemExit, help and usage errors.
import contextlib
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class First(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn('x', 'abc')

    def test_three_printing(self):
        print('printed by test_three')


class Second(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        pass


def main(argv, **kwargs):
    print('>>>', argv, kwargs)
    err = io.StringIO()
    out = io.StringIO()
    code = None
    program = None
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            program = unittest.main(argv=['prog'] + argv, testLoader=unittest.TestLoader(),
                                    **kwargs)
    except SystemExit as e:
        code = e.code
    text = re.sub(r'in \d+\.\d+s', 'in Xs', err.getvalue()).replace(HERE, '')
    print(text, end='')
    if out.getvalue():
        print('[stdout]')
        print(out.getvalue(), end='')
    print('exit code:', code)
    if program is not None:
        print('result:', program.result, program.verbosity, program.failfast,
              program.testNames, program.exit)


main([], exit=False)
main(['-v'], exit=False)
main(['-q'], exit=False)
main(['First.test_one', 'Second'], exit=False)
main(['-v', 'Second.test_beta'])
main(['First'])
main(['-f', '-v', 'First'])
main(['-k', 'alpha', '-v'])
main(['-k', 'First.test_t*', '-k', 'beta', '-v'])
main(['-k', 'nomatch'])
main(['-b', 'First.test_three_printing', '-v'], exit=False)
main(['NoSuchTest'], exit=False, verbosity=0)
main(['--bogus'])
main(['-h'])
main([], defaultTest='Second', verbosity=2)
main([], defaultTest=['First.test_one', 'Second.test_beta'])
main(['Second'], exit=False, failfast=True, verbosity=0, buffer=True)
print(unittest.main is unittest.TestProgram, unittest.main.__module__)
