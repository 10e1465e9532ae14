"""Inspection of live objects: the parts of CPython 3.12's inspect module
that work on pyprobe's objects.

It offers
- type predicates (ismodule, isclass, isfunction, isgenerator, ...);
- member listings (getmembers, getmembers_static, classify_class_attrs,
  getmro, getattr_static, getclasstree);
- documentation and source retrieval (getdoc, cleandoc, getfile,
  getsourcefile, getmodule, getsource, getsourcelines, getblock,
  findsource, getcomments), read through linecache;
- callable signatures (signature, Signature, Parameter, BoundArguments,
  getfullargspec, getcallargs, get_annotations, unwrap, getclosurevars);
- generator state, and the interpreter stack (currentframe, stack,
  getframeinfo, getouterframes, getinnerframes, trace).

Source blocks are found by a small scanner of Python's lexical structure
(strings, comments, brackets, indentation) instead of the tokenize
module, and class definitions are located by walking that same token
stream instead of an abstract syntax tree.  Positions inside a line
(column offsets of instructions) are not available, so the `positions`
of frame records only carry line numbers.
"""

import sys
import types
import enum

# Code object flags, as in CPython's code.h.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

# Generator, coroutine and asynchronous generator states.
GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'
AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'

# Coroutine types exist only where async functions can be compiled.
_CoroutineType = getattr(types, 'CoroutineType', None)
_AsyncGeneratorType = getattr(types, 'AsyncGeneratorType', None)

# Marker distinguishing "argument not given" from None.
_sentinel = object()


# ---------------------------------------------------------------------------
# Small record types (the named tuples of CPython's inspect).

def _record(typename, field_names):
    """Return a tuple subclass with named fields, a repr naming them,
    _fields, _asdict() and _replace()."""
    fields = tuple(field_names.split())
    count = len(fields)

    def __new__(cls, *args, **kwargs):
        if kwargs:
            values = list(args)
            for name in fields[len(args):]:
                if name not in kwargs:
                    raise TypeError('%s.__new__() missing required argument: %r'
                                    % (typename, name))
                values.append(kwargs.pop(name))
            if kwargs:
                raise TypeError('%s.__new__() got an unexpected keyword '
                                'argument %r' % (typename, next(iter(kwargs))))
            args = values
        if len(args) != count:
            raise TypeError('%s.__new__() takes %d positional arguments but '
                            '%d were given' % (typename, count + 1,
                                               len(args) + 1))
        return tuple.__new__(cls, args)

    def __repr__(self):
        parts = ', '.join('%s=%r' % pair for pair in zip(fields, self))
        return '%s(%s)' % (type(self).__name__, parts)

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return type(self)(*values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__slots__': (), '__new__': __new__, '__repr__': __repr__,
        '_asdict': _asdict, '_replace': _replace,
        '__getnewargs__': __getnewargs__, '_fields': fields,
        '__module__': __name__,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, i=index: self[i],
                                   doc='Alias for field number %d' % index)
    return type(typename, (tuple,), namespace)


FullArgSpec = _record('FullArgSpec', 'args varargs varkw defaults '
                                     'kwonlyargs kwonlydefaults annotations')
Arguments = _record('Arguments', 'args varargs varkw')
ArgInfo = _record('ArgInfo', 'args varargs keywords locals')
ClosureVars = _record('ClosureVars', 'nonlocals globals builtins unbound')
Attribute = _record('Attribute', 'name kind defining_class object')
_Positions = _record('Positions', 'lineno end_lineno col_offset end_col_offset')
_Traceback = _record('_Traceback',
                     'filename lineno function code_context index')
_FrameInfo = _record('_FrameInfo',
                     'frame filename lineno function code_context index')


