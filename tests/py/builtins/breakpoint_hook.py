# breakpoint() calls sys.breakpointhook with its arguments; the hook can
# be replaced, and a lost hook is a RuntimeError.
import sys

print(sys.breakpointhook is sys.__breakpointhook__)
print(sys.breakpointhook.__name__, sys.breakpointhook.__module__)
print(breakpoint.__name__, breakpoint.__module__)


def hook(*args, **kwargs):
    print("hook", args, sorted(kwargs.items()))
    return "from hook"


sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
print(breakpoint())
for i in range(2):
    breakpoint(i)

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)

sys.breakpointhook = 42
try:
    breakpoint()
except TypeError as e:
    print(type(e).__name__, e)

sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
