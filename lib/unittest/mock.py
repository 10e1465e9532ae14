"""Mock objects for tests, as CPython 3.12's unittest.mock: Mock,
MagicMock (with the magic methods configured), NonCallableMock,
NonCallableMagicMock, PropertyMock, the call object and call lists, ANY,
sentinel, DEFAULT, patch (decorator, context manager, start/stop,
patch.object, patch.dict, patch.multiple, patch.stopall) and mock_open.

A mock records its calls (called, call_count, call_args,
call_args_list, mock_calls, method_calls) and those of its child mocks,
which are made on attribute access.  A spec (a list of names or an
object) limits the attributes; spec_set also limits setting them.

A function or class given as the spec also supplies a call signature:
the assert methods bind expected and recorded calls to it, so that
positional and keyword forms of the same call match.  create_autospec
(and patch with autospec=True) makes mocks whose calls are checked
against the signatures of the spec and its attributes, recursively;
seal stops a mock from making new child mocks.

AsyncMock is a mock whose calls return coroutines: awaiting one produces
the result and is recorded in await_count, await_args and
await_args_list, checked by the assert_awaited* methods.  MagicMock
configures __aenter__, __aexit__ and __anext__ as AsyncMocks and
__aiter__ to iterate over its return value, so mocks work with
`async with` and `async for`; a spec's coroutine functions become
AsyncMock attributes, and patch makes an AsyncMock for a coroutine
function and keeps decorated coroutine functions asynchronous.
"""

import sys
import builtins
import contextlib
import pprint
from functools import wraps, partial
from types import (CodeType, FunctionType, GeneratorType, MethodType,
                   ModuleType)

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
           'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

__unittest = True

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Raised for a spec that cannot be used, such as a mock."""


# ---------------------------------------------------------------------------
# Sentinels.

class _SentinelObject(object):
    """A unique named object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """Access sentinel.NAME for the unique object of that name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # Keep copy and pickle from treating this as a class.
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """An object equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ---------------------------------------------------------------------------
# Small functions used throughout.

def _is_instance_mock(obj):
    # The class is tested rather than isinstance, which a spec can fool.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return (isinstance(obj, BaseException)
            or (isinstance(obj, type) and issubclass(obj, BaseException)))


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod)):
        return _callable(obj.__func__)
    # callable() rather than a __call__ lookup: pyprobe's functions have
    # no __call__ attribute.
    return callable(obj)


def _is_list(obj):
    return type(obj) in (list, tuple)


# The flag bits of code objects that mark coroutine functions and
# generators usable with await.
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def _iscoroutinefunction(obj):
    """inspect.iscoroutinefunction(obj), without importing inspect when it
    is not loaded yet."""
    inspect = sys.modules.get('inspect')
    if inspect is not None:
        return inspect.iscoroutinefunction(obj)
    # Until inspect is imported no function can carry the mark of its
    # markcoroutinefunction(), and no AsyncMock exists (making one imports
    # inspect), so the code flag of a plain function decides.
    while isinstance(obj, MethodType):
        obj = obj.__func__
    while isinstance(obj, partial):
        obj = obj.func
    return (isinstance(obj, FunctionType)
            and bool(obj.__code__.co_flags & _CO_COROUTINE))


def _isawaitable(obj):
    """inspect.isawaitable(obj): a coroutine, a generator made awaitable by
    types.coroutine, or an object whose class defines __await__."""
    if (isinstance(obj, GeneratorType)
            and obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
        return True
    for klass in type(obj).__mro__:
        if '__await__' in klass.__dict__:
            return klass.__dict__['__await__'] is not None
    return False


def _is_async_obj(obj):
    """Whether obj is a coroutine function (or method) or an awaitable,
    which a mock standing for it should reproduce."""
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return _iscoroutinefunction(obj) or _isawaitable(obj)


def _is_async_func(func):
    """Whether func is a coroutine function (a mock never counts)."""
    if getattr(func, '__code__', None):
        return _iscoroutinefunction(func)
    return False


def _format_call_signature(name, args, kwargs):
    """The text "name(arg, ..., key=value, ...)" of a call."""
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt mock `value` as a child of `parent`, unless it is named or
    has a parent already (or adopting it would make a cycle)."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name
            or value._mock_parent is not None or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


# The magic methods a MagicMock supports.
_magic_names = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str "
    "sizeof enter exit divmod rdivmod neg pos abs invert complex int float "
    "index round trunc floor ceil bool next fspath aiter")
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_magics = {'__%s__' % name for name in _magic_names.split()}
_magics.update('__%s__' % name for name in _numerics.split())
_magics.update('__i%s__' % name for name in _numerics.split())
_magics.update('__r%s__' % name for name in _numerics.split())
# Supported when set, not configured by default.
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__', '__class_getitem__',
}
_all_sync_magics = _magics | _non_defaults
# The asynchronous magic methods: those awaited are AsyncMocks on a
# MagicMock; __aiter__ is an ordinary method.
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

