"""Base16, Base32, Base64, Ascii85 and Base85 data encodings (RFC 4648
and friends), as in CPython 3.12's base64 module.

Encoders take bytes-like objects and return bytes; decoders also accept
str made of ASCII characters.  Malformed input raises binascii.Error
(a ValueError), or ValueError for the 85 encodings.
"""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """Decoder input as bytes: ASCII str or any bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    if isinstance(s, bytes):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _to_bytes(s):
    """Encoder input as bytes (a bytes-like object is required)."""
    if isinstance(s, bytes):
        return s
    return memoryview(s).tobytes()


# Base64.

def b64encode(s, altchars=None):
    """Base64-encode s; altchars (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s; altchars (2 bytes) stands for '+' and '/'.

    Characters outside the alphabet are dropped unless validate is true,
    when they raise binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s from the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_table = bytes.maketrans(b"+/", b"-_")
_urlsafe_decode_table = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Encode s with the URL- and filename-safe alphabet ('-' and '_' for
    '+' and '/')."""
    return b64encode(s).translate(_urlsafe_encode_table)


def urlsafe_b64decode(s):
    """Decode s from the URL- and filename-safe alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_table)
    return b64decode(s)


# Base32.

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Padding characters to add for a final group of 0 to 4 bytes.
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    n = len(s)
    rest = n % 5
    if rest:
        s = s + bytes(5 - rest)
    chars = [chr(c) for c in alphabet]
    out = []
    for i in range(0, len(s), 5):
        v = int.from_bytes(s[i:i + 5], "big")
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            out.append(chars[(v >> shift) & 31])
    pad = _B32_PADDING[rest]
    if pad:
        del out[-pad:]
        out.append("=" * pad)
    return "".join(out).encode("ascii")


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b"=")
    padchars = length - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) | v
        decoded += acc.to_bytes(5, "big")
    if padchars:
        if padchars not in (1, 3, 4, 6) or not decoded:
            raise binascii.Error("Incorrect padding")
        # The last group was short: its value is left-aligned and only its
        # leading bytes are data.
        acc = int.from_bytes(decoded[-5:], "big")
        acc <<= 5 * padchars
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = acc.to_bytes(5, "big")[:keep]
    return bytes(decoded)


def b32encode(s):
    """Encode s with Base32."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 s.  casefold accepts lowercase; map01 names the
    letter (I or L) that the digit 1 stands for, and makes 0 stand for O."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode s with the Extended Hex Base32 alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode s from the Extended Hex Base32 alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# Base16.

def b16encode(s):
    """Encode s with Base16 (uppercase hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 s; casefold accepts lowercase digits."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b"0123456789ABCDEF"):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# Ascii85 and Base85.

_A85START = b"<~"
_A85END = b"~>"
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_decode_table = None


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    """Encode b in base 85 with the 85 digit characters chars."""
    b = _to_bytes(b)
    padding = -len(b) % 4
    if padding:
        b = b + bytes(padding)
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and not word:
            out.append("z")
        elif foldspaces and word == 0x20202020:
            out.append("y")
        else:
            d4 = word % 85
            word //= 85
            d3 = word % 85
            word //= 85
            d2 = word % 85
            word //= 85
            out.append(chars[word // 85] + chars[word % 85] + chars[d2] +
                       chars[d3] + chars[d4])
    if padding and not pad:
        if out[-1] == "z":
            out[-1] = chars[0] * 5
        out[-1] = out[-1][:-padding]
    return "".join(out).encode("ascii")


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode b with Ascii85.

    foldspaces writes 'y' for four spaces; wrapcol > 0 breaks lines after
    that many characters; pad pads the input to a multiple of 4 bytes;
    adobe frames the result with '<~' and '~>'.
    """
    chars = [chr(c) for c in range(33, 118)]
    result = _85encode(b, chars, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85 b.

    foldspaces accepts 'y' for four spaces; adobe requires the '~>' end
    marker (and allows the '<~' start); characters in ignorechars are
    skipped.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r"
                             % (_A85END,))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    decoded = bytearray()
    group = []
    for c in b + b"uuuu":
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 +
                       group[3]) * 85 + group[4]
                if acc > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow") from None
                decoded += acc.to_bytes(4, "big")
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            decoded += b"\0\0\0\0"
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            decoded += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    # The 'u' characters added above complete a short final group; the
    # bytes they stand for are dropped.
    padding = 4 - len(group)
    if padding:
        del decoded[-padding:]
    return bytes(decoded)


def b85encode(b, pad=False):
    """Encode b with Base85 (as used by git); pad pads the input to a
    multiple of 4 bytes."""
    return _85encode(b, [chr(c) for c in _B85_ALPHABET], pad)


def b85decode(b):
    """Decode Base85 b."""
    global _b85_decode_table
    table = _b85_decode_table
    if table is None:
        table = [None] * 256
        for i, c in enumerate(_B85_ALPHABET):
            table[c] = i
        _b85_decode_table = table
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            v = table[b[j]]
            if v is None:
                raise ValueError("bad base85 character at position %d" % j)
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += acc.to_bytes(4, "big")
    if padding:
        del out[-padding:]
    return bytes(out)


# Line-oriented Base64 (RFC 2045), for MIME.

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    try:
        memoryview(s)
    except TypeError:
        raise TypeError("expected bytes-like object, not %s"
                        % s.__class__.__name__) from None


def encodebytes(s):
    """Base64-encode s into lines of at most 76 characters, each ending
    with a newline."""
    _check_bytes_like(s)
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode Base64 s, which may be split into lines."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode the binary file input into the binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
