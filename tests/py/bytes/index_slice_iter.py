# bytes indexing gives ints, slicing gives bytes
b = b"ABCDEFGH"
print(b[0], b[-1], type(b[0]).__name__, b[2:5], b[::-1], b[::2], b[-3:], b[100:], b[1:7:3])
ba = bytearray(b)
print(ba[0], ba[1:4], type(ba[1:4]).__name__, ba[::-2])
try:
    b[8]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba[-9]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
for i, v in enumerate(b"xyz"):
    print(i, v, chr(v))
it = iter(b"hi")
print(next(it), next(it), next(it, "done"))
print([x + 1 for x in b"\x00\x01\xfe"], bytes(x ^ 0x20 for x in b"Hello"))
print(sorted(b"dcba"), bytes(sorted(b"dcba")), list(reversed(b"abc")), b"abc" * 0)
print(b"abc" < b"abd", b"" < b"\x00", b"\xff" > b"\x00\x00", [b"b", b"a", b"ab"] < [b"b", b"b"], sorted([b"b", b"a", b"ab"]))
total = 0
for byte in b"\x01\x02\x03\xff":
    total = (total << 8) | byte
print(total, hex(total))
chunks = [b"0123456789"[i:i + 3] for i in range(0, 10, 3)]
print(chunks)
