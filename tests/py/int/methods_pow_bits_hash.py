def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for b in [2, 3, -2, 10, 2.0, -1.5, 0, 0.0]:
    for e in [0, 1, 2, -1, -2, 0.5, 10, 65]:
        t("pow(%r, %r)" % (b, e), lambda: pow(b, e))
t("pow neg frac", lambda: pow(-8, 1 / 3))
t("pow zero neg", lambda: pow(0, -1))
t("pow zero neg float", lambda: pow(0.0, -1))
t("pow overflow", lambda: pow(10.0, 400))
t("pow float big exp", lambda: 2.0 ** 10000)
t("pow inf", lambda: (float("inf") ** 0, 1 ** float("nan"), float("nan") ** 0, (-1) ** float("inf")))
for args in [(2, 10, 1000), (3, -1, 7), (3, -2, 7), (2, -1, 4), (5, 0, 1), (5, 0, -1), (-2, 3, 5), (2, 3, -5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (10**30, 10**20, 10**9 + 7), (7, -1, 10**18 + 9), (0, -1, 5), (6, -1, 9)]:
    t("pow%r" % (args,), lambda: pow(*args))
t("pow kw", lambda: pow(base=2, exp=5, mod=7))

for v in [0, 1, -1, 255, 256, -256, 2**64 - 1, -(2**64), 10**30, True]:
    t("bit_length %r" % v, lambda: v.bit_length())
    t("bit_count %r" % v, lambda: v.bit_count())
for v in [0, 1, -1, 10, -10, 255, -255, 2**70, -(2**70)]:
    t("bin oct hex %r" % v, lambda: (bin(v), oct(v), hex(v)))
t("bin float", lambda: bin(1.5))
class Ix:
    def __index__(self): return -42
t("hex __index__", lambda: (hex(Ix()), oct(Ix()), bin(Ix())))
t("bitops", lambda: (-5 & 3, -5 | 3, -5 ^ 3, ~5, ~-1, -1 >> 100, 1 << 70, -8 >> 1, 5 >> 0))
t("shift neg", lambda: 1 << -1)
t("rshift neg", lambda: 1 >> -1)
t("shift float", lambda: 1 << 1.0)
t("shift huge", lambda: 0 << 10**30)
t("rshift huge", lambda: (5 >> 10**30, -5 >> 10**30))
t("and float", lambda: 1 & 1.0)
t("int attrs", lambda: ((5).real, (5).imag, (5).numerator, (5).denominator, (-5).conjugate()))
t("int bool ops", lambda: (True + True, True & False, True | 2, type(True & True).__name__, type(True + 0).__name__, ~True))
t("int index", lambda: (5).__index__())
t("int ops misc", lambda: (abs(-10**30), -(-5), +True, (2**63).__neg__()))
t("int cmp float", lambda: (2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > float("inf"), 10**400 < float("nan")))
t("int hash", lambda: (hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(True)))
t("float hash", lambda: (hash(1.0), hash(0.5), hash(-0.0), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(2.0**61)))
t("complex hash", lambda: (hash(1j), hash(1 + 0j), hash(complex(1.5, -2.5))))
t("int str long", lambda: len(str(2**10000)))
t("int __format__", lambda: (5).__format__(""))
t("int sizeof type", lambda: type((5).__sizeof__()).__name__)
t("int from float-like str", lambda: int("1e5"))
t("int truediv", lambda: (7 / 2, -7 / 2, 2**60 / 3, type(4 / 2).__name__))
