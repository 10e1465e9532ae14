# isinstance/issubclass with tuples, __instancecheck__/__subclasscheck__, abstract-like checks.

class A: pass
class B(A): pass
class C: pass

objs = [A(), B(), C(), 1, "s", None, [1]]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, str, (list, type(None)))))

print(issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, bool))

try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)

class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is int

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(int, Even), issubclass(str, Even))

# duck-typing check via a metaclass
class HasLenMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(type(obj), "__len__")
class Sized(metaclass=HasLenMeta):
    pass
print([isinstance(o, Sized) for o in ([], "", 5, {}, 2.0)])

# exact-type check short-circuits __instancecheck__
class Always(type):
    def __instancecheck__(cls, obj):
        return False
class Never(metaclass=Always):
    pass
print(isinstance(Never(), Never), isinstance(1, Never))

# bool subclasses int
print(isinstance(True, int), type(True) is int, True + True)

# type vs isinstance with subclasses of builtins
class MyStr(str): pass
s = MyStr("x")
print(type(s) is str, isinstance(s, str), type(s).__name__)
