# basicConfig, the module-level functions, callers and stack levels.
import io
import logging
import os
import sys
import tempfile

print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(name)s:%(funcName)s:%(message)s')
print(len(logging.root.handlers), repr(logging.root.handlers[0]), logging.root.level)
logging.debug('not shown')
logging.info('not shown')
logging.warning('warning %s', 'one')
logging.error('error %d', 2)
logging.critical('critical')
logging.fatal('fatal')
logging.log(logging.ERROR, 'log %s', 'error')
logging.log(logging.INFO, 'log info not shown')
try:
    logging.log('ERROR', 'x')
except TypeError as e:
    print('TypeError', e)


def inner():
    logging.warning('from inner')


inner()
# A second basicConfig does nothing: the root logger has a handler.
logging.basicConfig(stream=sys.stdout, format='IGNORED %(message)s', level=logging.DEBUG)
logging.warning('still the first format')
print(logging.root.level)

# force replaces the handlers.
logging.basicConfig(stream=sys.stdout, format='{levelname}|{message}', style='{',
                    level=logging.INFO, force=True)
logging.info('brace style %s', 'works')
logging.basicConfig(stream=sys.stdout, format='$levelname|$message', style='$',
                    level='DEBUG', force=True)
logging.debug('dollar style')
print(logging.root.level)
logging.basicConfig(format='%(message)s', handlers=[logging.StreamHandler(sys.stdout)], force=True)
logging.warning('handlers argument')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('own formatter: %(message)s'))
logging.basicConfig(handlers=[h], force=True)
logging.warning('kept')

for kwargs in [dict(stream=sys.stdout, filename='x.log'),
               dict(handlers=[h], stream=sys.stdout),
               dict(handlers=[h], filename='x.log'),
               dict(style='x'),
               dict(stream=sys.stdout, bogus=1, other=2),
               dict(format='no fields', style='{'),
               dict(level='NOPE')]:
    try:
        logging.basicConfig(force=True, **kwargs)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

# filename, filemode, encoding.
d = tempfile.mkdtemp()
path = os.path.join(d, 'basic.log')
logging.basicConfig(filename=path, filemode='w', format='%(levelname)s %(message)s',
                    force=True, encoding='utf-8')
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.mode, fh.encoding, fh.errors)
logging.warning('to the file ü')
logging.basicConfig(filename=path, format='%(message)s', force=True)
print(fh.stream, logging.root.handlers[0].mode)
logging.error('appended')
logging.root.handlers[0].close()
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)

# Module-level functions call basicConfig() when the root has no handler.
for hd in logging.root.handlers[:]:
    logging.root.removeHandler(hd)
saved = sys.stderr
sys.stderr = err = io.StringIO()
logging.root.setLevel(logging.WARNING)
logging.warning('auto configured')
sys.stderr = saved
print(repr(err.getvalue()), logging.root.handlers)
logging.basicConfig(stream=sys.stdout, force=True,
                    format='%(name)s:%(module)s:%(funcName)s:%(lineno)d:%(message)s')

# Caller information and stacklevel.
log = logging.getLogger('caller')


def level1(sl=1):
    log.warning('level1', stacklevel=sl)


def level2(sl=1):
    level1(sl)


def level3(sl=1):
    level2(sl)


level1()
level3(1)
level3(2)
level3(3)
level3(4)
level3(100)
log.warning('direct', stacklevel=1)


class Thing:
    def method(self):
        log.error('from a method')


Thing().method()
log.log(logging.ERROR, 'log() caller')
try:
    log.warning('bad keyword', colour='red')
except TypeError as e:
    print('TypeError', e)

# Stack information.
sinfo_stream = io.StringIO()
sh = logging.StreamHandler(sinfo_stream)
log.addHandler(sh)
log.propagate = False


def with_stack():
    log.warning('with stack', stack_info=True)


with_stack()
log.removeHandler(sh)
log.propagate = True
text = sinfo_stream.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')
print(text.replace(os.path.basename(__file__), 'FILE'))

# extra.
logging.basicConfig(stream=sys.stdout, force=True, format='%(user)s@%(ip)s %(message)s')
log.warning('with extra', extra={'user': 'bob', 'ip': '1.2.3.4'})
for bad in ['message', 'asctime', 'msg', 'name', 'lineno']:
    try:
        log.warning('x', extra={bad: 1})
    except KeyError as e:
        print('KeyError', e)

# LoggerAdapter.
logging.basicConfig(stream=sys.stdout, force=True,
                    format='%(name)s:%(funcName)s:%(levelname)s:%(message)s:%(ctx)s')
adapter = logging.LoggerAdapter(logging.getLogger('adapted'), {'ctx': 'C1'})
print(repr(adapter), adapter.name, adapter.manager is logging.root.manager, adapter.extra)


def use_adapter():
    adapter.debug('not shown')
    adapter.info('not shown')
    adapter.warning('adapter warning %d', 1)
    adapter.error('adapter error')
    adapter.critical('adapter critical')
    adapter.log(logging.ERROR, 'adapter log')


use_adapter()
print(adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.DEBUG)
adapter.debug('now shown')
print(adapter.logger.level, repr(adapter))


class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault('extra', {})['ctx'] = 'P'
        return '[%s] %s' % (self.extra['prefix'], msg), kwargs


p = Prefixer(logging.getLogger('adapted'), {'prefix': 'PFX'})
p.info('processed %s', 'message')
nested = Prefixer(logging.LoggerAdapter(logging.getLogger('adapted'), {'ctx': 'I'}), {'prefix': 'N'})
nested.warning('nested adapter')
try:
    adapter.log('ERROR', 'x')
except TypeError as e:
    print('TypeError', e)
print(logging.LoggerAdapter[int])

# captureWarnings.
import warnings
logging.basicConfig(stream=sys.stdout, force=True, format='%(name)s:%(levelname)s:%(message)s')
logging.captureWarnings(True)
print(warnings.showwarning is logging._showwarning)
wl = logging.getLogger('py.warnings')
wl.propagate = False
wh = logging.StreamHandler(sys.stdout)
wh.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(filename)s'))
wl.addHandler(wh)

cap = logging.Handler()
got = []
cap.emit = got.append
wl.addHandler(cap)
warnings.warn('captured warning')
r = got[-1]
print(repr(r.msg.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')), r.args, r.levelname)
logging.captureWarnings(False)
logging.captureWarnings(False)
print(warnings.showwarning is warnings._showwarning_orig)
saved = sys.stderr
sys.stderr = err = io.StringIO()
warnings.warn('not captured')
sys.stderr = saved
print('not captured' in err.getvalue(), len(got))
