# Positional-only parameters (PEP 570).

def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))

try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

# positional-only names can also appear in **kwargs
def g(name, /, **kwargs):
    return name, sorted(kwargs.items())

print(g("x", name="y", other=1))

# defaults on positional-only parameters
def h(a, b=20, /, c=30):
    return a + b + c

print(h(1), h(1, 2), h(1, 2, 3), h(1, c=0))
print(h.__defaults__)
print(h.__code__.co_posonlyargcount, h.__code__.co_argcount)

try:
    h()
except TypeError as e:
    print(type(e).__name__, e)

try:
    h(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

# builtins behave similarly
try:
    len(obj=[1, 2])
except TypeError as e:
    print(type(e).__name__, e)

def only(x, /):
    return x * 2
print(only(21))
try:
    only(x=1)
except TypeError as e:
    print(type(e).__name__, e)
