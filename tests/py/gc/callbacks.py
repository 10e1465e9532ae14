# gc.callbacks: functions called with ("start", info) before and
# ("stop", info) after every collection; info has the generation and the
# numbers of collected and uncollectable objects.
import gc

gc.disable()
gc.collect()

print("callbacks:", type(gc.callbacks).__name__, gc.callbacks)

records = []
keys = []


def record(phase, info):
    records.append((phase, info["generation"], info["collected"], info["uncollectable"]))
    keys.append(sorted(info))


gc.callbacks.append(record)

lst = []
lst.append(lst)
d = {}
d["d"] = d
del lst, d
print("collect(1) returned:", gc.collect(1))
print("records:", records)
print("info keys:", keys[0], keys[0] == keys[1])
records.clear()

print("collect(0) returned:", gc.collect(0))
print("collect(2) returned:", gc.collect(2))
print("collect() returned:", gc.collect())
print("records:", records)
records.clear()


class Pair:
    def __init__(self):
        self.other = None


a = Pair()
b = Pair()
a.other = b
b.other = a
del a, b
gc.collect(0)
print("pair in generation 0:", records)
records.clear()


# Several callbacks are called in list order.
order = []
gc.callbacks.append(lambda phase, info: order.append(("second", phase)))
gc.callbacks.insert(0, lambda phase, info: order.append(("first", phase)))
gc.collect()
print("order:", order)
del gc.callbacks[0]
del gc.callbacks[-1]
records.clear()


# A callback may look at gc.garbage: at "stop", DEBUG_SAVEALL objects are
# already there.
def peek(phase, info):
    records.append((phase, len(gc.garbage)))


gc.callbacks.remove(record)
gc.callbacks.append(peek)
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
gc.set_debug(0)
print("garbage seen:", records)
gc.callbacks.remove(peek)
gc.garbage.clear()
gc.collect()

# gc.collect() during a collection (here from a callback) does nothing and
# returns 0: no nested collection, no nested callbacks.
nested = []


def reentrant(phase, info):
    nested.append((phase, gc.collect()))


gc.callbacks.append(reentrant)
y = []
y.append(y)
del y
print("outer collect:", gc.collect())
print("nested:", nested)
gc.callbacks.remove(reentrant)


# ... and so does one from a __del__ that runs during a collection.
class Collector:
    def __del__(self):
        nested.append(("__del__", gc.collect()))


nested.clear()
c = Collector()
c.me = c
del c
print("outer collect:", gc.collect(), nested)
nested.clear()

# A __del__ run by reference counting is outside any collection: its
# gc.collect() is a real one.
c = Collector()
z = []
z.append(z)
del z
del c
print("from refcount __del__:", nested)

# No callbacks left: collections run silently.
print("callbacks left:", gc.callbacks)
records.clear()
gc.collect()
print("records:", records)
