# A value computed on the stack compared with a constant (`n % 7 == 0`,
# `len(s) > 1`), in conditions and as values: ints, floats, NaN, big
# ints, bools, strings, objects with their own comparisons, and errors.


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    def __lt__(self, other):
        print("lt", self.v, other)
        return NotImplemented

    def __gt__(self, other):
        print("gt", self.v, other)
        return self.v > other


def classify(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            out.append("fizz")
        elif i * 2 > 9:
            out.append("big")
        elif -i <= -2:
            out.append("neg")
        elif i + 0.5 != 1.5:
            out.append("half")
        else:
            out.append(i)
    return out


print(classify(8))
nan = float("nan")
print([nan + 0 == 1.0, nan + 0 != 1.0, nan * 1 < 1, (nan + 0) >= 0.0])
print([2 ** 70 + 1 > 1, -(2 ** 70) < 0, (2 ** 70) // 2 ** 69 == 2, 10 ** 20 + 0 != 10 ** 20])
print([True + 0 == 1, (1 > 0) == True, abs(-3) >= 3.0, len("abc") < 3.5])
print([str(12) == "12", "a" * 2 < "b", (1, 2)[0] == 1, [1] * 2 == [1, 1]])
print(Loud(3) == 3, Loud(3) > 2)
try:
    print(Loud(3) < 5)
except TypeError as e:
    print("TypeError:", e)
if Loud(4) == 4:
    print("equal")
while (n := len([1, 2, 3]) - 1) > 5:
    pass
print(n)
x = 7
print(0 < x % 5 < 3, x // 2 == 3 == x - 4, not x % 2 == 1)


def err(v):
    return v + 0 < 1


for bad in ("s", None):
    try:
        err(bad)
    except TypeError as e:
        print("TypeError:", e)


def cmp_str(s):
    return s.upper() < 3


cmp_str("a")
