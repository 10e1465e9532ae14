# Locks, conditions, semaphores, events and barriers used without
# deadlock, and their errors.
import threading
import _thread
import re


def mask(obj):
    """Hide identifiers and addresses, which change from run to run."""
    text = re.sub(r'0x[0-9a-f]+', '0x?', str(obj))
    return re.sub(r'\b\d{4,}\b', 'N', text)


def show(label, func, *args, **kwargs):
    try:
        print(label, mask(func(*args, **kwargs)))
    except BaseException as e:
        print(label, type(e).__name__, mask(e))


# Lock.
lock = threading.Lock()
print(type(lock).__name__, type(lock).__module__, mask(lock))
print(lock.acquire(), lock.locked(), mask(lock))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
print(lock.acquire(True, 0.001))
lock.release()
print(lock.locked())
show('release unlocked', lock.release)
show('timeout non-blocking', lock.acquire, False, 1)
show('negative timeout', lock.acquire, True, -2)
show('huge timeout', lock.acquire, timeout=1e300)
show('str timeout', lock.acquire, timeout='x')
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked())
print(_thread.allocate_lock().locked(), type(_thread.allocate_lock()) is _thread.LockType)
try:
    with lock:
        raise ValueError('inside')
except ValueError as e:
    print('released after error', lock.locked(), e)

# A lock taken in one thread and released in another.
handoff = threading.Lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start()
t.join()
print('released by thread', handoff.locked())

# RLock.
r = threading.RLock()
print(type(r).__name__, mask(r))
print(r.acquire(), r.acquire(), r.acquire(False), r._is_owned())
print(mask(r).replace(str(threading.get_ident()), 'ME'))
r.release()
r.release()
print(r._is_owned(), r._recursion_count())
r.release()
print(mask(r), r._is_owned())
show('rlock release', r.release)
with r:
    with r:
        print('nested with', r._recursion_count())
show('rlock timeout non-blocking', r.acquire, False, 1)

# An RLock held by the main thread, seen from another thread.
r.acquire()
other = []


def try_other():
    other.append(r.acquire(False))
    other.append(r.acquire(timeout=0.001))
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))


t = threading.Thread(target=try_other)
t.start()
t.join()
r.release()
print(other)

# Condition.
cond = threading.Condition()
print(mask(cond))
show('wait unowned', cond.wait)
show('notify unowned', cond.notify)
show('notify_all unowned', cond.notify_all)
with cond:
    print('wait', cond.wait(0.001), cond.wait(0))
    print('wait_for true', cond.wait_for(lambda: 'yes'))
    print('wait_for false', cond.wait_for(lambda: 0, timeout=0.001))
    cond.notify()
    cond.notify(3)
    cond.notify_all()
    print('owned', cond._is_owned())
print('wait_for true unowned', cond.wait_for(lambda: 7))
show('wait_for false unowned', cond.wait_for, lambda: 0, 0.001)
plain = threading.Condition(threading.Lock())
print(mask(plain))
with plain:
    print('plain wait', plain.wait(0.001), plain._lock.locked())
print(plain._lock.locked())
show('plain notify unowned', plain.notify)
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print('rlock wait', rc.wait(0.001), rc._lock._recursion_count())
ready = []
data_cond = threading.Condition()


def producer():
    with data_cond:
        ready.append('item')
        data_cond.notify()


threading.Thread(target=producer).start()
with data_cond:
    print('consumed', data_cond.wait_for(lambda: ready, timeout=1))

# Semaphore.
sem = threading.Semaphore(2)
print(mask(sem))
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.001))
print(mask(sem))
sem.release()
print(mask(sem))
sem.release(3)
print(mask(sem))
show('sem non-blocking timeout', sem.acquire, False, 1)
show('sem release 0', sem.release, 0)
show('sem negative', threading.Semaphore, -1)
with sem:
    print('in sem', mask(sem))
print(mask(threading.Semaphore(0)), threading.Semaphore(0).acquire(timeout=0))

# BoundedSemaphore.
b = threading.BoundedSemaphore(2)
print(mask(b))
show('bounded release', b.release)
b.acquire()
print(mask(b))
b.release()
b.acquire()
b.acquire()
show('bounded release 3', b.release, 3)
b.release(2)
print(mask(b))
print(isinstance(b, threading.Semaphore))

# Event.
ev = threading.Event()
print(mask(ev), ev.is_set(), ev.wait(0.001), ev.wait(0))
ev.set()
print(mask(ev), ev.is_set(), ev.wait(), ev.wait(5))
ev.clear()
print(ev.is_set())
flag = threading.Event()
threading.Thread(target=flag.set).start()
print('set by thread', flag.wait())

# Barrier.
bar = threading.Barrier(1, action=lambda: print('action ran'))
print(mask(bar), bar.parties, bar.n_waiting, bar.broken)
print(bar.wait(), bar.wait(1))
two = threading.Barrier(2, timeout=0.001)
print(mask(two))
show('barrier timeout', two.wait)
print(mask(two), two.broken)
show('broken barrier', two.wait)
two.reset()
print(two.broken, mask(two))
two.abort()
print(two.broken)
show('aborted', two.wait, 0.001)
bad = threading.Barrier(1, action=lambda: 1 / 0)
show('failing action', bad.wait)
print(bad.broken)
print(threading.BrokenBarrierError.__mro__[1].__name__)
