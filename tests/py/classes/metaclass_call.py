# Metaclass __call__: singletons, instance counting, controlling __init__.

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print("creating", cls.__name__, args)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)

class Other(metaclass=Singleton):
    pass
print(Other() is Other(), Other() is a)

class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = cls.instances
        return obj

class Widget(metaclass=Counting):
    def __init__(self, name):
        self.name = name
ws = [Widget(n) for n in "abc"]
print([(w.name, w.serial) for w in ws], Widget.instances)

# __call__ can bypass __init__ entirely
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Raw(metaclass=NoInit):
    def __init__(self, *args):
        print("never printed")
r = Raw(1, 2)
print(r.args)

# the default type.__call__ order: __new__ then __init__
class Trace:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
Trace(1, 2)

# __init__ is skipped when __new__ returns an object of another type
class Other2:
    pass
class Diverter:
    def __new__(cls):
        return Other2()
    def __init__(self):
        print("not called")
print(type(Diverter()).__name__)

# __init__ must return None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

# calling a class with wrong arguments to object.__init__
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
