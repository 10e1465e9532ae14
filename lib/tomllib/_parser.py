"""The TOML 1.0 parser behind tomllib.loads() and tomllib.load().

The document is scanned by position: each parsing method takes the index
where its construct starts and returns what it read together with the
index just past it. Errors are TOMLDecodeError with CPython's messages,
suffixed with the line and column (or "end of document") they occur at.
"""

from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


TOMLDecodeError.__module__ = "tomllib"

_DIGITS = frozenset("0123456789")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_OCT_DIGITS = frozenset("01234567")
_BIN_DIGITS = frozenset("01")
_BASES = {"x": _HEX_DIGITS, "o": _OCT_DIGITS, "b": _BIN_DIGITS}
_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                      "0123456789-_")
_KEY_START = _BARE_KEY | frozenset("\"'")
_SPACE = frozenset(" \t")
_SPACE_OR_NEWLINE = frozenset(" \t\n")
_CONTROL = frozenset(chr(i) for i in range(32)) | frozenset("\x7f")
# Characters forbidden in one-line strings and comments, and in multi-line
# strings.
_BAD_IN_LINE = _CONTROL - frozenset("\t")
_BAD_IN_MULTILINE = _BAD_IN_LINE - frozenset("\n")
_ESCAPES = {
    "\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
    '\\"': '"', "\\\\": "\\",
}
_MULTILINE_SKIPS = ("\\ ", "\\\t", "\\\n")
_SPECIAL_FLOATS = ("inf", "nan")
_SIGNED_SPECIAL_FLOATS = ("+inf", "-inf", "+nan", "-nan")
_HOUR_FIRST = frozenset("01")
_MINUTE_FIRST = frozenset("012345")
_LOW_HOUR_SECOND = frozenset("0123")
_DATE_TIME_SEPARATORS = frozenset("Tt ")


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace("\r\n", "\n")
    if parse_float is not float:
        parse_float = _checked_float_parser(parse_float)
    return _Parser(src, parse_float).document()


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def _checked_float_parser(parse_float):
    """Wrap a user's parse_float so that it cannot return containers, which
    would be mistaken for tables and arrays."""
    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return parse


# ---------------------------------------------------------------------------
# Flags on key paths
#
# A tree of _Flags nodes parallel to the document records which tables were
# declared explicitly (with a [header], or implicitly as the parents of a
# dotted key once the next header is reached) and which values are frozen
# (inline tables and static arrays, whose contents cannot be extended).
# A frozen node freezes everything below it.

class _Flags:
    __slots__ = ("declared", "frozen", "children")

    def __init__(self):
        self.declared = False
        self.frozen = False
        self.children = {}


def _is_frozen(node, key):
    for part in key:
        node = node.children.get(part)
        if node is None:
            return False
        if node.frozen:
            return True
    return False


def _is_declared(node, key):
    if not key:
        return False
    for part in key:
        node = node.children.get(part)
        if node is None:
            return False
    return node.declared


def _flag_node(node, key):
    """Return the node of key, creating the missing nodes on its path."""
    for part in key:
        child = node.children.get(part)
        if child is None:
            child = node.children[part] = _Flags()
        node = child
    return node


def _forget(node, key):
    """Drop the flags of key and of everything below it."""
    for part in key[:-1]:
        node = node.children.get(part)
        if node is None:
            return
    node.children.pop(key[-1], None)


def _descend(table, path, into_arrays):
    """Return the table at path below table, creating missing tables.

    With into_arrays, an array of tables on the way stands for its last
    table. Return None when a value that is not a table is in the way.
    """
    for part in path:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_arrays and type(table) is list:
            table = table[-1]
        if not isinstance(table, dict):
            return None
    return table


_tz_cache = {}


def _offset_zone(sign, hours, minutes):
    key = (sign, hours, minutes)
    zone = _tz_cache.get(key)
    if zone is None:
        factor = 1 if sign == "+" else -1
        zone = timezone(timedelta(hours=factor * int(hours),
                                  minutes=factor * int(minutes)))
        _tz_cache[key] = zone
    return zone


