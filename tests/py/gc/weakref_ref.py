# weakref.ref: calling it gives the referent or None once it died; callbacks
# are called with the weak reference when the referent dies, by reference
# counting or in a cycle found by the collector.
import gc
import weakref

gc.disable()
gc.collect()


class Obj:
    def __init__(self, name):
        self.name = name


o = Obj("alive")
r = weakref.ref(o)
print("alive:", r() is o, r().name, type(r).__name__, callable(r))
del o
print("dead:", r() is None, r())

# Callbacks by reference counting, called with the weakref itself.
events = []


def callback(ref):
    events.append(("cb", ref is r1, ref() is None))


o = Obj("x")
r1 = weakref.ref(o, callback)
print("before:", events)
del o
print("after:", events)
events.clear()

# Several weakrefs with callbacks: the most recently registered is called
# first.
o = Obj("multi")
refs = [weakref.ref(o, lambda ref, i=i: events.append(i)) for i in range(4)]
del o
print("callback order:", events)
events.clear()

# A weakref that died before its referent does not call its callback.
o = Obj("orphan")
tmp = weakref.ref(o, lambda ref: events.append("orphan"))
del tmp
del o
print("dead weakref, no callback:", events)

# Callbacks for a cycle found by the collector: called during the
# collection, when the weakref is already cleared.
o = Obj("cyclic")
o.me = o
rc = weakref.ref(o, lambda ref: events.append(("gc cb", ref is rc, ref() is None)))
del o
print("before collect:", events)
print("collected:", gc.collect())
print("after collect:", events)
events.clear()

# Two objects of one cycle, one weakref each: both callbacks, in some order.
a = Obj("a")
b = Obj("b")
a.other = b
b.other = a
ra = weakref.ref(a, lambda ref: events.append("a"))
rb = weakref.ref(b, lambda ref: events.append("b"))
del a, b
print("collected:", gc.collect(), "callbacks:", sorted(events))
events.clear()

# A weakref that is itself part of the garbage does not call its callback.
o = Obj("inside")
o.me = o
o.ref = weakref.ref(o, lambda ref: events.append("inside"))
del o
print("collected:", gc.collect(), "callbacks:", events)

# Without a callback, weakref.ref returns the same weakref object again.
o = Obj("shared")
w1 = weakref.ref(o)
w2 = weakref.ref(o)
w3 = weakref.ref(o, callback)
print("shared:", w1 is w2, w1 is w3, w1 == w3)
print("getweakrefcount:", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
w4 = weakref.ref(o, callback)
print("getweakrefcount:", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
print("all refer to o:", all(w() is o for w in weakref.getweakrefs(o)))
del w3
print("getweakrefcount:", weakref.getweakrefcount(o))
del o
print("after death:", w1(), w2(), w4())
print("of a plain object:", weakref.getweakrefcount(Obj("none")), weakref.getweakrefs(Obj("none")))
print("of an int:", weakref.getweakrefcount(5), weakref.getweakrefs(5))

# Equality: live weakrefs compare like their referents, dead ones by identity.
x = Obj("x")
y = Obj("y")
print(weakref.ref(x) == weakref.ref(x), weakref.ref(x) == weakref.ref(y))

# Objects that cannot be weakly referenced.
for value in (1, "s", (1, 2), [1], {}, None):
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)

# Functions, classes, sets, generators can.
def f():
    yield 1


for value in (f, Obj, {1}, frozenset(), f()):
    print(type(value).__name__, weakref.ref(value)() is value)


# Instances of subclasses of built-ins: int, tuple and bytes ones (and so
# namedtuples) cannot be weakly referenced; str, float and list ones can.
import collections as _collections


class _I(int): pass
class _T(tuple): pass
class _B(bytes): pass
class _S(str): pass
class _F(float): pass
class _L(list): pass


_NT = _collections.namedtuple('_NT', 'a')
for _c, _o in ((_I, _I()), (_T, _T()), (_B, _B()), (_S, _S()), (_F, _F()), (_L, _L()),
               (_NT, _NT(1))):
    try:
        weakref.ref(_o)
        print(_c.__name__, 'weakly referenced')
    except TypeError as _e:
        print(_c.__name__, 'TypeError:', _e)
