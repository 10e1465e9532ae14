# traceback: formatting real exceptions (chains, notes, limits, locals).
# Every failing line is a whole statement, so no carets are drawn under it.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    """Print text with this directory cut out of file names."""
    if not isinstance(text, str):
        text = ''.join(text)
    sys.stdout.write(text.replace(HERE, ''))


def fail(exc):
    raise exc


def middle(exc):
    fail(exc)


def outer(exc):
    middle(exc)


def catch(f, *args):
    try:
        f(*args)
    except BaseException as e:
        return e


e = catch(outer, ValueError("bad value"))
show(traceback.format_exception(e))
show(traceback.format_exception(type(e), e, e.__traceback__))
show(traceback.format_exception(e, limit=1))
show(traceback.format_exception(e, limit=-1))
show(traceback.format_exception(e, limit=0))
show(traceback.format_exception(e, limit=-10))
show(traceback.format_exception_only(e))
show(traceback.format_exception_only(type(e), e))
show(traceback.format_tb(e.__traceback__))
show(traceback.format_tb(e.__traceback__, limit=2))
show(traceback.format_tb(e.__traceback__, -2))
print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
print([(fr.f_code.co_name, n) for fr, n in traceback.walk_tb(e.__traceback__)])
print([type(x).__name__ for x in traceback.format_exception(e)])

# print_* write to the given file.
import io
buf = io.StringIO()
traceback.print_exception(e, file=buf)
traceback.print_tb(e.__traceback__, limit=1, file=buf)
traceback.print_list([("a.py", 1, "f", "x = 1")], file=buf)
show(buf.getvalue())

# print_exc, format_exc while handling.
try:
    outer(KeyError("k"))
except KeyError:
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    traceback.print_exc(limit=-1, file=buf)
    show(buf.getvalue())
print(repr(traceback.format_exc()))


# Chains: __cause__, __context__, suppression.
def chained_cause():
    try:
        outer(KeyError("first"))
    except KeyError as exc:
        raise RuntimeError("second") from exc


def chained_context():
    try:
        outer(KeyError("first"))
    except KeyError:
        fail(TypeError("second"))


def suppressed():
    try:
        outer(KeyError("first"))
    except KeyError:
        raise RuntimeError("second") from None


def three_deep():
    try:
        chained_context()
    except TypeError as exc:
        raise ValueError("third") from exc


for f in (chained_cause, chained_context, suppressed, three_deep):
    e = catch(f)
    show(traceback.format_exception(e))
    print('--- chain=False')
    show(traceback.format_exception(e, chain=False))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, te.__suppress_context__,
          te.__cause__ and te.__cause__.exc_type.__name__,
          te.__context__ and te.__context__.exc_type.__name__)
    te = traceback.TracebackException.from_exception(e, compact=True)
    print(te.__cause__ and te.__cause__.exc_type.__name__,
          te.__context__ and te.__context__.exc_type.__name__)

# A cause that was never raised has no traceback.
e = catch(fail, ValueError("v"))
e.__cause__ = KeyError("never raised")
show(traceback.format_exception(e))

# A cycle in the chain.
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
show(traceback.format_exception(a))

# Notes.
e = catch(fail, ValueError("with notes"))
e.add_note("first note")
e.add_note("second\nnote")
show(traceback.format_exception(e))
for notes in ["not a list", ("tuple", "notes"), [1, None], 42, [], ["a\n\nb"]]:
    e = ValueError("fresh")
    e.__notes__ = notes
    show(traceback.format_exception_only(e))


# Messages and type names.
class Custom(Exception):
    pass


class Outer:
    class Inner(Exception):
        pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class EmptyStr(Exception):
    def __str__(self):
        return ""


Custom.__module__ = "some.module"
for exc in [ValueError(), ValueError(""), ValueError("x", 2), KeyError("k"), KeyError(),
            Custom("c"), Outer.Inner("i"), BadStr(), EmptyStr(), StopIteration(3),
            OSError(2, "No such file"), SystemExit(1), KeyboardInterrupt(),
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    show(traceback.format_exception_only(exc))
show(traceback.format_exception_only(None))
show(traceback.format_exception(None))
show(traceback.format_exception_only(ValueError, None))
show(traceback.format_exception(ValueError, None, None))
for args in [(ValueError, None), (3,)]:
    try:
        traceback.format_exception(*args)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    traceback.print_exception(5)
except TypeError as exc:
    print(type(exc).__name__, exc)


# Suggestions from an attribute's object.
class Thing:
    def __init__(self):
        self.value = 1
        self._hidden = 2


for attr in ("valeu", "hidden", "vale", "xyzzy", "VALUE"):
    e = catch(getattr, Thing(), attr)
    show(traceback.format_exception_only(e))
e = catch(getattr, Thing(), "valeu")
show(traceback.format_exception(e))

# Recursion: repeated frames are counted.


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


for n in (2, 3, 5, 20):
    e = catch(recurse, n)
    show(traceback.format_exception(e))

# TracebackException attributes.
e = catch(outer, ValueError("attrs"))
te = traceback.TracebackException.from_exception(e)
print(te.exc_type, str(te), te._str, te.exceptions, te.__notes__, len(te.stack))
print(te == traceback.TracebackException.from_exception(e), te == 1, te != te)
print([f.name for f in te.stack], type(te.stack).__name__)
print(te.stack.format() == traceback.format_tb(e.__traceback__))
te1 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
print(len(te1.stack), te1.stack[0].name)
te0 = traceback.TracebackException(type(e), e, e.__traceback__, lookup_lines=False)
print(te0.stack[0]._line is not None)
show(te.format())
show(te.format_exception_only())
buf = io.StringIO()
te.print(file=buf)
show(buf.getvalue())
te = traceback.TracebackException(None, None, None)
print(list(te.format()), te.exc_type, repr(te._str), te.stack, te.__cause__, te.__context__)



# print_last.
for name in ("last_exc", "last_type", "last_value", "last_traceback"):
    if hasattr(sys, name):
        delattr(sys, name)
try:
    traceback.print_last()
except ValueError as exc:
    print(type(exc).__name__, exc)
e = catch(fail, IndexError("older style"))
sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
buf = io.StringIO()
traceback.print_last(file=buf)
show(buf.getvalue())

# clear_frames does not fail.
traceback.clear_frames(e.__traceback__)
traceback.clear_frames(None)
print("done")
