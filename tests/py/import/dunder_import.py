# __import__ called directly, and a replaced builtins.__import__.
import builtins

top = __import__("pkg.sub.mod")
print(top.__name__)
print(__import__("pkg.sub.mod", fromlist=["x"]).__name__)
print(__import__("pkg.sub", globals(), None, ["mod"], 0).__name__)
print(__import__("a", {"__package__": "pkg"}, None, None, 1).__name__)
print(__import__("sub.mod", {"__package__": "pkg"}, None, None, 1).__name__)
print(__import__("", {"__package__": "pkg.sub"}, None, ["mod"], 1).__name__)
print(__import__("mod", {"__name__": "pkg.sub.x"}, None, ["func"], 1).__name__)
print(__import__("mod", {"__name__": "pkg.sub", "__path__": []}, None, None, 1).__name__)
print(__import__("pkg", fromlist=["a", "b", "a"]).b.B)

calls = []
original = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, globals is not None and "__name__" in globals))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import pkg.a
from pkg import b
from pkg.sub import *
import math as m2


def inner():
    from pkg.sub import mod
    return mod


inner()
builtins.__import__ = original
for c in calls:
    print(c)
