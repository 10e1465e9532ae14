# gc.is_tracked: which objects the collector tracks. Atoms (numbers,
# strings, None, ...) never are; containers are. Like CPython, dicts whose
# keys and values are all untracked are not tracked until something
# tracked is stored in them, and tuples start tracked but are untracked by
# a collection that finds only untracked items in them.
import gc

gc.disable()
gc.collect()


class Plain:
    def method(self):
        return self


def show(label, value):
    print(label, gc.is_tracked(value))


show("int", 12345)
show("big int", 10 ** 40)
show("float", 1.5)
show("complex", 2j)
show("bool", True)
show("None", None)
show("str", "text")
show("bytes", b"bytes")
show("empty list", [])
show("list of ints", [1, 2, 3])
show("empty dict", {})
show("dict of atoms", {"a": 1, "b": "x"})
show("dict holding a list", {"a": []})
show("dict holding a dict of atoms", {"a": {"b": 1}})
show("set", {1, 2})
show("frozenset", frozenset({1}))
show("bytearray", bytearray(b"x"))
show("range", range(3))
show("slice", slice(1, 2))
show("instance", Plain())
show("class", Plain)
show("function", show)
show("bound method", Plain().method)
show("generator", (x for x in []))
show("type", int)

# Dicts become tracked when a tracked object is stored in them ...
d = {}
show("new dict", d)
d["k"] = 1
show("after an int value", d)
d["l"] = []
show("after a list value", d)
# ... and are untracked again only by a full collection that finds only
# untracked contents in them.
d["l"] = 2
show("list replaced by an int", d)
gc.collect(0)
show("after collect(0)", d)
gc.collect(1)
show("after collect(1)", d)
gc.collect(2)
show("after collect(2)", d)

# Dict comprehensions and dict() follow the same rule.
show("dict comprehension of ints", {i: i for i in range(3)})
show("dict() of atoms", dict(a=1))
show("dict() with a list", dict(a=[1]))

# A tuple built at run time starts tracked; any collection that sees it
# with only untracked items untracks it.
t = tuple([1, 2, 3])
show("new tuple of ints", t)
gc.collect(0)
show("after collect(0)", t)
u = tuple([1, [2]])
gc.collect()
show("tuple holding a list, after collect", u)
v = (t, "s")
gc.collect()
show("tuple of an untracked tuple, after collect", v)
show("empty tuple", ())
