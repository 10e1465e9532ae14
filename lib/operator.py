"""Standard operators as functions: CPython 3.12's operator module.

Every operator of the language is available here as a plain function
(``add(a, b)`` is ``a + b``), together with the in-place forms
(``iadd(a, b)`` is ``a += b; return a``), the dunder aliases
(``__add__`` and so on) and the callable classes ``itemgetter``,
``attrgetter`` and ``methodcaller``.
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
    'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd',
    'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
    'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
    'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
    'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul',
    'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
    'truediv', 'truth', 'xor',
]

# The built-in abs() is shadowed by this module's own abs() below.
_builtin_abs = abs


# Comparison operations.

def lt(a, b, /):
    "Return a < b."
    return a < b


def le(a, b, /):
    "Return a <= b."
    return a <= b


def eq(a, b, /):
    "Return a == b."
    return a == b


def ne(a, b, /):
    "Return a != b."
    return a != b


def ge(a, b, /):
    "Return a >= b."
    return a >= b


def gt(a, b, /):
    "Return a > b."
    return a > b


# Logical operations.

def not_(a, /):
    "Return not a."
    return not a


def truth(a, /):
    "Return the truth value of a as a bool."
    return True if a else False


def is_(a, b, /):
    "Return a is b."
    return a is b


def is_not(a, b, /):
    "Return a is not b."
    return a is not b


# Arithmetic and bitwise operations.

def abs(a, /):
    "Return abs(a)."
    return _builtin_abs(a)


def add(a, b, /):
    "Return a + b."
    return a + b


def and_(a, b, /):
    "Return a & b."
    return a & b


def floordiv(a, b, /):
    "Return a // b."
    return a // b


def index(a, /):
    "Return a converted to an int through its __index__() method."
    if type(a) is int:
        return a
    if isinstance(a, int):
        # Subclasses of int are converted to an exact int.
        return int.__index__(a)
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)"
                        % type(result).__name__)
    if type(result) is not int:
        result = int.__index__(result)
    return result


def inv(a, /):
    "Return ~a."
    return ~a


def invert(a, /):
    "Return ~a."
    return ~a


def lshift(a, b, /):
    "Return a << b."
    return a << b


def mod(a, b, /):
    "Return a % b."
    return a % b


def mul(a, b, /):
    "Return a * b."
    return a * b


def matmul(a, b, /):
    "Return a @ b."
    return a @ b


def neg(a, /):
    "Return -a."
    return -a


def or_(a, b, /):
    "Return a | b."
    return a | b


def pos(a, /):
    "Return +a."
    return +a


def pow(a, b, /):
    "Return a ** b."
    return a ** b


def rshift(a, b, /):
    "Return a >> b."
    return a >> b


def sub(a, b, /):
    "Return a - b."
    return a - b


def truediv(a, b, /):
    "Return a / b."
    return a / b


def xor(a, b, /):
    "Return a ^ b."
    return a ^ b


# Sequence operations.

def _is_sequence(obj):
    # Mirrors the C-level sequence check: anything indexable except a dict.
    return hasattr(type(obj), '__getitem__') and not isinstance(obj, dict)


# Built-in types whose concatenation is defined on the sequence itself, so
# that a + b is attempted even when b is not a sequence.
_concat_types = (str, list, tuple, bytes, bytearray)


def concat(a, b, /):
    "Return the concatenation a + b of two sequences."
    if not (isinstance(a, _concat_types)
            or (_is_sequence(a) and _is_sequence(b))):
        raise TypeError("'%s' object can't be concatenated"
                        % type(a).__name__)
    return a + b


def contains(a, b, /):
    "Return the result of b in a (the container comes first)."
    return b in a


def _iterate(a):
    # Iterates like the C sequence helpers, with their error message.
    try:
        return iter(a)
    except TypeError:
        cls = type(a)
        if hasattr(cls, '__iter__') or hasattr(cls, '__getitem__'):
            raise
    raise TypeError("argument of type '%s' is not iterable"
                    % type(a).__name__)


def countOf(a, b, /):
    "Count the items of a that are b or equal to b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    "Delete a[b]."
    del a[b]


def getitem(a, b, /):
    "Return a[b]."
    return a[b]


def indexOf(a, b, /):
    "Return the position of the first item of a that is b or equals b."
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Store c in a[b]."
    a[b] = c


_MAX_SSIZE = 9223372036854775807


def _check_ssize(value):
    # Raises the error CPython gives for a count that exceeds Py_ssize_t.
    if value > _MAX_SSIZE or value < -_MAX_SSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')


def length_hint(*args):
    """length_hint(obj, default=0, /) -> int

    Estimate how many items obj will produce: len(obj) when it has a
    length, else its __length_hint__(), else default.
    """
    if not 1 <= len(args) <= 2:
        if args:
            bound = 'at most 2 arguments'
        else:
            bound = 'at least 1 argument'
        raise TypeError('length_hint expected %s, got %d'
                        % (bound, len(args)))
    obj = args[0]
    default = args[1] if len(args) == 2 else 0
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    _check_ssize(default)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(value).__name__)
    _check_ssize(value)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# Other operations.

def call(obj, /, *args, **kwargs):
    "Call obj(*args, **kwargs) and return its result."
    return obj(*args, **kwargs)


# In-place operations.

def iadd(a, b, /):
    "Apply a += b and return the new value of a."
    a += b
    return a


def iand(a, b, /):
    "Apply a &= b and return the new value of a."
    a &= b
    return a


def iconcat(a, b, /):
    "Extend the sequence a by b in place (a += b) and return it."
    if not (isinstance(a, _concat_types)
            or (_is_sequence(a) and _is_sequence(b))):
        raise TypeError("'%s' object can't be concatenated"
                        % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b, /):
    "Apply a //= b and return the new value of a."
    a //= b
    return a


def ilshift(a, b, /):
    "Apply a <<= b and return the new value of a."
    a <<= b
    return a


def imod(a, b, /):
    "Apply a %= b and return the new value of a."
    a %= b
    return a


def imul(a, b, /):
    "Apply a *= b and return the new value of a."
    a *= b
    return a


def imatmul(a, b, /):
    "Apply a @= b and return the new value of a."
    a @= b
    return a


def ior(a, b, /):
    "Apply a |= b and return the new value of a."
    a |= b
    return a


def ipow(a, b, /):
    "Apply a **= b and return the new value of a."
    a **= b
    return a


def irshift(a, b, /):
    "Apply a >>= b and return the new value of a."
    a >>= b
    return a


def isub(a, b, /):
    "Apply a -= b and return the new value of a."
    a -= b
    return a


def itruediv(a, b, /):
    "Apply a /= b and return the new value of a."
    a /= b
    return a


def ixor(a, b, /):
    "Apply a ^= b and return the new value of a."
    a ^= b
    return a


# Callable classes.

class attrgetter:
    """attrgetter(attr, /, *attrs)

    A callable that reads attributes: attrgetter('x')(obj) is obj.x, a
    dotted name such as 'x.y' follows the chain obj.x.y, and several names
    give a tuple of values.
    """

    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        # Each name is stored as the tuple of its dotted components.
        self._paths = tuple(tuple(name.split('.')) for name in attrs)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('attrgetter expected 1 argument, got %d'
                            % len(args))
        obj = args[0]
        paths = self._paths
        if len(paths) == 1:
            for name in paths[0]:
                obj = getattr(obj, name)
            return obj
        results = []
        for path in paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            results.append(value)
        return tuple(results)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return (self.__class__, self._attrs)


class itemgetter:
    """itemgetter(item, /, *items)

    A callable that looks items up: itemgetter(k)(obj) is obj[k], and
    several keys give a tuple of values.
    """

    __slots__ = ('_items', '_single')

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('itemgetter expected 1 argument, got %d'
                            % len(args))
        obj = args[0]
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[item] for item in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return (self.__class__, self._items)


class methodcaller:
    """methodcaller(name, /, *args, **kwargs)

    A callable that calls a method by name: methodcaller('m', 1, k=2)(obj)
    is obj.m(1, k=2).
    """

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('methodcaller expected 1 argument, got %d'
                            % len(args))
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        for key, value in self._kwargs.items():
            parts.append('%s=%r' % (key, value))
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return (self.__class__, (self._name,) + self._args)
        # Keyword arguments cannot travel through a plain constructor call,
        # so they are bound with a partial object.
        from functools import partial
        return (partial(self.__class__, self._name, **self._kwargs),
                self._args)


# Dunder aliases of all the operations above.

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
