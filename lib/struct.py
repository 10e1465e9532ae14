"""Conversion between Python values and C structs packed into bytes, as in
CPython 3.12's struct module.

A format string starts with an optional byte-order character:
'@' (native order, sizes and alignment; the default), '=' (native order,
standard sizes), '<' (little-endian), '>' and '!' (big-endian).  Then come
format characters, each with an optional repeat count:

    x pad byte       c char (bytes of length 1)     b/B signed/unsigned char
    ? bool           h/H short     i/I int     l/L long     q/Q long long
    n/N ssize_t/size_t (native only)               e/f/d half/float/double
    s bytes          p Pascal string               P void pointer (native only)

The native layout is that of a 64-bit little-endian Linux machine.  Floats
are converted to IEEE 754 bits exactly, rounding halves to even.
"""

import math

__all__ = [
    "calcsize", "pack", "pack_into", "unpack", "unpack_from",
    "iter_unpack", "Struct", "error",
]


class error(Exception):
    """Raised for a bad format or for values that do not fit it."""


# Sizes of each format character, natively and in the standard modes.
_NATIVE_SIZES = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
    "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8,
    "s": 1, "p": 1, "P": 8,
}
_STANDARD_SIZES = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
    "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1,
}
_INT_CODES = "bBhHiIlLqQnN"
_SIGNED_CODES = "bhilqn"
# Exponent and fraction widths of the IEEE 754 binary formats.
_FLOAT_LAYOUT = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}

_MAX_SIZE = (1 << 63) - 1


def _compile(fmt):
    """Parse a format string.

    Return (items, size, little) where items lists (code, count, offset)
    for every format character with a non-zero count ('s' and 'p' keep
    their count as a length; 'x' is left out), size is the total size and
    little tells whether the byte order is little-endian.
    """
    native = True
    little = True
    i = 0
    n = len(fmt)
    if n and fmt[0] in "@=<>!":
        order = fmt[0]
        i = 1
        native = order == "@"
        little = order in "@=<"
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    items = []
    size = 0
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = 1
        if "0" <= ch <= "9":
            j = i
            while j < n and "0" <= fmt[j] <= "9":
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            i = j
            ch = fmt[i]
        i += 1
        itemsize = sizes.get(ch)
        if itemsize is None:
            raise error("bad char in struct format")
        if native and itemsize > 1:
            # Native items are aligned to their own size.
            size = (size + itemsize - 1) // itemsize * itemsize
        if ch in "sp":
            items.append((ch, count, size))
            size += count
        elif ch == "x":
            size += count
        else:
            if count:
                items.append((ch, count, size))
            size += count * itemsize
        if size > _MAX_SIZE:
            raise error("total struct size too long")
    return items, size, little, sizes


def _float_to_bits(x, code, strict):
    """The IEEE 754 bits (an int) of float x in the format of code.

    A finite x too large for the format raises OverflowError if strict,
    else becomes an infinity.
    """
    ebits, mbits = _FLOAT_LAYOUT[code]
    top = (1 << ebits) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    sign_bit = sign << (ebits + mbits)
    if x != x:
        return sign_bit | (top << mbits) | (1 << (mbits - 1))
    if x in (math.inf, -math.inf):
        return sign_bit | (top << mbits)
    if x == 0:
        return sign_bit
    num, den = abs(x).as_integer_ratio()
    bias = top >> 1
    # Binary exponent e with 2**e <= |x| < 2**(e+1).
    e = num.bit_length() - den.bit_length()
    if (num << -e if e < 0 else num) < (den << e if e > 0 else den):
        e -= 1
    # The unit in the last place: that of a normal number of exponent e,
    # or of the subnormals below the smallest normal exponent.
    q = max(e, 1 - bias) - mbits
    if q >= 0:
        num_q, den_q = num, den << q
    else:
        num_q, den_q = num << -q, den
    m, r = divmod(num_q, den_q)
    if 2 * r > den_q or (2 * r == den_q and m & 1):
        m += 1
    if m >> (mbits + 1):
        m >>= 1
        q += 1
    if m >> mbits:
        biased = q + mbits + bias
        if biased >= top:
            if strict:
                raise OverflowError("float too large to pack with %s format"
                                    % code)
            return sign_bit | (top << mbits)
        return sign_bit | (biased << mbits) | (m - (1 << mbits))
    return sign_bit | m


