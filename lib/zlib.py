"""Compression compatible with zlib: the API of CPython's zlib module.

Everything is written in Python: the CRC-32 and Adler-32 checksums, a
DEFLATE decoder (stored, fixed and dynamic Huffman blocks, decoded through
lookup tables) and a DEFLATE encoder (LZ77 matching over hash chains, lazy
matching at the higher levels, and a choice per block between stored, fixed
and dynamic Huffman coding).  The zlib, gzip and raw containers are all
supported, selected by ``wbits`` as in CPython.  The compressed bytes are
valid DEFLATE data but are not the same bytes C zlib would produce.
"""

__all__ = [
    "DEFLATED", "DEF_BUF_SIZE", "DEF_MEM_LEVEL", "MAX_WBITS",
    "ZLIB_RUNTIME_VERSION", "ZLIB_VERSION", "Z_BEST_COMPRESSION",
    "Z_BEST_SPEED", "Z_BLOCK", "Z_DEFAULT_COMPRESSION", "Z_DEFAULT_STRATEGY",
    "Z_FILTERED", "Z_FINISH", "Z_FIXED", "Z_FULL_FLUSH", "Z_HUFFMAN_ONLY",
    "Z_NO_COMPRESSION", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_RLE",
    "Z_SYNC_FLUSH", "Z_TREES", "adler32", "compress", "compressobj", "crc32",
    "decompress", "decompressobj", "error",
]

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    """Raised for errors reported by compression or decompression."""


