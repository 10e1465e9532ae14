# slicing across str, tuple, range, bytes, bytearray
s = "abcdefghij"
t = tuple(range(10))
r = range(10, 30, 2)
b = b"0123456789"
ba = bytearray(b"ABCDEFGHIJ")
specs = [(None, None, None), (2, 7, None), (-3, None, None), (None, -3, None), (None, None, 2), (1, None, 3),
         (None, None, -1), (8, 2, -2), (-1, -8, -3), (100, None, None), (-100, 3, None), (5, 5, None), (7, 3, None),
         (3, 100, 4), (None, None, -4), (-2, None, -1)]
for st, sp, step in specs:
    sl = slice(st, sp, step)
    print((st, sp, step), repr(s[sl]), t[sl], r[sl], list(r[sl]), b[sl], ba[sl])
print(type(s[1:2]).__name__, type(t[1:2]).__name__, type(r[1:2]).__name__, type(b[1:2]).__name__, type(ba[1:2]).__name__)
print(r[::-1], r[1::3], range(0)[::-1], range(5, 0, -1)[::-2], range(0, 100, 7)[3:-3:2])
print(len(r[::3]), r[::3][-1], r[-2:][0])
print(s[3:7][::-1], s[::-1][3:7], t[::3][::-1], b[::2][1:], ba[::-1][:3])
print("".join(s[i:i + 3] for i in range(0, len(s), 3)), [t[i::3] for i in range(3)])
u = "αβγδε"
print(u[1:4], u[::-2], u[-2:], len(u[1:]))
for seq in (s, t, r, b):
    try:
        seq[::0]
    except ValueError as e:
        print(type(seq).__name__, type(e).__name__, e)
print(s[True:], t[:False], r[-1:-2:-1])
