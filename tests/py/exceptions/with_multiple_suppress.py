# Multiple context managers in one with, exit order, and __exit__ suppressing exceptions.

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

# parenthesized form (3.10+)
with (
    CM("x") as x,
    CM("y") as y,
):
    print("body", x, y)

# suppressing
with CM("outer"), CM("suppressor", suppress=True), CM("inner"):
    raise ValueError("suppressed by the middle manager")
print("continued after suppression")

def f():
    with CM("s", suppress=True):
        1 / 0
    return "function went on"
print(f())

# truthy non-bool return values suppress too
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "yes"
with Truthy():
    raise KeyError("gone")
print("truthy suppressed")

# a suppressing __exit__ can inspect the exception
class OnlyValueErrors:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, ValueError):
            print("swallowing", repr(ev))
            return True
        return False
for exc in (ValueError("v"), TypeError("t")):
    try:
        with OnlyValueErrors():
            raise exc
        print("after with for", type(exc).__name__)
    except TypeError as e:
        print("escaped:", repr(e))

# if a later __enter__ fails, earlier managers are still exited
class Fails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with CM("first"), Fails(), CM("never"):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

# nested with statements behave like the multi-item form
with CM("n1"):
    with CM("n2", suppress=True):
        raise IndexError("inner only")
    print("between")
