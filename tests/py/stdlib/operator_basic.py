# The operator module: plain, in-place and dunder-alias functions.
import operator
from operator import *


def show(label, func, *args):
    try:
        print(label, repr(func(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))

# Comparisons and logic.
for name in ['lt', 'le', 'eq', 'ne', 'ge', 'gt']:
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f(3, 2), f('a', 'b'), f((1, 2), (1, 2)))
show('lt-mixed', lt, 1, 'a')
show('eq-mixed', eq, 1, 'a')
print(not_(0), not_([1]), truth(0), truth('x'), truth([]))
print(is_(None, None), is_(1, None), is_not(None, None), is_not([], []))

# Arithmetic and bitwise operations.
print(abs(-3), abs(-2.5), add(2, 3), add('a', 'b'), add([1], [2]))
print(and_(12, 10), or_(12, 10), xor(12, 10), and_(True, False))
print(floordiv(7, 2), floordiv(-7, 2), mod(7, 3), mod(-7, 3), mod('%s!', 'hi'))
print(truediv(7, 2), mul(3, 4), mul('ab', 3), pow(2, 10), pow(2, -1))
print(lshift(1, 10), rshift(1024, 3), neg(5), pos(-5), inv(5), invert(-1))
print(sub(10, 4), sub({1, 2, 3}, {2}))
show('floordiv0', floordiv, 1, 0)
show('truediv0', truediv, 1, 0)
show('add-bad', add, 1, 'a')
show('neg-bad', neg, 'a')
show('inv-bad', inv, 1.5)
show('lshift-neg', lshift, 1, -1)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __repr__(self):
        return 'Vec%r' % (self.xs,)


print(matmul(Vec(1, 2, 3), Vec(4, 5, 6)))
show('matmul-bad', matmul, 1, 2)

# index().
print(index(5), index(True), type(index(True)).__name__, index(-2 ** 70))


class Idx:
    def __index__(self):
        return 7


class BadIdx:
    def __index__(self):
        return 'x'


print(index(Idx()))
show('index-float', index, 1.5)
show('index-str', index, 'a')
show('index-bad', index, BadIdx())

# Sequence operations.
print(concat([1], [2]), concat('ab', 'cd'), concat((1,), (2, 3)))
show('concat-int', concat, 1, 2)
show('concat-list-tuple', concat, [1], (2,))
show('concat-dict', concat, {}, {})
show('concat-str-int', concat, 'a', 1)
print(contains([1, 2], 2), contains('abc', 'bc'), contains({}, 1))
show('contains-int', contains, 1, 1)
print(countOf([1, 2, 1, 1.0, True], 1), countOf('banana', 'a'), countOf([], 1))
nan = float('nan')
print(countOf([nan, nan], nan), indexOf([nan], nan))
print(indexOf([5, 6, 7], 7), indexOf('abc', 'b'), indexOf(iter([1, 2]), 2))
show('indexOf-missing', indexOf, [1], 2)
show('indexOf-int', indexOf, 1, 2)
show('countOf-int', countOf, 1, 2)
d = {}
setitem(d, 'k', 1)
print(d, getitem(d, 'k'), getitem([1, 2, 3], slice(1, None)), getitem('abc', -1))
delitem(d, 'k')
print(d)
show('getitem-missing', getitem, {}, 'x')
show('getitem-range', getitem, [], 0)
show('delitem-missing', delitem, {}, 'x')
lst = [0, 1, 2, 3, 4]
setitem(lst, slice(1, 3), ['a'])
delitem(lst, 0)
print(lst)

# length_hint().
print(length_hint([1, 2, 3]), length_hint(iter([1, 2])), length_hint(5),
      length_hint(5, 9), length_hint(iter(range(10))))


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class LenError:
    def __len__(self):
        raise TypeError('no len')

    def __length_hint__(self):
        return 4


print(length_hint(Hint(3)), length_hint(Hint(NotImplemented), 8),
      length_hint(LenError(), 7))
show('hint-neg', length_hint, Hint(-1))
show('hint-str', length_hint, Hint('a'))
show('hint-default', length_hint, [], 'x')
show('hint-none', length_hint)

# call().
print(call(len, [1, 2]), call(dict, a=1), call(max, 3, 9, key=neg))

# In-place operations.
a = [1]
b = iadd(a, [2])
print(a, b, a is b)
print(iadd(1, 2), isub(5, 2), imul(3, 4), imul([0], 2), itruediv(7, 2),
      ifloordiv(7, 2), imod(7, 3), ipow(2, 5), ilshift(1, 4), irshift(16, 2),
      iand(6, 3), ior(6, 3), ixor(6, 3))
s = {1, 2}
print(ior(s, {3}), s, iand(s, {1, 3}), s, ixor(s, {1, 5}), isub({1, 2}, {1}))
c = [1]
print(iconcat(c, (2, 3)), c)
show('iconcat-int', iconcat, 1, 2)
show('ipow-list', ipow, [], 3)
show('iadd-bad', iadd, [], 3)
t = (1,)
print(iadd(t, (2,)), t)

# Dunder aliases are the same functions.
names = [n for n in dir(operator) if n.startswith('__') and n.endswith('__')
         and n[2:-2] in ('lt le eq ne ge gt not abs add and call floordiv '
                         'index inv invert lshift mod mul matmul neg or pos '
                         'pow rshift sub truediv xor concat contains delitem '
                         'getitem setitem iadd iand iconcat ifloordiv '
                         'ilshift imod imul imatmul ior ipow irshift isub '
                         'itruediv ixor').split()]
print(len(names))
for n in names:
    base = n[2:-2]
    plain = getattr(operator, base, None) or getattr(operator, base + '_')
    if getattr(operator, n) is not plain:
        print('mismatch', n)
print(operator.__add__(1, 2), operator.__not__(0), operator.__inv__(0))
print(inv is invert)