class _Parser:
    """The state of one parse: the source, the result and the flags."""

    def __init__(self, src, parse_float):
        self.chars = None
        if not src.isascii():
            # Indexing text with non-ASCII characters far from its start is
            # slow in this interpreter, so the scanner works on an ASCII
            # copy in which each such character (legal only inside strings
            # and comments) becomes "?", and string contents are taken from
            # the list of the original characters.
            self.chars = list(src)
            src = src.encode("ascii", "replace").decode("ascii")
        self.src = src
        self.end = len(src)
        self.parse_float = parse_float
        self.root = {}
        self.flags = _Flags()
        self.pending = []

    # -- helpers -------------------------------------------------------

    def text(self, start, stop):
        """Return the original text between two positions."""
        if self.chars is None:
            return self.src[start:stop]
        return "".join(self.chars[start:stop])

    def error(self, pos, msg):
        """Return a TOMLDecodeError for msg at pos."""
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                column = pos + 1
            else:
                column = pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, column)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def skip_space(self, pos):
        src = self.src
        end = self.end
        while pos < end and (src[pos] == " " or src[pos] == "\t"):
            pos += 1
        return pos

    def skip_space_and_newlines(self, pos):
        src = self.src
        end = self.end
        while pos < end and src[pos] in _SPACE_OR_NEWLINE:
            pos += 1
        return pos

    def check_chars(self, start, stop, forbidden, msg):
        """Raise for the first forbidden character in src[start:stop];
        msg is formatted with its repr."""
        src = self.src
        if not forbidden.isdisjoint(src[start:stop]):
            while src[start] not in forbidden:
                start += 1
            raise self.error(start, msg % (src[start],))

    def skip_comment(self, pos):
        """Skip a comment starting at pos, if there is one, up to (not
        including) the end of its line."""
        if pos < self.end and self.src[pos] == "#":
            stop = self.src.find("\n", pos + 1)
            if stop < 0:
                stop = self.end
            self.check_chars(pos + 1, stop, _BAD_IN_LINE,
                             "Found invalid character %r")
            return stop
        return pos

    def skip_array_filler(self, pos):
        """Skip the whitespace, newlines and comments between values of an
        array."""
        while True:
            before = pos
            pos = self.skip_comment(self.skip_space_and_newlines(pos))
            if pos == before:
                return pos

    # -- statements ------------------------------------------------------

    def document(self):
        src = self.src
        end = self.end
        pos = 0
        header = ()
        while True:
            pos = self.skip_space(pos)
            if pos >= end:
                break
            c = src[pos]
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.skip_space(self.key_value_statement(pos, header))
            elif c == "[":
                self.settle_pending()
                if src.startswith("[[", pos):
                    header, pos = self.array_table_header(pos)
                else:
                    header, pos = self.table_header(pos)
                pos = self.skip_space(pos)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            if pos >= end:
                break
            if src[pos] != "\n":
                raise self.error(pos, "Expected newline or end of document "
                                      "after a statement")
            pos += 1
        return self.root

    def settle_pending(self):
        """Mark the tables that dotted keys created as declared: a later
        header cannot open them again."""
        for key in self.pending:
            _flag_node(self.flags, key).declared = True
        self.pending = []

    def table_header(self, pos):
        key, pos = self.key(self.skip_space(pos + 1))
        if _is_declared(self.flags, key) or _is_frozen(self.flags, key):
            raise self.error(pos, "Cannot declare %s twice" % (key,))
        _flag_node(self.flags, key).declared = True
        if _descend(self.root, key, True) is None:
            raise self.error(pos, "Cannot overwrite a value")
        if not self.src.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table "
                                  "declaration")
        return key, pos + 1

    def array_table_header(self, pos):
        key, pos = self.key(self.skip_space(pos + 2))
        if _is_frozen(self.flags, key):
            raise self.error(pos, "Cannot mutate immutable namespace %s"
                             % (key,))
        # A new table of the array starts with a clean slate, but its key
        # cannot be declared as a plain table.
        _forget(self.flags, key)
        _flag_node(self.flags, key).declared = True
        parent = _descend(self.root, key[:-1], True)
        if parent is None:
            raise self.error(pos, "Cannot overwrite a value")
        last = key[-1]
        if last in parent:
            tables = parent[last]
            if not isinstance(tables, list):
                raise self.error(pos, "Cannot overwrite a value")
            tables.append({})
        else:
            parent[last] = [{}]
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array "
                                  "declaration")
        return key, pos + 2

    def key_value_statement(self, pos, header):
        key, value, pos = self.key_value_pair(pos)
        flags = self.flags
        for i in range(1, len(key)):
            table_key = header + key[:i]
            if _is_declared(flags, table_key):
                raise self.error(pos, "Cannot redefine namespace %s"
                                 % (table_key,))
            self.pending.append(table_key)
        parent_key = header + key[:-1]
        if _is_frozen(flags, parent_key):
            raise self.error(pos, "Cannot mutate immutable namespace %s"
                             % (parent_key,))
        table = _descend(self.root, parent_key, True)
        last = key[-1]
        if table is None or last in table:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            _flag_node(flags, header + key).frozen = True
        table[last] = value
        return pos

    def key_value_pair(self, pos):
        key, pos = self.key(pos)
        if pos >= self.end or self.src[pos] != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value "
                                  "pair")
        value, pos = self.value(self.skip_space(pos + 1))
        return key, value, pos

    def key(self, pos):
        """Read a possibly dotted key; return it as a tuple of parts."""
        src = self.src
        parts = []
        while True:
            part, pos = self.key_part(pos)
            parts.append(part)
            pos = self.skip_space(pos)
            if pos < self.end and src[pos] == ".":
                pos = self.skip_space(pos + 1)
                continue
            return tuple(parts), pos

    def key_part(self, pos):
        src = self.src
        c = src[pos] if pos < self.end else ""
        if c in _BARE_KEY:
            start = pos
            end = self.end
            pos += 1
            while pos < end and src[pos] in _BARE_KEY:
                pos += 1
            return src[start:pos], pos
        if c == "'":
            return self.literal_string(pos + 1)
        if c == '"':
            return self.basic_string(pos + 1, False)
        raise self.error(pos, "Invalid initial character for a key part")

    # -- values ----------------------------------------------------------

    def value(self, pos):
        src = self.src
        c = src[pos] if pos < self.end else ""
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, '"')
            return self.basic_string(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, "'")
            return self.literal_string(pos + 1)
        if c == "t":
            if src.startswith("true", pos):
                return True, pos + 4
        elif c == "f":
            if src.startswith("false", pos):
                return False, pos + 5
        elif c == "[":
            return self.array(pos)
        elif c == "{":
            return self.inline_table(pos)
        if c in _DIGITS:
            found = self.date_or_time(pos)
            if found is not None:
                return found
        if c in _DIGITS or c == "+" or c == "-":
            found = self.number(pos)
            if found is not None:
                return found
        if src[pos:pos + 3] in _SPECIAL_FLOATS:
            return self.parse_float(src[pos:pos + 3]), pos + 3
        if src[pos:pos + 4] in _SIGNED_SPECIAL_FLOATS:
            return self.parse_float(src[pos:pos + 4]), pos + 4
        raise self.error(pos, "Invalid value")

    def array(self, pos):
        src = self.src
        items = []
        pos = self.skip_array_filler(pos + 1)
        if src.startswith("]", pos):
            return items, pos + 1
        while True:
            item, pos = self.value(pos)
            items.append(item)
            pos = self.skip_array_filler(pos)
            c = src[pos:pos + 1]
            if c == "]":
                return items, pos + 1
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.skip_array_filler(pos + 1)
            if src.startswith("]", pos):
                return items, pos + 1

    def inline_table(self, pos):
        src = self.src
        table = {}
        frozen = _Flags()
        pos = self.skip_space(pos + 1)
        if src.startswith("}", pos):
            return table, pos + 1
        while True:
            key, value, pos = self.key_value_pair(pos)
            if _is_frozen(frozen, key):
                raise self.error(pos, "Cannot mutate immutable namespace %s"
                                 % (key,))
            inner = _descend(table, key[:-1], False)
            if inner is None:
                raise self.error(pos, "Cannot overwrite a value")
            last = key[-1]
            if last in inner:
                raise self.error(pos, "Duplicate inline table key %r"
                                 % (last,))
            inner[last] = value
            pos = self.skip_space(pos)
            c = src[pos:pos + 1]
            if c == "}":
                return table, pos + 1
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                _flag_node(frozen, key).frozen = True
            pos = self.skip_space(pos + 1)

    # -- strings ---------------------------------------------------------

    def basic_string(self, pos, multiline):
        """Read a basic string whose opening quotes end just before pos."""
        src = self.src
        end = self.end
        forbidden = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        pieces = []
        start = pos
        quote = backslash = -2
        while True:
            if quote != -1 and quote < pos:
                quote = src.find('"', pos)
            if backslash != -1 and backslash < pos:
                backslash = src.find("\\", pos)
            if quote < 0:
                stop = backslash if backslash >= 0 else end
            elif backslash < 0:
                stop = quote
            else:
                stop = quote if quote < backslash else backslash
            self.check_chars(pos, stop, forbidden, "Illegal character %r")
            if stop >= end:
                raise self.error(end, "Unterminated string")
            if stop == quote:
                if not multiline:
                    pieces.append(self.text(start, stop))
                    return "".join(pieces), stop + 1
                if src.startswith('"""', stop):
                    pieces.append(self.text(start, stop))
                    return "".join(pieces), stop + 3
                pos = stop + 1
                continue
            pieces.append(self.text(start, stop))
            piece, pos = self.escape(stop, multiline)
            pieces.append(piece)
            start = pos

    def escape(self, pos, multiline):
        """Read the escape sequence at pos (a backslash)."""
        src = self.src
        code = src[pos:pos + 2]
        pos += 2
        if multiline and code in _MULTILINE_SKIPS:
            # A backslash ending a line removes the line break and the
            # whitespace that follows.
            if code != "\\\n":
                pos = self.skip_space(pos)
                if pos >= self.end:
                    return "", pos
                if src[pos] != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return "", self.skip_space_and_newlines(pos)
        if code == "\\u":
            return self.hex_char(pos, 4)
        if code == "\\U":
            return self.hex_char(pos, 8)
        char = _ESCAPES.get(code)
        if char is None:
            raise self.error(pos, "Unescaped '\\' in a string")
        return char, pos

    def hex_char(self, pos, width):
        digits = self.src[pos:pos + width]
        if len(digits) != width or not _HEX_DIGITS.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        pos += width
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error(pos, "Escaped character is not a Unicode "
                                  "scalar value")
        return chr(code), pos

    def literal_string(self, pos):
        """Read a literal string whose opening quote ends just before pos."""
        stop = self.src.find("'", pos)
        if stop < 0:
            raise self.error(self.end, "Expected \"'\"")
        self.check_chars(pos, stop, _BAD_IN_LINE, "Found invalid character %r")
        return self.text(pos, stop), stop + 1

    def multiline_string(self, pos, delim):
        src = self.src
        pos += 3
        # A line break right after the opening delimiter is dropped.
        if src.startswith("\n", pos):
            pos += 1
        if delim == "'":
            stop = src.find("'''", pos)
            if stop < 0:
                raise self.error(self.end, "Expected \"'''\"")
            self.check_chars(pos, stop, _BAD_IN_MULTILINE,
                             "Found invalid character %r")
            result = self.text(pos, stop)
            pos = stop + 3
        else:
            result, pos = self.basic_string(pos, True)
        # One or two quotes right before the closing delimiter belong to
        # the string.
        if src.startswith(delim, pos):
            pos += 1
            result += delim
            if src.startswith(delim, pos):
                pos += 1
                result += delim
        return result, pos

    # -- numbers, dates and times --------------------------------------

    def digit_run(self, pos, digits):
        """Skip digits (src[pos] is one) with single underscores between
        them."""
        src = self.src
        end = self.end
        pos += 1
        while pos < end:
            c = src[pos]
            if c in digits:
                pos += 1
            elif c == "_" and pos + 1 < end and src[pos + 1] in digits:
                pos += 2
            else:
                break
        return pos

    def number(self, pos):
        """Read an integer or a float at pos; None when there is none."""
        src = self.src
        end = self.end
        if src[pos] == "0":
            # A prefixed integer: hexadecimal, octal or binary.
            digits = _BASES.get(src[pos + 1:pos + 2])
            if digits is not None and src[pos + 2:pos + 3] in digits:
                stop = self.digit_run(pos + 2, digits)
                return int(src[pos:stop], 0), stop
        p = pos
        if src[p] == "+" or src[p] == "-":
            p += 1
        c = src[p:p + 1]
        if c == "0":
            p += 1
        elif c in _DIGITS:
            p = self.digit_run(p, _DIGITS)
        else:
            return None
        integer_end = p
        # Slices past the end are empty strings, which no set holds.
        if src[p:p + 1] == "." and src[p + 1:p + 2] in _DIGITS:
            p = self.digit_run(p + 1, _DIGITS)
        if src[p:p + 1] in ("e", "E"):
            q = p + 1
            if src[q:q + 1] in ("+", "-"):
                q += 1
            if src[q:q + 1] in _DIGITS:
                p = self.digit_run(q, _DIGITS)
        text = src[pos:p]
        if p > integer_end:
            if self.parse_float is float:
                return float(text.replace("_", "")), p
            return self.parse_float(text), p
        return int(text, 0), p

    def time_at(self, pos):
        """Read HH:MM:SS[.fraction] at pos; return (hour, minute, second,
        microsecond, end) or None."""
        src = self.src
        part = src[pos:pos + 8]
        if len(part) != 8 or part[2] != ":" or part[5] != ":":
            return None
        h0, h1, m0, m1, s0, s1 = part[0], part[1], part[3], part[4], \
            part[6], part[7]
        if not ((h0 in _HOUR_FIRST and h1 in _DIGITS) or
                (h0 == "2" and h1 in _LOW_HOUR_SECOND)):
            return None
        if not (m0 in _MINUTE_FIRST and m1 in _DIGITS and
                s0 in _MINUTE_FIRST and s1 in _DIGITS):
            return None
        pos += 8
        micro = 0
        if src[pos:pos + 1] == "." and src[pos + 1:pos + 2] in _DIGITS:
            start = pos + 1
            pos = start + 1
            while pos < self.end and src[pos] in _DIGITS:
                pos += 1
            micro = int(src[start:min(pos, start + 6)].ljust(6, "0"))
        return int(part[0:2]), int(part[3:5]), int(part[6:8]), micro, pos

    def date_or_time(self, pos):
        """Read a date, a date-time or a local time at pos (a digit);
        None when there is none."""
        src = self.src
        part = src[pos:pos + 10]
        if (len(part) == 10 and part[4] == "-" and part[7] == "-" and
                _DIGITS.issuperset(part[0:4]) and
                _DIGITS.issuperset(part[5:7]) and
                _DIGITS.issuperset(part[8:10]) and
                "01" <= part[5:7] <= "12" and "01" <= part[8:10] <= "31"):
            year, month, day = int(part[0:4]), int(part[5:7]), int(part[8:10])
            stop = pos + 10
            clock = None
            if src[stop:stop + 1] in _DATE_TIME_SEPARATORS:
                clock = self.time_at(stop + 1)
            try:
                if clock is None:
                    return date(year, month, day), stop
                hour, minute, second, micro, stop = clock
                zone = None
                c = src[stop:stop + 1]
                if c == "Z" or c == "z":
                    zone = timezone.utc
                    stop += 1
                elif c == "+" or c == "-":
                    offset = src[stop + 1:stop + 6]
                    if (len(offset) == 5 and offset[2] == ":" and
                            ((offset[0] in _HOUR_FIRST and
                              offset[1] in _DIGITS) or
                             (offset[0] == "2" and
                              offset[1] in _LOW_HOUR_SECOND)) and
                            offset[3] in _MINUTE_FIRST and
                            offset[4] in _DIGITS):
                        zone = _offset_zone(c, offset[0:2], offset[3:5])
                        stop += 6
                return datetime(year, month, day, hour, minute, second,
                                micro, tzinfo=zone), stop
            except ValueError as exc:
                raise self.error(pos, "Invalid date or datetime") from exc
        clock = self.time_at(pos)
        if clock is not None:
            hour, minute, second, micro, stop = clock
            return time(hour, minute, second, micro), stop
        return None
