# Calls of functions with defaults or free variables: missing arguments
# take the defaults, the closure's cells are shared, wrong counts report
# CPython's errors, and class __init__ methods with defaults do the same.


def defaults(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(defaults(1), defaults(1, 5), defaults(1, 5, []), defaults(7))
defaults.__defaults__ = (10, [])
print(defaults(3))
defaults.__defaults__ = None
try:
    defaults(3)
except TypeError as e:
    print("TypeError:", e)


def counter():
    n = 0

    def bump(k=1):
        nonlocal n
        n += k
        return n

    return bump


b = counter()
print([b() for _ in range(3)], b(10), b(k=100))


def outer(x):
    def inner(y, z=x * 2):
        return x + y + z

    return inner


f = outer(1)
print(f(2), f(2, 3), [outer(i)(i) for i in range(4)])
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def deep(n, acc=0):
    return acc if n == 0 else deep(n - 1, acc + n)


print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)

adders = [lambda x, i=i: x + i for i in range(5)]
print([g(10) for g in adders])
print(sorted([3, 1, 2], key=lambda v, neg=-1: v * neg))
print(list(map(lambda x, y=1: x + y, [1, 2, 3])))


class Point:
    def __init__(self, x, y=0, scale=1):
        self.x = x * scale
        self.y = y * scale

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


print(Point(1), Point(1, 2), Point(1, 2, 3), Point(1, scale=5))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __init__(self, x=1):
        return x


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


def boom(a, b=None):
    return a / b


try:
    boom(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
boom(1)
