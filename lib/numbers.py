"""Numeric abstract base classes (PEP 3141): the tower Number > Complex >
Real > Rational > Integral.

Each class lists the operations a number of that kind offers; the abstract
ones must be provided by concrete subclasses, and a few are derived here from
the others.  The built-in numeric types are registered as virtual
subclasses: complex is a Complex, float a Real, int (and so bool) an
Integral.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the numeric tower.  isinstance(x, Number) tells whether
    x is a number of any kind."""

    __slots__ = ()

    # Numbers are not hashable unless a concrete class says how.
    __hash__ = None


class Complex(Number):
    """A complex number: the operations of the built-in complex type."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """Return the value as a built-in complex."""

    def __bool__(self):
        """True unless the number equals zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, through addition and negation."""
        return self + -other

    def __rsub__(self, other):
        """other - self, through addition and negation."""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The magnitude, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """A real number: Complex plus ordering, truncation and the
    floor-division family of operations."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """Return the value as a built-in float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral nearest to self, towards zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The largest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The smallest Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """Round to ndigits decimal places, halves to even."""
        raise NotImplementedError

    def __divmod__(self, other):
        """(self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """(other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    # A real number is a complex number with no imaginary part.
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """A ratio of two Integrals, kept in lowest terms."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """The nearest float, from an exact integer division."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """An integer: Rational plus conversion to int and the bitwise
    operations."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """Return the value as a built-in int."""
        raise NotImplementedError

    def __index__(self):
        """The value as an int, for slicing and operator.index()."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    # An integer is the ratio of itself to one.
    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
