# bytes/bytearray literals, constructors, repr
print(b"abc", b'it\'s', b"say \"hi\"", b"both ' and \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(bytes((1, 2)), bytes(bytearray(b"ba")))
print(bytearray(), bytearray(2), bytearray(b"xyz"), bytearray([1, 2, 255]), bytearray("é", "latin-1"))
print(repr(b""), repr(bytearray(b"")), repr(b"'"), repr(b'"'), repr(b"'\""))
print(rb"\n\x00", len(rb"\n\x00"), br"raw")
print(type(b"").__name__, type(bytearray()).__name__, isinstance(b"", bytes), isinstance(bytearray(), bytes))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" == "abc", b"a" < b"b", b"ab" < b"abc")
print(bytes(b"x") is not None, len(b"hello"), len(bytearray(10)))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1),
            lambda: bytes([1.5]), lambda: bytearray("x"), lambda: bytes(None) if False else bytes(["a"])]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(str(b"abc"), str(bytearray(b"q")), f"{b'fmt'}", "%s|%r" % (b"p", b"r"))
print(list(b"AZaz09"), tuple(bytearray(b"\x00\xff")))
print(b"ab" + b"cd", b"ab" * 3, bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__)
try:
    b"ab" + "cd"
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"x") == hash(b"x"), {b"k": 1}[b"k"])
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(bytes([0x41] * 3), b"\x41\x42", b"A\x00B".decode(), repr(b"A\x00B".decode()))
