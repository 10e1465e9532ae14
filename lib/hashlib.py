"""Secure hashes and message digests: the MD5, SHA-1, SHA-2 and SHA-3
parts of CPython 3.12's hashlib, written in pure Python.

The constructors md5, sha1, sha224, sha256, sha384, sha512, sha3_224,
sha3_256, sha3_384, sha3_512, shake_128 and shake_256 return hash objects
with update, digest, hexdigest and copy and the attributes name,
digest_size and block_size (SHAKE's digest takes a length).  new(name, data)
also knows sha512_224, sha512_256 and OpenSSL's spellings of the names.
pbkdf2_hmac and file_digest are provided as well.

BLAKE2 is not implemented, so blake2b and blake2s are absent from
algorithms_guaranteed and algorithms_available.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256', 'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest', 'pbkdf2_hmac')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256',
                                   'sha384', 'sha512', 'sha3_224',
                                   'sha3_256', 'sha3_384', 'sha3_512',
                                   'shake_128', 'shake_256'))
algorithms_available = frozenset(algorithms_guaranteed
                                 | {'sha512_224', 'sha512_256'})

from math import sin as _sin

_M32 = 0xFFFFFFFF
_NO_DATA = object()     # Marks an argument that was not given.
_M64 = 0xFFFFFFFFFFFFFFFF


def _as_bytes(data):
    """Return the bytes of a bytes-like object, as hash objects accept them."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


# ---------------------------------------------------------------------------
# Compression functions.  Each takes the chaining state as a list, a bytes
# object and the range [start, stop) of whole blocks to absorb, and returns
# the new state list.  They keep everything in local variables and loop over
# precomputed constant tables, because these loops dominate the running time.
# ---------------------------------------------------------------------------

# MD5: per-round additive constants (the integer parts of |sin(i + 1)| * 2**32),
# shift amounts and message word indices, grouped into the four rounds.
_MD5_K = [int(abs(_sin(i + 1)) * 4294967296) & _M32
          for i in range(64)]
_MD5_S = ((7, 12, 17, 22), (5, 9, 14, 20), (4, 11, 16, 23), (6, 10, 15, 21))


def _md5_round_table(r, index):
    return tuple((_MD5_K[16 * r + i], _MD5_S[r][i % 4], index(i))
                 for i in range(16))


_MD5_R1 = _md5_round_table(0, lambda i: i)
_MD5_R2 = _md5_round_table(1, lambda i: (5 * i + 1) % 16)
_MD5_R3 = _md5_round_table(2, lambda i: (3 * i + 5) % 16)
_MD5_R4 = _md5_round_table(3, lambda i: (7 * i) % 16)
del _md5_round_table


def _md5_compress(state, data, start, stop):
    h0, h1, h2, h3 = state
    M = _M32
    R1, R2, R3, R4 = _MD5_R1, _MD5_R2, _MD5_R3, _MD5_R4
    from_bytes = int.from_bytes
    for pos in range(start, stop, 64):
        x = [from_bytes(data[p:p + 4], 'little')
             for p in range(pos, pos + 64, 4)]
        a, b, c, d = h0, h1, h2, h3
        for k, s, g in R1:
            f = (a + (d ^ (b & (c ^ d))) + k + x[g]) & M
            a, d, c = d, c, b
            b = (b + ((f << s | f >> (32 - s)) & M)) & M
        for k, s, g in R2:
            f = (a + (c ^ (d & (b ^ c))) + k + x[g]) & M
            a, d, c = d, c, b
            b = (b + ((f << s | f >> (32 - s)) & M)) & M
        for k, s, g in R3:
            f = (a + (b ^ c ^ d) + k + x[g]) & M
            a, d, c = d, c, b
            b = (b + ((f << s | f >> (32 - s)) & M)) & M
        for k, s, g in R4:
            f = (a + (c ^ (b | (~d & M))) + k + x[g]) & M
            a, d, c = d, c, b
            b = (b + ((f << s | f >> (32 - s)) & M)) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
    return [h0, h1, h2, h3]


