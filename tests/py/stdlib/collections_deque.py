# deque: both ends, maxlen, indexing, rotation, comparisons and errors.
from collections import deque


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[-1], d[1])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft('ab')
print(d)
print(list(d), list(reversed(d)), 3 in d, 'z' in d, 'a' in d)
print(d.count(3), d.index(3), d.index('b'), d.index(3, 2), d.index(4, -3, -1))
attempt('index missing', lambda: d.index(99))
attempt('index range', lambda: d.index('b', 1))
attempt('index stop', lambda: d.index(5, 0, 3))
d.remove('a')
print(d)
attempt('remove missing', lambda: d.remove('q'))
d.insert(0, 'first'); d.insert(100, 'last'); d.insert(-1, 'penult'); d.insert(-100, 'zero')
print(d)
d.reverse()
print(d)
d.clear()
print(d, len(d))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())

# Indexing.
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10])
d[3] = 'three'; d[-1] = 'nine'
del d[0]; del d[-2]
print(d)
attempt('get out of range', lambda: d[20])
attempt('get negative out of range', lambda: d[-20])
attempt('set out of range', lambda: d.__setitem__(20, 0))
attempt('del out of range', lambda: d.__delitem__(20))
attempt('str index', lambda: d['a'])
attempt('slice', lambda: d[1:3])
print(d[True], d[False])

# rotate.
d = deque(range(6))
d.rotate(); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.rotate(13); print(d)
d.rotate(-13); print(d)
e = deque(); e.rotate(5); print(e)
attempt('rotate str', lambda: d.rotate('x'))

# maxlen.
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31]); print(m)
m.extend(iter(range(100, 200))); print(m)
m.extend(tuple(range(5))); print(m)
attempt('insert full', lambda: m.insert(0, 1))
z = deque([1, 2], maxlen=0)
z.append(3); z.appendleft(4); z.extend([5]); print(z, len(z))
print(deque(maxlen=5), deque('abc', 2), deque(iter('hello'), maxlen=2))
attempt('negative maxlen', lambda: deque([], -1))
attempt('bad maxlen', lambda: deque([], 'a'))
attempt('set maxlen', lambda: setattr(m, 'maxlen', 3) or 'set')
print(deque(range(5), None))

# Copies, concatenation and repetition.
a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(a, b, a.copy() == a, a.copy() is a)
print(a + b, a * 2, 2 * a, a * 0, a * -1)
print(deque([1, 2, 3], maxlen=4) * 3)
print(deque([1, 2], maxlen=5) + deque([3, 4, 5, 6]))
c = deque([1])
c += [2, 3]; print(c)
c *= 2; print(c)
c += c; print(c)
attempt('add list', lambda: a + [1])
attempt('mul str', lambda: a * 'x')
attempt('mul float', lambda: a * 1.5)
c.extend(c); print(len(c))
c.extendleft(c); print(len(c))

# Comparisons.
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
print(deque([1, 2]) == [1, 2], deque() == ())
print(deque([1], maxlen=5) == deque([1]))
try:
    hash(deque())
except TypeError:
    print('unhashable')

# Iteration and mutation during iteration.
d = deque(range(5))
it = iter(d)
print(next(it), next(it))
d.append(5)
attempt('mutated', lambda: next(it))
d = deque(range(3))
try:
    for x in d:
        d.appendleft(x)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque(range(3))
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print('RuntimeError', e)
d = deque(range(4))
for x in d:
    d[0] = x
print(d)

# Recursive repr.
r = deque()
r.append(r)
print(r)
r2 = deque([1], maxlen=3)
r2.append([r2])
print(r2)

# Subclasses.
class MyDeque(deque):
    pass

s = MyDeque([1, 2, 3], maxlen=5)
print(s, type(s.copy()).__name__, s.copy(), s.maxlen)
print(type(s + s).__name__, type(s * 2).__name__)

# A queue used first-in first-out, large enough to exercise the storage.
q = deque()
total = 0
for i in range(5000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(len(q), total, q[0], q[-1], q[1000])
for i in range(3000):
    q.appendleft(-i)
print(len(q), q[0], q[-1], q[2999], q[3000])
while len(q) > 10:
    q.popleft()
    q.pop()
print(q)
big = deque(range(1000), maxlen=100)
for i in range(1000):
    big.appendleft(i)
print(len(big), big[0], big[-1])
print(sum(deque(range(10000))), list(deque(range(50))[i] for i in range(0, 50, 7)))
print(deque(range(1000)).index(999), 999 in deque(range(1000)))
w = deque(range(20))
for i in range(15):
    w.popleft()
print(w, w.index(17), w.count(19), 4 in w, w[0])
w.rotate(2); print(w)
w.insert(1, 'x'); print(w)
w.remove('x'); print(w)
del w[1]; print(w)
print(repr(deque([None, None])), deque([None]).count(None))
