# Circular imports see the partially initialised module.
import sys

import circ.first

print(circ.first.LATE, circ.second.DONE)
import circ.selfimport
import circ.pkgcycle

print(circ.pkgcycle.sub.__name__)
print(sys.modules["circ.first"].__spec__._initializing)
