# Import probe test: import__find__load__start/done around every module
# that is not yet in sys.modules, nested as CPython nests them.
# Traced with scripts/import.bt; compared with imports.imports.golden
# (CPython 3.12's import_find_and_load, recorded by scripts/gen_trace_golden.py).
# goldens: imports
import sys

import probepkg.sub.leaf  # the parents load inside the child's pair
from probepkg import sibling  # a from-list submodule: its own pair
import probepkg  # already imported: no probe
import sys  # already imported: no probe
import probepkg.sub.leaf as again  # already imported: no probe

try:
    import no_such_module_for_probes  # not found: found = 0
except ModuleNotFoundError:
    pass
try:
    import probepkg.broken  # its body raises: found = 0
except RuntimeError:
    pass
try:
    import probepkg.broken  # not cached: a second pair
except RuntimeError:
    pass
try:
    from probepkg import missing_sub  # from-list miss: a pair with found = 0
except ImportError:
    pass
sys.modules["halted_for_probes"] = None
try:
    import halted_for_probes  # None in sys.modules: a pair with found = 0
except ModuleNotFoundError:
    pass
print(sibling.SIB, again.LEAF, probepkg.helper.HELP)
