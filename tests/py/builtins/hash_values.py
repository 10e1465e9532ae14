# hash of ints, floats, tuples (deterministic)
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, True, False]:
    print(repr(v), hash(v))
for v in [0.0, -0.0, 0.5, 1.0, 1.5, -1.5, 1e100, 1e-100, 3.14, float("inf"), float("-inf")]:
    print(repr(v), hash(v))
for v in [(), (1,), (1, 2), (2, 1), ((1, 2), 3), (1.5, -1), (True, None is None), (0,) * 5]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 100) == hash(float(2 ** 100)))
print(hash(None) == hash(None), hash(frozenset()) == hash(frozenset()), hash(3 + 0j) == hash(3))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(42)), hash(H(-1)), hash(H(2 ** 70)))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
for bad in [[], {}, set(), ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__ is None)
