# Fraction arithmetic and comparisons with int, float, complex and
# Fraction operands, including mixed-type fallbacks and errors.
from fractions import Fraction as F
import random


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


a, b = F(3, 4), F(-5, 6)
for expr in [
    "a + b", "a - b", "a * b", "a / b", "a // b", "a % b", "divmod(a, b)",
    "a + 1", "1 + a", "a - 2", "2 - a", "a * 4", "4 * a", "a / 3", "3 / a",
    "a // 1", "7 // a", "a % 1", "7 % a", "divmod(7, a)", "divmod(a, 2)",
    "a + 0.5", "0.5 + a", "a - 0.25", "0.25 - a", "a * 2.0", "2.0 * a",
    "a / 0.5", "0.5 / a", "a // 0.5", "2.5 // a", "a % 0.5", "2.5 % a",
    "divmod(a, 0.5)", "divmod(2.5, a)",
    "a + 1j", "1j + a", "a - 1j", "1j - a", "a * 2j", "2j * a", "a / 2j", "2j / a",
    "a + True", "-a", "+a", "abs(b)", "abs(a)",
    "a ** 2", "a ** -2", "b ** 3", "b ** -3", "F(0) ** 0", "F(0) ** 5", "a ** 0",
    "a ** F(2)", "a ** F(-1)", "F(4) ** F(1, 2)", "F(1, 2) ** F(1, 2)",
    "a ** 0.5", "a ** 1j", "F(-8) ** F(1, 3)", "F(-1, 2) ** -3",
    "2 ** F(3)", "2 ** F(-1)", "2 ** F(1, 2)", "2.0 ** F(2)", "2.0 ** F(-2)",
    "(-8) ** F(1, 3)", "1j ** F(2)", "F(1, 2) ** F(3)",
    "a ** 'x'", "'x' ** a", "pow(a, 2, 3)", "a // 1j", "1j // a", "a % 1j", "1j % a", "divmod(a, 1j)", "divmod(1j, a)", "a // 'x'",
    "a / 0", "a / F(0)", "a // 0", "a % 0", "divmod(a, 0)", "F(0) ** -1",
    "1 / F(0)", "a / 0.0", "a + 'x'", "'x' + a", "a * [1]", "a < 'x'",
    "a == F(3, 4)", "a == 0.75", "a == 0.7", "F(2) == 2", "F(1, 2) == 1",
    "a != b", "a == 0.75 + 0j", "a == 0.75 + 1j", "a == float('nan')",
    "F(1) == float('inf')", "a == 'x'", "a == None",
    "a < b", "a > b", "a <= F(3, 4)", "a >= 1", "a < 1", "a < 0.8", "a > 0.8",
    "a < float('inf')", "a > float('-inf')", "a < float('nan')", "a >= float('nan')",
    "1 < a", "0.5 < a", "F(1, 3) < 1 / 3", "F(1, 3) > 1 / 3",
    "sorted([F(1, 2), 0.3, 1, F(-1, 3), 0])", "max(F(7, 3), 2.3)", "min(F(1, 3), 1/3)",
    "sum([F(1, n) for n in range(1, 11)])", "sum([F(1, 3)] * 3) == 1",
]:
    show(expr)

# Randomised cases; the exact results agree with int arithmetic.
r = random.Random(12345)
for i in range(60):
    x = F(r.randrange(-60, 60), r.randrange(1, 25))
    y = F(r.randrange(-60, 60), r.randrange(1, 25)) or F(1, 7)
    n = r.randrange(-5, 6)
    print(x, y, x + y, x - y, x * y, x / y, x // y, x % y, x ** n if x or n >= 0 else None,
          x < y, x == y, round(x), round(x, 1), round(y, -1), float(x), hash(x) == hash(float(x)) if x.denominator in (1, 2, 4, 8) else hash(x))
