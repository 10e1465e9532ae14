"""Codec registry and base classes: the parts of CPython's codecs module
that pyprobe programs use.

The text codecs (utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and
utf-32 with their -le/-be forms) do their work through the interpreter's
str.encode() and bytes.decode(); this module adds what those cannot do:
incremental encoders and decoders that cope with input split anywhere
(a multi-byte sequence, a surrogate pair or a byte-order mark cut in two),
stream readers and writers, error handlers registered with
register_error() (honoured by every codec reached through this module,
but not by str.encode()/bytes.decode() themselves), and codecs written
here in Python: unicode_escape, raw_unicode_escape, and the bytes-to-bytes
hex, base64 and zlib codecs and the str-to-str rot13 codec, all reached
through codecs.encode() and codecs.decode().
"""

import builtins as _builtins

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter",
           "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader",
           "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

# Byte-order marks.  pyprobe runs on little-endian machines, so the plain
# names are the little-endian marks.
BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---------------------------------------------------------------------------
# Error handlers.

_UNICODE_ERRORS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _wrong_exception(exc):
    return TypeError("don't know how to handle %s in error callback"
                     % type(exc).__name__)


def strict_errors(exc):
    """Raise the exception: the 'strict' error handler."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Skip the malformed data: the 'ignore' error handler."""
    if isinstance(exc, UnicodeTranslateError):
        return "", _translate_span(exc)[2]
    if isinstance(exc, _UNICODE_ERRORS):
        return "", exc.end
    raise _wrong_exception(exc)


def _translate_span(exc):
    """Return (object, start, end) of a UnicodeTranslateError (read from
    its args, since pyprobe's lacks the attributes)."""
    try:
        return exc.object, exc.start, exc.end
    except AttributeError:
        return exc.args[0], exc.args[1], exc.args[2]


def replace_errors(exc):
    """Put '?' (encoding) or U+FFFD (decoding, translating) in place of
    the malformed data: the 'replace' error handler."""
    if isinstance(exc, UnicodeEncodeError):
        return "?" * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return "\ufffd", exc.end
    if isinstance(exc, UnicodeTranslateError):
        obj, start, end = _translate_span(exc)
        return "\ufffd" * (end - start), end
    raise _wrong_exception(exc)


def _char_escape(c):
    n = ord(c)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def backslashreplace_errors(exc):
    """Put backslash escapes in place of the malformed data: the
    'backslashreplace' error handler."""
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]),
                exc.end)
    if isinstance(exc, UnicodeEncodeError):
        return ("".join(_char_escape(c) for c in exc.object[exc.start:exc.end]),
                exc.end)
    if isinstance(exc, UnicodeTranslateError):
        obj, start, end = _translate_span(exc)
        return "".join(_char_escape(c) for c in obj[start:end]), end
    raise _wrong_exception(exc)


def xmlcharrefreplace_errors(exc):
    """Put XML character references in place of unencodable characters:
    the 'xmlcharrefreplace' error handler."""
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]),
                exc.end)
    raise _wrong_exception(exc)


def namereplace_errors(exc):
    """Put \\N{NAME} escapes in place of unencodable characters: the
    'namereplace' error handler.  Without a unicodedata module the names
    are unknown, and characters get the \\x, \\u or \\U escape that CPython
    uses for unnamed characters."""
    if not isinstance(exc, UnicodeEncodeError):
        raise _wrong_exception(exc)
    try:
        import unicodedata
        name_of = unicodedata.name
    except ImportError:
        name_of = None
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = None
        if name_of is not None:
            name = name_of(c, None)
        out.append("\\N{%s}" % name if name else _char_escape(c))
    return "".join(out), exc.end


def _surrogateescape(exc):
    # Undecodable bytes become the lone surrogates U+DC80..U+DCFF, and
    # those surrogates encode back to the bytes.  pyprobe's strings cannot
    # hold lone surrogates, so decoding gives U+FFFD there.
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if any(b < 128 for b in data):
            raise exc
        return "".join(chr(0xdc00 + b) for b in data), exc.end
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xdc80 <= n <= 0xdcff:
                raise exc
            out.append(n - 0xdc00)
        return bytes(out), exc.end
    raise _wrong_exception(exc)


def _surrogatepass(exc):
    # Lone surrogates cannot occur in pyprobe's strings, so there is never
    # anything for this handler to let through.
    if isinstance(exc, _UNICODE_ERRORS):
        raise exc
    raise _wrong_exception(exc)


_surrogateescape.__name__ = _surrogateescape.__qualname__ = "surrogateescape"
_surrogatepass.__name__ = _surrogatepass.__qualname__ = "surrogatepass"

_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": _surrogateescape,
    "surrogatepass": _surrogatepass,
}

