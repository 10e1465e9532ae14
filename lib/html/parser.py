"""A simple, tolerant HTML parser, as in CPython 3.12's html.parser module.

HTMLParser reads HTML fed to it in pieces and calls a handle_* method for
each start tag, end tag, run of text, comment, declaration, processing
instruction and (when convert_charrefs is false) character reference;
subclasses override those methods.  It makes the same calls, with the same
arguments and positions, as CPython's parser on well-formed and broken
markup alike.  The text of <script> and <style> elements is passed on as
it is, up to the matching end tag.
"""

from html import unescape

__all__ = ['HTMLParser']

_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_ALNUM = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                   '0123456789')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_DIGITS = frozenset('0123456789')
# The characters that end a tag name (other whitespace does not).
_TAGNAME_STOP = frozenset('\t\n\r\f />\x00')
# The characters of an entity name after its first letter.
_ENTITY_CHARS = _ALNUM | frozenset('-.')
# The characters of a name in an end tag, of a declaration name.
_ENDTAG_CHARS = _ALNUM | frozenset('-.:_')
_DECLNAME_CHARS = _ALNUM | frozenset('-_.')
# The characters after which check_for_whole_start_tag() waits for more
# input rather than ending the tag.
_START_TAG_PENDING = frozenset(
    'abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ')


def _skip_space(raw, pos, n):
    """The first position at or after pos that is not whitespace."""
    while pos < n and raw[pos].isspace():
        pos += 1
    return pos


def _skip_space_slash(raw, pos, n):
    """Skip whitespace and any '/' that is not followed by '>'."""
    while pos < n:
        ch = raw[pos]
        if ch.isspace() or (ch == '/' and raw[pos + 1:pos + 2] != '>'):
            pos += 1
        else:
            break
    return pos


def _scan_tagname(raw, pos, n):
    """The end of the tag name starting (with a letter) at pos."""
    pos += 1
    while pos < n and raw[pos] not in _TAGNAME_STOP:
        pos += 1
    return pos


def _scan_attr_name(raw, pos, n):
    """The end of the attribute name starting at pos, or -1 if there is
    none: a name follows a quote, whitespace or '/', and starts with any
    character but whitespace, '/' and '>'."""
    if pos >= n or pos == 0:
        return -1
    prev = raw[pos - 1]
    if not (prev in '\'"/' or prev.isspace()):
        return -1
    ch = raw[pos]
    if ch in '/>' or ch.isspace():
        return -1
    pos += 1
    while pos < n:
        ch = raw[pos]
        if ch in '/=>' or ch.isspace():
            break
        pos += 1
    return pos


def _value_end(raw, pos, n):
    """The end of an attribute value at pos (quoted, or a run of
    characters other than whitespace and '>'), or -1 for an unclosed
    quote."""
    if pos < n:
        quote = raw[pos]
        if quote == '"' or quote == "'":
            close = raw.find(quote, pos + 1)
            return close + 1 if close >= 0 else -1
    while pos < n:
        ch = raw[pos]
        if ch == '>' or ch.isspace():
            break
        pos += 1
    return pos


def _scan_value(raw, pos, n):
    """Match "= value" after an attribute name at pos.  Returns the start
    and end of the value, or None when there is no value.

    An unclosed quote makes the value start earlier: at the whitespace
    before the quote (an empty value), or at the last of several '='.
    """
    eq = _skip_space(raw, pos, n)
    if eq >= n or raw[eq] != '=':
        return None
    eq_end = eq
    while eq_end < n and raw[eq_end] == '=':
        eq_end += 1
    for after_eq in range(eq_end, eq, -1):
        space_end = _skip_space(raw, after_eq, n)
        for start in range(space_end, after_eq - 1, -1):
            end = _value_end(raw, start, n)
            if end >= 0:
                return start, end
    return None