def _sha1_compress(state, data, start, stop):
    h0, h1, h2, h3, h4 = state
    M = _M32
    from_bytes = int.from_bytes
    for pos in range(start, stop, 64):
        w = [from_bytes(data[p:p + 4], 'big') for p in range(pos, pos + 64, 4)]
        append = w.append
        for t in range(16, 80):
            x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]
            append((x << 1 | x >> 31) & M)
        a, b, c, d, e = h0, h1, h2, h3, h4
        for t in range(20):
            tmp = (((a << 5 | a >> 27) & M) + (d ^ (b & (c ^ d)))
                   + e + 0x5A827999 + w[t]) & M
            e, d, c, b, a = d, c, (b << 30 | b >> 2) & M, a, tmp
        for t in range(20, 40):
            tmp = (((a << 5 | a >> 27) & M) + (b ^ c ^ d)
                   + e + 0x6ED9EBA1 + w[t]) & M
            e, d, c, b, a = d, c, (b << 30 | b >> 2) & M, a, tmp
        for t in range(40, 60):
            tmp = (((a << 5 | a >> 27) & M) + ((b & c) | (d & (b | c)))
                   + e + 0x8F1BBCDC + w[t]) & M
            e, d, c, b, a = d, c, (b << 30 | b >> 2) & M, a, tmp
        for t in range(60, 80):
            tmp = (((a << 5 | a >> 27) & M) + (b ^ c ^ d)
                   + e + 0xCA62C1D6 + w[t]) & M
            e, d, c, b, a = d, c, (b << 30 | b >> 2) & M, a, tmp
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
    return [h0, h1, h2, h3, h4]


# SHA-256 round constants (FIPS 180-4, section 4.2.2).
_K256 = (
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
)


def _sha256_compress(state, data, start, stop):
    h0, h1, h2, h3, h4, h5, h6, h7 = state
    M = _M32
    K = _K256
    from_bytes = int.from_bytes
    for pos in range(start, stop, 64):
        w = [from_bytes(data[p:p + 4], 'big') for p in range(pos, pos + 64, 4)]
        append = w.append
        for t in range(16, 64):
            x = w[t - 15]
            y = w[t - 2]
            append((w[t - 16] + w[t - 7]
                    + (((x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)) & M)
                    + (((y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)) & M)
                    ) & M)
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for k, wt in zip(K, w):
            t1 = (h + (((e >> 6 | e << 26) ^ (e >> 11 | e << 21)
                        ^ (e >> 25 | e << 7)) & M)
                  + (g ^ (e & (f ^ g))) + k + wt)
            t2 = ((((a >> 2 | a << 30) ^ (a >> 13 | a << 19)
                    ^ (a >> 22 | a << 10)) & M)
                  + ((a & b) | (c & (a | b))))
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
    return [h0, h1, h2, h3, h4, h5, h6, h7]


# SHA-512 round constants (FIPS 180-4, section 4.2.3).
_K512 = (
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242,
    0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275,
    0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f,
    0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc,
    0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6,
    0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc,
    0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915,
    0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba,
    0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
)


def _sha512_compress(state, data, start, stop):
    h0, h1, h2, h3, h4, h5, h6, h7 = state
    M = _M64
    K = _K512
    from_bytes = int.from_bytes
    for pos in range(start, stop, 128):
        w = [from_bytes(data[p:p + 8], 'big')
             for p in range(pos, pos + 128, 8)]
        append = w.append
        for t in range(16, 80):
            x = w[t - 15]
            y = w[t - 2]
            append((w[t - 16] + w[t - 7]
                    + (((x >> 1 | x << 63) ^ (x >> 8 | x << 56) ^ (x >> 7)) & M)
                    + (((y >> 19 | y << 45) ^ (y >> 61 | y << 3) ^ (y >> 6)) & M)
                    ) & M)
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for k, wt in zip(K, w):
            t1 = (h + (((e >> 14 | e << 50) ^ (e >> 18 | e << 46)
                        ^ (e >> 41 | e << 23)) & M)
                  + (g ^ (e & (f ^ g))) + k + wt)
            t2 = ((((a >> 28 | a << 36) ^ (a >> 34 | a << 30)
                    ^ (a >> 39 | a << 25)) & M)
                  + ((a & b) | (c & (a | b))))
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
    return [h0, h1, h2, h3, h4, h5, h6, h7]


# ---------------------------------------------------------------------------
# Hash objects.
# ---------------------------------------------------------------------------

