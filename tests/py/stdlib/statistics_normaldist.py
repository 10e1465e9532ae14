# statistics.NormalDist: construction, density, distribution, quantiles,
# overlap, arithmetic and errors.
import statistics as s
from statistics import NormalDist


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


nd = NormalDist(3, 2)
for expr in [
    "NormalDist()", "NormalDist(1, 0)", "NormalDist(mu=5, sigma=1.5)", "NormalDist(0, -1)",
    "NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])", "NormalDist.from_samples([1])",
    "NormalDist.from_samples([float('inf'), 1, 2])",
    "nd.mean", "nd.median", "nd.mode", "nd.stdev", "nd.variance",
    "nd.pdf(3)", "nd.pdf(0.5)", "nd.pdf(-10)", "nd.cdf(3)", "nd.cdf(4.5)", "nd.cdf(-3)",
    "nd.inv_cdf(0.5)", "nd.inv_cdf(0.975)", "nd.inv_cdf(0.001)", "nd.inv_cdf(1e-300)",
    "nd.inv_cdf(0.999999)", "nd.inv_cdf(0)", "nd.inv_cdf(1)", "nd.inv_cdf(1.5)",
    "nd.quantiles()", "nd.quantiles(10)", "nd.zscore(7)", "nd.zscore(-1.5)",
    "nd + 3", "3 + nd", "nd - 1", "10 - nd", "nd * -2", "2 * nd", "nd / 4", "-nd", "+nd",
    "nd + nd", "nd - NormalDist(1, 1)", "nd == NormalDist(3, 2)", "nd == NormalDist(3, 2.5)",
    "nd == 3", "hash(nd) == hash(NormalDist(3.0, 2.0))",
    "NormalDist(0, 0).pdf(1)", "NormalDist(0, 0).cdf(1)", "NormalDist(0, 0).inv_cdf(0.5)",
    "NormalDist(0, 0).zscore(1)", "NormalDist().overlap(1)",
    "NormalDist(0, 0).overlap(NormalDist())", "NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0))",
    "nd.samples(4, seed=42)", "len(nd.samples(5))", "NormalDist(1, 0).samples(2, seed=1)",
]:
    show(expr)

for a in [NormalDist(0, 1), NormalDist(1, 2), NormalDist(1, 1), NormalDist(-3, 0.5)]:
    for b in [NormalDist(0, 1), NormalDist(2.5, 1.5), NormalDist(1, 1)]:
        print(a, b, a.overlap(b), b.overlap(a))

for i in range(1, 100):
    p = i / 100
    print(p, nd.inv_cdf(p), nd.inv_cdf(p ** 5), nd.inv_cdf(1 - p ** 7), nd.inv_cdf(p ** 30), nd.cdf(p * 10 - 2), nd.pdf(p * 8))
