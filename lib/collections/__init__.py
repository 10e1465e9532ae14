"""Container datatypes, as in CPython's collections module.

* namedtuple   -- factory for tuple subclasses with named fields
* deque        -- list-like sequence with fast appends and pops at both ends
* ChainMap     -- one view over several mappings
* Counter      -- dict subclass counting hashable objects
* OrderedDict  -- dict subclass whose order can be rearranged
* defaultdict  -- dict subclass that fills in missing values from a factory
* UserDict, UserList, UserString -- wrappers that are easy to subclass

Everything is written in Python on top of the built-in dict, list and tuple.
The abstract base classes live in the submodule collections.abc.
"""

import sys

from . import abc as _abc

__all__ = [
    "ChainMap",
    "Counter",
    "OrderedDict",
    "UserDict",
    "UserList",
    "UserString",
    "defaultdict",
    "deque",
    "namedtuple",
]

_GenericAlias = _abc.GenericAlias
_dict_setitem = dict.__setitem__
_dict_pop = dict.pop
_dict_iter = dict.__iter__
_dict_keys = dict.keys
_dict_values = dict.values
_dict_items = dict.items
_dict_eq = dict.__eq__
_dict_repr = dict.__repr__
_tuple_new = tuple.__new__

# Keys (object ids) of containers whose repr is being computed, so that a
# container holding itself is shown as "..." instead of recursing forever.
_repr_running = set()


def _index(value, sequence_index=False):
    """Convert value to an int through __index__, as C functions do."""
    if type(value) is int:
        return value
    try:
        convert = type(value).__index__
    except AttributeError:
        if sequence_index:
            raise TypeError(f"sequence index must be integer, not "
                            f"'{type(value).__name__}'") from None
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        f"interpreted as an integer") from None
    return convert(value)


################################################################################
### namedtuple
################################################################################

# The keywords of Python 3.12 (keyword.kwlist); soft keywords such as
# "match" are allowed as names.
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])


def _field_property(index):
    """Return a read-only property giving item number index of a tuple."""
    def get(self):
        return self[index]
    return property(get, _refuse_set, _refuse_delete,
                    f'Alias for field number {index}')


def _refuse_set(self, value):
    raise AttributeError("can't set attribute")


def _refuse_delete(self):
    raise AttributeError("can't delete attribute")


