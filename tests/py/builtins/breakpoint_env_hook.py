# golden-env: PYTHONBREAKPOINT=math.sqrt
# PYTHONBREAKPOINT names the hook that breakpoint() imports and calls.
import sys

print(breakpoint(16))
print(sys.breakpointhook(2.25))
try:
    breakpoint()
except TypeError as e:
    print(type(e).__name__, e)
