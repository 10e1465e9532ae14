# Sorting keys of built-in types (ints, floats, strs, tuples of them) and
# keys that must go through the full comparison: subclasses with their own
# ordering, mixed tuples, NaN, bools, prefixes and ties (stability).
data = [(i * 7919) % 101 for i in range(60)]
print(sorted(data)[:10], sorted(data, reverse=True)[:5])
print(sorted(data, key=lambda v: (v % 7, -v))[:8])
words = ["pear", "Apple", "apple", "", "ñandú", "zebra", "apple pie", "Zebra", "éclair"]
print(sorted(words))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [("b", 2), ("a", 2), ("b", 1), ("a", 10), ("a", 2)]
print(sorted(pairs), sorted(pairs, key=lambda kv: (-kv[1], kv[0])))
print(sorted([(1, 2, 3), (1, 2), (1,), (), (1, 2, 3, 0), (0, 9)]))
print(sorted([3.5, -1.0, 2, 7, 0.5, -3]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([(1, nan), (1, 0.5), (0, nan)]))
print(sorted([True, 2, False, -1, 1]))
print(sorted([(1, True), (1, 0), (0, False)]))
# Stability: equal keys keep their order.
recs = [("x", 3, i) for i in range(5)] + [("x", 1, i) for i in range(5)]
print(sorted(recs, key=lambda r: (r[0], r[1])))


class Rev(str):
    def __lt__(self, other):
        return str.__lt__(other, self)


print(sorted([Rev("a"), Rev("c"), Rev("b")]))
print(sorted([(1, Rev("a")), (1, Rev("c")), (1, Rev("b"))]))


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"Key({self.v})"


print(sorted([(0, Key(3)), (0, Key(1)), (0, Key(2))]), Key.calls > 0)
for bad in ([(1, "a"), (1, 2)], [1, "a"], [(1,), ("a",)]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
l = [5, 3, 1]
l.sort(key=lambda v: (v, "x"))
print(l)
