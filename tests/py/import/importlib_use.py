# importlib.import_module and importlib.reload.
import importlib
import sys

m = importlib.import_module("pkg.sub.mod")
print(m.__name__, m is sys.modules["pkg.sub.mod"])
print(importlib.import_module("pkg") is sys.modules["pkg"])
print(importlib.import_module(".a", "pkg").__name__)
print(importlib.import_module("..b", "pkg.sub").__name__)
print(importlib.import_module(".", "pkg.sub").__name__)
for args in [("",), (".x",), ("..x",), (".x", ""), ("...x", "pkg.sub"), ("no_such",), ("pkg.a.x",), (".x", 5)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(args, type(e).__name__, e)

print("-- reload")
import pkg.b

pkg.b.extra = "kept"
pkg.b.B = 99
r = importlib.reload(pkg.b)
print(r is pkg.b, pkg.b.B, pkg.b.extra)
print(importlib.reload(sys) is sys)
print(importlib.reload(pkg).TOP)
for bad in [42, type(sys)("not_in_modules")]:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches())
