# Properties: getters run as calls (errors, recursion, tracebacks, closures,
# generators), __getattr__ after an AttributeError inside a getter, a
# property subclass with its own __get__, an uncaught error in a getter.
import sys
class P:
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2
    @property
    def broken(self):
        return self.missing
    @property
    def deep(self):
        return self.deep
def make(k):
    class Q:
        @property
        def k(self):
            return k
    return Q()
class WithGetattr:
    @property
    def p(self):
        raise AttributeError("inside")
    def __getattr__(self, name):
        return "fallback " + name
class MyProp(property):
    def __get__(self, obj, cls=None):
        return "custom " + str(super().__get__(obj, cls))
class R:
    @MyProp
    def x(self):
        return 5
def gen_prop():
    class G:
        @property
        def g(self):
            yield 1
            yield 2
    return list(G().g)
p = P(21)
print(p.double, [P(i).double for i in range(3)], make(7).k)
try:
    p.broken
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.deep
except RecursionError as e:
    print("RecursionError:", e)
print(WithGetattr().p, R().x, gen_prop())
p.__dict__["double"] = "shadow?"
print(p.double)
def tb():
    try:
        P(1).broken
    except AttributeError:
        t = sys.exc_info()[2]
        lines = []
        while t:
            lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
            t = t.tb_next
        print(lines)
tb()
P(0).broken
