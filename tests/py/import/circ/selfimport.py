import circ.selfimport as me
import sys
print("self-import gives the partial module:", me is sys.modules["circ.selfimport"])