# Fixed return values of a MagicMock's magic methods.
_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__aexit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
}


def _is_magic(name):
    return name.startswith('__') and name.endswith('__') and len(name) > 4 \
        and name[2:-2].isidentifier() and '__' not in name[2:-2]


def _mock_default_for(mock, name):
    """Configure the magic method mock `name` of `mock` the way MagicMock
    does by default."""
    child = getattr(mock, name)
    if name in _return_values:
        child.return_value = _return_values[name]
    elif name == '__hash__':
        child.return_value = object.__hash__(mock)
    elif name == '__str__':
        child.return_value = object.__str__(mock)
    elif name == '__sizeof__':
        child.return_value = object.__sizeof__(mock)
    elif name == '__fspath__':
        child.return_value = "%s/%s/%s" % (type(mock).__name__,
                                           mock._extract_mock_name(), id(mock))
    elif name == '__eq__':
        def equal(other):
            value = child._mock_return_value
            if value is not DEFAULT:
                return value
            if mock is other:
                return True
            return NotImplemented
        child.side_effect = equal
    elif name == '__ne__':
        def not_equal(other):
            if child._mock_return_value is not DEFAULT:
                return DEFAULT
            if mock is other:
                return False
            return NotImplemented
        child.side_effect = not_equal
    elif name == '__iter__':
        def iterate():
            value = child._mock_return_value
            if value is DEFAULT:
                return iter([])
            return iter(value)
        child.side_effect = iterate
    elif name == '__aiter__':
        def aiterate():
            value = child._mock_return_value
            if value is DEFAULT:
                return _AsyncIterator(iter([]))
            return _AsyncIterator(iter(value))
        child.side_effect = aiterate


class _AsyncIterator:
    """The asynchronous iterator a MagicMock's __aiter__ returns: it
    produces the items of an ordinary iterator."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class _MagicProxy(object):
    """A class attribute standing for a magic method not used yet: the
    first access makes the method's mock."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        name = self.name
        child = parent._get_child_mock(name=name, _new_name=name, _new_parent=parent)
        setattr(parent, name, child)
        _mock_default_for(parent, name)
        return child

    def __get__(self, obj, _type=None):
        return self.create_mock()


# ---------------------------------------------------------------------------
# Calls.

class _Call(tuple):
    """A call: a tuple of (name, args, kwargs), or of (args, kwargs) for
    call_args.  `call` makes them: call(1, a=2), call.method(3),
    call().attr(4).  Two calls compare equal when their arguments are
    equal (and their names, when both have one)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif size == 1:
            only, = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            size = len(other)
        except TypeError:
            return NotImplemented
        name, args, kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if size == 0:
            other_args, other_kwargs = (), {}
        elif size == 3:
            other_name, other_args, other_kwargs = other
        elif size == 1:
            only, = other
            if isinstance(only, tuple):
                other_args, other_kwargs = only, {}
            elif isinstance(only, str):
                other_name = only
                other_args, other_kwargs = (), {}
            else:
                other_args, other_kwargs = (), only
        elif size == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if name and other_name != name:
            return False
        return (other_args, other_kwargs) == (args, kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = tuple.__hash__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    def __getattribute__(self, attr):
        if attr in ('count', 'index'):
            # These are call names, not the tuple methods.
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call%s' % name
        else:
            name = 'call.%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, outermost first, as a list."""
        calls = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                calls.append(link)
            link = link._mock_parent
        return _CallList(reversed(calls))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous
    run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for start in range(len(self) - n + 1):
            if self[start:start + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# ---------------------------------------------------------------------------
# Mocks.

# The attributes stored on the mock itself rather than made as children.
_plain_attributes = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
}

# Misspellings of the assert methods, refused as attribute names.
_ATTRIB_DENY_LIST = frozenset({
    'called_once', 'called_with', 'called_once_with', 'any_call', 'has_calls',
    'not_called',
})


