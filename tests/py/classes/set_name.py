# __set_name__: descriptors learning their attribute names.

class Field:
    def __init__(self, default=None):
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        print("set", self.name, "=", repr(value))
        setattr(obj, self.private, value)

class Model:
    title = Field("untitled")
    count = Field(0)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

m = Model(title="hello")
print(m.title, m.count)
m.count = 5
print(m.count, sorted(vars(m)))
print(Model.title.name, Model.count.private)

# __set_name__ is called for the same object under two names
shared = Field()
class Twice:
    a = shared
    b = shared
print(shared.name)

# __set_name__ is not called for attributes added later
class Later:
    pass
f = Field()
Later.x = f
print(f.name)

# objects with __set_name__ not descriptors otherwise
class Recorder:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name
class Host:
    r1 = Recorder()
    r2 = Recorder()
print(Host.r1.where, Host.r2.where)

# error inside __set_name__ propagates from the class statement
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Owner:
        attr = Bad()
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
except RuntimeError as e:
    print(type(e).__name__, e)
