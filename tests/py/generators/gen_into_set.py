# set()/frozenset() of a generator add each value as it is yielded: an
# unhashable one stops the generator at that yield (nothing after it runs),
# and the generator can still be resumed afterwards.
def g():
    yield [1]
    print("after")
    yield 2
for make in (set, frozenset):
    gen = g()
    try:
        make(gen)
    except TypeError as e:
        print(make.__name__, e)
    print(next(gen))
def h(n):
    for i in range(n):
        print("yield", i)
        yield i % 3
print(sorted(set(h(5))), sorted(frozenset(h(2))))
class Noisy:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
def k():
    for i in range(3):
        print("make", i)
        yield Noisy(i)
print(len(set(k())))
s = {0}
s.update(x for x in range(3))
print(sorted(s))
