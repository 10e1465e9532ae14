# Calling the built-in container types: identity of copies, generators as
# arguments (an unhashable value stops set()/frozenset() there), errors.
fs = frozenset([1, 2]); t = (1, 2)
print(frozenset(fs) is fs, tuple(t) is t, frozenset() is frozenset(), tuple() is tuple())
def gen():
    yield 1
    yield [2]
try:
    set(gen())
except TypeError as e:
    print(e)
g = gen()
try:
    frozenset(g)
except TypeError as e:
    print(e, next(g, "done"))
print(sorted(set(range(5))), list("ab"), tuple({1: 2}), set(), list(), sorted(frozenset("abc")))
try:
    set(1)
except TypeError as e:
    print(e)
try:
    list(1, 2)
except TypeError as e:
    print(e)
class L(list): pass
print(type(L((1,))).__name__, L((1, 2)))
print(set(x * 2 for x in (1, 2, 2)), frozenset(x for x in ()))
