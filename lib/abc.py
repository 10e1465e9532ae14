"""Abstract base classes (PEP 3119): the ABCMeta metaclass, the ABC
convenience base class and the abstractmethod decorator.

ABCMeta stores the names of a class's abstract methods in the class's
__abstractmethods__ attribute; object.__new__ refuses to instantiate a class
while that set is non-empty.  ABCMeta also lets unrelated classes be
registered as virtual subclasses, and makes isinstance() and issubclass()
consult registrations and the __subclasshook__ class method.  Answers are
cached per ABC; a global counter, bumped by every registration, tells when
cached negative answers have become stale (see get_cache_token()).
"""


def abstractmethod(funcobj):
    """Mark a method as abstract and return it.

    Classes whose metaclass derives from ABCMeta cannot be instantiated
    while any abstract method is left without a concrete override.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: a classmethod marked abstract.  Stack @classmethod on
    top of @abstractmethod instead."""

    __isabstractmethod__ = True

    # The function is marked in __new__ as well as __init__ so that the
    # mark is present however the instance gets built.
    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return super().__new__(cls, callable)

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: a staticmethod marked abstract.  Stack @staticmethod on
    top of @abstractmethod instead."""

    __isabstractmethod__ = True

    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return super().__new__(cls, callable)

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: a property marked abstract.  Stack @property on top of
    @abstractmethod instead."""

    __isabstractmethod__ = True


def _abstract_property_new(cls, fget=None, *args, **kwargs):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property.__new__(cls, fget, *args, **kwargs)


# Where property instances answer __isabstractmethod__ from their getter
# alone, ignoring the class attribute above, the getter is marked too.
if not abstractproperty().__isabstractmethod__:
    abstractproperty.__new__ = _abstract_property_new
del _abstract_property_new


# The version of the virtual-subclass registrations, bumped by every
# register() call on any ABC.
_registrations_version = 0


def get_cache_token():
    """Return a token identifying the current state of all ABC
    registrations; it changes whenever register() adds a class."""
    return _registrations_version


class _ABCState:
    """The per-class data of an ABC: its registered virtual subclasses and
    the cached results of subclass checks."""

    __slots__ = ('registry', 'positive', 'negative', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.positive = set()
        self.negative = set()
        self.negative_version = _registrations_version


def _abstract_names(cls, namespace_items):
    """Collect the abstract method names of cls: abstract objects defined
    in its own namespace, and inherited abstract names whose current value
    is still abstract."""
    names = set()
    for name, value in namespace_items:
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__",
                       False):
                names.add(name)
    return frozenset(names)


def _state(cls):
    """Return the ABC data of cls, creating it for classes that were built
    without going through ABCMeta.__new__."""
    state = cls.__dict__.get('_abc_impl')
    if state is None:
        state = _ABCState()
        type.__setattr__(cls, '_abc_impl', state)
    return state


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class created with this metaclass can be subclassed normally, acting
    as a mix-in, and other classes (built-in ones included) can be
    registered with it as virtual subclasses.  Virtual subclasses pass
    isinstance() and issubclass() tests against the ABC, although the ABC
    does not appear in their __mro__ and its methods are not inherited.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items())
        cls._abc_impl = _ABCState()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it, so
        that register() also works as a class decorator."""
        global _registrations_version
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        # Registering a class that already is a subclass (including the ABC
        # itself) changes nothing; only then can a cycle be detected.
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _state(cls).registry.add(subclass)
        _registrations_version += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Implement isinstance(instance, cls)."""
        klass = instance.__class__
        state = _state(cls)
        if klass in state.positive:
            return True
        actual = type(instance)
        if actual is klass:
            if (state.negative_version == _registrations_version
                    and klass in state.negative):
                return False
            return cls.__subclasscheck__(klass)
        # The instance claims a __class__ other than its type: either one
        # may make it an instance.
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """Implement issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = _state(cls)
        if subclass in state.positive:
            return True
        if state.negative_version != _registrations_version:
            # A registration happened since the negative answers were
            # cached: they may be wrong now.
            state.negative = set()
            state.negative_version = _registrations_version
        elif subclass in state.negative:
            return False

        answer = cls.__subclasshook__(subclass)
        if answer is NotImplemented:
            answer = (cls in getattr(subclass, '__mro__', ())
                      or any(issubclass(subclass, registered)
                             for registered in list(state.registry))
                      or any(issubclass(subclass, child)
                             for child in type.__subclasses__(cls)))
        elif not isinstance(answer, bool):
            raise AssertionError("__subclasshook__ must return either "
                                 "False, True, or NotImplemented")
        if answer:
            state.positive.add(subclass)
        else:
            state.negative.add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        """Print the registry and caches of this ABC (for debugging)."""
        state = _state(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {state.registry!r}", file=file)
        print(f"_abc_cache: {state.positive!r}", file=file)
        print(f"_abc_negative_cache: {state.negative!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass registered with this ABC."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Empty the subclass-check caches of this ABC."""
        state = _state(cls)
        state.positive.clear()
        state.negative.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or
    removed from an abstract class, and return cls (so this can be used as
    a class decorator).  Classes without __abstractmethods__ are returned
    unchanged."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: subclass it to define an
    abstract base class without naming the metaclass."""
    __slots__ = ()
