# float // and % with negatives
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (5.0, 1.5), (-5.0, 1.5), (0.0, 3.0), (-0.0, 3.0),
         (3.0, float("inf")), (-3.0, float("inf")), (1e20, 3.0), (7, 0.5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % -0.0 if False else "skip")
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0), (float("inf"), 0.0)]:
    for op in ("/", "//", "%", "divmod"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print(op, r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(float("inf") // 1.0, float("inf") % 1.0, -0.0 % 1.0, 0.0 % -1.0)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(6.0 // 4, 6 // 4.0, type(6 // 4.0).__name__)
x = 10.0
x //= 3
print(x)
x %= 2
print(x)
print(math_mod := -7.25 % 2.5)
print(2 ** -1.0, (-8.0) ** (1 / 3) if False else "cube", 0.0 ** 0.0, (-2.0) ** 2)
try:
    0.0 ** -1.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print((10.0) ** 400)
except OverflowError as e:
    print(type(e).__name__)
print(type((-8.0) ** 0.5).__name__)
