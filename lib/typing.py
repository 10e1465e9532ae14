"""Type hints: the runtime side of CPython's typing module.

Everything ordinary annotated programs import is here: the special forms
(Any, Union, Optional, Literal, Final, ClassVar, Annotated, ...), the
subscriptable aliases of the builtin and abstract container types (List,
Dict, Iterable, Callable, ...), TypeVar and ParamSpec, Generic and
Protocol, NamedTuple and TypedDict class syntax, NewType, cast, overload
and friends, get_type_hints, get_origin and get_args.  Reprs follow
CPython 3.12 (``typing.List[int]``, ``typing.Optional[int]``, ``~T``).
Static checking is not performed; the aliases resolve their abstract
origins from collections.abc lazily, only when a program needs them.
"""

import sys

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
    'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args',
    'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
Text = str
_NoneType = type(None)


def _probe_mro_entries():
    """Report whether class statements honour __mro_entries__ (PEP 560)."""
    class Probe:
        def __mro_entries__(self, bases):
            return (object,)
    try:
        class Check(Probe()):
            pass
    except Exception:
        return False
    return True


_HAS_MRO_ENTRIES = _probe_mro_entries()


def _type_repr(obj):
    """Return the repr of obj as typing shows it inside brackets."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """Turn None into NoneType and strings into ForwardRefs."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    """Check that arg is usable as a type and return it converted.

    Like CPython 3.12 this is lenient: only tuples and the bare special
    forms that need arguments are rejected.
    """
    arg = _type_convert(arg)
    if isinstance(arg, tuple) or (isinstance(arg, _SpecialForm) and arg._name in (
            'ClassVar', 'Final', 'Union', 'Optional', 'Literal')):
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _collect_parameters(args):
    """Return the type variables occurring in args, in first-seen order."""
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    """Replace the type variables in arg according to mapping."""
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


# Bound once the classes exist; their metaclasses look for them.
NamedTuple = TypedDict = None


class _Final:
    """Base of the typing objects that may not be subclassed."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, *args, _root=False, **kwds):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


class _NotIterable:
    """Mixin that makes iteration fail instead of looping on __getitem__."""

    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    """A special typing construct such as Union, Optional or Final."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _bare_form(name, doc):
    """Make an unsubscriptable special form such as Any or NoReturn."""
    def getitem(self, parameters):
        raise TypeError('%r is not subscriptable' % (self,))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


Any = _bare_form('Any', 'Special type compatible with every type.')
NoReturn = _bare_form('NoReturn', 'Marks a function that never returns.')
Never = _bare_form('Never', 'The bottom type, with no values.')
Self = _bare_form('Self', 'The type of the enclosing class.')
LiteralString = _bare_form('LiteralString', 'A string built from literals.')
TypeAlias = _bare_form('TypeAlias', 'Marks an explicit type alias.')


def _one_arg_form(name, doc):
    """Make a special form that takes exactly one type argument."""
    def getitem(self, parameters):
        item = _type_check(parameters, '%s accepts only single type.' % (name,))
        return _GenericAlias(self, (item,))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


ClassVar = _one_arg_form('ClassVar', 'Marks a class variable annotation.')
Final = _one_arg_form('Final', 'Marks a name that must not be reassigned.')
TypeGuard = _one_arg_form('TypeGuard', 'Marks a user-defined type guard.')
Required = _one_arg_form('Required', 'Marks a required TypedDict key.')
NotRequired = _one_arg_form('NotRequired', 'Marks a TypedDict key that may be missing.')
Unpack = _one_arg_form('Unpack', 'Unpacks a TypeVarTuple or TypedDict.')


def _flatten_union(args):
    flat = []
    for a in args:
        if isinstance(a, _UnionGenericAlias):
            flat.extend(a.__args__)
        elif type(a) is _UnionType:
            flat.extend(a.__args__)
        else:
            flat.append(a)
    result = []
    for a in flat:
        if a not in result:
            result.append(a)
    return tuple(result)


def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    if isinstance(parameters, tuple):
        raise TypeError('typing.Optional requires a single type. Got %r.'
                        % (parameters,))
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, None]


def Literal(self, parameters):
    """A type whose values are exactly the given literals."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    seen = []
    for p in parameters:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


