# base64: Base64 (standard, URL-safe, MIME lines), Base32, Base32hex and
# Base16, with their error messages.
import base64 as b
import binascii
import random


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "b.b64encode(b'hello world')", "b.b64encode(b'')", "b.b64encode(bytearray(b'ab'))",
    "b.b64encode(b'\\xfb\\xff', b'-_')", "b.b64encode(b'\\xfb\\xff', b'-')", "b.b64encode('abc')",
    "b.b64decode(b'aGVsbG8gd29ybGQ=')", "b.b64decode('aGVsbG8gd29ybGQ=')", "b.b64decode('-_8=', '-_')",
    "b.b64decode(b'-_8=', altchars=b'-_')", "b.b64decode(b'YW*Jj', validate=True)",
    "b.b64decode(b'YWJj=', validate=True)", "b.b64decode(b'YWJj\\n', validate=True)", "b.b64decode(b'YWJj\\n')",
    "b.b64decode(b'YWJ')", "b.b64decode(b'Y')", "b.b64decode(3)", "b.b64decode('\\u00e9')",
    "b.b64decode(b'YWJj', altchars=b'-')",
    "b.standard_b64encode(b'ab')", "b.standard_b64decode(b'YWI=')",
    "b.urlsafe_b64encode(b'\\xfb\\xff\\xfe')", "b.urlsafe_b64decode('-_-_')", "b.urlsafe_b64decode(b'-__-')",
    "b.encodebytes(b'x' * 100)", "b.encodebytes(b'')", "b.encodebytes(b'x' * 57)", "b.encodebytes('x')",
    "b.decodebytes(b'eHh4\\neHh4\\n')", "b.decodebytes('eHh4')",
    "b.b32encode(b'abcdefg')", "b.b32encode(b'a')", "b.b32encode(b'ab')", "b.b32encode(b'abc')",
    "b.b32encode(b'abcd')", "b.b32encode(b'abcde')", "b.b32encode(b'')", "b.b32encode('a')",
    "b.b32decode('MFRGGZDFMZTQ====')", "b.b32decode(b'MFRGGZDFMZTQ====')", "b.b32decode('mfrggzdfmztq====')",
    "b.b32decode('mfrggzdfmztq====', True)", "b.b32decode('MFRGGZDFMZTQ===')",
    "b.b32decode('MFRGG1DF', map01=b'L')", "b.b32decode('MFRGG0DF', map01='I')", "b.b32decode('MFRGG0DF')",
    "b.b32decode('ME======')", "b.b32decode('MF=====')", "b.b32decode('M=======')", "b.b32decode('MFRGG===')",
    "b.b32decode('')", "b.b32decode('MFRGGZD=')", "b.b32decode('MFRGGZ==')", "b.b32decode('M1======')",
    "b.b32decode('M!=====')", "b.b32decode('MF!=====')", "b.b32decode('M!======')", "b.b32decode('========')",
    "b.b32decode('MFRGGZDF========')", "b.b32decode(b'MFRGG0DF', map01=b'LL')",
    "b.b32hexencode(b'abcdefg')", "b.b32hexdecode('C5H66P35CPJG====')",
    "b.b32hexdecode('c5h66p35cpjg====', casefold=True)", "b.b32hexdecode('C5H66P35CPJW====')",
    "b.b16encode(b'\\xab\\xcd\\x01')", "b.b16encode(b'')", "b.b16decode('ABCD')", "b.b16decode(b'0a')",
    "b.b16decode('abcd')", "b.b16decode('abcd', True)", "b.b16decode('ABC')", "b.b16decode('ABCG')",
    "b.b16decode('AB CD')",
]:
    show(expr)

r = random.Random(2)
for i in range(120):
    d = bytes(r.choice([0, 32, r.randrange(256)]) for _ in range(r.randrange(30)))
    print(b.b64encode(d), b.urlsafe_b64encode(d), b.b32encode(d), b.b32hexencode(d), b.b16encode(d))
    assert b.b32decode(b.b32encode(d)) == d and b.b32hexdecode(b.b32hexencode(d)) == d
    assert b.b64decode(b.b64encode(d), validate=True) == d and b.b16decode(b.b16encode(d)) == d
    assert b.urlsafe_b64decode(b.urlsafe_b64encode(d)) == d and b.decodebytes(b.encodebytes(d * 9)) == d * 9
