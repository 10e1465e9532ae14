import contextlib
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, redirect_stderr, ContextDecorator,
                        AbstractContextManager)
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

@contextmanager
def tag(name):
    """Wrap in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as v:
    print("body", v)
print(tag.__name__, tag.__doc__, tag("x").__doc__)

try:
    with tag("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")
try:
    with swallow():
        raise IndexError("i")
except IndexError as e:
    print("not swallowed", e)

@contextmanager
def noyield():
    if False:
        yield

@contextmanager
def twoyield():
    yield 1
    yield 2

@contextmanager
def yield_after_throw():
    try:
        yield
    except Exception:
        yield

def use(cm, exc=None):
    with cm:
        if exc:
            raise exc

t(lambda: use(noyield()))
t(lambda: use(twoyield()))
t(lambda: use(yield_after_throw(), ValueError("v")))

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

try:
    with reraise_other():
        raise ValueError("orig")
except TypeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

@contextmanager
def plain():
    yield

# StopIteration raised in the body comes out unchanged.
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError", e)

# A manager made by @contextmanager is single-use, but is a decorator too.
cm = tag("once")
with cm:
    pass
t(lambda: cm.__enter__())

@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2

print(decorated(3))
print(decorated(4), decorated.__name__)

class mycontext(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False

@mycontext()
def f():
    print("in f")
f()
with mycontext():
    print("in with")

# suppress
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("nope")
except ValueError as e:
    print("ValueError", e)
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
print("group suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest", repr(e))

# closing
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

# nullcontext
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)

# redirect_stdout / redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("to buffer", 1, 2)
    sys.stdout.write("direct\n")
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("nested")
print(sys.stdout is sys.__stdout__)

# AbstractContextManager
class CM(AbstractContextManager):
    def __exit__(self, *a):
        return None
c = CM()
with c as got:
    print(got is c)
class Duck:
    def __enter__(self): pass
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): pass
class NoneExit(Duck):
    __exit__ = None
print(issubclass(Duck, AbstractContextManager), issubclass(NoExit, AbstractContextManager),
      issubclass(NoneExit, AbstractContextManager))
print(isinstance(nullcontext(), AbstractContextManager), isinstance(tag("q"), AbstractContextManager))
t(lambda: AbstractContextManager())
print(AbstractContextManager[int])
