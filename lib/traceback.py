"""Extract, format and print stack traces and exceptions, as CPython 3.12's
traceback module does.

A traceback is turned into a StackSummary: a list of FrameSummary
objects, one per frame, holding the file name, line number, function
name, source line (read through linecache) and, where the interpreter
provides them, the columns of the failing expression.  StackSummary.format
gives CPython's text for each frame, with the carets of PEP 657 under the
expression ('~~~^^^~~~' anchors under a binary operator or a subscript),
and collapses runs of one repeated frame into "[Previous line repeated N
more times]".  TracebackException captures an exception with its chain
(__cause__ and __context__), notes and the members of exception groups,
and formats all of it the way the traceback module of CPython 3.12 does,
nested boxes of exception groups included.

The columns come from code.co_positions() at the traceback's tb_lasti;
where the interpreter has neither, frames are formatted without carets.
The anchors are found by a small expression parser of the caret segment
(CPython uses the ast module).
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---------------------------------------------------------------------------
# The functions on lists of frames, tracebacks and stacks.

def print_list(extracted_list, file=None):
    """Print the frames of a list of FrameSummary objects or 4-tuples
    (filename, lineno, name, line), as extract_tb() and extract_stack()
    return them."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Return one string per frame of the list (FrameSummary objects or
    4-tuples), each ending with a newline."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print the frames of traceback `tb` (at most `limit` of them)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """Return the formatted frames of traceback `tb` as a list of strings."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the frames of traceback `tb`, outermost
    first, with the columns of the failing expressions."""
    return StackSummary._extract(_walk_tb_positions(tb), limit=limit)


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _value_and_tb(exc, value, tb):
    """The exception and traceback meant by the arguments of the
    format/print functions: one exception, or the (type, value, tb)
    triple of before 3.10."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(
            f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback and chained exceptions to
    `file` (sys.stderr by default)."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Return the lines print_exception() would print, as a list of
    strings each ending with a newline (some hold several lines)."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Return the last lines of an exception's report: "Type: message",
    the location of a SyntaxError and the exception's notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _text_of(value, what, func=str):
    """func(value), or a placeholder naming `what` when that fails."""
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, as print_exception() does."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Return the text print_exc() would print."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc, or the older
    sys.last_type/last_value/last_traceback)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame `f` (the caller's by default) up to the
    outermost frame, the outermost first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Return the formatted frames of the stack print_stack() prints."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack from frame `f` (the caller's by
    default), the outermost frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of the frames of traceback `tb`."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                # The frame is still running.
                pass
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) for frame `f` and each frame that called it.
    With f None, the walk starts four frames above this generator's own,
    as in CPython."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            if f is None:
                break
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback `tb`, outermost
    first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _code_position(code, lasti):
    """The (lineno, end_lineno, colno, end_colno) of the instruction at byte
    offset `lasti`, or Nones where the interpreter does not know them."""
    positions = getattr(code, 'co_positions', None)
    if positions is None or lasti is None or lasti < 0:
        return (None, None, None, None)
    index = lasti // 2
    for i, position in enumerate(positions()):
        if i == index:
            return position
    return (None, None, None, None)


def _walk_tb_positions(tb):
    """Yield (frame, (lineno, end_lineno, colno, end_colno)) for each entry
    of traceback `tb`."""
    while tb is not None:
        position = _code_position(tb.tb_frame.f_code, getattr(tb, 'tb_lasti', -1))
        if position[0] is None:
            # Keep the traceback's own line when the table has none.
            position = (tb.tb_lineno,) + tuple(position[1:])
        yield tb.tb_frame, position
        tb = tb.tb_next


# ---------------------------------------------------------------------------
# One frame.

