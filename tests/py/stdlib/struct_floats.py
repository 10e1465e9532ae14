# struct: IEEE 754 half, single and double precision conversions with
# correct rounding, subnormals, infinities and NaNs.
import struct
import random
import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "struct.pack('>e', 1.0/3)", "struct.pack('<f', 0.1)", "struct.pack('!d', -0.0)", "struct.pack('>e', -0.0)",
    "struct.unpack('>e', b'\\x7c\\x00')", "struct.unpack('>e', b'\\xfc\\x00')", "struct.unpack('>e', b'\\x7e\\x00')",
    "struct.pack('>f', float('nan'))", "struct.pack('>d', float('nan'))", "struct.pack('>e', float('nan'))",
    "struct.pack('>e', float('-inf'))", "struct.pack('>f', float('inf'))", "struct.pack('f', float('-inf'))",
    "struct.pack('<e', 5.96e-8)", "struct.pack('<e', 2.98e-8)", "struct.pack('<e', 2.0**-25)",
    "struct.pack('<e', -2.0**-25)", "struct.pack('<e', 2.0**-25 + 2.0**-40)", "struct.pack('<e', 3 * 2.0**-25)",
    "struct.pack('e', 0.00006103515625 / 2)", "struct.pack('<e', 65504.0)", "struct.pack('<e', 65519.99)",
    "struct.pack('<e', 65520.0)", "struct.pack('e', 1e6)", "struct.pack('>e', 1.0009765625)", "struct.pack('>e', 1.00048828125)",
    "struct.pack('>e', 1.00146484375)",
    "struct.pack('<f', 1e300)", "struct.pack('f', 1e300)", "struct.pack('f', 3.5e38)",
    "struct.pack('<f', 3.4028235677973366e+38)", "struct.pack('<f', 3.4028235e38)",
    "struct.pack('<f', 1e-46)", "struct.pack('<f', 7.006492321624085e-46)", "struct.pack('<f', 7.006492321624087e-46)",
    "struct.pack('<f', 1.401298464324817e-45)", "struct.pack('<f', 1.1754942e-38)",
    "struct.pack('<d', 5e-324)", "struct.pack('<d', 2.2250738585072014e-308)", "struct.pack('>d', 1.7976931348623157e308)",
    "struct.unpack('<e', b'\\x01\\x00')", "struct.unpack('<e', b'\\xff\\x7b')", "struct.unpack('<e', b'\\xff\\x03')",
    "struct.unpack('<f', b'\\x01\\x00\\x00\\x00')", "struct.unpack('<f', b'\\xff\\xff\\x7f\\x7f')",
    "struct.unpack('<d', b'\\x01' + b'\\x00' * 7)", "struct.unpack('>d', b'\\x7f\\xef' + b'\\xff' * 6)",
    "struct.unpack('>f', b'\\x3d\\xcc\\xcc\\xcd')", "struct.unpack('<3e', struct.pack('<3e', 1.5, -2, 1/3))",
]:
    show(expr)

r = random.Random(3)
for i in range(400):
    k = r.randrange(5)
    if k == 0:
        x = r.random() * 10 ** r.randrange(-10, 10)
    elif k == 1:
        x = r.gauss(0, 1) * 2.0 ** r.randrange(-160, 130)
    elif k == 2:
        x = struct.unpack("<d", r.getrandbits(64).to_bytes(8, "little"))[0]
    elif k == 3:
        x = (r.randrange(1, 2 ** 12) + 0.5) * 2.0 ** r.randrange(-40, 10)
    else:
        x = r.randrange(-70000, 70000) / 2 ** r.randrange(0, 30)
    if x != x:
        continue
    row = [struct.pack("<d", x).hex(), struct.pack("f", x).hex()]
    for c in ["<f", ">e"]:
        try:
            row.append(struct.pack(c, x).hex())
        except OverflowError as e:
            row.append(str(e))
    row.append(repr(struct.unpack("<e", r.getrandbits(16).to_bytes(2, "little"))[0]))
    row.append(repr(struct.unpack("<f", r.getrandbits(32).to_bytes(4, "little"))[0]))
    row.append(repr(struct.unpack("<d", struct.pack("<d", x))[0] == x))
    print(" ".join(row))
