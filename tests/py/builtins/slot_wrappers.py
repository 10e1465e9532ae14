# Special methods of built-in types reached as attributes, bound and
# unbound: range's sequence methods, rich comparisons, __class_getitem__,
# str.__rmod__, and the pickle protocol (__getnewargs__, __getstate__,
# __reduce__, __reduce_ex__, BaseException.__setstate__).
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# range.
r = range(1, 10, 3)
print(r.__len__(), range.__len__(range(3)), range(0).__len__())
print(r.__getitem__(1), range.__getitem__(r, -1), r.__getitem__(slice(None, None, -1)))
print(r.__contains__(4), range.__contains__(r, 5), r.__contains__(4.0))
print(r.__bool__(), range(0).__bool__(), range.__bool__(range(2, 1)))
print(list(r.__reversed__()), list(range.__reversed__(range(3))), list(range(10**20, 10**20 + 2).__reversed__()))
print(r.__eq__(range(1, 11, 3)), range.__eq__(range(0), range(5, 5)), r.__ne__(r), r.__eq__(5))
print(r.__lt__(r), range.__ge__(range(1), range(2)))
print(r.__reduce__(), range(5).__reduce__(), slice(1, 2).__reduce__(), slice(3).__reduce__())
show(lambda: range.__len__(5))
show(lambda: range.__eq__([], range(1)))
show(lambda: range.__getitem__(r, 10))
show(lambda: r.__len__(1))
show(lambda: range(10**20).__len__())
show(lambda: range.__reversed__(5))

# Rich comparisons.
print(object.__lt__(1, 2), object().__ge__(object()), object.__le__("a", "b"), object.__gt__(1, 0))
print(type.__lt__(int, str), type.__ge__(int, int), type.__eq__(int, int), type.__ne__(int, str))
print(dict.__lt__({}, {}), dict.__ge__({1: 2}, {}), dict.__eq__({1: 2}, {1: 2}), dict.__ne__({}, {1: 2}))
print(bytes.__lt__(b"a", b"b"), bytes.__ge__(b"a", b"b"), bytes.__eq__(b"ab", b"ab"), bytes.__ne__(b"a", b"a"))
print(bytes.__lt__(b"a", "b"), bytes.__lt__(b"a", bytearray(b"b")), b"x".__le__(b"x"), b"y".__gt__(b"x"))
print(bytearray.__ge__(bytearray(b"a"), b"b"), bytearray(b"b").__gt__(bytearray(b"a")), bytearray.__eq__(bytearray(b"a"), b"a"))
print(bytearray(b"a").__lt__("b"), bytearray(b"a").__ne__(b"a"))
print(slice.__lt__(slice(1), slice(2)), slice(1, 2).__le__(slice(1, 3)), slice(1).__eq__(slice(None, 1)), slice(1).__gt__(3))
print(slice(1, 2, 3).__ge__(slice(1, 2, 3)), slice(1, 2).__ne__(slice(1, 2)))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1) == slice(None, 1, None), slice(1, 2) != slice(1, 2))
show(lambda: slice(1) < slice("a"))
show(lambda: bytes.__lt__("a", b"b"))
show(lambda: bytearray.__lt__(b"a", b"b"))
show(lambda: slice.__lt__(1, slice(1)))
show(lambda: dict.__lt__([], {}))
show(lambda: object.__lt__(1))
show(lambda: b"a".__lt__())


class B(bytes):
    def __lt__(self, other):
        return bytes.__lt__(self, other)


print(B(b"a") < b"b", B(b"c") < B(b"b"), bytes.__lt__(B(b"a"), B(b"b")))

# __class_getitem__.
print(list.__class_getitem__(int), tuple.__class_getitem__((int, ...)), dict.__class_getitem__((str, int)))
print(set.__class_getitem__(int), frozenset.__class_getitem__(str), list[int], dict[str, list[int]])
print(list.__class_getitem__(int).__origin__, dict.__class_getitem__((str, int)).__args__)
print(type(list.__dict__["__class_getitem__"]).__name__, "__class_getitem__" in dict.__dict__)


class L(list):
    pass


print(L.__class_getitem__(int).__origin__ is L, L[int]([1, 2]), L[int], list[L])
show(lambda: list.__class_getitem__())

# str.__rmod__, __getnewargs__.
print(str.__rmod__("x", "%s!"), "y".__rmod__("<%r>"), str.__rmod__("x", 5), "x".__rmod__(b"%s"))
print(5 .__rmod__(17), "%d%%" % 5)
show(lambda: "x" % "y")
show(lambda: 5 % "x")
print("ab".__getnewargs__(), (1, 2).__getnewargs__(), ().__getnewargs__(), b"x".__getnewargs__())
print((5).__getnewargs__(), (2.5).__getnewargs__(), (1j).__getnewargs__())


