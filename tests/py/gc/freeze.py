# gc.freeze(): move every tracked object to a permanent generation that
# collections (and get_objects()) ignore; gc.unfreeze() moves them back to
# the oldest generation.
import gc

gc.disable()
gc.collect()

print("get_freeze_count:", type(gc.get_freeze_count()).__name__)
keep = [[] for _ in range(10)]
gc.freeze()
print("frozen after freeze:", gc.get_freeze_count() > 0)
print("count reset:", gc.get_count()[0] < 50)
print("in a generation:",
      any(o is keep for g in range(3) for o in gc.get_objects(generation=g)))
print("listed by get_objects():", any(o is keep for o in gc.get_objects()))
print("still tracked:", gc.is_tracked(keep))

# A cycle frozen while reachable is not collected after it becomes garbage.
cyc = []
cyc.append(cyc)
gc.freeze()
del cyc
print("frozen cycle, collect():", gc.collect())

# Objects created after freeze are collected as usual.
new = []
new.append(new)
del new
print("new cycle, collect():", gc.collect())

# unfreeze: everything frozen goes to the oldest generation, and the frozen
# cycle is found by the next full collection.
gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
print("keep in generation 2:", any(o is keep for o in gc.get_objects(generation=2)))
print("unfrozen cycle, collect(0):", gc.collect(0))
print("unfrozen cycle, collect(2):", gc.collect(2))

# freeze twice, unfreeze once.
gc.freeze()
n = gc.get_freeze_count()
gc.freeze()
print("freeze twice:", gc.get_freeze_count() >= n)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count() == 0)
