# The builtin exception hierarchy: isinstance/issubclass checks and catching by base class.

def ancestors(cls):
    return [c.__name__ for c in cls.__mro__]

for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, ModuleNotFoundError, StopIteration,
            KeyboardInterrupt, SystemExit, GeneratorExit, UnboundLocalError, IndentationError,
            TabError, OverflowError, DeprecationWarning, TimeoutError, BrokenPipeError]:
    print(cls.__name__, ancestors(cls))

print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(LookupError, Exception), issubclass(ArithmeticError, Exception))
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), ArithmeticError))
print(EnvironmentError is OSError, IOError is OSError)

# catching by base class
errors = [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), FloatingPointError("f"),
          UnicodeError("u"), ValueError("v"), TypeError("t")]
for err in errors:
    try:
        raise err
    except ArithmeticError as e:
        print("arithmetic:", type(e).__name__)
    except LookupError as e:
        print("lookup:", type(e).__name__)
    except ValueError as e:
        print("value:", type(e).__name__)
    except Exception as e:
        print("other:", type(e).__name__)

# Exception does not catch BaseException-only subclasses
for exc in (SystemExit, KeyboardInterrupt, GeneratorExit):
    try:
        try:
            raise exc("stop")
        except Exception:
            print("not here")
    except BaseException as e:
        print("BaseException caught", type(e).__name__, e)

# OSError subclasses chosen by errno
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e)
e = OSError(13, "Permission denied", "secret.txt")
print(type(e).__name__, e.filename, e)
print(type(OSError(999, "odd")).__name__)

# catching a non-exception class is an error
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# raising non-exceptions
for bad in [1, "s", object]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
