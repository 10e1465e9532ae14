# __class_getitem__ and generic alias objects from builtins.

class Box:
    def __class_getitem__(cls, item):
        return "Box of " + (item.__name__ if isinstance(item, type) else repr(item))

print(Box[int])
print(Box["anything"])
print(Box[int, str])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Registry:
    def __class_getitem__(cls, key):
        return cls.__name__ + "[" + str(key) + "]"

class SubRegistry(Registry):
    pass

print(Registry[1], SubRegistry["k"])

# builtin generics
print(list[int])
print(dict[str, list[int]])
print(tuple[int, ...])
print(list[int]([1, 2]), type(list[int]([1, 2])).__name__)
alias = dict[str, int]
print(alias.__origin__, alias.__args__)

# instances do not support subscription through __class_getitem__
try:
    Box()[1]
except TypeError as e:
    print(type(e).__name__, e)

# classes without __class_getitem__
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# __getitem__ on a metaclass takes precedence
class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__ " + str(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem " + str(item)
print(WithMeta[5])
