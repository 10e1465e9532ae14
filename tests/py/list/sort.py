# sort with key, reverse, stability; sorted
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
s = sorted(pairs, key=lambda p: p[0])
s = sorted(s, key=lambda p: p[1])
print("stable two-pass:", s)
recs = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}, {"n": "w", "v": 2}]
recs.sort(key=lambda r: -r["v"])
print([r["n"] for r in recs])
print(sorted([3, 1, 2], key=lambda x: 0), sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted("hello"), sorted((3, 1)), sorted({3: "a", 1: "b"}), sorted(range(5), reverse=True))
print(sorted([1.5, -2, 3, 0.5]), sorted([True, 0, -1]), sorted([], key=len))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([2, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 101 for i in range(60)]
print(sorted(big))
print(sorted(big, key=lambda v: (v % 10, -v))[:15])
b = [3, 1, 2]
r = b.sort()
print(r, b)
print(sorted([-5, 3, -1, 2], key=abs), max([-5, 3], key=abs), min(["bb", "a", "ccc"], key=len))
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "Item(%d)" % self.n
print(sorted([Item(3), Item(1), Item(2)]), sorted([Item(3), Item(1)], reverse=True))
print(sorted(["b", "a"], reverse=False), sorted([2, 1], key=None))
