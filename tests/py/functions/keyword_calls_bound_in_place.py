# Calls with keyword arguments: keywords in and out of order, with
# defaults, closures, methods, positional-only and keyword-only
# parameters, and every mistake CPython reports.


def f(a, b, c=3, d=4):
    return (a, b, c, d)


print(f(1, b=2))
print(f(1, 2, d=40))
print(f(a=1, b=2))
print(f(b=2, a=1))
print(f(1, d=4.5, b=[2], c="c"))
print(f(d=0, c=9, b=8, a=7))


def make(k):
    def g(x, y=10):
        return x + y + k
    return g


g = make(100)
print(g(1, y=2), g(x=5), g(y=1, x=1))


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return P(x=self.x + dx, y=self.y + dy)

    def __repr__(self):
        return f"P({self.x}, {self.y})"


p = P(1, y=2)
print(p, p.moved(dy=5), p.moved(dx=1, dy=1), P(y=3, x=4))


def posonly(a, b, /, c):
    return (a, b, c)


def kwonly(a, *, b=2):
    return (a, b)


def star(*args, **kw):
    return (args, sorted(kw.items()))


print(posonly(1, 2, c=3), kwonly(1, b=5), kwonly(a=0), star(1, x=2, y=3))


def many(a, b, c, d, e, f, g, h, i, j=0):
    return a + b + c + d + e + f + g + h + i + j


print(many(1, 2, 3, 4, 5, f=6, g=7, h=8, i=9))
print(many(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10))

for call in (
    lambda: f(1, a=2),
    lambda: f(1, e=2),
    lambda: f(c=1),
    lambda: f(1, 2, 3, 4, b=5),
    lambda: posonly(1, b=2, c=3),
    lambda: kwonly(1, c=3),
    lambda: g(y=1),
    lambda: P(z=1),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def counter():
    n = 0
    def step(by=1, times=1):
        nonlocal n
        n += by * times
        return n
    return step


s = counter()
print([s(by=2) for _ in range(3)], s(times=3, by=1), s(by=0, times=9))
total = 0
for i in range(1000):
    total += f(i, c=i, b=1)[2]
print(total)
