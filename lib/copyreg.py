"""Registration of pickle support: CPython 3.12's copyreg.

It holds the reduction functions `pickle` consults before an object's own
`__reduce_ex__` (`dispatch_table`), the extension-code registry, and the
small constructors that `object.__reduce_ex__` names in its results
(`_reconstructor`, `__newobj__`, `__newobj_ex__`, and `_reduce_ex` for
protocols 0 and 1).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# Reduction functions by exact type, used by pickle and copy.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked: unpickling needs nothing registered.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor (it must be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    """Reduce a complex number to the call complex(real, imag)."""
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    """Reduce a union type (int | str) to a fold of operator.or_."""
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    _union_type = type(int | str)
except TypeError:
    _union_type = None
if _union_type is not None and _union_type is not type:
    pickle(_union_type, pickle_union)
del _union_type


# Constructors named by the reductions of object.__reduce_ex__.

def _reconstructor(cls, base, state):
    """Rebuild an instance of cls whose built-in base holds state."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


# The bit of __flags__ that marks classes created by class statements.
_HEAPTYPE = 1 << 9


def _is_builtin_type(cls):
    """Whether cls is implemented by the interpreter (a "static" type)."""
    flags = getattr(cls, "__flags__", None)
    if flags is not None:
        return not flags & _HEAPTYPE
    return cls.__module__ == "builtins"


def _reduce_ex(self, proto):
    """The reduction of object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    # The instance is rebuilt from its nearest built-in base class.
    base = object
    for klass in cls.__mro__:
        if _is_builtin_type(klass):
            base = klass
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            state_dict = self.__dict__
        except AttributeError:
            state_dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state_dict = getstate()
    if state_dict:
        return _reconstructor, args, state_dict
    return _reconstructor, args


def __newobj__(cls, *args):
    """Create an instance of cls with cls.__new__ (pickle's NEWOBJ)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Create an instance of cls with keyword arguments (NEWOBJ_EX)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases, cached on cls.

    Private names are mangled, and `__dict__` and `__weakref__` left out.
    """
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        name = "_%s%s" % (owner, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        # Built-in classes cannot take the cache.
        pass
    return names


# The extension registry: (module, name) <-> code, for pickle's EXT opcodes.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code for the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects that extension codes have been resolved to."""
    _extension_cache.clear()
