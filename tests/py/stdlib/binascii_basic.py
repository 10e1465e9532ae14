# binascii: hex and base64 conversions, checksums and error messages.
import binascii as B
import random


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "B.hexlify(b'\\x00\\xffab')", "B.b2a_hex(bytearray(b'ab'))", "B.hexlify(memoryview(b'xyz'))",
    "B.hexlify(b'abc', '-')", "B.hexlify(b'abcdef', b':', 2)", "B.hexlify(b'abcdefg', ':', -2)",
    "B.hexlify(b'abcdefg', ':', 3)", "B.hexlify(b'', ':')", "B.hexlify(b'abc', '--')", "B.hexlify('abc')",
    "B.unhexlify(b'616263')", "B.unhexlify('ABcd')", "B.a2b_hex(bytearray(b'00ff'))", "B.unhexlify('')",
    "B.unhexlify(b'abc')", "B.unhexlify('abzz')", "B.unhexlify('ab cd')", "B.unhexlify('\\u00e9\\u00e9')",
    "B.a2b_hex(3)",
    "B.b2a_base64(b'')", "B.b2a_base64(b'a')", "B.b2a_base64(b'ab')", "B.b2a_base64(b'abc')",
    "B.b2a_base64(b'abcd')", "B.b2a_base64(b'abcd', newline=False)", "B.b2a_base64(bytes(range(256)))",
    "B.b2a_base64('x')",
    "B.a2b_base64(b'YWJjZA==')", "B.a2b_base64('YWJj')", "B.a2b_base64(b'YW=Jj')", "B.a2b_base64(b'YWJjZ')",
    "B.a2b_base64(b'YWJjZA')", "B.a2b_base64(b'YWJjZA=')", "B.a2b_base64(b'YWJjZA==YQ==')",
    "B.a2b_base64(b'=YWJj')", "B.a2b_base64(b'YW*Jj')", "B.a2b_base64('YWJj\\u00e9')",
    "B.a2b_base64(b'YQ=\\n=')", "B.a2b_base64(b'YQ=x=')", "B.a2b_base64(b'Y=Q==')",
    "B.a2b_base64(b'YWJjZGVmZ2hp1')", "B.a2b_base64(b'')", "B.a2b_base64(b'\\n\\n')",
    "B.a2b_base64(b'=YWJj', strict_mode=True)", "B.a2b_base64(b'YW*Jj', strict_mode=True)",
    "B.a2b_base64(b'YWJjZA==YQ==', strict_mode=True)", "B.a2b_base64(b'YWJjZA=a=', strict_mode=True)",
    "B.a2b_base64(b'YWJj=', strict_mode=True)", "B.a2b_base64(b'YWJjZA===', strict_mode=True)",
    "B.a2b_base64(b'YWJjZA=', strict_mode=True)", "B.a2b_base64(b'YWJjZ', strict_mode=True)",
    "B.a2b_base64(b'YWJjZA', strict_mode=True)", "B.a2b_base64(b'', strict_mode=True)",
    "B.a2b_base64(b'Y\\nW', strict_mode=True)", "B.a2b_base64(b'YWI=', strict_mode=True)",
    "B.crc32(b'hello')", "B.crc32(b'hello', 12345)", "B.crc32(b'')", "B.crc32(b'a', -1)",
    "B.crc32(b'world', B.crc32(b'hello ')) == B.crc32(b'hello world')", "B.crc32(bytes(range(256)))",
    "B.crc_hqx(b'hello', 0)", "B.crc_hqx(b'hello', 0xffff)", "B.crc_hqx(b'', 70000)",
    "B.crc_hqx(b'123456789', 0)", "B.crc32('x')",
    "B.Error.__mro__", "B.Incomplete.__mro__",
]:
    show(expr)

for s in [b"YWJj==", b"YWJj=a", b"Y=WJj", b"YQ===", b"YQ=", b"YWI==", b"YWI=a", b"YWJj\n", b"====",
          b"=", b"Y", b"YW==\n", b" YWJj", b"YQ==YQ=="]:
    for strict in (False, True):
        try:
            print(s, strict, B.a2b_base64(s, strict_mode=strict))
        except B.Error as e:
            print(s, strict, "Error", e)

r = random.Random(1)
for i in range(150):
    d = bytes(r.randrange(256) for _ in range(r.randrange(40)))
    e = B.b2a_base64(d)
    assert B.a2b_base64(e) == d and B.unhexlify(B.hexlify(d)) == d
    print(e, B.crc32(d), B.crc_hqx(d, i), B.hexlify(d, "-", -3) if d else b"")
    junk = bytes(r.choice(b"ABab01+/=\n*") for _ in range(r.randrange(12)))
    try:
        print(B.a2b_base64(junk))
    except B.Error as ex:
        print("Error", ex)
