# keys/values/items views and set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k), len(v), len(it))
d["d"] = 4
print(k, v, it)
del d["a"]
print(list(k), list(v), list(it))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "zz" in k)
e = {"c": 0, "d": 0, "x": 0}
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {"b", "q"}), sorted(k | ["z"]), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"q"}))
print(sorted(it & {("b", 2), ("c", 9)}), sorted(it - {("b", 2)}))
print(type(k & e.keys()).__name__, type(k).__name__, type(v).__name__, type(it).__name__)
try:
    v & v
except TypeError as e:
    print(type(e).__name__, e)
print(v == v, list(v) == list(d.values()))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(max(k), min(v), sum(v), sorted(it, key=lambda p: -p[1]))
for key, val in d.items():
    print(key, "->", val)
for key in d:
    print(key, end=" ")
print()
print(list(zip(d.keys(), d.values())) == list(d.items()))
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print({}.keys(), {}.values(), {}.items(), {1: {2: 3}}.items())
