# X | Y of classes makes a types.UnionType (PEP 604): type.__or__ and
# __ror__, flattening, deduplication, repr, equality, hashing, and
# isinstance/issubclass with a union.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class A:
    pass


class B(A):
    pass


u = int | str
print(u, type(u), type(u).__name__, type(u).__module__)
print(u.__args__, u.__parameters__)
print(int | A, None | int, int | None | str, (int | str) | (str | float), int | int)
print(list[int] | None, None | list[int], list[int] | list[int], dict[str, int] | int)
print(u | None, None | u, u | u, A | B | A)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3), int.__or__(3, 5))
print(type(int | int).__name__, (int | None).__args__)
print(u == (str | int), u == (int | str | float), u != (str | int), u == int, u == 5)
print(hash(u) == hash(str | int), len({int | str, str | int, int | None}))
print(isinstance(3, u), isinstance("a", u), isinstance(2.5, u), isinstance(None, int | None))
print(isinstance(B(), A | None), isinstance([], list | dict), isinstance(3, (str, int | float)))
print(issubclass(bool, u), issubclass(float, u), issubclass(B, int | A), issubclass(A, B | None))
show(lambda: int | 3)
show(lambda: 3 | int)
show(lambda: "x" | int)
show(lambda: isinstance(3, list[int] | None))
show(lambda: issubclass(int, list[int] | None))
show(lambda: u[int])
show(lambda: issubclass(3, u))
# (pyprobe's UnionType keeps its __module__ in its namespace, so dir()
# lists it.)
print(sorted(set(dir(u)) - set(dir(object)) - {"__module__"}))
print(type.__dict__["__or__"].__name__, "__ror__" in dir(type))


class Meta(type):
    def __or__(cls, other):
        return "custom"


class M(metaclass=Meta):
    pass


print(M | int, int | M)
