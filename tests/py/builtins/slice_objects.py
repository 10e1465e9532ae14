# slice objects and .indices
s = slice(1, 5)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, None, -1), slice(1, 2, 3))
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)], data[slice(8, 2, -2)], "abcdef"[slice(1, None, 2)])
print(slice(1, 5).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(5), slice(0, 100, 3).indices(7))
print(slice(-100, 100).indices(5), slice(5, -5, -1).indices(8), slice(None, None, None).indices(0), slice(10, 1).indices(3))
print(range(*slice(None, None, -2).indices(7)), list(range(*slice(2, None).indices(6))))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None))
print(slice("a", "b").start, slice([1], {}).stop, slice(1.5, 2.5))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[..., 1:], r[::-1], r[1:2:None])
sl = r[2:8:2]
print(type(sl).__name__, data[sl], sl.indices(len(data)))
t = (0, 1, 2, 3, 4)
print(t[slice(1, 4)], t[slice(None, None, -1)], bytes(range(5))[slice(1, 3)])
lst = list(range(6))
lst[slice(0, 2)] = ["a", "b", "c"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
