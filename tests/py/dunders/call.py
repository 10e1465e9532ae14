# __call__: callable instances, stateful callables, callable() checks.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [10, 20])))

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count

c = Counter()
c(); c(); c()
print(c.count)

# __call__ found on the type, not the instance
class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
print(nc.__call__())

# classes are callable through type.__call__
print(callable(Counter), callable(Counter()), callable(NotCallable()))

# argument errors report the type's __call__ qualname
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)

# callable objects as decorators
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls)

# __call__ defined later is picked up
class Late:
    pass
Late.__call__ = lambda self, v: ("late", v)
print(Late()(1))

# recursion through __call__
class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)
print(Fact()(12))

# bound methods and builtins are callable objects too
print(callable(print), callable([].append), callable(len), callable(1), callable("x".upper))