class HASH:
    """A hash object in progress; the subclasses fix the algorithm."""

    # Overridden per algorithm: the name, sizes, initial state, compression
    # function, state word size in bytes, byte order, and the size of the
    # message length field of the final padding.
    name = None
    digest_size = 0
    block_size = 64
    _iv = ()
    _compress = None
    _word = 4
    _order = 'big'
    _length_size = 8

    __slots__ = ('_state', '_tail', '_count')

    def __init__(self):
        self._state = list(self._initial_state())
        self._tail = b''
        self._count = 0

    @classmethod
    def _initial_state(cls):
        return cls._iv

    def update(self, *args):
        """update(data, /)

        Feed the bytes-like object data into the hash."""
        if len(args) != 1:
            raise TypeError('HASH.update() takes exactly one argument '
                            '(%d given)' % len(args))
        data = _as_bytes(args[0])
        if not data:
            return
        self._count += len(data)
        if self._tail:
            data = self._tail + data
        size = self.block_size
        whole = len(data) - len(data) % size
        if whole:
            self._state = type(self)._compress(self._state, data, 0, whole)
        self._tail = data[whole:]

    def digest(self):
        """Return the digest of the data fed so far, as bytes."""
        size = self.block_size
        tail = self._tail + b'\x80'
        pad = (size - self._length_size - len(tail)) % size
        bits = (self._count * 8).to_bytes(self._length_size, self._order)
        final = tail + bytes(pad) + bits
        state = type(self)._compress(self._state, final, 0, len(final))
        word, order = self._word, self._order
        out = b''.join([v.to_bytes(word, order) for v in state])
        return out[:self.digest_size]

    def hexdigest(self):
        """Return the digest of the data fed so far, as a hex string."""
        return self.digest().hex()

    def copy(self):
        """Return an independent copy of this hash object."""
        other = object.__new__(type(self))
        other._state = list(self._state)
        other._tail = self._tail
        other._count = self._count
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


class _MD5(HASH):
    __slots__ = ()
    name = 'md5'
    digest_size = 16
    _iv = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)
    _compress = _md5_compress
    _order = 'little'


class _SHA1(HASH):
    __slots__ = ()
    name = 'sha1'
    digest_size = 20
    _iv = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)
    _compress = _sha1_compress


class _SHA224(HASH):
    __slots__ = ()
    name = 'sha224'
    digest_size = 28
    _iv = (0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
           0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4)
    _compress = _sha256_compress


class _SHA256(HASH):
    __slots__ = ()
    name = 'sha256'
    digest_size = 32
    _iv = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
           0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    _compress = _sha256_compress


class _SHA512(HASH):
    __slots__ = ()
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _iv = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
           0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
           0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)
    _compress = _sha512_compress
    _word = 8
    _length_size = 16


class _SHA384(_SHA512):
    __slots__ = ()
    name = 'sha384'
    digest_size = 48
    _iv = (0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
           0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
           0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4)


class _SHA512t(_SHA512):
    """SHA-512/t: SHA-512 with an initial state derived from its name."""

    __slots__ = ()
    _derived = None

    @classmethod
    def _initial_state(cls):
        # FIPS 180-4, section 5.3.6: hash the string "SHA-512/t" with SHA-512
        # started from its own initial state XORed with a5a5...a5.
        if cls.__dict__.get('_derived') is None:
            seed = _SHA512()
            seed._state = [v ^ 0xa5a5a5a5a5a5a5a5 for v in _SHA512._iv]
            seed.update(('SHA-512/%d' % (cls.digest_size * 8)).encode())
            raw = seed.digest()
            cls._derived = tuple(int.from_bytes(raw[i:i + 8], 'big')
                                 for i in range(0, 64, 8))
        return cls._derived


class _SHA512_224(_SHA512t):
    __slots__ = ()
    name = 'sha512_224'
    digest_size = 28


class _SHA512_256(_SHA512t):
    __slots__ = ()
    name = 'sha512_256'
    digest_size = 32


# ---------------------------------------------------------------------------
# SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge.
# ---------------------------------------------------------------------------