def _caller_module():
    """Best guess at the module that called namedtuple()."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(2).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    return '__main__'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass with named fields.

    field_names is a sequence of names or one string of names separated by
    spaces and/or commas.  With rename=True, invalid names become _0, _1 and
    so on; defaults apply to the rightmost fields; module sets __module__.

    >>> Card = namedtuple('Card', 'rank suit')
    >>> Card('Q', suit='hearts')
    Card(rank='Q', suit='hearts')
    """
    # Field names may come as one string separated by commas and/or spaces.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):],
                               defaults):
            field_defaults[name] = value

    fields = tuple(sys.intern(name) for name in field_names)
    num_fields = len(fields)
    arg_list = ', '.join(fields)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'

    # __new__ is compiled from source so that it has a real signature:
    # Point(1, y=2) and the usual "missing argument" errors then just work.
    namespace = {'_tuple_new': _tuple_new, '__name__': f'namedtuple_{typename}'}
    source = (f'def __new__(_cls, {arg_list}):\n'
              f'    return _tuple_new(_cls, ({arg_list}))\n')
    exec(source, namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value)
                             for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        """Show the class name and each field as name=value."""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a dict from each field name to its value."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The constructor arguments for copy and pickle: a plain tuple."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        class_namespace[name] = _field_property(index)

    result = type(typename, (tuple,), class_namespace)
    result.__module__ = module if module is not None else _caller_module()
    return result


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """A dict that calls default_factory to supply missing values.

    Built as defaultdict(default_factory=None, /, *args, **kwargs), where the
    remaining arguments are passed on to dict().  Looking up a missing
    key stores and returns default_factory(); with a factory of None a
    missing key raises KeyError as usual.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """Store and return default_factory() for a missing key."""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return f'{type(self).__name__}({factory_repr}, {_dict_repr(self)})'

    def copy(self):
        """Return a shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None,
                iter(_dict_items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### OrderedDict
################################################################################

class _OrderedDictView:
    """Base of the keys, values and items views of an OrderedDict."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'

    @property
    def mapping(self):
        """A read-only proxy of the underlying OrderedDict."""
        return _dict_keys(self._mapping).mapping


def _plain_view(value):
    """Swap an OrderedDict view for the equivalent plain dict view."""
    if isinstance(value, _OrderedDictView):
        return value._view()
    return value


class _OrderedDictSetView(_OrderedDictView):
    """Set operations for the keys and items views, done by dict's views."""

    __slots__ = ()

    def __eq__(self, other):
        return self._view() == _plain_view(other)

    def __ne__(self, other):
        return self._view() != _plain_view(other)

    def __lt__(self, other):
        return self._view() < _plain_view(other)

    def __le__(self, other):
        return self._view() <= _plain_view(other)

    def __gt__(self, other):
        return self._view() > _plain_view(other)

    def __ge__(self, other):
        return self._view() >= _plain_view(other)

    def __and__(self, other):
        return self._view() & _plain_view(other)

    def __rand__(self, other):
        return _plain_view(other) & self._view()

    def __or__(self, other):
        return self._view() | _plain_view(other)

    def __ror__(self, other):
        return _plain_view(other) | self._view()

    def __sub__(self, other):
        return self._view() - _plain_view(other)

    def __rsub__(self, other):
        return set(_plain_view(other)) - set(self._view())

    def __xor__(self, other):
        return self._view() ^ _plain_view(other)

    def __rxor__(self, other):
        return _plain_view(other) ^ self._view()

    def isdisjoint(self, other):
        """Return True if the view and the iterable share no element."""
        return self._view().isdisjoint(_plain_view(other))

    __hash__ = None


class odict_keys(_OrderedDictSetView):
    """A set-like view of an OrderedDict's keys, in order."""

    __slots__ = ()

    def _view(self):
        return _dict_keys(self._mapping)

    def __iter__(self):
        return _dict_iter(self._mapping)

    def __reversed__(self):
        return reversed(_dict_keys(self._mapping))

    def __contains__(self, key):
        return key in _dict_keys(self._mapping)


class odict_items(_OrderedDictSetView):
    """A set-like view of an OrderedDict's (key, value) pairs, in order."""

    __slots__ = ()

    def _view(self):
        return _dict_items(self._mapping)

    def __iter__(self):
        return iter(_dict_items(self._mapping))

    def __reversed__(self):
        return reversed(_dict_items(self._mapping))

    def __contains__(self, item):
        return item in _dict_items(self._mapping)


class odict_values(_OrderedDictView):
    """A view of an OrderedDict's values, in order."""

    __slots__ = ()

    def _view(self):
        return _dict_values(self._mapping)

    def __iter__(self):
        return iter(_dict_values(self._mapping))

    def __reversed__(self):
        return reversed(_dict_values(self._mapping))

    def __contains__(self, value):
        return value in _dict_values(self._mapping)


class OrderedDict(dict):
    """Dictionary that remembers insertion order and can rearrange it.

    Items can be moved to either end with move_to_end() and popped from
    either end with popitem(); equality between two OrderedDicts takes
    the order into account.
    """

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """Set items from a mapping or iterable of pairs, then from kwds."""
        if type(self).__setitem__ is _dict_setitem:
            dict.update(self, other, **kwds)
            return
        # A subclass overriding __setitem__ sees every assignment.
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Take the newest (key, value) pair off and return it, or the
        oldest one when last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(_dict_keys(self)))
        else:
            key = next(_dict_iter(self))
        return key, _dict_pop(self, key)

    def move_to_end(self, key, last=True):
        """Make key the newest entry, or the oldest one when last is false.
        A missing key raises KeyError."""
        value = _dict_pop(self, key)
        if last:
            _dict_setitem(self, key, value)
        else:
            # A dict cannot insert at its front, so the other items are
            # taken out and put back after the moved one.
            rest = list(_dict_items(self))
            dict.clear(self)
            _dict_setitem(self, key, value)
            dict.update(self, rest)

    def keys(self):
        """Return a set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """Return a view of the values, in order."""
        return odict_values(self)

    def items(self):
        """Return a set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def __reversed__(self):
        return reversed(_dict_keys(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not _dict_eq(self, other):
                return False
            for mine, theirs in zip(_dict_iter(self), _dict_iter(other)):
                if mine is not theirs and not mine == theirs:
                    return False
            return True
        return _dict_eq(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{name}({dict(_dict_items(self))!r})'
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(_dict_items(self))

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new OrderedDict with keys from iterable, all set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### Counter
################################################################################

class Counter(dict):
    """A multiset: a dict mapping hashable elements to their counts.

    Elements are keys and their counts are values; missing elements count
    as zero.

    >>> Counter('banana').most_common(2)
    [('a', 3), ('n', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of an element that is absent is zero."""
        return 0

    def total(self):
        """Return the sum of the counts."""
        return sum(_dict_values(self))

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common
        first; elements with equal counts keep their insertion order.  With
        n=None, list all of them."""
        ranked = sorted(_dict_items(self), key=_second, reverse=True)
        if n is None:
            return ranked
        if n < 0:
            n = 0
        return ranked[:n]

    def elements(self):
        """Iterate over the elements, each repeated as often as its count.

        Elements come in insertion order; those with a count below one are
        skipped.
        """
        for element, count in _dict_items(self):
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting every key once would be ambiguous with Counter(iterable),
        # so like CPython this constructor is refused.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of
        counts (and from keyword arguments) to the current counts."""
        if iterable is not None:
            if isinstance(iterable, dict) or isinstance(iterable, _abc.Mapping):
                if self:
                    get = self.get
                    for element, count in iterable.items():
                        self[element] = count + get(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for element in iterable:
                    self[element] = get(element, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts from an iterable of elements or from a mapping of
        counts (and from keyword arguments).  Counts may go to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or isinstance(iterable, _abc.Mapping):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, element):
        """Forget an element; deleting one that is absent does nothing."""
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            # The dict keeps the most_common() order.
            ordered = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown as stored.
            ordered = dict(self)
        return f'{name}({ordered!r})'

    # Multiset comparisons: a missing element counts as zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element, count in _dict_items(self):
            if count != other[element]:
                return False
        for element, count in _dict_items(other):
            if element not in self and count != 0:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element, count in _dict_items(self):
            if not count <= other[element]:
                return False
        for element, count in _dict_items(other):
            if element not in self and not 0 <= count:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element, count in _dict_items(self):
            if not count >= other[element]:
                return False
        for element, count in _dict_items(other):
            if element not in self and not 0 >= count:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in _dict_items(self):
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in _dict_items(other):
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in _dict_items(self):
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in _dict_items(other):
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in _dict_items(self):
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in _dict_items(other):
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in _dict_items(self):
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result

    def __pos__(self):
        """Keep only the elements with a positive count."""
        result = Counter()
        for element, count in _dict_items(self):
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        """Negate the negative counts and drop the others."""
        result = Counter()
        for element, count in _dict_items(self):
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        """Drop the elements whose count is zero or negative; return self."""
        for element in [element for element, count in _dict_items(self)
                        if not count > 0]:
            dict.__delitem__(self, element)
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, other_count in other.items():
            count = self[element]
            if other_count > count:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in list(_dict_items(self)):
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()

    __class_getitem__ = classmethod(_GenericAlias)


def _second(pair):
    """Sort key: the count of an (element, count) pair."""
    return pair[1]


################################################################################
### deque
################################################################################

# The deque lives in the interpreter (`_collections`), as in CPython.
from _collections import deque


################################################################################
### ChainMap
################################################################################

class ChainMap(_abc.MutableMapping):
    """A view that groups several mappings into one.

    Lookups search the underlying mappings in order; writes, updates and
    deletions only touch the first mapping.  The mappings stay accessible
    (and changeable) as the list self.maps.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        """Return the value for key, or default when no mapping has it."""
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The first mapping wins for values, but keys are listed starting
        # with those of the last mapping.
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return (f'{self.__class__.__name__}('
                    f'{", ".join(map(repr, self.maps))})')
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        """Create a ChainMap with a single dict built by dict.fromkeys()."""
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        """New ChainMap with a copy of maps[0] and the other maps shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map (m, or a new dict of kwargs) in
        front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap of all the maps except the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item of maps[0]; KeyError if it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Clear maps[0], leaving the other maps alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        new = self.copy()
        new.maps[0].update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)


################################################################################
### UserDict
################################################################################

class UserDict(_abc.MutableMapping):
    """A dict-like class that keeps its contents in the dict self.data,
    convenient to subclass."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        """Return self[key] if key is present, else default."""
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        cls = self.__class__
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'].copy()
        return new

    def copy(self):
        """Return a shallow copy (of the same class)."""
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new instance with keys from iterable, all set to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new


################################################################################
### UserList
################################################################################

class UserList(_abc.MutableSequence):
    """A list-like class that keeps its contents in the list self.data,
    convenient to subclass."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        """The list behind other, if it is a UserList."""
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = self.__class__
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'][:]
        return new

    def append(self, item):
        """Append item to the end."""
        self.data.append(item)

    def insert(self, i, item):
        """Insert item before index i."""
        self.data.insert(i, item)

    def pop(self, i=-1):
        """Remove and return the item at index i (the last by default)."""
        return self.data.pop(i)

    def remove(self, item):
        """Remove the first occurrence of item."""
        self.data.remove(item)

    def clear(self):
        """Remove every item."""
        self.data.clear()

    def copy(self):
        """Return a shallow copy (of the same class)."""
        return self.__class__(self)

    def count(self, item):
        """Return the number of occurrences of item."""
        return self.data.count(item)

    def index(self, item, *args):
        """Return the first index of item."""
        return self.data.index(item, *args)

    def reverse(self):
        """Reverse the items in place."""
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        """Sort the items in place, as list.sort() does."""
        self.data.sort(*args, **kwds)

    def extend(self, other):
        """Append the items of other."""
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


################################################################################
### UserString
################################################################################

class UserString(_abc.Sequence):
    """A str-like class that keeps its contents in the str self.data,
    convenient to subclass.  String results come back as the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # The str methods, delegated to self.data.  Arguments that are
    # UserStrings are unwrapped where str would reject them.

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


# Register the concrete classes with the matching ABCs.
_abc.MutableSequence.register(deque)
_abc.KeysView.register(odict_keys)
_abc.ItemsView.register(odict_items)
_abc.ValuesView.register(odict_values)
