import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in ["inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNf", "nan", "-nan", "NaN", "+nan", "1e500", "-1e500", "1e-500", " 1_0.5 ", "1__0.5", "_1.0", "1.0_", "1_0e1_0", ".5", "5.", ".", "e5", "1e", "0x10", "", "  ", "1.5\n", "١.٥", "infinity1", "in f", "1,5", "+.5e-3", "-0", "0e0", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324", "2.5e-324"]:
    t("float(%r)" % s, lambda: float(s))
t("float bytes", lambda: float(b"1.5"))
t("float bad bytes", lambda: float(b"x"))
t("float int big", lambda: float(10**400))
t("float None", lambda: float(None))
t("float list", lambda: float([]))
class F:
    def __float__(self): return 2.5
class FI:
    def __index__(self): return 3
class FB:
    def __float__(self): return 1
t("float __float__", lambda: float(F()))
t("float __index__", lambda: float(FI()))
t("float __float__ bad", lambda: float(FB()))

# hex / fromhex
for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"), 3.141592653589793, 1024.0]:
    t("hex %r" % x, lambda: x.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.999999999999ap-4", "0x.8", "0X1P-1074", "0x1p-1075", "0x1p1024", "0x1.fffffffffffff8p1023", "inf", "-Infinity", "nan", "1", "ff", "0x", "0xg", " 0x1p3 ", "0x1.0p", "0x1_0p0", "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    t("fromhex %r" % s, lambda: float.fromhex(s))

# as_integer_ratio, is_integer
for x in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e300, 5e-324, 2.0**60]:
    t("ratio %r" % x, lambda: x.as_integer_ratio())
    t("is_integer %r" % x, lambda: x.is_integer())
t("ratio inf", lambda: float("inf").as_integer_ratio())
t("ratio nan", lambda: float("nan").as_integer_ratio())
t("is_integer inf", lambda: float("inf").is_integer())
t("is_integer nan", lambda: float("nan").is_integer())
t("int ratio", lambda: ((7).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio()))
t("int is_integer", lambda: (5).is_integer())
t("conjugate", lambda: ((1.5).conjugate(), (3).conjugate(), (1.5).real, (1.5).imag, (3).numerator, (3).denominator))
t("float trunc floor ceil", lambda: (math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5), (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__()))
t("floor inf", lambda: math.floor(float("inf")))
t("ceil nan", lambda: math.ceil(float("nan")))
t("float getformat", lambda: float.__getformat__("double"))
