"""Regular expression parser: turns pattern text into a tree of tuples.

The tree is what re._compiler turns into matching functions.  Every node is a
tuple whose first item names its kind; flags that change how a node matches
(ignore case, multi-line, dot-all, ASCII) are resolved here and stored in the
node itself, so scoped flags such as ``(?i:...)`` need no run-time state.

Node kinds:
    ('LIT', ch, icase, ascii)       one character
    ('ANY', dotall)                 the dot
    ('IN', negated, items, icase, ascii)
                                    a character class; items are ('c', ch),
                                    ('r', lo, hi) or ('k', 'd'|'D'|'w'|...)
    ('AT', kind, flag)              an anchor: 'bol', 'eol', 'A', 'Z', 'b', 'B'
    ('SEQ', [nodes])                a sequence
    ('ALT', [nodes])                an alternation
    ('GRP', gid, node)              a capturing group
    ('REP', min, max, mode, node)   a repeat; max None is unbounded, mode is
                                    'g' (greedy), 'l' (lazy) or 'p' (possessive)
    ('REF', gid, icase)             a backreference
    ('LOOK', behind, negated, node, width)
                                    a lookaround assertion (width is the
                                    fixed width of a look-behind)
    ('ATOM', node)                  an atomic group
    ('COND', gid, yes, no)          a conditional on a group having matched
"""

TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_FLAG_LETTERS = {
    'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
    'x': VERBOSE, 'a': ASCII, 't': TEMPLATE, 'u': UNICODE,
}
_TYPE_FLAGS = ASCII | LOCALE | UNICODE

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_REPEAT_CHARS = '*+?{'

_SIMPLE_ESCAPES = {
    'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
    'v': '\v', '\\': '\\',
}
_CATEGORIES = 'dDsSwW'
_ANCHOR_ESCAPES = {'A': 'A', 'Z': 'Z', 'b': 'b', 'B': 'B'}


