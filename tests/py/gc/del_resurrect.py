# Resurrection: a __del__ that stores self somewhere reachable keeps the
# object alive. PEP 442: __del__ is not called again when it dies for the
# second time. Resurrected objects (and what they reach) are not counted as
# collected.
import gc

gc.disable()
gc.collect()

saved = None
log = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        global saved
        log.append("del " + self.name)
        saved = self


# By reference counting.
p = Phoenix("rc")
print("is_finalized before:", gc.is_finalized(p))
del p
print(log, saved.name, "is_finalized:", gc.is_finalized(saved))
saved = None  # second death: no second __del__
print("after second death:", log)
log.clear()

# In a self-cycle, found by the collector.
p = Phoenix("cyclic")
p.partner = p
del p
print("collected:", gc.collect())
print(log, saved.name, saved.partner is saved, gc.is_finalized(saved))
saved = None
print("collected after second death:", gc.collect())
print("log:", log)
log.clear()


# A cycle of two where only one member resurrects: the whole cycle stays.
class Plain:
    def __init__(self, name):
        self.name = name
        self.partner = None


class Keeper:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        global saved
        log.append("keeper " + self.name)
        saved = self


k = Keeper("k")
q = Plain("q")
k.partner = q
q.partner = k
del k, q
print("collected:", gc.collect())
print(log, saved.name, saved.partner.name, saved.partner.partner is saved)
saved = None
print("collected after second death:", gc.collect())
print("log:", log)
log.clear()

# gc.is_finalized is False for live objects, also without __del__.
print(gc.is_finalized(Plain("x")), gc.is_finalized([]), gc.is_finalized(1))
