# del of slices of lists and bytearrays: contiguous, stepped, reversed,
# empty and out of range, on long sequences too.

for make in (list, bytearray):
    for sl in [
        slice(None, 3), slice(2, None), slice(1, 7, 2), slice(None, None, -2),
        slice(8, 1, -3), slice(5, 5), slice(20, 30), slice(-3, None),
        slice(None, None, 4), slice(-1, -9, -1),
    ]:
        seq = make(range(10))
        del seq[sl]
        print(make.__name__, sl, list(seq))

big = list(range(100000))
del big[:60000]
print(len(big), big[0], big[-1])
del big[::3]
print(len(big), big[:4], big[-2:])
ba = bytearray(range(256)) * 100
del ba[1::2]
print(len(ba), ba[:6])


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("freed", self.n, len(items))


items = [Noisy(i) for i in range(5)]
del items[1:4]
print([x.n for x in items])
del items[::2]
print(len(items))
items = [Noisy(i) for i in range(10, 16)]
del items[::-1]
items = [Noisy(i) for i in range(20, 26)]
del items[4:1:-1]
items.clear()
