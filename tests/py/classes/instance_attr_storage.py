# How instances keep their attributes: order as stored, vars()/__dict__
# views, deletion, __dict__ assignment, many names, str subclass names,
# properties, __slots__ = (), gc counts and referents, shadowed methods.
import gc
class A:
    pass
a = A(); a.x = 1; a.y = 2
b = A(); b.y = 3; b.x = 4
c = A(); c.x = 5; c.z = 6
print(vars(a), vars(b), vars(c))
d = a.__dict__
d['w'] = 9
print(a.w, vars(a), d is a.__dict__)
a.q = 10
print(d)
del b.x
print(vars(b), hasattr(b, 'x'))
try:
    del c.nope
except AttributeError as e:
    print(e)
class B:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
big = B(40)
print(len(vars(big)), big.a39, list(vars(big))[-1])
small = B(3)
print(vars(small))
class S(str): pass
e = A()
setattr(e, S('k'), 1)
print(e.k, vars(e))
f = A()
f.__dict__ = {'m': 1}
print(f.m, vars(f))
f.n = 2
print(vars(f))
class P:
    @property
    def p(self): return 42
    def __init__(self): self.a = 1; self.b = 2
p = P()
print(p.p, p.a, vars(p))
p.c = 3
print(vars(p))
class Sl:
    __slots__ = ()
s = Sl()
try:
    s.x = 1
except AttributeError as e2:
    print(e2)
print(hasattr(s, '__dict__'))
# gc counts
gc.collect()
class N:
    def __init__(self): self.me = self
for i in range(10):
    N()
print(gc.collect())
class M:
    def __init__(self): self.me = self
for i in range(10):
    m = M(); m.__dict__
del m
print(gc.collect())
x = A(); x.a = 1
print(gc.get_referents(x) == [1] or gc.get_referents(x))
print(gc.is_tracked(x))
# method shadowing
class Q:
    def f(self): return 'method'
q = Q(); print(q.f()); q.f = lambda: 'inst'; print(q.f())
# class attribute fallback
class R:
    k = 7
# Instances of one class that store their attributes in different orders,
# and more names than a class shares.
class T:
    pass
objs = []
for k in range(5):
    t = T()
    names = ['n%d' % ((k + j) % 5) for j in range(5)]
    for j, n in enumerate(names):
        setattr(t, n, j)
    objs.append(t)
print([list(vars(o)) for o in objs])
print([o.n0 for o in objs])
for o in objs:
    del o.n2
    o.n2 = 'again'
print([list(vars(o))[-1] for o in objs], objs[0].n2)
# __dict__ assignment keeps working on instances that stored nothing yet.
u = T()
u.__dict__ = {'z': 26}
u.y = 25
print(vars(u), u.z)
# Attribute names that are str subclasses or looked up by equal text.
class K(str):
    pass
v = T()
setattr(v, K('kk'), 1)
setattr(v, 'k' + 'k', 2)
print(vars(v), getattr(v, ''.join(['k', 'k'])))
