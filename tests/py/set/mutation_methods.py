# add/discard/remove/pop/update family
s = {5, 1, 3}
s.add(2)
s.add(5)
print(s)
s.discard(99)
s.discard(1)
print(s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
t = {10, 20, 30}
popped = []
while t:
    popped.append(t.pop())
print(sorted(popped), t)
try:
    t.pop()
except KeyError as e:
    print(type(e).__name__, e)
u = {1, 2}
u.update([3, 4], (5,), range(6, 8))
print(u)
u.intersection_update({1, 2, 3, 6, 100})
print(u)
u.difference_update([1], {6})
print(u)
u.symmetric_difference_update({3, 4})
print(u)
u |= {7}
print(u)
u &= {2, 4, 7}
print(u)
u -= {2}
print(u)
u ^= {4, 5}
print(u)
v = u.copy()
v.add(0)
print(u, v)
v.clear()
print(v, len(v))
w = set()
for i in range(20):
    w.add(i % 7)
print(w)
x = {0}
r1 = x.add(1)
r2 = x.update([2])
print(r1, r2, x)
try:
    x.add([1])
except TypeError as e:
    print(type(e).__name__, e)
y = {1, 2, 3}
y2 = y
y2 |= {4}
print(y, y is y2)
y3 = y | {5}
print(y, y3, y is y3)
single = {42}
print(single.pop(), single)
