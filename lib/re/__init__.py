"""Regular expressions: CPython 3.12's re module in pure Python.

Patterns are parsed by re._parser into a tree and compiled by re._compiler
into backtracking matching functions.  This module holds the public API:
compile, search, match, fullmatch, split, findall, finditer, sub, subn,
escape, purge, the Pattern and Match types, the flags and re.error.
"""

import sys as _sys

import _re
from . import _parser, _compiler
from ._parser import error

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
    'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern', 'Match',
    'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
    'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'

# --- flags -----------------------------------------------------------------

# The order in which flag names are listed in a flag's repr.
_FLAG_ORDER = [
    ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
    ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
    ('DEBUG', 128),
]
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags of a pattern, an int whose repr names them (re.I|re.M)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            value &= _ALL_FLAGS
        names = []
        rest = value
        for name, bit in _FLAG_ORDER:
            if rest & bit:
                names.append('re.' + name)
                rest &= ~bit
        if not names:
            return 're.RegexFlag(%d)' % value
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        for name, bit in _FLAG_ORDER:
            if value == bit:
                return name
        if value == 0:
            return 'NOFLAG'
        return None


RegexFlag.__module__ = 're'

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(_parser.ASCII)
I = IGNORECASE = RegexFlag(_parser.IGNORECASE)
L = LOCALE = RegexFlag(_parser.LOCALE)
U = UNICODE = RegexFlag(_parser.UNICODE)
M = MULTILINE = RegexFlag(_parser.MULTILINE)
S = DOTALL = RegexFlag(_parser.DOTALL)
X = VERBOSE = RegexFlag(_parser.VERBOSE)
T = TEMPLATE = RegexFlag(_parser.TEMPLATE)
DEBUG = RegexFlag(_parser.DEBUG)

for _name, _bit in _FLAG_ORDER:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = NOFLAG
RegexFlag.A = A
RegexFlag.I = I
RegexFlag.L = L
RegexFlag.U = U
RegexFlag.M = M
RegexFlag.S = S
RegexFlag.X = X
RegexFlag.T = T
del _name, _bit

# Patterns with repeats of sub-patterns recurse once or more per iteration;
# the recursion limit is raised to this while they match.
_DEEP_LIMIT = 190000

# --- subjects --------------------------------------------------------------


def _type_name(obj):
    return type(obj).__name__


class _Subject:
    """A subject string prepared for matching.

    plain is the subject as an exact str (bytes-like subjects decoded as
    Latin-1, so each byte is one character; src keeps the bytes for
    slicing results).  text is what the Python matchers index, made by
    indexable(): the str itself when it is ASCII, else a list of its
    characters.
    """

    __slots__ = ('string', 'text', 'plain', 'is_list', 'src', 'length')

    def __init__(self, pattern, string):
        if pattern._is_bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            try:
                src = string if type(string) is bytes else bytes(memoryview(string))
            except TypeError:
                raise TypeError('expected string or bytes-like object, got %r'
                                % _type_name(string)) from None
            text = src.decode('latin-1')
            self.src = src
        else:
            if type(string) is str:
                text = string
            elif isinstance(string, str):
                text = str.__str__(string)
            elif isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            else:
                raise TypeError('expected string or bytes-like object, got %r'
                                % _type_name(string))
            self.src = None
        self.string = string
        self.plain = text
        self.length = len(text)
        self.text = None
        self.is_list = False

    def indexable(self):
        """Make text, for the Python matchers."""
        if self.text is None:
            plain = self.plain
            if plain.isascii():
                self.text = plain
            else:
                self.text = list(plain)
                self.is_list = True

    def slice(self, start, end):
        """The part of the subject between two indices, of its own type."""
        if self.src is not None:
            return self.src[start:end]
        return self.plain[start:end]


