data = b"Hello, World! \x00\xff"
print(data, len(data), data[0], data[-1], data[:5], data[::-1][:3], list(data[:3]))
print(data.upper(), data.lower(), data.hex(), data.hex(":"), data.hex("-", 4), bytes.fromhex("de ad be ef"))
print(data.split(b","), data.find(b"o"), data.rfind(b"o"), data.count(b"l"), data.replace(b"l", b"L", 2))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"x".join([b"1", b"2"]), b" pad ".strip())
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytearray(b"xy"), bytearray(2))
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba, ba.pop(), ba, len(ba), ba.decode(), bytes(ba), ba.find(b"l"))
del ba[1:3]
ba.insert(0, 62)
ba.remove(ord("?"))
print(ba, ba.reverse(), ba, ba.index(b"l"))
print(b"%s %d %x %r %5.2f %c %c" % (b"bytes", 42, 255, b"r", 3.14159, 65, b"z"))
print(b"a,b,,c".split(b",", 1), b"  a b  ".split(), b"x\ny\r\nz".splitlines(), b"abc".partition(b"b"))
print(b"abc".startswith(b"a"), b"abc".endswith((b"c", b"d")), b"123".isdigit(), b"abc".isalpha(), b"Ab".istitle())
print(b"hello world".title(), b"hello".capitalize(), b"Hello".swapcase(), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"a\tb".expandtabs(4), b"abc".ljust(5, b"-"), b"abc".rjust(5), b"xxaxx".strip(b"x"), b"abc".removeprefix(b"a"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\\n\t\r\x7f\x80"), str(b"x"), ascii(b"\xe9"))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(4, "little"), (-2).to_bytes(1, "big", signed=True))
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"))
print(bytes.maketrans(b"ab", b"AB"), b"abcab".translate(bytes.maketrans(b"ab", b"AB")), b"abc".translate(None, b"b"))
print(memoryview(b"abcdef")[1:4].tobytes(), memoryview(b"ab").tolist(), bytes(memoryview(b"q")))
print(b"\xe4\xb8\xad".decode("utf-8"), "中".encode("utf-8"), len("中".encode()), "x".encode("ascii"))
for bad in [lambda: b"a" + "b", lambda: bytes("x"), lambda: bytes([256]), lambda: b"a"[5], lambda: bytearray(b"a").pop(3),
            lambda: b"%d" % "x", lambda: b"abc".decode("ascii", "strict") + b"\xff".decode("ascii"), lambda: bytes.fromhex("xy"),
            lambda: bytearray(b"a").__setitem__(0, 300), lambda: b"a".join(["b"]), lambda: "a" in b"abc", lambda: b"x" * 1.5,
            lambda: b"abc".index(b"z"), lambda: bytes(-1), lambda: int.from_bytes("ab", "big"), lambda: (256).to_bytes(1, "big"),
            lambda: (-1).to_bytes(1, "big"), lambda: b"abc".split(b""), lambda: bytes(1.5), lambda: hash(bytearray())]:
    try:
        print("ok?", bad())
    except Exception as e:
        print(type(e).__name__, e)
def checksum(bs):
    s = 0
    for b in bs:
        s = (s * 31 + b) & 0xFFFFFFFF
    return s
print(checksum(b"hello"), hex(checksum(b"The quick brown fox")), checksum(bytearray(range(256))) % 1000)
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
enc = xor(b"secret message", b"key")
print(enc, enc.hex(), xor(enc, b"key"))
def rle(bs):
    out = bytearray()
    i = 0
    while i < len(bs):
        j = i
        while j < len(bs) and bs[j] == bs[i] and j - i < 255:
            j += 1
        out += bytes([j - i, bs[i]])
        i = j
    return bytes(out)
print(rle(b"aaabccddddd"), rle(b""), rle(b"x" * 300)[:4])
print(b"%(a)s=%(b)d" % {b"a": b"k", b"b": 3}, b"%%|%-4s|%04x" % (b"ab", 10))
