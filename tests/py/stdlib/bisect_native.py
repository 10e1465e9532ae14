# bisect on lists and other sequences, with key functions, bounds and
# the errors of bad arguments (the functions the interpreter runs in Rust).
import bisect


class Seq:
    """A sequence with __getitem__, __len__ and insert only."""

    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, x):
        self.items.insert(i, x)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect_right(a, 5, lo=1, hi=None), bisect.bisect_left(a, 5, 0, -1))
words = ["apple", "fig", "banana", "kiwi"]
words.sort(key=len)
print(bisect.bisect_left(words, 4, key=len), bisect.bisect_right(words, 4, key=len))
bisect.insort(words, "plum", key=len)
bisect.insort_left(words, "pear", key=len)
print(words)
s = Seq([10, 20, 30])
bisect.insort(s, 25)
bisect.insort_left(s, 5)
print(s.items, bisect.bisect(s, 30), bisect.bisect_left(Seq("aceg"), "d"))
t = (1, 3, 5)
print(bisect.bisect(t, 4), bisect.bisect_left(range(0, 100, 10), 35))
for call in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(a, 1, "x"),
             lambda: bisect.bisect(a, 1, 0, "y"), lambda: bisect.insort((1, 2), 3),
             lambda: bisect.bisect([1, "a"], 0.5), lambda: bisect.bisect(a),
             lambda: bisect.bisect(a, 1, 0, 3, len), lambda: bisect.bisect(a, 1, bogus=2),
             lambda: bisect.bisect(3, 1)]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
