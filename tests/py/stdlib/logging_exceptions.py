# Exception information: logger.exception, exc_info and traceback text.
import io
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log = logging.getLogger('exc')
log.propagate = False
log.addHandler(handler)


def show():
    text = stream.getvalue().replace(HERE, '')
    stream.seek(0)
    stream.truncate()
    print(text, end='')
    print('-----')


def fail(kind):
    if kind == 'value':
        raise ValueError('bad value')
    if kind == 'key':
        raise KeyError('missing')
    if kind == 'empty':
        raise RuntimeError
    if kind == 'zero':
        raise ZeroDivisionError('division by zero')
    raise TypeError('other')


def middle(kind):
    fail(kind)


try:
    middle('value')
except ValueError:
    log.exception('caught %s', 'value')
show()

try:
    fail('key')
except KeyError:
    log.error('with exc_info', exc_info=True)
show()

try:
    fail('empty')
except RuntimeError as e:
    saved = e
    log.exception('empty message')
show()

log.warning('exception instance', exc_info=saved)
show()

try:
    fail('zero')
except ZeroDivisionError:
    info = sys.exc_info()
log.critical('exc_info tuple', exc_info=info)
show()

log.error('exc_info outside handler', exc_info=True)
show()
log.exception('exception() outside handler')
show()
log.error('exc_info false', exc_info=False)
show()


# Chained exceptions.
def cause():
    try:
        fail('value')
    except ValueError as e:
        raise TypeError('converted') from e


def context():
    try:
        fail('key')
    except KeyError:
        fail('other')


def suppressed():
    try:
        fail('key')
    except KeyError:
        raise LookupError('clean') from None


for func in (cause, context, suppressed):
    try:
        func()
    except Exception:
        log.exception(func.__name__)
    show()


# Notes, custom modules and qualified names.
class Outer:
    class Inner(Exception):
        pass


class Foreign(Exception):
    pass


Foreign.__module__ = 'somewhere.else'


def raise_inner():
    raise Outer.Inner('nested class')


def with_note():
    err = ValueError('noted')
    err.add_note('first note')
    err.add_note('second note')
    raise err


def raise_foreign():
    raise Foreign('from elsewhere')


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


def raise_badstr():
    raise BadStr()


for func in (raise_inner, with_note, raise_foreign, raise_badstr):
    try:
        func()
    except Exception:
        log.exception(func.__name__)
    show()


# Repeated frames are folded.
def recurse(n):
    if n == 0:
        raise RecursionError('deep enough')
    recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    log.exception('recursion')
show()

try:
    recurse(3)
except RecursionError:
    log.exception('short recursion')
show()

# Formatter.formatException and the cached exc_text.
fmt = logging.Formatter()
try:
    middle('value')
except ValueError:
    text = fmt.formatException(sys.exc_info())
print(text.replace(HERE, ''))
print(repr(text[-1]))
rec = logging.makeLogRecord({'msg': 'm', 'exc_info': sys.exc_info()})
print(repr(fmt.format(rec)), rec.exc_text)
try:
    fail('value')
except ValueError:
    rec = logging.makeLogRecord({'msg': 'cached', 'exc_info': sys.exc_info()})
first = fmt.format(rec)
rec.exc_text = 'REPLACED'
print(fmt.format(rec))
print(first.replace(HERE, '') == fmt.format(logging.makeLogRecord(
    {'msg': 'cached', 'exc_info': rec.exc_info})).replace(HERE, ''))


# A formatter that changes the exception text.
class OneLine(logging.Formatter):
    def formatException(self, ei):
        return 'EXC %s: %s' % (ei[0].__name__, ei[1])


handler.setFormatter(OneLine('%(message)s'))
try:
    fail('value')
except ValueError:
    log.exception('one line')
show()

# The root logger's exception().
logging.basicConfig(stream=stream, format='root:%(levelname)s:%(message)s')
try:
    fail('other')
except TypeError:
    logging.exception('module-level %s', 'exception')
    logging.error('module-level error', exc_info=True)
show()
