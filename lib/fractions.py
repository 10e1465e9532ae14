"""Rational numbers: the Fraction class of CPython 3.12's fractions module.

A Fraction is an exact ratio of two ints kept in lowest terms with a
positive denominator.  Fractions are made from ints, other Rationals,
floats (exactly) and strings such as "3/4", "-1.5e3" or "1_000/3"; they mix
with int and Fraction operands exactly, and with float and complex operands
by converting to float or complex first.  Decimal is not supported, as there
is no decimal module.
"""

import math
import numbers
import sys

__all__ = ["Fraction"]

# The modulus and the hash of infinity from CPython's numeric hashing scheme.
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

_DIGITS = "0123456789"


def _is_digit(ch):
    """True for a decimal digit of any script, as int() accepts them."""
    return ch in _DIGITS or ch.isdecimal()


def _digit_run(s, i):
    """Scan digits that may be separated by single underscores from s[i].

    Return the index after the run, or -1 when the run is malformed (an
    underscore not between two digits).  An empty run returns i.
    """
    n = len(s)
    start = i
    while i < n:
        ch = s[i]
        if _is_digit(ch):
            i += 1
        elif ch == "_" and i > start and i + 1 < n and _is_digit(s[i + 1]):
            i += 1
        else:
            break
    return i


def _parse(text):
    """Parse a Fraction literal; return (numerator, denominator) or None."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    # The number must start with a digit or with a point and a digit.
    if not (i < n and (_is_digit(s[i]) or
                       (s[i] == "." and i + 1 < n and _is_digit(s[i + 1])))):
        return None
    j = _digit_run(s, i)
    if j < 0:
        return None
    numerator = int(s[i:j]) if j > i else 0
    denominator = 1
    i = j
    # A slash (possibly surrounded by spaces) introduces a denominator.
    k = i
    while k < n and s[k].isspace():
        k += 1
    if k < n and s[k] == "/":
        k += 1
        while k < n and s[k].isspace():
            k += 1
        j = _digit_run(s, k)
        if j <= k or j != n:
            return None
        denominator = int(s[k:j])
    else:
        if i < n and s[i] == ".":
            i += 1
            j = _digit_run(s, i)
            if j < 0:
                return None
            if j > i:
                frac = s[i:j].replace("_", "")
                scale = 10 ** len(frac)
                numerator = numerator * scale + int(frac)
                denominator = scale
            i = j
        if i < n and s[i] in "eE":
            i += 1
            k = i
            if k < n and s[k] in "+-":
                k += 1
            j = _digit_run(s, k)
            if j <= k:
                return None
            exp = int(s[i:j])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            i = j
        if i != n:
            return None
    if negative:
        numerator = -numerator
    return numerator, denominator


def _round_half_even(n, d):
    """Round the non-negative ratio n/d to an int, ties to even."""
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q & 1):
        q += 1
    return q


class Fraction(numbers.Rational):
    """An exact rational number.

    Fraction(numerator=0, denominator=1) takes two Rationals, or a single
    int, Rational, float or string ("3/4", "-1.5e3", " 1_000/3 ").
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                # as_integer_ratio() gives lowest terms already.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r"
                                     % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        """Build a Fraction from ints already in lowest terms."""
        self = object.__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a float (or an Integral) to a Fraction exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert an Integral or a Decimal-like object to a Fraction."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if hasattr(dec, "as_integer_ratio") and not isinstance(dec, float):
            return cls._from_coprime_ints(*dec.as_integer_ratio())
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def is_integer(self):
        """True if the Fraction is a whole number."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return (numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        num, den = self._numerator, self._denominator
        if den <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q of self until the next
        # denominator would be too large.  (p0/q0 and p1/q1 are the last two.)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = num, den
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best approximation is either the last convergent or the
        # largest semiconvergent with an admissible denominator.
        k = (max_denominator - q0) // q1
        ps, qs = p0 + k * p1, q0 + k * q1
        # Compare |p1/q1 - x| with |ps/qs - x| exactly; ties go to p1/q1.
        dist1 = abs(p1 * den - num * q1) * qs
        dist2 = abs(ps * den - num * qs) * q1
        if dist1 <= dist2:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(ps, qs)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        """Format with float-style specs (types e, E, f, F, g, G, %)."""
        if not format_spec:
            return str(self)
        spec = _parse_float_spec(format_spec)
        if spec is None:
            raise ValueError("Invalid format specifier %r for object of type %r"
                             % (format_spec, type(self).__name__))
        return _format_fraction(self._numerator, self._denominator, spec)

    # Arithmetic.  Each operation is exact against ints and Fractions, and
    # falls back to float or complex arithmetic for those operands.

    def __add__(a, b):
        if isinstance(b, Fraction):
            return _make(a._numerator * b._denominator +
                         b._numerator * a._denominator,
                         a._denominator * b._denominator)
        if isinstance(b, int):
            return Fraction._from_coprime_ints(
                a._numerator + b * a._denominator, a._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, numbers.Rational):
            return _make(a.numerator * b._denominator +
                         b._numerator * a.denominator,
                         a.denominator * b._denominator)
        if isinstance(a, numbers.Real):
            return float(a) + float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, Fraction):
            return _make(a._numerator * b._denominator -
                         b._numerator * a._denominator,
                         a._denominator * b._denominator)
        if isinstance(b, int):
            return Fraction._from_coprime_ints(
                a._numerator - b * a._denominator, a._denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, numbers.Rational):
            return _make(a.numerator * b._denominator -
                         b._numerator * a.denominator,
                         a.denominator * b._denominator)
        if isinstance(a, numbers.Real):
            return float(a) - float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (Fraction, int)):
            return _make(a._numerator * b.numerator,
                         a._denominator * b.denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, numbers.Rational):
            return _make(a.numerator * b._numerator,
                         a.denominator * b._denominator)
        if isinstance(a, numbers.Real):
            return float(a) * float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (Fraction, int)):
            if not b:
                # A zero Fraction has denominator 1.
                raise ZeroDivisionError("Fraction(%s, 0)" % b.denominator)
            return _make(a._numerator * b.denominator,
                         a._denominator * b.numerator)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, numbers.Rational):
            if not b._numerator:
                raise ZeroDivisionError("Fraction(%s, 0)" % b._denominator)
            return _make(a.numerator * b._denominator,
                         a.denominator * b._numerator)
        if isinstance(a, numbers.Real):
            return float(a) / float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (Fraction, int)):
            return (a._numerator * b.denominator) // (a._denominator * b.numerator)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, numbers.Rational):
            return (a.numerator * b._denominator) // (a.denominator * b._numerator)
        if isinstance(a, numbers.Real):
            return float(a) // float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) // complex(b)
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (Fraction, int)):
            da, db = a._denominator, b.denominator
            return _make((a._numerator * db) % (b.numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, numbers.Rational):
            da, db = a.denominator, b._denominator
            return _make((a.numerator * db) % (b._numerator * da), da * db)
        if isinstance(a, numbers.Real):
            return float(a) % float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (Fraction, int)):
            da, db = a._denominator, b.denominator
            q, r = divmod(a._numerator * db, da * b.numerator)
            return q, _make(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, numbers.Rational):
            da, db = a.denominator, b._denominator
            q, r = divmod(a.numerator * db, da * b._numerator)
            return q, _make(r, da * db)
        if isinstance(a, numbers.Real):
            return divmod(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return divmod(complex(a), complex(b))
        return NotImplemented

    def __pow__(a, b):
        """a ** b: exact for integral exponents, a float (or complex)
        otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                n, d = a._numerator, a._denominator
                if power >= 0:
                    return Fraction._from_coprime_ints(n ** power, d ** power)
                if n > 0:
                    return Fraction._from_coprime_ints(d ** -power, n ** -power)
                if n == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (d ** -power))
                return Fraction._from_coprime_ints((-d) ** -power,
                                                   (-n) ** -power)
            # A fractional power is irrational in general.
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a non-Fraction base a."""
        if b._denominator == 1 and b._numerator >= 0:
            # An int base stays an int.
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self) is an int, halves to even; round(self, ndigits) is a
        Fraction."""
        if ndigits is None:
            n, d = self._numerator, self._denominator
            q, r = divmod(n, d)
            twice = 2 * r
            if twice > d or (twice == d and q & 1):
                q += 1
            return q
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __hash__(self):
        # Equal numbers hash equally whatever their type: the hash is
        # numerator * denominator**-1 modulo the hash modulus.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        """Compare self with other by op, exactly; NotImplemented for
        unknown types."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _make(n, d):
    """Build a normalised Fraction from ints n and d."""
    if d == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % n)
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    if g != 1:
        n //= g
        d //= g
    return Fraction._from_coprime_ints(n, d)