def _find_start_tag_end(raw, i, n):
    """Where the start tag at i ('<' and a letter) stops looking like a
    start tag: just before its '>' or '/>' when it is complete."""
    pos = _scan_tagname(raw, i + 1, n)
    while pos < n and (raw[pos] == '/' or raw[pos].isspace()):
        pos += 1
    while True:
        name_end = _scan_attr_name(raw, pos, n)
        if name_end < 0:
            break
        pos = name_end
        value = _scan_value(raw, pos, n)
        if value is not None:
            pos = _skip_space(raw, value[1], n)
        pos = _skip_space_slash(raw, pos, n)
    return _skip_space(raw, pos, n)


def _scan_name_token(raw, pos, n):
    """Match a declaration name and the whitespace after it at pos; returns
    the end, or -1."""
    if pos >= n or raw[pos] not in _LETTERS:
        return -1
    pos += 1
    while pos < n and raw[pos] in _DECLNAME_CHARS:
        pos += 1
    return _skip_space(raw, pos, n)


def _find_section_close(raw, pos, brackets):
    """Find ']' (then ']' again when brackets is 2) and '>', with optional
    whitespace between them, from pos.  Returns (start, end) or None."""
    n = len(raw)
    start = raw.find(']', pos)
    while start >= 0:
        p = start + 1
        if brackets == 2:
            p = _skip_space(raw, p, n)
            if p < n and raw[p] == ']':
                p += 1
            else:
                start = raw.find(']', start + 1)
                continue
        p = _skip_space(raw, p, n)
        if p < n and raw[p] == '>':
            return start, p + 1
        start = raw.find(']', start + 1)
    return None


