# list slicing, slice assignment with steps, deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[-1:-4:-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = [-2, -1]
print(b)
b[len(b):] = [100, 200]
print(b)
b[1:3] = []
print(b)
b[:] = "abc"
print(b)
c = list(range(10))
c[::2] = "ABCDE"
print(c)
c[1::2] = [None] * 5
print(c)
c[::-3] = [7, 8, 9, 10]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[1]
print(d)
del d[::3]
print(d)
del d[-2:]
print(d)
del d[:]
print(d)
e = list(range(8))
del e[5:1:-1]
print(e)
del e[100:]
print(e)
e[5:3] = ["ins"]
print(e)
f = [1, 2, 3]
f[1:1] = f
print(f)
f[::1] = [9]
print(f)
g = list(range(6))
g[2:4] = (x * 10 for x in range(3))
print(g)
g[-1:] = [[1, 2]]
print(g)
h = [0] * 5
h[1:4:2] = "xy"
print(h)
try:
    del h[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    h[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
