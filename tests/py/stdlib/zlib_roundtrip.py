# zlib: round trips through compress/decompress for every level, container
# and strategy, on text, binary, repetitive and incompressible data.
import zlib


def lcg_bytes(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 16 & 0xFF)
    return bytes(out)


text = (b"It was the best of times, it was the worst of times, it was the "
        b"age of wisdom, it was the age of foolishness.\n") * 12
noise = lcg_bytes(900, 1)
few = bytes(b & 3 for b in lcg_bytes(1200, 2))
samples = {
    "empty": b"", "one": b"x", "two": b"xy", "text": text, "noise": noise,
    "zeros": bytes(6000), "few": few, "run": b"ab" * 900 + b"c" * 150,
    "mixed": text[:1000] + noise[:500] + text[:1000],
}

for name, data in samples.items():
    for level in (-1, 0, 1, 3, 5, 6, 9):
        c = zlib.compress(data, level)
        ok = zlib.decompress(c) == data
        print(name, level, ok, "smaller than input:", len(c) < len(data),
              c[:2])

for wbits in (9, 10, 12, 15, -9, -12, -15, 25, 31):
    for name in ("text", "noise", "zeros"):
        data = samples[name]
        c = zlib.compress(data, 6, wbits)
        print(wbits, name, zlib.decompress(c, wbits) == data,
              "smaller than input:", len(c) < len(data))
    if wbits > 16:
        print("gzip header", zlib.compress(b"abc", 6, wbits)[:10],
              zlib.compress(b"abc", 1, wbits)[8:10],
              zlib.compress(b"abc", 9, wbits)[8:10])
        print(zlib.decompress(zlib.compress(text, 6, wbits), 47) == text)

# The zlib header names the window size and the level class.
print([zlib.compress(b"x", lv)[:2] for lv in range(-1, 10)])
print(zlib.compress(b"x", 6, 8)[:2], zlib.compress(b"x", 6, 9)[:2])
# Level 0 stores: the output is fixed.
print(zlib.compress(b"abc", 0))
print(zlib.compress(b"", 0), zlib.compress(b"", 0, -15))
print(zlib.decompress(zlib.compress(b"")))

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED,
                 zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for name in ("text", "few", "run"):
        data = samples[name]
        co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
        c = co.compress(data) + co.flush()
        print("strategy", strategy, name, zlib.decompress(c) == data,
              "smaller than input:", len(c) < len(data))

for memlevel in (1, 9):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, memlevel)
    c = co.compress(text) + co.flush()
    print("memLevel", memlevel, zlib.decompress(c) == text)

# Bigger than one block of the encoder.
big = text * 12 + noise * 20
c = zlib.compress(big)
print(len(big), zlib.decompress(c) == big, "smaller than input:", len(c) < len(big))

for args in ((b"x", 10), (b"x", -2), (b"x", 6, 16), (b"x", 6, 7),
             (b"x", 6, -16), ("x",), (b"x", "6")):
    try:
        zlib.compress(*args)
    except Exception as e:
        print(args[1:], type(e).__name__, e)