def Concatenate(self, parameters):
    """Prefix a ParamSpec with positional parameter types."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec) and parameters[-1] is not Ellipsis:
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters[:-1]) + parameters[-1:]
    return _ConcatenateGenericAlias(self, parameters)


Union = _SpecialForm(Union)
Optional = _SpecialForm(Optional)
Literal = _SpecialForm(Literal)
Concatenate = _SpecialForm(Concatenate)


class ForwardRef(_Final, _root=True):
    """A type given as a string, evaluated later by get_type_hints."""

    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_type(value, globalns, localns,
                          recursive_guard | {self.__forward_arg__})

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__,
                                              self.__forward_module__)


def _caller_module(depth=2, default='__main__'):
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


class _TypeVarLike:
    """Shared behaviour of TypeVar, ParamSpec and TypeVarTuple."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of %s' % type(self).__name__)

    def __init_subclass__(cls, *args, **kwds):
        if cls.__module__ != __name__:
            raise TypeError("type '%s.%s' is not an acceptable base type"
                            % (__name__, cls.__mro__[1].__name__))


class TypeVar(_TypeVarLike):
    """A type variable, as in T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = None if bound is None else _type_check(
            bound, 'Bound must be a type.')
        self.__module__ = _caller_module()

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable, as in Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    """The type of P.args for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__.__name__))


class ParamSpecKwargs(_Final, _root=True):
    """The type of P.kwargs for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__.__name__))


class ParamSpec(_TypeVarLike):
    """A parameter specification variable, as in P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


def _build_class_from_alias_bases(name, bases, ns, kwds):
    """Create a class whose bases include typing aliases.

    Used when the interpreter does not apply __mro_entries__ itself: the
    class statement then calls the alias type with (name, bases, ns), and
    this function resolves the bases the way PEP 560 describes.
    """
    resolved = []
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            resolved.append(base)
        else:
            resolved.extend(entries(bases))
    ns = dict(ns)
    ns['__orig_bases__'] = bases
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type
        for base in resolved:
            base_meta = type(base)
            if issubclass(base_meta, meta):
                meta = base_meta
    return meta(name, tuple(resolved), ns, **kwds)


_lazy_origins = {}


def _resolve_origin(origin):
    """Return the class named by a lazy 'module.Name' origin string."""
    if not isinstance(origin, str):
        return origin
    cls = _lazy_origins.get(origin)
    if cls is None:
        module, _, attr = origin.rpartition('.')
        __import__(module)
        cls = getattr(sys.modules[module], attr)
        _lazy_origins[origin] = cls
    return cls


class _BaseGenericAlias(_Final, _root=True):
    """Common behaviour of the subscriptable alias objects.

    The origin is kept in _origin, either as a class or, for the abstract
    collection types, as a 'module.Name' string imported on first use.
    """

    @property
    def __origin__(self):
        return _resolve_origin(self._origin)

    def __new__(cls, *args, **kwds):
        if (len(args) == 3 and isinstance(args[0], str)
                and isinstance(args[1], tuple) and isinstance(args[2], dict)):
            return _build_class_from_alias_bases(args[0], args[1], args[2], kwds)
        return object.__new__(cls)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        index = -1
        for i, b in enumerate(bases):
            if b is self:
                index = i
                break
        for b in bases[index + 1:]:
            if isinstance(b, _BaseGenericAlias) or (
                    isinstance(b, type) and issubclass(b, Generic)):
                if origin is Generic or (isinstance(b, type) and
                                         isinstance(origin, type) and
                                         issubclass(b, origin)):
                    return ()
        return (origin,)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_origin', '_name', '_inst'):
            raise AttributeError(attr)
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic such as List[int] or MyClass[str]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self._origin = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name
        if not name:
            self.__module__ = getattr(origin, '__module__', None)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (type(self) is type(other) and self._origin == other._origin
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._origin, self.__args__))

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few',
                               self, len(args), len(params)))
        mapping = dict(zip(params, (_type_convert(a) for a in args)))
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self._origin, args, inst=self._inst, name=self._name)

    def _args_repr(self):
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self._origin)
        if not self.__args__:
            return head + '[()]'
        return '%s[%s]' % (head, self._args_repr())


