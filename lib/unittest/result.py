"""TestResult: the record of a test run (failures, errors, skips, expected
failures, unexpected successes), with the formatting of tracebacks that
leaves out unittest's own frames."""

import io
import sys
import traceback
import functools

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Stop the run after this kind of outcome when failfast is set."""
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


# The files of modules that set a true global __unittest: their frames are
# left out of the tracebacks of failures.  pyprobe's frames have no
# f_globals, so a frame is matched to its module through the file name.
_hidden_files = {}


def _is_hidden_file(filename):
    hidden = _hidden_files.get(filename)
    if hidden is None:
        hidden = False
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == filename:
                if getattr(module, '__unittest', False):
                    hidden = True
                    break
        _hidden_files[filename] = hidden
    return hidden


def _trim_stack(stack, is_failure):
    """Drop the hidden frames at the start of `stack`; for a failure of
    the test's failureException also everything from the first hidden
    frame after them (the assert method that raised)."""
    start = 0
    while start < len(stack) and _is_hidden_file(stack[start].filename):
        start += 1
    end = len(stack)
    if is_failure:
        for i in range(start, len(stack)):
            if _is_hidden_file(stack[i].filename):
                end = i
                break
    if start or end != len(stack):
        del stack[end:]
        del stack[:start]


class TestResult(object):
    """The outcome of a test run.

    failures and errors are lists of (test, formatted traceback) pairs;
    skipped holds (test, reason), expectedFailures (test, traceback) and
    unexpectedSuccesses the tests; testsRun counts the tests started."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """Record an error: err is the (type, value, traceback) of
        sys.exc_info()."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """Record a failure: err is the (type, value, traceback) of
        sys.exc_info()."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Record the end of a sub-test: err is None when it passed."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Called when a test finished to run, regardless of its outcome."""
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, 'unexpectedSuccesses')
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Format an exc_info tuple as a traceback, without unittest's own
        frames."""
        exctype, value, tb = err
        tb_e = traceback.TracebackException(
            exctype, value, tb, capture_locals=self.tb_locals, compact=True)
        self._clean_tracebacks(tb_e, exctype is test.failureException)
        lines = list(tb_e.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(STDERR_LINE % error)
        return ''.join(lines)

    def _clean_tracebacks(self, tb_e, is_failure):
        """Trim the stacks of an exception and of the exceptions chained to
        it (only the first one is cut after the assert method)."""
        seen = set()
        pending = [(tb_e, is_failure)]
        while pending:
            te, failure = pending.pop()
            if id(te) in seen:
                continue
            seen.add(id(te))
            _trim_stack(te.stack, failure)
            for chained in (te.__cause__, te.__context__):
                if chained is not None:
                    pending.append((chained, False))
            for member in te.exceptions or ():
                pending.append((member, False))

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
