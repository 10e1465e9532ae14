# Formatter styles, validation, times, and LogRecord attributes.
import logging
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()


def rec(msg='hello %s', args=('world',), level=logging.INFO, name='fmt', **attrs):
    r = logging.LogRecord(name, level, '/some/dir/module_x.py', 42, msg, args, None,
                          'func_y')
    r.created = 1700000000.123456
    r.msecs = 123.0
    for k, v in attrs.items():
        setattr(r, k, v)
    return r


r = rec()
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.msg, r.args, r.getMessage(), r.exc_info, r.exc_text, r.stack_info)
print(r.threadName, r.processName, r.taskName, type(r.thread).__name__, type(r.process).__name__)
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__)
print(repr(r))
print(sorted(vars(r)))

# getMessage with a single mapping argument.
r2 = rec('%(a)s and %(b)d', ({'a': 'x', 'b': 3},))
print(r2.args, r2.getMessage())
r3 = rec('%s', ({},))
print(r3.args, r3.getMessage())
r4 = rec('%s %s', ({'a': 1}, 2))
print(r4.getMessage())
r5 = rec(12345, ())
print(r5.getMessage())
r6 = rec('no args %s', ())
print(r6.getMessage())
try:
    rec('%d', ('x',)).getMessage()
except TypeError as e:
    print('TypeError', e)

# Styles.
for fmt, style in [('%(levelname)s:%(name)s:%(message)s', '%'),
                   ('{levelname}:{name}:{message}', '{'),
                   ('${levelname}:${name}:$message', '$'),
                   ('%(levelname)-8s|%(lineno)5d|%(funcName)s', '%'),
                   ('{levelname:>8}|{lineno:05d}|{message!r}', '{'),
                   ('[{name}] {msecs:.1f} {module}', '{'),
                   ('$$ ${name} $levelno', '$'),
                   (None, '%'), (None, '{'), (None, '$')]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), '->', repr(f.format(rec())), f.usesTime())

# Validation errors.
for fmt, style in [('%(x)s', '%'), ('{x', '{'), ('{}', '{'), ('{x!z}', '{'),
                   ('{x:zz}', '{'), ('{x.}', '{'), ('abc', '{'), ('$ x', '$'),
                   ('abc', '$'), ('abc', '%'), ('a', 'x'), ('{0}', '{'),
                   ('%(a)', '%'), ('%(a)q', '%'), ('${a', '$'), ('${1a}', '$'),
                   ('{a[0]}', '{'), ('{a.b[c]}', '{'), ('{a:{w}}', '{'),
                   ('{a:>10.3f}', '{'), ('%(a)-10.3f', '%'), ('%%', '%'),
                   ('x}', '{'), ('{a!}', '{'), ('%(asctime)s', '%'), ('$$', '$')]:
    try:
        f = logging.Formatter(fmt, style=style)
        print('ok', repr(fmt), style)
    except ValueError as e:
        print('ValueError', e)
f = logging.Formatter('no fields', validate=False)
print(f.format(rec()))
f = logging.Formatter('{no fields}', style='{', validate=False)
try:
    f.format(rec())
except Exception as e:
    print(type(e).__name__, e)

# Missing fields and defaults.
for fmt, style in [('%(missing)s', '%'), ('{missing}', '{'), ('$missing', '$')]:
    f = logging.Formatter(fmt, style=style)
    try:
        print(f.format(rec()))
    except ValueError as e:
        print('ValueError', e)
    f = logging.Formatter(fmt, style=style, defaults={'missing': 'dflt'})
    print(f.format(rec()))
f = logging.Formatter('%(name)s %(extra1)s', defaults={'extra1': 'D', 'name': 'N'})
print(f.format(rec()), f.format(rec(extra1='E')))

# Times.
f = logging.Formatter('%(asctime)s %(message)s')
print(f.usesTime(), f.format(rec()))
print(f.formatTime(rec()))
print(f.formatTime(rec(), '%d/%m/%Y %H-%M-%S'))
f = logging.Formatter('%(asctime)s', datefmt='%H:%M')
print(f.format(rec()))
f = logging.Formatter('{asctime}', style='{')
print(f.format(rec()), f.usesTime())
f = logging.Formatter('$asctime', style='$')
print(f.format(rec()), f.usesTime())
f = logging.Formatter('${asctime}', style='$')
print(f.format(rec()), f.usesTime())


class F2(logging.Formatter):
    default_msec_format = '%s.%03d'
    converter = time.gmtime


print(F2('%(asctime)s').format(rec()))


class F3(logging.Formatter):
    default_time_format = '%H:%M:%S'
    default_msec_format = None


print(F3('%(asctime)s').format(rec()))
print(F3('%(asctime)s').format(rec(created=0.5, msecs=500.0)))
print(logging.Formatter.converter is time.localtime, logging.Formatter.default_time_format,
      logging.Formatter.default_msec_format)
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
print(logging.Formatter('%(asctime)s').format(rec()))
os.environ['TZ'] = 'UTC'
time.tzset()

# record.message and asctime attributes are set by format().
r = rec()
logging.Formatter('%(message)s').format(r)
print(r.message, hasattr(r, 'asctime'))
logging.Formatter('%(asctime)s').format(r)
print(r.asctime)

# Stack info and exception text attached to the message.
f = logging.Formatter('%(message)s')
r = rec(stack_info='Stack (most recent call last):\n  fake')
print(repr(f.format(r)))
r = rec(exc_text='cached text')
print(repr(f.format(r)))
r = rec('ends with newline\n', (), exc_text='cached text', stack_info='stack')
print(repr(f.format(r)))
print(repr(f.formatStack('abc')))

# BufferingFormatter.
bf = logging.BufferingFormatter()
print(repr(bf.format([])), repr(bf.format([rec(), rec('second', ())])))


class BF(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '<%d>' % len(records)

    def formatFooter(self, records):
        return '</>'


bf = BF(logging.Formatter('[%(message)s]'))
print(bf.format([rec(), rec('two', ())]), repr(bf.format([])))

# makeLogRecord and the record factory.
r = logging.makeLogRecord({'msg': 'x %s', 'args': (1,), 'custom': 'c'})
print(repr(r), r.getMessage(), r.custom, r.levelname, r.levelno, r.name, r.funcName)
old = logging.getLogRecordFactory()
print(old is logging.LogRecord)


def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.custom_attribute = 'CA'
    return record


logging.setLogRecordFactory(factory)
r = logging.makeLogRecord({})
print(r.custom_attribute)
lg = logging.getLogger('factory')
import sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(custom_attribute)s %(message)s'))
lg.addHandler(h)
lg.warning('made by the factory')
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)
print(logging.BASIC_FORMAT)
