"""JSON encoding: the JSONEncoder class and the string escaping it uses.

Output matches CPython 3.12's json encoder, including the chunks produced
by JSONEncoder.iterencode().
"""

INFINITY = float("inf")

# Escapes shared by both string styles.
_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}

# Replacement table for str.translate() when non-ASCII output is allowed.
_ESCAPE_TABLE = {}
for _code in range(0x20):
    _ESCAPE_TABLE[_code] = "\\u%04x" % _code
for _char, _text in _SHORT_ESCAPES.items():
    _ESCAPE_TABLE[ord(_char)] = _text
del _code, _char, _text


def py_encode_basestring(s):
    """Return a JSON string literal for s, keeping non-ASCII characters."""
    if s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """Return a JSON string literal for s using only ASCII characters."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    parts = ['"']
    append = parts.append
    for ch in s:
        if " " <= ch <= "~":
            if ch == '"':
                append('\\"')
            elif ch == "\\":
                append("\\\\")
            else:
                append(ch)
            continue
        text = _SHORT_ESCAPES.get(ch)
        if text is not None:
            append(text)
            continue
        n = ord(ch)
        if n < 0x10000:
            append("\\u%04x" % n)
        else:
            # Characters outside the BMP become a UTF-16 surrogate pair.
            n -= 0x10000
            append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
    append('"')
    return "".join(parts)


try:
    from _json import encode_basestring as c_encode_basestring
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_encode_basestring = c_encode_basestring_ascii = c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, bool and None (and their
    subclasses).  Override default() to serialize other objects.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError("Object of type %s is not JSON serializable"
                        % o.__class__.__name__)

    def encode(self, o):
        """Return the JSON text for the Python object o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return py_encode_basestring_ascii(o)
            return py_encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding the JSON text in chunks."""
        markers = {} if self.check_circular else None
        encoder = (encode_basestring_ascii if self.ensure_ascii
                   else encode_basestring)
        indent = self.indent
        if _one_shot and c_make_encoder is not None and indent is None:
            return c_make_encoder(
                markers, self.default, encoder, None, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys,
                self.allow_nan)(o, 0)
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _make_iterencode(
            markers, self.default, encoder, indent, self.key_separator,
            self.item_separator, self.sort_keys, self.skipkeys,
            self.allow_nan)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _allow_nan):
    """Build the recursive generator that encodes one object."""
    float_repr = float.__repr__
    int_repr = int.__repr__

    def floatstr(o):
        # NaN is the only value unequal to itself.
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float_repr(o)
        if not _allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: "
                             + repr(o))
        return text

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
            return marker
        return None

    def encode_list(lst, level):
        if not lst:
            yield "[]"
            return
        marker = enter(lst)
        buf = "["
        if _indent is not None:
            level += 1
            newline_indent = "\n" + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + "null"
            elif value is True:
                yield buf + "true"
            elif value is False:
                yield buf + "false"
            elif isinstance(value, int):
                yield buf + int_repr(value)
            elif isinstance(value, float):
                yield buf + floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    yield from encode_list(value, level)
                elif isinstance(value, dict):
                    yield from encode_dict(value, level)
                else:
                    yield from encode_any(value, level)
        if newline_indent is not None:
            level -= 1
            yield "\n" + _indent * level
        yield "]"
        if marker is not None:
            del markers[marker]

    def encode_dict(dct, level):
        if not dct:
            yield "{}"
            return
        marker = enter(dct)
        yield "{"
        if _indent is not None:
            level += 1
            newline_indent = "\n" + _indent * level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            # Keys must end up as strings; a few scalar types are converted.
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int_repr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, "
                                "not %s" % key.__class__.__name__)
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield "null"
            elif value is True:
                yield "true"
            elif value is False:
                yield "false"
            elif isinstance(value, int):
                yield int_repr(value)
            elif isinstance(value, float):
                yield floatstr(value)
            elif isinstance(value, (list, tuple)):
                yield from encode_list(value, level)
            elif isinstance(value, dict):
                yield from encode_dict(value, level)
            else:
                yield from encode_any(value, level)
        if newline_indent is not None:
            level -= 1
            yield "\n" + _indent * level
        yield "}"
        if marker is not None:
            del markers[marker]

    def encode_any(o, level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int_repr(o)
        elif isinstance(o, float):
            yield floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from encode_list(o, level)
        elif isinstance(o, dict):
            yield from encode_dict(o, level)
        else:
            marker = enter(o)
            yield from encode_any(_default(o), level)
            if marker is not None:
                del markers[marker]

    return encode_any
