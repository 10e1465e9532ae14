# memoryview over bytes, bytearray and views: construction, attributes,
# indexing, slicing (views share the bytes), iteration, tobytes/tolist/hex,
# equality and hashing.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    if isinstance(r, memoryview):
        r = ("view", r.tolist())
    print(label, "->", repr(r))


b = b"abcdef"
m = memoryview(b)
print(type(m).__name__, isinstance(m, memoryview), memoryview.__name__)
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m[0], m[-1], m[5], m[True], m[(2,)], bool(m), bool(memoryview(b"")))
print(list(m), m.tolist(), m.tobytes(), bytes(m), bytearray(m))
print(repr(m).startswith("<memory at 0x"), str(m) == repr(m))
print(type(iter(m)).__name__, list(reversed(m)), sorted(m[::-1])[:2], sum(m), max(m))

# Constructors.
show("memoryview('x')", lambda: memoryview("x"))
show("memoryview(1)", lambda: memoryview(1))
show("memoryview([1])", lambda: memoryview([1]))
show("memoryview()", lambda: memoryview())
show("memoryview(b, b)", lambda: memoryview(b, b))
show("memoryview(object=b)", lambda: memoryview(object=b))
show("memoryview(obj=b)", lambda: memoryview(obj=b))
show("subclass", lambda: type("V", (memoryview,), {}))
print(memoryview(m).obj is b, memoryview(m) is m, memoryview(m) == m)


class B(bytes):
    pass


class BA(bytearray):
    pass


sb = B(b"xy")
sba = BA(b"xy")
print(memoryview(sb).obj is sb, memoryview(sba).obj is sba, memoryview(sba).readonly)
print(memoryview(sb).tolist(), memoryview(sba).tobytes())

# Indexing errors.
for key in [6, -7, 2**70, "a", 1.0, None, (), (1, 2), (1, "a"), (slice(1),), ...]:
    show("m[%r]" % (key,), lambda: m[key])

# Slices are views of the same bytes.
ba = bytearray(b"0123456789")
w = memoryview(ba)
s = w[2:8]
print(s.obj is ba, s.nbytes, s.shape, s.strides, s.contiguous, s.tobytes())
s[0] = ord("X")
print(ba, w[2], s[0])
st = w[1::3]
print(st.tobytes(), st.shape, st.strides, st.c_contiguous, st.f_contiguous, st.contiguous)
st[1] = ord("Y")
print(ba)
r = w[::-1]
print(r.tobytes(), r.strides, r.contiguous, r[0], r[-1], list(r[:3]))
rr = r[::2]
print(rr.tobytes(), rr.strides, rr[1])
e = w[5:2]
print(e.tobytes(), e.shape, e.nbytes, e.contiguous, list(e), e.tolist())
one = w[3:4:5]
print(one.tobytes(), one.strides, one.contiguous)
# No items: contiguous only with the item size as stride (CPython's flags).
print(w[::2][:0].contiguous, w[5:0].contiguous, w[::-1][:0].c_contiguous)
show("cast of an empty strided view", lambda: w[::2][:0].cast("B"))
show("hex of an empty strided view", lambda: w[::2][:0].hex())
print(w[-100:100].tobytes(), w[::100].tobytes(), w[-3:].tobytes())
show("w[::0]", lambda: w[::0])
show("w[1:2, 3:4]", lambda: w[1:2, 3:4])
show("w['a':]", lambda: w["a":])

# tobytes, tolist, hex.
print(m.tobytes("C"), m.tobytes(order="F"), m.tobytes("A"), m.tobytes(None))
show("tobytes('X')", lambda: m.tobytes("X"))
show("tobytes(1)", lambda: m.tobytes(1))
print(m.hex(), m.hex(":"), m.hex(":", 2), m.hex(":", -4), m.hex(b"-", 3))
print(m.hex(sep="_", bytes_per_sep=1), st.hex(), r.hex(" "), e.hex())
show("hex('ab')", lambda: m.hex("ab"))
show("hex(1)", lambda: m.hex(1))
for sep in [bytearray(b"-"), "", "\xe9", [1], b"--", memoryview(b"-")]:
    show("hex(%r)" % (sep,) if not isinstance(sep, memoryview) else "hex(view)", lambda: m.hex(sep))
show("tolist(1)", lambda: m.tolist(1))
show("toreadonly(1)", lambda: m.toreadonly(1))

# Equality with bytes, bytearray and views; no ordering.
print(m == b"abcdef", b"abcdef" == m, m != b"abcdeg", m == bytearray(b"abcdef"))
print(bytearray(b"abcdef") == m, m == memoryview(bytearray(b"abcdef")), m == "abcdef")
print(m == [97, 98, 99, 100, 101, 102], m[::2] == b"ace", b"ace" == m[::2], m[:0] == b"")
print(r == b"98765Y3X10", r == bytearray(b"98765Y3X10"), r.tobytes())
print(bytearray(b"a") < memoryview(b"b"), memoryview(b"b") > bytearray(b"a"))
show("m < m", lambda: m < m)
show("m <= b''", lambda: m <= b"")
show("m > 1", lambda: m > 1)

# Hashing: read-only byte views hash as their bytes.
print(hash(m) == hash(b), hash(m[::-2]) == hash(b"fdb"), hash(memoryview(sb)) == hash(b"xy"))
print({m: 1}[b"abcdef"], m in {b"abcdef"}, hash(memoryview(b"")) == hash(b""))
show("hash(writable)", lambda: hash(w))
show("hash(readonly of bytearray)", lambda: hash(w.toreadonly()))
show("hash(cast H)", lambda: hash(memoryview(b"abcd").cast("H")))
print(hash(m.cast("c")) == hash(b), hash(m.cast("b")) == hash(b))

# Iteration and membership.
print([x for x in w[:3]], 49 in w, b"1" in w, 300 in w)
print(b"bcd" in m, m[1:3] in b"abc", b"abc".find(m[2:3]), b"x-y".split(memoryview(b"-")))
