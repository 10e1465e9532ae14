# Class bodies do not enclose the functions defined inside them.

x = "global"

class A:
    x = "class attribute"
    def method(self):
        return x
    def via_self(self):
        return self.x
    def via_class(self):
        return A.x
    y = x + " (read in class body)"

a = A()
print(a.method())
print(a.via_self())
print(a.via_class())
print(A.y)

# a name only defined in the class is not visible in methods
class B:
    only_here = 1
    def look(self):
        return only_here

try:
    B().look()
except NameError as e:
    print(type(e).__name__, e)

# class body statements run top to bottom, like a function body
class C:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    total = sum(items)
print(C.items, C.total, hasattr(C, "i"))

# class body sees earlier class-level names
class D:
    a = 1
    b = a + 1
    c = [a, b]
print(D.b, D.c)

# methods get __class__ cell for super(), unrelated to the body namespace
class E:
    def who(self):
        return __class__.__name__
print(E().who())

# nested class cannot see the outer class namespace
class Outer:
    value = 10
    class Inner:
        try:
            got = value
        except NameError as e:
            got = "NameError: " + str(e)
print(Outer.Inner.got)

# the class name itself is not bound until the body finishes
class F:
    try:
        me = F
    except NameError as e:
        me = str(e)
print(F.me)

# locals() inside a class body is the namespace being built
class G:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(G.names)
