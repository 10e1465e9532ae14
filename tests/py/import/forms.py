# The import statement's forms, in the order CPython runs module bodies.
import sys

print("-- import pkg")
import pkg
print(pkg.TOP, pkg.__name__, pkg.__doc__)

print("-- import pkg.sub.mod")
import pkg.sub.mod
print(pkg.sub.mod.func())
print("sub bound on pkg:", pkg.sub is sys.modules["pkg.sub"])
print("mod bound on sub:", pkg.sub.mod is sys.modules["pkg.sub.mod"])

print("-- import pkg.sub.mod as m")
import pkg.sub.mod as m
print(m is pkg.sub.mod, m.__name__)

print("-- from pkg import a, b")
from pkg import a, b
print(a.A, b.B, pkg.a is a, pkg.b is b)

print("-- from pkg.a import fa as renamed")
from pkg.a import fa as renamed
print(renamed())

print("-- from pkg.sub import mod")
from pkg.sub import mod
print(mod is m)

print("-- relative imports inside a package")
from pkg.sub.deep.leaf import LEAF
print(LEAF)

print("-- a second import runs nothing")
import pkg.sub.mod
import pkg
from pkg import a

print("-- import a, b, c on one line")
import math, pkg.b, sys as system
print(system is sys, math.floor(2.5))

print("-- imports in functions are local")


def f():
    import pkg.a
    from pkg import b as bb
    return sorted(k for k in locals())


print(f())
print("-- package relative imports")
import rel
print(rel.inner_value, rel.inner.__name__)
import rel.inner.deeper
print(rel.inner.deeper.top is rel, rel.inner.deeper.inner is rel.inner, rel.inner.deeper.value)

print(sorted(k for k in sys.modules if k.startswith(("pkg", "rel"))))
