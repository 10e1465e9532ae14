# Pickles of class instances, references to functions and classes, and
# shared or recursive structures.
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Empty:
    pass


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "drop me"

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class SlottedState:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return (None, {"a": self.a, "b": self.b})

    def __setstate__(self, state):
        for k, v in state[1].items():
            setattr(self, k, v)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,))


class ReducedEx:
    def __init__(self, n):
        self.n = n

    def __reduce_ex__(self, proto):
        return (ReducedEx, (self.n * 100 + proto,))


class Positive(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))


class Named(str):
    pass


class NewArgs:
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.args = (a, b)
        return self

    def __getnewargs__(self):
        return self.args


class NewArgsEx:
    def __new__(cls, a, *, b):
        self = super().__new__(cls)
        self.args = (a, b)
        return self

    def __getnewargs_ex__(self):
        return ((self.args[0],), {"b": self.args[1]})


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        pass


class Items:
    """A reduction with list items, dict items and a state setter."""

    def __init__(self):
        self.items = []
        self.map = {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.map[k] = v

    def __reduce__(self):
        return (Items, (), {"tag": 1}, iter(self.items), iter(self.map.items()),
                set_state)


def set_state(obj, state):
    obj.tag = state["tag"] + 1


def top_level(x):
    return x * 2


def show(obj, protocols=range(6)):
    for proto in protocols:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print("  ", proto, type(e).__name__, e)
            continue
        print("  ", proto, data)


print("instances")
for obj in [Point(1, 2), Empty(), WithState(), Reduced(7), ReducedEx(3), Positive(-5),
            Named("nm"), MyList([1, 2]), MyDict(a=1), Items()]:
    print(type(obj).__name__)
    show(obj)

p = Point(1, [2, 3])
for proto in range(6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, q == p, type(q).__name__)

w = pickle.loads(pickle.dumps(WithState()))
print(sorted(vars(w).items()))
r = pickle.loads(pickle.dumps(ReducedEx(3), 2))
print(r.n)
v = pickle.loads(pickle.dumps(Positive(-5), 0))
print(v, type(v).__name__)
v = pickle.loads(pickle.dumps(Named("nm"), 2))
print(v, type(v).__name__)
ml = MyList([1, 2])
ml.attr = "x"
for proto in (0, 2, 4):
    v = pickle.loads(pickle.dumps(ml, proto))
    print(v, type(v).__name__, v.attr)
md = pickle.loads(pickle.dumps(MyDict(a=1), 3))
print(md, type(md).__name__)
it = Items()
it.append(1)
it.append(2)
it["k"] = "v"
for proto in (0, 1, 2, 4, 5):
    data = pickle.dumps(it, proto)
    back = pickle.loads(data)
    print(proto, data, back.items, back.map, back.tag)

print("slots")
s = Slotted(5)
for proto in range(6):
    try:
        data = pickle.dumps(s, proto)
        back = pickle.loads(data)
        print(proto, data, back.a, hasattr(back, "b"))
    except Exception as e:
        print(proto, type(e).__name__, e)
s2 = SlottedState()
for proto in range(6):
    data = pickle.dumps(s2, proto)
    back = pickle.loads(data)
    print(proto, data, back.a, back.b)

print("new args")
for proto in range(6):
    a = pickle.loads(pickle.dumps(NewArgs(1, "two"), proto))
    print(proto, a.args)
for proto in (2, 3, 4, 5):
    data = pickle.dumps(NewArgsEx(1, b=2), proto)
    if proto >= 4:
        print(proto, data)
    print(proto, pickle.loads(data).args)

print("globals")
for obj in [top_level, Point, Outer.Inner, len, int, copyreg._reconstructor,
            type(None), ValueError, KeyError, range, str, dict]:
    print(getattr(obj, "__qualname__", obj))
    show(obj)
print(pickle.loads(pickle.dumps(top_level))(21))
print(pickle.loads(pickle.dumps(Outer.Inner, 2)) is Outer.Inner)
print(pickle.loads(pickle.dumps(Outer.Inner, 4)) is Outer.Inner)
print(pickle.loads(pickle.dumps(type(None), 1)))

print("shared and recursive")
shared = [1, 2]
obj = [shared, shared, (shared,)]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1] is back[2][0])
rec = []
rec.append(rec)
rd = {}
rd["self"] = rd
rt = ([],)
rt[0].append(rt)
rt4 = ([], 1, 2, 3)
rt4[0].append(rt4)
pt = Point(1, None)
pt.y = pt
for proto in range(6):
    print(proto, pickle.dumps(rec, proto), pickle.dumps(rd, proto))
    print(proto, pickle.dumps(rt, proto), pickle.dumps(rt4, proto))
    print(proto, pickle.dumps(pt, proto))
    a = pickle.loads(pickle.dumps(rec, proto))
    b = pickle.loads(pickle.dumps(rd, proto))
    c = pickle.loads(pickle.dumps(rt, proto))
    d = pickle.loads(pickle.dumps(pt, proto))
    print(a[0] is a, b["self"] is b, c[0][0] is c, d.y is d)
text = "shared text"
print(pickle.dumps([text, text, b"by", b"by"], 3))
print(pickle.dumps([text, text], 0))
many = ["s%d" % i for i in range(300)]
data = pickle.dumps(many + many, 2)
print(len(data), data[-20:], pickle.loads(data) == many + many)
