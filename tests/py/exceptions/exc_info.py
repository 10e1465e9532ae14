# sys.exc_info() and sys.exception() inside and outside handlers.
import sys

print(sys.exc_info())

try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    print(sys.exception() is v)

print(sys.exc_info(), sys.exception())

# nested handlers: exc_info reflects the innermost active exception
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise IndexError("inner")
    except IndexError:
        print("inner:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__, sys.exc_info()[1])

# exc_info in a function called from a handler
def report():
    et, ev, _ = sys.exc_info()
    return "report: %s(%s)" % (et.__name__, ev)
try:
    1 / 0
except ZeroDivisionError:
    print(report())

# inside finally while an exception propagates, exc_info shows it
try:
    try:
        raise TypeError("t")
    finally:
        print("in finally:", sys.exc_info()[0])
except TypeError:
    pass

# traceback object attributes
def fail():
    raise RuntimeError("tb test")
try:
    fail()
except RuntimeError as e:
    tb = e.__traceback__
    depth = 0
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        depth += 1
        tb = tb.tb_next
    print(depth, names)
    print(e.__traceback__ is sys.exc_info()[2])

# with_traceback
e = ValueError("no tb")
print(e.__traceback__)
print(e.with_traceback(None) is e)

# exc_info in a generator
def gen():
    try:
        yield 1
    except ValueError:
        yield sys.exc_info()[0].__name__
g = gen()
next(g)
print(g.throw(ValueError("into gen")))
print(sys.exc_info())