# --- patterns --------------------------------------------------------------


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, tree, ngroups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self.groups = ngroups
        self._groupindex = groupindex
        self._is_bytes = not isinstance(pattern, str)
        self._tree = _compiler.prepare(tree)
        self._compiled = [None, None]
        self._engine = False
        tree = self._tree
        self._anchored = _compiler.is_anchored(tree)
        self._prefix = _compiler.literal_prefix(tree)
        self._first = None if self._prefix else _compiler.first_test(tree)
        self._literal = None
        if ngroups == 0 and tree[0] in ('STR', 'LIT') and self._prefix:
            self._literal = self._prefix
        self._names = {}
        for name, gid in groupindex.items():
            self._names[gid] = name

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if not self._is_bytes:
            flags &= ~_parser.UNICODE
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _matcher(self, is_list):
        entry = self._compiled[is_list]
        if entry is None:
            ascii_icase = self._is_bytes or bool(self.flags & (_parser.ASCII | _parser.LOCALE))
            entry = _compiler.compile_matcher(self._tree, self.groups, is_list, ascii_icase)
            self._compiled[is_list] = entry
        return entry

    def _program(self):
        """The pattern compiled for the interpreter's matching engine
        (`_re`), or None for a tree it does not take."""
        program = self._engine
        if program is False:
            ascii_icase = self._is_bytes or bool(self.flags & (_parser.ASCII | _parser.LOCALE))
            try:
                program = _re.compile(self._tree, self.groups, ascii_icase, self._is_bytes)
            except ValueError:
                program = None
            self._engine = program
        return program

    # The matching core.

    def _searcher(self, subj, endpos, how):
        """Return find(pos, forbid) for subj cut at endpos.

        how is 0 for search, 1 for match and 2 for fullmatch.  find looks
        for a match from pos on; forbid is an index where an empty match
        must not occur (-1 for none).  It returns the state list (with the
        group marks) and the match span, or None.
        """
        subj.indexable()
        text = subj.text
        n = subj.length
        if endpos < n:
            if endpos < 0:
                endpos = 0
            text = text[:endpos]
            n = endpos
        is_list = subj.is_list
        literal = self._literal
        if literal is not None and not is_list:
            size = len(literal)

            def find(pos, forbid):
                if how == 0:
                    i = text.find(literal, pos)
                    if i < 0:
                        return None
                elif text.startswith(literal, pos):
                    i = pos
                else:
                    return None
                if how == 2 and i + size != n:
                    return None
                return [-1], i, i + size
            return find
        matcher, size, deep = self._matcher(is_list)
        if how:
            def attempt(pos, forbid):
                c = [-1] * size
                if how == 2:
                    c[2] = n
                if forbid == pos:
                    c[1] = pos
                end = matcher(text, pos, c)
                if end < 0:
                    return None
                return c, pos, end
        elif self._anchored:
            def attempt(pos, forbid):
                if pos != 0:
                    return None
                c = [-1] * size
                if forbid == 0:
                    c[1] = 0
                end = matcher(text, 0, c)
                if end < 0:
                    return None
                return c, 0, end
        else:
            attempt = self._scanner(text, n, is_list, matcher, size)
        if not deep:
            return attempt

        def find(pos, forbid):
            old_limit = _sys.getrecursionlimit()
            if old_limit >= _DEEP_LIMIT:
                return attempt(pos, forbid)
            _sys.setrecursionlimit(_DEEP_LIMIT)
            try:
                return attempt(pos, forbid)
            finally:
                _sys.setrecursionlimit(old_limit)
        return find

    def _scanner(self, text, n, is_list, matcher, size):
        """The search loop: try the matcher at each possible start."""
        prefix = self._prefix
        if prefix and not is_list:
            def find(i, forbid):
                c = [-1] * size
                while True:
                    i = text.find(prefix, i)
                    if i < 0:
                        return None
                    c[1] = forbid if forbid == i else -1
                    end = matcher(text, i, c)
                    if end >= 0:
                        return c, i, end
                    i += 1
            return find
        test = self._first
        if test is not None:
            test = _compiler.localize(test, is_list)
            kind = test[0]
            if kind == 'eq' and not is_list:
                ch = test[1]

                def find(i, forbid):
                    c = [-1] * size
                    while True:
                        i = text.find(ch, i)
                        if i < 0:
                            return None
                        c[1] = forbid if forbid == i else -1
                        end = matcher(text, i, c)
                        if end >= 0:
                            return c, i, end
                        i += 1
                return find
            f = _compiler.test_function(test)
            if kind == 'set':
                chars = test[1]

                def find(i, forbid):
                    c = [-1] * size
                    while i < n:
                        if text[i] in chars:
                            c[1] = forbid if forbid == i else -1
                            end = matcher(text, i, c)
                            if end >= 0:
                                return c, i, end
                        i += 1
                    return None
                return find

            def find(i, forbid):
                c = [-1] * size
                while i < n:
                    if f(text[i]):
                        c[1] = forbid if forbid == i else -1
                        end = matcher(text, i, c)
                        if end >= 0:
                            return c, i, end
                    i += 1
                return None
            return find

        def find(i, forbid):
            c = [-1] * size
            while i <= n:
                c[1] = forbid if forbid == i else -1
                end = matcher(text, i, c)
                if end >= 0:
                    return c, i, end
                i += 1
            return None
        return find

    def _make_match(self, subj, found, pos, endpos):
        c, start, end = found
        n = subj.length
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        ngroups = self.groups
        marks = [start, end]
        if ngroups:
            marks.extend(c[3:3 + 2 * ngroups])
        return _re.new_match(self, subj.string, subj.plain, marks, c[0], pos, endpos)

    def _do(self, string, pos, endpos, how):
        program = self._engine
        if (type(string) is str and program and not self._is_bytes
                and type(pos) is int and type(endpos) is int):
            return program.match(self, string, string, pos, endpos, how)
        subj = _Subject(self, string)
        n = subj.length
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < pos:
            return None
        program = self._program()
        if program is not None:
            return program.match(self, string, subj.plain, pos, endpos, how)
        found = self._searcher(subj, endpos, how)(pos, -1)
        if found is None:
            return None
        return self._make_match(subj, found, pos, endpos)

    def search(self, string, pos=0, endpos=9223372036854775807):
        """Scan string for the first place the pattern matches."""
        program = self._engine
        if (type(string) is str and program and not self._is_bytes
                and type(pos) is int and type(endpos) is int):
            return program.match(self, string, string, pos, endpos, 0)
        return self._do(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=9223372036854775807):
        """Match the pattern at the start of string (or at pos)."""
        program = self._engine
        if (type(string) is str and program and not self._is_bytes
                and type(pos) is int and type(endpos) is int):
            return program.match(self, string, string, pos, endpos, 1)
        return self._do(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=9223372036854775807):
        """Match the pattern against the whole of string."""
        program = self._engine
        if (type(string) is str and program and not self._is_bytes
                and type(pos) is int and type(endpos) is int):
            return program.match(self, string, string, pos, endpos, 2)
        return self._do(string, pos, endpos, 2)

    def _iterate(self, subj, pos=0, endpos=9223372036854775807, limit=0):
        """Yield (state, start, end) for each match (at most limit, 0 for
        all), with the empty-match rule: an empty match may not start where
        the previous match ended if that match was empty too."""
        program = self._program()
        if program is not None:
            return program.scan(subj.plain, pos, endpos, limit)
        return self._iterate_python(subj, pos, endpos)

    def _iterate_python(self, subj, pos, endpos):
        n = subj.length
        if endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        forbid = -1
        find = self._searcher(subj, endpos, 0)
        while pos <= endpos:
            found = find(pos, forbid)
            if found is None:
                return
            yield found
            start, end = found[1], found[2]
            forbid = end if start == end else -1
            pos = end

    def finditer(self, string, pos=0, endpos=9223372036854775807):
        """Return an iterator over the matches in string."""
        subj = _Subject(self, string)
        return self._finditer(subj, pos, endpos)

    def _finditer(self, subj, pos, endpos):
        program = self._program()
        if program is not None:
            return iter(program.matches(self, subj.string, subj.plain, pos, endpos, 0))
        return self._finditer_python(subj, pos, endpos)

    def _finditer_python(self, subj, pos, endpos):
        for found in self._iterate(subj, pos, endpos):
            yield self._make_match(subj, found, pos, endpos)

    def findall(self, string, pos=0, endpos=9223372036854775807):
        """Return a list of all matches: strings, or tuples of groups."""
        subj = _Subject(self, string)
        program = self._program()
        if program is not None:
            return program.findall(subj.plain, pos, endpos, self._is_bytes)
        ngroups = self.groups
        result = []
        empty = b'' if self._is_bytes else ''
        for c, start, end in self._iterate(subj, pos, endpos):
            if ngroups == 0:
                result.append(subj.slice(start, end))
            elif ngroups == 1:
                if c[4] < 0:
                    result.append(empty)
                else:
                    result.append(subj.slice(c[3], c[4]))
            else:
                items = []
                for g in range(1, ngroups + 1):
                    b = c[2 + 2 * g]
                    items.append(empty if b < 0 else subj.slice(c[1 + 2 * g], b))
                result.append(tuple(items))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of the pattern."""
        subj = _Subject(self, string)
        program = self._program()
        if program is not None:
            return program.split(subj.plain, maxsplit, self._is_bytes)
        ngroups = self.groups
        result = []
        last = 0
        count = 0
        if maxsplit < 0:
            return [subj.slice(0, subj.length)]
        for c, start, end in self._iterate(subj, limit=maxsplit):
            if maxsplit and count >= maxsplit:
                break
            result.append(subj.slice(last, start))
            for g in range(1, ngroups + 1):
                b = c[2 + 2 * g]
                result.append(None if b < 0 else subj.slice(c[1 + 2 * g], b))
            last = end
            count += 1
        result.append(subj.slice(last, subj.length))
        return result

    def sub(self, repl, string, count=0):
        """Replace the matches in string by repl (a template or a function)."""
        return self._subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub(), but return (new string, number of replacements)."""
        return self._subn(repl, string, count)

    def _subn(self, repl, string, count):
        subj = _Subject(self, string)
        if callable(repl):
            func = repl
            literal = None
        else:
            literal = _literal_template(self, repl)
            func = None
        template = None
        if func is None and literal is None:
            template = _compile_template(self, repl)
        if count < 0:
            # A negative count replaces nothing.
            return string, 0
        program = self._program()
        if literal is not None and program is not None:
            pieces, n = program.sub(subj.plain, literal, count, self._is_bytes)
        else:
            pieces, n = self._pieces(subj, func, literal, template, count)
        if self._is_bytes:
            joined = b''.join(pieces)
        else:
            joined = ''.join(pieces)
        if not n and type(string) is str:
            joined = string
        return joined, n

    def _pieces(self, subj, func, literal, template, count):
        """The pieces of sub()'s result, and the number of replacements."""
        pieces = []
        last = 0
        n = 0
        for found in self._iterate(subj, limit=count):
            if count and n >= count:
                break
            c, start, end = found
            if start > last:
                pieces.append(subj.slice(last, start))
            if func is not None:
                piece = func(self._make_match(subj, found, 0, subj.length))
                if piece is not None:
                    pieces.append(piece)
            elif literal is not None:
                if literal:
                    pieces.append(literal)
            else:
                pieces.append(_expand(template, subj, c, start, end, self._is_bytes))
            last = end
            n += 1
        if last < subj.length:
            pieces.append(subj.slice(last, subj.length))
        return pieces, n


