# base64: the Ascii85 and Base85 encodings with all their options.
import base64 as b
import random


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "b.a85encode(b'hello world')", "b.a85encode(b'\\0\\0\\0\\0    ', foldspaces=True)",
    "b.a85encode(b'\\0\\0\\0\\0    ')", "b.a85encode(b'hello world' * 3, wrapcol=20, adobe=True)",
    "b.a85encode(b'abc', pad=True)", "b.a85encode(b'')", "b.a85encode(b'', adobe=True)",
    "b.a85encode(b'\\0\\0\\0\\0')", "b.a85encode(b'\\0\\0')", "b.a85encode(b'\\0\\0', pad=True)",
    "b.a85encode(b'abcd' * 30, wrapcol=7)", "b.a85encode(b'ab', wrapcol=1, adobe=True)",
    "b.a85encode(b'abcdefgh', wrapcol=5, adobe=True)", "b.a85encode(b'    ', foldspaces=True, pad=True)",
    "b.a85encode('abc')",
    "b.a85decode(b'BOu!rD]j7BEbo7')", "b.a85decode('BOu!rD]j7BEbo7')", "b.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True)",
    "b.a85decode(b'BOu!rD]j7BEbo7~>', adobe=True)", "b.a85decode(b'BOu!rD]j7BEbo7', adobe=True)",
    "b.a85decode(b'z')", "b.a85decode(b'y')", "b.a85decode(b'y', foldspaces=True)", "b.a85decode(b'abzcd')",
    "b.a85decode(b'abycd', foldspaces=True)", "b.a85decode(b'ab{')", "b.a85decode(b's8W-\"')",
    "b.a85decode(b's8W-!')", "b.a85decode(b'ab c\\nd')", "b.a85decode(b'ab c', ignorechars=b'')",
    "b.a85decode(b'!!')", "b.a85decode(b'!')", "b.a85decode(b'<~~>', adobe=True)", "b.a85decode(b'ab\\x00')",
    "b.b85encode(b'hello world')", "b.b85encode(b'abc', pad=True)", "b.b85encode(b'')",
    "b.b85encode(b'\\0\\0\\0\\0')", "b.b85encode(b'\\xff' * 7)",
    "b.b85decode(b'Xk~0{Zy<MXa%^M')", "b.b85decode('Xk~0{')", "b.b85decode(b'Xk~0{Zy<MXa%^\"')",
    "b.b85decode(b'|NsC0')", "b.b85decode(b'~~~~~')", "b.b85decode(b'ab\\x00')", "b.b85decode(b'')",
]:
    show(expr)

r = random.Random(5)
for i in range(150):
    d = bytes(r.choice([0, 32, r.randrange(256)]) for _ in range(r.randrange(30)))
    print(b.a85encode(d, foldspaces=bool(i % 2)), b.b85encode(d, pad=bool(i % 3)),
          b.a85encode(d, wrapcol=i % 9, adobe=bool(i % 5)))
    assert b.a85decode(b.a85encode(d, foldspaces=True), foldspaces=True) == d
    assert b.b85decode(b.b85encode(d)) == d
    assert b.a85decode(b.a85encode(d, wrapcol=i % 9, adobe=True), adobe=True) == d
    print(b.b85decode(b.b85encode(d, pad=True)), b.a85decode(b.a85encode(d, pad=True)))
