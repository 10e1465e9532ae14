# object.__init__ and object.__new__ refuse extra arguments as CPython does
# (depending on which of the two the class overrides); a bare object()
# has no __dict__ and takes no attributes.
class A:
    def __init__(self, **kw):
        super().__init__(**kw)
class B:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
class C:
    pass
class D:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, x):
        super().__init__()
        self.x = x
class E:
    def __init__(self, x):
        self.x = x
class F:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
for t in [lambda: A(x=1), lambda: B(1), lambda: object.__init__(C(), 1), lambda: C(1), lambda: D(5).x, lambda: E(3).x, lambda: F(4).x, lambda: A().__class__.__name__, lambda: object.__new__(C, 1), lambda: object.__init__(F(1), 2)]:
    try:
        print(t())
    except TypeError as e:
        print(e)
o = object()
try:
    o.x = 1
    print("set", o.x)
except AttributeError as e:
    print("AE", e)
print(hasattr(o, "__dict__"), type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    setattr(object(), "y", 2)
except AttributeError as e:
    print("AE", e)
try:
    object().z
except AttributeError as e:
    print("AE", e)
s = {object(), o}
print(len(s), o in s)
for a in [(5,), ("s",), ()]:
    try:
        object.__new__(*a)
    except TypeError as e:
        print(e)
