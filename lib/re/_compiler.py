"""Regular expression compiler: turns a parse tree into matching functions.

Every node becomes a closure ``m(s, i, c)`` that tries to match at index i
of the subject s and, on success, calls the matcher of what follows it (its
continuation, fixed when the node is compiled).  It returns the end index of
the whole match, or -1.  Backtracking is the return of -1 to an earlier
node, which then tries its next choice.

The subject s is a str when the text is ASCII (so that ``str.startswith``
and ``str.find`` can be used) and a list of one-character strings otherwise
(indexing a non-ASCII str is not constant-time in every interpreter).  Each
pattern is compiled separately for the two kinds of subject, on demand.

The state list c holds, in order: the last closed group index, the end an
empty match must not have (for the empty-match rule of finditer, sub and
split), the end fullmatch() requires, the (start, end) marks of each group,
the start of each open group, and two slots per general repeat.
"""

_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_DIGIT = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')
_ASCII_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')

# Classes with at most this many characters become sets.
_SET_LIMIT = 256


def _uni_word(c):
    return c.isalnum() or c == '_'


def _not_uni_word(c):
    return not (c.isalnum() or c == '_')


def _uni_digit(c):
    return c.isdecimal()


def _not_uni_digit(c):
    return not c.isdecimal()


def _uni_space(c):
    return c.isspace()


def _not_uni_space(c):
    return not c.isspace()


_UNI_CATEGORIES = {
    'd': _uni_digit, 'D': _not_uni_digit, 'w': _uni_word,
    'W': _not_uni_word, 's': _uni_space, 'S': _not_uni_space,
}
_ASCII_CATEGORIES = {'d': _ASCII_DIGIT, 'w': _ASCII_WORD, 's': _ASCII_SPACE}


def _lower1(c):
    """The simple lower-case mapping of one character."""
    low = c.lower()
    # Only U+0130 has a longer full mapping; its simple mapping is 'i'.
    return low if len(low) == 1 else low[0]


def _upper1(c):
    up = c.upper()
    return up if len(up) == 1 else c


def _swap_ascii(c):
    """Swap the case of an ASCII letter; leave other characters alone."""
    if c in _ASCII_LETTERS:
        return c.swapcase()
    return c


def fold_set(ch, ascii):
    """The characters a literal matches when case is ignored (before the
    fallback check applied to non-ASCII subject characters)."""
    if ascii:
        return frozenset((ch, _swap_ascii(ch)))
    low = _lower1(ch)
    up = _upper1(ch)
    return frozenset((ch, low, up, _lower1(up), _upper1(low)))


def ascii_lower(text):
    """Lower-case only the ASCII letters of a str."""
    if text.isascii():
        return text.lower()
    return ''.join([c.lower() if c in _ASCII_LETTERS else c for c in text])


# --- single-character tests ------------------------------------------------
#
# A single-character node is described by a test: ('eq', ch), ('set', S),
# ('nset', S) (any character not in S), ('fn', f) (f(ch) is true),
# ('any',) (any character) or ('nonl',) (any character but a newline).


def _literal_test(ch, icase, ascii):
    if not icase:
        return ('eq', ch)
    folded = fold_set(ch, ascii)
    if ascii or ch.isascii() and ch.lower() not in 'ks':
        if len(folded) == 1:
            return ('eq', ch)
        return ('set', folded)
    # A non-ASCII character of the subject may still fold to one of these.
    def test(c):
        return c in folded or (c > '\x7f' and (_lower1(c) in folded or _upper1(c) in folded))
    return ('fn', test)


