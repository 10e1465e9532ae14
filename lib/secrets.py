"""Cryptographically strong random numbers for tokens, passwords and the
like, as in CPython 3.12's secrets module.

Every value comes from the operating system's entropy source through
os.urandom.
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

import os as _os
import random as _random

from hmac import compare_digest

# The number of random bytes in a token when the caller gives no size.
DEFAULT_ENTROPY = 32


def _random_ok():
    """Tell whether random.SystemRandom draws from os.urandom already."""
    try:
        _random.SystemRandom().getrandbits(8)
    except NotImplementedError:
        return False
    return True


if _random_ok():
    SystemRandom = _random.SystemRandom
else:
    class SystemRandom(_random.SystemRandom):
        """A random number generator that reads os.urandom: it has no state,
        so seed() does nothing and getstate()/setstate() fail."""

        def random(self):
            """Return a random float in [0.0, 1.0) with 53 random bits."""
            return ((int.from_bytes(_os.urandom(7), 'big') >> 3)
                    * (1.0 / 9007199254740992.0))

        def getrandbits(self, k):
            """Return a non-negative int with k random bits."""
            if k < 0:
                raise ValueError('number of bits must be non-negative')
            nbytes = (k + 7) // 8
            value = int.from_bytes(_os.urandom(nbytes), 'big')
            return value >> (nbytes * 8 - k)

        def randbytes(self, n):
            """Return n random bytes."""
            return _os.urandom(n)

    SystemRandom.__module__ = 'random'

del _random_ok

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string of nbytes bytes (DEFAULT_ENTROPY if
    nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """Return a random text string of 2 * nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string holding nbytes random bytes in
    Base64, without padding."""
    import base64
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