# The error handler names that the interpreter's own str.encode() and
# bytes.decode() implement, as long as nobody replaces them.
_NATIVE_DECODE_ERRORS = {"strict", "ignore", "replace", "backslashreplace",
                         "surrogateescape", "surrogatepass"}
_NATIVE_ENCODE_ERRORS = _NATIVE_DECODE_ERRORS | {"xmlcharrefreplace"}


def register_error(name, handler):
    """Register handler under name for use as an errors= argument.

    The handler gets a UnicodeEncodeError, UnicodeDecodeError or
    UnicodeTranslateError and returns (replacement, resume position).
    Codecs reached through this module honour it; the interpreter's own
    str.encode() and bytes.decode() only know the standard handlers.
    """
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler
    _NATIVE_DECODE_ERRORS.discard(name)
    _NATIVE_ENCODE_ERRORS.discard(name)


def lookup_error(name):
    """Return the error handler registered under name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s"
                        % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _call_handler(errors, exc, length):
    """Call the handler for errors with exc; return (replacement, position)
    with the position made absolute and checked."""
    handler = lookup_error(errors or "strict")
    result = handler(exc)
    if (not isinstance(result, tuple) or len(result) != 2
            or not isinstance(result[1], int)):
        if isinstance(exc, UnicodeEncodeError):
            raise TypeError("encoding error handler must return "
                            "(str/bytes, int) tuple")
        raise TypeError("decoding error handler must return (str, int) tuple")
    replacement, pos = result
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds"
                         % result[1])
    return replacement, pos


# ---------------------------------------------------------------------------
# Encoding and decoding through the interpreter's codecs, with error
# handlers applied here when the interpreter does not know them.

def _bytes_arg(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _str_arg(fname, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (fname, type(s).__name__))
    return s


def _native_encode(s, encoding, errors, rest_encoding=None):
    """Encode s with an interpreter codec; rest_encoding (if given) is the
    codec for the text after an error (the one without a byte-order mark)."""
    if errors is None:
        errors = "strict"
    if errors in _NATIVE_ENCODE_ERRORS:
        return s.encode(encoding, errors)
    out = []
    pos = 0
    n = len(s)
    enc = encoding
    while True:
        try:
            out.append(s[pos:].encode(enc))
            break
        except UnicodeEncodeError as e:
            start = pos + e.start
            end = pos + e.end
            out.append(s[pos:start].encode(enc))
            exc = UnicodeEncodeError(e.encoding, s, start, end, e.reason)
            replacement, pos = _call_handler(errors, exc, n)
            if rest_encoding is not None:
                enc = rest_encoding
            if isinstance(replacement, str):
                try:
                    replacement = replacement.encode(enc)
                except UnicodeEncodeError:
                    raise exc from None
            elif not isinstance(replacement, (bytes, bytearray)):
                raise TypeError("encoding error handler must return "
                                "(str/bytes, int) tuple")
            out.append(bytes(replacement))
    return b"".join(out)


def _native_decode(data, encoding, errors, rest_encoding=None):
    """Decode data with an interpreter codec, applying errors."""
    if errors is None:
        errors = "strict"
    if errors in _NATIVE_DECODE_ERRORS:
        return data.decode(encoding, errors)
    out = []
    pos = 0
    n = len(data)
    enc = encoding
    while True:
        try:
            out.append(data[pos:].decode(enc))
            break
        except UnicodeDecodeError as e:
            start = pos + e.start
            end = pos + e.end
            out.append(data[pos:start].decode(enc))
            if rest_encoding is not None:
                enc = rest_encoding
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            replacement, pos = _call_handler(errors, exc, n)
            if not isinstance(replacement, str):
                raise TypeError("decoding error handler must return "
                                "(str, int) tuple")
            out.append(replacement)
    return "".join(out)


def _simple_codec(encoding, fname):
    """Return the (encode, decode) functions of a stateless interpreter
    codec; decode takes a final flag and reports how much it consumed."""
    def encode(input, errors="strict"):
        _str_arg(fname + "_encode", input)
        return _native_encode(input, encoding, errors), len(input)

    def decode(input, errors="strict", final=True):
        data = _bytes_arg(input)
        return _native_decode(data, encoding, errors), len(data)
    return encode, decode


def _utf8_incomplete(data):
    """Return how many bytes at the end of data are the valid beginning of
    a multi-byte UTF-8 sequence (0 when there is none)."""
    n = len(data)
    i = n - 1
    stop = max(n - 4, -1)
    while i > stop:
        c = data[i]
        if 0x80 <= c <= 0xbf:
            i -= 1
            continue
        have = n - i
        if 0xc2 <= c <= 0xdf:
            need = 2
        elif 0xe0 <= c <= 0xef:
            need = 3
        elif 0xf0 <= c <= 0xf4:
            need = 4
        else:
            return 0
        if have >= need:
            return 0
        if have > 1:
            second = data[i + 1]
            if ((c == 0xe0 and second < 0xa0) or (c == 0xed and second > 0x9f)
                    or (c == 0xf0 and second < 0x90)
                    or (c == 0xf4 and second > 0x8f)):
                return 0
        return have
    return 0


def utf_8_encode(input, errors="strict"):
    _str_arg("utf_8_encode", input)
    return _native_encode(input, "utf-8", errors), len(input)


def utf_8_decode(input, errors="strict", final=False):
    data = _bytes_arg(input)
    n = len(data)
    if not final:
        n -= _utf8_incomplete(data)
        if n < len(data):
            data = data[:n]
    return _native_decode(data, "utf-8", errors), n


def _unit_decoder(encoding, unit, bigendian):
    """Return the partial-input decoder of a fixed-order UTF-16 or UTF-32
    codec: it leaves an incomplete code unit (and, for UTF-16, a final
    high surrogate) for later unless final is true."""
    def decode(input, errors="strict", final=False):
        data = _bytes_arg(input)
        n = len(data)
        if not final:
            n -= n % unit
            if unit == 2 and n >= 2:
                high = data[n - 2] if bigendian else data[n - 1]
                if 0xd8 <= high <= 0xdb:
                    n -= 2
            if n < len(data):
                data = data[:n]
        return _native_decode(data, encoding, errors), n
    return decode


utf_16_le_decode = _unit_decoder("utf-16-le", 2, False)
utf_16_be_decode = _unit_decoder("utf-16-be", 2, True)
utf_32_le_decode = _unit_decoder("utf-32-le", 4, False)
utf_32_be_decode = _unit_decoder("utf-32-be", 4, True)


def _fixed_encoder(encoding, fname):
    def encode(input, errors="strict"):
        _str_arg(fname, input)
        return _native_encode(input, encoding, errors), len(input)
    return encode


utf_16_le_encode = _fixed_encoder("utf-16-le", "utf_16_le_encode")
utf_16_be_encode = _fixed_encoder("utf-16-be", "utf_16_be_encode")
utf_32_le_encode = _fixed_encoder("utf-32-le", "utf_32_le_encode")
utf_32_be_encode = _fixed_encoder("utf-32-be", "utf_32_be_encode")


def utf_16_encode(input, errors="strict", byteorder=0):
    _str_arg("utf_16_encode", input)
    if byteorder < 0:
        return _native_encode(input, "utf-16-le", errors), len(input)
    if byteorder > 0:
        return _native_encode(input, "utf-16-be", errors), len(input)
    return (_native_encode(input, "utf-16", errors, "utf-16-le"),
            len(input))


def utf_32_encode(input, errors="strict", byteorder=0):
    _str_arg("utf_32_encode", input)
    if byteorder < 0:
        return _native_encode(input, "utf-32-le", errors), len(input)
    if byteorder > 0:
        return _native_encode(input, "utf-32-be", errors), len(input)
    return (_native_encode(input, "utf-32", errors, "utf-32-le"),
            len(input))


def _bom_decode(input, errors, final, unit, byteorder=0, require=False):
    """Decode UTF-16 (unit 2) or UTF-32 (unit 4) data whose byte order is
    given by byteorder (-1 little, 1 big) or, when it is 0, by a leading
    byte-order mark (little-endian without one).  Return (text, consumed,
    byteorder found)."""
    data = _bytes_arg(input)
    consumed = 0
    if byteorder == 0:
        le, be = (BOM_UTF16_LE, BOM_UTF16_BE) if unit == 2 else \
                 (BOM_UTF32_LE, BOM_UTF32_BE)
        if len(data) < unit and not final:
            return "", 0, 0
        head = data[:unit]
        if head == le:
            byteorder = -1
            consumed = unit
        elif head == be:
            byteorder = 1
            consumed = unit
        elif unit == 4 and head[:2] == le[:2] and len(data) < 4 and not final:
            return "", 0, 0
        elif require and len(head) == unit:
            raise UnicodeError("UTF-%d stream does not start with BOM"
                               % (unit * 8))
    if unit == 2:
        decode = utf_16_be_decode if byteorder > 0 else utf_16_le_decode
    else:
        decode = utf_32_be_decode if byteorder > 0 else utf_32_le_decode
    if consumed:
        data = data[consumed:]
    text, n = decode(data, errors, final)
    return text, consumed + n, byteorder


def utf_16_decode(input, errors="strict", final=False):
    text, n, order = _bom_decode(input, errors, final, 2)
    return text, n


def utf_32_decode(input, errors="strict", final=False):
    text, n, order = _bom_decode(input, errors, final, 4)
    return text, n


def utf_16_ex_decode(input, errors="strict", byteorder=0, final=False):
    text, n, order = _bom_decode(input, errors, final, 2, byteorder)
    return text, n, order


def utf_32_ex_decode(input, errors="strict", byteorder=0, final=False):
    text, n, order = _bom_decode(input, errors, final, 4, byteorder)
    return text, n, order


ascii_encode, ascii_decode = _simple_codec("ascii", "ascii")
latin_1_encode, latin_1_decode = _simple_codec("latin-1", "latin_1")
_cp1252_encode, _cp1252_decode = _simple_codec("cp1252", "charmap")


def _utf_8_sig_encode(input, errors="strict"):
    _str_arg("utf_8_encode", input)
    return BOM_UTF8 + _native_encode(input, "utf-8", errors), len(input)


def _utf_8_sig_decode(input, errors="strict", final=True):
    data = _bytes_arg(input)
    skip = 0
    if data[:3] == BOM_UTF8:
        skip = 3
    elif not final and BOM_UTF8.startswith(data):
        return "", 0
    text, n = utf_8_decode(data[skip:], errors, final)
    return text, n + skip


# ---------------------------------------------------------------------------
# The escape codecs, written here.

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def unicode_escape_encode(input, errors="strict"):
    _str_arg("unicode_escape_encode", input)
    out = []
    for c in input:
        n = ord(c)
        if 0x20 <= n < 0x7f:
            out.append("\\\\" if c == "\\" else c)
        elif c in _ESCAPES:
            out.append(_ESCAPES[c])
        else:
            out.append(_char_escape(c))
    return "".join(out).encode("latin-1"), len(input)


def raw_unicode_escape_encode(input, errors="strict"):
    _str_arg("raw_unicode_escape_encode", input)
    out = []
    for c in input:
        n = ord(c)
        if n < 0x100:
            out.append(c)
        elif n < 0x10000:
            out.append("\\u%04x" % n)
        else:
            out.append("\\U%08x" % n)
    return "".join(out).encode("latin-1"), len(input)


_SIMPLE_ESCAPES = {
    0x5c: "\\", 0x27: "'", 0x22: '"', 0x61: "\a", 0x62: "\b", 0x66: "\f",
    0x6e: "\n", 0x72: "\r", 0x74: "\t", 0x76: "\v", 0x0a: "",
}
_HEX_DIGITS = b"0123456789abcdefABCDEF"


def _hex_run(data, start, count):
    """Return how many hex digits (at most count) begin at data[start]."""
    i = start
    end = min(len(data), start + count)
    while i < end and data[i] in _HEX_DIGITS:
        i += 1
    return i - start


def _escape_decode(data, errors, final, codec, raw):
    """Decode data as unicode_escape (raw false) or raw_unicode_escape;
    return (text, consumed).  Without final, an escape cut off by the end
    of data is left unconsumed."""
    out = []
    n = len(data)
    pos = 0
    while pos < n:
        slash = data.find(b"\\", pos)
        if slash < 0:
            out.append(data[pos:].decode("latin-1"))
            pos = n
            break
        if slash > pos:
            out.append(data[pos:slash].decode("latin-1"))
        pos = slash
        if raw:
            # Only an odd run of backslashes before u or U escapes.
            run = 1
            while slash + run < n and data[slash + run] == 0x5c:
                run += 1
            if run > 1:
                keep = run - 1 if run % 2 else run
                out.append("\\" * keep)
                pos = slash + keep
                continue
        if pos + 1 >= n:
            if not final:
                break
            if raw:
                out.append("\\")
                pos += 1
                continue
            replacement, pos = _escape_error(data, errors, codec, pos, n,
                                             "\\ at end of string")
            out.append(replacement)
            continue
        c = data[pos + 1]
        if not raw and c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            pos += 2
            continue
        if not raw and 0x30 <= c <= 0x37:
            end = pos + 2
            while end < n and end < pos + 4 and 0x30 <= data[end] <= 0x37:
                end += 1
            if end < pos + 4 and end == n and not final:
                break
            out.append(chr(int(data[pos + 1:end], 8)))
            pos = end
            continue
        if c == 0x78 and not raw:
            digits, what = 2, "truncated \\xXX escape"
        elif c == 0x75:
            digits, what = 4, "truncated \\uXXXX escape"
        elif c == 0x55:
            digits, what = 8, "truncated \\UXXXXXXXX escape"
        elif c == 0x4e and not raw:
            end = data.find(b"}", pos + 2)
            reason = "malformed \\N character escape"
            if data[pos + 2:pos + 3] == b"{" and end > pos + 3:
                char = _named_char(data[pos + 3:end].decode("latin-1"))
                if char is not None:
                    out.append(char)
                    pos = end + 1
                    continue
                reason = "unknown Unicode character name"
            elif not final and (end < 0) and n - pos < 80:
                break
            replacement, pos = _escape_error(
                data, errors, codec, pos, end + 1 if end > 0 else n, reason)
            out.append(replacement)
            continue
        else:
            out.append("\\")
            pos += 1
            if raw:
                continue
            out.append(chr(c))
            pos += 1
            continue
        have = _hex_run(data, pos + 2, digits)
        if have < digits:
            if pos + 2 + have == n and not final:
                break
            replacement, pos = _escape_error(data, errors, codec, pos,
                                             pos + 2 + have, what)
            out.append(replacement)
            continue
        value = int(data[pos + 2:pos + 2 + digits], 16)
        if value > 0x10ffff:
            reason = ("\\Uxxxxxxxx out of range" if raw
                      else "illegal Unicode character")
            replacement, pos = _escape_error(data, errors, codec, pos,
                                             pos + 2 + digits, reason)
            out.append(replacement)
            continue
        out.append(chr(value))
        pos += 2 + digits
    return "".join(out), pos


def _named_char(name):
    """Return the character called name, or None.  pyprobe has no
    unicodedata module, but its compiler knows the names of \\N{...}
    escapes in string literals."""
    for c in name:
        if not (c.isalnum() and c.isascii() or c in " -"):
            return None
    try:
        return eval('"\\N{%s}"' % name)
    except SyntaxError:
        return None


def _escape_error(data, errors, codec, start, end, reason):
    exc = UnicodeDecodeError(codec, data, start, end, reason)
    replacement, pos = _call_handler(errors, exc, len(data))
    return replacement, pos


def unicode_escape_decode(input, errors="strict", final=True):
    data = _bytes_arg(input)
    return _escape_decode(data, errors, final, "unicodeescape", False)


def raw_unicode_escape_decode(input, errors="strict", final=True):
    data = _bytes_arg(input)
    return _escape_decode(data, errors, final, "rawunicodeescape", True)


def escape_encode(data, errors=None):
    """Escape bytes as the body of a single-quoted bytes literal."""
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s"
                        % type(data).__name__)
    out = []
    for b in data:
        if b == 0x5c or b == 0x27:
            out.append("\\" + chr(b))
        elif b == 0x09:
            out.append("\\t")
        elif b == 0x0a:
            out.append("\\n")
        elif b == 0x0d:
            out.append("\\r")
        elif 0x20 <= b < 0x7f:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return "".join(out).encode("ascii"), len(data)


def escape_decode(data, errors=None):
    """Decode the backslash escapes of a bytes literal's body."""
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _bytes_arg(data)
    out = bytearray()
    n = len(data)
    pos = 0
    while pos < n:
        slash = data.find(b"\\", pos)
        if slash < 0:
            out += data[pos:]
            break
        out += data[pos:slash]
        pos = slash
        if pos + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = data[pos + 1]
        if c in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[c].encode("latin-1")
            pos += 2
        elif 0x30 <= c <= 0x37:
            end = pos + 2
            while end < n and end < pos + 4 and 0x30 <= data[end] <= 0x37:
                end += 1
            out.append(int(data[pos + 1:end], 8) & 0xff)
            pos = end
        elif c == 0x78:
            if _hex_run(data, pos + 2, 2) < 2:
                raise ValueError("invalid \\x escape at position %d" % pos)
            out.append(int(data[pos + 2:pos + 4], 16))
            pos += 4
        else:
            out += data[pos:pos + 2]
            pos += 2
    return bytes(out), n


