# statistics: averages and spread on small data sets, result types, and
# the StatisticsError messages.
import statistics as s
from fractions import Fraction as F


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "s.mean([1, 2, 3, 4, 4])", "s.mean([1, 3])", "s.mean([1, 2])", "s.mean([-1.0, 2.5, 3.25, 5.75])",
    "s.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])", "s.mean([1.0, F(1, 2)])", "s.mean([1, 2.5, F(1, 2)])",
    "s.mean([True, False, True])", "s.mean(iter([1, 2, 3, 4]))", "s.mean({1: 2, 3: 4})", "s.mean(range(10))",
    "s.mean([0.1] * 10)", "s.mean([1e308, 1e308])", "s.mean([float('inf'), 1])",
    "s.mean([float('inf'), float('-inf')])", "s.mean([])", "s.mean(x for x in [])", "s.mean([1, 'a'])",
    "s.mean(['a', 'b'])", "s.mean([1.5, 2j])",
    "s.fmean([3.5, 4.0, 5.25])", "s.fmean([1, 2, 3])", "s.fmean(iter([0.1] * 10))",
    "s.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])", "s.fmean([1, 2], [1, 3])",
    "s.fmean([1, 2], iter([1, 3]))", "s.fmean([])", "s.fmean([1, 2], [1])", "s.fmean([1, 2], [0, 0])",
    "s.geometric_mean([54, 24, 36])", "s.geometric_mean([F(1, 2), 8])", "s.geometric_mean([2.5])",
    "s.geometric_mean([])", "s.geometric_mean([1, -2])", "s.geometric_mean([0, 1])",
    "s.harmonic_mean([40, 60])", "s.harmonic_mean([2.5, 3, 10])", "s.harmonic_mean([40, 60], weights=[5, 30])",
    "s.harmonic_mean([F(1, 2), F(3, 4)])", "s.harmonic_mean([1.0, 2, F(1, 3)])", "s.harmonic_mean([0, 2])",
    "s.harmonic_mean(iter([2]))", "s.harmonic_mean([7.5])", "s.harmonic_mean([])", "s.harmonic_mean([-1])",
    "s.harmonic_mean(['a'])", "s.harmonic_mean([1, -1])", "s.harmonic_mean([1, 2], [1])",
    "s.harmonic_mean([1, 2], [0, 0])", "s.harmonic_mean([1, 2], [1, -1])",
    "s.median([1, 3, 5])", "s.median([1, 3, 5, 7])", "s.median([1, 2])", "s.median([2.5, 1.5])",
    "s.median([F(1, 2), F(1, 3)])", "s.median(['b', 'a', 'c'])", "s.median([])",
    "s.median_low([1, 3, 5, 7])", "s.median_low([1, 3, 5])", "s.median_low([])",
    "s.median_high([1, 3, 5, 7])", "s.median_high(['a', 'c', 'b', 'd'])", "s.median_high([])",
    "s.median_grouped([52, 52, 53, 54])", "s.median_grouped([1, 3, 3, 5, 7])",
    "s.median_grouped([1, 2, 2, 3, 4], interval=2)", "s.median_grouped([F(1, 2), F(3, 2)])",
    "s.median_grouped([1, 3, 3, 5, 7], 0.5)", "s.median_grouped([])", "s.median_grouped(['a'])",
    "s.median_grouped([1, 2], 'x')",
    "s.mode([1, 1, 2, 3, 3, 3, 3, 4])", "s.mode(['red', 'blue', 'blue', 'red', 'green', 'red'])",
    "s.mode('aabbbb')", "s.mode([1, 2])", "s.mode([])", "s.mode([[1]])",
    "s.multimode('aabbbbccddddeeffffgg')", "s.multimode('')", "s.multimode([3, 1, 2])",
    "s.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])", "s.variance([1, 2, 3, 4])",
    "s.variance([1, 2, 3, 5])", "s.variance([F(1, 6), F(1, 2), F(5, 3)])", "s.variance([1, 2], xbar=1)",
    "s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], xbar=2.8)", "s.variance([1])",
    "s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])", "s.pvariance([1, 2, 3], mu=2)",
    "s.pvariance([F(1, 4), F(5, 4), F(1, 2)])", "s.pvariance([5])", "s.pvariance([])",
    "s.pvariance([float('nan'), 1])", "s.variance([float('inf'), 1])",
    "s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])", "s.stdev([1, 2, 3, 4])", "s.stdev([F(1, 2), F(3, 2), 2])",
    "s.stdev([1])", "s.stdev([float('inf'), 1, 2])",
    "s.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])", "s.pstdev([1, 2, 3, 4])", "s.pstdev([2])",
    "s.pstdev([])", "s.pstdev([1, 2, 3], 2)",
    "s.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10**20])", "s.pstdev([F(1, 3), F(2, 7), 10**30])",
    "s.stdev([1e-300, 2e-300, 3e-300])", "s.pstdev([1e300, -1e300])",
    "s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129])",
    "s.quantiles(range(1, 11), n=10)", "s.quantiles(range(1, 11), n=10, method='inclusive')",
    "s.quantiles([1, 2], n=5)", "s.quantiles([1.5, 2.5], n=3, method='inclusive')",
    "s.quantiles([F(1, 2), F(3, 2), 4], n=4)", "s.quantiles([1, 2, 3], n=1)",
    "s.quantiles([1, 2], n=0)", "s.quantiles([1], n=4)", "s.quantiles([1, 2], method='x')",
    "s.StatisticsError.__mro__", "issubclass(s.StatisticsError, ValueError)",
]:
    show(expr)
