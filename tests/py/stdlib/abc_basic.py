# abc: abstract methods, instantiation errors, registration and hooks.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "shape with area %s" % self.area()

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)

class Half(Shape):
    def area(self):
        return 1
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError", e)

class Square(Half):
    def __init__(self, side=2):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
sq = Square()
print(Square.__abstractmethods__, sq.describe(), sq.perimeter())
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(Square, ABC))

class Many(ABC):
    @abstractmethod
    def zeta(self): pass
    @abstractmethod
    def alpha(self): pass
    @property
    @abstractmethod
    def prop(self): pass
    @classmethod
    @abstractmethod
    def cm(cls): pass
    @staticmethod
    @abstractmethod
    def sm(): pass
print(sorted(Many.__abstractmethods__))
try:
    Many()
except TypeError as e:
    print("TypeError", e)

class WithNew(ABC):
    def __new__(cls, *args):
        print("custom __new__", args)
        return super().__new__(cls)
    @abstractmethod
    def f(self): pass
try:
    WithNew(1)
except TypeError as e:
    print("TypeError", e)
class WithNewDone(WithNew):
    def f(self): return "f"
print(WithNewDone(2).f())

# Metaclass used directly, with keyword arguments passed through.
class Base(metaclass=ABCMeta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Tagged(Base, tag="t"):
    pass
print(Tagged.tag, Tagged.__abstractmethods__)

# register() and virtual subclasses.
class Sized(ABC):
    pass
print(Sized.register(list) is list, issubclass(list, Sized), isinstance([], Sized))
print(list.__mro__)
@Sized.register
class Thing:
    pass
print(Thing.__name__, isinstance(Thing(), Sized), issubclass(bool, Sized))
class SubThing(Thing):
    pass
print(issubclass(SubThing, Sized), isinstance(SubThing(), Sized))
class Other(Sized):
    pass
print(issubclass(Other, Sized), issubclass(Sized, Other), Sized.register(Other) is Other)
try:
    Other.register(Sized)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Sized.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(5, Sized)
except TypeError as e:
    print("TypeError", e)
print(Sized.register(Sized) is Sized)

token = abc.get_cache_token()
class Late(ABC):
    pass
class Plain:
    pass
print(issubclass(Plain, Late))
Late.register(Plain)
print(issubclass(Plain, Late), abc.get_cache_token() != token)

# __subclasshook__.
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(str, HasLen), issubclass(int, HasLen), isinstance({}, HasLen),
      isinstance(3, HasLen))
class Deeper(HasLen):
    pass
print(issubclass(str, Deeper), issubclass(Deeper, HasLen))
class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)

# update_abstractmethods.
class Todo(ABC):
    @abstractmethod
    def run(self): pass
def run(self):
    return "ran"
Todo.run = run
print(sorted(Todo.__abstractmethods__))
print(abc.update_abstractmethods(Todo) is Todo, sorted(Todo.__abstractmethods__), Todo().run())
@abstractmethod
def extra(self): pass
Todo.extra = extra
abc.update_abstractmethods(Todo)
print(sorted(Todo.__abstractmethods__))
class NotAbc:
    pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, "__abstractmethods__"))

def f(): pass
print(abstractmethod(f) is f, f.__isabstractmethod__)
print(ABC.__slots__, type(ABC).__name__, sorted(ABC.__abstractmethods__))
print(ABCMeta.__name__, ABCMeta.__bases__, callable(ABCMeta.register))
