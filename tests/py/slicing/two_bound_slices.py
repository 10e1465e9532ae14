# Two-bound slices (no step) of lists, tuples, strs, bytes and user types,
# read and assigned, with ints, None, negatives, out-of-range bounds,
# bools and __index__ objects; identity of whole slices.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Seq:
    def __getitem__(self, k):
        return ("get", k.start, k.stop, k.step)

    def __setitem__(self, k, v):
        print("set", k, v)


class L(list):
    pass


class T(tuple):
    pass


l = list(range(10))
t = tuple(l)
s = "abcdefghij"
u = "åbcdéfghîj"
b = bytes(range(10))
for lo, hi in [(None, None), (2, None), (None, 3), (-3, None), (None, -2), (3, 1),
               (-100, 100), (100, 200), (True, 5), (Idx(2), Idx(-1)), (0, 10), (0, 9)]:
    print(lo if not isinstance(lo, Idx) else "Idx", hi if not isinstance(hi, Idx) else "Idx",
          l[lo:hi], t[lo:hi], s[lo:hi], u[lo:hi], b[lo:hi])
print(t[:] is t, t[0:10] is t, t[0:9] is t, s[:] is s, s[0:] is s, u[:] is u, b[:] is b)
print(l[:] is l, L(l)[:] is l, type(L(l)[:]).__name__, T(t)[:] is T(t), type(T(t)[:]).__name__)
print(Seq()[1:2], Seq()[:], Seq()[::2])
Seq()[1:2] = "x"
m = list(range(6))
m[1:3] = ["a", "b", "c"]
print(m)
m[:] = (9, 8)
print(m)
m[5:] = iter([1, 2])
print(m)
m[-1:] = []
print(m)
ba = bytearray(b"hello")
ba[1:3] = b"EY"
print(ba)
for bad in [lambda: l["a":], lambda: s[1.5:], lambda: t[:None.__class__]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    m[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0:1] = [3]
except TypeError as e:
    print("TypeError:", e)
d = {}
try:
    d[1:2]
except TypeError as e:
    print("TypeError:", e)
