# sys._getframe: the calling frame and those below it, their code,
# namespaces and lines, across generators, comprehensions and class bodies.

import sys


def show_frame(fr):
    print(fr.f_code.co_name, fr.f_lineno, fr.f_globals is globals(),
          sorted(k for k in fr.f_locals if not k.startswith("__")))


def inner(a, b=2):
    c = a + b
    show_frame(sys._getframe())
    show_frame(sys._getframe().f_back)
    show_frame(sys._getframe(1))
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
    return c


def outer(x):
    y = x * 2
    return inner(y)


print(outer(5))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
print(sys._getframe(0).f_locals is globals())
print(type(sys._getframe()).__name__)
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "dict")


def caller_name():
    return sys._getframe(1).f_globals.get("__name__")


print(caller_name())


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


def run_gen():
    return [x for x in gen()]


print(run_gen())
for v in gen():
    print(v)


class K:
    where = sys._getframe().f_code.co_name
    loc = sorted(k for k in sys._getframe().f_locals)


print(K.where, K.loc)
print([sys._getframe().f_code.co_name for _ in range(1)])
lam = lambda: sys._getframe(1).f_code.co_name
print(lam())

for bad in (100, "x", 1.5):
    try:
        sys._getframe(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys._getframe(0, 1)
except TypeError as e:
    print("TypeError", e)
print(sys._getframe(-5).f_code.co_name)


def deep(n):
    if n == 0:
        f = sys._getframe()
        count = 0
        while f is not None:
            count += 1
            f = f.f_back
        return count
    return deep(n - 1)


print(deep(50))
events = []
sys.addaudithook(lambda ev, args: events.append((ev, type(args[0]).__name__)) if ev == "sys._getframe" else None)
sys._getframe()
print(events)
