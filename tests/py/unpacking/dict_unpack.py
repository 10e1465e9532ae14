# ** in dict displays and | merging, starred in list/tuple/set displays.

base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 30}
print({**base, **extra})
print({**extra, **base})
print({"z": 0, **base, "a": 100})
print({**{}, **base})
print({**dict(x=1), **{k: v for k, v in [("y", 2)]}})

# order: first occurrence position, last value
print({"k": 1, **{"k": 2, "m": 3}, "k2": 4})

# ** requires mappings
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)

# custom mapping in a dict display
class Two:
    def keys(self):
        return iter(["one", "two"])
    def __getitem__(self, k):
        return len(k)
print({**Two(), "three": 5})

# merge operators
print(base | extra, extra | base)
m = dict(base)
m |= {"d": 4}
print(m)

# starred in list, tuple and set displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *"xy"])
print(sorted({*a, *b, *[1, 4, 5]}))
print([*range(3), *(i * 10 for i in range(2))])
t = *a, *b
print(t, type(t).__name__)
single = *a,
print(single)

# starred non-iterable
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)

# dict() constructor with kwargs and mappings
print(dict(base, c=3), dict([("x", 1)], y=2), dict(**base))

# keys with equal hashes merge
print({1: "int", **{1.0: "float"}, True: "bool"})
