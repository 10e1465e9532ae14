"""Common string operations: the character-class constants, capwords(),
the Template class for $-substitutions and the Formatter class that exposes
the machinery of str.format().

No regular expression module is available, so Template compiles its
patterns with a small backtracking matcher defined here.  It understands
the constructs that identifier patterns use in practice: literals, escapes
(\\w \\d \\s and their negations), character classes, ".", groups (plain,
(?:...), (?P<name>...) and inline flags such as (?a:...) or (?-i:...)),
alternation and the quantifiers *, +, ?, {m,n} (greedy or lazy).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Character classes.
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize every word of s.

    The words are found with s.split(sep), capitalized with
    str.capitalize() and joined again with sep, or with single spaces when
    sep is None (which also drops leading and trailing whitespace).
    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ---------------------------------------------------------------------------
# A small regular expression matcher for Template patterns.

# The values of the corresponding re flags.
_IGNORECASE = 2
_VERBOSE = 64
_ASCII = 256



def _escape(text):
    """Escape text so that the pattern compiler reads it literally."""
    return ''.join('\\' + ch if not ch.isalnum() and ch != '_' else ch
                   for ch in text)


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch < '\x80' and (ch.isalnum() or ch == '_')
    return ch.isalnum() or ch == '_'


def _class_escape(letter, ascii_only):
    """Return a predicate for the escape sequences \\w \\d \\s and their
    negations, or None for any other letter."""
    if letter == 'w':
        return lambda ch: _is_word(ch, ascii_only)
    if letter == 'W':
        return lambda ch: not _is_word(ch, ascii_only)
    if letter == 'd':
        if ascii_only:
            return lambda ch: '0' <= ch <= '9'
        return str.isdecimal
    if letter == 'D':
        if ascii_only:
            return lambda ch: not '0' <= ch <= '9'
        return lambda ch: not ch.isdecimal()
    if letter == 's':
        if ascii_only:
            return lambda ch: ch in ' \t\n\r\x0b\x0c'
        return str.isspace
    if letter == 'S':
        if ascii_only:
            return lambda ch: ch not in ' \t\n\r\x0b\x0c'
        return lambda ch: not ch.isspace()
    return None


_ESCAPED_CHARS = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\x0c', 'v': '\x0b',
                  'a': '\x07', '0': '\x00'}


class _PatternParser:
    """Recursive-descent parser turning a pattern string into a tree of
    tuples: ('char', predicate), ('seq', items), ('alt', branches),
    ('group', name, node), ('rep', node, min, max, greedy) and ('end',)."""

    def __init__(self, text, flags):
        self.text = text
        self.pos = 0
        self.verbose = bool(flags & _VERBOSE)

    def error(self, message):
        raise ValueError("%s in pattern %r at position %d"
                         % (message, self.text, self.pos))

    def skip_verbose(self):
        text = self.text
        while self.verbose and self.pos < len(text):
            ch = text[self.pos]
            if ch in ' \t\n\r\x0b\x0c':
                self.pos += 1
            elif ch == '#':
                end = text.find('\n', self.pos)
                self.pos = len(text) if end < 0 else end + 1
            else:
                break

    def peek(self):
        self.skip_verbose()
        if self.pos < len(self.text):
            return self.text[self.pos]
        return ''

    def parse_alternation(self, flags):
        branches = [self.parse_sequence(flags)]
        while self.peek() == '|':
            self.pos += 1
            branches.append(self.parse_sequence(flags))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_sequence(self, flags):
        items = []
        while True:
            ch = self.peek()
            if ch == '' or ch == '|' or ch == ')':
                break
            atom = self.parse_atom(flags)
            items.append(self.parse_quantifier(atom))
        return ('seq', items)

    def parse_quantifier(self, atom):
        ch = self.peek()
        if ch == '*':
            low, high = 0, None
        elif ch == '+':
            low, high = 1, None
        elif ch == '?':
            low, high = 0, 1
        elif ch == '{':
            bounds = self.parse_braces()
            if bounds is None:
                return atom
            low, high = bounds
            self.pos -= 1
        else:
            return atom
        self.pos += 1
        greedy = True
        if self.peek() == '?':
            self.pos += 1
            greedy = False
        return ('rep', atom, low, high, greedy)

    def parse_braces(self):
        """Read {m}, {m,} or {m,n}; return None (consuming nothing) when the
        brace is a literal."""
        text = self.text
        end = text.find('}', self.pos)
        if end < 0:
            return None
        body = text[self.pos + 1:end]
        first, comma, second = body.partition(',')
        if not (first.isdigit() or (comma and first == '')) or \
                (second and not second.isdigit()):
            return None
        if not first and not second and comma:
            return None
        low = int(first) if first else 0
        if comma:
            high = int(second) if second else None
        else:
            high = low
        self.pos = end + 1
        return low, high

    def parse_atom(self, flags):
        text = self.text
        ch = text[self.pos]
        self.pos += 1
        ignore_case = flags & _IGNORECASE
        ascii_only = flags & _ASCII
        if ch == '(':
            return self.parse_group(flags)
        if ch == '[':
            return self.parse_class(flags)
        if ch == '.':
            return ('char', lambda c: c != '\n')
        if ch == '$':
            return ('end',)
        if ch in '*+?':
            self.error("nothing to repeat")
        if ch == '\\':
            if self.pos >= len(text):
                self.error("bad escape (end of pattern)")
            letter = text[self.pos]
            self.pos += 1
            if letter == 'Z':
                return ('end',)
            predicate = _class_escape(letter, ascii_only)
            if predicate is not None:
                return ('char', predicate)
            ch = _ESCAPED_CHARS.get(letter, letter)
        if ignore_case and ch.lower() != ch.upper():
            low = ch.lower()
            return ('char', lambda c: c.lower() == low)
        return ('char', lambda c: c == ch)

    def parse_group(self, flags):
        text = self.text
        name = None
        if text.startswith('?P<', self.pos):
            end = text.find('>', self.pos)
            if end < 0:
                self.error("missing >, unterminated name")
            name = text[self.pos + 3:end]
            self.pos = end + 1
        elif text.startswith('?:', self.pos):
            self.pos += 2
        elif text.startswith('?', self.pos):
            # Inline flags, as in (?a:...), (?i:...) or (?-i:...).
            end = text.find(':', self.pos)
            if end < 0:
                self.error("unknown extension")
            adding = True
            for letter in text[self.pos + 1:end]:
                if letter == '-':
                    adding = False
                    continue
                bit = {'i': _IGNORECASE, 'a': _ASCII, 'x': _VERBOSE,
                       'u': 0, 's': 0, 'm': 0}.get(letter)
                if bit is None:
                    self.error("unknown flag")
                flags = flags | bit if adding else flags & ~bit
            self.pos = end + 1
        node = self.parse_alternation(flags)
        if self.peek() != ')':
            self.error("missing ), unterminated subpattern")
        self.pos += 1
        return ('group', name, node)

    def parse_class(self, flags):
        text = self.text
        ascii_only = flags & _ASCII
        negate = False
        if self.pos < len(text) and text[self.pos] == '^':
            negate = True
            self.pos += 1
        singles = []
        ranges = []
        tests = []
        first = True
        while True:
            if self.pos >= len(text):
                self.error("unterminated character set")
            ch = text[self.pos]
            self.pos += 1
            if ch == ']' and not first:
                break
            first = False
            if ch == '\\':
                letter = text[self.pos]
                self.pos += 1
                predicate = _class_escape(letter, ascii_only)
                if predicate is not None:
                    tests.append(predicate)
                    continue
                ch = _ESCAPED_CHARS.get(letter, letter)
            if (self.pos + 1 < len(text) and text[self.pos] == '-'
                    and text[self.pos + 1] != ']'):
                high = text[self.pos + 1]
                self.pos += 2
                if high == '\\':
                    high = text[self.pos]
                    high = _ESCAPED_CHARS.get(high, high)
                    self.pos += 1
                ranges.append((ch, high))
            else:
                singles.append(ch)
        singles = frozenset(singles)

        def member(c):
            if c in singles:
                return True
            for low, high in ranges:
                if low <= c <= high:
                    return True
            for test in tests:
                if test(c):
                    return True
            return False

        if flags & _IGNORECASE:
            def folded(c):
                return member(c) or member(c.lower()) or member(c.upper())
            predicate = folded
        else:
            predicate = member
        if negate:
            return ('char', lambda c: not predicate(c))
        return ('char', predicate)


def _matches(node, s, i, groups):
    """Yield (end, groups) for every way node matches s at index i, in the
    order of preference of a backtracking regular expression engine."""
    kind = node[0]
    if kind == 'char':
        if i < len(s) and node[1](s[i]):
            yield i + 1, groups
    elif kind == 'seq':
        yield from _match_sequence(node[1], 0, s, i, groups)
    elif kind == 'group':
        name = node[1]
        for end, found in _matches(node[2], s, i, groups):
            if name is not None:
                found = dict(found)
                found[name] = (i, end)
            yield end, found
    elif kind == 'rep':
        yield from _match_repeat(node, 0, s, i, groups)
    elif kind == 'alt':
        for branch in node[1]:
            yield from _matches(branch, s, i, groups)
    elif kind == 'end':
        if i == len(s):
            yield i, groups


def _match_sequence(items, k, s, i, groups):
    if k == len(items):
        yield i, groups
        return
    for end, found in _matches(items[k], s, i, groups):
        yield from _match_sequence(items, k + 1, s, end, found)


def _match_repeat(node, count, s, i, groups):
    sub, low, high, greedy = node[1], node[2], node[3], node[4]
    if count >= low and not greedy:
        yield i, groups
    if high is None or count < high:
        for end, found in _matches(sub, s, i, groups):
            if end == i and count >= low:
                # An empty iteration cannot make progress.
                continue
            yield from _match_repeat(node, count + 1, s, end, found)
    if count >= low and greedy:
        yield i, groups


class _Match:
    """The result of a successful match: whole span plus named groups."""

    def __init__(self, string, start, end, groups):
        self.string = string
        self._start = start
        self._end = end
        self._groups = groups

    def group(self, name=0):
        if name == 0:
            return self.string[self._start:self._end]
        span = self._groups.get(name)
        if span is None:
            return None
        return self.string[span[0]:span[1]]

    __getitem__ = group

    def start(self, name=0):
        if name == 0:
            return self._start
        span = self._groups.get(name)
        return -1 if span is None else span[0]

    def end(self, name=0):
        if name == 0:
            return self._end
        span = self._groups.get(name)
        return -1 if span is None else span[1]


class _Pattern:
    """A compiled pattern: .pattern, .flags and finditer()."""

    def __init__(self, pattern, flags, prefix=''):
        self.pattern = pattern
        self.flags = flags
        parser = _PatternParser(pattern, flags)
        self._tree = parser.parse_alternation(flags)
        if parser.peek() != '':
            parser.error("unbalanced parenthesis")
        # Every match starts with this literal text, when it is known; the
        # search then jumps straight to its occurrences.
        self._prefix = prefix

    def __repr__(self):
        return 'string._Pattern(%r)' % (self.pattern,)

    def match(self, string, pos=0):
        for end, groups in _matches(self._tree, string, pos, {}):
            return _Match(string, pos, end, groups)
        return None

    def finditer(self, string):
        pos = 0
        size = len(string)
        prefix = self._prefix
        while pos <= size:
            if prefix:
                start = string.find(prefix, pos)
                if start < 0:
                    return
            else:
                start = pos
            found = self.match(string, start)
            if found is None:
                pos = start + 1
                continue
            yield found
            end = found.end()
            pos = end if end > start else end + 1


class _ChainLookup:
    """Look keys up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.maps = (first, second)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)