def _bits_to_float(bits, code):
    """The float whose IEEE 754 bits in the format of code are bits."""
    ebits, mbits = _FLOAT_LAYOUT[code]
    top = (1 << ebits) - 1
    negative = bits >> (ebits + mbits)
    biased = (bits >> mbits) & top
    m = bits & ((1 << mbits) - 1)
    if biased == top:
        value = math.nan if m else math.inf
    elif biased == 0:
        value = math.ldexp(float(m), 2 - (1 << (ebits - 1)) - mbits)
    else:
        value = math.ldexp(float(m | (1 << mbits)),
                           biased - (top >> 1) - mbits)
    return -value if negative else value


def _as_index(v):
    """v as an int for an integer code, or struct.error."""
    if type(v) is int:
        return v
    try:
        index = type(v).__index__
    except AttributeError:
        raise error("required argument is not an integer") from None
    return index(v)


def _as_float(v):
    """v as a float for a float code, or struct.error."""
    if type(v) is float:
        return v
    cls = type(v)
    if not (hasattr(cls, "__float__") or hasattr(cls, "__index__")):
        raise error("required argument is not a float")
    try:
        return float(v)
    except OverflowError:
        raise error("required argument is not a float") from None


def _buffer_bytes(buffer):
    """The contents of a bytes-like object, as bytes."""
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, (bytearray, memoryview)):
        return bytes(buffer)
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(buffer))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__) from None