class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line
    (the stripped source line, read on first use), the end line and
    columns of the failing expression when known, and the frame's locals
    as a dict of reprs (or None).

    It compares equal to another FrameSummary with the same file, line,
    name and locals, and to the tuple (filename, lineno, name, line),
    which it also unpacks into."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _text_of(v, 'local', func=repr)
                           for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        """The source line as read, with its indentation and newline."""
        self.line
        return self._line

    @property
    def line(self):
        """The source line without its surrounding whitespace."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


# ---------------------------------------------------------------------------
# The carets under a frame's source line.

# Runs of East Asian wide and full-width code points (Unicode 15.0, as
# CPython 3.12's unicodedata reports them), which take two columns.
_WIDE_RANGES = (
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC),
    (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615),
    (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
    (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE),
    (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
    (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755),
    (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x2FF0, 0x2FFB), (0x3000, 0x303E),
    (0x3041, 0x3096), (0x3099, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E),
    (0x3190, 0x31E3), (0x31F0, 0x321E), (0x3220, 0x3247), (0x3250, 0x4DBF),
    (0x4E00, 0xA48C), (0xA490, 0xA4C6), (0xA960, 0xA97C), (0xAC00, 0xD7A3),
    (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE52), (0xFE54, 0xFE66),
    (0xFE68, 0xFE6B), (0xFF01, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF1), (0x17000, 0x187F7), (0x18800, 0x18CD5),
    (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B132, 0x1B132),
    (0x1B150, 0x1B152), (0x1B155, 0x1B155), (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F202),
    (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
    (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA),
    (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4),
    (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC),
    (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4),
    (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC),
    (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF),
    (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF), (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA88),
    (0x1FA90, 0x1FABD), (0x1FABF, 0x1FAC5), (0x1FACE, 0x1FADB),
    (0x1FAE0, 0x1FAE8), (0x1FAF0, 0x1FAF8), (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD),
)


def _is_wide(ch):
    """Whether character `ch` takes two columns in a terminal."""
    cp = ord(ch)
    if cp < 0x1100:
        return False
    lo, hi = 0, len(_WIDE_RANGES)
    while lo < hi:
        mid = (lo + hi) // 2
        start, end = _WIDE_RANGES[mid]
        if cp < start:
            hi = mid
        elif cp > end:
            lo = mid + 1
        else:
            return True
    return False


def _width(text):
    """The number of terminal columns `text` takes."""
    if text.isascii():
        return len(text)
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def _spread(text, marks):
    """The caret string for `text` given one mark character per character
    of it: each mark is repeated for as many columns as its character."""
    if text.isascii():
        return marks
    return ''.join(m * 2 if _is_wide(ch) else m for ch, m in zip(text, marks))


def _char_offset(line, byte_offset):
    """The number of characters in the first `byte_offset` bytes of the
    line's UTF-8 encoding (a character cut in two counts as one)."""
    if line.isascii():
        return len(line[:byte_offset])
    return len(line.encode('utf-8')[:byte_offset].decode('utf-8', 'replace'))


def _caret_line(frame):
    """The line of carets under the frame's source line, or None when no
    carets are drawn (no columns known, or the expression is the whole
    line without anchors)."""
    if frame.colno is None or frame.end_colno is None:
        return None
    original = frame._original_line
    stripped = original.strip()
    start = _char_offset(original, frame.colno)
    if frame.lineno == frame.end_lineno:
        end = _char_offset(original, frame.end_colno)
        segment = original[start:end]
        try:
            anchors = _anchors(segment)
        except Exception:
            anchors = None
    else:
        # An expression running over several lines is marked to the end
        # of its first line.
        end = len(original.rstrip())
        segment = original[start:end]
        anchors = None
    if not (end - start < len(stripped) or anchors):
        return None
    # The printed line loses its indentation; the columns count from the
    # start of the line read, whose newline CPython also counts as
    # removed, so the carets are placed one column further than the
    # indentation alone would put them.
    shift = len(original) - len(stripped) - 1
    indent = _width(original[:start]) - shift
    if anchors:
        left, right = anchors
        marks = ('~' * left + '^' * (right - left)
                 + '~' * (len(segment) - right))
    else:
        marks = '^' * len(segment)
    return '    ' + ' ' * indent + _spread(segment, marks) + '\n'


# The tokens of the caret segment: names, numbers, strings, operators.
_OPERATORS_3 = ('**=', '//=', '>>=', '<<=', '...', '!=')
_OPERATORS_2 = ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=',
                '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=')
