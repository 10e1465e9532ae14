"""HTML utilities, as in CPython 3.12's html package: escape() and
unescape().  The submodules are html.entities (the character entity
tables) and html.parser (the HTMLParser class).
"""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace the characters '&', '<' and '>' of s by HTML-safe sequences,
    and also the quotes '"' and "'" when quote is true (the default)."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references that HTML5 maps to other characters: NUL, CR, and
# the C1 controls that Windows-1252 gives printable characters.
_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81',
    0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026',
    0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
    0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
    0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122',
    0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}

# Code points that a numeric reference may not produce: they are dropped.
_invalid_codepoints = set(range(0x1, 0x9))
_invalid_codepoints.update(range(0xe, 0x20))
_invalid_codepoints.update(range(0x7f, 0xa0))
_invalid_codepoints.update(range(0xfdd0, 0xfdf0))
_invalid_codepoints.add(0xb)
for _plane in range(17):
    _invalid_codepoints.add(_plane * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_plane * 0x10000 + 0xffff)
del _plane

# The characters that end the name of a named reference.
_NAME_STOP = '\t\n\f <&#;'
_DIGITS = '0123456789'
_HEX_DIGITS = '0123456789abcdefABCDEF'

# html.entities.html5, loaded on the first unescape() of a named reference.
_html5 = None


def __getattr__(name):
    # "import html" makes html.entities available, as in CPython, without
    # loading the large table until it is used.
    if name == 'entities':
        import html.entities
        return html.entities
    raise AttributeError(f"module 'html' has no attribute '{name}'")


def _numeric(s, pos, n):
    """Decode the numeric reference whose '#' is at pos.  Returns the text
    and the end of the reference, or (None, pos) when there is none."""
    start = pos + 1
    base = 10
    digits = _DIGITS
    if start < n and s[start] in 'xX':
        start += 1
        base = 16
        digits = _HEX_DIGITS
    end = start
    while end < n and s[end] in digits:
        end += 1
    if end == start:
        return None, pos
    num = int(s[start:end], base)
    if end < n and s[end] == ';':
        end += 1
    if num in _invalid_charrefs:
        return _invalid_charrefs[num], end
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD', end
    if num in _invalid_codepoints:
        return '', end
    return chr(num), end


def _named(s, pos, n):
    """Decode the named reference starting at pos (just after '&')."""
    global _html5
    end = pos
    limit = min(n, pos + 32)
    while end < limit and s[end] not in _NAME_STOP:
        end += 1
    if end == pos:
        return None, pos
    if end < n and s[end] == ';':
        end += 1
    name = s[pos:end]
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    text = _html5.get(name)
    if text is not None:
        return text, end
    # The longest known name that starts the text wins; the rest of the
    # text stays as it is.
    for length in range(len(name) - 1, 1, -1):
        text = _html5.get(name[:length])
        if text is not None:
            return text + name[length:], end
    return '&' + name, end


def unescape(s):
    """Replace the named and numeric character references of s (&gt;,
    &#62;, &#x3e;) by their characters, following the HTML5 rules."""
    if '&' not in s:
        return s
    out = []
    done = 0
    n = len(s)
    amp = s.find('&')
    while amp >= 0:
        pos = amp + 1
        if pos < n and s[pos] == '#':
            text, end = _numeric(s, pos, n)
        else:
            text, end = _named(s, pos, n)
        if text is None:
            amp = s.find('&', pos)
            continue
        out.append(s[done:amp])
        out.append(text)
        done = end
        amp = s.find('&', end)
    out.append(s[done:])
    return ''.join(out)
