# Descriptor protocol: data vs non-data descriptors, precedence, __get__ on class access.

class NonData:
    def __get__(self, obj, owner):
        return "nondata(" + ("class" if obj is None else "instance") + ", " + owner.__name__ + ")"

class Data:
    def __get__(self, obj, owner):
        if obj is None:
            return "data on class"
        return obj.__dict__.get("_data", "data default")
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["_data"] = value

class Host:
    nd = NonData()
    d = Data()

h = Host()
print(h.nd)
print(Host.nd)
print(h.d)
print(Host.d)

# instance dict shadows a non-data descriptor
h.__dict__["nd"] = "instance value"
print(h.nd)

# but not a data descriptor
h.__dict__["d"] = "ignored instance value"
print(h.d)
h.d = "assigned"
print(h.d, sorted(h.__dict__))

# descriptor with only __set__ is still a data descriptor
class WriteOnly:
    def __set__(self, obj, value):
        obj.__dict__["w_seen"] = value
class W:
    w = WriteOnly()
w = W()
w.w = 1
print(w.w_seen, type(W.__dict__["w"]).__name__)
print(type(w.w).__name__)

# __delete__
class Deletable:
    def __get__(self, obj, owner):
        return "value"
    def __delete__(self, obj):
        print("Deletable.__delete__")
class D:
    x = Deletable()
del D().x

# functions are non-data descriptors
def plain(self):
    return "plain called on " + type(self).__name__
class F:
    method = plain
print(F().method())
print(plain.__get__(F(), F)())
print(F.__dict__["method"] is plain)

# a typed attribute descriptor
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__ + ", got " + type(value).__name__)
        obj.__dict__[self.name] = value
class Person:
    age = Typed("age", int)
    name = Typed("name", str)
p = Person()
p.age = 30
p.name = "Ann"
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
