# Copying instances of user-defined classes.
import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__, q is p, q.y is p.y, r.y is p.y)
empty = Point.__new__(Point)
print(copy.copy(empty).__dict__)

class Slotted:
    __slots__ = ("a", "b", "__hidden")
    def __init__(self):
        self.a = [1]
        self.__hidden = "h"
    def hidden(self):
        return self.__hidden
s = Slotted()
c = copy.copy(s)
print(c.a is s.a, c.hidden(), hasattr(c, "b"))
d = copy.deepcopy(s)
print(d.a == s.a, d.a is s.a, d.hidden())

class Mixed(Slotted):
    pass
m = Mixed()
m.extra = {"e": 1}
mc = copy.deepcopy(m)
print(mc.a, mc.extra, mc.extra is m.extra, type(mc).__name__)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return WithCopy(self.v + 100)
print(copy.copy(WithCopy(1)).v, copy.deepcopy(WithCopy(1)).v)
print([w.v for w in copy.deepcopy([WithCopy(5)])])

class WithState:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __getstate__(self):
        print("getstate")
        return {"a": self.a * 10}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
ws = copy.deepcopy(WithState())
print(vars(ws))

class Reduced:
    def __init__(self, a, b):
        print("init", a, b)
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
rc = copy.copy(Reduced(1, 2))
print(rc.a, rc.b)

class ReducedEx:
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return "global_name"
o = ReducedEx()
print(copy.copy(o) is o, copy.deepcopy(o) is o)

class NewArgs:
    def __new__(cls, n):
        print("new", n)
        self = super().__new__(cls)
        self.n = n
        return self
    def __getnewargs__(self):
        return (self.n,)
na = copy.deepcopy(NewArgs(3))
print(na.n)

class MyList(list):
    def append(self, item):
        print("append", item)
        super().append(item)
ml = MyList([1, [2]])
ml.tag = "t"
cml = copy.copy(ml)
print(cml, type(cml).__name__, cml.tag, cml[1] is ml[1])
dml = copy.deepcopy(ml)
print(dml, dml[1] is ml[1])

class MyDict(dict):
    pass
md = MyDict(a=[1])
cmd = copy.deepcopy(md)
print(cmd, type(cmd).__name__, cmd["a"] is md["a"])

class MyInt(int):
    pass
mi = copy.copy(MyInt(7))
print(mi, type(mi).__name__)

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
a = Node("a"); b = Node("b"); a.peer = b; b.peer = a
ca = copy.deepcopy(a)
print(ca.name, ca.peer.name, ca.peer.peer is ca, ca.peer is not b)

class Meth:
    def __init__(self):
        self.v = [1]
    def get(self):
        return self.v
bm = Meth().get
cbm = copy.deepcopy(bm)
print(cbm(), cbm.__self__ is bm.__self__, copy.copy(bm)() is bm())

e = ValueError("bad", [1])
ce = copy.copy(e)
de = copy.deepcopy(e)
print(type(ce).__name__, ce.args, de.args[1] is e.args[1], ce.args[1] is e.args[1])

class MyErr(Exception):
    pass
me = MyErr("x", 2)
me.note = "n"
cme = copy.deepcopy(me)
print(type(cme).__name__, cme.args, cme.note)

print(type(copy.copy(object())).__name__)
def gen():
    yield 1
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(gen())
    except TypeError as exc:
        print("TypeError", exc)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)
