"""Enumerations: the commonly used parts of CPython's enum module.

Provides Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto, unique,
member/nonmember, FlagBoundary and the EnumType metaclass (also exported
as EnumMeta), following the observable behaviour of CPython 3.12.
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum',
    'Flag', 'IntFlag', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'auto', 'unique', 'member', 'nonmember', 'property', 'verify',
    'EnumCheck', 'UNIQUE', 'CONTINUOUS', 'NAMED_FLAGS', 'global_enum',
    'show_flag_values',
]

# These names are bound once the corresponding classes exist; the metaclass
# consults them while those very classes are being built.
Enum = Flag = ReprEnum = None

_builtin_property = property


class _AutoValue:
    """Marker for an auto() whose value has not been chosen yet."""

    def __repr__(self):
        return '_auto_null'


_AUTO = _AutoValue()


class auto:
    """Stand-in for a member value chosen by _generate_next_value_."""

    def __init__(self, value=_AUTO):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Force the wrapped value to become an enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep the wrapped value as a plain class attribute."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """A property usable for enum member attributes such as name/value."""


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and not name.endswith('__'))


def _is_descriptor(obj):
    t = type(obj)
    return (hasattr(t, '__get__') or hasattr(t, '__set__')
            or hasattr(t, '__delete__'))


def _int_str(self):
    # int.__repr__ is applied to a plain int copy of the member's value.
    return int.__repr__(int(self))


def _is_single_bit(num):
    return num > 0 and (num & (num - 1)) == 0


def bin(num, max_bits=None):
    """Return num in binary with a sign digit, as enum error messages show it."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        digits = format(num, 'b')
        sign = '0'
    else:
        digits = format(~num ^ (ceiling - 1), 'b')
        sign = '1'
    if max_bits is not None:
        fill = sign if sign == '1' else '0'
        digits = digits.rjust(max_bits, fill)
    return '0b%s %s' % (sign, digits)


_SUNDER_ALLOWED = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_', '_add_alias_', '_add_value_alias_',
))


class _EnumDict(dict):
    """Class namespace that records member definitions in order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            dict.__setitem__(self, key, value)
            return
        if _is_sunder(key):
            if key not in _SUNDER_ALLOWED and dict.get(self, '__module__') != __name__:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate = value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
            dict.__setitem__(self, key, value)
            return
        if _is_dunder(key) or key in self._ignore:
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            dict.__setitem__(self, key, value)
            return
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, auto):
            value = self._resolve_auto(key, value)
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(self._resolve_auto(key, v) if isinstance(v, auto)
                          else v for v in value)
        self._member_names[key] = None
        self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def _resolve_auto(self, key, value):
        if value.value is _AUTO:
            gen = self._generate
            value.value = gen(key, 1, len(self._member_names),
                              self._last_values[:])
        return value.value


def _find_data_type(bases):
    """Return the first non-enum data type among the bases' MROs."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__:
                return base
            if base.__dict__.get('__dataclass_fields__') is not None:
                return base
    return object


def _get_mixins(bases):
    """Return (member_type, first_enum) for an enum class's bases."""
    if not bases:
        return object, None
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _find_data_type(bases), first_enum


