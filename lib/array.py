"""Arrays of numbers and characters, as in CPython 3.12's array module.

``array(typecode[, initializer])`` is a mutable sequence whose items all
have one C type, named by a type code:

    b/B  signed/unsigned char (1 byte)      u  wide character (4 bytes)
    h/H  signed/unsigned short (2 bytes)    i/I  signed/unsigned int (4)
    l/L  signed/unsigned long (8 bytes)     q/Q  signed/unsigned long long (8)
    f    float (4 bytes)                    d  double (8 bytes)

The sizes are those of x86-64 Linux and the byte order is little-endian.
The items are kept in a Python list: a value is checked (and, for 'f',
rounded to single precision) when it is stored, so reading an item costs
no conversion.  ``tobytes``/``frombytes`` give and take the same machine
bytes as CPython's arrays.
"""

from math import copysign as _copysign

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {
    "b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4,
    "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8,
}

# The machine format codes of the pickled form (CPython's numbering).
_MFORMAT = {
    "b": 1, "B": 0, "u": 20, "h": 4, "H": 2, "i": 8, "I": 6,
    "l": 12, "L": 10, "q": 12, "Q": 10, "f": 14, "d": 16,
}

_BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"

_INF = float("inf")

# Marks an argument that was not given.
_NO_ARG = object()


# ----------------------------------------------------------------------
# Checking and converting the values stored in an array.

