# repr, ascii, format, str builtins
vals = [1, -2.5, "s", "it's", b"b", None, True, [1, "a"], (1,), {"k": 1.5}, {3}, frozenset([2]), 1j, range(2), slice(1)]
for v in vals:
    print(repr(v), "|", str(v), "|", ascii(v))
print(ascii("naïve café ☃ 😀"), ascii(["é", b"\xe9"]), ascii({"ключ": "значение"}))
class C:
    def __repr__(self):
        return "C<é>"
print(repr(C()), ascii(C()), str(C()), format(C()), f"{C()}", f"{C()!a}")
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ",d"), format(0.5, "%"))
print(format(None), format(True), format([1]), format(12), format(-1.5, "+"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "xyz"), "{:abc}".format(F()), f"{F():q}")
try:
    format(object.__new__(C), "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(str(OnlyRepr()), "%s" % OnlyRepr(), [OnlyRepr()])
print(repr("\u0394\t"), ascii("\u0394\t"), repr(chr(0x10000)), repr("\x1b[0m"))
