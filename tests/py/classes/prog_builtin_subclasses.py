class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __setitem__(self, k, v):
        print("MyDict set", k)
        super().__setitem__(k, v)
class Money(float):
    def __str__(self):
        return f"${self:.2f}"
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]

i = MyInt(5)
print(i, repr(i), str(i), f"{i!r}", "%d %s %r" % (i, i, i), i + 1, type(i + 1).__name__)
print(type(-i).__name__, type(abs(i)).__name__, type(i * 1).__name__, i == 5, hash(i) == hash(5))
print(format(i, "03d"), "{!r}".format(i), [i], {i: i})
s = MyStr("hello")
print(s, repr(s), s.shout(), type(s.upper()).__name__, type(s + "x").__name__, type(s[1:]).__name__)
print(type(str(s)).__name__, s == "hello", s in {"hello"}, isinstance(s, str), len(s))
print(type("-".join([s, s])).__name__, type(s.strip()).__name__, type(f"{s}").__name__)
l = MyList([1, 2, 3])
print(l, l.total(), type(l + [4]).__name__, type(l[:1]).__name__, type(l * 2).__name__)
l2 = l.copy()
print(type(l2).__name__, l == [1, 2, 3], repr(l))
l += [5]
print(type(l).__name__, l.total())
d = MyDict(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(sorted(d.items()), type(d.copy()).__name__, type(d | {}).__name__)
m = Money(3.14159)
print(m, repr(m), f"{m}", f"{m:.1f}", str(m + 1), type(m + 1).__name__, "%s" % m, "%.3f" % m)
p = Pair(1, 2)
print(p, p.first, type(p).__name__, p + (3,), type(p + (3,)).__name__, p == (1, 2))
class Color(str):
    def __new__(cls, v):
        obj = super().__new__(cls, v.lower())
        obj.original = v
        return obj
c = Color("RED")
print(c, c.original, c == "red", c.upper())
class Flag(int):
    def __new__(cls, v, name):
        o = super().__new__(cls, v)
        o.name = name
        return o
f = Flag(4, "four")
print(f, f.name, f | 1, f.bit_length(), bool(Flag(0, "z")))
class CountDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
cd = CountDict()
for ch in "mississippi":
    cd[ch] += 1
print(sorted(cd.items()), dict(cd) == cd)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1] if self else None
st = Stack()
st.push(1); st.push(2)
print(st, st.peek(), st.pop(), st.peek(), len(st))
print(isinstance(True, int), True + 1, True * 3, True / 2, -True, ~True if False else 0, True & False, True | 0)
print(type(True & False).__name__, type(True | 0).__name__, type(True ^ True).__name__, str(True), repr(False))
print(int.__add__(MyInt(2), 3), MyInt.__mro__[1].__name__, MyInt(7) // 2, divmod(MyInt(7), 2))
x = [1, 2]
x.append(x)
print(x, repr(x))
dd = {"k": 1}
dd["self"] = dd
print(dd)
print(*[], sep="-")
print(*"abc", sep="-", end="|\n")
print("a", "b", sep=None, end=None)
print()
print(sum([[1], [2]], []), sum((0.1, 0.2), start=10), sum(range(5), 100))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(7, 0), type(round(7.0)).__name__, type(round(7.5, 0)).__name__)
