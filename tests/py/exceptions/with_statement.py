# with statements: __enter__/__exit__ order, as-targets, exceptions reaching __exit__.

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False

with Resource("a") as value:
    print("inside with, value =", value)
print("after")

try:
    with Resource("b"):
        raise ValueError("inside b")
except ValueError as e:
    print("propagated:", e)

# __exit__ runs on return and break
def use():
    with Resource("c"):
        return "returned"
print(use())
for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            break
print("loop done at", i)

# target can be any assignment target
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (x, y):
    print(x, y)
d = {}
with Pair() as d["k"]:
    pass
print(d)

# objects without the protocol
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# exception in __enter__ means __exit__ is not called
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never either")
except RuntimeError as e:
    print(type(e).__name__, e)

# exception in __exit__ replaces the body's exception
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except KeyError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
