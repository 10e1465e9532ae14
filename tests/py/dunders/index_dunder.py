# __index__: use as list index, in slices, with bin/hex/oct, range and operator contexts.

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v

data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(5)])
print(data[::Idx(3)])
print("xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), range(10)[Idx(4)])
print([0] * Idx(3), "ab" * Idx(2))
print(int.__index__(7), (7).__index__())

# __index__ is not used for float() or int() directly? int() uses __index__ as a fallback
print(int(Idx(9)))

# __index__ must return an int
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)

# objects without __index__ cannot be indexes
for bad in [1.0, "1", None]:
    try:
        [1, 2][bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc"[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)

# bool is an int subclass and works as an index
print(["no", "yes"][True], ["no", "yes"][False])

# __index__ with setitem/delitem
lst = [0, 1, 2, 3]
lst[Idx(0)] = "first"
del lst[Idx(-1)]
print(lst)

# huge index values
class Huge:
    def __index__(self):
        return 2 ** 100
try:
    [1][Huge()]
except IndexError as e:
    print(type(e).__name__, e)

# __int__ alone is not enough for indexing
class OnlyInt:
    def __int__(self):
        return 1
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(OnlyInt()))
