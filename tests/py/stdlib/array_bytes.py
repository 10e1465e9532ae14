# Machine bytes of arrays: tobytes, frombytes, byteswap, files, pickling.
from array import array as A
import array
import io
import math
import pickle

values = {
    'b': [0, 1, -1, 127, -128],
    'B': [0, 1, 128, 255],
    'h': [0, 1, -1, 32767, -32768, 258],
    'H': [0, 1, 65535, 258],
    'i': [0, 1, -1, 2 ** 31 - 1, -2 ** 31, 16909060],
    'I': [0, 1, 2 ** 32 - 1, 16909060],
    'l': [0, -1, 2 ** 63 - 1, -2 ** 63, 72623859790382856],
    'L': [0, 1, 2 ** 64 - 1, 72623859790382856],
    'q': [0, -1, 2 ** 63 - 1, -2 ** 63],
    'Q': [0, 2 ** 64 - 1, 1 << 40],
    'f': [0.0, -0.0, 1.5, 0.1, -2.75, 1e30, float('inf')],
    'd': [0.0, -0.0, 1.5, 0.1, -1e300, 5e-324, float('-inf')],
    'u': ['a', 'é', '\u20ac', '\U0001f600'],
}

for code, vals in values.items():
    a = A(code, vals)
    data = a.tobytes()
    print(code, len(data), data.hex())
    back = A(code)
    back.frombytes(data)
    print(' frombytes', back == a, back.tolist() == a.tolist())
    print(' init', A(code, data) == a, bytes(a) == data if code != 'u' else True)
    if code != 'u':
        a.byteswap()
        print(' swapped', a.tobytes().hex())
        a.byteswap()
        print(' twice', a.tobytes() == data)

# frombytes accepts any bytes-like object, arrays included.
c = A('h')
c.frombytes(b'\x01\x00')
c.frombytes(bytearray(b'\x02\x00'))
c.frombytes(memoryview(b'\x03\x00'))
c.frombytes(A('b', [4, 0]))
print(c)

# A NaN keeps its bits through 'd'.
n = A('d')
n.frombytes(bytes.fromhex('010000000000f87f'))
print(n.tobytes().hex(), n[0] != n[0])
print(A('d', [math.nan]).tobytes().hex())
print(A('f', [math.nan]).tobytes().hex())

# Rounding to single precision.
f = A('f', [1 / 3, 2 / 3, 1e-45, 3.4028235e38, 3.5e38, 1e-46])
print(f, f.tobytes().hex())

# Files.
buf = io.BytesIO()
A('i', [1, 2, 3]).tofile(buf)
A('u', 'xy').tofile(buf)
print(buf.getvalue())
buf.seek(0)
g = A('i')
g.fromfile(buf, 2)
print(g)
g.fromfile(buf, 1)
print(g)
h = A('u')
h.fromfile(buf, 2)
print(h)
try:
    h.fromfile(buf, 1)
except EOFError as e:
    print('EOFError', e)
print(h)

buf = io.BytesIO(A('q', [10, 20]).tobytes())
q = A('q')
try:
    q.fromfile(buf, 5)
except EOFError as e:
    print('EOFError', e)
print(q)
try:
    q.fromfile(io.BytesIO(b'\1\2\3'), 1)
except ValueError as e:
    print('ValueError', e)
try:
    q.fromfile(io.BytesIO(b''), -1)
except ValueError as e:
    print('ValueError', e)
print(q)

# Pickling and the reduction protocol.
for code in 'bBuhHiIlLqQfd':
    a = A(code, values[code][:2])
    r2 = a.__reduce_ex__(2)
    r3 = a.__reduce_ex__(3)
    print(code, r2[0].__name__, r2[1], r2[2], r3[0].__name__, r3[1][1:], r3[2])
    for proto in (0, 2, 4):
        b = pickle.loads(pickle.dumps(a, proto))
        print(' ', proto, b == a, type(b).__name__)

class Sub(A):
    pass

s = Sub('i', [1, 2])
s.note = 'kept'
for proto in (2, 4):
    t = pickle.loads(pickle.dumps(s, proto))
    print(type(t).__name__, t, t.note)
print(s.__reduce_ex__(4)[2])

R = array._array_reconstructor
print(R(A, 'i', 8, b'\x01\x00\x00\x00'))
print(R(A, 'd', 16, bytes(8)))
print(R(A, 'B', 1, b'\xff'))
print(R(A, 'i', 9, b'\x00\x00\x00\x01'))
print(R(A, 'f', 17, bytes.fromhex('3ff0000000000000')))
for args in ((5, 'i', 8, b''), (list, 'i', 8, b''), (A, 'x', 8, b''),
             (A, 'i', 99, b''), (A, 'i', 8, 'x')):
    try:
        R(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
