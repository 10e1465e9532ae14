# zlib: decompressing streams made by CPython's zlib (all block types and
# containers), and the errors reported for damaged data.
import zlib


def sample(n):
    words = ["alpha", "beta", "gamma", "delta", "zlib", "deflate", "huffman", "\n"]
    out = []
    x = 7
    while len(" ".join(out)) < n:
        x = (x * 1103515245 + 12345) % 2**31
        out.append(words[x % len(words)])
    return " ".join(out)[:n].encode()


D = sample(600)

STREAMS = {
    'zlib6': b'x\x9c\xab\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2rJ\x12\x15\x12s\n2\x12\x15\x92R\x81\xcc\x8c\xd2\xb4\xb4\xdc\xc4<\x05.\x85\xaaQ\xd5\xa3\xaa\x89R\r\x00\x0f\xda\xd2\xbb',
    'zlib9': b'x\xda\xab\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2rJ\x12\x15\x12s\n2\x12\x15\x92R\x81\xcc\x8c\xd2\xb4\xb4\xdc\xc4<\x05.\x85\xaaQ\xd5\xa3\xaa\x89R\r\x00\x0f\xda\xd2\xbb',
    'zlib1': b'x\x01\xab\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2rJ\x12\x15\x12s\n2\x12\x15\x92R\x81\xcc\x8c\xd2\xb4\xb4\xdc\xc4<\x05.\x85\xaaQ\xd5\xa3aBT:\x01\x00\x0f\xda\xd2\xbb',
    'raw': b'\xab\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2rJ\x12\x15\x12s\n2\x12\x15\x92R\x81\xcc\x8c\xd2\xb4\xb4\xdc\xc4<\x05.\x85\xaaQ\xd5\xa3\xaa\x89R\r\x00',
    'gzip': b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2rJ\x12\x15\x12s\n2\x12\x15\x92R\x81\xcc\x8c\xd2\xb4\xb4\xdc\xc4<\x05.\x85\xaaQ\xd5\xa3\xaa\x89R\r\x00\xf79\x05AX\x02\x00\x00',
    'stored': b'x\x01\x012\x00\xcd\xffzlib deflate gamma delta alpha beta huffman \n zlib\xd1\x9b\x11\xd6',
    'fixed': b'x\x9c\xcbH\xcd\xc9\xc9W\xc8@\x90\x00:.\x06}',
    'empty': b'x\x9c\x03\x00\x00\x00\x00\x01',
    'small_window': b'\x18\x95\xab\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2rJ\x12\x15\x12s\n2\x12\x15\x92R\x81\xcc\x8c\xd2\xb4\xb4\xdc\xc4<\x05.\x85\xaaQ\xd5\xa3\xaa\x89R\r\x00\x0f\xda\xd2\xbb',
    'huff': b'x\x01\x05\xc1\xb1\r\x00!\x0c\x03\xc0\x9e)\xbc\x9a\xa3$\x80\xe4\xa0/B\xc3\xf4\x7f\xf7\xb4\r\x1e)v`\xb2\x8a\xf0P\x13\xd4\xb7\x08\x8b&\xd6\xcd,\x1e\x0c<m\x83G\x8a\x1d\x98\xac"<\xd4\x04\xf5-\xc2\xa2\x89u3\x8b\x07\x03O\xdb\xe0\x91b\x07&\xab\x08\x0f5A}\x8b\xb0hb\xdd\xcc\xe2\xc1\xc0\xd36x\xa4\xd8\x81\xc9*\xc2CMP\xdf",\x9aX7\xb3x0\xf0\xb4\r\x1e)v`\xb2\x8a\xf0P\x13\xd4\xb7\x08\x8b&\xd6\xcd,\x1e\x0c<m\x83G\x8a\x1d\x98\xac"<\xd4\x04\xf5-\xc2\xa2\x89u3\x8b\x07\x03O\xdb\xe0\x91b\x07&\xab\x08\x0f5A}\x8b\xb0hb\xdd\xcc\xe2\xc1\xc0\xd36x\xa4\xd8\x81\xc9*\xc2CMP\xdf",\x9aX7\xb3x0\xf0\xb4\r\x1e)v`\xb2\x8a\xf0P\x13\xd4\xb7\x08\x8b&\xd6\xcd,\x1e\x0c<m\x83G\x8a\x1d\x98\xac"<\xd4\x04\xf5-\xc2\xa2\x89u3\x8b\x07\x03O\xdb\xe0\x91b\x07&\xab\x08\x0f5A}\x8b\xb0hb\xdd\xcc\xe2\xc1\xc0\xd36x\xa4\xd8\x81\xc9*\xc2CMP\xdf",\x9aX7\xb3x0\xf0\xb4\r\x1e)v`\xb2\x8a\xf0P\x13\xd4\xb7\x08\x8b&\xd6\xcd,\x1e\x0c<\xfd\x0f\xda\xd2\xbb',
    'rle': b'x\x01\xed\xc1\xb1\r\x800\x0c\x04\xc0>S\xfcjo\xf9M"\xd9\x11\x85i2=+0\x00w\xfc}vr\x19\\\x91l\xe1b\x15\xe1\xca&\x98\xf7$LM\xcc\'\xa2\xb81pr\x19\\\x91l\xe1b\x15\xe1\xca&\x98\xf7$LM\xcc\'\xa2\xb81pr\x19\\\xf1\x02R\xd4\x94\xf5',
    'zdict': b'x\xbb\\r\x08\x10\xab\xca\xc9L\x02\xb2\xd2r\x12KR\x91\xc5\x15\x12\x11\xca3J\xd3\xd2r\x13\xf3\x14\xb8\x14\x06\xafj\x00\xd7qF\x8c',
    'sync': b'x\x9c\xaa\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2rJ\x12\x15\x12s\n2\x12\x15\x92R\x81\xcc\x8c\xd2\xb4\xb4\xdc\xc4<\x05.\x85*\xb2T\x03\x00\x00\x00\xff\xff\x1a.\xaa\x01\x00\x00\x00\xff\xffSH\xcc)\xc8HTHJ-IT\xc8(MK\xcbM\xccS\xe0R\xa8\xca\xc9LRHIM\xcbI,IUHO\xcc\xcdM\x04\xf2r\x80JF\xb4j\x00\x0f\xda\xd2\xbb',
}

