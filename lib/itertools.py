"""Iterator building blocks: CPython 3.12's itertools module.

``count`` and ``repeat`` are the interpreter's types (from ``_itertools``),
with CPython's reprs (``count(5)``, ``repeat('x', 3)``).  The other tools are
functions that validate their arguments and call iter() on their inputs
right away, as CPython's constructors do, and then return an iterator that
does the work lazily: one of ``_itertools`` (cycle, groupby, islice,
compress, starmap, zip_longest and the combinatoric tools) or a generator.

Endless: count, cycle, repeat.
Finite: accumulate, batched, chain (and chain.from_iterable), compress,
dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile,
tee, zip_longest.
Combinatoric: product, permutations, combinations,
combinations_with_replacement.
"""

from operator import index as _index

import _itertools

__all__ = [
    'accumulate', 'batched', 'chain', 'combinations',
    'combinations_with_replacement', 'compress', 'count', 'cycle',
    'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
    'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
    'zip_longest',
]

_MAX_SSIZE = 9223372036854775807


def _ssize(value):
    # Converts an index-like value to an int that fits a C Py_ssize_t.
    value = _index(value)
    if value > _MAX_SSIZE or value < -_MAX_SSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


# ---------------------------------------------------------------------------
# Infinite iterators

count = _itertools.count


def cycle(iterable, /):
    """Yield the items of iterable, then the same items over and over."""
    return _itertools.cycle(iter(iterable))


repeat = _itertools.repeat


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence

def accumulate(iterable, func=None, *, initial=None):
    """Yield running totals of iterable (or running results of func).

    With initial, that value comes first and starts the accumulation.
    """
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def batched(iterable, n):
    """Yield tuples of n consecutive items of iterable; the last may be
    shorter.  Items are read only as each batch is filled.
    """
    n = _ssize(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)


def _batched(it, n):
    batch = []
    append = batch.append
    for item in it:
        append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch.clear()
    if batch:
        yield tuple(batch)


def chain(*iterables):
    """Yield the items of each iterable in turn."""
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterable, /):
    """Yield the items of each iterable produced by iterables, reading
    the outer iterable only as needed."""
    return _chain_lazily(iter(iterable))


def _chain_lazily(iterables):
    for iterable in iterables:
        yield from iterable


_from_iterable.__name__ = 'from_iterable'
_from_iterable.__qualname__ = 'chain.from_iterable'
chain.from_iterable = _from_iterable
del _from_iterable


def compress(data, selectors):
    """Yield the items of data whose matching selector is true."""
    return _itertools.compress(iter(data), iter(selectors))


def dropwhile(predicate, iterable, /):
    """Skip items while predicate(item) is true, then yield the rest."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def filterfalse(function, iterable, /):
    """Yield the items for which function(item) is false (the false
    items themselves when function is None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not function(item):
                yield item


def groupby(iterable, key=None):
    """Yield (key, group) pairs for runs of consecutive items with equal
    keys, key(item) or the item itself when key is None.

    The groups read from the same underlying iterator: moving on to the
    next pair ends the previous group.
    """
    return _itertools.groupby(iter(iterable), key)


def islice(*args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])

    Yield the items of iterable whose positions are those of
    range(start, stop, step); stop=None means no end.  Negative values
    are not allowed.
    """
    if kwargs:
        raise TypeError('islice() takes no keyword arguments')
    nargs = len(args)
    if nargs < 2:
        raise TypeError('islice expected at least 2 arguments, got %d'
                        % nargs)
    if nargs > 4:
        raise TypeError('islice expected at most 4 arguments, got %d'
                        % nargs)
    iterable = args[0]
    args = args[1:]
    nargs -= 1
    if nargs == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if nargs == 3 else None
    stop_error = ('Stop argument for islice() must be None or an integer: '
                  '0 <= x <= sys.maxsize.')
    if stop is not None:
        try:
            stop = _ssize(stop)
        except (TypeError, OverflowError):
            raise ValueError(stop_error) from None
        if stop == -1:
            raise ValueError(stop_error)
    if start is None:
        start = 0
    else:
        try:
            start = _ssize(start)
        except (TypeError, OverflowError):
            start = -1
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    else:
        try:
            step = _ssize(step)
        except (TypeError, OverflowError):
            step = -1
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or '
                         'None.')
    return _itertools.islice(iter(iterable), start, stop, step)


def pairwise(iterable, /):
    """Yield each pair of neighbouring items: (s0, s1), (s1, s2), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for previous in it:
        break
    else:
        return
    for item in it:
        yield (previous, item)
        previous = item


def starmap(function, iterable, /):
    """Yield function(*args) for each argument tuple args of iterable."""
    return _itertools.starmap(function, iter(iterable))


def takewhile(predicate, iterable, /):
    """Yield items while predicate(item) is true, and stop at the first
    item for which it is false."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if predicate(item):
            yield item
        else:
            return


def tee(iterable, n=2, /):
    """Split one iterator into a tuple of n independent iterators."""
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # The iterators share a singly linked list of fetched values: each link
    # is [value, next_link], and next_link is None until the value is read.
    head = [None, None]
    return tuple([_tee(it, head) for _ in range(n)])


def _tee(it, link):
    while True:
        if link[1] is None:
            try:
                link[0] = next(it)
            except StopIteration:
                return
            link[1] = [None, None]
        yield link[0]
        link = link[1]


def zip_longest(*iterables, **kwargs):
    """zip_longest(*iterables, fillvalue=None)

    Like zip(), but runs until the longest input is exhausted, using
    fillvalue in place of the missing items of shorter ones.
    """
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError('zip_longest() got an unexpected keyword '
                            'argument')
        fillvalue = kwargs['fillvalue']
    return _itertools.zip_longest([iter(it) for it in iterables], fillvalue)


# ---------------------------------------------------------------------------
# Combinatoric iterators

def product(*iterables, **kwargs):
    """product(*iterables, repeat=1)

    Yield the tuples of the cartesian product of the inputs, rightmost
    element varying fastest, as nested for-loops would.  repeat=n uses the
    inputs n times over: product(A, repeat=2) is product(A, A).
    """
    repeat = 1
    if kwargs:
        for name in kwargs:
            if name != 'repeat':
                raise TypeError('%r is an invalid keyword argument for '
                                'product()' % (name,))
        repeat = _ssize(kwargs['repeat'])
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _itertools.product(pools)


def permutations(iterable, r=None):
    """Yield every ordering of r distinct positions of the input (all
    of them when r is None), in lexicographic order of positions."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _itertools.permutations(pool, r)


def combinations(iterable, r):
    """Yield every sorted selection of r distinct positions of the
    input, in lexicographic order of positions."""
    r = _ssize(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _itertools.combinations(pool, r, False)


def combinations_with_replacement(iterable, r):
    """Yield every sorted selection of r positions of the input in
    which a position may repeat, in lexicographic order of positions."""
    r = _ssize(r)
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _itertools.combinations(pool, r, True)
