"""Mathematical statistics: averages, spread, relations between two
variables and the normal distribution, as in CPython 3.12's statistics
module.

Sums behind mean() and the variances are computed exactly with Fractions,
then converted once to the type of the data (int data with a fractional
result gives a float), so results are correctly rounded.  fmean(),
geometric_mean(), the regression functions and NormalDist work in floats.
Decimal data is not supported, as there is no decimal module.
"""

import math
import numbers
from fractions import Fraction

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean",
    "median", "median_grouped", "median_high", "median_low", "mode",
    "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance",
]

_sqrt = math.sqrt
_fsum = math.fsum
_sumprod = math.sumprod


class StatisticsError(ValueError):
    """Raised for data a statistic is not defined on."""


# Exact sums.

def _exact_ratio(x):
    """Return x as (numerator, denominator), or (x, None) for a float
    infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The type a mix of T and S values is reported in."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _result_type(types):
    """Fold _coerce() over a set of types, starting from int."""
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """Sum data exactly: return (type, total, count).

    The total is a Fraction (an int for no data), or a float infinity or
    NaN if the data holds any.  Numerators are gathered per denominator so
    that few Fractions are made.
    """
    count = 0
    types = set()
    last_type = None
    partials = {}
    get = partials.get
    for x in data:
        if type(x) is not last_type:
            last_type = type(x)
            types.add(last_type)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = _sum_partials(partials)
    return (_result_type(types), total, count)


def _sum_partials(partials):
    """The exact sum of n/d over a {d: n} dict, as a Fraction."""
    total = Fraction(0)
    for d, n in partials.items():
        total += Fraction(n, d)
    return total


def _ss(data, c=None):
    """Sum of squared deviations: return (type, ssd, mean, count).

    With c given, deviations from c are computed in the data's own
    arithmetic and their squares summed exactly.  Otherwise both the sum
    and the sum of squares are exact, and so is the result.
    """
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    types = set()
    last_type = None
    sx = {}
    sxx = {}
    for x in data:
        if type(x) is not last_type:
            last_type = type(x)
            types.add(last_type)
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        if d is not None:
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        # An infinity or NaN makes both results that special value.
        ssd = c = sx[None]
    else:
        total = _sum_partials(sx)
        squares = Fraction(0)
        for d, n in sxx.items():
            squares += Fraction(n, d * d)
        ssd = (count * squares - total * total) / count
        c = total / count
    return (_result_type(types), ssd, c, count)


def _convert(value, T):
    """Convert an exact result to the data's type T (float for int data
    with a fractional value)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _fail_neg(values, errmsg):
    """Yield the values, raising StatisticsError at a negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _sqrt_of_frac(n, m):
    """The square root of n/m (n >= 0, m > 0) as a correctly rounded
    float.

    The integer square root is taken with at least 55 spare bits and its
    inexactness folded into the lowest bit, so the single rounding of the
    final division is correct.
    """
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        root = math.isqrt(n // (m << 2 * shift))
        exact = root * root * (m << 2 * shift) == n
        root = (root | (not exact)) << shift
        return float(root)
    scaled = n << -2 * shift
    root = math.isqrt(scaled // m)
    if root * root * m != scaled:
        root |= 1
    return root / (1 << -shift)


# Averages.

def mean(data):
    """The arithmetic mean of data, exactly rounded.

    >>> mean([1, 2, 3, 4, 4])
    2.8
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean of data, computed in floats (faster than
    mean()).  weights, if given, makes it a weighted mean."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = _fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = _sumprod(data, weights)
    except ValueError:
        raise StatisticsError("data and weights must be the same length")
    den = _fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data: the reciprocal of the mean
    of the reciprocals.  It is 0 if any value is 0."""
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = _sum(_fail_neg(weights, errmsg))[1]
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0
                               for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of grouped continuous data: the 50th percentile,
    interpolated within the class of width interval around the middle
    value."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # Locate the run of values equal to the middle one.
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if x < data[mid]:
            hi = mid
        else:
            lo = mid + 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    # The lower limit of the median class, the count below it, and the
    # count within it.
    lower = x - interval / 2.0
    below = first
    within = lo - first
    return lower + interval * (n / 2 - below) / within


def _counts(data):
    """A dict of how many times each value occurs, in order of first
    appearance."""
    counts = {}
    get = counts.get
    for x in data:
        counts[x] = get(x, 0) + 1
    return counts


def mode(data):
    """The most common value of discrete or nominal data (the first one
    met, if several are equally common)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    top = max(counts.values())
    for value, count in counts.items():
        if count == top:
            return value


def multimode(data):
    """The list of most common values, in order of first appearance."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    """Divide data into n intervals of equal probability: return the n - 1
    cut points.  method 'exclusive' treats data as a sample, 'inclusive'
    as the whole population."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# Measures of spread.

def variance(data, xbar=None):
    """The sample variance of data (at least two values); xbar is the mean
    if already known."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data; mu is the mean if already known."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of variance(),
    correctly rounded."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    return _sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation: the square root of pvariance(),
    correctly rounded."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    mss = ss / n
    return _sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """The mean and sample standard deviation of data, as floats."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    try:
        return float(xbar), _sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # An infinity or NaN in the data.
        return float(xbar), float(xbar) / float(ss)


