# Private names (`__x` inside a class) are mangled to `_Class__x`: attributes,
# methods, class variables, locals, keyword-only parameters, imports,
# annotations, globals, nested classes and __slots__.
class Base:
    __secret = "base-secret"
    def __init__(self):
        self.__id = "base"
    def base_id(self):
        return self.__id
    def __hidden(self):
        return "hidden " + self.__secret
    def call_hidden(self):
        return self.__hidden()
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__id = "child"
    def child_id(self):
        return self.__id
c = Child()
print(c.base_id(), c.child_id(), sorted(vars(c)))
print(c._Base__id, c._Child__id, Base._Base__secret, c.call_hidden())
print(sorted(k for k in vars(Base) if 'secret' in k or 'hidden' in k))
class __Q:
    def __g(self): return 1
    def f(self): return self.__g()
print(__Q().f(), [k for k in vars(__Q) if 'g' in k])
class ___:
    def __m(self): return 2
print([k for k in vars(___) if k.endswith('m')])
class S:
    __slots__ = ('__a', 'b', 'b')
    def __init__(self):
        self.__a = 1
        self.b = 2
    def get(self): return self.__a
s = S(); print(s.get(), s._S__a, S.__slots__)
class L:
    def m(self):
        __local = 5
        def inner():
            return __local
        return inner(), sorted(locals())
print(L().m())
class K:
    def m(self, *, __kw=3):
        return __kw
print(K().m())
class G:
    def m(self):
        return getattr(self, '__x', 'none'), getattr(self, '_G__x', 'none2')
    __x = 9
print(G().m())
import sys as __sys
class Imp:
    import sys as __s
    def m(self): return self.__s.maxsize > 0
print(Imp().m(), hasattr(Imp, '_Imp__s'))
class Outer:
    class __Inner:
        __v = 1
    def get(self): return self.__Inner._Inner__v
print(Outer().get(), [k for k in vars(Outer) if 'Inner' in k])
class D:
    __dunder__ = 1
    def m(self): return self.__dunder__, self.__class__.__name__
print(D().m())
class Ann:
    __a: int = 1
    b: int = 2
print(Ann.__annotations__)
class Gl:
    def m(self):
        global __gv
        __gv = 3
Gl().m()
print(sorted(k for k in globals() if 'gv' in k))
class Cm:
    def m(self, objs):
        return [o.__y for o in objs]
print(Cm().m([type('T', (), {'_Cm__y': 7})()]))
