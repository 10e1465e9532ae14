# reversed of list/range/dict; dict iterator raising on size change
print(list(reversed([1, 2, 3])), list(reversed(range(1, 8, 3))), list(reversed(range(5, 0, -2))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
rd = reversed(d)
print(next(rd), list(rd))
rd = reversed(d)
d["z"] = 26
try:
    next(rd)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d)
next(it)
d.pop("a")
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d)
d["b"] = 200
print(list(it), d)
vi = iter(d.values())
print(next(vi))
d["new"] = 0
try:
    next(vi)
except RuntimeError as e:
    print(type(e).__name__, e)
ii = iter(d.items())
del d["new"]
try:
    print(list(ii))
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
rl = reversed(lst)
print(next(rl))
lst.pop()
lst.pop()
print(list(rl))
r = range(3)
rr = reversed(r)
print(type(rr).__name__, list(rr), type(reversed([])).__name__, type(reversed((1,))).__name__)
s = "abc"
print("".join(reversed(s)), list(reversed(b"xy")), list(reversed(bytearray(b"pq"))))
d2 = {}
print(list(reversed(d2)), list(reversed({1: 2}.items())))
