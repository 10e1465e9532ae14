# Iterator protocol: __iter__/__next__, StopIteration, iterables vs iterators.

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
for v in c:
    print("never", v)

# an iterable that returns a fresh iterator each time
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1

r = Range2(4)
print(list(r), list(r), sum(r), 4 in r, 5 in r)
print(sorted(r, reverse=True), max(r), [x for x in r if x])
a, b, *rest = r
print(a, b, rest)

# iterator used by several consumers shares state
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration value
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("the value")
try:
    next(WithValue())
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)

# __iter__ = None marks a class as not iterable
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)

# iterators over builtins are themselves iterable
li = iter([1, 2])
print(iter(li) is li, type(li).__name__, type(iter("ab")).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(iter((1,))).__name__)

# exceptions raised inside __next__ propagate
class Exploding:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("exploded at " + str(self.n))
        return self.n
got = []
try:
    for v in Exploding():
        got.append(v)
except ValueError as e:
    print(type(e).__name__, e, got)
