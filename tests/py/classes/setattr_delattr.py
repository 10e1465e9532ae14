# __setattr__ and __delattr__ hooks: logging, immutability, validation.

class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)

o = Logged()
o.b = 2
o.a += 10
print(o.a, o.b)
del o.b
print(hasattr(o, "b"))
setattr(o, "c", 3)
delattr(o, "c")
try:
    del o.zzz
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError("cannot set " + name + ": Frozen is immutable")
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)

fz = Frozen(x=1, y=2)
print(fz.x, fz.y)
try:
    fz.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del fz.y
except AttributeError as e:
    print(type(e).__name__, e)

class Validated:
    def __setattr__(self, name, value):
        if name.startswith("n_") and not isinstance(value, int):
            raise TypeError(name + " needs an int")
        self.__dict__[name] = value

v = Validated()
v.n_items = 3
v.label = "x"
try:
    v.n_items = "three"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vars(v).items()))

# __setattr__ is also called from __init__ and for augmented assignment
class Counter:
    def __init__(self):
        self.sets = 0
        self.value = 0
    def __setattr__(self, name, value):
        if name != "sets":
            self.sets += 1
        object.__setattr__(self, name, value)
c = Counter()
c.value += 1
c.value += 1
print(c.value, c.sets)

# object.__setattr__ on builtins is refused
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
