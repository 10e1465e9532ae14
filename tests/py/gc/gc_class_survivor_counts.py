# How many objects a dead class takes with it depends on whether it survived
# a collection first: CPython then untracks its __bases__ tuple when that
# holds only built-in types, and a new __bases__ tuple is tracked again.
import gc

gc.disable()
gc.collect()


class Fresh:
    pass


del Fresh
print("never survived:", gc.collect())


class Survivor:
    pass


gc.collect(0)
del Survivor
print("survived a young collection:", gc.collect())


class FromInt(int):
    pass


gc.collect()
del FromInt
print("built-in base, survived:", gc.collect())


class A:
    pass


class B:
    pass


class C(A):
    pass


gc.collect()
C.__bases__ = (B,)
del C
print("subclass with reassigned bases:", gc.collect())


class D:
    pass


gc.collect()
D.__bases__ = (object,)
del D
print("reassigned to object, not collected since:", gc.collect())
del A, B
print("the two bases:", gc.collect())


# What a class brings depends on its bases and __slots__: the __dict__ and
# __weakref__ descriptors it introduces, whether its namespace dict holds
# anything tracked, and its __bases__ tuple, collected fresh and after
# surviving a collection.
class P:
    pass


for base in (int, str, tuple, bytes, list, dict, float, complex, set,
             frozenset, Exception, ValueError, object, bytearray):
    C = type("C", (base,), {})
    del C
    fresh = gc.collect()
    C = type("C", (base,), {})
    gc.collect()
    del C
    print(base.__name__, fresh, gc.collect())


class Q(P):
    def m(self):
        pass


del Q
print("derived with a method:", gc.collect())
for slots in ((), ("a",), ("a", "__weakref__"), "__dict__",
              ["__weakref__", "__dict__"], "x"):
    C = type("C", (), {"__slots__": slots})
    del C
    print("slots", slots, gc.collect())


class S:
    __slots__ = ("a",)


class T(S):
    pass


del T
print("subclass of a slotted class:", gc.collect())


class U(int):
    __slots__ = ()


class V(U):
    pass


del V, U
print("int subclasses:", gc.collect())


class W(P, Exception):
    pass


del W
print("a class and Exception as bases:", gc.collect())
