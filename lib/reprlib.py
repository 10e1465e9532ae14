"""Size-limited object representations, as in CPython 3.12's reprlib.

Repr produces repr()-like strings in which containers show only their first
few items, long strings and integers are cut in the middle, and nesting
deeper than maxlevel is abbreviated, the omitted parts being shown as
fillvalue.  recursive_repr() makes a __repr__ method safe against
containers that include themselves.
"""

import builtins

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue="..."):
    """Decorator for __repr__ methods: a recursive call for an object
    whose representation is already being made returns fillvalue."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, "__module__", None)
        wrapper.__doc__ = getattr(user_function, "__doc__", None)
        wrapper.__name__ = getattr(user_function, "__name__", "wrapper")
        wrapper.__qualname__ = getattr(user_function, "__qualname__",
                                       "wrapper")
        wrapper.__annotations__ = getattr(user_function, "__annotations__",
                                          {})
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _first(iterable, n):
    """Return the first n items of iterable, as a list."""
    if type(iterable) is list:
        return iterable[:n]
    items = []
    if n <= 0:
        return items
    for item in iterable:
        items.append(item)
        if len(items) >= n:
            break
    return items


def _possibly_sorted(x):
    # Sorting gives stable output for sets and dicts, when the items
    # can be compared at all.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Makes abbreviated representations; the limits are attributes.

    repr() dispatches on the name of the object's type to a method
    repr_<typename> (spaces in the name becoming underscores), so that
    subclasses can add support for more types; other objects go through
    repr_instance()."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                 maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6,
                 maxstring=30, maxlong=40, maxother=30, fillvalue="...",
                 indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if " " in typename:
            typename = "_".join(typename.split())
        method = getattr(self, "repr_" + typename, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _join(self, pieces, level):
        """Join item representations: on one line, or one per line when
        indent is set."""
        indent = self.indent
        if indent is None:
            return ", ".join(pieces)
        if not pieces:
            return ""
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError("Repr.indent cannot be negative int "
                                 "(was %r)" % (indent,))
            indent = " " * indent
        try:
            prefix = "\n" + (self.maxlevel - level + 1) * indent
        except TypeError as error:
            raise TypeError("Repr.indent must be a str, int or None, not %s"
                            % (type(indent),)) from error
        closing = "\n" + (self.maxlevel - level) * indent
        return "".join(prefix + piece + "," for piece in pieces) + closing

    def _shorten(self, s, limit):
        """Cut s in the middle to about limit characters."""
        if len(s) <= limit:
            return s
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return s[:head] + self.fillvalue + s[len(s) - tail:]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=""):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            repr1 = self.repr1
            pieces = [repr1(item, level - 1) for item in _first(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = self._join(pieces, level)
            if n == 1 and trail and self.indent is None:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, "[", "]", self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode,
                                   "])", self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        return self._repr_iterable(_possibly_sorted(x), level, "{", "}",
                                   self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        return self._repr_iterable(_possibly_sorted(x), level,
                                   "frozenset({", "})", self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        repr1 = self.repr1
        pieces = []
        for key in _first(_possibly_sorted(x), self.maxdict):
            pieces.append("%s: %s" % (repr1(key, level - 1),
                                      repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return "{" + self._join(pieces, level) + "}"

    def repr_str(self, x, level):
        limit = self.maxstring
        s = builtins.repr(x[:limit])
        if len(s) > limit:
            # Keep both ends of the string, quoted as repr() would.
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return self._shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return "<%s instance at %#x>" % (x.__class__.__name__, id(x))
        return self._shorten(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
