# Class and static methods called through classes and instances (the
# method-call path that binds no method object), shadowing by instance
# attributes and metaclass attributes, and 3.12's chained classmethod.
class Meta(type):
    def cm(cls):
        return 'meta method'
    @property
    def prop(cls):
        return 'meta property'
class A(metaclass=Meta):
    @classmethod
    def cm(cls):
        return 'class cm'
    @classmethod
    def prop(cls):
        return 'class prop'
    @staticmethod
    def sm(x):
        return ('sm', x)
    @classmethod
    def make(cls, *a, **k):
        return (cls.__name__, a, k)
class B(A):
    pass
print(A.cm(), A.prop, B.make(1, k=2), B.sm(3), B().make(4), B().sm(5))
b = B()
b.sm = lambda x: ('own', x)
b.make = lambda *a: ('own make', a)
print(b.sm(6), b.make(7))
class C:
    __slots__ = ('x',)
    @staticmethod
    def sm(): return 'slots sm'
    @classmethod
    def cm(cls): return cls.__name__
print(C().sm(), C().cm(), C.cm())
class D:
    @classmethod
    @property
    def chained(cls):
        return 'chained ' + cls.__name__
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    try:
        print(D.chained, D().chained)
    except Exception as e:
        print(type(e).__name__)
class E(dict):
    @classmethod
    def fromkeys(cls, keys):
        return ('custom', cls.__name__)
print(E.fromkeys([1]), E().fromkeys([2]), dict.fromkeys([1]))
sm = staticmethod(len)
class F:
    n = sm
    @classmethod
    def add(cls, a, b=10):
        return a + b
print(F.n([1, 2]), F().n('abc'), F.add(1), F().add(1, b=2))
try:
    F.add()
except TypeError as e:
    print(e)
try:
    A.sm()
except TypeError as e:
    print(e)

import functools
def f(*a): return a
class O:
    def m(self, *a): return ('m', a)
o = O()
class X:
    a = classmethod(o.m)
    b = classmethod(staticmethod(f))
    c = classmethod(functools.partial(f, 1))
    d = classmethod(len)
    e = classmethod(classmethod(f))
for n in 'abcde':
    try:
        r = getattr(X, n)
        print(n, type(r).__name__, r() if n != 'd' else r.__self__)
    except Exception as ex:
        print(n, type(ex).__name__, ex)
    try:
        r = getattr(X(), n)
        print(n, 'inst', type(r).__name__)
    except Exception as ex:
        print(n, type(ex).__name__, ex)
try:
    print(X.d())
except TypeError as e:
    print(e)
print(X.a(), X().a(), X.e())
