# weakref.WeakSet: construction, single-member changes, membership,
# members leaving when they die, errors, and class-level details.
import collections.abc
import gc
import weakref

WeakSet = weakref.WeakSet


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


def names(ws):
    return sorted(o.n for o in ws)


def show_error(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("   ok", r)


print("-- class")
print(WeakSet.__name__, WeakSet.__module__, WeakSet.__qualname__)
print(WeakSet.__hash__)
print(WeakSet.__mro__)
print(isinstance(WeakSet(), collections.abc.MutableSet))
print(isinstance(WeakSet(), collections.abc.Set))
print(isinstance(WeakSet(), collections.abc.Hashable))
print(issubclass(WeakSet, collections.abc.Sized))
print(WeakSet[int], type(WeakSet[int]).__name__, WeakSet[int].__origin__ is WeakSet)
print(WeakSet is weakref.WeakSet)
try:
    hash(WeakSet())
except TypeError as e:
    print("hash:", e)

print("-- construction")
a, b, c = Obj(1), Obj(2), Obj(3)
ws = WeakSet([a, b, c, a])
print(len(ws), names(ws), bool(ws))
print(len(WeakSet()), bool(WeakSet()), list(WeakSet()))
print(repr(WeakSet()))
print(repr(WeakSet([a])).startswith("{<weakref at "))
print(names(WeakSet(iter([a, b]))), names(WeakSet(x for x in (c,))))
print(names(WeakSet({a: 1, c: 2})))
show_error(WeakSet, 1)
show_error(WeakSet, [a, 1])
show_error(WeakSet, ["x"])
show_error(WeakSet, [None])

print("-- add / discard / remove")
ws = WeakSet()
ws.add(a)
ws.add(a)
ws.add(b)
print(len(ws), names(ws), a in ws, c in ws)
print(ws.add(c), len(ws))
print(ws.discard(c), ws.discard(c), len(ws))
print(ws.remove(b), names(ws))
try:
    ws.remove(b)
except KeyError as e:
    print("remove missing: KeyError", type(e.args[0]).__name__, e.args[0]() is b)
for bad in (1, "s", (1,), None, 2.5):
    show_error(ws.add, bad)
show_error(ws.discard, 1)
show_error(ws.remove, "s")
print(1 in ws, "s" in ws, None in ws, [] in ws, (a,) in ws, a in ws)

print("-- weakly referenceable kinds")
def func():
    pass
class Sub(frozenset):
    pass
sub = Sub([1])
ws = WeakSet([func, Obj, sub])
print(len(ws), func in ws, Obj in ws, sub in ws)
show_error(ws.__contains__, ws)
show_error(ws.add, ws)
show_error(ws.add, [1])
show_error(ws.add, {})
show_error(ws.add, b"x")

print("-- pop / clear / copy")
ws = WeakSet([a, b])
got = {ws.pop().n, ws.pop().n}
print(sorted(got), len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError", e)
ws = WeakSet([a, b, c])
ws.clear()
print(len(ws), list(ws))
ws = WeakSet([a, b])
cp = ws.copy()
print(type(cp).__name__, names(cp), cp is ws, cp == ws)
cp.add(c)
print(names(ws), names(cp))

print("-- members die")
xs = [Obj(i) for i in range(6)]
ws = WeakSet(xs)
print(len(ws))
del xs[0]
print(len(ws), names(ws))
xs.pop()
print(len(ws), names(ws))
t = xs[1]
del xs[:]
print(len(ws), names(ws), t in ws)
del t
print(len(ws), names(ws), bool(ws))
d = Obj(40)
ws = WeakSet([d])
ws.add(Obj(41))  # dies at once
print(len(ws), names(ws))
del d
print(len(ws), list(ws))
# A member kept alive only by a reference cycle leaves after gc.collect().
e = Obj(50)
e.self = e
ws = WeakSet([e])
del e
gc.collect()
print(len(ws), list(ws))
# The set does not keep its members alive, nor do members keep the set.
f = Obj(60)
ws = WeakSet([f])
r = weakref.ref(ws)
del ws
print(r() is None)
del f
# pop skips members that died.
xs = [Obj(i) for i in range(3)]
ws = WeakSet(xs)
keep = xs[2]
del xs
print(ws.pop() is keep, len(ws))

print("-- equality")
ws1 = WeakSet([a, b])
ws2 = WeakSet([b, a])
print(ws1 == ws2, ws1 != ws2, ws1 == WeakSet([a]), ws1 != WeakSet([a]))
print(ws1 == {a, b}, ws1 != {a, b}, ws1 == [a, b], ws1 == 3)
print(ws1.__eq__({a, b}), ws1.__eq__(ws2))
print(WeakSet() == WeakSet(), WeakSet() == set())

print("-- reduce")
red = WeakSet([a]).__reduce__()
print(red[0] is WeakSet, red[1], type(red[2]).__name__, sorted(red[2]))
print(names(red[0](*red[1])))

print("-- subclass")
added = []
class MySet(WeakSet):
    def add(self, item):
        added.append(item.n)
        super().add(item)
def report(what):
    print("  ", what, sorted(added))
    added.clear()
m = MySet([a, b])
report(type(m).__name__)
report(type(m.copy()).__name__)
report(type(m | [c]).__name__)
report(type(m & [a]).__name__)
m |= [c]
report("|=")
m.update([a])
report("update")
print(m == MySet([a, b]), m == WeakSet([a, b]), WeakSet([a, b]) == m)
