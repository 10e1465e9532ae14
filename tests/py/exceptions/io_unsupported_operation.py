# io.UnsupportedOperation: the io module's class (OSError and ValueError), not
# a builtin; what reading a write-only file and writing a read-only one raise.
for mode, op in (("r", lambda f: f.write("x")), ("w", lambda f: f.read())):
    with open("/dev/null", mode) as f:
        try:
            op(f)
        except ValueError as e:
            t = type(e)
            print(t, t.__module__, t.__name__, t.__qualname__, [c.__name__ for c in t.__mro__], t.__bases__)
            print(isinstance(e, OSError), repr(e), e.args)
import builtins
print(hasattr(builtins, "UnsupportedOperation"), "UnsupportedOperation" in dir(builtins))
with open("/dev/null") as f:
    f.write("y")
