# super(): zero-argument and explicit forms, cooperative multiple inheritance.

class Base:
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value
    def describe(self):
        return "Base(" + str(self.value) + ")"

class Child(Base):
    def __init__(self, value, extra):
        print("Child.__init__", extra)
        super().__init__(value)
        self.extra = extra
    def describe(self):
        return "Child[" + super().describe() + ", " + str(self.extra) + "]"

c = Child(1, "x")
print(c.describe())

# explicit two-argument form
class GrandChild(Child):
    def describe(self):
        return "Grand<" + super(Child, self).describe() + ">"
print(GrandChild(2, "y").describe())

# cooperative multiple inheritance
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello())
print([k.__name__ for k in D.__mro__])

# cooperative __init__ with kwargs
class Shape:
    def __init__(self, **kwargs):
        print("Shape leftover kwargs:", kwargs)
class Colored(Shape):
    def __init__(self, color="none", **kwargs):
        self.color = color
        super().__init__(**kwargs)
class Sized(Shape):
    def __init__(self, size=0, **kwargs):
        self.size = size
        super().__init__(**kwargs)
class Box(Colored, Sized):
    pass
b = Box(color="red", size=3)
print(b.color, b.size)

# super() in classmethods and staticmethod-free contexts
class P:
    @classmethod
    def create(cls):
        return "P.create for " + cls.__name__
class Q(P):
    @classmethod
    def create(cls):
        return "Q wraps " + super().create()
print(Q.create())

# super() with properties
class R:
    @property
    def name(self):
        return "R"
class S(R):
    @property
    def name(self):
        return "S<" + super().name + ">"
print(S().name)

# super() outside a method fails
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)

# super object attribute errors
try:
    super(A, A()).hello()
except AttributeError as e:
    print(type(e).__name__, e)
