# __prepare__: custom class namespaces (ordering, recording, defaults).

class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, [b.__name__ for b in bases], kwargs)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("ns type", type(ns).__name__)
        print("assignments", [k for k in ns.log if not k.startswith("__")])
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.log if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class Example(metaclass=Meta, option=1):
    b = 1
    a = 2
    def method(self):
        pass
    b = 3

print(Example.order, Example.b)

# duplicate detection through __prepare__
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate definition of " + key)
        super().__setitem__(key, value)

class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()

try:
    class Strict(metaclass=StrictMeta):
        def f(self): pass
        def f(self): pass
except TypeError as e:
    print(type(e).__name__, e)

# a namespace with default values for missing names
class AutoDict(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoDict()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

class Auto(metaclass=AutoMeta):
    value = auto_hello
    other = auto_world + "!"
print(Auto.value, Auto.other)

# __prepare__ returning a non-mapping is an error at class creation
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Broken(metaclass=BadPrepare):
        x = 1
except TypeError as e:
    print(type(e).__name__, e)

# type.__prepare__ returns a plain empty dict
print(type.__prepare__("X", ()), type(type.__prepare__("X", ())).__name__)
