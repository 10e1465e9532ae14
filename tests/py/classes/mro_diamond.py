# C3 linearization: diamonds, deeper hierarchies, __mro__ and mro().

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))

# the classic diamond
class Top:
    def who(self):
        return "Top"
class Left(Top):
    def who(self):
        return "Left"
class Right(Top):
    def who(self):
        return "Right"
class Bottom(Left, Right):
    pass
print(names(Bottom), Bottom().who())

class Bottom2(Right, Left):
    pass
print(names(Bottom2), Bottom2().who())

# mro() returns a list, __mro__ a tuple
print(type(Bottom.mro()).__name__, type(Bottom.__mro__).__name__, Bottom.mro() == list(Bottom.__mro__))

# method resolution picks the first class in the MRO that defines a name
class X:
    attr = "X"
class Y(X):
    pass
class W(X):
    attr = "W"
class V(Y, W):
    pass
print(names(V), V.attr)

# builtin types in the MRO
class MyInt(int): pass
class MyBool(MyInt): pass
print(names(MyBool))
print([c.__name__ for c in bool.__mro__])
print([c.__name__ for c in dict.__mro__])

# mixins
class JsonMixin:
    def to_json(self):
        return "{" + ", ".join('"%s": %r' % kv for kv in sorted(vars(self).items())) + "}"
class ReprMixin:
    def __repr__(self):
        return type(self).__name__ + str(sorted(vars(self).items()))
class Record(JsonMixin, ReprMixin):
    def __init__(self, **kw):
        self.__dict__.update(kw)
r = Record(b=2, a=1)
print(r.to_json(), repr(r), names(Record))
