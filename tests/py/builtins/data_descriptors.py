# Data attributes of built-in objects are descriptors on their types
# (getset_descriptor / member_descriptor), as in CPython 3.12.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def assign(obj, name, value):
    try:
        setattr(obj, name, value)
        print("set", name)
    except Exception as e:
        print(type(e).__name__, e)


def delete(obj, name):
    try:
        delattr(obj, name)
        print("deleted", name)
    except Exception as e:
        print(type(e).__name__, e)


# Numbers.
print((3).real, (3).imag, (3).numerator, (3).denominator)
print(True.real, True.imag, True.numerator, True.denominator)
print((10**30).real, (10**30).imag, (10**30).numerator, (-10**30).denominator)
print((2.5).real, (2.5).imag, (1 + 2j).real, (1 + 2j).imag)
print(int.real, int.imag, int.numerator, int.denominator)
print(float.real, float.imag, complex.real, complex.imag)
print(type(int.real).__name__, type(complex.real).__name__)
print(int.real.__get__(5), int.numerator.__get__(True), float.imag.__get__(1.5))
print(complex.imag.__get__(3j), bool.real.__get__(False))
show(lambda: int.real.__get__("x"))
show(lambda: float.real.__get__(1))
show(lambda: complex.real.__get__(1.0))
show(lambda: int.real.__get__(None, int))
show(lambda: int.real.__get__(None))
show(lambda: int.real.__get__())
for d in (int.real, int.numerator, float.imag, complex.real, range.start):
    print(d.__name__, d.__qualname__, d.__objclass__, d.__doc__)
assign(3, "real", 1)
assign(3.0, "imag", 1)
assign(3j, "real", 1)
delete(3, "numerator")
delete(3j, "imag")
show(lambda: int.real.__set__(3, 4))
show(lambda: int.real.__delete__(3))
show(lambda: complex.real.__set__(1j, 4))


class MyInt(int):
    pass


m = MyInt(7)
print(m.real, type(m.real).__name__, m.numerator, int.real.__get__(m))

# range and slice.
r = range(1, 10, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(range.start, range.stop, range.step)
print(range.start.__get__(r), range.stop.__get__(range(10**20)), range.step.__get__(range(0, -5, -1)))
s = slice(1, None, "x")
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop)
print(slice.start, slice.stop.__get__(s), slice.step.__get__(s))
show(lambda: range.start.__get__(slice(1)))
show(lambda: slice.start.__get__(range(1)))
assign(r, "start", 0)
assign(s, "stop", 0)
delete(r, "step")
delete(s, "start")
show(lambda: range.start.__set__(r, 5))

# object.__class__.
print(object.__class__, (5).__class__, "x".__class__, [].__class__, int.__class__)
print(object.__dict__["__class__"], object.__dict__["__class__"].__get__(2.5))
print(type(object.__dict__["__class__"]).__name__)


class A:
    pass


print(A().__class__, A.__class__)
assign(5, "__class__", bool)
assign(A(), "__class__", 5)
delete(A(), "__class__")

# type's attributes.
print(int.__name__, int.__qualname__, int.__module__, int.__mro__, int.__bases__, int.__base__)
print(bool.__base__, object.__base__, object.__bases__, type.__name__, type.__mro__)
print(type.__dict__["__name__"], type.__dict__["__mro__"], type.__dict__["__base__"])
print(type.__dict__["__name__"].__get__(dict), type.__dict__["__qualname__"].__get__(A))
print(type.__dict__["__mro__"].__get__(bool), type.__dict__["__bases__"].__get__(A))
print(type.__dict__["__module__"].__get__(A), type.__dict__["__module__"].__get__(list))
show(lambda: type.__dict__["__name__"].__get__(5))
# (pyprobe keeps no __dict__ and __weakref__ descriptors in a class namespace.)
print(sorted(set(type.__dict__["__dict__"].__get__(A)) - {"__dict__", "__weakref__"}))
print(int.__type_params__, A.__type_params__)
show(lambda: int.__annotations__)
print(A.__annotations__, "__annotations__" in A.__dict__)
show(lambda: int.__abstractmethods__)
show(lambda: type.__abstractmethods__)
show(lambda: A.__abstractmethods__)
show(lambda: (5).__module__)
print(A.__module__, A().__module__)


class B:
    class Inner:
        pass


assign(B, "__name__", "Renamed")
assign(B, "__qualname__", "Q.Renamed")
print(B, B.__name__, B.__qualname__, B.Inner.__qualname__)
assign(B, "__name__", 5)
assign(B, "__qualname__", 5)
assign(B, "__module__", "elsewhere")
print(B, B.__module__, B.__dict__["__module__"])
assign(B, "__mro__", ())
assign(B, "__base__", object)
assign(B, "__dict__", {})
assign(int, "__name__", "x")
assign(int, "__module__", "x")
delete(B, "__name__")
delete(B, "__qualname__")
delete(B, "__module__")
delete(B, "__mro__")
delete(int, "__name__")
delete(int, "foo")
delete(B, "__annotations__")
B.__annotations__ = {"x": int}
print(B.__annotations__)
delete(B, "__annotations__")
print(B.__annotations__)
B.__type_params__ = (1,)
print(B.__type_params__)


class C:
    def f(self):
        pass

    def g(self):
        pass


C.__abstractmethods__ = frozenset({"g", "f"})
print(sorted(C.__abstractmethods__))
show(C)
C.__abstractmethods__ = frozenset({"f"})
show(C)
C.__abstractmethods__ = ()
print(type(C()).__name__)
C.__abstractmethods__ = ["f"]
show(C)
del C.__abstractmethods__
print(type(C()).__name__)
delete(C, "__abstractmethods__")

# BaseException.
e = ValueError(1, 2)
print(e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.__dict__)
print(BaseException.args, BaseException.__cause__, BaseException.__context__)
print(BaseException.__traceback__, BaseException.__suppress_context__, BaseException.__dict__["__dict__"])
print(BaseException.__cause__.__doc__, BaseException.__context__.__doc__)
print(BaseException.args.__get__(KeyError("k")), BaseException.__suppress_context__.__get__(e))
show(lambda: BaseException.args.__get__(5))
e.args = [3]
print(e.args, e)
assign(e, "__cause__", 5)
assign(e, "__context__", 5)
assign(e, "__traceback__", 5)
assign(e, "__suppress_context__", 1)
assign(e, "__suppress_context__", True)
print(e.__suppress_context__)
e.__cause__ = KeyError()
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = None
e.__traceback__ = None
for name in ("args", "__cause__", "__context__", "__traceback__", "__suppress_context__", "__dict__"):
    delete(e, name)
e.note = 1
print(e.__dict__)
e.__dict__ = {"other": 2}
print(e.__dict__, e.other)
assign(e, "__dict__", 5)
BaseException.__suppress_context__.__set__(e, False)
print(e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as err:
    print(repr(err.__context__), type(err.__traceback__).__name__)
    print(repr(BaseException.__context__.__get__(err)))
