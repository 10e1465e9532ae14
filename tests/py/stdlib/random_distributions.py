import random
out = []
for s in range(150):
    r = random.Random(s)
    out.append((r.gauss(), r.normalvariate(1, 2), r.lognormvariate(0, .5), r.expovariate(1.5), r.vonmisesvariate(s * 0.1, s * 0.05), r.gammavariate(0.1 + s * 0.07, 1.5), r.betavariate(0.2 + s * 0.03, 1.7), r.paretovariate(1 + s * 0.01), r.weibullvariate(2, 0.5 + s * 0.01), r.triangular(0, s + 1, s / 2), r.binomialvariate(s * 7, (s % 10) / 10 + 0.05), r.binomialvariate(s, 0.03), r.uniform(-s, s), r.choices(range(10), [i * 0.7 for i in range(10)], k=3), r.sample(range(s + 10), min(s, 40))[:3], r.randrange(-(10**s), 10**s + 1) % 1000003))
for t in out: print(*[repr(x) for x in t])
