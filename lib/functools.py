"""Higher-order functions and operations on callable objects.

This is CPython 3.12's functools module: reduce, partial and
partialmethod, update_wrapper and wraps, the lru_cache and cache
memoizing decorators, cached_property, cmp_to_key, total_ordering, and
the singledispatch / singledispatchmethod generic functions.
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
    'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
    'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
    'cached_property',
]

# Types that have no importable name outside the types module, which this
# module does not depend on.
_GenericAlias = type(list[int])
_UnionType = type(int | str)
_MappingProxy = type(type.__dict__)


# ---------------------------------------------------------------------------
# update_wrapper() and wraps()

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped and return wrapper.

    The attributes named in assigned are copied from wrapped when it has
    them, the dictionaries named in updated are merged into wrapper's, and
    wrapper.__wrapped__ is set to wrapped.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # This is set last so that a __wrapped__ copied along with __dict__
    # does not hide the function actually being wrapped.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Return a decorator that calls update_wrapper(decorated, wrapped).

    Meant for the inner function of a decorator: @wraps(func) gives it
    func's name, docstring and the other attributes listed in assigned.
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---------------------------------------------------------------------------
# total_ordering()

# Each root comparison maps to the other three comparisons, written in terms
# of the root and of ==/!=.  A NotImplemented result from the root is passed
# on unchanged.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


# Roots in order of preference, each with the comparisons it provides.
_ORDERING_ROOTS = (
    ('__lt__', (('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
                ('__ge__', _ge_from_lt))),
    ('__le__', (('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
                ('__gt__', _gt_from_le))),
    ('__gt__', (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
                ('__le__', _le_from_gt))),
    ('__ge__', (('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
                ('__lt__', _lt_from_ge))),
)


def total_ordering(cls):
    """Give cls all four ordering comparisons from one of them.

    The class must define at least one of __lt__, __le__, __gt__ and
    __ge__ (and normally __eq__); the missing ones are derived from it.
    """
    # An ordering method counts as defined when the class (or one of its
    # bases other than object) overrides object's default.
    defined = set()
    for name, _ in _ORDERING_ROOTS:
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.add(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    for root, derived in _ORDERING_ROOTS:
        if root in defined:
            break
    for name, func in derived:
        if name not in defined:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# ---------------------------------------------------------------------------
# cmp_to_key()

class KeyWrapper:
    """Key wrapper that orders objects with an old-style comparison function.

    ``cmp_to_key(mycmp)`` returns an unbound wrapper; calling it with an
    object returns a wrapper for that object whose rich comparisons call
    ``mycmp(a, b)`` and compare the result with zero.
    """

    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __call__(self, obj):
        key = KeyWrapper.__new__(KeyWrapper)
        key.cmp = self.cmp
        key.obj = obj
        return key

    def __lt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) < 0

    def __le__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) <= 0

    def __gt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) > 0

    def __ge__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) >= 0

    def __eq__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) != 0


def cmp_to_key(mycmp):
    """Turn mycmp(a, b), returning a negative, zero or positive number,
    into a key function for sorted(), min(), max() and the like."""
    key = KeyWrapper.__new__(KeyWrapper)
    key.cmp = mycmp
    return key


# ---------------------------------------------------------------------------
# reduce()

_MISSING = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of iterable from left to right with a two-argument
    function: reduce(f, [a, b, c]) is f(f(a, b), c).  When initial is given
    it comes before the items and is the result for an empty iterable.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    nargs = len(args)
    if nargs < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d'
                        % nargs)
    if nargs > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d'
                        % nargs)
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if nargs == 3:
        value = args[2]
    else:
        value = _MISSING
        for value in it:
            break
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial '
                            'value')
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------
# partial() and partialmethod()

# The partial type lives in the interpreter (`_functools`), as in CPython.
from _functools import partial


class partialmethod:
    """partialmethod(func, /, *args, **keywords)

    The method counterpart of partial: used in a class body, it binds
    like func would (as a method, classmethod, ...) and then fills in the
    stored arguments after the instance or class.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            # Nested partialmethods are flattened into one.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        parts = [repr(self.func)]
        parts.extend(map(repr, self.args))
        for k, v in self.keywords.items():
            parts.append('%s=%r' % (k, v))
        return '%s.%s(%s)' % (cls.__module__, cls.__qualname__,
                              ', '.join(parts))

    def _as_plain_method(self):
        # Used when func does not bind itself: the instance (or class)
        # becomes the first argument, ahead of the stored ones.
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # func is a descriptor that produced something new (for
                # example a bound method): apply the arguments to it.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._as_plain_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# lru_cache() and cache()

