# Namespace packages: directories without __init__.py, spanning sys.path
# entries.
import sys

HERE = __file__.rpartition("/")[0]
sys.path[:0] = [HERE + "/_ns_a", HERE + "/_ns_b"]

import nspkg.one
import nspkg.two
import nspkg.inner.leaf


def rel(s):
    return str(s).replace(HERE, "<here>")


print(nspkg.one.WHO, nspkg.two.WHO, nspkg.inner.leaf.WHO)
print(rel(nspkg))
print(rel(nspkg.__path__), list(map(rel, nspkg.__path__)), len(nspkg.__path__))
print(nspkg.__file__, nspkg.__spec__.origin, rel(nspkg.__spec__.submodule_search_locations))
print(type(nspkg.__loader__).__name__, nspkg.__package__, nspkg.__spec__.parent)
print(rel(nspkg.inner), nspkg.inner.__package__)
print(nspkg.one.__package__, nspkg.one.__spec__.parent)
try:
    import nspkg.three
except ModuleNotFoundError as e:
    print(e)
