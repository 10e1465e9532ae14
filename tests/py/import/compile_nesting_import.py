# An imported module is compiled with the nesting limit counted as CPython
# counts it in an import: one module at the limit imports, one past it is
# a RecursionError.
import _deep_nesting_ok

print(_deep_nesting_ok.x)
try:
    import _deep_nesting
except RecursionError as e:
    print(type(e).__name__, e)
import sys

print("_deep_nesting" in sys.modules)