class CacheInfo(tuple):
    """Statistics of an lru_cache: CacheInfo(hits, misses, maxsize, currsize)."""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return ('CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)'
                % tuple(self))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r'
                             % list(changes))
        return type(self)(*values)

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo = CacheInfo
del CacheInfo

# Separates positional arguments from keyword items in a cache key.
_KWD_MARK = object()
_FAST_KEY_TYPES = (int, str)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function in a least-recently-used cache.

    Usable bare (@lru_cache) or with arguments (@lru_cache(maxsize=32)).
    Once maxsize results are stored, the one used least recently is
    dropped; maxsize=None means no limit.  With typed=True arguments of
    different types (1 and 1.0) are cached separately.  Arguments must be
    hashable.  The wrapper has cache_info(), cache_clear(),
    cache_parameters() and __wrapped__.
    """
    if isinstance(maxsize, int):
        # A negative maxsize behaves like zero: nothing is cached.
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a bare decorator: @lru_cache.
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # Builds the caching wrapper around user_function.  The cache is a dict
    # kept in recency order: a hit moves its key to the end, and when the
    # cache is full the first (least recently used) key is evicted.
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    cache = {}
    cache_get = cache.get
    hits = misses = 0
    missing = _MISSING
    mark = _KWD_MARK
    # Without keywords a lone int or str argument is its own key, so f(1)
    # and f(1.0) are cached separately while f(1.0) and f(True) are not.
    fast_types = _FAST_KEY_TYPES

    def make_key(args, kwds):
        key = args
        if kwds:
            key += (mark,)
            for item in kwds.items():
                key += item
        if typed:
            key += tuple([type(v) for v in args])
            if kwds:
                key += tuple([type(v) for v in kwds.values()])
        return key

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = make_key(args, kwds)
            elif len(args) == 1 and type(args[0]) in fast_types:
                key = args[0]
            else:
                key = args
            result = cache_get(key, missing)
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed:
                key = make_key(args, kwds)
            elif len(args) == 1 and type(args[0]) in fast_types:
                key = args[0]
            else:
                key = args
            result = cache_get(key, missing)
            if result is not missing:
                hits += 1
                # Move the entry to the most recently used end.
                del cache[key]
                cache[key] = result
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already cached this result.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Return the CacheInfo of this cache."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset its statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Memoize user_function without a size limit: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------
# singledispatch() and singledispatchmethod()

class _RegistryView:
    # A read-only view of a dict, used for singledispatch's registry when
    # mappingproxy objects cannot be created directly.
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


def _read_only(mapping):
    try:
        return _MappingProxy(mapping)
    except TypeError:
        return _RegistryView(mapping)


def _is_class(obj):
    return isinstance(obj, type) and not isinstance(obj, _GenericAlias)


def _is_valid_dispatch_type(cls):
    if _is_class(cls):
        return True
    return (isinstance(cls, _UnionType)
            and all(_is_class(arg) for arg in cls.__args__))


def _find_impl(cls, registry):
    """Return the registered implementation that best matches cls.

    Classes in cls.__mro__ are searched in order.  A registered type
    outside the MRO that still reports cls as a subclass (an abstract base
    class with virtual subclasses) is ranked just after the last MRO entry
    that is a subclass of it.
    """
    mro = cls.__mro__
    best = None
    best_rank = len(mro)
    for index, base in enumerate(mro):
        if base in registry:
            best = base
            best_rank = index
            break
    # Virtual matches, each with the MRO position it is inserted after.
    virtual = []
    for typ in registry:
        if typ in mro:
            continue
        try:
            if not issubclass(cls, typ):
                continue
        except TypeError:
            continue
        position = 0
        for index, base in enumerate(mro):
            try:
                if issubclass(base, typ):
                    position = index
            except TypeError:
                pass
        if position < best_rank:
            virtual.append((position, typ))
    if virtual:
        position = min(p for p, _ in virtual)
        tied = [typ for p, typ in virtual if p == position]
        # Among types inserted at the same place the most specific wins;
        # unrelated ones make the dispatch ambiguous.
        match = tied[0]
        for typ in tied[1:]:
            if issubclass(typ, match):
                match = typ
        for typ in tied:
            if typ is not match and not issubclass(match, typ):
                raise RuntimeError('Ambiguous dispatch: {} or {}'
                                   .format(match, typ))
        best = match
    return registry.get(best)


def _annotations_of(func):
    # The annotations of func; those of a classmethod or staticmethod are
    # the ones of the function it wraps.
    annotations = getattr(func, '__annotations__', None)
    if annotations is None:
        inner = getattr(func, '__func__', None)
        if inner is not None:
            annotations = getattr(inner, '__annotations__', None)
    return annotations


def _globals_of(func):
    # The module namespace in which func's string annotations are evaluated.
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    return getattr(func, '__globals__', {})


def singledispatch(func):
    """Turn func into a generic function dispatching on its first argument.

    func handles objects of any type; register(cls) adds a version for
    cls and its subclasses, and calls use the version registered for the
    nearest class in the type's method resolution order.
    """
    registry = {}
    dispatch_cache = {}
    # Dispatch results stay valid only while every registered type is an
    # ordinary class; virtual subclass relations may change at any time.
    cacheable = True

    def dispatch(cls):
        """Return the implementation that a first argument of type cls
        would be dispatched to."""
        if cacheable:
            try:
                return dispatch_cache[cls]
            except KeyError:
                pass
        impl = _find_impl(cls, registry)
        if cacheable:
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls and return it.

        Usable as register(cls, func), as the decorator @register(cls), or
        as @register on a function whose first parameter is annotated with
        a class or a union of classes.
        """
        nonlocal cacheable
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            annotations = _annotations_of(cls)
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                # A string annotation is a forward reference to a name in
                # the function's module.
                cls = eval(cls, _globals_of(func))
            if not _is_valid_dispatch_type(cls):
                if isinstance(cls, _UnionType):
                    raise TypeError('Invalid annotation for %r. %r not all '
                                    'arguments are classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a '
                                'class.' % (argname, cls))
        if isinstance(cls, _UnionType):
            classes = cls.__args__
        else:
            classes = (cls,)
        for typ in classes:
            registry[typ] = func
            if type(typ) is not type:
                cacheable = False
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _read_only(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """The method counterpart of singledispatch: dispatches on the first
    argument after self (or cls), and wraps classmethod and staticmethod
    objects as well as plain functions.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method for cls; usable like singledispatch's register."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            method = dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------------------
# cached_property

class cached_property:
    """Turn a method into a property whose value is computed once per
    instance and then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache "
                            "%r property." % (type(instance).__name__, name)
                            ) from None
        value = cache.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[name] = value
            except TypeError:
                raise TypeError(
                    "The '__dict__' attribute on %r instance does not "
                    "support item assignment for caching %r property."
                    % (type(instance).__name__, name)) from None
        return value

    __class_getitem__ = classmethod(_GenericAlias)
