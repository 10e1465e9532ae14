# Errors raised by array.array, with CPython's messages.
from array import array as A


def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)


# Construction.
check(lambda: A('x'))
check(lambda: A('bb'))
check(lambda: A(1))
check(lambda: A())
check(lambda: A('i', [1], 2))
check(lambda: A('i', initializer=[1]))
check(lambda: A('i', 'abc'))
check(lambda: A('i', A('u', 'a')))
check(lambda: A('u', A('i', [1])))
check(lambda: A('u', [1]))
check(lambda: A('u', ['ab']))
check(lambda: A('i', b'\1\0\0'))
check(lambda: A('i', 5))
check(lambda: A('i', None))
check(lambda: A('i', A('d', [1.0])))

# Ranges of the integer codes.
for code in 'bBhHiIlLqQ':
    for v in (-(1 << 100), -(1 << 64), -(1 << 63) - 1, -(1 << 32), -40000,
              -129, -1, 0, 255, 256, 40000, 70000, 1 << 32, 1 << 63,
              1 << 64, 1 << 100):
        try:
            A(code, [v])
            print(code, v, 'ok')
        except OverflowError as e:
            print(code, v, e)

# Item types.
class Index:
    def __index__(self):
        return 7

class Real:
    def __float__(self):
        return 2.5

for code in 'bBiIQdfu':
    for v in (1.5, 'x', None, Index(), Real(), True):
        try:
            print(code, repr(A(code, [v])))
        except TypeError as e:
            print(code, type(v).__name__, e)
check(lambda: A('d', [1 << 2000]))

# Indexing.
a = A('i', [1, 2, 3])
check(lambda: a[3])
check(lambda: a[-4])
check(lambda: a['x'])
check(lambda: a[1.0])
check(lambda: a.__setitem__(3, 1))
check(lambda: a.__setitem__(-4, 1))
check(lambda: a.__setitem__(10, 'x'))
check(lambda: a.__setitem__('x', 1))
check(lambda: a.__setitem__(0, 'x'))
check(lambda: a.__setitem__(0, 1 << 40))
check(lambda: a.__delitem__(3))
check(lambda: a.__delitem__('x'))
check(lambda: a.__setitem__(slice(0, 2), [1, 2]))
check(lambda: a.__setitem__(slice(0, 2), 5))
check(lambda: a.__setitem__(slice(0, 2), A('d', [1.0])))
check(lambda: a.__setitem__(slice(0, 3, 2), A('i', [1])))
check(lambda: a.__setitem__(slice(None, None, 0), A('i')))
check(lambda: a[::0])
print(a)

# Operators.
check(lambda: a + [1])
check(lambda: a + A('d'))
check(lambda: a * 'x')
check(lambda: a * 2.0)
check(lambda: a * [1])
check(lambda: A('u', 'a') < A('i', [1]))
check(lambda: A('u', 'a') == A('i', [1]))
check(lambda: a == [1, 2, 3])

def iadd(other):
    b = A('i', [1])
    b += other
    return b

check(lambda: iadd([1]))
check(lambda: iadd(A('d')))
check(lambda: iadd(A('i', [2])))

def imul(n):
    b = A('i', [1])
    b *= n
    return b

check(lambda: imul('x'))
check(lambda: imul(3))

# Methods.
check(lambda: a.extend(A('d')))
check(lambda: a.extend(5))
b = A('i', [5])
check(lambda: b.extend([1, 'x', 3]))
print(b)
check(lambda: b.fromlist((1,)))
check(lambda: b.fromlist([1, 'x']))
print(b)
check(lambda: b.append('x'))
check(lambda: b.append(1 << 40))
check(lambda: b.index(99))
check(lambda: b.index(5, 1))
check(lambda: b.index(1, 'x'))
check(lambda: b.remove(99))
check(lambda: b.pop(99))
check(lambda: b.pop('x'))
check(lambda: A('i').pop())
check(lambda: b.insert('x', 1))
check(lambda: b.insert(0, 'x'))
check(lambda: b.tounicode())
check(lambda: b.fromunicode('x'))
check(lambda: b.fromunicode(5))
check(lambda: A('u').fromunicode(5))
check(lambda: b.frombytes('abc'))
check(lambda: b.frombytes(5))
check(lambda: b.frombytes(b'abc'))
check(lambda: b.fromfile(5, 1))
check(lambda: b.tofile(5))
print(b)

# Attributes.
check(lambda: setattr(b, 'typecode', 'd'))
check(lambda: setattr(b, 'itemsize', 1))
check(lambda: b.typecode)

# The type's name appears in messages the interpreter writes.
for f in (lambda: 'x' * a, lambda: [1] + a, lambda: a < [1], lambda: a >= 5,
          lambda: {b: 1}):
    try:
        f()
    except TypeError as e:
        print('TypeError', 'array' in str(e))
