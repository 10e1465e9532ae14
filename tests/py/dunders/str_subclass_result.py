# str(x) returns what __str__ returned, str subclass instances included.
class S(str):
    pass
class T(str):
    def __str__(self):
        return S("from T")
class R:
    def __str__(self):
        return S("sub")
class Bad:
    def __str__(self):
        return 3
for x in [5, "a", S("s"), T("t"), R(), 2.5, None]:
    r = str(x)
    print(repr(r), type(r).__name__)
print(type(S(R())).__name__, type(str(R())).__name__, type(f"{R()}").__name__, type(format(R())).__name__)
try:
    str(Bad())
except TypeError as e:
    print(e)
