# Calls with *args/**kwargs push a frame like plain calls: the caller is the
# frame below, recursion through them counts against the limit, and argument
# errors read as CPython's.
import sys
def c(*a, **k): return sys._getframe(0).f_back.f_code.co_name
def outer():
    return c(), c(*()), c(**{}), c(*(1,), x=2)
print(outer())
def deep(n, *rest):
    if n == 0:
        return 0
    return 1 + deep(*(n - 1,))
print(deep(500))
sys.setrecursionlimit(100)
try:
    deep(*(200,))
except RecursionError as e:
    print("RecursionError", e)
class K:
    def m(self, *a, **k): return a, k
print(K().m(*[1, 2], **{'z': 3}))
def kw(a, b=2, *, c): return a, b, c
print(kw(*[1], **{'c': 5}))
try:
    kw(*[1, 2, 3])
except TypeError as e:
    print(e)
