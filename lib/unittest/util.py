"""Small utilities shared by the unittest modules: safe reprs, class
names, the shortening of long reprs in failure messages, and the counting
of differing elements used by assertCountEqual."""

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

# The limits for shortening the reprs shown in "x != y" messages.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    """Replace the middle of `s` by "[N chars]" when that saves room."""
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    """The safe reprs of `args`, shortened together so that the part they
    share is elided first and the differing parts stay visible."""
    reprs = [safe_repr(arg) for arg in args]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    prefix = commonprefix(reprs)
    plen = len(prefix)
    room = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(head + r[plen:] for r in reprs)
    head = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when repr raises; with
    `short`, cut to 80 characters."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    """The dotted name of a class: module and qualified name."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _past_run(items, i, value):
    """The index after the run of items equal to `value` that starts at i."""
    i += 1
    while i < len(items) and items[i] == value:
        i += 1
    return i


def sorted_list_difference(expected, actual):
    """For two sorted lists, return (items only in expected, items only in
    actual); runs of equal items count once, except in the tail left over
    when one list runs out."""
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e = expected[i]
        a = actual[j]
        if e < a:
            missing.append(e)
            i = _past_run(expected, i, e)
        elif a < e:
            unexpected.append(a)
            j = _past_run(actual, j, a)
        else:
            i = _past_run(expected, i, e)
            j = _past_run(actual, j, a)
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for unsortable items; `expected` is
    consumed.  Returns (missing, unexpected)."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """The (count in actual, count in expected, element) triples of the
    elements whose counts differ, for elements that may be unhashable."""
    first = list(actual)
    second = list(expected)
    taken = object()
    result = []
    for i, elem in enumerate(first):
        if elem is taken:
            continue
        n_first = n_second = 0
        for j in range(i, len(first)):
            if first[j] == elem:
                n_first += 1
                first[j] = taken
        for j, other in enumerate(second):
            if other == elem:
                n_second += 1
                second[j] = taken
        if n_first != n_second:
            result.append(_Mismatch(n_first, n_second, elem))
    for i, elem in enumerate(second):
        if elem is taken:
            continue
        n_second = 0
        for j in range(i, len(second)):
            if second[j] == elem:
                n_second += 1
                second[j] = taken
        result.append(_Mismatch(0, n_second, elem))
    return result


def _count_diff_hashable(actual, expected):
    """_count_diff_all_purpose for hashable elements, through Counters."""
    first = Counter(actual)
    second = Counter(expected)
    result = []
    for elem, n_first in first.items():
        n_second = second.get(elem, 0)
        if n_first != n_second:
            result.append(_Mismatch(n_first, n_second, elem))
    for elem, n_second in second.items():
        if elem not in first:
            result.append(_Mismatch(0, n_second, elem))
    return result
