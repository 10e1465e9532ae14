"""Heap queue algorithm: binary min-heaps kept in plain lists.

A list ``heap`` is a heap when ``heap[k] <= heap[2*k+1]`` and
``heap[k] <= heap[2*k+2]`` for every valid index, so ``heap[0]`` is always
the smallest item.  Items are only ever compared with ``<``.

The functions reproduce the exact list layouts of CPython's heapq: removing
the root moves the smaller child up repeatedly until a leaf is reached, puts
the displaced item there, and then lets that item rise to its place.  This
does fewer comparisons than a classic sift-down because the displaced item
usually belongs near the bottom anyway.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _rise(heap, top, pos):
    """Move heap[pos] towards the root (but not above index top) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos, whose item may be too large: promote the
    smaller child until a leaf is reached, then let the item rise."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, top, pos)


def _check_list(heap, func, which="argument"):
    """Raise CPython's TypeError unless heap is a list."""
    if not isinstance(heap, list):
        name = "None" if heap is None else type(heap).__name__
        raise TypeError("%s() %s must be list, not %s" % (func, which, name))


def heappush(heap, item):
    """Add item to the heap."""
    _check_list(heap, 'heappush', "argument 1")
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item of the heap."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Swap the smallest item for item: return the current root and
    put item into the heap, whose size stays the same.  The heap must not
    be empty; item may be smaller than the returned value."""
    _check_list(heap, 'heapreplace', "argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Return the smaller of item and the heap's root, leaving the other
    one in the heap (in one step, unlike heappush() then heappop())."""
    _check_list(heap, 'heappushpop', "argument 1")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify')
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


# Max-heap variants, used by merge(reverse=True).  They mirror the min-heap
# functions with every comparison turned around (still using only "<").

def _rise_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise_max(heap, top, pos)


def _heapify_max(x):
    """Transform a list into a max-heap, in place."""
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


def _heappop_max(heap):
    """Pop the largest item off a max-heap."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Pop the largest item off a max-heap and push item."""
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# The heap operations on lists run in the interpreter when it has them
# (the built-in _heapq, as CPython's C module); the Python versions above
# stay for interpreters without.
try:
    from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify,
                        _heappop_max, _heapreplace_max, _heapify_max)
except ImportError:
    pass


def merge(*iterables, key=None, reverse=False):
    """Return an iterator over the items of all the inputs in sorted
    order, reading each input lazily.

    Each input must already be sorted by key (in descending order when
    reverse is true).  Equal items come out in the order of their inputs.
    """
    return _merge(iterables, key, reverse)


def _merge(iterables, key, reverse):
    # Each heap entry is [sort value, input number, item, next function];
    # the input number breaks ties so that items of earlier inputs come
    # first and the items themselves never need to be compared on a tie.
    # In reverse mode the input number is negated, since the max-heap
    # prefers the larger number.
    sign = -1 if reverse else 1
    entries = []
    number = 0
    for iterable in iterables:
        nxt = iter(iterable).__next__
        try:
            value = nxt()
        except StopIteration:
            number += 1
            continue
        if key is None:
            entries.append([value, number * sign, value, nxt])
        else:
            entries.append([key(value), number * sign, value, nxt])
        number += 1
    if reverse:
        _heapify_max(entries)
        sink = _sink_max
    else:
        heapify(entries)
        sink = _sink
    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[2]
            try:
                value = entry[3]()
            except StopIteration:
                break
            entry[0] = value if key is None else key(value)
            entry[2] = value
            sink(entries, 0)
        # The exhausted input leaves the heap.
        last = entries.pop()
        if entries:
            entries[0] = last
            sink(entries, 0)
    if entries:
        entry = entries[0]
        yield entry[2]
        nxt = entry[3]
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable, smallest
    first; the same list as sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            result = min(it, default=missing)
        else:
            result = min(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep the n best items seen so far in a max-heap of
    # [sort value, arrival number, item]; an item replaces the current worst
    # only when strictly smaller, so earlier items win ties.
    it = iter(iterable)
    best = []
    count = 0
    for item in it:
        best.append([item if key is None else key(item), count, item])
        count += 1
        if count == n:
            break
    if not best:
        return []
    _heapify_max(best)
    worst = best[0][0]
    for item in it:
        value = item if key is None else key(item)
        if value < worst:
            _heapreplace_max(best, [value, count, item])
            worst = best[0][0]
        count += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable, largest
    first; the same list as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            result = max(it, default=missing)
        else:
            result = max(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # Keep the n best items seen so far in a min-heap of
    # [sort value, -arrival number, item]; an item replaces the current
    # smallest only when strictly larger, so earlier items win ties.
    it = iter(iterable)
    best = []
    count = 0
    for item in it:
        best.append([item if key is None else key(item), count, item])
        count -= 1
        if count == -n:
            break
    if not best:
        return []
    heapify(best)
    worst = best[0][0]
    for item in it:
        value = item if key is None else key(item)
        if worst < value:
            heapreplace(best, [value, count, item])
            worst = best[0][0]
        count -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
