# int() from strings with bases and underscores
cases = [("42",), ("  -17  ",), ("+5",), ("1_000_000",), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2), ("z", 36), ("Zz", 36),
         ("777", 8), ("0", 0), ("1_0", 0), ("0b_1010", 0), ("12345678901234567890123",),
         ("-0x_1f", 0), ("\t\n 99\n",)]
for args in cases:
    print(repr(args[0]), args[1:] , int(*args))
bad = [("",), ("1.5",), ("abc",), ("1__0",), ("_1",), ("1_",), ("08", 0), ("12", 2), ("0x", 16), (" ",), ("1 2",)]
for args in bad:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int(), int(1e20))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("0_0_0"), int("00"), int("000", 0))
print(int(b"12"), int(bytearray(b"-7")))
print(1_000 + 0x_ff + 0o_7 + 0b_1)
