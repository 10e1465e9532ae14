# __del__ (PEP 442): called once per object, by reference counting or by the
# collector for objects in cycles. The order in which the members of one
# garbage cycle are finalized is not specified, so only sorted names are
# printed.
import gc

gc.disable()
gc.collect()

finalized = []


class Tracked:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        finalized.append(self.name)


# Reference count zero: __del__ runs at once, in the del statement.
t = Tracked("solo")
print("before del:", finalized)
del t
print("after del:", finalized)

# Rebinding the only name finalizes the old object immediately.
t = Tracked("first")
t = Tracked("second")
print("after rebinding:", finalized)
del t
finalized.clear()

# Acyclic chain: the outer object dies first, then what it held.
outer = Tracked("outer")
outer.other = Tracked("inner")
del outer
print("chain:", finalized)
finalized.clear()

# A function's local dies when the function returns.
def scope():
    local = Tracked("local")
    print("inside:", finalized)


scope()
print("after return:", finalized)
finalized.clear()

# A cycle of two: nothing happens until the collector runs.
a = Tracked("a")
b = Tracked("b")
a.other = b
b.other = a
del a, b
print("before collect:", finalized)
print("collected:", gc.collect())
print("finalized:", sorted(finalized))
finalized.clear()

# A ring of five plus an acyclic tail hanging off it.
ring = [Tracked("r%d" % i) for i in range(5)]
for i in range(5):
    ring[i].other = ring[(i + 1) % 5]
ring[0].tail = Tracked("tail")
del ring, i
print("before collect:", finalized)
print("collected:", gc.collect())
print("finalized:", sorted(finalized))
finalized.clear()

# __del__ runs once: an object that is finalized but then kept alive by a
# list (resurrected) is not finalized again when it finally dies.
keep = []


class Once:
    calls = 0

    def __del__(self):
        Once.calls += 1
        keep.append(self)


o = Once()
print("finalized before:", gc.is_finalized(o))
del o
print("calls:", Once.calls, "kept:", len(keep), "is_finalized:", gc.is_finalized(keep[0]))
keep.clear()
print("calls after second death:", Once.calls, "kept:", len(keep))

# An exception in __del__ is reported on stderr and otherwise ignored.
class Faulty:
    def __del__(self):
        finalized.append("faulty")
        raise ValueError("ignored")


f = Faulty()
del f
print("after faulty:", finalized)

# Explicit calls of __del__ are ordinary method calls.
t = Tracked("explicit")
t.__del__()
t.__del__()
print("explicit calls:", finalized)
finalized.clear()
del t
print("then the real finalization:", finalized)
