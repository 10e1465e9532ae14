def countdown(n):
    print("start", n)
    while n > 0:
        got = yield n
        if got is not None:
            print("got", got)
            n = got
        else:
            n -= 1
    return "done"

g = countdown(3)
print(next(g))
print(g.send(5))
print(next(g), next(g))
try:
    while True:
        print("loop", next(g))
except StopIteration as e:
    print("stop value", e.value, e.args)

def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    return "outer-result"

o = outer()
print(next(o))
print(o.send("hello"))
print(list(o))

def gen_throw():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    yield "end"

t = gen_throw()
print(next(t))
print(t.throw(ValueError("boom")))
print(next(t))
try:
    next(t)
except StopIteration:
    print("exhausted")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(15, fib())))
print(sum(take(10, fib())), max(take(10, fib())))
evens = (x for x in take(20, fib()) if x % 2 == 0)
print(type(evens).__name__, list(evens), list(evens))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(zip("abc", range(10), [True, False, None])))
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")))
print(list(enumerate("xyz", start=-1)))
it = iter([1, 2, 3, 4, 5])
print(next(it), list(zip(it, it)))
print(list(iter(iter([7, 8]).__next__, 8)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Countdown(4)), list(Seq()), 9 in Seq(), 3 in Seq())
print(sorted(Countdown(5), reverse=True), any(x > 2 for x in Countdown(4)), all(Seq()))
gi = (i for i in range(3))
print(next(gi), gi.__next__(), list(gi), next(gi, "dflt"))
def squares():
    yield from (i * i for i in range(5))
print(list(squares()), dict(zip("ab", squares())), set(squares()))
def pipeline(lines):
    stripped = (l.strip() for l in lines)
    nonempty = (l for l in stripped if l)
    upper = map(str.upper, nonempty)
    return list(upper)
print(pipeline(["  a ", "", " b", "   ", "c  "]))
g2 = countdown(2)
print(g2.send(None))
g2.close()
try:
    g2.send(1)
except StopIteration:
    print("closed gen raises StopIteration")
try:
    countdown(1).send(5)
except TypeError as e:
    print(e)
def gen_ret():
    yield 1
    return [1, 2]
try:
    g = gen_ret(); next(g); next(g)
except StopIteration as e:
    print(repr(e), e.value)
