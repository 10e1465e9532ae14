# *args and **kwargs: collecting, forwarding, ordering.

def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "x", key=None, z=3))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)

def mixed(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, 5, c=6, e=7, f=8))
print(mixed(a=1, c=3, x=9))

# forwarding through a wrapper
def target(x, y, *, scale=1):
    return (x + y) * scale

def forward(*args, **kwargs):
    print("forwarding", args, kwargs)
    return target(*args, **kwargs)

print(forward(1, 2))
print(forward(1, y=5, scale=10))

# kwargs keeps insertion order
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
print(order(**{"b": 1, "a": 2}, c=3))

# the collected tuple/dict are fresh objects
def grab(*args, **kwargs):
    return args, kwargs
t = (1, 2)
d = {"k": 1}
args, kwargs = grab(*t, **d)
print(args == t, kwargs == d, kwargs is d)
kwargs["new"] = 2
print(d)

# sum of arbitrary numbers
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10), start=100))

# names of varargs parameters are arbitrary
def h(*items, **options):
    return len(items), sorted(options)
print(h(1, 2, debug=True, level=3))
print(h.__code__.co_varnames)
