# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d["e"] = 5
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20), ("z", 30)])
print(d)
d.update(w=40, x=11)
print(d)
d.update({"q": 0}, r=1)
print(d)
d.update()
print(len(d))
try:
    d.update([("bad",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d, "new" in c)
c.clear()
print(c, len(c))
print(dict(), dict(a=1, b=2), dict([(1, "x"), (2, "y")]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
print(dict([("dup", 1), ("dup", 2)]), {"dup": 1, "dup": 2})
print(len(d), "a" in d, "zz" not in d, 1 in {1: 2}, 2 in {1: 2})
print(d.__getitem__("x"), d.__contains__("x"), d.__len__())
del d["x"]
print(d)
try:
    del d["x"]
except KeyError as e:
    print(type(e).__name__, e)