def _parse_float_spec(spec):
    """Split a float-style format spec into its fields, or return None.

    The grammar is [[fill]align][sign][z][#][0][width][,|_][.precision]type
    where type is one of e E f F g G %.
    """
    n = len(spec)
    if n == 0 or spec[-1] not in "eEfFgG%":
        return None
    i = 0
    fill = None
    align = None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    alternate = False
    if i < n and spec[i] == "#":
        alternate = True
        i += 1
    zeropad = False
    if i + 1 < n and spec[i] == "0" and spec[i + 1] in _DIGITS:
        zeropad = True
        i += 1
    j = i
    while j < n and spec[j] in _DIGITS:
        j += 1
    width_text = spec[i:j]
    if len(width_text) > 1 and width_text[0] == "0":
        return None
    width = int(width_text) if width_text else 0
    i = j
    grouping = ""
    if i < n and spec[i] in ",_":
        grouping = spec[i]
        i += 1
    precision = 6
    if i < n and spec[i] == ".":
        j = i + 1
        while j < n and spec[j] in _DIGITS:
            j += 1
        text = spec[i + 1:j]
        if not text or (len(text) > 1 and text[0] == "0"):
            return None
        precision = int(text)
        i = j
    if i != n - 1:
        return None
    return (fill, align, sign, no_neg_zero, alternate, zeropad, width,
            grouping, precision, spec[-1])


