# slice assignment of different lengths and extended slice size mismatch
def show(label, lst):
    print(label.ljust(22), lst, len(lst))
a = list(range(8))
a[2:4] = []
show("shrink to 0", a)
a = list(range(8))
a[2:4] = ["x", "y", "z", "w"]
show("grow by 2", a)
a = list(range(8))
a[2:2] = ["ins"]
show("insert at 2", a)
a = list(range(8))
a[-2:] = range(3)
show("replace tail", a)
a = list(range(8))
a[:3] = "AB"
show("replace head with str", a)
a = list(range(8))
a[5:2] = ["weird"]
show("stop < start", a)
a = list(range(8))
a[100:200] = [9]
show("out of range append", a)
a = list(range(8))
a[-100:1] = [None]
show("neg out of range", a)
a = list(range(8))
a[::2] = [10, 20, 30, 40]
show("ext step 2 ok", a)
a = list(range(8))
a[::-2] = "abcd"
show("ext step -2 ok", a)
a = list(range(8))
a[1:2:1] = [7, 7, 7]
show("step 1 resizes", a)
a = list(range(8))
a[::1] = []
show("step 1 clear", a)
for target, value in [(slice(None, None, 2), [1, 2, 3]), (slice(1, None, 3), []), (slice(None, None, -1), [0] * 9),
                      (slice(0, 8, 4), "abc"), (slice(7, 0, -3), [1])]:
    a = list(range(8))
    try:
        a[target] = value
        show("no error", a)
    except ValueError as e:
        print(type(e).__name__, e)
a = list(range(8))
try:
    a[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
a[::2] = []  if False else [None] * 4
show("fill evens", a)
a = list(range(8))
del a[::3]
show("del step 3", a)
del a[::-1]
show("del all reversed", a)
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b)
try:
    b[::2] = b"12"
except ValueError as e:
    print(type(e).__name__, e)
a = list(range(5))
a[1:4] = a
show("self assign", a)
