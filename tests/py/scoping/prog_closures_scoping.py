counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)

def make_counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())

def shadow():
    len = lambda s: 99
    return len("abc")
print(shadow(), len("abc"))

x = "global x"
class K:
    x = "class x"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(K.y, K().m())

def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("ULE:", e)
    v = 1
    return v
unbound()

def gen_scope():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(gen_scope())

def walrus(data):
    if (n := len(data)) > 3:
        print("long", n)
    results = [y for v in data if (y := v * 2) > 4]
    return results, y
print(walrus([1, 2, 3, 4]))

def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults(3, []))

def kwonly(a, /, b, *, c=3, **rest):
    return a, b, c, sorted(rest.items())
print(kwonly(1, 2), kwonly(1, b=5, c=6, z=0), kwonly(1, 2, d=4))
for bad in [lambda: kwonly(a=1, b=2), lambda: kwonly(1, 2, 3), lambda: kwonly(1), lambda: kwonly(1, 2, b=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, *[2, 3], *(4,), k=1, **{"j": 2}))
print(varargs(*"ab", **dict(x=1)))
try:
    varargs(**{1: 2})
except TypeError as e:
    print(e)
try:
    varargs(k=1, **{"k": 2})
except TypeError as e:
    print(e)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name):
    return f"hi {name}"
print(hello("bo"), hello.__name__)
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda a, b=2, *c: a + b + sum(c))(1, 2, 3, 4))
glob_list = []
def appender():
    glob_list.append(len(glob_list))
for _ in range(3):
    appender()
print(glob_list)
def del_local():
    q = 5
    del q
    try:
        return q
    except NameError as e:
        return str(e)
print(del_local())
try:
    del undefined_global_thing
except NameError as e:
    print(e)