_sentinel_dict = {}


class Template:
    """A template string whose $name and ${name} placeholders are
    replaced by substitute() or safe_substitute(); $$ stands for $.

    Subclasses may change delimiter, idpattern, braceidpattern, flags or
    the whole pattern."""

    delimiter = '$'
    # Identifiers are ASCII-only; the default flags make them match
    # case-insensitively, so upper-case letters are accepted too.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
            prefix = ''
            if isinstance(pattern, _Pattern):
                return
        else:
            delim = _escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (
                delim + '(?:'
                '(?P<escaped>' + delim + ')|'
                '(?P<named>' + ident + ')|'
                '\\{(?P<braced>' + braced + ')\\}|'
                '(?P<invalid>)'
                ')')
            prefix = cls.delimiter
            if cls.flags & _IGNORECASE and prefix.lower() != prefix.upper():
                prefix = ''
        cls.pattern = _Pattern(pattern, cls.flags | _VERBOSE, prefix)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        template = self.template
        pieces = []
        last = 0
        for mo in self.pattern.finditer(template):
            pieces.append(template[last:mo.start()])
            last = mo.end()
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if safe:
                    try:
                        pieces.append(str(mapping[named]))
                    except KeyError:
                        pieces.append(mo.group())
                else:
                    pieces.append(str(mapping[named]))
            elif mo.group('escaped') is not None:
                pieces.append(self.delimiter)
            elif mo.group('invalid') is not None:
                if safe:
                    pieces.append(mo.group())
                else:
                    self._invalid(mo)
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        pieces.append(template[last:])
        return ''.join(pieces)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if named not in ids:
                    ids.append(named)
            elif (mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


# The base class gets its compiled pattern like every subclass does.
Template.__init_subclass__()


# ---------------------------------------------------------------------------
# Formatter: the str.format() machinery, open to customization.

def _parse_format(text):
    """Yield (literal_text, field_name, format_spec, conversion) tuples for
    a format string, raising the ValueErrors of str.format()."""
    size = len(text)
    pos = 0
    while pos < size:
        # Literal text runs up to the next brace; doubled braces stand for
        # a single brace and end the literal piece.
        start = pos
        ch = ''
        while pos < size:
            ch = text[pos]
            pos += 1
            if ch == '{' or ch == '}':
                break
        else:
            yield text[start:pos], None, None, None
            return
        at_end = pos >= size
        if ch == '}' and (at_end or text[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end:
            raise ValueError("Single '{' encountered in format string")
        if text[pos] == ch:
            pos += 1
            yield text[start:pos - 1], None, None, None
            continue
        literal = text[start:pos - 1]
        field_name, format_spec, conversion, pos = _parse_field(text, pos)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, pos):
    """Parse a replacement field starting just after its '{'; return the
    field name, format spec, conversion and the index after the '}'."""
    size = len(text)
    start = pos
    ch = ''
    while pos < size:
        ch = text[pos]
        pos += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            close = text.find(']', pos)
            pos = size if close < 0 else close
            continue
        if ch == '}' or ch == ':' or ch == '!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    field_name = text[start:pos - 1]
    if ch == '}':
        return field_name, '', None, pos
    conversion = None
    if ch == '!':
        if pos >= size:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = text[pos]
        pos += 1
        if pos < size:
            ch = text[pos]
            pos += 1
            if ch == '}':
                return field_name, '', conversion, pos
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < size:
        ch = text[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _as_index(text):
    """Field name parts made only of decimal digits are integer indexes."""
    if text and text.isdecimal():
        return int(text)
    return text


def _split_field_name(field_name):
    """Split 'a.b[c]' into the first part and an iterator over
    (is_attribute, key) pairs for the rest."""
    size = len(field_name)
    pos = 0
    while pos < size and field_name[pos] not in '.[':
        pos += 1
    return _as_index(field_name[:pos]), _field_rest(field_name, pos)


def _field_rest(text, pos):
    size = len(text)
    while pos < size:
        ch = text[pos]
        pos += 1
        if ch == '.':
            start = pos
            while pos < size and text[pos] not in '.[':
                pos += 1
            name = text[start:pos]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield True, name
        elif ch == '[':
            close = text.find(']', pos)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = text[pos:close]
            pos = close + 1
            if not key:
                raise ValueError("Empty attribute in format string")
            if pos < size and text[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
            yield False, _as_index(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")


class Formatter:
    """The engine of str.format(), with overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ("{}") and manual numbering ("{0}") must
            # not be mixed; False records that manual numbering was used.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples describing format_string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Return the object a field name refers to, and the key of the
        argument it was taken from."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
