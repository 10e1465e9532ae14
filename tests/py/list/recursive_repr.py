# repr of self-containing lists and other containers
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a), len(a), a[2] is a, a[2][2][2][0])
b = [a, a]
print(b)
c = []
c.append(c)
c.append(c)
print(c)
d = {"k": 1}
d["self"] = d
print(d)
e = [d]
print(e)
f = [1]
g = [f]
f.append(g)
print(f, g)
h = {"list": []}
h["list"].append(h)
print(h)
t = ([],)
t[0].append(t)
print(t)
x = [[]]
x[0].append(x)
print(x, x[0])
s = [1, 2]
print(s == s, s is s)
k = [1]
k.append(k)
print(k == k, k is k)
print([[], [[]], [[[]]]])
print([(1,), (1, 2), ()], [{}, set(), {1: [2]}])
class R:
    def __repr__(self):
        return "R" + repr([1, "x"])
print([R(), R()], {"k": R()})
