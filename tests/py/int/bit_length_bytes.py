# bit_length, to_bytes, from_bytes
for n in [0, 1, 2, 3, 255, 256, -1, -128, -129, 2**63, 2**64 - 1, -(2**64)]:
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1).to_bytes(4, "big"), (0).to_bytes(3, "little"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((2**64 - 1).to_bytes(8, "little"))
print((258).to_bytes(2))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(b"\x01\x02"))
for n in [0, 1, -1, 12345, -12345, 2**100, -(2**100)]:
    length = (n.bit_length() + 8) // 8
    bs = n.to_bytes(length, "big", signed=True)
    print(n, bs.hex(), int.from_bytes(bs, "big", signed=True) == n)
try:
    (5).to_bytes(2, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((5).to_bytes(0 + 1, byteorder="little"))
print((0).to_bytes(0, "big"))
print(int.bit_length(7), (7).bit_count(), (7).as_integer_ratio())
print((10).numerator, (10).denominator, (10).real, (10).imag, (10).conjugate())
print((-5).__abs__(), (5).__neg__(), (3).__add__(4), (3).__radd__(4))
print(int.__name__, (3).__class__.__name__)
