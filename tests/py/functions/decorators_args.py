# Decorators that take arguments, memoization, and method decorators.

def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("ann"))

def prefix(text, sep=": "):
    def decorate(fn):
        def wrapper(*args):
            return text + sep + str(fn(*args))
        return wrapper
    return decorate

@prefix("result")
@prefix("inner", sep=" -> ")
def compute(x):
    return x * 2

print(compute(21))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        print("computing", n)
        cache[n] = result = fn(n)
        return result
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10))
print(fib(10))
print(sorted(fib.cache.items())[:5])

def validate(**types):
    def decorate(fn):
        def wrapper(**kwargs):
            for name, tp in types.items():
                if not isinstance(kwargs.get(name), tp):
                    raise TypeError(name + " must be " + tp.__name__)
            return fn(**kwargs)
        return wrapper
    return decorate

@validate(x=int, label=str)
def show(x, label):
    return label + "=" + str(x)

print(show(x=5, label="five"))
try:
    show(x="5", label="five")
except TypeError as e:
    print(type(e).__name__, e)

# decorating methods
def logged(method):
    def wrapper(self, *args):
        print("->", type(self).__name__, method.__name__, args)
        return method(self, *args)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account()
acct.deposit(10)
print(acct.deposit(5))

# decorator with optional arguments
def tag(fn=None, *, name="default"):
    def decorate(f):
        f.tag = name
        return f
    if fn is None:
        return decorate
    return decorate(fn)

@tag
def a(): pass

@tag(name="custom")
def b(): pass

print(a.tag, b.tag)
