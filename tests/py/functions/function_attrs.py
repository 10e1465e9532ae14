# Function objects: names, qualnames, docstrings, code attributes, custom attributes.

def documented(a, b=1, *args, c, d=2, **kw):
    """Adds things.

    More text here.
    """
    local = a + b
    return local

print(documented.__name__)
print(documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)

def nodoc():
    pass
print(nodoc.__doc__, nodoc() is None)

class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass

print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Nested.deep.__qualname__)
print(Outer.Nested.__qualname__, Outer.Nested.__name__)

# custom attributes live in __dict__
def f():
    return f.counter
f.counter = 7
f.label = "seven"
print(f(), sorted(f.__dict__.items()))

# renaming
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
print(f.__name__, f.__qualname__)

# functions are first-class objects
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "four"), documented(1, 2, c=0))

# callable() and function type name
print(callable(f), callable(5), callable(print), type(f).__name__, type(print).__name__)

# annotations
def annotated(x: int, y: "str" = "a") -> bool:
    return True
print(annotated.__annotations__)

# functions compare by identity; can be dict keys
table = {f: "f", nodoc: "nodoc"}
print(table[nodoc], f == f, f == nodoc)
