# Class creation errors: inconsistent MRO, duplicate bases, bad bases.

class A: pass
class B(A): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class S(5): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class T(bool): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class U(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)

# consistent orderings still work
class Good(B, A): pass
print([c.__name__ for c in Good.__mro__])

# __bases__ can be reassigned between compatible classes
class M: pass
class M2:
    tag = "M2"
class N(M): pass
n = N()
N.__bases__ = (M2,)
print([c.__name__ for c in N.__mro__], isinstance(n, M), isinstance(n, M2), n.tag)
try:
    N.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    M2.__bases__ = (N,)
except TypeError as e:
    print(type(e).__name__, e)