def _format_fraction(num, den, spec):
    """Format num/den by a spec from _parse_float_spec(), rounding the exact
    value half to even."""
    (fill, align, sign, no_neg_zero, alternate, zeropad, width,
     grouping, precision, kind) = spec
    negative = num < 0
    num = abs(num)
    if kind in "fF%":
        # A fixed number of digits after the point.
        exponent = -precision - (2 if kind == "%" else 0)
        digits_after = precision
        significand = _scaled_round(num, den, exponent)
        scientific = False
    else:
        # A fixed number of significant figures.
        if kind in "gG":
            figures = precision if precision > 0 else 1
        else:
            figures = precision + 1
        if num == 0:
            significand = 0
            exponent = 1 - figures
        else:
            # Estimate the decimal exponent of the leading digit, then fix it.
            lead = len(str(num)) - len(str(den))
            if lead >= 0:
                big = num >= den * 10 ** lead
            else:
                big = num * 10 ** -lead >= den
            if not big:
                lead -= 1
            exponent = lead - figures + 1
            significand = _scaled_round(num, den, exponent)
            if significand >= 10 ** figures:
                significand //= 10
                exponent += 1
        lead = exponent + figures - 1
        if kind in "eE":
            scientific = True
        else:
            scientific = lead >= figures or lead < -4
        digits_after = figures - 1 if scientific else -exponent
    if significand == 0 and no_neg_zero:
        negative = False
    if negative:
        sign_text = "-"
    elif sign == "-":
        sign_text = ""
    else:
        sign_text = sign
    if kind == "%":
        suffix = "%"
    elif scientific:
        e = exponent + digits_after
        suffix = ("E" if kind in "EG" else "e") + ("-" if e < 0 else "+") + \
            ("%02d" % abs(e))
    else:
        suffix = ""
    digits = str(significand)
    if len(digits) <= digits_after:
        digits = "0" * (digits_after + 1 - len(digits)) + digits
    int_part = digits[:len(digits) - digits_after]
    frac_part = digits[len(digits) - digits_after:]
    if kind in "gG" and not alternate:
        frac_part = frac_part.rstrip("0")
    if frac_part or alternate:
        tail = "." + frac_part + suffix
    else:
        tail = suffix
    if zeropad:
        # Zero padding fills the integer part up to the width; separators
        # added later take part of that room.
        room = width - len(sign_text) - len(tail)
        if grouping:
            room = 3 * room // 4 + 1
        if len(int_part) < room:
            int_part = "0" * (room - len(int_part)) + int_part
    if grouping:
        head = len(int_part) % 3 or 3
        groups = [int_part[:head]]
        for pos in range(head, len(int_part), 3):
            groups.append(int_part[pos:pos + 3])
        int_part = grouping.join(groups)
    body = int_part + tail
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    if fill is None:
        fill = " "
    if align is None:
        align = ">"
    padding = fill * pad
    if align == ">":
        return padding + sign_text + body
    if align == "<":
        return sign_text + body + padding
    if align == "^":
        half = pad // 2
        return padding[:half] + sign_text + body + padding[half:]
    return sign_text + padding + body


def _scaled_round(num, den, exponent):
    """Round num/den / 10**exponent to an int, halves to even."""
    if exponent >= 0:
        return _round_half_even(num, den * 10 ** exponent)
    return _round_half_even(num * 10 ** -exponent, den)
