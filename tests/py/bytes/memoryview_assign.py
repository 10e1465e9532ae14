# Item and slice assignment through writable views, and the errors of
# read-only views, deletion and mismatched structures.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", repr(r))


ba = bytearray(b"abcdef")
w = memoryview(ba)


def setitem(view, key, value):
    view[key] = value
    return bytes(ba)


print(w.readonly, w.toreadonly().readonly, w.readonly)
show("w[0] = 65", lambda: setitem(w, 0, 65))
show("w[-1] = 0", lambda: setitem(w, -1, 0))
show("w[True] = 66", lambda: setitem(w, True, 66))
show("w[(1,)] = 67", lambda: setitem(w, (1,), 67))
for value in [256, -1, 2**70, "a", 1.5, b"a", None]:
    show("w[0] = %r" % (value,), lambda: setitem(w, 0, value))
for key in [6, -7, 2**70, "a", 1.0, (), (0, 1), (0, "a"), (slice(1), slice(2)), ...]:
    show("w[%r] = 1" % (key,), lambda: setitem(w, key, 1))


class Index:
    def __index__(self):
        return 3


show("w[Index()] = Index()", lambda: setitem(w, Index(), Index()))
show("w[1:3] = b'XY'", lambda: setitem(w, slice(1, 3), b"XY"))
show("w[1:3] = bytearray(b'xy')", lambda: setitem(w, slice(1, 3), bytearray(b"xy")))
show("w[1:3] = memoryview(b'12')", lambda: setitem(w, slice(1, 3), memoryview(b"12")))
show("w[::2] = b'135'", lambda: setitem(w, slice(None, None, 2), b"135"))
show("w[::-1] = b'abcdef'", lambda: setitem(w, slice(None, None, -1), b"abcdef"))
show("w[0:0] = b''", lambda: setitem(w, slice(0, 0), b""))
show("w[1:3] = b'XYZ'", lambda: setitem(w, slice(1, 3), b"XYZ"))
show("w[1:3] = b''", lambda: setitem(w, slice(1, 3), b""))
show("w[1:3] = [1, 2]", lambda: setitem(w, slice(1, 3), [1, 2]))
show("w[1:3] = 'xy'", lambda: setitem(w, slice(1, 3), "xy"))
show("w[::0] = b'x'", lambda: setitem(w, slice(None, None, 0), b"x"))
show("w[::0] = [1]", lambda: setitem(w, slice(None, None, 0), [1]))
show("w[0:2] = cast H", lambda: setitem(w, slice(0, 2), memoryview(b"12").cast("H")))
show("w[0:4:2] = strided", lambda: setitem(w, slice(0, 4, 2), memoryview(b"wxyz")[::2]))
# Overlapping source and destination.
show("w[1:] = w[:-1]", lambda: setitem(w, slice(1, None), w[:-1]))
show("w[:-1] = w[1:]", lambda: setitem(w, slice(None, -1), w[1:]))


def delete(view, key):
    del view[key]


show("del w[0]", lambda: delete(w, 0))
show("del w[0:2]", lambda: delete(w, slice(0, 2)))

# Read-only views refuse every change.
ro = memoryview(b"abc")
show("ro[0] = 1", lambda: setitem(ro, 0, 1))
show("ro[0:1] = b'x'", lambda: setitem(ro, slice(0, 1), b"x"))
show("ro['x'] = 1", lambda: setitem(ro, "x", 1))
show("del ro[0]", lambda: delete(ro, 0))
show("toreadonly()[0] = 1", lambda: setitem(w.toreadonly(), 0, 1))

# Assignment through casts writes the native items.
ba2 = bytearray(8)
h = memoryview(ba2).cast("H")
h[0] = 0x0102
h[3] = 65535
print(h.tolist(), len(ba2), h.tobytes() == bytes(ba2))
show("h[1] = 65536", lambda: h.__setitem__(1, 65536))
show("h[1] = -1", lambda: h.__setitem__(1, -1))
show("h[0:2] = b'abcd'", lambda: h.__setitem__(slice(0, 2), b"abcd"))
h[0:2] = memoryview(bytearray(b"\x05\x00\x06\x00")).cast("H")
print(h[0], h[1])
show("h[0:2] = cast h", lambda: h.__setitem__(slice(0, 2), memoryview(b"abcd").cast("h")))
show("h[0:1] = cast @H", lambda: h.__setitem__(slice(0, 1), memoryview(b"\x07\x00").cast("@H")))
print(h[0])

# The slot methods themselves.
print(w.__getitem__(0), w.__len__(), w.__setitem__(0, 0), ba[0])
show("w.__getitem__()", lambda: w.__getitem__())
show("w.__setitem__(0)", lambda: w.__setitem__(0))
show("memoryview.__len__(b'x')", lambda: memoryview.__len__(b"x"))
show("memoryview.tolist(b'x')", lambda: memoryview.tolist(b"x"))
show("memoryview.__enter__(b'x')", lambda: memoryview.__enter__(b"x"))
