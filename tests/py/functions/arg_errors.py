# TypeError messages for bad calls, matching CPython 3.12.

def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a, b, c

def h(x, /, y):
    return x, y

class C:
    def method(self, a):
        return a
    @staticmethod
    def smeth(a, b):
        return a + b

def attempt(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, type(e).__name__ + ":", e)

attempt("missing one", f, 1)
attempt("missing two", f)
attempt("too many", f, 1, 2, 3)
attempt("unexpected kw", f, 1, 2, c=3)
attempt("multiple values", f, 1, a=2)
attempt("kw-only missing", g, 1)
attempt("kw-only positional", g, 1, 2, 3)
attempt("too many with kwonly", g, 1, 2, 3, c=4)
attempt("posonly as kw", h, x=1, y=2)
attempt("missing y", h, 1)
attempt("method missing", C().method)
attempt("method too many", C().method, 1, 2)
attempt("unbound method", C.method, 1)
attempt("static too many", C.smeth, 1, 2, 3)
attempt("unexpected kw method", C().method, 1, b=2)

def three(a, b, c):
    return a, b, c

attempt("missing b c", three, 1)
attempt("missing all", three)
attempt("missing c kw", three, a=1, b=2)

def kwonly2(*, x, y):
    return x, y
attempt("kwonly both missing", kwonly2)

def defaults(a, b=2, c=3):
    return a, b, c
attempt("too many defaults", defaults, 1, 2, 3, 4)
attempt("no args defaults", defaults)

# calling non-callables
attempt("int call", 5)
try:
    "text"()
except TypeError as e:
    print("str call", e)
try:
    None(1)
except TypeError as e:
    print("None call", e)

# ** with a non-mapping and with duplicate keys
try:
    f(**[1, 2])
except TypeError as e:
    print("** non-mapping:", e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("** duplicate:", e)
try:
    f(*5)
except TypeError as e:
    print("* non-iterable:", e)
