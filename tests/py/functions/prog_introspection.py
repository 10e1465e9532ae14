def f(a, b=2, *args, c, d=4, **kw):
    """Docstring of f."""
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name)
print(f.__code__.co_posonlyargcount, f.__code__.co_nlocals, f.__code__.co_flags & 0x0c)
print(f.__module__, type(f).__name__, f.__annotations__, sorted(f.__globals__)[:3] == sorted(globals())[:3])
def g(x: int, y: "str" = "a") -> list:
    pass
print(g.__annotations__)
class Outer:
    class Inner:
        def method(self):
            pass
    def meth(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().meth().__qualname__)
print(Outer.__name__, Outer.Inner.__name__, Outer.__module__, repr(Outer.Inner)[:30])
lam = lambda q: q
print(lam.__name__, lam.__qualname__, (lambda: 0).__code__.co_argcount)
print(type(Outer().meth).__name__, Outer().meth.__func__ is Outer.meth, Outer().meth.__self__.__class__.__name__)
print(int.__name__, int.__qualname__, str.upper.__name__, "".upper.__qualname__, type(str.upper).__name__)
print(type("".upper).__name__, type(len).__name__, len.__name__, repr(len), repr(int), repr(type))
print(repr(None.__class__), type(NotImplemented).__name__, type(...).__name__, repr(...), repr(NotImplemented))
print(sorted(k for k in vars(Outer) if not k.startswith("__")))
print("__init__" in dir(Outer), "meth" in dir(Outer()), hasattr(Outer, "__dict__"))
print(Outer.__dict__["meth"].__name__, type(Outer.__dict__).__name__)
print(f.__code__.co_filename.endswith(".py"), f.__code__.co_firstlineno)
class WithDoc:
    "class doc"
    x: int = 5
    y: str
print(WithDoc.__doc__, WithDoc.__annotations__, WithDoc.x)
print(type(f.__code__).__name__, callable(f), f.__closure__)
def mk():
    v = 1
    def inner():
        return v
    return inner
cl = mk()
print(len(cl.__closure__), cl.__closure__[0].cell_contents, cl.__code__.co_freevars, mk.__code__.co_cellvars)
print(isinstance(f, object), isinstance(int, type), type(type), type(object), object.__bases__, type.__bases__)
print(bool.__mro__, bool.__bases__, issubclass(bool, int))
print(getattr(f, "__wrapped__", "nowrap"))
f.custom = 42
print(f.custom, f.__dict__)
print(str(type(1.0)), str(type([])), str(type({})), str(type(range(1))), str(type(iter([]))))
print(type(iter("")).__name__, type(iter({})).__name__, type(iter({}.items())).__name__, type({}.keys()).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(reversed([])).__name__, type(iter(range(0))).__name__)
print(type(enumerate([])).__name__, type(filter(None, [])).__name__, type(slice(1)).__name__, type(iter(())).__name__)
print(type(reversed(range(3))).__name__, type(iter(set())).__name__, type(reversed({})).__name__, type({}.values()).__name__)
print(type(x for x in []).__name__, type(property()).__name__, type(super(Outer, Outer())).__name__)
