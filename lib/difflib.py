"""Helpers for computing deltas between sequences, as in CPython 3.12's
difflib module.

SequenceMatcher finds the longest contiguous matching blocks between two
sequences of hashable items (Ratcliff/Obershelp "gestalt pattern matching",
with CPython's junk and popularity heuristics), and turns them into
matching blocks, opcodes, grouped opcodes and similarity ratios.  On top of
it sit Differ and ndiff (line diffs with '?' hint lines), unified_diff,
context_diff, diff_bytes, get_close_matches and restore.  The results are
the same as CPython's, block for block and line for line.

HtmlDiff, the side-by-side HTML table generator, is not provided.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

from types import GenericAlias


class Match(tuple):
    """Match(a, b, size): a[a:a+size] == b[b:b+size]."""

    __slots__ = ()
    _fields = ('a', 'b', 'size')
    _field_defaults = {}
    __match_args__ = ('a', 'b', 'size')

    def __new__(cls, a, b, size):
        return tuple.__new__(cls, (a, b, size))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 3:
            raise TypeError(f'Expected 3 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return tuple.__new__(type(self), values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return 'Match(a=%r, b=%r, size=%r)' % tuple(self)

    a = property(lambda self: self[0], doc='Alias for field number 0')
    b = property(lambda self: self[1], doc='Alias for field number 1')
    size = property(lambda self: self[2], doc='Alias for field number 2')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements.

    The matcher looks for the longest contiguous matching subsequence that
    contains no "junk" elements, then recursively does the same to the
    pieces on either side of it.  Junk is what isjunk(element) says is
    junk; with autojunk, elements of b that make up more than 1% of a b of
    200 or more items are treated as "popular" and ignored as well.

    b is the sequence that gets indexed, so when comparing one sequence to
    many, set it once with set_seq2 and vary a with set_seq1.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared; it is indexed here."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the ascending list of its indices,
        # leaving out junk and popular elements, which are recorded in the
        # sets bjunk and bpopular instead.
        b = self.b
        b2j = {}
        for j, elt in enumerate(b):
            where = b2j.get(elt)
            if where is None:
                b2j[elt] = [j]
            else:
                where.append(j)

        junk = set()
        isjunk = self.isjunk
        if isjunk:
            for elt in b2j:
                if isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]

        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, where in b2j.items():
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]

        self.b2j = b2j
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi].

        Among the longest blocks free of junk, the one starting earliest in
        a wins, then the one starting earliest in b.  The block is then
        grown with equal elements on both sides: first popular ones, then
        junk ones.  Returns Match(i, j, k) with a[i:i+k] == b[j:j+k];
        k is 0 when nothing matches.
        """
        a, b, b2j = self.a, self.b, self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0

        # lengths[j] is the length of the longest junk-free match ending
        # with a[i-1] and b[j]; only the entries for the last row are kept.
        lengths = {}
        nothing = ()
        for i in range(alo, ahi):
            row = {}
            get = lengths.get
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = row[j] = get(j - 1, 0) + 1
                if k > bestsize:
                    besti = i - k + 1
                    bestj = j - k + 1
                    bestsize = k
            lengths = row

        # Grow the block with equal non-junk (that is, popular) elements,
        # then with equal junk elements, on both sides.
        for want_junk in (False, True):
            while (besti > alo and bestj > blo
                   and (b[bestj - 1] in junk) is want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti -= 1
                bestj -= 1
                bestsize += 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) is want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1

        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Return the list of Match triples (i, j, n) describing matching
        subsequences, ascending in i and j, ending with (len(a), len(b), 0).
        Adjacent blocks are merged."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)

        found = []
        pending = [(0, la, 0, lb)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()

        blocks = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    blocks.append(Match(i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            blocks.append(Match(i1, j1, k1))
        blocks.append(Match(la, lb, 0))
        self.matching_blocks = blocks
        return blocks

    def get_opcodes(self):
        """Return a list of 5-tuples (tag, i1, i2, j1, j2) describing how
        to turn a into b; tag is 'replace', 'delete', 'insert' or
        'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                tag = 'replace' if j < bj else 'delete'
            elif j < bj:
                tag = 'insert'
            else:
                tag = ''
            if tag:
                codes.append((tag, i, ai, j, bj))
            i = ai + size
            j = bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context each.

        Long 'equal' runs are cut down to n items at each end, and a run
        longer than 2n splits the opcodes into separate groups."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # Trim the context at the very start and end.  As in CPython, this
        # edits the list that get_opcodes() caches and returns.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        span = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > span:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the similarity in [0, 1]: 2.0*M/T, where M
        is the number of matched elements and T the total of both
        lengths."""
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[2]
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio(), faster to compute: it counts
        the elements the two sequences share, ignoring their order."""
        counts = self.fullbcount
        if counts is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        # left[elt] is how many of elt in b remain unclaimed by a.
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                n = left[elt]
            else:
                n = counts.get(elt, 0)
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() computed from the lengths
        alone."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return a list of the best "good enough" matches for word.

    possibilities is a list of sequences like word; at most n of them with
    a similarity ratio of at least cutoff are returned, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    scored.sort(reverse=True)
    return [x for score, x in scored[:n]]


def _keep_original_ws(s, tags):
    """Put back the tab and space characters of s where tags has a blank,
    so that the '?' guide lines up with the original line."""
    return ''.join([c if t == ' ' and c.isspace() else t
                    for c, t in zip(s, tags)])


class Differ:
    """Compare sequences of lines of text and produce human-readable
    differences.

    Each output line starts with a two-letter code: '- ' for a line only in
    the first sequence, '+ ' for one only in the second, '  ' for a line in
    both and '? ' for a guide line pointing at intraline differences.
    linejunk and charjunk are the junk filters for lines and characters.
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Compare two sequences of lines; yield the delta lines."""
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        """Yield the lines x[lo:hi] marked with tag."""
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block comes out first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Diff a block of replaced lines, pairing up similar lines.

        The most similar pair (ratio above 0.75) is shown with '?' guides
        and the blocks above and below it are handled the same way.  With
        no similar pair, an identical pair (if any) serves as the anchor;
        otherwise the blocks are shown as a plain delete and insert."""
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None

        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                # Cheap upper bounds first; ratio() only when they pass.
                if (cruncher.real_quick_ratio() > best_ratio
                        and cruncher.quick_ratio() > best_ratio):
                    r = cruncher.ratio()
                    if r > best_ratio:
                        best_ratio, best_i, best_j = r, i, j

        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
            identical = True
        else:
            identical = False

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)

        aelt, belt = a[best_i], b[best_j]
        if identical:
            yield '  ' + aelt
        else:
            atags = []
            btags = []
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags.append('^' * la)
                    btags.append('^' * lb)
                elif tag == 'delete':
                    atags.append('-' * la)
                elif tag == 'insert':
                    btags.append('+' * lb)
                elif tag == 'equal':
                    atags.append(' ' * la)
                    btags.append(' ' * lb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aelt, belt, ''.join(atags),
                                     ''.join(btags))

        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        """Yield the two changed lines, each followed by its '?' guide
        line when it has one."""
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=None):
    """Return True for ignorable lines: blank, or holding only a '#'
    (with whitespace around it).

    pat, if given, is a match function; the line is junk when it matches."""
    if pat is not None:
        return pat(line) is not None
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """Return True for ignorable characters: space and tab."""
    return ch in ws


def _format_range_unified(start, stop):
    """The 'start,length' range of a unified diff hunk header."""
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _format_range_context(start, stop):
    """The 'first,last' range of a context diff hunk header."""
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    # Mixing str and bytes would give confusing output, so refuse it.
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff between two lists of lines, with
    n lines of context around each change."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t' + fromfiledate if fromfiledate else ''
            todate = '\t' + tofiledate if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, fromdate, lineterm)
            yield '+++ %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(first[1], last[2]),
                                   _format_range_unified(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag == 'replace' or tag == 'delete':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag == 'replace' or tag == 'insert':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                   'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff between two lists of lines, with
    n lines of context around each change."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = _CONTEXT_PREFIX
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t' + fromfiledate if fromfiledate else ''
            todate = '\t' + tofiledate if tofiledate else ''
            yield '*** %s%s%s' % (fromfile, fromdate, lineterm)
            yield '--- %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm

        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]),
                                 lineterm)
        if any(code[0] == 'replace' or code[0] == 'delete'
               for code in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line

        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]),
                                 lineterm)
        if any(code[0] == 'replace' or code[0] == 'insert'
               for code in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function such as unified_diff on lists of bytes.

    The bytes are mapped one to one onto characters for the comparison and
    the output lines are mapped back to bytes."""
    def decode(s):
        try:
            return s.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(s).__name__, s)) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    fromfile = decode(fromfile)
    tofile = decode(tofile)
    fromfiledate = decode(fromfiledate)
    tofiledate = decode(tofiledate)
    lineterm = decode(lineterm)

    for line in dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate,
                      n, lineterm):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Compare two lists of lines with Differ and return the delta as a
    generator of lines; see Differ for the format."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Yield one of the two sequences that produced an ndiff or Differ
    delta: which is 1 for the first, 2 for the second."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    keep = ('  ', tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]