class Struct:
    """A compiled format: Struct(format) packs and unpacks by it without
    parsing it again."""

    __slots__ = ("_format", "size", "_items", "_little", "_native", "_count")

    def __init__(self, format=None):
        if format is None:
            raise TypeError("Struct() missing required argument 'format' "
                            "(pos 1)")
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes "
                            "object, not %s" % type(format).__name__)
        items, size, little, sizes = _compile(format)
        self._format = format
        self.size = size
        self._items = items
        self._little = little
        self._native = sizes is _NATIVE_SIZES
        count = 0
        for code, n, offset in items:
            count += 1 if code in "sp" else n
        self._count = count

    @property
    def format(self):
        """The format string this Struct was made from."""
        return self._format

    def _pack_to(self, out, base, args):
        """Pack args into the bytearray out starting at index base."""
        if len(args) != self._count:
            raise error("pack expected %d items for packing (got %d)"
                        % (self._count, len(args)))
        order = "little" if self._little else "big"
        native = self._native
        k = 0
        for code, count, offset in self._items:
            pos = base + offset
            if code == "s" or code == "p":
                v = args[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object"
                                % code)
                if count == 0:
                    continue
                if code == "s":
                    data = bytes(v[:count])
                    out[pos:pos + len(data)] = data
                else:
                    data = bytes(v[:count - 1])
                    out[pos] = min(len(data), 255)
                    out[pos + 1:pos + 1 + len(data)] = data
                continue
            size = (_NATIVE_SIZES if native else _STANDARD_SIZES)[code]
            for _ in range(count):
                v = args[k]
                k += 1
                if code in _INT_CODES:
                    v = _as_index(v)
                    bits = size * 8
                    if code in _SIGNED_CODES:
                        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
                    else:
                        lo, hi = 0, (1 << bits) - 1
                    if not lo <= v <= hi:
                        raise error("'%s' format requires %d <= number <= %d"
                                    % (code, lo, hi))
                    if v < 0:
                        v += 1 << bits
                    out[pos:pos + size] = v.to_bytes(size, order)
                elif code in "efd":
                    bits = _float_to_bits(_as_float(v), code,
                                          not (native and code == "f"))
                    out[pos:pos + size] = bits.to_bytes(size, order)
                elif code == "?":
                    out[pos] = 1 if v else 0
                elif code == "c":
                    if not isinstance(v, bytes) or len(v) != 1:
                        raise error("char format requires a bytes object "
                                    "of length 1")
                    out[pos] = v[0]
                else:
                    # A native void pointer: any int that fits 64 bits,
                    # negative ones taken modulo 2**64.
                    v = _as_index(v)
                    if not -(1 << 63) <= v < (1 << 64):
                        raise error("int too large to convert")
                    out[pos:pos + 8] = (v & ((1 << 64) - 1)).to_bytes(8, order)
                pos += size

    def pack(self, *args):
        """Pack the values into bytes by the format."""
        out = bytearray(self.size)
        self._pack_to(out, 0, args)
        return bytes(out)

    def pack_into(self, buffer, offset, *args):
        """Pack the values into a writable buffer at offset."""
        if isinstance(buffer, memoryview):
            if buffer.readonly:
                raise TypeError("argument must be read-write bytes-like "
                                "object, not memoryview")
        elif not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, "
                            "not %s" % type(buffer).__name__)
        length = len(buffer)
        if offset < 0:
            if offset + length < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, length))
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d"
                            % (self.size, offset))
            offset += length
        if length - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for "
                        "packing %d bytes at offset %d (actual buffer size "
                        "is %d)" % (self.size + offset, self.size, offset,
                                    length))
        out = bytearray(self.size)
        self._pack_to(out, 0, args)
        buffer[offset:offset + self.size] = out

    def _unpack_at(self, data, base):
        """Unpack a tuple from the bytes data starting at index base."""
        order = "little" if self._little else "big"
        native = self._native
        result = []
        append = result.append
        from_bytes = int.from_bytes
        for code, count, offset in self._items:
            pos = base + offset
            if code == "s":
                append(data[pos:pos + count])
                continue
            if code == "p":
                if count == 0:
                    append(b"")
                    continue
                n = data[pos]
                if n > count - 1:
                    n = count - 1
                append(data[pos + 1:pos + 1 + n])
                continue
            size = (_NATIVE_SIZES if native else _STANDARD_SIZES)[code]
            for _ in range(count):
                if code in _INT_CODES:
                    append(from_bytes(data[pos:pos + size], order,
                                      signed=code in _SIGNED_CODES))
                elif code in "efd":
                    append(_bits_to_float(
                        from_bytes(data[pos:pos + size], order), code))
                elif code == "?":
                    append(data[pos] != 0)
                elif code == "c":
                    append(data[pos:pos + 1])
                else:
                    append(from_bytes(data[pos:pos + 8], order))
                pos += size
        return tuple(result)

    def unpack(self, buffer):
        """Unpack a buffer of exactly size bytes into a tuple."""
        data = _buffer_bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        """Unpack a tuple from buffer starting at offset; the buffer may be
        longer than needed."""
        data = _buffer_bytes(buffer)
        length = len(data)
        if offset < 0:
            if offset + length < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, length))
            if offset + self.size > 0:
                raise error("not enough data to unpack %d bytes at offset %d"
                            % (self.size, offset))
            offset += length
        if length - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size "
                        "is %d)" % (self.size + offset, self.size, offset,
                                    length))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        """An iterator unpacking consecutive chunks of size bytes."""
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        data = _buffer_bytes(buffer)
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple "
                        "of %d bytes" % self.size)
        return _UnpackIterator(self, data)


class _UnpackIterator:
    """The iterator returned by iter_unpack()."""

    __slots__ = ("_struct", "_data", "_pos")

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        pos = self._pos
        self._pos = pos + self._struct.size
        return self._struct._unpack_at(self._data, pos)

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._struct.size


# Compiled formats of the module-level functions, by format string.
_cache = {}


def _struct(fmt):
    """The cached Struct for fmt."""
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    """The size in bytes of the struct described by format."""
    return _struct(format).size


def pack(*args):
    """pack(format, v1, v2, ...): pack the values into bytes by format."""
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack(*args[1:])


def pack_into(format, buffer, offset, /, *args):
    """Pack the values by format into a writable buffer at offset."""
    _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    """Unpack a buffer of exactly calcsize(format) bytes into a tuple."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack a tuple from buffer starting at offset."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """An iterator unpacking consecutive chunks of buffer by format."""
    return _struct(format).iter_unpack(buffer)
