# An exception is chained to the one being handled where it is raised;
# one coming back through a built-in (a with statement's __exit__, map,
# sorted) keeps the __context__ it has.
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        k = KeyError("k"); k.__context__ = IndexError("i")
        try: raise k
        except BaseException:
            k.__context__ = IndexError("i"); raise
try:
    with CM(): raise ValueError("body")
except Exception as e: print(repr(e), repr(e.__context__))

def run(*exc_details):
    for exc in [IndexError("i"), KeyError("k")]:
        try: raise exc
        except BaseException as new_exc:
            new_exc.__context__ = exc_details[1]; exc_details = (None, new_exc, None)
    fixed = exc.__context__
    try: raise exc
    except BaseException:
        exc.__context__ = fixed; raise
try:
    try: raise ValueError("v")
    except ValueError: run(*sys.exc_info())
except KeyError as e: print(repr(e.__context__))

# raise of a caught exception object chains to the one handled now
try:
    raise ValueError("a")
except ValueError as e:
    saved = e
try:
    try:
        raise KeyError("b")
    except KeyError:
        raise saved
except ValueError as e:
    print(repr(e.__context__))

# a built-in's error while handling
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e.__context__))

# an error from a function called by a built-in while handling
def bad(x):
    raise TypeError("in map")
try:
    try:
        raise OSError("outer")
    except OSError:
        list(map(bad, [1]))
except TypeError as e:
    print(repr(e.__context__))

# raised inside the called function while the caller handles one
def inner():
    try:
        raise IndexError("inner handled")
    except IndexError:
        pass
    raise LookupError("inner")
try:
    try:
        raise AttributeError("caller")
    except AttributeError:
        sorted([1, 2], key=lambda v: inner())
except LookupError as e:
    print(repr(e.__context__))

# generator throw
def g():
    try:
        yield 1
    except ValueError:
        raise KeyError("from gen")
it = g(); next(it)
try:
    it.throw(ValueError("thrown"))
except KeyError as e:
    print(repr(e.__context__))
try:
    try:
        raise RuntimeError("r")
    except RuntimeError:
        raise RuntimeError("r2") from None
except RuntimeError as e:
    print(repr(e.__context__), e.__suppress_context__)
