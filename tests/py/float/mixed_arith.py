# int/float mixed arithmetic, division by zero messages
print(1 + 2.0, 3 - 0.5, 2 * 1.5, 7 / 2, 7.0 // 2, 7 % 2.5, 2 ** 0.5, 2.0 ** 3)
print(type(1 + 2.0).__name__, type(2 * 3).__name__, type(4 / 2).__name__, type(True + 1.0).__name__)
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, 2 ** 1000 / 2 ** 999)
try:
    print(2 ** 2000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 2000 // 2 ** 1999, (2 ** 2000) / (2 ** 1998))
print(1 / 3 * 3, 0.1 * 3, 0.7 + 0.1, 1.1 + 2.2, 3.3 - 1.1)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 1e-320 / 1e10)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
checks = [("1/0", lambda: 1 / 0), ("1.0/0", lambda: 1.0 / 0), ("1/0.0", lambda: 1 / 0.0), ("1//0.0", lambda: 1 // 0.0),
          ("1%0.0", lambda: 1 % 0.0), ("0.0/0.0", lambda: 0.0 / 0.0), ("divmod(1.0,0)", lambda: divmod(1.0, 0)),
          ("0.0**-2", lambda: 0.0 ** -2), ("0**-2", lambda: 0 ** -2), ("1/False", lambda: 1 / False),
          ("10**400/0.5", lambda: 10 ** 400 / 0.5)]
for name, fn in checks:
    try:
        print(name, fn())
    except (ZeroDivisionError, OverflowError) as e:
        print(name, type(e).__name__, e)
x = 5
x /= 2
print(x, type(x).__name__)
x = 5
x *= 1.0
print(x)
print(abs(-3) * 1.5, -(3 - 3.0), 0 * -1.0, -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1)
print(sum([1, 2.5, 3]), sum(range(5), 0.0), max(1, 2.5, 2), min(3, 2.0, 2))
print(3 * 0.1 == 0.3, 0.5 + 0.25 == 0.75)
print(1e16 + 1.0 == 1e16, 2 ** 53 + 1.0)
print(int(7 / 2), 7 // 2, -7 // 2, int(-7 / 2))
