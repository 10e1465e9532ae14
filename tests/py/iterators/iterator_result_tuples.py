# dict items, enumerate and zip refill their last result tuple when nothing
# else holds it (CPython does the same): never visible to the program.
import gc
d = {"a": 1, "b": [2], "c": (3,)}
it = iter(d.items())
x = next(it); y = next(it)
print(x, y, x is y)
print(list(d.items()), [p for p in d.items()])
seen = []
for k, v in d.items():
    seen.append((k, v))
print(seen)
e = enumerate("xyz", 5)
a = next(e); b = next(e); print(a, b, a is b)
print(list(enumerate([[1], [2]])), list(zip("ab", [1, 2], (None, [3]))))
for i, (p, q) in enumerate(zip("ab", "cd")):
    print(i, p, q)
z = zip([1, 2, 3], [4, 5, 6])
t1 = next(z); tid = id(t1); del t1
t2 = next(z)
print(t2, gc.is_tracked(t2))
ids = set()
for t in zip(range(3), range(3)):
    ids.add(id(t))
print(len(ids) >= 1)
e2 = enumerate(range(2**63 - 2, 2**63 + 1))
print(list(e2))
print(list(enumerate("ab", 2**63 - 1)))
gc.collect()
it2 = iter({1: 2}.items())
print(gc.get_referents(it2) is not None)
