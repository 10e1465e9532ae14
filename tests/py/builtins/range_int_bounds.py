# range() of plain int (and bool) bounds, at the edges of the i64 range:
# lengths, items, reprs and errors must be those of arbitrary-precision ints.
import sys

M = sys.maxsize
cases = [
    (5,), (0,), (-3,), (True,), (False,),
    (2, 9), (9, 2), (True, 4),
    (0, 10, 3), (10, 0, -3), (10, 0, 3), (0, 10, -1), (-5, 5, True),
    (-M - 1, M), (-M - 1, M, 1), (M, -M - 1, -1), (-M - 1, M, 2),
    (M - 2, M), (-M - 1, -M + 1), (0, M, M), (M, 0, -M),
]
def length(r):
    try:
        return len(r)
    except OverflowError as e:
        return "OverflowError: " + str(e)


for args in cases:
    r = range(*args)
    print(args, r, length(r), list(r[:3]), list(r[-2:]), r[0] if r else None)
for bad in [(0, 5, 0), (1.0,), ("3",), (1, 2, 3, 4), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
print(sum(range(1000)), sum(range(10, -10, -3)))
print(range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)))
