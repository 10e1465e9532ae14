# Calls whose last argument is a local, and operations with a constant
# right operand on a computed left one, in the forms the evaluator fuses,
# with their slow paths and errors.
def f(x):
    return x * 2


def g(a, b):
    return a - b


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + o)

    def __radd__(self, o):
        return N(o + self.v)

    def __repr__(self):
        return f"N({self.v})"


def run(n):
    out = []
    for i in range(n):
        out.append(f(i))
        out.append(g(1, i))
        out.append((i + n) * 3)
        out.append((i * 1.5) - 2)
        out.append((i + n) % 7)
        out.append((i << 2) >> 1)
    s = str(n)
    out.append((s + s) + "!")
    out.append(N(n) + 1)
    out.append((n + n) / 4)
    out.append((n + n) // 0.5)
    out.append((n * 2) ** 70)
    return out


print(run(3))
print(len, len(run(2)))


def unbound():
    if False:
        y = 1
    return f(y)


try:
    unbound()
except UnboundLocalError as e:
    print(e)


def div(x):
    return (x + 1) // 0


try:
    div(1)
except ZeroDivisionError as e:
    print(e)


def bad(x):
    return (x + []) * 2


try:
    bad([1])
except TypeError as e:
    print(e)
print(bad([1, 2]))
big = 2 ** 62
print((big + big) + 1, (big * 4) - 1)