class _UnionGenericAlias(_GenericAlias, _root=True):
    """Union[...] and Optional[...] results."""

    def __init__(self, origin, args, *, name=None):
        _GenericAlias.__init__(self, origin, args, name=name)
        self._inst = False

    def copy_with(self, args):
        return Union[args]

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.Union')

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[1]),)
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[0]),)
        return 'typing.Union[%s]' % self._args_repr()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...] results."""

    def __init__(self, origin, args):
        _GenericAlias.__init__(self, origin, args)
        self.__parameters__ = ()
        self._inst = False

    def _args_repr(self):
        return ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return (set((a, type(a)) for a in self.__args__)
                == set((a, type(a)) for a in other.__args__))

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[...] results."""

    def copy_with(self, args):
        return Concatenate[args]


class _CallableGenericAlias(_GenericAlias, _root=True):
    """Callable[[args], result] results; __args__ is flattened."""

    def copy_with(self, args):
        return _CallableGenericAlias(self._origin, args, name=self._name)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(
                args[0], (ParamSpec, _ConcatenateGenericAlias))):
            return 'typing.Callable[%s, %s]' % (_type_repr(args[0]),
                                                _type_repr(args[1]))
        return 'typing.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, metadata...] results."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__),
            ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self._origin, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias such as List, Dict or Iterable."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        # origin is either a class or a 'module.Name' string resolved lazily.
        self._origin = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name
        self.__module__ = 'typing'

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        return _BaseGenericAlias.__getattr__(self, attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash(self._name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams == 0:
            raise TypeError('%r is not a generic class' % (self,))
        if len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self, len(params), self._nparams))
        return _GenericAlias(self._origin_for_alias(), params, inst=self._inst,
                             name=self._name)

    def _origin_for_alias(self):
        return self._origin

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return _BaseGenericAlias.__subclasscheck__(self, cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableType(_SpecialGenericAlias, _root=True):
    """The unsubscripted Callable alias."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        elif args is Ellipsis or isinstance(args, (ParamSpec, _ConcatenateGenericAlias)):
            params = (args, _type_convert(result))
        else:
            params = (_type_convert(args), _type_convert(result))
        return _CallableGenericAlias(self._origin_for_alias(), params,
                                     name='Callable')


class _TupleType(_SpecialGenericAlias, _root=True):
    """The unsubscripted Tuple alias."""

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is Ellipsis:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1]) + (Ellipsis,)
        else:
            msg = 'Tuple[t0, t1, ...]: each t must be a type.'
            params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, inst=False, name='Tuple')


_abc = 'collections.abc.'
Hashable = _SpecialGenericAlias(_abc + 'Hashable', 0, name='Hashable')
Awaitable = _SpecialGenericAlias(_abc + 'Awaitable', 1, name='Awaitable')
Coroutine = _SpecialGenericAlias(_abc + 'Coroutine', 3, name='Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc + 'AsyncIterable', 1, name='AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc + 'AsyncIterator', 1, name='AsyncIterator')
Iterable = _SpecialGenericAlias(_abc + 'Iterable', 1, name='Iterable')
Iterator = _SpecialGenericAlias(_abc + 'Iterator', 1, name='Iterator')
Reversible = _SpecialGenericAlias(_abc + 'Reversible', 1, name='Reversible')
Sized = _SpecialGenericAlias(_abc + 'Sized', 0, name='Sized')
Container = _SpecialGenericAlias(_abc + 'Container', 1, name='Container')
Collection = _SpecialGenericAlias(_abc + 'Collection', 1, name='Collection')
Callable = _CallableType(_abc + 'Callable', 2, name='Callable')
AbstractSet = _SpecialGenericAlias(_abc + 'Set', 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc + 'MutableSet', 1, name='MutableSet')
Mapping = _SpecialGenericAlias(_abc + 'Mapping', 2, name='Mapping')
MutableMapping = _SpecialGenericAlias(_abc + 'MutableMapping', 2, name='MutableMapping')
Sequence = _SpecialGenericAlias(_abc + 'Sequence', 1, name='Sequence')
MutableSequence = _SpecialGenericAlias(_abc + 'MutableSequence', 1, name='MutableSequence')
ByteString = _SpecialGenericAlias(_abc + 'ByteString', 0, name='ByteString')
MappingView = _SpecialGenericAlias(_abc + 'MappingView', 1, name='MappingView')
KeysView = _SpecialGenericAlias(_abc + 'KeysView', 1, name='KeysView')
ItemsView = _SpecialGenericAlias(_abc + 'ItemsView', 2, name='ItemsView')
ValuesView = _SpecialGenericAlias(_abc + 'ValuesView', 1, name='ValuesView')
Generator = _SpecialGenericAlias(_abc + 'Generator', 3, name='Generator')
AsyncGenerator = _SpecialGenericAlias(_abc + 'AsyncGenerator', 2, name='AsyncGenerator')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
Deque = _SpecialGenericAlias('collections.deque', 1, name='Deque')
DefaultDict = _SpecialGenericAlias('collections.defaultdict', 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias('collections.OrderedDict', 2, name='OrderedDict')
Counter = _SpecialGenericAlias('collections.Counter', 1, name='Counter')
ChainMap = _SpecialGenericAlias('collections.ChainMap', 2, name='ChainMap')
ContextManager = _SpecialGenericAlias('contextlib.AbstractContextManager', 1,
                                      name='ContextManager')
AsyncContextManager = _SpecialGenericAlias('contextlib.AbstractAsyncContextManager',
                                           1, name='AsyncContextManager')
Pattern = _SpecialGenericAlias('re.Pattern', 1, name='Pattern')
Match = _SpecialGenericAlias('re.Match', 1, name='Match')
del _abc

_GenericAliasType = type(list[int])
_UnionType = type(int | str)


def _check_generic_params(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Parameter list to %s[...] cannot be empty'
                        % (cls.__qualname__,))
    for p in params:
        if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and not (
                isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
            raise TypeError('Parameters to %s[...] must all be type variables '
                            'or parameter specification variables.'
                            % (cls.__name__,))
    if len(set(params)) != len(params):
        raise TypeError('Parameters to %s[...] must all be unique' % (cls.__name__,))
    return params


class Generic:
    """Base class for generic classes: class Stack(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            params = _check_generic_params(cls, params)
            if not _HAS_MRO_ENTRIES:
                # Without PEP 560 support the class statement needs a class.
                return cls
            return _GenericAlias(cls, params)
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        own = cls.__dict__.get('__parameters__')
        if own and len(own) != len(params):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > len(own) else 'few',
                               cls, len(params), len(own)))
        if not _HAS_MRO_ENTRIES and all(
                isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
            # Base[T] in a class statement must be a class here as well.
            return cls
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for p in _collect_parameters((base,)):
                if p not in params:
                    params.append(p)
        if not params:
            for base in cls.__bases__:
                for p in getattr(base, '__parameters__', ()):
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


_PROTO_SKIP = frozenset((
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
    '__qualname__', '__init_subclass__', '__match_args__', '__orig_class__',
    '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__',
    '_is_protocol', '_is_runtime_protocol', '__static_attributes__',
    '__firstlineno__', '__callable_proto_members_only__',
))


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic') and base.__module__ == __name__:
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if name not in _PROTO_SKIP and not name.startswith('_abc_'):
                attrs.add(name)
    return attrs


class _ProtocolMeta(type):
    """Metaclass of Protocol: structural isinstance for runtime protocols."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            return cls in type(instance).__mro__
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if cls in type(instance).__mro__:
            return True
        for attr in cls.__protocol_attrs__:
            if not hasattr(instance, attr):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            return cls in other.__mro__
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if cls in other.__mro__:
            return True
        for attr in cls.__protocol_attrs__:
            if not any(attr in base.__dict__ for base in other.__mro__):
                return False
        return True


def _no_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural (duck-typed) interfaces."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = Protocol in cls.__bases__
        cls.__protocol_attrs__ = _protocol_attrs(cls)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() checks against a protocol."""
    if not isinstance(cls, _ProtocolMeta) or not cls.__dict__.get('_is_protocol'):
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        'classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


class Annotated:
    """Annotated[T, x, ...]: the type T with extra metadata attached."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two '
                            'arguments (a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % (cls.__module__,))


# NamedTuple ------------------------------------------------------------

_NT_RESERVED = frozenset(('__new__', '__init__', '__slots__', '__getnewargs__',
                          '_fields', '_field_defaults', '_make', '_replace',
                          '_asdict', '_source'))
_NT_SKIP = frozenset(('__module__', '__qualname__', '__annotations__',
                      '__orig_bases__', '__classcell__'))


def _make_namedtuple(name, fields, defaults, module, annotations=None):
    """Build a tuple subclass with named fields."""
    for f in fields:
        if f.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % (f,))
    params = []
    ndefaults = len(defaults)
    globs = {'_tuple_new': tuple.__new__}
    for i, f in enumerate(fields):
        j = i - (len(fields) - ndefaults)
        if j >= 0:
            globs['_dflt_%d' % j] = defaults[j]
            params.append('%s=_dflt_%d' % (f, j))
        else:
            params.append(f)
    src = 'def __new__(_cls, %s):\n  return _tuple_new(_cls, (%s))\n' % (
        ', '.join(params), ''.join(f + ', ' for f in fields))
    if not fields:
        src = 'def __new__(_cls):\n  return _tuple_new(_cls, ())\n'
    exec(src, globs)
    new = globs['__new__']
    new.__qualname__ = name + '.__new__'
    field_defaults = dict(zip(fields[len(fields) - ndefaults:], defaults))
    fields = tuple(fields)
    repr_fmt = '(' + ', '.join('%s=%%r' % f for f in fields) + ')'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(fields):
            raise TypeError('Expected %d arguments, got %d' % (len(fields), len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(f, v) for f, v in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': '%s(%s)' % (name, ', '.join(fields)),
        '__slots__': (),
        '__new__': new,
        '__repr__': __repr__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__module__': module,
    }
    for i, f in enumerate(fields):
        ns[f] = property(_itemgetter(i), doc='Alias for field number %d' % i)
    if annotations is not None:
        ns['__annotations__'] = annotations
    cls = type(name, (tuple,), ns)
    for method in (__repr__, _make, _replace, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (name, method.__name__)
    return cls


def _itemgetter(index):
    def get(self):
        return self[index]
    return get


class _NamedTupleMeta(type):
    """Metaclass turning class NamedTuple bodies into tuple subclasses."""

    def __new__(mcls, typename, bases, ns, **kwds):
        if not any(b is NamedTuple for b in bases):
            return type.__new__(mcls, typename, bases, ns, **kwds)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        fields = list(annotations)
        defaults = []
        for f in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow '
                                'default field%s %s' % (
                                    f, 's' if len(defaults) > 1 else '',
                                    ', '.join(fields[:fields.index(f)][-len(defaults):])))
        types = {n: _type_check(t, 'field %s annotation must be a type' % n)
                 for n, t in annotations.items()}
        cls = _make_namedtuple(typename, fields, defaults,
                               ns.get('__module__', '__main__'), types)
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SKIP and key not in cls._fields:
                setattr(cls, key, value)
                hook = getattr(type(value), '__set_name__', None)
                if hook is not None:
                    hook(value, cls, key)
        if '__qualname__' in ns:
            cls.__qualname__ = ns['__qualname__']
        return cls

    def __call__(cls, *args, **kwargs):
        if cls is NamedTuple:
            return _namedtuple_functional(*args, **kwargs)
        return type.__call__(cls, *args, **kwargs)


def _namedtuple_functional(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    types = {n: _type_check(t, 'field %s annotation must be a type' % n)
             for n, t in fields}
    return _make_namedtuple(typename, list(types), [], _caller_module(3), types)


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int."""


# TypedDict -------------------------------------------------------------

class _TypedDictMeta(type):
    """Metaclass of TypedDict classes; calling one returns a plain dict."""

    def __new__(mcls, name, bases, ns, total=True, **kwds):
        if name == 'TypedDict' and not bases and ns.get('__module__') == __name__:
            return type.__new__(mcls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg) for n, t in own.items()}
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = bool(total)
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        annotations.update(own)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = bool(total)
        return type.__new__(mcls, name, (dict,), ns)

    def __init__(cls, name, bases, ns, total=True, **kwds):
        type.__init__(cls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module(3)}
    return _TypedDictMeta(typename, (), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""


def is_typeddict(tp):
    """Return True if tp is a TypedDict class."""
    return isinstance(tp, type) and type(tp) is _TypedDictMeta and tp is not TypedDict


# NewType and small helpers ----------------------------------------------

class NewType:
    """A distinct name for an existing type; calling it returns its argument."""

    def __call__(self, x):
        return x

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you '
                        'were looking for: `%s = NewType(%r, %s)`'
                        % ('Derived', 'Derived', self.__name__))

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    """Return val unchanged; tells a type checker that val has type typ."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged; a type checker verifies its type."""
    return val