# ---------------------------------------------------------------------------
# Bytes-to-bytes and str-to-str codecs.

def _hex_encode(input, errors="strict"):
    data = _bytes_arg(input)
    return data.hex().encode("ascii"), len(data)


def _hex_decode(input, errors="strict"):
    import binascii
    data = _bytes_arg(input)
    return binascii.a2b_hex(data), len(data)


def _base64_encode(input, errors="strict"):
    import base64
    data = _bytes_arg(input)
    return base64.encodebytes(data), len(data)


def _base64_decode(input, errors="strict"):
    import base64
    data = _bytes_arg(input)
    return base64.decodebytes(data), len(data)


def _zlib_encode(input, errors="strict"):
    import zlib
    data = _bytes_arg(input)
    return zlib.compress(data), len(data)


def _zlib_decode(input, errors="strict"):
    import zlib
    data = _bytes_arg(input)
    return zlib.decompress(data), len(data)


_ROT13 = None


def _rot13(input, errors="strict"):
    global _ROT13
    if _ROT13 is None:
        lower = "abcdefghijklmnopqrstuvwxyz"
        upper = lower.upper()
        _ROT13 = str.maketrans(lower + upper,
                               lower[13:] + lower[:13] + upper[13:] + upper[:13])
    return input.translate(_ROT13), len(input)