def _class_test(node):
    """Build the test of an ('IN', negated, items, icase, ascii) node."""
    negated, items, icase, ascii = node[1], node[2], node[3], node[4]
    chars = set()
    ranges = []
    funcs = []
    for item in items:
        kind = item[0]
        if kind == 'c':
            chars.add(item[1])
        elif kind == 'r':
            lo, hi = item[1], item[2]
            if ord(hi) - ord(lo) < _SET_LIMIT:
                for code in range(ord(lo), ord(hi) + 1):
                    chars.add(chr(code))
            else:
                ranges.append((lo, hi))
        else:
            name = item[1]
            if ascii:
                base = _ASCII_CATEGORIES[name.lower()]
                if name.islower():
                    chars.update(base)
                else:
                    funcs.append(_negated_set(base))
            else:
                funcs.append(_UNI_CATEGORIES[name])
    if icase:
        if ascii:
            chars.update([_swap_ascii(c) for c in chars])
            ranges = ranges + [(lo.swapcase(), hi.swapcase()) for lo, hi in ranges
                               if lo in _ASCII_LETTERS and hi in _ASCII_LETTERS]
        else:
            extra = set()
            for c in chars:
                extra.update(fold_set(c, False))
            chars.update(extra)
    chars = frozenset(chars)
    if not ranges and not funcs and not (icase and not ascii):
        if negated:
            return ('nset', chars)
        if len(chars) == 1:
            for c in chars:
                return ('eq', c)
        return ('set', chars)
    if not ranges and len(funcs) == 1 and not chars and not icase:
        f = funcs[0]
        if negated:
            return ('fn', lambda c: not f(c))
        return ('fn', f)

    def base(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for f in funcs:
            if f(c):
                return True
        return False

    if icase and not ascii:
        def test(c):
            return base(c) or (c > '\x40' and (base(_lower1(c)) or base(_upper1(c))))
    else:
        test = base
    if negated:
        return ('fn', lambda c: not test(c))
    return ('fn', test)


def _negated_set(chars):
    return lambda c: c not in chars


def char_test(node):
    """The test of a single-character node, or None for other nodes."""
    kind = node[0]
    if kind == 'LIT':
        return _literal_test(node[1], node[2], node[3])
    if kind == 'ANY':
        return ('any',) if node[1] else ('nonl',)
    if kind == 'IN':
        return _class_test(node)
    return None


def test_function(test):
    """Return a one-argument predicate for a test."""
    kind = test[0]
    if kind == 'eq':
        ch = test[1]
        return lambda c: c == ch
    if kind == 'set':
        chars = test[1]
        return lambda c: c in chars
    if kind == 'nset':
        chars = test[1]
        return lambda c: c not in chars
    if kind == 'fn':
        return test[1]
    if kind == 'any':
        return lambda c: True
    return lambda c: c != '\n'


# --- the compiler ----------------------------------------------------------


def _ok(s, i, c):
    """The continuation of look-around and atomic bodies."""
    return i


def _done(s, i, c):
    """The continuation of the whole pattern."""
    if i == c[1]:
        return -1
    required = c[2]
    if required >= 0 and i != required:
        return -1
    return i


def _has_groups(node):
    kind = node[0]
    if kind == 'GRP':
        return True
    if kind in ('SEQ', 'ALT'):
        for item in node[1]:
            if _has_groups(item):
                return True
        return False
    if kind == 'REP':
        return _has_groups(node[4])
    if kind == 'LOOK':
        return _has_groups(node[3])
    if kind == 'ATOM':
        return _has_groups(node[1])
    if kind == 'COND':
        return _has_groups(node[2]) or (node[3] is not None and _has_groups(node[3]))
    return False


def first_literal(node):
    """A case-sensitive character any match of node must start with, or None."""
    kind = node[0]
    if kind == 'LIT':
        return None if node[2] else node[1]
    if kind == 'STR':
        return node[1][0]
    if kind == 'SEQ':
        if node[1]:
            return first_literal(node[1][0])
        return None
    if kind == 'GRP':
        return first_literal(node[2])
    if kind == 'ATOM':
        return first_literal(node[1])
    if kind == 'REP':
        if node[1] >= 1:
            return first_literal(node[4])
    return None


def literal_prefix(node):
    """The case-sensitive literal text every match starts with ('' if none)."""
    kind = node[0]
    if kind == 'LIT':
        return '' if node[2] else node[1]
    if kind == 'STR':
        return node[1]
    if kind == 'SEQ':
        prefix = ''
        for item in node[1]:
            if item[0] == 'LIT' and not item[2]:
                prefix += item[1]
            elif item[0] == 'STR':
                prefix += item[1]
            else:
                if not prefix:
                    return literal_prefix(item) if item[0] in ('GRP', 'ATOM') else ''
                break
        return prefix
    if kind == 'GRP':
        return literal_prefix(node[2])
    if kind == 'ATOM':
        return literal_prefix(node[1])
    return ''


def first_test(node):
    """A test the first character of any match must pass, or None."""
    kind = node[0]
    if kind in ('LIT', 'IN'):
        return char_test(node)
    if kind == 'STR':
        return ('eq', node[1][0])
    if kind == 'SEQ':
        for item in node[1]:
            # Zero-width assertions consume nothing: look past them.
            if item[0] not in ('AT', 'LOOK'):
                return first_test(item)
        return None
    if kind == 'ALT':
        chars = set()
        for item in node[1]:
            test = first_test(item)
            if test is None:
                return None
            if test[0] == 'eq':
                chars.add(test[1])
            elif test[0] == 'set':
                chars.update(test[1])
            else:
                return None
        return ('set', frozenset(chars))
    if kind == 'GRP':
        return first_test(node[2])
    if kind == 'ATOM':
        return first_test(node[1])
    if kind == 'REP' and node[1] >= 1:
        return first_test(node[4])
    return None


_ASCII_CHARS = [chr(code) for code in range(128)]


def localize(test, is_list):
    """Specialize a test for a kind of subject.

    A test made of a function also gets the set of ASCII characters it
    accepts: an ASCII subject (a str) needs only that set, and other
    subjects check it before calling the function.
    """
    if test[0] != 'fn':
        return test
    f = test[1]
    ascii_chars = frozenset([ch for ch in _ASCII_CHARS if f(ch)])
    if not is_list:
        return ('set', ascii_chars)

    def fast(c):
        if c < '\x80':
            return c in ascii_chars
        return f(c)
    return ('fn', fast)


def is_anchored(node):
    """True if every match must start at index 0 of the subject."""
    kind = node[0]
    if kind == 'AT':
        return node[1] == 'A' or (node[1] == 'bol' and not node[2])
    if kind == 'SEQ':
        return bool(node[1]) and is_anchored(node[1][0])
    if kind == 'GRP':
        return is_anchored(node[2])
    if kind == 'ATOM':
        return is_anchored(node[1])
    return False


def prepare(node):
    """Rewrite the tree for compiling: merge runs of case-sensitive literals
    into ('STR', text) nodes."""
    return _Prep().run(node)


def _merge_single_branches(branches):
    """Turn an alternation of single characters, such as a|b|[cd], into
    one class when the characters share their flags; else return None."""
    items = []
    flags = None
    for branch in branches:
        kind = branch[0]
        if kind == 'LIT':
            key = (branch[2], branch[3])
            items.append(('c', branch[1]))
        elif kind == 'IN' and not branch[1]:
            key = (branch[3], branch[4])
            items.extend(branch[2])
        else:
            return None
        if flags is None:
            flags = key
        elif flags != key:
            return None
    return ('IN', False, items, flags[0], flags[1])


def is_deterministic(node):
    """True if node can match in at most one way at a given position."""
    kind = node[0]
    if kind in ('LIT', 'STR', 'IN', 'ANY', 'AT', 'REF', 'LOOK', 'ATOM'):
        return True
    if kind == 'SEQ':
        for item in node[1]:
            if not is_deterministic(item):
                return False
        return True
    if kind == 'GRP':
        return is_deterministic(node[2])
    if kind == 'REP':
        return (node[1] == node[2] or node[3] == 'p') and is_deterministic(node[4])
    return False


class _Prep:
    def run(self, node):
        return self.visit(node)

    def visit(self, node):
        kind = node[0]
        if kind == 'SEQ':
            items = []
            run = []
            for item in node[1]:
                item = self.visit(item)
                if item[0] == 'LIT' and not item[2]:
                    run.append(item[1])
                    continue
                if run:
                    items.append(self.literal_run(run))
                    run = []
                items.append(item)
            if run:
                items.append(self.literal_run(run))
            if len(items) == 1:
                return items[0]
            return ('SEQ', items)
        if kind == 'LIT':
            if node[2] and len(fold_set(node[1], node[3])) == 1 and node[1].isascii():
                # A character without case needs no case folding.
                return ('LIT', node[1], False, node[3])
            return node
        if kind == 'ALT':
            branches = [self.visit(item) for item in node[1]]
            merged = _merge_single_branches(branches)
            if merged is not None:
                return merged
            return ('ALT', branches)
        if kind == 'GRP':
            return ('GRP', node[1], self.visit(node[2]))
        if kind == 'REP':
            return ('REP', node[1], node[2], node[3], self.visit(node[4]))
        if kind == 'LOOK':
            return ('LOOK', node[1], node[2], self.visit(node[3]), node[4])
        if kind == 'ATOM':
            return ('ATOM', self.visit(node[1]))
        if kind == 'COND':
            no = node[3]
            return ('COND', node[1], self.visit(node[2]),
                    None if no is None else self.visit(no))
        return node

    def literal_run(self, chars):
        if len(chars) == 1:
            return ('LIT', chars[0], False, False)
        return ('STR', ''.join(chars))


class Compiler:
    """Compile one prepared tree for one kind of subject (str or list)."""

    def __init__(self, ngroups, is_list, ascii_icase):
        self.ngroups = ngroups
        self.is_list = is_list
        self.ascii_icase = ascii_icase
        self.pending_base = 3 + 2 * ngroups
        self.size = self.pending_base + ngroups
        self.deep = False

    def alloc(self, count):
        index = self.size
        self.size += count
        return index

    def compile(self, node, nxt, follow):
        kind = node[0]
        method = getattr(self, 'c_' + kind)
        return method(node, nxt, follow)

    # Literals and single characters.

    def c_STR(self, node, nxt, follow):
        text = node[1]
        size = len(text)
        if self.is_list:
            chars = list(text)

            def m(s, i, c):
                if s[i:i + size] == chars:
                    return nxt(s, i + size, c)
                return -1
        else:
            def m(s, i, c):
                if s.startswith(text, i):
                    return nxt(s, i + size, c)
                return -1
        return m

    def c_LIT(self, node, nxt, follow):
        return self.single(char_test(node), nxt)

    def c_ANY(self, node, nxt, follow):
        return self.single(char_test(node), nxt)

    def c_IN(self, node, nxt, follow):
        return self.single(char_test(node), nxt)

    def single(self, test, nxt):
        test = localize(test, self.is_list)
        kind = test[0]
        if kind == 'eq':
            ch = test[1]
            if self.is_list:
                def m(s, i, c):
                    if i < len(s) and s[i] == ch:
                        return nxt(s, i + 1, c)
                    return -1
            else:
                def m(s, i, c):
                    if s.startswith(ch, i):
                        return nxt(s, i + 1, c)
                    return -1
        elif kind == 'set':
            chars = test[1]

            def m(s, i, c):
                if i < len(s) and s[i] in chars:
                    return nxt(s, i + 1, c)
                return -1
        elif kind == 'nset':
            chars = test[1]

            def m(s, i, c):
                if i < len(s) and s[i] not in chars:
                    return nxt(s, i + 1, c)
                return -1
        elif kind == 'fn':
            f = test[1]

            def m(s, i, c):
                if i < len(s) and f(s[i]):
                    return nxt(s, i + 1, c)
                return -1
        elif kind == 'any':
            def m(s, i, c):
                if i < len(s):
                    return nxt(s, i + 1, c)
                return -1
        else:
            def m(s, i, c):
                if i < len(s) and s[i] != '\n':
                    return nxt(s, i + 1, c)
                return -1
        return m

    # Sequences and alternatives.

    def c_SEQ(self, node, nxt, follow):
        m = nxt
        for item in reversed(node[1]):
            m = self.compile(item, m, follow)
            follow = first_literal(item)
        return m

    def c_ALT(self, node, nxt, follow):
        branches = [self.compile(item, nxt, follow) for item in node[1]]
        if len(branches) == 2:
            first, second = branches

            def m(s, i, c):
                r = first(s, i, c)
                if r >= 0:
                    return r
                return second(s, i, c)
            return m

        def m(s, i, c):
            for branch in branches:
                r = branch(s, i, c)
                if r >= 0:
                    return r
            return -1
        return m

    # Groups and references.

    def c_GRP(self, node, nxt, follow):
        gid = node[1]
        start_slot = 1 + 2 * gid
        end_slot = start_slot + 1
        pending = self.pending_base + gid - 1

        def close(s, i, c):
            old_start = c[start_slot]
            old_end = c[end_slot]
            old_last = c[0]
            c[start_slot] = c[pending]
            c[end_slot] = i
            c[0] = gid
            r = nxt(s, i, c)
            if r < 0:
                c[start_slot] = old_start
                c[end_slot] = old_end
                c[0] = old_last
            return r

        body = self.compile(node[2], close, follow)

        def m(s, i, c):
            old = c[pending]
            c[pending] = i
            r = body(s, i, c)
            if r < 0:
                c[pending] = old
            return r
        return m

    def c_REF(self, node, nxt, follow):
        gid = node[1]
        start_slot = 1 + 2 * gid
        end_slot = start_slot + 1
        if not node[2]:
            def m(s, i, c):
                end = c[end_slot]
                if end < 0:
                    return -1
                start = c[start_slot]
                size = end - start
                if s[i:i + size] == s[start:end]:
                    return nxt(s, i + size, c)
                return -1
            return m
        if self.ascii_icase:
            lower = ascii_lower
        else:
            lower = str.lower
        is_list = self.is_list

        def m(s, i, c):
            end = c[end_slot]
            if end < 0:
                return -1
            start = c[start_slot]
            size = end - start
            if i + size > len(s):
                return -1
            a = s[i:i + size]
            b = s[start:end]
            if is_list:
                a = ''.join(a)
                b = ''.join(b)
            if a == b or lower(a) == lower(b):
                return nxt(s, i + size, c)
            return -1
        return m

    def c_COND(self, node, nxt, follow):
        end_slot = 2 + 2 * node[1]
        yes = self.compile(node[2], nxt, follow)
        no = nxt if node[3] is None else self.compile(node[3], nxt, follow)

        def m(s, i, c):
            if c[end_slot] >= 0:
                return yes(s, i, c)
            return no(s, i, c)
        return m

    # Anchors.

    def c_AT(self, node, nxt, follow):
        kind = node[1]
        if kind == 'bol':
            if node[2]:
                def m(s, i, c):
                    if i == 0 or s[i - 1] == '\n':
                        return nxt(s, i, c)
                    return -1
            else:
                def m(s, i, c):
                    if i == 0:
                        return nxt(s, i, c)
                    return -1
        elif kind == 'eol':
            if node[2]:
                def m(s, i, c):
                    if i == len(s) or s[i] == '\n':
                        return nxt(s, i, c)
                    return -1
            else:
                def m(s, i, c):
                    n = len(s)
                    if i == n or (i == n - 1 and s[i] == '\n'):
                        return nxt(s, i, c)
                    return -1
        elif kind == 'A':
            def m(s, i, c):
                if i == 0:
                    return nxt(s, i, c)
                return -1
        elif kind == 'Z':
            def m(s, i, c):
                if i == len(s):
                    return nxt(s, i, c)
                return -1
        else:
            if node[2]:
                words = _ASCII_WORD

                def is_word(ch):
                    return ch in words
            else:
                is_word = _uni_word
            boundary = kind == 'b'

            def m(s, i, c):
                n = len(s)
                if n == 0 and not boundary:
                    return -1
                before = i > 0 and is_word(s[i - 1])
                after = i < n and is_word(s[i])
                if (before != after) == boundary:
                    return nxt(s, i, c)
                return -1
        return m

    # Look-around and atomic groups.

    def c_LOOK(self, node, nxt, follow):
        behind, negated, width = node[1], node[2], node[4]
        body = self.compile(node[3], _ok, None)
        keep = _has_groups(node[3])
        if behind:
            inner = body

            def body(s, i, c):
                if i < width:
                    return -1
                return inner(s, i - width, c)
        if negated:
            def m(s, i, c):
                saved = c[:] if keep else None
                if body(s, i, c) >= 0:
                    if keep:
                        c[:] = saved
                    return -1
                return nxt(s, i, c)
        else:
            def m(s, i, c):
                saved = c[:] if keep else None
                if body(s, i, c) < 0:
                    return -1
                r = nxt(s, i, c)
                if r < 0 and keep:
                    c[:] = saved
                return r
        return m

    def c_ATOM(self, node, nxt, follow):
        body = self.compile(node[1], _ok, None)

        def m(s, i, c):
            saved = c[:]
            j = body(s, i, c)
            if j < 0:
                return -1
            r = nxt(s, j, c)
            if r < 0:
                c[:] = saved
            return r
        return m

    # Repeats.

    def c_REP(self, node, nxt, follow):
        mn, mx, mode, item = node[1], node[2], node[3], node[4]
        if mx == 0:
            return nxt
        if mode == 'p':
            return self.compile(('ATOM', ('REP', mn, mx, 'g', item)), nxt, follow)
        test = char_test(item)
        if test is not None:
            if mode == 'g':
                return self.greedy_single(test, mn, mx, nxt, follow)
            return self.lazy_single(test, mn, mx, nxt)
        if mn == 1 and mx == 1:
            return self.compile(item, nxt, follow)
        if is_deterministic(item):
            return self.simple_repeat(item, mn, mx, mode == 'g', nxt)
        return self.general_repeat(item, mn, mx, mode == 'g', nxt)

    def simple_repeat(self, item, mn, mx, greedy, nxt):
        """A repeat of a sub-pattern that matches in at most one way: the
        iterations run in a loop and backtracking steps back through them."""
        body = self.compile(item, _ok, None)
        keep = _has_groups(item)
        if greedy:
            def m(s, i, c):
                # With groups, the state after each iteration is kept so
                # that stepping back restores that iteration's captures.
                states = [c[:]] if keep else None
                ends = [i]
                p = i
                k = 0
                while mx is None or k < mx:
                    if k and k >= mn and ends[k - 1] == p:
                        # The last iteration matched the empty string.
                        break
                    j = body(s, p, c)
                    if j < 0:
                        break
                    ends.append(j)
                    if keep:
                        states.append(c[:])
                    k += 1
                    p = j
                if k < mn:
                    if keep:
                        c[:] = states[0]
                    return -1
                last = k
                while k >= mn:
                    if keep and k != last:
                        c[:] = states[k]
                    r = nxt(s, ends[k], c)
                    if r >= 0:
                        return r
                    k -= 1
                if keep:
                    c[:] = states[0]
                return -1
            return m

        def m(s, i, c):
            saved = c[:] if keep else None
            p = i
            k = 0
            while k < mn:
                j = body(s, p, c)
                if j < 0:
                    if keep:
                        c[:] = saved
                    return -1
                k += 1
                p = j
            start = -1
            while True:
                r = nxt(s, p, c)
                if r >= 0:
                    return r
                if (mx is not None and k >= mx) or p == start:
                    break
                start = p
                j = body(s, p, c)
                if j < 0:
                    break
                k += 1
                p = j
            if keep:
                c[:] = saved
            return -1
        return m

    def scan(self, test):
        """Return scan(s, i, limit): the end of the run of matching chars."""
        test = localize(test, self.is_list)
        kind = test[0]
        if kind == 'any':
            return lambda s, i, limit: limit
        if kind == 'nonl' and not self.is_list:
            def scan(s, i, limit):
                j = s.find('\n', i, limit)
                return limit if j < 0 else j
            return scan
        if kind == 'eq':
            ch = test[1]

            def scan(s, i, limit):
                while i < limit and s[i] == ch:
                    i += 1
                return i
            return scan
        if kind == 'set':
            chars = test[1]

            def scan(s, i, limit):
                while i < limit and s[i] in chars:
                    i += 1
                return i
            return scan
        if kind == 'nset':
            chars = test[1]

            def scan(s, i, limit):
                while i < limit and s[i] not in chars:
                    i += 1
                return i
            return scan
        if kind == 'nonl':
            def scan(s, i, limit):
                while i < limit and s[i] != '\n':
                    i += 1
                return i
            return scan
        f = test[1]

        def scan(s, i, limit):
            while i < limit and f(s[i]):
                i += 1
            return i
        return scan

    def greedy_single(self, test, mn, mx, nxt, follow):
        scan = self.scan(test)
        if nxt is _done or nxt is _ok:
            def m(s, i, c):
                n = len(s)
                limit = n if mx is None or i + mx > n else i + mx
                j = scan(s, i, limit)
                if j - i < mn:
                    return -1
                while True:
                    r = nxt(s, j, c)
                    if r >= 0:
                        return r
                    if j - i <= mn:
                        return -1
                    j -= 1
            return m
        if follow is not None and not self.is_list:
            # Only stop where the next character is the one that must follow.
            def m(s, i, c):
                n = len(s)
                limit = n if mx is None or i + mx > n else i + mx
                j = scan(s, i, limit)
                least = i + mn
                if j < least:
                    return -1
                j = s.rfind(follow, least, j + 1)
                while j >= 0:
                    r = nxt(s, j, c)
                    if r >= 0:
                        return r
                    if j <= least:
                        return -1
                    j = s.rfind(follow, least, j)
                return -1
            return m
        if follow is not None:
            def m(s, i, c):
                n = len(s)
                limit = n if mx is None or i + mx > n else i + mx
                j = scan(s, i, limit)
                least = i + mn
                if j < least:
                    return -1
                while j >= least:
                    if j < n and s[j] == follow:
                        r = nxt(s, j, c)
                        if r >= 0:
                            return r
                    j -= 1
                return -1
            return m

        def m(s, i, c):
            n = len(s)
            limit = n if mx is None or i + mx > n else i + mx
            j = scan(s, i, limit)
            least = i + mn
            while j >= least:
                r = nxt(s, j, c)
                if r >= 0:
                    return r
                j -= 1
            return -1
        return m

    def lazy_single(self, test, mn, mx, nxt):
        f = test_function(localize(test, self.is_list))
        scan = self.scan(test)

        def m(s, i, c):
            n = len(s)
            j = i + mn
            if j > n or scan(s, i, j) < j:
                return -1
            limit = n if mx is None or i + mx > n else i + mx
            while True:
                r = nxt(s, j, c)
                if r >= 0:
                    return r
                if j >= limit or not f(s[j]):
                    return -1
                j += 1
        return m

    def general_repeat(self, item, mn, mx, greedy, nxt):
        """A repeat of a sub-pattern, with its count kept in the state list."""
        self.deep = True
        count = self.alloc(2)
        last = count + 1
        body = None

        def until(s, i, c):
            n = c[count] + 1
            if n < mn:
                c[count] = n
                r = body(s, i, c)
                if r < 0:
                    c[count] = n - 1
                return r
            if greedy:
                if (mx is None or n < mx) and i != c[last]:
                    c[count] = n
                    old_last = c[last]
                    c[last] = i
                    r = body(s, i, c)
                    if r >= 0:
                        return r
                    c[last] = old_last
                    c[count] = n - 1
                return nxt(s, i, c)
            r = nxt(s, i, c)
            if r >= 0:
                return r
            if (mx is not None and n >= mx) or i == c[last]:
                return -1
            c[count] = n
            old_last = c[last]
            c[last] = i
            r = body(s, i, c)
            if r < 0:
                c[last] = old_last
                c[count] = n - 1
            return r

        body = self.compile(item, until, None)

        def m(s, i, c):
            old_count = c[count]
            old_last = c[last]
            c[count] = -1
            c[last] = -1
            r = until(s, i, c)
            if r < 0:
                c[count] = old_count
                c[last] = old_last
            return r
        return m


def compile_matcher(tree, ngroups, is_list, ascii_icase):
    """Compile a prepared tree; return (matcher, state size, deep)."""
    comp = Compiler(ngroups, is_list, ascii_icase)
    matcher = comp.compile(tree, _done, None)
    return matcher, comp.size, comp.deep
