# Odd names, odd sys.path entries and odd sys.modules entries: CPython's
# errors, never a crash.
import importlib
import sys

tests = [
    "__import__('\\x00')", "__import__('a\\x00b')", "__import__('.')", "__import__(' ')",
    "__import__('é')", "__import__('a..b')", "__import__('pkg..mod')",
    "importlib.import_module('a\\x00')", "importlib.import_module('.', 'pkg').__name__",
    "importlib.import_module('.' * 50 + 'x', 'a.b')",
    "__import__('x', {'__package__': 'a.b'}, level=10**18)",
    "__import__('x', {'__name__': 5}, level=1)", "__import__('x', {'__spec__': 5}, level=1)",
    "__import__('pkg', fromlist=5)", "__import__('pkg', fromlist='ab').__name__",
    "__import__('pkg', level=2**70)", "__import__('pkg', level='x')",
    "importlib.reload(None)", "importlib.import_module(5)", "importlib.import_module()",
    "type(sys)(5)", "repr(type(sys)('made', 'its doc'))", "type(sys)('made', 'its doc').__doc__",
]
for t in tests:
    try:
        print(t, "->", eval(t))
    except BaseException as e:
        print(t, "->", type(e).__name__, e)

saved = sys.path
for p in [[None, b"x", 5, ""], 5, None]:
    sys.path = p
    try:
        import zzz_nothing
    except BaseException as e:
        print("sys.path =", p, type(e).__name__, e)
sys.path = saved

m = type(sys)("nameless")
del m.__dict__["__name__"]
sys.modules["nameless"] = m
for stmt in ["from nameless import x", "m.y", "repr(m)"]:
    try:
        print(eval(stmt) if not stmt.startswith("from") else exec(stmt))
    except BaseException as e:
        print(stmt, "->", type(e).__name__, e)

sys.modules["not_a_module"] = 5
import not_a_module

print(not_a_module)
try:
    from not_a_module import real
except ImportError as e:
    print("ImportError:", e)
