"""Conversions between binary data and ASCII encodings: hexadecimal,
base64 and the CRC-32 and CRC-CCITT checksums, as in CPython 3.12's
binascii module (without the uuencode and quoted-printable functions).
"""

__all__ = [
    "Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64", "b2a_hex",
    "crc32", "crc_hqx", "hexlify", "unhexlify",
]


class Error(ValueError):
    """Raised for malformed encoded data."""


class Incomplete(Exception):
    """Raised for encoded data that ends too early."""


_B64_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEX_DIGITS = b"0123456789abcdefABCDEF"

# Lookup tables, built at first use.
_b64_pairs = None
_b64_values = None
_crc32_table = None
_crc_hqx_table = None


def _bytes_like(data):
    """The contents of a bytes-like object, as bytes."""
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


def _ascii_data(data):
    """Encoded input: a bytes-like object or a str of ASCII characters."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII "
                             "characters")
        return data.encode("ascii")
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, "
                        "not '%s'" % type(data).__name__) from None


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally with sep
    between groups of bytes_per_sep bytes (counted from the right, or from
    the left if negative)."""
    data = _bytes_like(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data from its hexadecimal representation (an even number of
    hex digits, either case)."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    if data.translate(None, _HEX_DIGITS):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    """Base64 encoding of binary data, ending with a newline unless
    newline is false."""
    global _b64_pairs
    data = _bytes_like(data)
    pairs = _b64_pairs
    if pairs is None:
        # Each 12-bit value maps to its two base64 characters.
        chars = [chr(c) for c in _B64_CHARS]
        pairs = _b64_pairs = [a + b for a in chars for b in chars]
    n = len(data)
    full = n - n % 3
    out = []
    append = out.append
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        append(pairs[v >> 12])
        append(pairs[v & 0xFFF])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        append(pairs[v >> 12])
        append("==")
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        append(pairs[v >> 12])
        append(chr(_B64_CHARS[(v >> 6) & 0x3F]))
        append("=")
    if newline:
        append("\n")
    return "".join(out).encode("ascii")


def a2b_base64(data, /, *, strict_mode=False):
    """Binary data from its base64 encoding.

    Characters outside the base64 alphabet are skipped, and decoding stops
    at the padding that completes a group.  With strict_mode, anything but
    base64 data followed by correct padding is an Error.
    """
    global _b64_values
    data = _ascii_data(data)
    values = _b64_values
    if values is None:
        values = [-1] * 256
        for i, c in enumerate(_B64_CHARS):
            values[c] = i
        _b64_values = values
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    complete = False
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if strict_mode and i == 0:
                raise Error("Leading padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # The group is complete: the rest of the input is
                    # ignored (or refused in strict mode).
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    complete = True
                    break
            continue
        v = values[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            quad = 0
    if not complete and quad:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data "
                        "characters (%d) cannot be 1 more than a multiple "
                        "of 4" % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


def crc32(data, value=0, /):
    """The CRC-32 checksum of data, continuing from value."""
    global _crc32_table
    table = _crc32_table
    if table is None:
        table = []
        for i in range(256):
            c = i
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _crc32_table = table
    crc = ~value & 0xFFFFFFFF
    for b in _bytes_like(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value, /):
    """The CRC-CCITT (XMODEM) checksum of data, starting from value."""
    global _crc_hqx_table
    table = _crc_hqx_table
    if table is None:
        table = []
        for i in range(256):
            c = i << 8
            for _ in range(8):
                c = ((c << 1) ^ 0x1021) if c & 0x8000 else c << 1
            table.append(c & 0xFFFF)
        _crc_hqx_table = table
    crc = value & 0xFFFF
    for b in _bytes_like(data):
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc
