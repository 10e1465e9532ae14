# statistics: covariance, correlation and linear regression, and
# randomised comparisons of every function on mixed data.
import statistics as s
import random
from fractions import Fraction as F


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
for expr in [
    "s.covariance(x, y)", "s.covariance(z, x)", "s.covariance([1.5, 2.5], [3, 1])",
    "s.correlation(x, x)", "s.correlation(x, y)", "s.correlation(x, z)",
    "s.correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25], method='ranked')",
    "s.correlation([3, 1, 2, 2], [1, 2, 3, 4], method='ranked')",
    "s.correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25])",
    "s.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])",
    "s.linear_regression(x, y)", "s.linear_regression(x, z, proportional=True)",
    "s.linear_regression([1.5, 2.5, 4.0], [2.0, 3.5, 7.25]).slope",
    "tuple(s.linear_regression([1, 2], [2, 4]))", "s.linear_regression([1, 2], [2, 4])._fields",
    "s.covariance([1], [1])", "s.covariance([1, 2], [1])", "s.correlation([1, 2], [1])",
    "s.correlation([1], [1])", "s.correlation([1, 1], [1, 2])",
    "s.correlation([1, 2], [1, 2], method='x')", "s.linear_regression([1], [1])",
    "s.linear_regression([1, 1], [1, 2])", "s.linear_regression([1, 2], [1])",
]:
    show(expr)

r = random.Random(7)
for i in range(60):
    k = r.randrange(4)
    n = r.randrange(2, 25)
    if k == 0:
        d = [r.randrange(-100, 100) for _ in range(n)]
    elif k == 1:
        d = [r.gauss(10, 5) for _ in range(n)]
    elif k == 2:
        d = [r.random() * 10 ** r.randrange(-5, 8) for _ in range(n)]
    else:
        d = [F(r.randrange(-50, 50), r.randrange(1, 20)) for _ in range(n)]
    pos = [abs(v) + 1 for v in d]
    w = [r.random() for _ in range(n)]
    print(s.mean(d), s.fmean(d), s.fmean(d, w), s.geometric_mean(pos), s.harmonic_mean(pos), s.harmonic_mean(pos, w))
    print(s.median(d), s.median_low(d), s.median_high(d), s.median_grouped(d), s.median_grouped(d, 3))
    print(s.variance(d), s.pvariance(d), s.stdev(d), s.pstdev(d), s.variance(d, s.mean(d)), s.pstdev(d, 1))
    print(s.quantiles(d), s.quantiles(d, n=10, method="inclusive"), s.quantiles(d, n=7))
    yy = [r.gauss(0, 1) + v for v in map(float, d)]
    try:
        print(s.correlation(d, yy), s.correlation(d, yy, method="ranked"), s.covariance(d, yy),
              s.linear_regression(d, yy), s.linear_regression(d, yy, proportional=True))
    except s.StatisticsError as e:
        print(e)
