# _weakrefset.WeakSet iteration: members dying while an iteration runs (their
# removal waits until no iteration is running), changes during iteration,
# abandoned and nested iterators, and members freed by the cycle collector.
import gc
from _weakrefset import WeakSet
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


def names(ws):
    return sorted(o.n for o in ws)


print(WeakSet is weakref.WeakSet)

print("-- plain iteration")
xs = [Obj(i) for i in range(5)]
ws = WeakSet(xs)
print(sorted(o.n for o in ws), len(list(ws)), sum(o.n for o in ws))
print(sorted(iter(ws), key=lambda o: o.n))
it = iter(ws)
print(iter(it) is it, len(ws))
print(len(list(it)), list(it))
print(list(WeakSet()))

print("-- members die during iteration")
xs = [Obj(i) for i in range(5)]
ws = WeakSet(xs)
seen = []
for o in ws:
    seen.append(o.n)
    if len(seen) == 1:
        # Free every other member; the current one is still referenced by o.
        keep = o
        xs.clear()
        print("during:", len(ws), len(ws.data), keep in ws, names(ws) == [keep.n])
print("seen:", len(seen), "after:", len(ws), len(ws.data), names(ws) == [keep.n])
del o, keep
print("all gone:", len(ws), len(ws.data), list(ws))

print("-- break leaves no pending removals")
xs = [Obj(i) for i in range(4)]
ws = WeakSet(xs)
for o in ws:
    xs.clear()
    print("pending:", len(ws), len(ws.data))
    break
print("after break:", len(ws), len(ws.data))
del o
print(len(ws), len(ws.data))

print("-- abandoned iterator")
xs = [Obj(i) for i in range(4)]
ws = WeakSet(xs)
it = iter(ws)
first = next(it)
del xs[:]
print(len(ws), len(ws.data))
del it
print(len(ws), len(ws.data))
del first
print(len(ws), len(ws.data))
# An iterator that never started does not postpone removals.
xs = [Obj(i) for i in range(3)]
ws = WeakSet(xs)
it = iter(ws)
del xs[0]
print(len(ws), len(ws.data))
print(len(list(it)))

print("-- nested iterators")
xs = [Obj(i) for i in range(4)]
ws = WeakSet(xs)
it1 = iter(ws)
it2 = iter(ws)
a = next(it1)
b = next(it2)
print("same first member:", a is b)
xs = [a, b]
print(len(ws), len(ws.data))
rest1 = list(it1)
print("first done:", len(ws), len(ws.data))
rest2 = list(it2)
print("second done:", len(ws), len(ws.data))
print(len(rest1), len(rest2))
del a, b, rest1, rest2, xs
print(len(ws), len(ws.data))

print("-- changes during iteration")
xs = [Obj(i) for i in range(3)]
ws = WeakSet(xs)
extra = Obj(9)
try:
    for o in ws:
        ws.add(extra)
except RuntimeError as e:
    print("add:", type(e).__name__, e)
print(names(ws))
try:
    for o in ws:
        ws.discard(o)
except RuntimeError as e:
    print("discard:", type(e).__name__, e)
print(len(ws))
ws = WeakSet(xs)
try:
    for o in ws:
        ws.clear()
except RuntimeError as e:
    print("clear:", type(e).__name__, e)
print(len(ws))
# Re-adding a present member does not change the set.
ws = WeakSet(xs)
count = 0
for o in ws:
    ws.add(o)
    ws.add(xs[0])
    count += 1
print("re-add:", count, names(ws))
# Iterating over a snapshot allows any change.
ws = WeakSet(xs)
ys = []
for o in list(ws):
    ws.discard(o)
    ys.append(Obj(o.n + 10))
    ws.add(ys[-1])
    ws.add(Obj(-1))
print("snapshot:", len(ws), len(ws.data), names(ws))
for o in list(ws):
    if o.n != 11:
        ws.remove(o)
print(names(ws))

print("-- pop and update while iterating after a death")
xs = [Obj(i) for i in range(4)]
ws = WeakSet(xs)
it = iter(ws)
first = next(it)
xs.clear()
print(len(ws), ws.pop() is first, len(ws), len(ws.data))
del it, first
print(len(ws), len(ws.data))

print("-- reference cycles")
class Node:
    def __init__(self, n):
        self.n = n
        self.me = self

gc.disable()
try:
    nodes = [Node(i) for i in range(5)]
    ws = WeakSet(nodes)
    del nodes
    print("before collect:", len(ws))
    gc.collect()
    print("after collect:", len(ws), len(ws.data), list(ws))
    nodes = [Node(i) for i in range(3)]
    ws = WeakSet(nodes)
    del nodes
    it = iter(ws)
    first = next(it)
    gc.collect()
    print("collect during iteration:", len(ws), len(ws.data), first in ws)
    print("rest:", list(it))
    print(len(ws), len(ws.data), names(ws) == [first.n])
    del first
    gc.collect()
    print(len(ws), len(ws.data))
finally:
    gc.enable()

print("-- a set that holds itself indirectly")
class Holder:
    pass
h = Holder()
h.ws = WeakSet([h])
r = weakref.ref(h.ws)
print(len(h.ws), h in h.ws)
del h
gc.collect()
print(r() is None)

print("-- many members")
xs = [Obj(i) for i in range(300)]
ws = WeakSet(xs)
del xs[::2]
print(len(ws), sum(o.n for o in ws) == sum(o.n for o in xs))
for o in ws:
    if o.n % 3 == 0:
        xs.remove(o)
del o
print(len(ws), len(ws.data), len(xs))
