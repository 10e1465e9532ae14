# Operations on a local and a constant or on two locals, with every kind of
# operand: ints (overflowing into big ints), floats, mixed, strs, lists,
# objects with dunders, NaN, unset locals; as values and as loop/if tests.
import math


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __lt__(self, o):
        return self.x < (o.x if isinstance(o, V) else o)

    def __eq__(self, o):
        return self.x == (o.x if isinstance(o, V) else o)

    def __repr__(self):
        return f"V({self.x})"


def arith(a, b):
    out = [a + 1, a - 2, a * 3, a / 4, a // 5, a % 6, a ** 2]
    if isinstance(a, int):
        out += [a & 7, a | 8, a ^ 9, a << 3, a >> 1]
    out += [a + b, a - b, a * b, a // b if b else None, a % b if b else None]
    out += [a < 1, a <= b, a == 3, a != b, a > 2.5, a >= b]
    return out


for a, b in [(7, 3), (-7, 2), (2.5, 0.5), (9, 2.0), (2 ** 62, 2 ** 62), (-2 ** 63, 1),
             (True, 5), (0, 0)]:
    try:
        print(a, b, arith(a, b))
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError", e)


def strs(s, t):
    u = s + "!"
    u = u + t
    return u, s * 2, s < t, s == "ab", s + t


print(strs("ab", "cd"))


def objs(v, w):
    r = v + 1
    r = r + w
    return r, v < 2, v == w, v < w


print(objs(V(1), V(1)))
print(objs(V(5), V(2)))


def nan_tests(x):
    return [x < 1.0, x == x, x != x, x >= 0.0, x > 1, x == 1.0]


print(nan_tests(math.nan), nan_tests(1.0))


def loops(n):
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    j = n
    while j != 0:
        j -= 1
        if j > 5:
            continue
        total += j
    k = 0.0
    while k < 2.5:
        k = k + 0.5
    big = 1
    while big < 2 ** 70:
        big = big * 1000
    return total, k, big


print(loops(10))
print(loops(0))


def jump_into_run(a, flag):
    # The conditional expression's branches end in a jump into the middle
    # of nothing fused, but the operations after them still see the value.
    x = (a if flag else a + 1) + 2
    y = a - 1 if flag else a * 2
    return x, y


print(jump_into_run(3, True), jump_into_run(3, False))


def unset(flag):
    if flag:
        q = 1
    return q + 1


print(unset(True))
try:
    unset(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unset_second(flag):
    p = 2
    if flag:
        q = 1
    return p < q


try:
    unset_second(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def bad_types(a):
    return a + 1


for bad in ["x", None, [1]]:
    try:
        bad_types(bad)
    except TypeError as e:
        print("TypeError:", e)
