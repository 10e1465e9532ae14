# __contains__ and the fallbacks for `in` (__iter__, then __getitem__).

class Evens:
    def __contains__(self, x):
        print("__contains__", x)
        return isinstance(x, int) and x % 2 == 0

e = Evens()
print(4 in e, 5 in e, "x" in e, 3 not in e)

# result is converted to bool
class Weird:
    def __contains__(self, x):
        return x  # any truthy value
print(1 in Weird(), 0 in Weird(), "" in Weird(), [1] in Weird())

# fallback to __iter__
class ViaIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in ViaIter(), 7 in ViaIter())

# fallback to __getitem__
class ViaGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
print(30 in ViaGetitem(), 35 in ViaGetitem())

# no protocol at all
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

# containment uses == (and identity first)
class AlwaysEqual:
    def __eq__(self, o):
        return True
print(AlwaysEqual() in [1], 5 in [AlwaysEqual()])
nan = float("nan")
print(nan in [nan], float("nan") in [nan])

# builtin containment semantics
print("bc" in "abcd", "" in "abc", 1 in {1: "a"}, "a" in {1: "a"}, (1, 2) in {(1, 2)})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5), "3" in range(5))
try:
    [] in {1, 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)

# __contains__ raising propagates
class Raising:
    def __contains__(self, x):
        raise RuntimeError("cannot check " + repr(x))
try:
    1 in Raising()
except RuntimeError as e:
    print(type(e).__name__, e)

# __contains__ = None blocks the fallback
class Blocked:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in Blocked()
except TypeError as e:
    print(type(e).__name__, e)
