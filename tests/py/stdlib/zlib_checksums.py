# zlib: crc32 and adler32 (start values, argument types, large inputs) and
# the module's constants.
import zlib

for data in (b"", b"a", b"abc", b"hello world", bytes(range(256)),
             b"\xff" * 1000, b"The quick brown fox jumps over the lazy dog"):
    print(len(data), zlib.crc32(data), zlib.adler32(data))

print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"abc", 0), zlib.crc32(b"abc", 1), zlib.crc32(b"abc", 0xFFFFFFFF))
print(zlib.adler32(b"abc", 0), zlib.adler32(b"abc", 1), zlib.adler32(b"abc", 0xFFFFFFFF))
print(zlib.crc32(b"x", -1), zlib.adler32(b"x", -1))
print(zlib.crc32(b"x", 2**40), zlib.adler32(b"x", 2**40))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abc")))
print(zlib.adler32(bytearray(b"abc")), zlib.adler32(memoryview(b"abc")))

# A long input crosses the modulo reductions of Adler-32.
big = bytes((i * 7 + 3) & 0xFF for i in range(100000))
print(zlib.crc32(big), zlib.adler32(big))
print(zlib.adler32(b"\xff" * 5552), zlib.adler32(b"\xff" * 5553))
total = 0
value = 1
for i in range(0, len(big), 999):
    value = zlib.adler32(big[i:i + 999], value)
    total = zlib.crc32(big[i:i + 999], total)
print(value == zlib.adler32(big), total == zlib.crc32(big))

for bad in ("abc", 12, None, [1, 2]):
    for f in (zlib.crc32, zlib.adler32):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)

for name in ("DEFLATED", "DEF_BUF_SIZE", "DEF_MEM_LEVEL", "MAX_WBITS",
             "Z_BEST_COMPRESSION", "Z_BEST_SPEED", "Z_BLOCK",
             "Z_DEFAULT_COMPRESSION", "Z_DEFAULT_STRATEGY", "Z_FILTERED",
             "Z_FINISH", "Z_FIXED", "Z_FULL_FLUSH", "Z_HUFFMAN_ONLY",
             "Z_NO_COMPRESSION", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_RLE",
             "Z_SYNC_FLUSH", "Z_TREES"):
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION[:2],
      type(zlib.ZLIB_RUNTIME_VERSION).__name__)
print(zlib.error.__mro__)
print(issubclass(zlib.error, Exception), zlib.error.__name__)
print(zlib.error("boom"))
