print("circ.first starts")
EARLY = "early"
from circ import second
print("circ.first sees second.DONE =", second.DONE)
LATE = "late"