class Traceback(_Traceback):
    """Information about a line of a frame: file, line number, function,
    source context and the index of the line within that context."""

    def __new__(cls, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = _Traceback.__new__(cls, filename, lineno, function,
                                      code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


class FrameInfo(_FrameInfo):
    """A frame together with its Traceback information."""

    def __new__(cls, frame, filename, lineno, function, code_context, index,
                *, positions=None):
        instance = _FrameInfo.__new__(cls, frame, filename, lineno, function,
                                      code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, '
                'function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


# ---------------------------------------------------------------------------
# Type predicates.

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: its type has
    __get__ but no __set__, and it is not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, _METHOD_DESCRIPTOR_TYPES):
        # The interpreter's own method descriptors may not show __get__.
        return True
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


_METHOD_DESCRIPTOR_TYPES = (types.MethodDescriptorType,
                            types.WrapperDescriptorType,
                            types.ClassMethodDescriptorType)


def isdatadescriptor(object):
    """Return true if the object is a data descriptor: its type has
    __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__
    entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def _unwrap_partial(func):
    """Follow functools.partial objects down to the function they call."""
    functools = sys.modules.get('functools')
    if functools is None:
        return func
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _has_code_flag(f, flag):
    """Return true if f is a function (or a method or partial of one)
    whose code has the given flag."""
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


# The marker that markcoroutinefunction() puts on a function, stored under
# its own name.
_is_coroutine_marker = object()


def _has_coroutine_mark(f):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_marker


def markcoroutinefunction(func):
    """Mark a function so that iscoroutinefunction() reports it as a
    coroutine function; return it."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def, or
    marked with markcoroutinefunction())."""
    return _has_code_flag(obj, CO_COROUTINE) or _has_coroutine_mark(obj)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return (_AsyncGeneratorType is not None
            and isinstance(object, _AsyncGeneratorType))


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return _CoroutineType is not None and isinstance(object, _CoroutineType)


def _type_defines(tp, name):
    """Return true if a class of tp's MRO defines name to something other
    than None (the test collections.abc uses for one-method protocols)."""
    for base in tp.__mro__:
        if name in base.__dict__:
            return base.__dict__[name] is not None
    return False


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if iscoroutine(object):
        return True
    if (isinstance(object, types.GeneratorType)
            and object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    return _type_defines(type(object), '__await__')


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or a bound
    built-in method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper (a bound slot)."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class that still has
    abstract methods."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    try:
        abstract = object.__abstractmethods__
    except AttributeError:
        return False
    return bool(abstract)


# ---------------------------------------------------------------------------
# Members.

def _getmembers(object, predicate, getter):
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # A DynamicClassAttribute of a base is listed even though getattr()
        # on the class itself fails for it.
        try:
            for base in object.__bases__:
                for key, value in base.__dict__.items():
                    if isinstance(value, types.DynamicClassAttribute):
                        names.append(key)
        except AttributeError:
            pass
    else:
        mro = ()
    results = []
    seen = set()
    for key in names:
        try:
            value = getter(object, key)
            if key in seen:
                raise AttributeError(key)
        except AttributeError:
            # Fall back on the class dictionaries (for attributes dir()
            # reports but getattr() cannot produce).
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by
    name, keeping only those for which predicate(value) is true when a
    predicate is given."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but look the values up with getattr_static(), so
    that no descriptor or __getattr__ code runs."""
    return _getmembers(object, predicate, getattr_static)


def getmro(cls):
    """Return the tuple of cls and its base classes in method resolution
    order."""
    return cls.__mro__


def classify_class_attrs(cls):
    """Return a list of Attribute(name, kind, defining_class, object) for
    the attributes dir(cls) lists; kind is 'class method', 'static
    method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for key, value in base.__dict__.items():
            if (isinstance(value, types.DynamicClassAttribute)
                    and value.fget is not None):
                names.append(key)
    result = []
    seen = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in seen:
            try:
                if name == '__dict__':
                    # The proxy of the class dictionary is not wanted.
                    raise Exception
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, '__objclass__', homecls)
                if homecls not in class_bases:
                    # Find the last class (or metaclass) that yields the
                    # very same object.
                    homecls = None
                    last = None
                    for candidate in class_bases:
                        if getattr(candidate, name, None) is get_obj:
                            last = candidate
                    for candidate in metamro:
                        try:
                            found = candidate.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if found is get_obj:
                            last = candidate
                    if last is not None:
                        homecls = last
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            # Listed by dir() but found nowhere.
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind = 'static method'
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod,
                                   types.ClassMethodDescriptorType)):
            kind = 'class method'
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = 'property'
            obj = dict_obj
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, homecls, obj))
        seen.add(name)
    return result


def walktree(classes, children, parent):
    """Return the nested class list of getclasstree() for the given
    classes, recursing into their children."""
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """Arrange classes into a nested list of (class, bases) tuples, each
    followed by the list of its subclasses among the given classes.
    With unique true, a class appears under its first listed parent
    only."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                siblings = children.setdefault(parent, [])
                if c not in siblings:
                    siblings.append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---------------------------------------------------------------------------
# Static attribute lookup.

_mro_getter = type.__dict__['__mro__'].__get__
_dict_getter = type.__dict__['__dict__'].__get__


def _static_getmro(klass):
    return _mro_getter(klass)


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        instance_dict = {}
    return dict.get(instance_dict, attr, _sentinel)


def _shadowed_dict(klass):
    """Return the class-level '__dict__' entry that replaces the normal
    instance dictionary of klass, or _sentinel when there is none."""
    for entry in _static_getmro(klass):
        class_dict = _dict_getter(entry)
        if '__dict__' in class_dict:
            attr = class_dict['__dict__']
            if not (type(attr) is types.GetSetDescriptorType
                    and attr.__name__ == '__dict__'
                    and getattr(attr, '__objclass__', entry) is entry):
                return attr
    return _sentinel


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            entry_dict = _dict_getter(entry)
            if attr in entry_dict:
                return entry_dict[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look up an attribute without running descriptors, __getattr__ or
    __getattribute__: the raw object found in the instance or class
    dictionaries is returned."""
    instance_result = _sentinel
    objtype = type(obj)
    if type not in _static_getmro(objtype):
        klass = objtype
        dict_attr = _shadowed_dict(klass)
        if (dict_attr is _sentinel
                or type(dict_attr) is types.MemberDescriptorType):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        # A data descriptor on the class wins over the instance dict.
        kind = type(klass_result)
        if (_check_class(kind, '__get__') is not _sentinel
                and (_check_class(kind, '__set__') is not _sentinel
                     or _check_class(kind, '__delete__') is not _sentinel)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        # For a class, the metaclass is searched too.
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                entry_dict = _dict_getter(entry)
                if attr in entry_dict:
                    return entry_dict[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------------------
# Documentation.

def _findclass(func):
    """Return the class a function was defined in, found through its
    module and qualified name, or None."""
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    """Find an inherited docstring for obj: the docstring of the same
    attribute in a base class."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if (isclass(self) and
                getattr(getattr(self, name, None), '__func__')
                is obj.__func__):
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if (isclass(self) and
                self.__qualname__ + '.' + name == obj.__qualname__):
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Return the object's documentation string, cleaned up with
    cleandoc(); an undocumented method or class takes the docstring of
    what it overrides.  Return None when there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Clean up the indentation of a docstring: tabs are expanded, the
    first line loses its leading blanks, the others their common
    indentation, and blank lines at both ends are removed."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    return '\n'.join(lines[start:])


def indentsize(line):
    """Return the width of a line's indentation, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


# ---------------------------------------------------------------------------
# Files and modules.

_SOURCE_SUFFIXES = ['.py']
_BYTECODE_SUFFIXES = ['.pyc']
_EXTENSION_SUFFIXES = ['.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so']


def getfile(object):
    """Return the name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


def getmodulename(path):
    """Return the module name a file path would be imported as, or None
    if its suffix is not one of a module."""
    fname = path.rpartition('/')[2]
    suffixes = sorted(_SOURCE_SUFFIXES + _BYTECODE_SUFFIXES
                      + _EXTENSION_SUFFIXES, key=len, reverse=True)
    for suffix in suffixes:
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """Return the name of the Python source file an object was defined
    in, or None if there is no way to get at its source."""
    import os
    filename = getfile(object)
    if any(filename.endswith(s) for s in _BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + _SOURCE_SUFFIXES[0]
    elif any(filename.endswith(s) for s in _EXTENSION_SUFFIXES):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    linecache = _linecache()
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """Return the absolute, case-normalised path of an object's source
    (or compiled) file."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


# Absolute file name -> module name, and module name -> the __file__ that
# was recorded for it.
modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    import os
    for modname, module in list(sys.modules.items()):
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = modulesbyfile[os.path.realpath(f)] = \
                module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules['__main__']
    if not hasattr(object, '__name__'):
        return None
    if hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtin = sys.modules['builtins']
    if hasattr(builtin, object.__name__):
        if getattr(builtin, object.__name__) is object:
            return builtin
    return None


def _linecache():
    import linecache
    return linecache


# ---------------------------------------------------------------------------
# A scanner of Python's lexical structure, for finding source blocks.
#
# _tokens() yields (kind, text, row, col) tuples, rows counted from 1.  The
# kinds are NAME, NUMBER, STRING, OP, COMMENT, NL (a line break that ends
# no statement), NEWLINE (the end of a logical line), INDENT, DEDENT and
# END.  Operators are single characters except '@='.  An inconsistent
# dedent raises IndentationError; an unmatched closing bracket ends the
# stream with a NEWLINE.

_PREFIX_CHARS = frozenset('rRbBuUfF')
_OPENERS = '([{'
_CLOSERS = ')]}'


def _scan_string(lines, row, pos, quote, is_f):
    """Find the end of a string literal whose body starts at lines[row][pos].
    Return (row, pos) just past the closing quote, or (row, None) if the
    line (for a one-line string) or the text runs out."""
    triple = len(quote) == 3
    qchar = quote[0]
    line = lines[row]
    n = len(line)
    while True:
        if pos >= n:
            # Only a backslash-newline lets a one-line string go on.
            if not triple and not line.endswith('\\\n'):
                return row, None
            row += 1
            if row >= len(lines):
                return row - 1, None
            line = lines[row]
            n = len(line)
            pos = 0
            continue
        c = line[pos]
        if c == '\\':
            pos += 2
        elif c == qchar:
            if not triple:
                return row, pos + 1
            if line.startswith(quote, pos):
                return row, pos + 3
            pos += 1
        elif c == '\n' and not triple:
            return row, None
        elif is_f and c == '{':
            if line.startswith('{{', pos):
                pos += 2
            else:
                row, pos = _scan_fexpr(lines, row, pos + 1)
                if pos is None:
                    return row, None
                line = lines[row]
                n = len(line)
        else:
            pos += 1


def _scan_fexpr(lines, row, pos):
    """Skip the replacement field of an f-string, starting after its '{';
    return (row, pos) just past the closing '}'."""
    depth = 0
    line = lines[row]
    n = len(line)
    while True:
        if pos >= n:
            row += 1
            if row >= len(lines):
                return row - 1, None
            line = lines[row]
            n = len(line)
            pos = 0
            continue
        c = line[pos]
        if c == '\'' or c == '"':
            quote = c * 3 if line.startswith(c * 3, pos) else c
            row, pos = _scan_string(lines, row, pos + len(quote), quote, True)
            if pos is None:
                return row, None
            line = lines[row]
            n = len(line)
        elif c in _OPENERS:
            depth += 1
            pos += 1
        elif c in _CLOSERS:
            if depth == 0:
                return row, pos + 1
            depth -= 1
            pos += 1
        else:
            pos += 1


def _tokens(lines):
    indents = [0]
    depth = 0
    row = 0
    nlines = len(lines)
    while row < nlines:
        line = lines[row]
        n = len(line)
        # Measure the indentation of a new logical line.
        pos = 0
        column = 0
        while pos < n:
            c = line[pos]
            if c == ' ':
                column += 1
            elif c == '\t':
                column = (column // 8 + 1) * 8
            elif c == '\f':
                column = 0
            else:
                break
            pos += 1
        if pos >= n or line[pos] in '#\r\n':
            # A blank or comment-only line leaves indentation alone.
            if pos < n and line[pos] == '#':
                yield 'COMMENT', line[pos:].rstrip('\r\n'), row + 1, pos
            yield 'NL', '\n', row + 1, n
            row += 1
            continue
        if column > indents[-1]:
            indents.append(column)
            yield 'INDENT', line[:pos], row + 1, pos
        elif column < indents[-1]:
            while column < indents[-1]:
                indents.pop()
                yield 'DEDENT', '', row + 1, pos
            if column != indents[-1]:
                raise IndentationError(
                    'unindent does not match any outer indentation level')
        # Tokens up to the end of the logical line.
        while True:
            if pos >= n:
                # The text ended without a newline.
                yield 'NEWLINE', '', row + 1, pos
                row += 1
                break
            c = line[pos]
            if c == ' ' or c == '\t' or c == '\f':
                pos += 1
            elif c == '\n' or c == '\r':
                if depth:
                    yield 'NL', '\n', row + 1, pos
                    row += 1
                    if row >= nlines:
                        break
                    line = lines[row]
                    n = len(line)
                    pos = 0
                    continue
                yield 'NEWLINE', '\n', row + 1, pos
                row += 1
                break
            elif c == '#':
                yield 'COMMENT', line[pos:].rstrip('\r\n'), row + 1, pos
                pos = n - 1 if line.endswith('\n') else n
                if line.endswith('\r\n'):
                    pos -= 1
            elif c == '\\' and line[pos + 1:pos + 2] in ('\n', '\r'):
                # An explicit line joining.
                row += 1
                if row >= nlines:
                    yield 'NEWLINE', '', row, pos
                    break
                line = lines[row]
                n = len(line)
                pos = 0
            elif c.isalpha() or c == '_' or c > '\x7f':
                start = pos
                pos += 1
                while pos < n:
                    c = line[pos]
                    if c.isalnum() or c == '_' or c > '\x7f':
                        pos += 1
                    else:
                        break
                word = line[start:pos]
                if (pos < n and (c == '"' or c == '\'') and len(word) <= 2
                        and all(ch in _PREFIX_CHARS for ch in word)):
                    srow = row
                    row, pos = _string_end(lines, row, pos,
                                           'f' in word or 'F' in word)
                    yield 'STRING', word, srow + 1, start
                    line = lines[row]
                    n = len(line)
                else:
                    yield 'NAME', word, row + 1, start
            elif c.isdigit() or (c == '.' and line[pos + 1:pos + 2].isdigit()):
                start = pos
                pos += 1
                while pos < n:
                    c = line[pos]
                    if c.isalnum() or c == '_' or c == '.':
                        pos += 1
                    elif c in '+-' and line[pos - 1] in 'eE':
                        pos += 1
                    else:
                        break
                yield 'NUMBER', line[start:pos], row + 1, start
            elif c == '"' or c == '\'':
                srow = row
                start = pos
                row, pos = _string_end(lines, row, pos, False)
                yield 'STRING', '', srow + 1, start
                line = lines[row]
                n = len(line)
            else:
                if c in _OPENERS:
                    depth += 1
                elif c in _CLOSERS:
                    if depth == 0:
                        # An unmatched bracket: end the logical line here.
                        yield 'NEWLINE', c, row + 1, pos
                        return
                    depth -= 1
                if c == '@' and line[pos + 1:pos + 2] == '=':
                    yield 'OP', '@=', row + 1, pos
                    pos += 2
                else:
                    yield 'OP', c, row + 1, pos
                    pos += 1
    for _ in indents[1:]:
        yield 'DEDENT', '', nlines + 1, 0
    yield 'END', '', nlines + 1, 0


def _string_end(lines, row, pos, is_f):
    """Skip a string literal whose opening quote is at lines[row][pos];
    return (row, pos) after it (the end of the line if unterminated)."""
    line = lines[row]
    c = line[pos]
    quote = c * 3 if line.startswith(c * 3, pos) else c
    end_row, end = _scan_string(lines, row, pos + len(quote), quote, is_f)
    if end is None:
        if len(quote) == 3:
            # An unterminated triple-quoted string swallows the rest.
            return len(lines) - 1, len(lines[-1])
        line = lines[end_row]
        return end_row, len(line) - 1 if line.endswith('\n') else len(line)
    return end_row, end


class EndOfBlock(Exception):
    """Raised internally when the end of a source block is reached."""


def getblock(lines):
    """Return the leading lines that make up the block (a def, class or
    lambda, with its decorators) the given lines start with."""
    started = False       # The def, class or lambda keyword was seen.
    is_lambda = False
    in_decorator = False
    decorator_args = False
    skipping = False      # Ignore the rest of the logical line.
    level = 0             # Indentation level relative to the header.
    body_col = None       # Column of the first body statement.
    last = 1              # Last line of the block found so far.
    try:
        for kind, text, row, col in _tokens(lines):
            if not started and not in_decorator:
                if kind == 'OP' and text == '@':
                    in_decorator = True
                elif kind == 'NAME' and text in ('def', 'class', 'lambda'):
                    started = True
                    is_lambda = text == 'lambda'
                skipping = True
            elif kind == 'OP' and text == '(':
                if in_decorator:
                    decorator_args = True
            elif kind == 'OP' and text == ')':
                if in_decorator:
                    in_decorator = decorator_args = False
            elif kind == 'NEWLINE':
                skipping = False
                last = row
                if is_lambda:
                    # A lambda ends with its logical line.
                    break
                # A decorator without arguments ends at its line's end.
                in_decorator = False
            elif skipping:
                pass
            elif kind == 'INDENT':
                if body_col is None and started:
                    body_col = col
                level += 1
                skipping = True
            elif kind == 'DEDENT':
                level -= 1
                if level <= 0:
                    break
            elif kind == 'COMMENT':
                # Comments indented like the body belong to it.
                if body_col is not None and col >= body_col:
                    last = row
            elif level == 0 and kind != 'NL':
                break
    except IndentationError:
        pass
    return lines[:last]


def _find_class_line(lines, qualname):
    """Return the index of the first line (its first decorator's, if any)
    of the class definition with the given qualified name, or None."""
    scopes = []           # (level, name parts) of the open def/class.
    level = 0
    at_start = True       # The next token starts a logical line.
    decorator_row = None
    expect = None         # 'def' or 'class' when the next NAME is a name.
    header_row = 0
    for kind, text, row, col in _tokens(lines):
        if kind == 'INDENT':
            level += 1
            continue
        if kind == 'DEDENT':
            level -= 1
            continue
        if kind in ('NL', 'COMMENT'):
            continue
        if kind == 'NEWLINE':
            at_start = True
            expect = None
            continue
        if kind == 'END':
            break
        if expect is not None:
            if kind == 'NAME':
                if expect == 'class':
                    parts = [text]
                else:
                    parts = [text, '<locals>']
                names = [part for scope in scopes for part in scope[1]]
                if (expect == 'class'
                        and '.'.join(names + [text]) == qualname):
                    found = decorator_row if decorator_row else header_row
                    return found - 1
                scopes.append((level, parts))
                decorator_row = None
            expect = None
            continue
        if not at_start:
            continue
        at_start = False
        while scopes and scopes[-1][0] >= level:
            scopes.pop()
        if kind == 'OP' and text == '@':
            if decorator_row is None:
                decorator_row = row
        elif kind == 'NAME' and text in ('class', 'def'):
            expect = text
            header_row = row
        elif kind == 'NAME' and text == 'async':
            # 'async def': the keyword after 'async' decides.
            at_start = True
        else:
            decorator_row = None
    return None


# ---------------------------------------------------------------------------
# Source code.

def findsource(object):
    """Return the lines of the file an object was defined in and the index
    of the first line of its definition (0 for a module).  OSError is
    raised when the source cannot be found."""
    linecache = _linecache()
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        lnum = _find_class_line(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getcomments(object):
    """Return the comment lines just above an object's source (or at the
    top of a module's file) as one string, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                end += 1
            return ''.join(line.expandtabs() for line in lines[start:end])
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        comments = []
        while end >= 0:
            text = lines[end].expandtabs().lstrip()
            if text[:1] != '#' or indentsize(lines[end]) != indent:
                break
            comments.append(text)
            end -= 1
        if not comments:
            return None
        comments.reverse()
        # Lines holding nothing but '#' are trimmed from both ends.
        while comments and comments[0].strip() == '#':
            del comments[0]
        while comments and comments[-1].strip() == '#':
            del comments[-1]
        return ''.join(comments)
    return None


def getsourcelines(object):
    """Return the list of source lines of an object and the line number
    (from 1) of the first one; a module gives its whole file, with 0."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if (ismodule(object)
            or (isframe(object) and object.f_code.co_name == '<module>')):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """Return the source text of an object (module, class, method,
    function, traceback, frame or code object)."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------------------
# Arguments of code objects and calls.

def getargs(co):
    """Return Arguments(args, varargs, varkw) for a code object; args
    lists the positional then the keyword-only parameter names."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs + nkwargs])
    index = nargs + nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[index]
        index += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[index]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """Return ArgInfo(args, varargs, keywords, locals) for a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format the values from getargvalues() as '(a=1, *args=(), ...)'."""
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getfullargspec(func):
    """Return FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations) for a callable.  Bound arguments (self)
    are kept and __wrapped__ chains are not followed."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig._params.values():
        kind = param._kind
        name = param._name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param._default is not _empty:
                defaults += (param._default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param._default is not _empty:
                defaults += (param._default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param._default is not _empty:
                kwdefaults[name] = param._default
        else:
            varkw = name
        if param._annotation is not _empty:
            annotations[name] = param._annotation
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults or None,
                       kwonlyargs, kwdefaults or None, annotations)


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        listed = names[0]
    elif missing == 2:
        listed = '{} and {}'.format(*names)
    else:
        listed = ', '.join(names[:-2]) + ', {} and {}'.format(*names[-2:])
    raise TypeError('%s() missing %i required %s argument%s: %s' % (
        f_name, missing, 'positional' if pos else 'keyword-only',
        '' if missing == 1 else 's', listed))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % (atleast,)
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        kwonly_sig = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kwonly_given,
            's' if kwonly_given != 1 else '')
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
        f_name, sig, 's' if plural else '', given, kwonly_sig,
        'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """Return the dictionary of parameter names to values that calling
    func(*positional, **named) would bind, raising the TypeError the call
    would raise."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        # The implicit first argument of a bound method.
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    possible = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for kw, value in named.items():
        if kw not in possible:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (f_name, kw))
            values[varkw][kw] = value
            continue
        if kw in values:
            raise TypeError('%s() got multiple values for argument %r'
                            % (f_name, kw))
        values[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos,
                  values)
    if num_pos < num_args:
        required = args[:num_args - num_defaults]
        for arg in required:
            if arg not in values:
                _missing_arguments(f_name, required, True, values)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in values:
                values[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in values:
            if kwonlydefaults and kwarg in kwonlydefaults:
                values[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, values)
    return values


def getclosurevars(func):
    """Return ClosureVars(nonlocals, globals, builtins, unbound): the
    values of the names a function's code refers to, by where they are
    found.  Attribute names appear among the unbound ones."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents for name, cell
                         in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes from func and return the
    last object, or the first one for which stop(obj) is true.
    ValueError is raised for a cycle."""
    original = func
    memo = {id(func): func}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        key = id(func)
        if key in memo or len(memo) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'
                             .format(original))
        memo[key] = func
    return func


# ---------------------------------------------------------------------------
# Generators and coroutines.

def getgeneratorstate(generator):
    """Return the state of a generator: GEN_CREATED, GEN_RUNNING,
    GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """Return the local variables of a suspended generator's frame as a
    dict ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None and hasattr(frame, 'f_locals'):
        return frame.f_locals
    return {}


def getcoroutinestate(coroutine):
    """Return the state of a coroutine: CORO_CREATED, CORO_RUNNING,
    CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """Return the local variables of a coroutine's frame as a dict."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None and hasattr(frame, 'f_locals'):
        return frame.f_locals
    return {}


def getasyncgenstate(agen):
    """Return the state of an asynchronous generator: AGEN_CREATED,
    AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


def getasyncgenlocals(agen):
    """Return the local variables of an asynchronous generator's frame."""
    if not isasyncgen(agen):
        raise TypeError(f'{agen!r} is not a Python async generator')
    frame = getattr(agen, 'ag_frame', None)
    if frame is not None and hasattr(frame, 'f_locals'):
        return frame.f_locals
    return {}


# ---------------------------------------------------------------------------
# The interpreter stack.

def getlineno(frame):
    """Return the line number a frame is executing."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Return a Traceback(filename, lineno, function, code_context, index)
    for a frame or traceback, with `context` lines of source around the
    current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'
                        .format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(lineno, lineno, None, None))


def getouterframes(frame, context=1):
    """Return a FrameInfo for a frame and each of its callers, innermost
    first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """Return a FrameInfo for each level of a traceback, from the frame
    that caught the exception to the one that raised it."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info,
                                 positions=info.positions))
        tb = tb.tb_next
    return records


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """Return the FrameInfo records of the caller's stack."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return the FrameInfo records between the current frame and the
    frame where the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------------------
# Annotations.

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Return a new dict of the annotations of a module, class or
    callable.  With eval_str true, string annotations are evaluated in
    the object's globals (and, for a class, its namespace)."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, types.GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        start = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        start = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        start = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if start is not None:
        # The globals of the innermost wrapped function are used.
        while True:
            if hasattr(start, '__wrapped__'):
                start = start.__wrapped__
                continue
            inner = _unwrap_partial(start)
            if inner is not start:
                start = inner
                continue
            break
        if hasattr(start, '__globals__'):
            obj_globals = start.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str)
            else eval(value, globals, locals)
            for key, value in ann.items()}


