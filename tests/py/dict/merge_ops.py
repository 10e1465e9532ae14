# | and |= operators, equality, nested repr
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 1
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {} == {}, {1: 2} != {1: 2.0})
print({"a": [1, 2]} == {"a": [1, 2]}, {1: "a"} == [(1, "a")], dict(a=1) == {"a": 1})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
nested = {"name": "cfg", "opts": {"debug": True, "level": 3, "tags": ["a", "b"]}, "pairs": [(1, 2)], "none": None,
          "f": 1.5, 2: "int-key", (1, 2): {"t": ()}, "s": "it's"}
print(nested)
print(repr(nested["opts"]), str({"q": "\n"}))
print(nested["opts"]["tags"][1], nested[(1, 2)]["t"])
deep = {}
cur = deep
for i in range(5):
    cur[i] = {}
    cur = cur[i]
print(deep)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({**a, **b, "extra": 0}, {**{}, **{1: 1}})
print(dict(sorted({"b": 1, "a": 2}.items())), {k: a[k] for k in reversed(a)})
