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
print('__class_getitem__' in vars(list), list.__class_getitem__(int), dict.__class_getitem__((str, int)))
class U(list): pass
print(U[int], type[int])
try: list.__class_getitem__()
except TypeError as e: print(e)
