"""Data classes: the commonly used parts of CPython's dataclasses module.

The dataclass decorator reads a class's annotations and adds __init__,
__repr__, __eq__, ordering, hashing, frozen-instance protection,
__match_args__ and optionally __slots__.  The generated methods are
compiled from source text with exec, so their signatures and argument
errors match those of hand-written methods.
"""

import sys

__all__ = [
    'dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
    'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
    'replace', 'is_dataclass',
]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    """Type of the MISSING sentinel (no default given)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of the KW_ONLY sentinel annotation."""


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

_mappingproxy = type(type.__dict__)


def _readonly(mapping):
    # pyprobe's mappingproxy may not be constructible; fall back to a dict.
    try:
        return _mappingproxy(mapping)
    except TypeError:
        return mapping


_EMPTY_METADATA = _readonly({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# Types whose values asdict()/astuple() return without copying.
_ATOMIC_TYPES = frozenset((type(None), bool, int, float, str, complex, bytes,
                           type, range, property, type(Ellipsis),
                           type(NotImplemented)))


def _type_name(tp):
    """Format an annotation the way inspect does in signatures."""
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return '%s.%s' % (tp.__module__, tp.__qualname__)
    return repr(tp)


class InitVar:
    """Annotation for init-only pseudo-fields passed to __post_init__."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % (_type_name(self.type),)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Description of one dataclass field."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _readonly(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%r)' % (
                    self.name, self.type, self.default, self.default_factory,
                    self.init, self.repr, self.hash, self.compare,
                    self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    def __class_getitem__(cls, item):
        return cls


class _DataclassParams:
    """Record of the arguments given to @dataclass."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r,match_args=%r,kw_only=%r,'
                'slots=%r,weakref_slot=%r)' % (
                    self.init, self.repr, self.eq, self.order,
                    self.unsafe_hash, self.frozen, self.match_args,
                    self.kw_only, self.slots, self.weakref_slot))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field with options beyond a plain default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        text = annotation.strip()
        for prefix in ('ClassVar', 'typing.ClassVar', 't.ClassVar'):
            if text == prefix or text.startswith(prefix + '['):
                return True
        return False
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    classvar = typing.ClassVar
    return (annotation is classvar
            or getattr(annotation, '__origin__', None) is classvar)


def _is_initvar(annotation):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    if isinstance(annotation, str):
        text = annotation.strip()
        for prefix in ('InitVar', 'dataclasses.InitVar'):
            if text == prefix or text.startswith(prefix + '['):
                return True
    return False


def _is_kw_only(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation.strip() in (
        'KW_ONLY', 'dataclasses.KW_ONLY')


def _make_field(cls, name, annotation, kw_only):
    """Build the Field for one annotated name of cls."""
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING:
        if type(f.default).__hash__ is None:
            raise ValueError('mutable default %s for field %s is not allowed: '
                             'use default_factory' % (type(f.default), name))
    return f


def _tuple_src(prefix, flds):
    if not flds:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (prefix, f.name) for f in flds)


def _set_attr(cls, name, value):
    """Add a generated method unless the class defines one itself."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_src(fields_all, std, kw, frozen, has_post_init, self_name, globs):
    """Return the source of __init__ for the given fields."""
    params = []
    for f in std:
        params.append(_init_param(f, globs))
    if kw:
        params.append('*')
        for f in kw:
            params.append(_init_param(f, globs))
    body = []
    for f in fields_all:
        if f._field_type is not _FIELD:
            continue
        name = f.name
        dflt = '__dataclass_dflt_%s__' % name
        if f.default_factory is not MISSING:
            if f.init:
                value = '%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s' % (
                    dflt, name, name)
            else:
                value = '%s()' % dflt
        elif f.init:
            value = name
        elif f.default is not MISSING:
            value = dflt
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(%s,%r,%s)'
                        % (self_name, name, value))
        else:
            body.append('%s.%s=%s' % (self_name, name, value))
    if has_post_init:
        args = ','.join(f.name for f in fields_all if f._field_type is _FIELD_INITVAR)
        body.append('%s.__post_init__(%s)' % (self_name, args))
    if not body:
        body.append('pass')
    return 'def __init__(%s):\n  %s\n' % (
        ','.join([self_name] + params), '\n  '.join(body))


def _init_param(f, globs):
    dflt = '__dataclass_dflt_%s__' % f.name
    if f.default_factory is not MISSING:
        globs[dflt] = f.default_factory
        return '%s=__dataclass_HAS_DEFAULT_FACTORY__' % f.name
    if f.default is not MISSING:
        globs[dflt] = f.default
        return '%s=%s' % (f.name, dflt)
    return f.name


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dict__['__dataclass_params__'].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been "
                                "specified" % (name,))
            kw_only_seen = True
            kw_only = True
            continue
        own_fields.append(_make_field(cls, name, annotation, kw_only))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(
        init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
        slots, weakref_slot)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    all_fields = list(fields.values())
    data_fields = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields
                   if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]

    globs = {
        '__dataclass_builtins_object__': object,
        '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
        '__dataclass_cls__': cls,
        '__dataclass_FrozenInstanceError__': FrozenInstanceError,
        '__dataclass_repr_running__': set(),
    }
    for f in data_fields:
        if f.default_factory is not MISSING:
            globs['__dataclass_dflt_%s__' % f.name] = f.default_factory
        elif f.default is not MISSING:
            globs['__dataclass_dflt_%s__' % f.name] = f.default
    sources = []
    generated = []

    if init:
        seen_default = None
        for f in std_fields:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError('non-default argument %r follows default '
                                    'argument' % (f.name,))
            else:
                seen_default = f
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        sources.append(_init_src(all_fields, std_fields, kw_fields, frozen,
                                 hasattr(cls, '__post_init__'), self_name, globs))
        generated.append('__init__')

    if repr:
        parts = ', '.join('%s={self.%s!r}' % (f.name, f.name)
                          for f in data_fields if f.repr)
        sources.append(
            'def __repr__(self):\n'
            '  key = id(self)\n'
            '  if key in __dataclass_repr_running__:\n'
            "    return '...'\n"
            '  __dataclass_repr_running__.add(key)\n'
            '  try:\n'
            '    return self.__class__.__qualname__ + f"(%s)"\n'
            '  finally:\n'
            '    __dataclass_repr_running__.discard(key)\n' % (parts,))
        generated.append('__repr__')

    compare_fields = [f for f in data_fields if f.compare]
    if eq:
        sources.append(
            'def __eq__(self, other):\n'
            '  if self is other:\n'
            '    return True\n'
            '  if other.__class__ is self.__class__:\n'
            '    return %s==%s\n'
            '  return NotImplemented\n'
            % (_tuple_src('self', compare_fields), _tuple_src('other', compare_fields)))
        generated.append('__eq__')

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
            sources.append(
                'def %s(self, other):\n'
                '  if other.__class__ is self.__class__:\n'
                '    return %s%s%s\n'
                '  return NotImplemented\n'
                % (name, _tuple_src('self', compare_fields), op,
                   _tuple_src('other', compare_fields)))
            generated.append(name)

    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))
        names = tuple(f.name for f in data_fields)
        globs['__dataclass_field_names__'] = frozenset(names)
        sources.append(
            'def __setattr__(self, name, value):\n'
            '  if type(self) is __dataclass_cls__ or name in __dataclass_field_names__:\n'
            '    raise __dataclass_FrozenInstanceError__(f"cannot assign to field {name!r}")\n'
            '  super(__dataclass_cls__, self).__setattr__(name, value)\n'
            'def __delattr__(self, name):\n'
            '  if type(self) is __dataclass_cls__ or name in __dataclass_field_names__:\n'
            '    raise __dataclass_FrozenInstanceError__(f"cannot delete field {name!r}")\n'
            '  super(__dataclass_cls__, self).__delattr__(name)\n')
        generated.extend(('__setattr__', '__delattr__'))

    # Decide what __hash__ becomes, following the dataclass hashing rules.
    hash_action = None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % (cls.__name__,))
        hash_action = 'add'
    elif eq and not has_explicit_hash:
        hash_action = 'add' if frozen else 'none'
    if hash_action == 'add':
        hash_fields = [f for f in data_fields
                       if (f.compare if f.hash is None else f.hash)]
        sources.append('def __hash__(self):\n  return hash(%s)\n'
                       % (_tuple_src('self', hash_fields),))

    namespace = {}
    if sources:
        exec('\n'.join(sources), globs, namespace)
    qualname = cls.__qualname__
    for name, fn in namespace.items():
        fn.__qualname__ = '%s.%s' % (qualname, name)
    for name in generated:
        fn = namespace[name]
        if name in ('__init__', '__repr__', '__eq__'):
            _set_attr(cls, name, fn)
        else:
            setattr(cls, name, fn)
    if hash_action == 'add':
        cls.__hash__ = namespace['__hash__']
    elif hash_action == 'none':
        cls.__hash__ = None

    if '__doc__' not in cls.__dict__ or cls.__dict__['__doc__'] is None:
        cls.__doc__ = _signature_doc(cls.__name__, std_fields, kw_fields)

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_fields)

    if slots:
        cls = _add_slots(cls, data_fields, frozen, weakref_slot)
        globs['__dataclass_cls__'] = cls
    return cls


def _signature_doc(name, std, kw):
    parts = []
    for f in std + ([None] if kw else []) + kw:
        if f is None:
            parts.append('*')
            continue
        text = f.name
        if f.type is not MISSING:
            text += ': ' + (f.type if isinstance(f.type, str) else _type_name(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = ' + repr(f.default)
        parts.append(text)
    return '%s(%s)' % (name, ', '.join(parts))


def _add_slots(cls, data_fields, frozen, weakref_slot):
    """Rebuild cls with __slots__ for its fields."""
    cls_dict = dict(cls.__dict__)
    names = tuple(f.name for f in data_fields)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    slots = tuple(n for n in names if n not in inherited)
    if weakref_slot:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if frozen and '__getstate__' not in cls_dict:
        def __getstate__(self):
            return [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)
        new_cls.__getstate__ = __getstate__
        new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add generated special methods to a class based on its annotations."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return the tuple of Field objects of a dataclass or instance."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Return True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance to a dict of its fields."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    tp = type(obj)
    if tp in _ATOMIC_TYPES:
        return obj
    if hasattr(tp, '__dataclass_fields__'):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict)
                    for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return tp(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return tp(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return tp((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                  for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance to a tuple of its fields."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    tp = type(obj)
    if tp in _ATOMIC_TYPES:
        return obj
    if hasattr(tp, '__dataclass_fields__'):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return tp(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return tp(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return tp((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                  for k, v in obj.items())
    return _deepcopy(obj)


def replace(obj, /, **changes):
    """Return a copy of a dataclass instance with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot '
                                 'be specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a new dataclass named cls_name from a list of field specs."""
    ns = dict(namespace) if namespace is not None else {}
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            module = '__main__'
    ns['__module__'] = module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
