# Instances of subclasses of built-in types used where the built-in is
# expected, and the results of user __hash__ methods.


class T(tuple):
    pass


class FS(frozenset):
    pass


class B(bytes):
    pass


class S(str):
    pass


print(hash(T((1, 2))) == hash((1, 2)), {(1, 2): "found"}.get(T((1, 2))))
print(hash(FS({1, 2})) == hash(frozenset({1, 2})))
print(hash(B(b"ab")) == hash(b"ab"), hash(S("ab")) == hash("ab"))


def hash_of(value):
    class H:
        def __hash__(self):
            return value

    try:
        return hash(H())
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for v in (0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, -(2**63), 2**64, -(2**70), True, 1.5, "x"):
    print(repr(v), hash_of(v))


class J(int):
    pass


print([10, 20, 30][J(1)], (10, 20, 30)[J(-1)], "abc"[J(2)], b"xyz"[J(0)])
print([1, 2] * J(2), "ab" * J(3), (0,) * J(2), J(2) * [7])
print(range(10)[J(3)], [0, 1, 2, 3][J(1):J(3)])
lst = [0, 0, 0]
lst[J(1)] = 5
print(lst)
try:
    [1][J(2**70)]
except IndexError as e:
    print("IndexError:", e)


class L:
    def __len__(self):
        return J(4)


print(len(L()))


class Idx:
    def __index__(self):
        return J(1)


print([5, 6][Idx()])


class I(int):
    def __repr__(self):
        return "I!"


print(int.__repr__(I(1)), repr(I(1)), str(I(1)), f"{I(1)}")


def f():
    pass


f.__module__ = "elsewhere"
print(f.__module__, f.__dict__)


# Objects that are not classes but decide isinstance()/issubclass().
class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int)

    def __subclasscheck__(self, cls):
        return cls is bool


print(isinstance(3, Checker()), isinstance("3", Checker()))
print(issubclass(bool, Checker()), issubclass(int, Checker()))
for bad in (lambda: isinstance(3, 4), lambda: issubclass(int, 4)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# mappingproxy and GenericAlias made directly.
MappingProxy = type(type.__dict__)
proxy = MappingProxy({"a": 1})
print(proxy, repr(proxy), proxy == {"a": 1}, {"a": 1} == proxy, proxy != {"a": 2})


class K:
    x = 1


print(vars(K) == dict(vars(K)), len(proxy), proxy["a"], list(proxy.items()))
for bad in ([1], (1,), 5):
    try:
        MappingProxy(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    MappingProxy()
except TypeError as e:
    print("TypeError:", e)
Alias = type(list[int])
print(Alias(list, int), Alias(dict, (str, int)), Alias(list, int).__args__)
print(dict[str, int] == dict[str, int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print({list[int]: 1}[list[int]], tuple[int, ...] == tuple[int, ...])
class R:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
try:
    reversed(R())
except TypeError as e:
    print(e)
