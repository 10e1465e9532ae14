# Implicit exception context: __context__ set when raising inside handlers and finally.

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

# raising in finally while another exception propagates
try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
except IndexError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# context is not set when the new exception is raised after the handler ends
try:
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise ValueError("later")
except ValueError as e:
    print("later context:", e.__context__)

# an exception does not become its own context
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self context:", e.__context__)

# re-raising inside a nested handler
def nested():
    try:
        raise TypeError("A")
    except TypeError:
        try:
            raise ValueError("B")
        except ValueError:
            raise KeyError("C")

try:
    nested()
except KeyError as e:
    names = []
    cur = e
    while cur is not None:
        names.append(type(cur).__name__)
        cur = cur.__context__
    print(names)

# context inside a function called from a handler
def helper():
    raise RuntimeError("from helper")
try:
    try:
        [][1]
    except IndexError:
        helper()
except RuntimeError as e:
    print(e.__context__ is None, type(e.__context__).__name__)

# __context__ can be assigned
e = ValueError("x")
print(e.__context__)
e.__context__ = KeyError("y")
print(repr(e.__context__))

# cycles in the context chain are broken when raising
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as final:
    print(final is a, repr(a.__context__), repr(b.__context__))