_STRING_PREFIXES = {'', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'}
_KEYWORDS = {'False', 'None', 'True', 'and', 'as', 'assert', 'async',
             'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
             'else', 'except', 'finally', 'for', 'from', 'global', 'if',
             'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
             'raise', 'return', 'try', 'while', 'with', 'yield'}


def _string_end(text, i, quote, is_f):
    """The index after the string literal whose body starts at `i` and
    which is closed by `quote`; raises ValueError when it is not closed."""
    n = len(text)
    depth = 0
    while i < n:
        ch = text[i]
        if ch == '\\':
            i += 2
            continue
        if is_f:
            if ch == '{':
                if depth == 0 and text.startswith('{{', i):
                    i += 2
                    continue
                depth += 1
            elif ch == '}' and depth:
                depth -= 1
            elif depth and ch in '\'"':
                # A string inside a replacement field (allowed to reuse
                # the outer quote since 3.12).
                q = text[i:i + 3] if text[i:i + 3] in ("'''", '"""') else ch
                i = _string_end(text, i + len(q), q, False)
                continue
        if depth == 0 and text.startswith(quote, i):
            return i + len(quote)
        if ch == '\n' and len(quote) == 1:
            break
        i += 1
    raise ValueError('unterminated string')


def _number_end(text, i):
    """The index after the number literal that starts at `i` (digits,
    underscores, a point, an exponent with its sign, a radix prefix or
    the j of an imaginary number)."""
    n = len(text)
    radix = text[i:i + 2].lower() in ('0x', '0o', '0b')
    while i < n:
        ch = text[i]
        if ch.isalnum() or ch in '._':
            i += 1
        elif ch in '+-' and not radix and text[i - 1] in 'eE':
            i += 1
        else:
            break
    return i


def _tokens(text):
    """Split an expression into (kind, value, start, end) tokens; kind is
    'name', 'number', 'string' or 'op'.  Raises ValueError on text that
    is not Python."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in ' \t\f':
            i += 1
            continue
        if ch == '#':
            break
        if ch == '\\' and text[i + 1:i + 2] == '\n':
            i += 2
            continue
        if ch == '\n':
            i += 1
            continue
        start = i
        if ch.isalpha() or ch == '_' or ord(ch) > 127:
            while i < n and (text[i].isalnum() or text[i] == '_' or ord(text[i]) > 127):
                i += 1
            word = text[start:i]
            if i < n and text[i] in '\'"' and word.lower() in _STRING_PREFIXES:
                quote = text[i:i + 3] if text[i:i + 3] in ("'''", '"""') else text[i]
                i = _string_end(text, i + len(quote), quote, 'f' in word.lower())
                out.append(('string', text[start:i], start, i))
            else:
                out.append(('name', word, start, i))
            continue
        if ch in '\'"':
            quote = text[i:i + 3] if text[i:i + 3] in ("'''", '"""') else ch
            i = _string_end(text, i + len(quote), quote, False)
            out.append(('string', text[start:i], start, i))
            continue
        if ch.isdigit() or (ch == '.' and text[i + 1:i + 2].isdigit()):
            i = _number_end(text, i)
            out.append(('number', text[start:i], start, i))
            continue
        three, two = text[i:i + 3], text[i:i + 2]
        if three in _OPERATORS_3:
            op = three
        elif two in _OPERATORS_2:
            op = two
        elif ch in '+-*/%@&|^~<>()[]{},:.;=':
            op = ch
        else:
            raise ValueError('bad character')
        i += len(op)
        out.append(('op', op, start, i))
    return out


class _Node:
    """A parsed expression: its kind ('binop', 'subscript' or 'other'),
    its span in the segment and, for the two kinds with anchors, the end
    of its left part and the start (binop) or end (subscript) of its
    right part."""

    __slots__ = ('kind', 'start', 'end', 'left_end', 'right')

    def __init__(self, kind, start, end, left_end=None, right=None):
        self.kind = kind
        self.start = start
        self.end = end
        self.left_end = left_end
        self.right = right


_BINARY_LEVELS = (('|',), ('^',), ('&',), ('<<', '>>'), ('+', '-'),
                  ('*', '/', '//', '%', '@'))
_COMPARISONS = {'<', '>', '==', '>=', '<=', '!=', 'in', 'is'}


class _ExprParser:
    """Recursive descent over the tokens of one expression, enough to tell
    a binary operation or a subscript from everything else, with the
    spans the ast module would give (parentheses excluded)."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self, value=None):
        if self.pos >= len(self.tokens):
            return None
        tok = self.tokens[self.pos]
        if value is not None and (tok[0] not in ('op', 'name') or tok[1] != value):
            return None
        return tok

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        if self.peek(value) is None:
            raise ValueError('expected ' + value)
        return self.take()

    def expression(self):
        tok = self.peek()
        if tok is None:
            raise ValueError('empty')
        if tok[0] == 'name' and tok[1] in ('lambda', 'yield'):
            # Neither has anchors; what follows is not checked.
            self.pos = len(self.tokens)
            return _Node('other', tok[2], tok[3])
        node = self.disjunction()
        if self.peek('if'):
            self.take()
            self.disjunction()
            self.expect('else')
            last = self.expression()
            return _Node('other', node.start, last.end)
        return node

    def disjunction(self):
        node = self.conjunction()
        while self.peek('or'):
            self.take()
            right = self.conjunction()
            node = _Node('other', node.start, right.end)
        return node

    def conjunction(self):
        node = self.inversion()
        while self.peek('and'):
            self.take()
            right = self.inversion()
            node = _Node('other', node.start, right.end)
        return node

    def inversion(self):
        tok = self.peek('not')
        if tok is not None:
            self.take()
            operand = self.inversion()
            return _Node('other', tok[2], operand.end)
        return self.comparison()

    def comparison(self):
        node = self.binary(0)
        while True:
            tok = self.peek()
            if tok is None or tok[1] not in _COMPARISONS and tok[1] != 'not':
                return node
            if tok[0] == 'string' or tok[0] == 'number':
                return node
            self.take()
            if tok[1] == 'not':
                self.expect('in')
            elif tok[1] == 'is' and self.peek('not'):
                self.take()
            right = self.binary(0)
            node = _Node('other', node.start, right.end)

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.factor()
        ops = _BINARY_LEVELS[level]
        node = self.binary(level + 1)
        while True:
            tok = self.peek()
            if tok is None or tok[0] != 'op' or tok[1] not in ops:
                return node
            self.take()
            right = self.binary(level + 1)
            node = _Node('binop', node.start, right.end, node.end, right.start)

    def factor(self):
        tok = self.peek()
        if tok is not None and tok[0] == 'op' and tok[1] in ('+', '-', '~'):
            self.take()
            operand = self.factor()
            return _Node('other', tok[2], operand.end)
        return self.power()

    def power(self):
        tok = self.peek('await')
        if tok is not None:
            self.take()
            operand = self.primary()
            node = _Node('other', tok[2], operand.end)
        else:
            node = self.primary()
        if self.peek('**'):
            self.take()
            right = self.factor()
            node = _Node('binop', node.start, right.end, node.end, right.start)
        return node

    def primary(self):
        node = self.atom()
        while True:
            tok = self.peek()
            if tok is None or tok[0] != 'op':
                return node
            if tok[1] == '.':
                self.take()
                name = self.take()
                if name[0] != 'name' or name[1] in _KEYWORDS:
                    raise ValueError('attribute name')
                node = _Node('other', node.start, name[3])
            elif tok[1] == '(':
                close = self.skip_group()
                node = _Node('other', node.start, close[3])
            elif tok[1] == '[':
                open_at = self.pos
                close = self.skip_group()
                if self.pos - open_at == 2:
                    raise ValueError('empty subscript')
                inner_end = self.tokens[self.pos - 2][3]
                node = _Node('subscript', node.start, close[3], node.end, inner_end)
            else:
                return node

    def skip_group(self):
        """Step over a bracketed group, returning its closing token."""
        pairs = {'(': ')', '[': ']', '{': '}'}
        stack = []
        while True:
            if self.pos >= len(self.tokens):
                raise ValueError('unclosed bracket')
            tok = self.take()
            if tok[0] != 'op':
                continue
            if tok[1] in pairs:
                stack.append(pairs[tok[1]])
            elif tok[1] in (')', ']', '}'):
                if not stack or stack.pop() != tok[1]:
                    raise ValueError('unbalanced bracket')
                if not stack:
                    return tok

    def atom(self):
        tok = self.peek()
        if tok is None:
            raise ValueError('missing operand')
        kind, value, start, end = tok
        if kind == 'name':
            if value in _KEYWORDS and value not in ('True', 'False', 'None'):
                raise ValueError('keyword')
            self.take()
            return _Node('other', start, end)
        if kind == 'number':
            self.take()
            return _Node('other', start, end)
        if kind == 'string':
            self.take()
            while self.peek() is not None and self.peek()[0] == 'string':
                end = self.take()[3]
            return _Node('other', start, end)
        if value == '...':
            self.take()
            return _Node('other', start, end)
        if value == '(':
            open_at = self.pos
            close = self.skip_group()
            inner = self.tokens[open_at + 1:self.pos - 1]
            if inner:
                # A parenthesized expression keeps the span of what is in
                # the parentheses; a tuple or generator keeps them.
                sub = _ExprParser(inner)
                try:
                    node = sub.expression()
                except ValueError:
                    node = None
                if node is not None and sub.pos == len(inner):
                    return node
            return _Node('other', start, close[3])
        if value in ('[', '{'):
            close = self.skip_group()
            return _Node('other', start, close[3])
        raise ValueError('unexpected token')


def _anchors(segment):
    """For a segment that is one binary operation or subscript, the
    (left, right) character offsets in it of the part marked '^' (the
    operator, or the brackets and what is in them); else None."""
    if not segment or segment[0] in ' \t\f\n':
        return None
    tokens = _tokens(segment)
    if not tokens:
        return None
    parser = _ExprParser(tokens)
    node = parser.expression()
    if parser.pos != len(tokens):
        return None
    n = len(segment)
    if node.kind == 'binop':
        operator = segment[node.left_end:node.right]
        offset = len(operator) - len(operator.lstrip())
        # CPython counts these anchors in UTF-8 bytes (the ast module's
        # columns) while it steps over the spaces and parentheses before
        # the operator by characters, and turns the bytes into
        # characters only at the end; the same is done here, so that
        # lines with non-ASCII text get the same carets.
        left = len(segment[:node.left_end].encode('utf-8')) + offset
        right = left + 1
        if offset + 1 < len(operator) and not operator[offset + 1].isspace():
            right += 1
        while left < n and (segment[left].isspace() or segment[left] in ')#'):
            left += 1
            right += 1
        if segment.isascii():
            return left, right
        return _char_offset(segment, left), _char_offset(segment, right)
    if node.kind == 'subscript':
        left = node.left_end
        while left < n and segment[left] != '[':
            left += 1
        # CPython starts looking for the closing bracket one character
        # after the end of the subscript's expression.
        right = node.right + 1
        while right < n and segment[right] != ']':
            right += 1
        if right < n:
            right += 1
        return left, right
    return None


# ---------------------------------------------------------------------------
# A stack of frames.

_REPEAT_LIMIT = 3


def _limited(frames, limit):
    """The first `limit` items of `frames` (the last -limit when it is
    negative); sys.tracebacklimit is the default."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frames
    if limit >= 0:
        return _first(frames, limit)
    return list(frames)[limit:]


def _first(items, count):
    if count <= 0:
        return
    for item in items:
        yield item
        count -= 1
        if count <= 0:
            return


class StackSummary(list):
    """A list of FrameSummary objects, ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Make a StackSummary from (frame, lineno) pairs, as walk_stack()
        and walk_tb() yield them.  `limit` keeps the first frames (the
        last ones when negative); `capture_locals` keeps the reprs of each
        frame's locals; `lookup_lines` reads the source lines now."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract(with_positions(), limit=limit,
                              lookup_lines=lookup_lines,
                              capture_locals=capture_locals)

    @classmethod
    def _extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                 capture_locals=False):
        """extract() for (frame, (lineno, end_lineno, colno, end_colno))
        pairs."""
        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in _limited(frame_gen, limit):
            code = f.f_code
            filename = code.co_filename
            name = code.co_name
            if filename not in filenames:
                filenames.add(filename)
                linecache.lazycache(filename, getattr(f, 'f_globals', None))
            f_locals = getattr(f, 'f_locals', None) if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for frame in result:
                frame.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Make a StackSummary from FrameSummary objects or 4-tuples
        (filename, lineno, name, line)."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Return the text of one frame: its "File" line, its source line
        with the carets under the failing expression, and its locals."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    {}\n'.format(line))
            carets = _caret_line(frame_summary)
            if carets is not None:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Return one string per frame, ready for printing.  After three
        consecutive frames of the same file, line and function, the rest
        of the run is counted in a "[Previous line repeated N more
        times]" line."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if (last is None or key != last or key[0] is None
                    or key[1] is None or key[2] is None):
                _repeated(result, count)
                last = key
                count = 0
            count += 1
            if count <= _REPEAT_LIMIT:
                result.append(text)
        _repeated(result, count)
        return result


def _repeated(result, count):
    """Note how many frames past the cutoff a run of one frame had."""
    if count > _REPEAT_LIMIT:
        more = count - _REPEAT_LIMIT
        result.append(f'  [Previous line repeated {more} more '
                      f'time{"s" if more > 1 else ""}]\n')


# ---------------------------------------------------------------------------
# Suggestions for misspelt names ("Did you mean: ...?").

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40
_MOVE_COST = 2
_CASE_COST = 1


def _edit_distance(a, b, max_cost):
    """The edit distance of a and b, where inserting, deleting or
    replacing a character costs 2 and changing only its case costs 1;
    any value above max_cost when the distance is larger than it."""
    if a == b:
        return 0
    # Common ends cost nothing.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return _MOVE_COST * (len(a) + len(b))
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    # One row per character of b, one column per character of a.
    row = [_MOVE_COST * (i + 1) for i in range(len(a))]
    result = 0
    for bi, bc in enumerate(b):
        distance = result = bi * _MOVE_COST
        low = None
        for i, ac in enumerate(a):
            if ac == bc:
                sub = 0
            elif ac.lower() == bc.lower():
                sub = _CASE_COST
            else:
                sub = _MOVE_COST
            sub += distance
            distance = row[i]
            result = min(result + _MOVE_COST, distance + _MOVE_COST, sub)
            row[i] = result
            if low is None or result < low:
                low = result
        if low > max_cost:
            return max_cost + 1
    return result


def _best_match(names, wrong):
    """The name of `names` closest to `wrong`, if close enough."""
    if len(names) > _MAX_CANDIDATE_ITEMS or len(wrong) > _MAX_STRING_SIZE:
        return None
    best = len(wrong)
    found = None
    for name in names:
        if name == wrong:
            continue
        limit = min((len(name) + len(wrong) + 3) * _MOVE_COST // 6, best - 1)
        distance = _edit_distance(wrong, name, limit)
        if distance > limit:
            continue
        if found is None or distance < best:
            found = name
            best = distance
    return found


def _suggestion(exc_value, tb, wrong):
    """The "Did you mean" name for an AttributeError, ImportError or
    NameError about name `wrong`, or None."""
    if wrong is None or not isinstance(wrong, str):
        return None
    if isinstance(exc_value, AttributeError):
        try:
            names = dir(exc_value.obj)
        except Exception:
            return None
        names = [n for n in names if isinstance(n, str)]
    elif isinstance(exc_value, ImportError):
        try:
            names = dir(sys.modules[exc_value.name])
        except Exception:
            return None
        names = [n for n in names if isinstance(n, str)]
    else:
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        f_locals = getattr(frame, 'f_locals', None) or {}
        f_globals = getattr(frame, 'f_globals', None) or {}
        f_builtins = getattr(frame, 'f_builtins', None)
        if f_builtins is None:
            import builtins
            f_builtins = builtins.__dict__
        names = list(f_locals) + list(f_globals) + list(f_builtins)
        if 'self' in f_locals:
            try:
                if hasattr(f_locals['self'], wrong):
                    return f'self.{wrong}'
            except Exception:
                pass
    return _best_match(names, wrong)


# ---------------------------------------------------------------------------
# An exception ready to be formatted.

_CAUSE_MESSAGE = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_CONTEXT_MESSAGE = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class _Margins:
    """Where the formatting of an exception is within exception groups:
    the depth of the boxes (each adds two columns and a '|' margin), and
    whether the last box opened still needs its closing line."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text, margin_char=None):
        """The strings of `text` (one string or an iterable of them), with
        each of their lines behind the margin of the current depth."""
        if isinstance(text, str):
            text = [text]
        if not self.depth:
            yield from text
            return
        prefix = self.indent() + ('|' if margin_char is None else margin_char) + ' '
        for chunk in text:
            yield ''.join([prefix + line for line in chunk.splitlines(keepends=True)])


class TracebackException:
    """An exception captured for formatting: its type (exc_type), its str
    (_str), its traceback as a StackSummary (stack), its notes, the
    TracebackExceptions of its __cause__ and __context__, the members of
    an exception group (exceptions, else None) and, for a SyntaxError,
    filename, lineno, end_lineno, text, offset, end_offset and msg.

    The exception object itself is not kept, so nothing it refers to
    stays alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.stack = StackSummary._extract(
            _walk_tb_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _text_of(exc_value, 'exception')
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [
                f'Ignored error getting __notes__: {_text_of(e, "__notes__", repr)}']

        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        elif (exc_type is not None and issubclass(exc_type, ImportError)
                and getattr(exc_value, 'name_from', None) is not None):
            wrong = getattr(exc_value, 'name_from', None)
            found = _suggestion(exc_value, exc_traceback, wrong)
            if found:
                self._str += f". Did you mean: '{found}'?"
        elif (exc_type is not None and issubclass(exc_type, (NameError, AttributeError))
                and getattr(exc_value, 'name', None) is not None):
            wrong = getattr(exc_value, 'name', None)
            found = _suggestion(exc_value, exc_traceback, wrong)
            if found:
                self._str += f". Did you mean: '{found}'?"
            if issubclass(exc_type, NameError):
                # CPython 3.12 writes this hint without a question mark.
                stdlib = getattr(sys, 'stdlib_module_names', ())
                if wrong in stdlib:
                    if found is None:
                        self._str += f". Did you forget to import '{wrong}'"
                    else:
                        self._str += f" Or did you forget to import '{wrong}'"
        if lookup_lines:
            for frame in self.stack:
                frame.line
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if nested:
            # The outermost TracebackException fills in the chain.
            return

        # The chained exceptions and group members are converted through
        # a work list rather than by recursion, each exception once (a
        # cycle in the chain is cut where it closes).
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is None:
                continue
            cause = e.__cause__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, **options)
            if compact:
                need_context = cause is None and not e.__suppress_context__
            else:
                need_context = True
            context = e.__context__
            if context is not None and need_context and id(context) not in _seen:
                te.__context__ = TracebackException(
                    type(context), context, context.__traceback__, **options)
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [
                    TracebackException(type(m), m, m.__traceback__, **options)
                    for m in e.exceptions]
            if te.__cause__ is not None:
                queue.append((te.__cause__, cause))
            if te.__context__ is not None:
                queue.append((te.__context__, context))
            if te.exceptions is not None:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture exception `exc` with its traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the last lines of the report: "Type: message" (after the
        location of a SyntaxError), then the exception's notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _final_line(stype, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if isinstance(notes, (str, bytes)) or not _is_sequence(notes):
            # Anything but a sequence of notes is shown by its repr.
            yield _text_of(notes, '__notes__', repr) + '\n'
            return
        for note in notes:
            for line in _text_of(note, 'note').split('\n'):
                yield line + '\n'

    def _format_syntax_error(self, stype):
        """The location block of a SyntaxError, then its last line."""
        where = ''
        if self.lineno is not None:
            filename = self.filename or "<string>"
            yield f'  File "{filename}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f' ({self.filename})'
        if self.text is not None:
            # The text is shown without its newline and without its
            # leading spaces and form feeds; the offsets (counted from 1)
            # are taken from the start of the whole text.
            line = self.text.rstrip('\n')
            shown = line.lstrip(' \n\f')
            cut = len(line) - len(shown)
            yield f'    {shown}\n'
            if self.offset is not None:
                first = self.offset
                last = self.end_offset
                if last is None or last == 0:
                    last = first
                if last == first or last == -1:
                    last = first + 1
                start = first - 1 - cut
                if start >= 0:
                    # Tabs and other whitespace are kept so that the
                    # carets line up under the text.
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:start])
                    yield '    ' + pad + '^' * (last - first) + '\n'
        msg = self.msg or "<no detail available>"
        yield f'{stype}: {msg}{where}\n'

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the whole report: the chained exceptions
        first, each with its traceback, then this one; exception groups
        with their members in numbered boxes."""
        if _ctx is None:
            _ctx = _Margins()
        links = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    message, following = _CAUSE_MESSAGE, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    message, following = _CONTEXT_MESSAGE, exc.__context__
                else:
                    message, following = None, None
                links.append((message, exc))
                exc = following
        else:
            links.append((None, exc))

        for message, exc in reversed(links):
            if message is not None:
                yield from _ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, ctx):
        """An exception group's traceback and line, then its members in
        boxes numbered from 1, at most max_group_width of them."""
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth += 1
        if exc.stack:
            yield from ctx.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin_char='+' if outermost else None)
            yield from ctx.emit(exc.stack.format())
        yield from ctx.emit(exc.format_exception_only())
        total = len(exc.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield (ctx.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            ctx.depth += 1
            if truncated:
                more = total - width
                yield from ctx.emit(
                    f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from exc.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the report to `file` (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _is_sequence(obj):
    """Whether obj is a sequence in the sense of collections.abc."""
    if isinstance(obj, (list, tuple)):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _final_line(etype, value):
    """The "Type: message" line, or "Type" alone for an empty message."""
    valuestr = _text_of(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)
