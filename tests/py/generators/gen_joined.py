# str.join of a generator: CPython makes a list of the items first (the
# generator runs to its end before any item is checked), errors included.
def g():
    yield "a"
    print("mid")
    yield "b"
print("-".join(g()))
def bad():
    yield "x"
    yield 3
    print("after")
    yield "y"
try:
    print("".join(bad()))
except TypeError as e:
    print(e)
print("".join(str(d) for d in range(12)))
def throws():
    yield "a"
    raise ValueError("boom")
try:
    "".join(throws())
except ValueError as e:
    print("VE", e)
