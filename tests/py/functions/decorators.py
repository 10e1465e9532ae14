# Decorators without functools: wrapping, stacking, registering, class decorators.

def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(2, 3))
print(add.__name__, add.__wrapped__(10, 20))

def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"

def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"

@bold
@italic
def text(s):
    return s

print(text("hello"))

# decorator order of application
order = []
def mark(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco

@mark("outer")
@mark("inner")
def marked():
    pass
print(order)

# registry decorator returns the function unchanged
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def alpha():
    return "a"

@register
def beta():
    return "b"

print(sorted(registry), registry["beta"]())

# counting calls with a function attribute
def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@counted
def noop(x):
    return x

for i in range(5):
    noop(i)
print("calls", noop.calls)

# class decorator
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(k + "=" + repr(v) for k, v in vars(self).items())
        return cls.__name__ + "(" + fields + ")"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2), [Point(3, "z")])

# decorator expressions (PEP 614)
decos = [trace]
@decos[0]
def mul(a, b):
    return a * b
print(mul(3, 4))
