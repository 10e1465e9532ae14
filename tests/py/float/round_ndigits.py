# round() with and without ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 2.4999999, 1e20, -0.4]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, 2))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(165.0, -1), round(-155.0, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7, 2), type(round(7, 2)).__name__, round(7), round(-7, 0))
print(round(3.14159, 3), round(2.71828, 4), round(1/3, 10))
print(round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e300, 2), round(1.5e-300, 300), round(5e-324, 400))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(True), round(False, 2), round(10**30, -28))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(0.5 + 1e-16), round(0.49999999999999994))
print(round(2.5, None), round(12345.6789, 2), round(-12345.6789, -3))
