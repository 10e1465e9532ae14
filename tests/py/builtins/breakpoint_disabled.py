# golden-env: PYTHONBREAKPOINT=0
# PYTHONBREAKPOINT=0 turns breakpoint() into a call that does nothing.
import sys

print("before")
print(breakpoint())
print(breakpoint(1, key="value"))
print(sys.breakpointhook())
print("after")
