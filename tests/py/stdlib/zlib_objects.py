# zlib: compression and decompression objects: streaming, flush modes,
# max_length with unconsumed_tail, unused_data, eof, copy and zdict.
import zlib

text = b"".join(b"line %d: the rain in spain stays mainly in the plain\n" % i
                for i in range(100))

# Compress in pieces, decompress in pieces of every size.
co = zlib.compressobj()
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush())
stream = b"".join(parts)
print(zlib.decompress(stream) == text, "smaller than input:", len(stream) < len(text))
for step in (1, 7, 100, 5000):
    d = zlib.decompressobj()
    out = b"".join(d.decompress(stream[i:i + step])
                   for i in range(0, len(stream), step))
    out += d.flush()
    print(step, out == text, d.eof, d.unused_data, d.unconsumed_tail)

# max_length: output comes in bounded pieces and the input left over is
# in unconsumed_tail.
for limit in (1, 10, 1000):
    d = zlib.decompressobj()
    out = [d.decompress(stream, limit)]
    sizes = {len(out[0])}
    while d.unconsumed_tail or not d.eof:
        piece = d.decompress(d.unconsumed_tail, limit)
        sizes.add(len(piece))
        out.append(piece)
        if not piece and not d.unconsumed_tail:
            break
    out.append(d.flush())
    print("limit", limit, b"".join(out) == text, max(sizes) <= limit, d.eof)

d = zlib.decompressobj()
first = d.decompress(stream, 100)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.flush()
print(first + rest == text, d.eof, d.unconsumed_tail)

# unused_data collects what follows the end of the stream.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"extra") , d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)
small = zlib.compress(b"hello")
d = zlib.decompressobj()
for b in small + b"XY":
    d.decompress(bytes([b]))
print(d.eof, d.unused_data)

# Flush modes: the data so far can be decoded after a sync or full flush.
co = zlib.compressobj()
a = co.compress(b"first part ") + co.flush(zlib.Z_SYNC_FLUSH)
print(a[-4:], zlib.decompressobj().decompress(a))
b = co.compress(b"second part ") + co.flush(zlib.Z_FULL_FLUSH)
print(b[-4:])
c = co.compress(b"third") + co.flush(zlib.Z_PARTIAL_FLUSH)
e = co.compress(b" fourth") + co.flush(zlib.Z_BLOCK)
f = co.flush(zlib.Z_NO_FLUSH)
print(f)
g = co.flush()
print(zlib.decompress(a + b + c + e + g))
try:
    co.compress(b"x")
except zlib.error as exc:
    print("after finish:", exc)
try:
    co.flush()
except zlib.error as exc:
    print("flush after finish:", exc)
try:
    co.copy()
except ValueError as exc:
    print("copy after finish:", exc)

# copy() forks a stream.
co = zlib.compressobj(9)
head = co.compress(b"common prefix, ")
fork = co.copy()
s1 = head + co.compress(b"then one ending") + co.flush()
s2 = head + fork.compress(b"then another") + fork.flush()
print(zlib.decompress(s1), zlib.decompress(s2))
d = zlib.decompressobj()
x = d.decompress(s1[:10])
d2 = d.copy()
print(x + d.decompress(s1[10:]), x + d2.decompress(s1[10:]))
import copy
fresh = zlib.compressobj()
h2 = fresh.compress(b"copied by the copy module")
print(zlib.decompress(h2 + copy.copy(fresh).flush()),
      zlib.decompress(h2 + copy.deepcopy(fresh).flush()))

# Dictionaries.
zd = b"the rain in spain stays mainly"
co = zlib.compressobj(zdict=zd)
s = co.compress(text[:500]) + co.flush()
print(s[:2].hex(), zlib.decompressobj(zdict=zd).decompress(s) == text[:500])
try:
    zlib.decompress(s)
except zlib.error as exc:
    print(exc)
d = zlib.decompressobj(zdict=bytearray(zd))
print(d.decompress(s) == text[:500])
raw = zlib.compressobj(wbits=-15, zdict=zd)
rs = raw.compress(b"the rain in spain") + raw.flush()
print(zlib.decompressobj(-15, zdict=zd).decompress(rs))

# gzip and raw containers through the objects.
for wbits in (31, -15, 9):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    s = co.compress(text) + co.flush()
    d = zlib.decompressobj(wbits)
    print(wbits, d.decompress(s) == text, d.eof)
d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(b"auto", 6, 31)), d.eof)

# Errors.
def show(label, f):
    try:
        r = f()
    except Exception as exc:
        print(label, type(exc).__name__, exc)
    else:
        print(label, repr(r))

show("max_length", lambda: zlib.decompressobj().decompress(b"x", -1))
show("flush length", lambda: zlib.decompressobj().flush(0))
show("flush empty", lambda: zlib.decompressobj().flush())
show("bad data", lambda: zlib.decompressobj().decompress(b"xyz"))
show("level", lambda: zlib.compressobj(10))
show("method", lambda: zlib.compressobj(method=9))
show("wbits", lambda: zlib.compressobj(wbits=16))
show("memLevel", lambda: zlib.compressobj(memLevel=0))
show("strategy", lambda: zlib.compressobj(strategy=5))
show("d wbits", lambda: zlib.decompressobj(wbits=99))
show("zdict type", lambda: zlib.compressobj(zdict="str"))
show("data type", lambda: zlib.compressobj().compress("str"))
d = zlib.decompressobj()
show("truncated", lambda: text.startswith(d.decompress(stream[:50])))
show("truncated flush", lambda: d.flush())
print(d.eof)
