# TestLoader: method discovery and ordering, prefixes, sort functions, name
# patterns, loading by name; TestSuite and TestCase basics (id, str, repr,
# equality, countTestCases, shortDescription).
import functools
import re
import sys
import unittest


class Zeta(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        """Docstring of test_a."""

    def test_C(self):
        pass

    def check_thing(self):
        pass

    test_not_callable = 42

    def helper(self):
        pass


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    @staticmethod
    def test_static():
        pass


class Base(unittest.TestCase):
    def test_base(self):
        pass


class Derived(Base):
    def test_derived(self):
        pass


class RunTestOnly(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha('test_one')])


def make_case():
    return Alpha('test_one')


def make_nothing():
    return 42


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zeta))
print(loader.loadTestsFromTestCase(Zeta))
print(loader.loadTestsFromTestCase(Derived))
print(loader.loadTestsFromTestCase(RunTestOnly))
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError', e)

loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Zeta))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*test_a*', '*Alpha*']
print(loader.getTestCaseNames(Zeta), loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()

module = sys.modules[__name__]
suite = loader.loadTestsFromModule(module)
print(suite.countTestCases())
for sub in suite:
    print(' ', [t.id() for t in sub])

for name in ['Zeta', 'Zeta.test_a', 'make_suite', 'make_case']:
    print(name, loader.loadTestsFromName(name, module))
print(loader.loadTestsFromNames(['Zeta.test_b', 'Alpha'], module))
for name in ['make_nothing', 'Zeta.test_not_callable', 'Alpha.test_static']:
    try:
        loader.loadTestsFromName(name, module)
    except TypeError as e:
        print('TypeError', re.sub(r'0x[0-9a-f]+', '0x...', str(e)))
failed = loader.loadTestsFromName('NoSuchThing', module)
print(failed, loader.errors[-1].splitlines()[0])
failed_test = list(failed)[0]
print(failed_test.id(), str(failed_test))
result = unittest.TestResult()
failed.run(result)
print(result.errors[0][1].splitlines()[-1])
try:
    Zeta('test_missing')
except ValueError as e:
    print('ValueError', e)

# TestCase identity.
t = Zeta('test_a')
print(t.id(), '|', str(t), '|', repr(t))
print(t.shortDescription(), Zeta('test_b').shortDescription())
print(t == Zeta('test_a'), t == Zeta('test_b'), t != Alpha('test_one'))
print(hash(t) == hash(Zeta('test_a')), t.countTestCases())
print(type(t.defaultTestResult()).__name__)
print(RunTestOnly().id(), Zeta.failureException, Zeta.longMessage, Zeta.maxDiff)


def fn():
    """Function doc."""


f1 = unittest.FunctionTestCase(fn)
print(f1.id(), '|', str(f1), '|', f1.shortDescription())
print(f1 == unittest.FunctionTestCase(fn), f1 == unittest.FunctionTestCase(fn, description='d'))
print(unittest.FunctionTestCase(fn, description='d').shortDescription())

# TestSuite.
s = unittest.TestSuite()
print(s, s.countTestCases())
s.addTest(Zeta('test_a'))
s.addTests([Zeta('test_b'), unittest.TestSuite([Alpha('test_one'), Alpha('test_one')])])
print(s.countTestCases(), len(list(s)))
print(s == unittest.TestSuite([Zeta('test_a'), Zeta('test_b'),
                               unittest.TestSuite([Alpha('test_one')] * 2)]))
for bad in [5, Zeta, unittest.TestSuite]:
    try:
        s.addTest(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError', e)
r = unittest.TestResult()
s.run(r)
print(r.testsRun, s.countTestCases(), list(s))
b = unittest.BaseTestSuite([Alpha('test_one')])
print(b, b.countTestCases())
b.run(unittest.TestResult())
print(list(b), b.countTestCases())

# The deprecated module-level functions.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(unittest.getTestCaseNames(Zeta, 'test'))
    print(unittest.makeSuite(Alpha).countTestCases())
    print(unittest.findTestCases(module).countTestCases())
print([str(x.message) for x in w])
print(unittest.defaultTestLoader.__class__.__name__, unittest.TestLoader.testMethodPrefix)
print(unittest.TestLoader.sortTestMethodsUsing('a', 'b'))
