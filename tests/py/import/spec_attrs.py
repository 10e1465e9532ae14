# Module attributes and __spec__ fields, as CPython's import system sets them.
import sys
import time
import pkg.sub.mod
import pkg.a

HERE = __file__.rpartition("/")[0]


def rel(v):
    if isinstance(v, str):
        return v.replace(HERE, "<here>")
    if isinstance(v, list):
        return [rel(x) for x in v]
    return v


for m in (pkg, pkg.sub, pkg.sub.mod, pkg.a):
    spec = m.__spec__
    print(m.__name__)
    print("  __file__", rel(m.__file__))
    print("  __cached__", rel(m.__cached__))
    print("  __package__", repr(m.__package__))
    print("  __path__", rel(getattr(m, "__path__", "-")))
    print("  __loader__", type(m.__loader__).__name__, m.__loader__ is spec.loader)
    print("  __doc__", repr(m.__doc__))
    print("  __builtins__", "__builtins__" in vars(m))
    print("  spec", spec.name, rel(spec.origin), repr(spec.parent), rel(spec.submodule_search_locations))
    print("  spec.cached", rel(spec.cached), spec.has_location, spec.loader_state)
    print("  loader", spec.loader.name, rel(spec.loader.path), spec.loader.is_package(m.__name__))
    print("  repr", rel(repr(m)))
    print("  keys", [k for k in vars(m) if k.startswith("__")])

print(rel(repr(pkg.__spec__)).split(", loader=")[0])
print(sys.__spec__)
print(time.__spec__, time.__package__, time.__loader__)
print(sys.__loader__, repr(sys.__package__))
print(repr(time), repr(sys))
print(__name__, __spec__, __package__, type(__loader__).__name__, __cached__)
print(__loader__.name, __file__ == __loader__.path)
names = sys.builtin_module_names
print(type(names).__name__, list(names) == sorted(names))
print(all(n in names for n in ("builtins", "sys", "time", "gc")))
print(pkg.__spec__ == pkg.__spec__, pkg.__spec__ == pkg.a.__spec__)
