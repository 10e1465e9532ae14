# Function annotations: evaluated in the enclosing scope, in CPython's order.

def plain(a, b=1):
    pass
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)

def full(p: "p", /, a: int, *args: str, k: float = 1.0, **kw: dict) -> None:
    pass
print(full.__annotations__)

def outer():
    T = list
    def middle():
        def inner(x: T) -> T:
            return x
        return inner
    return middle()
print(outer().__annotations__)

order = []
def note(x):
    order.append(x)
    return x
def f(a: note("ann a") = note("default a"), *, b: note("ann b") = note("default b")) -> note("ret"):
    pass
print(order)

class C:
    def method(self, other: "C") -> "C":
        return self
print(C.method.__annotations__)

plain.__annotations__ = {"z": 1}
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)

def deco(fn):
    print("decorating", fn.__annotations__)
    return fn
@deco
def g(x: int) -> str:
    return str(x)
print((lambda x: x).__annotations__)
