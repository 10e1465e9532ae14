# ExceptionGroup / BaseExceptionGroup objects: construction, attributes,
# split, subgroup and derive.

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.args, repr(eg), str(eg))
print(eg.exceptions is eg.exceptions, type(eg.exceptions).__name__)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(str(ExceptionGroup("one", (ValueError(),))))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])))

try:
    eg.message = "other"
except AttributeError as e:
    print("AttributeError:", e)

for args in [("m",), ("m", [ValueError()], 3), ("m", None), ("m", {ValueError(): 1}),
             ("m", [ValueError, 1]), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# split/subgroup by type, tuple and predicate, keeping the nesting.
nested = ExceptionGroup("top", [ValueError("v"), ExceptionGroup("mid", [TypeError("t"), ValueError("w")]), KeyError("k")])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup((TypeError, KeyError))))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
print(nested.split(OSError))
print(nested.subgroup(BaseException) is nested)
try:
    nested.split(42)
except TypeError as e:
    print("TypeError:", e)

# Parts share the traceback, cause, context and a copy of the notes.
try:
    try:
        raise KeyError("cause")
    except KeyError as k:
        g = ExceptionGroup("t", [ValueError(), TypeError()])
        g.add_note("a note")
        raise g from k
except ExceptionGroup as caught:
    v, t = caught.split(ValueError)
    print(v.__traceback__ is caught.__traceback__, repr(v.__cause__), v.__suppress_context__)
    print(v.__notes__, v.__notes__ is caught.__notes__)

# Subclasses keep their type only through derive.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

class Plain(ExceptionGroup):
    pass

print(repr(MyGroup("mine", [ValueError(), TypeError()]).split(ValueError)))
print(repr(Plain("plain", [ValueError(), TypeError()]).split(ValueError)))
print(type(Plain("p", [ValueError()])).__name__)
try:
    Plain("p", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 1
try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

print(ExceptionGroup[int])

# Only functions are predicates in 3.12.
for c in [callable, type("C", (), {"__call__": lambda s, e: True})()]:
    try:
        eg.subgroup(c)
    except TypeError as e:
        print("TypeError:", e)
