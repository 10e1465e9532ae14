# Methods looked up on objects of built-in types, at one call site that
# sees several types in turn (and a function whose own attribute shadows
# its type's method, and a list subclass overriding one).
def f():
    return 1


f.__repr__ = lambda: "mine"
objs = [[1], {1: 2}, {3}, "ab", b"x", f, (1, 2), 3, 2.5, frozenset([4]), bytearray(b"z")]
for o in objs * 2:
    print(type(o).__name__, o.__repr__())


class L(list):
    def __repr__(self):
        return "L!"


for o in [[1], L([2]), [3], L()]:
    print(o.__repr__(), o.__len__())

words = "a b a c".split()
counts = {}
for w in words * 3:
    counts[w] = counts.get(w, 0) + 1
print(counts)
s = set()
for i in range(20):
    s.add(i % 7)
print(sorted(s), s.__contains__(3))
