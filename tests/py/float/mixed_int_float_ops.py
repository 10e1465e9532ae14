# Arithmetic and comparisons mixing ints and floats, and int true division,
# shifts: results, rounding at the edges of exact floats, errors.
import math

BIG = 2 ** 53
cases = [(7, 2.0), (2.5, 3), (-3, 0.5), (BIG + 1, 1.0), (1.0, BIG + 1), (2 ** 62, 3.0),
         (-2 ** 63, 0.25), (0, -0.0), (3, math.inf), (math.nan, 1)]
for a, b in cases:
    print(repr(a), repr(b), a + b, a - b, a * b, b - a)
    for op in ("/", "//", "%"):
        try:
            print(" ", op, eval(f"a {op} b"))
        except ZeroDivisionError as e:
            print(" ", op, "ZeroDivisionError:", e)
    print(" ", a < b, a <= b, a == b, a != b, a > b, a >= b)


def local_ops(x, y):
    return [x + 1.5, x * 2.0, x / 3, x / y, x < 2.5, x == 2.0, x >= y, y > x]


for x, y in [(2, 4), (2.0, 4), (5, 2.0), (BIG + 1, BIG), (BIG + 1, float(BIG)),
             (2 ** 60 + 1, 2.0 ** 60), (-7, 2)]:
    print(local_ops(x, y))

for a, b in [(1, 3), (-1, 3), (10, 4), (BIG, 3), (BIG + 1, 3), (2 ** 62, 7), (-2 ** 63, -1),
             (1, 10 ** 20), (3, -7), (0, 5)]:
    print(a / b, a.__truediv__(b))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

for a, b in [(1, 3), (-1, 3), (5, 63), (1, 62), (1, 63), (-1, 63), (3, 64), (2 ** 40, 30),
             (-5, 1), (7, 0), (-(2 ** 62), 1), (-(2 ** 62), 2)]:
    print(a << b, a >> b, -a >> b)
for b in (-1, -5):
    try:
        print(1 << b)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(1 >> b)
    except ValueError as e:
        print("ValueError:", e)
print(1 >> 200, -1 >> 200, 12345 >> 64)
