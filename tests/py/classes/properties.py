# property with getter, setter and deleter, validation, computed attributes.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius)
print(t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))

# read-only property
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

# property() called directly, with doc
class Box:
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v * 2
    value = property(_get, _set, None, "the value doubled")

b = Box()
b.value = 4
print(b.value, Box.value.__doc__, type(Box.value).__name__)
print(Box.value.fget is Box._get, Box.value.fdel)

# properties are found on the class, instance dict cannot shadow them
b.__dict__["value"] = "shadow"
print(b.value)

# overriding a property in a subclass
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name
print(Derived().name)

# lazily computed, cached attribute using a property
class Lazy:
    def __init__(self):
        self.computations = 0
    @property
    def data(self):
        if not hasattr(self, "_data"):
            self.computations += 1
            self._data = [i * i for i in range(5)]
        return self._data
lz = Lazy()
print(lz.data, lz.data, lz.computations)

# getter raising AttributeError
class Broken:
    @property
    def x(self):
        raise AttributeError("computed x is unavailable")
try:
    Broken().x
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Broken(), "x"))
