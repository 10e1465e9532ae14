print("circ.second starts")
from circ import first
print("circ.second sees first.EARLY =", first.EARLY)
try:
    first.LATE
except AttributeError as e:
    print("AttributeError:", e)
try:
    from circ.first import LATE
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
DONE = True
