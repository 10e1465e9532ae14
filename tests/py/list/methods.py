# list methods
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend((2, 6))
a.extend("ab")
a.extend(range(2))
print(a, len(a))
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("a")
a.remove(1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
print(a.index(4), a.index(1), a.count(1), a.count("zzz"))
b = [1, 2, 3, 1, 2, 3, 1]
print(b.index(1, 1), b.index(1, 4), b.index(3, -3), b.index(2, 0, 2), b.count(1))
for args in [(5,), (1, 1, 3), (3, -1)]:
    try:
        b.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    b.pop(50)
except IndexError as e:
    print(type(e).__name__, e)
c = b.copy()
c.append("c")
print(b, c, c is b, c == b)
b.reverse()
print(b)
b.clear()
print(b, len(b))
d = [[1], [2]]
e = d.copy()
e[0].append(99)
print(d, e)
print(a.append(0), a.extend([]), a.sort if False else None, a.clear())
print([1, 2].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(-1))
x = []
x += [1]
x += (2,)
x += "s"
print(x)
try:
    x = x + (3,)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("ab"), list(range(3)), list((1, 2)), list({1: 2}), list(x for x in [5]))
