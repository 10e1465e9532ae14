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
# Code compiled from a string: the warning names it, with no source line.
exec(compile("breakpoint()", "<generated>", "exec"))
print(sorted(k[2] for k in __warningregistry__ if k != "version"))
print(__warningregistry__["version"])