def _as_int(v):
    """v as a plain int, through __index__, or TypeError."""
    if isinstance(v, int):
        return int.__index__(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    r = index(v)
    if type(r) is not int:
        if not isinstance(r, int):
            raise TypeError("__index__ returned non-int (type %s)"
                            % type(r).__name__)
        r = int.__index__(r)
    return r


def _as_double(v):
    """v as a float, the way a C double is read from it, or TypeError."""
    cls = type(v)
    if cls is float:
        return v
    if cls is int:
        return float(v)
    if isinstance(v, float):
        return float.__float__(v)
    if hasattr(cls, "__float__") or hasattr(cls, "__index__"):
        return float(v)
    raise TypeError("must be real number, not %s" % cls.__name__)


# A one-item float buffer: storing a double in it rounds the double to
# single precision exactly as a C cast does.
_F32 = memoryview(bytearray(4)).cast("f")


def _as_float32(v):
    """v as a float rounded to single precision."""
    if type(v) is not float:
        v = _as_double(v)
    try:
        _F32[0] = v
    except OverflowError:
        return _copysign(_INF, v)
    return _F32[0]


def _as_char(v):
    """v as a one-character str, or TypeError."""
    if type(v) is str and len(v) == 1:
        return v
    if isinstance(v, str) and len(v) == 1:
        return str.__str__(v)
    raise TypeError("array item must be unicode character")


_LONG_MSG = "Python int too large to convert to C long"
_ULONG_MSG = "Python int too large to convert to C unsigned long"
_LONG = (-1 << 63, (1 << 63) - 1, _LONG_MSG, _LONG_MSG)
_SHORT = (-1 << 15, (1 << 15) - 1,
          "signed short integer is less than minimum",
          "signed short integer is greater than maximum")
_INT = (-1 << 31, (1 << 31) - 1,
        "signed integer is less than minimum",
        "signed integer is greater than maximum")
_UNSIGNED_LONG = (0, (1 << 64) - 1,
                  "can't convert negative value to unsigned int", _ULONG_MSG)

# For each integer code, the ranges a value is checked against, outermost
# first, with the messages CPython gives for a value below or above each.
# (CPython reads some codes through a wider C type first, so a value far
# out of range is reported against that wider type.)
_INT_CHECKS = {
    "b": (_LONG, _SHORT, (-128, 127, "signed char is less than minimum",
                          "signed char is greater than maximum")),
    "B": (_LONG, (0, 255, "unsigned byte integer is less than minimum",
                  "unsigned byte integer is greater than maximum")),
    "h": (_LONG, _SHORT),
    "H": (_LONG, _INT, (0, 65535, "unsigned short is less than minimum",
                        "unsigned short is greater than maximum")),
    "i": (_LONG, _INT),
    "I": (_UNSIGNED_LONG, (0, (1 << 32) - 1, "",
                           "unsigned int is greater than maximum")),
    "l": (_LONG,),
    "L": (_UNSIGNED_LONG,),
    "q": ((-1 << 63, (1 << 63) - 1, "int too big to convert",
           "int too big to convert"),),
    "Q": ((0, (1 << 64) - 1, "can't convert negative int to unsigned",
           "int too big to convert"),),
}


def _int_converter(checks):
    """The converter of an integer code with the given range checks."""
    lo, hi = checks[-1][0], checks[-1][1]

    def convert(v):
        if type(v) is not int:
            v = _as_int(v)
        if lo <= v <= hi:
            return v
        for low, high, below, above in checks:
            if v < low:
                raise OverflowError(below)
            if v > high:
                raise OverflowError(above)
        return v

    return convert


# Per type code: (the converter of a stored value, the type a value may
# have to skip the converter, and the bounds such a value must lie in).
# 'f' and 'u' values always go through their converter.
_KINDS = {"d": (_as_double, float, -_INF, _INF),
          "f": (_as_float32, None, 0, 0),
          "u": (_as_char, None, 0, 0)}
for _code, _checks in _INT_CHECKS.items():
    _KINDS[_code] = (_int_converter(_checks), int,
                     _checks[-1][0], _checks[-1][1])
del _code, _checks


def _index(v, message):
    """v as an int index, or TypeError with the given message."""
    if type(v) is int:
        return v
    if isinstance(v, int) or hasattr(type(v), "__index__"):
        return _as_int(v)
    raise TypeError(message)


def _decode(code, data):
    """The items encoded by the machine bytes data for a type code."""
    if code == "u":
        try:
            return list(data.decode("utf-32-le"))
        except UnicodeDecodeError:
            # The first code point that is not a character.
            for k in range(0, len(data), 4):
                cp = int.from_bytes(data[k:k + 4], "little")
                if cp > 0x10FFFF or 0xD800 <= cp < 0xE000:
                    raise ValueError(
                        "character U+%x is not in range [U+0000; U+10ffff]"
                        % cp) from None
            raise
    if code == "B":
        return list(data)
    return memoryview(data).cast(code).tolist()


def _bytes_of(buffer):
    """The contents of a bytes-like object, as bytes."""
    if type(buffer) is bytes:
        return buffer
    if isinstance(buffer, array):
        return buffer.tobytes()
    if isinstance(buffer, (bytes, bytearray, memoryview)):
        return bytes(buffer)
    if not isinstance(buffer, str):
        try:
            return bytes(memoryview(buffer))
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(buffer).__name__)


def _make(code, items):
    """A new plain array of type code code holding the list items."""
    self = object.__new__(array)
    self._items = items
    self._code = code
    self._conv, self._fast, self._lo, self._hi = _KINDS[code]
    return self


def _not_writable(name):
    """The setter of a read-only attribute of arrays."""
    def set(self, value):
        raise AttributeError("attribute '%s' of 'array.array' objects is not "
                             "writable" % name)
    return set


