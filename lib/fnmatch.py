"""Unix shell-style wildcard matching of file names, as in CPython 3.12's
fnmatch module.

Patterns use '*' (any run of characters), '?' (any one character),
'[seq]' (one character of seq, which may hold ranges such as a-z) and
'[!seq]' (one character not in seq).  Matching is done by a small glob
matcher here rather than through the re module; translate() still returns
the regular expression CPython would use.  Names are not case-folded, as on
POSIX.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# The characters re.escape() puts a backslash before.
_RE_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")

# Pattern pieces: a star, any single character, and a set that matches
# nothing.  Literal characters are themselves; character sets are
# (negated, chars, ranges) tuples.
_STAR = object()
_ANY = ("any",)
_NEVER = ("never",)


def _escape(ch):
    return "\\" + ch if ch in _RE_SPECIAL else ch


def _parse(pat):
    """Split pat into pieces: for each one yield (piece, regex_text)."""
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        ch = pat[i]
        i += 1
        if ch == "*":
            # A run of stars is a single star.
            if not pieces or pieces[-1][0] is not _STAR:
                pieces.append((_STAR, None))
        elif ch == "?":
            pieces.append((_ANY, "."))
        elif ch == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                # No closing bracket: the '[' is an ordinary character.
                pieces.append(("[", "\\["))
            else:
                pieces.append(_parse_set(pat, i, j))
                i = j + 1
        else:
            pieces.append((ch, _escape(ch)))
    return pieces


def _parse_set(pat, start, end):
    """Parse the set pat[start:end] (inside the brackets) into a piece and
    its regex text."""
    content = pat[start:end]
    negated = content.startswith("!")
    if "-" not in content:
        chunks = [content]
    else:
        # Split at the hyphens that make ranges.  The first member, and the
        # character after a range, cannot start a range themselves.
        chunks = []
        lo = 0
        k = 2 if negated else 1
        while True:
            k = content.find("-", k)
            if k < 0:
                break
            chunks.append(content[lo:k])
            lo = k + 1
            k += 3
        last = content[lo:]
        if last:
            chunks.append(last)
        else:
            # A hyphen at the end is literal.
            chunks[-1] += "-"
        # A reversed range matches nothing: drop it, joining its neighbours.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
    # The regex text: literal backslashes and hyphens escaped, and the set
    # operators '&&', '~~' and '||' defused.
    if len(chunks) == 1 and "-" not in content:
        text = chunks[0].replace("\\", "\\\\")
    else:
        text = "-".join(c.replace("\\", "\\\\").replace("-", "\\-")
                        for c in chunks)
    for op in "&~|":
        text = text.replace(op, "\\" + op)
    if not text:
        return (_NEVER, "(?!)")
    if text == "!":
        return (_ANY, ".")
    if text[0] == "!":
        text = "^" + text[1:]
    elif text[0] in "^[":
        text = "\\" + text
    # The matcher's view of the same set.
    # The matcher's view of the same set: the leading '!' negates, every
    # other character of the chunks is a member, and adjacent chunks form
    # a range from the end of one to the start of the next.
    members = "".join(chunks)
    if negated:
        members = members[1:]
    ranges = []
    for idx in range(1, len(chunks)):
        ranges.append((chunks[idx - 1][-1], chunks[idx][0]))
    return ((negated, frozenset(members), tuple(ranges)), "[" + text + "]")


def translate(pat):
    """The regular expression (a str) matching what the shell pattern pat
    matches."""
    pieces = _parse(pat)
    out = []
    i = 0
    n = len(pieces)
    # Pieces before the first star.
    while i < n and pieces[i][0] is not _STAR:
        out.append(pieces[i][1])
        i += 1
    # Each star with the fixed pieces after it.  Between stars, the shortest
    # run before the fixed part is taken with no backtracking (an atomic
    # group); the last star is a plain '.*'.
    while i < n:
        i += 1
        fixed = []
        while i < n and pieces[i][0] is not _STAR:
            fixed.append(pieces[i][1])
            i += 1
        fixed = "".join(fixed)
        if i < n:
            out.append("(?>.*?" + fixed + ")")
        else:
            out.append(".*" + fixed)
    return "(?s:" + "".join(out) + ")\\Z"


def _compile(pat):
    """Compile pat into (segments, starred): the runs of single-character
    pieces between stars, and whether there is any star."""
    segments = [[]]
    for piece, _ in _parse(pat):
        if piece is _STAR:
            segments.append([])
        else:
            segments[-1].append(piece)
    return [_segment(s) for s in segments], len(segments) > 1


def _segment(pieces):
    """A run of pieces as (text, pieces): text is the literal string when
    every piece is a literal character, else None."""
    if all(type(p) is str for p in pieces):
        return ("".join(pieces), pieces)
    return (None, pieces)


def _match_at(name, pos, segment):
    """Whether segment matches name at index pos (enough room assumed)."""
    text, pieces = segment
    if text is not None:
        return name.startswith(text, pos)
    for p in pieces:
        c = name[pos]
        pos += 1
        if type(p) is str:
            if c != p:
                return False
        elif p is _ANY:
            continue
        elif p is _NEVER:
            return False
        else:
            negated, chars, ranges = p
            found = c in chars
            if not found:
                for lo, hi in ranges:
                    if lo <= c <= hi:
                        found = True
                        break
            if found == negated:
                return False
    return True


def _find(name, start, stop, segment):
    """The first index >= start where segment matches and ends by stop,
    or -1."""
    text, pieces = segment
    size = len(pieces)
    if text is not None:
        return name.find(text, start, stop)
    for pos in range(start, stop - size + 1):
        if _match_at(name, pos, segment):
            return pos
    return -1


def _matches(compiled, name):
    segments, starred = compiled
    n = len(name)
    first = segments[0]
    if not starred:
        return n == len(first[1]) and _match_at(name, 0, first)
    if n < len(first[1]) or not _match_at(name, 0, first):
        return False
    pos = len(first[1])
    last = segments[-1]
    end = n - len(last[1])
    if end < pos or not _match_at(name, end, last):
        return False
    # The segments between stars, each at its leftmost place.
    for segment in segments[1:-1]:
        found = _find(name, pos, end, segment)
        if found < 0:
            return False
        pos = found + len(segment[1])
    return True


_cache = {}


def _compiled(pat):
    compiled = _cache.get(pat)
    if compiled is None:
        if len(_cache) >= 32768:
            _cache.clear()
        if isinstance(pat, bytes):
            compiled = _compile(str(pat, "ISO-8859-1"))
        else:
            compiled = _compile(pat)
        _cache[pat] = compiled
    return compiled


def _as_text(name, pat):
    """name as a str to match against pat, which is str or bytes."""
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like "
                            "object")
        return str(name, "ISO-8859-1")
    if isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return name


def fnmatchcase(name, pat):
    """Whether name matches the shell pattern pat, case-sensitively."""
    return _matches(_compiled(pat), _as_text(name, pat))


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat.

    Names are compared as they are, as POSIX file names are
    case-sensitive.
    """
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The items of names that match pat."""
    compiled = _compiled(pat)
    return [name for name in names if _matches(compiled, _as_text(name, pat))]
