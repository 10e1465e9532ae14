# Handlers, filters, handleError and lastResort.
import io
import logging
import os
import sys
import tempfile

lg = logging.getLogger('hnd')
lg.propagate = False
lg.setLevel(logging.DEBUG)

# StreamHandler.
sio = io.StringIO()
h = logging.StreamHandler(sio)
print(repr(h), h.level, h.formatter, h.terminator == '\n', h.stream is sio)
print(repr(logging.StreamHandler(sys.stdout)), logging.StreamHandler().stream is sys.stderr)
lg.addHandler(h)
lg.addHandler(h)
print(len(lg.handlers))
lg.info('one %d', 1)
h.terminator = ' | '
lg.info('two')
h.terminator = '\n'
h.setFormatter(logging.Formatter('<%(levelname)s> %(message)s'))
lg.debug('three')
h.setLevel(logging.INFO)
print(repr(h))
lg.handle(logging.makeLogRecord({'msg': 'direct', 'levelno': 5, 'levelname': 'L5', 'name': 'hnd'}))
lg.debug('filtered by handler level (not shown)')
print(repr(sio.getvalue()))
new = io.StringIO()
old = h.setStream(new)
print(old is sio, h.setStream(new))
lg.warning('to the new stream')
print(repr(new.getvalue()))
lg.removeHandler(h)

# The default formatter.
s = io.StringIO()
hd = logging.StreamHandler(s)
lg.addHandler(hd)
lg.error('default %s', 'format')
print(repr(s.getvalue()))
lg.removeHandler(hd)

# Base Handler.
base = logging.Handler(logging.WARNING)
print(repr(base), base.name, base.lock is not None)
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print('NotImplementedError', e)
base.name = 'named-handler'
print(base.get_name(), logging.getHandlerByName('named-handler') is base,
      'named-handler' in logging.getHandlerNames())
base.close()
print(logging.getHandlerByName('named-handler'), 'named-handler' in logging.getHandlerNames())
print(type(logging.getHandlerNames()).__name__)
try:
    logging.Handler('BAD')
except ValueError as e:
    print('ValueError', e)

# NullHandler.
n = logging.NullHandler()
print(repr(n), n.lock)
n.handle(logging.makeLogRecord({}))
n.emit(logging.makeLogRecord({}))

# Filters.
def show_filter(f, names):
    return [bool(f.filter(logging.makeLogRecord({'name': nm}))) for nm in names]

names = ['a', 'a.b', 'a.b.c', 'a.bc', 'ab', 'b.a.b', '']
print(show_filter(logging.Filter(), names))
print(show_filter(logging.Filter('a.b'), names))
print(show_filter(logging.Filter('a'), names))
ff = logging.Filter('a.b')
print(ff.name, ff.nlen)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s:%(message)s'))
flog = logging.getLogger('a.b')
flog.propagate = False
flog.addHandler(out)
flog.addFilter(logging.Filter('a.b'))
flog.warning('passes name filter')
flog.addFilter(lambda r: 'secret' not in r.getMessage())
flog.warning('a secret message')
flog.warning('a public message')


def rewrite(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = 'rewritten: ' + record.getMessage()
    new.args = ()
    return new


flog.addFilter(rewrite)
flog.warning('original %s', 'text')
print(len(flog.filters))
flog.filters.clear()


class ObjFilter:
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


of = ObjFilter()
out.addFilter(of)
out.addFilter(of)
print(len(out.filters))
flog.warning('handler filter object')
out.removeFilter(of)
out.removeFilter(of)
out.addFilter(lambda r: r.levelno >= logging.ERROR)
flog.warning('dropped by handler callable')
flog.error('kept by handler callable')
out.filters.clear()
fl = logging.Filterer()
print(fl.filters, fl.filter(logging.makeLogRecord({})).__class__.__name__)
fl.addFilter(lambda r: 0)
print(fl.filter(logging.makeLogRecord({})))

# handleError writes to sys.stderr.
saved = sys.stderr
sys.stderr = err = io.StringIO()
bad = logging.getLogger('bad')
bad.propagate = False
bh = logging.StreamHandler(sys.stdout)
bad.addHandler(bh)
bad.warning('%d items', 'x')
sys.stderr = saved
lines = err.getvalue().splitlines()
print(lines[0], lines[1], '...', lines[-3:])
print('Call stack:' in lines)
sys.stderr = err = io.StringIO()
logging.raiseExceptions = False
bad.warning('%d items', 'x')
logging.raiseExceptions = True
sys.stderr = saved
print(repr(err.getvalue()))

# lastResort: used when no handler is found at all.
print(repr(logging.lastResort), logging.lastResort.level)
sys.stderr = err = io.StringIO()
nolog = logging.getLogger('nohandlers')
nolog.warning('via last resort %s', 'ok')
nolog.info('below last resort level')
saved_lr = logging.lastResort
logging.lastResort = None
nolog.warning('no handlers at all')
nolog.warning('only once')
logging.lastResort = saved_lr
sys.stderr = saved
print(repr(err.getvalue()))

# FileHandler.
d = tempfile.mkdtemp()
path = os.path.join(d, 'out.log')
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
print(fh.baseFilename == path, fh.mode, fh.encoding, fh.delay, fh.stream is not None)
print(repr(fh).replace(d, 'DIR'))
flog2 = logging.getLogger('file')
flog2.propagate = False
flog2.addHandler(fh)
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
flog2.warning('first line é')
flog2.error('second line')
fh.close()
print(fh.stream)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
fh2 = logging.FileHandler(path, delay=True)
print(fh2.stream, fh2.mode, fh2.encoding)
flog2.removeHandler(fh)
flog2.addHandler(fh2)
flog2.warning('appended')
fh2.close()
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
fh3 = logging.FileHandler(path, 'w', delay=True)
fh3.close()
flog2.removeHandler(fh2)
flog2.addHandler(fh3)
flog2.warning('not written: closed w-mode delayed handler')
print(fh3.stream)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)
try:
    logging.FileHandler(os.path.join(d, 'missing', 'x.log'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(logging.StreamHandler[int])
