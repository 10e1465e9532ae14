# super() in methods, classmethods, __init__, diamonds, bound and explicit
# forms, a missing attribute and the super object's own attributes.
class A:
    x = 10
    def m(self): return "A.m"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    def __init__(self, v): self.v = v
class B(A):
    def m(self): return "B>" + super().m()
    @classmethod
    def c(cls): return "B>" + super().c()
    def s2(self): return super().s(), super().x, super().p
    def __init__(self, v):
        super().__init__(v * 2)
class C(A):
    def m(self): return "C>" + super().m()
class D(B, C):
    def m(self): return "D>" + super().m()
d = D(3)
print(d.m(), d.v, D.c(), d.s2())
print(super(B, d).m(), super(C, d).m())
sm = super(B, d).m
print(sm(), type(sm).__name__)
class E(A):
    def m(self):
        f = super().m
        return f()
print(E(1).m())
class F(A):
    def m(self):
        return super().missing()
try:
    F(1).m()
except AttributeError as e:
    print(e)
class G:
    def m(self):
        return super().__class__.__name__, super().__repr__()[:10]
print(G().m())
