# struct: error messages for bad formats, values and buffers.
import struct


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


for expr in [
    "struct.pack('b', 200)", "struct.pack('B', -1)", "struct.pack('h', 40000)", "struct.pack('<h', 40000)",
    "struct.pack('H', -1)", "struct.pack('<H', 70000)", "struct.pack('i', 2**31)", "struct.pack('<i', 2**31)",
    "struct.pack('I', -1)", "struct.pack('<I', -1)", "struct.pack('l', 2**63)", "struct.pack('<l', 2**31)",
    "struct.pack('L', -1)", "struct.pack('<L', 2**32)", "struct.pack('q', 2**63)", "struct.pack('<q', -2**63 - 1)",
    "struct.pack('Q', -1)", "struct.pack('<Q', 2**64)", "struct.pack('n', 2**63)", "struct.pack('N', -1)",
    "struct.pack('i', 2**100)", "struct.pack('b', 2**64)",
    "struct.pack('<n', 1)", "struct.pack('>N', 1)", "struct.pack('=P', 1)",
    "struct.pack('P', 2**64)", "struct.pack('P', -2**63 - 1)", "struct.pack('P', 1.5)",
    "struct.pack('i', 1.5)", "struct.pack('i', '1')", "struct.pack('i', None)", "struct.pack('i', Idx())",
    "struct.pack('f', 'x')", "struct.pack('f', None)", "struct.pack('<d', Flt())", "struct.pack('<d', Idx())",
    "struct.pack('d', 10**400)",
    "struct.pack('c', b'ab')", "struct.pack('c', 'a')", "struct.pack('c', 1)", "struct.pack('c', bytearray(b'a'))",
    "struct.pack('s', 'a')", "struct.pack('p', 1)",
    "struct.pack('ii', 1)", "struct.pack('i', 1, 2)", "struct.pack('3s', b'a', b'b')", "struct.pack('x', 1)",
    "struct.pack()", "struct.Struct()", "struct.Struct(5)",
    "struct.unpack('i', b'abc')", "struct.unpack('i', b'abcde')", "struct.unpack('i', 'abcd')",
    "struct.unpack('i', 5)",
    "struct.unpack_from('i', b'abcdef', 4)", "struct.unpack_from('i', b'abcdef', 10)",
    "struct.unpack_from('i', b'abcdef', -10)", "struct.unpack_from('i', b'abcdef', -2)",
    "struct.pack_into('i', bytearray(8), 6, 1)", "struct.pack_into('i', bytearray(8), -10, 1)",
    "struct.pack_into('i', bytearray(8), -2, 1)", "struct.pack_into('i', b'12345678', 0, 1)",
    "struct.Struct('i').pack_into(bytearray(2), 0, 1)",
    "struct.calcsize('z')", "struct.calcsize('2 h')", "struct.calcsize('2')", "struct.calcsize('h<')",
    "struct.calcsize('-i')", "struct.calcsize('10000000000000000000000i')", "struct.calcsize('@@i')",
    "list(struct.iter_unpack('i', b'12345'))", "struct.iter_unpack('0i', b'')", "list(struct.iter_unpack('x', b'ab'))",
    "struct.error.__mro__", "struct.error('boom')",
]:
    show(expr)
