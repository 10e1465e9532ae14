"""Bisection algorithms: binary search in sorted sequences and insertion
that keeps them sorted.

All functions accept an optional slice ``lo:hi`` of the sequence to search
and an optional ``key`` function applied to the sequence's items (not to
the searched value ``x``).  Items are compared with ``<`` only.
"""


def _lo_index(lo):
    """Convert lo to an int as CPython's argument parsing does."""
    if type(lo) is int:
        return lo
    index = getattr(type(lo), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(lo).__name__)
    return index(lo)


def _hi_index(hi, a):
    """Convert hi to an int; None (or -1, CPython's internal default)
    stands for len(a)."""
    if hi is None:
        return len(a)
    if type(hi) is not int:
        index = getattr(type(hi), '__index__', None)
        if index is None:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(hi).__name__)
        hi = index(hi)
    if hi == -1:
        return len(a)
    return hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index after the last item of the sorted sequence a that
    is not greater than x (searching a[lo:hi] only): inserting x there keeps
    a sorted, and places x after items equal to it."""
    lo = _lo_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    hi = _hi_index(hi, a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index of the first item of the sorted sequence a that is
    not less than x (searching a[lo:hi] only): inserting x there keeps a
    sorted, and places x before items equal to it."""
    lo = _lo_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    hi = _hi_index(hi, a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, after any items equal to it.
    key, if given, is applied to x as well as to the items."""
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, before any items equal to it.
    key, if given, is applied to x as well as to the items."""
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


# The interpreter's own versions (the built-in _bisect, as CPython's C
# module) replace these when it has them.
try:
    from _bisect import bisect_right, bisect_left, insort_right, insort_left
except ImportError:
    pass

# The unsuffixed names search and insert to the right, like CPython's.
bisect = bisect_right
insort = insort_right
