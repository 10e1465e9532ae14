# Basic behaviour of array.array: construction, indexing, slicing,
# sequence methods, operators, comparisons and reprs.
import array
from array import array as A
import copy

print(array.typecodes, array.ArrayType is A)
print(A.__name__, A.__module__)

for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a), bool(a))

print(A('i', [1, 2, 3]))
print(A('d', [1.0, 2.5, -3]))
print(A('f', [0.1, 0.5, 1e300, -1e300, 1e-50]))
print(A('u', 'abc'), A('u', ['x', 'y']), str(A('u', 'hé')))
print(A('B', b'\x01\x02\xff'), A('b', bytearray(b'\xff\x7f')))
print(A('h', range(5)), A('q', (x * x for x in range(4))))
print(A('l', A('i', [7, 8])), A('d', A('i', [1, 2])))
print(A('i', [True, False]), A('d', [True, 3]))

# Indexing and slicing.
a = A('i', range(10))
print(a[0], a[-1], a[3], a[True])
print(a[2:5], a[::3], a[::-1], a[8:2:-2], a[5:1], a[-3:])
print(type(a[1:3]).__name__, a[:] == a, a[:] is a)
a[0] = 100
a[-1] = -100
print(a)
a[2:4] = A('i', [20, 30, 31])
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a)
a[1:3] = A('i')
print(a)
a[len(a):] = A('i', [77])
print(a)
a[:] = a
print(a)
del a[0]
del a[-1]
del a[::3]
print(a)
del a[1:3]
print(a, len(a))

# Iteration, membership, counting.
b = A('h', [3, 1, 4, 1, 5, 9, 2, 6])
print(list(b), list(reversed(b)), sorted(b), sum(b), max(b), min(b))
print(4 in b, 7 in b, 4.0 in b, 'x' in b)
print(b.count(1), b.count(7), b.index(1), b.index(1, 2), b.index(9, -4, -1))

# Methods of lists.
c = A('d')
c.append(1)
c.append(2.5)
c.extend([3, 4])
c.extend(A('d', [5.0]))
c.extend(x / 2 for x in range(3))
c.insert(0, -1)
c.insert(100, 99)
c.insert(-100, -99)
print(c)
print(c.pop(), c.pop(0), c.pop(2), c)
c.remove(3)
c.reverse()
print(c, c.tolist(), type(c.tolist()).__name__)
c.fromlist([7, 8.5])
print(c)

# Operators.
x = A('i', [1, 2])
y = A('i', [3])
print(x + y, x * 3, 3 * x, x * 0, x * -2)
z = x
z += y
z *= 2
print(z, z is x)
z *= 0
print(z, x)

# Comparisons.
p, q = A('i', [1, 2, 3]), A('i', [1, 2, 4])
print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [1, 2]) == A('i', [1, 2, 0]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [1]) < A('Q', [2]))
print(A('f', [0.1]) == A('d', [0.1]), A('f', [0.5]) == A('d', [0.5]))
nan = A('d', [float('nan')])
print(nan == nan, nan == nan[:], nan != nan)
print(A('i') == [], A('i') != [], A('u', 'ab') == A('u', 'ab'))

# Unicode arrays.
u = A('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[1], u[::-1].tounicode(), u.count('l'), u.index('o'))
u[0] = 'H'
print(u.tounicode(), len(u))

# Copies.
d = A('q', [1, 2, 3])
for e in (copy.copy(d), copy.deepcopy(d), d.__copy__(), d.__deepcopy__({})):
    print(e, e == d, e is d)
print(d.buffer_info()[1], len(d.buffer_info()))

# Subclasses.
class MyArray(A):
    def total(self):
        return sum(self)

class Tagged(A):
    def __init__(self, typecode, init=(), tag=None):
        self.tag = tag

m = MyArray('i', [1, 2, 3])
print(m, m.total(), type(m).__name__, isinstance(m, A))
print(type(m[:]).__name__, type(m + m).__name__, type(m * 2).__name__,
      type(copy.copy(m)).__name__)
m += A('i', [4])
m *= 2
print(m, type(m).__name__)
m.extra = 'attr'
print(m.extra)
t = Tagged('d', [1.5], tag='T')
print(t, t.tag)
print(A[int])

# Floats stored as single precision.
f = A('f', [1 / 3])
print(f[0], f[0] == 1 / 3)
f[0] = 0.1
f.append(2 ** 0.5)
print(f)
print(A('f', [float('inf'), float('-inf'), -0.0]))