def _find_comment_close(raw, pos):
    """Find '--', optional whitespace and '>' from pos; returns (start, end)
    or None."""
    n = len(raw)
    start = raw.find('--', pos)
    while start >= 0:
        p = _skip_space(raw, start + 2, n)
        if p < n and raw[p] == '>':
            return start, p + 1
        start = raw.find('--', start + 1)
    return None


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParserSubclass()
        p.feed(data)
        ...
        p.close()

    Start tags are handled by handle_starttag() (or handle_startendtag()
    for "<tag ... />"), end tags by handle_endtag(), text by
    handle_data().  With convert_charrefs true (the default) character
    references in text are replaced by their characters; otherwise they
    go to handle_entityref() and handle_charref().
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    # The source of the last start tag, kept across reset().
    _HTMLParser__starttag_text = None

    def __init__(self, *, convert_charrefs=True):
        """Initialize and reset this instance.

        If convert_charrefs is true (the default), all character references
        are automatically converted to the corresponding Unicode characters.
        """
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Feed data to the parser.

        Call this as often as you want, with as little or as much text
        as you want (may include '\\n').
        """
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._HTMLParser__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Advance the line number and offset over rawdata[i:j]."""
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex("\n", i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def _find_cdata_end(self, rawdata, i):
        """The position of the next end tag of the current CDATA element
        ('</', the name in any case and '>', with optional whitespace
        around the name), or -1."""
        elem = self.cdata_elem
        size = len(elem)
        n = len(rawdata)
        pos = rawdata.find('</', i)
        while pos >= 0:
            p = _skip_space(rawdata, pos + 2, n)
            if rawdata[p:p + size].lower() == elem:
                p = _skip_space(rawdata, p + size, n)
                if p < n and rawdata[p] == '>':
                    return pos
            pos = rawdata.find('</', pos + 1)
        return -1

    def goahead(self, end):
        """Handle as much of the buffered data as possible; at the end of
        the input (end true), handle all of it."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        # The position of the next '&' (n when there is none).
        amp = -1
        while i < n:
            convert = self.convert_charrefs and not self.cdata_elem
            if convert:
                j = rawdata.find('<', i)
                if j < 0:
                    # A reference may be cut in two at the end of this
                    # piece: keep the text back until it is complete.
                    amppos = rawdata.rfind('&', max(i, n - 34))
                    if amppos >= 0:
                        for ch in rawdata[amppos:]:
                            if ch == ';' or ch.isspace():
                                break
                        else:
                            break
                    j = n
            elif self.cdata_elem:
                j = self._find_cdata_end(rawdata, i)
                if j < 0:
                    break
            else:
                lt = rawdata.find('<', i)
                if amp < i:
                    amp = rawdata.find('&', i)
                    if amp < 0:
                        amp = n
                if lt < 0:
                    j = amp
                else:
                    j = min(lt, amp)
            if i < j:
                if convert:
                    self.handle_data(unescape(rawdata[i:j]))
                else:
                    self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata[i] == '<':
                nxt = rawdata[i + 1:i + 2]
                if nxt in _LETTERS and nxt:
                    k = self.parse_starttag(i)
                elif nxt == '/':
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif nxt == '?':
                    k = self.parse_pi(i)
                elif nxt == '!':
                    k = self.parse_html_declaration(i)
                elif (i + 1) < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # At the end of the input, markup that never closes
                    # is text, up to the next '>' or else the next '<'.
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    if self.convert_charrefs and not self.cdata_elem:
                        self.handle_data(unescape(rawdata[i:k]))
                    else:
                        self.handle_data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                k = self._match_charref(rawdata, i, n)
                if k >= 0:
                    name = rawdata[i + 2:k - 1]
                    self.handle_charref(name)
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    # Not a reference: pass the "&#" on as text.
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            else:
                # An entity reference: '&', a letter, name characters and
                # one more character that ends it.
                k = i + 1
                if k < n and rawdata[k] in _LETTERS:
                    k += 1
                    while k < n and rawdata[k] in _ENTITY_CHARS:
                        k += 1
                    if k == n:
                        # The name must be followed by a character that
                        # is not a letter or digit: a '-' or '.' of the
                        # name itself will do.
                        k = max(rawdata.rfind('-', i + 2),
                                rawdata.rfind('.', i + 2))
                        if k < 0:
                            k = n
                    if k < n:
                        self.handle_entityref(rawdata[i + 1:k])
                        if rawdata[k] != ';':
                            i = self.updatepos(i, k)
                        else:
                            i = self.updatepos(i, k + 1)
                        continue
                if i + 1 < n and (rawdata[i + 1] in _LETTERS
                                  or rawdata[i + 1] == '#'):
                    # Possibly the start of a reference cut off by the end
                    # of this piece.
                    if end and n - i == 2:
                        i = self.updatepos(i, i + 1)
                    break
                elif (i + 1) < n:
                    # A lone '&'.
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            if self.convert_charrefs and not self.cdata_elem:
                self.handle_data(unescape(rawdata[i:n]))
            else:
                self.handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    @staticmethod
    def _match_charref(rawdata, i, n):
        """Match '&#', decimal digits or 'x' and hex digits, and one
        character that is not a hex digit, at i.  Returns the end or -1."""
        k = i + 2
        if k < n and rawdata[k] in 'xX':
            start = k + 1
            k = start
            while k < n and rawdata[k] in _HEXDIGITS:
                k += 1
            if k > start and k < n:
                return k + 1
            return -1
        start = k
        while k < n and rawdata[k] in _DIGITS:
            k += 1
        if k > start and k < n and rawdata[k] not in _HEXDIGITS:
            return k + 1
        return -1

    # Markup.

    def parse_html_declaration(self, i):
        """Handle '<!...>': a comment, a marked section, a DOCTYPE or a
        bogus comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        elif rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        elif rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        else:
            return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """Handle '<!...>' or '</...>' that is not a proper declaration or
        end tag as a comment."""
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_comment(self, i, report=1):
        """Handle '<!--...-->'."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        found = _find_comment_close(rawdata, i + 4)
        if found is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:found[0]])
        return found[1]

    def parse_marked_section(self, i, report=1):
        """Handle '<![name ...]]>' (or '<![if ...]>' and the like of
        Microsoft Office) with unknown_decl()."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            found = _find_section_close(rawdata, i + 3, 2)
        elif name in {"if", "else", "endif"}:
            found = _find_section_close(rawdata, i + 3, 1)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section'
                % rawdata[i + 3:j])
        if found is None:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:found[0]])
        return found[1]

    def _scan_name(self, i, declstartpos):
        """Scan a name and the whitespace after it at i: returns the name in
        lower case and the position after it, or (None, -1) when the input
        ends first."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        end = _scan_name_token(rawdata, i, n)
        if end >= 0:
            if end == n:
                return None, -1
            return rawdata[i:end].strip().lower(), end
        self.updatepos(declstartpos, i)
        raise AssertionError("expected name token at %r"
                             % rawdata[declstartpos:declstartpos + 20])

    def parse_pi(self, i):
        """Handle '<?...>'."""
        rawdata = self.rawdata
        j = rawdata.find('>', i + 2)
        if j < 0:
            return -1
        self.handle_pi(rawdata[i + 2:j])
        return j + 1

    def check_for_whole_start_tag(self, i):
        """Return the end of the start tag at i, or -1 when more input is
        needed to know it."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = _find_start_tag_end(rawdata, i, n)
        nxt = rawdata[j:j + 1]
        if nxt == ">":
            return j + 1
        if nxt == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            return -1
        if nxt == "":
            return -1
        if nxt in _START_TAG_PENDING:
            return -1
        if j > i:
            return j
        return i + 1

    def parse_starttag(self, i):
        """Handle the start tag at i; returns its end, or -1."""
        self._HTMLParser__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        n = len(rawdata)
        self._HTMLParser__starttag_text = rawdata[i:endpos]

        name_end = _scan_tagname(rawdata, i + 1, n)
        self.lasttag = tag = rawdata[i + 1:name_end].lower()
        k = _skip_space_slash(rawdata, name_end, n)
        attrs = []
        while k < endpos:
            attr_end = _scan_attr_name(rawdata, k, n)
            if attr_end < 0:
                break
            attrname = rawdata[k:attr_end]
            value = _scan_value(rawdata, attr_end, n)
            if value is None:
                attrvalue = None
                k = attr_end
            else:
                start, k = value
                attrvalue = rawdata[start:k]
                first = attrvalue[:1]
                if (first == "'" or first == '"') and attrvalue[-1:] == first:
                    attrvalue = attrvalue[1:-1]
                if attrvalue:
                    attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = _skip_space_slash(rawdata, k, n)

        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith('/>'):
            # An XHTML-style empty element: <br/>.
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        """Handle the end tag at i; returns its end, or -1."""
        rawdata = self.rawdata
        n = len(rawdata)
        gtpos = rawdata.find('>', i + 1)
        if gtpos < 0:
            return -1
        gtpos += 1
        # A proper end tag: '</', a name and '>', with optional spaces.
        elem = None
        p = _skip_space(rawdata, i + 2, n)
        if p < n and rawdata[p] in _LETTERS:
            q = p + 1
            while q < n and rawdata[q] in _ENDTAG_CHARS:
                q += 1
            r = _skip_space(rawdata, q, n)
            if r < n and rawdata[r] == '>':
                elem = rawdata[p:q].lower()
                gtpos = r + 1

        if elem is None:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            # A name with other text up to the '>' after it.
            if not (i + 2 < n and rawdata[i + 2] in _LETTERS):
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            name_end = _scan_tagname(rawdata, i + 2, n)
            tagname = rawdata[i + 2:name_end].lower()
            after = _skip_space_slash(rawdata, name_end, n)
            gtpos = rawdata.find('>', after)
            self.handle_endtag(tagname)
            return gtpos + 1

        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # Overridable handlers.

    def handle_startendtag(self, tag, attrs):
        """Handle '<tag ... />': by default, as a start tag then an end
        tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
