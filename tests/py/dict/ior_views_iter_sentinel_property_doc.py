# d |= a view or pairs updates the dict; iter(callable, sentinel) also ends
# on StopIteration; a property doc taken from its getter follows it.
c = {"a": 1}
c |= {"b": 2}.items()
print(c)
d = {"a": 1}
print(d.__ior__([("b", 2)]), d.__ior__({"c": 3}.items()))
e = {"a": 1}
e |= [("b", 2)]
print(e)
f = {"a": 1}
f |= {"z": 0}.keys() if False else {"k": 1}
print(f)
class D(dict): pass
g = D(a=1)
g |= {"q": 1}.items()
print(g, type(g).__name__)
n = [0]
def fn():
    n[0] += 1
    if n[0] > 3:
        raise StopIteration
    return n[0]
print(list(iter(fn, None)))
def g1(self):
    "doc1"
def g2(self):
    "doc2"
def g3(self):
    pass
p = property(g1)
print(p.__doc__, p.getter(g2).__doc__, p.getter(g3).__doc__, p.setter(g3).__doc__, property(g1, doc="x").getter(g2).__doc__)
try:
    h = {}
    h |= 5
except TypeError as e:
    print(e)
try:
    h = {}
    h |= [1]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
