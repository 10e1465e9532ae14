# PEP 560: a base that is not a class stands for the bases its
# __mro_entries__ returns; the class keeps the bases as written in
# __orig_bases__.


class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.targets


class A:
    pass


class B:
    def hello(self):
        return "hello from B"


class C(Alias(A, B)):
    pass


print([k.__name__ for k in C.__mro__])
print(C().hello())
print(len(C.__orig_bases__), type(C.__orig_bases__[0]).__name__)
print("__orig_bases__" in C.__dict__)


class D(A, Alias()):
    pass


print([k.__name__ for k in D.__bases__], D.__orig_bases__[0] is A)


class E(A):
    pass


print("__orig_bases__" in E.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [A]


try:
    class F(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta sees", [b.__name__ for b in bases], "orig" in str(sorted(ns)))
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


class G(Alias(WithMeta)):
    pass


print(type(G).__name__)


class Generic:
    def __class_getitem__(cls, params):
        return GenericAlias(cls, params)


class GenericAlias:
    def __init__(self, origin, params):
        self.origin = origin
        self.params = params

    def __mro_entries__(self, bases):
        return (self.origin,)


class Box(Generic[int]):
    pass


print([k.__name__ for k in Box.__mro__], Box.__orig_bases__[0].params)

try:
    class H(5):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("T", (Alias(A),), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("T", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("T", (object(),), {})
except TypeError as e:
    print("TypeError:", e)
