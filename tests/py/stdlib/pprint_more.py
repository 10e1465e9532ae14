import pprint
import types
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int
    label: str = "a point with a rather long label text"
    hidden: int = field(default=0, repr=False)

@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)

@dataclass(repr=False)
class NoRepr:
    a: int

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return "Custom(" + "z" * 100 + ")"

@dataclass
class Empty:
    pass

line = Line(Point(1, 2), Point(3, 4), ["t%d" % i for i in range(12)])
for width in (80, 40, 20):
    print(pprint.pformat(line, width=width))
print(pprint.pformat([Point(1, 2)] * 2, width=40))
print(pprint.pformat(NoRepr(5), width=5).startswith("<"))
print(pprint.pformat(Custom(1), width=20))
print(pprint.pformat(Empty(), width=1))
print(pprint.pformat(line, depth=1, width=30))
print(pprint.pformat(line, depth=2, width=30))
print(pprint.pformat(Point, width=5))

@dataclass
class Rec:
    name: str
    other: object = None
r = Rec("first name that is long enough")
r.other = r
print(pprint.pformat(r, width=30))

ns = types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma="text " * 10)
print(pprint.pformat(ns))
print(pprint.pformat(ns, width=30))
class NS(types.SimpleNamespace):
    pass
print(pprint.pformat(NS(a=1, b="x" * 80), width=40))
ns2 = types.SimpleNamespace(x="some value here")
ns2.me = ns2
print(pprint.pformat(ns2, width=20))

mp = types.MappingProxyType({"b": list(range(15)), "a": 1})
print(pprint.pformat(mp))
print(pprint.pformat(mp, width=30))

od = OrderedDict([("z", 1), ("a", list(range(20))), ("m", "mmm")])
print(pprint.pformat(od))
print(pprint.pformat(od, width=30))
print(pprint.pformat(OrderedDict(), width=1))
dd = defaultdict(list, {"k": list(range(20)), "b": [1]})
print(pprint.pformat(dd))
print(pprint.pformat(dd, width=30))
print(pprint.pformat(defaultdict(int), width=1))
c = Counter("abracadabra" * 3 + "xyz")
print(pprint.pformat(c))
print(pprint.pformat(c, width=20))
print(pprint.pformat(Counter(), width=1))
cm = ChainMap({"a": 1, "b": list(range(10))}, {"c": 3}, {})
print(pprint.pformat(cm))
print(pprint.pformat(cm, width=30))
print(pprint.pformat(ChainMap(), width=1))
dq = deque(range(30))
print(pprint.pformat(dq))
print(pprint.pformat(dq, width=30))
print(pprint.pformat(deque(range(30), maxlen=40), width=30))
print(pprint.pformat(deque(), width=1))
print(pprint.pformat(UserDict({"k": list(range(30))})))
print(pprint.pformat(UserList(range(30)), width=40))
print(pprint.pformat(UserString("word " * 30), width=40))
print(pprint.pformat([UserString("word " * 30)], width=40))
print(pprint.pformat({"od": od, "dq": dq, "c": Counter("aab")}, width=40))
print(pprint.pformat(dd, indent=4, width=30))
print(pprint.pformat(c, indent=3, width=20))
print(pprint.pformat(dq, compact=True, width=30))
