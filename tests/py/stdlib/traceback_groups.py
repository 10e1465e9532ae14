# traceback: exception groups drawn as nested numbered boxes, with their
# width and depth limits, chains and notes inside the boxes.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    if not isinstance(text, str):
        text = ''.join(text)
    sys.stdout.write(text.replace(HERE, ''))


def fail(exc):
    raise exc


def catch(f, *args):
    try:
        f(*args)
    except BaseException as e:
        return e


def raised(exc):
    return catch(fail, exc)


def make():
    members = [raised(ValueError(1)), raised(TypeError(2))]
    try:
        fail(KeyError("inner"))
    except KeyError:
        nested = catch(fail, ExceptionGroup("nested", [OSError(3), ExceptionGroup("deep", [IndexError(4)])]))
    members.append(nested)
    group = ExceptionGroup("top", members)
    group.add_note("a note\nsecond line")
    return group


def raise_from():
    try:
        fail(RuntimeError("cause"))
    except RuntimeError as exc:
        raise make() from exc


e = catch(raise_from)
show(traceback.format_exception(e))
print([type(x).__name__ for x in traceback.format_exception(e)][:6])
show(traceback.TracebackException.from_exception(e, max_group_width=2, max_group_depth=2).format())
show(traceback.TracebackException.from_exception(e, max_group_depth=1).format())
show(traceback.TracebackException.from_exception(e, max_group_depth=0).format())
show(traceback.format_exception_only(e))
show(traceback.format_exception(e, chain=False))
te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__, len(te.exceptions), [x.exc_type.__name__ for x in te.exceptions])
print(te.__cause__.exc_type.__name__, te.__context__, te.__suppress_context__)
print(te.exceptions[2].__context__, te.exceptions[0].exceptions)
print(te.max_group_width, te.max_group_depth)

# Groups that were never raised: no tracebacks anywhere.
plain = BaseExceptionGroup("plain", [ValueError("a"), BaseExceptionGroup("base", [KeyboardInterrupt()])])
show(traceback.format_exception(plain))
print(type(plain.exceptions[1]).__name__)

# Wide groups are cut after max_group_width members.
wide = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
show(traceback.format_exception(wide))
show(traceback.TracebackException.from_exception(wide, max_group_width=3).format())
show(traceback.TracebackException.from_exception(wide, max_group_width=19).format())
show(traceback.TracebackException.from_exception(wide, max_group_width=18).format())

# Deep groups stop at max_group_depth.
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
show(traceback.format_exception(deep))
show(traceback.TracebackException.from_exception(deep, max_group_depth=3).format())

# A raised group with chained members and members with notes.
def member_with_cause():
    try:
        fail(ZeroDivisionError("div"))
    except ZeroDivisionError as exc:
        raise LookupError("lookup") from exc


m1 = catch(member_with_cause)
m2 = raised(ValueError("noted"))
m2.add_note("member note")
g = catch(fail, ExceptionGroup("chained members", [m1, m2]))
show(traceback.format_exception(g))

# except* splits a group; the parts keep the members' tracebacks.
def star():
    try:
        fail(ExceptionGroup("eg", [ValueError("v"), TypeError("t"), ValueError("w")]))
    except* ValueError as part:
        show(traceback.format_exception(part))
        raise


e = catch(star)
show(traceback.format_exception(e))

# print_exception and print_exc on a group.
import io
buf = io.StringIO()
traceback.print_exception(g, file=buf)
show(buf.getvalue())
try:
    fail(g)
except ExceptionGroup:
    show(traceback.format_exc())
