# A built-in type's __new__ called without the class it needs.
for t in [int, float, complex, bool, str, bytes, bytearray, tuple, frozenset,
          range, slice, property, enumerate, zip, map, filter, reversed]:
    try:
        t.__new__()
    except TypeError as e:
        print(e)
print(tuple.__new__(tuple, [1, 2]), int.__new__(int, "7"), range.__new__(range, 3))
