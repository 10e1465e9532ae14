"""Names for built-in types, plus utilities for creating classes
dynamically (new_class, prepare_class, resolve_bases, get_original_bases),
SimpleNamespace, DynamicClassAttribute and coroutine.

Every type is taken from a real object of that type, so each name is
exactly the interpreter's own type.  Types the interpreter cannot produce
(coroutines and asynchronous generators need async syntax) are left out.
"""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    value = 1

    def inner():
        return value
    return inner.__closure__[0]


CellType = type(_cell_factory())


def _generator():
    yield 1


GeneratorType = type(_generator())


class _Probe:
    __slots__ = ('slot',)

    def method(self):
        pass


MethodType = type(_Probe().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GetSetDescriptorType = type(object.__dict__['__class__'])
MemberDescriptorType = type(_Probe.__dict__['slot'])


def _traceback_types():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        return type(tb), type(tb.tb_frame)


TracebackType, FrameType = _traceback_types()

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType',
           'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'get_original_bases', 'DynamicClassAttribute',
           'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
           'NoneType', 'NotImplementedType']


def _async_types():
    """Return the coroutine and asynchronous generator types, or None where
    async functions cannot be compiled."""
    source = ("async def _coroutine():\n    pass\n"
              "async def _agen():\n    yield\n")
    namespace = {}
    try:
        exec(compile(source, "<types>", "exec"), namespace)
    except SyntaxError:
        return None
    coro = namespace['_coroutine']()
    coroutine_type = type(coro)
    coro.close()
    return coroutine_type, type(namespace['_agen']())


_found = _async_types()
if _found is not None:
    CoroutineType, AsyncGeneratorType = _found
    __all__[7:7] = ['CoroutineType', 'AsyncGeneratorType']
del _found, _Probe, _function, _generator, _cell_factory, _traceback_types


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs) creates an object whose attributes are the
    keyword arguments; its repr lists them, and two namespaces are equal
    when their attributes are.
    """

    __hash__ = None

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def _type_name(self):
        cls = type(self)
        if cls is SimpleNamespace:
            return 'types.SimpleNamespace'
        return cls.__name__

    def __getattr__(self, name):
        raise AttributeError("%r object has no attribute %r"
                             % (self._type_name(), name))

    def __delattr__(self, name):
        if name not in self.__dict__:
            raise AttributeError("%r object has no attribute %r"
                                 % (self._type_name(), name))
        del self.__dict__[name]

    def __repr__(self):
        cls = type(self)
        name = 'namespace' if cls is SimpleNamespace else cls.__name__
        active = _repr_active
        key = id(self)
        if key in active:
            return name + '(...)'
        active.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            active.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# Ids of the namespaces whose repr is being computed, to cut cycles short.
_repr_active = set()
SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    """Resolve the bases of a class the way a class statement does: each
    base that is not a class but has __mro_entries__ is replaced by the
    tuple that method returns (PEP 560)."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
    if not changed:
        return bases
    return tuple(resolved)


def _most_derived_metaclass(meta, bases):
    """Return the metaclass among meta and the metaclasses of bases that
    derives from all the others, or raise TypeError."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived "
                        "class must be a (non-strict) subclass of the "
                        "metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass of a new class and prepare its namespace.

    Returns (metaclass, namespace, kwds), where kwds is a copy of the given
    keywords without the 'metaclass' entry.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # Only a real class can be checked against the bases' metaclasses.
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically, as a class statement would.

    exec_body, if given, is called with the new namespace to fill it in.
    """
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


def get_original_bases(cls, /):
    """Return the bases of cls as written in its definition, before
    __mro_entries__ resolution (PEP 560); for ordinary classes this is
    cls.__bases__."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError("Expected an instance of type, not %r"
                        % type(cls).__name__) from None


class DynamicClassAttribute:
    """An attribute that behaves like a property on instances, while
    access through the class raises AttributeError so that the lookup falls
    back to the metaclass's __getattr__.

    This lets a class have an instance attribute and a class attribute of
    the same name (enum members use it for 'name' and 'value').
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Make a generator function awaitable (a generator-based coroutine).

    A generator function comes back as a function of the same code with
    the CO_ITERABLE_COROUTINE flag, whose generators `await` accepts; any
    other callable is wrapped, so that a generator it returns is awaitable
    through a wrapper.
    """
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (isinstance(func, FunctionType)
            and getattr(func, '__code__', None) is not None):
        co = func.__code__
        if co.co_flags & 0x180:
            # Already a coroutine, or already marked.
            return func
        if co.co_flags & 0x20:
            marked = FunctionType(co.replace(co_flags=co.co_flags | 0x100),
                                  func.__globals__, func.__name__,
                                  func.__defaults__, func.__closure__)
            marked.__kwdefaults__ = func.__kwdefaults__
            for name in ('__module__', '__name__', '__qualname__',
                         '__doc__', '__annotations__'):
                try:
                    setattr(marked, name, getattr(func, name))
                except (AttributeError, TypeError):
                    pass
            marked.__dict__.update(func.__dict__)
            return marked

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if coro.__class__ is GeneratorType:
            if coro.gi_code.co_flags & 0x100:
                return coro
            return _GeneratorWrapper(coro)
        return coro
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, name, getattr(func, name))
        except (AttributeError, TypeError):
            pass
    wrapped.__wrapped__ = func
    return wrapped


class _GeneratorWrapper:
    """A generator made awaitable by `coroutine`: it passes `send`,
    `throw`, `close` and iteration on to the generator."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return getattr(self.__wrapped, 'gi_yieldfrom', None)

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__