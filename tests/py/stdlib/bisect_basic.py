# bisect and insort with lo/hi/key and error cases.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
for lo, hi in [(0, None), (2, 5), (3, 3), (5, 2), (0, -1), (1, 0), (4, 9)]:
    print(lo, hi, [bisect.bisect_left(a, x, lo, hi) for x in (0, 2, 8, 20)],
          [bisect.bisect_right(a, x, lo=lo, hi=hi) for x in (0, 2, 8, 20)])
print(bisect.bisect_left(a, 2, hi=-5), bisect.bisect_right(a, 2, 3, True))

recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
for x in [0, 1, 3, 4, 7, 8]:
    print(x, bisect.bisect_left(recs, x, key=key), bisect.bisect_right(recs, x, key=key))
bisect.insort(recs, ('e', 3), key=key); print(recs)
bisect.insort_left(recs, ('f', 3), key=key); print(recs)
bisect.insort_right(recs, ('g', 0), key=key); print(recs)

b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, v)
print(b)
c = []
for v in [5.0, 1, 4, 1.0, 5, 9, 2, 6, 5.0, 3]:
    bisect.insort_left(c, v)
print(c)
d = []
for v in [5.0, 1, 4, 1.0, 5, 9, 2, 6, 5.0, 3]:
    bisect.insort_right(d, v)
print(d)
e = [0, 10, 20, 30]
bisect.insort(e, 15, 0, 2); print(e)
bisect.insort_left(e, 100, 1, 3); print(e)
s = "acegik"
print([bisect.bisect(s, ch) for ch in "abcdefghijkl"])
print(bisect.bisect(range(0, 100, 3), 50), bisect.bisect_left((1, 3, 5), 3))

class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(bisect.bisect_left([Lt(1), Lt(3), Lt(5)], Lt(4)))
print(bisect.bisect_right([Lt(1), Lt(3), Lt(5)], Lt(3)))

for call in [lambda: bisect.bisect(None, 1),
             lambda: bisect.bisect_left([1, 2], 1, -1),
             lambda: bisect.bisect_right([1, 2], 1, lo=-3, key=abs),
             lambda: bisect.insort_left([1], 0, -1),
             lambda: bisect.bisect([1, 2], 1, 1.5),
             lambda: bisect.bisect([1, 2], 1, 0, 'a'),
             lambda: bisect.insort((1, 2), 1),
             lambda: bisect.bisect([1, 2, 3], 2, hi=10),
             lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
