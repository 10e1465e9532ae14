# Stores followed by stores or loads, results stored straight into locals,
# constants returned: unpacking and swaps, repeated targets, unset locals,
# returns inside try/finally and with blocks, finalizers run on rebinding.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def swaps(a, b):
    a, b = b, a
    c, d = divmod(a, b)
    e, e = c, d
    return a, b, c, d, e


print(swaps(3, 17))


def counters(n):
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
        j = i * 2
        k = j
    return i, total, j, k


print(counters(5))


def rebind():
    x = Noisy("first")
    x = Noisy("second")
    y = x
    x = 1
    print("after rebinding")
    return y.tag


print(rebind())


def unset(flag):
    a = 1
    if flag:
        b = 2
    c = a
    return b


try:
    unset(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def constants(k):
    if k == 0:
        return None
    if k == 1:
        return "one"
    if k == 2:
        return (1, 2)
    try:
        return 3
    finally:
        print("finally runs")


print([constants(k) for k in range(4)])


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit")


def in_with():
    with CM():
        return 42


print(in_with())


def generator_returns():
    yield 1
    return "done"


g = generator_returns()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def float_steps(x):
    y = x * 0.5
    y = y + 1
    z = y - x
    return y, z


print(float_steps(3.0), float_steps(2 ** 62), float_steps(True))