def _keccak_tables():
    """Compute the rho-pi lane moves and the iota round constants."""
    # moves[i] = (source lane, rotation) for destination lane i of pi.
    rot = [0] * 25
    x, y = 1, 0
    for t in range(24):
        rot[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    moves = [None] * 25
    for x in range(5):
        for y in range(5):
            moves[y + 5 * ((2 * x + 3 * y) % 5)] = (x + 5 * y, rot[x + 5 * y])
    # The round constants come from a linear feedback shift register.
    lfsr = 1
    bits = []
    for _ in range(24 * 7):
        bits.append(lfsr & 1)
        lfsr <<= 1
        if lfsr & 0x100:
            lfsr ^= 0x171
    constants = []
    for i in range(24):
        rc = 0
        for j in range(7):
            if bits[7 * i + j]:
                rc |= 1 << ((1 << j) - 1)
        constants.append(rc)
    return tuple(moves), tuple(constants)


_KECCAK_MOVES, _KECCAK_RC = _keccak_tables()
del _keccak_tables


def _keccak_f(a):
    """Apply the 24 rounds of Keccak-f[1600] to the 25 lanes in list a."""
    M = _M64
    moves = _KECCAK_MOVES
    for rc in _KECCAK_RC:
        # Theta: mix each column's parity into its neighbours.
        c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]
        c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21]
        c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22]
        c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23]
        c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24]
        d = (c4 ^ ((c1 << 1 | c1 >> 63) & M),
             c0 ^ ((c2 << 1 | c2 >> 63) & M),
             c1 ^ ((c3 << 1 | c3 >> 63) & M),
             c2 ^ ((c4 << 1 | c4 >> 63) & M),
             c3 ^ ((c0 << 1 | c0 >> 63) & M))
        # Rho and pi: rotate every lane and move it to its new place.
        b = []
        for src, r in moves:
            v = a[src] ^ d[src % 5]
            b.append((v << r | v >> (64 - r)) & M if r else v)
        # Chi: the only non-linear step, row by row; then iota.
        for y in range(0, 25, 5):
            b0, b1, b2, b3, b4 = b[y], b[y + 1], b[y + 2], b[y + 3], b[y + 4]
            a[y] = b0 ^ (~b1 & b2)
            a[y + 1] = b1 ^ (~b2 & b3)
            a[y + 2] = b2 ^ (~b3 & b4)
            a[y + 3] = b3 ^ (~b4 & b0)
            a[y + 4] = b4 ^ (~b0 & b1)
        a[0] ^= rc


def _keccak_absorb(state, data, start, stop, rate):
    state = list(state)
    from_bytes = int.from_bytes
    for pos in range(start, stop, rate):
        i = 0
        for p in range(pos, pos + rate, 8):
            state[i] ^= from_bytes(data[p:p + 8], 'little')
            i += 1
        _keccak_f(state)
    return state


