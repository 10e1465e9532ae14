# sched.scheduler driven by a simulated clock, and by the real one.
import sched
import time
import re

clock = [100.0]
log = []


def now():
    return clock[0]


def delay(seconds):
    log.append(('delay', seconds))
    clock[0] += seconds


def act(*args, **kwargs):
    log.append(('act', clock[0], args, kwargs))


s = sched.scheduler(now, delay)
print(s.empty(), s.queue, s.run(blocking=False))
e1 = s.enter(5, 1, act, ('e1',))
e2 = s.enterabs(103, 2, act, kwargs={'k': 'e2'})
e3 = s.enter(3, 1, act, argument=('e3', 'x'))
e4 = s.enter(3, 1, act, ('e4',))
print(re.sub(r'0x[0-9a-f]+', '0x?', repr(e1)))
print(e1.time, e1.priority, e1.sequence, e1.argument, e1.kwargs, e2.argument)
for event in s.queue:
    print(event.time, event.priority, event.sequence, event.argument)
print(e3 < e4, e4 < e2, e2 < e1, e1 == e1, e1 != e2)
print(s.empty(), s.run(False))
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print('ValueError', e)
s.run()
for entry in log:
    print(entry)
print(s.empty(), clock, s.run(blocking=False))

# Events scheduled while running, and cancelled while running.
log.clear()
clock[0] = 0


def chain(n):
    log.append(('chain', n, clock[0]))
    if n < 3:
        s.enter(1, 0, chain, (n + 1,))


s.enter(0, 0, chain, (0,))
victim = s.enter(2.5, 0, act, ('victim',))
s.enter(2, 5, s.cancel, (victim,))
s.run()
for entry in log:
    print(entry)

# Non-blocking runs return the time left until the next event.
s.enterabs(clock[0] + 4, 0, act, ('later',))
s.enterabs(clock[0] - 1, 0, act, ('due',))
log.clear()
print(s.run(blocking=False), log)
print(len(s.queue))

# An action that raises leaves the later events queued.
s2 = sched.scheduler(now, delay)
s2.enter(0, 0, lambda: 1 / 0)
s2.enter(1, 0, act, ('after',))
try:
    s2.run()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, len(s2.queue))
s2.run()
print(log[-1])

# Equal times and priorities run in the order they were entered.
order = []
s3 = sched.scheduler(now, delay)
for name in 'abcde':
    s3.enterabs(0, 1, order.append, (name,))
s3.enterabs(0, 0, order.append, ('first',))
s3.run()
print(order)

# The real clock.
real = sched.scheduler()
print(real.timefunc is time.monotonic, real.delayfunc is time.sleep)
hits = []
# Due 1-2 ms after one reading of the clock, so that their order does not
# depend on how long entering them takes (a traced run is slow).
start = time.monotonic()
real.enterabs(start + 0.002, 1, hits.append, ('two',))
real.enterabs(start + 0.001, 1, hits.append, ('one',))
real.enterabs(start + 0.001, 0, hits.append, ('zero',))
real.run()
print(hits, time.monotonic() - start >= 0.002)
print(sched.__all__, sched.Event._fields)
print(sched.scheduler.__init__.__defaults__ == (time.monotonic, time.sleep))