# --- matches ---------------------------------------------------------------


Match = _re.Match


def _match_expand(match, template):
    """Match.expand: template with its group references replaced."""
    pattern = match.re
    pieces = []
    for item in _compile_template(pattern, template):
        if type(item) is int:
            group = match.group(item)
            if group is not None:
                pieces.append(group)
        else:
            pieces.append(item)
    if pattern._is_bytes:
        return b''.join(pieces)
    return ''.join(pieces)


# --- templates -------------------------------------------------------------


def _literal_template(pattern, repl):
    """Return repl itself if it has no backslash, else None."""
    if pattern._is_bytes:
        if isinstance(repl, (bytes, bytearray)):
            if b'\\' not in repl:
                return bytes(repl)
            return None
        if isinstance(repl, str) and '\\' not in repl:
            return repl
    else:
        if isinstance(repl, str):
            if '\\' not in repl:
                return repl
            return None
    if isinstance(repl, str) or isinstance(repl, (bytes, bytearray)):
        return None
    raise TypeError('decoding to str: need a bytes-like object, %s found' % _type_name(repl))


_template_cache = {}


def _compile_template(pattern, repl):
    """Parse a replacement template into a list of str pieces and group numbers."""
    key = (pattern, type(repl), repl)
    parsed = _template_cache.get(key)
    if parsed is None:
        parsed = _parse_template(pattern, repl)
        if len(_template_cache) >= 256:
            _template_cache.clear()
        _template_cache[key] = parsed
    return parsed


