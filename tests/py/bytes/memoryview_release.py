# Releasing views, the context manager, exports that stop a bytearray
# from resizing, and the buffer protocol's __buffer__/__release_buffer__.
import gc


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    if isinstance(r, memoryview):
        r = ("view", r.tolist())
    print(label, "->", repr(r))


# A bytearray with views cannot change its length.
ba = bytearray(b"abc")
m = memoryview(ba)


def iadd(x):
    global ba
    ba += x
    return bytes(ba)


def imul(n):
    global ba
    ba *= n
    return bytes(ba)


def setslice(key, value):
    ba[key] = value
    return bytes(ba)


def delitem(key):
    del ba[key]
    return bytes(ba)


ops = [
    ("append", lambda: ba.append(1)), ("extend b'x'", lambda: ba.extend(b"x")),
    ("extend b''", lambda: ba.extend(b"")), ("extend []", lambda: ba.extend([])),
    ("extend [1]", lambda: ba.extend([1])), ("clear", lambda: ba.clear()),
    ("pop", lambda: ba.pop()), ("remove missing", lambda: ba.remove(ord("z"))),
    ("remove", lambda: ba.remove(ord("a"))), ("insert", lambda: ba.insert(0, 1)),
    ("insert 300", lambda: ba.insert(0, 300)), ("reverse", lambda: ba.reverse()),
    ("+= b'x'", lambda: iadd(b"x")), ("+= b''", lambda: iadd(b"")),
    ("*= 2", lambda: imul(2)), ("*= 1", lambda: imul(1)), ("*= 0", lambda: imul(0)),
    ("[0:1] = b'xy'", lambda: setslice(slice(0, 1), b"xy")),
    ("[0:1] = b'X'", lambda: setslice(slice(0, 1), b"X")),
    ("[0:0] = b''", lambda: setslice(slice(0, 0), b"")),
    ("[0:3:2] = b'12'", lambda: setslice(slice(0, 3, 2), b"12")),
    ("[0:3:2] = b''", lambda: setslice(slice(0, 3, 2), b"")),
    ("[3:3:2] = b''", lambda: setslice(slice(3, 3, 2), b"")),
    ("del [0]", lambda: delitem(0)), ("del [0:0]", lambda: delitem(slice(0, 0))),
    ("del [0:1]", lambda: delitem(slice(0, 1))), ("del [0:0:2]", lambda: delitem(slice(0, 0, 2))),
    ("del [0:3:2]", lambda: delitem(slice(0, 3, 2))), ("del [5]", lambda: delitem(5)),
    ("pop empty index", lambda: ba.pop(10)),
]
for label, op in ops:
    show(label, op)
print(ba, m.tobytes())

# Every view counts until it is released or freed.
m2 = m[1:]
m.release()
show("append with a slice alive", lambda: ba.append(1))
m2.release()
show("append after releases", lambda: ba.append(2))
v = memoryview(ba)
del v
show("append after the view is freed", lambda: ba.append(3))
print(ba)

# Without views the extended-slice assignment of nothing deletes.
ba2 = bytearray(b"abcdef")
ba2[::2] = b""
print(ba2)

# The context manager releases.
with memoryview(ba) as cm:
    show("append inside with", lambda: ba.append(4))
    print(cm.__enter__() is cm, cm[0])
show("append after with", lambda: ba.append(5))
print(repr(cm).startswith("<released memory at 0x"))

# A released view refuses everything but release, repr and comparison.
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    show(name, lambda: getattr(cm, name))


def setitem():
    cm[0] = 1


def delete():
    del cm[0]


released_ops = [
    ("len", lambda: len(cm)), ("[0]", lambda: cm[0]), ("[0:1]", lambda: cm[0:1]),
    ("tobytes", lambda: cm.tobytes()), ("tolist", lambda: cm.tolist()), ("hex", lambda: cm.hex()),
    ("cast", lambda: cm.cast("B")), ("toreadonly", lambda: cm.toreadonly()),
    ("hash", lambda: hash(cm)), ("== itself", lambda: cm == cm), ("== b''", lambda: cm == b""),
    ("!= itself", lambda: cm != cm), ("bytes()", lambda: bytes(cm)), ("bytearray()", lambda: bytearray(cm)),
    ("b'' + view", lambda: b"" + cm), ("join", lambda: b"".join([cm])), ("memoryview()", lambda: memoryview(cm)),
    ("bool", lambda: bool(cm)), ("list", lambda: list(cm)), ("b'a' in view", lambda: b"a" in cm),
    ("view in b'a'", lambda: cm in b"a"), ("extend", lambda: ba.extend(cm)), ("str()", lambda: str(cm)[:9]),
    ("__enter__", lambda: cm.__enter__()), ("__exit__", lambda: cm.__exit__(None, None, None)),
    ("release again", lambda: cm.release()), ("setitem", setitem), ("delitem", delete),
    ("with", lambda: exec("with cm: pass", {"cm": cm})),
]
for label, op in released_ops:
    show(label, op)