class S(str):
    pass


class T(tuple):
    pass


print(type(S("a").__getnewargs__()[0]).__name__, type(T((1,)).__getnewargs__()[0]).__name__)
show(lambda: str.__getnewargs__(5))
show(lambda: tuple.__getnewargs__([]))
show(lambda: "a".__getnewargs__(1))

# __getstate__.
print(object().__getstate__(), [1].__getstate__(), (5).__getstate__(), "s".__getstate__(), {}.__getstate__())


class P:
    pass


p = P()
print(p.__getstate__())
p.x = 1
print(p.__getstate__(), p.__getstate__() is p.__dict__)


class Slots:
    __slots__ = ("a", "__b", "__dict__")


q = Slots()
print(q.__getstate__())
q.a = 1
print(q.__getstate__())
q._Slots__b = 2
q.c = 3
print(q.__getstate__(), Slots.__slotnames__, P.__slotnames__)


class Sub(Slots):
    __slots__ = "d"


z = Sub()
z.d = 4
print(z.__getstate__(), Sub.__slotnames__)
show(lambda: object.__getstate__(5, 6))


def func():
    pass


print(func.__getstate__())
func.attr = 1
print(func.__getstate__())

# Reductions of their own.
print(set().__reduce__(), {3}.__reduce__(), frozenset({1}).__reduce__(), set.__reduce__({2}))
print(bytearray(b"ab").__reduce__(), bytearray(b"\xff").__reduce_ex__(0), bytearray(b"ab").__reduce_ex__(3))
print(bytearray().__reduce__(), bytearray().__reduce_ex__(4), bytearray(b"x").__reduce_ex__())


class BA(bytearray):
    pass


ba = BA(b"z")
ba.tag = 1
print(ba.__reduce__(), ba.__reduce_ex__(3))
show(lambda: set.__reduce__([]))
show(lambda: bytearray.__reduce__(b"x"))

# BaseException's pickling.
e = ValueError(1, "two")
print(e.__reduce__(), e.__getstate__())
e.x = 3
print(e.__reduce__(), e.__getstate__())
print(e.__setstate__({"y": 4}), e.y, e.__setstate__(None))
show(lambda: e.__setstate__(5))
show(lambda: e.__setstate__())
print(KeyError("k").__reduce_ex__(2), OSError(2, "no").__reduce_ex__(0)[0])


class MyError(Exception):
    pass


print(MyError(1).__reduce__(), MyError().__getstate__())

# __reduce__ / __reduce_ex__ through copyreg (pyprobe ships none: a copy of
# the functions CPython's own copyreg has is installed in its place).
import _copyreg_shim

sys.modules["copyreg"] = _copyreg_shim


def reduced(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    out = [r[0].__name__] + list(r[1:])
    if len(out) > 3 and out[3] is not None:
        out[3] = list(out[3])
    if len(out) > 4 and out[4] is not None:
        out[4] = list(out[4])
    print(out)


reduced(lambda: object().__reduce__())
reduced(lambda: object().__reduce_ex__(0))
reduced(lambda: object().__reduce_ex__(2))
reduced(lambda: (1).__reduce_ex__(2))
reduced(lambda: "ab".__reduce_ex__(4))
reduced(lambda: (1, 2).__reduce_ex__(2))
reduced(lambda: [1, 2].__reduce_ex__(2))
reduced(lambda: {1: 2}.__reduce_ex__(3))
reduced(lambda: p.__reduce_ex__(2))
reduced(lambda: p.__reduce_ex__(1))
reduced(lambda: P().__reduce__())
reduced(lambda: q.__reduce_ex__(2))
reduced(lambda: range(3).__reduce_ex__(2))
reduced(lambda: None.__reduce_ex__(2))
reduced(lambda: (1.5).__reduce_ex__(2))
reduced(lambda: set().__reduce_ex__(2))
reduced(lambda: {}.keys().__reduce_ex__(2))
reduced(lambda: ValueError(1).__reduce_ex__(2))
reduced(lambda: object().__reduce_ex__("2"))
reduced(lambda: object().__reduce_ex__())


class NewArgs:
    def __init__(self, a):
        self.a = a

    def __getnewargs__(self):
        return (self.a,)


class NewArgsEx:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class OwnReduce:
    def __reduce__(self):
        return "own"


reduced(lambda: NewArgs(5).__reduce_ex__(2))
reduced(lambda: NewArgsEx().__reduce_ex__(4))
reduced(lambda: BadNewArgs().__reduce_ex__(2))
print(OwnReduce().__reduce_ex__(2), OwnReduce().__reduce_ex__(0))
obj = _copyreg_shim.__newobj__(P)
print(type(obj).__name__)