def _data_arg(data):
    """The contents of a bytes-like argument, as bytes."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _int_arg(value):
    if not isinstance(value, int):
        if hasattr(value, "__index__"):
            return value.__index__()
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value


# ---------------------------------------------------------------------------
# Checksums

_crc_table = None


def _make_crc_table():
    global _crc_table
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    _crc_table = table
    return table


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data, starting from value."""
    data = _data_arg(data)
    table = _crc_table or _make_crc_table()
    crc = ~_int_arg(value) & 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data, starting from value."""
    data = _data_arg(data)
    value = _int_arg(value) & 0xFFFFFFFF
    a = value & 0xFFFF
    b = value >> 16
    n = len(data)
    i = 0
    # Sums are reduced every 5552 bytes, the largest run that cannot
    # overflow 32 bits in C; Python ints merely stay small this way.
    while i < n:
        j = min(i + 5552, n)
        for c in data[i:j]:
            a += c
            b += a
        a %= 65521
        b %= 65521
        i = j
    return (b << 16) | a


# ---------------------------------------------------------------------------
# DEFLATE tables shared by the decoder and the encoder

_LEN_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43,
             51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258)
_LEN_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4,
              4, 4, 5, 5, 5, 5, 0)
_DIST_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257,
              385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289,
              16385, 24577)
_DIST_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9,
               10, 10, 11, 11, 12, 12, 13, 13)
# The order in which code length code lengths are sent.
_CL_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)

_FIXED_LIT_LENGTHS = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
_FIXED_DIST_LENGTHS = [5] * 30

_REV8 = None


def _reverse_table():
    global _REV8
    rev = []
    for i in range(256):
        r = 0
        for k in range(8):
            if i >> k & 1:
                r |= 0x80 >> k
        rev.append(r)
    _REV8 = rev
    return rev


def _canonical_codes(lengths):
    """The canonical Huffman codes for the code lengths, bit-reversed so
    that they can be sent least significant bit first."""
    rev = _REV8 or _reverse_table()
    count = [0] * 16
    for n in lengths:
        count[n] += 1
    count[0] = 0
    next_code = [0] * 16
    code = 0
    for n in range(1, 16):
        code = (code + count[n - 1]) << 1
        next_code[n] = code
    codes = []
    for n in lengths:
        if n:
            c = next_code[n]
            next_code[n] = c + 1
            codes.append(((rev[c & 0xFF] << 8) | rev[c >> 8]) >> (16 - n))
        else:
            codes.append(0)
    return codes


# ---------------------------------------------------------------------------
# Decoding

# Decoding tables map the next `bits` input bits to an entry whose low four
# bits are the code length and whose higher bits are the decoded value.
# _BAD marks holes of incomplete codes and the symbols that must not occur.
_BAD = 1 << 20
_BAD_ENTRY = (_BAD << 4) | 1


class _DataError(Exception):
    pass


class _NeedInput(Exception):
    pass


def _decode_table(lengths, values, what, complete=False):
    """Build a decoding table for a code given by its lengths; values[s] is
    the value stored for symbol s.  Returns (table, mask)."""
    count = [0] * 16
    for n in lengths:
        count[n] += 1
    maxbits = 15
    while maxbits and not count[maxbits]:
        maxbits -= 1
    if maxbits == 0:
        # A code with no symbols at all: any use of it is an error, except
        # that zlib reads a one-bit zero length from an empty code length
        # code.
        if complete:
            return [(values[0] << 4) | 1] * 2, 1
        return [_BAD_ENTRY, _BAD_ENTRY], 1
    left = 1
    for n in range(1, 16):
        left = (left << 1) - count[n]
        if left < 0:
            raise _DataError(what)
    if left > 0 and (complete or maxbits != 1):
        raise _DataError(what)
    size = 1 << maxbits
    table = [_BAD_ENTRY] * size
    codes = _canonical_codes(lengths)
    for sym in range(len(lengths)):
        n = lengths[sym]
        if n:
            table[codes[sym]::1 << n] = [(values[sym] << 4) | n] * (size >> n)
    return table, size - 1


_fixed_tables = None
_LIT_VALUES = None
_DIST_VALUES = None


def _symbol_values():
    global _LIT_VALUES, _DIST_VALUES
    # Literal/length values: literals and end-of-block are themselves; a
    # length symbol stores 257 + (base << 3 | extra bits).
    lit = list(range(257))
    for i in range(29):
        lit.append(257 + ((_LEN_BASE[i] << 3) | _LEN_EXTRA[i]))
    lit += [_BAD, _BAD]
    dist = [(_DIST_BASE[i] << 4) | _DIST_EXTRA[i] for i in range(30)]
    dist += [_BAD, _BAD]
    _LIT_VALUES = lit
    _DIST_VALUES = dist


def _get_fixed_tables():
    global _fixed_tables
    if _fixed_tables is None:
        if _LIT_VALUES is None:
            _symbol_values()
        lit = _decode_table(_FIXED_LIT_LENGTHS, _LIT_VALUES, "")
        dist = _decode_table([5] * 32, _DIST_VALUES, "")
        _fixed_tables = (lit, dist)
    return _fixed_tables


# Decoder states.
_S_HEADER, _S_BLOCK, _S_STORED, _S_HUFF, _S_TRAILER, _S_DONE = range(6)
_WINDOW = 32768


class _Inflater:
    """The state of one DEFLATE decoding, fed input a piece at a time."""

    def __init__(self, wbits, zdict=None):
        if wbits == 0:
            self.kind = "zlib"
            self.wsize = 15
        elif 8 <= wbits <= 15:
            self.kind, self.wsize = "zlib", wbits
        elif -15 <= wbits <= -8:
            self.kind, self.wsize = "raw", -wbits
        elif 24 <= wbits <= 31:
            self.kind, self.wsize = "gzip", wbits - 16
        elif 40 <= wbits <= 47:
            self.kind, self.wsize = "auto", wbits - 32
        else:
            self.kind = None
            self.wsize = wbits
        self.zdict = zdict
        self.state = _S_HEADER if self.kind != "raw" else _S_BLOCK
        self.window = b""
        if self.kind == "raw" and zdict is not None:
            self.window = zdict[-_WINDOW:]
        self.bits = 0
        self.nbits = 0
        self.data = b""
        self.pos = 0
        self.final = False
        self.stored_left = 0
        self.tables = None
        self.check = None
        self.total = 0
        self.pending = b""

    def copy(self):
        other = _Inflater.__new__(_Inflater)
        other.__dict__.update(self.__dict__)
        return other

    # -- bit reading for the headers (no speculative reads) --

    def getbits(self, n):
        bits = self.bits
        nbits = self.nbits
        data = self.data
        pos = self.pos
        while nbits < n:
            if pos >= len(data):
                raise _NeedInput
            bits |= data[pos] << nbits
            pos += 1
            nbits += 8
        self.pos = pos
        self.bits = bits >> n
        self.nbits = nbits - n
        return bits & ((1 << n) - 1)

    def getbytes(self, n):
        """n whole bytes, after dropping the bits of a partial byte."""
        self.bits = 0
        self.nbits = 0
        pos = self.pos
        if pos + n > len(self.data):
            raise _NeedInput
        self.pos = pos + n
        return self.data[pos:pos + n]

    def getstring(self):
        data = self.data
        end = data.find(b"\0", self.pos)
        if end < 0:
            raise _NeedInput
        s = data[self.pos:end]
        self.pos = end + 1
        return s

    # -- the container --

    def read_header(self):
        saved = self.pos
        try:
            self._read_header()
        except _NeedInput:
            self.pos = saved
            raise

    def _read_header(self):
        kind = self.kind
        if kind == "auto":
            if len(self.data) - self.pos < 2:
                raise _NeedInput
            if self.data[self.pos:self.pos + 2] == b"\x1f\x8b":
                kind = "gzip"
            else:
                kind = "zlib"
        if kind == "zlib":
            cmf, flg = self.getbytes(2)
            if ((cmf << 8) | flg) % 31:
                raise _DataError("incorrect header check")
            if cmf & 15 != 8:
                raise _DataError("unknown compression method")
            if (cmf >> 4) + 8 > self.wsize:
                raise _DataError("invalid window size")
            if flg & 0x20:
                dictid = int.from_bytes(self.getbytes(4), "big")
                if self.zdict is None:
                    raise _DataError(None)
                if adler32(self.zdict) != dictid:
                    raise _DataError("zdict")
                self.window = self.zdict[-_WINDOW:]
            self.check = 1
        elif kind == "gzip":
            start = self.pos
            if self.getbytes(2) != b"\x1f\x8b":
                raise _DataError("incorrect header check")
            method, flags = self.getbytes(2)
            if method != 8:
                raise _DataError("unknown compression method")
            if flags & 0xE0:
                raise _DataError("unknown header flags set")
            self.getbytes(6)
            if flags & 4:
                xlen = int.from_bytes(self.getbytes(2), "little")
                self.getbytes(xlen)
            if flags & 8:
                self.getstring()
            if flags & 16:
                self.getstring()
            if flags & 2:
                hcrc = crc32(self.data[start:self.pos]) & 0xFFFF
                if int.from_bytes(self.getbytes(2), "little") != hcrc:
                    raise _DataError("header crc mismatch")
            self.check = 0
        self.kind = kind
        self.state = _S_BLOCK

    def read_trailer(self):
        saved = self.pos
        try:
            self._read_trailer()
        except _NeedInput:
            self.pos = saved
            raise

    def _read_trailer(self):
        if self.kind == "zlib":
            value = int.from_bytes(self.getbytes(4), "big")
            if value != self.check:
                raise _DataError("incorrect data check")
        elif self.kind == "gzip":
            if int.from_bytes(self.getbytes(4), "little") != self.check:
                raise _DataError("incorrect data check")
            size = int.from_bytes(self.getbytes(4), "little")
            if size != self.total & 0xFFFFFFFF:
                raise _DataError("incorrect length check")
        self.state = _S_DONE

    # -- blocks --

    def read_block_header(self):
        saved = (self.pos, self.bits, self.nbits)
        try:
            last = self.getbits(1)
            kind = self.getbits(2)
            if kind == 0:
                self.bits = 0
                self.nbits = 0
                head = self.getbytes(4)
                n = head[0] | head[1] << 8
                if n != (head[2] | head[3] << 8) ^ 0xFFFF:
                    raise _DataError("invalid stored block lengths")
                self.stored_left = n
                self.state = _S_STORED
            elif kind == 1:
                self.tables = _get_fixed_tables()
                self.state = _S_HUFF
            elif kind == 2:
                self.tables = self.read_dynamic_tables()
                self.state = _S_HUFF
            else:
                raise _DataError("invalid block type")
        except _NeedInput:
            self.pos, self.bits, self.nbits = saved
            raise
        self.final = bool(last)

    def read_dynamic_tables(self):
        getbits = self.getbits
        nlit = getbits(5) + 257
        ndist = getbits(5) + 1
        ncode = getbits(4) + 4
        if nlit > 286 or ndist > 30:
            raise _DataError("too many length or distance symbols")
        cl_lengths = [0] * 19
        for i in range(ncode):
            cl_lengths[_CL_ORDER[i]] = getbits(3)
        cl_table, cl_mask = _decode_table(cl_lengths, list(range(19)),
                                          "invalid code lengths set", True)
        lengths = []
        total = nlit + ndist
        while len(lengths) < total:
            # A code length code is at most 7 bits; read them one at a
            # time so that no input is taken beyond what is needed.
            e = cl_table[self.peek(7) & cl_mask]
            n = e & 15
            self.getbits(n)
            sym = e >> 4
            if sym >= _BAD:
                raise _DataError("invalid code lengths set")
            if sym < 16:
                lengths.append(sym)
            elif sym == 16:
                if not lengths:
                    raise _DataError("invalid bit length repeat")
                rep = 3 + getbits(2)
                if len(lengths) + rep > total:
                    raise _DataError("invalid bit length repeat")
                lengths += [lengths[-1]] * rep
            else:
                rep = 3 + getbits(3) if sym == 17 else 11 + getbits(7)
                if len(lengths) + rep > total:
                    raise _DataError("invalid bit length repeat")
                lengths += [0] * rep
        lit_lengths = lengths[:nlit]
        if lit_lengths[256] == 0:
            raise _DataError("invalid code -- missing end-of-block")
        if _LIT_VALUES is None:
            _symbol_values()
        lit = _decode_table(lit_lengths, _LIT_VALUES,
                            "invalid literal/lengths set")
        dist = _decode_table(lengths[nlit:], _DIST_VALUES,
                             "invalid distances set")
        return lit, dist

    def peek(self, n):
        """Up to n bits without consuming them (fewer at the end of the
        input, padded with zeros); raises _NeedInput if none are left."""
        bits = self.bits
        nbits = self.nbits
        pos = self.pos
        data = self.data
        while nbits < n and pos < len(data):
            bits |= data[pos] << nbits
            pos += 1
            nbits += 8
        if nbits == 0:
            raise _NeedInput
        # Keep what was read in the bit buffer.
        self.bits = bits
        self.nbits = nbits
        self.pos = pos
        return bits

    # -- the main loop --

    def run(self, data, limit):
        """Decode from data (appended to what is left of earlier input).
        Returns the output; at most `limit` bytes (None: no limit) are
        returned, the rest being kept in self.pending."""
        if self.pos < len(self.data):
            data = self.data[self.pos:] + data
        self.data = data
        self.pos = 0
        window = self.window
        out = bytearray(window)
        start = len(out)
        if self.pending:
            out += self.pending
            self.pending = b""
        # Output from `fresh` on has not been added to the checksum yet.
        fresh = len(out)
        cap = limit if limit is not None else -1
        try:
            while self.state != _S_DONE:
                if cap >= 0 and len(out) - start >= cap:
                    break
                state = self.state
                if state == _S_HUFF:
                    self.huffman(out, start + cap if cap >= 0 else -1)
                elif state == _S_BLOCK:
                    self.read_block_header()
                elif state == _S_STORED:
                    n = self.stored_left
                    avail = len(self.data) - self.pos
                    if n and not avail:
                        raise _NeedInput
                    if n > avail:
                        n = avail
                    if cap >= 0 and n > start + cap - len(out):
                        n = start + cap - len(out)
                    out += self.data[self.pos:self.pos + n]
                    self.pos += n
                    self.stored_left -= n
                    if not self.stored_left:
                        self.state = _S_TRAILER if self.final else _S_BLOCK
                elif state == _S_TRAILER:
                    # Complete the checksum before it is compared.
                    self._account(out, fresh)
                    fresh = len(out)
                    self.bits = 0
                    self.nbits = 0
                    self.read_trailer()
                else:
                    self.read_header()
                    if self.window:
                        window = self.window
                        out = bytearray(window) + out[start:]
                        start = fresh = len(window)
        except _NeedInput:
            pass
        finally:
            self._account(out, fresh)
        produced = bytes(out[len(window):])
        keep = len(out)
        if limit is not None and len(produced) > limit:
            self.pending = produced[limit:]
            produced = produced[:limit]
            keep -= len(self.pending)
        # The window ends with the last byte handed out; the pending
        # output follows it at the next call.
        self.window = bytes(out[max(0, keep - _WINDOW):keep])
        return produced

    def _account(self, out, fresh):
        """Fold out[fresh:] into the running checksum and length."""
        if fresh < len(out):
            chunk = bytes(out[fresh:])
            self.total += len(chunk)
            if self.check is not None:
                if self.kind == "zlib":
                    self.check = adler32(chunk, self.check)
                else:
                    self.check = crc32(chunk, self.check)

    def huffman(self, out, stop):
        """Decode symbols of a Huffman block into out until its end, the
        end of the input, or until out reaches `stop` bytes (if >= 0)."""
        (lit, litmask), (dist, distmask) = self.tables
        data = self.data
        end = len(data)
        safe = end - 8
        pos = self.pos
        bits = self.bits
        nbits = self.nbits
        if stop < 0:
            stop = 1 << 62
        saved = None
        starved = False
        append = out.append
        while True:
            if pos > safe:
                # Near the end of the input the bit buffer may hold zero
                # bits from past its end: check that the symbol decoded
                # last was whole, and keep a point to return to.
                if pos > end and nbits < (pos - end) << 3:
                    pos, bits, nbits, size = saved
                    del out[size:]
                    starved = True
                    break
                saved = (pos, bits, nbits, len(out))
            if len(out) >= stop:
                break
            if nbits < 32:
                bits |= int.from_bytes(data[pos:pos + 4], "little") << nbits
                pos += 4
                nbits += 32
            e = lit[bits & litmask]
            n = e & 15
            bits >>= n
            nbits -= n
            v = e >> 4
            if v < 256:
                append(v)
                continue
            if v == 256:
                if pos > end and nbits < (pos - end) << 3:
                    pos, bits, nbits, size = saved
                    del out[size:]
                    starved = True
                    break
                self.state = _S_TRAILER if self.final else _S_BLOCK
                break
            if v >= _BAD:
                if pos > end and nbits < (pos - end) << 3:
                    pos, bits, nbits, size = saved
                    del out[size:]
                    starved = True
                    break
                self.pos = pos
                raise _DataError("invalid literal/length code")
            v -= 257
            x = v & 7
            length = (v >> 3) + (bits & ((1 << x) - 1))
            bits >>= x
            nbits -= x
            if nbits < 28:
                bits |= int.from_bytes(data[pos:pos + 4], "little") << nbits
                pos += 4
                nbits += 32
            e = dist[bits & distmask]
            n = e & 15
            bits >>= n
            v = e >> 4
            x = v & 15
            d = (v >> 4) + (bits & ((1 << x) - 1))
            bits >>= x
            nbits -= n + x
            s = len(out) - d
            if v >= _BAD or s < 0:
                if pos > end and nbits < (pos - end) << 3:
                    pos, bits, nbits, size = saved
                    del out[size:]
                    starved = True
                    break
                if v >= _BAD:
                    raise _DataError("invalid distance code")
                raise _DataError("invalid distance too far back")
            if length <= d:
                out += out[s:s + length]
            else:
                seg = out[s:]
                out += (seg * (length // d + 1))[:length]
        # Give back the whole bytes still in the bit buffer, along with the
        # zero bytes read past the end.
        back = nbits >> 3
        self.pos = pos - back
        self.nbits = nbits & 7
        self.bits = bits & ((1 << self.nbits) - 1)
        if starved:
            raise _NeedInput


def _decompress_error(exc, what="decompressing data"):
    msg = exc.args[0]
    if msg is None:
        return error("Error 2 while %s" % what)
    if msg == "zdict":
        return error("Error -3 while setting zdict: invalid input data")
    return error("Error -3 while %s: %s" % (what, msg))


def _check_wbits_decompress(wbits):
    if not (wbits == 0 or 8 <= wbits <= 15 or -15 <= wbits <= -8
            or 24 <= wbits <= 31 or 40 <= wbits <= 47):
        return False
    return True


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Return the bytes decompressed from data."""
    data = _data_arg(data)
    wbits = _int_arg(wbits)
    bufsize = _int_arg(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    if not _check_wbits_decompress(wbits):
        raise error("Error -2 while preparing to decompress data: "
                    "inconsistent stream state")
    inf = _Inflater(wbits)
    try:
        out = inf.run(data, None)
    except _DataError as exc:
        raise _decompress_error(exc) from None
    if inf.state != _S_DONE:
        raise error("Error -5 while decompressing data: "
                    "incomplete or truncated stream")
    return out


class Decompress:
    """A decompression object, made by decompressobj()."""

    def __init__(self, wbits=MAX_WBITS, zdict=None):
        self._inf = _Inflater(wbits, zdict)
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def __repr__(self):
        return "<zlib.Decompress object>"

    def decompress(self, data, /, max_length=0):
        """Return decompressed data, at most max_length bytes if not 0; the
        input that was not used is kept in unconsumed_tail."""
        data = _data_arg(data)
        max_length = _int_arg(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        return self._run(data, max_length or None, "decompressing data")

    def _run(self, data, limit, what):
        inf = self._inf
        if self.eof:
            self.unused_data += data
            if not inf.pending:
                return b""
            data = b""
        try:
            out = inf.run(data, limit)
        except _DataError as exc:
            raise _decompress_error(exc, what) from None
        rest = inf.data[inf.pos:]
        if inf.state == _S_DONE:
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = b""
            inf.data = b""
            inf.pos = 0
        elif limit is not None and (len(out) >= limit or inf.pending):
            # Stopped by the output limit: the input not yet decoded is
            # handed back to the caller.
            self.unconsumed_tail = rest
            inf.data = b""
            inf.pos = 0
        else:
            self.unconsumed_tail = b""
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return what is left to decompress of unconsumed_tail."""
        length = _int_arg(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        tail = self.unconsumed_tail
        self.unconsumed_tail = b""
        if self.eof:
            out = self._inf.pending
            self._inf.pending = b""
            return out
        return self._run(tail, None, "flushing")

    def copy(self):
        """A copy of the decompression object in its current state."""
        other = Decompress.__new__(Decompress)
        other.__dict__.update(self.__dict__)
        other._inf = self._inf.copy()
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """Return a decompression object."""
    wbits = _int_arg(wbits)
    if zdict != b"" or not isinstance(zdict, bytes):
        try:
            zdict = _data_arg(zdict)
        except TypeError:
            raise TypeError("zdict argument must support the buffer "
                            "protocol") from None
    else:
        zdict = None
    if not _check_wbits_decompress(wbits):
        raise ValueError("Invalid initialization option")
    return Decompress(wbits, zdict)


# ---------------------------------------------------------------------------
# Encoding

# Per level: (longest hash chain walked, stop at matches this long,
# lazy matching, insert all positions of matches up to this length).
_LEVELS = {
    1: (4, 16, False, 8),
    2: (8, 32, False, 16),
    3: (16, 64, False, 32),
    4: (16, 32, True, 258),
    5: (32, 64, True, 258),
    6: (64, 128, True, 258),
    7: (128, 258, True, 258),
    8: (256, 258, True, 258),
    9: (512, 258, True, 258),
}

_BLOCK_INPUT = 65536      # input bytes per encoded block
_SEGMENT = 1 << 18        # input buffered by Compress.compress before encoding

_len_sym = None           # length -> literal/length symbol
_len_extra_bits = None    # length -> number of extra bits
_len_extra_val = None     # length -> value of the extra bits
_dist_small = None        # distance - 1 (< 256) -> distance code
_dist_large = None        # (distance - 1) >> 7 -> distance code


def _encoder_tables():
    global _len_sym, _len_extra_bits, _len_extra_val, _dist_small, _dist_large
    sym = [0] * 259
    xb = [0] * 259
    xv = [0] * 259
    for i in range(29):
        base = _LEN_BASE[i]
        for k in range(1 << _LEN_EXTRA[i]):
            if base + k <= 258:
                sym[base + k] = 257 + i
                xb[base + k] = _LEN_EXTRA[i]
                xv[base + k] = k
    # Length 258 has a code of its own.
    sym[258] = 285
    xb[258] = 0
    xv[258] = 0
    small = [0] * 256
    large = [0] * 256
    for code in range(30):
        base = _DIST_BASE[code]
        for k in range(1 << _DIST_EXTRA[code]):
            d = base + k - 1
            if d < 256:
                small[d] = code
            if d < 32768:
                large[d >> 7] = code
    _len_sym, _len_extra_bits, _len_extra_val = sym, xb, xv
    _dist_small, _dist_large = small, large


def _huffman_lengths(freqs, maxbits):
    """Code lengths of at most maxbits bits for the symbol frequencies."""
    n = len(freqs)
    used = [s for s in range(n) if freqs[s]]
    lengths = [0] * n
    if not used:
        return lengths
    if len(used) == 1:
        # Give a lone symbol a partner so that the code is complete.
        s = used[0]
        lengths[s] = 1
        lengths[1 if s == 0 else 0] = 1
        return lengths
    import heapq
    # Build the Huffman tree: leaves are 0..n-1, inner nodes follow.
    heap = [(freqs[s], s) for s in used]
    heapq.heapify(heap)
    parent = {}
    nxt = n
    while len(heap) > 1:
        f1, a = heapq.heappop(heap)
        f2, b = heapq.heappop(heap)
        parent[a] = nxt
        parent[b] = nxt
        heapq.heappush(heap, (f1 + f2, nxt))
        nxt += 1
    root = heap[0][1]
    depth = {root: 0}
    for node in range(nxt - 1, n - 1, -1):
        if node in parent:
            depth[node] = depth[parent[node]] + 1
    deepest = 0
    for s in used:
        d = depth[parent[s]] + 1
        lengths[s] = d
        if d > deepest:
            deepest = d
    if deepest <= maxbits:
        return lengths
    # Too long: clamp the lengths, then lengthen short codes until the
    # code fits (the Kraft sum reaches 2 ** maxbits), and hand out the
    # lengths again, shortest to the most frequent symbols.
    count = [0] * (maxbits + 1)
    for s in used:
        count[min(lengths[s], maxbits)] += 1
    total = 0
    for b in range(1, maxbits + 1):
        total += count[b] << (maxbits - b)
    while total > 1 << maxbits:
        for b in range(maxbits - 1, 0, -1):
            if count[b]:
                count[b] -= 1
                count[b + 1] += 2
                count[maxbits] -= 1
                total -= 1
                break
    used.sort(key=lambda s: -freqs[s])
    i = 0
    for b in range(1, maxbits + 1):
        for _ in range(count[b]):
            lengths[used[i]] = b
            i += 1
    return lengths


class _BitWriter:
    """Bits sent least significant first into a bytearray."""

    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, value, n):
        acc = self.acc | (value << self.n)
        n += self.n
        if n >= 32:
            self.out += (acc & 0xFFFFFFFF).to_bytes(4, "little")
            acc >>= 32
            n -= 32
        self.acc = acc
        self.n = n

    def align(self):
        """Complete the last byte with zero bits and flush everything."""
        n = (self.n + 7) >> 3
        self.out += self.acc.to_bytes(n, "little")
        self.acc = 0
        self.n = 0

    def take(self):
        """The whole bytes written so far (a partial byte stays)."""
        n = self.n >> 3
        if n:
            self.out += (self.acc & ((1 << (n << 3)) - 1)).to_bytes(n, "little")
            self.acc >>= n << 3
            self.n -= n << 3
        out = bytes(self.out)
        self.out = bytearray()
        return out


def _lz77(buf, start, end, level, strategy, maxdist, head, prev):
    """Tokens for buf[start:end]: ints below 256 are literals, larger ones
    are matches (length << 16 | distance).  head and prev hold the hash
    chains (of buf positions) and are updated."""
    toks = []
    append = toks.append
    if strategy == Z_HUFFMAN_ONLY or level == 0:
        toks.extend(buf[start:end])
        return toks
    if strategy == Z_RLE:
        i = start
        while i < end:
            if i > 0:
                c = buf[i - 1]
                m = min(258, end - i)
                n = 0
                while n < m and buf[i + n] == c:
                    n += 1
                if n >= 3:
                    append(n << 16 | 1)
                    i += n
                    continue
            append(buf[i])
            i += 1
        return toks
    chain_max, nice, lazy, max_insert = _LEVELS[level]
    last = end - 2          # the last position with three bytes ahead
    get = head.get

    def find(i):
        # The longest match for position i (inserting i in the chains).
        key = buf[i] << 16 | buf[i + 1] << 8 | buf[i + 2]
        cand = get(key, -1)
        head[key] = i
        prev[i] = cand
        best = 2
        bestd = 0
        lo = i - maxdist
        if lo < 0:
            lo = 0
        chain = chain_max
        m = end - i
        if m > 258:
            m = 258
        while cand >= lo and chain:
            if buf[cand + best] == buf[i + best]:
                n = 3
                while n + 16 <= m and buf[cand + n:cand + n + 16] == \
                        buf[i + n:i + n + 16]:
                    n += 16
                while n < m and buf[cand + n] == buf[i + n]:
                    n += 1
                if n > best:
                    best = n
                    bestd = i - cand
                    if n >= nice or n >= m:
                        break
            cand = prev[cand]
            chain -= 1
        return best, bestd

    i = start
    if not lazy:
        while i < end:
            if i < last:
                n, d = find(i)
                if n >= 3:
                    append(n << 16 | d)
                    j = i + 1
                    i += n
                    if n <= max_insert:
                        stop = min(i, last)
                        while j < stop:
                            key = buf[j] << 16 | buf[j + 1] << 8 | buf[j + 2]
                            prev[j] = get(key, -1)
                            head[key] = j
                            j += 1
                    continue
            append(buf[i])
            i += 1
        return toks
    # Lazy matching: a match is taken only if the next position does not
    # start a longer one.
    prev_len = 0
    prev_dist = 0
    pending = False
    while i < end:
        if i < last:
            n, d = find(i)
            if n == 3 and d > 4096:
                n = 0
        else:
            n = 0
        if prev_len >= 3 and n <= prev_len:
            append(prev_len << 16 | prev_dist)
            j = i + 1
            i = i - 1 + prev_len
            stop = min(i, last)
            while j < stop:
                key = buf[j] << 16 | buf[j + 1] << 8 | buf[j + 2]
                prev[j] = get(key, -1)
                head[key] = j
                j += 1
            pending = False
            prev_len = 0
            continue
        if pending:
            append(buf[i - 1])
        pending = True
        prev_len = n
        prev_dist = d if n >= 3 else 0
        i += 1
    if pending:
        append(buf[i - 1])
    return toks


def _seed_chains(buf, start, end, head, prev):
    """Insert positions start..end-1 of buf in the hash chains."""
    get = head.get
    stop = min(end, len(buf) - 2)
    for j in range(start, stop):
        key = buf[j] << 16 | buf[j + 1] << 8 | buf[j + 2]
        prev[j] = get(key, -1)
        head[key] = j


def _write_block(w, toks, raw, final, strategy):
    """Encode the tokens of one block, as stored, fixed or dynamic Huffman
    whichever is smallest."""
    if _len_sym is None:
        _encoder_tables()
    len_sym = _len_sym
    len_xb = _len_extra_bits
    dsmall = _dist_small
    dlarge = _dist_large
    lfreq = [0] * 286
    dfreq = [0] * 30
    extra = 0
    for t in toks:
        if t < 256:
            lfreq[t] += 1
        else:
            n = t >> 16
            d = (t & 0xFFFF) - 1
            lfreq[len_sym[n]] += 1
            c = dsmall[d] if d < 256 else dlarge[d >> 7]
            dfreq[c] += 1
            extra += len_xb[n] + _DIST_EXTRA[c]
    lfreq[256] = 1

    fixed_cost = extra + 3
    for s in range(286):
        if lfreq[s]:
            fixed_cost += lfreq[s] * _FIXED_LIT_LENGTHS[s]
    for c in range(30):
        fixed_cost += dfreq[c] * 5
    stored_cost = 3 + 32 + 8 * len(raw) + 40 * (len(raw) // 65535) + 7

    if strategy == Z_FIXED:
        dyn_cost = fixed_cost + 1
    else:
        llen = _huffman_lengths(lfreq, 15)
        dlen = _huffman_lengths(dfreq, 15)
        if not any(dlen):
            dlen[0] = dlen[1] = 1
        nlit = 286
        while nlit > 257 and not llen[nlit - 1]:
            nlit -= 1
        ndist = 30
        while ndist > 1 and not dlen[ndist - 1]:
            ndist -= 1
        # Run-length code the code lengths.
        seq = llen[:nlit] + dlen[:ndist]
        rle = []
        i = 0
        total = len(seq)
        while i < total:
            v = seq[i]
            j = i + 1
            while j < total and seq[j] == v:
                j += 1
            run = j - i
            if v == 0:
                while run >= 11:
                    k = min(run, 138)
                    rle.append((18, k - 11, 7))
                    run -= k
                if run >= 3:
                    rle.append((17, run - 3, 3))
                    run = 0
            else:
                rle.append((v, 0, 0))
                run -= 1
                while run >= 3:
                    k = min(run, 6)
                    rle.append((16, k - 3, 2))
                    run -= k
            while run > 0:
                rle.append((v, 0, 0))
                run -= 1
            i = j
        cfreq = [0] * 19
        for sym, _, _ in rle:
            cfreq[sym] += 1
        clen = _huffman_lengths(cfreq, 7)
        ncode = 19
        while ncode > 4 and not clen[_CL_ORDER[ncode - 1]]:
            ncode -= 1
        dyn_cost = 3 + 14 + 3 * ncode + extra
        for sym, _, xb in rle:
            dyn_cost += clen[sym] + xb
        for s in range(286):
            if lfreq[s]:
                dyn_cost += lfreq[s] * llen[s]
        for c in range(30):
            dyn_cost += dfreq[c] * dlen[c]

    if stored_cost <= fixed_cost and stored_cost <= dyn_cost:
        _write_stored(w, raw, final)
        return
    if fixed_cost <= dyn_cost:
        w.write(final | 2, 3)
        llen = _FIXED_LIT_LENGTHS
        dlen = _FIXED_DIST_LENGTHS
    else:
        w.write(final | 4, 3)
        w.write(nlit - 257, 5)
        w.write(ndist - 1, 5)
        w.write(ncode - 4, 4)
        for i in range(ncode):
            w.write(clen[_CL_ORDER[i]], 3)
        ccode = _canonical_codes(clen)
        for sym, xv, xb in rle:
            w.write(ccode[sym], clen[sym])
            if xb:
                w.write(xv, xb)
    _write_symbols(w, toks, llen, dlen)


def _write_symbols(w, toks, llen, dlen):
    lcode = _canonical_codes(llen)
    dcode = _canonical_codes(dlen)
    len_sym = _len_sym
    len_xb = _len_extra_bits
    len_xv = _len_extra_val
    dsmall = _dist_small
    dlarge = _dist_large
    # The code of every length, extra bits included.
    lbits = [0] * 259
    lnum = [0] * 259
    for n in range(3, 259):
        s = len_sym[n]
        lbits[n] = lcode[s] | (len_xv[n] << llen[s])
        lnum[n] = llen[s] + len_xb[n]
    dx = [(dcode[c], dlen[c], _DIST_BASE[c], _DIST_EXTRA[c])
          for c in range(30)]
    out = w.out
    acc = w.acc
    nacc = w.n
    for t in toks:
        if t < 256:
            acc |= lcode[t] << nacc
            nacc += llen[t]
        else:
            n = t >> 16
            d = t & 0xFFFF
            acc |= lbits[n] << nacc
            nacc += lnum[n]
            c = dsmall[d - 1] if d <= 256 else dlarge[(d - 1) >> 7]
            code, clen, base, xb = dx[c]
            acc |= (code | ((d - base) << clen)) << nacc
            nacc += clen + xb
        while nacc >= 32:
            out += (acc & 0xFFFFFFFF).to_bytes(4, "little")
            acc >>= 32
            nacc -= 32
    acc |= lcode[256] << nacc
    nacc += llen[256]
    while nacc >= 32:
        out += (acc & 0xFFFFFFFF).to_bytes(4, "little")
        acc >>= 32
        nacc -= 32
    w.acc = acc
    w.n = nacc


def _write_stored(w, raw, final):
    pos = 0
    n = len(raw)
    while True:
        k = min(n - pos, 65535)
        last = final if pos + k >= n else 0
        w.write(last, 3)
        w.align()
        w.out += k.to_bytes(2, "little") + (k ^ 0xFFFF).to_bytes(2, "little")
        w.out += raw[pos:pos + k]
        pos += k
        if pos >= n:
            break


class _Deflater:
    """The state of one DEFLATE encoding."""

    def __init__(self, level, wbits, strategy, zdict):
        if level == -1:
            level = 6
        self.level = level
        self.strategy = strategy
        if 9 <= wbits <= 15 or wbits == 8:
            self.kind, bits = "zlib", max(wbits, 9)
        elif -15 <= wbits <= -8:
            self.kind, bits = "raw", max(-wbits, 9)
        else:
            self.kind, bits = "gzip", max(wbits - 16, 9)
        self.wbits = bits
        self.maxdist = (1 << bits) - 262
        self.writer = _BitWriter()
        self.window = b""
        self.pending = bytearray()
        self.header_done = False
        self.dictid = None
        if zdict:
            self.window = zdict[-(1 << bits):]
            self.dictid = adler32(zdict)
        self.check = 1 if self.kind == "zlib" else 0
        self.size = 0
        self.finished = False

    def copy(self):
        other = _Deflater.__new__(_Deflater)
        other.__dict__.update(self.__dict__)
        w = _BitWriter()
        w.out = bytearray(self.writer.out)
        w.acc = self.writer.acc
        w.n = self.writer.n
        other.writer = w
        other.pending = bytearray(self.pending)
        return other

    def header(self):
        level = self.level
        strategy = self.strategy
        if self.kind == "zlib":
            cmf = ((self.wbits - 8) << 4) | 8
            if strategy >= Z_HUFFMAN_ONLY or level < 2:
                flevel = 0
            elif level < 6:
                flevel = 1
            elif level == 6:
                flevel = 2
            else:
                flevel = 3
            flg = flevel << 6
            if self.dictid is not None:
                flg |= 0x20
            flg += 31 - ((cmf << 8) | flg) % 31
            head = bytes((cmf, flg))
            if self.dictid is not None:
                head += self.dictid.to_bytes(4, "big")
            self.writer.out += head
        elif self.kind == "gzip":
            if level == 9:
                xfl = 2
            elif strategy >= Z_HUFFMAN_ONLY or level < 2:
                xfl = 4
            else:
                xfl = 0
            self.writer.out += b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + \
                bytes((xfl, 3))
        self.header_done = True

    def feed(self, data):
        if not self.header_done:
            self.header()
        if data:
            if self.kind == "zlib":
                self.check = adler32(data, self.check)
            elif self.kind == "gzip":
                self.check = crc32(data, self.check)
            self.size += len(data)
            self.pending += data
        if len(self.pending) >= _SEGMENT:
            self.encode(False)
        return self.writer.take()

    def encode(self, final):
        """Encode all pending input as blocks (the last one final)."""
        data = bytes(self.pending)
        self.pending = bytearray()
        if not data and not final:
            return
        w = self.writer
        if not data:
            # An empty final block: stored at level 0, as zlib does.
            if self.level == 0:
                _write_stored(w, b"", final)
            else:
                w.write(final | 2, 10)
            return
        window = self.window
        buf = window + data
        start = len(window)
        if self.level == 0:
            _write_stored(w, data, final)
        else:
            head = {}
            prev = [0] * len(buf)
            if start and self.strategy not in (Z_HUFFMAN_ONLY, Z_RLE):
                _seed_chains(buf, max(0, start - self.maxdist), start,
                             head, prev)
            pos = start
            end = len(buf)
            while pos < end:
                stop = min(pos + _BLOCK_INPUT, end)
                toks = _lz77(buf, pos, stop, self.level, self.strategy,
                             self.maxdist, head, prev)
                _write_block(w, toks, buf[pos:stop],
                             final if stop == end else 0, self.strategy)
                pos = stop
        self.window = buf[-(1 << self.wbits):]

    def flush(self, mode):
        if not self.header_done:
            self.header()
        if mode == Z_FINISH:
            self.encode(1)
            w = self.writer
            w.align()
            if self.kind == "zlib":
                w.out += self.check.to_bytes(4, "big")
            elif self.kind == "gzip":
                w.out += self.check.to_bytes(4, "little")
                w.out += (self.size & 0xFFFFFFFF).to_bytes(4, "little")
            self.finished = True
            return w.take()
        self.encode(0)
        w = self.writer
        if mode in (Z_SYNC_FLUSH, Z_FULL_FLUSH):
            w.write(0, 3)
            w.align()
            w.out += b"\x00\x00\xff\xff"
            if mode == Z_FULL_FLUSH:
                self.window = b""
        elif mode == Z_PARTIAL_FLUSH:
            w.write(2, 10)
        return w.take()


def _check_level(level):
    if not (-1 <= level <= 9):
        return False
    return True


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Return data compressed (a zlib stream by default)."""
    data = _data_arg(data)
    level = _int_arg(level)
    wbits = _int_arg(wbits)
    if not _check_level(level):
        raise error("Bad compression level")
    if not (8 <= wbits <= 15 or -15 <= wbits <= -8 or 24 <= wbits <= 31):
        raise error("Bad compression level")
    d = _Deflater(level, wbits, Z_DEFAULT_STRATEGY, None)
    head = d.feed(b"")
    d.pending += data
    if d.kind == "zlib":
        d.check = adler32(data, d.check)
    elif d.kind == "gzip":
        d.check = crc32(data, d.check)
    d.size = len(data)
    return head + d.flush(Z_FINISH)


class Compress:
    """A compression object, made by compressobj()."""

    def __init__(self, deflater):
        self._d = deflater

    def __repr__(self):
        return "<zlib.Compress object>"

    def compress(self, data, /):
        """Compress data, returning the part of the output ready so far."""
        data = _data_arg(data)
        if self._d.finished:
            raise error("Error -2 while compressing data: "
                        "inconsistent stream state")
        return self._d.feed(data)

    def flush(self, mode=Z_FINISH, /):
        """Return the remaining output; Z_FINISH (the default) ends the
        stream, Z_SYNC_FLUSH and Z_FULL_FLUSH end on a byte boundary."""
        mode = _int_arg(mode)
        if mode == Z_NO_FLUSH:
            return b""
        if self._d.finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        return self._d.flush(mode)

    def copy(self):
        """A copy of the compression object in its current state."""
        if self._d.finished:
            raise ValueError("Inconsistent stream state")
        return Compress(self._d.copy())

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED,
                wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compression object."""
    level = _int_arg(level)
    method = _int_arg(method)
    wbits = _int_arg(wbits)
    memLevel = _int_arg(memLevel)
    strategy = _int_arg(strategy)
    if zdict is not None:
        zdict = _data_arg(zdict)
    if (not _check_level(level) or method != DEFLATED
            or not (1 <= memLevel <= 9) or not (0 <= strategy <= 4)
            or not (8 <= wbits <= 15 or -15 <= wbits <= -8
                    or 24 <= wbits <= 31)):
        raise ValueError("Invalid initialization option")
    return Compress(_Deflater(level, wbits, strategy, zdict))
