# type(name, bases, namespace) and type(obj).

print(type(1).__name__, type("s").__name__, type([]).__name__, type(type).__name__, type(None).__name__)

Point = type("Point", (), {"x": 0, "y": 0, "norm1": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, p.norm1(), Point.__bases__, Point.__module__)

def init(self, name):
    self.name = name

Base = type("Base", (object,), {"__init__": init, "kind": "base"})
Derived = type("Derived", (Base,), {"kind": "derived", "shout": lambda self: self.name.upper()})
d = Derived("dee")
print(d.name, d.kind, d.shout(), [c.__name__ for c in Derived.__mro__])
print(isinstance(d, Base), issubclass(Derived, Base))

# the namespace dict is copied
ns = {"a": 1}
T = type("T", (), ns)
ns["a"] = 2
print(T.a)

# __qualname__ and __doc__ through the namespace
Q = type("Q", (), {"__qualname__": "Outer.Q", "__doc__": "dynamic doc"})
print(Q.__name__, Q.__qualname__, Q.__doc__)

# errors
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", [object], {}), ("X", (), [])]:
    try:
        type(*args)
        print("ok", args)
    except TypeError as e:
        print(type(e).__name__, e)

# classes made with type() behave like class statements
Counter = type("Counter", (), {
    "__init__": lambda self: setattr(self, "n", 0),
    "inc": lambda self: setattr(self, "n", self.n + 1) or self,
    "__repr__": lambda self: "Counter(" + str(self.n) + ")",
})
print(Counter().inc().inc())

# subclasses of type can be called the same way
class Meta(type):
    pass
M = Meta("M", (), {"z": 26})
print(type(M).__name__, M.z)

# type() of classes and metaclasses
print(type(Point) is type, type(Meta) is type, type(M) is Meta)
