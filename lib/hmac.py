"""Keyed-hashing for message authentication (HMAC, RFC 2104), as in
CPython 3.12's hmac module.

The digest algorithm may be named by a string understood by hashlib.new, or
given as a hash constructor or as a module with a new() function.
compare_digest compares two strings or bytes-like objects in time that does
not depend on where they differ.
"""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests this module makes is not fixed.
digest_size = None


def compare_digest(*args):
    """compare_digest(a, b, /)

    Return a == b, taking a time that depends only on the length of the
    inputs and not on where they differ."""
    if len(args) != 2:
        raise TypeError('compare_digest expected 2 arguments, got %d'
                        % len(args))
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        if not (_has_buffer(a) or _has_buffer(b)):
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        a = _bytes_like(a)
        b = _bytes_like(b)
    # Walk the whole of b whatever the outcome, folding any difference
    # into one accumulator.
    result = len(a) ^ len(b)
    if len(a) != len(b):
        a = b
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0


def _constructor(digestmod):
    """Turn the digestmod argument into a callable making hash objects."""
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC: a keyed hash built from an ordinary hash function."""

    blocksize = 64  # The historical default; each object has block_size.

    __slots__ = ('_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object keyed with key (bytes or bytearray).

        msg, if given, is fed in with update().  digestmod names or supplies
        the hash algorithm and is required."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        inner = make()
        outer = make()
        if isinstance(digestmod, str) and inner.name.startswith('shake_'):
            # OpenSSL has no HMAC over extendable-output functions.
            raise ValueError('no reason supplied')
        self.digest_size = inner.digest_size
        block = getattr(inner, 'block_size', None)
        if block is None or block < 16:
            block = self.blocksize
        self.block_size = block
        key = bytes(key)
        if len(key) > block:
            key = make(key).digest()
        key = key.ljust(block, b'\0')
        outer.update(key.translate(trans_5C))
        inner.update(key.translate(trans_36))
        self._inner = inner
        self._outer = outer
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed msg (a bytes-like object) into the HMAC."""
        self._inner.update(msg)

    def copy(self):
        """Return an independent copy of this HMAC object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """Return the MAC of the data fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """Return the MAC of the data fed so far, as a hex string."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new HMAC object; see HMAC for the arguments."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC of msg keyed with key, using the hash digest."""
    key = _bytes_like(key)
    msg = _bytes_like(msg)
    return HMAC(key, msg, digest).digest()


def _has_buffer(value):
    """Tell whether value supports the buffer protocol."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return True
    if isinstance(value, str):
        return False
    try:
        memoryview(value)
    except TypeError:
        return False
    return True


def _bytes_like(value):
    """Return value itself if it is bytes or bytearray, else its bytes."""
    if isinstance(value, (bytes, bytearray)):
        return value
    if isinstance(value, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(value))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(value).__name__) from None
