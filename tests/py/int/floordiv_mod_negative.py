# floor division, modulo and divmod with signs
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
print(divmod(10**30 + 5, -7))
print(divmod(-(10**30) - 5, 7))
print(-(10**30) // -(10**15))
for b in (1, -1):
    print(divmod(5, b), divmod(-5, b))
for exc_case in [(1, 0), (0, 0), (10**30, 0)]:
    a, b = exc_case
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, 10**20 / 10**10)
print(type(6 / 3).__name__, 6 / 3)
x = 100
x //= 7
print(x)
x %= 5
print(x)
print(-3 % 5, 3 % -5, -3 % -5)
print(-2**63 // -1)
print((-2**63) % -1)
