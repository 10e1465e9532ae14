# sys.path: the script's directory first.
import sys

print(sys.path[0] == __file__.rpartition("/")[0])
print(all(isinstance(p, str) for p in sys.path))
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
sys.path.insert(0, "_ns_a")
import nspkg.inner.leaf

print(nspkg.inner.leaf.WHO)
sys.path.remove("_ns_a")
