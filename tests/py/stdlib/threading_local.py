# Thread-local data, timers, the exception hook and the _thread module.
import threading
import _thread
import io
import re
import sys
import time


def mask(obj):
    """Hide identifiers and addresses, which change from run to run."""
    text = re.sub(r'0x[0-9a-f]+', '0x?', str(obj))
    return re.sub(r'\b\d{4,}\b', 'N', text)


def show(label, func, *args, **kwargs):
    try:
        print(label, mask(func(*args, **kwargs)))
    except BaseException as e:
        print(label, type(e).__name__, mask(e))


def wait_until(predicate):
    # Give the threads of start_new_thread() time to finish (in CPython
    # they run alongside the main thread).
    deadline = time.monotonic() + 5
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.001)


def run_thread(target, *args, **kwargs):
    t = threading.Thread(target=target, args=args, kwargs=kwargs)
    t.start()
    t.join()
    return t


# threading.local.
data = threading.local()
print(type(data).__name__, type(data).__module__, mask(repr(data)))
data.x = 1
data.items = [1]
seen = []


def look():
    seen.append(hasattr(data, 'x'))
    data.x = 'thread'
    seen.append(data.x)
    seen.append(sorted(data.__dict__))
    try:
        del data.items
    except AttributeError as e:
        seen.append(str(e))


run_thread(look)
print(seen, data.x, data.items, sorted(data.__dict__))
del data.x
print(hasattr(data, 'x'))
show('local args', threading.local, 1)
show('local kwargs', threading.local, a=1)
show('missing', getattr, data, 'nothing')


class Config(threading.local):
    greeting = 'hello'

    def __init__(self, level, name='cfg'):
        self.level = level
        self.name = name
        print('init', threading.current_thread().name, level, name)

    def describe(self):
        return '%s %s %s' % (self.greeting, self.name, self.level)


cfg = Config(3, name='main')
cfg.level = 10
print(cfg.describe())
run_thread(lambda: print('in thread:', cfg.describe()))
print(cfg.describe(), mask(repr(cfg)))


class Slotted(threading.local):
    __slots__ = ('fixed',)


s = Slotted()
s.fixed = 'shared'
s.other = 'mine'
result = []
run_thread(lambda: result.append((s.fixed, hasattr(s, 'other'))))
print(result)

# Each thread's values last for that thread only.
store = threading.local()
out = []


def count_up(n):
    store.total = 0
    for i in range(n):
        store.total += i
    out.append(store.total)


for n in (3, 5):
    run_thread(count_up, n)
print(out, hasattr(store, 'total'))

# Timer.
fired = []
tm = threading.Timer(0.001, fired.append, args=['fired'])
print(mask(repr(tm)), tm.interval, tm.args, tm.kwargs, tm.finished.is_set())
tm.start()
tm.join()
print(fired, tm.finished.is_set(), tm.is_alive())
cancelled = threading.Timer(0.001, fired.append, ['never'])
cancelled.cancel()
cancelled.start()
cancelled.join()
print(fired)
kw = threading.Timer(0, lambda **k: fired.append(k), kwargs={'a': 1})
kw.start()
kw.join()
print(fired)

# The exception hook.
old_stderr = sys.stderr


def capture(target, name=None):
    sys.stderr = io.StringIO()
    try:
        t = threading.Thread(target=target, name=name)
        t.start()
        t.join()
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = old_stderr
    lines = text.splitlines()
    return lines[0] + ' ... ' + lines[-1] if lines else '(nothing)'


def divide():
    return 1 / 0


print(capture(divide))
print(capture(divide, name='calc'))
print(capture(lambda: sys.exit(3)))
print(capture(lambda: [][1]))

hooked = []


def my_hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value),
                   args.thread.name, args.exc_traceback is not None))


threading.excepthook = my_hook
run_thread(divide)
t = threading.Thread(target=lambda: sys.exit(1), name='exiting')
t.start()
t.join()
print(hooked)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

args = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(args, args.exc_type, args.exc_value, args.thread, len(args))
show('hook args', threading.ExceptHookArgs, (1, 2))
sys.stderr = io.StringIO()
threading.excepthook(threading.ExceptHookArgs([KeyError, KeyError('k'), None,
                                               None]))
text = sys.stderr.getvalue()
sys.stderr = old_stderr
print(mask(text.splitlines()))

# _thread.
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
print(_thread.LockType.__name__, _thread.RLock.__name__)
print(_thread.get_ident() == threading.get_ident())
got = []


def record(a, b=0):
    got.append((a, b, _thread.get_ident() != threading.main_thread().ident))


ident = _thread.start_new_thread(record, (1,), {'b': 2})
print(type(ident) is int)
wait_until(lambda: got)
print(got)
show('not callable', _thread.start_new_thread, 1, ())
show('args list', _thread.start_new_thread, record, [])
show('kwargs int', _thread.start_new_thread, record, (), 1)
sys.stderr = io.StringIO()
_thread.start_new_thread(divide, ())
wait_until(lambda: 'division by zero' in sys.stderr.getvalue())
text = sys.stderr.getvalue()
sys.stderr = old_stderr
lines = text.splitlines()
print(mask(lines[0]), lines[-1])
sys.stderr = io.StringIO()
exited = []
_thread.start_new_thread(lambda: (exited.append(1), _thread.exit()), ())
wait_until(lambda: exited)
time.sleep(0.001)
text = sys.stderr.getvalue()
sys.stderr = old_stderr
print(repr(text))
show('exit', _thread.exit)
print(_thread.stack_size(), _thread.daemon_threads_allowed(), _thread._count())
lk = _thread.allocate_lock()
print(lk.acquire(), lk.acquire(0), lk.locked())
lk.release()
print(type(_thread._local()) is threading.local)
