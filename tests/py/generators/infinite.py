# Infinite generators consumed with manual limits (no itertools).

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(5, naturals()))
print(take(3, naturals(100)))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(take(15, primes()))

def cycle(items):
    while True:
        for item in items:
            yield item

print(take(7, cycle("abc")))

def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x

def mapped(fn, it):
    for x in it:
        yield fn(x)

pipeline = mapped(lambda x: x * x, filtered(lambda x: x % 3 == 0, naturals(1)))
print(take(6, pipeline))

# zip with an infinite generator is bounded by the finite one
print(list(zip("xyz", naturals(1))))

# a generator that is dropped unfinished is fine
g = naturals()
next(g)
next(g)
del g
print("dropped")

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(collatz(27))[:10], len(list(collatz(27))))

# pairwise without itertools
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur
print(take(4, pairwise(naturals())))

# running totals of an infinite stream
def running(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(10, running(naturals(1))))

# enumerate over an infinite generator
for i, p in enumerate(primes()):
    if i == 100:
        print("the 101st prime is", p)
        break
