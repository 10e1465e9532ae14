# WeakValueDictionary and WeakKeyDictionary: entries disappear when the
# object they refer to weakly dies.
import gc
import weakref

gc.disable()
gc.collect()


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Item(%s)" % self.name


# WeakValueDictionary: values are held weakly.
items = {name: Item(name) for name in ("a", "b", "c", "d")}
wvd = weakref.WeakValueDictionary()
for name, item in items.items():
    wvd[name] = item
print(type(wvd).__name__, len(wvd), sorted(wvd.keys()))
print("lookup:", wvd["b"], wvd.get("x"), "c" in wvd, "x" in wvd)
del items["b"]
print("after dropping b:", len(wvd), sorted(wvd))
del item  # the loop variable still held "d"
items.clear()
print("after dropping all:", len(wvd), sorted(wvd))
try:
    wvd["a"]
except KeyError as e:
    print(type(e).__name__, e)

# Values may be replaced and deleted like in a dict.
x = Item("x")
y = Item("y")
wvd["k"] = x
wvd["k"] = y
print("replaced:", wvd["k"], len(wvd))
del wvd["k"]
print("deleted:", len(wvd), sorted(wvd.items()))
wvd["k"] = x
print("setdefault:", wvd.setdefault("k", y), wvd.setdefault("j", y))
print("pop:", wvd.pop("j"), sorted(wvd))
del x
print("after x died:", sorted(wvd))

# A value in a garbage cycle: its entry goes at the next collection. The
# entry's KeyedRef is freed by its own callback during the collection and
# so is counted too (CPython counts weakrefs freed that way).
z = Item("z")
z.me = z
wvd["z"] = z
del z
print("before collect:", sorted(wvd))
print("collected:", gc.collect())
print("after collect:", sorted(wvd))

# WeakKeyDictionary: keys are held weakly.
k1 = Item("k1")
k2 = Item("k2")
k3 = Item("k3")
wkd = weakref.WeakKeyDictionary()
wkd[k1] = 1
wkd[k2] = 2
wkd[k3] = 3
print(type(wkd).__name__, len(wkd), sorted(k.name for k in wkd.keys()))
print("lookup:", wkd[k1], k2 in wkd, Item("other") in wkd, wkd.get(Item("other"), "missing"))
del k2
print("after k2 died:", len(wkd), sorted(k.name for k in wkd))
wkd[k1] = 10
print("updated:", sorted((k.name, v) for k, v in wkd.items()))

# A key in a garbage cycle: counted with the weakref that was its entry's
# key (freed by its callback during the collection).
k3.me = k3
del k3
print("before collect:", len(wkd))
print("collected:", gc.collect())
print("after collect:", len(wkd), sorted(k.name for k in wkd))
del k1
print("empty:", len(wkd), list(wkd))

# The values of a WeakKeyDictionary are held strongly.
key = Item("key")
value = Item("value")
watch = weakref.ref(value)
wkd[key] = value
del value
print("value kept:", watch() is not None)
del key
print("value freed with the key:", watch() is None, len(wkd))