def assert_never(arg, /):
    """Raise AssertionError: the call should be statically unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Mark func as one overload signature; the last definition implements."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """Return the @overload signatures recorded for func."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, ()))


def clear_overloads():
    """Forget all recorded overloads."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class as final (not to be overridden)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Mark a method as overriding one in a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Mark a function or class as not to be type checked."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results behave as if decorated with no_type_check."""
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator or class as creating dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


# Introspection -----------------------------------------------------------

def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references inside t."""
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if t is None:
        return _NoneType
    if isinstance(t, _AnnotatedAlias):
        origin = _eval_type(t.__origin__, globalns, localns, recursive_guard)
        return _AnnotatedAlias(origin, t.__metadata__)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns, recursive_guard)
                     if not isinstance(a, list) else
                     [_eval_type(x, globalns, localns, recursive_guard) for x in a]
                     for a in t.__args__)
        if args == t.__args__:
            return t
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args == t.__args__:
            return t
        return t.copy_with(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return obj's annotations with string forward references evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # Module names win over class attributes, as in CPython.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if callable(obj):
                return {}
            raise TypeError('%r is not a module, class, method, or function.'
                            % (obj,))
        if globalns is None:
            if hasattr(obj, '__globals__'):
                globalns = obj.__globals__
            elif type(obj).__name__ == 'module':
                globalns = obj.__dict__
            else:
                globalns = getattr(sys.modules.get(getattr(obj, '__module__', None)),
                                   '__dict__', {})
        if localns is None:
            localns = globalns
        for name, value in ann.items():
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}


def get_origin(tp):
    """Return the unsubscripted form of tp (list for List[int]), else None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _BaseGenericAlias):
        return tp.__origin__
    if type(tp) is _GenericAliasType or isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp) is _UnionType:
        return _UnionType
    return None


def get_args(tp):
    """Return the arguments of a subscripted type as a tuple."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (
                len(res) == 2 and (res[0] is Ellipsis or isinstance(
                    res[0], (ParamSpec, _ConcatenateGenericAlias)))):
            return (list(res[:-1]), res[-1])
        return res
    if type(tp) is _GenericAliasType or type(tp) is _UnionType:
        return tp.__args__
    return ()


# Protocols for the common special methods --------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An object with __int__."""
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with __float__."""
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with __complex__."""
    __slots__ = ()

    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with __bytes__."""
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with __index__."""
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An object with __abs__."""
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An object with __round__."""
    __slots__ = ()

    def __round__(self, ndigits: int = 0):
        pass


class IO(Generic):
    """Generic base for the file object types."""

    __slots__ = ()
    mode = name = closed = None


class BinaryIO(IO):
    """Typed version of the binary file objects."""

    __slots__ = ()


class TextIO(IO):
    """Typed version of the text file objects."""

    __slots__ = ()
