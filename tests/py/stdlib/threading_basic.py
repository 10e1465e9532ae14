# Thread objects: names, states, reprs, identity, errors.
import threading
import re
import warnings


def mask(obj):
    """Hide identifiers and addresses, which change from run to run."""
    text = re.sub(r'0x[0-9a-f]+', '0x?', str(obj))
    return re.sub(r'\b\d{4,}\b', 'N', text)


def show(label, func, *args):
    try:
        print(label, func(*args))
    except BaseException as e:
        print(label, type(e).__name__, e)


log = []


def work(x, y=0):
    cur = threading.current_thread()
    log.append((cur.name, cur.is_alive(), x + y))


def noop():
    pass


# Names.
t1 = threading.Thread(target=work, args=(1,), kwargs={'y': 2})
print(t1.name, mask(repr(t1)), t1.ident, t1.native_id, t1.daemon, t1.is_alive())
t2 = threading.Thread()
print(t2.name)
t3 = threading.Thread(target=work, name='worker', args=(5,))
print(t3.name)
t4 = threading.Thread(target=lambda: None)
print(t4.name)
t5 = threading.Thread(target=print)
print(t5.name)
t6 = threading.Thread(name='', target=noop)
print(t6.name)
t7 = threading.Thread(name=42)
print(repr(t7.name))

# Starting and joining.
t1.start()
t1.join()
print(log, t1.is_alive(), mask(repr(t1)))
print(type(t1.ident) is int, t1.ident != threading.get_ident())
print(type(t1.native_id) is int)
t3.start()
t3.join(timeout=1)
print(log[-1])
show('start twice', t1.start)
show('join unstarted', t2.join)
show('join current', threading.current_thread().join)
show('daemon of started', setattr, t1, 'daemon', True)
t1.join()
print('join again ok')

# Distinct identifiers.
idents = []


def record():
    idents.append((threading.get_ident(), threading.get_native_id()))


for i in range(3):
    t = threading.Thread(target=record)
    t.start()
    t.join()
idents.append((threading.get_ident(), threading.get_native_id()))
# CPython may reuse the identifier of a finished thread, but not that of
# a running one.
print(all(i != idents[-1][0] for i, n in idents[:-1]))
print(all(n != idents[-1][1] for i, n in idents[:-1]))
print(threading.get_ident() == threading.main_thread().ident)
print(threading.get_native_id() == threading.main_thread().native_id)

# The main thread.
main = threading.main_thread()
print(mask(repr(main)), main.name, main.daemon, main.is_alive())
print(threading.current_thread() is main)
print(threading.active_count(), [th.name for th in threading.enumerate()])

# Daemon flags.
d = threading.Thread(target=noop, daemon=True)
print(d.daemon, mask(repr(d)))
d.daemon = False
print(d.daemon)
inherit = []


def spawn():
    inherit.append(threading.Thread(target=noop).daemon)


threading.Thread(target=spawn, daemon=True).start()
print(inherit)


# Subclasses overriding run().
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter-%d' % n)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


c = Counter(10)
c.start()
c.join()
print(c.name, c.total, mask(c))


class NoInit(threading.Thread):
    def __init__(self):
        pass


show('no init start', NoInit().start)
show('no init join', NoInit().join)
show('no init name', getattr, NoInit(), 'name')
show('no init repr', repr, NoInit())
show('no init daemon', setattr, NoInit(), 'daemon', True)
show('no init alive', NoInit().is_alive)
show('group', threading.Thread, 1)

# The target and arguments are dropped once the thread has run.
print(hasattr(t1, '_target'), hasattr(t2, '_target'))

# Threads started from threads.
seen = []


def outer():
    seen.append(('outer', threading.current_thread().name,
                 threading.active_count()))
    inner = threading.Thread(target=lambda: seen.append(
        ('inner', threading.current_thread().name, threading.active_count(),
         outer_thread.is_alive())), name='inner')
    inner.start()
    inner.join()
    seen.append(('outer again', threading.current_thread().name))


outer_thread = threading.Thread(target=outer, name='outer')
outer_thread.start()
outer_thread.join()
for item in seen:
    print(item)

# Renaming.
r = threading.Thread(target=noop)
r.name = 'renamed'
print(r.name)

# Deprecated aliases warn.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(main.getName(), main.isDaemon())
    r.setName('again')
    r.setDaemon(True)
    print(r.name, r.daemon)
    print(threading.currentThread() is main, threading.activeCount())
for w in caught:
    print(w.category.__name__, w.message)

# Module-level constants and functions.
print(threading.TIMEOUT_MAX)
print(threading.ThreadError is RuntimeError)
print(sorted(threading.__all__))
print(threading.stack_size())
show('stack_size small', threading.stack_size, 100)
print(threading.stack_size(0))
print(threading.gettrace(), threading.getprofile())


def tracer(*args):
    pass


threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
