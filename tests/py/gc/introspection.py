# get_referents, get_referrers, get_objects and get_stats.
import gc

gc.disable()
gc.collect()


def sorted_reprs(objs):
    return sorted(repr(o) for o in objs)


# get_referents: the objects a container refers to directly.
inner = [3]
lst = [1, "a", None, inner]
print("list:", sorted_reprs(gc.get_referents(lst)))
print("tuple:", sorted_reprs(gc.get_referents(tuple([1, "b", inner]))))
print("set:", sorted_reprs(gc.get_referents({1, 2})))
# Like CPython, a dict whose keys are all strings reports only its values;
# other dicts report keys and values.
print("str-keyed dict:", sorted_reprs(gc.get_referents({"k": inner, "j": 5})))
print("int-keyed dict:", sorted_reprs(gc.get_referents({1: inner, 2: "v"})))
print("several:", sorted_reprs(gc.get_referents([1], [2, 3])))
print("atoms:", gc.get_referents(1, "s", None))
print("nested list, one level:", sorted_reprs(gc.get_referents([[1, [2]]])))

# get_referrers: the containers that refer to an object.
x = ["target"]
holder = [x]
other = {"x": x}
refs = gc.get_referrers(x)
print("holder is a referrer:", any(r is holder for r in refs))
print("dict is a referrer:", any(r is other for r in refs))
unrelated = [1]
print("unrelated is not:", any(r is unrelated for r in refs))
del refs

# get_objects: all tracked objects.
fresh = []
print("fresh list in get_objects():", any(o is fresh for o in gc.get_objects()))
print("in generation 0:", any(o is fresh for o in gc.get_objects(generation=0)))
print("in generation 1:", any(o is fresh for o in gc.get_objects(generation=1)))
gc.collect(0)
print("after collect(0), generation 0:", any(o is fresh for o in gc.get_objects(generation=0)))
print("after collect(0), generation 1:", any(o is fresh for o in gc.get_objects(generation=1)))
gc.collect(1)
print("after collect(1), generation 2:", any(o is fresh for o in gc.get_objects(generation=2)))
print("generation=None:", any(o is fresh for o in gc.get_objects(generation=None)))
untracked = {}
print("untracked dict listed:", any(o is untracked for o in gc.get_objects()))
print("all tracked:", all(gc.is_tracked(o) for o in gc.get_objects()))
print("type:", type(gc.get_objects()).__name__)

# get_stats: one dict per generation.
stats = gc.get_stats()
print("stats:", type(stats).__name__, len(stats), [sorted(s) for s in stats])
print("non-negative ints:", all(type(v) is int and v >= 0 for s in stats for v in s.values()))

before = gc.get_stats()
a = []
b = [a]
a.append(b)
del a, b
print("collect(1):", gc.collect(1))
after = gc.get_stats()
for gen in range(3):
    delta = {k: after[gen][k] - before[gen][k] for k in sorted(after[gen])}
    print("generation", gen, "delta:", delta)

before = gc.get_stats()
gc.collect()
gc.collect(0)
after = gc.get_stats()
print("collections deltas:", [after[g]["collections"] - before[g]["collections"] for g in range(3)])
