# A module whose body raises is removed from sys.modules; the next import
# runs it again.
import sys

for attempt in range(2):
    try:
        import flaky.raises
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
    print("in sys.modules:", "flaky.raises" in sys.modules, "bound on flaky:", hasattr(sys.modules["flaky"], "raises"))

try:
    import flaky.broken_syntax
except SyntaxError as e:
    print("SyntaxError in", e.filename.rpartition("/")[2], "line", e.lineno)
print("flaky.broken_syntax" in sys.modules)

try:
    import flaky.imports_missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
print("flaky.imports_missing" in sys.modules, "flaky.helper_ok" in sys.modules)

import flaky.replaces

print(flaky.replaces.name, type(sys.modules["flaky.replaces"]).__name__)
from flaky import replaces

print(replaces.name)

try:
    import flaky.deletes
except KeyError as e:
    print("KeyError:", e)
