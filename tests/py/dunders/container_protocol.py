# A full mutable container: __getitem__/__setitem__/__delitem__/__len__/__iter__/__reversed__/__missing__.

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def _check(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
print(g.render())
print(len(g), list(reversed(g))[:3])
del g[1, 1]
print(len(g), g[1, 1])
try:
    g[5, 5] = "x"
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[2, 2]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ on dict subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)

# object without __setitem__/__delitem__
class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
print(r[1], r["a"], r[1:2])
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)

# __getitem__ on the class is not used for instances of a metaclass-less class
class ClassItem:
    pass
try:
    ClassItem[0]
except TypeError as e:
    print(type(e).__name__, e)
