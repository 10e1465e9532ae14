# copy.copy and copy.deepcopy on built-in containers and atomic values.
import copy

for v in [None, 1, 2.5, True, 3j, "s", b"b", (1, 2), frozenset({1}), int, len,
          range(3), Ellipsis, NotImplemented, slice(1, 2), property()]:
    print(repr(v) if not isinstance(v, property) else 'property',
          copy.copy(v) is v)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len)
for v in [None, 1, 2.5, "s", b"b", int, range(3), (1, 2), ("a", (1, "b"))]:
    print(repr(v), copy.deepcopy(v) is v)

l = [1, [2, 3], {"k": [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]["k"] is l[2]["k"])
t = (1, [2])
dt = copy.deepcopy(t)
print(dt == t, dt is t, dt[1] is t[1])
dic = {"a": [1], "b": (2, [3])}
print(copy.copy(dic) == dic, copy.copy(dic)["a"] is dic["a"], copy.deepcopy(dic)["a"] is dic["a"])
st = {1, 2, (3, 4)}
print(sorted(copy.copy(st), key=str), copy.copy(st) is st, copy.deepcopy(st) == st)
fs = frozenset({(1, 2), 3})
print(copy.deepcopy(fs) == fs)
ba = bytearray(b"xyz")
cb = copy.copy(ba); cb[0] = 65
print(ba, cb, copy.deepcopy(ba))
print(copy.deepcopy(slice(1, [2], 3)))

# Shared references and cycles.
inner = [1, 2]
outer = [inner, inner]
dc = copy.deepcopy(outer)
print(dc, dc[0] is dc[1], dc[0] is inner)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, len(cc))
dcyc = {}
dcyc["self"] = dcyc
dd = copy.deepcopy(dcyc)
print(dd["self"] is dd, dd is not dcyc)
lt = [1]
tup = (lt,)
lt.append(tup)
ct = copy.deepcopy(tup)
print(ct[0][1] is ct, ct is not tup)

# The memo dictionary.
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] == x, memo[id(x)] is y[0], isinstance(memo[id(memo)], list))
pre = {id(x): "replaced"}
print(copy.deepcopy([x, 5], pre))
