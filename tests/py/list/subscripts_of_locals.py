# `a[i]` and `a[i] = v` with both operands locals, and calls of a local
# callable, in the forms the evaluator fuses, with their slow paths.
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


def work(a, i, v, f):
    out = []
    out.append(a[i])
    a[i] = v
    out.append(a[i])
    out.append(f(i))
    return out


print(work([1, 2, 3], 1, "x", str))
print(work([1, 2, 3], -1, "y", abs))
print(work(L([1, 2, 3]), 0, "z", hex))
print(work({"k": 1}, "k", 2, len))
print(work(bytearray(b"ab"), 0, 65, chr))
for bad in ((1, 2), "ab", [1]):
    try:
        print(work(bad, 5, 0, id))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    work([1], True, 9, lambda k: k)
except Exception as e:
    print(type(e).__name__, e)
print(work([1, 2], True, 9, lambda k: k * 2))


def perm(n):
    p = list(range(n))
    q = [0] * n
    for i in range(n):
        j = p[n - 1 - i]
        q[j] = p[i]
    return q


print(perm(6))


def call_unbound():
    if False:
        g = print
    return g(1)


try:
    call_unbound()
except UnboundLocalError as e:
    print(e)


def not_callable(x):
    return x(1)


try:
    not_callable(3)
except TypeError as e:
    print(e)