class NonCallableMock(object):
    """A mock that cannot be called: attributes are made on first access
    as child mocks (of the same kind), and their calls are recorded in
    mock_calls and method_calls.  See Mock for the arguments."""

    # The signature that calls are checked against; create_autospec sets
    # it on the mock's own class.
    _mock_check_signature = None

    def __new__(cls, /, *args, **kw):
        # Each mock has a class of its own, so that magic methods can be
        # set on it.  A mock specced on a coroutine function (or another
        # awaitable) is made asynchronous.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get('spec_set', kw.get('spec', args[0] if args else None))
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        klass = type(cls.__name__, bases, {'__doc__': cls.__doc__,
                                           '__module__': __name__,
                                           '__qualname__': cls.__name__})
        return object.__new__(klass)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        d['_mock_delegate'] = None
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_spec_class'] = None
        d['_mock_methods'] = None
        d['_spec_set'] = None
        d['_spec_signature'] = None
        d['_spec_asyncs'] = []
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super(NonCallableMock, self).__init__()

    def attach_mock(self, mock, attribute):
        """Make `mock` the child `attribute` of this mock, so that its
        calls are recorded here too."""
        inner = mock
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes to those of `spec`."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        spec_class = None
        signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            if found is not None:
                signature = found[1]
            names = dir(spec)
            spec_asyncs = _async_attributes(spec, names)
            spec = names
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_signature'] = signature
        d['_spec_set'] = spec_set
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = spec_asyncs

    def __get_return_value(self):
        delegate = self._mock_delegate
        if delegate is not None:
            return delegate.return_value
        value = self._mock_return_value
        if value is DEFAULT:
            if self._mock_sealed:
                raise AttributeError(self._extract_mock_name() + '.return_value')
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def __set_return_value(self, value):
        delegate = self._mock_delegate
        if delegate is not None:
            delegate.return_value = value
            return
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value returned by calling the mock.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _delegated(name, attribute):
        """A property reading and writing `attribute` of the mock, or the
        attribute `name` of the autospecced function standing for it."""
        def getter(self):
            delegate = self.__dict__['_mock_delegate']
            if delegate is None:
                return self.__dict__[attribute]
            return getattr(delegate, name)

        def setter(self, value):
            delegate = self.__dict__['_mock_delegate']
            if delegate is None:
                self.__dict__[attribute] = value
            else:
                setattr(delegate, name, value)
        return property(getter, setter)

    called = _delegated('called', '_mock_called')
    call_count = _delegated('call_count', '_mock_call_count')
    call_args = _delegated('call_args', '_mock_call_args')
    call_args_list = _delegated('call_args_list', '_mock_call_args_list')
    mock_calls = _delegated('mock_calls', '_mock_mock_calls')
    del _delegated

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is not None:
            return delegate.side_effect
        return self._mock_side_effect

    def __set_side_effect(self, value):
        # An iterable (not an exception, not a callable) is kept as an
        # iterator.
        if value is not None and not _is_exception(value) and not _callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        delegate = self._mock_delegate
        if delegate is not None:
            delegate.side_effect = value
        else:
            self.__dict__['_mock_side_effect'] = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls of this mock and of its children; with
        return_value or side_effect, forget those too."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            self.side_effect = None
        for child in self._mock_children.values():
            if _is_instance_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, also of children: configure_mock(**{'a.b': 1})
        sets mock.a.b."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if (name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt'))
                    or name in _ATTRIB_DENY_LIST):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        elif isinstance(result, _SpecState):
            # An autospecced attribute is made on first use.
            try:
                result = create_autospec(result.spec, result.spec_set,
                                         result.instance, result.parent,
                                         result.name)
            except InvalidSpecError:
                target_name = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(
                    f'Cannot autospec attr {result.name!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self!r}, attr={result.spec!r}]')
            children[name] = result
        return result

    def _extract_mock_name(self):
        """The dotted path of the mock from its root, e.g.
        'mock.method().attr'."""
        names = []
        node = self
        while node._mock_new_parent is not None:
            names.append(node._mock_new_name)
            node = node._mock_new_parent
        text = node._mock_name or 'mock'
        for name in reversed(names):
            if name.startswith('()'):
                text += name
            else:
                text += '.' + name
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % (
                self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                     spec_string, id(self))

    def __dir__(self):
        """The attributes of the spec, the mock's methods and its
        children."""
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [name for name, child in self._mock_children.items()
                      if child is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict
                     if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child))

    def __setattr__(self, name, value):
        if name in _plain_attributes:
            return object.__setattr__(self, name, value)
        d = self.__dict__
        if d.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                # A function is called with the mock as its first argument.
                setattr(type(self), name, _magic_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                # Track the calls in mock_calls but not in method_calls.
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            d['_spec_class'] = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # A magic method only lives on the class.
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self.call_args
        if actual is None:
            actual_string = 'not called.'
        else:
            actual_string = self._format_mock_call_signature(*actual)
        return message % (action, expected, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """Assert that the mock was never called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        """Assert that the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Assert that the mock was called exactly once."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Assert that the last call was made with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Assert that the mock was called exactly once, with these
        arguments."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Assert that mock_calls holds `calls`: as a contiguous run, or
        each of them anywhere with any_order."""
        expected = [self._call_matcher(kall) for kall in calls]
        cause = None
        for kall in expected:
            if isinstance(kall, Exception):
                cause = kall
                break
        all_calls = _CallList(self._call_matcher(kall) for kall in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = 'Error processing expected calls.\nErrors: %s' % (
                        [kall if isinstance(kall, Exception) else None
                         for kall in expected],)
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)!r}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        # The calls found are taken out: the message shows what is left.
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(not_found), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Assert that the mock was called with these arguments at some
        time."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(kall) for kall in self.call_args_list]
        if cause is not None or expected not in actual:
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs)) from cause

    def _call_matcher(self, kall):
        """The call in a form for comparison: with a spec signature, the
        arguments as bound to it (or the TypeError binding raised)."""
        if len(kall) > 2:
            signature = self._get_call_signature_from_name(kall[0])
        else:
            signature = self._spec_signature
        if signature is None:
            return kall
        if len(kall) == 2:
            name = ''
            args, kwargs = kall
        else:
            name, args, kwargs = kall
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _get_call_signature_from_name(self, name):
        """The spec signature of the child mock a mock_calls name such as
        'method' or 'attr().method' refers to."""
        if not name:
            return self._spec_signature
        signature = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            signature = child._spec_signature
        return signature

    def _get_child_mock(self, /, **kw):
        """Make a child mock: an AsyncMock for a coroutine function of the
        spec or an asynchronous magic method of a MagicMock; for an
        AsyncMock, an AsyncMock again except for synchronous magic methods
        and the spec's other attributes (MagicMocks); otherwise of the same
        class, or a MagicMock for a non-callable magic mock, or a Mock for
        a non-callable mock."""
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            if 'name' in kw:
                raise AttributeError('%s.%s' % (self._extract_mock_name(), kw['name']))
            raise AttributeError(self._extract_mock_name() + '()')
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            methods = self._mock_methods
            if new_name in _all_sync_magics or (methods and new_name in methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = own.__mro__[1]
        return klass(**kw)


class CallableMixin(object):
    """What makes a mock callable: recording the call and producing the
    result from side_effect, return_value or the wrapped object."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super(CallableMixin, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state, _new_name,
            _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        signature = self._mock_check_signature
        if signature is not None:
            # An autospecced mock refuses calls its spec would refuse.
            signature.bind(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        this_call = _Call((args, kwargs), two=True)
        if d['_mock_delegate'] is None:
            d['_mock_called'] = True
            d['_mock_call_count'] += 1
            d['_mock_call_args'] = this_call
            d['_mock_call_args_list'].append(this_call)
            d['_mock_mock_calls'].append(_Call(('', args, kwargs)))
        else:
            self.called = True
            self.call_count += 1
            self.call_args = this_call
            self.call_args_list.append(this_call)
            self.mock_calls.append(_Call(('', args, kwargs)))

        # Each ancestor records the call under the path from it:
        # mock_calls through attributes and return values, method_calls
        # through attributes only.
        method_path = self._mock_name
        method_chain = self._mock_parent is not None
        call_path = self._mock_new_name
        child = self
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if method_chain:
                ancestor.method_calls.append(_Call((method_path, args, kwargs)))
                method_chain = ancestor._mock_parent is not None
                if method_chain:
                    method_path = ancestor._mock_name + '.' + method_path
            ancestor.mock_calls.append(_Call((call_path, args, kwargs)))
            if ancestor._mock_new_name:
                if call_path.startswith('()'):
                    call_path = ancestor._mock_new_name + call_path
                else:
                    call_path = ancestor._mock_new_name + '.' + call_path
            child = ancestor
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A flexible mock object.

    Mock(spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
    name=None, spec_set=None, unsafe=False, **kwargs)

    spec: a list of attribute names or an object whose attributes are the
    only ones allowed (and whose class __class__ reports); spec_set: the
    same, also for setting attributes.  side_effect: an exception to
    raise, an iterable of results (or exceptions) for successive calls,
    or a function called with the arguments whose result is returned
    unless it is DEFAULT.  return_value: what calls return (a child mock
    by default).  wraps: an object the calls pass through to.  name: the
    name shown in the repr.  Other keyword arguments set attributes."""


def _async_attributes(spec, names):
    """The names among `names` of the coroutine functions of spec, found
    without running descriptors (as inspect.getattr_static would)."""
    if isinstance(spec, type):
        namespaces = [klass.__dict__ for klass in spec.__mro__]
    else:
        namespaces = [klass.__dict__ for klass in type(spec).__mro__]
        try:
            namespaces.insert(0, object.__getattribute__(spec, '__dict__'))
        except AttributeError:
            pass
    found = []
    for name in names:
        for namespace in namespaces:
            if name in namespace:
                value = namespace[name]
                break
        else:
            continue
        if _is_instance_mock(value):
            if isinstance(value, AsyncMock):
                found.append(name)
            continue
        # staticmethod, classmethod and functools.wraps wrappers name the
        # function they wrap in __wrapped__.
        seen = 0
        while seen < 100:
            try:
                inner = value.__wrapped__
            except Exception:
                break
            value = inner
            seen += 1
        if _iscoroutinefunction(value):
            found.append(name)
    return found


def _magic_method(name, func):
    """A function for the class slot of magic method `name` that calls
    `func` with the instance."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# The magic methods a MagicMock configures.
_set_magics = _magics | _async_method_magics


class MagicMixin(object):
    """Sets up the magic methods of a MagicMock."""

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _set_magics
        methods = self.__dict__.get('_mock_methods')
        klass = type(self)
        if methods is not None:
            wanted = _set_magics.intersection(methods)
            # Forget the magic methods the spec does not have.
            for entry in _set_magics - wanted:
                if entry in klass.__dict__:
                    delattr(klass, entry)
        for entry in wanted - set(klass.__dict__):
            setattr(klass, entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is
    empty, int() is 1, `in` is False, comparisons give NotImplemented,
    with-blocks enter a child mock, and so on; each can be reconfigured
    through its child mock (m.__len__.return_value = 3)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting the attribute calls
    the mock with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---------------------------------------------------------------------------
# Asynchronous mocks.

def _await_record(name, attribute):
    """A property reading and writing the await record `attribute` of the
    mock, or the attribute `name` of the autospecced function standing
    for it."""
    def getter(self):
        delegate = self.__dict__['_mock_delegate']
        if delegate is None:
            return self.__dict__[attribute]
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self.__dict__['_mock_delegate']
        if delegate is None:
            self.__dict__[attribute] = value
        else:
            setattr(delegate, name, value)
    return property(getter, setter)


# The data attributes of code objects.
_CODE_FIELDS = (
    'co_argcount', 'co_cellvars', 'co_code', 'co_consts',
    'co_exceptiontable', 'co_filename', 'co_firstlineno', 'co_flags',
    'co_freevars', 'co_kwonlyargcount', 'co_linetable', 'co_lnotab',
    'co_name', 'co_names', 'co_nlocals', 'co_posonlyargcount',
    'co_qualname', 'co_stacksize', 'co_varnames')
_code_attribute_list = None


def _code_attributes():
    """The attribute names of code objects, for the spec of the code
    stand-in of an AsyncMock (dir(CodeType) may lack the data
    attributes)."""
    global _code_attribute_list
    if _code_attribute_list is None:
        _code_attribute_list = sorted(set(dir(CodeType)) | set(_CODE_FIELDS))
    return _code_attribute_list


class AsyncMockMixin(object):
    """What makes a mock asynchronous: calling it records the call and
    returns a coroutine, and awaiting that coroutine records the await
    and produces the result."""

    await_count = _await_record('await_count', '_mock_await_count')
    await_args = _await_record('await_args', '_mock_await_args')
    await_args_list = _await_record('await_args_list', '_mock_await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # inspect.iscoroutinefunction() and asyncio.iscoroutinefunction()
        # recognise the mock by a function-like set of attributes with a
        # coroutine's code flags, and by asyncio's marker.
        import inspect
        from asyncio import coroutines
        d = self.__dict__
        d['_is_coroutine'] = coroutines._is_coroutine
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()
        code = NonCallableMock(spec_set=_code_attributes())
        # The stand-in passes for a code object, as spec_set=CodeType
        # would make it.
        code.__dict__['_spec_class'] = CodeType
        code.co_flags = (inspect.CO_COROUTINE + inspect.CO_VARARGS
                         + inspect.CO_VARKEYWORDS)
        code.co_argcount = 0
        code.co_varnames = ('args', 'kwargs')
        code.co_posonlyargcount = 0
        code.co_kwonlyargcount = 0
        d['__code__'] = code
        d['__name__'] = 'AsyncMock'
        d['__defaults__'] = tuple()
        d['__kwdefaults__'] = {}
        d['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kwargs):
        # The await is recorded when the coroutine starts running.
        this_await = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_await
        self.await_args_list.append(this_await)

        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # A StopIteration cannot leave a coroutine (PEP 479).
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        wrapped = self._mock_wraps
        if wrapped is not None:
            if _iscoroutinefunction(wrapped):
                return await wrapped(*args, **kwargs)
            return wrapped(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Assert that the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Assert that the mock was awaited exactly once."""
        if not self.await_count == 1:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited "
                f"once. Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Assert that the last await was with these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(
                args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Assert that the mock was awaited exactly once, with these
        arguments."""
        if not self.await_count == 1:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited "
                f"once. Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Assert that the mock was awaited with these arguments at some
        time."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(kall) for kall in self.await_args_list]
        if cause is not None or expected not in actual:
            raise AssertionError('%s await not found' %
                                 self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Assert that await_args_list holds `calls`: as a contiguous run,
        or each of them anywhere with any_order."""
        expected = [self._call_matcher(kall) for kall in calls]
        cause = None
        for kall in expected:
            if isinstance(kall, Exception):
                cause = kall
                break
        all_awaits = _CallList(self._call_matcher(kall)
                               for kall in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\nErrors: %s'
                               % ([kall if isinstance(kall, Exception) else None
                                   for kall in expected],))
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}') from cause
            return
        remaining = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list'
                                 % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Assert that the mock was never awaited."""
        if self.await_count != 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to not have been "
                f"awaited. Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        """Forget the calls and awaits (see Mock.reset_mock)."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    """Sets up the magic methods of an AsyncMock."""


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose calls return coroutines: awaiting one gives the
    result.

    The arguments are Mock's.  side_effect may be an exception, an
    iterable (whose end raises StopAsyncIteration), a function or a
    coroutine function (awaited); wraps may be a coroutine function.
    Each await is recorded in await_count, await_args and
    await_args_list, checked by assert_awaited, assert_awaited_once,
    assert_awaited_with, assert_awaited_once_with, assert_any_await,
    assert_has_awaits and assert_not_awaited.  Child mocks are
    AsyncMocks too, except for synchronous magic methods and the
    attributes of a spec that are not coroutine functions."""


# ---------------------------------------------------------------------------
# Patching.

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    """The object a dotted name refers to, importing modules on the
    way."""
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch(object):
    """A patch of one attribute, usable as a decorator, a class decorator,
    a context manager or through start() and stop()."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs, unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if _iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # Stacked patch decorators share one wrapper.
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            # Stacked patch decorators share one wrapper.
            func.patchings.append(self)
            return func

        # The wrapper is a coroutine function too; the patches are active
        # while the coroutine runs, not when it is made.
        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        kwargs = self.kwargs
        new_callable = self.new_callable
        autospec = self.autospec
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None)
                and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                # Use the original as the spec.
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    # A class patched with a spec returns instances of it.
                    inherit = True
            # A coroutine function is replaced by an AsyncMock.
            if spec is None and _is_async_obj(original):
                Klass = AsyncMock
            else:
                Klass = MagicMock
            options = {}
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec_set if spec_set is not None else spec
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_obj(this_spec):
                    Klass = AsyncMock
                elif not_callable:
                    Klass = NonCallableMagicMock
            if spec is not None:
                options['spec'] = spec
            if spec_set is not None:
                options['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock)
                    and self.attribute):
                options['name'] = self.attribute
            options.update(kwargs)
            new = Klass(**options)
            if inherit and _is_instance_mock(new):
                this_spec = spec_set if spec_set is not None else spec
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                options.pop('name')
                new.return_value = Klass(_new_parent=new, _new_name='()', **options)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. "
                                "Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch '
                    f'target has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set,
                                  _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if not hasattr(self, 'temp_original'):
            return
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__', '__module__',
                                                          '__defaults__', '__annotations__',
                                                          '__kwdefaults__')):
                # The attribute was inherited or is a special one.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            # The patch was not started.
            return None
        return self.__exit__(None, None, None)


def _instance_callable(obj):
    """Whether instances of class `obj` (or `obj` itself) are callable."""
    if not isinstance(obj, type):
        return callable(obj)
    for base in obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch the attribute of an
    object, as patch does for a dotted name."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): patch several attributes
    at once; those given as DEFAULT are replaced by MagicMocks, returned
    as a dict (or passed to the decorated function as keyword
    arguments)."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        extra = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                       new_callable, {})
        extra.attribute_name = attribute
        patcher.additional_patchers.append(extra)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted `target` with `new` (a
    MagicMock by default, made with new_callable, spec, spec_set and
    kwargs) while a decorated function runs, in a with-block or between
    start() and stop().  As a decorator, a created mock is passed as an
    extra argument; create=True allows a missing attribute."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict(object):
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set keys of
    a dictionary (or the dictionary a dotted name refers to) and restore
    its whole contents afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if _iscoroutinefunction(f):
            return self.decorate_async_callable(f)

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            # A mapping without copy().
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate a patch, returning the patched dict."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches, last started first."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------------------
# mock_open.

_file_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for open(): the handle it returns supports
    read, readline, readlines, iteration and the with statement over
    `read_data` (str or bytes); each call of the mock starts the data
    over, and calls to write and the rest are recorded.  A return_value
    set on read, readline or readlines replaces the data."""
    global _file_spec
    if _file_spec is None:
        import io
        _file_spec = sorted(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    # The stream of the data, and the iterator behind readline.
    state = [_to_stream(read_data), None]

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def iter_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_lines():
        yield from iter_effect()
        while True:
            yield state[0].readline()

    def next_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
        # CPython's mock keeps open's attributes but shows no spec class.
        mock.__dict__['_spec_class'] = None
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_effect
    state[1] = readline_lines()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = iter_effect
    handle.__next__.side_effect = next_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect is state[1]:
            state[1] = readline_lines()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# ---------------------------------------------------------------------------
# Signatures and autospeccing.

_FunctionTypes = (type(_format_call_signature), type(ANY.__eq__))


def _get_signature_object(func, as_instance, eat_self):
    """(callable, signature) for calls of `func`: a class's __init__ (or
    its __call__ for an instance), a function, or an object's __call__;
    with eat_self the first parameter is dropped.  None when there is no
    signature to be had."""
    if isinstance(func, type) and not as_instance:
        try:
            func = func.__init__
        except AttributeError:
            return None
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, _FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    import inspect
    if eat_self:
        from functools import partial
        target = partial(func, None)
    else:
        target = func
    try:
        return func, inspect.signature(target)
    except (ValueError, TypeError):
        return None


def _check_sig(spec, mock, skipfirst, instance=False):
    """Make calls of `mock` raise the TypeError calls of `spec` would."""
    found = _get_signature_object(spec, instance, skipfirst)
    if found is None:
        return
    klass = type(mock)
    klass._mock_check_signature = found[1]
    klass.__signature__ = found[1]


def _extract_mock(obj):
    """The mock behind an autospecced function, or `obj` itself."""
    if isinstance(obj, _FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


class _SpecState(object):
    """An attribute of an autospecced mock, autospecced when first used."""

    def __init__(self, spec, spec_set=False, parent=None, name=None,
                 ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _must_skip(spec, entry, is_type):
    """Whether the attribute `entry` of `spec`, as got by getattr, still
    takes self as its first argument."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            # A function stored on the instance takes no self.
            return False
        spec = type(spec)
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, _FunctionTypes):
            # A plain method keeps self when looked up on the class.
            return is_type
        return False
    return is_type


def _set_signature(mock, original, instance=False):
    """A function with the name of `original` that checks its arguments
    against original's signature and then calls `mock`; it carries the
    mock's attributes and assert methods."""
    skipfirst = isinstance(original, type)
    found = _get_signature_object(original, instance, skipfirst)
    if found is None:
        return mock
    signature = found[1]
    bind = signature.bind

    def funcopy(*args, **kwargs):
        bind(*args, **kwargs)
        return mock(*args, **kwargs)

    name = original.__name__
    if not name.isidentifier():
        name = 'funcopy'
    funcopy.__name__ = name
    funcopy.__qualname__ = name
    funcopy.__module__ = None
    _setup_func(funcopy, mock, signature)
    return funcopy


def _setup_func(funcopy, mock, signature):
    """Give the function `funcopy` the attributes and assert methods of
    `mock`, and make the mock keep its call records there."""
    funcopy.mock = mock

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def assert_called(*args, **kwargs):
        return mock.assert_called(*args, **kwargs)

    def assert_not_called(*args, **kwargs):
        return mock.assert_not_called(*args, **kwargs)

    def assert_called_once(*args, **kwargs):
        return mock.assert_called_once(*args, **kwargs)

    def assert_called_once_with(*args, **kwargs):
        return mock.assert_called_once_with(*args, **kwargs)

    def assert_has_calls(*args, **kwargs):
        return mock.assert_has_calls(*args, **kwargs)

    def assert_any_call(*args, **kwargs):
        return mock.assert_any_call(*args, **kwargs)

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        value = funcopy.return_value
        if _is_instance_mock(value) and value is not mock:
            value.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    funcopy.assert_called_with = assert_called_with
    funcopy.assert_called_once_with = assert_called_once_with
    funcopy.assert_has_calls = assert_has_calls
    funcopy.assert_any_call = assert_any_call
    funcopy.reset_mock = reset_mock
    funcopy.assert_called = assert_called
    funcopy.assert_not_called = assert_not_called
    funcopy.assert_called_once = assert_called_once
    funcopy.__signature__ = signature
    mock.__dict__['_mock_delegate'] = funcopy


def _setup_async_mock(funcopy):
    """Give the autospecced function `funcopy` of a coroutine function the
    await records and await assert methods of its mock."""
    from asyncio import coroutines
    funcopy._is_coroutine = coroutines._is_coroutine
    funcopy.await_count = 0
    funcopy.await_args = None
    funcopy.await_args_list = _CallList()

    def wrapper(attribute, /, *args, **kwargs):
        return getattr(funcopy.mock, attribute)(*args, **kwargs)

    for attribute in ('assert_awaited', 'assert_awaited_once',
                      'assert_awaited_with', 'assert_awaited_once_with',
                      'assert_any_await', 'assert_has_awaits',
                      'assert_not_awaited'):
        setattr(funcopy, attribute, partial(wrapper, attribute))


def _is_data_descriptor(obj):
    kind = type(obj)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock with the attributes of `spec`, whose calls (and those of
    its methods) are checked against the spec's signatures.

    A function gives a function that checks its arguments and calls a
    mock (its `mock` attribute), with the mock's attributes and assert
    methods.  A class gives a mock whose calls are checked against
    __init__ and which returns an autospecced instance; instance=True
    gives such an instance.  Attributes are autospecced on first use;
    spec_set also forbids setting attributes the spec lacks.  Other
    keyword arguments configure the mock."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    options = {'spec': spec}
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        # A spec of None means no spec at all.
        options = {}
    if options and instance:
        options['_spec_as_instance'] = True
    options.update(kwargs)

    is_async_func = _is_async_func(spec)
    Klass = MagicMock
    if is_async_func:
        Klass = AsyncMock
    elif _is_data_descriptor(spec):
        # A property or other data descriptor is mocked without a spec.
        options = {}
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    elif not _callable(spec):
        Klass = NonCallableMagicMock

    _name = options.pop('name', _name)
    new_name = _name
    if _parent is None:
        # The top-level mock shows no name in its repr.
        new_name = ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=new_name,
                 name=_name, **options)

    if isinstance(spec, _FunctionTypes):
        # Functions become real functions checking their arguments.
        mock = _set_signature(mock, spec)
        if is_async_func:
            _setup_async_mock(mock)
    else:
        _check_sig(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, _FunctionTypes):
            new = _SpecState(original, spec_set, mock, entry, instance=instance)
            mock._mock_children[entry] = new
            continue
        parent = mock
        if isinstance(spec, _FunctionTypes):
            parent = mock.mock
        skipfirst = _must_skip(spec, entry, is_type)
        child_options = {'spec_set': original} if spec_set else {'spec': original}
        child_klass = MagicMock
        if _iscoroutinefunction(original):
            child_klass = AsyncMock
        new = child_klass(parent=parent, name=entry, _new_name=entry,
                        _new_parent=parent, _eat_self=skipfirst, **child_options)
        # The method's return value, a plain MagicMock, is made when
        # first used.
        mock._mock_children[entry] = new
        _check_sig(original, new, skipfirst=skipfirst)
    return mock


def seal(mock):
    """Stop `mock` and the child mocks it made from making new children:
    getting an attribute (or return value) not set or used before raises
    AttributeError, and so does setting a new attribute."""
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(child):
            continue
        if isinstance(child._mock_children.get(attr), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)