# Two variables.

def _rank(data, start):
    """Ranks of the values of data counting from start; tied values share
    the mean of their ranks."""
    order = sorted(zip(data, range(len(data))))
    result = [0] * len(order)
    i = start - 1
    k = 0
    n = len(order)
    while k < n:
        value = order[k][0]
        j = k + 1
        while j < n and order[j][0] == value:
            j += 1
        size = j - k
        rank = i + (size + 1) / 2
        for _, pos in order[k:j]:
            result[pos] = rank
        i += size
        k = j
    return result


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have "
                              "same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _sumprod([xi - xbar for xi in x], [yi - ybar for yi in y])
    return sxy / (n - 1)


def correlation(x, y, /, *, method="linear"):
    """Pearson's correlation coefficient of two inputs, or Spearman's rank
    correlation with method='ranked'."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have "
                              "same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    if method not in ("linear", "ranked"):
        raise ValueError("Unknown method: %r" % (method,))
    if method == "ranked":
        # Ranks centred on zero.
        start = (n - 1) / -2
        x = _rank(x, start)
        y = _rank(y, start)
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = _sumprod(x, y)
    sxx = _sumprod(x, x)
    syy = _sumprod(y, y)
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


def __getattr__(name):
    # LinearRegression is made at first use, so that importing the module
    # does not need collections.
    if name == "LinearRegression":
        return _linear_regression_type()
    raise AttributeError("module 'statistics' has no attribute %r" % (name,))


def _linear_regression_type():
    """The LinearRegression(slope, intercept) named tuple type."""
    cls = globals().get("LinearRegression")
    if cls is None:
        from collections import namedtuple
        cls = namedtuple("LinearRegression", ("slope", "intercept"))
        cls.__module__ = __name__
        globals()["LinearRegression"] = cls
    return cls


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares fit y = slope * x + intercept; return
    LinearRegression(slope, intercept).  With proportional=True the line
    goes through the origin."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs "
                              "have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two "
                              "data points")
    if not proportional:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    # Adding 0.0 makes the products' sum a float even for int data.
    sxy = _sumprod(x, y) + 0.0
    sxx = _sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return _linear_regression_type()(slope=slope, intercept=intercept)


# The normal distribution.

def _normal_dist_inv_cdf(p, mu, sigma):
    """The p-quantile of N(mu, sigma), by Wichura's algorithm AS 241
    (Applied Statistics 37, 1988), accurate to about 1e-16."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        # Central region: a rational function of q*q.
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                    6.7265770927008700853e+4) * r +
                   4.5921953931549871457e+4) * r +
                  1.3731693765509461125e+4) * r +
                 1.9715909503065514427e+3) * r +
                1.3314166789178437745e+2) * r +
               3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                    3.9307895800092710610e+4) * r +
                   2.1213794301586595867e+4) * r +
                  5.3941960214247511077e+3) * r +
                 6.8718700749205790830e+2) * r +
                4.2313330701600911252e+1) * r +
               1.0)
        return mu + (num / den) * sigma
    # Tails: a rational function of sqrt(-log(tail probability)).
    r = p if q <= 0.0 else 1.0 - p
    r = _sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                    2.41780725177450611770e-1) * r +
                   1.27045825245236838258e+0) * r +
                  3.64784832476320460504e+0) * r +
                 5.76949722146069140550e+0) * r +
                4.63033784615654529590e+0) * r +
               1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                    1.51986665636164571966e-2) * r +
                   1.48103976427480074590e-1) * r +
                  6.89767334985100004550e-1) * r +
                 1.67638483018380384940e+0) * r +
                2.05319162663775882187e+0) * r +
               1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                    1.24266094738807843860e-3) * r +
                   2.65321895265761230930e-2) * r +
                  2.96560571828504891230e-1) * r +
                 1.78482653991729133580e+0) * r +
                5.46378491116411436990e+0) * r +
               6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                    1.84631831751005468180e-5) * r +
                   7.86869131145613259100e-4) * r +
                  1.48753612908506148525e-2) * r +
                 1.36929880922735805310e-1) * r +
                5.99832206555887937690e-1) * r +
               1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """The normal distribution N(mu, sigma): its density, cumulative
    distribution and quantiles, and arithmetic with constants and other
    independent normal variables."""

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma the standard
        deviation."""
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution estimated from sample data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution, reproducible when
        seed is given."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / \
            _sqrt(math.tau * variance)

    def cdf(self, x):
        """The probability that a value drawn is at most x."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions: the
        area under both densities, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        # Order the pair so that the result does not depend on it.
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        # The densities cross at x1 and x2.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * _sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) +
                      math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """The arithmetic mean."""
        return self._mu

    @property
    def median(self):
        """The median, equal to the mean."""
        return self._mu

    @property
    def mode(self):
        """The mode, equal to the mean."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation."""
        return self._sigma

    @property
    def variance(self):
        """The variance, sigma squared."""
        return self._sigma ** 2.0

    def __add__(x1, x2):
        """Add a constant, or another independent NormalDist."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Subtract a constant, or another independent NormalDist."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        """Divide by a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        """A constant minus a NormalDist."""
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__,
                                        self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
