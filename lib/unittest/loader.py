"""Loading tests: TestLoader finds the test methods of TestCase classes,
the test classes of modules and the tests named by dotted names, and
discover() imports the test modules of a directory tree."""

import os
import re
import sys
import traceback
import types
import functools
import warnings
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test standing for a name that could not be loaded: running it
    raises the exception met while loading."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super(_FailedTest, self).__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


class TestLoader(object):
    """Loads tests from TestCase classes, modules and names into
    suites.  testMethodPrefix selects the method names, sortTestMethodsUsing
    orders them (a cmp function, or None to keep dir() order),
    testNamePatterns (fnmatch patterns on the full names) filters them."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        # The packages being loaded, so that load_tests of a package
        # calling discover does not recurse forever.
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of all the tests of a TestCase class."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in the module, or
        what the module's load_tests function returns."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(
                    module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name refers to: a module, a TestCase class,
        a test method, a suite, or a callable returning a test or suite;
        relative to `module` when given."""
        parts = name.split('.')
        error_case = error_message = None
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module_name = '.'.join(remaining)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = remaining.pop()
                    error_case, error_message = _make_failed_import_test(
                        next_attribute, self.suiteClass)
                    if not remaining:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # A submodule that failed to import.
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            # A static method is called below like any callable.
            if not isinstance(getattr(inst, name), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of a TestCase class."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if patterns is None:
                return True
            full_name = '%s.%s.%s' % (testCaseClass.__module__,
                                      testCaseClass.__qualname__, attrname)
            return any(fnmatchcase(full_name, pattern) for pattern in patterns)

        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Import the modules matching `pattern` under start_dir (a
        directory, searched recursively through packages) and return a
        suite of their tests.  top_level_dir (start_dir by default) is put
        on sys.path; module names are relative to it."""
        original_top = self._top_level_dir
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        # Only directories are searched (CPython also takes the dotted
        # name of a package).
        given = start_dir
        start_dir = os.path.abspath(start_dir)
        if not os.path.isdir(start_dir) or (
                start_dir != top_level_dir
                and not os.path.isfile(os.path.join(start_dir, '__init__.py'))):
            self._top_level_dir = original_top
            raise ImportError('Start directory is not importable: %r' % given)
        tests = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = original_top
        return self.suiteClass(tests)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        path = _splitext(os.path.normpath(path))
        relative = os.path.relpath(path, self._top_level_dir)
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        """Yield the tests of the modules under start_dir."""
        for entry in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, entry)
            if os.path.isfile(full_path):
                if not VALID_MODULE_NAME.match(entry):
                    continue
                if not fnmatch(entry, pattern):
                    continue
                name = self._get_name_from_path(full_path)
                try:
                    module = self._get_module_from_name(name)
                except case.SkipTest as e:
                    yield _make_skipped_test(name, e, self.suiteClass)
                except:
                    error_case, error_message = _make_failed_import_test(
                        name, self.suiteClass)
                    self.errors.append(error_message)
                    yield error_case
                else:
                    yield self.loadTestsFromModule(module, pattern=pattern)
            elif os.path.isdir(full_path):
                if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                    continue
                name = self._get_name_from_path(full_path)
                try:
                    package = self._get_module_from_name(name)
                except case.SkipTest as e:
                    yield _make_skipped_test(name, e, self.suiteClass)
                    continue
                except:
                    error_case, error_message = _make_failed_import_test(
                        name, self.suiteClass)
                    self.errors.append(error_message)
                    yield error_case
                    continue
                load_tests = getattr(package, 'load_tests', None)
                if load_tests is not None and name not in self._loading_packages:
                    self._loading_packages.add(name)
                    try:
                        yield self.loadTestsFromModule(package, pattern=pattern)
                    finally:
                        self._loading_packages.discard(name)
                    continue
                if fnmatch(entry, pattern):
                    yield self.loadTestsFromModule(package, pattern=pattern)
                yield from self._find_tests(full_path, pattern)


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    """Deprecated: TestLoader.getTestCaseNames with these settings."""
    warnings.warn(
        "unittest.getTestCaseNames() is deprecated and will be removed in Python 3.13. "
        "Please use unittest.TestLoader.getTestCaseNames() instead.",
        DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns
                       ).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    """Deprecated: TestLoader.loadTestsFromTestCase with these settings."""
    warnings.warn(
        "unittest.makeSuite() is deprecated and will be removed in Python 3.13. "
        "Please use unittest.TestLoader.loadTestsFromTestCase() instead.",
        DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    """Deprecated: TestLoader.loadTestsFromModule with these settings."""
    warnings.warn(
        "unittest.findTestCases() is deprecated and will be removed in Python 3.13. "
        "Please use unittest.TestLoader.loadTestsFromModule() instead.",
        DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
