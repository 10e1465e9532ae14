# object.__getattr__ / __setattr__ where CPython raises them.
import sys

log = []


def hook(event, args):
    if event.startswith("object."):
        log.append((event, args[1]))


sys.addaudithook(hook)


def f(a=1, *, b=2):
    pass


f.__code__
f.__defaults__
f.__kwdefaults__
f.__name__
f.__globals__
f.__defaults__ = (5,)
f.__kwdefaults__ = {"b": 3}
f.__name__ = "g"
f.custom = 1


class C:
    pass


C.__name__ = "D"
C.__qualname__ = "D"
C.__module__ = "mod"
C.__doc__ = "doc"
C.plain = 1


def gen():
    yield 1


g = gen()
g.gi_frame
try:
    1 / 0
except ZeroDivisionError as e:
    e.__traceback__.tb_frame
for entry in log:
    print(*entry)
