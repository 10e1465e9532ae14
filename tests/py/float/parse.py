# float() parsing
good = ["1", "1.5", "-2.25", "+3.", ".5", "1e3", "1E-3", "  7.0\n", "1_000.5", "inf", "-Infinity", "NaN",
        "-nan", "INF", "1e400", "-1e400", "1e-400", "0x10", "00012", "3.14159265358979323846", "1_2.3_4e1_0"]
for s in good:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
bad = ["", "abc", "1.2.3", "1e", "e5", "--1", "1_", "_1", "1__0", "in f", "0x1p3", "1,5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(3), float(True), float(-0), float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(float(b"2.5"), float(bytearray(b"-1e2")))
class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print(1_0.5, 1e1_0, 0.000_1)
