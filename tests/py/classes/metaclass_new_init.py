# Metaclasses with __new__ and __init__: class creation hooks and namespace edits.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kwargs)
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)
        cls.initialized = True

class Base(metaclass=Meta):
    x = 1
    def method(self):
        return "method"

class Child(Base, flavor="spicy"):
    y = 2

print(type(Base).__name__, type(Child).__name__)
print(Base.added_by_meta, Child.added_by_meta, Child.initialized)
print(isinstance(Child, Meta), isinstance(Child(), Base))

# metaclass methods are visible on the class, not on instances
class Meta2(type):
    def describe(cls):
        return "class " + cls.__name__ + " with " + str(len(cls.__dict__.get("fields", ()))) + " fields"
class Rec(metaclass=Meta2):
    fields = ("a", "b")
print(Rec.describe())
try:
    Rec().describe()
except AttributeError as e:
    print(type(e).__name__, e)

# auto-registering metaclass
class Registered(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registered.classes.append(name)
class R1(metaclass=Registered): pass
class R2(R1): pass
class R3(R2): pass
print(Registered.classes)

# metaclass conflicts
class MA(type): pass
class MB(type): pass
class A(metaclass=MA): pass
class B(metaclass=MB): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

# the most derived metaclass wins
class MSub(MA): pass
class C(metaclass=MSub): pass
class AC(A, C): pass
print(type(AC).__name__)

# a function as metaclass
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class FM(metaclass=func_meta):
    pass
print(FM.made_by, type(FM).__name__)

# __new__ returning something that is not a class
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return name + " replaced"
class NotAClass(metaclass=Weird):
    pass
print(NotAClass)
