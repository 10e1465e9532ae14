# struct: sizes, alignment, packing and unpacking of every format code,
# the Struct class and the buffer functions.
import struct


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for fmt in ["", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
            "e", "f", "d", "s", "p", "P", "ci", "@ci", "=ci", "<ci", ">ci", "!ci", "cq0l",
            "@bhbibqbe", "=bhbibqbe", "@b3h", "@bP", "@b?", "10s", "10p", "3x", "2h3x",
            "0s", "0i", " i", "< ", "i\n h", "<4s2H", "@i4sq", "3c2?"]:
    show("struct.calcsize(%r)" % fmt)

for expr in [
    "struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2**64 - 1)",
    "struct.pack('>bBhHiIlLqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2**64 - 1)",
    "struct.pack('!hi', 1, 2)", "struct.pack('=hi', 1, 2)", "struct.pack('@hi', 1, 2)",
    "struct.pack('@bq', 1, 2)", "struct.pack('nN', -7, 7)", "struct.pack('P', 5)", "struct.pack('P', -1)",
    "struct.pack('?', [])", "struct.pack('?', 'x')", "struct.pack('>?', 2)", "struct.pack('3?', 0, 1, None)",
    "struct.pack('c', b'a')", "struct.pack('2c', b'a', b'b')", "struct.pack('3s', b'abcdef')",
    "struct.pack('5s', b'ab')", "struct.pack('s', bytearray(b'ab'))", "struct.pack('5p', b'abcdefgh')",
    "struct.pack('5p', b'ab')", "struct.pack('p', b'abc')", "struct.pack('0p', b'abc')", "struct.pack('0s', b'x')",
    "struct.pack('300p', b'a' * 300)[:3]", "struct.pack('2x3sp4p', b'ab', b'c', b'defg')",
    "struct.pack('3x')", "struct.pack('')", "struct.pack(b'<h', 1)", "struct.pack('i', True)",
    "struct.pack('<d', 1.5)", "struct.pack('>f', -2.25)", "struct.pack('<e', 0.5)", "struct.pack('d', 3)",
    "struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 2**64 - 1))",
    "struct.unpack('<q', b'\\xff' * 8)", "struct.unpack('>H', b'\\x01\\x02')", "struct.unpack('?', b'\\x05')",
    "struct.unpack('3c', b'abc')", "struct.unpack('s', b'a')", "struct.unpack('0s', b'')",
    "struct.unpack('2x3sp4p', b'\\x00\\x00abc\\x00\\x03def')", "struct.unpack('5p', b'\\x09abcd')",
    "struct.unpack('x', b'a')", "struct.unpack('4B', bytearray(b'abcd'))",
    "struct.unpack('<h', memoryview(b'ab'))", "struct.unpack('@ci', b'a\\x00\\x00\\x00\\x01\\x00\\x00\\x00')",
    "struct.unpack('PnN', struct.pack('PnN', 2**64 - 1, -2, 3))",
    "struct.unpack_from('<h', b'abcdef', 2)", "struct.unpack_from('<h', b'abcdef', offset=4)",
    "struct.unpack_from('<h', b'abcdef', -2)", "struct.unpack_from('i', buffer=b'abcdefgh', offset=2)",
    "list(struct.iter_unpack('<h', b'\\x01\\x00\\x02\\x00\\x03\\x00'))",
    "list(struct.iter_unpack('>2B', b'abcdef'))",
]:
    show(expr)

buf = bytearray(10)
struct.pack_into("<hi", buf, 2, -1, 7)
print(buf)
struct.pack_into(">h", buf, -2, 258)
print(buf)
mv = memoryview(bytearray(6))
struct.pack_into("<H", mv, 1, 0x4142)
print(bytes(mv))

st = struct.Struct("<2hx?")
print(st.format, st.size, st.pack(1, -2, True), st.unpack(b"\x01\x00\xfe\xff\x00\x01"))
print(st.unpack_from(b"ZZ\x01\x00\xfe\xff\x00\x01", 2), list(st.iter_unpack(b"\x01\x00\x02\x00\x00\x00" * 2)))
st.pack_into(buf, 0, 5, 6, False)
print(buf)
print(struct.Struct(b">q").format, struct.Struct("i") == struct.Struct("i"))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(next(it), it.__length_hint__(), list(it))
