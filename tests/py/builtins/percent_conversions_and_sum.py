# %-formatting conversions: %x/%o/%X take integers (__index__), %d any
# number int() converts, %f anything float() converts; sum() adds ints
# into a float total without compensation, as CPython 3.12.1.
class I:
    def __index__(self): return 5
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 7
for fmt, v in [("%x", 3.7), ("%o", 3.7), ("%X", -0.0), ("%d", N()), ("%i", N()), ("%f", I()), ("%e", F()), ("%g", F()),
               (b"%x", 3.7), (b"%d", N()), ("%d", 3.9), ("%x", I()), ("%d", "s"), ("%x", "s"), ("%c", 3.0), ("%d", F()), (b"%f", I()), (b"%d", 2.5)]:
    try:
        print(fmt, repr(fmt % v))
    except TypeError as e:
        print(fmt, "TypeError:", e)
print(sum([1e100, 1, -1e100]), sum([1e100, 1.0, -1e100]))
print(sum([1e16, 1, 1]), sum([1e16, 1.0, 1.0]))
print(sum([1, 1e100, -1e100]), sum([1.0, 1e100, -1e100]), sum([0.1]*10), sum([True, 0.5, False]), sum([0.5, 2**70, 1.5]))
print(sum([1.5, 2, 3.25], 0.25), sum(range(5), 0.5))
