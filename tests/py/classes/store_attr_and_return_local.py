# `obj.attr = value` with obj a local, and `return local`, in the forms the
# evaluator runs fused, including their error paths.
class P:
    __slots__ = ("x",)


class D:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


class R:
    @property
    def ro(self):
        return 1


def store(o, v):
    o.x = v + 0
    return o


def f(n):
    if n:
        r = n * 2
        return r
    return r


print(store(D(), 5).x)
print(store(P(), 6).x)
for o in (R(), 3, None):
    try:
        o.ro = 1 + 1
    except AttributeError as e:
        print(type(e).__name__, e)
print(f(4))
try:
    f(0)
except UnboundLocalError as e:
    print(e)