# A hash computed before the release is kept.
hv = memoryview(b"xy")
h = hash(hv)
hv.release()
print(hash(hv) == h)

# Iterators check the view at each step.
it_ba = bytearray(b"12")
iv = memoryview(it_ba)
it = iter(iv)
print(next(it))
iv.release()
show("next after release", lambda: next(it))
done = iter(memoryview(b"a"))
print(list(done), list(done))

# Python code run by a conversion may release the view.
rv = memoryview(bytearray(b"xyz"))


class Releases:
    def __index__(self):
        rv.release()
        return 0


show("set released by __index__", lambda: rv.__setitem__(0, Releases()))
rv2 = memoryview(bytearray(b"xyz"))


class Releases2:
    def __index__(self):
        rv2.release()
        return 0


show("get released by __index__", lambda: rv2[Releases2()])

# The buffer protocol: __buffer__ makes a view, __release_buffer__ ends it.
src = memoryview(b"abc")
ex = src.__buffer__(0)
print(ex.obj is src, ex.tolist())
show("release exporting view", lambda: src.release())
show("use exporting view", lambda: src[0])
ex.release()
show("release after export", lambda: src.release())
show("bytes.__buffer__(0)", lambda: bytes.__buffer__(b"ab", 0))
show("bytes.__buffer__(1)", lambda: bytes.__buffer__(b"ab", 1))
show("bytes.__buffer__(-1)", lambda: bytes.__buffer__(b"ab", -1))
show("bytes.__buffer__(2**40)", lambda: bytes.__buffer__(b"ab", 2**40))
show("bytes.__buffer__('x')", lambda: bytes.__buffer__(b"ab", "x"))
show("bytes.__buffer__()", lambda: bytes.__buffer__(b"ab"))
show("bytearray.__buffer__(1).readonly", lambda: bytearray(b"ab").__buffer__(1).readonly)
x = bytearray(b"q")
xv = x.__buffer__(0)
show("append while exported", lambda: x.append(1))
show("__release_buffer__(view)", lambda: x.__release_buffer__(xv))
show("append after __release_buffer__", lambda: x.append(1))
show("__release_buffer__(released)", lambda: x.__release_buffer__(xv))
show("__release_buffer__(b'a')", lambda: x.__release_buffer__(b"a"))
show("__release_buffer__(other view)", lambda: x.__release_buffer__(memoryview(b"a")))
mine = memoryview(x)
show("__release_buffer__(memoryview(x))", lambda: x.__release_buffer__(mine))
show("mine after", lambda: mine.tolist())
show("_from_flags(b'ab', 0)", lambda: memoryview._from_flags(b"ab", 0))
show("_from_flags(b'ab', 1)", lambda: memoryview._from_flags(b"ab", 1))
show("_from_flags(bytearray, 1)", lambda: memoryview._from_flags(bytearray(b"ab"), 1).readonly)
show("_from_flags(1, 0)", lambda: memoryview._from_flags(1, 0))
show("memoryview(b'ab').__buffer__(1)", lambda: memoryview(b"ab").__buffer__(1))
show("strided __buffer__(0)", lambda: memoryview(b"abcd")[::2].__buffer__(0))
show("strided __buffer__(0x1c)", lambda: memoryview(b"abcd")[::2].__buffer__(0x1C))
pair = memoryview(b"ab")
px = pair.__buffer__(0)
show("memoryview.__release_buffer__", lambda: pair.__release_buffer__(px))
show("released export", lambda: px.tolist())
show("release after __release_buffer__", lambda: pair.release())

# A view in a cycle with its bytearray is collected (and released).


class Holder(bytearray):
    pass


hb = Holder(b"cycle")
hb.view = memoryview(hb)
show("subclass append while viewed", lambda: hb.append(1))
del hb.view
show("subclass append after del", lambda: hb.append(1))
hb.view = memoryview(hb)
del hb
print(gc.collect() >= 2)
print(gc.is_tracked(memoryview(b"")))

# Views can be weakly referenced.
import weakref

wv = memoryview(b"weak")
wr = weakref.ref(wv)
print(wr() is wv)
del wv
print(wr())
