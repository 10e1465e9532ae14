"""JSON decoding: JSONDecoder, JSONDecodeError and the scanner behind them.

Error messages and positions follow CPython 3.12's json decoder.
"""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_HEXDIGITS = "0123456789abcdefABCDEF"

_BACKSLASH = {
    '"': '"', "\\": "\\", "/": "/",
    "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of a JSON syntax error.

    msg: the unformatted error message
    doc: the JSON document being parsed
    pos: the index in doc where parsing failed
    lineno, colno: the line and column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)"
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, idx, n):
    """Return the index of the first non-whitespace character at or after idx."""
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _parse_hex4(s, pos):
    """Decode the four hex digits at s[pos:pos+4], or return -1."""
    digits = s[pos:pos + 4]
    if len(digits) != 4:
        return -1
    for ch in digits:
        if ch not in _HEXDIGITS:
            return -1
    return int(digits, 16)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end].

    Return the decoded text and the index just past the closing quote.
    """
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        quote = s.find('"', end)
        if quote < 0:
            quote = n
        stop = s.find("\\", end, quote)
        if stop < 0:
            stop = quote
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            for i in range(len(chunk)):
                if chunk[i] < " ":
                    raise JSONDecodeError("Invalid control character at",
                                          s, end + i)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            append(chunk)
        if stop == quote:
            return "".join(chunks), stop + 1
        # A backslash escape starts at stop.
        if stop + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[stop + 1]
        if esc != "u":
            text = _BACKSLASH.get(esc)
            if text is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            append(text)
            end = stop + 2
            continue
        code = _parse_hex4(s, stop + 2)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, stop + 1)
        end = stop + 6
        # A high surrogate followed by an escaped low surrogate is one
        # character; unpaired surrogates are kept as they are.
        if 0xD800 <= code <= 0xDBFF and s[end:end + 2] == "\\u":
            low = _parse_hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        append(chr(code))


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

scanstring = c_scanstring or py_scanstring


def _scanstring_chars(chars, end, strict, doc):
    """Decode a JSON string body from a list of characters.

    This is the list-based twin of py_scanstring, used for long non-ASCII
    documents where indexing a list is much cheaper than indexing the str.
    Errors report positions in doc, the original text.
    """
    begin = end - 1
    n = len(chars)
    parts = []
    append = parts.append
    while True:
        stop = end
        while stop < n:
            ch = chars[stop]
            if ch == '"' or ch == "\\":
                break
            if ch < " " and strict:
                raise JSONDecodeError("Invalid control character at", doc, stop)
            stop += 1
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", doc, begin)
        if stop > end:
            append("".join(chars[end:stop]))
        if chars[stop] == '"':
            return "".join(parts), stop + 1
        if stop + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", doc, begin)
        esc = chars[stop + 1]
        if esc != "u":
            text = _BACKSLASH.get(esc)
            if text is None:
                raise JSONDecodeError("Invalid \\escape", doc, stop)
            append(text)
            end = stop + 2
            continue
        code = _parse_hex4("".join(chars[stop + 2:stop + 6]), 0)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", doc, stop + 1)
        end = stop + 6
        if 0xD800 <= code <= 0xDBFF and chars[end:end + 2] == ["\\", "u"]:
            low = _parse_hex4("".join(chars[end + 2:end + 6]), 0)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", doc, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        append(chr(code))


# Documents at least this long that contain non-ASCII characters are
# scanned as a list of characters: on this runtime, indexing such a str
# costs time proportional to the index.
_LIST_SCAN_THRESHOLD = 2000


try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None


def _make_scanner(context):
    """Return a function parsing one JSON value at a given index."""
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = {}
    doc_holder = [None]
    str_scan = _build_scan(strict, object_hook, object_pairs_hook,
                           parse_float, parse_int, parse_constant, memo,
                           None)
    list_scan = None

    def scan_once(s, idx):
        """Parse one value at s[idx]; raise StopIteration(idx) if none."""
        nonlocal list_scan
        if idx < 0:
            raise StopIteration(idx)
        n = len(s)
        try:
            if n < _LIST_SCAN_THRESHOLD or type(s) is not str or s.isascii():
                return str_scan(s, idx, n)
            if list_scan is None:
                list_scan = _build_scan(strict, object_hook, object_pairs_hook,
                                        parse_float, parse_int,
                                        parse_constant, memo, doc_holder)
            doc_holder[0] = s
            try:
                return list_scan(list(s), idx, n)
            finally:
                doc_holder[0] = None
        finally:
            memo.clear()

    return scan_once


def _build_scan(strict, object_hook, object_pairs_hook, parse_float,
                parse_int, parse_constant, memo, doc_holder):
    """Build the recursive value parser over a str or a list of characters.

    Every function takes the text s, an index and the length n.  With a
    doc_holder, s is a list of characters and doc_holder[0] holds the
    original str, used in error messages.
    """
    use_list = doc_holder is not None
    # Literal words, in the same form as slices of the text.
    words = ["null", "true", "false", "NaN", "Infinity", "-Infinity"]
    if use_list:
        words = [list(word) for word in words]
    null, true, false, nan, infinity, neg_infinity = words
    if use_list:
        def scanstring(s, end, strict):
            return _scanstring_chars(s, end, strict, doc_holder[0])

        def error(msg, s, pos):
            return JSONDecodeError(msg, doc_holder[0], pos)
    else:
        scanstring = py_scanstring

        def error(msg, s, pos):
            return JSONDecodeError(msg, s, pos)

    def parse_number(s, idx, n):
        start = idx
        if s[idx] == "-":
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        ch = s[idx]
        if "1" <= ch <= "9":
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif ch == "0":
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx + 1 < n and s[idx] == "." and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n and s[idx] in "eE":
            # The exponent only counts if at least one digit follows.
            j = idx + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                idx = j + 1
                while idx < n and s[idx] in _DIGITS:
                    idx += 1
        number = s[start:idx]
        if use_list:
            number = "".join(number)
        if is_float:
            return parse_float(number), idx
        return parse_int(number), idx

    def parse_object(s, idx, n):
        pairs = []
        while idx < n and s[idx] in _WHITESPACE:
            idx += 1
        if idx < n and s[idx] != "}":
            while True:
                if idx >= n or s[idx] != '"':
                    raise error("Expecting property name enclosed "
                                "in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                key = memo.setdefault(key, key)
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                if idx >= n or s[idx] != ":":
                    raise error("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                try:
                    value, idx = scan(s, idx, n)
                except StopIteration as err:
                    raise error("Expecting value", s, err.value) from None
                pairs.append((key, value))
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                if idx < n and s[idx] == "}":
                    break
                if idx >= n or s[idx] != ",":
                    raise error("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
        elif idx >= n:
            raise error("Expecting property name enclosed "
                        "in double quotes", s, idx)
        idx += 1
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx
        obj = dict(pairs)
        if object_hook is not None:
            obj = object_hook(obj)
        return obj, idx

    def parse_array(s, idx, n):
        values = []
        while idx < n and s[idx] in _WHITESPACE:
            idx += 1
        if idx < n and s[idx] != "]":
            while True:
                try:
                    value, idx = scan(s, idx, n)
                except StopIteration as err:
                    raise error("Expecting value", s, err.value) from None
                values.append(value)
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                if idx < n and s[idx] == "]":
                    break
                if idx >= n or s[idx] != ",":
                    raise error("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
        elif idx >= n:
            raise error("Expecting value", s, idx)
        return values, idx + 1

    def scan(s, idx, n):
        if idx >= n:
            raise StopIteration(idx)
        ch = s[idx]
        if ch == '"':
            return scanstring(s, idx + 1, strict)
        if ch == "{":
            return parse_object(s, idx + 1, n)
        if ch == "[":
            return parse_array(s, idx + 1, n)
        if ch == "n":
            if s[idx:idx + 4] == null:
                return None, idx + 4
        elif ch == "t":
            if s[idx:idx + 4] == true:
                return True, idx + 4
        elif ch == "f":
            if s[idx:idx + 5] == false:
                return False, idx + 5
        elif ch == "N":
            if s[idx:idx + 3] == nan:
                return parse_constant("NaN"), idx + 3
        elif ch == "I":
            if s[idx:idx + 8] == infinity:
                return parse_constant("Infinity"), idx + 8
        elif ch == "-":
            if s[idx:idx + 9] == neg_infinity:
                return parse_constant("-Infinity"), idx + 9
            return parse_number(s, idx, n)
        elif ch in _DIGITS:
            return parse_number(s, idx, n)
        raise StopIteration(idx)

    return scan


class JSONDecoder:
    """Simple JSON decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to
    int or float, true/false to True/False and null to None.  NaN,
    Infinity and -Infinity are accepted as floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = (c_make_scanner or _make_scanner)(self)

    def decode(self, s):
        """Return the Python object for the JSON document s."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value at the start of s[idx:].

        Return the object and the index where it ended; trailing text is
        allowed.
        """
        if idx < 0:
            raise ValueError("idx cannot be negative")
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