class EnumType(type):
    """Metaclass for Enum: builds the members and supports lookups."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        member_type, first_enum = _get_mixins(bases)
        ns = _EnumDict()
        ns._cls_name = cls
        if first_enum is not None:
            ns._generate = getattr(first_enum, '_generate_next_value_', None)
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = _get_mixins(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls, first_enum))
        if isinstance(classdict, _EnumDict):
            names = list(classdict._member_names)
            ignore = classdict._ignore
        else:
            names = [k for k in classdict if not (_is_dunder(k) or _is_sunder(k))]
            ignore = []
        ns = {}
        values = {}
        for key, value in classdict.items():
            if key in ignore:
                continue
            if key in names:
                values[key] = value
            else:
                ns[key] = value
        ns.pop('_ignore_', None)
        ns.pop('_order_', None)

        # Work out which __new__ builds members and replace it with the lookup.
        user_new = ns.pop('__new__', None) if Enum is not None else None
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        if user_new is None and first_enum is not None:
            user_new = first_enum.__dict__.get('_new_member_')
            if user_new is None:
                for base in first_enum.__mro__:
                    if '_new_member_' in base.__dict__:
                        user_new = base.__dict__['_new_member_']
                        break
            if user_new is object.__new__:
                user_new = None
        if user_new is None and member_type is not object:
            user_new = member_type.__new__
        ns['_new_member_'] = user_new if user_new is not None else object.__new__
        ns['_member_type_'] = member_type
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}

        is_flag = boundary is not None or (
            Flag is not None and any(issubclass(b, Flag) for b in bases))
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            ns['_boundary_'] = boundary

        enum_class = type.__new__(metacls, cls, bases, ns, **kwds)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        # A data type's repr/str/format must not shadow the enum's own.
        if first_enum is not None:
            for meth in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if meth in ns:
                    continue
                found = getattr(enum_class, meth)
                if found == getattr(member_type, meth) or found == getattr(object, meth):
                    type.__setattr__(enum_class, meth, getattr(first_enum, meth))
        # ReprEnum keeps the data type's str() and format().
        if ReprEnum is not None and ReprEnum in enum_class.__mro__:
            if '__format__' not in ns:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in ns:
                if issubclass(member_type, int):
                    method = _int_str
                else:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        init = enum_class.__init__
        if init == object.__init__ or (Enum is not None and init == Enum.__init__):
            init = None
        elif member_type.__module__ == 'builtins' and init == member_type.__init__:
            init = None
        member_map = enum_class._member_map_
        member_names = enum_class._member_names_
        value_map = enum_class._value2member_map_
        flag_mask = 0
        for name in names:
            value = values[name]
            if isinstance(value, tuple) and member_type is not tuple:
                args = value
            else:
                args = (value,)
            if user_new is None:
                obj = object.__new__(enum_class)
                obj._value_ = value
            else:
                obj = user_new(enum_class, *args)
                if '_value_' not in getattr(obj, '__dict__', ()):
                    if member_type is object:
                        obj._value_ = value
                    else:
                        obj._value_ = member_type(*args)
            value = obj._value_
            obj._name_ = name
            obj.__objclass__ = enum_class
            obj._sort_order_ = len(member_map)
            if init is not None:
                init(obj, *args)
            # An equal value already defined makes this name an alias.
            existing = None
            try:
                existing = value_map.get(value)
            except TypeError:
                for m in member_map.values():
                    if m._value_ == value:
                        existing = m
                        break
            if existing is not None:
                obj = existing
            elif is_flag and isinstance(value, int) and not _is_single_bit(value):
                flag_mask |= value
            else:
                member_names.append(name)
                if is_flag and isinstance(value, int):
                    flag_mask |= value
            member_map[name] = obj
            try:
                value_map.setdefault(value, obj)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, obj)
        if is_flag:
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1
            enum_class._singles_mask_ = flag_mask
        return enum_class

    def __call__(cls, value, names=_AUTO, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is _AUTO:
            if not cls._member_map_ and Enum is not None:
                raise TypeError('%r has no members; specify `names=()` if you '
                                'meant to create a new, empty, enum' % (cls,))
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Build a new enum class from the functional API's arguments."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                gen = cls._generate_next_value_
                items = []
                last = []
                for count, name in enumerate(names):
                    value = gen(name, start, count, last[:])
                    last.append(value)
                    items.append((name, value))
            else:
                items = [tuple(item) for item in names]
        for name, value in items:
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except Exception:
                module = None
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return True
            return False

    def __iter__(cls):
        member_map = cls._member_map_
        return (member_map[name] for name in cls._member_names_)

    def __reversed__(cls):
        member_map = cls._member_map_
        return (member_map[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        """A read-only mapping of every member name (aliases too) to its member."""
        try:
            return _mappingproxy(cls._member_map_)
        except TypeError:
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        type.__delattr__(cls, name)

    def __dir__(cls):
        names = set(type.__dir__(cls))
        names.update(cls._member_names_)
        return sorted(names)


EnumMeta = EnumType
_mappingproxy = type(type.__dict__)


class Enum(metaclass=EnumType):
    """Base class for enumerations: a fixed set of named, unique members."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _member_type_ = object

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT:
            if isinstance(result, int):
                return result
        error = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise error
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Return the next int after the last int value, or start."""
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            return start + count

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        name = self._name_
        cls_name = self.__class__.__name__
        if name is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, name, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value'}
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            for key in cls.__dict__:
                if not key.startswith('_') and key not in cls._member_map_:
                    names.add(key)
        names.update(k for k in getattr(self, '__dict__', {})
                     if not k.startswith('_'))
        return sorted(names)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        obj = str.__new__(cls, *values)
        obj._value_ = str(obj)
        return obj

    def _generate_next_value_(name, start, count, last_values):
        """Use the lower-cased member name as the value."""
        return name.lower()


class FlagBoundary(StrEnum):
    """How Flag handles values with bits outside the defined members."""

    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members can be combined with the bitwise operators."""

    _flag_mask_ = 0
    _all_bits_ = 0
    _singles_mask_ = 0

    def _generate_next_value_(name, start, count, last_values):
        """Return the next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if not isinstance(v, int):
                raise TypeError('invalid flag value %r' % (v,))
            if v > high:
                high = v
        return 2 ** high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if value < 0:
            value = max(all_bits, 2 ** value.bit_length() - 1) ^ ~value
        unknown = value & ~flag_mask
        if unknown:
            if boundary is STRICT:
                bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, bits), bin(flag_mask, bits)))
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value]
        if names:
            name = '|'.join(names)
            if unknown:
                name += '|%d' % unknown
        else:
            name = None
        pseudo._name_ = name
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        value = self._value_
        return iter([m for m in self.__class__ if m._value_ & value])

    def __len__(self):
        value = self._value_
        return sum(1 for m in self.__class__ if m._value_ & value)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        value = self._value_
        if cls._boundary_ in (KEEP, EJECT):
            mask = max(cls._all_bits_, 2 ** value.bit_length() - 1)
        else:
            mask = cls._flag_mask_
        return cls(mask ^ value & mask)

    def __repr__(self):
        name = self._name_
        cls_name = self.__class__.__name__
        if name is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, name, self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    # The int operators come first in the MRO; use the Flag ones instead.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator that rejects enumerations with aliases."""
    duplicates = [(name, m._name_) for name, m in enumeration._member_map_.items()
                  if name != m._name_]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Constraints that verify() can check."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the given EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(m._value_ for m in enumeration)
                if values:
                    missing = [v for v in range(values[0], values[-1] + 1)
                               if v not in values]
                    if missing:
                        raise ValueError('invalid enum %r: missing values %s'
                                         % (name, ', '.join(map(str, missing))))
            elif check is NAMED_FLAGS:
                mask = enumeration._singles_mask_
                for alias_name, m in enumeration._member_map_.items():
                    extra = m._value_ & ~mask
                    if extra:
                        raise ValueError('invalid Flag %r: alias %s is missing '
                                         'value %d' % (name, alias_name, extra))
        return enumeration


def global_enum(cls, update_str=False):
    """Export the members of cls into its module's namespace."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def show_flag_values(value):
    """Return the list of single-bit values set in value."""
    bits = []
    while value:
        low = value & -value
        bits.append(low)
        value ^= low
    return bits
