print(repr(bytes(range(256))))
print(repr(bytearray(range(256)).replace(b"'", b"").replace(b'"', b"")))
for q in [b"'", b'"', b"'\"", b"a'b", b'a"b']:
    print(repr(q), repr(bytearray(q)) if q not in (b"'", b"a'b") else "-")
s = "".join(chr(i) for i in range(0x0, 0x3100))
r = repr(s)
print(len(r), r[:2000])
h = 0
for ch in r:
    h = (h * 131 + ord(ch)) % (2**61 - 1)
print(h)
r = ascii(s)
h = 0
for ch in r:
    h = (h * 131 + ord(ch)) % (2**61 - 1)
print(len(r), h)
big = "".join(chr(i) for i in range(0x10000, 0x110000, 7) if not 0xD800 <= i < 0xE000)
r = repr(big)
h = 0
for ch in r:
    h = (h * 131 + ord(ch)) % (2**61 - 1)
print(len(r), h)
for i in [0xe000, 0xf8ff, 0xfeff, 0xfff9, 0xfffe, 0xffff, 0x1f600, 0xe0001, 0xe0100, 0xf0000, 0x10ffff, 0x1d173, 0x2028, 0x2029, 0x200e, 0x061c, 0x0600, 0x110bd, 0x1bca0]:
    print(hex(i), repr(chr(i)), ascii(chr(i)), chr(i).isprintable())
