# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__, __abs__.

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        print("__int__")
        return int(self.v)
    def __float__(self):
        print("__float__")
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        return round(self.v, ndigits) if ndigits is not None else round(self.v)
    def __trunc__(self):
        return "truncated"
    def __abs__(self):
        return abs(self.v)

n = Num(-2.75)
print(int(n))
print(float(n))
print(complex(n))
print(round(n), round(n, 1))
print(abs(n))

# __float__ must return a float
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)

# __int__ must return an int
class BadInt:
    def __int__(self):
        return "1"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)

# no conversion methods
class Nothing:
    pass
for conv in (int, float, complex, round, abs):
    try:
        conv(Nothing())
    except TypeError as e:
        print(conv.__name__, type(e).__name__, e)

# round on builtins with ndigits
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(2.675, 2), round(7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)

# int() on strings and floats
print(int("42"), int(" -7 "), int("0x1f", 16), int("z", 36), int(3.99), int(-3.99))
for bad in ["4.5", "", "abc"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
