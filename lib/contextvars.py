"""Context variables: CPython 3.12's contextvars, for pyprobe.

A ContextVar is a key into the current Context, a mapping of variables to
values.  var.set(value) changes the current context and returns a Token
that var.reset(token) uses to restore the previous value.
copy_context() returns a copy of the current context, and
Context.run(func, ...) calls func with that context made current, so the
variables func sets stay in the context and do not leak out.

Each thread has its own current context, which starts empty in a new
thread as in CPython 3.12 (pyprobe's threads run one after the other; see
the threading module).  A Context holds a plain dict that is never changed
once made, as CPython's contexts hold an immutable mapping: set() and
reset() give the context a new dict, and copy() shares the dict, so a copy
costs one small object (asyncio copies the context for every task and
every callback).  Setting is O(n) in the number of variables set, which
stays small in practice.  The classes report the module name
`_contextvars`, as CPython's do.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_states = _thread._states

# The mapping of every empty context; like all contexts' dicts, never changed.
_EMPTY = {}


def _no_subclass(cls, **kwargs):
    """Reject subclasses, as CPython's final types do."""
    for base in cls.__bases__:
        if base in (Context, ContextVar, Token):
            raise TypeError("type '_contextvars.%s' is not an acceptable "
                            "base type" % base.__name__)


def _current():
    """Return the current thread's context, creating it on first use."""
    state = _states[-1]
    ctx = state.context
    if ctx is None:
        ctx = state.context = _new_context(_EMPTY)
    return ctx


def _check_key(var):
    if type(var) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (var,))


class Context:
    """A mapping of context variables to their values."""

    __slots__ = ('_data', '_entered', '__weakref__')
    __module__ = '_contextvars'
    __init_subclass__ = classmethod(_no_subclass)

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        return _new_context(_EMPTY)

    def run(self, /, *args, **kwargs):
        """Call args[0](*args[1:], **kwargs) with this context current, and
        return its result."""
        if not args:
            raise TypeError("run() missing 1 required positional argument")
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered"
                               % (self,))
        # The thread's context before (None until first used, which
        # _current() then makes) is current again afterwards.
        state = _states[-1]
        prev = state.context
        self._entered = True
        state.context = self
        try:
            if kwargs:
                return args[0](*args[1:], **kwargs)
            return args[0](*args[1:])
        finally:
            state.context = prev
            self._entered = False

    def copy(self):
        """Return a shallow copy of the context."""
        return _new_context(self._data)

    def __getitem__(self, var):
        _check_key(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def get(self, var, default=None, /):
        """Return the value of var in the context, or default."""
        _check_key(var)
        return self._data.get(var, default)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    # The views show the context as it is when they are made: a set()
    # after them gives the context a new dict.
    def keys(self):
        """The variables of the context."""
        return self._data.keys()

    def values(self):
        """The values of the variables of the context."""
        return self._data.values()

    def items(self):
        """The (variable, value) pairs of the context."""
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def _new_context(data, new=object.__new__):
    """A Context holding the dict ``data``, which nothing changes after."""
    ctx = new(Context)
    ctx._data = data
    ctx._entered = False
    return ctx


def copy_context():
    """Return a copy of the current context."""
    ctx = _states[-1].context
    return _new_context(_EMPTY if ctx is None else ctx._data)


class _Missing:
    """The type of Token.MISSING."""

    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_Missing.__module__ = 'builtins'
_Missing.__name__ = 'MISSING'
_Missing.__qualname__ = 'Token.MISSING'
_MISSING = _Missing()

# The marker of a variable created without a default.
_NO_DEFAULT = object()


class ContextVar:
    """A context variable: its value depends on the current context."""

    __slots__ = ('_name', '_default', '__weakref__')
    __module__ = '_contextvars'
    __init_subclass__ = classmethod(_no_subclass)

    def __init__(self, *args, **kwargs):
        if len(args) != 1:
            if args:
                raise TypeError("ContextVar() takes at most 1 positional "
                                "argument (%d given)" % len(args))
            raise TypeError("ContextVar() takes exactly 1 positional "
                            "argument (0 given)")
        default = _NO_DEFAULT
        for key, value in kwargs.items():
            if key != 'default':
                raise TypeError("%r is an invalid keyword argument for "
                                "ContextVar()" % key)
            default = value
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        raise AttributeError("readonly attribute")

    def get(self, *args):
        """Return the variable's value in the current context, else the
        default argument, else the variable's default; raise LookupError
        if there is none."""
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d"
                            % len(args))
        ctx = _states[-1].context
        if ctx is not None:
            data = ctx._data
            if self in data:
                return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        """Set the variable's value in the current context; return a Token
        for reset()."""
        if len(args) != 1:
            raise TypeError("ContextVar.set() takes exactly one argument "
                            "(%d given)" % len(args))
        ctx = _current()
        data = ctx._data
        token = object.__new__(Token)
        token._var = self
        token._old_value = data.get(self, _MISSING)
        token._ctx = ctx
        token._used = False
        data = data.copy()
        data[self] = args[0]
        ctx._data = data
        return token

    def reset(self, token):
        """Restore the value the variable had before the set() that made
        token."""
        if type(token) is not Token:
            raise TypeError("expected an instance of Token, got %r"
                            % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar"
                             % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context"
                             % (token,))
        token._used = True
        data = ctx._data.copy()
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data

    def __repr__(self):
        if self._default is _NO_DEFAULT:
            return "<ContextVar name=%r at %#x>" % (self._name, id(self))
        return "<ContextVar name=%r default=%r at %#x>" % (
            self._name, self._default, id(self))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def _readonly(name):
    def getter(self):
        return getattr(self, '_' + name)

    def setter(self, value):
        raise AttributeError("attribute '%s' of '_contextvars.Token' "
                             "objects is not writable" % name)
    return property(getter, setter)


class Token:
    """The record of a ContextVar.set() call, to undo it with reset()."""

    __slots__ = ('_var', '_old_value', '_ctx', '_used', '__weakref__')
    __module__ = '_contextvars'
    __init_subclass__ = classmethod(_no_subclass)

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    var = _readonly('var')
    old_value = _readonly('old_value')

    def __repr__(self):
        return "<Token%s var=%r at %#x>" % (
            " used" if self._used else "", self._var, id(self))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
