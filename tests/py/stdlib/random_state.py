import random

# Module-level functions share one generator that seed() resets.
random.seed(2024)
a = [random.random(), random.randint(1, 100), random.choice('xyz'), random.gauss()]
random.seed(2024)
b = [random.random(), random.randint(1, 100), random.choice('xyz'), random.gauss()]
print(a == b, a)

# getstate()/setstate() round trip, including the cached gauss value.
random.seed(7)
random.gauss()
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
x = [random.gauss() for _ in range(4)]
random.setstate(st)
print(x == [random.gauss() for _ in range(4)])
r = random.Random()
r.setstate(st)
print(r.gauss() == x[0])
print(r.getstate()[1][:3])

# A version 2 state is accepted and reduced modulo 2**32.
r2 = random.Random()
r2.setstate((2, tuple(v + 2**32 for v in st[1][:-1]) + (st[1][-1],), None))
r3 = random.Random()
r3.setstate((3, st[1], None))
print(r2.random() == r3.random())

# Unseeded generators differ, but seeding makes them agree.
p, q = random.Random(), random.Random()
p.seed(99); q.seed(99)
print(p.random() == q.random())
p.seed(None)
print(0.0 <= p.random() < 1.0)

# Subclasses overriding random() or getrandbits() keep working.
class OnlyRandom(random.Random):
    def random(self):
        return super().random()

class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)

o = OnlyRandom(4)
print([o.randrange(10**6) for _ in range(5)], o.choice(range(100)))
o.seed(5); l = list(range(10)); o.shuffle(l); print(l)
g = OnlyBits(4)
print([g.randrange(10**6) for _ in range(5)], g.sample(range(50), 4))

class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def random(self):
        self.calls += 1
        return super().random()
c = Counting(1)
print(c.uniform(0, 1), c.calls, c.choices('ab', k=3), c.calls)

# Many seeds and their first outputs.
for s in range(0, 400, 37):
    r = random.Random(s)
    print(s, r.random(), r.getrandbits(48), r.randrange(-50, 50, 3), r.expovariate(2))
for s in ['a', 'seed', 'ünïcode', b'\x00\xff', bytearray(200)]:
    print(repr(s)[:20], random.Random(s).random())
print(random.Random(10**200).random(), random.Random(-10**200).random())
print(random.Random(1.0).random() == random.Random(1).random())
print(random.Random(0.5).random(), random.Random(float('inf')).random())
print(random.Random(5).randbytes(10), random.Random(5).randbytes(0))