EXPECTED = {
    "zlib6": D, "zlib9": D, "zlib1": D, "raw": D, "gzip": D,
    "stored": D[:50], "fixed": b"hello hello hello", "empty": b"",
    "small_window": D, "huff": D, "rle": b"a" * 300 + D[:100],
    "zdict": D[:200], "sync": D,
}
WBITS = {"raw": -15, "gzip": 31, "small_window": 9}


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r)[:70])


for name, stream in STREAMS.items():
    wbits = WBITS.get(name, 15)
    if name == "zdict":
        d = zlib.decompressobj(zdict=b"alpha beta gamma delta")
        out = d.decompress(stream)
    else:
        out = zlib.decompress(stream, wbits)
    print(name, len(stream), out == EXPECTED[name])

# Automatic header detection and the zlib/gzip choice.
print(zlib.decompress(STREAMS["gzip"], 47) == D)
print(zlib.decompress(STREAMS["zlib6"], 47) == D)
print(zlib.decompress(STREAMS["zlib6"], 0) == D)
print(zlib.decompress(bytearray(STREAMS["fixed"])))
print(zlib.decompress(memoryview(STREAMS["fixed"])))
print(zlib.decompress(STREAMS["fixed"] + b"trailing"))
print(zlib.decompress(data=STREAMS["fixed"]) if False else "skip")
print(zlib.decompress(STREAMS["small_window"], 15) == D)
print(zlib.decompress(STREAMS["fixed"], bufsize=1))

# Errors.
z = STREAMS["zlib6"]
g = STREAMS["gzip"]
show("truncated", lambda: zlib.decompress(z[:-1]))
show("truncated2", lambda: zlib.decompress(z[:40]))
show("empty", lambda: zlib.decompress(b""))
show("header", lambda: zlib.decompress(b"abc"))
show("method", lambda: zlib.decompress(b"\x79\x9c"))
show("window", lambda: zlib.decompress(z, 9))
show("window2", lambda: zlib.decompress(b"\x88\x98"))
show("datacheck", lambda: zlib.decompress(z[:-1] + bytes([z[-1] ^ 1])))
show("gzip-as-zlib", lambda: zlib.decompress(g))
show("zlib-as-gzip", lambda: zlib.decompress(z, 31))
show("gzip crc", lambda: zlib.decompress(g[:-5] + b"\x01" + g[-4:], 31))
show("gzip len", lambda: zlib.decompress(g[:-1] + b"\x01", 31))
show("gzip flags", lambda: zlib.decompress(g[:3] + b"\xe0" + g[4:], 31))
show("gzip method", lambda: zlib.decompress(g[:2] + b"\x07" + g[3:], 31))
show("block type", lambda: zlib.decompress(b"\x78\x9c\x07\x00"))
show("stored len", lambda: zlib.decompress(b"\x78\x9c\x00\x01\x00\x00\x00"))
show("too far", lambda: zlib.decompress(b"\x02\x00\x00", -15))
show("dist too far", lambda: zlib.decompress(b"\x63\x00\x02\x00", -15))
show("need dict", lambda: zlib.decompress(STREAMS["zdict"]))
show("bad wbits", lambda: zlib.decompress(z, 7))
show("bad wbits2", lambda: zlib.decompress(z, 48))
show("bufsize", lambda: zlib.decompress(z, 15, -1))
show("str", lambda: zlib.decompress("abc"))
show("wrong dict", lambda: zlib.decompressobj(zdict=b"xx").decompress(
    STREAMS["zdict"]))
# A dynamic block whose code length code is empty, and one with an
# over-subscribed code.
show("cl empty", lambda: zlib.decompress(b"\xd5" + b"\x00" * 40, -15))
show("cl over", lambda: zlib.decompress(b"\x05\xe0\xff\xff\xff\x00", -15))
# Bit flips all through a stream: the same error as CPython each time.
results = []
for i in range(len(z)):
    for bit in (0, 3, 6):
        bad = bytearray(z)
        bad[i] ^= 1 << bit
        try:
            out = zlib.decompress(bytes(bad))
            results.append("ok" if out == D else "diff")
        except zlib.error as e:
            results.append(str(e).split(": ")[-1])
counts = {}
for r in results:
    counts[r] = counts.get(r, 0) + 1
for k in sorted(counts):
    print("flip", k, counts[k])
print(results[:40])
print(results[-40:])
