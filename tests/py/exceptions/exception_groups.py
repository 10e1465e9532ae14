# ExceptionGroup and except*.

eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg))
print([type(e).__name__ for e in eg.exceptions])

try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("TypeErrors:", [str(e) for e in g.exceptions])

# unhandled parts propagate as a new group
try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("os")])
    except* KeyError:
        print("handled the KeyError part")
except ExceptionGroup as rest:
    print("rest:", rest.message, [type(e).__name__ for e in rest.exceptions])

# split and subgroup
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: str(e).endswith("1"))
print([str(e) for e in sub.exceptions])
print(eg.subgroup(KeyError))

# a naked exception is wrapped for except*
try:
    raise ValueError("naked")
except* ValueError as g:
    print(type(g).__name__, [str(e) for e in g.exceptions])

# BaseExceptionGroup for non-Exception members
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)

# nested groups
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
try:
    raise nested
except* TypeError as g:
    print("nested TypeError:", repr(g))
except* ValueError as g:
    print("nested ValueError:", repr(g))

# errors in constructing groups
for args in [("msg", []), ("msg", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
