# Class and instance attributes, shadowing, __dict__, getattr/setattr/hasattr.

class Dog:
    species = "canis familiaris"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

a = Dog("rex")
b = Dog("fido")
print(a.name, b.name, a.species, Dog.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks is a.tricks)

# instance attribute shadows class attribute
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)

# modifying the class attribute is visible through instances
Dog.species = "dog"
print(a.species, b.species)

print(sorted(a.__dict__), sorted(k for k in Dog.__dict__ if not k.startswith("__")))

# dynamic attributes
setattr(a, "age", 3)
print(getattr(a, "age"), getattr(a, "missing", "default"), hasattr(a, "age"), hasattr(a, "nope"))
try:
    getattr(a, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(a, "age")
print(hasattr(a, "age"))

# class attributes added after creation
Dog.legs = 4
print(a.legs)

# instance __dict__ can be manipulated directly
a.__dict__["color"] = "brown"
print(a.color)

# attribute names need not be identifiers when set via setattr
setattr(a, "with space", 1)
print(getattr(a, "with space"))

# special class attributes
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__)
print(type(a) is Dog, a.__class__ is Dog, type(Dog).__name__)

# class attribute lookup error message
try:
    Dog.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# functions stored on the instance are not bound
a.func = lambda x: x * 2
print(a.func(21))

# __doc__ for classes
class Documented:
    """Doc string of the class."""
print(Documented.__doc__, Dog.__doc__)
