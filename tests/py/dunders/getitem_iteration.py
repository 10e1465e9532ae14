# The old sequence protocol: iteration through __getitem__ until IndexError.

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i

print(list(Squares(3)))
print(4 in Squares(5))
for v in Squares(2):
    print("value", v)

# StopIteration also ends the iteration
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "item" + str(i)
print(list(Stopper()))

# iter() on such an object gives an iterator
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))

# other exceptions propagate
class Broken:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("not an index error")
        return i
try:
    list(Broken())
except KeyError as e:
    print(type(e).__name__, e)

# __getitem__ with slices and negative indexes
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return "slice(%r, %r, %r)" % (key.start, key.stop, key.step)
        return self.data[key]

s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::2], s[:], s[1:], s[::-1])
print(list(reversed(s)), sorted(s, reverse=True))
print(s[1, 2] if False else "skip tuple key")

# a mapping-like __getitem__ with non-int keys still iterates from 0
class Mapping:
    def __getitem__(self, key):
        if key == 3:
            raise IndexError
        return {0: "zero", 1: "one", 2: "two"}.get(key, key)
print(list(Mapping()), Mapping()["x"])

# enumerate/zip/unpack over the old protocol
a, b, c = Squares(3)
print(a, b, c)
print(list(enumerate(Stopper())))
