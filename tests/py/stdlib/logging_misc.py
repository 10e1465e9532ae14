# shutdown(), deprecated aliases, locks, and other odds and ends.
import io
import logging
import sys
import warnings

stream = io.StringIO()
# The tracking handlers report only while this is true (CPython also
# shuts logging down at exit, which pyprobe does not).
VERBOSE = True


def report(*args):
    if VERBOSE:
        print(*args)


class Tracking(logging.StreamHandler):
    def flush(self):
        report('flush', self.name)
        super().flush()

    def close(self):
        report('close', self.name)
        super().close()


h1 = Tracking(stream)
h1.name = 'first'
h2 = Tracking(stream)
h2.name = 'second'
logging.shutdown([__import__('weakref').ref(h1), __import__('weakref').ref(h2)])
print(logging.getHandlerByName('first'), h1._closed)


class NoFlush(logging.Handler):
    flushOnClose = False

    def emit(self, record):
        pass

    def flush(self):
        report('should not flush')

    def close(self):
        report('closing without flush')
        super().close()


nf = NoFlush()
logging.shutdown([lambda: nf, lambda: None])


class Failing(logging.Handler):
    def emit(self, record):
        pass

    def close(self):
        raise OSError('ignored by shutdown')


logging.shutdown([lambda: Failing()])


class Broken(logging.Handler):
    def emit(self, record):
        pass

    def flush(self):
        raise RuntimeError('propagates')


try:
    logging.shutdown([lambda: Broken()])
except RuntimeError as e:
    print('RuntimeError', e)
logging.raiseExceptions = False
logging.shutdown([lambda: Broken()])
logging.raiseExceptions = True

# Locks.
h = logging.Handler()
h.acquire()
h.acquire()
h.release()
h.release()
with h.lock:
    print('inside the handler lock')
print(logging.NullHandler().lock)

# Deprecated warn().
lg = logging.getLogger('misc')
lg.propagate = False
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname)s:%(funcName)s:%(message)s'))
lg.addHandler(out)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    lg.warn('deprecated %s', 'warn')
    logging.LoggerAdapter(lg, {}).warn('adapter warn')
print([(w.category.__name__, str(w.message)) for w in caught])

# captureWarnings passes warnings with a file to the original showwarning.
logging.captureWarnings(True)
f = io.StringIO()
warnings.showwarning('to a file', UserWarning, 'somefile.py', 3, file=f)
print(repr(f.getvalue()))
got = []
wlog = logging.getLogger('py.warnings')
wlog.propagate = False
print(wlog.handlers)
warnings.showwarning('direct', RuntimeWarning, 'other.py', 7, line='source line')
print(len(wlog.handlers), type(wlog.handlers[0]).__name__)
logging.captureWarnings(False)

# Styles used directly.
rec = logging.makeLogRecord({'msg': 'hi', 'name': 'n'})
rec.message = rec.getMessage()
for style in (logging.PercentStyle('%(name)s-%(message)s'),
              logging.StrFormatStyle('{name}-{message}'),
              logging.StringTemplateStyle('${name}-${message}'),
              logging.PercentStyle(None)):
    print(type(style).__name__, style._fmt, style.format(rec), style.usesTime())
print(sorted(logging._STYLES))
print(logging.PercentStyle.default_format, logging.StrFormatStyle.asctime_format,
      logging.StringTemplateStyle.asctime_search)

# Records with mapping arguments and odd messages.
from collections import OrderedDict
r = logging.LogRecord('n', 10, 'p', 1, '%(a)s', (OrderedDict(a=1),), None)
print(type(r.args).__name__, r.getMessage())
r = logging.LogRecord('n', 10, 'p', 1, 'list %s', ([1, 2],), None)
print(r.args, r.getMessage())
r = logging.LogRecord('n', 10, None, 1, 'no path', (), None)
print(r.filename, r.module)


class Msg:
    def __str__(self):
        return 'object message %s'


r = logging.LogRecord('n', 10, 'p', 1, Msg(), ('arg',), None)
print(r.getMessage())
lg.error(Msg(), 'arg2')
lg.error(['a', 'list'])

# A failing emit() is reported once per record.
saved = sys.stderr
sys.stderr = err = io.StringIO()
lg.error('%s %s', 'only one')
sys.stderr = saved
print(err.getvalue().count('--- Logging error ---'),
      err.getvalue().splitlines()[-2:])

# Handler names.
named = logging.StreamHandler(stream)
named.set_name('n1')
named.name = 'n2'
print(logging.getHandlerByName('n1'), logging.getHandlerByName('n2') is named)
named.name = None
print(logging.getHandlerByName('n2'))
print('lastResort' in logging.__all__, 'getHandlerNames' in logging.__all__)
print(logging.raiseExceptions, logging.logThreads, logging.logProcesses,
      logging.logMultiprocessing)
VERBOSE = False
