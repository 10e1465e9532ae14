# __repr__, __str__ and __format__ and how builtins use them.

class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return "Money(%r, %r)" % (self.amount, self.cur)
    def __str__(self):
        return "%.2f %s" % (self.amount, self.cur)
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return "%d%s" % (self.amount, self.cur[0])
        return format(self.amount, spec) + " " + self.cur

m = Money(12.5)
print(m)
print(repr(m), str(m))
print([m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"{m:>10.3f}")
print(format(m, "short"), "{}|{:short}|{!r}".format(m, m, m))
print("%s and %r" % (m, m))

# only __repr__: str() falls back to it
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()])

# only __str__: repr uses the default (not shown) but containers use repr
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), str(OnlyStr()), f"{OnlyStr()}", repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))

# default __format__ rejects non-empty specs
try:
    format(OnlyStr(), "10")
except TypeError as e:
    print(type(e).__name__, e)

# __repr__/__str__ must return str
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat(), "")
except TypeError as e:
    print(type(e).__name__, e)

# str subclass instances returned by __str__ are accepted
class S(str):
    pass
class ReturnsSub:
    def __str__(self):
        return S("subclass string")
print(str(ReturnsSub()), type(str(ReturnsSub())).__name__)

# repr of builtin objects
print(repr("it's"), repr('say "hi"'), repr("tab\tnewline\n"), repr(1.0), repr(-0.0), repr(1e100))
print(repr([1, "a", None, True, 2.5, (1,), {}]), repr(()), repr((1,)), repr(set()), repr(frozenset()))
print(str(b"bytes"), repr(bytearray(b"x")), repr(range(1, 5, 2)), repr(slice(1, None)))
print(repr(type), repr(int), repr(Money), repr(None), repr(NotImplemented), repr(...))

# recursive repr of self-containing list and dict
l = [1]
l.append(l)
dd = {"self": None}
dd["self"] = dd
print(l, dd)
