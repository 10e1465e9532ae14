"""Text wrapping and filling: wrap(), fill(), shorten(), dedent(), indent()
and the configurable TextWrapper class, producing the same lines as
CPython's textwrap.

Text is cut into chunks (runs of whitespace, words, and word fragments that
end at a hyphen) by a hand-written scanner, then the chunks are packed
greedily into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these characters count as whitespace for wrapping, not the whole of
# Unicode whitespace (a no-break space keeps words together).
_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)
# Punctuation that may end a word right before an em-dash ("--").
_WORD_PUNCTUATION = frozenset('!"\'&.,?')


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    """A word character that is not a decimal digit."""
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_or_punct(ch):
    return ch.isalnum() or ch == '_' or ch in _WORD_PUNCTUATION


def _split_simple(text):
    """Split text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    start = 0
    while start < n:
        space = text[start] in _WHITESPACE
        end = start + 1
        while end < n and (text[end] in _WHITESPACE) == space:
            end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def _hyphen_breaks_after(text, q, n):
    """Whether a word may be broken after the hyphen at text[q].

    The hyphen must follow two letters, or a letter-hyphen-letter group
    (as in "e-mail-"), and be followed by a letter, an optional hyphen and
    another letter.
    """
    before = (q >= 2 and _is_letter(text[q - 1]) and _is_letter(text[q - 2])) \
        or (q >= 3 and _is_letter(text[q - 1]) and text[q - 2] == '-'
            and _is_letter(text[q - 3]))
    if not before:
        return False
    if q + 2 >= n or not _is_letter(text[q + 1]):
        return False
    after = text[q + 2]
    if _is_letter(after):
        return True
    return after == '-' and q + 3 < n and _is_letter(text[q + 3])


def _em_dash_follows(text, q, n):
    """Whether text[q:] starts with two or more hyphens and a word char."""
    if q + 1 >= n or text[q] != '-' or text[q + 1] != '-':
        return False
    end = q + 2
    while end < n and text[end] == '-':
        end += 1
    return end < n and _is_word_char(text[end])


def _split_hyphenated(text):
    """Split text into whitespace runs, words, word parts ending in a
    breakable hyphen, and em-dashes standing between words."""
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        ch = text[p]
        if ch in _WHITESPACE:
            end = p + 1
            while end < n and text[end] in _WHITESPACE:
                end += 1
        elif (ch == '-' and p > 0 and _is_word_or_punct(text[p - 1])
                and _em_dash_follows(text, p, n)):
            end = p + 2
            while text[end] == '-':
                end += 1
        else:
            # The shortest non-whitespace run that ends at a breakable
            # hyphen (included), before whitespace or the end of the text,
            # or before an em-dash that follows a word.
            q = p + 1
            while True:
                if q >= n or text[q] in _WHITESPACE:
                    end = q
                    break
                c = text[q]
                if c == '-':
                    if _hyphen_breaks_after(text, q, n):
                        end = q + 1
                        break
                    if (_is_word_or_punct(text[q - 1])
                            and _em_dash_follows(text, q, n)):
                        end = q
                        break
                q += 1
        chunks.append(text[p:end])
        p = end
    return chunks


def _ends_sentence(chunk):
    """Whether chunk ends with a lower-case letter, a full stop, question
    or exclamation mark, and an optional closing quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Configurable line wrapper.

    wrap() and fill() are the public methods; the other methods are the
    steps of the algorithm, which subclasses may override.  The settings
    are attributes, also accepted as keyword arguments:

      width               longest line length, indentation included (70)
      initial_indent      text put before the first line ("")
      subsequent_indent   text put before the other lines ("")
      expand_tabs         expand tabs with str.expandtabs(tabsize) (True)
      replace_whitespace  turn each whitespace character into a space,
                          after tab expansion (True)
      fix_sentence_endings  put two spaces after the end of each sentence,
                          a heuristic meant for English (False)
      break_long_words    cut words longer than a line; otherwise they get
                          over-long lines of their own (True)
      drop_whitespace     remove whitespace at line starts and ends (True)
      break_on_hyphens    allow line breaks after the hyphens of compound
                          words (True)
      tabsize             distance between tab stops (8)
      max_lines           keep at most this many lines, marking the cut
                          with placeholder (None: no limit)
      placeholder         marker of truncated text (' [...]')
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Steps of the algorithm ---------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space, as the settings ask."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into the chunks that wrapping treats as indivisible
        (unless a chunk is longer than a line).

        With break_on_hyphens, "a well-known fact -- see" is cut into
        'a', ' ', 'well-', 'known', ' ', 'fact', ' ', '--', ' ', 'see';
        without it "well-known" stays whole.
        """
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Make each single space that follows the end of a sentence a
        double space, in place."""
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line: put as much of it
        as fits on the current line (preferably up to a hyphen), or the
        whole chunk on a line of its own when long words may not be
        broken."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, provided something
                # other than hyphens comes before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Otherwise the long chunk starts the next line.

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines no longer than width (except for long
        words that may not be broken) and return the lines."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        max_lines = self.max_lines
        if max_lines is not None:
            indent = self.subsequent_indent if max_lines > 1 \
                else self.initial_indent
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        drop = self.drop_whitespace
        # Chunks are taken from the end of the reversed list.
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            cur_line = []
            cur_len = 0

            # Whitespace at the start of a line (but not of the text) goes.
            if drop and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace at the end of a line goes too.
            if drop and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or (not chunks
                        or drop and len(chunks) == 1
                        and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue

            # This is the last allowed line and text remains: end the line
            # with the placeholder, dropping chunks until it fits.
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(placeholder) <= width):
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(placeholder) <= self.width:
                    lines[-1] = prev_line + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- Public interface ---------------------------------------------------

    def wrap(self, text):
        """Wrap the single paragraph in text and return a list of lines
        without final newlines, each at most width characters long."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the single paragraph in text and return one string with the
        lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Return the lines (without newlines) of the paragraph text wrapped
    to width; the keyword arguments are TextWrapper settings."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Return the paragraph text wrapped to width as one string with
    newlines; the keyword arguments are TextWrapper settings."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text into single spaces and, if the
    result is longer than width, cut it at a word boundary and append the
    placeholder so that it fits."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _indent_of(line):
    """Return the leading spaces and tabs of line."""
    end = 0
    size = len(line)
    while end < size and line[end] in ' \t':
        end += 1
    return line[:end]


def dedent(text):
    """Return text with the indentation shared by all its lines removed.

    Indentation means leading spaces and tabs, compared character by
    character (a tab never matches spaces).  Lines holding nothing but
    spaces and tabs become empty and are ignored when finding the margin.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        indent = _indent_of(line)
        if len(indent) == len(line):
            if line:
                lines[i] = ''
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for x, y in zip(margin, indent):
                if x != y:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Return text with prefix put at the start of chosen lines: those
    for which predicate(line) is true, or by default every line that is not
    entirely whitespace."""
    pieces = []
    if predicate is None:
        for line in text.splitlines(True):
            if not line.isspace():
                pieces.append(prefix)
            pieces.append(line)
    else:
        for line in text.splitlines(True):
            if predicate(line):
                pieces.append(prefix)
            pieces.append(line)
    return ''.join(pieces)