class array:
    """array(typecode[, initializer]) -> array

    A mutable sequence of values of one C type, named by typecode (one of
    b, B, u, h, H, i, I, l, L, q, Q, f, d).  The optional initializer is a
    list, bytes-like object, str (for 'u' only) or any iterable of values.
    """

    __slots__ = ("_items", "_code", "_conv", "_fast", "_lo", "_hi",
                 "__weakref__")

    def __new__(cls, typecode=_NO_ARG, initializer=_NO_ARG, /, *rest,
                **kwargs):
        if kwargs and cls.__init__ is object.__init__:
            # Only a subclass with an __init__ of its own takes keywords.
            raise TypeError("array.array() takes no keyword arguments")
        if rest:
            raise TypeError("array() takes at most 2 arguments (%d given)"
                            % (len(rest) + 2))
        if typecode is _NO_ARG:
            raise TypeError("array() takes at least 1 argument (0 given)")
        kind = _KINDS.get(typecode) if type(typecode) is str else None
        if kind is None:
            if not isinstance(typecode, str) or len(typecode) != 1:
                raise TypeError("array() argument 1 must be a unicode "
                                "character, not %s" % type(typecode).__name__)
            if typecode not in _ITEMSIZE:
                raise ValueError(_BAD_TYPECODE)
            typecode = str.__str__(typecode)
            kind = _KINDS[typecode]
        self = object.__new__(cls)
        self._items = []
        self._code = typecode
        self._conv, self._fast, self._lo, self._hi = kind
        if initializer is not _NO_ARG:
            self._initialize(initializer)
        return self

    def _initialize(self, init):
        """Fill a new array from the initializer given to the constructor."""
        code = self._code
        if isinstance(init, str):
            if code != "u":
                raise TypeError("cannot use a str to initialize an array "
                                "with typecode '%s'" % code)
            self._items = list(init)
        elif isinstance(init, array):
            if init._code == "u" and code != "u":
                raise TypeError("cannot use a unicode array to initialize an "
                                "array with typecode '%s'" % code)
            if init._code == code:
                self._items = init._items[:]
            else:
                self._items = list(map(self._conv, init._items))
        elif isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        elif isinstance(init, (list, tuple)):
            self._items = list(map(self._conv, init))
        else:
            self.extend(init)

    # -- attributes ---------------------------------------------------

    typecode = property(lambda self: self._code, _not_writable("typecode"),
                        None, "The type code character of the items.")
    itemsize = property(lambda self: _ITEMSIZE[self._code],
                        _not_writable("itemsize"), None,
                        "The size of one item in bytes.")

    # -- item access --------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if type(index) is int:
            try:
                return self._items[index]
            except IndexError:
                raise IndexError("array index out of range") from None
        if type(index) is slice:
            return _make(self._code, self._items[index])
        index = _index(index, "array indices must be integers")
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        # The common case: an int index and a value that needs no
        # conversion.  Anything else takes the general path.
        items = self._items
        if type(value) is self._fast and self._lo <= value <= self._hi:
            try:
                items[index] = value
                return
            except (IndexError, TypeError):
                pass
        elif type(index) is int and -len(items) <= index < len(items):
            items[index] = self._conv(value)
            return
        self._assign(index, value)

    def _assign(self, index, value):
        """Store value at index or a slice, with CPython's checks."""
        items = self._items
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array '
                                "slice" % type(value).__name__)
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = index.indices(len(items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(value._items) != size:
                    raise ValueError("attempt to assign array of size %d to "
                                     "extended slice of size %d"
                                     % (len(value._items), size))
            items[index] = value._items
            return
        i = _index(index, "array indices must be integers")
        n = len(items)
        if not -n <= i < n:
            raise IndexError("array assignment index out of range")
        items[i] = self._conv(value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        i = _index(index, "array indices must be integers")
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    # -- comparisons --------------------------------------------------

    def _compare(self, other, op):
        """Compare two arrays item by item, as sequences compare."""
        a = self._items
        b = other._items
        if len(a) != len(b) and op in ("==", "!="):
            return op == "!="
        if self._code not in "fd" and other._code not in "fd":
            x, y = a, b
        else:
            # Items are compared by value, never by identity, so that a
            # NaN is unequal to itself as it is in CPython's arrays.
            x, y = len(a), len(b)
            for i in range(min(x, y)):
                if not a[i] == b[i]:
                    x, y = a[i], b[i]
                    break
        if op == "==":
            return x == y
        if op == "!=":
            return x != y
        if op == "<":
            return x < y
        if op == "<=":
            return x <= y
        if op == ">":
            return x > y
        return x >= y

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, "==")

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, "!=")

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, "<")

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, "<=")

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, ">")

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._compare(other, ">=")

    __hash__ = None

    # -- arithmetic ---------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return _make(self._code, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError("can only extend with array of same kind")
        self._items += other._items
        return self

    def _count_of(self, n):
        """The repeat count n as an int, or None if n is no integer."""
        if type(n) is int:
            return n
        if isinstance(n, int) or hasattr(type(n), "__index__"):
            return _as_int(n)
        return None

    def __mul__(self, n):
        count = self._count_of(n)
        if count is None:
            # A number type may know how to multiply an array; the built-in
            # sequences only repeat themselves.
            reflected = None
            if not isinstance(n, (str, bytes, bytearray, list, tuple)):
                reflected = getattr(type(n), "__rmul__", None)
            if reflected is not None:
                result = reflected(n, self)
                if result is not NotImplemented:
                    return result
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return _make(self._code, self._items * count)

    def __rmul__(self, n):
        count = self._count_of(n)
        if count is None:
            return NotImplemented
        return _make(self._code, self._items * count)

    def __imul__(self, n):
        count = self._count_of(n)
        if count is None:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        self._items *= count
        return self

    # -- methods of lists ---------------------------------------------

    def append(self, v, /):
        """Append new value v to the end of the array."""
        if type(v) is not self._fast or not self._lo <= v <= self._hi:
            v = self._conv(v)
        self._items.append(v)

    def extend(self, bb, /):
        """Append the items of an iterable (or array of the same kind)."""
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
            return
        conv = self._conv
        append = self._items.append
        for v in bb:
            append(conv(v))

    def insert(self, i, v, /):
        """Insert value v before position i."""
        i = _as_int(i)
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1, /):
        """Remove and return the item at position i (the last by default)."""
        i = _as_int(i)
        items = self._items
        if not items:
            raise IndexError("pop from empty array")
        n = len(items)
        if not -n <= i < n:
            raise IndexError("pop index out of range")
        return items.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=9223372036854775807, /):
        """Return the index of the first occurrence of v.

        ValueError is raised if v is not present between start and stop.
        """
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        """Return the number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in place."""
        self._items.reverse()

    # -- conversions --------------------------------------------------

    def tolist(self):
        """Return the items as an ordinary list."""
        return self._items[:]

    def fromlist(self, values, /):
        """Append the items of a list (all of them, or none on an error)."""
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        self._items.extend(list(map(self._conv, values)))

    def tobytes(self):
        """Return the items as the machine bytes of their C values."""
        code = self._code
        items = self._items
        if code == "B":
            return bytes(items)
        if code == "u":
            return "".join(items).encode("utf-32-le")
        if code == "b":
            return bytes([x & 255 for x in items])
        buf = bytearray(len(items) * _ITEMSIZE[code])
        view = memoryview(buf).cast(code)
        for i, x in enumerate(items):
            view[i] = x
        return bytes(buf)

    def frombytes(self, buffer, /):
        """Append the items whose machine bytes are those of buffer."""
        data = _bytes_of(buffer)
        if len(data) % _ITEMSIZE[self._code]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_decode(self._code, data))

    def tounicode(self):
        """Return the characters of a 'u' array as a str."""
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type "
                             "arrays")
        return "".join(self._items)

    def fromunicode(self, ustr, /):
        """Append the characters of a str to a 'u' array."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(ustr).__name__)
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode "
                             "type arrays")
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write the machine bytes of the items to a binary file."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n items (as machine bytes) from a binary file and append them.

        EOFError is raised if fewer are available; those read are kept.
        """
        n = _as_int(n)
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._code]
        wanted = n * size
        data = f.read(wanted)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != wanted:
            raise EOFError("read() didn't return enough bytes")

    def byteswap(self):
        """Swap the bytes of every item (for items of 1, 2, 4 or 8 bytes)."""
        code = self._code
        if _ITEMSIZE[code] == 1:
            return
        # Reversing all the bytes reverses both the order of the items and
        # the bytes within each; reversing the items again leaves the swap.
        # (A 'u' array whose swapped items are no characters raises
        # ValueError, as pyprobe's str cannot hold them.)
        items = _decode(code, self.tobytes()[::-1])
        items.reverse()
        self._items = items

    def buffer_info(self):
        """Return (address, length): an identifier of the storage and the
        number of items."""
        return (id(self._items), len(self._items))

    def __bytes__(self):
        return self.tobytes()

    def __buffer__(self, flags, /):
        return memoryview(self.tobytes())

    def __sizeof__(self):
        return 64 + len(self._items) * _ITEMSIZE[self._code]

    # -- copying and pickling -----------------------------------------

    def __copy__(self):
        """Return a copy of the array."""
        return _make(self._code, self._items[:])

    def __deepcopy__(self, memo, /):
        """Return a copy of the array."""
        return _make(self._code, self._items[:])

    def __reduce_ex__(self, protocol, /):
        """Return the state of the array for pickling."""
        state = getattr(self, "__dict__", None)
        if protocol < 3:
            return (type(self), (self._code, self._items[:]), state)
        return (_array_reconstructor,
                (type(self), self._code, _MFORMAT[self._code],
                 self.tobytes()),
                state)

    # -- representation -----------------------------------------------

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._code)
        if self._code == "u":
            return "%s('u', %r)" % (name, "".join(self._items))
        return "%s('%s', %r)" % (name, self._code, self._items)

    __class_getitem__ = classmethod(type(list[int]))


