# sum()/any()/all() of a generator handle each value as it is yielded (one
# run of its frame): side effects interleave as in CPython, any()/all()
# leave the generator suspended at their answer, errors stop it there.
def g(n):
    for i in range(n):
        print("y", i)
        yield i
print(sum(g(3)), sum(g(2), 10), sum((x * 0.1 for x in range(10))), sum(x for x in []))
print(any(g(4)), all(g(3)), any(x > 5 for x in range(3)), all(x < 5 for x in range(3)))
gen = g(5)
print(any(gen), next(gen))
gen = g(5)
print(all(gen), next(gen))
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("add", self.v, o.v if isinstance(o, A) else o)
        return A(self.v + (o.v if isinstance(o, A) else o))
    __radd__ = __add__
def h():
    for i in range(3):
        print("make", i)
        yield A(i)
print(sum(h(), A(100)).v)
def bad():
    yield 1
    yield "x"
    print("never")
    yield 2
try:
    sum(bad())
except TypeError as e:
    print(e)
def truthbad():
    class B:
        def __bool__(self): raise ValueError("no truth")
    yield 0
    yield B()
    print("never2")
try:
    any(truthbad())
except ValueError as e:
    print(e)
print(sum(x for x in range(10**6)), sum(2**64 for _ in range(3)))
def yf():
    yield from g(2)
    yield 5
print(sum(yf()), any(yf()))
