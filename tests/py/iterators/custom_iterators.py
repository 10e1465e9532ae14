# user-defined iterables and iterators interacting with builtins
class Range3:
    def __iter__(self):
        return iter([1, 2, 3])
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Range3()), sum(Range3()), max(Range3()), sorted(Range3(), reverse=True), 2 in Range3())
print(list(Fib(100)), tuple(Fib(10)), set(Fib(5)) == {0, 1, 2, 3, 5})
print(dict(zip(Range3(), Fib(10))), list(enumerate(Fib(3))), list(map(lambda x: -x, Fib(4))))
a, b, c = Range3()
print(a, b, c)
print([*Range3(), *Fib(2)], (*Range3(),), {*Range3()})
f = Fib(50)
for x in f:
    if x > 5:
        break
print("resume:", list(f))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), [x * 2 for x in t])
class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 7 in Seq(), list(zip(Seq(), "abc")))
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("bad next")
try:
    list(BadNext())
except ValueError as e:
    print(type(e).__name__, e)
class NotIter:
    def __iter__(self):
        return self
try:
    list(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
print("join:", "-".join(map(str, Fib(20))))
