# Keyword-only parameters after * and *args.

def f(a, *, b, c=3):
    return (a, b, c)

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=9, b=8))

try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

def g(*args, sep="-", end="."):
    return sep.join(str(a) for a in args) + end

print(g(1, 2, 3))
print(g(1, 2, 3, sep="+"))
print(g(end="!"))
print(g("a", "b", end="?", sep=""))

print(f.__kwdefaults__)
print(g.__kwdefaults__)
print(f.__code__.co_kwonlyargcount, g.__code__.co_kwonlyargcount)

def h(*, x, y):
    return x - y
print(h(x=10, y=3), h(y=10, x=3))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)

# required keyword-only without default after one with default
def k(a, *, b=1, c):
    return a, b, c
print(k(0, c=2))
try:
    k(0)
except TypeError as e:
    print(type(e).__name__, e)

# keyword-only combined with **kwargs
def m(a, *, flag=False, **rest):
    return a, flag, sorted(rest.items())
print(m(1))
print(m(1, flag=True, z=1, y=2))
