import sys
from contextlib import ExitStack, contextmanager, suppress

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

@contextmanager
def res(name, log):
    log.append("enter " + name)
    try:
        yield name
    finally:
        log.append("exit " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    log.append("body %s" % names)
print(log)

log = []
with ExitStack() as stack:
    stack.callback(log.append, "cb1")
    @stack.callback
    def cb2():
        log.append("cb2")
    stack.callback(lambda *a, **k: log.append((a, k)), 1, 2, x=3)
    print(cb2.__name__)
print(log)

# push accepts __exit__ methods and plain callables.
def exit_fn(*exc):
    print("exit_fn", exc[0])
    return True
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("CM exit", exc[0])
with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    cm = CM()
    print(stack.push(cm) is cm)
    raise ValueError("suppressed by exit_fn")
print("after")

# pop_all moves callbacks.
log = []
with ExitStack() as stack:
    stack.callback(log.append, 1)
    moved = stack.pop_all()
print(log)
moved.close()
print(log)
moved.close()
print(log)

# enter_context rejects non context managers.
t(lambda: ExitStack().enter_context(42))
class OnlyEnter:
    def __enter__(self):
        return 1
t(lambda: ExitStack().enter_context(OnlyEnter()))

# Exceptions from callbacks replace earlier ones and chain as context.
def raiser(exc):
    def cb(*a):
        raise exc
    return cb

# (The with statement is spelled out: pyprobe's with statement rewrites the
# __context__ of an exception leaving __exit__.)
try:
    stack = ExitStack()
    stack.callback(raiser(KeyError("first registered")))
    stack.callback(raiser(IndexError("second registered")))
    try:
        raise ValueError("body")
    except ValueError as body:
        if not stack.__exit__(ValueError, body, None):
            raise
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("k")))
        stack.push(lambda *exc: True)
        stack.callback(raiser(IndexError("i")))
except Exception as e:
    print(repr(e), repr(e.__context__))

# A callback that suppresses the pending exception.
def seen(*exc):
    print("seen", exc[0].__name__ if exc[0] else None, exc[1])
    return exc[0] is IndexError
with ExitStack() as stack:
    stack.push(seen)
    stack.callback(raiser(IndexError("late")))
print("suppressed late")

# The exception around the with statement is not lost from the chain.
try:
    try:
        raise TypeError("outer")
    except TypeError:
        stack = ExitStack()
        stack.callback(raiser(KeyError("a")))
        stack.callback(raiser(IndexError("b")))
        stack.__exit__(None, None, None)
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

# The return value of __exit__.
s = ExitStack()
s.push(lambda *a: True)
print(s.__exit__(ValueError, ValueError("x"), None))
s = ExitStack()
s.push(lambda *a: True)
print(s.__exit__(None, None, None))
s = ExitStack()
s.push(lambda *a: False)
print(s.__exit__(ValueError, ValueError("x"), None))

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("zero suppressed")
cb = ExitStack().callback(print)
print(cb is print)
