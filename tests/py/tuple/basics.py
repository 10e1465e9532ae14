# tuple indexing, slicing, count/index, concatenation, single-element repr
t = (10, 20, 30, 20, 10, 20)
print(t, t[0], t[-1], t[1:4], t[::-1], t[::2], t[-2:], t[10:], len(t))
print(t.count(20), t.count(99), t.index(20), t.index(20, 2), t.index(10, 1, 5))
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print((1,), (), tuple(), (1, 2) + (3,), (1,) * 3, 2 * (0, 1), () * 5, ((1,),), (None,), ("a",))
print(repr((1,)), str(("x",)), repr(((),)), tuple("abc"), tuple([1, [2]]), tuple(range(3)), tuple({"a": 1}))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
x = 1,
y = 1, 2
z = (1)
print(x, y, z, type(x).__name__, type(z).__name__)
a, b, c = (1, 2, 3)
print(a, b, c)
a, b = b, a
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1][1])
mut = ([1], [2])
mut[0].append(99)
print(mut)
try:
    mut[0] += [100]
except TypeError as e:
    print(type(e).__name__, e)
print(mut)
print(3 in t, 99 in t, (1, 2) in [(1, 2)], () in ((),))
print(sum((1, 2, 3)), max((4, 1)), min(("b", "a")), sorted((3, 1, 2)), list(reversed((1, 2))))
tt = t
tt += (1,)
print(t, tt, tt is t)
print(t.__len__(), t.__getitem__(2), t.__contains__(30))
