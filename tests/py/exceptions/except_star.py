# except* clauses: raising, re-raising, else/finally and errors.

def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e))

# A clause that raises: the new exception joins the unhandled rest.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        print("handled TypeError")
except BaseExceptionGroup as e:
    show(e)
    print("context of RuntimeError:", repr(e.exceptions[0].__context__))

# A bare raise keeps the original nesting.
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show(e)

# Everything handled: no exception, else is skipped, finally runs.
def handled():
    try:
        raise ExceptionGroup("g", [OSError("x"), ValueError("y")])
    except* (OSError, ValueError) as g:
        print("caught both:", [str(x) for x in g.exceptions])
    else:
        print("no else")
    finally:
        print("finally")
    return "done"
print(handled())

def no_error():
    try:
        pass
    except* ValueError:
        print("unreachable")
    else:
        print("else runs")
    finally:
        print("finally runs")
no_error()

# A naked exception and a clause raising something new.
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
except TypeError as e:
    print("plain:", repr(e), type(e.__context__).__name__)

# A naked exception no clause handles stays naked.
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked propagates:", repr(e))

# The name is unbound after the clause.
try:
    raise ExceptionGroup("n", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# Invalid clause types.
for t in ["ExceptionGroup", "(ValueError, BaseExceptionGroup)", "42"]:
    try:
        exec("try:\n    raise ValueError()\nexcept* " + t + ":\n    pass\n")
    except TypeError as e:
        print("TypeError:", e)

# return, break and continue cannot leave an except* clause.
for body in ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
             "for i in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
             "for i in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n"]:
    try:
        compile(body, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# A loop inside a clause may break.
try:
    raise ExceptionGroup("loop", [ValueError()])
except* ValueError:
    for i in range(5):
        if i == 2:
            break
    print("broke at", i)

# Generators and functions: except* inside a function with finally.
def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ZeroDivisionError()])
    except* ZeroDivisionError as g:
        yield len(g.exceptions)
print(list(gen()))

# The handled exception inside a clause is the matched part.
import sys
def g():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("exc_info:", repr(sys.exc_info()[1]))
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("context:", repr(k.__context__))
    except* TypeError as t:
        print("second:", repr(sys.exc_info()[1]), sys.exc_info()[1] is t)
    print("after:", sys.exc_info())
g()