ArrayType = array


# The layouts of the machine format codes: (item size, signed, big-endian)
# for the integer formats, by code.
_INT_FORMATS = {
    0: (1, False, False), 1: (1, True, False),
    2: (2, False, False), 3: (2, False, True),
    4: (2, True, False), 5: (2, True, True),
    6: (4, False, False), 7: (4, False, True),
    8: (4, True, False), 9: (4, True, True),
    10: (8, False, False), 11: (8, False, True),
    12: (8, True, False), 13: (8, True, True),
}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Rebuild a pickled array from its machine format and bytes."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s"
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array"
                        % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("_array_reconstructor() argument 2 must be a unicode "
                        "character, not %s" % type(typecode).__name__)
    if typecode not in _ITEMSIZE:
        raise ValueError("second argument must be a valid type code")
    if type(mformat_code) is not int or not 0 <= mformat_code <= 21:
        raise ValueError("third argument must be a valid machine format "
                         "code.")
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s"
                        % type(items).__name__)
    if mformat_code == _MFORMAT[typecode]:
        return array.__new__(arraytype, typecode, items)
    if mformat_code in _INT_FORMATS:
        size, signed, big = _INT_FORMATS[mformat_code]
        if len(items) % size:
            raise ValueError("bytes length not a multiple of item size")
        order = "big" if big else "little"
        values = [int.from_bytes(items[k:k + size], order, signed=signed)
                  for k in range(0, len(items), size)]
        # The values go into an array of the first type code with the
        # same size and signedness.
        for code in "bBhHiIlLqQ":
            if _ITEMSIZE[code] == size and code.islower() == signed:
                return array.__new__(arraytype, code, values)
    if mformat_code in (14, 15, 16, 17):
        size = 4 if mformat_code < 16 else 8
        if len(items) % size:
            raise ValueError("bytes length not a multiple of item size")
        if mformat_code in (15, 17):
            data = items[::-1]
            values = memoryview(data).cast("f" if size == 4 else "d").tolist()
            values.reverse()
        else:
            values = memoryview(items).cast("f" if size == 4 else "d").tolist()
        return array.__new__(arraytype, typecode, values)
    # The UTF-16 and UTF-32 formats of a 'u' array.
    encoding = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")[
        mformat_code - 18]
    return array.__new__(arraytype, "u", items.decode(encoding))
