# gc.garbage and DEBUG_SAVEALL: with DEBUG_SAVEALL set, the collector puts
# every unreachable object in gc.garbage instead of freeing it.
import gc

gc.disable()
gc.collect()

print("constants:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("DEBUG_LEAK:", gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print("garbage:", type(gc.garbage).__name__, gc.garbage)
print("debug flags:", gc.get_debug())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug())

lst = []
lst.append(lst)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
d = {}
d["d"] = d
del lst, a, b, d
print("collected:", gc.collect())
print("garbage:", len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
print("names:", sorted(o.name for o in gc.garbage if type(o) is Node))
saved = [o for o in gc.garbage if type(o) is list]
print("the list contains itself:", saved[0][0] is saved[0])
del saved

# The saved objects are intact and alive; nothing is found twice.
print("collected again:", gc.collect(), len(gc.garbage))

# Acyclic garbage never reaches the collector.
t = [[1, 2], {"k": "v"}]
del t
print("acyclic:", gc.collect(), len(gc.garbage))

# Clearing gc.garbage (with DEBUG_SAVEALL off) lets the collector free them.
gc.set_debug(0)
del gc.garbage[:]
print("freed after clearing:", gc.collect(), len(gc.garbage))


# Objects with __del__ are finalized and freed normally (no legacy
# uncollectable objects in Python 3.4+).
class WithDel:
    def __del__(self):
        print("__del__ ran")


w = WithDel()
w.me = w
del w
print("collected:", gc.collect(), "garbage:", len(gc.garbage))

# Even with DEBUG_SAVEALL, __del__ runs before the object is saved.
gc.set_debug(gc.DEBUG_SAVEALL)
w = WithDel()
w.me = w
del w
print("collected:", gc.collect(), "garbage:", [type(o).__name__ for o in gc.garbage])
print("finalized:", gc.is_finalized(gc.garbage[0]))
gc.set_debug(0)
gc.garbage.clear()
print("collected:", gc.collect(), len(gc.garbage))
