class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"set_name {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.func(obj)
        obj.__dict__[self.func.__name__] = val
        return val

class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[key or cls.__name__.lower()] = cls
        print("registered", key or cls.__name__.lower())

class Person(Registry, key="human"):
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @Lazy
    def initials(self):
        "initials computed once"
        print("computing initials")
        return "".join(p[0] for p in self.name.split())

class Robot(Registry):
    serial = Typed(int)

p = Person("Ada Lovelace", 36)
print(p.name, p.age, p.initials, p.initials, Person.initials.__doc__)
print(sorted(vars(p).items()))
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(p.age, Person.age.kind.__name__, type(Person.__dict__["name"]).__name__)
print(sorted(Registry.plugins), Registry.plugins["robot"].__name__)
r = Robot()
print(r.serial)
r.serial = 7
print(r.serial, r._serial)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
print(Base.created_by, Child.created_by, repr(Child), type(Child).__name__)
c = Child(3)
print(c.v, isinstance(Child, Meta), isinstance(c, Base))

class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"Dyn has no {name}")
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, "missing", "dflt"), hasattr(d, "x_y"), hasattr(d, "zz"))
d.other = 2
del d.other
try:
    d.nope
except AttributeError as e:
    print(e)

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        self._v = max(0, val)
    @v.deleter
    def v(self):
        self._v = -1
class SubProp(Prop):
    @Prop.v.getter
    def v(self):
        return self._v * 10
pp = SubProp()
pp.v = 5
print(pp.v, Prop.v.__doc__)
pp.v = -3
print(pp.v)
del pp.v
print(pp.v, pp._v)
class Access:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(name=name, self=self) if False else object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
a = Access()
a.z = 1
print(a.z, a.secret, a.other)