# ---------------------------------------------------------------------------
# Base classes.

class CodecInfo(tuple):
    """The description of a codec that lookup() returns: a 4-tuple
    (encode, decode, streamreader, streamwriter) with named attributes for
    those and for name, incrementalencoder and incrementaldecoder."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    """The interface of stateless encoders and decoders: encode() and
    decode() return (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encode input given piece by piece; subclasses define encode()."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any pending state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restore a state that getstate() returned."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps unencoded input between calls;
    subclasses define _buffer_encode(input, errors, final)."""

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decode input given piece by piece; subclasses define decode()."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any pending state."""

    def getstate(self):
        """Return (pending bytes, flag int) describing the state."""
        return (b"", 0)

    def setstate(self, state):
        """Restore a state that getstate() returned."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecoded bytes between calls;
    subclasses define _buffer_decode(input, errors, final)."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Write encoded text to a binary stream; other attributes are the
    stream's."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        """Flush encoder state, so that the output can be decoded alone."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Read and decode text from a binary stream; other attributes are the
    stream's."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode and return text: at most chars characters when chars is
        not negative, else about size bytes' worth (all when negative)."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, consumed = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                newchars, consumed = self.decode(data[:exc.start], self.errors)
                lines = newchars.splitlines(keepends=True)
                if len(lines) <= 1:
                    raise
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line (ended as str.splitlines() ends lines)."""
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data and data.endswith("\r"):
                data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    rest = self._empty_charbuffer.join(lines[1:])
                    self.charbuffer = rest + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    return line
                first = lines[0]
                stripped = first.splitlines(keepends=False)[0]
                if first != stripped:
                    # The line is complete; a following "\n" might still
                    # belong to a final "\r", which read() took care of.
                    return first if keepends else stripped
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                return line
            if readsize < 8000:
                readsize *= 2

    def readlines(self, sizehint=None, keepends=True):
        """Read all remaining lines as a list."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Forget buffered data, e.g. after a seek."""
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A stream that reads through a StreamReader and writes through a
    StreamWriter over one binary stream."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """A stream that hands out and takes data in one encoding while the
    underlying stream holds another: reads decode with Reader and encode
    with encode, writes decode with decode and encode with Writer."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, consumed = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, consumed = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b"".join(list)
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---------------------------------------------------------------------------
# The codecs of this module, built on first lookup.

def _stateless_classes(module, encode, decode_partial):
    """Make the incremental and stream classes of a codec whose encoder
    needs no state and whose decoder only keeps incomplete input."""
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_partial(input, errors, final)

    class Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors="strict"):
            return decode_partial(input, errors, False)

    return _named(module, Encoder, Decoder, Writer, Reader)