def _strip_typing_prefix(text):
    """Remove 'typing.' from the start of every dotted name in text."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isalnum() or c == '_' or c == '.':
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in '_.'):
                j += 1
            word = text[i:j]
            if word.startswith('typing.'):
                word = word[7:]
            out.append(word)
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def formatannotation(annotation, base_module=None):
    """Return the text of an annotation as a signature shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    """Return a formatannotation() variant that leaves out the module
    name of classes from object's module."""
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


# ---------------------------------------------------------------------------
# The flags of the buffer protocol (the PyBUF_* constants of the C API).
# Like CPython's, the class has no docstring.

class BufferFlags(enum.IntFlag):
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x10 | ND
    C_CONTIGUOUS = 0x20 | STRIDES
    F_CONTIGUOUS = 0x40 | STRIDES
    ANY_CONTIGUOUS = 0x80 | STRIDES
    INDIRECT = 0x100 | STRIDES
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | WRITABLE | FORMAT
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | WRITABLE | FORMAT
    FULL_RO = INDIRECT | FORMAT
    READ = 0x100
    WRITE = 0x200


# ---------------------------------------------------------------------------
# Signatures.

class _void:
    """A marker for "no value given" in replace() methods."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}

# Names that cannot be parameters.
_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'))


class Parameter:
    """One parameter of a Signature: its name, kind, default value and
    annotation (the last two may be Parameter.empty).  Parameters are
    immutable; replace() makes modified copies."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                raise ValueError('{} parameters cannot have default values'
                                 .format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'
                            .format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # The implicit argument of a comprehension's code ('.0').
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    'implicit arguments must be passed as positional or '
                    'keyword arguments, not {}'.format(
                        self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if ((name in _KEYWORDS and self._kind is not _POSITIONAL_ONLY)
                or not name.isidentifier()):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void,
                annotation=_void, default=_void):
        """Return a copy of the parameter with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self._kind
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): `arguments` maps parameter names to
    the values bound to them; `args` and `kwargs` rebuild a call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature._params.items():
            kind = param._kind
            if kind is _VAR_KEYWORD or kind is _KEYWORD_ONLY:
                break
            try:
                value = self.arguments[name]
            except KeyError:
                # The rest goes into kwargs.
                break
            if kind is _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature._params.items():
            kind = param._kind
            if not started:
                if kind is _VAR_KEYWORD or kind is _KEYWORD_ONLY:
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                value = self.arguments[name]
            except KeyError:
                pass
            else:
                if kind is _VAR_KEYWORD:
                    kwargs.update(value)
                else:
                    kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        """Fill in the default values of the missing arguments (() and {}
        for *args and **kwargs)."""
        arguments = self.arguments
        filled = {}
        for name, param in self._signature._params.items():
            if name in arguments:
                filled[name] = arguments[name]
            elif param._default is not _empty:
                filled[name] = param._default
            elif param._kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param._kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature
                and self.arguments == other.arguments)

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(name, value)
                for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The signature of a callable: an ordered mapping of Parameter
    objects (`parameters`) and a `return_annotation`.  Signatures are
    immutable; replace() makes modified copies."""

    __slots__ = ('_return_annotation', '_params', '_proxy')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} '
                            'parameter'.format(top_kind.description,
                                               kind.description))
                    top_kind = kind
                    if kind is _POSITIONAL_ONLY or kind is _POSITIONAL_OR_KEYWORD:
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument '
                                                 'follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'
                                         .format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._params = params
        self._proxy = None
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        """Return the signature of the callable obj."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        proxy = self._proxy
        if proxy is None:
            from collections import OrderedDict
            proxy = self._proxy = types.MappingProxyType(
                OrderedDict(self._params))
        return proxy

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Return a copy of the signature with the given fields changed."""
        if parameters is _void:
            parameters = self._params.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self._params.values()
                       if param._kind is not _KEYWORD_ONLY)
        kwonly = frozenset(param for param in self._params.values()
                           if param._kind is _KEYWORD_ONLY)
        return params, kwonly, self._return_annotation

    def __hash__(self):
        params, kwonly, return_annotation = self._hash_basis()
        return hash((params, kwonly, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Map args and kwargs to the parameters, as a call would."""
        arguments = {}
        params = list(self._params.values())
        count = len(params)
        nargs = len(args)
        i = 0
        # Positional arguments, one parameter at a time.
        while i < nargs:
            if i >= count:
                raise TypeError('too many positional arguments')
            param = params[i]
            kind = param._kind
            if kind is _VAR_KEYWORD or kind is _KEYWORD_ONLY:
                raise TypeError('too many positional arguments')
            if kind is _VAR_POSITIONAL:
                arguments[param._name] = tuple(args[i:])
                i += 1
                break
            if param._name in kwargs and kind is not _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'
                                .format(param._name))
            arguments[param._name] = args[i]
            i += 1
        else:
            # The positional arguments ran out before the parameters: look
            # at the next parameter to know where keywords take over.
            if i < count:
                param = params[i]
                kind = param._kind
                if kind is _VAR_POSITIONAL:
                    i += 1
                elif param._name in kwargs:
                    if kind is _POSITIONAL_ONLY:
                        raise TypeError(
                            '{!r} parameter is positional only, but was '
                            'passed as a keyword'.format(param._name))
                elif kind is not _VAR_KEYWORD and param._default is _empty:
                    if not partial:
                        if kind is _KEYWORD_ONLY:
                            msg = 'missing a required keyword-only argument: {!r}'
                        else:
                            msg = 'missing a required argument: {!r}'
                        raise TypeError(msg.format(param._name))
        # Keyword arguments for the remaining parameters.
        kwargs_param = None
        for param in params[i:]:
            kind = param._kind
            if kind is _VAR_KEYWORD:
                kwargs_param = param
                continue
            if kind is _VAR_POSITIONAL:
                continue
            name = param._name
            if name in kwargs:
                if kind is _POSITIONAL_ONLY:
                    raise TypeError(
                        '{!r} parameter is positional only, but was passed '
                        'as a keyword'.format(name))
                arguments[name] = kwargs.pop(name)
            elif not partial and param._default is _empty:
                raise TypeError('missing a required argument: {!r}'
                                .format(name))
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param._name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {!r}'
                                .format(next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind the arguments of a call to the parameters, returning a
        BoundArguments; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but missing required arguments are allowed."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._params.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        pending_slash = False
        need_star = True
        for param in self._params.values():
            kind = param._kind
            if kind is _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append('/')
                pending_slash = False
            if kind is _VAR_POSITIONAL:
                need_star = False
            elif kind is _KEYWORD_ONLY and need_star:
                parts.append('*')
                need_star = False
            parts.append(str(param))
        if pending_slash:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """Return a Signature object for the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


# Callables implemented in the interpreter, whose signature can only come
# from a __text_signature__.
_NonUserDefinedCallables = (types.WrapperDescriptorType,
                            types.MethodWrapperType,
                            types.ClassMethodDescriptorType,
                            types.BuiltinFunctionType)


def _signature_get_user_defined_method(cls, method_name):
    """Return cls's attribute method_name unless it is missing or
    implemented in the interpreter."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    return meth


def _signature_bound_method(sig):
    """Drop the first parameter (self) of a signature."""
    params = tuple(sig._params.values())
    if not params or params[0]._kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0]._kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    # A leading *args absorbs self and stays.
    return sig.replace(parameters=params)


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables)
            or obj in (type, object))


def _signature_is_functionlike(obj):
    """Return true if obj looks enough like a Python function (code,
    name, defaults, annotations) for its signature to be read the same
    way."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType)
            and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _split_text_signature(text):
    """Split the inside of a text signature at its top-level commas."""
    parts = []
    depth = 0
    quote = None
    start = 0
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c in '\'"':
            quote = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ',' and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
        i += 1
    last = text[start:].strip()
    if last:
        parts.append(last)
    return parts


def _signature_fromstr(cls, obj, text, skip_bound_arg=True):
    """Build a signature from a __text_signature__ such as
    '($self, iterable, /, *, key=None)'."""
    invalid = ValueError('{!r} builtin has invalid signature'.format(obj))
    text = text.strip()
    if not (text.startswith('(') and text.endswith(')')):
        raise invalid
    module = sys.modules.get(getattr(obj, '__module__', None) or '')
    namespace = dict(getattr(module, '__dict__', None) or {})
    namespace['sys'] = sys
    Parameter = cls._parameter_cls
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    self_param = False
    try:
        for part in _split_text_signature(text[1:-1]):
            if part == '/':
                if kind is not _POSITIONAL_OR_KEYWORD:
                    raise invalid
                params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
                continue
            if part == '*':
                kind = _KEYWORD_ONLY
                continue
            if part.startswith('$'):
                if params:
                    raise invalid
                self_param = True
                part = part[1:]
            name, eq, default_text = part.partition('=')
            name = name.strip()
            if ':' in name:
                raise ValueError('Annotations are not currently supported')
            if name.startswith('**'):
                params.append(Parameter(name[2:], _VAR_KEYWORD))
                continue
            if name.startswith('*'):
                params.append(Parameter(name[1:], _VAR_POSITIONAL))
                kind = _KEYWORD_ONLY
                continue
            default = _empty
            if eq:
                try:
                    default = eval(default_text.strip(),
                                   {'__builtins__': {}}, namespace)
                except Exception:
                    raise invalid from None
            params.append(Parameter(name, kind, default=default))
        if self_param and params:
            bound_self = getattr(obj, '__self__', None)
            if bound_self is not None and (ismodule(bound_self)
                                           or skip_bound_arg):
                params.pop(0)
            else:
                params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
        return cls(params, return_annotation=cls.empty)
    except ValueError as exc:
        if exc.args and exc.args[0] == 'Annotations are not currently supported':
            raise
        raise invalid from None


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError('{!r} is not a Python builtin function'.format(func))
    text = getattr(func, '__text_signature__', None)
    if not text:
        if func is object:
            # object() takes no arguments.
            return cls()
        raise ValueError('no signature found for builtin {!r}'.format(func))
    return _signature_fromstr(cls, func, text, skip_bound_arg)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False):
    """Build the signature of a Python function from its code object,
    defaults and annotations."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))
    text = getattr(func, '__text_signature__', None)
    if text:
        return _signature_fromstr(cls, func, text, skip_bound_arg)
    Parameter = cls._parameter_cls
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    flags = code.co_flags
    annotations = get_annotations(func, globals=globals, locals=locals,
                                  eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)
    params = []
    for index in range(npos):
        name = names[index]
        kind = _POSITIONAL_ONLY if index < nposonly else _POSITIONAL_OR_KEYWORD
        if index >= first_default:
            default = defaults[index - first_default]
        else:
            default = _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if flags & CO_VARARGS:
        name = names[index]
        index += 1
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
    for name in names[npos:npos + nkwonly]:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        params.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    # A real function's parameters are valid by construction.
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """Return the signature left after a partial's stored arguments are
    applied to a callable with signature wrapped_sig."""
    old_params = wrapped_sig._params
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        bound = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'
                         .format(partial)) from ex
    bound_args = bound.arguments
    new_params = dict(old_params)
    moved = []            # Parameters that go to the end, in order.
    to_kwonly = False
    for name, param in old_params.items():
        kind = param._kind
        if name in bound_args:
            value = bound_args[name]
            if kind is _POSITIONAL_ONLY:
                # Filled positionally: the parameter disappears.
                del new_params[name]
                continue
            if kind is _POSITIONAL_OR_KEYWORD:
                if name in partial_keywords:
                    # A keyword given to the partial makes this parameter
                    # and all that follow keyword-only.
                    to_kwonly = True
                    new_params[name] = param.replace(default=value)
                else:
                    del new_params[name]
                    continue
            if kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if kind is _POSITIONAL_OR_KEYWORD:
                moved.append(new_params.pop(name).replace(kind=_KEYWORD_ONLY))
            elif kind is _KEYWORD_ONLY or kind is _VAR_KEYWORD:
                moved.append(new_params.pop(name))
            elif kind is _VAR_POSITIONAL:
                del new_params[name]
    return wrapped_sig.replace(parameters=list(new_params.values()) + moved)


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls):
    """Compute the signature of any supported callable."""

    def recurse(target):
        return _signature_from_callable(
            target, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        # The signature of the function, without its first parameter.
        sig = recurse(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    if follow_wrapper_chains:
        # Unwrap down to an explicit signature or a method.
        obj = unwrap(obj, stop=lambda f: (hasattr(f, '__signature__')
                                          or isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            # A text signature (or a callable giving one) is accepted too.
            given = sig
            if not isinstance(sig, (Signature, str)) and callable(sig):
                sig = sig()
            if isinstance(sig, str):
                sig = _signature_fromstr(sigcls, obj, sig)
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ '
                                'attribute'.format(given))
            return sig
    functools = sys.modules.get('functools')
    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if (functools is not None
                and isinstance(partialmethod, functools.partialmethod)):
            # The unbound function of a partialmethod: self stays first.
            wrapped_sig = recurse(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first = tuple(wrapped_sig._params.values())[0]
            if first._kind is _VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,)
                               + tuple(sig._params.values()))
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj,
                                        skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)
    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj,
                                       skip_bound_arg=skip_bound_arg)
    if functools is not None and isinstance(obj, functools.partial):
        wrapped_sig = recurse(obj.func)
        return _signature_get_partial(wrapped_sig, obj)
    sig = None
    if isinstance(obj, type):
        # A class: its metaclass's __call__, else its own __new__ or
        # __init__ (whichever a class of the MRO defines first).
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
        else:
            factory = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = recurse(factory)
        if sig is None:
            # Interpreter-defined bases may carry a text signature.
            for base in obj.__mro__[:-1]:
                try:
                    text = base.__text_signature__
                except AttributeError:
                    continue
                if text:
                    return _signature_fromstr(sigcls, base, text)
            if type not in obj.__mro__:
                if (obj.__init__ is object.__init__
                        and obj.__new__ is object.__new__):
                    return sigcls.from_callable(object)
                raise ValueError('no signature found for builtin type {!r}'
                                 .format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        # An instance of a class with __call__.
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = recurse(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'
                                 .format(obj)) from ex
    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'
                         .format(obj))
    raise ValueError('callable {!r} is not supported by signature'
                     .format(obj))
