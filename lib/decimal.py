"""Decimal floating-point arithmetic: CPython 3.12's decimal module.

Numbers follow the General Decimal Arithmetic Specification, as CPython's
libmpdec-based module does.  A Decimal is a sign, an integer coefficient and
a power-of-ten exponent, or one of the special values Infinity, NaN and
sNaN (the NaNs may carry an integer payload).  Construction from int, str,
float and tuples is exact; arithmetic rounds to the precision of a Context,
which also holds the exponent limits, the rounding mode, and the flags and
traps of the signals (Inexact, Rounded, Overflow ...).  An operation records
every condition it meets at once, then raises the first trapped signal with
the list of the trapped conditions, as CPython does.

The transcendental functions (exp, ln, log10, and power with a non-integral
exponent) are computed with growing working precision until the rounding of
the result is certain, so they are correctly rounded.
"""

import math as _math
import sys as _sys


__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the representation's limits."""


class InvalidOperation(DecimalException):
    """An operation had no sensible result; the result is NaN."""


class ConversionSyntax(InvalidOperation):
    """A string did not have the syntax of a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """The integer quotient of a division had more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits (perhaps only zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's adjusted exponent would be above Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""


# Each condition is one bit of a status word.  The InvalidOperation signal
# covers five conditions.
_CLAMPED = 1
_CONV_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID = 256
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_ALL_INVALID = (_INVALID | _CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED |
                _INVALID_CONTEXT)

# The signals in the order of the flag dictionaries, with their status bits.
_SIGNALS = (
    (InvalidOperation, _ALL_INVALID), (FloatOperation, _FLOAT_OP),
    (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
    (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)
_SIGNAL_BITS = dict(_SIGNALS)

# The conditions in the order they are listed in a raised exception.
_CONDITIONS = (
    (_INVALID, InvalidOperation), (_CONV_SYNTAX, ConversionSyntax),
    (_DIV_IMPOSSIBLE, DivisionImpossible), (_DIV_UNDEFINED, DivisionUndefined),
    (_INVALID_CONTEXT, InvalidContext), (_FLOAT_OP, FloatOperation),
    (_DIV_BY_ZERO, DivisionByZero), (_OVERFLOW, Overflow),
    (_UNDERFLOW, Underflow), (_SUBNORMAL, Subnormal), (_INEXACT, Inexact),
    (_ROUNDED, Rounded), (_CLAMPED, Clamped),
)

# The conditions in the order of a Context's repr (libmpdec's bit order);
# a signal is named once, where its first condition comes.
_REPR_ORDER = (
    ('Clamped', _CLAMPED), ('InvalidOperation', _CONV_SYNTAX),
    ('DivisionByZero', _DIV_BY_ZERO), ('InvalidOperation', _DIV_IMPOSSIBLE),
    ('InvalidOperation', _DIV_UNDEFINED), ('Inexact', _INEXACT),
    ('InvalidOperation', _INVALID_CONTEXT), ('InvalidOperation', _INVALID),
    ('FloatOperation', _FLOAT_OP), ('Overflow', _OVERFLOW),
    ('Rounded', _ROUNDED), ('Subnormal', _SUBNORMAL),
    ('Underflow', _UNDERFLOW),
)


def _repr_names(word):
    names = []
    for name, bit in _REPR_ORDER:
        if word & bit and name not in names:
            names.append(name)
    return ', '.join(names)


_SIGNAL_KEY_MSG = ('valid values for signals are:\n'
                   '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                   '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                   '   Clamped]')


def _signal_bits(key):
    """The status bits of a signal class, or KeyError for anything else."""
    try:
        bits = _SIGNAL_BITS.get(key)
    except TypeError:
        bits = None
    if bits is None:
        raise KeyError(_SIGNAL_KEY_MSG)
    return bits


class _SignalDict:
    """A live mapping from the signals to a Context's flags or traps."""

    __slots__ = ('_ctx', '_traps')

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _word(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def __getitem__(self, key):
        return bool(self._word() & _signal_bits(key))

    def __setitem__(self, key, value):
        bits = _signal_bits(key)
        word = self._word()
        word = (word | bits) if value else (word & ~bits)
        if self._traps:
            self._ctx._traps = word
        else:
            self._ctx._flags = word

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def pop(self, key, *default):
        raise ValueError('signal keys cannot be deleted')

    def popitem(self):
        raise ValueError('signal keys cannot be deleted')

    def clear(self):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, b in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def copy(self):
        word = self._word()
        return {s: bool(word & b) for s, b in _SIGNALS}

    def keys(self):
        return self.copy().keys()

    def values(self):
        return self.copy().values()

    def items(self):
        return self.copy().items()

    def get(self, key, default=None):
        if key in _SIGNAL_BITS:
            return self[key]
        return default

    def setdefault(self, key, default=None):
        return self[key]

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._word() == other._word()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        word = self._word()
        return '{' + ', '.join('%r:%s' % (s, bool(word & b))
                               for s, b in _SIGNALS) + '}'


_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'


def _bits_from_signals(value):
    """The status word of a list of signals or a full signal dict."""
    if isinstance(value, (_SignalDict, dict)):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        word = 0
        for key in value:
            if key not in _SIGNAL_BITS:
                raise KeyError('invalid signal dict')
            if value[key]:
                word |= _SIGNAL_BITS[key]
        return word
    if isinstance(value, (list, tuple)):
        word = 0
        for key in value:
            word |= _signal_bits(key)
        return word
    raise TypeError('argument must be a signal dict')


# ---------------------------------------------------------------------------
# Coefficient arithmetic

def _nd(c):
    """The number of decimal digits of a nonnegative int (1 for zero)."""
    return len(str(c))


_POW10 = [10 ** i for i in range(64)]


def _p10(n):
    return _POW10[n] if n < 64 else 10 ** n


def _round_digits(sign, c, drop, rounding, sticky=False):
    """Remove the last `drop` (>= 1) digits of c, rounding by `rounding`.

    `sticky` says there are nonzero digits below c.  Returns the new
    coefficient and whether the discarded part was nonzero.
    """
    if drop > 40 and drop > _nd(c) + 1:
        if c == 0 and not sticky:
            return 0, False
        q = 0
        half = -1
    else:
        p = _p10(drop)
        q, r = divmod(c, p)
        if r == 0 and not sticky:
            return q, False
        h = p >> 1
        if r < h:
            half = -1
        elif r == h:
            half = 1 if sticky else 0
        else:
            half = 1
    if rounding == ROUND_HALF_EVEN:
        if half > 0 or (half == 0 and q & 1):
            q += 1
    elif rounding == ROUND_HALF_UP:
        if half >= 0:
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_HALF_DOWN:
        if half > 0:
            q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    else:
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow_result(sign, ctx, rounding):
    """The result of an overflow: Infinity or the largest finite number."""
    if (rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and not sign)
            or (rounding == ROUND_FLOOR and sign)):
        return _dec(sign, 0, 'F', True)
    prec = ctx.prec
    return _dec(sign, _p10(prec) - 1, ctx.Emax - prec + 1)


def _fin(sign, c, e, ctx, sticky=False, rounding=None):
    """Fit a finite result into the context: round, overflow, underflow.

    The value is c * 10**e plus, when `sticky` is true, a nonzero amount
    below the last digit of c (c then has more digits than are kept).
    Returns the Decimal and the status word of the conditions met.
    """
    prec = ctx.prec
    emin = ctx.Emin
    emax = ctx.Emax
    if rounding is None:
        rounding = ctx.rounding
    if c == 0 and not sticky:
        etiny = emin - prec + 1
        if e < etiny:
            return _dec(sign, 0, etiny), _CLAMPED
        top = emax - prec + 1 if ctx.clamp else emax
        if e > top:
            return _dec(sign, 0, top), _CLAMPED
        return _dec(sign, 0, e), 0
    n = _nd(c)
    adj = e + n - 1
    if adj > emax:
        return (_overflow_result(sign, ctx, rounding),
                _OVERFLOW | _INEXACT | _ROUNDED)
    status = 0
    if adj < emin:
        etiny = emin - prec + 1
        status = _SUBNORMAL
        if e < etiny:
            c, inexact = _round_digits(sign, c, etiny - e, rounding, sticky)
            e = etiny
            status |= _ROUNDED
            if inexact:
                status |= _INEXACT | _UNDERFLOW
                if c == 0:
                    status |= _CLAMPED
        if ctx.clamp:
            top = emax - prec + 1
            if e > top:
                c *= _p10(e - top)
                e = top
                status |= _CLAMPED
        return _dec(sign, c, e), status
    if n > prec:
        drop = n - prec
        c, inexact = _round_digits(sign, c, drop, rounding, sticky)
        e += drop
        status = _ROUNDED | _INEXACT if inexact else _ROUNDED
        if c == _p10(prec):
            c = _p10(prec - 1)
            e += 1
            if e + prec - 1 > emax:
                return (_overflow_result(sign, ctx, rounding),
                        _OVERFLOW | _INEXACT | _ROUNDED)
    if ctx.clamp:
        top = emax - prec + 1
        if e > top:
            c *= _p10(e - top)
            e = top
            status |= _CLAMPED
    return _dec(sign, c, e), status


def _finish(ctx, sign, c, e, sticky=False, rounding=None):
    """_fin, with the status applied to the context."""
    r, status = _fin(sign, c, e, ctx, sticky, rounding)
    if status:
        ctx._apply(status)
    return r


def _strip_zeros(c, e, limit):
    """Remove trailing zeros of c while the exponent stays at most limit."""
    if c == 0:
        return c, e
    while e < limit and c % 10 == 0:
        c //= 10
        e += 1
    return c, e


# ---------------------------------------------------------------------------
# Parsing

def _parse_decimal(s):
    """Parse a numeric string: (sign, coefficient, exponent) or None."""
    s = s.strip()
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isdecimal():
                out.append(str(int(ch)))
            elif ch.isspace():
                return None
            else:
                out.append(ch)
        s = ''.join(out)
    if '_' in s:
        s = s.replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    if low.startswith('nan') or low.startswith('snan'):
        kind = 'n' if low[0] == 'n' else 'N'
        payload = s[3:] if kind == 'n' else s[4:]
        if payload == '':
            return sign, 0, kind
        if not (payload.isdigit() and payload.isascii()):
            return None
        return sign, int(payload), kind
    mant = s
    exp = 0
    for i, ch in enumerate(s):
        if ch == 'e' or ch == 'E':
            mant = s[:i]
            es = s[i + 1:]
            digits = es[1:] if es[:1] in ('+', '-') else es
            if not (digits.isdigit() and digits.isascii()):
                return None
            exp = int(es)
            break
    ip, dot, fp = mant.partition('.')
    digits = ip + fp
    if not digits or not (digits.isdigit() and digits.isascii()):
        return None
    return sign, int(digits), exp - len(fp)


def _from_float(f):
    """The exact Decimal value of a float."""
    if f != f:
        return _dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n', True)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF, -_INF):
        return _dec(sign, 0, 'F', True)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


_INF = float('inf')


def _type_name(v):
    return type(v).__name__


def _convert(v):
    """An operand of a method: a Decimal or an int, else TypeError."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _dec(1 if v < 0 else 0, abs(v), 0)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % _type_name(v))


def _convert_op(v):
    """An operand of an operator: a Decimal, or None for NotImplemented."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _dec(1 if v < 0 else 0, abs(v), 0)
    return None


def _dec(sign, coef, exp, special=False):
    d = _new(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


_new = object.__new__

_TUPLE_KINDS = ('F', 'n', 'N')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in _TUPLE_KINDS:
            raise ValueError("string argument in the third position must be "
                             "'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + d
    if exp == 'F':
        return _dec(sign, 0, 'F', True)
    if isinstance(exp, str):
        return _dec(sign, c, exp, True)
    return _dec(sign, c, exp)


def _nan_result(x, ctx):
    """The quiet NaN made from the NaN x, its payload cut to fit."""
    c = x._coef
    if c:
        limit = ctx.prec - ctx.clamp
        if _nd(c) > limit:
            c = c % _p10(limit) if limit > 0 else 0
    return _dec(x._sign, c, 'n', True)


def _check_nans(ctx, a, b=None, c=None):
    """The NaN result of an operation on a NaN operand, or None.

    A signaling NaN comes first and signals InvalidOperation.
    """
    for x in (a, b, c):
        if x is not None and x._exp == 'N':
            ctx._apply(_INVALID)
            return _nan_result(x, ctx)
    for x in (a, b, c):
        if x is not None and x._exp == 'n':
            return _nan_result(x, ctx)
    return None


def _invalid(ctx, bits=_INVALID):
    ctx._apply(bits)
    return _dec(0, 0, 'n', True)


def _is_integral(x):
    """True for a finite Decimal with an integer value."""
    if x._special:
        return False
    e = x._exp
    if e >= 0 or x._coef == 0:
        return True
    if -e > _nd(x._coef):
        return False
    return x._coef % _p10(-e) == 0


def _to_int(x):
    """The integer value of a finite integral Decimal."""
    e = x._exp
    v = x._coef * _p10(e) if e >= 0 else x._coef // _p10(-e)
    return -v if x._sign else v


def _cmp_abs(ca, ea, cb, eb):
    """Compare the magnitudes of two nonzero finite values: -1, 0 or 1."""
    aa = ea + _nd(ca)
    ab = eb + _nd(cb)
    if aa != ab:
        return -1 if aa < ab else 1
    if ea > eb:
        ca *= _p10(ea - eb)
    elif eb > ea:
        cb *= _p10(eb - ea)
    return (ca > cb) - (ca < cb)


def _cmp(a, b):
    """Compare two non-NaN Decimals numerically: -1, 0 or 1."""
    if a._special or b._special:
        va = 0 if not a._special else (-1 if a._sign else 1)
        vb = 0 if not b._special else (-1 if b._sign else 1)
        if va or vb:
            if va == vb:
                return 0
            if va == 0:
                return -vb
            if vb == 0:
                return va
            return -1 if va < vb else 1
    if a._coef == 0:
        if b._coef == 0:
            return 0
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    r = _cmp_abs(a._coef, a._exp, b._coef, b._exp)
    return -r if a._sign else r


# ---------------------------------------------------------------------------
# Fixed-point arithmetic for the transcendental functions.  A value v at
# scale w is the int round(v * 10**w), give or take a few units.

# ln(2) and ln(10) at the largest scale computed so far: (scale, ln2, ln10).
_LN_CACHE = [None]


def _atanh_inv(k, w):
    """atanh(1/k) at scale w (k > 1), with a few units of error."""
    one = _p10(w + 4)
    term = one // k
    k2 = k * k
    total = term
    n = 3
    while term:
        term //= k2
        total += term // n
        n += 2
    return total // 10000


def _ln_consts(w):
    """ln(2) and ln(10) at scale w."""
    hit = _LN_CACHE[0]
    if hit is not None and hit[0] >= w:
        f = _p10(hit[0] - w)
        return hit[1] // f, hit[2] // f
    ww = max(w, 40) + 10
    a = _atanh_inv(3, ww)
    b = _atanh_inv(9, ww)
    ln2 = 2 * a
    ln10 = 6 * a + 2 * b
    _LN_CACHE[0] = (ww - 5, ln2 // 100000, ln10 // 100000)
    return _ln_consts(w)


def _ln_fixed(c, e, w):
    """ln(c * 10**e) at scale w (c > 0), within 3 units."""
    n = _nd(c)
    k = e + n - 1
    g = w + 12 + len(str(abs(k)))
    one = _p10(g)
    # m = c / 10**(n-1) lies in [1, 10).
    if n - 1 <= g:
        m = c * _p10(g - n + 1)
    else:
        m = c // _p10(n - 1 - g)
    j = 0
    lim = one * 1414 // 1000
    while m > lim:
        m >>= 1
        j += 1
    z = (m - one) * one // (m + one)
    neg = z < 0
    if neg:
        z = -z
    z2 = z * z // one
    term = z
    total = z
    i = 3
    while term:
        term = term * z2 // one
        total += term // i
        i += 2
    if neg:
        total = -total
    ln2, ln10 = _ln_consts(g)
    r = 2 * total + j * ln2 + k * ln10
    return r // _p10(g - w)


def _exp_fixed(z, w):
    """exp(z / 10**w) as (y, n): the value is y * 10**(n - w), y at most
    a few units off, and y / 10**w lies in [0.3, 3.2]."""
    ip = abs(z) // _p10(w)
    extra = len(str(ip)) + 2
    g = w + 14
    ln2, ln10 = _ln_consts(g + extra)
    zs = z * _p10(g + extra - w)
    n = (2 * zs + ln10) // (2 * ln10)
    r = (zs - n * ln10) // _p10(extra)
    one = _p10(g)
    # Reduce r by 2**s, sum the series, then square s times.
    s = 8
    neg = r < 0
    if neg:
        r = -r
    r >>= s
    term = one
    total = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    if neg:
        total = one * one // total
    for _ in range(s):
        total = total * total // one
    return total // _p10(g - w), n


def _try_round(ctx, sign, m, err, exp, rounding):
    """Round a value known to lie strictly within (m-err, m+err) * 10**exp.

    Returns (result, status) when both ends round alike, else None.
    """
    lo, st = _fin(sign, m - err, exp, ctx, True, rounding)
    hi, st2 = _fin(sign, m + err, exp, ctx, True, rounding)
    if (lo._coef == hi._coef and lo._exp == hi._exp
            and lo._special == hi._special):
        return lo, st
    return None


def _snap_round(ctx, sign, m, exp, prec, rounding):
    """Round an approximation that sits on a rounding boundary: take the
    nearest value of a few more digits as exact, then round it."""
    extra = _nd(m) - (prec + 3)
    if extra > 0:
        m, _ = _round_digits(sign, m, extra, ROUND_HALF_EVEN)
        exp += extra
    r, st = _fin(sign, m, exp, ctx, False, rounding)
    return r, st | _INEXACT | _ROUNDED


def _float_of(x):
    """A float estimate of a finite Decimal (may be inf or 0.0)."""
    try:
        return float(('-' if x._sign else '') + str(x._coef) + 'e' + str(x._exp))
    except (OverflowError, ValueError):
        return -_INF if x._sign else _INF


def _log10_est(c, e):
    """A float estimate of log10(c * 10**e) for c > 0."""
    n = _nd(c)
    if n > 300:
        lead = int(str(c)[:20])
        return _math.log10(lead) + (n - 20) + e
    return _math.log10(c) + e


# ---------------------------------------------------------------------------
# Decimal

class Decimal(object):
    """A decimal floating-point number: exact on construction, rounded by
    the context in arithmetic."""

    __slots__ = ('_sign', '_coef', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            parsed = _parse_decimal(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._apply(_CONV_SYNTAX)
                parsed = (0, 0, 'n')
            sign, coef, exp = parsed
            special = isinstance(exp, str)
        elif isinstance(value, int):
            sign = 1 if value < 0 else 0
            coef = -value if sign else int(value)
            exp = 0
            special = False
        elif isinstance(value, Decimal):
            sign, coef, exp, special = (value._sign, value._coef, value._exp,
                                        value._special)
        elif isinstance(value, float):
            if context is None:
                context = getcontext()
            context._apply(_FLOAT_OP)
            d = _from_float(value)
            sign, coef, exp, special = d._sign, d._coef, d._exp, d._special
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
            sign, coef, exp, special = d._sign, d._coef, d._exp, d._special
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % _type_name(value))
        self = _new(cls)
        self._sign = sign
        self._coef = coef
        self._exp = exp
        self._special = special
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = _dec(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions to text ------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._coef) if self._coef else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._coef)
        e = self._exp
        lead = e + len(digits)
        if e <= 0 and lead > -6:
            dot = lead
        elif not eng:
            dot = 1
        elif self._coef == 0:
            dot = (lead + 1) % 3 - 1
        else:
            dot = (lead - 1) % 3 + 1
        if dot <= 0:
            text = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            text = digits + '0' * (dot - len(digits))
        else:
            text = digits[:dot] + '.' + digits[dot:]
        if lead != dot:
            if context is None:
                context = getcontext()
            text += ('E' if context.capitals else 'e') + '%+d' % (lead - dot)
        return sign + text

    def to_eng_string(self, context=None):
        """The engineering notation: exponents are multiples of three."""
        return self.__str__(True, context)

    def __format__(self, spec, override=None):
        return _format_decimal(self, spec)

    def as_tuple(self):
        """The DecimalTuple (sign, digits, exponent)."""
        if self._special and self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special and self._coef == 0:
            digits = ()
        else:
            digits = tuple(map(int, str(self._coef)))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """The value as a (numerator, denominator) pair in lowest terms."""
        if self._special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c = self._coef
        e = self._exp
        if e >= 0:
            n, d = c * _p10(e), 1
        else:
            d = _p10(-e)
            g = _math.gcd(c, d)
            n, d = c // g, d // g
        return (-n if self._sign else n), d

    # -- numeric conversions ------------------------------------------------

    def _int_check(self):
        if self._special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._int_check()
        e = self._exp
        v = self._coef * _p10(e) if e >= 0 else self._coef // _p10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def _to_int_rounded(self, rounding):
        self._int_check()
        if self._exp >= 0:
            return int(self)
        c, _ = _round_digits(self._sign, self._coef, -self._exp, rounding)
        return -c if self._sign else c

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __float__(self):
        if self._special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -float('nan') if self._sign else float('nan')
            return -_INF if self._sign else _INF
        return float(('-' if self._sign else '') + str(self._coef) + 'e'
                     + str(self._exp))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._special or self._coef != 0

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        e = self._exp
        if e >= 0:
            h = self._coef * pow(10, e, _HASH_P) % _HASH_P
        else:
            h = self._coef * pow(_HASH_INV10, -e, _HASH_P) % _HASH_P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    # -- predicates ---------------------------------------------------------

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _nd(self._coef) - 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._special and self._exp != 'F'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._coef == 0

    def is_normal(self, context=None):
        if self._special or self._coef == 0:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or self._coef == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def radix(self):
        return _dec(0, 10, 0)

    def number_class(self, context=None):
        """One of the ten classes of the specification, as a string."""
        if self._special:
            if self._exp == 'n':
                return 'NaN'
            if self._exp == 'N':
                return 'sNaN'
            return '-Infinity' if self._sign else '+Infinity'
        sign = '-' if self._sign else '+'
        if self._coef == 0:
            return sign + 'Zero'
        if context is None:
            context = getcontext()
        if self.adjusted() < context.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (
                self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    # -- sign operations ----------------------------------------------------

    def copy_abs(self):
        return _dec(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _dec(other._sign, self._coef, self._exp, self._special)

    def _plus(self, ctx, sign):
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return _dec(sign, 0, 'F', True)
        if self._coef == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR and sign else 0
        return _finish(ctx, sign, self._coef, self._exp)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._plus(ctx, self._sign)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._plus(ctx, self._sign ^ 1)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
        if not round:
            return self.copy_abs()
        return self._plus(ctx, 0)

    # -- addition and multiplication ----------------------------------------

    def _add(self, other, ctx, negate=0):
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return r
            sb = other._sign ^ negate
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != sb:
                    return _invalid(ctx)
                return _dec(self._sign, 0, 'F', True)
            return _dec(sb, 0, 'F', True)
        sa = self._sign
        sb = other._sign ^ negate
        ca = self._coef
        cb = other._coef
        ea = self._exp
        eb = other._exp
        rounding = ctx.rounding
        if ca == 0 or cb == 0:
            if ca == 0 and cb == 0:
                if sa == sb:
                    sign = sa
                else:
                    sign = 1 if rounding == ROUND_FLOOR else 0
                return _finish(ctx, sign, 0, min(ea, eb))
            # One operand is zero: the other keeps its value, with the
            # smaller exponent when that does not need more digits.
            if ca == 0:
                sign, c, e, ez = sb, cb, eb, ea
            else:
                sign, c, e, ez = sa, ca, ea, eb
            if ez < e:
                room = ctx.prec - _nd(c)
                shift = e - ez
                if shift > room:
                    shift = max(room, 0) + 1
                c *= _p10(shift)
                e -= shift
            return _finish(ctx, sign, c, e)
        if ea < eb:
            sa, ca, ea, sb, cb, eb = sb, cb, eb, sa, ca, ea
        # Now ea >= eb.  A far smaller operand only matters as a sticky
        # digit below the result.
        if ea - eb > 2:
            prec = ctx.prec
            adja = ea + _nd(ca) - 1
            p = min(ea, adja - prec - 1)
            if eb + _nd(cb) - 1 < p - 1:
                cb = 1
                eb = p - 2
        c = ca * _p10(ea - eb)
        if sa == sb:
            c += cb
            sign = sa
        else:
            c -= cb
            if c < 0:
                c = -c
                sign = sb
            elif c > 0:
                sign = sa
            else:
                sign = 1 if rounding == ROUND_FLOOR else 0
        return _finish(ctx, sign, c, eb)

    def __add__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return self._add(other, context or getcontext())

    def __radd__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other._add(self, context or getcontext())

    def __sub__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return self._add(other, context or getcontext(), 1)

    def __rsub__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other._add(self, context or getcontext(), 1)

    def _mul(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return r
            if self._exp == 'F':
                if not other._special and other._coef == 0:
                    return _invalid(ctx)
                return _dec(sign, 0, 'F', True)
            if self._coef == 0:
                return _invalid(ctx)
            return _dec(sign, 0, 'F', True)
        return _finish(ctx, sign, self._coef * other._coef,
                       self._exp + other._exp)

    def __mul__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return self._mul(other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other._mul(self, context or getcontext())

    # -- division -----------------------------------------------------------

    def _div(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return r
            if self._exp == 'F':
                if other._exp == 'F':
                    return _invalid(ctx)
                return _dec(sign, 0, 'F', True)
            return _finish(ctx, sign, 0, ctx.Emin - ctx.prec)
        if other._coef == 0:
            if self._coef == 0:
                return _invalid(ctx, _DIV_UNDEFINED)
            ctx._apply(_DIV_BY_ZERO)
            return _dec(sign, 0, 'F', True)
        ideal = self._exp - other._exp
        if self._coef == 0:
            return _finish(ctx, sign, 0, ideal)
        return _divide(ctx, sign, self._coef, self._exp, other._coef,
                       other._exp, ideal)

    def __truediv__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return self._div(other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other._div(self, context or getcontext())

    def _divmod_parts(self, other, ctx, want_q, want_r):
        """The integer quotient and remainder; None for a part not wanted.

        Returns (quotient, remainder, status) with the status unapplied.
        """
        sign = self._sign ^ other._sign
        nan = _dec(0, 0, 'n', True)
        if self._special or other._special:
            for x in (self, other):
                if x._exp == 'N':
                    r = _nan_result(x, ctx)
                    return r, r, _INVALID
            for x in (self, other):
                if x._exp == 'n':
                    r = _nan_result(x, ctx)
                    return r, r, 0
            if self._exp == 'F':
                if other._exp == 'F':
                    return nan, nan, _INVALID
                return _dec(sign, 0, 'F', True), nan, _INVALID if want_r else 0
            # A finite number divided by infinity.
            q = _dec(sign, 0, 0)
            st = 0
            if want_r:
                r, st2 = _fin(self._sign, self._coef, self._exp, ctx)
                st |= st2
            else:
                r = None
            return q, r, st
        if other._coef == 0:
            if self._coef == 0:
                return nan, nan, _DIV_UNDEFINED
            st = 0
            if want_q:
                st |= _DIV_BY_ZERO
            if want_r:
                st |= _INVALID
            return _dec(sign, 0, 'F', True), nan, st
        ca, ea, cb, eb = self._coef, self._exp, other._coef, other._exp
        e = min(ea, eb)
        if ca == 0:
            q = 0
            rem = 0
        else:
            adja = ea + _nd(ca) - 1
            adjb = eb + _nd(cb) - 1
            if adja - adjb > ctx.prec:
                return nan, nan, _DIV_IMPOSSIBLE
            if adja < adjb:
                q = 0
                rem = ca * _p10(ea - e)
            else:
                a = ca * _p10(ea - e)
                b = cb * _p10(eb - e)
                q, rem = divmod(a, b)
        if _nd(q) > ctx.prec:
            return nan, nan, _DIV_IMPOSSIBLE
        st = 0
        qd = rd = None
        if want_q:
            qd, st = _fin(sign, q, 0, ctx)
        if want_r:
            rd, st2 = _fin(self._sign, rem, e, ctx)
            st |= st2
        return qd, rd, st

    def __floordiv__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return self._floordiv(other, context or getcontext())

    def __rfloordiv__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other._floordiv(self, context or getcontext())

    def _floordiv(self, other, ctx):
        q, r, st = self._divmod_parts(other, ctx, True, False)
        if st:
            ctx._apply(st)
        return q

    def _mod(self, other, ctx):
        q, r, st = self._divmod_parts(other, ctx, False, True)
        if st:
            ctx._apply(st)
        return r

    def __mod__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return self._mod(other, context or getcontext())

    def __rmod__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other._mod(self, context or getcontext())

    def _divmod(self, other, ctx):
        q, r, st = self._divmod_parts(other, ctx, True, True)
        if st:
            ctx._apply(st)
        return q, r

    def __divmod__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return self._divmod(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other._divmod(self, context or getcontext())

    def remainder_near(self, other, context=None):
        """self - other * n, where n is the integer nearest self / other."""
        ctx = context if context is not None else getcontext()
        other = _convert(other)
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return r
            if self._exp == 'F':
                return _invalid(ctx)
            return _finish(ctx, self._sign, self._coef, self._exp)
        if other._coef == 0:
            if self._coef == 0:
                return _invalid(ctx, _DIV_UNDEFINED)
            return _invalid(ctx)
        ca, ea, cb, eb = self._coef, self._exp, other._coef, other._exp
        e = min(ea, eb)
        sign = self._sign
        if ca == 0:
            return _finish(ctx, sign, 0, e)
        adja = ea + _nd(ca) - 1
        adjb = eb + _nd(cb) - 1
        if adja - adjb > ctx.prec:
            return _invalid(ctx, _DIV_IMPOSSIBLE)
        if adja < adjb - 1:
            return _finish(ctx, sign, ca * _p10(ea - e), e)
        a = ca * _p10(ea - e)
        b = cb * _p10(eb - e)
        q, rem = divmod(a, b)
        if 2 * rem > b or (2 * rem == b and q & 1):
            rem = b - rem
            sign ^= 1
            q += 1
        if _nd(q) > ctx.prec:
            return _invalid(ctx, _DIV_IMPOSSIBLE)
        return _finish(ctx, sign, rem, e)

    # -- power --------------------------------------------------------------

    def __pow__(self, other, modulo=None, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        ctx = context or getcontext()
        if modulo is not None:
            m = _convert_op(modulo)
            if m is None:
                raise TypeError('pow() 3rd argument not allowed unless all '
                                'arguments are integers')
            return _power_mod(self, other, m, ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert_op(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, modulo, context)

    # -- comparisons --------------------------------------------------------

    def _compare_other(self, other, ordering):
        """Convert the other operand of a comparison: a Decimal, a
        (numerator, denominator) pair for a Rational, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _dec(1 if other < 0 else 0, abs(other), 0)
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._apply(_FLOAT_OP)
            else:
                ctx._flags |= _FLOAT_OP
            return _from_float(other)
        if isinstance(other, complex):
            if ordering or other.imag != 0:
                return NotImplemented
            return self._compare_other(other.real, ordering)
        if _is_rational(other):
            return (other.numerator, other.denominator)
        return NotImplemented

    def __eq__(self, other):
        other = self._compare_other(other, False)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            if self._special:
                return False
            return _cmp_rational(self, other) == 0
        if self._special or other._special:
            if self._exp == 'N' or other._exp == 'N':
                getcontext()._apply(_INVALID)
                return False
            if self._exp == 'n' or other._exp == 'n':
                return False
        return _cmp(self, other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        """-1, 0 or 1; None for a NaN; NotImplemented for other types."""
        other = self._compare_other(other, True)
        if other is NotImplemented:
            return other
        if isinstance(other, tuple):
            if self.is_nan():
                getcontext()._apply(_INVALID)
                return None
            return _cmp_rational(self, other)
        if self.is_nan() or other.is_nan():
            getcontext()._apply(_INVALID)
            return None
        return _cmp(self, other)

    def __lt__(self, other):
        r = self._order(other)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r < 0

    def __le__(self, other):
        r = self._order(other)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r <= 0

    def __gt__(self, other):
        r = self._order(other)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r > 0

    def __ge__(self, other):
        r = self._order(other)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r >= 0

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal; NaN when either operand is a NaN."""
        ctx = context if context is not None else getcontext()
        other = _convert(other)
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return r
        c = _cmp(self, other)
        return _dec(1 if c < 0 else 0, abs(c), 0)

    def compare_signal(self, other, context=None):
        """compare, but every NaN signals InvalidOperation."""
        ctx = context if context is not None else getcontext()
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            if self._exp == 'N' or other._exp == 'N':
                return _check_nans(ctx, self, other)
            ctx._apply(_INVALID)
            return _check_nans(ctx, self, other)
        c = _cmp(self, other)
        return _dec(1 if c < 0 else 0, abs(c), 0)

    def compare_total(self, other, context=None):
        """The total order of the specification, as -1, 0 or 1."""
        other = _convert(other)
        c = _total_cmp(self, other)
        return _dec(1 if c < 0 else 0, abs(c), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other)
        c = _total_cmp(self.copy_abs(), other.copy_abs())
        return _dec(1 if c < 0 else 0, abs(c), 0)

    def _minmax(self, other, ctx, want_max, mag):
        other = _convert(other)
        if self._special or other._special:
            sn = self._exp == 'N' or other._exp == 'N'
            if sn:
                return _check_nans(ctx, self, other)
            an = self._exp == 'n'
            bn = other._exp == 'n'
            if an and bn:
                return _nan_result(self, ctx)
            if an:
                return _finish_any(ctx, other)
            if bn:
                return _finish_any(ctx, self)
        if mag:
            c = _cmp(self.copy_abs(), other.copy_abs())
            if c == 0:
                c = _cmp(self, other)
        else:
            c = _cmp(self, other)
        if c == 0:
            c = _total_cmp(self, other)
        if not want_max:
            c = -c
        return _finish_any(ctx, self if c >= 0 else other)

    def max(self, other, context=None):
        return self._minmax(other, context or getcontext(), True, False)

    def min(self, other, context=None):
        return self._minmax(other, context or getcontext(), False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context or getcontext(), True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context or getcontext(), False, True)

    # -- quantization and rounding ------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = context if context is not None else getcontext()
        exp = _convert(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        rounding = rounding or ctx.rounding
        if self._special or exp._special:
            r = _check_nans(ctx, self, exp)
            if r is not None:
                return r
            if self._exp == 'F' and exp._exp == 'F':
                return _dec(self._sign, 0, 'F', True)
            return _invalid(ctx)
        e = exp._exp
        if not (ctx.Emin - ctx.prec + 1 <= e <= ctx.Emax):
            return _invalid(ctx)
        return _quantize(self, e, rounding, ctx)

    def _rescale(self, e, rounding):
        """The value with exponent e, rounded by `rounding` (no checks)."""
        c = self._coef
        if self._exp >= e:
            return _dec(self._sign, c * _p10(self._exp - e), e)
        c, _ = _round_digits(self._sign, c, e - self._exp, rounding)
        return _dec(self._sign, c, e)

    def to_integral_value(self, rounding=None, context=None):
        """The nearest integer, rounded by `rounding`; no flags."""
        ctx = context if context is not None else getcontext()
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return _dec(self._sign, 0, 'F', True)
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """The nearest integer, signalling Inexact and Rounded."""
        ctx = context if context is not None else getcontext()
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return _dec(self._sign, 0, 'F', True)
        if self._exp >= 0:
            return self
        if self._coef == 0:
            return _dec(self._sign, 0, 0)
        c, inexact = _round_digits(self._sign, self._coef, -self._exp,
                                   rounding or ctx.rounding)
        ctx._apply(_ROUNDED | _INEXACT if inexact else _ROUNDED)
        return _dec(self._sign, c, 0)

    def normalize(self, context=None):
        """The value rounded, with trailing zeros removed."""
        ctx = context if context is not None else getcontext()
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return _dec(self._sign, 0, 'F', True)
        r = _finish(ctx, self._sign, self._coef, self._exp)
        if r._special:
            return r
        if r._coef == 0:
            return _dec(r._sign, 0, 0)
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        c, e = _strip_zeros(r._coef, r._exp, top)
        return _dec(r._sign, c, e)

    reduce = normalize

    # -- the mathematical functions -----------------------------------------

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even)."""
        ctx = context if context is not None else getcontext()
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            if self._sign:
                return _invalid(ctx)
            return _dec(0, 0, 'F', True)
        c = self._coef
        e = self._exp
        ideal = e >> 1
        if c == 0:
            return _finish(ctx, self._sign, 0, ideal)
        if self._sign:
            return _invalid(ctx)
        prec = ctx.prec
        shift = 2 * (prec + 2) - _nd(c)
        if shift < 0:
            shift = 0
        if (e - shift) & 1:
            shift += 1
        big = c * _p10(shift)
        root = _math.isqrt(big)
        re = (e - shift) >> 1
        if root * root == big:
            root, re = _strip_zeros(root, re, ideal)
            return _finish(ctx, 0, root, re, False, ROUND_HALF_EVEN)
        return _finish(ctx, 0, root, re, True, ROUND_HALF_EVEN)

    def exp(self, context=None):
        """e ** self, correctly rounded (half even)."""
        ctx = context if context is not None else getcontext()
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            if self._sign:
                return _dec(0, 0, 0)
            return _dec(0, 0, 'F', True)
        if self._coef == 0:
            return _dec(0, 1, 0)
        prec = ctx.prec
        f = _float_of(self)
        limit_hi = (ctx.Emax + 2) * 2.302585093 + 2
        limit_lo = (ctx.Emin - prec - 1) * 2.302585093 - 2
        if f > limit_hi:
            return _finish(ctx, 0, 1, ctx.Emax + 5, False, ROUND_HALF_EVEN)
        if f < limit_lo:
            return _finish(ctx, 0, 1, ctx.Emin - prec - 5, False,
                           ROUND_HALF_EVEN)
        c = self._coef
        e = self._exp
        w = prec + 6
        while True:
            if e >= -w:
                z = c * _p10(w + e)
            else:
                z = c // _p10(-w - e)
            if self._sign:
                z = -z - 1
            y, n = _exp_fixed(z, w)
            got = _try_round(ctx, 0, y, y // _p10(w - 2) + 20, n - w,
                             ROUND_HALF_EVEN)
            if got is not None:
                ctx._apply(got[1])
                return got[0]
            w += prec + 10

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half even)."""
        ctx = context if context is not None else getcontext()
        r = self._log_special(ctx)
        if r is not None:
            return r
        c, e = _strip_zeros(self._coef, self._exp, 1 << 62)
        if c == 1 and e == 0:
            return _dec(0, 0, 0)
        return _ln_rounded(ctx, self._coef, self._exp, False)

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (half even)."""
        ctx = context if context is not None else getcontext()
        r = self._log_special(ctx)
        if r is not None:
            return r
        c, e = _strip_zeros(self._coef, self._exp, 1 << 62)
        if c == 1:
            return _finish(ctx, 1 if e < 0 else 0, abs(e), 0, False,
                           ROUND_HALF_EVEN)
        return _ln_rounded(ctx, self._coef, self._exp, True)

    def _log_special(self, ctx):
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            if self._sign:
                return _invalid(ctx)
            return _dec(0, 0, 'F', True)
        if self._coef == 0:
            return _dec(1, 0, 'F', True)
        if self._sign:
            return _invalid(ctx)
        return None

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = context if context is not None else getcontext()
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return _dec(0, 0, 'F', True)
        if self._coef == 0:
            ctx._apply(_DIV_BY_ZERO)
            return _dec(1, 0, 'F', True)
        a = self.adjusted()
        return _finish(ctx, 1 if a < 0 else 0, abs(a), 0)

    def scaleb(self, other, context=None):
        """self * 10 ** other, for an integer other."""
        ctx = context if context is not None else getcontext()
        other = _convert(other)
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return r
        if other._special or other._exp != 0:
            return _invalid(ctx)
        n = _to_int(other)
        lim = 2 * (ctx.Emax + ctx.prec)
        if not -lim <= n <= lim:
            return _invalid(ctx)
        if self._special:
            return _dec(self._sign, 0, 'F', True)
        return _finish(ctx, self._sign, self._coef, self._exp + n)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = context if context is not None else getcontext()
        other = _convert(other)
        third = _convert(third)
        if self._special or other._special or third._special:
            r = _check_nans(ctx, self, other, third)
            if r is not None and (self.is_nan() or other.is_nan()
                                  or third._exp == 'N'):
                return r
            sign = self._sign ^ other._sign
            if self._exp == 'F' or other._exp == 'F':
                if ((not self._special and self._coef == 0) or
                        (not other._special and other._coef == 0)):
                    return _invalid(ctx)
                prod = _dec(sign, 0, 'F', True)
            else:
                prod = _dec(sign, self._coef * other._coef,
                            self._exp + other._exp)
            if r is not None:
                return r
            return prod._add(third, ctx)
        prod = _dec(self._sign ^ other._sign, self._coef * other._coef,
                    self._exp + other._exp)
        return prod._add(third, ctx)

    # -- next values ----------------------------------------------------------

    def _next(self, ctx, up):
        if self._special:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            if self._sign == (0 if up else 1):
                return self
            prec = ctx.prec
            return _dec(self._sign, _p10(prec) - 1, ctx.Emax - prec + 1)
        prec = ctx.prec
        etiny = ctx.Emin - prec + 1
        c = self._coef
        if c == 0:
            return _dec(0 if up else 1, 1, etiny)
        e = self._exp
        grid = max(etiny, e + _nd(c) - 1 - prec)
        k = e - (grid - 1)
        if k < 1:
            k = 1
        big = c * _p10(k)
        away = (self._sign == 0) == up
        big = big + 1 if away else big - 1
        r, st = _fin(self._sign, big, e - k, ctx, False,
                     ROUND_CEILING if up else ROUND_FLOOR)
        return r

    def next_plus(self, context=None):
        return self._next(context or getcontext(), True)

    def next_minus(self, context=None):
        return self._next(context or getcontext(), False)

    def next_toward(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other)
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return r
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        r = self._next(ctx, c < 0)
        if r._special:
            ctx._apply(_OVERFLOW | _INEXACT | _ROUNDED)
        elif r.adjusted() < ctx.Emin:
            st = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if r._coef == 0:
                st |= _CLAMPED
            ctx._apply(st)
        return r

    # -- digit-wise operations ----------------------------------------------

    def _logical_digits(self, ctx):
        if (self._special or self._sign or self._exp != 0):
            return None
        s = str(self._coef)
        if s.strip('01'):
            return None
        # Digits beyond the precision are dropped from the left.
        return s[-ctx.prec:]

    def _logical(self, other, context, op):
        ctx = context if context is not None else getcontext()
        other = _convert(other)
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            return _invalid(ctx)
        n = max(len(a), len(b))
        a = a.zfill(n)
        b = b.zfill(n)
        out = ''.join(op(x, y) for x, y in zip(a, b))
        return _dec(0, int(out), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        a = self._logical_digits(ctx)
        if a is None:
            return _invalid(ctx)
        a = a.zfill(ctx.prec)
        return _dec(0, int(a.replace('0', '2').replace('1', '0')
                           .replace('2', '1')), 0)

    def _shift_arg(self, other, ctx):
        """The checked count of rotate and shift, or a NaN result."""
        other = _convert(other)
        if self._special or other._special:
            r = _check_nans(ctx, self, other)
            if r is not None:
                return None, r
        if other._special or other._exp != 0:
            return None, _invalid(ctx)
        n = _to_int(other)
        if not -ctx.prec <= n <= ctx.prec:
            return None, _invalid(ctx)
        if self._special:
            return None, _dec(self._sign, 0, 'F', True)
        return n, None

    def rotate(self, other, context=None):
        """The coefficient's digits (as prec digits) rotated left."""
        ctx = context if context is not None else getcontext()
        n, r = self._shift_arg(other, ctx)
        if r is not None:
            return r
        prec = ctx.prec
        s = str(self._coef % _p10(prec)).zfill(prec)
        n %= prec
        s = s[n:] + s[:n]
        return _dec(self._sign, int(s), self._exp)

    def shift(self, other, context=None):
        """The coefficient shifted left (or right) by other digits."""
        ctx = context if context is not None else getcontext()
        n, r = self._shift_arg(other, ctx)
        if r is not None:
            return r
        prec = ctx.prec
        c = self._coef
        if n >= 0:
            c = (c * _p10(n)) % _p10(prec)
        else:
            c = (c % _p10(prec)) // _p10(-n)
        return _dec(self._sign, c, self._exp)


# The modulus of numeric hashes and the inverse of ten modulo it.
_HASH_P = _sys.hash_info.modulus
_HASH_INV10 = pow(10, _HASH_P - 2, _HASH_P)

_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


def _finish_any(ctx, x):
    """x fitted to the context; infinities are returned as they are."""
    if x._special:
        return x
    return _finish(ctx, x._sign, x._coef, x._exp)


def _quantize(x, e, rounding, ctx):
    c = x._coef
    prec = ctx.prec
    status = 0
    if x._exp >= e:
        if c and x._exp + _nd(c) - e > prec:
            return _invalid(ctx)
        c *= _p10(x._exp - e)
    else:
        nonzero = c != 0
        c, inexact = _round_digits(x._sign, c, e - x._exp, rounding)
        if inexact:
            status = _ROUNDED | _INEXACT
        elif nonzero:
            status = _ROUNDED
        if _nd(c) > prec:
            return _invalid(ctx)
    if c:
        adj = e + _nd(c) - 1
        if adj > ctx.Emax:
            return _invalid(ctx)
        if adj < ctx.Emin:
            status |= _SUBNORMAL
    if ctx.clamp:
        top = ctx.Emax - prec + 1
        if e > top:
            c *= _p10(e - top)
            e = top
            status |= _CLAMPED
    if status:
        ctx._apply(status)
    return _dec(x._sign, c, e)


def _divide_st(ctx, sign, ca, ea, cb, eb, ideal):
    """The rounded quotient of two nonzero finite values, with the
    exponent closest to `ideal` when it is exact, and its status."""
    shift = ctx.prec + 1 + _nd(cb) - _nd(ca)
    if shift < 0:
        shift = 0
    q, r = divmod(ca * _p10(shift), cb)
    e = ea - eb - shift
    if r == 0:
        q, e = _strip_zeros(q, e, ideal)
        return _fin(sign, q, e, ctx)
    return _fin(sign, q, e, ctx, True)


def _divide(ctx, sign, ca, ea, cb, eb, ideal):
    r, st = _divide_st(ctx, sign, ca, ea, cb, eb, ideal)
    if st:
        ctx._apply(st)
    return r


def _total_rank(x):
    if not x._special:
        return 0
    return {'F': 1, 'N': 2, 'n': 3}[x._exp]


def _total_cmp(a, b):
    """The total order of the specification: -1, 0 or 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ra = _total_rank(a)
    rb = _total_rank(b)
    if ra != rb:
        r = -1 if ra < rb else 1
    elif ra >= 2:
        r = (a._coef > b._coef) - (a._coef < b._coef)
    elif ra == 1:
        r = 0
    else:
        r = _cmp(a.copy_abs(), b.copy_abs())
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if a._sign else r


_RATIONAL = []


def _is_rational(x):
    if not _RATIONAL:
        import numbers
        _RATIONAL.append(numbers.Rational)
    return isinstance(x, _RATIONAL[0])


def _cmp_rational(x, pair):
    """Compare a non-NaN Decimal with the fraction n/d (d > 0)."""
    n, d = pair
    if x._special:
        return -1 if x._sign else 1
    c = -x._coef if x._sign else x._coef
    e = x._exp
    if e >= 0:
        lhs = c * _p10(e) * d
        rhs = n
    else:
        lhs = c * d
        rhs = n * _p10(-e)
    return (lhs > rhs) - (lhs < rhs)


# ---------------------------------------------------------------------------
# Power

def _is_odd(x):
    """True for an odd integral Decimal."""
    e = x._exp
    if e > 0:
        return False
    if e == 0:
        return x._coef & 1 == 1
    q, r = divmod(x._coef, _p10(-e))
    return r == 0 and q & 1 == 1


def _power(a, b, ctx):
    if a._special or b._special:
        if a.is_nan() or b.is_nan():
            return _check_nans(ctx, a, b)
    bint = _is_integral(b)
    odd = bint and _is_odd(b)
    if not a._special and a._coef == 0:
        if not b._special and b._coef == 0:
            return _invalid(ctx)
        rs = a._sign if odd else 0
        if b._sign:
            return _dec(rs, 0, 'F', True)
        return _dec(rs, 0, 0)
    if a._special:
        if a._sign and not bint:
            return _invalid(ctx)
        if not b._special and b._coef == 0:
            return _dec(0, 1, 0)
        rs = a._sign if odd else 0
        if b._sign:
            return _dec(rs, 0, 0)
        return _dec(rs, 0, 'F', True)
    if a._sign and not bint:
        return _invalid(ctx)
    prec = ctx.prec
    c0, e0 = _strip_zeros(a._coef, a._exp, 1 << 62)
    is_one = c0 == 1 and e0 == 0 and not a._sign
    if b._special:
        if is_one:
            ctx._apply(_INEXACT | _ROUNDED)
            return _dec(0, _p10(prec - 1), 1 - prec)
        big = _cmp_abs(a._coef, a._exp, 1, 0) > 0
        if big == (b._sign == 0):
            return _dec(0, 0, 'F', True)
        return _dec(0, 0, 0)
    if b._coef == 0:
        return _dec(0, 1, 0)
    rs = a._sign if odd else 0
    if not bint and is_one:
        ctx._apply(_INEXACT | _ROUNDED)
        return _dec(0, _p10(prec - 1), 1 - prec)
    # A float estimate of log10 of the result catches overflow and underflow.
    try:
        est = _float_of(b) * _log10_est(c0, e0)
    except OverflowError:
        est = _INF
    if est != est:
        est = 0.0
    if bint:
        # CPython first checks a cheap bound on the size of the result:
        # a certain underflow is rounded as the value 10**(Etiny-1).
        lbz = _log_bound(a)
        if lbz is not None:
            lbt = b._exp + _nd(b._coef) - 1
            under = (a.adjusted() < 0) != (b._sign == 1)
            if under:
                etiny = ctx.Emin - prec + 1
                if lbz + lbt > len(str(-etiny)):
                    return _finish(ctx, rs, 1, etiny - 1)
            elif lbz + lbt > len(str(ctx.Emax)):
                return _finish(ctx, rs, 1, ctx.Emax + 5)
        n = _to_int(b) if b._exp < 40 else 0
        pw = prec + len(str(abs(n))) + (3 if b._sign else 2)
        if b._exp >= 40 or est > ctx.Emax + 5:
            if est > 0:
                return _finish(ctx, rs, 1, ctx.Emax + 5)
        if b._exp >= 40 or est < ctx.Emin - pw - 5:
            ctx._apply(_UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED |
                       _CLAMPED)
            return _dec(rs, 0, ctx.Emin - prec + 1)
        return _int_power(ctx, rs, a._coef, a._exp, n, pw)
    if est > ctx.Emax + 3:
        return _finish(ctx, rs, 1, ctx.Emax + 5)
    if est < ctx.Emin - prec - 3:
        return _finish(ctx, rs, 1, ctx.Emin - prec - 5)
    return _real_power(ctx, a, b)


def _log_bound(a):
    """A lower bound of the adjusted exponent of log10(|a|), the one
    CPython's power uses; None when |a| is 1."""
    ax = a.adjusted()
    if ax >= 1:
        return len(str(ax)) - 1
    if ax <= -2:
        return len(str(-ax - 1)) - 1
    c, e = a._coef, a._exp
    one = _p10(-e) if e < 0 else 1
    if e > 0:
        c *= _p10(e)
    d = abs(c - one)
    if d == 0:
        return None
    adj = _nd(d) - 1 + min(e, 0)
    return adj - 2 if ax == 0 else adj - 1


def _int_power(ctx, sign, c, e, n, pw):
    """c * 10**e raised to the integer n, as CPython computes it: with
    pw digits and half-even rounding at each step (the reciprocal first
    for a negative n), then rounded to the context."""
    work = ctx.copy()
    object.__setattr__(work, 'prec', pw)
    object.__setattr__(work, 'rounding', ROUND_HALF_EVEN)
    object.__setattr__(work, 'clamp', 0)
    status = 0
    if n < 0:
        base, status = _divide_st(work, 0, 1, 0, c, e, -e)
        n = -n
    else:
        base = _dec(0, c, e)
    r = base
    for bit in bin(n)[3:]:
        if r._special:
            break
        r, st = _fin(0, r._coef * r._coef, 2 * r._exp, work)
        status |= st
        if bit == '1' and not r._special:
            r, st = _fin(0, r._coef * base._coef, r._exp + base._exp, work)
            status |= st
    status &= _INEXACT | _ROUNDED | _UNDERFLOW | _SUBNORMAL
    if r._special:
        res, st = _fin(sign, 1, ctx.Emax + 5, ctx)
    else:
        res, st = _fin(sign, r._coef, r._exp, ctx)
    status |= st
    if status:
        ctx._apply(status)
    return res


def _real_power(ctx, a, b):
    """a ** b for a > 0 and a non-integral b: exp(b * ln(a)), rounded
    half-even to the working precision CPython uses (23 digits more than
    the precision or a's length), then rounded to the context."""
    prec = max(ctx.prec, _nd(a._coef)) + 23
    work = ctx.copy()
    for name, value in (('prec', prec), ('rounding', ROUND_HALF_EVEN),
                        ('Emax', MAX_EMAX), ('Emin', MIN_EMIN), ('clamp', 0)):
        object.__setattr__(work, name, value)
    w = prec + 10
    badj = b._exp + _nd(b._coef) - 1
    extra = max(0, badj + 1)
    approx = None
    for _ in range(4):
        lw = w + extra
        ln = _ln_fixed(a._coef, a._exp, lw)
        shift = b._exp - extra
        z = b._coef * ln
        if shift >= 0:
            z *= _p10(shift)
        else:
            z //= _p10(-shift)
        if b._sign:
            z = -z
        # Keep enough fraction digits for the integer part of z.
        ip = len(str(abs(z) // _p10(w)))
        if ip > 2 and w < prec + 10 + ip:
            w = prec + 12 + ip
            continue
        y, n = _exp_fixed(z, w)
        yexp = n - w
        err = 20 + 6 * (y // _p10(w) + 1)
        got = _try_round(work, 0, y, err, yexp, ROUND_HALF_EVEN)
        if got is not None:
            approx = got[0]
            break
        w += prec + 10
    if approx is None:
        approx, st = _snap_round(work, 0, y, yexp, prec, ROUND_HALF_EVEN)
    r, st = _fin(0, approx._coef, approx._exp, ctx)
    ctx._apply(st | _INEXACT | _ROUNDED)
    return r


def _power_mod(a, b, m, ctx):
    r = _check_nans(ctx, a, b, m)
    if r is not None:
        return r
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(ctx)
    bi = _to_int(b)
    mi = _to_int(m)
    ai = _to_int(a)
    if bi < 0 or mi == 0 or _nd(abs(mi)) > ctx.prec or (ai == 0 and bi == 0):
        return _invalid(ctx)
    v = pow(abs(ai), bi, abs(mi))
    return _dec(a._sign if bi & 1 else 0, v, 0)


def _ln_rounded(ctx, c, e, base10):
    """ln or log10 of c * 10**e (positive, not 1), correctly rounded."""
    prec = ctx.prec
    k = e + _nd(c) - 1
    extra = 0
    if k in (0, -1) and e < 0:
        d = abs(c - _p10(-e))
        if d:
            extra = max(0, -(e + _nd(d) - 1))
    w = prec + 6 + extra
    while True:
        lw = w + 2
        v = _ln_fixed(c, e, lw)
        if base10:
            ln2, ln10 = _ln_consts(lw + 2)
            v = v * _p10(lw + 2) // ln10
        sign = 1 if v < 0 else 0
        got = _try_round(ctx, sign, abs(v), 8, -lw, ROUND_HALF_EVEN)
        if got is not None:
            ctx._apply(got[1])
            return got[0]
        w += prec + 10


# ---------------------------------------------------------------------------
# Formatting

def _format_error():
    return ValueError('invalid format string')


def _parse_spec(spec):
    n = len(spec)
    i = 0
    fill = align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i] in '0123456789':
        i += 1
    width = int(spec[j:i]) if i > j else 0
    group = ''
    if i < n and spec[i] in ',_':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i] in '0123456789':
            i += 1
        if i == j:
            raise _format_error()
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise _format_error()
    if i != n or group == '_' or (typ == 'n' and group):
        raise _format_error()
    return fill, align, sign, z, zero, width, group, prec, typ


def _group3(ip, sep):
    parts = []
    while len(ip) > 3:
        parts.append(ip[-3:])
        ip = ip[:-3]
    parts.append(ip)
    return sep.join(reversed(parts))


def _format_decimal(d, spec):
    fill, align, signopt, z, zero, width, group, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    neg = d._sign
    if d._special:
        ip = str(d).lstrip('-')
        suffix = '%' if typ == '%' else ''
        zero = False
    else:
        c = d._coef
        e = d._exp
        t = typ
        if t == '%':
            e += 2
        if t is None:
            t = 'G' if ctx.capitals else 'g'
        elif t == 'n':
            t = 'g'
        if prec is not None:
            rounding = ctx.rounding
            if t in 'fF%':
                if e < -prec:
                    c, _ = _round_digits(neg, c, -prec - e, rounding)
                    e = -prec
            else:
                keep = prec + 1 if t in 'eE' else max(prec, 1)
                nd = _nd(c)
                if c and nd > keep:
                    c, _ = _round_digits(neg, c, nd - keep, rounding)
                    e += nd - keep
                    if _nd(c) > keep:
                        c //= 10
                        e += 1
        if z and c == 0:
            neg = 0
        digits = str(c)
        lead = e + len(digits)
        if t in 'eE':
            dot = 1 - prec if (c == 0 and prec is not None) else 1
        elif t in 'fF%':
            dot = lead
        else:
            dot = lead if (e <= 0 and lead > -6) else 1
        if dot <= 0:
            ip = '0'
            fp = '0' * -dot + digits
        elif dot >= len(digits):
            ip = digits + '0' * (dot - len(digits))
            fp = ''
        else:
            ip = digits[:dot]
            fp = digits[dot:]
        if c == 0:
            ip = ip.lstrip('0') or '0'
        if prec is not None and t in 'eEfF%' and len(fp) < prec:
            fp += '0' * (prec - len(fp))
        suffix = '.' + fp if fp else ''
        if t in 'eE' or (t in 'gG' and dot != lead):
            suffix += ('e' if t in 'eg' else 'E') + '%+d' % (lead - dot)
        if t == '%':
            suffix += '%'
    if neg:
        sign = '-'
    elif signopt in '+ ':
        sign = signopt
    else:
        sign = ''
    if zero:
        if fill is None:
            fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if group and not d._special:
        if zero and fill == '0' and align == '=':
            min_w = width - len(sign) - len(suffix)
            n = len(ip)
            while n + (n - 1) // 3 < min_w:
                n += 1
            ip = ip.zfill(n)
        ip = _group3(ip, group)
    body = ip + suffix
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    left = pad // 2
    return fill * left + sign + body + fill * (pad - left)


# ---------------------------------------------------------------------------
# Contexts

_CONTEXT_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                   'flags', 'traps')


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits,
    and the flags and traps of the signals."""

    __slots__ = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                 '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext
        if dc is None:
            dflt = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                    _ALL_INVALID | _DIV_BY_ZERO | _OVERFLOW)
        else:
            dflt = (dc.prec, dc.rounding, dc.Emin, dc.Emax, dc.capitals,
                    dc.clamp, dc._traps)
        self.prec = dflt[0] if prec is None else prec
        self.rounding = dflt[1] if rounding is None else rounding
        self.Emin = dflt[2] if Emin is None else Emin
        self.Emax = dflt[3] if Emax is None else Emax
        self.capitals = dflt[4] if capitals is None else capitals
        self.clamp = dflt[5] if clamp is None else clamp
        object.__setattr__(self, '_flags',
                           0 if flags is None else _bits_from_signals(flags))
        object.__setattr__(self, '_traps', dflt[6] if traps is None
                           else _bits_from_signals(traps))

    def __setattr__(self, name, value):
        if name == '_flags' or name == '_traps':
            pass
        elif name == 'prec':
            if not 1 <= _check_int(value) <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if not isinstance(value, str) or value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MSG)
        elif name == 'Emin':
            if not MIN_EMIN <= _check_int(value) <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not 0 <= _check_int(value) <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            if _check_int(value) not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            if _check_int(value) not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name == 'flags' or name == 'traps':
            if not isinstance(value, (dict, _SignalDict)):
                raise TypeError('argument must be a signal dict')
            object.__setattr__(self, '_' + name, _bits_from_signals(value))
            return
        else:
            raise AttributeError("'decimal.Context' object has no "
                                 "attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    @property
    def flags(self):
        return _SignalDict(self, False)

    @property
    def traps(self):
        return _SignalDict(self, True)

    def _apply(self, status):
        """Record the conditions of an operation; raise the first trapped
        signal."""
        object.__setattr__(self, '_flags', self._flags | status)
        hit = status & self._traps
        if hit:
            for cls, bits in _SIGNALS:
                if hit & bits:
                    break
            raise cls([c for b, c in _CONDITIONS if hit & b])

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, _repr_names(self._flags),
                   _repr_names(self._traps)))

    def copy(self):
        c = _new(Context)
        for name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                     '_flags', '_traps'):
            object.__setattr__(c, name, getattr(self, name))
        return c

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin,
                                 self.Emax, self.capitals, self.clamp,
                                 [s for s, b in _SIGNALS if self._flags & b],
                                 [s for s, b in _SIGNALS if self._traps & b]))

    def clear_flags(self):
        object.__setattr__(self, '_flags', 0)

    def clear_traps(self):
        object.__setattr__(self, '_traps', 0)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return _dec(0, 10, 0)

    def _fit_nan(self, d):
        if d._exp != 'F' and d._coef and _nd(d._coef) > self.prec - self.clamp:
            return _invalid(self, _CONV_SYNTAX)
        return d

    def create_decimal(self, num='0'):
        """num converted to a Decimal and rounded to this context."""
        if isinstance(num, str):
            parsed = None
            if num == num.strip() and '_' not in num:
                parsed = _parse_decimal(num)
            if parsed is None:
                return _invalid(self, _CONV_SYNTAX)
            sign, c, e = parsed
            if isinstance(e, str):
                return self._fit_nan(_dec(sign, c, e, True))
            return _finish(self, sign, c, e)
        if isinstance(num, float):
            self._apply(_FLOAT_OP)
            d = _from_float(num)
        else:
            d = Decimal(num, self)
        if d._special:
            return self._fit_nan(_dec(d._sign, d._coef, d._exp, True))
        return _finish(self, d._sign, d._coef, d._exp)

    def create_decimal_from_float(self, f):
        """The exact value of a float, rounded to this context."""
        if isinstance(f, int):
            d = _dec(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if d._special:
            return d
        return _finish(self, d._sign, d._coef, d._exp)

    # The arithmetic of the specification, operands converted from ints.

    def abs(self, a):
        return _convert(a).__abs__(context=self)

    def add(self, a, b):
        return _convert(a)._add(_convert(b), self)

    def subtract(self, a, b):
        return _convert(a)._add(_convert(b), self, 1)

    def multiply(self, a, b):
        return _convert(a)._mul(_convert(b), self)

    def divide(self, a, b):
        return _convert(a)._div(_convert(b), self)

    def divide_int(self, a, b):
        return _convert(a)._floordiv(_convert(b), self)

    def remainder(self, a, b):
        return _convert(a)._mod(_convert(b), self)

    def divmod(self, a, b):
        return _convert(a)._divmod(_convert(b), self)

    def remainder_near(self, a, b):
        return _convert(a).remainder_near(b, self)

    def power(self, a, b, modulo=None):
        a = _convert(a)
        b = _convert(b)
        if modulo is None:
            return _power(a, b, self)
        return _power_mod(a, b, _convert(modulo), self)

    def plus(self, a):
        return _convert(a).__pos__(self)

    def minus(self, a):
        return _convert(a).__neg__(self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def compare(self, a, b):
        return _convert(a).compare(b, self)

    def compare_signal(self, a, b):
        return _convert(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return _convert(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a).compare_total_mag(b)

    def copy_abs(self, a):
        return _convert(a).copy_abs()

    def copy_decimal(self, a):
        return _convert(a)

    def copy_negate(self, a):
        return _convert(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a).copy_sign(b)

    def exp(self, a):
        return _convert(a).exp(self)

    def ln(self, a):
        return _convert(a).ln(self)

    def log10(self, a):
        return _convert(a).log10(self)

    def logb(self, a):
        return _convert(a).logb(self)

    def sqrt(self, a):
        return _convert(a).sqrt(self)

    def fma(self, a, b, c):
        return _convert(a).fma(b, c, self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _convert(a).is_finite()

    def is_infinite(self, a):
        return _convert(a).is_infinite()

    def is_nan(self, a):
        return _convert(a).is_nan()

    def is_normal(self, a):
        return _convert(a).is_normal(self)

    def is_qnan(self, a):
        return _convert(a).is_qnan()

    def is_signed(self, a):
        return _convert(a).is_signed()

    def is_snan(self, a):
        return _convert(a).is_snan()

    def is_subnormal(self, a):
        return _convert(a).is_subnormal(self)

    def is_zero(self, a):
        return _convert(a).is_zero()

    def logical_and(self, a, b):
        return _convert(a).logical_and(b, self)

    def logical_or(self, a, b):
        return _convert(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return _convert(a).logical_xor(b, self)

    def logical_invert(self, a):
        return _convert(a).logical_invert(self)

    def max(self, a, b):
        return _convert(a).max(b, self)

    def max_mag(self, a, b):
        return _convert(a).max_mag(b, self)

    def min(self, a, b):
        return _convert(a).min(b, self)

    def min_mag(self, a, b):
        return _convert(a).min_mag(b, self)

    def next_minus(self, a):
        return _convert(a).next_minus(self)

    def next_plus(self, a):
        return _convert(a).next_plus(self)

    def next_toward(self, a, b):
        return _convert(a).next_toward(b, self)

    def normalize(self, a):
        return _convert(a).normalize(self)

    def number_class(self, a):
        return _convert(a).number_class(self)

    def quantize(self, a, b):
        return _convert(a).quantize(b, context=self)

    def rotate(self, a, b):
        return _convert(a).rotate(b, self)

    def same_quantum(self, a, b):
        return _convert(a).same_quantum(b)

    def scaleb(self, a, b):
        return _convert(a).scaleb(b, self)

    def shift(self, a, b):
        return _convert(a).shift(b, self)

    def to_eng_string(self, a):
        return _convert(a).to_eng_string(self)

    def to_sci_string(self, a):
        return _convert(a).__str__(False, self)

    def to_integral_exact(self, a):
        return _convert(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _convert(a).to_integral_value(context=self)

    to_integral = to_integral_value


DefaultContext = None
DefaultContext = Context(
    prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
    capitals=1, clamp=0, flags=[],
    traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP, flags=[],
    traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[],
                          traps=[])

# The current context (there is one thread).
_current = None


def getcontext():
    """The current context, made from DefaultContext on first use."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
        _current.clear_flags()
    return _current


def setcontext(context):
    """Make context the current context (a copy for the templates)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if (context is DefaultContext or context is BasicContext
            or context is ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    """Installs a context for the duration of a with statement."""

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        global _current
        self.saved_context = getcontext()
        _current = self.new_context
        return self.new_context

    def __exit__(self, t, v, tb):
        global _current
        _current = self.saved_context


def localcontext(ctx=None, **kwargs):
    """A context manager using a copy of ctx (or of the current context),
    with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_FIELDS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        if key in ('flags', 'traps'):
            object.__setattr__(new, '_' + key, _bits_from_signals(value))
        else:
            setattr(new, key, value)
    return _ContextManager(new)


def _make_tuple_class():
    from collections import namedtuple
    return namedtuple('DecimalTuple', 'sign digits exponent',
                      module='decimal')


DecimalTuple = _make_tuple_class()


def _register():
    import numbers
    numbers.Number.register(Decimal)


_register()
