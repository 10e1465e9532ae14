# str + str made at its final size, and str(x)/int(x)/float(x) of one
# argument: lengths, kinds, identities and the classes that override them.


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)

    def __radd__(self, other):
        return "radd:" + other


class T(str):
    pass


def show(label, v):
    print(label, repr(v), type(v).__name__, len(v) if isinstance(v, str) else "")


show("ascii", "ab" + "cd")
show("empty left", "" + "x")
show("empty right", "y" + "")
show("both empty", "" + "")
show("non-ascii", "é" + "ab")
show("non-ascii both", "日本" + "語")
show("astral", "a" + "\U0001F600")
show("inline edge 24", "a" * 12 + "b" * 12)
show("heap 25", "a" * 12 + "b" * 13)
long = "x" * 100
show("long", (long + "é")[-3:])
print(len(long + long), (long + "é").upper()[-2:], ("é" + long).find("x"))
s = "abc"
t = s + "def"
print(t == "abcdef", hash(t) == hash("abcdef"), t.isascii(), ("é" + s).isascii())
print(("A" + "b").lower(), ("日" + "x").encode("utf-8"))
show("subclass left", S("p") + "q")
show("subclass right", "p" + S("q"))
show("plain subclass", T("p") + T("q"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
acc = ""
for i in range(30):
    acc = acc + str(i % 10)
    acc += "é" if i % 7 == 0 else ""
print(acc, len(acc))

# str(x) of one argument
for v in [0, 7, -7, 10, -10, 123456789, 2**63 - 1, -2**63, 2**63, -2**64, True, False,
          None, 1.5, -0.0, 1e300, float("inf"), "s", b"b", [1, "a"], (1,), {1: 2}]:
    r = str(v)
    print(type(r).__name__, r, repr(v) == r)
print(str(T("sub")), type(str(T("sub"))).__name__)


class WithStr:
    def __str__(self):
        return T("from __str__")


r = str(WithStr())
print(r, type(r).__name__)


class BadStr:
    def __str__(self):
        return 3


try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
print(repr(-5), repr(0), repr(-2**63), [-1, 2, -300])

# int(x) of one argument
for v in [0, -3, 3.9, -3.9, True, "12", " -12 ", "1_000", "+7", b"42", 2**70, 1e20]:
    r = int(v)
    print(repr(v), r, type(r).__name__)


class WithIndex:
    def __index__(self):
        return 11


class WithInt:
    def __int__(self):
        return 12


print(int(WithIndex()), int(WithInt()))
for bad in ["1.5", "", "abc", None, [1], float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# float(x) of one argument
for v in [0, -3, 2**60, True, 1.25, "1.5", " -2e3 ", "inf", "-Infinity", "1_0.5", b"3.5"]:
    r = float(v)
    print(repr(v), r, type(r).__name__)
n1, n2 = float("nan"), float("nan")
print(n1 is n2, n1 is n1, n1 != n1)


class WithFloat:
    def __float__(self):
        return 2.5


print(float(WithFloat()), float(WithIndex()))
for bad in ["x", "", None, [1.0], 10**400]:
    try:
        float(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
