# memoryview.cast between byte formats and the native integer, float and
# bool formats (one dimension), with CPython's errors.
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    if isinstance(r, memoryview):
        r = ("view", r.format, r.itemsize, r.shape, r.strides, r.tolist())
    print(label, "->", repr(r))


little = sys.byteorder == "little"
data = bytes(range(16))
m = memoryview(data)
for fmt in "BbcHhIiLlQqnN?":
    c = m.cast(fmt)
    # Multi-byte items are read in the machine's byte order.
    items = c.tolist() if little or c.itemsize == 1 else "big-endian"
    print(fmt, c.format, c.itemsize, c.nbytes, c.shape, c.strides, c.readonly, items)
    print("  ", c.obj is data, len(c), c[0] == c.tolist()[0], c.tobytes() == data)
print(m.cast("@B").format, m.cast("@H").format, m.cast("@H").shape)

signed = memoryview(bytes([0x80, 0xFF, 0x7F, 0x00]))
print(signed.cast("b").tolist(), signed.cast("B").tolist(), signed.cast("c").tolist())
print(memoryview(b"\xff" * 8).cast("Q")[0], memoryview(b"\xff" * 8).cast("q")[0])
print(memoryview(b"\x00\x01\x02\xff").cast("?").tolist())

floats = bytearray(16)
d = memoryview(floats).cast("d")
d[0] = 1.5
d[1] = 7
print(d.tolist(), d.format, d.itemsize)
f = memoryview(floats).cast("f")
f[0] = 0.1
f[1] = 1e300
f[2] = float("nan")
print(f[0] == 0.10000000149011612, f[1], f[2], f.tolist()[3])
e = memoryview(bytearray(8)).cast("e")
e[0] = 1.5
e[1] = 65504.0
e[2] = -0.0
e[3] = 1e-8
print(e.tolist())
show("e[0] = 65520.0", lambda: e.__setitem__(0, 65520.0))
show("e[0] = 1e10", lambda: e.__setitem__(0, 1e10))
show("f[0] = 'x'", lambda: f.__setitem__(0, "x"))
show("d[0] = None", lambda: d.__setitem__(0, None))

# Packing: ranges and types of each format.
cases = [
    ("B", [255, 256, -1]), ("b", [-128, 127, 128, -129]), ("h", [-32768, 32768]),
    ("H", [65535, 65536, True, "x", 2.0]), ("i", [-2**31, 2**31]), ("I", [2**32 - 1, 2**32]),
    ("q", [-2**63, 2**63 - 1, 2**63]), ("Q", [2**64 - 1, 2**64, -1]), ("l", [2**63]),
    ("L", [-1]), ("n", [-1, 2**63]), ("N", [2**64 - 1, -1]), ("c", [b"z", b"zz", 122, "z", bytearray(b"z")]),
    ("?", [0, 5, "", [1], None]),
]
buf = bytearray(8)
for fmt, values in cases:
    v = memoryview(buf).cast(fmt)
    for value in values:
        def store():
            v[0] = value
            return v[0]
        show("%s <- %r" % (fmt, value), store)


class Index:
    def __index__(self):
        return 200


class Bad:
    def __index__(self):
        raise ValueError("nope")


class Broken:
    def __index__(self):
        raise KeyError("k")


bv = memoryview(buf)
show("B <- Index()", lambda: (bv.__setitem__(0, Index()), bv[0])[1])
show("B <- Bad()", lambda: bv.__setitem__(0, Bad()))
show("B <- Broken()", lambda: bv.__setitem__(0, Broken()))

# Cast errors, in CPython's order.
show("cast('<B')", lambda: m.cast("<B"))
show("cast('x')", lambda: m.cast("x"))
show("cast('BB')", lambda: m.cast("BB"))
show("cast('')", lambda: m.cast(""))
show("cast(b'B')", lambda: m.cast(b"B"))
show("cast(1)", lambda: m.cast(1))
show("cast()", lambda: m.cast())
show("cast('é')", lambda: m.cast("é"))
show("cast('B', [16], 1)", lambda: m.cast("B", [16], 1))
show("cast H then I", lambda: m.cast("H").cast("I"))
show("cast H then B", lambda: m.cast("H").cast("B"))
show("cast H then c", lambda: m.cast("H").cast("c")[:2])
show("cast I then b", lambda: m.cast("I").cast("b")[3:5])
show("3 bytes as H", lambda: m[:3].cast("H"))
show("strided", lambda: m[::2].cast("B"))
show("reversed", lambda: m[::-1].cast("B"))
show("one item reversed", lambda: m[3:2:-1].cast("B"))
show("shape [16]", lambda: m.cast("B", [16]))
show("shape (8,)", lambda: m.cast("H", (8,)))
show("shape=[4]", lambda: m.cast("I", shape=[4]))
show("format=", lambda: m.cast(format="Q"))
show("shape [15]", lambda: m.cast("B", [15]))
show("shape 16", lambda: m.cast("B", 16))
show("shape ['a']", lambda: m.cast("B", ["a"]))
show("shape [0]", lambda: m.cast("B", [0]))
show("shape [-1]", lambda: m.cast("B", [-1]))
show("shape [2**70]", lambda: m.cast("B", [2**70]))
show("shape []", lambda: m.cast("B", []))
show("shape [1]*65", lambda: m.cast("B", [1] * 65))
show("empty cast", lambda: memoryview(b"").cast("H"))
show("empty cast shape", lambda: memoryview(b"").cast("H", [0]))
show("shape [True]", lambda: memoryview(b"x").cast("B", [True]))

# Equality looks at the items, not the bytes.
print(m.cast("H") == m.cast("H"), m.cast("H") == m, m.cast("b") == m)
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"a").cast("c") == memoryview(b"a"))
print(memoryview(b"\x01").cast("?") == memoryview(b"\x01"), memoryview(b"\x02").cast("?") == b"\x01")
nan = memoryview(bytearray(8)).cast("d")
nan[0] = float("nan")
print(nan == nan, nan.tolist())
one_f = memoryview(bytearray(4)).cast("f")
one_f[0] = 1.0
one_d = memoryview(bytearray(8)).cast("d")
one_d[0] = 1.0
print(one_f == one_d, one_f == memoryview(b"\x01"), one_d != memoryview(b"\x02"))
print(m.cast("H").cast("B") == data, m.cast("c").tobytes() == data, bytes(m.cast("Q")) == data)