def _parse_template(pattern, repl):
    is_bytes = isinstance(repl, (bytes, bytearray))
    if is_bytes:
        text = bytes(repl).decode('latin-1')
    elif isinstance(repl, str):
        text = repl
    else:
        raise TypeError('expected str instance, %s found' % _type_name(repl))

    def err(msg, pos):
        return error(msg, repl, pos)

    items = []
    literal = []
    n = len(text)
    i = 0
    ngroups = pattern.groups
    while i < n:
        ch = text[i]
        if ch != '\\':
            literal.append(ch)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        ch = text[i]
        i += 1
        gid = None
        if ch == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            i += 1
            close = text.find('>', i)
            if close < 0:
                if i >= n:
                    raise err('missing group name', i)
                raise err('missing >, unterminated name', i)
            name = text[i:close]
            if not name:
                raise err('missing group name', i)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid > ngroups:
                    raise err('invalid group reference %d' % gid, i)
            elif name.isidentifier():
                gid = pattern._groupindex.get(name)
                if gid is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                raise err('bad character in group name %r' % name, i)
            i = close + 1
        elif ch == '0':
            digits = '0'
            while len(digits) < 3 and i < n and text[i] in '01234567':
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8)))
            continue
        elif ch in '123456789':
            if i < n and text[i] in '0123456789':
                if (ch in '01234567' and text[i] in '01234567' and i + 1 < n
                        and text[i + 1] in '01234567'):
                    digits = ch + text[i:i + 2]
                    i += 2
                    value = int(digits, 8)
                    if value > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377'
                                  % digits, start)
                    literal.append(chr(value))
                    continue
                gid = int(ch + text[i])
                i += 1
            else:
                gid = int(ch)
            if gid > ngroups:
                raise err('invalid group reference %d' % gid, start + 1)
        elif ch in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[ch])
            continue
        elif ch.isascii() and ch.isalpha():
            raise err('bad escape \\%s' % ch, start)
        else:
            literal.append('\\' + ch)
            continue
        if literal:
            items.append(''.join(literal))
            literal = []
        items.append(gid)
    if literal:
        items.append(''.join(literal))
    if pattern._is_bytes:
        items = [item.encode('latin-1') if isinstance(item, str) else item for item in items]
    return items


