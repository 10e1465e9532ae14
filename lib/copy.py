"""Generic shallow and deep copying operations, as in CPython's copy module.

copy(x) returns a shallow copy of x and deepcopy(x) a deep copy.  Classes
can control copying by defining __copy__() and __deepcopy__(memo), or the
pickling hooks __reduce_ex__/__reduce__, __getnewargs_ex__/__getnewargs__,
__getstate__ and __setstate__.

Instances of ordinary classes are rebuilt directly (cls.__new__ followed by
a copy of their __dict__ and __slots__ values), which is what the default
object.__reduce_ex__(4) protocol amounts to.
"""

import sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


# The historical lower-case name of the exception.
error = Error

# Marks a failed memo lookup.
_MISSING = object()


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FUNCTION_TYPE = type(_function)
_METHOD_TYPE = type(_Probe().method)

# Values of these types are immutable, or copied by reference by design
# (functions, classes); both copy() and deepcopy() return them unchanged.
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), _FUNCTION_TYPE,
           type(_function.__code__), property)
del _function, _Probe

try:
    from weakref import ref as _weakref_type
    _ATOMIC += (_weakref_type,)
    del _weakref_type
except ImportError:
    pass

# A shallow copy of an immutable container is the container itself; a deep
# copy of a tuple or frozenset may have to copy their items.
_SHALLOW_ATOMIC = frozenset(_ATOMIC + (tuple, frozenset, slice))
_DEEP_ATOMIC = frozenset(_ATOMIC)


def copy(x):
    """Return a shallow copy of x: a new object of the same kind whose
    contents are the very objects x contains.  Immutable values are
    returned as they are."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls is _METHOD_TYPE:
        return _bind(x.__func__, x.__self__)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


def deepcopy(x, memo=None):
    """Return a deep copy of x, copying its contents recursively.

    memo maps id(original) to the copy already made of it; shared and
    cyclic references are copied once and stay shared in the result.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _MISSING)
    if y is not _MISSING:
        return y

    cls = type(x)
    if cls in _DEEP_ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is _METHOD_TYPE:
        y = _bind(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _rebuild(x, memo, *rv)

    # A copy that differs from the original is remembered, and the original
    # is kept alive in the memo so that its id() cannot be reused meanwhile.
    if y is not x:
        memo[d] = y
        _hold(x, memo)
    return y


def _bind(func, obj):
    """Return the bound method of func on obj."""
    if type(func) is _FUNCTION_TYPE:
        # Binding through the descriptor protocol also works where the
        # method type cannot be called directly.
        return func.__get__(obj)
    return _METHOD_TYPE(func, obj)


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A deep copy of one of the items may have copied this very tuple
    # already, through a cycle.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, y):
        if old is not new:
            return tuple(y)
    return x


def _hold(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _own_hook(cls, name):
    """Return the hook called name if a class written in Python defines it
    for cls, else None (the hooks of built-in types are replaced below by
    equivalent direct code)."""
    for base in cls.__mro__:
        if name in base.__dict__:
            if base.__module__ == "builtins":
                return None
            return getattr(cls, name)
    return None


def _reduce(x, cls):
    """Return the reduction tuple (or string) describing how to copy x."""
    copyreg = sys.modules.get("copyreg")
    if copyreg is not None:
        reductor = getattr(copyreg, "dispatch_table", {}).get(cls)
        if reductor is not None:
            return reductor(x)
    reduce_ex = _own_hook(cls, "__reduce_ex__")
    if reduce_ex is not None:
        return reduce_ex(x, 4)
    reduce = _own_hook(cls, "__reduce__")
    if reduce is not None:
        return reduce(x)
    if isinstance(x, BaseException):
        state = getattr(x, "__dict__", None)
        return (cls, x.args, state if state else None)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _state_of(x))
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), _state_of(x))
    if cls is slice:
        return (cls, (x.start, x.stop, x.step))
    return _default_reduce(x, cls)


def _state_of(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        return getstate()
    state = getattr(x, "__dict__", None)
    return state if state else None


def _default_reduce(x, cls):
    """The reduction that object.__reduce_ex__(4) produces for x."""
    getnewargs_ex = getattr(x, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else ()
        kwargs = None
    if (not args and not kwargs and cls is not object
            and cls.__module__ == "builtins"
            and not issubclass(cls, (list, dict))):
        # Built-in objects carrying internal state (generators, iterators,
        # files...) cannot be rebuilt from their attributes.
        if getattr(cls, "__getstate__", None) is object.__getstate__:
            raise TypeError("cannot pickle %r object" % cls.__name__)
    state = _state_of(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_new_with_kwargs, (cls, args, kwargs), state,
                listitems, dictitems)
    return (_new_object, (cls,) + tuple(args), state, listitems, dictitems)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _new_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _rebuild(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