class error(Exception):
    """Exception raised for an invalid regular expression or template.

    Attributes: msg (the unformatted message), pattern, pos (an index into
    the pattern or None), lineno and colno (1-based, or None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'


def _is_identifier(name):
    """Return True if name can be a group name."""
    return name.isidentifier()


class _Parser:
    """State of one parse: the pattern text, the position and the groups."""

    def __init__(self, pattern, text, flags, is_bytes):
        self.pattern = pattern      # the original str or bytes
        self.text = text            # the pattern as a str
        self.n = len(text)
        self.pos = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.groupindex = {}
        self.open_groups = []
        self.group_widths = {}
        # Groups defined inside the look-behind being parsed, if any.
        self.lookbehind_groups = None
        self.grouprefpos = {}

    def err(self, msg, pos):
        return error(msg, self.pattern, pos)

    # --- the entry point -------------------------------------------------

    def parse(self):
        node = self.parse_alt(self.flags, True)
        if self.pos < self.n:
            # Only a closing parenthesis can stop the top-level parse early.
            raise self.err('unbalanced parenthesis', self.pos)
        for gid, pos in self.grouprefpos.items():
            if gid >= self.ngroups + 1:
                raise self.err('invalid group reference %d' % gid, pos)
        return node

    # --- alternation and sequences ---------------------------------------

    def parse_alt(self, flags, top=False):
        """Parse branches separated by '|' up to a ')' or the end."""
        branches = [self.parse_seq(flags, top)]
        if top:
            # Global flags met at the start apply to the later branches too.
            flags = self.flags
        text = self.text
        while self.pos < self.n and text[self.pos] == '|':
            self.pos += 1
            branches.append(self.parse_seq(flags, False))
        if len(branches) == 1:
            return branches[0]
        return ('ALT', branches)

    def parse_seq(self, flags, top):
        """Parse one branch: items and their quantifiers."""
        items = []
        text = self.text
        n = self.n
        last_was_repeat = False
        last_was_group = False
        while self.pos < n:
            c = text[self.pos]
            if c == '|' or c == ')':
                break
            here = self.pos
            if flags & VERBOSE:
                if c in _WHITESPACE:
                    self.pos += 1
                    continue
                if c == '#':
                    j = text.find('\n', self.pos)
                    self.pos = n if j < 0 else j + 1
                    continue
            if c in _REPEAT_CHARS:
                rep = self.parse_quantifier(c)
                if rep is None:
                    # A '{' that does not start a valid quantifier is literal.
                    self.pos += 1
                    items.append(('LIT', '{', bool(flags & IGNORECASE), False))
                    continue
                mn, mx, endpos = rep
                if not items or (items[-1][0] == 'AT' and not last_was_group):
                    raise self.err('nothing to repeat', here)
                if last_was_repeat:
                    raise self.err('multiple repeat', here)
                last = items[-1]
                self.pos = endpos
                mode = 'g'
                if self.pos < n:
                    d = text[self.pos]
                    if d == '?':
                        mode = 'l'
                        self.pos += 1
                    elif d == '+':
                        mode = 'p'
                        self.pos += 1
                node = ('REP', mn, mx, mode, last)
                items[-1] = node
                last_was_repeat = True
                last_was_group = False
                continue
            last_was_repeat = False
            last_was_group = c == '('
            self.pos += 1
            if c == '.':
                items.append(('ANY', bool(flags & DOTALL)))
            elif c == '^':
                items.append(('AT', 'bol', bool(flags & MULTILINE)))
            elif c == '$':
                items.append(('AT', 'eol', bool(flags & MULTILINE)))
            elif c == '[':
                items.append(self.parse_class(flags, here))
            elif c == '\\':
                items.append(self.parse_escape(flags, here))
            elif c == '(':
                node, flags = self.parse_group(flags, here, top and not items)
                if node is not None:
                    items.append(node)
            else:
                items.append(('LIT', c, bool(flags & IGNORECASE),
                              bool(flags & (ASCII | LOCALE)) or self.is_bytes))
        if len(items) == 1:
            return items[0]
        return ('SEQ', items)

    # --- quantifiers -----------------------------------------------------

    def parse_quantifier(self, c):
        """Return (min, max, end position) or None for a literal '{'."""
        pos = self.pos
        if c == '*':
            return 0, None, pos + 1
        if c == '+':
            return 1, None, pos + 1
        if c == '?':
            return 0, 1, pos + 1
        text = self.text
        j = pos + 1
        n = self.n
        lo_start = j
        while j < n and text[j] in _DIGITS:
            j += 1
        lo = text[lo_start:j]
        hi = lo
        if j < n and text[j] == ',':
            j += 1
            hi_start = j
            while j < n and text[j] in _DIGITS:
                j += 1
            hi = text[hi_start:j]
            comma = True
        else:
            comma = False
        if j >= n or text[j] != '}':
            return None
        if not comma and not lo:
            return None
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else None
        if mn >= MAXREPEAT or (mx is not None and mx >= MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if mx is not None and mx < mn:
            raise self.err('min repeat greater than max repeat', pos + 1)
        return mn, mx, j + 1

    # --- escapes ---------------------------------------------------------

    def read_hex(self, start, count, letter):
        """Read exactly count hex digits after a \\x, \\u or \\U escape."""
        text = self.text
        j = self.pos
        digits = text[j:j + count]
        k = 0
        while k < len(digits) and digits[k] in _HEXDIGITS:
            k += 1
        if k < count:
            raise self.err('incomplete escape \\%s%s' % (letter, digits[:k]), start)
        self.pos = j + count
        return int(digits, 16)

    def parse_common_escape(self, c, start):
        """Escapes shared by classes and the main pattern: return a char or None."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            return chr(self.read_hex(start, 2, 'x'))
        if c == 'u' and not self.is_bytes:
            return chr(self.read_hex(start, 4, 'u'))
        if c == 'U' and not self.is_bytes:
            value = self.read_hex(start, 8, 'U')
            if value > 0x10FFFF:
                raise self.err('bad escape \\U%08x' % value, start)
            return chr(value)
        if c == 'N' and not self.is_bytes:
            return self.read_named(start)
        return None

    def read_named(self, start):
        text = self.text
        if self.pos >= self.n or text[self.pos] != '{':
            raise self.err('missing {', self.pos)
        end = text.find('}', self.pos + 1)
        if end < 0:
            if self.pos + 1 >= self.n:
                raise self.err('missing character name', self.pos + 1)
            raise self.err('missing }, unterminated name', self.pos + 1)
        name = text[self.pos + 1:end]
        if not name:
            raise self.err('missing character name', self.pos + 1)
        self.pos = end + 1
        ch = None
        if '"' not in name and '\\' not in name and '\n' not in name:
            try:
                ch = eval('"\\N{%s}"' % name)
            except Exception:
                ch = None
        if ch is None:
            raise self.err('undefined character name %r' % name, start)
        return ch

    def read_octal(self, first, start):
        """Read up to two more octal digits after the first one."""
        text = self.text
        digits = first
        while len(digits) < 3 and self.pos < self.n and text[self.pos] in _OCTDIGITS:
            digits += text[self.pos]
            self.pos += 1
        value = int(digits, 8)
        if value > 0o377:
            raise self.err('octal escape value \\%s outside of range 0-0o377' % digits, start)
        return value

    def parse_escape(self, flags, start):
        """Parse an escape outside a class; self.pos is after the backslash."""
        text = self.text
        if self.pos >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = text[self.pos]
        self.pos += 1
        icase = bool(flags & IGNORECASE)
        ascii = bool(flags & (ASCII | LOCALE)) or self.is_bytes
        if c in _CATEGORIES:
            return ('IN', False, [('k', c)], icase, ascii)
        if c in _ANCHOR_ESCAPES:
            return ('AT', c, ascii)
        if c in _DIGITS:
            if c == '0':
                return ('LIT', chr(self.read_octal('0', start)), icase, ascii)
            n = self.n
            if self.pos < n and text[self.pos] in _DIGITS:
                if (c in _OCTDIGITS and text[self.pos] in _OCTDIGITS
                        and self.pos + 1 < n and text[self.pos + 1] in _OCTDIGITS):
                    digits = c + text[self.pos:self.pos + 2]
                    self.pos += 2
                    value = int(digits, 8)
                    if value > 0o377:
                        raise self.err('octal escape value \\%s outside of range 0-0o377'
                                       % digits, start)
                    return ('LIT', chr(value), icase, ascii)
                gid = int(c + text[self.pos])
                self.pos += 1
            else:
                gid = int(c)
            return self.group_ref(gid, start + 1, start, icase)
        ch = self.parse_common_escape(c, start)
        if ch is not None:
            return ('LIT', ch, icase, ascii)
        if c in _ASCII_LETTERS:
            raise self.err('bad escape \\%s' % c, start)
        return ('LIT', c, icase, ascii)

    def group_ref(self, gid, pos, openpos, icase):
        """Make a backreference node after checking the group exists."""
        if gid > self.ngroups:
            raise self.err('invalid group reference %d' % gid, pos)
        if gid in self.open_groups:
            raise self.err('cannot refer to an open group', openpos)
        self.check_lookbehind_ref(gid, openpos)
        return ('REF', gid, icase)

    def check_lookbehind_ref(self, gid, pos):
        if self.lookbehind_groups is not None and gid in self.lookbehind_groups:
            raise self.err('cannot refer to group defined in the same lookbehind subpattern',
                           pos)

    # --- character classes -----------------------------------------------

    def parse_class(self, flags, start):
        """Parse [...]; self.pos is after the '['."""
        text = self.text
        n = self.n
        negated = False
        if self.pos < n and text[self.pos] == '^':
            negated = True
            self.pos += 1
        items = []
        first = True
        while True:
            if self.pos >= n:
                raise self.err('unterminated character set', start)
            c = text[self.pos]
            if c == ']' and not first:
                self.pos += 1
                break
            first = False
            item_start = self.pos
            lo = self.class_item()
            if (self.pos + 1 < n and text[self.pos] == '-'
                    and text[self.pos + 1] != ']'):
                dash = self.pos
                self.pos += 1
                hi = self.class_item()
                if lo[0] == 'k' or hi[0] == 'k' or hi[1] < lo[1]:
                    raise self.err('bad character range %s-%s'
                                   % (text[item_start:dash], text[dash + 1:self.pos]),
                                   item_start)
                items.append(('r', lo[1], hi[1]))
            else:
                items.append(lo)
        ascii = bool(flags & (ASCII | LOCALE)) or self.is_bytes
        return ('IN', negated, items, bool(flags & IGNORECASE), ascii)

    def class_item(self):
        """Parse one class member: ('c', ch) or ('k', category)."""
        text = self.text
        start = self.pos
        c = text[self.pos]
        self.pos += 1
        if c != '\\':
            return ('c', c)
        if self.pos >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = text[self.pos]
        self.pos += 1
        if c in _CATEGORIES:
            return ('k', c)
        if c in _OCTDIGITS:
            ch = chr(self.read_octal(c, start))
        else:
            ch = self.parse_common_escape(c, start)
            if ch is None:
                if c in _ASCII_LETTERS or c in _DIGITS:
                    raise self.err('bad escape \\%s' % c, start)
                ch = c
        return ('c', ch)

    # --- groups ----------------------------------------------------------

    def read_name(self, terminator, missing_msg):
        """Read a group name up to terminator; self.pos is at its start."""
        text = self.text
        start = self.pos
        end = text.find(terminator, start)
        if end < 0:
            if start >= self.n:
                raise self.err('missing group name', start)
            raise self.err(missing_msg, start)
        name = text[start:end]
        if not name:
            raise self.err('missing group name', start)
        self.pos = end + 1
        return name, start

    def parse_group(self, flags, start, at_start):
        """Parse a group; self.pos is after '('.  Return (node, flags)."""
        text = self.text
        n = self.n
        if self.pos < n and text[self.pos] == '?':
            self.pos += 1
            if self.pos >= n:
                raise self.err('unexpected end of pattern', self.pos)
            c = text[self.pos]
            self.pos += 1
            if c == ':':
                return self.group_body(flags, start, None), flags
            if c == 'P':
                if self.pos >= n:
                    raise self.err('unexpected end of pattern', self.pos)
                d = text[self.pos]
                self.pos += 1
                if d == '<':
                    name, npos = self.read_name('>', 'missing >, unterminated name')
                    if not _is_identifier(name):
                        raise self.err('bad character in group name %r' % name, npos)
                    return self.group_body(flags, start, name, npos), flags
                if d == '=':
                    name, npos = self.read_name(')', 'missing ), unterminated name')
                    if not _is_identifier(name):
                        raise self.err('bad character in group name %r' % name, npos)
                    gid = self.groupindex.get(name)
                    if gid is None:
                        raise self.err('unknown group name %r' % name, npos)
                    if gid in self.open_groups:
                        raise self.err('cannot refer to an open group', npos)
                    self.check_lookbehind_ref(gid, npos)
                    return ('REF', gid, bool(flags & IGNORECASE)), flags
                raise self.err('unknown extension ?P' + d, start + 1)
            if c == '#':
                end = text.find(')', self.pos)
                if end < 0:
                    raise self.err('missing ), unterminated comment', start)
                self.pos = end + 1
                return None, flags
            if c == '=' or c == '!':
                body = self.group_body(flags, start, False)
                return ('LOOK', False, c == '!', body, 0), flags
            if c == '<':
                if self.pos >= n:
                    raise self.err('unexpected end of pattern', self.pos)
                d = text[self.pos]
                self.pos += 1
                if d != '=' and d != '!':
                    raise self.err('unknown extension ?<' + d, start + 1)
                saved = self.lookbehind_groups
                if saved is None:
                    self.lookbehind_groups = set()
                body = self.group_body(flags, start, False)
                self.lookbehind_groups = saved
                lo, hi = self.width(body)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                return ('LOOK', True, d == '!', body, lo), flags
            if c == '>':
                return ('ATOM', self.group_body(flags, start, False)), flags
            if c == '(':
                return self.parse_conditional(flags, start), flags
            if c in _FLAG_LETTERS or c == '-':
                self.pos -= 1
                return self.parse_flags(flags, start, at_start)
            raise self.err('unknown extension ?' + c, start + 1)
        return self.group_body(flags, start, True), flags

    def group_body(self, flags, start, capture, namepos=None):
        """Parse the inside of a group up to its ')'.

        capture is True for a numbered group, a str for a named one, and
        None or False for groups that capture nothing.
        """
        gid = None
        if capture:
            self.ngroups += 1
            gid = self.ngroups
            if gid > MAXGROUPS:
                raise self.err('too many groups', start)
            if capture is not True:
                old = self.groupindex.get(capture)
                if old is not None:
                    raise self.err("redefinition of group name %r as group %d; was group %d"
                                   % (capture, gid, old), namepos)
                self.groupindex[capture] = gid
            self.open_groups.append(gid)
            if self.lookbehind_groups is not None:
                self.lookbehind_groups.add(gid)
        body = self.parse_alt(flags)
        if self.pos >= self.n or self.text[self.pos] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.pos += 1
        if gid is None:
            return body
        self.open_groups.remove(gid)
        self.group_widths[gid] = self.width(body)
        return ('GRP', gid, body)

    def parse_conditional(self, flags, start):
        text = self.text
        name, npos = self.read_name(')', 'missing ), unterminated name')
        if name.isdigit() and name.isascii():
            gid = int(name)
            if gid == 0:
                raise self.err('bad group number', npos)
            if gid >= MAXGROUPS:
                raise self.err('invalid group reference %d' % gid, npos)
            if gid not in self.group_widths and gid not in self.open_groups:
                self.grouprefpos.setdefault(gid, npos)
        else:
            if not _is_identifier(name):
                raise self.err('bad character in group name %r' % name, npos)
            gid = self.groupindex.get(name)
            if gid is None:
                raise self.err('unknown group name %r' % name, npos)
        if gid in self.open_groups and self.lookbehind_groups is not None:
            raise self.err('cannot refer to an open group', npos)
        self.check_lookbehind_ref(gid, npos)
        yes = self.parse_seq(flags, False)
        no = None
        if self.pos < self.n and text[self.pos] == '|':
            self.pos += 1
            no = self.parse_seq(flags, False)
            if self.pos < self.n and text[self.pos] == '|':
                raise self.err('conditional backref with more than two branches', self.pos)
        if self.pos >= self.n or text[self.pos] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.pos += 1
        if gid > self.ngroups:
            self.grouprefpos.setdefault(gid, npos)
        return ('COND', gid, yes, no)

    def parse_flags(self, flags, start, at_start):
        """Parse (?flags) or (?flags-flags:...); self.pos is at the first flag."""
        text = self.text
        n = self.n
        on = 0
        off = 0
        while self.pos < n and text[self.pos] in _FLAG_LETTERS:
            letter = text[self.pos]
            self.pos += 1
            flag = _FLAG_LETTERS[letter]
            if self.is_bytes:
                if letter == 'u':
                    raise self.err("bad inline flags: cannot use 'u' flag with a bytes pattern",
                                   self.pos)
            elif letter == 'L':
                raise self.err("bad inline flags: cannot use 'L' flag with a str pattern",
                               self.pos)
            on |= flag
            if (flag & _TYPE_FLAGS) and (on & _TYPE_FLAGS) != flag:
                raise self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                               self.pos)
        if self.pos >= n:
            raise self.err('missing -, : or )', self.pos)
        c = text[self.pos]
        if c == ')':
            self.pos += 1
            if not at_start:
                raise self.err('global flags not at the start of the expression', start)
            self.flags |= on
            newflags = flags | on
            if on & _TYPE_FLAGS:
                newflags = (newflags & ~_TYPE_FLAGS) | (on & _TYPE_FLAGS)
            return None, newflags
        if c == '-':
            self.pos += 1
            turned_both = -1
            if self.pos >= n:
                raise self.err('missing flag', self.pos)
            while self.pos < n and text[self.pos] in _FLAG_LETTERS:
                letter = text[self.pos]
                self.pos += 1
                flag = _FLAG_LETTERS[letter]
                if flag & _TYPE_FLAGS:
                    raise self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                   self.pos)
                if flag & on and turned_both < 0:
                    turned_both = self.pos
                off |= flag
            if not off:
                if self.pos < n and text[self.pos] not in ':)':
                    raise self.err('unknown flag', self.pos)
                raise self.err('missing flag', self.pos)
            if self.pos >= n:
                raise self.err('missing :', self.pos)
            c = text[self.pos]
            if c != ':':
                if c == ')':
                    raise self.err('missing :', self.pos)
                raise self.err('unknown flag', self.pos)
            if turned_both >= 0:
                raise self.err('bad inline flags: flag turned on and off', turned_both)
        elif c != ':':
            raise self.err('unknown flag' if c.isalpha() else 'missing -, : or )', self.pos)
        self.pos += 1
        inner = (flags | on) & ~off
        if on & _TYPE_FLAGS:
            inner = (inner & ~_TYPE_FLAGS) | (on & _TYPE_FLAGS)
        body = self.parse_alt(inner)
        if self.pos >= n or text[self.pos] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.pos += 1
        return body, flags

    # --- widths ----------------------------------------------------------

    def width(self, node):
        """Return (min, max) widths of a node; max may be None (unbounded)."""
        kind = node[0]
        if kind in ('LIT', 'ANY', 'IN'):
            return 1, 1
        if kind in ('AT', 'LOOK'):
            return 0, 0
        if kind == 'SEQ':
            lo = hi = 0
            for item in node[1]:
                a, b = self.width(item)
                lo += a
                hi = None if hi is None or b is None else hi + b
            return lo, hi
        if kind == 'ALT':
            los = []
            his = []
            for item in node[1]:
                a, b = self.width(item)
                los.append(a)
                his.append(b)
            return min(los), (None if None in his else max(his))
        if kind == 'GRP':
            return self.width(node[2])
        if kind == 'ATOM':
            return self.width(node[1])
        if kind == 'REP':
            a, b = self.width(node[4])
            mx = node[2]
            hi = None if (mx is None and b != 0) or b is None else b * (mx or 0)
            return a * node[1], hi
        if kind == 'REF':
            return self.group_widths.get(node[1], (0, None))
        if kind == 'COND':
            a, b = self.width(node[2])
            if node[3] is not None:
                c, d = self.width(node[3])
            else:
                c, d = 0, 0
            return min(a, c), (None if b is None or d is None else max(b, d))
        return 0, None


def parse(pattern, flags):
    """Parse pattern (str or bytes) with flags.

    Return (tree, flags, ngroups, groupindex); flags include the global
    inline flags found in the pattern.
    """
    if isinstance(pattern, str):
        text = pattern
        is_bytes = False
    else:
        text = bytes(pattern).decode('latin-1')
        is_bytes = True
    p = _Parser(pattern, text, flags, is_bytes)
    tree = p.parse()
    return tree, p.flags, p.ngroups, p.groupindex
