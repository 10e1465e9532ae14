# concurrent.futures.Future: states, results, callbacks, reprs, errors;
# wait() and as_completed() on futures set by hand.
import concurrent.futures as cf
from concurrent.futures import _base
import io
import logging
import re


def mask(obj):
    """Hide addresses and ids, which change from run to run."""
    return re.sub(r'\b\d{6,}\b', 'N', re.sub(r'0x[0-9a-f]+', '0x?', str(obj)))


# Keep what the package logs, to print it.
logged = io.StringIO()
handler = logging.StreamHandler(logged)
handler.setFormatter(logging.Formatter('%(name)s %(levelname)s: %(message)s'))
logging.getLogger('concurrent.futures').addHandler(handler)
logging.getLogger('concurrent.futures').propagate = False


def show_log():
    lines = logged.getvalue().splitlines()
    logged.seek(0)
    logged.truncate()
    if lines:
        print('logged:', mask(lines[0]), '...' if len(lines) > 1 else '',
              mask(lines[-1]) if len(lines) > 1 else '')


def show(label, func, *args, **kwargs):
    try:
        print(label, mask(repr(func(*args, **kwargs))))
    except BaseException as e:
        print(label, type(e).__name__, mask(repr(e)))


print(sorted(cf.__all__))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
for exc in (cf.CancelledError, cf.TimeoutError, cf.BrokenExecutor,
            cf.InvalidStateError, _base.Error):
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:-2]])
print(cf.TimeoutError is TimeoutError)
print(_base.PENDING, _base.RUNNING, _base.CANCELLED,
      _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)

# A future finished with a result.
f = cf.Future()
print(mask(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), mask(f), f.running(), f.cancel())
f.set_result([1, 2])
print(mask(f), f.done(), f.running(), f.result(), f.exception(), f.result(0))
show('set_result again', f.set_result, 3)
show('set_exception again', f.set_exception, ValueError())
show('running again', f.set_running_or_notify_cancel)
show_log()
print(f.cancel(), f.cancelled())

# A future finished with an exception.
g = cf.Future()
g.set_exception(KeyError('k'))
print(mask(g), g.done())
show('result', g.result)
show('exception', g.exception)
h = cf.Future()
h.set_result(None)
print(mask(h))

# Cancelling.
c = cf.Future()
print(c.cancel(), mask(c), c.cancelled(), c.done(), c.running())
show('cancelled result', c.result)
show('cancelled exception', c.exception, 1)
print(c.cancel())
print(c.set_running_or_notify_cancel(), mask(c), c._state)
show('set_result cancelled', c.set_result, 1)

# Timeouts on pending futures.
p = cf.Future()
show('pending result', p.result, 0.001)
show('pending exception', p.exception, timeout=0)
p.set_running_or_notify_cancel()
show('running result', p.result, 0)

# Callbacks.
calls = []
cb = cf.Future()
cb.add_done_callback(lambda fut: calls.append(('first', fut.result())))
cb.add_done_callback(lambda fut: calls.append(('second', fut.done())))
print(calls)
cb.set_result(5)
print(calls)
cb.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print(calls)
cancelled_cb = cf.Future()
cancelled_cb.add_done_callback(lambda fut: calls.append(('cancel', fut.cancelled())))
cancelled_cb.cancel()
print(calls[-1])
exc_cb = cf.Future()
exc_cb.add_done_callback(lambda fut: calls.append(('exc', type(fut.exception()).__name__)))
exc_cb.set_exception(OSError('x'))
print(calls[-1])
bad_cb = cf.Future()
bad_cb.add_done_callback(lambda fut: 1 / 0)
bad_cb.add_done_callback(lambda fut: calls.append('after bad'))
bad_cb.set_result(0)
show_log()
bad_cb.add_done_callback(lambda fut: {}['key'])
show_log()
print(calls[-1])

# Subclasses and generics.


class MyFuture(cf.Future):
    pass


m = MyFuture()
m.set_result(1.5)
print(mask(m))
print(cf.Future[int])

# wait().
done1 = cf.Future()
done1.set_result(1)
done2 = cf.Future()
done2.set_exception(ValueError('bad'))
pending = cf.Future()
res = cf.wait([done1, done2])
print(type(res).__name__, len(res.done), len(res.not_done), res._fields)
res = cf.wait([done1, pending], timeout=0.001)
print(len(res.done), len(res.not_done), res.done == {done1}, res.not_done == {pending})
res = cf.wait([done1, pending], return_when=cf.FIRST_COMPLETED)
print(len(res.done), len(res.not_done))
res = cf.wait([done2, pending], return_when=cf.FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
res = cf.wait([done1, pending], timeout=0, return_when=cf.FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
res = cf.wait([done1, done1, done2], return_when='anything')
print(len(res.done), len(res.not_done))
show('bad condition', cf.wait, [pending], 0, 'anything')
res = cf.wait([])
print(res)
cancel_only = cf.Future()
cancel_only.cancel()
res = cf.wait([cancel_only], timeout=0)
print(len(res.done), len(res.not_done))
cancel_only.set_running_or_notify_cancel()
res = cf.wait([cancel_only], timeout=0)
print(len(res.done), len(res.not_done))

# as_completed().
got = sorted(repr(fut.result()) for fut in cf.as_completed([done1, h]))
print(got)
try:
    for fut in cf.as_completed([done1, pending, cf.Future()], timeout=0.001):
        print('yielded', mask(fut))
except cf.TimeoutError as e:
    print('TimeoutError', e)
later = cf.Future()
order = []
for fut in cf.as_completed([done1, later], timeout=1):
    order.append(fut is later)
    if not later.done():
        later.set_result('set while iterating')
print(order, later.result())
print(list(cf.as_completed([])))