class _Keccak(HASH):
    """A SHA-3 hash: block_size is the sponge's rate in bytes."""

    __slots__ = ()
    _iv = (0,) * 25
    _suffix = 0x06

    @classmethod
    def _compress(cls, state, data, start, stop):
        return _keccak_absorb(state, data, start, stop, cls.block_size)

    def _squeeze(self, length):
        rate = self.block_size
        tail = self._tail
        pad = bytearray(rate - len(tail))
        pad[0] = self._suffix
        pad[-1] |= 0x80
        state = self._compress(self._state, tail + bytes(pad), 0, rate)
        out = []
        produced = 0
        while True:
            out.append(b''.join([v.to_bytes(8, 'little')
                                 for v in state[:rate // 8]]))
            produced += rate
            if produced >= length:
                break
            _keccak_f(state)
        return b''.join(out)[:length]

    def digest(self):
        """Return the digest of the data fed so far, as bytes."""
        return self._squeeze(self.digest_size)


class _SHA3_224(_Keccak):
    __slots__ = ()
    name = 'sha3_224'
    digest_size = 28
    block_size = 144


class _SHA3_256(_Keccak):
    __slots__ = ()
    name = 'sha3_256'
    digest_size = 32
    block_size = 136


class _SHA3_384(_Keccak):
    __slots__ = ()
    name = 'sha3_384'
    digest_size = 48
    block_size = 104


class _SHA3_512(_Keccak):
    __slots__ = ()
    name = 'sha3_512'
    digest_size = 64
    block_size = 72


class _Shake(_Keccak):
    """A SHAKE extendable-output function: digest() takes the length."""

    __slots__ = ()
    digest_size = 0
    _suffix = 0x1F

    def digest(self, length=_NO_DATA):
        """Return length bytes of output for the data fed so far."""
        return self._squeeze(_length(length, 'digest'))

    def hexdigest(self, length=_NO_DATA):
        """Return length bytes of output for the data fed so far, in hex."""
        return self._squeeze(_length(length, 'hexdigest')).hex()

    def __repr__(self):
        return '<%s _hashlib.HASHXOF object @ %#x>' % (self.name, id(self))


def _length(value, method):
    if value is _NO_DATA:
        raise TypeError("%s() missing required argument 'length' (pos 1)"
                        % method)
    value = _index(value)
    if value < 0:
        raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
    if value >= 1 << 32:
        # Far more than could be computed here in any reasonable time.
        raise MemoryError()
    return value


class _SHAKE128(_Shake):
    __slots__ = ()
    name = 'shake_128'
    block_size = 168


class _SHAKE256(_Shake):
    __slots__ = ()
    name = 'shake_256'
    block_size = 136


# The names CPython uses, which must be spelled exactly so.
_constructors = {
    'md5': _MD5, 'sha1': _SHA1, 'sha224': _SHA224, 'sha256': _SHA256,
    'sha384': _SHA384, 'sha512': _SHA512,
    'sha512_224': _SHA512_224, 'sha512_256': _SHA512_256,
    'sha3_224': _SHA3_224, 'sha3_256': _SHA3_256, 'sha3_384': _SHA3_384,
    'sha3_512': _SHA3_512, 'shake_128': _SHAKE128, 'shake_256': _SHAKE256,
}

# Other names OpenSSL accepts in any letter case.
_aliases = {
    'md5': 'md5', 'ssl3-md5': 'md5',
    'sha1': 'sha1', 'sha-1': 'sha1', 'ssl3-sha1': 'sha1',
    'sha224': 'sha224', 'sha-224': 'sha224', 'sha2-224': 'sha224',
    'sha256': 'sha256', 'sha-256': 'sha256', 'sha2-256': 'sha256',
    'sha384': 'sha384', 'sha-384': 'sha384', 'sha2-384': 'sha384',
    'sha512': 'sha512', 'sha-512': 'sha512', 'sha2-512': 'sha512',
    'sha512-224': 'sha512_224', 'sha512_224': 'sha512_224',
    'sha-512/224': 'sha512_224', 'sha2-512/224': 'sha512_224',
    'sha512-256': 'sha512_256', 'sha512_256': 'sha512_256',
    'sha-512/256': 'sha512_256', 'sha2-512/256': 'sha512_256',
    'sha3-224': 'sha3_224', 'sha3-256': 'sha3_256', 'sha3-384': 'sha3_384',
    'sha3-512': 'sha3_512', 'shake128': 'shake_128', 'shake-128': 'shake_128',
    'shake256': 'shake_256', 'shake-256': 'shake_256',
}


def _lookup(name):
    """Return the hash class for an algorithm name, or None."""
    cls = _constructors.get(name)
    if cls is None:
        cls = _constructors.get(_aliases.get(name.lower()))
    return cls


def _make_constructor(cls):
    fname = 'openssl_' + cls.name

    def constructor(*args, **kwargs):
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument '
                            '(%d given)' % (fname, len(args)))
        for key in kwargs:
            if key != 'usedforsecurity' and key != 'string':
                raise TypeError('%r is an invalid keyword argument for %s()'
                                % (key, fname))
        data = kwargs.get('string', _NO_DATA)
        if args:
            if data is not _NO_DATA:
                raise TypeError("argument for %s() given by name ('string') "
                                "and position (1)" % fname)
            data = args[0]
        obj = cls()
        if data is not _NO_DATA:
            obj.update(data)
        return obj

    constructor.__name__ = constructor.__qualname__ = fname
    constructor.__doc__ = ('Returns a %s hash object; optionally initialized '
                           'with a string' % cls.name)
    return constructor


md5 = _make_constructor(_MD5)
sha1 = _make_constructor(_SHA1)
sha224 = _make_constructor(_SHA224)
sha256 = _make_constructor(_SHA256)
sha384 = _make_constructor(_SHA384)
sha512 = _make_constructor(_SHA512)
sha3_224 = _make_constructor(_SHA3_224)
sha3_256 = _make_constructor(_SHA3_256)
sha3_384 = _make_constructor(_SHA3_384)
sha3_512 = _make_constructor(_SHA3_512)
shake_128 = _make_constructor(_SHAKE128)
shake_256 = _make_constructor(_SHAKE256)


def new(name, data=b'', **kwargs):
    """Return a new hash object for the algorithm called name, optionally
    initialized with data (a bytes-like object)."""
    for key in kwargs:
        if key == 'string':
            raise TypeError("argument for new() given by name ('string') "
                            "and position (2)")
        if key != 'usedforsecurity':
            raise TypeError('%r is an invalid keyword argument for new()'
                            % (key,))
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    cls = _lookup(name)
    if cls is None:
        raise ValueError('unsupported hash type ' + name)
    obj = cls()
    obj.update(data)
    return obj


def _hmac_pads(cls, key):
    """Return the inner and outer hash objects of HMAC keyed with key."""
    size = cls.block_size
    if len(key) > size:
        hashed = cls()
        hashed.update(key)
        key = hashed.digest()
    key = key + bytes(size - len(key))
    inner = cls()
    inner.update(bytes(b ^ 0x36 for b in key))
    outer = cls()
    outer.update(bytes(b ^ 0x5C for b in key))
    return inner, outer


def _bytes_arg(value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(value).__name__)


def _index(value):
    if isinstance(value, int):
        return value
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC
    as the pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, "
                        "not %s" % type(hash_name).__name__)
    password = _bytes_arg(password)
    salt = _bytes_arg(salt)
    iterations = _index(iterations)
    if dklen is not None:
        dklen = _index(dklen)
    cls = _lookup(hash_name)
    if cls is None:
        raise ValueError('unsupported hash type ' + hash_name)
    if issubclass(cls, _Shake):
        # OpenSSL refuses extendable-output functions here.
        raise ValueError('no reason supplied')
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is None:
        dklen = cls.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')

    inner, outer = _hmac_pads(cls, password)
    if issubclass(cls, _Keccak):
        def prf(block):
            first = inner.copy()
            first.update(block)
            second = outer.copy()
            second.update(first.digest())
            return second.digest()
        return _pbkdf2_blocks(prf, inner, outer, salt, iterations, dklen,
                              cls.digest_size)

    # Each PRF call hashes one short message on top of the keyed states, so
    # the final padding of those messages is built here once and the
    # compression function is called directly.
    compress = cls._compress
    size = cls.block_size
    digest_size = cls.digest_size
    word, order = cls._word, cls._order
    length_size = cls._length_size
    msg_bits = (size + digest_size) * 8
    pad = (b'\x80' + bytes((size - length_size - digest_size - 1) % size)
           + msg_bits.to_bytes(length_size, order))
    istate = inner._state
    ostate = outer._state

    def prf(block):
        # The HMAC of a message that is exactly one digest long.
        state = compress(istate, block + pad, 0, size)
        mid = b''.join([v.to_bytes(word, order) for v in state])
        state = compress(ostate, mid[:digest_size] + pad, 0, size)
        return b''.join([v.to_bytes(word, order) for v in state])[:digest_size]

    return _pbkdf2_blocks(prf, inner, outer, salt, iterations, dklen,
                          digest_size)


def _pbkdf2_blocks(prf, inner, outer, salt, iterations, dklen, digest_size):
    """Produce the dklen bytes of PBKDF2 output, one digest at a time."""
    from_bytes = int.from_bytes
    out = []
    produced = 0
    counter = 1
    while produced < dklen:
        first = inner.copy()
        first.update(salt + counter.to_bytes(4, 'big'))
        second = outer.copy()
        second.update(first.digest())
        u = second.digest()
        acc = from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= from_bytes(u, 'big')
        out.append(acc.to_bytes(digest_size, 'big'))
        produced += digest_size
        counter += 1
    return b''.join(out)[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading.

    digest is a hash name, a callable returning a hash object, or such an
    object's constructor."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # CPython asks for readinto(); files here may only have read(), so a
    # zero-length read tells binary files from text ones instead.
    if not (hasattr(fileobj, 'readable') and fileobj.readable()
            and (hasattr(fileobj, 'readinto')
                 or isinstance(fileobj.read(0), bytes))):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
