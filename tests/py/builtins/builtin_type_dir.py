# dir() of the built-in types lists what CPython 3.12's does: data
# descriptors (int.real, range.start, type.__name__), slot wrappers
# (range.__len__, bytes.__lt__) and the pickling methods.
# Left out: the layout members of type (__basicsize__ ...) and
# __text_signature__.
SKIPPED = {
    "__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__",
    "__flags__", "__text_signature__",
}
for t in (str, bytes, bytearray, memoryview, list, tuple, dict, set, frozenset,
          int, float, complex, bool, range, slice, object, type, BaseException):
    print(t.__name__, sorted(set(dir(t)) - SKIPPED))

# Instances list what their types have.
for v in (5, 2.5, 1j, True, "s", b"b", (1,), [1], {1: 2}, {1}, range(3), slice(1),
          memoryview(b"")):
    print(type(v).__name__, sorted(set(dir(v)) - SKIPPED) == sorted(set(dir(type(v))) - SKIPPED))

# The descriptors themselves.
print(sorted(dir(int.real)))
print(sorted(dir(range.start)))
print("__module__" in dir(int), "__module__" in int.__dict__, int.__module__)
print("__module__" in dir(ValueError), ValueError.__module__)
print("__module__" in ExceptionGroup.__dict__, ExceptionGroup.__module__)
print("__module__" in BaseExceptionGroup.__dict__, BaseExceptionGroup.__module__)