_TEMPLATE_ESCAPES = {
    'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
    'v': '\v', '\\': '\\',
}


def _expand(items, subj, c, start, end, is_bytes):
    """Build the replacement for one match from a parsed template."""
    pieces = []
    for item in items:
        if type(item) is int:
            if item == 0:
                pieces.append(subj.slice(start, end))
            else:
                b = c[2 + 2 * item]
                if b >= 0:
                    pieces.append(subj.slice(c[1 + 2 * item], b))
        else:
            pieces.append(item)
    if is_bytes:
        return b''.join(pieces)
    return ''.join(pieces)


# --- the module-level API --------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, str):
        if flags & _parser.LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & _parser.ASCII and flags & _parser.UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    elif isinstance(pattern, (bytes, bytearray, memoryview)):
        if flags & _parser.UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & _parser.LOCALE and flags & _parser.ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        raise TypeError('first argument must be string or compiled pattern')
    tree, final_flags, ngroups, groupindex = _parser.parse(pattern, flags)
    if isinstance(pattern, str) and not final_flags & _parser.ASCII:
        final_flags |= _parser.UNICODE
    compiled = Pattern(pattern, final_flags, tree, ngroups, groupindex)
    if not flags & _parser.DEBUG and isinstance(pattern, (str, bytes)):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest entry, as CPython does.
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string with the matches of the pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but also return the number of replacements made."""
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _template_cache.clear()


_SPECIAL_CHARS = {ord(ch): '\\' + ch for ch in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape the special characters of a str or bytes pattern."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARS)
    text = str(pattern, 'latin1')
    return text.translate(_SPECIAL_CHARS).encode('latin1')


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    return _compile(pattern, flags | _parser.TEMPLATE)
