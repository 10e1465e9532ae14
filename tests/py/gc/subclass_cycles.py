# Instances of subclasses of built-in types are containers whatever their
# payload (they refer to their class and have a __dict__): tracked, and
# a cycle through one is collected with its dict (counted as CPython does).
import gc
gc.disable()
class S(str): pass
class I(int): pass
class F(float): pass
class B(bytes): pass
class T(tuple): pass
class L(list): pass
for cls, arg in [(S, "x"), (I, 5), (F, 1.5), (B, b"y"), (T, (1,)), (L, [1])]:
    gc.collect()
    o = cls(arg)
    o.me = o
    print(cls.__name__, gc.is_tracked(o))
    del o
    print(cls.__name__, gc.collect())
print(gc.is_tracked(S("a")), gc.is_tracked("a"), gc.is_tracked(I(3)), gc.is_tracked(3))
gc.disable()
class A:
    __slots__ = ("x",)
class B(A): pass
class C: pass
class E(Exception): pass
def f(): pass
for mk in [B, C, E, lambda: (lambda: 0)]:
    gc.collect()
    o = mk()
    o.me = o
    del o
    print(gc.collect())
class D(dict): pass
d = D(); d.me = d; d["k"] = d; del d; print(gc.collect())
