# assertRaises, assertRaisesRegex, assertWarns, assertWarnsRegex as context
# managers and with callables, and assertLogs/assertNoLogs.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def attempt(label, func):
    try:
        result = func()
        print(label, 'ok', type(result).__name__)
    except AssertionError as e:
        print(label, 'AssertionError:', e)
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


def raiser(exc):
    def thrower(*args, **kwargs):
        raise exc
    return thrower


def boom(a, b=0):
    raise ValueError('boom %s %s' % (a, b))


attempt('callable', lambda: t.assertRaises(ValueError, boom, 1, b=2))
attempt('callable none', lambda: t.assertRaises(ValueError, lambda: None))
attempt('named callable', lambda: t.assertRaises(ValueError, len, []))
attempt('other exception', lambda: t.assertRaises(KeyError, boom, 1))
attempt('tuple', lambda: t.assertRaises((KeyError, ValueError), boom, 1))
attempt('tuple none', lambda: t.assertRaises((KeyError, ValueError), int, 1))
attempt('bad type', lambda: t.assertRaises(int, boom))
attempt('bad type2', lambda: t.assertRaises('x', boom))
attempt('bad tuple', lambda: t.assertRaises((ValueError, 3), boom))
attempt('bad kwarg', lambda: t.assertRaises(ValueError, foo=1))
attempt('regex callable', lambda: t.assertRaisesRegex(ValueError, r'boom \d', boom, 5))
attempt('regex mismatch', lambda: t.assertRaisesRegex(ValueError, r'^bang', boom, 5))
attempt('regex none', lambda: t.assertRaisesRegex(ValueError, 'x', int, '5'))
attempt('warn bad type', lambda: t.assertWarns(ValueError, boom))

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print('exception attribute:', type(cm.exception).__name__, cm.exception.args)
print('traceback cleared:', cm.exception.__traceback__)

try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print('cm none:', e)
try:
    with t.assertRaises(KeyError, msg='extra info'):
        pass
except AssertionError as e:
    print('cm msg:', e)
try:
    with t.assertRaises(KeyError):
        raise TypeError('propagates')
except TypeError as e:
    print('cm other:', type(e).__name__, e)
with t.assertRaisesRegex(OSError, 'file.*missing') as cm:
    raise FileNotFoundError('the file is missing')
print('regex cm:', type(cm.exception).__name__, cm.expected_regex.pattern)
try:
    with t.assertRaisesRegex(KeyError, 'abc'):
        raise KeyError('xyz')
except AssertionError as e:
    print('regex cm mismatch:', e)
try:
    with t.assertRaises(KeyError):
        raise KeyError('not a failure')
    print('subclass ok')
except Exception as e:
    print('unexpected', e)

# Exceptions that are not Exception subclasses.
with t.assertRaises(SystemExit) as cm:
    raise SystemExit(3)
print('SystemExit code', cm.exception.code)
with t.assertRaises(BaseException):
    raise KeyboardInterrupt


# Warnings.
def warner(message, category=UserWarning):
    warnings.warn(message, category)
    return 'returned'


attempt('warns callable', lambda: t.assertWarns(UserWarning, warner, 'careful'))
attempt('warns none', lambda: t.assertWarns(UserWarning, len, 'abc'))
attempt('warns other category', lambda: t.assertWarns(DeprecationWarning, warner, 'x'))
attempt('warns tuple', lambda: t.assertWarns((DeprecationWarning, UserWarning), warner, 'x'))
attempt('warns regex', lambda: t.assertWarnsRegex(UserWarning, 'care+', warner, 'careful'))
attempt('warns regex mismatch', lambda: t.assertWarnsRegex(UserWarning, 'nope', warner, 'careful'))
with t.assertWarns(DeprecationWarning) as cm:
    warner('old stuff', DeprecationWarning)
print('warning attribute:', type(cm.warning).__name__, cm.warning, cm.filename.endswith('.py'), cm.lineno)
try:
    with t.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print('warns cm none:', e)
try:
    with t.assertWarnsRegex(RuntimeWarning, 'abc', msg='my msg'):
        warnings.warn('xyz', RuntimeWarning)
except AssertionError as e:
    print('warns cm regex:', e)
with t.assertWarns(UserWarning) as cm:
    warnings.warn('first', UserWarning)
    warnings.warn('second', UserWarning)
print('all warnings:', [str(w.message) for w in cm.warnings])

# Logs.
with t.assertLogs() as cm:
    logging.getLogger().info('first message')
    logging.getLogger('foo.bar').error('second %d', 2)
print(cm.output)
print([r.getMessage() for r in cm.records])
with t.assertLogs('app', level='WARNING') as cm:
    logging.getLogger('app').warning('warned')
    logging.getLogger('app').info('ignored')
    logging.getLogger('app.sub').critical('sub')
print(cm.output)
with t.assertLogs(logging.getLogger('obj'), logging.DEBUG) as cm:
    logging.getLogger('obj').debug('debug %s', 'here')
print(cm.output)
try:
    with t.assertLogs('quiet'):
        logging.getLogger('quiet').debug('too low')
except AssertionError as e:
    print('no logs:', e)
try:
    with t.assertLogs('quiet', 'ERROR'):
        pass
except AssertionError as e:
    print('no logs:', e)
try:
    with t.assertLogs():
        pass
except AssertionError as e:
    print('no logs root:', e)
with t.assertNoLogs('calm'):
    logging.getLogger('calm').debug('below INFO')
print('assertNoLogs passed')
try:
    with t.assertNoLogs('calm', level='DEBUG'):
        logging.getLogger('calm').debug('seen %s', 'now')
        logging.getLogger('calm.child').warning('child')
except AssertionError as e:
    print('assertNoLogs:', e)
try:
    with t.assertLogs('x'):
        raise KeyError('k')
except KeyError as e:
    print('exception passes through assertLogs', e)
lg = logging.getLogger('restored')
lg.setLevel(logging.ERROR)
with t.assertLogs('restored', 'DEBUG'):
    lg.debug('d')
print('restored', lg.level, lg.handlers, lg.propagate)
