# all, any, bool, callable
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None, []]))
print(all("abc"), any(""), all([[]]), any([[0]]), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(5)))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), calls)
calls.clear()
print(all(check(x) for x in [5, 1, 7]), calls)
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, 0j, range(0), range(1), b"", b"\x00"]:
    print(repr(v), bool(v))
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
class LenThree:
    def __len__(self):
        return 3
class Plain:
    pass
print(bool(Falsy()), bool(LenZero()), bool(LenThree()), bool(Plain()), not Falsy(), not Plain())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class CallMe:
    def __call__(self):
        return "called"
print(callable(len), callable(print), callable(lambda: 0), callable(CallMe), callable(CallMe()), callable(Plain()))
print(callable(5), callable("s"), callable(str.upper), callable("s".upper), callable(type), callable(None))
print(CallMe()(), bool(), bool(0) is False, type(bool(1)).__name__)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
print(all([True, 1, "a", [1]]), any([False, 0, "0"]))
