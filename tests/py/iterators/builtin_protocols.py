# iter/next over every builtin container type
sources = [[1, 2], (3, 4), "ab", b"\x05\x06", bytearray(b"\x07"), range(2), {"k1": 1, "k2": 2}, {8, 9},
           frozenset([10]), {"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items(), enumerate("x"), zip("p", "q")]
for src in sources:
    it = iter(src)
    first = next(it, "EMPTY")
    rest = list(it)
    print(type(src).__name__, repr(first), rest, next(it, "exhausted"), iter(it) is it)
it = iter([1, 2, 3])
print(it.__next__(), next(it), list(it), list(it))
for tp in [list, tuple, str, bytes, dict, set, range]:
    print(tp.__name__, hasattr(tp, "__iter__"), hasattr(tp, "__next__"))
print(hasattr(iter([]), "__next__"), hasattr(iter([]), "__iter__"))
s = "héllo"
chars = []
it = iter(s)
while True:
    try:
        chars.append(next(it))
    except StopIteration:
        break
print(chars)
d = {"x": 1, "y": 2}
di = iter(d.items())
k, v = next(di)
print(k, v, list(di))
nested = iter([iter([1, 2]), iter([3])])
print([list(x) for x in nested])
print(list(iter(iter(iter([7])))))
for bad in [5, None, 3.5, object]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, e.args)
