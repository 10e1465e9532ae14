"""Pseudo-random numbers: CPython 3.12's random module in pure Python.

The generator is the Mersenne Twister MT19937, seeded the same way CPython
seeds it, so a given seed yields exactly the same sequence of integers and
floats as CPython 3.12.  The distributions built on top (randrange, shuffle,
sample, choices, gauss, gammavariate, ...) consume the underlying stream in
the same order and with the same floating-point arithmetic, so their results
match CPython's too.

SystemRandom draws from os.urandom (the system's entropy source).
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e,
                  ceil as _ceil, sqrt as _sqrt, acos as _acos, cos as _cos,
                  sin as _sin, tau as TWOPI, floor as _floor,
                  isfinite as _isfinite, lgamma as _lgamma, fabs as _fabs,
                  log2 as _log2, isqrt as _isqrt)
from time import time_ns as _time_ns

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice",
    "choices", "expovariate", "gammavariate", "gauss", "getrandbits",
    "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed",
    "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

# Mersenne Twister parameters.
_N = 624
_M = 397
_MASK32 = 0xFFFFFFFF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MATRIX_A = 0x9908B0DF


def _index(value):
    """Return value as an exact int, the way operator.index does."""
    if type(value) is int:
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _bisect_right(seq, x, lo, hi):
    """Return the insertion point for x after any equal entries of seq."""
    while lo < hi:
        mid = (lo + hi) // 2
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _accumulate(iterable):
    """Return the list of running totals of iterable."""
    totals = []
    it = iter(iterable)
    for total in it:
        totals.append(total)
        for value in it:
            total = total + value
            totals.append(total)
    return totals


def _is_sequence(population):
    """Tell whether population counts as a collections.abc.Sequence."""
    if isinstance(population, (list, tuple, str, range, bytes, bytearray,
                               memoryview)):
        return True
    if isinstance(population, (dict, set, frozenset)):
        return False
    try:
        from collections.abc import Sequence
    except ImportError:
        return hasattr(population, "__getitem__") and hasattr(population, "__len__")
    return isinstance(population, Sequence)


# ---------------------------------------------------------------------------
# SHA-512, used only to turn str/bytes seeds into integers.

_sha512_constants = None


def _icbrt(n):
    """Return the integer cube root (floor) of a positive int."""
    x = 1 << ((n.bit_length() + 2) // 3 + 1)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


def _sha512_setup():
    """Derive the SHA-512 initial values and round constants from primes."""
    global _sha512_constants
    primes = []
    candidate = 2
    while len(primes) < 80:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    mask = (1 << 64) - 1
    # The initial hash values are the fractional parts of the square roots
    # of the first 8 primes; the round constants are those of the cube
    # roots of the first 80 primes, both taken to 64 bits.
    initial = [_isqrt(p << 128) & mask for p in primes[:8]]
    rounds = [_icbrt(p << 192) & mask for p in primes]
    _sha512_constants = (initial, rounds)
    return _sha512_constants


def _sha512(data):
    """Return the 64-byte SHA-512 digest of a bytes-like object."""
    initial, k = _sha512_constants or _sha512_setup()
    mask = (1 << 64) - 1
    data = bytes(data)
    bit_length = len(data) * 8
    data += b"\x80" + b"\x00" * ((111 - len(data)) % 128)
    data += bit_length.to_bytes(16, "big")
    h = list(initial)
    for start in range(0, len(data), 128):
        w = [int.from_bytes(data[start + 8 * i:start + 8 * i + 8], "big")
             for i in range(16)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
            x = w[t - 2]
            s1 = ((x >> 19) | (x << 45)) ^ ((x >> 61) | (x << 3)) ^ (x >> 6)
            w.append((w[t - 16] + (s0 & mask) + w[t - 7] + (s1 & mask)) & mask)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            big1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46))
                    ^ ((e >> 41) | (e << 23))) & mask
            choose = (e & f) ^ (~e & g)
            t1 = (hh + big1 + choose + k[t] + w[t]) & mask
            big0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30))
                    ^ ((a >> 39) | (a << 25))) & mask
            majority = (a & b) ^ (a & c) ^ (b & c)
            hh = g
            g = f
            f = e
            e = (d + t1) & mask
            d = c
            c = b
            b = a
            a = (t1 + big0 + majority) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join(x.to_bytes(8, "big") for x in h)


# ---------------------------------------------------------------------------
# The core generator.

class Random:
    """Random number generator based on the Mersenne Twister.

    Subclasses may override random() (and optionally getrandbits()) to use
    a different core generator; the other methods build on those two.
    """

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._out = [0] * _N
        self._pos = _N
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick the integer sampler that fits the methods the subclass
        # overrides: a new random() alone cannot back getrandbits().
        for klass in cls.__mro__:
            if "_randbelow" in klass.__dict__:
                break
            if "getrandbits" in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- Mersenne Twister internals ------------------------------------

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        prev = mt[0]
        for i in range(1, _N):
            prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
            mt[i] = prev
        self._pos = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        length = len(key)
        for _ in range(max(_N, length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525))
                     + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941))
                     - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000
        self._pos = _N

    def _twist(self):
        """Regenerate the 624-word state and its tempered outputs."""
        mt = self._mt
        for kk in range(_N - _M):
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        for kk in range(_N - _M, _N - 1):
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        y = (mt[_N - 1] & _UPPER) | (mt[0] & _LOWER)
        mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        self._temper_all()
        self._pos = 0

    def _temper_all(self):
        out = self._out
        i = 0
        for y in self._mt:
            y ^= y >> 11
            y ^= (y << 7) & 0x9D2C5680
            y ^= (y << 15) & 0xEFC60000
            out[i] = y ^ (y >> 18)
            i += 1

    def _genrand(self):
        """Return the next 32-bit output of the generator."""
        pos = self._pos
        if pos >= _N:
            self._twist()
            pos = 0
        self._pos = pos + 1
        return self._out[pos]

    # -- Seeding and state ---------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize the generator from a, or from time if a is None.

        Ints are used directly; str, bytes and bytearray are hashed with
        SHA-512 (version 2); other hashable objects use hash().
        """
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode("latin-1") if isinstance(a, bytes) else a
            x = ord(text[0]) << 7 if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512(data), "big")
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        self._seed_core(a)
        self.gauss_next = None

    def _seed_core(self, a):
        if a is None:
            # Without os.urandom, mix the clock with object identities.
            n = _time_ns()
            n = (n << 64) ^ (id(self) << 17) ^ id(object())
            n ^= _time_ns() << 128
        elif isinstance(a, int):
            n = -a if a < 0 else int(a)
        else:
            # CPython reinterprets the hash as an unsigned machine word.
            n = hash(a) & 0xFFFFFFFFFFFFFFFF
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        if not key:
            key.append(0)
        self._init_by_array(key)

    def getstate(self):
        """Return an object capturing the generator's internal state."""
        return self.VERSION, tuple(self._mt) + (self._pos,), self.gauss_next

    def setstate(self, state):
        """Restore the internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
            self._set_internal(internal)
        elif version == 2:
            version, internal, self.gauss_next = state
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as e:
                raise TypeError from e
            self._set_internal(internal)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (version, self.VERSION))

    def _set_internal(self, internal):
        if not isinstance(internal, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        words = []
        for x in internal[:_N]:
            x = _index(x)
            if x < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if x >= 1 << 64:
                raise OverflowError("Python int too large to convert to C unsigned long")
            words.append(x & _MASK32)
        pos = _index(internal[_N])
        if pos < 0 or pos > _N:
            raise ValueError("invalid state")
        self._mt[:] = words
        self._temper_all()
        self._pos = pos

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- Core outputs ----------------------------------------------------

    def random(self):
        """Return the next random float in the interval [0.0, 1.0)."""
        pos = self._pos
        if pos >= _N - 1:
            a = self._genrand() >> 5
            b = self._genrand() >> 6
        else:
            out = self._out
            a = out[pos] >> 5
            b = out[pos + 1] >> 6
            self._pos = pos + 2
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        k = _index(k)
        if k <= 32:
            if k < 0:
                raise ValueError("number of bits must be non-negative")
            if k == 0:
                return 0
            return self._genrand() >> (32 - k)
        result = 0
        shift = 0
        genrand = self._genrand
        while k > 0:
            word = genrand()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    # -- Integers ----------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0, n), for n > 0."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in [0, n) using only random()."""
        random = self.random
        if n >= maxsize:
            # The result cannot be uniform; CPython also warns here.
            return _floor(random() * n)
        if n == 0:
            raise ValueError("Boundary cannot be zero")
        limit = (maxsize - maxsize % n) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        istart = _index(start)
        if stop is None:
            if step != 1 or type(step) is not int:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop)
        width = istop - istart
        istep = _index(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range in randrange(%s, %s)" % (start, stop))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range in randrange(%s, %s, %s)"
                             % (start, stop, step))
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return a random integer N such that a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- Sequences -------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Choose k unique random elements from a population sequence.

        With counts, each element is repeated that many times.
        """
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            last = len(cum_counts)
            return [population[_bisect_right(cum_counts, s, 0, last)]
                    for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Small samples from large populations track chosen indices in a
        # set; otherwise a shrinking copy of the population is cheaper.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError("The number of choices must be a keyword "
                                "argument: k=%d" % weights) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for _ in range(k)]

    # -- Real-valued distributions ---------------------------------------

    def uniform(self, a, b):
        """Return a random number between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; values come in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular (von Mises) distribution with mean angle mu."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta=1.0):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # Ahrens and Dieter's algorithm GS for alpha < 1.
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, built from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        """Binomial distribution: successes in n trials of probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        random = self.random
        if n == 1:
            return _index(random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # Count successes by jumping over geometric runs of failures.
            x = y = 0
            c = _log2(1.0 - p)
            if not c:
                return x
            while True:
                y += _floor(_log2(random()) / c) + 1
                if y > n:
                    return x
                x += 1
        # Hormann's transformed rejection with squeeze (BTRS).
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        prepared = False
        while True:
            u = random() - 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = random()
            if us >= 0.07 and v <= vr:
                return k
            if not prepared:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)
                h = _lgamma(m + 1) + _lgamma(n - m + 1)
                prepared = True
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
                return k


class SystemRandom(Random):
    """Random numbers from os.urandom, the system's entropy source: not
    reproducible, and with no state to seed, save or restore."""

    def random(self):
        """Get the next random number in the range 0.0 <= x < 1.0."""
        from os import urandom
        return (int.from_bytes(urandom(7)) >> 3) * (2.0 ** -53)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        from os import urandom
        numbytes = (k + 7) // 8
        x = int.from_bytes(urandom(numbytes))
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
        from os import urandom
        return urandom(n)

    def seed(self, *args, **kwds):
        """Stub method.  Not used for a system random number generator."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Method should not be called for a system random number generator."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The module-level functions share one hidden generator.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
