# exit and quit, the names CPython's site module adds to builtins.
import sys

print(repr(exit))
print(repr(quit))
print(str(exit), f"{quit}")
print(type(exit).__name__, type(exit).__module__, type(exit).__qualname__)
print(type(exit) is type(quit))
print(exit.name, quit.name, exit.eof)
print(callable(exit), isinstance(exit, object))
for f, arg in ((exit, ()), (quit, (3,)), (exit, ("bye",)), (quit, (None,)), (exit, ([1],))):
    try:
        f(*arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
print(sys.stdin.closed)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    exit(code=5)
except SystemExit as e:
    print("SystemExit", repr(e.code))
exit.name = "leave"
print(repr(exit))
exit(4)
print("not reached")
