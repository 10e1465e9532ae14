# golden-env: PYTHONBREAKPOINT=nosuch.module.hook
# A hook that cannot be imported gives a RuntimeWarning, once per line,
# and the call returns None.
import sys

for i in range(3):
    print(breakpoint())
print(sys.breakpointhook())


def f():
    breakpoint()


f()
f()
print(sorted(k[2] for k in __warningregistry__ if k != "version"))
print(__warningregistry__["version"])