def _named(module, *classes):
    for cls, name in zip(classes, ("IncrementalEncoder", "IncrementalDecoder",
                                   "StreamWriter", "StreamReader")):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = "encodings." + module
    return classes


def _bom_classes(module, unit, bom):
    """Make the incremental and stream classes of utf-16 or utf-32: the
    encoder writes a byte-order mark first, the decoder takes the byte
    order from one."""
    rest = "utf-16-le" if unit == 2 else "utf-32-le"

    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._bom = True

        def encode(self, input, final=False):
            data = _native_encode(input, rest, self.errors)
            if self._bom:
                self._bom = False
                return bom + data
            return data

        def reset(self):
            self._bom = True

        def getstate(self):
            return 2 if self._bom else 0

        def setstate(self, state):
            self._bom = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._order = 0

        def _buffer_decode(self, input, errors, final):
            text, n, order = _bom_decode(input, errors, final, unit,
                                         self._order, True)
            self._order = order
            return text, n

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = 0

        def getstate(self):
            # The flag is 2 while the byte order is unknown, else 0 for
            # the machine's (little-endian) order and 1 for the other.
            flag = 2 if self._order == 0 else (1 if self._order > 0 else 0)
            return (self.buffer, flag)

        def setstate(self, state):
            self.buffer = state[0]
            flag = state[1]
            self._order = 0 if flag == 2 else (1 if flag == 1 else -1)

    class Writer(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self._bom = True

        def reset(self):
            self._bom = True

        def encode(self, input, errors="strict"):
            _str_arg("utf_%d_encode" % (unit * 8), input)
            data = _native_encode(input, rest, errors)
            if self._bom:
                self._bom = False
                data = bom + data
            return data, len(input)

    class Reader(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self._order = 0

        def reset(self):
            StreamReader.reset(self)
            self._order = 0

        def decode(self, input, errors="strict"):
            text, n, order = _bom_decode(input, errors, False, unit,
                                         self._order, True)
            self._order = order
            return text, n

    return _named(module, Encoder, Decoder, Writer, Reader)


def _utf_8_sig_classes():
    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            data = _native_encode(input, "utf-8", self.errors)
            if self.first:
                self.first = 0
                return BOM_UTF8 + data
            return data

        def reset(self):
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return "", 0
                self.first = 0
                if input[:3] == BOM_UTF8:
                    text, n = utf_8_decode(input[3:], errors, final)
                    return text, n + 3
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

        def getstate(self):
            return (self.buffer, self.first)

        def setstate(self, state):
            self.buffer = state[0]
            self.first = state[1]

    class Writer(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self.first = 1

        def reset(self):
            self.first = 1

        def encode(self, input, errors="strict"):
            if self.first:
                self.first = 0
                return _utf_8_sig_encode(input, errors)
            return utf_8_encode(input, errors)

    class Reader(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self.first = 1

        def reset(self):
            StreamReader.reset(self)
            self.first = 1

        def decode(self, input, errors="strict"):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input):
                    return "", 0
                self.first = 0
                if input[:3] == BOM_UTF8:
                    text, n = utf_8_decode(input[3:], errors, False)
                    return text, n + 3
            return utf_8_decode(input, errors, False)

    return _named("utf_8_sig", Encoder, Decoder, Writer, Reader)


def _whole_classes(module, encode, decode):
    """Make the incremental and stream classes of a bytes-to-bytes or
    str-to-str codec, which work on whole input only."""
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return encode(input, errors)

    class Reader(StreamReader):
        charbuffertype = bytes

        def decode(self, input, errors="strict"):
            return decode(input, errors)

    return _named(module, Encoder, Decoder, Writer, Reader)


def _final_decoder(decode):
    def whole(input, errors="strict"):
        return decode(input, errors, True)
    return whole


def _build(canonical):
    """Create the CodecInfo of a codec of this module."""
    if canonical == "utf_8_sig":
        classes = _utf_8_sig_classes()
        return CodecInfo(_utf_8_sig_encode, _final_decoder(_utf_8_sig_decode),
                         classes[3], classes[2], classes[0], classes[1],
                         "utf-8-sig")
    if canonical in ("utf_16", "utf_32"):
        unit = 2 if canonical == "utf_16" else 4
        bom = BOM_UTF16_LE if unit == 2 else BOM_UTF32_LE
        classes = _bom_classes(canonical, unit, bom)
        encode = utf_16_encode if unit == 2 else utf_32_encode
        decode = utf_16_decode if unit == 2 else utf_32_decode
        return CodecInfo(encode, _final_decoder(decode), classes[3],
                         classes[2], classes[0], classes[1],
                         canonical.replace("_", "-"))
    if canonical in _WHOLE_CODECS:
        name, encode, decode, text = _WHOLE_CODECS[canonical]
        classes = _whole_classes(canonical, encode, decode)
        return CodecInfo(encode, decode, classes[3], classes[2], classes[0],
                         classes[1], name, _is_text_encoding=text)
    name, encode, decode = _PARTIAL_CODECS[canonical]
    classes = _stateless_classes(canonical, encode, decode)
    return CodecInfo(encode, _final_decoder(decode), classes[3], classes[2],
                     classes[0], classes[1], name)


_PARTIAL_CODECS = {
    "utf_8": ("utf-8", utf_8_encode, utf_8_decode),
    "ascii": ("ascii", ascii_encode, ascii_decode),
    "latin_1": ("iso8859-1", latin_1_encode, latin_1_decode),
    "cp1252": ("cp1252", _cp1252_encode, _cp1252_decode),
    "utf_16_le": ("utf-16-le", utf_16_le_encode, utf_16_le_decode),
    "utf_16_be": ("utf-16-be", utf_16_be_encode, utf_16_be_decode),
    "utf_32_le": ("utf-32-le", utf_32_le_encode, utf_32_le_decode),
    "utf_32_be": ("utf-32-be", utf_32_be_encode, utf_32_be_decode),
    "unicode_escape": ("unicode-escape", unicode_escape_encode,
                       unicode_escape_decode),
    "raw_unicode_escape": ("raw-unicode-escape", raw_unicode_escape_encode,
                           raw_unicode_escape_decode),
}

_WHOLE_CODECS = {
    "hex_codec": ("hex", _hex_encode, _hex_decode, False),
    "base64_codec": ("base64", _base64_encode, _base64_decode, False),
    "zlib_codec": ("zlib", _zlib_encode, _zlib_decode, False),
    "rot_13": ("rot-13", _rot13, _rot13, False),
}

# Normalized encoding names (see _normalize) and the codecs they name.
_ALIASES = {}
for _canonical, _names in (
        ("utf_8", "utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001"),
        ("utf_8_sig", "utf_8_sig utf8_sig"),
        ("ascii", "ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 "
                  "cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 "
                  "us us_ascii"),
        ("latin_1", "latin_1 latin1 l1 latin iso8859_1 iso_8859_1 8859 cp819 "
                    "iso_ir_100 csisolatin1 ibm819 iso_8859_1_1987 iso8859"),
        ("cp1252", "cp1252 windows_1252 1252"),
        ("utf_16", "utf_16 utf16 u16"),
        ("utf_16_le", "utf_16_le utf_16le unicodelittleunmarked"),
        ("utf_16_be", "utf_16_be utf_16be unicodebigunmarked"),
        ("utf_32", "utf_32 utf32 u32"),
        ("utf_32_le", "utf_32_le utf_32le"),
        ("utf_32_be", "utf_32_be utf_32be"),
        ("unicode_escape", "unicode_escape"),
        ("raw_unicode_escape", "raw_unicode_escape"),
        ("hex_codec", "hex hex_codec"),
        ("base64_codec", "base64 base_64 base64_codec"),
        ("zlib_codec", "zlib zip zlib_codec"),
        ("rot_13", "rot13 rot_13")):
    for _name in _names.split():
        _ALIASES[_name] = _canonical
del _canonical, _names, _name

_cache = {}
_search_functions = []


def _normalize(encoding):
    """Lower-case encoding and turn each run of characters other than
    letters, digits and dots into a single underscore (trimmed at the
    ends)."""
    out = []
    pending = False
    for c in encoding.lower():
        if c.isalnum() or c == ".":
            if pending and out:
                out.append("_")
            pending = False
            out.append(c)
        else:
            pending = True
    return "".join(out)


def register(search_function):
    """Register a function that maps a normalized encoding name to a
    CodecInfo (or None); it is asked about names this module does not
    know."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function registered with register()."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Return the CodecInfo of encoding; raise LookupError for an unknown
    one."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    info = _cache.get(encoding)
    if info is not None:
        return info
    canonical = _ALIASES.get(_normalize(encoding))
    if canonical is not None:
        info = _cache.get(canonical)
        if info is None:
            info = _cache[canonical] = _build(canonical)
    else:
        key = encoding.lower().replace(" ", "_")
        for search in _search_functions:
            info = search(key)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return "
                                    "4-tuples")
                break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[encoding] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode obj with the codec registered for encoding."""
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode obj with the codec registered for encoding."""
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encode the strings of iterator incrementally, yielding non-empty
    results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decode the bytes objects of iterator incrementally, yielding
    non-empty results."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file; with an encoding, return a StreamReaderWriter that
    encodes and decodes with it over the file opened in binary mode."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter,
                                 errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """Wrap file so that data written in data_encoding is stored in
    file_encoding, and reads convert back."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def charmap_build(decoding_table):
    """Return the encoding map (a dict) for a 256-character decoding
    table."""
    return {ord(c): i for i, c in enumerate(decoding_table) if c != "\ufffe"}


def charmap_decode(input, errors="strict", mapping=None):
    """Decode bytes through mapping: a str indexed by byte value or a dict
    from byte values to characters, code points or None."""
    data = _bytes_arg(input)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    n = len(data)
    pos = 0
    while pos < n:
        b = data[pos]
        try:
            c = mapping[b]
        except (IndexError, KeyError, LookupError):
            c = None
        if isinstance(c, int):
            c = chr(c)
        if c is None or c == "\ufffe":
            exc = UnicodeDecodeError("charmap", data, pos, pos + 1,
                                     "character maps to <undefined>")
            replacement, pos = _call_handler(errors, exc, n)
            out.append(replacement)
            continue
        out.append(c)
        pos += 1
    return "".join(out), n


def charmap_encode(input, errors="strict", mapping=None):
    """Encode a str through mapping, a dict from code points to byte
    values, bytes or None."""
    _str_arg("charmap_encode", input)
    if mapping is None:
        return latin_1_encode(input, errors)
    out = bytearray()
    n = len(input)
    pos = 0
    while pos < n:
        b = mapping.get(ord(input[pos]))
        if b is None:
            exc = UnicodeEncodeError("charmap", input, pos, pos + 1,
                                     "character maps to <undefined>")
            replacement, pos = _call_handler(errors, exc, n)
            if isinstance(replacement, str):
                out += charmap_encode(replacement, "strict", mapping)[0]
            else:
                out += replacement
            continue
        if isinstance(b, int):
            out.append(b)
        else:
            out += b
        pos += 1
    return bytes(out), n
