import reprlib
from collections import deque

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

r = reprlib.repr
print(r(list(range(20))))
print(r(tuple(range(20))), r((1,)), r(()), r([]))
print(r(set(range(20))), r(set()), r({3, 1, 2}))
print(r(frozenset(range(20))), r(frozenset()), r(frozenset({"b", "a"})))
print(r(deque(range(20))), r(deque()))
print(r({i: str(i) for i in range(10)}), r({}), r({"b": 1, "a": 2}))
print(r({1: "a", "x": 2}))
print(r("x" * 100), r("short"), r("a'b" * 20), r("é" * 40))
print(r(10 ** 100), r(-10 ** 50), r(12345))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[]]]]]]]))
print(r({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(r(3.5), r(None), r(True), r(b"bytes" * 20))

class Big:
    def __repr__(self):
        return "Big(" + "x" * 50 + ")"
class Broken:
    def __repr__(self):
        raise ValueError("no")
print(r(Big()), r([Big()]))
print(r(Broken()).startswith("<Broken instance at 0x"))

aRepr = reprlib.Repr(maxlist=2, maxstring=10, maxlong=8, maxother=12, fillvalue="~")
print(aRepr.repr([1, 2, 3]), aRepr.repr("abcdefghijklmnop"), aRepr.repr(123456789012), aRepr.repr(Big()))
print(aRepr.repr((1,)), aRepr.repr([1]), aRepr.repr([]))
aRepr = reprlib.Repr(maxlevel=1)
print(aRepr.repr([1, [2], {3: 4}, (5,), {6}, "s"]), aRepr.repr([[]]), aRepr.repr({1: {2: 3}}))
aRepr = reprlib.Repr(maxlevel=0)
print(aRepr.repr([1]), aRepr.repr([]), aRepr.repr({1: 2}), aRepr.repr({}), aRepr.repr(5))
aRepr = reprlib.Repr(maxdict=2, maxset=2, maxfrozenset=1, maxtuple=1, maxdeque=3)
print(aRepr.repr({1: 2, 3: 4, 5: 6}), aRepr.repr({1, 2, 3}), aRepr.repr(frozenset({1, 2})),
      aRepr.repr((1, 2)), aRepr.repr(deque("abcdef")))
print(reprlib.Repr().maxlevel, reprlib.Repr().maxstring, reprlib.Repr().fillvalue, reprlib.Repr().indent)

# indent
for indent in [4, "--", 0, ""]:
    aRepr = reprlib.Repr(indent=indent)
    print(aRepr.repr([1, [2, 3], {"a": (4,)}, "x"]))
    print(aRepr.repr([]), aRepr.repr((1,)))
t(lambda: reprlib.Repr(indent=-1).repr([1]))
t(lambda: reprlib.Repr(indent=1.5).repr([1]))
t(lambda: reprlib.Repr(indent=[]).repr([1]))
print(reprlib.Repr(indent=-1).repr([]))

# Subclass dispatch on the type name.
class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "INT"
    def repr_Point(self, x, level):
        return "Pt"
class Point:
    pass
m = MyRepr()
print(m.repr([1, 2, Point()]), m.repr({1: Point()}))
class list2(list):
    pass
print(r(list2(range(10))), reprlib.Repr().repr1([1, 2], 1))

# recursive_repr
class Node:
    def __init__(self):
        self.items = []
    @reprlib.recursive_repr()
    def __repr__(self):
        "Docstring."
        return "<Node %s>" % self.items
n = Node()
n.items.append(n)
n.items.append(1)
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other(%r)" % (self.x,)
o = Other()
o.x = [o, Other()]
o.x[1].x = 2
print(repr(o))
