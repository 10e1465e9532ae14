# Only the built-in types with __class_getitem__ in CPython subscript to a
# GenericAlias; keys and items views are unhashable.
print(type[int], list[int], dict[str, int], tuple[int, ...], set[int], frozenset[int], enumerate[int], ExceptionGroup[int])
for t in (int, str, object, range, bytes, zip, map, filter, property, memoryview, slice, reversed):
    try: print(t[int])
    except TypeError as e: print(e)
class U(list): pass
print(U[int])
d = {"a": 1}
for v in (d.keys(), d.items()):
    try:
        hash(v)
        print("hashable")
    except TypeError as e:
        print(e)
print(type(hash(d.values())).__name__)
