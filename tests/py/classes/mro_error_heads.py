# MRO error wording: the classes left at the heads of the merge.
class O: pass
class A(O): pass
class B(O): pass
class C(A, B): pass
class D(B, A): pass
for bases in [(C, D), (A, C), (O, A), (C, D, A)]:
    try:
        type("E", bases, {})
    except TypeError as e:
        print(str(e).replace("\n", " / "))

# __bases__ assignment checks.
class K: pass
class L(K): pass
class M(L): pass
for new in [(M,), (L,), (K, 3), (K,)]:
    try:
        K.__bases__ = new
        print("ok", [c.__name__ for c in K.__mro__])
    except TypeError as e:
        print("TypeError:", e)
